//! Insights: the member's own patterns over the sessions, as pictures with words and numbers.
//! Observations only, never scores.

mod charts;

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::domain::emotions::Family;
use crate::domain::insights::{self, Window};
use crate::domain::journal::{long_date, Fit, Session};
use crate::screens::Screen;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;
use charts::{bar_rows, dot_matrix, dumbbell, stacked_columns, Figure, Legend, PatternDefs, Table};

fn short(date: NaiveDate) -> String {
    crate::domain::dates::day_short_month(date)
}

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
    let chosen = Memo::new(move |_| {
        let window = window();
        journal.sessions.with(|all| {
            insights::select(all, window)
                .into_iter()
                .cloned()
                .collect::<Vec<Session>>()
        })
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
    let date_input = move |label: &'static str, signal: RwSignal<Option<NaiveDate>>| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input
                    type="date"
                    prop:value=move || signal.get().map(|d| d.to_string()).unwrap_or_default()
                    on:input=move |ev| signal.set(event_target_value(&ev).parse().ok())
                />
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
                    {date_input("From", from)}
                    {date_input("To", to)}
                </div>
            </Show>
            <p class="insight-count" aria-live="polite">
                {move || format!("Looking at {}.", insights::sessions_phrase(chosen.with(Vec::len)))}
            </p>
            {move || {
                let sessions = chosen.get();
                let own = journal.settings.with(|s| s.own_emotions.clone());
                let refs: Vec<&Session> = sessions.iter().collect();
                view! {
                    {before_after(&refs, &own)}
                    {families(&refs, &own)}
                    {most_named(&refs)}
                    {boundaries(&refs)}
                    {feedback(&refs)}
                    {patterns(&refs)}
                    {risks(&refs)}
                }
            }}
            <LookBack />
        </Page>
    }
}

fn before_after(
    sessions: &[&Session],
    own: &[crate::domain::emotions::OwnEmotionWord],
) -> impl IntoView {
    let rows = insights::before_after(sessions, own);
    let summary = insights::before_after_summary(&rows);
    let felt = |f: &Option<insights::Felt>| {
        f.as_ref()
            .map(|f| {
                format!(
                    "{} {} ({})",
                    f.word,
                    f.intensity,
                    f.family.map(Family::name).unwrap_or("your own word")
                )
            })
            .unwrap_or_else(|| "not written".to_owned())
    };
    let table = Table {
        caption: "Strongest emotion on arriving and on leaving".into(),
        headers: vec!["Session".into(), "Arrived".into(), "Left".into()],
        rows: rows
            .iter()
            .map(|r| vec![short(r.date), felt(&r.arrived), felt(&r.left)])
            .collect(),
    };
    let points: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                short(r.date),
                r.arrived.as_ref().map(|f| f.intensity),
                r.left.as_ref().map(|f| f.intensity),
            )
        })
        .collect();
    view! {
        <Figure id="before-after" title="How you arrived, how you left" summary=summary table=table>
            <p class="legend-line">"○ arrived   ■ left   (strongest emotion, 0 to 10)"</p>
            {dumbbell(&points)}
        </Figure>
    }
}

fn families(
    sessions: &[&Session],
    own: &[crate::domain::emotions::OwnEmotionWord],
) -> impl IntoView {
    let rows = insights::families_over_time(sessions, own);
    let summary = insights::families_summary(&rows);
    let mut headers = vec!["Session".to_owned()];
    headers.extend(Family::ALL.iter().map(|f| f.name().to_owned()));
    let table = Table {
        caption: "Emotions named per session, by family".into(),
        headers,
        rows: rows
            .iter()
            .map(|r| {
                std::iter::once(short(r.date))
                    .chain(r.counts.iter().map(u32::to_string))
                    .collect()
            })
            .collect(),
    };
    let columns: Vec<_> = rows
        .iter()
        .map(|r| (short(r.date), r.counts.to_vec()))
        .collect();
    view! {
        <Figure id="families" title="Emotion families over time" summary=summary table=table>
            <Legend names=Family::ALL.iter().map(|f| format!("{}: {}", f.name(), f.description())).collect() />
            {stacked_columns(&columns)}
        </Figure>
    }
}

fn most_named(sessions: &[&Session]) -> impl IntoView {
    let ranked = insights::most_named(sessions, 8);
    let summary = insights::most_named_summary(&ranked, sessions.len());
    let table = Table {
        caption: "Emotions named most often".into(),
        headers: vec!["Emotion".into(), "Sessions".into()],
        rows: ranked
            .iter()
            .map(|(w, n)| vec![w.clone(), n.to_string()])
            .collect(),
    };
    let rows: Vec<_> = ranked.iter().map(|(w, n)| (w.clone(), *n as u32)).collect();
    view! {
        <Figure id="most-named" title="Emotions you name most" summary=summary table=table>
            {bar_rows(&rows)}
        </Figure>
    }
}

fn boundaries(sessions: &[&Session]) -> impl IntoView {
    let b = insights::boundaries(sessions);
    let summary = insights::boundaries_summary(&b);
    let mut rows: Vec<Vec<String>> = b
        .per_session
        .iter()
        .map(|(d, n)| vec![short(*d), n.to_string()])
        .collect();
    rows.extend(
        b.by_kind
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| vec![k.label().to_owned(), n.to_string()]),
    );
    let table = Table {
        caption: "Boundaries per session, then by kind".into(),
        headers: vec!["Session or kind".into(), "Boundaries".into()],
        rows,
    };
    let columns: Vec<_> = b
        .per_session
        .iter()
        .map(|(d, n)| (short(*d), vec![*n]))
        .collect();
    let kinds: Vec<_> = b
        .by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| (k.label().to_owned(), *n))
        .collect();
    view! {
        <Figure id="boundaries" title="Boundaries you practised" summary=summary table=table>
            {stacked_columns(&columns)}
            {bar_rows(&kinds)}
        </Figure>
    }
}

fn feedback(sessions: &[&Session]) -> impl IntoView {
    let f = insights::feedback(sessions);
    let summary = insights::feedback_summary(&f);
    let mut headers = vec!["Session".to_owned()];
    headers.extend(Fit::ALL.iter().map(|fit| fit.label().to_owned()));
    let table = Table {
        caption: "Feedback received: does it match how I think I come across?".into(),
        headers,
        rows: f
            .per_session
            .iter()
            .map(|(d, c)| {
                std::iter::once(short(*d))
                    .chain(Fit::ALL.iter().map(|fit| c.get(*fit).to_string()))
                    .collect()
            })
            .collect(),
    };
    let columns: Vec<_> = f
        .per_session
        .iter()
        .map(|(d, c)| (short(*d), Fit::ALL.iter().map(|fit| c.get(*fit)).collect()))
        .collect();
    let items = f.items.clone();
    view! {
        <Figure id="feedback" title="Feedback and how you see yourself" summary=summary table=table>
            <Legend names=Fit::ALL.iter().map(|fit| fit.label().to_owned()).collect() />
            {stacked_columns(&columns)}
        </Figure>
        <Show when=move || !items.is_empty()>
            <details class="feedback-items">
                <summary>"The feedback itself"</summary>
                <ul>
                    {f.items
                        .iter()
                        .map(|(id, date, item)| {
                            view! {
                                <li>
                                    <A href=format!("/history/{}", id.0)>
                                        {format!("{}: \u{201c}{}\u{201d} ({})", short(*date), item.what_was_said, item.matches.label())}
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        </Show>
    }
}

fn patterns(sessions: &[&Session]) -> impl IntoView {
    let ranked = insights::patterns(sessions);
    let summary = insights::patterns_summary(&ranked, sessions.len());
    let labels: Vec<String> = sessions.iter().map(|s| short(s.date)).collect();
    let rows: Vec<(String, Vec<bool>)> = ranked
        .iter()
        .take(6)
        .map(|(tag, dates)| {
            (
                tag.clone(),
                sessions.iter().map(|s| dates.contains(&s.date)).collect(),
            )
        })
        .collect();
    let table = Table {
        caption: "Patterns noticed, and when".into(),
        headers: vec!["Pattern".into(), "Sessions".into(), "When".into()],
        rows: ranked
            .iter()
            .map(|(tag, dates)| {
                vec![
                    tag.clone(),
                    dates.len().to_string(),
                    dates
                        .iter()
                        .map(|d| short(*d))
                        .collect::<Vec<_>>()
                        .join(", "),
                ]
            })
            .collect(),
    };
    view! {
        <Figure id="patterns" title="Patterns you noticed" summary=summary table=table>
            <p class="legend-line">"● noticed in that session   ○ not that time"</p>
            {dot_matrix(&rows, &labels)}
        </Figure>
    }
}

fn risks(sessions: &[&Session]) -> impl IntoView {
    let rows = insights::risks(sessions);
    let summary = insights::risks_summary(&rows);
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
    let table = Table {
        caption: "Risks taken and things held back, per session".into(),
        headers: vec![
            "Session".into(),
            "Took a risk".into(),
            "Held something back".into(),
        ],
        rows: rows
            .iter()
            .map(|r| vec![short(r.date), yes_no(r.took_risk), yes_no(r.held_back)])
            .collect(),
    };
    let labels: Vec<String> = rows.iter().map(|r| short(r.date)).collect();
    let matrix = vec![
        (
            "took a risk".to_owned(),
            rows.iter().map(|r| r.took_risk).collect(),
        ),
        (
            "held back".to_owned(),
            rows.iter().map(|r| r.held_back).collect(),
        ),
    ];
    view! {
        <Figure id="risks" title="Risks taken, things held back" summary=summary table=table>
            {dot_matrix(&matrix, &labels)}
        </Figure>
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
