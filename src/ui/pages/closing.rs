//! The end of a preparation or a reflection: what was kept, what is waiting for next time, and
//! a short line in the app's voice. No praise, no streaks: a quiet place to stop.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::journal::{long_date, Session};
use crate::domain::prompts;
use crate::domain::schedule::Moment;
use crate::domain::today;
use crate::screens::Screen;
use crate::ui::clock;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;

#[component]
pub fn Closing() -> impl IntoView {
    let journal = use_journal();
    let id = use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    let query = use_query_map().get_untracked();
    let moment = match query.get("half").as_deref() {
        Some("before") => Moment::Before,
        _ => Moment::After,
    };
    let alongside = query.get("alongside").is_some();
    let separate = query.get("separate").is_some();
    match journal.session(&id) {
        Some(session) => {
            view! { <Kept session=session moment=moment alongside=alongside separate=separate /> }
                .into_any()
        }
        // Deleted in another tab meanwhile, or an old address.
        None => view! {
            <Page screen=Screen::Closing heading="We couldn't find that entry">
                <p>"It may have been deleted. Everything else is where it was."</p>
                <A href=Screen::History.path() attr:class="button">
                    "Your entries"
                </A>
            </Page>
        }
        .into_any(),
    }
}

#[component]
fn Kept(session: Session, moment: Moment, alongside: bool, separate: bool) -> impl IntoView {
    let journal = use_journal();
    let (what, voice) = match moment {
        Moment::Before => (
            "preparation",
            "You don't have to say any of it. It will be here if the moment comes.",
        ),
        Moment::After => (
            "reflection",
            "That's enough for today. Whatever is still stirring can wait for the room.",
        ),
    };
    let own = journal.settings.with_untracked(|s| s.own_prompts.clone());
    let answered: Vec<String> = session
        .entry(moment)
        .map(|entry| {
            entry
                .answered()
                .into_iter()
                .map(|id| prompts::words_of(id, &own))
                .collect()
        })
        .unwrap_or_default();
    // What is waiting: before group, the plan for it; after, what to bring next time.
    let sessions = journal.sessions.get_untracked();
    let plan = (moment == Moment::Before)
        .then(|| today::planned(&sessions, clock::now().date()))
        .flatten()
        .filter(|plan| plan.session.id == session.id)
        .map(|plan| {
            (
                plan.sentence.map(str::to_owned),
                plan.bring.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
            )
        });
    // After group, the list of things to bring (the plan already shows what was picked).
    let waiting: Vec<String> = match moment {
        Moment::Before => Vec::new(),
        Moment::After => journal
            .carry
            .with_untracked(|c| c.open().map(|item| item.text.clone()).collect()),
    };
    let nothing_waiting = plan.is_none() && waiting.is_empty();
    let read_it = format!("{}/{}", Screen::History.path(), session.id.0);
    view! {
        <Page screen=Screen::Closing>
            <p class="saved" role="status">
                <svg class="saved-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M5 12.5l4.5 4.5L19 7.5" />
                </svg>
                {format!("Your {what} for {} is kept on this device.", long_date(session.date))}
            </p>
            <Show when=move || alongside>
                <p class="quiet">
                    "This entry was changed in another tab or window while you were editing it, so both versions are kept: this one is yours, saved as an entry of its own."
                </p>
            </Show>
            <Show when=move || separate>
                <p class="quiet">
                    "It couldn't join the entry already on this date without losing some of what you wrote there, so it's kept as an entry of its own."
                </p>
            </Show>
            <p class="closing-voice">{voice}</p>
            <section aria-labelledby="kept-heading">
                <h2 id="kept-heading">"What you kept"</h2>
                {if answered.is_empty() {
                    view! { <p>"No answers this time, and that's allowed. The day is noted."</p> }.into_any()
                } else {
                    view! {
                        <ul class="kept-list">
                            {answered.into_iter().map(|words| view! { <li>{words}</li> }).collect_view()}
                        </ul>
                    }
                    .into_any()
                }}
            </section>
            {(!nothing_waiting).then(|| view! {
                <section aria-labelledby="waiting-heading">
                    <h2 id="waiting-heading">"Waiting for next time"</h2>
                    {plan.map(|(sentence, bring)| view! { <Plan sentence=sentence bring=bring /> })}
                    {(!waiting.is_empty()).then(|| view! {
                        <ul class="kept-list">
                            {waiting.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                        </ul>
                    })}
                </section>
            })}
            <div class="actions">
                <A href=Screen::Home.path() attr:class="button button-primary">
                    "Home"
                </A>
                <A href=read_it attr:class="button">
                    "Read it back"
                </A>
            </div>
            <A href=Screen::Unsafe.path() attr:class="quiet-link">
                "Uncomfortable or unsafe?"
            </A>
        </Page>
    }
}

/// "You might say: …" and what the member wants to bring, as planned before group.
#[component]
pub fn Plan(sentence: Option<String>, bring: Vec<String>) -> impl IntoView {
    view! {
        {sentence
            .map(|sentence| {
                view! {
                    <p class="might-say">
                        "You might say: "
                        <q>{sentence}</q>
                    </p>
                }
            })}
        {(!bring.is_empty()).then(|| view! {
            <p class="plan-label">"What you want to bring:"</p>
            <ul class="kept-list">
                {bring.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
            </ul>
        })}
    }
}
