//! A list of the member's own things (prompts, words, people), each with a way to remove it.

use leptos::prelude::*;

/// One row: what identifies it, what it says, and a quiet detail after it.
#[derive(Clone, PartialEq)]
pub struct Row {
    pub key: String,
    pub text: String,
    pub detail: String,
}

#[component]
pub fn OwnList(
    #[prop(into)] rows: Signal<Vec<Row>>,
    on_remove: Callback<String>,
    /// While something else must finish first (a lock job), the buttons wait.
    #[prop(optional, into)]
    waiting: Signal<bool>,
) -> impl IntoView {
    view! {
        <ul class="own-list">
            <For each=move || rows.get() key=|row| row.key.clone() let:row>
                <li>
                    <span>
                        {row.text.clone()}
                        <span class="quiet">{row.detail.clone()}</span>
                    </span>
                    <button class="button" disabled=move || waiting.get() on:click=move |_| on_remove.run(row.key.clone())>
                        {format!("Remove \u{201c}{}\u{201d}", row.text)}
                    </button>
                </li>
            </For>
        </ul>
    }
}
