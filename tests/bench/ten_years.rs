//! A ten-year journal in the app's stored format: 260 sessions (every two weeks), each with a
//! preparation and a reflection in which every prompt is answered at a realistic length.
//! Deterministic, so every run measures the same journal.

use chrono::{Days, NaiveDate, NaiveTime};
use here_and_now::domain::emotions::EmotionRating;
use here_and_now::domain::journal::{
    Answer, Boundary, BoundaryKind, Draft, Entry, FeedbackReceived, Fit, Session, SessionId,
};
use here_and_now::domain::prompts::{self, PATTERN_TAGS};
use here_and_now::domain::schedule::{GroupSchedule, Moment, Rhythm};
use here_and_now::domain::schema::{draft_key, JournalSettings};

use crate::support::stored_journal;

pub const SESSIONS: u64 = 260;

/// Sentences a member might write; answers are made of a few of them.
const SENTENCES: &[&str] = &[
    "When JB looked away while I was talking, I felt the old urge to make myself smaller.",
    "I noticed my chest tighten as soon as the room went quiet.",
    "I wanted to tell Sam that her comment last week stayed with me all week.",
    "Part of me was relieved when someone else started talking first.",
    "I said I was fine, and I could hear that it wasn't true as I said it.",
    "The therapist asked what was happening for me right then, and I didn't know.",
    "I took a breath and told the group that I feel invisible when plans change without me.",
    "M. said I seem to look after everyone except myself, and it landed hard.",
    "I kept checking the clock, waiting for a gap that never quite came.",
    "It felt good to laugh with them, even for a minute.",
    "I was angry with R. and I didn't say so, which is familiar.",
    "Afterwards I sat in the car for a while before driving home.",
    "I want to try saying what I feel before I have worked out whether it is reasonable.",
    "When the newcomer cried, I wanted to rescue her and I held back instead.",
    "I noticed that I smile when I am hurt, and somebody named it.",
    "It scares me that if I show how much I need them, they will pull away.",
    "What would help is asking the group to tell me if I go quiet for too long.",
    "I could remind myself that nobody is keeping score of what I say.",
    "I spoke up about the seating, which is small, but it felt like a lot.",
    "Hearing that others felt the same made the week feel lighter.",
    "I realised I had rehearsed my sentence so much that it came out flat.",
    "Disagreeing with the therapist out loud was new, and nothing terrible happened.",
    "I felt close to the group today, closer than I have in months.",
    "I brought up my sister again and I could feel people leaning in.",
    "There was a long silence and I let it be, instead of filling it.",
    "I felt judged when L. raised an eyebrow, and I asked what it meant.",
    "It turned out she was thinking about something else entirely.",
    "I want to bring the conflict with JB into the room rather than around it.",
    "I left feeling tired but clearer about what I want from them.",
    "Next time I want to say the first thing I notice, not the third.",
];

const FEELINGS: &[&str] = &[
    "anxious", "hopeful", "tired", "calm", "sad", "angry", "relieved", "hurt", "grateful",
    "lonely", "curious", "ashamed",
];

const BODY: &[&str] = &["in my chest", "tight throat", "shoulders", "stomach", ""];

const PEOPLE: &[&str] = &["JB", "Sam", "M.", "R.", "L."];

/// A small deterministic random source (xorshift), so the journal is the same every run. It
/// counts the words it writes, for the report.
struct Dice {
    state: u64,
    words: usize,
}

impl Dice {
    fn new(seed: u64) -> Self {
        Dice {
            state: seed.max(1),
            words: 0,
        }
    }

    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }

    /// Between `least` and `most` sentences.
    fn sentences(&mut self, least: usize, most: usize) -> String {
        let count = least + self.below(most - least + 1);
        let written = (0..count)
            .map(|_| self.pick(SENTENCES))
            .collect::<Vec<_>>()
            .join(" ");
        self.words += written.split_whitespace().count();
        written
    }

    fn emotions(&mut self) -> Answer {
        let count = 1 + self.below(3);
        let mut emotions: Vec<EmotionRating> = Vec::new();
        while emotions.len() < count {
            let word = self.pick(FEELINGS);
            if emotions.iter().all(|e| e.word != word) {
                let mut rating = EmotionRating::rated(word, 2 + self.below(8) as u8);
                rating.body_note = self.pick(BODY).to_owned();
                emotions.push(rating);
            }
        }
        Answer::Emotions { emotions }
    }
}

fn text(t: String) -> Answer {
    Answer::Text { text: t }
}

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2016, 1, 5).unwrap() + Days::new(14 * n)
}

fn preparation(dice: &mut Dice) -> Entry {
    let mut entry = Entry::default();
    entry.set(prompts::ARRIVING, dice.emotions());
    entry.set(
        prompts::BRING,
        Answer::Bring {
            text: dice.sentences(2, 4),
            carried: vec![],
            only_if_right: dice.below(3) == 0,
        },
    );
    entry.set(prompts::SENTENCE, text(dice.sentences(1, 2)));
    entry.set("what-scares-me", text(dice.sentences(1, 3)));
    entry.set("what-would-help", text(dice.sentences(1, 2)));
    entry
}

fn reflection(dice: &mut Dice) -> Entry {
    let mut entry = Entry::default();
    entry.set(prompts::FEELING_NOW, dice.emotions());
    entry.set("moment", text(dice.sentences(3, 6)));
    entry.set(
        prompts::BOUNDARIES,
        Answer::Boundaries {
            boundaries: (0..dice.below(3))
                .map(|_| Boundary {
                    kind: Some(BoundaryKind::ALL[dice.below(BoundaryKind::ALL.len())]),
                    what_happened: dice.sentences(1, 2),
                    respected: Some(Fit::ALL[dice.below(Fit::ALL.len())]),
                    how_it_felt: dice.sentences(0, 1),
                })
                .collect(),
        },
    );
    entry.set(
        prompts::FEEDBACK_RECEIVED,
        Answer::Feedback {
            items: (0..dice.below(3))
                .map(|_| FeedbackReceived {
                    what_was_said: dice.sentences(1, 2),
                    from: dice.pick(PEOPLE).to_owned(),
                    how_it_landed: dice.sentences(0, 1),
                    matches: Some(Fit::ALL[dice.below(Fit::ALL.len())]),
                    what_i_will_do: dice.sentences(0, 1),
                })
                .collect(),
        },
    );
    entry.set("feedback-given", text(dice.sentences(1, 3)));
    entry.set("risk", text(dice.sentences(1, 2)));
    entry.set("held-back", text(dice.sentences(1, 2)));
    let tags = (0..1 + dice.below(3))
        .map(|_| dice.pick(PATTERN_TAGS).to_owned())
        .collect::<std::collections::BTreeSet<_>>();
    entry.set(
        prompts::PATTERNS,
        Answer::Tags {
            tags: tags.into_iter().collect(),
        },
    );
    entry.set(
        "connection",
        Answer::Scale {
            value: dice.below(11) as u8,
        },
    );
    entry.set(prompts::BRING_NEXT, text(dice.sentences(1, 2)));
    entry
}

pub struct TenYears {
    /// Every key and value of the journal, ready for localStorage.
    pub stored: Vec<(String, String)>,
    /// Words the member wrote, on average per session (preparation and reflection).
    pub words_per_session: usize,
}

pub fn journal() -> TenYears {
    let mut dice = Dice::new(2016);
    let settings = JournalSettings {
        schedule: Some(GroupSchedule {
            group_name: "Tuesday group".into(),
            start_time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            rhythm: Rhythm::EveryTwoWeeks {
                first_session: day(0),
            },
        }),
        people: PEOPLE.iter().map(|p| p.to_string()).collect(),
        confidentiality_note_seen: true,
        ..JournalSettings::default()
    };
    let mut sessions = Vec::new();
    for n in 0..SESSIONS {
        let prepared = day(n).and_hms_opt(8, 15, 0).unwrap();
        let reflected = day(n).and_hms_opt(21, 40, 0).unwrap();
        let id = SessionId::from_millis(prepared.and_utc().timestamp_millis() as u64);
        let mut session = Session::new(id, day(n), prepared);
        session.put(Moment::Before, preparation(&mut dice), prepared);
        session.put(Moment::After, reflection(&mut dice), reflected);
        session.revision = 2;
        sessions.push(session);
    }
    TenYears {
        stored: stored_journal(&settings, &sessions),
        words_per_session: dice.words / SESSIONS as usize,
    }
}

/// A long reflection of exactly `words` words, in paragraphs of 80 words as long writing comes.
/// (One 5,000-word paragraph costs the browser's own text layout about half again as much per
/// key, app or no app: it lines up the whole paragraph again for each letter.)
pub fn long_reflection(words: usize) -> String {
    let mut dice = Dice::new(5000);
    let mut written: Vec<&str> = Vec::new();
    while written.len() < words {
        written.extend(dice.pick(SENTENCES).split(' '));
    }
    written.truncate(words);
    written
        .chunks(80)
        .map(|paragraph| paragraph.join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// An unfinished reflection whose "moment" already holds `words` words, opened at that prompt.
pub fn long_reflection_draft(words: usize) -> (String, String) {
    let mut draft = Draft::new(Moment::After, day(SESSIONS), false);
    draft.entry.set("moment", text(long_reflection(words)));
    // The full reflection asks "How are you feeling now?" first, then "A moment that stayed".
    draft.step = 1;
    (
        draft_key(Moment::After, None),
        serde_json::to_string(&draft).unwrap(),
    )
}
