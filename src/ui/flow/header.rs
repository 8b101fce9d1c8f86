//! The flow's own top row, beside its heading: Hide, and a way out that keeps the draft (every
//! change is already written, so closing only leaves); and how far along the flow is.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::screens::Screen;
use crate::ui::lock::HideButton;

#[component]
pub fn FlowHeader() -> impl IntoView {
    let navigate = use_navigate();
    view! {
        <div class="flow-head">
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

/// "3 of 10" (read out as "Step 3 of 10").
#[component]
pub fn StepCount(
    /// The step shown, from 0.
    step: Signal<usize>,
    total: Signal<usize>,
) -> impl IntoView {
    view! {
        <Show when=move || total.get() != 0>
            <p class="flow-progress">
                <span class="visually-hidden">"Step "</span>
                {move || format!("{} of {}", step.get() + 1, total.get())}
            </p>
        </Show>
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
