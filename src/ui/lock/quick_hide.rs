//! Quick hide: a control that is always there (and Shift pressed three times) puts a plain
//! screen over the journal at once, and locks it when a lock is set.

use leptos::prelude::*;

use super::now;
use crate::domain::lock::TripleShift;
use crate::ui::journal::use_journal;

#[derive(Clone, Copy)]
struct Hidden(RwSignal<bool>);

/// Sets up quick hide for the whole app; the signal says whether the plain screen is showing.
pub fn provide_quick_hide() -> RwSignal<bool> {
    let hidden = RwSignal::new(false);
    provide_context(Hidden(hidden));
    let journal = use_journal();
    let shortcut = StoredValue::new(TripleShift::default());
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        // A held key repeats: holding Shift is not pressing it three times.
        if event.repeat() {
            return;
        }
        let mut fired = false;
        shortcut.update_value(|s| fired = s.press(&event.key(), now()));
        if fired {
            hide(journal, hidden);
        }
    });
    on_cleanup(move || handle.remove());
    hidden
}

fn hide(journal: crate::ui::journal::Journal, hidden: RwSignal<bool>) {
    journal.lock();
    hidden.set(true);
    document().set_title("Here & Now");
}

#[component]
pub fn HideButton() -> impl IntoView {
    let journal = use_journal();
    let Hidden(hidden) = expect_context::<Hidden>();
    view! {
        <button
            type="button"
            class="top-link hide-button"
            title="Hide the journal now (or press Shift three times)"
            on:click=move |_| hide(journal, hidden)
        >
            "Hide"
        </button>
    }
}

/// What shows while hidden: nothing of the journal, only a way back.
#[component]
pub fn NeutralScreen() -> impl IntoView {
    let Hidden(hidden) = expect_context::<Hidden>();
    let button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = button.get() {
            let _ = button.focus();
        }
    });
    view! {
        <main class="neutral-screen">
            <button node_ref=button type="button" class="button" on:click=move |_| hidden.set(false)>
                "Open"
            </button>
        </main>
    }
}
