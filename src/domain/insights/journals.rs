//! Journals for the tests, built by rule so that every expected number can be worked out by
//! hand from the rule.

use chrono::{Days, NaiveDate};

use crate::domain::carry_forward::{CarryForward, CarryItem, CarryStatus};
use crate::domain::emotions::EmotionRating;
use crate::domain::journal::{
    Answer, Boundary, BoundaryKind, Entry, FeedbackReceived, Fit, Session, SessionId,
};
use crate::domain::prompts;
use crate::domain::schedule::Moment;

/// Tuesday 6 January 2026 and the weeks after.
pub fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 6).unwrap() + Days::new(7 * n)
}

pub fn emotions(list: &[(&str, u8)]) -> Answer {
    Answer::Emotions {
        emotions: list
            .iter()
            .map(|(w, i)| EmotionRating::rated(*w, *i))
            .collect(),
    }
}

/// Words named without saying how strong.
pub fn words(list: &[&str]) -> Answer {
    Answer::Emotions {
        emotions: list.iter().map(|w| EmotionRating::new(*w)).collect(),
    }
}

pub fn text(t: &str) -> Answer {
    Answer::Text { text: t.to_owned() }
}

/// A session `n` weeks in, with what was named before and after.
pub fn session(n: u64, before: &[(&str, u8)], after: &[(&str, u8)]) -> Session {
    let now = day(n).and_hms_opt(20, 0, 0).unwrap();
    let mut s = Session::new(SessionId::from_millis(1000 + n), day(n), now);
    if !before.is_empty() {
        let mut e = Entry::default();
        e.set(prompts::ARRIVING, emotions(before));
        s.put(Moment::Before, e, now);
    }
    if !after.is_empty() {
        let mut e = Entry::default();
        e.set(prompts::FEELING_NOW, emotions(after));
        s.put(Moment::After, e, now);
    }
    s
}

/// Adds an answer to the session's reflection.
pub fn add(s: &mut Session, id: &str, answer: Answer) {
    let now = s.updated;
    let mut e = s.reflection.clone().unwrap_or_default();
    e.set(id, answer);
    s.put(Moment::After, e, now);
}

/// Adds an answer to the session's preparation.
pub fn prepare(s: &mut Session, id: &str, answer: Answer) {
    let now = s.updated;
    let mut e = s.preparation.clone().unwrap_or_default();
    e.set(id, answer);
    s.put(Moment::Before, e, now);
}

/// `count` sessions, `every` days apart from 5 January 2026, each arriving anxious 6 and
/// leaving relieved 2 and 6 in turn, a "withdrawing" tag every third one.
pub fn spread(count: u64, every: u64) -> Vec<Session> {
    (0..count)
        .map(|n| {
            let date = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new(every * n);
            let now = date.and_hms_opt(20, 0, 0).unwrap();
            let mut s = Session::new(SessionId::from_millis(1000 + n), date, now);
            let mut before = Entry::default();
            before.set(prompts::ARRIVING, emotions(&[("anxious", 6)]));
            s.put(Moment::Before, before, now);
            let mut after = Entry::default();
            after.set(
                prompts::FEELING_NOW,
                emotions(&[("relieved", (n % 2 * 4) as u8 + 2)]),
            );
            if n % 3 == 0 {
                after.set(
                    prompts::PATTERNS,
                    Answer::Tags {
                        tags: vec!["withdrawing".into()],
                    },
                );
            }
            s.put(Moment::After, after, now);
            s
        })
        .collect()
}

/// A member's group journal, the same rule as the end-to-end tests' seeded journal: session n
/// (from 0), a week apart from Tuesday 6 January 2026,
/// - arrives anxious 7 in sessions 0-11, hopeful 4 from 12 on, and wants to bring something;
/// - leaves relieved 6 when n is even, hurt 5 when odd;
/// - one "said no" boundary, respected, when n % 4 == 0;
/// - one piece of feedback from JB that partly matches when n % 5 == 0;
/// - people-pleasing noticed when n < 10, withdrawing when n % 3 == 0;
/// - a risk written about from n = 14, something held back while n < 8;
/// - how connected: 2 + n / 3 (at most 10), left unanswered when n % 4 == 3;
/// - something to bring next time when n % 5 == 2 (see `group_carry`).
pub fn group(count: u64) -> Vec<Session> {
    (0..count)
        .map(|n| {
            let now = day(n).and_hms_opt(21, 0, 0).unwrap();
            let mut s = Session::new(SessionId::from_millis(1_000 + n), day(n), now);
            let mut before = Entry::default();
            before.set(
                prompts::ARRIVING,
                if n < 12 {
                    emotions(&[("anxious", 7)])
                } else {
                    emotions(&[("hopeful", 4)])
                },
            );
            before.set(
                prompts::BRING,
                Answer::Bring {
                    text: format!("Something for week {n}"),
                    carried: vec![],
                    only_if_right: false,
                },
            );
            s.put(Moment::Before, before, now);
            let mut after = Entry::default();
            after.set(
                prompts::FEELING_NOW,
                if n % 2 == 0 {
                    emotions(&[("relieved", 6)])
                } else {
                    emotions(&[("hurt", 5)])
                },
            );
            if n % 4 == 0 {
                after.set(
                    prompts::BOUNDARIES,
                    Answer::Boundaries {
                        boundaries: vec![Boundary {
                            kind: Some(BoundaryKind::SaidNo),
                            what_happened: "Said no".into(),
                            respected: Some(Fit::Yes),
                            how_it_felt: String::new(),
                        }],
                    },
                );
            }
            if n % 5 == 0 {
                after.set(
                    prompts::FEEDBACK_RECEIVED,
                    Answer::Feedback {
                        items: vec![FeedbackReceived {
                            what_was_said: "You go quiet when it matters".into(),
                            from: "JB".into(),
                            matches: Some(Fit::Partly),
                            ..Default::default()
                        }],
                    },
                );
            }
            let mut tags = Vec::new();
            if n < 10 {
                tags.push("people-pleasing".to_owned());
            }
            if n % 3 == 0 {
                tags.push("withdrawing".to_owned());
            }
            after.set(prompts::PATTERNS, Answer::Tags { tags });
            if n >= 14 {
                after.set("risk", text("Told them I was hurt"));
            }
            if n < 8 {
                after.set("held-back", text("How angry I was"));
            }
            if n % 4 != 3 {
                after.set(
                    "connection",
                    Answer::Scale {
                        value: (2 + n / 3).min(10) as u8,
                    },
                );
            }
            if n % 5 == 2 {
                after.set(prompts::BRING_NEXT, text("Ask how they saw me"));
            }
            s.put(Moment::After, after, now);
            s
        })
        .collect()
}

/// The carry-forward list of `group(count)`: the k-th thing to bring next time (from
/// sessions 2, 7, 12, ...) was let go when k % 3 == 2, and brought otherwise.
pub fn group_carry(sessions: &[Session]) -> CarryForward {
    let mut list = CarryForward::default();
    for session in sessions {
        list.absorb(session);
    }
    for (k, item) in list.items.iter_mut().enumerate() {
        item.status = if k % 3 == 2 {
            CarryStatus::LetGo
        } else {
            CarryStatus::BroughtIt
        };
    }
    list
}

/// An item on the carry-forward list, for tests that need one of their own.
pub fn carried(session: &Session, status: CarryStatus) -> CarryItem {
    CarryItem {
        id: session.id.0.clone(),
        text: "something".into(),
        status,
    }
}
