//! How the member arrived and how they left: where each half sits between unpleasant and
//! pleasant (the families of the words they named), the move between the two, and how strong,
//! only where they said how strong.

use chrono::NaiveDate;

use super::enough::enough;
use super::families::Lookup;
use super::lead::{lead, Lead};
use super::periods::{Grain, Period};
use super::table::Table;
use super::words::{capitalise, join_words, sessions_phrase};
use crate::domain::emotions::{EmotionRating, Family, OwnEmotionWord};
use crate::domain::journal::{Entry, Session, SessionId};
use crate::domain::schedule::Moment;

pub(super) fn emotions_of(entry: Option<&Entry>) -> &[EmotionRating] {
    entry.map(Entry::emotions).unwrap_or(&[])
}

/// One half of a session (arriving or leaving), as the member named it.
#[derive(Debug, Clone, PartialEq)]
pub struct Felt {
    /// The strongest word named (the first named, where no strength was given).
    pub word: String,
    /// Only where the member said how strong.
    pub intensity: Option<u8>,
    pub family: Option<Family>,
    /// Of the words named that have a family (ours, or the member's own words they placed),
    /// how many are pleasant, and how many there are.
    pub pleasant: u32,
    pub placed: u32,
}

impl Felt {
    fn of<'a>(emotions: &'a [EmotionRating], lookup: &mut Lookup<'a>) -> Option<Felt> {
        // The first of the strongest: a word without a strength never outranks one with.
        let mut strongest: Option<(&EmotionRating, Option<Family>)> = None;
        let (mut pleasant, mut placed) = (0, 0);
        for rating in emotions {
            let family = lookup.family(&rating.word);
            if let Some(family) = family {
                placed += 1;
                pleasant += u32::from(family.pleasant());
            }
            if strongest.is_none_or(|(best, _)| rating.intensity > best.intensity) {
                strongest = Some((rating, family));
            }
        }
        let (strongest, family) = strongest?;
        Some(Felt {
            word: strongest.word.clone(),
            intensity: strongest.intensity,
            family,
            pleasant,
            placed,
        })
    }

    /// Where it sits, from unpleasant (0) to pleasant (1): the share of pleasant words among
    /// those with a family. None when no word named has one.
    pub fn place(&self) -> Option<f64> {
        (self.placed > 0).then(|| f64::from(self.pleasant) / f64::from(self.placed))
    }

    /// "pleasant", "unpleasant" or "mixed".
    pub fn place_word(&self) -> Option<&'static str> {
        match (self.pleasant, self.placed) {
            (_, 0) => None,
            (0, _) => Some("unpleasant"),
            (p, n) if p == n => Some("pleasant"),
            _ => Some("mixed"),
        }
    }
}

/// How the member arrived and how they left, for one session.
#[derive(Debug, Clone, PartialEq)]
pub struct BeforeAfter {
    pub session: SessionId,
    pub date: NaiveDate,
    pub arrived: Option<Felt>,
    pub left: Option<Felt>,
}

/// Which way the member moved between arriving and leaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    TowardsPleasant,
    TowardsUnpleasant,
    Stayed,
}

impl Shift {
    pub const ALL: [Shift; 3] = [
        Shift::TowardsPleasant,
        Shift::TowardsUnpleasant,
        Shift::Stayed,
    ];

    /// For a table: "towards pleasant", "towards unpleasant", "stayed".
    pub fn label(self) -> &'static str {
        match self {
            Shift::TowardsPleasant => "towards pleasant",
            Shift::TowardsUnpleasant => "towards unpleasant",
            Shift::Stayed => "stayed",
        }
    }
}

impl BeforeAfter {
    /// The move between arriving and leaving, where both halves have a place.
    pub fn shift(&self) -> Option<Shift> {
        let (a, l) = (self.arrived.as_ref()?, self.left.as_ref()?);
        if a.placed == 0 || l.placed == 0 {
            return None;
        }
        // Compared as fractions, exactly.
        let arrived = a.pleasant * l.placed;
        let left = l.pleasant * a.placed;
        Some(match left.cmp(&arrived) {
            std::cmp::Ordering::Greater => Shift::TowardsPleasant,
            std::cmp::Ordering::Less => Shift::TowardsUnpleasant,
            std::cmp::Ordering::Equal => Shift::Stayed,
        })
    }
}

pub fn before_after(sessions: &[&Session], own: &[OwnEmotionWord]) -> Vec<BeforeAfter> {
    before_after_looked_up(sessions, &mut Lookup::new(own))
}

/// `before_after`, with families looked up in `lookup`.
pub fn before_after_looked_up<'a>(
    sessions: &[&'a Session],
    lookup: &mut Lookup<'a>,
) -> Vec<BeforeAfter> {
    sessions
        .iter()
        .map(|s| BeforeAfter {
            session: s.id.clone(),
            date: s.date,
            arrived: Felt::of(emotions_of(s.entry(Moment::Before)), lookup),
            left: Felt::of(emotions_of(s.entry(Moment::After)), lookup),
        })
        .collect()
}

/// Sessions where both halves were named.
pub fn both_named(rows: &[BeforeAfter]) -> usize {
    rows.iter()
        .filter(|r| r.arrived.is_some() && r.left.is_some())
        .count()
}

/// How many sessions moved each way, in the order of `Shift::ALL`.
pub fn shifts(rows: &[BeforeAfter]) -> [usize; 3] {
    let mut counts = [0; 3];
    for shift in rows.iter().filter_map(BeforeAfter::shift) {
        if let Some(i) = Shift::ALL.iter().position(|s| *s == shift) {
            counts[i] += 1;
        }
    }
    counts
}

/// "moved towards pleasant in 6, towards unpleasant in 4 and stayed where you were in 10",
/// leaving out the ways nobody moved; `of` follows the first number ("of 20 sessions").
fn shift_clause(counts: [usize; 3], of: &str) -> Option<String> {
    let mut parts = Vec::new();
    let mut moved = false;
    for (shift, n) in Shift::ALL.into_iter().zip(counts) {
        if n == 0 {
            continue;
        }
        let n = if parts.is_empty() {
            format!("{n}{of}")
        } else {
            n.to_string()
        };
        parts.push(match shift {
            Shift::Stayed => format!("stayed where you were in {n}"),
            towards if moved => format!("{} in {n}", towards.label()),
            towards => {
                moved = true;
                format!("moved {} in {n}", towards.label())
            }
        });
    }
    (!parts.is_empty()).then(|| join_words(&parts))
}

/// The opening's sentence about the shift: "Between arriving and leaving you moved towards
/// pleasant in 6 of 20 sessions, towards unpleasant in 4 and stayed where you were in 10."
/// Nothing below the threshold.
pub fn shift_sentence(rows: &[BeforeAfter]) -> Option<String> {
    let counts = shifts(rows);
    let placed: usize = counts.iter().sum();
    if !enough(placed) {
        return None;
    }
    let of = if placed == rows.len() {
        format!(" of {}", sessions_phrase(placed))
    } else {
        format!(" of the {placed} sessions where you named both")
    };
    shift_clause(counts, &of).map(|clause| format!("Between arriving and leaving you {clause}."))
}

/// "you arrived stirred up as often as heavy", or "most often you arrived stirred up".
fn half_clause(lead: &Lead<Family>, verb: &str) -> Option<String> {
    let name = |f: &Family| f.name().to_lowercase();
    match lead {
        Lead::One(family, _) => Some(format!("most often you {verb} {}", name(family))),
        Lead::Tie(families, _) if families.len() == 2 => Some(format!(
            "you {verb} {} as often as {}",
            name(&families[0]),
            name(&families[1])
        )),
        _ => None,
    }
}

/// Which family the member most often arrived with and left with, only where one leads; a
/// tie of two is said as a tie, a wider one not at all.
fn families_sentence(rows: &[BeforeAfter]) -> Option<String> {
    let both: Vec<_> = rows
        .iter()
        .filter_map(|r| Some((r.arrived.as_ref()?, r.left.as_ref()?)))
        .collect();
    let count = |half: &dyn Fn(&(&Felt, &Felt)) -> Option<Family>| {
        lead(Family::ALL.map(|family| {
            let n = both
                .iter()
                .filter(|pair| half(pair) == Some(family))
                .count();
            (family, n)
        }))
    };
    let arrived = count(&|(a, _)| a.family);
    let left = count(&|(_, l)| l.family);
    if let (Lead::One(a, _), Lead::One(l, _)) = (&arrived, &left) {
        return Some(format!(
            "Most often you arrived {} and left {}.",
            a.name().to_lowercase(),
            l.name().to_lowercase()
        ));
    }
    let clauses: Vec<String> = [half_clause(&arrived, "arrived"), half_clause(&left, "left")]
        .into_iter()
        .flatten()
        .collect();
    (!clauses.is_empty()).then(|| format!("{}.", capitalise(&clauses.join("; "))))
}

/// The chart's sentence: in how many sessions both halves were named, which way the member
/// moved, and which family led, if one did. Below the threshold, what will appear.
pub fn before_after_summary(rows: &[BeforeAfter]) -> String {
    let both = both_named(rows);
    if !enough(both) {
        return super::Insight::Shift.waiting().to_owned();
    }
    let mut said = format!(
        "You named how you arrived and how you left in {}",
        sessions_phrase(both)
    );
    match shift_clause(shifts(rows), "") {
        Some(clause) => said.push_str(&format!(": you {clause}.")),
        None => said.push('.'),
    }
    if let Some(families) = families_sentence(rows) {
        said.push(' ');
        said.push_str(&families);
    }
    said
}

/// A mark on the chart: where a half sits (0 unpleasant to 1 pleasant) and, where the member
/// said, how strong (0 to 10).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    pub place: f64,
    pub strength: Option<f64>,
}

/// One row of the chart: a session, or the average of a month, quarter or year.
#[derive(Debug, Clone, PartialEq)]
pub struct ShiftRow {
    pub label: String,
    pub arrived: Option<Mark>,
    pub left: Option<Mark>,
}

fn average(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, count) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (count > 0).then(|| sum / f64::from(count))
}

fn mark<'a>(halves: impl Iterator<Item = &'a Felt> + Clone) -> Option<Mark> {
    Some(Mark {
        place: average(halves.clone().filter_map(Felt::place))?,
        strength: average(halves.filter_map(|f| f.intensity).map(f64::from)),
    })
}

/// The chart's rows, one per period.
pub fn shift_rows(periods: &[Period], rows: &[BeforeAfter]) -> Vec<ShiftRow> {
    periods
        .iter()
        .map(|p| {
            let rows = rows.get(p.sessions()).unwrap_or(&[]);
            ShiftRow {
                label: p.label(),
                arrived: mark(rows.iter().filter_map(|r| r.arrived.as_ref())),
                left: mark(rows.iter().filter_map(|r| r.left.as_ref())),
            }
        })
        .collect()
}

fn felt_cell(felt: &Option<Felt>) -> String {
    let Some(f) = felt else {
        return "not written".to_owned();
    };
    let family = f.family.map(Family::name).unwrap_or("your own word");
    match f.intensity {
        Some(n) => format!("{} {n} ({family})", f.word),
        None => format!("{} ({family})", f.word),
    }
}

/// "unpleasant 3, pleasant 1; 6.5 strong on average", for a month, quarter or year.
fn gathered_cell(halves: &[&Felt]) -> String {
    if halves.is_empty() {
        return "not written".to_owned();
    }
    let places: Vec<String> = ["unpleasant", "mixed", "pleasant"]
        .into_iter()
        .map(|word| {
            let n = halves
                .iter()
                .filter(|f| f.place_word() == Some(word))
                .count();
            (word, n)
        })
        .filter(|(_, n)| *n > 0)
        .map(|(word, n)| format!("{word} {n}"))
        .collect();
    let places = if places.is_empty() {
        "in your own words".to_owned()
    } else {
        places.join(", ")
    };
    match average(halves.iter().filter_map(|f| f.intensity).map(f64::from)) {
        Some(strength) => format!("{places}; {strength:.1} strong on average"),
        None => places,
    }
}

fn shifts_cell(rows: &[BeforeAfter]) -> String {
    Shift::ALL
        .into_iter()
        .zip(shifts(rows))
        .filter(|(_, n)| *n > 0)
        .map(|(shift, n)| format!("{} {n}", shift.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The numbers behind the chart: per session, the strongest word each side and the move; per
/// month, quarter or year, where the sessions sat and how they moved.
pub fn before_after_table(periods: &[Period], rows: &[BeforeAfter]) -> Table {
    let grain = periods.first().map_or(Grain::Session, |p| p.grain);
    let body = periods
        .iter()
        .map(|p| {
            let rows = rows.get(p.sessions()).unwrap_or(&[]);
            if grain == Grain::Session {
                let row = rows.first();
                vec![
                    p.label(),
                    felt_cell(&row.and_then(|r| r.arrived.clone())),
                    felt_cell(&row.and_then(|r| r.left.clone())),
                    row.and_then(BeforeAfter::shift)
                        .map_or("", Shift::label)
                        .to_owned(),
                ]
            } else {
                let arrived: Vec<&Felt> = rows.iter().filter_map(|r| r.arrived.as_ref()).collect();
                let left: Vec<&Felt> = rows.iter().filter_map(|r| r.left.as_ref()).collect();
                vec![
                    p.label(),
                    gathered_cell(&arrived),
                    gathered_cell(&left),
                    shifts_cell(rows),
                ]
            }
        })
        .collect();
    let per = format!("per {}", grain.word());
    Table {
        caption: format!("How you arrived and how you left, {per}: the strongest feeling on each side and which way you moved"),
        headers: vec![
            grain.heading().into(),
            "Arrived".into(),
            "Left".into(),
            "Between".into(),
        ],
        rows: body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{group, session, words};
    use crate::domain::insights::periods::periods;
    use crate::domain::insights::{select, Window};

    #[test]
    fn the_strongest_word_and_where_the_half_sits() {
        let s = session(0, &[("anxious", 8), ("hopeful", 3)], &[("relieved", 6)]);
        let rows = before_after(&[&s], &[]);
        let arrived = rows[0].arrived.as_ref().unwrap();
        assert_eq!(
            (arrived.word.as_str(), arrived.family),
            ("anxious", Some(Family::StirredUp))
        );
        assert_eq!((arrived.pleasant, arrived.placed), (1, 2));
        assert_eq!(arrived.place_word(), Some("mixed"));
        assert_eq!(rows[0].left.as_ref().unwrap().place(), Some(1.0));
        assert_eq!(rows[0].shift(), Some(Shift::TowardsPleasant));
    }

    #[test]
    fn a_word_without_a_strength_is_never_given_one() {
        let mut s = session(0, &[], &[]);
        crate::domain::insights::journals::prepare(&mut s, "arriving", words(&["tired", "calm"]));
        let rows = before_after(&[&s], &[]);
        let arrived = rows[0].arrived.as_ref().unwrap();
        assert_eq!((arrived.word.as_str(), arrived.intensity), ("tired", None));
        assert_eq!(arrived.place_word(), Some("mixed"));
        assert!(rows[0].left.is_none());
        assert_eq!(rows[0].shift(), None, "only one half: no move");
    }

    #[test]
    fn own_words_without_a_family_have_no_place() {
        let own = session(1, &[("fizzy", 5)], &[("wobbly", 5)]);
        let rows = before_after(&[&own], &[]);
        assert_eq!(rows[0].arrived.as_ref().unwrap().family, None);
        assert_eq!(rows[0].arrived.as_ref().unwrap().place(), None);
        assert_eq!(rows[0].shift(), None);
    }

    #[test]
    fn below_four_sessions_nothing_about_a_shift_is_said() {
        for count in 0..4 {
            let sessions = group(count);
            let all = select(&sessions, Window::All);
            let rows = before_after(&all, &[]);
            assert_eq!(
                before_after_summary(&rows),
                super::super::Insight::Shift.waiting()
            );
            assert_eq!(shift_sentence(&rows), None);
        }
    }

    #[test]
    fn sixteen_sessions_hand_worked() {
        // Arriving anxious (unpleasant) in 0-11, hopeful (pleasant) in 12-15; leaving relieved
        // (pleasant) when even, hurt (unpleasant) when odd. Towards pleasant: 0, 2, .., 10 (6);
        // towards unpleasant: 13, 15 (2); stayed: the odd ones to 11 and 12, 14 (8).
        let sessions = group(16);
        let all = select(&sessions, Window::All);
        let rows = before_after(&all, &[]);
        assert_eq!(shifts(&rows), [6, 2, 8]);
        assert_eq!(
            shift_sentence(&rows).unwrap(),
            "Between arriving and leaving you moved towards pleasant in 6 of 16 sessions, \
             towards unpleasant in 2 and stayed where you were in 8."
        );
        // Arrived stirred up 12 times, lively 4; left settled 8 times and heavy 8: a tie.
        assert_eq!(
            before_after_summary(&rows),
            "You named how you arrived and how you left in 16 sessions: you moved towards \
             pleasant in 6, towards unpleasant in 2 and stayed where you were in 8. Most often \
             you arrived stirred up; you left settled as often as heavy."
        );
    }

    #[test]
    fn ties_never_come_out_as_most_often() {
        // Two sessions each of stirred up, heavy and settled on arriving; left settled in all.
        let sessions: Vec<_> = ["anxious", "anxious", "sad", "sad", "calm", "calm"]
            .iter()
            .enumerate()
            .map(|(n, w)| session(n as u64, &[(w, 5)], &[("calm", 5)]))
            .collect();
        let all = select(&sessions, Window::All);
        let rows = before_after(&all, &[]);
        let said = before_after_summary(&rows);
        assert!(
            said.ends_with("stayed where you were in 2. Most often you left settled."),
            "a three-way tie on arriving is left unsaid: {said}"
        );
        let two: Vec<_> = ["anxious", "sad", "anxious", "sad"]
            .iter()
            .enumerate()
            .map(|(n, w)| session(n as u64, &[(w, 5)], &[(*w, 5)]))
            .collect();
        let all = select(&two, Window::All);
        let said = before_after_summary(&before_after(&all, &[]));
        assert!(
            said.ends_with(
                "You arrived stirred up as often as heavy; you left stirred up as often as heavy."
            ),
            "{said}"
        );
        assert!(!said.contains("most often") && !said.contains("Most often"));
    }

    #[test]
    fn the_table_says_each_side_and_the_move_per_session_then_per_month() {
        let sessions = group(4);
        let all = select(&sessions, Window::All);
        let rows = before_after(&all, &[]);
        let table = before_after_table(&periods(&all), &rows);
        assert_eq!(table.headers, ["Session", "Arrived", "Left", "Between"]);
        assert_eq!(
            table.rows[0],
            [
                "6 Jan",
                "anxious 7 (Stirred up)",
                "relieved 6 (Settled)",
                "towards pleasant"
            ]
        );
        assert_eq!(
            table.rows[1],
            [
                "13 Jan",
                "anxious 7 (Stirred up)",
                "hurt 5 (Heavy)",
                "stayed"
            ]
        );
        // 60 weeks: by month. January 2026 holds sessions 0-3.
        let sessions = group(60);
        let all = select(&sessions, Window::All);
        let rows = before_after(&all, &[]);
        let table = before_after_table(&periods(&all), &rows);
        assert_eq!(table.headers[0], "Month");
        assert_eq!(
            table.rows[0],
            [
                "Jan 2026",
                "unpleasant 4; 7.0 strong on average",
                "unpleasant 2, pleasant 2; 5.5 strong on average",
                "towards pleasant 2, stayed 2"
            ]
        );
        let chart = shift_rows(&periods(&all), &rows);
        assert_eq!(chart.len(), 14);
        assert_eq!(
            chart[0].arrived,
            Some(Mark {
                place: 0.0,
                strength: Some(7.0)
            })
        );
        assert_eq!(
            chart[0].left,
            Some(Mark {
                place: 0.5,
                strength: Some(5.5)
            })
        );
    }
}
