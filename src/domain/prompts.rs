//! The prompts, as data: each has a stable id (answers are stored under it), its words, a line
//! of help and a kind that decides how it is answered. Every prompt can be skipped; the member
//! can hide any of ours and add their own.

use serde::{Deserialize, Serialize};

use super::schedule::Moment;

/// How a prompt is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PromptKind {
    /// Free text.
    Text,
    /// Emotion words, each with an intensity.
    Emotions,
    /// What to bring into the room: text, items carried forward, and "only if it feels right".
    Bring,
    /// A list of boundaries practised.
    Boundaries,
    /// A list of feedback received.
    Feedback,
    /// Pattern tags.
    Tags,
    /// A 0 to 10 scale.
    Scale,
}

/// Before group, after group, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum When {
    Before,
    After,
    Both,
}

impl When {
    pub fn includes(self, moment: Moment) -> bool {
        matches!(
            (self, moment),
            (When::Both, _) | (When::Before, Moment::Before) | (When::After, Moment::After)
        )
    }
}

/// One of our prompts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prompt {
    pub id: &'static str,
    pub when: When,
    pub kind: PromptKind,
    pub text: &'static str,
    pub help: &'static str,
    /// Ways to begin, offered with a tap (here-and-now sentences).
    pub starters: &'static [&'static str],
}

const fn prompt(
    id: &'static str,
    when: When,
    kind: PromptKind,
    text: &'static str,
    help: &'static str,
) -> Prompt {
    Prompt {
        id,
        when,
        kind,
        text,
        help,
        starters: &[],
    }
}

pub const ARRIVING: &str = "arriving";
pub const BRING: &str = "bring";
pub const SENTENCE: &str = "here-and-now-sentence";
pub const FEELING_NOW: &str = "feeling-now";
pub const MOMENT: &str = "moment";
pub const BOUNDARIES: &str = "boundaries";
pub const FEEDBACK_RECEIVED: &str = "feedback-received";
pub const PATTERNS: &str = "patterns";
pub const BRING_NEXT: &str = "bring-next";
pub const ONE_LINE: &str = "one-line";

/// The full catalogue, in the order the guided flows ask.
pub const CATALOGUE: &[Prompt] = &[
    prompt(ARRIVING, When::Before, PromptKind::Emotions,
        "How are you arriving?",
        "Name what's here right now, even if it's mixed. Pick as many as fit, and how strong each one is."),
    prompt(BRING, When::Before, PromptKind::Bring,
        "What do you want to bring into the room?",
        "Something between you and someone in the group, something from last time, or something from your week you'd like them to know."),
    Prompt {
        starters: &[
            "I notice…",
            "When you said…, I felt…",
            "I want to connect with you, but I'm scared that…",
            "I've been quiet because…",
        ],
        ..prompt(SENTENCE, When::Before, PromptKind::Text,
            "A here-and-now sentence you might try",
            "Something you could say to someone in the room about what's happening between you, right then.")
    },
    prompt("what-scares-me", When::Before, PromptKind::Text,
        "What scares you about saying it?",
        "What you imagine might happen, and what it might mean about you."),
    prompt("what-would-help", When::Before, PromptKind::Text,
        "What would help you say it?",
        "Something you could ask of the group or the therapist, or something you could tell yourself."),
    prompt(FEELING_NOW, When::After, PromptKind::Emotions,
        "How are you feeling now?",
        "Shown beside how you arrived, if you wrote that before group."),
    prompt(MOMENT, When::After, PromptKind::Text,
        "A moment that stayed with you",
        "What happened, who was there (initials or a nickname), and what it stirred in you."),
    prompt(BOUNDARIES, When::After, PromptKind::Boundaries,
        "Boundaries you practised",
        "Saying no, disagreeing, asking for what you need, speaking up, taking space: small ones count."),
    prompt(FEEDBACK_RECEIVED, When::After, PromptKind::Feedback,
        "Feedback you received",
        "In your own words. Use initials or a nickname for who said it."),
    prompt("feedback-given", When::After, PromptKind::Text,
        "Feedback you gave",
        "When it happened, what you saw them do, and how it landed in you. Or: what you noticed, thought, felt and wanted."),
    prompt("risk", When::After, PromptKind::Text,
        "A risk you took, and how people responded",
        "Anything that felt a little exposed, however small it looked from outside."),
    prompt("held-back", When::After, PromptKind::Text,
        "What you held back, and why",
        "No judgement: noticing it is the work. What stopped you, and what it protected."),
    prompt(PATTERNS, When::After, PromptKind::Tags,
        "Patterns you noticed in yourself",
        "Pick any that showed up today, or add your own words."),
    prompt("connection", When::After, PromptKind::Scale,
        "How connected did you feel to the group today?",
        "0 is far away, 10 is right there with them. Just for you."),
    prompt(BRING_NEXT, When::After, PromptKind::Text,
        "What do you want to bring next time?",
        "It will be waiting for you when you prepare for the next session."),
    prompt(ONE_LINE, When::Both, PromptKind::Text,
        "One line about how it is right now",
        "A few words are enough."),
];

/// The quick check-in: a feeling and a line, for when there isn't much in the tank.
pub fn quick_check_in(moment: Moment) -> [&'static str; 2] {
    match moment {
        Moment::Before => [ARRIVING, ONE_LINE],
        Moment::After => [FEELING_NOW, ONE_LINE],
    }
}

/// Patterns members commonly notice; the member can add their own.
pub const PATTERN_TAGS: &[&str] = &[
    "people-pleasing",
    "performing",
    "withdrawing",
    "over-functioning",
    "deflecting",
    "perfectionism",
    "second-guessing",
];

/// A prompt the member wrote (always answered with free text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnPrompt {
    pub id: String,
    pub text: String,
    pub when: When,
}

impl OwnPrompt {
    /// Own prompts get ids that can never collide with ours.
    pub fn new(number: u32, text: impl Into<String>, when: When) -> Self {
        OwnPrompt {
            id: format!("own-{number}"),
            text: text.into(),
            when,
        }
    }
}

/// A step of a guided flow: one of ours or one of the member's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Ours(Prompt),
    Own(OwnPrompt),
}

impl Step {
    pub fn id(&self) -> &str {
        match self {
            Step::Ours(prompt) => prompt.id,
            Step::Own(own) => &own.id,
        }
    }

    pub fn text(&self) -> &str {
        match self {
            Step::Ours(prompt) => prompt.text,
            Step::Own(own) => &own.text,
        }
    }

    pub fn help(&self) -> &str {
        match self {
            Step::Ours(prompt) => prompt.help,
            Step::Own(_) => "",
        }
    }

    pub fn kind(&self) -> PromptKind {
        match self {
            Step::Ours(prompt) => prompt.kind,
            Step::Own(_) => PromptKind::Text,
        }
    }

    pub fn starters(&self) -> &'static [&'static str] {
        match self {
            Step::Ours(prompt) => prompt.starters,
            Step::Own(_) => &[],
        }
    }
}

pub fn find(id: &str) -> Option<Prompt> {
    CATALOGUE.iter().find(|prompt| prompt.id == id).copied()
}

/// The words of prompt `id`: ours, else the member's own, else a plain stand-in (an own prompt
/// that was removed later still labels its answers).
pub fn words_of(id: &str, own: &[OwnPrompt]) -> String {
    find(id)
        .map(|p| p.text.to_owned())
        .or_else(|| own.iter().find(|p| p.id == id).map(|p| p.text.clone()))
        .unwrap_or_else(|| "Your own prompt".to_owned())
}

/// The steps of a flow: the full one (our prompts for that moment, minus the hidden ones, then
/// the member's own), or the quick check-in.
pub fn steps(moment: Moment, quick: bool, hidden: &[String], own: &[OwnPrompt]) -> Vec<Step> {
    if quick {
        return quick_check_in(moment)
            .iter()
            .filter_map(|id| find(id))
            .map(Step::Ours)
            .collect();
    }
    CATALOGUE
        .iter()
        .filter(|prompt| prompt.id != ONE_LINE && prompt.when.includes(moment))
        .filter(|prompt| !hidden.iter().any(|id| id == prompt.id))
        .map(|prompt| Step::Ours(*prompt))
        .chain(
            own.iter()
                .filter(|prompt| prompt.when.includes(moment))
                .cloned()
                .map(Step::Own),
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique_and_every_prompt_has_words_and_help() {
        let ids: HashSet<_> = CATALOGUE.iter().map(|p| p.id).collect();
        assert_eq!(ids.len(), CATALOGUE.len());
        for prompt in CATALOGUE {
            assert!(
                !prompt.text.is_empty() && !prompt.help.is_empty(),
                "{}",
                prompt.id
            );
            assert!(!prompt.id.starts_with("own-"), "own- ids are the member's");
            assert!(
                prompt
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                prompt.id
            );
        }
    }

    #[test]
    fn both_flows_cover_what_the_practice_asks_for() {
        let before: Vec<_> = steps(Moment::Before, false, &[], &[])
            .iter()
            .map(|s| s.id().to_owned())
            .collect();
        assert_eq!(
            before,
            [
                "arriving",
                "bring",
                "here-and-now-sentence",
                "what-scares-me",
                "what-would-help"
            ]
        );
        let after: Vec<_> = steps(Moment::After, false, &[], &[])
            .iter()
            .map(|s| s.id().to_owned())
            .collect();
        for id in [
            FEELING_NOW,
            "moment",
            BOUNDARIES,
            FEEDBACK_RECEIVED,
            "feedback-given",
            "risk",
            "held-back",
            PATTERNS,
            BRING_NEXT,
        ] {
            assert!(after.iter().any(|a| a == id), "after group lacks {id}");
        }
        assert!(
            !after.iter().any(|a| a == ONE_LINE),
            "the one line is for the quick check-in"
        );
    }

    #[test]
    fn prompt_words_come_from_ours_then_the_members_own() {
        let own = vec![OwnPrompt::new(3, "Who did I look at?", When::After)];
        assert_eq!(words_of("moment", &own), "A moment that stayed with you");
        assert_eq!(words_of("own-3", &own), "Who did I look at?");
        assert_eq!(words_of("own-9", &own), "Your own prompt");
    }

    #[test]
    fn the_sentence_prompt_offers_here_and_now_starters() {
        let sentence = find(SENTENCE).unwrap();
        assert!(sentence.starters.contains(&"I notice…"));
        assert!(sentence.starters.contains(&"When you said…, I felt…"));
    }

    #[test]
    fn hidden_prompts_leave_and_own_prompts_join_the_right_flows() {
        let hidden = vec!["what-scares-me".to_owned()];
        let own = vec![
            OwnPrompt::new(1, "What did my body do?", When::Both),
            OwnPrompt::new(2, "Who did I look at?", When::After),
        ];
        let before: Vec<_> = steps(Moment::Before, false, &hidden, &own)
            .iter()
            .map(|s| s.id().to_owned())
            .collect();
        assert!(!before.contains(&"what-scares-me".to_owned()));
        assert_eq!(before.last().unwrap(), "own-1");
        let after: Vec<_> = steps(Moment::After, false, &hidden, &own)
            .iter()
            .map(|s| s.id().to_owned())
            .collect();
        assert_eq!(&after[after.len() - 2..], ["own-1", "own-2"]);
        assert_eq!(Step::Own(own[0].clone()).kind(), PromptKind::Text);
    }

    #[test]
    fn the_quick_check_in_is_a_feeling_and_a_line_at_both_moments() {
        let ids = |m| {
            steps(m, true, &["arriving".to_owned()], &[])
                .iter()
                .map(|s| s.id().to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(Moment::Before),
            [ARRIVING, ONE_LINE],
            "hiding does not empty the check-in"
        );
        assert_eq!(ids(Moment::After), [FEELING_NOW, ONE_LINE]);
    }
}
