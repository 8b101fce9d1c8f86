//! Feedback the member received, beside how they think they come across: counted only where
//! they said whether it matches.

use chrono::NaiveDate;

use super::answers;
use super::enough::enough;
use super::fits::FitCounts;
use super::periods::{per_period, Grain, Period};
use super::table::Table;
use super::words::join_words;
use crate::domain::journal::{Answer, FeedbackReceived, Fit, Session, SessionId};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feedback {
    pub per_session: Vec<(NaiveDate, FitCounts)>,
    pub totals: FitCounts,
    /// Every item, with the session it is in, newest first.
    pub items: Vec<(SessionId, NaiveDate, FeedbackReceived)>,
}

pub fn feedback(sessions: &[&Session]) -> Feedback {
    let mut result = Feedback::default();
    for session in sessions {
        let mut counts = FitCounts::default();
        for answer in answers(session) {
            if let Answer::Feedback { items } = answer {
                for item in items {
                    if let Some(matches) = item.matches {
                        counts.add(matches);
                    }
                    result
                        .items
                        .push((session.id.clone(), session.date, item.clone()));
                }
            }
        }
        result.totals.add_all(&counts);
        result.per_session.push((session.date, counts));
    }
    result.items.reverse();
    result
}

/// The chart's sentence; below the threshold (sessions chosen), what will appear.
pub fn feedback_summary(f: &Feedback) -> String {
    if !enough(f.per_session.len()) {
        return super::Insight::Feedback.waiting().to_owned();
    }
    let t = f.totals;
    let received = f.items.len();
    if received == 0 {
        return "Feedback you receive will be gathered here, next to how you think you come \
                across."
            .to_owned();
    }
    let pieces = |n: usize| {
        if n == 1 {
            "1 piece of feedback".to_owned()
        } else {
            format!("{n} pieces of feedback")
        }
    };
    let answered = t.total() as usize;
    // Only what the member said is counted: feedback they didn't place is in no tally.
    let parts = |first: &'static str| -> String {
        let parts: Vec<String> = [
            (t.yes, first),
            (t.partly, "partly matched"),
            (t.no, "didn't match"),
            (t.not_sure, "left you unsure"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
        join_words(&parts)
    };
    if answered == received {
        format!(
            "Of the {} you received, {}.",
            pieces(received),
            parts("matched how you think you come across")
        )
    } else if answered == 0 {
        format!("You noted {} you received.", pieces(received))
    } else {
        format!(
            "You noted {} you received. Of the {answered} where you said whether it matches how \
             you think you come across, {}.",
            pieces(received),
            parts("matched")
        )
    }
}

/// Per period, the answers given.
pub fn feedback_by(periods: &[Period], f: &Feedback) -> Vec<FitCounts> {
    per_period(periods, &f.per_session, |total: &mut FitCounts, (_, c)| {
        total.add_all(c)
    })
}

/// Per period: how many matched, partly, didn't, or left the member unsure.
pub fn feedback_table(periods: &[Period], f: &Feedback) -> Table {
    let grain = periods.first().map_or(Grain::Session, |p| p.grain);
    let mut headers = vec![grain.heading().to_owned()];
    headers.extend(Fit::ALL.iter().map(|fit| fit.label().to_owned()));
    Table {
        caption: format!(
            "Feedback received per {}: does it match how I think I come across?",
            grain.word()
        ),
        headers,
        rows: periods
            .iter()
            .zip(feedback_by(periods, f))
            .map(|(p, c)| {
                std::iter::once(p.label())
                    .chain(Fit::ALL.iter().map(|fit| c.get(*fit).to_string()))
                    .collect()
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{add, group, session};
    use crate::domain::insights::periods::periods;
    use crate::domain::insights::{select, Window};
    use crate::domain::prompts;

    fn item(said: &str, matches: Option<Fit>) -> FeedbackReceived {
        FeedbackReceived {
            what_was_said: said.into(),
            matches,
            ..Default::default()
        }
    }

    fn four(first: Vec<FeedbackReceived>, second: Vec<FeedbackReceived>) -> Vec<Session> {
        let mut sessions: Vec<Session> = (0..4).map(|n| session(n, &[], &[("calm", 3)])).collect();
        for (s, items) in sessions.iter_mut().zip([first, second]) {
            if !items.is_empty() {
                add(s, prompts::FEEDBACK_RECEIVED, Answer::Feedback { items });
            }
        }
        sessions
    }

    #[test]
    fn counted_only_where_the_member_said_whether_it_matches() {
        let sessions = four(
            vec![FeedbackReceived {
                from: "JB".into(),
                ..item("You went quiet", Some(Fit::No))
            }],
            vec![
                item("You helped", Some(Fit::Yes)),
                item("You were kind", Some(Fit::Yes)),
            ],
        );
        let all = select(&sessions, Window::All);
        let f = feedback(&all);
        assert_eq!(
            f.totals,
            FitCounts {
                yes: 2,
                no: 1,
                ..FitCounts::default()
            }
        );
        assert_eq!(f.items.len(), 3);
        assert_eq!(
            f.items[2].2.from, "JB",
            "newest first, so the first session's item is last"
        );
        assert_eq!(
            feedback_summary(&f),
            "Of the 3 pieces of feedback you received, 2 matched how you think you come across \
             and 1 didn't match."
        );

        let sessions = four(
            vec![
                item("You went quiet", None),
                item("You seemed sure", Some(Fit::Partly)),
                item("You helped", None),
            ],
            vec![],
        );
        let all = select(&sessions, Window::All);
        let f = feedback(&all);
        assert_eq!(f.items.len(), 3, "every piece is listed");
        assert_eq!(f.per_session[0].1.total(), 1);
        assert_eq!(
            feedback_summary(&f),
            "You noted 3 pieces of feedback you received. Of the 1 where you said whether it \
             matches how you think you come across, 1 partly matched."
        );
        assert!(!feedback_summary(&f).contains("sure"));

        let sessions = four(vec![item("You went quiet", None)], vec![]);
        let all = select(&sessions, Window::All);
        assert_eq!(
            feedback_summary(&feedback(&all)),
            "You noted 1 piece of feedback you received."
        );
    }

    #[test]
    fn the_table_per_session_then_per_month() {
        // Feedback that partly matches in sessions 0, 5, 10, ...
        let sessions = group(6);
        let all = select(&sessions, Window::All);
        let f = feedback(&all);
        let table = feedback_table(&periods(&all), &f);
        assert_eq!(
            table.headers,
            ["Session", "Yes", "Partly", "No", "Not sure"]
        );
        assert_eq!(table.rows[0], ["6 Jan", "0", "1", "0", "0"]);
        assert_eq!(table.rows[1], ["13 Jan", "0", "0", "0", "0"]);
        assert_eq!(table.rows[5], ["10 Feb", "0", "1", "0", "0"]);
        // 60 weeks by month: January 2026 holds sessions 0-3, so one piece.
        let sessions = group(60);
        let all = select(&sessions, Window::All);
        let table = feedback_table(&periods(&all), &feedback(&all));
        assert_eq!(table.headers[0], "Month");
        assert_eq!(table.rows.len(), 14);
        assert_eq!(table.rows[0], ["Jan 2026", "0", "1", "0", "0"]);
        let total: u32 = table
            .rows
            .iter()
            .map(|r| r[2].parse::<u32>().unwrap())
            .sum();
        assert_eq!(total, 12, "sessions 0, 5, ..., 55");
    }

    #[test]
    fn three_sessions_say_only_what_will_appear() {
        let sessions = group(3);
        let all = select(&sessions, Window::All);
        assert_eq!(
            feedback_summary(&feedback(&all)),
            crate::domain::insights::Insight::Feedback.waiting()
        );
    }
}
