//! The one action bar, always in view (also with the on-screen keyboard open): Back, a quiet
//! Skip, and a filled Next, which on the last step is Done.

use leptos::prelude::*;

#[component]
pub fn ActionBar(
    step: Signal<usize>,
    total: Signal<usize>,
    /// Move to this step.
    go: Callback<usize>,
    /// Save what there is and finish.
    done: Callback<()>,
) -> impl IntoView {
    let last = move || step.get() + 1 >= total.get();
    view! {
        <div class="flow-actions">
            <button
                type="button"
                class="button back"
                hidden=move || step.get() == 0
                on:click=move |_| go.run(step.get_untracked().saturating_sub(1))
            >
                "Back"
            </button>
            <Show when=move || !last()>
                <button
                    type="button"
                    class="text-button skip"
                    on:click=move |_| go.run(step.get_untracked() + 1)
                >
                    "Skip"
                </button>
            </Show>
            <Show
                when=move || !last()
                fallback=move || {
                    view! {
                        <button type="button" class="button button-primary next" on:click=move |_| done.run(())>
                            "Done"
                        </button>
                    }
                }
            >
                <button
                    type="button"
                    class="button button-primary next"
                    on:click=move |_| go.run(step.get_untracked() + 1)
                >
                    "Next"
                </button>
            </Show>
        </div>
    }
}
