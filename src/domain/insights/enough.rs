//! Wait for enough: below its threshold an insight draws no chart and says nothing that claims
//! a pattern; it says instead what will appear, and when.

use super::Overview;

/// How many sessions an insight over time needs before it shows anything: fewer say nothing
/// about how things move.
pub const OVER_TIME: usize = 4;

/// Whether `count` sessions are enough to show a pattern over time.
pub fn enough(count: usize) -> bool {
    count >= OVER_TIME
}

/// The insights, in the order the page shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Insight {
    /// How you arrived, how you left.
    Shift,
    /// How connected you felt to the group.
    Connection,
    /// Emotion families over time.
    Families,
    /// The emotions named most.
    MostNamed,
    Boundaries,
    Feedback,
    Patterns,
    /// Risks taken, things held back, feedback received: moments to open again.
    Moments,
}

impl Insight {
    pub const ALL: [Insight; 8] = [
        Insight::Shift,
        Insight::Connection,
        Insight::Families,
        Insight::MostNamed,
        Insight::Boundaries,
        Insight::Feedback,
        Insight::Patterns,
        Insight::Moments,
    ];

    /// The sessions that count towards it: those where the member answered what it shows
    /// (for boundaries, feedback and patterns, every session chosen: none of them is a
    /// failure to answer).
    pub fn sessions(self, o: &Overview) -> usize {
        let emotions = || {
            o.before_after
                .iter()
                .filter(|r| r.arrived.is_some() || r.left.is_some())
                .count()
        };
        match self {
            Insight::Shift => super::arriving::both_named(&o.before_after),
            Insight::Connection => o.connection.iter().flatten().count(),
            Insight::Families | Insight::MostNamed => emotions(),
            Insight::Boundaries | Insight::Feedback | Insight::Patterns => o.sessions,
            Insight::Moments => o.moments.count() + o.feedback.items.len(),
        }
    }

    /// Whether there is enough to show it.
    pub fn ready(self, o: &Overview) -> bool {
        match self {
            // Moments are the member's own words, one by one: one is enough.
            Insight::Moments => self.sessions(o) > 0,
            _ => enough(self.sessions(o)),
        }
    }

    /// Whether, once ready, there is anything to draw: no chart is drawn empty or all zeros
    /// (its sentence says what will show there).
    pub fn drawn(self, o: &Overview) -> bool {
        match self {
            Insight::Shift => o
                .before_after
                .iter()
                .flat_map(|r| [&r.arrived, &r.left])
                .flatten()
                .any(|felt| felt.placed > 0),
            Insight::Connection => o.connection.iter().any(Option::is_some),
            Insight::Families => o.families.iter().any(|r| r.counts.iter().any(|n| *n > 0)),
            Insight::MostNamed => !o.most_named.is_empty(),
            Insight::Boundaries => o.boundaries.per_session.iter().any(|(_, n)| *n > 0),
            Insight::Feedback => o.feedback.totals.total() > 0,
            Insight::Patterns => !o.patterns.is_empty(),
            Insight::Moments => self.sessions(o) > 0,
        }
    }

    /// What will appear and when, said while there isn't enough yet.
    pub fn waiting(self) -> &'static str {
        match self {
            Insight::Shift => {
                "After four sessions where you name how you arrive and how you leave, you'll \
                 start to see what shifts in between."
            }
            Insight::Connection => {
                "After four sessions where you say how connected you felt to the group, you'll \
                 see it over time."
            }
            Insight::Families => {
                "After four sessions with feelings named, you'll see their families over time."
            }
            Insight::MostNamed => {
                "After four sessions with feelings named, you'll see which ones you name, and how \
                 often."
            }
            Insight::Boundaries => {
                "After four sessions you'll see the boundaries you practise over time."
            }
            Insight::Feedback => {
                "After four sessions you'll see the feedback you receive beside how you think \
                 you come across."
            }
            Insight::Patterns => {
                "After four sessions you'll see which patterns you notice in yourself, and when."
            }
            Insight::Moments => {
                "When you write about a risk you took, something you held back or feedback you \
                 received, it will be here to open again."
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::carry_forward::CarryForward;
    use crate::domain::insights::journals::{add, group, session};
    use crate::domain::insights::{overview, select, Window};
    use crate::domain::journal::Answer;

    fn ready(sessions: &[crate::domain::journal::Session]) -> Vec<Insight> {
        let chosen = select(sessions, Window::All);
        let o = overview(&chosen, &[], &CarryForward::default());
        Insight::ALL.into_iter().filter(|i| i.ready(&o)).collect()
    }

    #[test]
    fn three_sessions_show_no_pattern_and_four_show_every_one() {
        assert_eq!(
            ready(&group(0)),
            [],
            "nothing at all: everything waits, moments too"
        );
        assert_eq!(
            ready(&group(1)),
            [Insight::Moments],
            "one session: only what was written, to open again"
        );
        assert_eq!(ready(&group(3)), [Insight::Moments]);
        // Session 3 left how connected unanswered: three answers are not yet enough.
        let four = ready(&group(4));
        assert_eq!(
            four,
            Insight::ALL
                .into_iter()
                .filter(|i| *i != Insight::Connection)
                .collect::<Vec<_>>()
        );
        assert_eq!(ready(&group(5)), Insight::ALL);
        let sessions = group(5);
        let chosen = select(&sessions, Window::All);
        let o = overview(&chosen, &[], &CarryForward::default());
        assert!(Insight::ALL.into_iter().all(|i| i.drawn(&o)));
    }

    #[test]
    fn each_insight_counts_the_sessions_that_answered_it() {
        // Four sessions; how connected said in three; both halves named in three; feelings
        // named in four.
        let mut sessions = vec![
            session(0, &[("anxious", 5)], &[("calm", 5)]),
            session(1, &[("anxious", 5)], &[("calm", 5)]),
            session(2, &[("anxious", 5)], &[("calm", 5)]),
            session(3, &[("anxious", 5)], &[]),
        ];
        for s in &mut sessions[..3] {
            add(s, "connection", Answer::Scale { value: 6 });
        }
        let chosen = select(&sessions, Window::All);
        let o = overview(&chosen, &[], &CarryForward::default());
        let counted: Vec<(Insight, usize, bool)> = Insight::ALL
            .into_iter()
            .map(|i| (i, i.sessions(&o), i.ready(&o)))
            .collect();
        assert_eq!(
            counted,
            [
                (Insight::Shift, 3, false),
                (Insight::Connection, 3, false),
                (Insight::Families, 4, true),
                (Insight::MostNamed, 4, true),
                (Insight::Boundaries, 4, true),
                (Insight::Feedback, 4, true),
                (Insight::Patterns, 4, true),
                (Insight::Moments, 0, false),
            ]
        );
        // Ready, but with nothing to draw: no boundary, no feedback, no pattern.
        let drawn: Vec<Insight> = Insight::ALL
            .into_iter()
            .filter(|i| i.ready(&o) && i.drawn(&o))
            .collect();
        assert_eq!(drawn, [Insight::Families, Insight::MostNamed]);
        for insight in Insight::ALL {
            let said = insight.waiting();
            assert!(said.contains("will") || said.contains("'ll"), "{said}");
        }
    }
}
