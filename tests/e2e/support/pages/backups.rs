//! Settings → Backups: downloading the journal, choosing a file to restore, importing.

use std::path::{Path, PathBuf};

use crate::support::Journal;

pub struct Backups<'a>(&'a Journal);

/// Where the backup section says what it found or did.
pub const BACKUP_STATUS: &str = "section[aria-labelledby=backup-heading] [role=status]";

impl Journal {
    pub fn backups(&self) -> Backups<'_> {
        Backups(self)
    }
}

impl Backups<'_> {
    /// Downloads a backup, protected with `passphrase` when one is given.
    pub async fn download(&self, passphrase: Option<&str>) -> PathBuf {
        self.0.visit("/settings").await;
        if let Some(passphrase) = passphrase {
            self.0
                .click_text("label", "Protect the backup with a passphrase")
                .await;
            let fields = "section[aria-labelledby=backup-heading] input[type=password]";
            self.0.type_into_nth(fields, 0, passphrase).await;
            self.0.type_into_nth(fields, 1, passphrase).await;
        }
        self.0.download("Download a backup").await
    }

    /// Chooses `file` to restore and returns what the app says about it.
    pub async fn choose(&self, file: &Path) -> String {
        self.0.visit("/settings").await;
        self.0.choose_file("input[type=file]", file).await;
        self.0
            .wait_until(
                &format!("document.querySelector({BACKUP_STATUS:?})?.textContent.trim()"),
                "the backup to be read",
            )
            .await;
        self.0.text_of(BACKUP_STATUS).await
    }

    /// Opens a protected backup that was chosen with its passphrase and returns what the app
    /// says next.
    pub async fn open_protected(&self, passphrase: &str) -> String {
        self.0.set_value("#backup-file-passphrase", "").await;
        self.0
            .type_into("#backup-file-passphrase", passphrase)
            .await;
        let before = self.0.text_of(BACKUP_STATUS).await;
        self.0.click_text("button", "Open the backup").await;
        self.0
            .wait_until(
                // Past "Opening the backup…" too, to what it found.
                &format!(
                    "((t) => t !== {} && !t.startsWith('Opening'))(document.querySelector({BACKUP_STATUS:?})?.textContent ?? '')",
                    serde_json::to_string(&before).unwrap()
                ),
                "the protected backup to be opened",
            )
            .await;
        self.0.text_of(BACKUP_STATUS).await
    }

    /// Imports what was chosen and returns what the app says it did.
    pub async fn import(&self) -> String {
        self.0.click_text("button", "Import").await;
        self.0.wait_for_text(BACKUP_STATUS, "Imported.").await
    }

    /// Settings → Delete everything, deliberately, until the app says it is done.
    pub async fn delete_everything(&self) {
        self.0.visit("/settings").await;
        self.0.click_text("button", "Delete everything…").await;
        self.0
            .click_text(
                "label.choice-option",
                "I understand my entries will be gone from this browser",
            )
            .await;
        self.0.click_text("button", "Delete everything now").await;
        self.0
            .wait_for_text("[role=status]", "Everything was deleted from this browser")
            .await;
    }
}
