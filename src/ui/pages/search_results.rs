//! Search across every entry, with the matching words marked. Member text is only ever text.

use leptos::prelude::*;

use crate::domain::journal::long_date;
use crate::domain::prompts;
use crate::domain::search::{search, Hit};
use crate::ui::journal::use_journal;

/// The snippet split into plain and marked pieces.
fn pieces(hit: &Hit) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end) in &hit.marks {
        if *start > at {
            out.push((hit.snippet[at..*start].to_owned(), false));
        }
        out.push((hit.snippet[*start..*end].to_owned(), true));
        at = *end;
    }
    if at < hit.snippet.len() {
        out.push((hit.snippet[at..].to_owned(), false));
    }
    out
}

/// Results shown at most; more words narrow a search down.
const LIMIT: usize = 50;

#[component]
pub fn SearchResults(#[prop(into)] query: Signal<String>) -> impl IntoView {
    let journal = use_journal();
    let own = move || journal.settings.with(|s| s.own_prompts.clone());
    let hits = Memo::new(move |_| {
        let own = own();
        let words = |id: &str| prompts::words_of(id, &own);
        journal
            .sessions
            .with(|sessions| search(sessions, &query.get(), &words, LIMIT))
    });
    view! {
        <p class="search-count" aria-live="polite">
            {move || match hits.with(Vec::len) {
                0 => "Nothing found. Try fewer or other words.".to_owned(),
                1 => "1 place found.".to_owned(),
                LIMIT => format!("The first {LIMIT} places found. More words narrow it down."),
                n => format!("{n} places found."),
            }}
        </p>
        <ol class="search-results">
            {move || {
                hits.get()
                    .into_iter()
                    .map(|hit| {
                        view! {
                            <li>
                                // A plain link, which the router still opens in the page: a
                                // router <A> per result would each watch the address, and the
                                // results are drawn again on every key.
                                <a href=format!("/history/{}", hit.session.0)>
                                    <span class="session-date">{long_date(hit.date)}</span>
                                    <span class="quiet">{hit.place.clone()}</span>
                                    <span class="snippet">
                                        {pieces(&hit)
                                            .into_iter()
                                            .map(|(text, marked)| {
                                                if marked {
                                                    view! { <mark>{text}</mark> }.into_any()
                                                } else {
                                                    text.into_any()
                                                }
                                            })
                                            .collect_view()}
                                    </span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
    }
}
