//! Settings → Backups: downloading the journal, choosing a file to restore, importing.

use std::path::{Path, PathBuf};

use crate::support::Journal;

pub struct Backups<'a>(&'a Journal);

/// The backups' page of Settings.
pub const BACKUPS_PAGE: &str = "/settings/backups";
/// Where the backups' page says what it found in a file, or imported.
pub const BACKUP_STATUS: &str = ".backup-status [role=status]";

impl Journal {
    pub fn backups(&self) -> Backups<'_> {
        Backups(self)
    }
}

impl Backups<'_> {
    /// Downloads a backup, protected with `passphrase` when one is given (and not, when none
    /// is, whatever the page chose by itself).
    pub async fn download(&self, passphrase: Option<&str>) -> PathBuf {
        self.0.visit(BACKUPS_PAGE).await;
        let protected = self
            .0
            .script(
                "return [...document.querySelectorAll('label.choice-option')]
                   .find(l => l.textContent.includes('Protect the backup')).querySelector('input').checked",
            )
            .await;
        if protected.as_bool() != Some(passphrase.is_some()) {
            self.0
                .click_text("label", "Protect the backup with a passphrase")
                .await;
        }
        if let Some(passphrase) = passphrase {
            let fields = "main input[type=password]";
            self.0.type_into_nth(fields, 0, passphrase).await;
            self.0.type_into_nth(fields, 1, passphrase).await;
        }
        self.0.download("Download a backup").await
    }

    /// Chooses `file` to restore (the picker behind "Choose a backup file") and returns what
    /// the app says about it.
    pub async fn choose(&self, file: &Path) -> String {
        self.0.visit(BACKUPS_PAGE).await;
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
        self.0.visit("/settings/delete").await;
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
