//! Sealing: every write of member text while the lock is open is sealed before it is stored,
//! and only the latest write of a value lands (sealing is async, so an older seal can finish
//! after a newer one); turning the lock on seals every value still plain, one at a time.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Vault;
use crate::crypto;
use crate::domain::lock::{keys_to_seal, Progress};
use crate::domain::storage_problem::StorageProblem;
use crate::domain::trouble::Trouble;
use crate::domain::write_order::WriteOrder;
use crate::storage;

impl Vault {
    /// Seals `text` for `key` and stores it, unless a newer write of `key` (or a removal, or the
    /// lock going off) came after it meanwhile. Trouble is reported through the problems.
    pub(super) fn seal_and_store(&self, key: String, text: String) {
        let Some(data_key) = self.key.get_value() else {
            return;
        };
        let number = self.writes.write_value().next(&key);
        let vault = *self;
        spawn_local(async move {
            let outcome: Result<(), Trouble> = match crypto::seal(&data_key, &key, &text).await {
                Ok(sealed) if vault.writes.with_value(|w| w.is_latest(&key, number)) => {
                    storage::write_text(&key, &sealed).map_err(Trouble::from)
                }
                Ok(_) => Ok(()),
                Err(problem) => Err(problem.into()),
            };
            if let Err(problem) = outcome {
                vault.problems.update(|p| p.push(problem));
            }
        });
    }

    /// No seal still on its way may land after this.
    pub(super) fn drop_pending_seals(&self) {
        self.writes.update_value(WriteOrder::forget_all);
    }

    /// Seals every value still plain, then marks the record on. Stops, writing nothing more,
    /// if the journal locks meanwhile (the next unlock carries on).
    pub(super) async fn seal_everything(&self) -> Result<(), Trouble> {
        let job = self.ticket();
        let stopped = || Trouble::from(StorageProblem::Locked);
        let data_key = self.key.get_value().ok_or_else(stopped)?;
        let stored = storage::snapshot()?;
        for key in keys_to_seal(&stored) {
            let text = self
                .opened
                .with_value(|opened| opened.get(&key).cloned())
                .unwrap_or_else(|| stored[&key].clone());
            let sealed = crypto::seal(&data_key, &key, &text).await?;
            if !self.still_current(job) {
                return Err(stopped());
            }
            // Typing since the snapshot has its own seal on the way; only a value still plain
            // and unchanged is replaced here.
            if storage::read_text(&key)?.as_deref() == Some(stored[&key].as_str()) {
                storage::write_text(&key, &sealed)?;
            }
        }
        // The record as it is now (a new passphrase may have been set meanwhile).
        let record = self.record.get_untracked().ok_or_else(stopped)?;
        Ok(self.store_record(record.at(Progress::On))?)
    }
}
