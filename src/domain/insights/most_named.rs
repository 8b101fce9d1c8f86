//! The emotion words named, and in how many sessions each: a word named twice in one session
//! counts once.

use std::collections::BTreeMap;

use super::arriving::emotions_of;
use super::enough::enough;
use super::lead::{lead, Lead};
use super::table::Table;
use super::words::{quoted, sessions_phrase};
use crate::domain::journal::Session;
use crate::domain::schedule::Moment;

/// How many words the chart and its table show.
pub const SHOWN: usize = 8;

/// Every emotion word and in how many sessions it was named, most first (equal counts in the
/// order of the words, for a steady list; nothing is read into that order).
pub fn most_named(sessions: &[&Session]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for session in sessions {
        let mut words: Vec<&str> = [Moment::Before, Moment::After]
            .into_iter()
            .flat_map(|m| emotions_of(session.entry(m)))
            .map(|r| r.word.as_str())
            .collect();
        crate::domain::sorting::sort(&mut words);
        words.dedup();
        for word in words {
            *counts.entry(word.to_owned()).or_default() += 1;
        }
    }
    let mut ranked: Vec<_> = counts.into_iter().collect();
    crate::domain::sorting::sort_by(&mut ranked, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    ranked
}

/// The word (or two words, tied) named most, with their count: nothing for a wider tie.
pub fn leading(ranked: &[(String, usize)]) -> Option<(Vec<&str>, usize)> {
    match lead(ranked.iter().map(|(w, n)| (w.as_str(), *n))) {
        Lead::One(word, n) => Some((vec![word], n)),
        Lead::Tie(words, n) if words.len() == 2 => Some((words, n)),
        _ => None,
    }
}

/// The chart's sentence. `sessions` is how many were chosen, `named` how many of them named
/// a feeling; below the threshold, what will appear.
pub fn most_named_summary(ranked: &[(String, usize)], sessions: usize, named: usize) -> String {
    if !enough(named) {
        return super::Insight::MostNamed.waiting().to_owned();
    }
    let of = sessions_phrase(sessions);
    if let [(word, n)] = ranked {
        return format!("You named {} in {n} of {of}.", quoted(word));
    }
    match lead(ranked.iter().map(|(w, n)| (w.as_str(), *n))) {
        Lead::Nothing => "Emotions you name will be counted here.".to_owned(),
        Lead::One(word, n) => format!("You named {} most often, in {n} of {of}.", quoted(word)),
        Lead::Tie(words, n) if words.len() == 2 => format!(
            "You named {} and {} equally often, in {n} of {of} each.",
            quoted(words[0]),
            quoted(words[1])
        ),
        Lead::Tie(words, n) => format!(
            "{} feelings came up equally often, in {n} of {of} each.",
            words.len()
        ),
    }
}

/// The words the chart draws, with their numbers.
pub fn most_named_table(ranked: &[(String, usize)]) -> Table {
    Table {
        caption: "Emotions named most often, and in how many sessions".into(),
        headers: vec!["Emotion".into(), "Sessions".into()],
        rows: ranked
            .iter()
            .take(SHOWN)
            .map(|(w, n)| vec![w.clone(), n.to_string()])
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{add, emotions, group, session};
    use crate::domain::insights::{select, Window};
    use crate::domain::prompts;

    #[test]
    fn sessions_are_counted_not_mentions() {
        // 40 weeks: anxious on arrival for the first 30, calm after; anxious twice in week 3.
        let sessions: Vec<_> = (0..40)
            .map(|n| {
                let before: &[(&str, u8)] = if n < 30 {
                    &[("anxious", 6)]
                } else {
                    &[("calm", 5)]
                };
                let mut s = session(n, before, &[("anxious", 2)]);
                if n == 3 {
                    add(
                        &mut s,
                        prompts::FEELING_NOW,
                        emotions(&[("anxious", 2), ("hurt", 4)]),
                    );
                }
                s
            })
            .collect();
        let all = select(&sessions, Window::All);
        let ranked = most_named(&all);
        assert_eq!(ranked[0], ("anxious".into(), 40));
        assert_eq!(ranked[1], ("calm".into(), 10));
        assert_eq!(
            most_named_summary(&ranked, 40, 40),
            "You named \u{201c}anxious\u{201d} most often, in 40 of 40 sessions."
        );
        let last8 = select(&sessions, Window::Last(8));
        assert_eq!(most_named(&last8)[0], ("anxious".into(), 8));
    }

    #[test]
    fn a_tie_is_said_as_a_tie_or_not_at_all() {
        // Seven words, each once, in four sessions (the seven-way tie).
        let seven = [
            "anxious", "calm", "hopeful", "hurt", "proud", "sad", "tired",
        ];
        let sessions: Vec<_> = (0..4)
            .map(|n| {
                let words: Vec<(&str, u8)> =
                    seven.iter().skip(n * 2).take(2).map(|w| (*w, 5)).collect();
                session(n as u64, &words, &[])
            })
            .collect();
        let all = select(&sessions, Window::All);
        let ranked = most_named(&all);
        assert_eq!(ranked.len(), 7);
        let said = most_named_summary(&ranked, 4, 4);
        assert_eq!(
            said,
            "7 feelings came up equally often, in 1 of 4 sessions each."
        );
        assert_eq!(leading(&ranked), None);
        // Two words ahead, level with each other.
        let ranked = vec![
            ("hurt".to_owned(), 3),
            ("anxious".to_owned(), 3),
            ("calm".to_owned(), 1),
        ];
        assert_eq!(
            most_named_summary(&ranked, 5, 5),
            "You named \u{201c}hurt\u{201d} and \u{201c}anxious\u{201d} equally often, in 3 of \
             5 sessions each."
        );
        assert_eq!(leading(&ranked), Some((vec!["hurt", "anxious"], 3)));
        // One word, alone: no "most often" about a list of one.
        let ranked = vec![("calm".to_owned(), 4)];
        assert_eq!(
            most_named_summary(&ranked, 4, 4),
            "You named \u{201c}calm\u{201d} in 4 of 4 sessions."
        );
    }

    #[test]
    fn below_four_sessions_with_feelings_nothing_is_ranked_aloud() {
        let sessions = group(3);
        let all = select(&sessions, Window::All);
        let ranked = most_named(&all);
        assert_eq!(
            most_named_summary(&ranked, 3, 3),
            crate::domain::insights::Insight::MostNamed.waiting()
        );
    }

    #[test]
    fn the_table_keeps_the_first_eight() {
        let ranked: Vec<(String, usize)> = (0..12).map(|n| (format!("w{n:02}"), 12 - n)).collect();
        let table = most_named_table(&ranked);
        assert_eq!(table.rows.len(), SHOWN);
        assert_eq!(table.rows[0], ["w00", "12"]);
    }
}
