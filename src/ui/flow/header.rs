//! The flow's own top row, beside its heading: how far along, Hide, and a way out that keeps
//! the draft (every change is already written, so closing only leaves).

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::screens::Screen;
use crate::ui::lock::HideButton;

#[component]
pub fn FlowHeader(
    /// The step shown, from 0.
    step: Signal<usize>,
    total: Signal<usize>,
) -> impl IntoView {
    let navigate = use_navigate();
    view! {
        <div class="flow-head">
            <Show when=move || total.get() != 0>
                <p class="flow-progress">
                    <span class="visually-hidden">"Step "</span>
                    {move || format!("{} of {}", step.get() + 1, total.get())}
                </p>
            </Show>
            <HideButton />
            <button
                type="button"
                class="flow-close"
                aria-label="Close. What you wrote is kept for later."
                title="Close (what you wrote is kept)"
                on:click=move |_| navigate(Screen::Home.path(), Default::default())
            >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M6 6l12 12M18 6L6 18" />
                </svg>
            </button>
        </div>
    }
}

/// The thin bar under the heading row: progress at a glance, for sighted members only (the
/// words above say the same).
#[component]
pub fn ProgressBar(step: Signal<usize>, total: Signal<usize>) -> impl IntoView {
    view! {
        <Show when=move || total.get() != 0>
            <progress
                class="progress"
                max=move || total.get()
                prop:value=move || step.get() + 1
                aria-hidden="true"
            ></progress>
        </Show>
    }
}
