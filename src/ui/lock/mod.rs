//! The lock on screen: the unlock screen, locking when idle or away, and quick hide.

mod auto_lock;
mod quick_hide;
mod unlock;

pub use auto_lock::AutoLock;
pub use quick_hide::{provide_quick_hide, HideButton, NeutralScreen};
pub use unlock::UnlockScreen;

/// Milliseconds on the page's clock.
fn now() -> f64 {
    js_sys::Date::now()
}
