//! An unfinished entry from last time, offered back (never loaded silently).

use leptos::prelude::*;

use crate::domain::schedule::Moment;

#[component]
pub fn ResumeOffer(
    moment: Moment,
    is_editing: bool,
    /// The saved version changed since these edits began.
    changed_since: bool,
    on_continue: Callback<()>,
    on_start_again: Callback<()>,
) -> impl IntoView {
    let what = match moment {
        Moment::Before => "preparation",
        Moment::After => "reflection",
    };
    view! {
        <div class="notice" role="status">
            <p>{format!("You have an unfinished {what}. It's here as you left it.")}</p>
            <Show when=move || changed_since>
                <p>"The saved version has changed since you started these changes."</p>
            </Show>
            <div class="inline-actions">
                <button type="button" class="button" on:click=move |_| on_continue.run(())>
                    "Continue it"
                </button>
                <button type="button" class="button" on:click=move |_| on_start_again.run(())>
                    {if is_editing { "Start from the saved version" } else { "Start a new one" }}
                </button>
            </div>
        </div>
    }
}
