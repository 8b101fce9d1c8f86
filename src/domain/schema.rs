//! How the journal is laid out in storage, and how older layouts are brought up to date.
//!
//! Layout (schema 3; 2 was the same with a kind, "respected" and "matches" on every boundary
//! and piece of feedback; 1 also had a strength on every emotion): a meta key with the
//! schema version; one key per session, so saving one
//! session touches only that session; one key per unfinished draft (before / after); one key
//! for the carry-forward list and one for the journal's settings. Migrations are pure: they
//! read a snapshot of the app's keys and return the writes to make.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::contacts::Contact;
use super::emotions::OwnEmotionWord;
use super::prompts::OwnPrompt;
use super::schedule::{GroupSchedule, Moment};
use super::stored::KEY_PREFIX;

pub const SCHEMA_VERSION: u32 = 3;

pub const META_KEY: &str = "here-and-now.meta";
pub const SETTINGS_KEY: &str = "here-and-now.settings";
pub const CARRY_FORWARD_KEY: &str = "here-and-now.carry-forward";
/// The member's own people to reach, apart from the settings: a copy of the app from before
/// contacts existed, still open in another tab, rewrites the settings without fields it
/// doesn't know, and must not be able to take these with it.
pub const CONTACTS_KEY: &str = "here-and-now.contacts";
const SESSION_PREFIX: &str = "here-and-now.session.";

pub fn session_key(id: &str) -> String {
    format!("{SESSION_PREFIX}{id}")
}

/// The session id in a session key.
pub fn session_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(SESSION_PREFIX)
}

/// Where an unfinished entry is kept: one for a new preparation, one for a new reflection, and
/// one per session being edited, so editing never disturbs another unfinished entry.
pub fn draft_key(moment: Moment, editing: Option<&str>) -> String {
    let moment = match moment {
        Moment::Before => "before",
        Moment::After => "after",
    };
    match editing {
        None => format!("{KEY_PREFIX}draft.{moment}"),
        Some(id) => format!("{KEY_PREFIX}draft.{moment}.{id}"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub schema: u32,
}

/// The journal's own settings (display choices live apart, in `preferences`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JournalSettings {
    pub schedule: Option<GroupSchedule>,
    /// The member said "not now" to setting up a schedule; don't offer it on Home again.
    pub schedule_offer_dismissed: bool,
    pub hidden_prompts: Vec<String>,
    pub own_prompts: Vec<OwnPrompt>,
    pub own_emotions: Vec<OwnEmotionWord>,
    /// The highest own-prompt number ever given, so a removed prompt's number (and the answers
    /// stored under it) is never reused for a different question.
    pub own_prompts_numbered: u32,
    /// Initials or nicknames of the people in the group, offered when noting feedback.
    pub people: Vec<String>,
    /// The first-use note about confidentiality has been read.
    pub confidentiality_note_seen: bool,
    /// The member asked to be reminded, now and then, to download a backup (off unless chosen).
    pub backup_reminder: bool,
    /// How many sessions the journal held at the last backup (or the last "not now" to a
    /// reminder they asked for).
    pub sessions_at_last_backup: usize,
    /// The day the last backup was downloaded, in the member's calendar (none yet: never).
    #[serde(deserialize_with = "super::dates::stored::optional_date")]
    pub last_backup: Option<NaiveDate>,
    /// The member said "not now" to the one-time offer of a backup on Home: never again.
    pub backup_offer_dismissed: bool,
    /// The member's own people to reach when it isn't safe (therapist, a friend, a crisis
    /// line), as typed; shown on the "Uncomfortable or unsafe?" page. Kept in a backup with the
    /// settings, but stored under a key of their own (`CONTACTS_KEY`, see there why): the
    /// settings key never holds them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
    /// Settings this version doesn't know, written by a newer one (another tab not yet
    /// updated shares the same storage): kept as they were and written back untouched, so
    /// saving here never drops them.
    #[serde(flatten)]
    pub from_newer_versions: BTreeMap<String, serde_json::Value>,
}

/// After this many new sessions without a backup, Home offers one.
pub const SESSIONS_BETWEEN_BACKUP_REMINDERS: usize = 4;

/// What Home says about backups now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupNudge {
    /// Nothing.
    Quiet,
    /// The one-time offer, to everyone: "Not now" puts it away for good.
    Offer,
    /// The reminder the member asked for: "Not now" waits for several more sessions.
    Reminder,
}

impl JournalSettings {
    /// The settings as stored under their own key, and the contacts apart.
    pub fn stored_apart(&self) -> (JournalSettings, &[Contact]) {
        let settings = JournalSettings {
            contacts: Vec::new(),
            ..self.clone()
        };
        (settings, &self.contacts)
    }

    /// What to say on Home about backups, after several new sessions since the last backup:
    /// the reminder when the member asked for one (their choice is kept as it was: it comes
    /// back after each few sessions), otherwise the offer, once, until "not now".
    pub fn backup_nudge(&self, sessions: usize) -> BackupNudge {
        if sessions < self.sessions_at_last_backup + SESSIONS_BETWEEN_BACKUP_REMINDERS {
            BackupNudge::Quiet
        } else if self.backup_reminder {
            BackupNudge::Reminder
        } else if self.backup_offer_dismissed {
            BackupNudge::Quiet
        } else {
            BackupNudge::Offer
        }
    }

    /// "Not now" to what Home said: the offer for good, the reminder until more sessions.
    pub fn not_now(&mut self, nudge: BackupNudge, sessions: usize) {
        match nudge {
            BackupNudge::Offer => self.backup_offer_dismissed = true,
            BackupNudge::Reminder => self.sessions_at_last_backup = sessions,
            BackupNudge::Quiet => {}
        }
    }

    /// A backup was just downloaded, on `today`, of a journal of `sessions` sessions.
    pub fn backed_up(&mut self, today: NaiveDate, sessions: usize) {
        self.last_backup = Some(today);
        self.sessions_at_last_backup = sessions;
    }

    /// Adds an own prompt under a number never used before.
    pub fn add_own_prompt(&mut self, text: String, when: super::prompts::When) {
        let highest = self
            .own_prompts
            .iter()
            .filter_map(|p| p.id.strip_prefix("own-")?.parse::<u32>().ok())
            .max()
            .unwrap_or(0)
            .max(self.own_prompts_numbered);
        self.own_prompts_numbered = highest + 1;
        self.own_prompts
            .push(OwnPrompt::new(self.own_prompts_numbered, text, when));
    }
}

/// What opening the journal must do about the stored layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Upgrade {
    UpToDate,
    /// Write these values (in order) to reach the current schema.
    Write(Vec<(String, String)>),
    /// Saved by a newer version of the app: read what we can, write nothing we don't understand.
    FromNewerVersion(u32),
    /// The meta key is there but unreadable: keep it, write nothing.
    UnreadableMeta(String),
}

/// One step from `from` to `from + 1`. Each step is a pure function of the snapshot.
type Migration = fn(&BTreeMap<String, String>) -> Vec<(String, String)>;

/// Schema 0 is what the foundation build stored: display preferences and no meta key.
/// Its values are still valid in schema 1, so this step only records the version.
fn from_0_to_1(_: &BTreeMap<String, String>) -> Vec<(String, String)> {
    Vec::new()
}

/// Schema 2 lets an emotion be saved without a strength. Every schema-1 value is still valid,
/// so this step only records the version; it is a version of its own so that an older copy of
/// the app (a tab left open, a copy kept offline) meets "made by a newer version" and writes
/// nothing, rather than calling word-only feelings damaged.
fn from_1_to_2(_: &BTreeMap<String, String>) -> Vec<(String, String)> {
    Vec::new()
}

/// Schema 3 lets a boundary be saved without a kind or "was it respected?", and feedback
/// without "does it match how I come across?": only what the member chose is stored. Every
/// schema-2 value is still valid and keeps exactly what it holds (a stored "not sure" stays
/// the member's answer), so this step only records the version; as with 1 to 2, an older copy
/// of the app meets "made by a newer version" and writes nothing, rather than refusing a
/// boundary without a kind or reading a missing answer as "not sure".
fn from_2_to_3(_: &BTreeMap<String, String>) -> Vec<(String, String)> {
    Vec::new()
}

const MIGRATIONS: [Migration; SCHEMA_VERSION as usize] = [from_0_to_1, from_1_to_2, from_2_to_3];

fn meta_text(schema: u32) -> String {
    serde_json::to_string(&Meta { schema }).unwrap_or_default()
}

/// Decides what to do with the app's keys as they are (`snapshot`: key → stored text).
/// The schema a newer version of the app stored, when the stored version marker says so.
pub fn newer_schema(meta: &str) -> Option<u32> {
    serde_json::from_str::<Meta>(meta)
        .ok()
        .map(|meta| meta.schema)
        .filter(|schema| *schema > SCHEMA_VERSION)
}

pub fn upgrade(snapshot: &BTreeMap<String, String>) -> Upgrade {
    let found = match snapshot.get(META_KEY) {
        None => 0,
        Some(raw) => match serde_json::from_str::<Meta>(raw) {
            Ok(meta) => meta.schema,
            Err(_) => return Upgrade::UnreadableMeta(raw.clone()),
        },
    };
    if found == SCHEMA_VERSION {
        return Upgrade::UpToDate;
    }
    if found > SCHEMA_VERSION {
        return Upgrade::FromNewerVersion(found);
    }
    let mut working = snapshot.clone();
    let mut writes = Vec::new();
    for (step, migration) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        for (key, value) in migration(&working) {
            working.insert(key.clone(), value.clone());
            writes.push((key, value));
        }
        // The version is written after each step's data, so a tab closed half-way re-runs
        // only the unfinished step.
        let meta = meta_text(step as u32 + 1);
        working.insert(META_KEY.to_owned(), meta.clone());
        writes.push((META_KEY.to_owned(), meta));
    }
    Upgrade::Write(writes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_fresh_install_records_the_current_schema() {
        assert_eq!(
            upgrade(&BTreeMap::new()),
            Upgrade::Write(vec![
                (META_KEY.into(), "{\"schema\":1}".into()),
                (META_KEY.into(), "{\"schema\":2}".into()),
                (META_KEY.into(), "{\"schema\":3}".into())
            ])
        );
    }

    #[test]
    fn the_foundation_layout_keeps_its_preferences_and_gains_a_version() {
        // Fixture: what the foundation build wrote.
        let old = snapshot(&[(
            "here-and-now.preferences",
            r#"{"theme":"dark","text_size":"large"}"#,
        )]);
        let Upgrade::Write(writes) = upgrade(&old) else {
            panic!("expected writes")
        };
        assert_eq!(
            writes,
            vec![
                (META_KEY.to_owned(), "{\"schema\":1}".to_owned()),
                (META_KEY.to_owned(), "{\"schema\":2}".to_owned()),
                (META_KEY.to_owned(), "{\"schema\":3}".to_owned())
            ]
        );
        assert!(!writes
            .iter()
            .any(|(key, _)| key == "here-and-now.preferences"));
    }

    #[test]
    fn a_schema_1_journal_only_gains_the_new_version() {
        let journal = snapshot(&[
            (META_KEY, "{\"schema\":1}"),
            (
                "here-and-now.session.s1",
                r#"{"id":"s1","date":"2026-12-01","reflection":{"answers":{"feeling-now":{"kind":"emotions","emotions":[{"word":"calm","intensity":5}]}}},"updated":"2026-12-01T21:00:00"}"#,
            ),
        ]);
        assert_eq!(
            upgrade(&journal),
            Upgrade::Write(vec![
                (META_KEY.into(), "{\"schema\":2}".into()),
                (META_KEY.into(), "{\"schema\":3}".into())
            ])
        );
    }

    #[test]
    fn a_schema_2_journal_only_gains_the_new_version() {
        // Fixture: a session as schema 2 stored it, a boundary's "not sure" and all.
        let journal = snapshot(&[
            (META_KEY, "{\"schema\":2}"),
            (
                "here-and-now.session.s1",
                r#"{"id":"s1","date":"2026-12-01","reflection":{"answers":{"boundaries":{"kind":"boundaries","boundaries":[{"kind":"spoke-up","what_happened":"w","respected":"not-sure","how_it_felt":""}]},"feedback-received":{"kind":"feedback","items":[{"what_was_said":"s","from":"JB","how_it_landed":"","matches":"not-sure","what_i_will_do":""}]}}},"updated":"2026-12-01T21:00:00"}"#,
            ),
        ]);
        assert_eq!(
            upgrade(&journal),
            Upgrade::Write(vec![(META_KEY.into(), "{\"schema\":3}".into())]),
            "the session itself is not rewritten"
        );
    }

    #[test]
    fn the_current_schema_needs_nothing() {
        assert_eq!(
            upgrade(&snapshot(&[(META_KEY, "{\"schema\":3}")])),
            Upgrade::UpToDate
        );
    }

    #[test]
    fn a_newer_schema_or_unreadable_meta_is_left_alone() {
        assert_eq!(
            upgrade(&snapshot(&[(META_KEY, "{\"schema\":7}")])),
            Upgrade::FromNewerVersion(7)
        );
        assert_eq!(
            upgrade(&snapshot(&[(META_KEY, "{\"sch")])),
            Upgrade::UnreadableMeta("{\"sch".into())
        );
    }

    #[test]
    fn keys_name_what_they_hold() {
        assert_eq!(session_key("s17"), "here-and-now.session.s17");
        assert_eq!(session_id_of(&session_key("s17")), Some("s17"));
        assert_eq!(session_id_of("here-and-now.settings"), None);
        assert_ne!(
            draft_key(Moment::Before, None),
            draft_key(Moment::After, None)
        );
        assert_eq!(
            draft_key(Moment::After, Some("s3")),
            "here-and-now.draft.after.s3"
        );
    }

    #[test]
    fn own_prompts_get_fresh_numbers_even_after_one_is_removed() {
        use super::super::prompts::When;
        let mut settings = JournalSettings::default();
        settings.add_own_prompt("a".into(), When::Both);
        settings.add_own_prompt("b".into(), When::After);
        assert_eq!(settings.own_prompts[1].id, "own-2");
        settings.own_prompts.pop();
        settings.add_own_prompt("c".into(), When::After);
        assert_eq!(
            settings.own_prompts[1].id, "own-3",
            "own-2's answers stay with own-2"
        );
    }

    #[test]
    fn settings_stored_before_contacts_existed_still_read() {
        // Fixture: settings as an earlier version stored them, with no list of contacts.
        let old = r#"{"schedule":null,"schedule_offer_dismissed":true,"hidden_prompts":[],"own_prompts":[],"own_emotions":[],"own_prompts_numbered":0,"people":["JB"],"confidentiality_note_seen":true,"backup_reminder":false,"sessions_at_last_backup":0}"#;
        let settings: JournalSettings = serde_json::from_str(old).unwrap();
        assert!(settings.contacts.is_empty());
        assert_eq!(settings.people, ["JB"]);
        assert!(settings.schedule_offer_dismissed);
        // And an empty list reads back as empty.
        let text = serde_json::to_string(&settings).unwrap();
        assert_eq!(
            serde_json::from_str::<JournalSettings>(&text).unwrap(),
            settings
        );
    }

    #[test]
    fn settings_with_contacts_read_back_exactly() {
        use super::super::contacts::Contact;
        let settings = JournalSettings {
            people: vec!["JB".into()],
            contacts: vec![
                Contact {
                    label: "My therapist".into(),
                    reach: "+44 20 7946 0958".into(),
                },
                Contact {
                    label: "Friend".into(),
                    reach: "ask at work \u{201c}quietly\u{201d} <b>".into(),
                },
            ],
            ..JournalSettings::default()
        };
        let text = serde_json::to_string(&settings).unwrap();
        assert!(text.contains("\"contacts\":[{\"label\":\"My therapist\""));
        assert_eq!(
            serde_json::from_str::<JournalSettings>(&text).unwrap(),
            settings
        );
        // Stored, the settings key holds none of them; they go under their own key.
        let (stored, contacts) = settings.stored_apart();
        assert!(!serde_json::to_string(&stored).unwrap().contains("contacts"));
        assert_eq!(contacts, settings.contacts.as_slice());
    }

    #[test]
    fn home_offers_a_backup_once_after_four_sessions_and_not_now_is_for_good() {
        let mut settings = JournalSettings::default();
        assert_eq!(settings.backup_nudge(3), BackupNudge::Quiet);
        assert_eq!(settings.backup_nudge(4), BackupNudge::Offer);
        settings.not_now(BackupNudge::Offer, 4);
        assert_eq!(settings.backup_nudge(4), BackupNudge::Quiet);
        assert_eq!(
            settings.backup_nudge(400),
            BackupNudge::Quiet,
            "never again"
        );
        // A backup made: the last one's day is kept, and the count starts again.
        let mut settings = JournalSettings::default();
        let day = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
        settings.backed_up(day, 5);
        assert_eq!(settings.last_backup, Some(day));
        assert_eq!(settings.backup_nudge(8), BackupNudge::Quiet);
        assert_eq!(settings.backup_nudge(9), BackupNudge::Offer);
    }

    #[test]
    fn a_reminder_the_member_asked_for_keeps_coming_after_several_sessions() {
        let mut settings = JournalSettings {
            backup_reminder: true,
            ..JournalSettings::default()
        };
        assert_eq!(settings.backup_nudge(3), BackupNudge::Quiet);
        assert_eq!(settings.backup_nudge(4), BackupNudge::Reminder);
        // "Not now" at 4 sessions: quiet until 8.
        settings.not_now(BackupNudge::Reminder, 4);
        assert_eq!(settings.backup_nudge(7), BackupNudge::Quiet);
        assert_eq!(settings.backup_nudge(8), BackupNudge::Reminder);
        // Even if the one-time offer was put away before they asked.
        settings.backup_offer_dismissed = true;
        assert_eq!(settings.backup_nudge(8), BackupNudge::Reminder);
    }

    #[test]
    fn the_day_of_the_last_backup_is_kept_and_older_settings_have_none() {
        let old = r#"{"backup_reminder":true,"sessions_at_last_backup":6}"#;
        let settings: JournalSettings = serde_json::from_str(old).unwrap();
        assert_eq!(settings.last_backup, None);
        assert!(settings.backup_reminder, "the member's choice is kept");
        let mut settings = settings;
        settings.backed_up(NaiveDate::from_ymd_opt(2026, 9, 8).unwrap(), 7);
        let text = serde_json::to_string(&settings).unwrap();
        assert!(text.contains(r#""last_backup":"2026-09-08""#), "{text}");
        assert_eq!(
            serde_json::from_str::<JournalSettings>(&text).unwrap(),
            settings
        );
        let damaged = r#"{"last_backup":"yesterday"}"#;
        assert!(serde_json::from_str::<JournalSettings>(damaged).is_err());
    }

    #[test]
    fn settings_a_newer_version_added_survive_a_save_here() {
        // Fixture: what a later version might store, with a setting this one doesn't know.
        let newer = r#"{"people":["JB"],"last_backup":"2026-09-08","away_limit_minutes":15,"later":{"a":[1,2]}}"#;
        let mut settings: JournalSettings = serde_json::from_str(newer).unwrap();
        assert_eq!(settings.people, ["JB"]);
        assert_eq!(settings.last_backup, NaiveDate::from_ymd_opt(2026, 9, 8));
        settings.people.push("Sam".into());
        let (stored, _) = settings.stored_apart();
        let text = serde_json::to_string(&stored).unwrap();
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["away_limit_minutes"], 15, "{text}");
        assert_eq!(back["later"]["a"][1], 2, "{text}");
        assert_eq!(back["people"][1], "Sam", "{text}");
        // The fields this version knows are never taken for unknown ones.
        assert!(!stored.from_newer_versions.contains_key("people"));
        assert!(!stored.from_newer_versions.contains_key("last_backup"));
        // And settings from this version carry nothing extra.
        let plain = serde_json::to_string(&JournalSettings::default()).unwrap();
        let plain: JournalSettings = serde_json::from_str(&plain).unwrap();
        assert!(plain.from_newer_versions.is_empty());
    }

    #[test]
    fn a_newer_version_marker_is_noticed() {
        assert_eq!(
            newer_schema(&meta_text(SCHEMA_VERSION + 1)),
            Some(SCHEMA_VERSION + 1)
        );
        assert_eq!(newer_schema(&meta_text(SCHEMA_VERSION)), None);
        assert_eq!(newer_schema("{\"schema\":"), None);
    }
}
