//! Locks the journal after the chosen idle time, and on return after being away a while
//! (another app in front, the screen off): as long as the chosen time once the member chose
//! one, else half a minute. Present only while the journal is open.

use leptos::prelude::*;

use super::now;
use crate::domain::lock::{lock_due, DEFAULT_AUTO_LOCK_SECONDS, HIDDEN_LOCK_SECONDS};
use crate::ui::journal::use_journal;

#[component]
pub fn AutoLock() -> impl IntoView {
    let journal = use_journal();
    let last_activity = StoredValue::new(now());
    let away_since = StoredValue::new(None::<f64>);
    let check = move || {
        let (idle, away) = journal
            .vault
            .record
            .with_untracked(|r| r.as_ref().map(|r| (r.auto_lock_after(), r.away_limit())))
            .unwrap_or((DEFAULT_AUTO_LOCK_SECONDS, HIDDEN_LOCK_SECONDS));
        if lock_due(
            now(),
            last_activity.get_value(),
            away_since.get_value(),
            idle,
            away,
        ) {
            journal.lock();
        }
    };

    let mut handles: Vec<WindowListenerHandle> = ["pointerdown", "keydown", "input", "scroll"]
        .into_iter()
        .map(|name| window_event_listener_untyped(name, move |_| last_activity.set_value(now())))
        .collect();
    // visibilitychange bubbles from the document to the window.
    handles.push(window_event_listener_untyped(
        "visibilitychange",
        move |_| {
            let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
            if hidden {
                away_since.set_value(Some(now()));
            } else {
                check();
                away_since.set_value(None);
            }
        },
    ));
    let ticking = set_interval_with_handle(check, std::time::Duration::from_secs(1)).ok();
    on_cleanup(move || {
        for handle in handles {
            handle.remove();
        }
        if let Some(ticking) = ticking {
            ticking.clear();
        }
    });
}
