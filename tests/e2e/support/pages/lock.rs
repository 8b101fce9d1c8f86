//! The lock: turning it on in Settings → Lock, and the unlock screen.

use std::time::Duration;

use crate::support::Journal;

pub struct Lock<'a>(&'a Journal);

/// The lock's page of Settings.
pub const LOCK_PAGE: &str = "/settings/lock";
/// Where it says what it did.
pub const LOCK_SECTION: &str = "main";

impl Journal {
    pub fn lock(&self) -> Lock<'_> {
        Lock(self)
    }
}

impl Lock<'_> {
    /// Settings → Lock: the passphrase twice, then "Turn on the lock", until it says it is on.
    pub async fn turn_on(&self, passphrase: &str) {
        self.0.visit(LOCK_PAGE).await;
        let fields = format!("{LOCK_SECTION} input[type=password]");
        self.0.type_into_nth(&fields, 0, passphrase).await;
        self.0.type_into_nth(&fields, 1, passphrase).await;
        self.0.click_text("button", "Turn on the lock").await;
        self.0
            .wait_for_text(&format!("{LOCK_SECTION} [role=status]"), "The lock is on.")
            .await;
        self.0.screenshot("lock-settings-on").await;
    }

    /// On the unlock screen: types `passphrase` (into an emptied field, as after a wrong try)
    /// and presses "Open my journal".
    pub async fn unlock(&self, passphrase: &str) {
        self.type_passphrase(passphrase).await;
        self.0.click_text("button", "Open my journal").await;
    }

    /// Tries a passphrase that doesn't fit: the journal stays locked and says so.
    pub async fn refused(&self, passphrase: &str) {
        self.unlock(passphrase).await;
        self.0
            .wait_for_text(
                "#unlock-problem",
                "That passphrase doesn't open this journal",
            )
            .await;
        assert_eq!(self.0.heading().await, "Your journal is locked");
    }

    async fn type_passphrase(&self, passphrase: &str) {
        self.0.wait_for_heading("Your journal is locked").await;
        let field = ".lock-screen input[type=password]";
        self.0.set_value(field, "").await;
        self.0.type_into(field, passphrase).await;
    }

    /// Unlocks with the right passphrase and returns how long it took, measured in the page,
    /// from the press of "Open my journal" to the page behind the lock showing `heading`.
    pub async fn timed_unlock(&self, passphrase: &str, heading: &str) -> Duration {
        self.type_passphrase(passphrase).await;
        self.0
            .script(&format!(
                "window.__unlock = {{}};
                 document.addEventListener('click', () => {{ window.__unlock.pressed = performance.now(); }},
                   {{ capture: true, once: true }});
                 new MutationObserver((_, watch) => {{
                   if (document.querySelector('main h1')?.textContent === {heading:?}) {{
                     window.__unlock.open = performance.now();
                     watch.disconnect();
                   }}
                 }}).observe(document, {{ subtree: true, childList: true, characterData: true }});
                 return null;"
            ))
            .await;
        self.0.click_text("button", "Open my journal").await;
        self.0.wait_for_heading(heading).await;
        let took = self
            .0
            .script("return window.__unlock.open - window.__unlock.pressed")
            .await
            .as_f64()
            .expect("the unlock was not timed");
        Duration::from_secs_f64(took / 1000.0)
    }
}
