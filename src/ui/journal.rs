//! The journal as app-wide state: sessions, settings and the carry-forward list, loaded once
//! when the app opens and written through the storage module on every change.

use leptos::prelude::*;

use crate::crypto::CryptoProblem;
use crate::domain::backup::{self, Backup, ImportPlan};
use crate::domain::carry_forward::{CarryForward, CarryItem, CarryStatus};
use crate::domain::journal::{Draft, Session, SessionId};
use crate::domain::lock::LOCK_KEY;
use crate::domain::passkeys::PasskeyProblem;
use crate::domain::schedule::Moment;
use crate::domain::schema::{
    self, draft_key, session_key, JournalSettings, Upgrade, CARRY_FORWARD_KEY, CONTACTS_KEY,
    SETTINGS_KEY,
};
use crate::domain::storage_problem::StorageProblem;
use crate::domain::stored::{decode, is_ours};
use crate::domain::trouble::Trouble;
use crate::storage;
use crate::ui::vault::{reload, LockStatus, OutsideChange, Vault};
use leptos::task::spawn_local;

#[derive(Clone, Copy)]
pub struct Journal {
    pub sessions: RwSignal<Vec<Session>>,
    pub settings: RwSignal<JournalSettings>,
    pub carry: RwSignal<CarryForward>,
    /// Trouble found when opening the journal (unreadable values are kept, never deleted),
    /// or after the fact (a sealed write that couldn't be stored, a draft not removed).
    pub problems: RwSignal<Vec<Trouble>>,
    /// The session deleted last, while it can still be brought back.
    pub last_deleted: RwSignal<Option<Deleted>>,
    /// Where the member's words are read and written (sealed while the lock is on).
    pub vault: Vault,
}

/// A deleted session, held so the member can undo for a few seconds.
#[derive(Clone)]
pub struct Deleted {
    pub session: Session,
    pub carry_item: Option<CarryItem>,
}

impl Journal {
    fn open() -> Self {
        let problems = RwSignal::new(Vec::new());
        let journal = Journal {
            sessions: RwSignal::new(Vec::new()),
            settings: RwSignal::new(JournalSettings::default()),
            carry: RwSignal::new(CarryForward::default()),
            problems,
            last_deleted: RwSignal::new(None),
            vault: Vault::start(problems),
        };
        // With the lock on, nothing is read until the passphrase opens it.
        if !journal.vault.is_on() {
            journal.read_all();
        }
        journal
    }

    /// Reads everything through the vault: brings the layout up to date, then every session,
    /// the settings and the carry-forward list. Unreadable values are reported and left alone.
    fn read_all(&self) {
        let mut problems = Vec::new();
        let snapshot = self.vault.snapshot().unwrap_or_else(|problem| {
            problems.push(problem);
            Default::default()
        });
        match schema::upgrade(&snapshot) {
            Upgrade::UpToDate => {}
            Upgrade::Write(writes) => {
                for (key, value) in writes {
                    if let Err(problem) = storage::write_text(&key, &value) {
                        problems.push(problem);
                        break;
                    }
                }
            }
            Upgrade::FromNewerVersion(schema) => {
                problems.push(StorageProblem::NewerVersion { schema })
            }
            Upgrade::UnreadableMeta(raw) => problems.push(StorageProblem::Unreadable {
                key: schema::META_KEY.to_owned(),
                raw,
                reason: "unreadable schema version".to_owned(),
            }),
        }
        let mut sessions = Vec::new();
        for (key, raw) in &snapshot {
            if schema::session_id_of(key).is_some() {
                match decode::<Session>(key, raw) {
                    Ok(session) => sessions.push(session),
                    Err(problem) => problems.push(problem),
                }
            }
        }
        let mut settings: JournalSettings =
            readable_or_default(&snapshot, SETTINGS_KEY, &mut problems);
        if snapshot.contains_key(CONTACTS_KEY) {
            settings.contacts = readable_or_default(&snapshot, CONTACTS_KEY, &mut problems);
        }
        let carry: CarryForward = readable_or_default(&snapshot, CARRY_FORWARD_KEY, &mut problems);
        self.sessions.set(sessions);
        self.settings.set(settings);
        self.carry.set(carry);
        self.problems
            .update(|p| p.extend(problems.into_iter().map(Trouble::from)));
    }

    /// Opens a locked journal with the passphrase.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), CryptoProblem> {
        let found = self.vault.unlock(passphrase).await?;
        self.opened(found).await;
        Ok(())
    }

    /// Opens a locked journal with one of its passkeys.
    pub async fn unlock_with_passkey(&self) -> Result<(), PasskeyProblem> {
        let found = self.vault.unlock_with_passkey().await?;
        self.opened(found).await;
        Ok(())
    }

    /// Just opened: what couldn't be opened is said, everything is read, and a job a closed
    /// tab left half-way is finished.
    async fn opened(&self, found: Vec<StorageProblem>) {
        self.problems
            .set(found.into_iter().map(Trouble::from).collect());
        self.read_all();
        // A tab closed while the lock was being turned on or off: finish safely (sealed).
        match self.vault.finish_interrupted().await {
            Ok(false) => {}
            Ok(true) => self
                .problems
                .update(|p| p.push(StorageProblem::LockStillOn.into())),
            Err(problem) => self.problems.update(|p| p.push(problem)),
        }
    }

    /// Locks now: everything opened is dropped from memory and from the screen.
    pub fn lock(&self) {
        if self.vault.status.get_untracked() != LockStatus::Open {
            return;
        }
        self.vault.lock();
        self.sessions.set(Vec::new());
        self.settings.set(JournalSettings::default());
        self.carry.set(CarryForward::default());
        self.problems.set(Vec::new());
        self.last_deleted.set(None);
    }

    /// Takes in what another tab or window just stored, so both show the same journal.
    fn take_outside_change(&self, key: String, change: OutsideChange) {
        let text = match change {
            OutsideChange::Unreadable => return,
            OutsideChange::Removed => None,
            OutsideChange::Stored(text) => Some(text),
        };
        if key == SETTINGS_KEY {
            if let Some(settings) = text.and_then(|t| decode::<JournalSettings>(&key, &t).ok()) {
                // The contacts live under their own key: keep the ones here.
                self.settings.update(|here| {
                    *here = JournalSettings {
                        contacts: std::mem::take(&mut here.contacts),
                        ..settings
                    }
                });
            }
        } else if key == CONTACTS_KEY {
            let contacts = match text {
                Some(t) => match decode(&key, &t) {
                    Ok(contacts) => contacts,
                    Err(_) => return,
                },
                None => Vec::new(),
            };
            self.settings.update(|s| s.contacts = contacts);
        } else if key == CARRY_FORWARD_KEY {
            if let Some(carry) = text.and_then(|t| decode(&key, &t).ok()) {
                self.carry.set(carry);
            }
        } else if let Some(id) = schema::session_id_of(&key) {
            let id = SessionId(id.to_owned());
            let stored = text.and_then(|t| decode::<Session>(&key, &t).ok());
            self.sessions.update(|sessions| {
                sessions.retain(|s| s.id != id);
                sessions.extend(stored);
            });
        }
    }

    /// Follows changes made in other tabs. The lock turned on or off elsewhere starts this
    /// page again, so it never writes plain text beside a lock or holds a stale key.
    fn follow_other_tabs(self) {
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            let key = event.key();
            match key.as_deref() {
                // The lock turned on or off, or a newer version took the journal over.
                None | Some(LOCK_KEY) | Some(schema::META_KEY) => {
                    self.vault.freeze();
                    reload();
                }
                Some(key) if is_ours(key) => {
                    let key = key.to_owned();
                    let raw = event.new_value();
                    spawn_local(async move {
                        let text = self.vault.take_outside_change(&key, raw).await;
                        self.take_outside_change(key, text);
                    });
                }
                Some(_) => {}
            }
        });
        on_cleanup(move || handle.remove());
    }

    pub fn session(&self, id: &str) -> Option<Session> {
        self.sessions
            .with(|sessions| sessions.iter().find(|s| s.id.0 == id).cloned())
    }

    /// Re-reads one session from storage (another tab may have saved it since).
    pub fn refresh_session(&self, id: &SessionId) {
        if let Ok(Some(stored)) = self.vault.load::<Session>(&session_key(&id.0)) {
            self.sessions.update(|sessions| {
                if let Some(existing) = sessions.iter_mut().find(|s| &s.id == id) {
                    *existing = stored;
                }
            });
        }
    }

    /// Saves a session (only its own key is written) and keeps the carry-forward list in step.
    /// The session is what matters: if only the carry-forward list could not be written, the
    /// save still counts and the trouble is reported.
    pub fn save_session(&self, session: Session) -> Result<(), StorageProblem> {
        self.vault.save(&session_key(&session.id.0), &session)?;
        let mut carry = self.carry.get_untracked();
        carry.absorb(&session);
        self.sessions.update(
            |sessions| match sessions.iter_mut().find(|s| s.id == session.id) {
                Some(existing) => *existing = session,
                None => sessions.push(session),
            },
        );
        self.save_carry_or_report(carry);
        Ok(())
    }

    /// Deletes a session; what comes back can be handed to `restore` to undo.
    pub fn delete_session(&self, id: &SessionId) -> Result<Option<Deleted>, StorageProblem> {
        let Some(session) = self.session(&id.0) else {
            return Ok(None);
        };
        self.vault.remove(&session_key(&id.0))?;
        // Unfinished edits of a deleted session would leave its words on the device.
        for moment in [Moment::Before, Moment::After] {
            self.discard_draft(moment, Some(&id.0));
        }
        self.sessions
            .update(|sessions| sessions.retain(|s| &s.id != id));
        let mut carry = self.carry.get_untracked();
        let carry_item = carry.items.iter().find(|item| item.id == id.0).cloned();
        carry.forget(&id.0);
        self.save_carry_or_report(carry);
        Ok(Some(Deleted {
            session,
            carry_item,
        }))
    }

    pub fn restore(&self, deleted: Deleted) -> Result<(), StorageProblem> {
        self.vault
            .save(&session_key(&deleted.session.id.0), &deleted.session)?;
        let mut carry = self.carry.get_untracked();
        if let Some(item) = deleted.carry_item {
            if !carry.items.iter().any(|i| i.id == item.id) {
                carry.items.push(item);
            }
        }
        self.sessions
            .update(|sessions| sessions.push(deleted.session));
        self.save_carry_or_report(carry);
        Ok(())
    }

    /// What a backup would add to the journal as it is now (nothing is written).
    pub fn import_plan(&self, file: &Backup) -> ImportPlan {
        self.settings.with_untracked(|settings| {
            self.carry.with_untracked(|carry| {
                self.sessions
                    .with_untracked(|sessions| backup::plan(sessions, settings, carry, file))
            })
        })
    }

    /// Writes what an import plan adds, all or nothing: if any session cannot be written, the
    /// ones written so far are taken out again and the journal is as it was.
    pub fn apply_import(&self, plan: ImportPlan) -> Result<(), StorageProblem> {
        let mut written: Vec<String> = Vec::new();
        for session in &plan.to_write {
            let key = session_key(&session.id.0);
            if let Err(problem) = self.vault.save(&key, session) {
                self.take_out(&written);
                return Err(problem);
            }
            written.push(key);
        }
        if let Err(problem) = self.store_settings(&plan.settings) {
            self.take_out(&written);
            return Err(problem);
        }
        self.settings.set(plan.settings);
        self.sessions
            .update(|sessions| sessions.extend(plan.to_write));
        self.save_carry_or_report(plan.carry_forward);
        Ok(())
    }

    /// Takes out again what a failed import wrote. A key that can't be removed stays (a whole
    /// session, readable): that is said, never passed over.
    fn take_out(&self, written: &[String]) {
        for key in written {
            if let Err(problem) = self.vault.remove(key) {
                self.report(problem);
            }
        }
    }

    /// Removes everything the app stored on this device and starts afresh.
    pub fn delete_everything(&self) -> Result<(), StorageProblem> {
        storage::remove_all_of_ours()?;
        self.vault.forget();
        self.sessions.set(Vec::new());
        self.settings.set(JournalSettings::default());
        self.carry.set(CarryForward::default());
        self.problems.set(Vec::new());
        self.last_deleted.set(None);
        Ok(())
    }

    fn save_carry_or_report(&self, carry: CarryForward) {
        if let Err(problem) = self.save_carry(carry) {
            self.report(problem);
        }
    }

    /// Trouble found after the fact, kept to be said (on Home, and wherever `Problems` is).
    pub fn report(&self, problem: impl Into<Trouble>) {
        let problem = problem.into();
        self.problems.update(|p| p.push(problem));
    }

    pub fn mark_carry(&self, id: &str, status: CarryStatus) -> Result<(), StorageProblem> {
        let mut carry = self.carry.get_untracked();
        carry.mark(id, status);
        self.save_carry(carry)
    }

    fn save_carry(&self, carry: CarryForward) -> Result<(), StorageProblem> {
        self.vault.save(CARRY_FORWARD_KEY, &carry)?;
        self.carry.set(carry);
        Ok(())
    }

    /// Changes the settings and saves them; on failure nothing changes on screen either.
    pub fn change_settings(
        &self,
        change: impl FnOnce(&mut JournalSettings),
    ) -> Result<(), StorageProblem> {
        let mut settings = self.settings.get_untracked();
        change(&mut settings);
        self.store_settings(&settings)?;
        self.settings.set(settings);
        Ok(())
    }

    /// Writes what changed: the settings under their key, the contacts under theirs.
    fn store_settings(&self, settings: &JournalSettings) -> Result<(), StorageProblem> {
        let (stored, contacts) = settings.stored_apart();
        let (stored_now, contacts_now) = self.settings.with_untracked(|now| {
            let (stored, contacts) = now.stored_apart();
            (stored, contacts.to_vec())
        });
        // Also when they still live inside the settings (as an older version stored them):
        // they move to their own key before the settings are written without them.
        let not_apart_yet = !contacts.is_empty() && storage::read_text(CONTACTS_KEY)?.is_none();
        if contacts != contacts_now.as_slice() || not_apart_yet {
            self.vault.save(CONTACTS_KEY, &contacts.to_vec())?;
        }
        if stored != stored_now {
            self.vault.save(SETTINGS_KEY, &stored)?;
        }
        Ok(())
    }

    /// The unfinished entry, if any. One that can't be read is reported and left where it is
    /// (the next save keeps a copy of it before writing).
    pub fn load_draft(&self, moment: Moment, editing: Option<&str>) -> Option<Draft> {
        match self.vault.load::<Draft>(&draft_key(moment, editing)) {
            Ok(draft) => draft,
            Err(problem) => {
                self.report(problem);
                None
            }
        }
    }

    /// Every stored value that couldn't be read, as key and text, for the member to download.
    pub fn unreadable(&self) -> Vec<(String, String)> {
        self.problems.with(|problems| {
            problems
                .iter()
                .filter_map(|p| match p {
                    Trouble::Storage(
                        StorageProblem::Unreadable { key, raw, .. }
                        | StorageProblem::CannotOpen { key, raw },
                    ) => Some((key.clone(), raw.clone())),
                    _ => None,
                })
                .collect()
        })
    }

    pub fn save_draft(&self, draft: &Draft) -> Result<(), StorageProblem> {
        let key = draft_key(draft.moment, draft.session.as_ref().map(|id| id.0.as_str()));
        self.vault.save(&key, draft)
    }

    /// Removes an unfinished entry that was saved or let go. If the browser won't remove it,
    /// it stays (and is offered again): that is said, never passed over.
    pub fn discard_draft(&self, moment: Moment, editing: Option<&str>) {
        if let Err(problem) = self.vault.remove(&draft_key(moment, editing)) {
            self.report(problem);
        }
    }
}

/// The value under `key` in the snapshot; the default if it is missing, and also if it can't
/// be read (then the trouble is noted and the stored text is left exactly as it is).
fn readable_or_default<T: serde::de::DeserializeOwned + Default>(
    snapshot: &std::collections::BTreeMap<String, String>,
    key: &str,
    problems: &mut Vec<StorageProblem>,
) -> T {
    match snapshot.get(key).map(|raw| decode::<T>(key, raw)) {
        Some(Ok(value)) => value,
        Some(Err(problem)) => {
            problems.push(problem);
            T::default()
        }
        None => T::default(),
    }
}

pub fn provide_journal() {
    let journal = Journal::open();
    journal.follow_other_tabs();
    provide_context(journal);
}

pub fn use_journal() -> Journal {
    expect_context::<Journal>()
}
