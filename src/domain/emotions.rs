//! Our own emotion vocabulary, for naming what happens between members of a group.
//!
//! Words are grouped by two plain questions a member can answer even when they can't yet
//! name the feeling: is it pleasant or unpleasant, and is there a lot of energy in it or a
//! little? Every word, family name and definition here is our own writing.

use serde::{Deserialize, Serialize};

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

/// One word from our vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmotionWord {
    pub word: &'static str,
    pub family: Family,
    pub definition: &'static str,
}

const fn w(word: &'static str, family: Family, definition: &'static str) -> EmotionWord {
    EmotionWord {
        word,
        family,
        definition,
    }
}

use Family::{Heavy, Lively, Settled, StirredUp};

/// At least 120 words. Within each family, the most everyday words come first: `suggestions`
/// relies on this order to offer familiar words before nuanced ones.
pub const VOCABULARY: &[EmotionWord] = &[
    // Lively: pleasant, high energy.
    w(
        "happy",
        Lively,
        "Glad inside, with a lightness that makes this moment feel good.",
    ),
    w(
        "excited",
        Lively,
        "Buzzing about something that is about to happen or has just begun.",
    ),
    w(
        "hopeful",
        Lively,
        "Expecting that something good could come, even if it isn't here yet.",
    ),
    w(
        "proud",
        Lively,
        "Pleased with something you did or showed, and glad it was seen.",
    ),
    w(
        "playful",
        Lively,
        "In the mood to joke, tease kindly or try things just for the fun of it.",
    ),
    w(
        "curious",
        Lively,
        "Wanting to know more, about someone else or about what is going on in you.",
    ),
    w(
        "cheerful",
        Lively,
        "In good spirits, with a brightness that is easy to share.",
    ),
    w(
        "eager",
        Lively,
        "Keen to get going or to have your turn, leaning forward rather than back.",
    ),
    w(
        "joyful",
        Lively,
        "Full of a deep, bubbling happiness that seems to spill over.",
    ),
    w(
        "amused",
        Lively,
        "Tickled by something funny, with a laugh close to the surface.",
    ),
    w(
        "confident",
        Lively,
        "Sure enough of yourself to speak up and take up some space.",
    ),
    w(
        "energetic",
        Lively,
        "Full of get-up-and-go, with plenty of fuel in the tank.",
    ),
    w(
        "enthusiastic",
        Lively,
        "Keenly into something and wanting others to join in.",
    ),
    w(
        "delighted",
        Lively,
        "Very pleased, as if something has gone better than you hoped.",
    ),
    w(
        "motivated",
        Lively,
        "Ready to put effort in because something matters to you.",
    ),
    w(
        "inspired",
        Lively,
        "Sparked by someone or something, with new ideas or courage flowing.",
    ),
    w(
        "brave",
        Lively,
        "Ready to take a risk, like saying something true, even though it feels scary.",
    ),
    w(
        "moved",
        Lively,
        "Stirred deep down by something real, sometimes with tears close by.",
    ),
    w(
        "engaged",
        Lively,
        "Fully in what is happening, taking part rather than watching from the edge.",
    ),
    w(
        "thrilled",
        Lively,
        "Delighted and excited at once, with a rush of good energy.",
    ),
    w(
        "silly",
        Lively,
        "Light-hearted and goofy, happy not to take things seriously for a while.",
    ),
    w(
        "alive",
        Lively,
        "Awake in body and mind, really here and feeling things fully.",
    ),
    w(
        "determined",
        Lively,
        "Set on doing something and not ready to give up on it.",
    ),
    w(
        "free",
        Lively,
        "Unburdened and able to be yourself without holding back.",
    ),
    w(
        "amazed",
        Lively,
        "Struck with wonder by something surprising or impressive.",
    ),
    w(
        "passionate",
        Lively,
        "Caring intensely about something, with feeling you want to put into words.",
    ),
    w(
        "empowered",
        Lively,
        "Aware of your own strength and able to act on your own behalf.",
    ),
    w(
        "giddy",
        Lively,
        "Light-headed with fun or excitement, and a little hard to settle down.",
    ),
    w(
        "lit up",
        Lively,
        "Glowing with energy because something or someone has sparked you.",
    ),
    w(
        "admiring",
        Lively,
        "Looking up to someone and warmly noticing what is good in them.",
    ),
    w(
        "elated",
        Lively,
        "On a high, lifted well above how you usually feel.",
    ),
    w(
        "exhilarated",
        Lively,
        "Rushing with energy after something bold, like a risk that paid off.",
    ),
    // Settled: pleasant, low energy.
    w(
        "calm",
        Settled,
        "Quiet inside, with nothing pulling hard at your attention.",
    ),
    w(
        "relaxed",
        Settled,
        "Loose in body and mind, not bracing for anything.",
    ),
    w(
        "content",
        Settled,
        "Satisfied with how things are right now, not needing more.",
    ),
    w(
        "safe",
        Settled,
        "Able to let your guard down because you don't expect to be hurt here.",
    ),
    w(
        "close",
        Settled,
        "Near to someone in feeling, as if the space between you has shrunk.",
    ),
    w(
        "connected",
        Settled,
        "Linked with others, sensing that you are in this together.",
    ),
    w(
        "grateful",
        Settled,
        "Thankful for something someone gave, said or did.",
    ),
    w(
        "relieved",
        Settled,
        "Let off a worry or strain you had been carrying, and able to breathe out.",
    ),
    w(
        "accepted",
        Settled,
        "Taken as you are, without needing to change to be welcome.",
    ),
    w(
        "seen",
        Settled,
        "Noticed for who you really are, not just for how you come across.",
    ),
    w(
        "understood",
        Settled,
        "Sensing that someone has really got what you meant and how it felt.",
    ),
    w(
        "trusting",
        Settled,
        "Willing to rely on others and to let them see more of you.",
    ),
    w(
        "tender",
        Settled,
        "Soft and open-hearted, a little raw in a gentle way.",
    ),
    w(
        "peaceful",
        Settled,
        "At rest inside, with little conflict pulling at you.",
    ),
    w(
        "comfortable",
        Settled,
        "At home in the situation, not needing to hold yourself in.",
    ),
    w(
        "warm",
        Settled,
        "Kindly disposed toward someone, with a soft glow in the chest.",
    ),
    w(
        "cared for",
        Settled,
        "Looked after by someone, held in their mind and their concern.",
    ),
    w(
        "included",
        Settled,
        "Part of things, with a place in the circle that is yours.",
    ),
    w(
        "loving",
        Settled,
        "Full of care for someone and wanting good things for them.",
    ),
    w(
        "heard",
        Settled,
        "Listened to properly, so that your words really landed with someone.",
    ),
    w(
        "open",
        Settled,
        "Willing to take things in and let others in, without shutting down.",
    ),
    w(
        "secure",
        Settled,
        "Steady in yourself and in your relationships, not easily shaken.",
    ),
    w(
        "satisfied",
        Settled,
        "Pleased that something has been done or said the way it needed to be.",
    ),
    w(
        "at ease",
        Settled,
        "Comfortable in your own skin, with no need to perform.",
    ),
    w(
        "grounded",
        Settled,
        "Feet on the floor, steady in your body and clear about where you stand.",
    ),
    w(
        "gentle",
        Settled,
        "Soft toward yourself or others, going slowly and with care.",
    ),
    w(
        "appreciated",
        Settled,
        "Valued for what you bring, and told or shown that it counts.",
    ),
    w(
        "respected",
        Settled,
        "Treated as someone whose views and limits matter.",
    ),
    w(
        "compassionate",
        Settled,
        "Touched by another's pain and wanting to ease it, without needing to fix it.",
    ),
    w(
        "reflective",
        Settled,
        "In a thoughtful frame of mind, quietly turning things over to make sense of them.",
    ),
    w(
        "fond",
        Settled,
        "Holding a quiet liking for someone, smiling when you think of them.",
    ),
    w(
        "serene",
        Settled,
        "Deeply still and untroubled, like calm water on a windless day.",
    ),
    // Stirred up: unpleasant, high energy.
    w(
        "anxious",
        StirredUp,
        "Uneasy about what might happen, with a busy mind or a tight body.",
    ),
    w(
        "angry",
        StirredUp,
        "Heated up by something that felt wrong or unfair, wanting to push back.",
    ),
    w(
        "scared",
        StirredUp,
        "Feeling under threat and wanting to get away or hide.",
    ),
    w(
        "worried",
        StirredUp,
        "Turning something over and over, afraid it will go badly.",
    ),
    w(
        "nervous",
        StirredUp,
        "Jittery and unsure, like just before speaking up or being looked at.",
    ),
    w(
        "stressed",
        StirredUp,
        "Stretched by too many demands, with little room left to breathe.",
    ),
    w(
        "irritated",
        StirredUp,
        "Rubbed the wrong way, with small things getting under your skin.",
    ),
    w(
        "frustrated",
        StirredUp,
        "Blocked from something you want, with energy that has nowhere to go.",
    ),
    w(
        "overwhelmed",
        StirredUp,
        "Flooded by more than you can take in or handle right now.",
    ),
    w(
        "on edge",
        StirredUp,
        "Braced for something to go wrong, jumpy and hard to settle.",
    ),
    w(
        "restless",
        StirredUp,
        "Unable to sit still inside, wanting something to change or move.",
    ),
    w(
        "tense",
        StirredUp,
        "Tight and braced, perhaps in the shoulders, the jaw or the belly.",
    ),
    w(
        "impatient",
        StirredUp,
        "Wanting things to move faster than they are, and finding waiting hard.",
    ),
    w(
        "embarrassed",
        StirredUp,
        "Suddenly self-aware after a slip, wishing others hadn't noticed.",
    ),
    w(
        "defensive",
        StirredUp,
        "Quick to protect yourself, ready to explain or push back before you get hurt.",
    ),
    w(
        "exposed",
        StirredUp,
        "As if too much of you is showing, without the cover you would like.",
    ),
    w(
        "vulnerable",
        StirredUp,
        "Open to being hurt because you have let something real be seen.",
    ),
    w(
        "jealous",
        StirredUp,
        "Afraid of losing someone's closeness or attention to another person.",
    ),
    w(
        "envious",
        StirredUp,
        "Wanting something another person has, and sore that it isn't yours.",
    ),
    w(
        "resentful",
        StirredUp,
        "Still stung by something unfair, and holding it against someone.",
    ),
    w(
        "confused",
        StirredUp,
        "Unsure what is going on or what you feel, with thoughts in a tangle.",
    ),
    w(
        "torn",
        StirredUp,
        "Pulled two ways at once, wanting things that don't fit together.",
    ),
    w(
        "panicky",
        StirredUp,
        "Gripped by a rush of fear, with a racing heart and scattered thoughts.",
    ),
    w(
        "furious",
        StirredUp,
        "Angry right up to the top, with heat that is hard to contain.",
    ),
    w(
        "judged",
        StirredUp,
        "Sensing that others are weighing you up and finding you lacking.",
    ),
    w(
        "self-conscious",
        StirredUp,
        "Very aware of how you look or sound to others, and uneasy about it.",
    ),
    w(
        "awkward",
        StirredUp,
        "Unsure how to act or what to say, as if you don't quite fit the moment.",
    ),
    w(
        "threatened",
        StirredUp,
        "Sensing danger to your safety, your standing or a relationship that matters.",
    ),
    w(
        "betrayed",
        StirredUp,
        "Let down by someone you trusted, as if they broke an unspoken promise.",
    ),
    w(
        "suspicious",
        StirredUp,
        "Doubting what others really mean and watching for what might be hidden.",
    ),
    w(
        "shaken",
        StirredUp,
        "Knocked off balance by something that happened, and not yet steady again.",
    ),
    w(
        "cornered",
        StirredUp,
        "Trapped with no good way out, and ready to fight or freeze.",
    ),
    // Heavy: unpleasant, low energy.
    w(
        "sad",
        Heavy,
        "Low and sorrowful, often about something lost or missed.",
    ),
    w(
        "tired",
        Heavy,
        "Low on energy, wanting rest for the body, the mind or both.",
    ),
    w(
        "disappointed",
        Heavy,
        "Let down because something didn't turn out the way you hoped.",
    ),
    w(
        "lonely",
        Heavy,
        "Wanting closeness that isn't there, even when people are around.",
    ),
    w(
        "hurt",
        Heavy,
        "Stung by something someone said or did, with a sore place inside.",
    ),
    w(
        "rejected",
        Heavy,
        "Turned away by someone, as if you weren't wanted.",
    ),
    w(
        "left out",
        Heavy,
        "On the outside of something others share, not invited in.",
    ),
    w(
        "invisible",
        Heavy,
        "Unnoticed, as if what you say or feel doesn't register with anyone.",
    ),
    w(
        "misunderstood",
        Heavy,
        "Taken the wrong way, with what you meant getting lost on the way over.",
    ),
    w(
        "ashamed",
        Heavy,
        "Bad about who you are, and wanting to hide from other people's eyes.",
    ),
    w(
        "guilty",
        Heavy,
        "Weighed down by something you did or didn't do that you regret.",
    ),
    w(
        "down",
        Heavy,
        "Low in spirits, with everything looking a bit dull.",
    ),
    w(
        "discouraged",
        Heavy,
        "Losing heart after setbacks, and less sure it's worth trying.",
    ),
    w(
        "bored",
        Heavy,
        "Unengaged, with time dragging and nothing catching your interest.",
    ),
    w(
        "numb",
        Heavy,
        "Cut off from feeling, as if everything is muffled.",
    ),
    w(
        "flat",
        Heavy,
        "Without much feeling either way, as if the volume has been turned down.",
    ),
    w(
        "hopeless",
        Heavy,
        "Sure that nothing will get better, whatever you or others do.",
    ),
    w(
        "withdrawn",
        Heavy,
        "Pulled back into yourself, keeping your distance from others.",
    ),
    w(
        "drained",
        Heavy,
        "Used up, as if something has taken more than you had to give.",
    ),
    w(
        "helpless",
        Heavy,
        "Unable to change what is happening, however much you want to.",
    ),
    w(
        "empty",
        Heavy,
        "Hollow inside, as if something that should be there is missing.",
    ),
    w(
        "heartbroken",
        Heavy,
        "Deeply hurt by a loss or a rejection, with grief that aches.",
    ),
    w(
        "grieving",
        Heavy,
        "Mourning someone or something gone, with sorrow that comes in waves.",
    ),
    w(
        "regretful",
        Heavy,
        "Wishing you had done or said something differently.",
    ),
    w(
        "small",
        Heavy,
        "Shrunk down, as if you count for less than the people around you.",
    ),
    w(
        "disconnected",
        Heavy,
        "Out of touch with others or with yourself, as if behind glass.",
    ),
    w(
        "unwanted",
        Heavy,
        "Sensing that others would rather you weren't there.",
    ),
    w(
        "defeated",
        Heavy,
        "Beaten by something, and ready to stop trying for now.",
    ),
    w(
        "shut down",
        Heavy,
        "Closed off to protect yourself, with feelings and words locked away.",
    ),
    w(
        "weary",
        Heavy,
        "Tired deep down, from carrying something for a long time.",
    ),
    w(
        "resigned",
        Heavy,
        "Accepting that something won't change, with a quiet kind of giving up.",
    ),
    w(
        "lost",
        Heavy,
        "Without direction, unsure where you fit or where to go next.",
    ),
];

/// Case-insensitive, trims whitespace.
pub fn find(word: &str) -> Option<&'static EmotionWord> {
    let word = word.trim();
    // Our words are ASCII, so an ASCII comparison is exact and needs no allocation.
    VOCABULARY
        .iter()
        .find(|entry| entry.word.eq_ignore_ascii_case(word))
}

/// "Help me find the word": after the member answers "pleasant or unpleasant?" and
/// "high or low energy?", a short list (at most `limit`) of that family's words, the most
/// everyday words first.
pub fn suggestions(pleasant: bool, high_energy: bool, limit: usize) -> Vec<&'static EmotionWord> {
    let family = Family::from_axes(pleasant, high_energy);
    VOCABULARY
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
    /// 0 (barely there) to 10 (as strong as it gets).
    pub intensity: u8,
    /// Optional: where it sits in the body, in the member's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body_note: String,
}

impl EmotionRating {
    pub const MAX_INTENSITY: u8 = 10;

    /// Clamps the intensity so a stray value can never exceed the scale.
    pub fn new(word: impl Into<String>, intensity: u8) -> Self {
        EmotionRating {
            word: word.into(),
            intensity: intensity.min(Self::MAX_INTENSITY),
            body_note: String::new(),
        }
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
        assert!(VOCABULARY.len() >= 120, "only {} words", VOCABULARY.len());
        let mut seen = HashSet::new();
        for entry in VOCABULARY {
            assert!(
                seen.insert(entry.word.to_lowercase()),
                "duplicate word {:?}",
                entry.word
            );
        }
    }

    #[test]
    fn every_word_is_lower_case_and_trimmed() {
        for entry in VOCABULARY {
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
        for entry in VOCABULARY {
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
            let count = VOCABULARY.iter().filter(|e| e.family == family).count();
            assert!(count >= 28, "{} has only {count} words", family.name());
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
        for entry in VOCABULARY {
            assert!(!mentions_borrowed_or_colour(entry.word), "{:?}", entry.word);
            assert!(
                !mentions_borrowed_or_colour(entry.definition),
                "{:?}",
                entry.word
            );
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
        let expected: Vec<&EmotionWord> = VOCABULARY
            .iter()
            .filter(|e| e.family == Family::Settled)
            .take(6)
            .collect();
        assert_eq!(words, expected);
        assert!(suggestions(false, true, 0).is_empty());
        let all_heavy = suggestions(false, false, usize::MAX);
        assert!(all_heavy.len() >= 28);
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
        assert_eq!(EmotionRating::new("angry", 200).intensity, 10);
        assert_eq!(
            EmotionRating::new("angry", 11).intensity,
            EmotionRating::MAX_INTENSITY
        );
        assert_eq!(EmotionRating::new("angry", 10).intensity, 10);
        assert_eq!(EmotionRating::new("angry", 0).intensity, 0);
        assert_eq!(EmotionRating::new("angry", 4).word, "angry");
    }

    #[test]
    fn a_rating_without_a_body_note_omits_it_and_reads_back_equal() {
        let rating = EmotionRating::new("tender", 7);
        let json = serde_json::to_string(&rating).unwrap();
        assert!(!json.contains("body_note"), "{json}");
        let back: EmotionRating = serde_json::from_str(&json).unwrap();
        assert_eq!(back, rating);

        let noted = EmotionRating {
            body_note: "a lump in my throat".to_string(),
            ..EmotionRating::new("sad", 6)
        };
        let json = serde_json::to_string(&noted).unwrap();
        assert!(json.contains("body_note"));
        assert_eq!(serde_json::from_str::<EmotionRating>(&json).unwrap(), noted);
    }
}
