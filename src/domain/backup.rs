//! Backups: the whole journal as one JSON file the member keeps, and a careful way back in.
//!
//! Reading a backup checks the whole file before anything changes (size, format, version,
//! every session), and importing never overwrites: a session that differs from the one here is
//! kept as well, under an id made from its own contents, so importing the same file twice adds
//! nothing the second time.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::carry_forward::CarryForward;
use super::journal::{Session, SessionId};
use super::lock::{Kdf, LockRecord, Sealed};
use super::preferences::Preferences;
use super::schema::{JournalSettings, SCHEMA_VERSION};

pub const FORMAT: &str = "here-and-now-backup";
pub const FORMAT_VERSION: u32 = 1;
/// Far more than ten years of writing; anything larger is not one of ours.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub format_version: u32,
    pub app_version: String,
    pub schema: u32,
    #[serde(deserialize_with = "super::dates::stored::date_time")]
    pub created: NaiveDateTime,
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub settings: JournalSettings,
    #[serde(default)]
    pub carry_forward: CarryForward,
    #[serde(default)]
    pub preferences: Preferences,
}

impl Backup {
    pub fn new(
        sessions: Vec<Session>,
        settings: JournalSettings,
        carry_forward: CarryForward,
        preferences: Preferences,
        created: NaiveDateTime,
    ) -> Self {
        Backup {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            schema: SCHEMA_VERSION,
            created,
            sessions,
            settings,
            carry_forward,
            preferences,
        }
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A file name that sorts by date: here-and-now-backup-2026-11-29.json.
    pub fn file_name(&self) -> String {
        format!("here-and-now-backup-{}.json", self.created.date())
    }
}

pub const ENCRYPTED_FORMAT: &str = "here-and-now-encrypted-backup";

/// A backup protected by a passphrase of its own: the whole backup file, sealed with a key
/// derived from that passphrase (the same parameters as the lock), and what's needed to open it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EncryptedBackup {
    pub format: String,
    pub format_version: u32,
    #[serde(deserialize_with = "super::dates::stored::date_time")]
    pub created: NaiveDateTime,
    pub kdf: Kdf,
    pub sealed: String,
}

/// Bound into the seal, so a sealed journal value can't pass for a backup or the other way.
pub const ENCRYPTED_BACKUP_BINDING: &str = "here-and-now-backup:1";

impl EncryptedBackup {
    pub fn new(created: NaiveDateTime, kdf: Kdf, sealed: String) -> Self {
        EncryptedBackup {
            format: ENCRYPTED_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            created,
            kdf,
            sealed,
        }
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn file_name(&self) -> String {
        format!("here-and-now-backup-{}-protected.json", self.created.date())
    }
}

/// A passphrase-protected backup's outer envelope, checked; `None` when the file is not one
/// (then it may be a plain backup, for `read`).
pub fn read_encrypted(text: &str) -> Result<Option<EncryptedBackup>, BackupProblem> {
    if text.len() > MAX_BYTES {
        return Err(BackupProblem::TooLarge);
    }
    let Ok(value) = serde_json::from_str::<Value>(text) else {
        return Ok(None);
    };
    if value.get("format").and_then(Value::as_str) != Some(ENCRYPTED_FORMAT) {
        return Ok(None);
    }
    if value
        .get("format_version")
        .and_then(Value::as_u64)
        .is_some_and(|v| v > u64::from(FORMAT_VERSION))
    {
        return Err(BackupProblem::FromNewerVersion);
    }
    let envelope: EncryptedBackup = from_value(&value).map_err(|_| BackupProblem::NotABackup)?;
    // The same checks as a lock record: a KDF we know, a real salt, a sealed text.
    let as_record = LockRecord::new(envelope.kdf.clone(), envelope.sealed.clone());
    if !as_record.usable() || Sealed::parse(&envelope.sealed).is_none() {
        return Err(BackupProblem::NotABackup);
    }
    Ok(Some(envelope))
}

/// Why a file could not be used. Nothing was changed in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupProblem {
    TooLarge,
    NotJson,
    NotABackup,
    FromNewerVersion,
    /// Session number `index` (counting from 1) could not be read.
    BadSession {
        index: usize,
    },
    BadPart {
        part: &'static str,
    },
    RepeatedSession {
        id: String,
    },
    /// The passphrase given doesn't open this protected backup (or the file was changed).
    WrongPassphrase,
}

impl BackupProblem {
    pub fn message(&self) -> String {
        let nothing = "Nothing in your journal was changed.";
        match self {
            Self::TooLarge => {
                format!("This file is too large to be a Here & Now backup. {nothing}")
            }
            Self::NotJson | Self::NotABackup => {
                format!("This file isn't a Here & Now backup, or it has been damaged. {nothing}")
            }
            Self::FromNewerVersion => format!(
                "This backup was made by a newer version of Here & Now. Reload the page to get \
                 the newer version, then try again. {nothing}"
            ),
            Self::BadSession { index } => format!(
                "Session {index} in this backup can't be read, so none of it was imported. \
                 {nothing}"
            ),
            Self::BadPart { part } => format!(
                "The {part} in this backup can't be read, so none of it was imported. {nothing}"
            ),
            Self::WrongPassphrase => format!(
                "That passphrase doesn't open this backup. Please check it and try again. \
                 {nothing}"
            ),
            Self::RepeatedSession { .. } => format!(
                "This backup lists the same session twice, so it may have been edited by hand. \
                 {nothing}"
            ),
        }
    }
}

/// Reads and checks a whole backup file. Nothing is changed by reading.
pub fn read(text: &str) -> Result<Backup, BackupProblem> {
    if text.len() > MAX_BYTES {
        return Err(BackupProblem::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| BackupProblem::NotJson)?;
    let object = value.as_object().ok_or(BackupProblem::NotABackup)?;
    if object.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BackupProblem::NotABackup);
    }
    let number = |key: &str| object.get(key).and_then(Value::as_u64);
    let (Some(format_version), Some(schema)) = (number("format_version"), number("schema")) else {
        return Err(BackupProblem::NotABackup);
    };
    if format_version > u64::from(FORMAT_VERSION) || schema > u64::from(SCHEMA_VERSION) {
        return Err(BackupProblem::FromNewerVersion);
    }
    // Each session on its own, so the message can say which one is damaged.
    let raw_sessions =
        object
            .get("sessions")
            .and_then(Value::as_array)
            .ok_or(BackupProblem::BadPart {
                part: "list of sessions",
            })?;
    let mut sessions = Vec::with_capacity(raw_sessions.len());
    for (index, raw) in raw_sessions.iter().enumerate() {
        let session: Session =
            from_value(raw).map_err(|_| BackupProblem::BadSession { index: index + 1 })?;
        if sessions.iter().any(|s: &Session| s.id == session.id) {
            return Err(BackupProblem::RepeatedSession { id: session.id.0 });
        }
        sessions.push(session);
    }
    let settings = optional_part(object, "settings", "settings")?;
    let carry_forward = optional_part(object, "carry_forward", "carry-forward list")?;
    let preferences = optional_part(object, "preferences", "display settings")?;
    let created = object
        .get("created")
        .and_then(Value::as_str)
        .and_then(super::dates::read_date_time)
        .ok_or(BackupProblem::NotABackup)?;
    Ok(Backup {
        format: FORMAT.to_owned(),
        format_version: format_version as u32,
        app_version: object
            .get("app_version")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_owned(),
        schema: schema as u32,
        created,
        sessions,
        settings,
        carry_forward,
        preferences,
    })
}

/// Reads a part of the file as `T` through its JSON text rather than from the `Value` itself:
/// the same result, and every type's reading code is then the one storage already uses, not a
/// second copy of it in the download.
fn from_value<T: serde::de::DeserializeOwned>(value: &Value) -> serde_json::Result<T> {
    serde_json::from_str(&value.to_string())
}

/// A part of the file that may be missing (then its default) but, when present, must read.
fn optional_part<T: serde::de::DeserializeOwned + Default>(
    object: &serde_json::Map<String, Value>,
    key: &str,
    name: &'static str,
) -> Result<T, BackupProblem> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(T::default()),
        // Only an object: serde would also take a list as a struct.
        Some(value) if !value.is_object() => Err(BackupProblem::BadPart { part: name }),
        Some(value) => from_value(value).map_err(|_| BackupProblem::BadPart { part: name }),
    }
}

/// What importing a backup would do, worked out before anything is written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportPlan {
    /// Sessions not here yet, ready to write (including kept copies of differing ones).
    pub to_write: Vec<Session>,
    pub new: usize,
    pub identical: usize,
    /// Sessions that differ from the one here with the same id: both are kept.
    pub conflicting: usize,
    /// The settings after merging (only additions: nothing here is removed or replaced).
    pub settings: JournalSettings,
    pub carry_forward: CarryForward,
}

/// The id a differing session from a backup is kept under: made from what it holds, so the
/// same backup always gives the same id.
fn copy_id(session: &Session) -> SessionId {
    SessionId(format!(
        "{}-kept-{}-{}",
        session.id.0,
        session.revision,
        super::dates::compact_date_time(session.updated).replace('T', "")
    ))
}

pub fn plan(
    existing: &[Session],
    settings: &JournalSettings,
    carry: &CarryForward,
    backup: &Backup,
) -> ImportPlan {
    let here: BTreeMap<&SessionId, &Session> = existing.iter().map(|s| (&s.id, s)).collect();
    let mut plan = ImportPlan::default();
    for incoming in &backup.sessions {
        match here.get(&incoming.id) {
            None => {
                plan.new += 1;
                plan.to_write.push(incoming.clone());
            }
            Some(current) if *current == incoming => plan.identical += 1,
            Some(_) => {
                let copy = Session {
                    id: copy_id(incoming),
                    ..incoming.clone()
                };
                match here.get(&copy.id) {
                    Some(kept) if **kept == copy => plan.identical += 1,
                    _ => {
                        plan.conflicting += 1;
                        plan.to_write.push(copy);
                    }
                }
            }
        }
    }
    plan.settings = merge_settings(settings, &backup.settings);
    plan.carry_forward = carry.clone();
    for item in &backup.carry_forward.items {
        if !plan.carry_forward.items.iter().any(|i| i.id == item.id) {
            plan.carry_forward.items.push(item.clone());
        }
    }
    plan
}

/// Adds what the backup has and this journal lacks; never replaces what is here.
fn merge_settings(here: &JournalSettings, backup: &JournalSettings) -> JournalSettings {
    let mut merged = here.clone();
    if merged.schedule.is_none() {
        merged.schedule = backup.schedule.clone();
    }
    for prompt in &backup.own_prompts {
        if !merged.own_prompts.iter().any(|p| p.id == prompt.id) {
            merged.own_prompts.push(prompt.clone());
        }
    }
    merged.own_prompts_numbered = merged.own_prompts_numbered.max(backup.own_prompts_numbered);
    for person in &backup.people {
        if !merged.people.contains(person) {
            merged.people.push(person.clone());
        }
    }
    merged.confidentiality_note_seen |= backup.confidentiality_note_seen;
    merged.backup_reminder |= backup.backup_reminder;
    merged.backup_offer_dismissed |= backup.backup_offer_dismissed;
    // The later of the two: the backup itself was made after its own last backup.
    merged.last_backup = merged.last_backup.max(backup.last_backup);
    for word in &backup.own_emotions {
        if !merged.own_emotions.iter().any(|w| w.word == word.word) {
            merged.own_emotions.push(word.clone());
        }
    }
    // Only the ones not here already (the very same name and way to reach them); one here
    // that the backup has in another form stays as it is, and the backup's is added beside it.
    // Through the same door as typing one: a nameless, empty row in a hand-made file adds nothing.
    for contact in backup
        .contacts
        .iter()
        .filter_map(|c| super::contacts::Contact::typed(&c.label, &c.reach))
    {
        super::contacts::add(&mut merged.contacts, contact);
    }
    merged
}

impl ImportPlan {
    /// Nothing to do: the backup holds nothing this journal lacks.
    pub fn changes_nothing(&self, settings: &JournalSettings, carry: &CarryForward) -> bool {
        self.to_write.is_empty() && &self.settings == settings && &self.carry_forward == carry
    }

    /// The dry run, in words.
    pub fn summary(&self) -> String {
        let mut parts = vec![match self.new {
            1 => "1 new session".to_owned(),
            n => format!("{n} new sessions"),
        }];
        parts.push(format!("{} already here", self.identical));
        match self.conflicting {
            0 => {}
            1 => parts
                .push("1 that differs from the one here (both versions will be kept)".to_owned()),
            n => parts.push(format!(
                "{n} that differ from the ones here (both versions will be kept)"
            )),
        }
        format!("This backup has {}.", super::insights::join_words(&parts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::emotions::EmotionRating;
    use crate::domain::journal::{Answer, Boundary, BoundaryKind, Entry, FeedbackReceived, Fit};
    use crate::domain::schedule::Moment;
    use chrono::NaiveDate;

    fn at(d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 10, d)
            .unwrap()
            .and_hms_opt(20, 0, 0)
            .unwrap()
    }

    fn session(id: u64, words: &str) -> Session {
        let mut s = Session::new(
            SessionId::from_millis(id),
            at(id as u32).date(),
            at(id as u32),
        );
        let mut e = Entry::default();
        e.set("moment", Answer::Text { text: words.into() });
        // A feeling with a strength and one without: both kinds must survive every reading.
        e.set(
            "feeling-now",
            Answer::Emotions {
                emotions: vec![
                    EmotionRating::rated("tender", 6),
                    EmotionRating::new("drained"),
                ],
            },
        );
        // So are a boundary and feedback with every choice left alone, and a "not sure" the
        // member chose.
        e.set(
            "boundaries",
            Answer::Boundaries {
                boundaries: vec![
                    Boundary {
                        what_happened: "Asked for a minute".into(),
                        ..Boundary::default()
                    },
                    Boundary {
                        kind: Some(BoundaryKind::SpokeUp),
                        respected: Some(Fit::NotSure),
                        ..Boundary::default()
                    },
                ],
            },
        );
        e.set(
            "feedback-received",
            Answer::Feedback {
                items: vec![FeedbackReceived {
                    what_was_said: "You went quiet".into(),
                    ..FeedbackReceived::default()
                }],
            },
        );
        s.put(Moment::After, e, at(id as u32));
        s
    }

    fn backup(sessions: Vec<Session>) -> Backup {
        Backup::new(
            sessions,
            JournalSettings::default(),
            CarryForward::default(),
            Preferences::default(),
            at(28),
        )
    }

    #[test]
    fn a_backup_reads_back_exactly() {
        let original = backup(vec![
            session(1, "one"),
            session(2, "two <script>alert(1)</script>"),
        ]);
        assert_eq!(read(&original.to_text()), Ok(original.clone()));
        assert_eq!(original.file_name(), "here-and-now-backup-2026-10-28.json");
    }

    #[test]
    fn a_backup_made_before_choices_could_be_left_alone_reads_exactly_what_it_holds() {
        let text = backup(vec![session(1, "one")]).to_text().replacen(
            &format!("\"schema\": {SCHEMA_VERSION}"),
            "\"schema\": 2",
            1,
        );
        assert!(text.contains("\"schema\": 2"));
        assert!(text.contains("\"respected\": \"not-sure\""), "{text}");
        let read = read(&text).unwrap();
        let Some(Answer::Boundaries { boundaries }) = read.sessions[0]
            .reflection
            .as_ref()
            .and_then(|r| r.answer("boundaries"))
        else {
            panic!("no boundaries in {text}")
        };
        assert_eq!(boundaries[0].respected, None);
        assert_eq!(boundaries[1].respected, Some(Fit::NotSure));
        assert_eq!(read.sessions, vec![session(1, "one")]);
    }

    #[test]
    fn files_that_are_not_good_backups_are_refused_with_a_reason() {
        let good = backup(vec![session(1, "one"), session(2, "two")]).to_text();
        let with = |from: &str, to: &str| good.replacen(from, to, 1);
        assert_eq!(read("not json"), Err(BackupProblem::NotJson));
        assert_eq!(read("[1, 2]"), Err(BackupProblem::NotABackup));
        assert_eq!(
            read(&with(FORMAT, "something-else")),
            Err(BackupProblem::NotABackup)
        );
        assert_eq!(
            read(&with(
                &format!("\"schema\": {SCHEMA_VERSION}"),
                "\"schema\": 99"
            )),
            Err(BackupProblem::FromNewerVersion)
        );
        assert_eq!(
            read(&with("\"format_version\": 1", "\"format_version\": 2")),
            Err(BackupProblem::FromNewerVersion)
        );
        assert_eq!(
            read(&with("\"date\": \"2026-10-02\"", "\"date\": \"yesterday\"")),
            Err(BackupProblem::BadSession { index: 2 })
        );
        assert_eq!(
            read(&with("\"s2\"", "\"s1\"")),
            Err(BackupProblem::RepeatedSession { id: "s1".into() })
        );
        assert_eq!(
            read(&with("\"sessions\": [", "\"sessions\": 7, \"x\": [")),
            Err(BackupProblem::BadPart {
                part: "list of sessions"
            })
        );
        assert_eq!(
            read(&" ".repeat(MAX_BYTES + 1)),
            Err(BackupProblem::TooLarge)
        );
        assert_eq!(
            read(&good[..good.len() / 2]),
            Err(BackupProblem::NotJson),
            "a truncated file"
        );
        for problem in [
            BackupProblem::NotJson,
            BackupProblem::BadSession { index: 2 },
            BackupProblem::FromNewerVersion,
        ] {
            assert!(problem
                .message()
                .ends_with("Nothing in your journal was changed."));
        }
    }

    #[test]
    fn importing_adds_new_keeps_both_on_conflict_and_twice_adds_nothing() {
        let here = vec![session(1, "one"), session(2, "two, as written here")];
        let file = backup(vec![
            session(1, "one"),
            session(2, "two, as in the backup"),
            session(3, "three"),
        ]);
        let settings = JournalSettings::default();
        let carry = CarryForward::default();
        let first = plan(&here, &settings, &carry, &file);
        assert_eq!((first.new, first.identical, first.conflicting), (1, 1, 1));
        assert_eq!(first.summary(), "This backup has 1 new session, 1 already here and 1 that differs from the one here (both versions will be kept).");
        let written: Vec<_> = first.to_write.iter().map(|s| s.id.0.as_str()).collect();
        assert_eq!(written, ["s2-kept-1-20261002200000", "s3"]);
        // After applying, the same file again changes nothing.
        let mut after = here.clone();
        after.extend(first.to_write.clone());
        let second = plan(&after, &first.settings, &first.carry_forward, &file);
        assert!(second.to_write.is_empty());
        assert_eq!(
            (second.new, second.identical, second.conflicting),
            (0, 3, 0)
        );
        assert!(second.changes_nothing(&first.settings, &first.carry_forward));
    }

    #[test]
    fn settings_are_merged_by_adding_never_by_replacing() {
        use crate::domain::prompts::When;
        let mut here = JournalSettings::default();
        here.add_own_prompt("mine".into(), When::After);
        let mut theirs = JournalSettings::default();
        theirs.add_own_prompt("same id, other words".into(), When::After);
        theirs.add_own_prompt("second".into(), When::Before);
        let file = Backup {
            settings: theirs,
            ..backup(vec![])
        };
        let merged = plan(&[], &here, &CarryForward::default(), &file).settings;
        let texts: Vec<_> = merged.own_prompts.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["mine", "second"]);
        assert_eq!(merged.own_prompts_numbered, 2);
    }

    #[test]
    fn contacts_in_a_backup_are_added_and_none_here_is_replaced_or_dropped() {
        use crate::domain::contacts::Contact;
        let contact = |label: &str, reach: &str| Contact {
            label: label.into(),
            reach: reach.into(),
        };
        let here = JournalSettings {
            contacts: vec![
                contact("My therapist", "+44 20 7946 0958"),
                contact("Friend", "ask at work"),
            ],
            ..JournalSettings::default()
        };
        let theirs = JournalSettings {
            contacts: vec![
                contact("Friend", "ask at work"),
                contact("My therapist", "+44 20 7946 0000"),
                contact("Crisis line", "116 123"),
            ],
            ..JournalSettings::default()
        };
        let file = Backup {
            settings: theirs.clone(),
            ..backup(vec![])
        };
        let first = plan(&[], &here, &CarryForward::default(), &file);
        assert_eq!(
            first.settings.contacts,
            [
                contact("My therapist", "+44 20 7946 0958"),
                contact("Friend", "ask at work"),
                contact("My therapist", "+44 20 7946 0000"),
                contact("Crisis line", "116 123"),
            ]
        );
        // The same file again adds nothing.
        let again = plan(&[], &first.settings, &CarryForward::default(), &file);
        assert!(again.changes_nothing(&first.settings, &CarryForward::default()));
        // A backup without contacts (or from before they existed) leaves them all here.
        let none = plan(&[], &here, &CarryForward::default(), &backup(vec![]));
        assert_eq!(none.settings.contacts, here.contacts);
        // And they travel in the file itself.
        let text = file.to_text();
        assert!(text.contains("Crisis line") && text.contains("116 123"));
        assert_eq!(read(&text).unwrap().settings.contacts, theirs.contacts);
    }

    /// Random damage to a valid backup: reading never panics, and whatever it accepts is a
    /// backup that reads back the same. `BACKUP_FUZZ_CASES` sets how many (CI runs a few).
    #[test]
    fn damaged_files_never_crash_the_reader() {
        let cases: usize = std::env::var("BACKUP_FUZZ_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(300);
        let plain = backup(vec![session(1, "one"), session(2, "two")])
            .to_text()
            .into_bytes();
        // A protected file too: its envelope is read before any passphrase is asked for.
        let protected = EncryptedBackup::new(
            at(2),
            Kdf::new(&[5; crate::domain::lock::SALT_BYTES]),
            Sealed {
                iv: vec![6; crate::domain::lock::IV_BYTES],
                ciphertext: vec![7; 90],
            }
            .to_text(),
        )
        .to_text()
        .into_bytes();
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut accepted, mut refused) = (0, 0);
        for case in 0..cases {
            let mut bytes = if case % 2 == 0 { &plain } else { &protected }.clone();
            for _ in 0..1 + next() % 4 {
                let at = (next() as usize) % bytes.len();
                match next() % 3 {
                    0 => bytes[at] = (next() % 128) as u8,
                    1 => {
                        bytes.remove(at);
                    }
                    _ => bytes.insert(at, b"{}[],:\"0a"[(next() % 9) as usize]),
                }
            }
            let text = String::from_utf8_lossy(&bytes);
            // What the import does: a protected envelope first, otherwise a plain backup.
            match read_encrypted(&text) {
                Ok(Some(envelope)) => {
                    accepted += 1;
                    assert_eq!(read_encrypted(&envelope.to_text()), Ok(Some(envelope)));
                    continue;
                }
                Err(problem) => {
                    refused += 1;
                    assert!(!problem.message().is_empty());
                    continue;
                }
                Ok(None) => {}
            }
            match read(&text) {
                Ok(backup) => {
                    accepted += 1;
                    assert_eq!(read(&backup.to_text()).as_ref(), Ok(&backup));
                }
                Err(problem) => {
                    refused += 1;
                    assert!(!problem.message().is_empty());
                }
            }
        }
        eprintln!(
            "backup fuzz: {cases} damaged files (half of them protected), {accepted} still \
             readable, {refused} refused"
        );
        assert_eq!(accepted + refused, cases);
    }
    #[test]
    fn a_protected_backup_is_recognised_and_checked_before_asking_for_its_passphrase() {
        let kdf = Kdf::new(&[3; crate::domain::lock::SALT_BYTES]);
        let sealed = Sealed {
            iv: vec![1; crate::domain::lock::IV_BYTES],
            ciphertext: vec![2; 64],
        }
        .to_text();
        let envelope = EncryptedBackup::new(at(2), kdf, sealed);
        let text = envelope.to_text();
        assert!(text.contains(ENCRYPTED_FORMAT));
        assert_eq!(read_encrypted(&text), Ok(Some(envelope.clone())));
        assert!(envelope.file_name().ends_with("-protected.json"));
        // A plain backup, or not JSON at all, is not a protected one (read() judges those).
        let plain = Backup::new(
            vec![],
            Default::default(),
            Default::default(),
            Default::default(),
            at(2),
        );
        assert_eq!(read_encrypted(&plain.to_text()), Ok(None));
        assert_eq!(read_encrypted("not json"), Ok(None));
        // Newer, or damaged where it matters: refused before any passphrase is asked for.
        let newer = text.replacen("\"format_version\": 1", "\"format_version\": 9", 1);
        assert_eq!(read_encrypted(&newer), Err(BackupProblem::FromNewerVersion));
        let no_salt = text.replacen(&envelope.kdf.salt, "", 1);
        assert_eq!(read_encrypted(&no_salt), Err(BackupProblem::NotABackup));
        let weak = text.replacen("600000", "1000", 1);
        assert_eq!(read_encrypted(&weak), Err(BackupProblem::NotABackup));
        assert!(BackupProblem::WrongPassphrase
            .message()
            .contains("Nothing in your journal was changed"));
    }
}
