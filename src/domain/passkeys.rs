//! Passkeys that unlock the journal, as plain data: what the lock record keeps for each one,
//! and what can go wrong with them in words a member can use.
//!
//! A passkey (Face ID, a fingerprint, the device's screen lock) with the WebAuthn PRF extension
//! gives a 32-byte secret that only that authenticator can produce, for that credential and an
//! input of ours. A key derived from it (HKDF, in `crate::crypto`) wraps the data key a second
//! time, beside the passphrase's wrap. The passphrase stays the way back: a passkey only ever
//! adds a way in.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize};

use super::lock::{base64_decode, base64_encode, Sealed, FORMAT_VERSION, LOCK_KEY};

/// The PRF input of ours for one passkey: random, per passkey.
pub const PRF_INPUT_BYTES: usize = 32;
/// What the PRF extension gives back (HMAC-SHA-256).
pub const PRF_OUTPUT_BYTES: usize = 32;
/// Purpose bound into the key derived from a passkey's secret, so it is good for nothing else.
pub const HKDF_INFO: &str = "here-and-now passkey wraps the data key 1";

/// One passkey that opens the journal, as the lock record keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasskeyWrap {
    /// The credential's id (base64), as the authenticator gave it.
    pub credential: String,
    /// Our PRF input for it (base64).
    pub prf_input: String,
    /// The data key, wrapped with the key derived from the passkey's secret (a sealed text).
    pub wrapped_key: String,
    /// The day it was added, to tell one device's passkey from another's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added: Option<NaiveDate>,
    /// Whatever a newer version keeps for a passkey: written back as it was.
    #[serde(flatten)]
    pub from_newer_versions: BTreeMap<String, serde_json::Value>,
}

impl PasskeyWrap {
    pub fn credential_bytes(&self) -> Option<Vec<u8>> {
        base64_decode(&self.credential).filter(|id| !id.is_empty())
    }

    pub fn prf_input_bytes(&self) -> Option<Vec<u8>> {
        base64_decode(&self.prf_input).filter(|input| input.len() == PRF_INPUT_BYTES)
    }

    /// Every part there and of the right shape: worth offering on the unlock screen.
    pub fn usable(&self) -> bool {
        self.credential_bytes().is_some()
            && self.prf_input_bytes().is_some()
            && Sealed::parse(&self.wrapped_key).is_some()
    }

    /// The credential's id as WebAuthn names it in `evalByCredential` (base64url, no padding).
    pub fn credential_url_id(&self) -> Option<String> {
        self.credential_bytes().map(|id| base64url(&id))
    }

    pub fn new(credential: &[u8], prf_input: &[u8], wrapped_key: String, added: NaiveDate) -> Self {
        PasskeyWrap {
            credential: base64_encode(credential),
            prf_input: base64_encode(prf_input),
            wrapped_key,
            added: Some(added),
            from_newer_versions: BTreeMap::new(),
        }
    }
}

/// One entry of the record's list: a passkey this version can read, or an entry it can't,
/// kept exactly as it was (never written over or dropped because it couldn't be read).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PasskeyEntry {
    Readable(PasskeyWrap),
    Unreadable(serde_json::Value),
}

impl PasskeyEntry {
    pub fn passkey(&self) -> Option<&PasskeyWrap> {
        match self {
            PasskeyEntry::Readable(wrap) if wrap.usable() => Some(wrap),
            _ => None,
        }
    }
}

/// The record's list of passkeys, read so that no entry (nor a list that isn't one) can stop
/// the record itself from being read: the passphrase must always open the journal.
pub fn read_entries<'de, D: Deserializer<'de>>(from: D) -> Result<Vec<PasskeyEntry>, D::Error> {
    let value = serde_json::Value::deserialize(from)?;
    Ok(match value {
        serde_json::Value::Null => Vec::new(),
        serde_json::Value::Array(entries) => entries
            .into_iter()
            .map(|entry| {
                serde_json::from_value::<PasskeyWrap>(entry.clone())
                    .map(PasskeyEntry::Readable)
                    .unwrap_or(PasskeyEntry::Unreadable(entry))
            })
            .collect(),
        other => vec![PasskeyEntry::Unreadable(other)],
    })
}

/// Extra data bound into a passkey's wrap: the lock record and the credential, so a wrap moved
/// to another passkey's entry fails to open instead of being tried with the wrong key.
pub fn wrap_bound_to(credential: &[u8]) -> Vec<u8> {
    format!(
        "here-and-now:{FORMAT_VERSION}:{LOCK_KEY}:passkey:{}",
        base64url(credential)
    )
    .into_bytes()
}

/// base64url without padding, as WebAuthn writes credential ids.
pub fn base64url(bytes: &[u8]) -> String {
    base64_encode(bytes)
        .trim_end_matches('=')
        .replace('+', "-")
        .replace('/', "_")
}

/// What can go wrong with a passkey, each said in its own words: adding one happens with the
/// journal open, unlocking with it locked, so each has words of its own. Whatever it is,
/// nothing stored has changed and the passphrase still opens the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasskeyProblem {
    /// This browser has no passkeys (WebAuthn) here.
    NotHere,
    /// Adding: the member cancelled, or the prompt timed out.
    NotAdded,
    /// Adding: a passkey was made, but it can't give the secret unlocking needs (no PRF
    /// support). It may stay listed on the device, unused.
    CannotUnlock,
    /// Unlocking: the member cancelled, or the prompt timed out, or no passkey of ours was
    /// found on this device.
    NotUsed,
    /// Unlocking: a passkey answered without the secret unlocking needs (a password manager
    /// that doesn't pass it on, say).
    NoSecret,
    /// A passkey answered, but it isn't one this journal knows.
    NotThisJournal,
    /// The passkey's secret didn't open the journal's key: a different authenticator, or the
    /// record's entry was changed.
    DidNotOpen,
    /// The record's entry for this passkey can't be read.
    Damaged,
    /// The browser refused for another reason.
    Failed(String),
}

impl PasskeyProblem {
    /// The same trouble, met while adding a passkey rather than unlocking with one.
    pub fn while_adding(self) -> Self {
        match self {
            Self::NotUsed => Self::NotAdded,
            Self::NoSecret => Self::CannotUnlock,
            other => other,
        }
    }

    pub fn message(&self) -> String {
        match self {
            Self::NotHere => "This browser can't use passkeys here. Your passphrase still \
                opens the journal."
                .to_owned(),
            Self::NotAdded => "No passkey was added: the prompt was closed before it \
                finished. Your passphrase still opens the journal; you can try again."
                .to_owned(),
            Self::CannotUnlock => "This device's passkeys can't unlock a journal in this \
                browser, so none was added here. Your passphrase still opens it. A passkey \
                named Here & Now may now be listed on your device; you can delete it there."
                .to_owned(),
            Self::NotUsed => "No passkey was used: the prompt was closed, or the passkey \
                isn't on this device any more. The journal is still locked; try again, or type \
                your passphrase."
                .to_owned(),
            Self::NoSecret => "That passkey answered, but without what's needed to open \
                the journal (some password managers don't pass it on). Type your passphrase \
                instead."
                .to_owned(),
            Self::NotThisJournal => "That passkey isn't one this journal knows (it may have \
                been removed from your device). Type your passphrase instead."
                .to_owned(),
            Self::DidNotOpen => "That passkey didn't open this journal. Nothing has \
                changed; type your passphrase instead."
                .to_owned(),
            Self::Damaged => "The saved details for this passkey can't be read, so it can't \
                open the journal. Type your passphrase; you can remove it and add it again \
                in Settings."
                .to_owned(),
            Self::Failed(_) => "The passkey couldn't be used just now. Nothing has changed; \
                try again, or type your passphrase."
                .to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap() -> PasskeyWrap {
        PasskeyWrap::new(
            &[7; 16],
            &[9; PRF_INPUT_BYTES],
            Sealed {
                iv: vec![1; 12],
                ciphertext: vec![2; 48],
            }
            .to_text(),
            NaiveDate::from_ymd_opt(2026, 12, 2).unwrap(),
        )
    }

    #[derive(Deserialize, Serialize)]
    struct Holder {
        #[serde(default, deserialize_with = "read_entries")]
        passkeys: Vec<PasskeyEntry>,
    }

    #[test]
    fn a_passkey_reads_back_exactly_and_is_usable() {
        let text = serde_json::to_string(&Holder {
            passkeys: vec![PasskeyEntry::Readable(wrap())],
        })
        .unwrap();
        let back: Holder = serde_json::from_str(&text).unwrap();
        assert_eq!(back.passkeys, [PasskeyEntry::Readable(wrap())]);
        assert_eq!(back.passkeys[0].passkey(), Some(&wrap()));
    }

    #[test]
    fn a_damaged_entry_never_stops_the_list_being_read_and_is_kept_as_it_was() {
        let text = r#"{"passkeys":[{"credential":"BwcH"},42,{"credential":"BwcHBwcHBwcHBwcHBwcHBw==","prf_input":"short","wrapped_key":"sealed:1:x:y"}]}"#;
        let read: Holder = serde_json::from_str(text).unwrap();
        assert_eq!(read.passkeys.len(), 3);
        assert!(read.passkeys.iter().all(|p| p.passkey().is_none()));
        // Written back, every entry is exactly what was there.
        let again: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&read).unwrap()).unwrap();
        let was: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(again, was);
        // Not even a list: still read, still kept.
        let odd: Holder = serde_json::from_str(r#"{"passkeys":"what"}"#).unwrap();
        assert_eq!(
            odd.passkeys,
            [PasskeyEntry::Unreadable(serde_json::json!("what"))]
        );
        let none: Holder = serde_json::from_str("{}").unwrap();
        assert!(none.passkeys.is_empty());
    }

    #[test]
    fn what_a_newer_version_keeps_for_a_passkey_is_written_back() {
        let mut newer = serde_json::to_value(wrap()).unwrap();
        newer["transports"] = serde_json::json!(["internal", "hybrid"]);
        let text = format!(r#"{{"passkeys":[{newer}]}}"#);
        let read: Holder = serde_json::from_str(&text).unwrap();
        assert!(read.passkeys[0].passkey().is_some(), "still usable here");
        let again = serde_json::to_value(&read).unwrap();
        assert_eq!(again["passkeys"][0], newer);
    }

    #[test]
    fn credential_ids_are_written_as_webauthn_names_them() {
        assert_eq!(base64url(&[0xfb, 0xff, 0xfe]), "-__-");
        assert_eq!(base64url(&[0xfb]), "-w");
        assert_eq!(
            wrap().credential_url_id().unwrap(),
            "BwcHBwcHBwcHBwcHBwcHBw"
        );
    }

    #[test]
    fn each_wrap_is_bound_to_its_own_credential() {
        assert_ne!(wrap_bound_to(&[1, 2, 3]), wrap_bound_to(&[1, 2, 4]));
        assert!(String::from_utf8(wrap_bound_to(&[1]))
            .unwrap()
            .contains(LOCK_KEY));
    }

    #[test]
    fn every_passkey_problem_has_words_of_its_own() {
        let all = [
            PasskeyProblem::NotHere,
            PasskeyProblem::NotAdded,
            PasskeyProblem::CannotUnlock,
            PasskeyProblem::NotUsed,
            PasskeyProblem::NoSecret,
            PasskeyProblem::NotThisJournal,
            PasskeyProblem::DidNotOpen,
            PasskeyProblem::Damaged,
            PasskeyProblem::Failed("x".into()),
        ];
        for (i, one) in all.iter().enumerate() {
            assert!(one.message().ends_with('.'));
            assert!(
                one.message().contains("passphrase"),
                "always says the way back"
            );
            for other in &all[i + 1..] {
                assert_ne!(one.message(), other.message());
            }
        }
        // Adding happens with the journal open: never "still locked" there.
        for adding in [PasskeyProblem::NotUsed, PasskeyProblem::NoSecret] {
            let said = adding.while_adding().message();
            assert!(!said.contains("locked"), "{said}");
        }
        assert!(PasskeyProblem::NotUsed.message().contains("still locked"));
    }
}
