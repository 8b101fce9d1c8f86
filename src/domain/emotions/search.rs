//! Finding the word the way people look for one: by its start, by the words people actually use
//! ("wiped", "knackered"), by forms and spellings; nearest first. Also the member's usual words,
//! and what may become one of their own words.

use super::{find, vocabulary, OwnEmotionWord};

/// One word the search found: ours, or the member's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub word: String,
    pub own: bool,
}

/// How closely a word answers the query: lower is nearer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Nearness {
    Exact,
    Starts,
    OtherWordExact,
    OtherWordStarts,
    LaterPartStarts,
    Contains,
}

fn nearness(word: &str, also: &mut dyn Iterator<Item = &str>, query: &str) -> Option<Nearness> {
    let word = word.to_lowercase();
    if word == query {
        return Some(Nearness::Exact);
    }
    if word.starts_with(query) {
        return Some(Nearness::Starts);
    }
    let mut best = None;
    let mut later_part = word
        .split([' ', '-'])
        .skip(1)
        .any(|part| part.starts_with(query));
    for other in also {
        let found = if other == query {
            Some(Nearness::OtherWordExact)
        } else if other.starts_with(query) {
            Some(Nearness::OtherWordStarts)
        } else {
            later_part |= other
                .split([' ', '-'])
                .skip(1)
                .any(|p| p.starts_with(query));
            None
        };
        if let Some(found) = found {
            best = Some(best.map_or(found, |best: Nearness| best.min(found)));
        }
    }
    best.or(later_part.then_some(Nearness::LaterPartStarts))
        .or((query.chars().count() >= 3 && word.contains(query)).then_some(Nearness::Contains))
}

/// The words that answer `query`, nearest first (the member's own before ours when equally
/// near, then the more everyday word), at most `limit`.
pub fn search(query: &str, own: &[OwnEmotionWord], limit: usize) -> Vec<Found> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return Vec::new();
    }
    // (nearness, ours?, place among its family's words, length, the word)
    let mut ranked: Vec<(Nearness, bool, usize, usize, Found)> = Vec::new();
    for entry in own {
        let word = entry.word.trim();
        if let Some(near) = nearness(word, &mut std::iter::empty(), &query) {
            ranked.push((
                near,
                false,
                0,
                word.len(),
                Found {
                    word: word.to_owned(),
                    own: true,
                },
            ));
        }
    }
    let mut place = [0usize; 4];
    for entry in vocabulary() {
        let slot = &mut place[entry.family as usize];
        let here = *slot;
        *slot += 1;
        if ranked
            .iter()
            .any(|(.., found)| found.word.eq_ignore_ascii_case(entry.word))
        {
            continue;
        }
        if let Some(near) = nearness(entry.word, &mut entry.also(), &query) {
            let found = Found {
                word: entry.word.to_owned(),
                own: false,
            };
            ranked.push((near, true, here, entry.word.len(), found));
        }
    }
    super::super::sorting::sort_by_key(&mut ranked, |(near, ours, here, len, _)| {
        (*near, *ours, *here, *len)
    });
    ranked
        .into_iter()
        .take(limit)
        .map(|(.., found)| found)
        .collect()
}

/// The words the member names most often (at least twice), most often first, and the more
/// recent first when as often; `named` runs from the newest session to the oldest.
pub fn usual_words<'a>(named: impl IntoIterator<Item = &'a str>, limit: usize) -> Vec<String> {
    // (word as last written, lower case, count, first seen)
    let mut counted: Vec<(String, String, usize, usize)> = Vec::new();
    for (seen, word) in named.into_iter().enumerate() {
        let word = word.trim();
        if word.is_empty() {
            continue;
        }
        let lower = word.to_lowercase();
        match counted.iter_mut().find(|(_, l, ..)| *l == lower) {
            Some(entry) => entry.2 += 1,
            None => counted.push((word.to_owned(), lower, 1, seen)),
        }
    }
    counted.retain(|(_, _, count, _)| *count >= 2);
    super::super::sorting::sort_by_key(&mut counted, |(_, _, count, seen)| {
        (std::cmp::Reverse(*count), *seen)
    });
    counted
        .into_iter()
        .take(limit)
        .map(|(word, ..)| word)
        .collect()
}

/// Words to start with, before the member has usual words of their own: the most everyday
/// words of each family (the vocabulary lists them first), unpleasant families first, since
/// that is what most people arrive with, each family's first word before any second one.
pub fn words_to_start(per_family: usize) -> Vec<&'static str> {
    use super::Family;
    let order = [
        Family::StirredUp,
        Family::Heavy,
        Family::Settled,
        Family::Lively,
    ];
    (0..per_family)
        .flat_map(|rank| {
            order.into_iter().filter_map(move |family| {
                vocabulary()
                    .iter()
                    .filter(|w| w.family == family)
                    .nth(rank)
                    .map(|w| w.word)
            })
        })
        .collect()
}

/// The longest own word we keep.
pub const MAX_OWN_WORD: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnWordProblem {
    Empty,
    TooLong,
    /// It is one of ours already (or finds one of ours): this one.
    Ours(&'static str),
}

impl OwnWordProblem {
    pub fn message(&self) -> String {
        match self {
            OwnWordProblem::Empty => "Type the word first.".to_owned(),
            OwnWordProblem::TooLong => {
                format!("Keep it to {MAX_OWN_WORD} letters or fewer: a word or two.")
            }
            OwnWordProblem::Ours(word) => format!("\u{201c}{word}\u{201d} is already in the list."),
        }
    }
}

/// What the member typed as a word of their own, ready to keep: trimmed and in lower case, or
/// why not (nothing typed, too long, or a word we have, which is chosen instead).
pub fn own_word(typed: &str) -> Result<String, OwnWordProblem> {
    let word = typed
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    if word.is_empty() {
        return Err(OwnWordProblem::Empty);
    }
    if word.chars().count() > MAX_OWN_WORD {
        return Err(OwnWordProblem::TooLong);
    }
    if let Some(ours) = find(&word) {
        return Err(OwnWordProblem::Ours(ours.word));
    }
    // A word of others that finds one of ours: the nearest word that lists it exactly (a word
    // merely starting with it, as "lighter" does "light", is not its owner).
    if let Some(ours) = search(&word, &[], usize::MAX)
        .into_iter()
        .filter_map(|found| find(&found.word))
        .find(|entry| entry.also().any(|other| other == word))
    {
        return Err(OwnWordProblem::Ours(ours.word));
    }
    Ok(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::emotions::Family;

    fn first(query: &str) -> Option<String> {
        search(query, &[], 12).into_iter().next().map(|f| f.word)
    }

    #[test]
    fn forty_searches_a_member_might_make_find_the_nearest_word_first() {
        let cases = [
            ("exh", "exhausted"),
            ("exhausted", "exhausted"),
            ("wiped", "exhausted"),
            ("wiped out", "exhausted"),
            ("knackered", "exhausted"),
            ("knack", "exhausted"),
            ("shattered", "exhausted"),
            ("drained", "drained"),
            ("sad", "sad"),
            ("sadness", "sad"),
            ("scared", "scared"),
            ("fear", "afraid"),
            ("frightened", "afraid"),
            ("raw", "raw"),
            ("spent", "spent"),
            ("shaky", "shaky"),
            ("trembling", "shaky"),
            ("teary", "teary"),
            ("tearful", "teary"),
            ("crying", "teary"),
            ("touched", "touched"),
            ("tender", "tender"),
            ("wrung", "wrung out"),
            ("lighter", "lighter"),
            ("seen", "seen"),
            ("exposed", "exposed"),
            ("left", "left out"),
            ("excluded", "left out"),
            ("cosy", "cosy"),
            ("cozy", "cosy"),
            ("energized", "energetic"),
            ("energised", "energetic"),
            ("centered", "grounded"),
            ("centred", "grounded"),
            ("anger", "angry"),
            ("mad", "angry"),
            ("gutted", "disappointed"),
            ("anxiety", "anxious"),
            ("panic", "panicky"),
            ("ok", "okay"),
            ("fine", "okay"),
            ("grief", "grieving"),
            ("shame", "ashamed"),
            ("thankful", "grateful"),
            ("  Knackered ", "exhausted"),
            ("burned out", "burnt out"),
        ];
        assert!(cases.len() >= 40);
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(query, expected)| first(query).as_deref() != Some(*expected))
            .map(|(query, expected)| format!("{query:?}: {:?}, not {expected:?}", first(query)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn sad_brings_the_heavy_words_near_it_and_scared_the_fearful_ones() {
        let sad: Vec<String> = search("sad", &[], 12).into_iter().map(|f| f.word).collect();
        for near in ["down", "low", "unhappy", "teary", "heartbroken"] {
            assert!(sad.contains(&near.to_owned()), "{near} not in {sad:?}");
        }
        let scared: Vec<String> = search("scared", &[], 12)
            .into_iter()
            .map(|f| f.word)
            .collect();
        for near in ["afraid", "anxious", "nervous", "panicky"] {
            assert!(
                scared.contains(&near.to_owned()),
                "{near} not in {scared:?}"
            );
        }
        let families: Vec<Family> = scared
            .iter()
            .filter_map(|w| crate::domain::emotions::find(w))
            .map(|w| w.family)
            .collect();
        assert!(
            families.iter().all(|f| *f == Family::StirredUp),
            "{scared:?}"
        );
    }

    #[test]
    fn the_members_own_words_are_found_first_when_equally_near() {
        let own = vec![OwnEmotionWord {
            word: "fizzy".into(),
            family: None,
            definition: String::new(),
        }];
        let found = search("fi", &own, 5);
        assert_eq!(
            found[0],
            Found {
                word: "fizzy".into(),
                own: true
            }
        );
        assert!(found.iter().skip(1).all(|f| !f.own));
    }

    #[test]
    fn nothing_is_found_for_nothing_or_for_a_word_nobody_uses() {
        assert!(search("   ", &[], 5).is_empty());
        assert!(search("flibbertigibbet", &[], 5).is_empty());
        assert_eq!(
            search("a", &[], 3).len(),
            3,
            "one letter still offers words"
        );
    }

    #[test]
    fn usual_words_are_the_ones_named_more_than_once_most_often_first() {
        let named = [
            "Drained", "calm", "drained", "hurt", "calm", "drained", "tense",
        ];
        assert_eq!(usual_words(named, 8), ["Drained", "calm"]);
        assert!(
            usual_words(["calm", "tense"], 8).is_empty(),
            "once is not usual"
        );
        // As often: the more recent first.
        assert_eq!(
            usual_words(["hurt", "calm", "calm", "hurt"], 8),
            ["hurt", "calm"]
        );
        assert_eq!(usual_words(named, 1), ["Drained"]);
    }

    #[test]
    fn own_words_are_trimmed_kept_short_and_never_copy_one_of_ours() {
        assert_eq!(own_word("  Fizzy   inside "), Ok("fizzy inside".to_owned()));
        assert_eq!(own_word("   "), Err(OwnWordProblem::Empty));
        assert_eq!(own_word(&"a".repeat(41)), Err(OwnWordProblem::TooLong));
        assert_eq!(own_word(&"é".repeat(40)), Ok("é".repeat(40)));
        assert_eq!(own_word("Drained"), Err(OwnWordProblem::Ours("drained")));
        assert_eq!(
            own_word("knackered"),
            Err(OwnWordProblem::Ours("exhausted"))
        );
        assert_eq!(
            own_word("<b>wired</b>"),
            Ok("<b>wired</b>".to_owned()),
            "kept as text"
        );
        assert!(OwnWordProblem::Ours("exhausted")
            .message()
            .contains("exhausted"));
        assert!(OwnWordProblem::TooLong.message().contains("40"));
    }

    #[test]
    fn a_new_member_is_offered_everyday_words_from_every_family() {
        assert_eq!(
            words_to_start(2),
            ["anxious", "sad", "calm", "happy", "upset", "tired", "relaxed", "glad"]
        );
    }
}
