//! The lock, as plain data: what is stored so a passphrase can open the journal, which stored
//! values are sealed, how a sealed value is written down, and when to lock again.
//!
//! The encryption itself is WebCrypto (`crate::crypto`); nothing here encrypts anything.
//! Design: a random data key encrypts every value that holds the member's words; the key derived
//! from the passphrase only wraps the data key, so changing the passphrase rewrites one record.
//! The record keeps the format version and the key-derivation parameters, so they can be raised
//! later without guessing what older records used.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::passkeys::PasskeyEntry;
use super::schema::META_KEY;
use super::stored::{is_ours, PREFERENCES_KEY};

/// Where the lock record lives. Its presence means "the lock is on".
pub const LOCK_KEY: &str = "here-and-now.lock";
pub const FORMAT_VERSION: u32 = 1;
pub const KDF_NAME: &str = "PBKDF2-HMAC-SHA256";
/// OWASP's current advice for PBKDF2-HMAC-SHA256.
pub const ITERATIONS: u32 = 600_000;
/// Far beyond what a phone could derive in reasonable time: a record asking for more was not
/// written by us, and would only make unlocking hang.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
/// AES-GCM's standard 96-bit nonce, fresh from the browser's random source for every write.
pub const IV_BYTES: usize = 12;
pub const MIN_PASSPHRASE_CHARS: usize = 8;
pub const DEFAULT_AUTO_LOCK_SECONDS: u32 = 5 * 60;
/// The idle times offered in Settings.
pub const AUTO_LOCK_CHOICES: [u32; 4] = [60, 5 * 60, 15 * 60, 30 * 60];
/// Away (another app in front, the screen off) at least this long: locked on return, unless the
/// member chose an auto-lock time, which then counts for being away too.
pub const HIDDEN_LOCK_SECONDS: u32 = 30;

const SEALED_PREFIX: &str = "sealed:1:";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kdf {
    pub name: String,
    pub iterations: u32,
    /// Base64, random per install.
    pub salt: String,
}

impl Kdf {
    pub fn new(salt: &[u8]) -> Self {
        Kdf {
            name: KDF_NAME.to_owned(),
            iterations: ITERATIONS,
            salt: base64_encode(salt),
        }
    }

    pub fn salt_bytes(&self) -> Option<Vec<u8>> {
        base64_decode(&self.salt)
    }
}

/// Where turning the lock on or off has got to. Each stored value is either sealed or not at
/// any moment, so a tab closed half-way leaves a journal that still opens; the next unlock
/// finishes the job.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Progress {
    Sealing,
    On,
    Unsealing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockRecord {
    pub version: u32,
    pub kdf: Kdf,
    /// The data key, encrypted with the passphrase's key (a sealed text).
    pub wrapped_key: String,
    pub progress: Progress,
    #[serde(default = "default_auto_lock")]
    pub auto_lock_seconds: u32,
    /// Passkeys that also open the journal, each wrapping the same data key (none in records
    /// written before there were any; an entry that can't be read is kept as it is).
    #[serde(
        default,
        deserialize_with = "super::passkeys::read_entries",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub passkeys: Vec<PasskeyEntry>,
    /// The member chose the auto-lock time in Settings, so being away locks after it too.
    /// Records written before this was asked read as false (away: 30 seconds, as they had);
    /// it is left out while false, and older versions of the app ignore it, so the record
    /// keeps format version 1 and still opens there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub away_follows_auto_lock: bool,
}

fn default_auto_lock() -> u32 {
    DEFAULT_AUTO_LOCK_SECONDS
}

impl LockRecord {
    pub fn new(kdf: Kdf, wrapped_key: String) -> Self {
        LockRecord {
            version: FORMAT_VERSION,
            kdf,
            wrapped_key,
            progress: Progress::Sealing,
            auto_lock_seconds: DEFAULT_AUTO_LOCK_SECONDS,
            passkeys: Vec::new(),
            away_follows_auto_lock: false,
        }
    }

    /// The member chose an auto-lock time (Settings → Lock): from now on it is also how long
    /// they may be away.
    pub fn choosing_auto_lock(&self, seconds: u32) -> Self {
        LockRecord {
            auto_lock_seconds: seconds,
            away_follows_auto_lock: true,
            ..self.clone()
        }
    }

    /// How long away (another app in front, the screen off) locks on return: the chosen
    /// auto-lock time once the member chose one, else half a minute (never longer than the idle
    /// time).
    pub fn away_limit(&self) -> u32 {
        if self.away_follows_auto_lock {
            self.auto_lock_after()
        } else {
            HIDDEN_LOCK_SECONDS.min(self.auto_lock_after())
        }
    }

    /// The idle time to use: what the record says, but never longer than the longest choice
    /// (a record edited to "never" still locks).
    pub fn auto_lock_after(&self) -> u32 {
        self.auto_lock_seconds
            .min(AUTO_LOCK_CHOICES[AUTO_LOCK_CHOICES.len() - 1])
    }

    /// The same record at another stage of turning the lock on or off.
    pub fn at(&self, progress: Progress) -> Self {
        LockRecord {
            progress,
            ..self.clone()
        }
    }

    /// The passkeys that may open the journal (entries that can't be read are left out).
    pub fn usable_passkeys(&self) -> impl Iterator<Item = &super::passkeys::PasskeyWrap> {
        self.passkeys.iter().filter_map(PasskeyEntry::passkey)
    }

    /// A record this version can use: our format, a KDF we know, a salt and a sane count.
    pub fn usable(&self) -> bool {
        self.version == FORMAT_VERSION
            && self.kdf.name == KDF_NAME
            && (ITERATIONS..=MAX_ITERATIONS).contains(&self.kdf.iterations)
            && self.kdf.salt_bytes().is_some_and(|s| s.len() >= SALT_BYTES)
            && Sealed::parse(&self.wrapped_key).is_some()
    }
}

/// Whether a stored value may hold the member's words, and so is sealed while the lock is on.
/// Only the version marker, display choices and the lock record itself stay readable: the app
/// needs them before it is unlocked, and they say nothing about the member.
pub fn holds_member_text(key: &str) -> bool {
    is_ours(key) && ![META_KEY, PREFERENCES_KEY, LOCK_KEY].contains(&key)
}

/// Extra data bound into every seal: the value's own key, so a sealed value moved to another
/// key (a session swapped for the settings, say) fails to open instead of being misread.
pub fn bound_to(key: &str) -> Vec<u8> {
    format!("here-and-now:{FORMAT_VERSION}:{key}").into_bytes()
}

/// Keys whose values still need sealing (after the lock went on) or opening for good (after
/// it went off), in a stable order.
pub fn keys_to_seal(snapshot: &BTreeMap<String, String>) -> Vec<String> {
    snapshot
        .iter()
        .filter(|(key, value)| holds_member_text(key) && !Sealed::is_sealed(value))
        .map(|(key, _)| key.clone())
        .collect()
}

/// An encrypted value as it is stored: `sealed:1:<iv>:<ciphertext and tag>`, both base64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

impl Sealed {
    pub fn to_text(&self) -> String {
        format!(
            "{SEALED_PREFIX}{}:{}",
            base64_encode(&self.iv),
            base64_encode(&self.ciphertext)
        )
    }

    /// Looks like one of ours. A value that starts like one but doesn't parse has been damaged.
    pub fn is_sealed(text: &str) -> bool {
        text.starts_with(SEALED_PREFIX)
    }

    pub fn parse(text: &str) -> Option<Sealed> {
        let rest = text.strip_prefix(SEALED_PREFIX)?;
        let (iv, ciphertext) = rest.split_once(':')?;
        let sealed = Sealed {
            iv: base64_decode(iv)?,
            ciphertext: base64_decode(ciphertext)?,
        };
        // A GCM tag alone is 16 bytes: anything shorter cannot be ours.
        (sealed.iv.len() == IV_BYTES && sealed.ciphertext.len() >= 16).then_some(sealed)
    }
}

/// Why a new passphrase can't be used yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseProblem {
    TooShort,
    DoNotMatch,
    /// Nothing typed where the passphrase now in use is asked for.
    Missing,
}

impl PassphraseProblem {
    pub fn message(self) -> String {
        match self {
            Self::TooShort => format!(
                "Please use at least {MIN_PASSPHRASE_CHARS} characters. A few unrelated words \
                 are easy to remember and hard to guess."
            ),
            Self::DoNotMatch => {
                "The two passphrases aren't the same. Please type it again.".to_owned()
            }
            Self::Missing => "Please type your passphrase.".to_owned(),
        }
    }
}

pub fn check_new_passphrase(passphrase: &str, repeated: &str) -> Result<(), PassphraseProblem> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort);
    }
    if passphrase != repeated {
        return Err(PassphraseProblem::DoNotMatch);
    }
    Ok(())
}

/// Whether to lock now: idle for `idle_limit` seconds, or back after being away at least
/// `away_limit` seconds (`LockRecord::auto_lock_after` and `LockRecord::away_limit`).
/// Times are milliseconds on one clock.
pub fn lock_due(
    now: f64,
    last_activity: f64,
    hidden_since: Option<f64>,
    idle_limit: u32,
    away_limit: u32,
) -> bool {
    let idle_limit = f64::from(idle_limit) * 1000.0;
    let away_limit = f64::from(away_limit) * 1000.0;
    now - last_activity >= idle_limit || hidden_since.is_some_and(|since| now - since >= away_limit)
}

/// What Settings → Lock says, under the auto-lock time, about switching to another app.
pub fn when_away(record: &LockRecord) -> String {
    let start = "When you switch to another app or the screen goes off,";
    if record.away_follows_auto_lock {
        format!("{start} it locks after the same time.")
    } else {
        format!(
            "{start} it locks after {}. Choose a time above to use it for both.",
            auto_lock_label(record.away_limit())
        )
    }
}

/// "Auto-lock after 5 minutes" and the like.
pub fn auto_lock_label(seconds: u32) -> String {
    match seconds {
        60 => "1 minute".to_owned(),
        s if s.is_multiple_of(60) => format!("{} minutes", s / 60),
        s => format!("{s} seconds"),
    }
}

/// The quick-hide shortcut: Shift pressed three times in a row, quickly. (Escape is avoided:
/// it already means "close" or "stop" in too many places.)
#[derive(Debug, Default, Clone)]
pub struct TripleShift {
    presses: Vec<f64>,
}

impl TripleShift {
    const WITHIN_MS: f64 = 1500.0;

    /// Feeds one key press; true when this press completes the shortcut.
    pub fn press(&mut self, key: &str, at: f64) -> bool {
        if key != "Shift" {
            self.presses.clear();
            return false;
        }
        self.presses
            .retain(|&earlier| at - earlier <= Self::WITHIN_MS);
        self.presses.push(at);
        if self.presses.len() >= 3 {
            self.presses.clear();
            return true;
        }
        false
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding (the bytes of keys and ciphertexts, written as text).
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                text.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                text.push('=');
            }
        }
    }
    text
}

/// The bytes of a base64 text; `None` for anything that isn't exactly valid base64.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index == bytes.len() / 4 - 1;
        let padding = chunk.iter().rev().take_while(|&&b| b == b'=').count();
        if padding > 2 || (padding > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for (i, &b) in chunk[..4 - padding].iter().enumerate() {
            let value = ALPHABET.iter().position(|&a| a == b)? as u32;
            n |= value << (18 - 6 * i);
        }
        let produced = 3 - padding;
        for i in 0..produced {
            out.push((n >> (16 - 8 * i)) as u8);
        }
        // Bits beyond what was produced must be zero, or two texts would mean one thing.
        if produced < 3 && (n >> (16 - 8 * produced)) & 0xff != 0 {
            return None;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_and_refuses_anything_else() {
        // RFC 4648 test vectors.
        for (plain, coded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64_encode(plain.as_bytes()), coded);
            assert_eq!(base64_decode(coded).as_deref(), Some(plain.as_bytes()));
        }
        let every_byte: Vec<u8> = (0..=255).collect();
        assert_eq!(base64_decode(&base64_encode(&every_byte)), Some(every_byte));
        for bad in ["Zg=", "Z===", "Zm9v!A==", "Zg==Zg==", "Zh==", "😀😀"] {
            assert_eq!(base64_decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_sealed_value_round_trips_and_damage_shows() {
        let sealed = Sealed {
            iv: vec![7; IV_BYTES],
            ciphertext: vec![1; 40],
        };
        let text = sealed.to_text();
        assert!(Sealed::is_sealed(&text));
        assert_eq!(Sealed::parse(&text), Some(sealed));
        assert!(!Sealed::is_sealed("{\"id\":\"s1\"}"));
        // Cut short, a wrong IV length, or garbage: not one we can open.
        assert_eq!(Sealed::parse(&text[..text.len() - 9]), None);
        assert_eq!(
            Sealed::parse("sealed:1:AAAA:AAAAAAAAAAAAAAAAAAAAAAAA"),
            None
        );
        assert_eq!(Sealed::parse("sealed:1:nonsense"), None);
    }

    #[test]
    fn only_display_choices_the_version_and_the_lock_stay_readable() {
        for key in [
            "here-and-now.session.s1",
            "here-and-now.draft.after",
            "here-and-now.draft.before.s3",
            "here-and-now.settings",
            "here-and-now.carry-forward",
            "here-and-now.kept.session.s1",
        ] {
            assert!(holds_member_text(key), "{key} must be sealed");
        }
        for key in [META_KEY, PREFERENCES_KEY, LOCK_KEY, "another-app.notes"] {
            assert!(!holds_member_text(key), "{key} must stay as it is");
        }
    }

    #[test]
    fn sealing_resumes_where_it_stopped() {
        let sealed = Sealed {
            iv: vec![0; IV_BYTES],
            ciphertext: vec![0; 20],
        }
        .to_text();
        let snapshot: BTreeMap<String, String> = [
            ("here-and-now.session.a", sealed.as_str()),
            ("here-and-now.session.b", "{}"),
            ("here-and-now.settings", "{}"),
            (META_KEY, "{\"schema\":1}"),
            (LOCK_KEY, "{}"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        assert_eq!(
            keys_to_seal(&snapshot),
            vec!["here-and-now.session.b", "here-and-now.settings"]
        );
    }

    #[test]
    fn each_value_is_bound_to_its_own_key() {
        assert_ne!(
            bound_to("here-and-now.session.a"),
            bound_to("here-and-now.session.b")
        );
    }

    #[test]
    fn the_record_keeps_what_is_needed_to_open_it_later() {
        let record = LockRecord::new(
            Kdf::new(&[9; SALT_BYTES]),
            Sealed {
                iv: vec![1; IV_BYTES],
                ciphertext: vec![2; 48],
            }
            .to_text(),
        );
        let text = serde_json::to_string(&record).unwrap();
        for part in [
            "\"version\":1",
            "PBKDF2-HMAC-SHA256",
            "\"iterations\":600000",
        ] {
            assert!(text.contains(part), "{text} lacks {part}");
        }
        let back: LockRecord = serde_json::from_str(&text).unwrap();
        assert!(back.usable());
        assert_eq!(back.auto_lock_seconds, 300);
        let endless = LockRecord {
            kdf: Kdf {
                iterations: u32::MAX,
                ..record.kdf.clone()
            },
            ..record.clone()
        };
        assert!(!endless.usable(), "a count that would hang the phone");
        let never = LockRecord {
            auto_lock_seconds: u32::MAX,
            ..record.clone()
        };
        assert_eq!(never.auto_lock_after(), 30 * 60);
        let weaker = LockRecord {
            kdf: Kdf {
                iterations: 1000,
                ..record.kdf.clone()
            },
            ..record.clone()
        };
        assert!(!weaker.usable());
    }

    #[test]
    fn records_without_passkeys_and_with_damaged_ones_still_open_with_the_passphrase() {
        // Fixture: a record as this format stored it before there were passkeys.
        let old = r#"{"version":1,"kdf":{"name":"PBKDF2-HMAC-SHA256","iterations":600000,"salt":"CQkJCQkJCQkJCQkJCQkJCQ=="},"wrapped_key":"sealed:1:AQEBAQEBAQEBAQEB:AgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIC","progress":"on","auto_lock_seconds":900}"#;
        let record: LockRecord = serde_json::from_str(old).unwrap();
        assert!(record.usable());
        assert!(record.passkeys.is_empty());
        assert_eq!(record.usable_passkeys().count(), 0);
        // Written again, it gains nothing it didn't have.
        assert!(!serde_json::to_string(&record).unwrap().contains("passkeys"));

        // One good passkey and one damaged entry: the record reads, the passphrase's part is
        // untouched, only the good passkey is offered, and the damaged entry is kept.
        let good = crate::domain::passkeys::PasskeyWrap::new(
            &[7; 16],
            &[9; crate::domain::passkeys::PRF_INPUT_BYTES],
            record.wrapped_key.clone(),
            chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        );
        let mut with: serde_json::Value = serde_json::from_str(old).unwrap();
        with["passkeys"] = serde_json::json!([good, {"credential": 5}]);
        let record: LockRecord = serde_json::from_value(with.clone()).unwrap();
        assert!(record.usable());
        assert_eq!(record.usable_passkeys().collect::<Vec<_>>(), [&good]);
        let again: serde_json::Value = serde_json::to_value(&record).unwrap();
        assert_eq!(again["passkeys"], with["passkeys"]);
    }

    #[test]
    fn a_new_passphrase_is_long_enough_and_typed_the_same_twice() {
        assert_eq!(
            check_new_passphrase("short", "short"),
            Err(PassphraseProblem::TooShort)
        );
        assert_eq!(
            check_new_passphrase("quiet river lamp", "quiet river lamb"),
            Err(PassphraseProblem::DoNotMatch)
        );
        assert_eq!(
            check_new_passphrase("quiet river lamp", "quiet river lamp"),
            Ok(())
        );
        // Characters, not bytes: eight letters of any script are enough.
        assert_eq!(check_new_passphrase("ääääääää", "ääääääää"), Ok(()));
    }

    fn a_record() -> LockRecord {
        LockRecord::new(
            Kdf::new(&[9; SALT_BYTES]),
            Sealed {
                iv: vec![1; IV_BYTES],
                ciphertext: vec![2; 48],
            }
            .to_text(),
        )
    }

    /// Whether the record would lock: `idle` and `away` in milliseconds, now at 100 minutes.
    fn due(record: &LockRecord, idle: f64, away: Option<f64>) -> bool {
        let now = 6_000_000.0;
        lock_due(
            now,
            now - idle,
            away.map(|away| now - away),
            record.auto_lock_after(),
            record.away_limit(),
        )
    }

    #[test]
    fn it_locks_when_idle_or_back_after_a_while_away() {
        let minute = 60_000.0;
        // As a new lock is: 5 minutes idle, half a minute away.
        let record = a_record();
        assert!(!due(&record, 4.0 * minute, None));
        assert!(due(&record, 5.0 * minute, None));
        // A glance at another app is fine; half a minute away locks.
        assert!(!due(&record, 1_000.0, Some(9_000.0)));
        assert!(due(&record, 1_000.0, Some(35_000.0)));
        // A short idle time also shortens the time away.
        let short = LockRecord {
            auto_lock_seconds: 10,
            ..record
        };
        assert_eq!(short.away_limit(), 10);
        assert!(due(&short, 1_000.0, Some(11_000.0)));
    }

    #[test]
    fn a_record_from_before_the_choice_keeps_half_a_minute_away() {
        // Exactly as earlier versions wrote it: no word about being away.
        let older = format!(
            r#"{{"version":1,"kdf":{{"name":"PBKDF2-HMAC-SHA256","iterations":600000,"salt":"{}"}},"wrapped_key":"{}","progress":"on","auto_lock_seconds":900}}"#,
            base64_encode(&[9; SALT_BYTES]),
            a_record().wrapped_key
        );
        let record: LockRecord = serde_json::from_str(&older).unwrap();
        assert!(record.usable());
        assert!(!record.away_follows_auto_lock);
        assert_eq!(record.auto_lock_after(), 15 * 60);
        assert_eq!(record.away_limit(), 30);
        // Written again unchanged, it is the same record: nothing new for older versions.
        assert!(!serde_json::to_string(&record)
            .unwrap()
            .contains("away_follows_auto_lock"));
    }

    #[test]
    fn a_chosen_time_counts_for_being_away_too() {
        let minute = 60_000.0;
        let chosen = a_record().choosing_auto_lock(15 * 60);
        assert_eq!(chosen.auto_lock_after(), 15 * 60);
        assert_eq!(chosen.away_limit(), 15 * 60);
        // Two minutes in another app: still open. Sixteen: locked on return.
        assert!(!due(&chosen, 1_000.0, Some(2.0 * minute)));
        assert!(due(&chosen, 1_000.0, Some(16.0 * minute)));
        assert!(lock_due(
            16.0 * minute,
            16.0 * minute - 1_000.0,
            Some(0.0),
            15 * 60,
            15 * 60
        ));
        assert!(!lock_due(
            2.0 * minute,
            2.0 * minute - 1_000.0,
            Some(0.0),
            15 * 60,
            15 * 60
        ));
        // The choice is kept with the record, and still opens in this format version.
        let text = serde_json::to_string(&chosen).unwrap();
        assert!(text.contains("\"away_follows_auto_lock\":true"), "{text}");
        assert!(text.contains("\"version\":1"), "{text}");
        let back: LockRecord = serde_json::from_str(&text).unwrap();
        assert!(back.usable());
        assert_eq!(back.away_limit(), 15 * 60);
        // Edited to "never", it still locks, away as well as idle.
        let never = a_record().choosing_auto_lock(u32::MAX);
        assert_eq!(never.away_limit(), 30 * 60);
        // A new passphrase or the lock's progress leaves the choice as it is.
        assert!(chosen.at(Progress::Unsealing).away_follows_auto_lock);
    }

    #[test]
    fn settings_say_what_happens_when_switching_away() {
        let record = a_record();
        assert_eq!(
            when_away(&record),
            "When you switch to another app or the screen goes off, it locks after 30 \
             seconds. Choose a time above to use it for both."
        );
        assert_eq!(
            when_away(&record.choosing_auto_lock(60)),
            "When you switch to another app or the screen goes off, it locks after the same \
             time."
        );
    }

    #[test]
    fn three_quick_shifts_hide_and_typing_capitals_does_not() {
        let mut shortcut = TripleShift::default();
        assert!(!shortcut.press("Shift", 0.0));
        assert!(!shortcut.press("Shift", 200.0));
        assert!(shortcut.press("Shift", 400.0));
        // Shift, a letter, Shift, a letter...: writing, not hiding.
        let mut typing = TripleShift::default();
        for (i, key) in ["Shift", "I", "Shift", "A", "Shift", "M"]
            .iter()
            .enumerate()
        {
            assert!(!typing.press(key, i as f64 * 100.0));
        }
        // Too slow.
        let mut slow = TripleShift::default();
        assert!(!slow.press("Shift", 0.0));
        assert!(!slow.press("Shift", 1000.0));
        assert!(!slow.press("Shift", 2000.0));
    }

    #[test]
    fn idle_times_read_naturally() {
        assert_eq!(auto_lock_label(60), "1 minute");
        assert_eq!(auto_lock_label(300), "5 minutes");
        assert_eq!(auto_lock_label(7), "7 seconds");
    }
}
