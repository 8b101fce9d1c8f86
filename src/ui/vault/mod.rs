//! The door to the member's stored words. With the lock off it goes straight to storage. With
//! the lock on and open, it keeps the opened values in memory and seals every write before it
//! is stored; locked, it holds nothing at all.
//!
//! One job a file: here the lock's state, the opened values and the reads and writes the app
//! makes; `sealing` (every write sealed before it is stored, and only the latest one landing),
//! `record` (the part that owns the lock record: unlocking, turning the lock on or off, a new
//! passphrase, the auto-lock time) and `other_tabs` (what another tab stored, and starting the
//! page again). Which write is the latest and whether a long job is still current are decided
//! in plain code (`domain::write_order`, `domain::lock_jobs`), tested on the host.

mod other_tabs;
mod passkeys;
mod record;
mod sealing;

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

use crate::crypto::DataKey;
use crate::domain::lock::{holds_member_text, LockRecord, LOCK_KEY};
use crate::domain::lock_jobs::{LockJobs, Ticket};
use crate::domain::storage_problem::StorageProblem;
use crate::domain::stored::{decode, encode};
use crate::domain::trouble::Trouble;
use crate::domain::write_order::WriteOrder;
use crate::storage;

pub use other_tabs::{reload, OutsideChange};

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
    writes: StoredValue<WriteOrder>,
    /// Trouble found after the fact (a sealed write that couldn't be stored).
    problems: RwSignal<Vec<Trouble>>,
    /// The long jobs: interrupted whenever the journal locks or is deleted, so a job (turning
    /// the lock on or off, a new passphrase) that finds its ticket stale after an await stops
    /// before writing anything.
    jobs: StoredValue<LockJobs>,
    /// A long job is running: the lock's forms wait for it (one at a time).
    pub busy: RwSignal<bool>,
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
            writes: StoredValue::new(WriteOrder::default()),
            problems,
            jobs: StoredValue::new(LockJobs::default()),
            busy: RwSignal::new(false),
        }
    }

    /// Runs a long lock job with `busy` set, so the lock's forms wait for it. The job gets
    /// the ticket it started with, to check after every await.
    async fn while_busy<T, F>(&self, job: impl FnOnce(Ticket) -> F) -> T
    where
        F: std::future::Future<Output = T>,
    {
        let ticket = self.jobs.write_value().start();
        self.busy.set(true);
        let outcome = job(ticket).await;
        self.jobs.update_value(LockJobs::finish);
        self.busy.set(false);
        outcome
    }

    /// A ticket for work starting now (checked after its awaits, as a job's is).
    fn ticket(&self) -> Ticket {
        self.jobs.with_value(LockJobs::ticket)
    }

    /// Whether work started with `ticket` may still write: the journal hasn't locked, been
    /// deleted or frozen since.
    fn still_current(&self, ticket: Ticket) -> bool {
        self.jobs.with_value(|jobs| jobs.still_current(ticket))
    }

    /// Every long job running now stops at its next check.
    fn interrupt_jobs(&self) {
        self.jobs.update_value(LockJobs::interrupt);
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

    pub fn remove(&self, key: &str) -> Result<(), StorageProblem> {
        if self.status.get_untracked() == LockStatus::Open {
            // A seal still on its way must not bring the value back.
            self.writes.update_value(|writes| writes.forget(key));
            self.opened.update_value(|opened| drop(opened.remove(key)));
        }
        storage::remove(key)
    }

    /// Drops every opened value and the key. Anything typed was already saved (sealed).
    pub fn lock(&self) {
        self.interrupt_jobs();
        if self.status.get_untracked() == LockStatus::Open {
            self.key.set_value(None);
            self.opened.set_value(BTreeMap::new());
            self.status.set(LockStatus::Locked);
        }
    }
}
