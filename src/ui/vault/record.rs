//! The part that owns the lock record (its passkeys are in `passkeys.rs`): opening with the
//! passphrase, turning the lock on (a new key, every value sealed) and off (every value opened,
//! the record removed last), a new passphrase, the auto-lock time, and forgetting everything after "delete everything". Its
//! long jobs run one at a time and stop, writing nothing more, when their ticket goes stale;
//! they return a Trouble, so "no WebCrypto" is never reported as a refused write.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use super::{LockStatus, Vault};
use crate::crypto::{self, CryptoProblem, DataKey};
use crate::domain::lock::{
    holds_member_text, keys_to_seal, LockRecord, Progress, Sealed, LOCK_KEY,
};
use crate::domain::lock_jobs::Ticket;
use crate::domain::storage_problem::StorageProblem;
use crate::domain::stored::encode;
use crate::domain::trouble::Trouble;
use crate::storage;

/// Why a long lock job stopped.
fn interrupted() -> CryptoProblem {
    CryptoProblem::Interrupted
}

impl Vault {
    /// Opens the journal with the passphrase. Values still plain (a tab closed while the lock
    /// was being turned on or off) are opened as they are; `finish_interrupted` seals them.
    pub async fn unlock(&self, passphrase: &str) -> Result<Vec<StorageProblem>, CryptoProblem> {
        let record = self
            .record
            .get_untracked()
            .ok_or(CryptoProblem::WrongPassphrase)?;
        self.while_busy(|job| self.open_with(job, &record, passphrase))
            .await
    }

    async fn open_with(
        &self,
        job: Ticket,
        record: &LockRecord,
        passphrase: &str,
    ) -> Result<Vec<StorageProblem>, CryptoProblem> {
        let data_key = crypto::unlock(record, passphrase).await?;
        self.open_all(job, data_key).await
    }

    /// With the data key in hand (from the passphrase or a passkey): every value opened and
    /// kept in memory, unless the job went stale meanwhile.
    pub(super) async fn open_all(
        &self,
        job: Ticket,
        data_key: DataKey,
    ) -> Result<Vec<StorageProblem>, CryptoProblem> {
        let stored = storage::snapshot().map_err(|p| CryptoProblem::Failed(p.message()))?;
        let mut opened = BTreeMap::new();
        let mut unopenable = BTreeSet::new();
        let mut problems = Vec::new();
        for (key, raw) in stored.into_iter().filter(|(key, _)| holds_member_text(key)) {
            if !Sealed::is_sealed(&raw) {
                opened.insert(key, raw);
                continue;
            }
            match crypto::open(&data_key, &key, &raw).await {
                Ok(text) => {
                    opened.insert(key, text);
                }
                Err(_) => {
                    problems.push(StorageProblem::CannotOpen {
                        key: key.clone(),
                        raw,
                    });
                    unopenable.insert(key);
                }
            }
        }
        if !self.still_current(job) {
            return Err(interrupted());
        }
        self.key.set_value(Some(data_key));
        self.opened.set_value(opened);
        self.unopenable.set_value(unopenable);
        self.status.set(LockStatus::Open);
        Ok(problems)
    }

    /// After unlocking: anything still plain is sealed and the record marked on. This fails
    /// closed on purpose: turning the lock *off* is finished only when the member asks again
    /// (the record is not protected, so "unsealing" alone is never taken as a request).
    pub async fn finish_interrupted(&self) -> Result<bool, Trouble> {
        if self.status.get_untracked() != LockStatus::Open {
            return Ok(false);
        }
        let Some(record) = self.record.get_untracked() else {
            return Ok(false);
        };
        let plain_left = storage::snapshot().map(|stored| !keys_to_seal(&stored).is_empty())?;
        if record.progress == Progress::On && !plain_left {
            return Ok(false);
        }
        self.while_busy(|_| self.seal_everything())
            .await
            .map(|()| record.progress == Progress::Unsealing)
    }

    /// Turns the lock on: a new key, then every value sealed one by one (each value is either
    /// plain or sealed at every moment, so a closed tab leaves a journal that still opens).
    pub async fn turn_on(&self, passphrase: &str) -> Result<(), Trouble> {
        if self.status.get_untracked() != LockStatus::Off {
            return Err(StorageProblem::Locked.into());
        }
        self.while_busy(|job| self.make_lock(job, passphrase)).await
    }

    async fn make_lock(&self, job: Ticket, passphrase: &str) -> Result<(), Trouble> {
        let (record, data_key) = crypto::new_lock(passphrase).await?;
        if !self.still_current(job) {
            return Err(interrupted().into());
        }
        let plain = storage::snapshot()?;
        storage::write_text(LOCK_KEY, &encode(&record))?;
        self.key.set_value(Some(data_key));
        self.opened.set_value(
            plain
                .into_iter()
                .filter(|(key, _)| holds_member_text(key))
                .collect(),
        );
        self.unopenable.set_value(BTreeSet::new());
        self.record.set(Some(record));
        self.status.set(LockStatus::Open);
        self.seal_everything().await
    }

    /// Turns the lock off: checks the passphrase, writes every value back as plain text from
    /// storage (opened with the key just unwrapped), and removes the record last.
    pub async fn turn_off(&self, passphrase: &str) -> Result<(), Trouble> {
        // Only from an open journal (a job queued just before locking must not run after it).
        if self.status.get_untracked() != LockStatus::Open {
            return Err(interrupted().into());
        }
        let record = self
            .record
            .get_untracked()
            .ok_or(CryptoProblem::WrongPassphrase)?;
        self.while_busy(|job| self.unseal_everything(job, &record, passphrase))
            .await
    }

    async fn unseal_everything(
        &self,
        job: Ticket,
        record: &LockRecord,
        passphrase: &str,
    ) -> Result<(), Trouble> {
        let data_key = crypto::unlock(record, passphrase).await?;
        if !self.still_current(job) {
            return Err(interrupted().into());
        }
        // The record as it is now: a change made while the passphrase was checked (a passkey
        // removed, another auto-lock time) is kept, not written over by the copy from before.
        let now = self.record.get_untracked().ok_or_else(interrupted)?;
        self.store_record(now.at(Progress::Unsealing))?;
        let stored = storage::snapshot()?;
        let mut plain = Vec::new();
        for (key, raw) in stored
            .iter()
            .filter(|(key, raw)| holds_member_text(key) && Sealed::is_sealed(raw))
        {
            // Values that fail their check stay as they are, sealed: never thrown away.
            if let Ok(text) = crypto::open(&data_key, key, raw).await {
                plain.push((key.clone(), text));
            }
        }
        if !self.still_current(job) {
            // Locked meanwhile: the record stays "unsealing", which the next unlock treats as on.
            return Err(interrupted().into());
        }
        self.drop_pending_seals();
        for (key, text) in &plain {
            storage::write_text(key, text)?;
        }
        storage::remove(LOCK_KEY)?;
        self.key.set_value(None);
        self.opened.set_value(BTreeMap::new());
        self.record.set(None);
        self.status.set(LockStatus::Off);
        Ok(())
    }

    pub async fn change_passphrase(&self, current: &str, new: &str) -> Result<(), Trouble> {
        if self.status.get_untracked() != LockStatus::Open {
            return Err(interrupted().into());
        }
        let record = self
            .record
            .get_untracked()
            .ok_or(CryptoProblem::WrongPassphrase)?;
        self.while_busy(|job| self.rewrap(job, &record, current, new))
            .await
    }

    async fn rewrap(
        &self,
        job: Ticket,
        record: &LockRecord,
        current: &str,
        new: &str,
    ) -> Result<(), Trouble> {
        let changed = crypto::change_passphrase(record, current, new).await?;
        // Only the key's wrapping changes; progress and auto-lock stay as they are now.
        match self.record.get_untracked() {
            Some(now) if self.still_current(job) => Ok(self.store_record(LockRecord {
                kdf: changed.kdf,
                wrapped_key: changed.wrapped_key,
                ..now
            })?),
            _ => Err(interrupted().into()),
        }
    }

    /// The member chose how long unused before it locks (Settings → Lock): that time also
    /// counts for being away from now on.
    pub fn set_auto_lock(&self, seconds: u32) -> Result<(), StorageProblem> {
        match self.record.get_untracked() {
            Some(record) => self.store_record(record.choosing_auto_lock(seconds)),
            None => Ok(()),
        }
    }

    pub(super) fn store_record(&self, record: LockRecord) -> Result<(), StorageProblem> {
        storage::write_text(LOCK_KEY, &encode(&record))?;
        self.record.set(Some(record));
        Ok(())
    }

    /// After "delete everything": no lock, nothing held, and no seal still on its way may
    /// bring a value back.
    pub fn forget(&self) {
        self.interrupt_jobs();
        self.drop_pending_seals();
        self.key.set_value(None);
        self.opened.set_value(BTreeMap::new());
        self.unopenable.set_value(BTreeSet::new());
        self.record.set(None);
        self.status.set(LockStatus::Off);
    }
}
