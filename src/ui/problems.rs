//! Storage trouble found when the journal opened, said calmly and once.

use leptos::prelude::*;

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
    view! {
        <Show when=move || !messages().is_empty()>
            <div class="notice" role="status">
                {move || messages().into_iter().map(|m| view! { <p>{m}</p> }).collect_view()}
            </div>
        </Show>
    }
}
