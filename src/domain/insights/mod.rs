//! What a member can see of their own patterns over the sessions. Every function here is a
//! pure computation over sessions; the wording of every sentence is an observation, never a
//! score or a judgement, and nothing is framed as a failure. Nothing is said from too little:
//! below its threshold an insight says what will appear and when, and "most often" is said
//! only when one answer leads.
//!
//! One job a file:
//! - `span`: which sessions (the latest few, all, between dates); `periods`: the columns the
//!   charts draw (each session, or gathered by month, quarter or year);
//! - `enough`: the thresholds, and what each insight says while it waits; `lead`: which
//!   answer leads, ties kept as ties; `words`: the English the sentences share;
//! - one file an insight, each with its sentence, its table and what its chart draws:
//!   `arriving` (how you arrived and left: the shift between unpleasant and pleasant),
//!   `connection`, `families`, `most_named`, `boundaries` and `feedback` (with `fits`, the
//!   yes / partly / no / not sure counts they share), `patterns`, `moments` (risks and things
//!   held back, to open again);
//! - `opening`: the page's first sentences, with `bringing` (what was brought and followed
//!   through); `look_back`: then and now.
//!
//! `overview` works it all out once for the sessions chosen.

mod arriving;
mod boundaries;
mod bringing;
mod connection;
mod enough;
mod families;
mod feedback;
mod fits;
#[cfg(test)]
mod journals;
mod lead;
mod look_back;
mod moments;
mod most_named;
mod opening;
mod patterns;
mod periods;
mod span;
mod table;
mod words;

use chrono::NaiveDate;

use crate::domain::carry_forward::CarryForward;
use crate::domain::emotions::OwnEmotionWord;
use crate::domain::journal::{Answer, Session};
use crate::domain::schedule::Moment;

pub use arriving::{
    before_after, before_after_summary, before_after_table, both_named, shift_rows, shift_sentence,
    shifts, BeforeAfter, Felt, Mark, Shift, ShiftRow,
};
pub use boundaries::{
    boundaries, boundaries_by, boundaries_summary, boundaries_table, kinds, Boundaries,
};
pub use bringing::{bringing, bringing_sentence, Bringing};
pub use connection::{
    connection, connection_by, connection_summary, connection_table, Said, CONNECTION,
};
pub use enough::{enough, Insight, OVER_TIME};
pub use families::{
    families_by, families_over_time, families_summary, families_table, FamilyCounts,
};
pub use feedback::{feedback, feedback_by, feedback_summary, feedback_table, Feedback};
pub use fits::FitCounts;
pub use lead::{lead, Lead};
pub use look_back::{bring_words, look_back, look_back_first};
pub use moments::{moments, moments_summary, preview, Moments, Noted};
pub use most_named::{most_named, most_named_summary, most_named_table};
pub use opening::opening;
pub use patterns::{patterns, patterns_by, patterns_summary, patterns_table};
pub use periods::{per_period, periods, Grain, Period, MOST_COLUMNS};
pub use span::{select, Window};
pub use table::Table;
pub use words::{join_words, sessions_phrase, times};

/// How many emotion words the chart of the most named draws.
pub const MOST_NAMED_SHOWN: usize = most_named::SHOWN;
/// How many patterns the chart of patterns draws.
pub const PATTERNS_SHOWN: usize = patterns::SHOWN;

/// Every answer of a session, before group then after.
fn answers<'a>(session: &'a Session) -> impl Iterator<Item = &'a Answer> + 'a {
    [Moment::Before, Moment::After]
        .into_iter()
        .filter_map(|m| session.entry(m))
        .flat_map(|entry| entry.answers.values())
}

/// Everything the insights page draws for the chosen sessions, worked out once.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub sessions: usize,
    pub periods: Vec<Period>,
    pub before_after: Vec<BeforeAfter>,
    /// Per session: how connected, where the member said.
    pub connection: Vec<Option<u8>>,
    pub families: Vec<FamilyCounts>,
    /// Every word named, most first.
    pub most_named: Vec<(String, usize)>,
    pub boundaries: Boundaries,
    pub feedback: Feedback,
    pub patterns: Vec<(String, Vec<NaiveDate>)>,
    /// Per pattern (as ranked), in how many sessions of each period it was noticed.
    pub patterns_by: Vec<Vec<u32>>,
    pub moments: Moments,
    pub bringing: Bringing,
}

impl Overview {
    /// How finely the charts draw these sessions.
    pub fn grain(&self) -> Grain {
        self.periods.first().map_or(Grain::Session, |p| p.grain)
    }
}

/// The whole overview of the chosen sessions (oldest first, as `select` gives them).
pub fn overview(sessions: &[&Session], own: &[OwnEmotionWord], carry: &CarryForward) -> Overview {
    let periods = periods(sessions);
    let patterns = patterns(sessions);
    // Both the halves and the families over time look up the same words.
    let mut lookup = families::Lookup::new(own);
    Overview {
        sessions: sessions.len(),
        patterns_by: patterns_by(&periods, sessions, &patterns),
        periods,
        before_after: arriving::before_after_looked_up(sessions, &mut lookup),
        connection: connection(sessions),
        families: families::families_looked_up(sessions, &mut lookup),
        most_named: most_named(sessions),
        boundaries: boundaries(sessions),
        feedback: feedback(sessions),
        patterns,
        moments: moments(sessions),
        bringing: bringing(sessions, carry),
    }
}

#[cfg(test)]
mod tests {
    use super::journals::group;
    use super::*;

    fn every_sentence(o: &Overview) -> Vec<String> {
        let mut said = opening(o);
        said.extend([
            before_after_summary(&o.before_after),
            connection_summary(&o.connection),
            families_summary(&o.families, Insight::Families.sessions(o)),
            most_named_summary(&o.most_named, o.sessions, Insight::MostNamed.sessions(o)),
            boundaries_summary(&o.boundaries),
            feedback_summary(&o.feedback),
            patterns_summary(&o.patterns, o.sessions),
            moments_summary(Insight::Moments.sessions(o)),
        ]);
        said
    }

    #[test]
    fn an_empty_journal_gives_gentle_invitations_not_zeros() {
        let none: Vec<&Session> = Vec::new();
        let o = overview(&none, &[], &CarryForward::default());
        for said in every_sentence(&o) {
            assert!(
                said.contains("will") || said.contains("'ll") || said.contains("no sessions"),
                "{said}"
            );
            assert!(
                !said.contains(" 0 "),
                "no zeros thrown at an empty journal: {said}"
            );
        }
    }

    #[test]
    fn one_and_three_sessions_claim_no_pattern_anywhere() {
        for count in [1, 3] {
            let sessions = group(count);
            let chosen = select(&sessions, Window::All);
            let o = overview(&chosen, &[], &super::journals::group_carry(&sessions));
            for said in every_sentence(&o) {
                for claim in ["most", "of 1 session", "of 3 sessions", "kept coming back"] {
                    assert!(!said.contains(claim), "{count} sessions: {said}");
                }
            }
            assert!(Insight::ALL
                .into_iter()
                .filter(|i| *i != Insight::Moments)
                .all(|i| !i.ready(&o)));
        }
    }

    #[test]
    fn twenty_sessions_hand_worked() {
        let sessions = group(20);
        let chosen = select(&sessions, Window::All);
        let o = overview(&chosen, &[], &super::journals::group_carry(&sessions));
        assert!(Insight::ALL.into_iter().all(|i| i.ready(&o)));
        // Arrived anxious in 0-11 (stirred up), hopeful in 12-19 (lively); left relieved
        // (settled) 10 times and hurt (heavy) 10: a tie, said as one.
        assert_eq!(
            before_after_summary(&o.before_after),
            "You named how you arrived and how you left in 20 sessions: you moved towards \
             pleasant in 6, towards unpleasant in 4 and stayed where you were in 10. Most often \
             you arrived stirred up; you left settled as often as heavy."
        );
        // Connection: 2 + n / 3, not said when n % 4 == 3 (3, 7, 11, 15, 19); the last said
        // in session 18.
        assert_eq!(
            connection_summary(&o.connection),
            "You said how connected you felt to the group in 15 sessions, between 2 and 8; the \
             last time, 8."
        );
        assert_eq!(
            most_named_summary(&o.most_named, 20, 20),
            "You named \u{201c}anxious\u{201d} most often, in 12 of 20 sessions."
        );
        assert_eq!(
            patterns_summary(&o.patterns, 20),
            "You noticed \u{201c}people-pleasing\u{201d} most often, in 10 of 20 sessions."
        );
        assert_eq!(
            boundaries_summary(&o.boundaries),
            "You practised 5 boundaries across 5 sessions; most often \u{201c}said no\u{201d} \
             (5). Respected 5 times."
        );
        assert_eq!(
            feedback_summary(&o.feedback),
            "Of the 4 pieces of feedback you received, 4 partly matched."
        );
        assert_eq!(Insight::Moments.sessions(&o), 6 + 8 + 4);
    }
}
