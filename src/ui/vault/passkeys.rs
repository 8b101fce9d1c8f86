//! Passkeys in the lock record: adding one (made on this device, the data key wrapped for it
//! with its PRF secret), removing one, and opening the journal with one. Each change is one
//! write of the record, so a tab closed half-way leaves it as it was, or with the passkey
//! fully added; the passphrase's own wrap is never touched.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{LockStatus, Vault};
use crate::crypto::{self, CryptoProblem};
use crate::domain::lock::LockRecord;
use crate::domain::passkeys::{PasskeyEntry, PasskeyProblem, PasskeyWrap, PRF_INPUT_BYTES};
use crate::domain::storage_problem::StorageProblem;
use crate::domain::trouble::Trouble;
use crate::passkey;

impl Vault {
    /// Adds a passkey made on this device now. The passphrase is checked first (it unwraps the
    /// data key to wrap it again), so a wrong one makes no passkey on the phone for nothing.
    pub async fn add_passkey(&self, passphrase: &str, today: NaiveDate) -> Result<(), Trouble> {
        if self.status.get_untracked() != LockStatus::Open {
            return Err(CryptoProblem::Interrupted.into());
        }
        let record = self
            .record
            .get_untracked()
            .ok_or(CryptoProblem::WrongPassphrase)?;
        self.while_busy(|job| async move {
            let data_key = crypto::open_to_rewrap(&record, passphrase).await?;
            let prf_input = crypto::random_bytes(PRF_INPUT_BYTES)?;
            let made = passkey::make(&prf_input).await?;
            let added = crypto::wrap_for_passkey(
                &data_key,
                &made.credential,
                &prf_input,
                &made.secret,
                today,
            )
            .await?;
            if !self.still_current(job) {
                return Err(CryptoProblem::Interrupted.into());
            }
            // The record as it is now (the auto-lock time may have changed meanwhile); a passkey
            // made again for the same credential replaces its old entry.
            let now = self.record.get_untracked().ok_or(StorageProblem::Locked)?;
            let mut passkeys = now.passkeys.clone();
            passkeys.retain(|p| p.passkey().map(|p| &p.credential) != Some(&added.credential));
            passkeys.push(PasskeyEntry::Readable(added));
            Ok(self.store_record(LockRecord { passkeys, ..now })?)
        })
        .await
    }

    /// Removes one passkey's entry (readable or not) from the record. Not while a long lock
    /// job runs (the page's buttons wait too): the job writes the record at its end.
    pub fn remove_passkey(&self, entry: &PasskeyEntry) -> Result<(), Trouble> {
        if self.busy.get_untracked() {
            return Err(CryptoProblem::Interrupted.into());
        }
        let Some(now) = self.record.get_untracked() else {
            return Ok(());
        };
        let mut passkeys = now.passkeys.clone();
        passkeys.retain(|p| p != entry);
        Ok(self.store_record(LockRecord { passkeys, ..now })?)
    }

    /// Opens the journal with one of its passkeys. Whatever goes wrong, nothing stored changes
    /// and the passphrase still opens it.
    pub async fn unlock_with_passkey(&self) -> Result<Vec<StorageProblem>, PasskeyProblem> {
        let record = self.record.get_untracked().ok_or(PasskeyProblem::Damaged)?;
        let passkeys: Vec<PasskeyWrap> = record.usable_passkeys().cloned().collect();
        if passkeys.is_empty() {
            return Err(PasskeyProblem::Damaged);
        }
        self.while_busy(|job| async move {
            let (credential, secret) = passkey::ask(passkey::askable(&passkeys)).await?;
            let passkey = passkeys
                .iter()
                .find(|p| p.credential_bytes().as_deref() == Some(credential.as_slice()))
                .ok_or(PasskeyProblem::NotThisJournal)?;
            let data_key = crypto::unlock_with_passkey(passkey, &secret).await?;
            self.open_all(job, data_key)
                .await
                .map_err(|problem| match problem {
                    CryptoProblem::Unavailable => PasskeyProblem::NotHere,
                    other => PasskeyProblem::Failed(other.message()),
                })
        })
        .await
    }
}
