//! The door to the member's stored words. With the lock off it goes straight to storage. With
//! the lock on and open, it keeps the opened values in memory and seals every write before it
//! is stored; locked, it holds nothing at all.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{de::DeserializeOwned, Serialize};

use crate::crypto::{self, CryptoProblem, DataKey};
use crate::domain::lock::{
    holds_member_text, keys_to_seal, LockRecord, Progress, Sealed, LOCK_KEY,
};
use crate::domain::storage_problem::StorageProblem;
use crate::domain::stored::{decode, encode};
use crate::domain::trouble::Trouble;
use crate::storage;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockStatus {
    Off,
    Locked,
    Open,
}

#[derive(Clone, Copy)]
pub struct Vault {
    pub status: RwSignal<LockStatus>,
    /// The lock record while the lock is on (`None` when off, or when it can't be read).
    pub record: RwSignal<Option<LockRecord>>,
    key: StoredValue<Option<DataKey>, LocalStorage>,
    /// The opened text of every member-text value, while open.
    opened: StoredValue<BTreeMap<String, String>>,
    /// Values that failed their check: never written over.
    unopenable: StoredValue<BTreeSet<String>>,
    /// The latest write asked for, per key: an older seal finishing late is dropped.
    latest: StoredValue<BTreeMap<String, u64>>,
    /// Numbers writes across all keys, so forgetting `latest` makes every pending seal stale.
    writes: StoredValue<u64>,
    /// Trouble found after the fact (a sealed write that couldn't be stored).
    problems: RwSignal<Vec<Trouble>>,
    /// Moves on whenever the journal locks or is deleted: a long job (turning the lock on or
    /// off, a new passphrase) that sees it move after an await stops before writing anything.
    epoch: StoredValue<u64>,
    /// A long job is running: the lock's forms wait for it (one at a time).
    pub busy: RwSignal<bool>,
}

/// Why a long lock job stopped.
fn interrupted() -> CryptoProblem {
    CryptoProblem::Interrupted
}

impl Vault {
    pub fn start(problems: RwSignal<Vec<Trouble>>) -> Self {
        let (status, record) = match storage::read_text(LOCK_KEY) {
            Ok(None) | Err(_) => (LockStatus::Off, None),
            Ok(Some(raw)) => (
                LockStatus::Locked,
                decode::<LockRecord>(LOCK_KEY, &raw)
                    .ok()
                    .filter(LockRecord::usable),
            ),
        };
        Vault {
            status: RwSignal::new(status),
            record: RwSignal::new(record),
            key: StoredValue::new_local(None),
            opened: StoredValue::new(BTreeMap::new()),
            unopenable: StoredValue::new(BTreeSet::new()),
            latest: StoredValue::new(BTreeMap::new()),
            writes: StoredValue::new(0),
            problems,
            epoch: StoredValue::new(0),
            busy: RwSignal::new(false),
        }
    }

    /// Runs a long lock job with `busy` set, so the lock's forms wait for it.
    async fn while_busy<T>(&self, job: impl std::future::Future<Output = T>) -> T {
        self.busy.set(true);
        let outcome = job.await;
        self.busy.set(false);
        outcome
    }

    pub fn is_on(&self) -> bool {
        self.status.get_untracked() != LockStatus::Off
    }

    /// Every value of the app as readable text, and what couldn't be opened.
    pub fn snapshot(&self) -> Result<BTreeMap<String, String>, StorageProblem> {
        let mut all = storage::snapshot()?;
        if self.status.get_untracked() == LockStatus::Open {
            let opened = self.opened.get_value();
            all.retain(|key, _| !holds_member_text(key) || opened.contains_key(key));
            all.extend(opened);
        }
        Ok(all)
    }

    pub fn load<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>, StorageProblem> {
        match self.status.get_untracked() {
            LockStatus::Off => storage::load(key),
            LockStatus::Locked => Ok(None),
            LockStatus::Open => self
                .opened
                .with_value(|opened| opened.get(key).map(|text| decode(key, text)))
                .transpose(),
        }
    }

    /// Saves a value. While the lock is on, it is sealed first (the stored copy follows a
    /// moment later; a failure then is reported through the journal's problems).
    pub fn save<T: Serialize + DeserializeOwned>(
        &self,
        key: &str,
        value: &T,
    ) -> Result<(), StorageProblem> {
        // A newer version of the app has taken this journal over (in another tab, say): write
        // nothing it may not understand. The page says why; reloading brings the newer one.
        if let Some(schema) = storage::read_text(crate::domain::schema::META_KEY)?
            .and_then(|meta| crate::domain::schema::newer_schema(&meta))
        {
            return Err(StorageProblem::NewerVersion { schema });
        }
        match self.status.get_untracked() {
            LockStatus::Off => {
                // Another tab may have turned the lock on: never write plain text beside it.
                if storage::read_text(LOCK_KEY)?.is_some() {
                    reload();
                    return Err(StorageProblem::Locked);
                }
                storage::save(key, value)
            }
            LockStatus::Locked => Err(StorageProblem::Locked),
            LockStatus::Open => {
                if !holds_member_text(key) {
                    return storage::save(key, value);
                }
                let text = encode(value);
                let cannot_open = self.unopenable.with_value(|u| u.contains(key));
                let undecodable = self.opened.with_value(|opened| {
                    opened
                        .get(key)
                        .filter(|old| decode::<T>(key, old).is_err())
                        .cloned()
                });
                if cannot_open || undecodable.is_some() {
                    // Keep what is stored now before anything replaces it: verbatim (still
                    // sealed) first, then, when it could be opened, sealed again for its new
                    // key so the kept copy opens too.
                    if let Some(raw) = storage::read_text(key)? {
                        let kept = storage::keep_unreadable(key, &raw)?;
                        if let Some(old) = undecodable {
                            self.opened.update_value(|opened| {
                                drop(opened.insert(kept.clone(), old.clone()))
                            });
                            self.seal_and_store(kept, old);
                        }
                    }
                    self.unopenable.update_value(|u| {
                        u.remove(key);
                    });
                }
                self.opened
                    .update_value(|opened| drop(opened.insert(key.to_owned(), text.clone())));
                self.seal_and_store(key.to_owned(), text);
                Ok(())
            }
        }
    }

    fn next_write(&self, key: &str) -> u64 {
        self.writes.update_value(|n| *n += 1);
        let number = self.writes.get_value();
        self.latest.update_value(|latest| {
            latest.insert(key.to_owned(), number);
        });
        number
    }

    fn still_latest(&self, key: &str, number: u64) -> bool {
        self.latest
            .with_value(|latest| latest.get(key) == Some(&number))
    }

    fn seal_and_store(&self, key: String, text: String) {
        let Some(data_key) = self.key.get_value() else {
            return;
        };
        let number = self.next_write(&key);
        let vault = *self;
        spawn_local(async move {
            let outcome: Result<(), Trouble> = match crypto::seal(&data_key, &key, &text).await {
                Ok(sealed) if vault.still_latest(&key, number) => {
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

    pub fn remove(&self, key: &str) -> Result<(), StorageProblem> {
        if self.status.get_untracked() == LockStatus::Open {
            // A seal still on its way must not bring the value back.
            self.next_write(key);
            self.opened.update_value(|opened| drop(opened.remove(key)));
        }
        storage::remove(key)
    }

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

    /// Opens the journal with the passphrase. Values still plain (a tab closed while the lock
    /// was being turned on or off) are opened as they are; `finish_interrupted` seals them.
    pub async fn unlock(&self, passphrase: &str) -> Result<Vec<StorageProblem>, CryptoProblem> {
        let record = self
            .record
            .get_untracked()
            .ok_or(CryptoProblem::WrongPassphrase)?;
        self.while_busy(self.open_with(&record, passphrase)).await
    }

    async fn open_with(
        &self,
        record: &LockRecord,
        passphrase: &str,
    ) -> Result<Vec<StorageProblem>, CryptoProblem> {
        let epoch = self.epoch.get_value();
        let data_key = crypto::unlock(record, passphrase).await?;
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
        if self.epoch.get_value() != epoch {
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
        self.while_busy(self.seal_everything())
            .await
            .map(|()| record.progress == Progress::Unsealing)
    }

    /// Drops every opened value and the key. Anything typed was already saved (sealed).
    pub fn lock(&self) {
        self.epoch.update_value(|e| *e += 1);
        if self.status.get_untracked() == LockStatus::Open {
            self.key.set_value(None);
            self.opened.set_value(BTreeMap::new());
            self.status.set(LockStatus::Locked);
        }
    }

    /// Turns the lock on: a new key, then every value sealed one by one (each value is either
    /// plain or sealed at every moment, so a closed tab leaves a journal that still opens).
    pub async fn turn_on(&self, passphrase: &str) -> Result<(), Trouble> {
        if self.status.get_untracked() != LockStatus::Off {
            return Err(StorageProblem::Locked.into());
        }
        self.while_busy(self.make_lock(passphrase)).await
    }

    async fn make_lock(&self, passphrase: &str) -> Result<(), Trouble> {
        let epoch = self.epoch.get_value();
        let (record, data_key) = crypto::new_lock(passphrase).await?;
        if self.epoch.get_value() != epoch {
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

    /// Seals every value still plain, then marks the record on. Stops, writing nothing more,
    /// if the journal locks meanwhile (the next unlock carries on).
    async fn seal_everything(&self) -> Result<(), Trouble> {
        let epoch = self.epoch.get_value();
        let stopped = || Trouble::from(StorageProblem::Locked);
        let data_key = self.key.get_value().ok_or_else(stopped)?;
        let stored = storage::snapshot()?;
        for key in keys_to_seal(&stored) {
            let text = self
                .opened
                .with_value(|opened| opened.get(&key).cloned())
                .unwrap_or_else(|| stored[&key].clone());
            let sealed = crypto::seal(&data_key, &key, &text).await?;
            if self.epoch.get_value() != epoch {
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
        self.while_busy(self.unseal_everything(&record, passphrase))
            .await
    }

    async fn unseal_everything(
        &self,
        record: &LockRecord,
        passphrase: &str,
    ) -> Result<(), Trouble> {
        let epoch = self.epoch.get_value();
        let data_key = crypto::unlock(record, passphrase).await?;
        if self.epoch.get_value() != epoch {
            return Err(interrupted().into());
        }
        self.store_record(record.at(Progress::Unsealing))?;
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
        if self.epoch.get_value() != epoch {
            // Locked meanwhile: the record stays "unsealing", which the next unlock treats as on.
            return Err(interrupted().into());
        }
        // No seal still on its way may land after this.
        self.latest.set_value(BTreeMap::new());
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
        self.while_busy(self.rewrap(&record, current, new)).await
    }

    async fn rewrap(&self, record: &LockRecord, current: &str, new: &str) -> Result<(), Trouble> {
        let epoch = self.epoch.get_value();
        let changed = crypto::change_passphrase(record, current, new).await?;
        // Only the key's wrapping changes; progress and auto-lock stay as they are now.
        match self.record.get_untracked() {
            Some(now) if self.epoch.get_value() == epoch => Ok(self.store_record(LockRecord {
                kdf: changed.kdf,
                wrapped_key: changed.wrapped_key,
                ..now
            })?),
            _ => Err(interrupted().into()),
        }
    }

    pub fn set_auto_lock(&self, seconds: u32) -> Result<(), StorageProblem> {
        match self.record.get_untracked() {
            Some(record) => self.store_record(LockRecord {
                auto_lock_seconds: seconds,
                ..record
            }),
            None => Ok(()),
        }
    }

    fn store_record(&self, record: LockRecord) -> Result<(), StorageProblem> {
        storage::write_text(LOCK_KEY, &encode(&record))?;
        self.record.set(Some(record));
        Ok(())
    }

    /// After "delete everything": no lock, nothing held, and no seal still on its way may
    /// bring a value back.
    pub fn forget(&self) {
        self.epoch.update_value(|e| *e += 1);
        self.latest.set_value(BTreeMap::new());
        self.key.set_value(None);
        self.opened.set_value(BTreeMap::new());
        self.unopenable.set_value(BTreeSet::new());
        self.record.set(None);
        self.status.set(LockStatus::Off);
    }
}

impl Vault {
    /// Before this page starts again: nothing held, and no seal still on its way may land.
    pub fn freeze(&self) {
        self.epoch.update_value(|e| *e += 1);
        self.latest.set_value(BTreeMap::new());
        self.key.set_value(None);
    }
}

/// What another tab's change means here.
pub enum OutsideChange {
    Removed,
    /// The value's readable text.
    Stored(String),
    /// It couldn't be opened: reported, and what is shown here stays.
    Unreadable,
}

/// Starts the page again from storage (used when another tab turned the lock on or off).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
