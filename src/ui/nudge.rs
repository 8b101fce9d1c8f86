//! A gentle word when something looks like a full name; the member decides what to do.

use leptos::prelude::*;

use crate::domain::confidentiality::{
    field_looks_like_full_name, looks_like_full_name, FULL_NAME_NUDGE,
};

/// `text` is what is typed; `field` says it is a name field rather than running text.
#[component]
pub fn NameNudge(
    #[prop(into)] text: Signal<String>,
    #[prop(optional)] field: bool,
) -> impl IntoView {
    let show = move || {
        text.with(|t| {
            if field {
                field_looks_like_full_name(t)
            } else {
                looks_like_full_name(t)
            }
        })
    };
    view! {
        <div aria-live="polite">
            <Show when=show>
                <p class="nudge">{FULL_NAME_NUDGE}</p>
            </Show>
        </div>
    }
}
