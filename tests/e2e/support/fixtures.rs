//! Journals written straight into storage, in the app's own stored format.

use here_and_now::domain::journal::Session;
use here_and_now::domain::schema::{
    session_key, JournalSettings, META_KEY, SCHEMA_VERSION, SETTINGS_KEY,
};

/// A journal as the app stores it (version marker, settings, one key per session), for `store`.
pub fn stored_journal(settings: &JournalSettings, sessions: &[Session]) -> Vec<(String, String)> {
    let mut pairs = vec![
        (
            META_KEY.to_owned(),
            format!("{{\"schema\":{SCHEMA_VERSION}}}"),
        ),
        (
            SETTINGS_KEY.to_owned(),
            serde_json::to_string(settings).unwrap(),
        ),
    ];
    for session in sessions {
        pairs.push((
            session_key(&session.id.0),
            serde_json::to_string(session).unwrap(),
        ));
    }
    pairs
}
