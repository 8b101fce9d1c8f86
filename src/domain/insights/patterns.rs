//! Patterns the member noticed in themselves (the tags), and when.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::answers;
use super::enough::enough;
use super::lead::{lead, Lead};
use super::periods::{Grain, Period};
use super::table::Table;
use super::words::{quoted, sessions_phrase};
use crate::domain::journal::{Answer, Session};

/// How many patterns the chart draws.
pub const SHOWN: usize = 6;

/// Each pattern with the dates it was noticed, most often first (equal counts by name, for a
/// steady list; nothing is read into that order).
pub fn patterns(sessions: &[&Session]) -> Vec<(String, Vec<NaiveDate>)> {
    let mut seen: BTreeMap<String, Vec<NaiveDate>> = BTreeMap::new();
    for session in sessions {
        for answer in answers(session) {
            if let Answer::Tags { tags } = answer {
                for tag in tags {
                    let dates = seen.entry(tag.clone()).or_default();
                    if dates.last() != Some(&session.date) {
                        dates.push(session.date);
                    }
                }
            }
        }
    }
    let mut ranked: Vec<_> = seen.into_iter().collect();
    crate::domain::sorting::sort_by(&mut ranked, |a, b| {
        b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0))
    });
    ranked
}

/// The pattern (or two, level) noticed most, with in how many sessions.
pub fn leading(ranked: &[(String, Vec<NaiveDate>)]) -> Option<(Vec<&str>, usize)> {
    match lead(
        ranked
            .iter()
            .map(|(tag, dates)| (tag.as_str(), dates.len())),
    ) {
        Lead::One(tag, n) => Some((vec![tag], n)),
        Lead::Tie(tags, n) if tags.len() == 2 => Some((tags, n)),
        _ => None,
    }
}

/// The chart's sentence; below the threshold (sessions chosen), what will appear.
pub fn patterns_summary(ranked: &[(String, Vec<NaiveDate>)], sessions: usize) -> String {
    if !enough(sessions) {
        return super::Insight::Patterns.waiting().to_owned();
    }
    let of = sessions_phrase(sessions);
    if let [(tag, dates)] = ranked {
        return format!("You noticed {} in {} of {of}.", quoted(tag), dates.len());
    }
    match lead(
        ranked
            .iter()
            .map(|(tag, dates)| (tag.as_str(), dates.len())),
    ) {
        Lead::Nothing => "Patterns you notice will show here, with when they came up.".to_owned(),
        Lead::One(tag, n) => format!("You noticed {} most often, in {n} of {of}.", quoted(tag)),
        Lead::Tie(tags, n) if tags.len() == 2 => format!(
            "You noticed {} and {} equally often, in {n} of {of} each.",
            quoted(tags[0]),
            quoted(tags[1])
        ),
        Lead::Tie(tags, n) => format!(
            "{} patterns came up equally often, in {n} of {of} each.",
            tags.len()
        ),
    }
}

/// In how many sessions of each period each pattern was noticed (`ranked` as `patterns`
/// gives it, for the same sessions).
pub fn patterns_by(
    periods: &[Period],
    sessions: &[&Session],
    ranked: &[(String, Vec<NaiveDate>)],
) -> Vec<Vec<u32>> {
    ranked
        .iter()
        .map(|(_, dates)| {
            periods
                .iter()
                .map(|p| {
                    sessions
                        .get(p.sessions())
                        .unwrap_or(&[])
                        .iter()
                        .filter(|s| dates.binary_search(&s.date).is_ok())
                        .count() as u32
                })
                .collect()
        })
        .collect()
}

/// Each pattern, in how many sessions, and when: the dates, or each period with its count.
pub fn patterns_table(
    periods: &[Period],
    ranked: &[(String, Vec<NaiveDate>)],
    by: &[Vec<u32>],
) -> Table {
    let grain = periods.first().map_or(Grain::Session, |p| p.grain);
    let when = |dates: &[NaiveDate], counts: &[u32]| {
        if grain == Grain::Session {
            dates
                .iter()
                .map(|d| crate::domain::dates::day_short_month(*d))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            periods
                .iter()
                .zip(counts)
                .filter(|(_, n)| **n > 0)
                .map(|(p, n)| format!("{} ({n})", p.label()))
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    Table {
        caption: "Patterns noticed, and when".into(),
        headers: vec!["Pattern".into(), "Sessions".into(), "When".into()],
        rows: ranked
            .iter()
            .zip(by)
            .map(|((tag, dates), counts)| {
                vec![tag.clone(), dates.len().to_string(), when(dates, counts)]
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{add, group, session, spread};
    use crate::domain::insights::periods::periods;
    use crate::domain::insights::{select, Window};
    use crate::domain::prompts;

    fn tagged(n: u64, tags: &[&str]) -> Session {
        let mut s = session(n, &[], &[("calm", 3)]);
        add(
            &mut s,
            prompts::PATTERNS,
            Answer::Tags {
                tags: tags.iter().map(|t| (*t).to_owned()).collect(),
            },
        );
        s
    }

    #[test]
    fn the_pattern_that_leads_with_its_dates() {
        let sessions = vec![
            tagged(0, &["performing", "withdrawing"]),
            tagged(1, &["performing"]),
            tagged(2, &[]),
            tagged(3, &[]),
        ];
        let all = select(&sessions, Window::All);
        let tags = patterns(&all);
        assert_eq!(
            tags[0],
            ("performing".into(), vec![all[0].date, all[1].date])
        );
        assert_eq!(tags[1], ("withdrawing".into(), vec![all[0].date]));
        assert_eq!(
            patterns_summary(&tags, 4),
            "You noticed \u{201c}performing\u{201d} most often, in 2 of 4 sessions."
        );
        let table = patterns_table(
            &periods(&all),
            &tags,
            &patterns_by(&periods(&all), &all, &tags),
        );
        assert_eq!(table.rows[0], ["performing", "2", "6 Jan, 13 Jan"]);
    }

    #[test]
    fn level_patterns_are_said_as_level_or_not_at_all() {
        let sessions = vec![
            tagged(0, &["performing", "withdrawing"]),
            tagged(1, &[]),
            tagged(2, &[]),
            tagged(3, &[]),
        ];
        let all = select(&sessions, Window::All);
        let tags = patterns(&all);
        assert_eq!(
            patterns_summary(&tags, 4),
            "You noticed \u{201c}performing\u{201d} and \u{201c}withdrawing\u{201d} equally \
             often, in 1 of 4 sessions each."
        );
        let sessions = vec![
            tagged(0, &["performing", "withdrawing", "people-pleasing"]),
            tagged(1, &[]),
            tagged(2, &[]),
            tagged(3, &[]),
        ];
        let all = select(&sessions, Window::All);
        let tags = patterns(&all);
        let said = patterns_summary(&tags, 4);
        assert_eq!(
            said,
            "3 patterns came up equally often, in 1 of 4 sessions each."
        );
        assert_eq!(leading(&tags), None);
    }

    #[test]
    fn one_session_says_nothing_of_a_pattern() {
        // The issue: "people-pleasing in 1 of 1 session".
        let sessions = group(1);
        let all = select(&sessions, Window::All);
        let said = patterns_summary(&patterns(&all), 1);
        assert_eq!(said, crate::domain::insights::Insight::Patterns.waiting());
        assert!(!said.contains("1 of 1"));
    }

    #[test]
    fn gathered_by_quarter_every_session_still_counts() {
        // "withdrawing" every third session: 87 of 260, in every quarter.
        let five = spread(260, 7);
        let all = select(&five, Window::All);
        let tags = patterns(&all);
        let by = patterns_by(&periods(&all), &all, &tags);
        assert_eq!(tags[0].1.len(), 87);
        assert_eq!(by[0].iter().sum::<u32>(), 87);
        assert!(by[0].iter().all(|n| *n > 0));
    }
}
