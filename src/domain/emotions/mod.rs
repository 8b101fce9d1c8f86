//! Our own emotion vocabulary, for naming what happens between members of a group.
//!
//! Words are grouped by two plain questions a member can answer even when they can't yet
//! name the feeling: is it pleasant or unpleasant, and is there a lot of energy in it or a
//! little? Every word, family name and definition here is our own writing.

mod search;
mod vocabulary;

use serde::{Deserialize, Serialize};

pub use search::{
    own_word, search, usual_words, words_to_start, Found, OwnWordProblem, MAX_OWN_WORD,
};
pub use vocabulary::vocabulary;

/// Where a feeling sits on the two axes: pleasant or not, high or low energy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Family {
    /// Pleasant, high energy.
    Lively,
    /// Pleasant, low energy.
    Settled,
    /// Unpleasant, high energy.
    StirredUp,
    /// Unpleasant, low energy.
    Heavy,
}

impl Family {
    pub const ALL: [Family; 4] = [
        Family::Lively,
        Family::Settled,
        Family::StirredUp,
        Family::Heavy,
    ];

    /// Short member-facing name.
    pub fn name(self) -> &'static str {
        match self {
            Family::Lively => "Lively",
            Family::Settled => "Settled",
            Family::StirredUp => "Stirred up",
            Family::Heavy => "Heavy",
        }
    }

    /// One plain sentence, with familiar examples so the family is recognisable at a glance.
    pub fn description(self) -> &'static str {
        match self {
            Family::Lively => {
                "Pleasant and full of energy, like excitement, pride or a good laugh."
            }
            Family::Settled => "Pleasant and quiet, like calm, trust or feeling close to someone.",
            Family::StirredUp => "Unpleasant and charged, like worry, anger or feeling exposed.",
            Family::Heavy => "Unpleasant and low, like sadness, hurt or feeling worn out.",
        }
    }

    pub fn pleasant(self) -> bool {
        matches!(self, Family::Lively | Family::Settled)
    }

    pub fn high_energy(self) -> bool {
        matches!(self, Family::Lively | Family::StirredUp)
    }

    pub fn from_axes(pleasant: bool, high_energy: bool) -> Family {
        match (pleasant, high_energy) {
            (true, true) => Family::Lively,
            (true, false) => Family::Settled,
            (false, true) => Family::StirredUp,
            (false, false) => Family::Heavy,
        }
    }
}

/// One word from our vocabulary (words.txt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmotionWord {
    pub word: &'static str,
    pub family: Family,
    pub definition: &'static str,
    /// Other words that find it when searched: synonyms, forms, spellings (comma-separated).
    pub also: &'static str,
}

impl EmotionWord {
    /// The other words that find this one, each trimmed.
    pub fn also(&self) -> impl Iterator<Item = &'static str> {
        self.also
            .split(',')
            .map(str::trim)
            .filter(|other| !other.is_empty())
    }
}

/// Case-insensitive, trims whitespace.
pub fn find(word: &str) -> Option<&'static EmotionWord> {
    let word = word.trim();
    // Our words are ASCII, so an ASCII comparison is exact and needs no allocation.
    vocabulary()
        .iter()
        .find(|entry| entry.word.eq_ignore_ascii_case(word))
}

/// "Help me find the word": after the member answers "pleasant or unpleasant?" and
/// "high or low energy?", a short list (at most `limit`) of that family's words, the most
/// everyday words first.
pub fn suggestions(pleasant: bool, high_energy: bool, limit: usize) -> Vec<&'static EmotionWord> {
    let family = Family::from_axes(pleasant, high_energy);
    vocabulary()
        .iter()
        .filter(|entry| entry.family == family)
        .take(limit)
        .collect()
}

/// A word the member added themselves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnEmotionWord {
    pub word: String,
    /// None when the member hasn't said where it sits; we never guess for them.
    #[serde(default)]
    pub family: Option<Family>,
    #[serde(default)]
    pub definition: String,
}

/// The family of a word, looking in our vocabulary first, then in the member's own words.
pub fn family_of(word: &str, own: &[OwnEmotionWord]) -> Option<Family> {
    if let Some(entry) = find(word) {
        return Some(entry.family);
    }
    let word = word.trim().to_lowercase();
    // Members may type their own words in any case, including non-ASCII letters.
    own.iter()
        .find(|entry| entry.word.trim().to_lowercase() == word)
        .and_then(|entry| entry.family)
}

/// One emotion named in an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmotionRating {
    pub word: String,
    /// 0 (barely there) to 10 (as strong as it gets), only when the member said how strong:
    /// a word alone is a whole answer, and nothing stands in for a strength not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity: Option<u8>,
    /// Optional: where it sits in the body, in the member's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body_note: String,
}

impl EmotionRating {
    pub const MAX_INTENSITY: u8 = 10;

    /// A word named, with nothing more said about it.
    pub fn new(word: impl Into<String>) -> Self {
        EmotionRating {
            word: word.into(),
            intensity: None,
            body_note: String::new(),
        }
    }

    /// A word with how strong it is, clamped so a stray value can never exceed the scale.
    pub fn rated(word: impl Into<String>, intensity: u8) -> Self {
        EmotionRating {
            intensity: Some(intensity.min(Self::MAX_INTENSITY)),
            ..Self::new(word)
        }
    }

    /// "7 of 10", where the member said how strong.
    pub fn strength(&self) -> Option<String> {
        self.intensity
            .map(|n| format!("{} of {}", n, Self::MAX_INTENSITY))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const COLOUR_WORDS: [&str; 4] = ["red", "yellow", "green", "blue"];
    const BORROWED_NAMES: [&str; 4] = ["mood meter", "ruler", "how we feel", "feelings wheel"];

    /// Whole words only: "tired" and "scared" contain "red" but are not colours.
    fn mentions_borrowed_or_colour(text: &str) -> bool {
        let lower = text.to_lowercase();
        let has_colour = lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|part| COLOUR_WORDS.contains(&part));
        has_colour || BORROWED_NAMES.iter().any(|name| lower.contains(name))
    }

    #[test]
    fn the_vocabulary_is_large_enough_and_has_no_duplicates() {
        assert!(
            vocabulary().len() >= 170,
            "only {} words",
            vocabulary().len()
        );
        let mut seen = HashSet::new();
        for entry in vocabulary() {
            assert!(
                seen.insert(entry.word.to_lowercase()),
                "duplicate word {:?}",
                entry.word
            );
        }
    }

    #[test]
    fn every_word_is_lower_case_and_trimmed() {
        for entry in vocabulary() {
            assert!(!entry.word.is_empty());
            assert_eq!(
                entry.word,
                entry.word.trim(),
                "{:?} is not trimmed",
                entry.word
            );
            assert_eq!(
                entry.word,
                entry.word.to_lowercase(),
                "{:?} is not lower case",
                entry.word
            );
            assert!(entry.word.is_ascii(), "{:?} is not ASCII", entry.word);
        }
    }

    #[test]
    fn every_definition_is_one_short_plain_sentence() {
        for entry in vocabulary() {
            let d = entry.definition;
            assert!(!d.trim().is_empty(), "{:?} has no definition", entry.word);
            assert!(
                d.ends_with('.'),
                "{:?}: definition must end with a period",
                entry.word
            );
            assert!(
                d.chars().count() < 120,
                "{:?}: definition too long",
                entry.word
            );
            assert!(!d.contains('!'), "{:?}: no exclamation marks", entry.word);
            assert!(
                !d.contains(['\u{2018}', '\u{2019}']),
                "{:?}: use straight apostrophes",
                entry.word
            );
            // One sentence: the only full stop is the final one.
            assert_eq!(
                d.matches(". ").count(),
                0,
                "{:?}: more than one sentence",
                entry.word
            );
        }
    }

    #[test]
    fn every_family_has_enough_words() {
        for family in Family::ALL {
            let count = vocabulary().iter().filter(|e| e.family == family).count();
            assert!(count >= 40, "{} has only {count} words", family.name());
        }
    }

    #[test]
    fn the_families_cover_each_pair_of_axes_exactly_once() {
        let pairs: HashSet<(bool, bool)> = Family::ALL
            .iter()
            .map(|f| (f.pleasant(), f.high_energy()))
            .collect();
        assert_eq!(pairs.len(), 4);
        for family in Family::ALL {
            assert_eq!(
                Family::from_axes(family.pleasant(), family.high_energy()),
                family
            );
        }
        for pleasant in [true, false] {
            for high_energy in [true, false] {
                let family = Family::from_axes(pleasant, high_energy);
                assert_eq!(
                    (family.pleasant(), family.high_energy()),
                    (pleasant, high_energy)
                );
            }
        }
    }

    #[test]
    fn family_names_are_our_own() {
        let names: HashSet<&str> = Family::ALL.iter().map(|f| f.name()).collect();
        assert_eq!(names.len(), 4, "family names must be distinct");
        for family in Family::ALL {
            assert!(
                !mentions_borrowed_or_colour(family.name()),
                "{}",
                family.name()
            );
            assert!(
                !mentions_borrowed_or_colour(family.description()),
                "{}",
                family.name()
            );
            assert!(family.description().ends_with('.'));
        }
    }

    #[test]
    fn no_word_or_definition_mentions_colours_or_borrowed_names() {
        for entry in vocabulary() {
            assert!(!mentions_borrowed_or_colour(entry.word), "{:?}", entry.word);
            assert!(
                !mentions_borrowed_or_colour(entry.definition),
                "{:?}",
                entry.word
            );
            assert!(!mentions_borrowed_or_colour(entry.also), "{:?}", entry.word);
        }
    }

    #[test]
    fn the_colour_check_itself_catches_colours_but_not_lookalikes() {
        assert!(mentions_borrowed_or_colour("Feeling blue today."));
        assert!(mentions_borrowed_or_colour("The Mood Meter"));
        assert!(!mentions_borrowed_or_colour(
            "Tired and scared, then bored."
        ));
    }

    #[test]
    fn find_ignores_case_and_surrounding_whitespace() {
        let anxious = find("  AnXious \n").expect("anxious is in the vocabulary");
        assert_eq!(anxious.word, "anxious");
        assert_eq!(anxious.family, Family::StirredUp);
        assert_eq!(find("Left Out").map(|e| e.word), Some("left out"));
        assert_eq!(find("flibbertigibbet"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn suggestions_come_from_the_chosen_family_in_vocabulary_order() {
        let words = suggestions(true, false, 6);
        assert_eq!(words.len(), 6);
        assert!(words.iter().all(|e| e.family == Family::Settled));
        let expected: Vec<&EmotionWord> = vocabulary()
            .iter()
            .filter(|e| e.family == Family::Settled)
            .take(6)
            .collect();
        assert_eq!(words, expected);
        assert!(suggestions(false, true, 0).is_empty());
        let all_heavy = suggestions(false, false, usize::MAX);
        assert!(all_heavy.len() >= 40);
        assert!(all_heavy.iter().all(|e| e.family == Family::Heavy));
    }

    #[test]
    fn family_of_looks_in_our_words_then_the_members_own() {
        let own = vec![
            OwnEmotionWord {
                word: "Fizzy".to_string(),
                family: Some(Family::Lively),
                definition: String::new(),
            },
            OwnEmotionWord {
                word: "meh".to_string(),
                family: None,
                definition: String::new(),
            },
            // Our vocabulary wins over a member's word with the same spelling.
            OwnEmotionWord {
                word: "hurt".to_string(),
                family: Some(Family::Lively),
                definition: String::new(),
            },
        ];
        assert_eq!(family_of("Hurt ", &own), Some(Family::Heavy));
        assert_eq!(family_of("calm", &[]), Some(Family::Settled));
        assert_eq!(family_of(" fizzy", &own), Some(Family::Lively));
        assert_eq!(family_of("meh", &own), None);
        assert_eq!(family_of("unheard-of", &own), None);
    }

    #[test]
    fn own_words_read_back_with_missing_fields_defaulted() {
        let read: OwnEmotionWord = serde_json::from_str(r#"{"word":"fizzy"}"#).unwrap();
        assert_eq!(read.family, None);
        assert_eq!(read.definition, "");
        let read: OwnEmotionWord =
            serde_json::from_str(r#"{"word":"wired","family":"stirred-up"}"#).unwrap();
        assert_eq!(read.family, Some(Family::StirredUp));
    }

    #[test]
    fn rating_intensity_is_clamped_to_the_scale() {
        assert_eq!(EmotionRating::rated("angry", 200).intensity, Some(10));
        assert_eq!(
            EmotionRating::rated("angry", 11).intensity,
            Some(EmotionRating::MAX_INTENSITY)
        );
        assert_eq!(EmotionRating::rated("angry", 10).intensity, Some(10));
        assert_eq!(EmotionRating::rated("angry", 0).intensity, Some(0));
        assert_eq!(EmotionRating::rated("angry", 4).word, "angry");
        assert_eq!(
            EmotionRating::rated("angry", 4).strength().unwrap(),
            "4 of 10"
        );
    }

    #[test]
    fn a_word_alone_has_no_strength_and_stores_none() {
        let alone = EmotionRating::new("drained");
        assert_eq!(alone.intensity, None);
        assert_eq!(alone.strength(), None);
        let json = serde_json::to_string(&alone).unwrap();
        assert_eq!(json, r#"{"word":"drained"}"#);
        assert_eq!(serde_json::from_str::<EmotionRating>(&json).unwrap(), alone);
        // Sessions stored before a strength was optional keep exactly what they hold.
        let old: EmotionRating = serde_json::from_str(r#"{"word":"calm","intensity":5}"#).unwrap();
        assert_eq!(old.intensity, Some(5));
        assert_eq!(
            serde_json::to_string(&old).unwrap(),
            r#"{"word":"calm","intensity":5}"#
        );
    }

    #[test]
    fn a_rating_without_a_body_note_omits_it_and_reads_back_equal() {
        let rating = EmotionRating::rated("tender", 7);
        let json = serde_json::to_string(&rating).unwrap();
        assert!(!json.contains("body_note"), "{json}");
        let back: EmotionRating = serde_json::from_str(&json).unwrap();
        assert_eq!(back, rating);

        let noted = EmotionRating {
            body_note: "a lump in my throat".to_string(),
            ..EmotionRating::rated("sad", 6)
        };
        let json = serde_json::to_string(&noted).unwrap();
        assert!(json.contains("body_note"));
        assert_eq!(serde_json::from_str::<EmotionRating>(&json).unwrap(), noted);
    }
}
