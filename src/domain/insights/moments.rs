//! Risks the member took and things they held back: moments to open again, newest first,
//! never tallied like a score.

use chrono::NaiveDate;

use crate::domain::journal::{shorten, Session, SessionId};

/// The prompts they answer.
pub const RISK: &str = "risk";
pub const HELD_BACK: &str = "held-back";

/// How much of what was written a moment shows (the session holds the rest).
const SHOWN_CHARACTERS: usize = 80;

/// One thing written, with the session it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Noted {
    pub session: SessionId,
    pub date: NaiveDate,
    /// What was written.
    pub words: String,
}

impl Noted {
    /// Its first words.
    pub fn preview(&self) -> String {
        preview(&self.words)
    }
}

/// The first words of something written, as a moment shows them (shortened only when shown:
/// ten years hold hundreds).
pub fn preview(words: &str) -> String {
    shorten(words.trim(), SHOWN_CHARACTERS)
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Moments {
    /// Newest first.
    pub risks: Vec<Noted>,
    /// Newest first.
    pub held_back: Vec<Noted>,
}

impl Moments {
    pub fn count(&self) -> usize {
        self.risks.len() + self.held_back.len()
    }
}

pub fn moments(sessions: &[&Session]) -> Moments {
    let mut result = Moments::default();
    for session in sessions.iter().rev() {
        let Some(reflection) = session.reflection.as_ref() else {
            continue;
        };
        for (prompt, list) in [
            (RISK, &mut result.risks),
            (HELD_BACK, &mut result.held_back),
        ] {
            let text = reflection.text(prompt).trim();
            if !text.is_empty() {
                list.push(Noted {
                    session: session.id.clone(),
                    date: session.date,
                    words: text.to_owned(),
                });
            }
        }
    }
    result
}

/// The section's sentence: `count` is how many moments there are, with the feedback
/// received.
pub fn moments_summary(count: usize) -> String {
    if count == 0 {
        return super::Insight::Moments.waiting().to_owned();
    }
    "What you wrote, newest first. Each one opens the session it's from.".to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{add, group, session, text};
    use crate::domain::insights::{select, Window};

    #[test]
    fn each_moment_newest_first_with_its_session() {
        // A risk from session 14 on, something held back while n < 8.
        let sessions = group(20);
        let all = select(&sessions, Window::All);
        let m = moments(&all);
        assert_eq!(m.risks.len(), 6);
        assert_eq!(m.held_back.len(), 8);
        assert_eq!(m.risks[0].session, sessions[19].id, "newest first");
        assert_eq!(m.held_back[7].date, sessions[0].date);
        assert_eq!(m.risks[0].preview(), "Told them I was hurt");
        assert_eq!(m.count(), 14);
        assert_eq!(
            moments_summary(14),
            "What you wrote, newest first. Each one opens the session it's from."
        );
    }

    #[test]
    fn long_words_are_shortened_and_blank_ones_left_out() {
        let mut s = session(0, &[], &[("calm", 3)]);
        add(&mut s, RISK, text(&"I said what I thought. ".repeat(10)));
        add(&mut s, HELD_BACK, text("   "));
        let m = moments(&[&s]);
        let preview = m.risks[0].preview();
        assert!(
            preview.ends_with('…') && preview.chars().count() <= 81,
            "{preview}"
        );
        assert!(m.held_back.is_empty());
        assert_eq!(
            moments_summary(0),
            crate::domain::insights::Insight::Moments.waiting()
        );
    }
}
