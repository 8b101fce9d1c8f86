//! Then and now: from session 12 on, the member's first preparation beside their latest one.

use crate::domain::journal::Session;
use crate::domain::prompts;
use crate::domain::schedule::COMMITMENT;

/// The first and the latest preparation, once the journal has reached session 12.
pub fn look_back<'a>(sessions: &[&'a Session]) -> Option<(&'a Session, &'a Session)> {
    if sessions.len() < COMMITMENT as usize {
        return None;
    }
    let prepared: Vec<&Session> = sessions
        .iter()
        .copied()
        .filter(|s| s.preparation.as_ref().is_some_and(|p| !p.is_empty()))
        .collect();
    match (prepared.first(), prepared.last()) {
        (Some(first), Some(last)) if first.id != last.id => Some((first, last)),
        _ => None,
    }
}

/// Whether the look back comes first on the page: when the span chosen reaches the
/// 12-session mark (the last 12, or a longer span).
pub fn look_back_first(chosen: usize) -> bool {
    chosen >= COMMITMENT as usize
}

/// What the member wanted to bring, for the look back.
pub fn bring_words(session: &Session) -> String {
    session
        .preparation
        .as_ref()
        .map(|p| p.text(prompts::BRING).to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::group;
    use crate::domain::insights::{select, Window};

    #[test]
    fn from_session_twelve_the_first_beside_the_latest() {
        let eleven = group(11);
        assert!(look_back(&select(&eleven, Window::All)).is_none());
        let twenty = group(20);
        let all = select(&twenty, Window::All);
        let (first, latest) = look_back(&all).unwrap();
        assert_eq!(
            (first.id.clone(), latest.id.clone()),
            (twenty[0].id.clone(), twenty[19].id.clone())
        );
        assert_eq!(bring_words(first), "Something for week 0");
        let none: Vec<&Session> = Vec::new();
        assert!(look_back(&none).is_none());
    }

    #[test]
    fn it_comes_first_from_the_twelve_session_mark() {
        assert!(!look_back_first(8));
        assert!(!look_back_first(11));
        assert!(look_back_first(12));
        assert!(look_back_first(260));
    }
}
