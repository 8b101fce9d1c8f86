//! Boundaries the member practised: per session, by kind where they chose one, and whether
//! they were respected where the member said.

use chrono::NaiveDate;

use super::answers;
use super::enough::enough;
use super::fits::FitCounts;
use super::lead::{lead, Lead};
use super::periods::{per_period, Grain, Period};
use super::table::Table;
use super::words::{capitalise, join_words, quoted, sessions_phrase, times};
use crate::domain::journal::{Answer, BoundaryKind, Session};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Boundaries {
    /// Per session: date and how many boundaries.
    pub per_session: Vec<(NaiveDate, u32)>,
    /// How many of each kind, in the order of `BoundaryKind::ALL`.
    pub by_kind: Vec<(BoundaryKind, u32)>,
    pub respected: FitCounts,
}

pub fn boundaries(sessions: &[&Session]) -> Boundaries {
    let mut result = Boundaries {
        by_kind: BoundaryKind::ALL.iter().map(|k| (*k, 0)).collect(),
        ..Boundaries::default()
    };
    for session in sessions {
        let mut count = 0;
        for answer in answers(session) {
            if let Answer::Boundaries { boundaries } = answer {
                for boundary in boundaries {
                    count += 1;
                    if let Some(respected) = boundary.respected {
                        result.respected.add(respected);
                    }
                    if let Some(slot) = boundary
                        .kind
                        .and_then(|kind| result.by_kind.iter_mut().find(|(k, _)| *k == kind))
                    {
                        slot.1 += 1;
                    }
                }
            }
        }
        result.per_session.push((session.date, count));
    }
    result
}

/// The chart's sentence; below the threshold (sessions chosen), what will appear.
pub fn boundaries_summary(b: &Boundaries) -> String {
    if !enough(b.per_session.len()) {
        return super::Insight::Boundaries.waiting().to_owned();
    }
    let total: u32 = b.per_session.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return "Boundaries you practise will be counted here. Small ones count.".to_owned();
    }
    let sessions = b.per_session.iter().filter(|(_, n)| *n > 0).count();
    let mut said = format!(
        "You practised {total} {} across {}",
        if total == 1 { "boundary" } else { "boundaries" },
        sessions_phrase(sessions),
    );
    // Of the kinds the member chose: the one that leads, or two level; nothing when no kind
    // was chosen, or more are level.
    let kind = |k: &BoundaryKind| quoted(&k.label().to_lowercase());
    match lead(b.by_kind.iter().map(|(k, n)| (k, *n as usize))) {
        Lead::One(k, n) => said.push_str(&format!("; most often {} ({n})", kind(k))),
        Lead::Tie(kinds, n) if kinds.len() == 2 => said.push_str(&format!(
            "; {} as often as {} ({n} each)",
            kind(kinds[0]),
            kind(kinds[1])
        )),
        _ => {}
    }
    said.push('.');
    // Only what happened is named: no row of zeros, and nothing for a question left alone.
    let outcomes: Vec<String> = [
        (b.respected.yes, "respected"),
        (b.respected.partly, "partly respected"),
        (b.respected.no, "not respected"),
        (b.respected.not_sure, "you weren't sure"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{what} {}", times(*n)))
    .collect();
    let answered = b.respected.total();
    if answered == total {
        said.push_str(&format!(" {}.", capitalise(&join_words(&outcomes))));
    } else if answered > 0 {
        said.push_str(&format!(
            " You said whether {answered} of them {} respected: {}.",
            if answered == 1 { "was" } else { "were" },
            join_words(&outcomes)
        ));
    }
    said
}

/// Per period, how many boundaries.
pub fn boundaries_by(periods: &[Period], b: &Boundaries) -> Vec<u32> {
    per_period(periods, &b.per_session, |total: &mut u32, (_, n)| {
        *total += n
    })
}

/// The kinds chosen, with how many of each (kinds never chosen left out).
pub fn kinds(b: &Boundaries) -> Vec<(String, u32)> {
    b.by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| (k.label().to_owned(), *n))
        .collect()
}

/// Per period, then by kind.
pub fn boundaries_table(periods: &[Period], b: &Boundaries) -> Table {
    let grain = periods.first().map_or(Grain::Session, |p| p.grain);
    let mut rows: Vec<Vec<String>> = periods
        .iter()
        .zip(boundaries_by(periods, b))
        .map(|(p, n)| vec![p.label(), n.to_string()])
        .collect();
    rows.extend(kinds(b).into_iter().map(|(k, n)| vec![k, n.to_string()]));
    Table {
        caption: format!("Boundaries per {}, then by kind", grain.word()),
        headers: vec![format!("{} or kind", grain.heading()), "Boundaries".into()],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{add, group, session};
    use crate::domain::insights::periods::periods;
    use crate::domain::insights::{select, Window};
    use crate::domain::journal::{Boundary, Fit};
    use crate::domain::prompts;

    fn boundary(kind: Option<BoundaryKind>, respected: Option<Fit>) -> Boundary {
        Boundary {
            kind,
            respected,
            what_happened: "Said so".into(),
            ..Boundary::default()
        }
    }

    /// Four sessions: the first two with these boundaries, the others with none.
    fn four(first: Vec<Boundary>, second: Vec<Boundary>) -> Vec<Session> {
        let mut sessions: Vec<Session> = (0..4).map(|n| session(n, &[], &[("calm", 3)])).collect();
        for (s, list) in sessions.iter_mut().zip([first, second]) {
            if !list.is_empty() {
                add(
                    s,
                    prompts::BOUNDARIES,
                    Answer::Boundaries { boundaries: list },
                );
            }
        }
        sessions
    }

    #[test]
    fn counted_per_session_with_the_kind_that_leads() {
        use BoundaryKind::*;
        let sessions = four(
            vec![
                boundary(Some(SaidNo), Some(Fit::Yes)),
                boundary(Some(SaidNo), Some(Fit::Partly)),
            ],
            vec![boundary(Some(SpokeUp), Some(Fit::Yes))],
        );
        let all = select(&sessions, Window::All);
        let b = boundaries(&all);
        assert_eq!(b.per_session[..2], [(all[0].date, 2), (all[1].date, 1)]);
        assert_eq!(
            b.respected,
            FitCounts {
                yes: 2,
                partly: 1,
                ..FitCounts::default()
            }
        );
        assert_eq!(
            boundaries_summary(&b),
            "You practised 3 boundaries across 2 sessions; most often \u{201c}said no\u{201d} \
             (2). Respected twice and partly respected once."
        );
        let table = boundaries_table(&periods(&all), &b);
        assert_eq!(
            table.rows.len(),
            4 + 2,
            "a row a session, then a row a kind"
        );
        assert_eq!(table.rows[4], ["Said no", "2"]);
    }

    #[test]
    fn two_kinds_level_are_said_as_level_and_three_not_at_all() {
        use BoundaryKind::*;
        let sessions = four(
            vec![boundary(Some(SaidNo), None)],
            vec![boundary(Some(SpokeUp), None)],
        );
        let all = select(&sessions, Window::All);
        assert_eq!(
            boundaries_summary(&boundaries(&all)),
            "You practised 2 boundaries across 2 sessions; \u{201c}said no\u{201d} as often as \
             \u{201c}spoke up\u{201d} (1 each)."
        );
        let sessions = four(
            vec![
                boundary(Some(SaidNo), None),
                boundary(Some(TookSpace), None),
            ],
            vec![boundary(Some(SpokeUp), None)],
        );
        let all = select(&sessions, Window::All);
        let said = boundaries_summary(&boundaries(&all));
        assert_eq!(said, "You practised 3 boundaries across 2 sessions.");
    }

    #[test]
    fn a_question_left_unanswered_is_counted_nowhere() {
        let sessions = four(
            vec![
                boundary(None, None),
                boundary(Some(BoundaryKind::TookSpace), None),
                boundary(None, Some(Fit::No)),
            ],
            vec![],
        );
        let all = select(&sessions, Window::All);
        let b = boundaries(&all);
        assert_eq!(b.per_session[0].1, 3, "each one practised");
        assert_eq!(
            kinds(&b),
            [("Took space".to_owned(), 1)],
            "a boundary without a kind is under no kind"
        );
        assert_eq!(
            b.respected,
            FitCounts {
                no: 1,
                ..FitCounts::default()
            },
            "only the one answered"
        );
        assert_eq!(
            boundaries_summary(&b),
            "You practised 3 boundaries across 1 session; most often \u{201c}took space\u{201d} \
             (1). You said whether 1 of them was respected: not respected once."
        );
        let sessions = four(vec![boundary(None, None)], vec![]);
        let all = select(&sessions, Window::All);
        let b = boundaries(&all);
        assert_eq!(b.respected.total(), 0);
        assert_eq!(
            boundaries_summary(&b),
            "You practised 1 boundary across 1 session."
        );
    }

    #[test]
    fn three_sessions_say_only_what_will_appear() {
        let sessions = group(3);
        let all = select(&sessions, Window::All);
        assert_eq!(
            boundaries_summary(&boundaries(&all)),
            crate::domain::insights::Insight::Boundaries.waiting()
        );
        let none: Vec<&Session> = Vec::new();
        assert_eq!(boundaries(&none).per_session, vec![]);
    }
}
