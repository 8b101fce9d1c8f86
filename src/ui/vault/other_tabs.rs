//! Other tabs and windows of the journal: a value another tab stored is opened (when sealed)
//! before anyone here reads it; when the lock is turned on or off elsewhere, this page lets go
//! of everything and starts again from storage.

use leptos::prelude::*;

use super::{LockStatus, Vault};
use crate::crypto;
use crate::domain::lock::{holds_member_text, Sealed};
use crate::domain::storage_problem::StorageProblem;

/// What another tab's change means here.
pub enum OutsideChange {
    Removed,
    /// The value's readable text.
    Stored(String),
    /// It couldn't be opened: reported, and what is shown here stays.
    Unreadable,
}

impl Vault {
    /// Takes a value another tab stored: opened (when sealed) before anyone reads it.
    pub async fn take_outside_change(&self, key: &str, raw: Option<String>) -> OutsideChange {
        let open = self.status.get_untracked() == LockStatus::Open;
        let Some(raw) = raw else {
            if open {
                self.opened.update_value(|opened| drop(opened.remove(key)));
            }
            return OutsideChange::Removed;
        };
        if !open || !holds_member_text(key) {
            return OutsideChange::Stored(raw);
        }
        if !Sealed::is_sealed(&raw) {
            // Plain text beside the lock (it shouldn't happen): seal it at once.
            self.opened
                .update_value(|opened| drop(opened.insert(key.to_owned(), raw.clone())));
            self.seal_and_store(key.to_owned(), raw.clone());
            return OutsideChange::Stored(raw);
        }
        let Some(data_key) = self.key.get_value() else {
            return OutsideChange::Unreadable;
        };
        match crypto::open(&data_key, key, &raw).await {
            Ok(text) => {
                self.opened
                    .update_value(|opened| drop(opened.insert(key.to_owned(), text.clone())));
                OutsideChange::Stored(text)
            }
            Err(_) => {
                self.unopenable.update_value(|u| {
                    u.insert(key.to_owned());
                });
                self.problems.update(|p| {
                    p.push(
                        StorageProblem::CannotOpen {
                            key: key.to_owned(),
                            raw,
                        }
                        .into(),
                    )
                });
                OutsideChange::Unreadable
            }
        }
    }

    /// Before this page starts again: nothing held, and no seal still on its way may land.
    pub fn freeze(&self) {
        self.interrupt_jobs();
        self.drop_pending_seals();
        self.key.set_value(None);
    }
}

/// Starts the page again from storage (used when another tab turned the lock on or off).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
