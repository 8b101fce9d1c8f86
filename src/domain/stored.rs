//! How things are named and written in the browser's storage.
//!
//! Every key of the app starts with [`KEY_PREFIX`], so "delete everything" can find all of them
//! and nothing of another app on the same origin is touched. Values are JSON.

use serde::{de::DeserializeOwned, Serialize};

use super::storage_problem::StorageProblem;

/// The prefix of every key this app writes.
pub const KEY_PREFIX: &str = "here-and-now.";

/// Where the member's display choices live.
pub const PREFERENCES_KEY: &str = "here-and-now.preferences";

/// Where a value we could not read is kept before anything new is written in its place.
/// `attempt` counts up from 0 so an older kept copy is never replaced either.
pub fn kept_key(key: &str, attempt: u32) -> String {
    let name = key.strip_prefix(KEY_PREFIX).unwrap_or(key);
    match attempt {
        0 => format!("{KEY_PREFIX}kept.{name}"),
        n => format!("{KEY_PREFIX}kept.{name}.{n}"),
    }
}

/// Whether a key belongs to this app.
pub fn is_ours(key: &str) -> bool {
    key.starts_with(KEY_PREFIX)
}

/// Reads a stored value. A value we cannot understand is an error that carries the raw text,
/// so the caller can keep it and tell the member instead of losing it.
pub fn decode<T: DeserializeOwned>(key: &str, raw: &str) -> Result<T, StorageProblem> {
    serde_json::from_str(raw).map_err(|error| StorageProblem::Unreadable {
        key: key.to_owned(),
        raw: raw.to_owned(),
        reason: error.to_string(),
    })
}

/// Writes a value as stored text.
pub fn encode<T: Serialize>(value: &T) -> String {
    // Our types are plain structs and enums with string keys: serialising them cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::preferences::{Preferences, TextSize, Theme};

    #[test]
    fn kept_copies_get_their_own_keys_and_stay_ours() {
        let first = kept_key(PREFERENCES_KEY, 0);
        let second = kept_key(PREFERENCES_KEY, 1);
        assert_eq!(first, "here-and-now.kept.preferences");
        assert_eq!(second, "here-and-now.kept.preferences.1");
        assert!(is_ours(&first) && is_ours(&second));
        assert!(!is_ours("another-app.preferences"));
    }

    #[test]
    fn a_value_round_trips_through_storage_text() {
        let chosen = Preferences {
            theme: Theme::Dark,
            text_size: TextSize::Larger,
            dates_only: true,
        };
        let text = encode(&chosen);
        assert_eq!(decode::<Preferences>(PREFERENCES_KEY, &text), Ok(chosen));
    }

    #[test]
    fn unreadable_text_is_reported_with_the_text_itself() {
        for raw in [
            "{\"theme\":",
            "not json at all",
            "[1,2,3]",
            "{\"theme\":42}",
        ] {
            match decode::<Preferences>(PREFERENCES_KEY, raw) {
                Err(StorageProblem::Unreadable { key, raw: kept, .. }) => {
                    assert_eq!(key, PREFERENCES_KEY);
                    assert_eq!(kept, raw, "the unreadable text must be carried verbatim");
                }
                other => panic!("{raw:?} should be unreadable, got {other:?}"),
            }
        }
    }
}
