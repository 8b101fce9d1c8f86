//! Storage trouble found when the journal opened, said calmly and once.

use leptos::prelude::*;

use crate::domain::trouble::FileProblem;
use crate::ui::files::offer_download;
use crate::ui::journal::use_journal;

#[component]
pub fn Problems() -> impl IntoView {
    let journal = use_journal();
    let messages = move || {
        let mut messages: Vec<String> = journal
            .problems
            .with(|p| p.iter().map(|p| p.message()).collect());
        messages.dedup();
        messages
    };
    // What couldn't be read stays where it was; the member can also take a copy away.
    let download = move |_| {
        let kept: serde_json::Map<String, serde_json::Value> = journal
            .unreadable()
            .into_iter()
            .map(|(key, raw)| (key, serde_json::Value::String(raw)))
            .collect();
        let text = serde_json::to_string_pretty(&kept).unwrap_or_default();
        if offer_download("here-and-now-unreadable.json", "application/json", &text).is_err() {
            journal.report(FileProblem::CouldNotMake);
        }
    };
    view! {
        <Show when=move || !messages().is_empty()>
            <div class="notice problems" role="status">
                {move || messages().into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
                <Show when=move || !journal.unreadable().is_empty()>
                    <button type="button" class="button" on:click=download>
                        "Download what couldn't be read"
                    </button>
                </Show>
            </div>
        </Show>
    }
}
