//! What a page says under what the member just did: done, under way, or trouble in its own
//! words. Read out politely by screen readers, and never a bare yes/no with a string.

use leptos::prelude::*;

use crate::domain::trouble::Said;

/// The live line under a form: empty until something is said.
#[component]
pub fn SaidLine(said: RwSignal<Option<Said>>) -> impl IntoView {
    view! {
        <div role="status" aria-live="polite">
            {move || {
                said.get()
                    .map(|said| {
                        view! {
                            <p class=if said.is_trouble() { "notice problem" } else { "notice" }>
                                {said.words()}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
