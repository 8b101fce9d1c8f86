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
    problems: RwSignal<Vec<StorageProblem>>,
}

impl Vault {
    pub fn start(problems: RwSignal<Vec<StorageProblem>>) -> Self {
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
        }
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
                let unreadable_here = self.unopenable.with_value(|u| u.contains(key))
                    || self.opened.with_value(|opened| {
                        opened
                            .get(key)
                            .is_some_and(|old| decode::<T>(key, old).is_err())
                    });
                if unreadable_here {
                    // Keep what is stored now, verbatim (still sealed), before anything replaces it.
                    if let Some(raw) = storage::read_text(key)? {
                        storage::keep_unreadable(key, &raw)?;
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
            let outcome = match crypto::seal(&data_key, &key, &text).await {
                Ok(sealed) if vault.still_latest(&key, number) => {
                    storage::write_text(&key, &sealed)
                }
                Ok(_) => Ok(()),
                Err(problem) => Err(StorageProblem::Refused {
                    detail: format!("{problem:?}"),
                }),
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
    pub async fn take_outside_change(&self, key: &str, raw: Option<String>) -> Option<String> {
        let Some(raw) = raw else {
            if self.status.get_untracked() == LockStatus::Open {
                self.opened.update_value(|opened| drop(opened.remove(key)));
            }
            return None;
        };
        if self.status.get_untracked() != LockStatus::Open || !Sealed::is_sealed(&raw) {
            return Some(raw);
        }
        let data_key = self.key.get_value()?;
        let text = crypto::open(&data_key, key, &raw).await.ok()?;
        self.opened
            .update_value(|opened| drop(opened.insert(key.to_owned(), text.clone())));
        Some(text)
    }

    /// Opens the journal with the passphrase, and finishes turning the lock on or off if a
    /// closed tab interrupted it.
    pub async fn unlock(&self, passphrase: &str) -> Result<Vec<StorageProblem>, CryptoProblem> {
        let record = self
            .record
            .get_untracked()
            .ok_or(CryptoProblem::WrongPassphrase)?;
        let data_key = crypto::unlock(&record, passphrase).await?;
        let stored = storage::snapshot().map_err(|p| CryptoProblem::Failed(p.message()))?;
        let mut opened = BTreeMap::new();
        let mut unopenable = BTreeSet::new();
        let mut problems = Vec::new();
        for (key, raw) in stored.into_iter().filter(|(key, _)| holds_member_text(key)) {
            if !Sealed::is_sealed(&raw) {
                // Not sealed yet: turning the lock on was cut short. Sealed below.
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
        self.key.set_value(Some(data_key));
        self.opened.set_value(opened);
        self.unopenable.set_value(unopenable);
        self.status.set(LockStatus::Open);
        match record.progress {
            Progress::On => {}
            Progress::Sealing => {
                if let Err(problem) = self.seal_everything(&record).await {
                    problems.push(problem);
                }
            }
            Progress::Unsealing => {
                if let Err(problem) = self.unseal_everything(&record).await {
                    problems.push(problem);
                }
            }
        }
        Ok(problems)
    }

    /// Drops every opened value and the key. Anything typed was already saved (sealed).
    pub fn lock(&self) {
        if self.status.get_untracked() == LockStatus::Open {
            self.key.set_value(None);
            self.opened.set_value(BTreeMap::new());
            self.status.set(LockStatus::Locked);
        }
    }

    /// Turns the lock on: a new key, then every value sealed one by one (each value is either
    /// plain or sealed at every moment, so a closed tab leaves a journal that still opens).
    pub async fn turn_on(&self, passphrase: &str) -> Result<(), StorageProblem> {
        let crypto_failed = |p: CryptoProblem| StorageProblem::Refused {
            detail: p.message(),
        };
        let (record, data_key) = crypto::new_lock(passphrase).await.map_err(crypto_failed)?;
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
        self.record.set(Some(record.clone()));
        self.status.set(LockStatus::Open);
        self.seal_everything(&record).await
    }

    async fn seal_everything(&self, record: &LockRecord) -> Result<(), StorageProblem> {
        let data_key = self.key.get_value().ok_or(StorageProblem::Locked)?;
        let stored = storage::snapshot()?;
        for key in keys_to_seal(&stored) {
            let number = self.next_write(&key);
            let text = self
                .opened
                .with_value(|opened| opened.get(&key).cloned())
                .unwrap_or_else(|| stored[&key].clone());
            let sealed = crypto::seal(&data_key, &key, &text).await.map_err(|p| {
                StorageProblem::Refused {
                    detail: p.message(),
                }
            })?;
            if self.still_latest(&key, number) {
                storage::write_text(&key, &sealed)?;
            }
        }
        self.store_record(record.at(Progress::On))
    }

    /// Turns the lock off: checks the passphrase, writes every value back as plain text, and
    /// removes the record last.
    pub async fn turn_off(&self, passphrase: &str) -> Result<(), CryptoProblem> {
        let record = self
            .record
            .get_untracked()
            .ok_or(CryptoProblem::WrongPassphrase)?;
        crypto::unlock(&record, passphrase).await?;
        self.unseal_everything(&record)
            .await
            .map_err(|p| CryptoProblem::Failed(p.message()))
    }

    async fn unseal_everything(&self, record: &LockRecord) -> Result<(), StorageProblem> {
        self.store_record(record.at(Progress::Unsealing))?;
        let opened = self.opened.get_value();
        for (key, text) in &opened {
            // Cancels any seal still on its way, then writes the plain text.
            self.next_write(key);
            storage::write_text(key, text)?;
        }
        // Values that failed their check stay as they are, sealed: never thrown away.
        storage::remove(LOCK_KEY)?;
        self.key.set_value(None);
        self.opened.set_value(BTreeMap::new());
        self.record.set(None);
        self.status.set(LockStatus::Off);
        Ok(())
    }

    pub async fn change_passphrase(&self, current: &str, new: &str) -> Result<(), CryptoProblem> {
        let record = self
            .record
            .get_untracked()
            .ok_or(CryptoProblem::WrongPassphrase)?;
        let changed = crypto::change_passphrase(&record, current, new).await?;
        self.store_record(changed)
            .map_err(|p| CryptoProblem::Failed(p.message()))
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
        self.latest.set_value(BTreeMap::new());
        self.key.set_value(None);
        self.opened.set_value(BTreeMap::new());
        self.unopenable.set_value(BTreeSet::new());
        self.record.set(None);
        self.status.set(LockStatus::Off);
    }
}

/// Starts the page again from storage (used when another tab turned the lock on or off).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
