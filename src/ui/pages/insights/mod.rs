//! Insights: the member's own patterns over the sessions, in words first, then as pictures
//! with their numbers. Observations only, never scores; nothing said from too little.

mod charts;
mod sections;
mod svg;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::insights::{self, Grain, Insight, Window};
use crate::domain::journal::{long_date, Session};
use crate::screens::Screen;
use crate::ui::choice::DateField;
use crate::ui::display::use_display;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;
use charts::{PatternDefs, Type};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Span {
    Last8,
    Last12,
    All,
    Between,
}

#[component]
pub fn Insights() -> impl IntoView {
    let journal = use_journal();
    let display = use_display();
    let span = RwSignal::new(Span::Last8);
    let from = RwSignal::new(None::<NaiveDate>);
    let to = RwSignal::new(None::<NaiveDate>);
    let window = move || match span.get() {
        Span::Last8 => Window::Last(8),
        Span::Last12 => Window::Last(12),
        Span::All => Window::All,
        Span::Between => Window::Between(
            from.get().unwrap_or(NaiveDate::MIN),
            to.get().unwrap_or(NaiveDate::MAX),
        ),
    };
    // Worked out once per choice, straight from the journal (no copy of the sessions). Always
    // "changed": comparing two overviews would cost about as much as drawing them.
    let overview = Memo::new_owning(move |_| {
        let window = window();
        let overview = journal.settings.with(|settings| {
            journal.carry.with(|carry| {
                journal.sessions.with(|all| {
                    insights::overview(
                        &insights::select(all, window),
                        &settings.own_emotions,
                        carry,
                    )
                })
            })
        });
        (overview, true)
    });
    let option = move |value: Span, label: &'static str| {
        view! {
            <label class="choice-option">
                <input
                    type="radio"
                    name="span"
                    prop:checked=move || span.get() == value
                    on:change=move |_| span.set(value)
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <Page screen=Screen::Insights>
            <PatternDefs />
            <fieldset class="choice span-filter">
                <legend>"Which sessions"</legend>
                {option(Span::Last8, "Last 8")}
                {option(Span::Last12, "Last 12")}
                {option(Span::All, "All")}
                {option(Span::Between, "Between dates")}
            </fieldset>
            <Show when=move || span.get() == Span::Between>
                <div class="date-range">
                    <DateField label="From" date=from />
                    <DateField label="To" date=to />
                </div>
            </Show>
            <p class="insight-count" aria-live="polite">
                {move || format!("Looking at {}.", insights::sessions_phrase(overview.with(|o| o.sessions)))}
            </p>
            {move || {
                let preferences = display.preferences.get();
                let t = Type::for_text(preferences.text_size);
                overview.with(|o| {
                    let grain = o.grain();
                    // Then and now comes first from the 12-session mark (the last 12, or more).
                    let look_back_first = insights::look_back_first(o.sessions);
                    let waiting: Vec<&'static str> = Insight::ALL
                        .into_iter()
                        .filter(|i| !i.ready(o))
                        .map(Insight::waiting)
                        .collect();
                    view! {
                        <div class="insight-opening">
                            {insights::opening(o)
                                .into_iter()
                                .map(|sentence| view! { <p>{sentence}</p> })
                                .collect_view()}
                        </div>
                        {look_back_first.then(|| view! { <LookBack /> })}
                        {(grain != Grain::Session).then(|| view! {
                            <p class="insight-grain">
                                {format!(
                                    "The charts show these sessions by {}, so they fit on the screen. Choose fewer to see each session.",
                                    grain.word()
                                )}
                            </p>
                        })}
                        {Insight::ALL
                            .into_iter()
                            .filter(|i| i.ready(o))
                            .map(|i| sections::section(i, o, t, preferences.dates_only))
                            .collect_view()}
                        {(!waiting.is_empty()).then(|| view! {
                            <section class="insight-waiting" aria-labelledby="waiting-title">
                                <h2 id="waiting-title">"Still to come"</h2>
                                <ul>
                                    {waiting.into_iter().map(|said| view! { <li>{said}</li> }).collect_view()}
                                </ul>
                            </section>
                        })}
                        {(!look_back_first).then(|| view! { <LookBack /> })}
                    }
                })
            }}
        </Page>
    }
}

/// From session 12: the member's first preparation beside the latest, and a question.
#[component]
fn LookBack() -> impl IntoView {
    let journal = use_journal();
    move || {
        journal.sessions.with(|all| {
            let ordered = insights::select(all, Window::All);
            insights::look_back(&ordered).map(|(first, latest)| {
                let side = |s: &Session, title: &'static str| {
                    let arrived: Vec<String> = s
                        .preparation
                        .as_ref()
                        .map(|p| p.emotions().iter().map(|r| r.word.clone()).collect())
                        .unwrap_or_default();
                    view! {
                        <div class="look-side">
                            <h3>{format!("{title}: {}", long_date(s.date))}</h3>
                            <p>{format!("Arriving: {}", if arrived.is_empty() { "not written".to_owned() } else { arrived.join(", ") })}</p>
                            <p class="written">{insights::bring_words(s)}</p>
                        </div>
                    }
                };
                view! {
                    <section class="look-back" aria-labelledby="look-back-title">
                        <h2 id="look-back-title">"Then and now"</h2>
                        <p>"Your first preparation beside your latest one. No verdicts: just you, then and now."</p>
                        {side(first, "First")}
                        {side(latest, "Latest")}
                        <p class="lead">"What has changed for you?"</p>
                        <p class="quiet">"If you'd like, bring it into your next reflection."</p>
                    </section>
                }
            })
        })
    }
}
