//! The vocabulary as data: words.txt, compiled into the app and read once, when first asked for.
//! Every line is checked by the tests below, so the app itself never meets a line it can't read
//! (and would pass over one rather than stop).

use std::sync::OnceLock;

use super::{EmotionWord, Family};

const WORDS: &str = include_str!("words.txt");

/// Every word of ours, family by family, the most everyday words first in each.
pub fn vocabulary() -> &'static [EmotionWord] {
    static READ: OnceLock<Vec<EmotionWord>> = OnceLock::new();
    READ.get_or_init(|| read(WORDS).filter_map(Result::ok).collect())
}

/// Each word line of `text`, read, or why it can't be.
fn read(text: &'static str) -> impl Iterator<Item = Result<EmotionWord, String>> {
    let mut family = None;
    text.lines().filter_map(move |line| {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        if let Some(heading) = line.strip_prefix('[') {
            let name = heading.split(']').next().unwrap_or("");
            family = family_named(name);
            return family
                .is_none()
                .then(|| Err(format!("no family named {name:?}")));
        }
        let mut fields = line.split('|').map(str::trim);
        let (word, definition, also) = (fields.next()?, fields.next(), fields.next());
        Some(match (family, definition) {
            (None, _) => Err(format!("{word:?} comes before any family")),
            (_, None) => Err(format!("{word:?} has no description")),
            (Some(family), Some(definition)) => Ok(EmotionWord {
                word,
                family,
                definition,
                also: also.unwrap_or(""),
            }),
        })
    })
}

fn family_named(name: &str) -> Option<Family> {
    match name {
        "lively" => Some(Family::Lively),
        "settled" => Some(Family::Settled),
        "stirred-up" => Some(Family::StirredUp),
        "heavy" => Some(Family::Heavy),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_line_of_the_data_reads() {
        let problems: Vec<String> = read(WORDS).filter_map(Result::err).collect();
        assert!(problems.is_empty(), "{problems:#?}");
        let word_lines = WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with('['))
            .count();
        assert_eq!(vocabulary().len(), word_lines);
    }

    #[test]
    fn there_are_at_least_170_unique_words_each_with_a_family_and_a_description() {
        let words = vocabulary();
        assert!(words.len() >= 170, "only {}", words.len());
        let unique: HashSet<&str> = words.iter().map(|w| w.word).collect();
        assert_eq!(unique.len(), words.len(), "a word appears twice");
        for word in words {
            assert!(!word.definition.is_empty(), "{:?}", word.word);
            assert!(Family::ALL.contains(&word.family));
        }
    }

    #[test]
    fn the_words_of_the_hours_after_group_are_there() {
        for word in [
            "exhausted",
            "raw",
            "spent",
            "shaky",
            "teary",
            "touched",
            "tender",
            "wrung out",
            "lighter",
            "seen",
            "exposed",
            "left out",
        ] {
            assert!(super::super::find(word).is_some(), "{word:?} is missing");
        }
    }

    #[test]
    fn other_words_are_lower_case_and_never_empty() {
        for word in vocabulary() {
            for other in word.also() {
                assert_eq!(other, other.to_lowercase(), "{:?}", word.word);
                assert_ne!(other, word.word, "{:?} lists itself", word.word);
            }
        }
    }

    #[test]
    fn a_broken_line_is_named_not_guessed() {
        let read: Vec<_> = read("calm | no family yet\n[nowhere]\n[heavy]\nsad").collect();
        assert_eq!(read.len(), 3, "{read:?}");
        assert!(read.iter().all(Result::is_err), "{read:?}");
    }
}
