//! Every session, newest first, with its number, main emotions and a short preview; search;
//! and a way to share entries with a therapist.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::journal::{long_date, numbered};
use crate::domain::schedule::progress_label;
use crate::screens::Screen;
use crate::ui::journal::use_journal;
use crate::ui::page::Page;
use crate::ui::pages::search_results::SearchResults;
use crate::ui::pages::share::ShareWithTherapist;
use crate::ui::problems::Problems;

/// How long "undo" stays offered after a delete.
const UNDO_WINDOW: Duration = Duration::from_secs(20);

#[derive(Clone, PartialEq, Eq)]
struct Row {
    id: String,
    date: String,
    number: Option<String>,
    emotions: String,
    preview: String,
    halves: &'static str,
}

#[component]
pub fn History() -> impl IntoView {
    let journal = use_journal();
    // Worked out once per change of the journal, not for each place that reads it.
    let display = crate::ui::display::use_display();
    let rows = Memo::new(move |_| {
        let schedule = journal.settings.with(|s| s.schedule.clone());
        // Dates only: nothing of what was written shows in the list.
        let discreet = display.preferences.with(|p| p.dates_only);
        journal.sessions.with(|sessions| {
            numbered(sessions, schedule.as_ref())
                .into_iter()
                .map(|(session, number)| Row {
                    id: session.id.0.clone(),
                    date: long_date(session.date),
                    number: number.map(progress_label),
                    emotions: if discreet {
                        String::new()
                    } else {
                        session
                            .main_emotions(3)
                            .iter()
                            .map(|r| r.word.clone())
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                    preview: if discreet {
                        String::new()
                    } else {
                        session.preview(90)
                    },
                    halves: match (session.preparation.is_some(), session.reflection.is_some()) {
                        (true, true) => "Before and after",
                        (true, false) => "Before",
                        (false, true) => "After",
                        (false, false) => "",
                    },
                })
                .collect::<Vec<_>>()
        })
    });
    // The undo offer fades after a few seconds; the session is already gone from storage.
    // Only the deletion that started this timer is let go, never a later one.
    if let Some(deleted) = journal.last_deleted.get_untracked() {
        let id = deleted.session.id;
        set_timeout(
            move || {
                if journal
                    .last_deleted
                    .with_untracked(|d| d.as_ref().is_some_and(|d| d.session.id == id))
                {
                    journal.last_deleted.set(None);
                }
            },
            UNDO_WINDOW,
        );
    }
    let undo_problem = RwSignal::new(None::<String>);
    let announce = RwSignal::new(false);
    set_timeout(move || announce.set(true), Duration::from_millis(150));
    let query = RwSignal::new(String::new());
    let searching = move || !query.with(|q| q.trim().is_empty());
    view! {
        <Page screen=Screen::History>
            <Problems />
            // The live region exists before its words arrive, so screen readers announce them.
            <div role="status" aria-live="polite">
            <Show when=move || announce.get() && journal.last_deleted.with(Option::is_some)>
                <div class="notice">
                    <p>"Session deleted."</p>
                    <button
                        class="button"
                        on:click=move |_| {
                            if let Some(deleted) = journal.last_deleted.get_untracked() {
                                match journal.restore(deleted) {
                                    Ok(()) => journal.last_deleted.set(None),
                                    Err(problem) => undo_problem.set(Some(problem.message())),
                                }
                            }
                        }
                    >
                        "Undo"
                    </button>
                    {move || undo_problem.get().map(|m| view! { <p role="alert">{m}</p> })}
                </div>
            </Show>
            </div>
            <div class="find-word">
                <label for="journal-search">"Search your journal"</label>
                <input
                    id="journal-search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            <Show when=searching>
                <SearchResults query=query />
            </Show>
            // Hidden, not taken down, while searching: a long journal's list is not built again
            // after each search, and the first letter typed does not wait for it to go.
            <div hidden=searching>
            <Show when=move || journal.sessions.with(|s| !s.is_empty())>
                <ShareWithTherapist />
            </Show>
            <Show
                when=move || rows.with(|rows| !rows.is_empty())
                fallback=|| view! {
                    <p class="lead">
                        "Nothing here yet. When you prepare for group or reflect afterwards, it will be kept here."
                    </p>
                }
            >
                <ol class="sessions">
                    // Plain links, which the router still opens in the page: a router <A> per
                    // session would each watch the address.
                    // Each row is fixed text: drawn once per change of the journal, with
                    // nothing reactive inside, so a long list is quick to leave as well.
                    {move || rows.get().into_iter().map(session_row).collect_view()}
                </ol>
            </Show>
            </div>
        </Page>
    }
}

fn session_row(row: Row) -> impl IntoView {
    let number = format!(
        "{}{}",
        row.number.unwrap_or_default(),
        if row.halves.is_empty() {
            String::new()
        } else {
            format!(" · {}", row.halves)
        }
    );
    view! {
        <li class="session-row">
            <a href=format!("/history/{}", row.id)>
                <span class="session-date">{row.date}</span>
                <span class="session-number">{number}</span>
                {(!row.emotions.is_empty())
                    .then(|| view! { <span class="session-emotions">{row.emotions}</span> })}
                {(!row.preview.is_empty())
                    .then(|| view! { <span class="session-preview">{row.preview}</span> })}
            </a>
        </li>
    }
}
