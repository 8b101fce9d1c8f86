//! A member's sessions and what they wrote: the preparation before and the reflection after.
//! Answers are stored under their prompt's id, so prompts can be hidden, added or reworded
//! without losing anything already written.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::dates;
use super::emotions::EmotionRating;
use super::prompts::{self, PromptKind};
use super::schedule::{GroupSchedule, Moment};

/// A session's id: when it was first created, in milliseconds. Unique on one device and
/// sortable, with no clock or randomness needed in the domain.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SessionId(pub String);

impl SessionId {
    pub fn from_millis(millis: u64) -> Self {
        SessionId(format!("s{millis}"))
    }
}

/// What kind of boundary the member practised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoundaryKind {
    SaidNo,
    Disagreed,
    AskedForWhatINeed,
    SpokeUp,
    TookSpace,
    StoppedPerforming,
    Other,
}

impl BoundaryKind {
    pub const ALL: [BoundaryKind; 7] = [
        BoundaryKind::SaidNo,
        BoundaryKind::Disagreed,
        BoundaryKind::AskedForWhatINeed,
        BoundaryKind::SpokeUp,
        BoundaryKind::TookSpace,
        BoundaryKind::StoppedPerforming,
        BoundaryKind::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BoundaryKind::SaidNo => "Said no",
            BoundaryKind::Disagreed => "Disagreed",
            BoundaryKind::AskedForWhatINeed => "Asked for what I need",
            BoundaryKind::SpokeUp => "Spoke up",
            BoundaryKind::TookSpace => "Took space",
            BoundaryKind::StoppedPerforming => "Stopped performing",
            BoundaryKind::Other => "Something else",
        }
    }
}

/// A yes / partly / no / not sure answer (was it respected? does it match how I come across?).
/// "Not sure" is an answer the member gives; a question left alone has no `Fit` at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fit {
    Yes,
    Partly,
    No,
    NotSure,
}

impl Fit {
    pub const ALL: [Fit; 4] = [Fit::Yes, Fit::Partly, Fit::No, Fit::NotSure];

    pub fn label(self) -> &'static str {
        match self {
            Fit::Yes => "Yes",
            Fit::Partly => "Partly",
            Fit::No => "No",
            Fit::NotSure => "Not sure",
        }
    }
}

/// A boundary practised. Only what the member gave has a value: a kind or an answer to "was
/// it respected?" that was never chosen is `None`, and is simply absent in storage.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Boundary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<BoundaryKind>,
    #[serde(default)]
    pub what_happened: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respected: Option<Fit>,
    #[serde(default)]
    pub how_it_felt: String,
}

impl Boundary {
    /// Nothing chosen and nothing written: a card added and left alone.
    pub fn is_blank(&self) -> bool {
        self.kind.is_none()
            && self.respected.is_none()
            && self.what_happened.trim().is_empty()
            && self.how_it_felt.trim().is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FeedbackReceived {
    /// What was said, in the member's own words.
    #[serde(default)]
    pub what_was_said: String,
    /// Initials or a nickname only.
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub how_it_landed: String,
    /// Does it match how I think I come across? `None` until the member says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matches: Option<Fit>,
    #[serde(default)]
    pub what_i_will_do: String,
}

impl FeedbackReceived {
    /// Nothing chosen and nothing written: a card added and left alone.
    pub fn is_blank(&self) -> bool {
        self.matches.is_none()
            && [
                &self.what_was_said,
                &self.from,
                &self.how_it_landed,
                &self.what_i_will_do,
            ]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

/// An item picked from the carry-forward list, with its words as they were when picked, so
/// the preparation reads the same even if the item is later edited or its session deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Carried {
    pub id: String,
    pub text: String,
}

/// What the member answered to one prompt. Stored as `{"kind": "text", "text": ...}`; read
/// through [`StoredAnswer`] (see there why).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Answer {
    Text {
        text: String,
    },
    Emotions {
        emotions: Vec<EmotionRating>,
    },
    Bring {
        text: String,
        /// Carry-forward items the member picked to bring.
        carried: Vec<Carried>,
        /// "I'll bring it only if it feels right": the member sets the pace.
        only_if_right: bool,
    },
    Boundaries {
        boundaries: Vec<Boundary>,
    },
    Feedback {
        items: Vec<FeedbackReceived>,
    },
    Tags {
        tags: Vec<String>,
    },
    Scale {
        value: u8,
    },
}

/// An answer as stored: its kind and every field any kind has. Serde's own reading of a
/// `tag = "kind"` enum first copies the whole value into a generic buffer, which took 18 KB of
/// the download for this one type; this flat shape reads the same text directly. An answer's
/// kind is its prompt's kind, stored under the same names.
#[derive(Deserialize)]
struct StoredAnswer {
    kind: PromptKind,
    text: Option<String>,
    emotions: Option<Vec<EmotionRating>>,
    carried: Option<Vec<Carried>>,
    only_if_right: Option<bool>,
    boundaries: Option<Vec<Boundary>>,
    items: Option<Vec<FeedbackReceived>>,
    tags: Option<Vec<String>>,
    value: Option<u8>,
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let stored = StoredAnswer::deserialize(deserializer)?;
        let needed = |field: &'static str| D::Error::missing_field(field);
        Ok(match stored.kind {
            PromptKind::Text => Answer::Text {
                text: stored.text.ok_or_else(|| needed("text"))?,
            },
            PromptKind::Emotions => Answer::Emotions {
                emotions: stored.emotions.ok_or_else(|| needed("emotions"))?,
            },
            // Every part of a "bring" answer may be missing.
            PromptKind::Bring => Answer::Bring {
                text: stored.text.unwrap_or_default(),
                carried: stored.carried.unwrap_or_default(),
                only_if_right: stored.only_if_right.unwrap_or_default(),
            },
            PromptKind::Boundaries => Answer::Boundaries {
                boundaries: stored.boundaries.ok_or_else(|| needed("boundaries"))?,
            },
            PromptKind::Feedback => Answer::Feedback {
                items: stored.items.ok_or_else(|| needed("items"))?,
            },
            PromptKind::Tags => Answer::Tags {
                tags: stored.tags.ok_or_else(|| needed("tags"))?,
            },
            PromptKind::Scale => Answer::Scale {
                value: stored.value.ok_or_else(|| needed("value"))?,
            },
        })
    }
}

impl Answer {
    /// Whether there is anything in it (an empty answer is the same as a skipped prompt).
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Text { text } => text.trim().is_empty(),
            Answer::Emotions { emotions } => emotions.is_empty(),
            Answer::Bring { text, carried, .. } => text.trim().is_empty() && carried.is_empty(),
            // A card added and left blank is not an answer.
            Answer::Boundaries { boundaries } => boundaries.iter().all(Boundary::is_blank),
            Answer::Feedback { items } => items.iter().all(FeedbackReceived::is_blank),
            Answer::Tags { tags } => tags.is_empty(),
            Answer::Scale { .. } => false,
        }
    }

    /// The answer without the cards that were added and left blank.
    fn without_blank_cards(mut self) -> Self {
        match &mut self {
            Answer::Boundaries { boundaries } => boundaries.retain(|b| !b.is_blank()),
            Answer::Feedback { items } => items.retain(|f| !f.is_blank()),
            _ => {}
        }
        self
    }
}

/// One preparation or reflection.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Entry {
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
    /// Written as a quick check-in rather than the full flow.
    #[serde(default)]
    pub quick: bool,
}

impl Entry {
    pub fn answer(&self, prompt: &str) -> Option<&Answer> {
        self.answers.get(prompt).filter(|answer| !answer.is_empty())
    }

    /// Sets an answer exactly as typed, even blank (a draft keeps a leading space or a tick
    /// with no words yet); `pruned` tidies when the entry is saved.
    pub fn set_raw(&mut self, prompt: &str, answer: Answer) {
        self.answers.insert(prompt.to_owned(), answer);
    }

    /// The entry without its empty answers (nor the blank cards of a list).
    pub fn pruned(self) -> Self {
        Entry {
            answers: self
                .answers
                .into_iter()
                .filter(|(_, answer)| !answer.is_empty())
                .map(|(id, answer)| (id, answer.without_blank_cards()))
                .collect(),
            ..self
        }
    }

    /// Sets or clears (when empty) one answer.
    pub fn set(&mut self, prompt: &str, answer: Answer) {
        if answer.is_empty() {
            self.answers.remove(prompt);
        } else {
            self.answers.insert(prompt.to_owned(), answer);
        }
    }

    pub fn text(&self, prompt: &str) -> &str {
        match self.answer(prompt) {
            Some(Answer::Text { text }) | Some(Answer::Bring { text, .. }) => text,
            _ => "",
        }
    }

    pub fn emotions(&self) -> &[EmotionRating] {
        self.answers
            .values()
            .find_map(|answer| match answer {
                Answer::Emotions { emotions } => Some(emotions.as_slice()),
                _ => None,
            })
            .unwrap_or(&[])
    }

    pub fn is_empty(&self) -> bool {
        self.answers.values().all(Answer::is_empty)
    }

    /// The first few words the member wrote, for a list.
    pub fn preview(&self, limit: usize) -> String {
        let text = self
            .answers
            .values()
            .find_map(|answer| match answer {
                Answer::Text { text } | Answer::Bring { text, .. } if !text.trim().is_empty() => {
                    Some(text.trim())
                }
                _ => None,
            })
            .unwrap_or("");
        shorten(text, limit)
    }
}

/// A date as people say it: "Tuesday 8 September 2026".
pub fn long_date(date: NaiveDate) -> String {
    super::dates::weekday_day_month_year(date)
}

/// `text` cut at a word boundary to at most `limit` characters, with an ellipsis if cut.
pub fn shorten(text: &str, limit: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= limit {
        return flat;
    }
    let cut: String = flat.chars().take(limit).collect();
    let cut = cut.rsplit_once(' ').map(|(head, _)| head).unwrap_or(&cut);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// One group session in the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: SessionId,
    #[serde(deserialize_with = "dates::stored::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub preparation: Option<Entry>,
    #[serde(default)]
    pub reflection: Option<Entry>,
    #[serde(deserialize_with = "dates::stored::date_time")]
    pub updated: NaiveDateTime,
    /// Counts saves; lets another tab notice this session changed under it.
    #[serde(default)]
    pub revision: u32,
}

impl Session {
    pub fn new(id: SessionId, date: NaiveDate, now: NaiveDateTime) -> Self {
        Session {
            id,
            date,
            preparation: None,
            reflection: None,
            updated: now,
            revision: 0,
        }
    }

    pub fn entry(&self, moment: Moment) -> Option<&Entry> {
        match moment {
            Moment::Before => self.preparation.as_ref(),
            Moment::After => self.reflection.as_ref(),
        }
    }

    /// Stores an entry (an empty one still counts: skipping everything is allowed).
    pub fn put(&mut self, moment: Moment, entry: Entry, now: NaiveDateTime) {
        match moment {
            Moment::Before => self.preparation = Some(entry),
            Moment::After => self.reflection = Some(entry),
        }
        self.updated = now;
        self.revision += 1;
    }

    /// Every emotion word named in this session, after group first.
    pub fn words_named(&self) -> impl Iterator<Item = &str> {
        [Moment::After, Moment::Before]
            .into_iter()
            .filter_map(|moment| self.entry(moment))
            .flat_map(|entry| entry.emotions())
            .map(|rating| rating.word.as_str())
    }

    /// The strongest emotions named, after group first (how the member left), then before.
    pub fn main_emotions(&self, count: usize) -> Vec<&EmotionRating> {
        let mut named: Vec<&EmotionRating> = [Moment::After, Moment::Before]
            .into_iter()
            .filter_map(|moment| self.entry(moment))
            .flat_map(|entry| entry.emotions())
            .collect();
        super::sorting::sort_by_key(&mut named, |rating| std::cmp::Reverse(rating.intensity));
        let mut seen = Vec::new();
        named.retain(|rating| {
            let fresh = !seen.contains(&rating.word);
            seen.push(rating.word.clone());
            fresh
        });
        named.truncate(count);
        named
    }

    pub fn preview(&self, limit: usize) -> String {
        [Moment::After, Moment::Before]
            .into_iter()
            .filter_map(|moment| self.entry(moment))
            .map(|entry| entry.preview(limit))
            .find(|preview| !preview.is_empty())
            .unwrap_or_default()
    }

    /// What the member wants to bring next time, if they said.
    pub fn bring_next(&self) -> Option<&str> {
        self.reflection
            .as_ref()
            .map(|entry| entry.text(prompts::BRING_NEXT).trim())
            .filter(|text| !text.is_empty())
    }
}

/// An unfinished preparation or reflection, saved on every change so nothing typed is lost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub moment: Moment,
    /// The session being edited or added to, if any.
    #[serde(default)]
    pub session: Option<SessionId>,
    #[serde(deserialize_with = "dates::stored::date")]
    pub date: NaiveDate,
    #[serde(default)]
    pub entry: Entry,
    /// Where in the guided flow the member was.
    #[serde(default)]
    pub step: usize,
    /// When editing: the session's revision when the edit began, to notice it changed since.
    #[serde(default)]
    pub base_revision: Option<u32>,
    /// When editing: this half of the session as it was when the edit began.
    #[serde(default)]
    pub base_entry: Option<Entry>,
}

impl Draft {
    pub fn new(moment: Moment, date: NaiveDate, quick: bool) -> Self {
        Draft {
            moment,
            session: None,
            date,
            entry: Entry {
                quick,
                ..Entry::default()
            },
            step: 0,
            base_revision: None,
            base_entry: None,
        }
    }

    /// A draft that edits what a session already holds.
    pub fn editing(session: &Session, moment: Moment) -> Self {
        Draft {
            moment,
            session: Some(session.id.clone()),
            date: session.date,
            entry: session.entry(moment).cloned().unwrap_or_default(),
            step: 0,
            base_revision: Some(session.revision),
            base_entry: session.entry(moment).cloned(),
        }
    }
}

/// Which session a finished draft belongs to: the one it was editing; for a reflection, the
/// session prepared for that day that has no reflection yet (so how the member arrived sits
/// beside how they left); otherwise none, and a new session is made.
pub fn home_for<'a>(sessions: &'a [Session], draft: &Draft) -> Option<&'a Session> {
    if let Some(id) = &draft.session {
        return sessions.iter().find(|session| &session.id == id);
    }
    match draft.moment {
        Moment::Before => None,
        Moment::After => sessions
            .iter()
            .filter(|s| s.date == draft.date && s.reflection.is_none())
            .max_by(|a, b| a.id.cmp(&b.id)),
    }
}

/// Whether this same half of the session was saved differently somewhere else (another tab or
/// window) since this edit began. Then saving must not replace it.
pub fn edited_elsewhere(existing: &Session, draft: &Draft) -> bool {
    let Some(base) = draft.base_revision else {
        return false;
    };
    let now_stored = existing.entry(draft.moment);
    base != existing.revision
        && now_stored != draft.base_entry.as_ref()
        && now_stored != Some(&draft.entry.clone().pruned())
}

/// The session to store for a finished draft. When the same half was changed elsewhere since
/// the edit began, both versions are kept: this one becomes a session of its own.
pub fn finish(
    sessions: &[Session],
    draft: &Draft,
    new_id: SessionId,
    now: NaiveDateTime,
) -> Session {
    let mut session = match home_for(sessions, draft) {
        Some(existing) if !edited_elsewhere(existing, draft) => existing.clone(),
        _ => Session::new(new_id, draft.date, now),
    };
    session.date = draft.date;
    session.put(draft.moment, draft.entry.clone().pruned(), now);
    session
}

/// Session numbers: by the group's calendar when there is one, otherwise by the order of the
/// member's own sessions. Sessions are returned newest first, each with its number.
pub fn numbered<'a>(
    sessions: &'a [Session],
    schedule: Option<&GroupSchedule>,
) -> Vec<(&'a Session, Option<u32>)> {
    let mut ordered: Vec<&Session> = sessions.iter().collect();
    super::sorting::sort_by(&mut ordered, |a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let mut with_numbers: Vec<_> = ordered
        .iter()
        .enumerate()
        .map(|(index, session)| {
            let number = match schedule {
                Some(schedule) => schedule.number_on(session.date),
                None => u32::try_from(index + 1).ok(),
            };
            (*session, number)
        })
        .collect();
    with_numbers.reverse();
    with_numbers
}

/// Every emotion word named across the journal, from the newest session to the oldest.
pub fn words_named_newest_first(sessions: &[Session]) -> Vec<&str> {
    let mut newest_first: Vec<&Session> = sessions.iter().collect();
    super::sorting::sort_by_key(&mut newest_first, |s| {
        std::cmp::Reverse((s.date, s.updated))
    });
    newest_first.iter().flat_map(|s| s.words_named()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::schedule::Rhythm;
    use chrono::NaiveTime;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 9, d).unwrap()
    }

    fn noon(d: u32) -> NaiveDateTime {
        day(d).and_hms_opt(12, 0, 0).unwrap()
    }

    fn text(t: &str) -> Answer {
        Answer::Text { text: t.into() }
    }

    fn session(id: u64, d: u32) -> Session {
        Session::new(SessionId::from_millis(id), day(d), noon(d))
    }

    #[test]
    fn empty_answers_are_the_same_as_skipped_prompts() {
        let mut entry = Entry::default();
        entry.set("moment", text("  "));
        entry.set("connection", Answer::Scale { value: 0 });
        entry.set(prompts::PATTERNS, Answer::Tags { tags: vec![] });
        assert_eq!(
            entry.answers.len(),
            1,
            "only the scale (0 is an answer) is kept"
        );
        entry.set("moment", text("R. looked away when I spoke"));
        entry.set("moment", text(""));
        assert!(
            entry.answer("moment").is_none(),
            "clearing an answer removes it"
        );
    }

    #[test]
    fn a_draft_keeps_what_is_typed_and_saving_tidies_it() {
        let mut draft = Draft::new(Moment::After, day(8), false);
        draft.entry.set_raw("moment", text(" "));
        assert_eq!(
            draft.entry.answers.len(),
            1,
            "a first space is kept while typing"
        );
        let saved = finish(&[], &draft, SessionId::from_millis(1), noon(8));
        assert!(
            saved.reflection.unwrap().answers.is_empty(),
            "blank answers are not saved"
        );
    }

    #[test]
    fn an_entry_that_skipped_everything_can_still_be_saved() {
        let mut s = session(1, 8);
        s.put(Moment::After, Entry::default(), noon(8));
        assert!(s.reflection.as_ref().unwrap().is_empty());
        assert_eq!(s.revision, 1);
        assert_eq!(s.preview(80), "");
    }

    #[test]
    fn main_emotions_are_the_strongest_distinct_ones_after_group_first() {
        let mut s = session(1, 8);
        let mut before = Entry::default();
        before.set(
            prompts::ARRIVING,
            Answer::Emotions {
                emotions: vec![
                    EmotionRating::rated("anxious", 8),
                    EmotionRating::rated("hopeful", 3),
                ],
            },
        );
        let mut after = Entry::default();
        after.set(
            prompts::FEELING_NOW,
            Answer::Emotions {
                emotions: vec![
                    EmotionRating::rated("relieved", 6),
                    EmotionRating::rated("anxious", 2),
                ],
            },
        );
        s.put(Moment::Before, before, noon(8));
        s.put(Moment::After, after, noon(8));
        let words: Vec<_> = s.main_emotions(3).iter().map(|r| r.word.as_str()).collect();
        assert_eq!(words, ["anxious", "relieved", "hopeful"]);
    }

    #[test]
    fn dates_read_as_people_say_them() {
        assert_eq!(long_date(day(8)), "Tuesday 8 September 2026");
    }

    #[test]
    fn previews_cut_at_a_word_and_say_so() {
        assert_eq!(
            shorten("I noticed   I went quiet\nwhen J. laughed", 100),
            "I noticed I went quiet when J. laughed"
        );
        assert_eq!(
            shorten("I noticed I went quiet when J. laughed", 20),
            "I noticed I went…"
        );
        let mut s = session(1, 8);
        let mut entry = Entry::default();
        entry.set(prompts::BRING_NEXT, text("Tell M. I felt dismissed"));
        s.put(Moment::After, entry, noon(8));
        assert_eq!(s.bring_next(), Some("Tell M. I felt dismissed"));
        assert_eq!(s.preview(80), "Tell M. I felt dismissed");
    }

    #[test]
    fn numbers_follow_the_calendar_or_else_the_members_own_order() {
        let sessions = vec![session(3, 15), session(1, 1), session(2, 8), session(4, 15)];
        let plain: Vec<_> = numbered(&sessions, None)
            .iter()
            .map(|(s, n)| (s.id.0.clone(), *n))
            .collect();
        assert_eq!(
            plain,
            [
                ("s4".into(), Some(4)),
                ("s3".into(), Some(3)),
                ("s2".into(), Some(2)),
                ("s1".into(), Some(1))
            ]
        );
        let schedule = GroupSchedule {
            group_name: String::new(),
            start_time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            rhythm: Rhythm::Weekly {
                first_session: day(1),
            },
        };
        let by_calendar: Vec<_> = numbered(&sessions, Some(&schedule))
            .iter()
            .map(|(_, n)| *n)
            .collect();
        assert_eq!(
            by_calendar,
            [Some(3), Some(3), Some(2), Some(1)],
            "two entries on one day share its number"
        );
    }

    #[test]
    fn a_session_round_trips_through_storage_with_every_kind_of_answer() {
        let mut entry = Entry::default();
        entry.set(
            prompts::BOUNDARIES,
            Answer::Boundaries {
                boundaries: vec![Boundary {
                    kind: Some(BoundaryKind::SaidNo),
                    what_happened: "Said no to staying late".into(),
                    respected: Some(Fit::Yes),
                    how_it_felt: "shaky, then proud".into(),
                }],
            },
        );
        entry.set(
            prompts::FEEDBACK_RECEIVED,
            Answer::Feedback {
                items: vec![FeedbackReceived {
                    what_was_said: "I smile when I'm angry".into(),
                    from: "JB".into(),
                    how_it_landed: "stung".into(),
                    matches: Some(Fit::Partly),
                    what_i_will_do: "notice it".into(),
                }],
            },
        );
        entry.set(
            prompts::PATTERNS,
            Answer::Tags {
                tags: vec!["performing".into()],
            },
        );
        entry.set(
            prompts::BRING,
            Answer::Bring {
                text: "x".into(),
                carried: vec![Carried {
                    id: "c1".into(),
                    text: "from before".into(),
                }],
                only_if_right: true,
            },
        );
        entry.set("connection", Answer::Scale { value: 7 });
        let mut s = session(9, 8);
        s.put(Moment::After, entry, noon(8));
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Session>(&text).unwrap(), s);
    }

    /// Text as the app has always stored it must keep reading the same, kind by kind.
    #[test]
    fn answers_stored_earlier_still_read() {
        let stored = r#"{
            "t": {"kind":"text","text":"words"},
            "e": {"kind":"emotions","emotions":[{"word":"calm","intensity":3},
                  {"word":"tense","intensity":7,"body_note":"jaw"}]},
            "b": {"kind":"bring","text":"x","carried":[{"id":"c1","text":"old"}],"only_if_right":true},
            "b2": {"only_if_right":false,"kind":"bring"},
            "n": {"kind":"boundaries","boundaries":[{"kind":"said-no","what_happened":"w",
                  "respected":"partly","how_it_felt":"f"},{"kind":"other"}]},
            "f": {"kind":"feedback","items":[{"what_was_said":"s","from":"JB","how_it_landed":"l",
                  "matches":"not-sure","what_i_will_do":"d"},{}]},
            "g": {"kind":"tags","tags":["a","b"]},
            "s": {"value":7,"kind":"scale"}
        }"#;
        let read: BTreeMap<String, Answer> = serde_json::from_str(stored).unwrap();
        let rating = |word: &str, intensity, body_note: &str| EmotionRating {
            word: word.into(),
            intensity: Some(intensity),
            body_note: body_note.into(),
        };
        let expected = BTreeMap::from([
            ("t".to_owned(), text("words")),
            (
                "e".to_owned(),
                Answer::Emotions {
                    emotions: vec![rating("calm", 3, ""), rating("tense", 7, "jaw")],
                },
            ),
            (
                "b".to_owned(),
                Answer::Bring {
                    text: "x".into(),
                    carried: vec![Carried {
                        id: "c1".into(),
                        text: "old".into(),
                    }],
                    only_if_right: true,
                },
            ),
            (
                "b2".to_owned(),
                Answer::Bring {
                    text: String::new(),
                    carried: vec![],
                    only_if_right: false,
                },
            ),
            (
                "n".to_owned(),
                Answer::Boundaries {
                    boundaries: vec![
                        Boundary {
                            kind: Some(BoundaryKind::SaidNo),
                            what_happened: "w".into(),
                            respected: Some(Fit::Partly),
                            how_it_felt: "f".into(),
                        },
                        // Nothing stands in for what isn't there.
                        Boundary {
                            kind: Some(BoundaryKind::Other),
                            ..Boundary::default()
                        },
                    ],
                },
            ),
            (
                "f".to_owned(),
                Answer::Feedback {
                    items: vec![
                        FeedbackReceived {
                            what_was_said: "s".into(),
                            from: "JB".into(),
                            how_it_landed: "l".into(),
                            matches: Some(Fit::NotSure),
                            what_i_will_do: "d".into(),
                        },
                        FeedbackReceived::default(),
                    ],
                },
            ),
            (
                "g".to_owned(),
                Answer::Tags {
                    tags: vec!["a".into(), "b".into()],
                },
            ),
            ("s".to_owned(), Answer::Scale { value: 7 }),
        ]);
        assert_eq!(read, expected);
        // Writing gives the same shape back.
        let again: BTreeMap<String, Answer> =
            serde_json::from_str(&serde_json::to_string(&read).unwrap()).unwrap();
        assert_eq!(again, expected);
        assert_eq!(
            serde_json::to_string(&Answer::Scale { value: 7 }).unwrap(),
            r#"{"kind":"scale","value":7}"#
        );
    }

    /// A boundary or feedback stored before choices could be left unanswered reads exactly
    /// as stored: its "not sure" stays the member's "not sure", and writing it again gives
    /// the same text back.
    #[test]
    fn choices_stored_by_schema_2_keep_exactly_what_they_hold() {
        let boundary =
            r#"{"kind":"spoke-up","what_happened":"w","respected":"not-sure","how_it_felt":""}"#;
        let read: Boundary = serde_json::from_str(boundary).unwrap();
        assert_eq!(read.kind, Some(BoundaryKind::SpokeUp));
        assert_eq!(read.respected, Some(Fit::NotSure));
        assert_eq!(serde_json::to_string(&read).unwrap(), boundary);
        let feedback = r#"{"what_was_said":"s","from":"JB","how_it_landed":"","matches":"not-sure","what_i_will_do":""}"#;
        let read: FeedbackReceived = serde_json::from_str(feedback).unwrap();
        assert_eq!(read.matches, Some(Fit::NotSure));
        assert_eq!(serde_json::to_string(&read).unwrap(), feedback);
        for fit in Fit::ALL {
            let stored = format!(
                r#"{{"kind":"took-space","respected":{}}}"#,
                serde_json::to_string(&fit).unwrap()
            );
            let read: Boundary = serde_json::from_str(&stored).unwrap();
            assert_eq!(read.respected, Some(fit), "{stored}");
        }
    }

    #[test]
    fn a_choice_never_made_is_absent_in_storage_and_reads_back_unanswered() {
        let boundary = Boundary {
            what_happened: "Said I needed a minute".into(),
            ..Boundary::default()
        };
        let text = serde_json::to_string(&boundary).unwrap();
        assert_eq!(
            text,
            r#"{"what_happened":"Said I needed a minute","how_it_felt":""}"#
        );
        assert_eq!(serde_json::from_str::<Boundary>(&text).unwrap(), boundary);
        let feedback = FeedbackReceived {
            what_was_said: "You seem far away".into(),
            ..FeedbackReceived::default()
        };
        let text = serde_json::to_string(&feedback).unwrap();
        assert!(!text.contains("matches"), "{text}");
        let back: FeedbackReceived = serde_json::from_str(&text).unwrap();
        assert_eq!(back, feedback);
        assert_eq!(back.matches, None);
        // A whole session with both, saved and read again.
        let mut entry = Entry::default();
        entry.set(
            prompts::BOUNDARIES,
            Answer::Boundaries {
                boundaries: vec![boundary],
            },
        );
        entry.set(
            prompts::FEEDBACK_RECEIVED,
            Answer::Feedback {
                items: vec![feedback],
            },
        );
        let mut s = session(4, 8);
        s.put(Moment::After, entry, noon(8));
        let text = serde_json::to_string(&s).unwrap();
        for absent in ["respected", "matches", "not-sure", r#""kind":"spoke-up""#] {
            assert!(!text.contains(absent), "{absent} in {text}");
        }
        assert_eq!(serde_json::from_str::<Session>(&text).unwrap(), s);
    }

    #[test]
    fn a_card_added_and_left_blank_is_not_saved() {
        let mut draft = Draft::new(Moment::After, day(8), false);
        draft.entry.set_raw(
            prompts::BOUNDARIES,
            Answer::Boundaries {
                boundaries: vec![
                    Boundary::default(),
                    Boundary {
                        respected: Some(Fit::No),
                        ..Boundary::default()
                    },
                    Boundary {
                        what_happened: "  ".into(),
                        ..Boundary::default()
                    },
                ],
            },
        );
        draft.entry.set_raw(
            prompts::FEEDBACK_RECEIVED,
            Answer::Feedback {
                items: vec![FeedbackReceived::default()],
            },
        );
        assert!(
            draft.entry.answer(prompts::FEEDBACK_RECEIVED).is_none(),
            "a blank card alone is no answer"
        );
        let saved = finish(&[], &draft, SessionId::from_millis(1), noon(8));
        let reflection = saved.reflection.unwrap();
        assert_eq!(
            reflection.answer(prompts::BOUNDARIES),
            Some(&Answer::Boundaries {
                boundaries: vec![Boundary {
                    respected: Some(Fit::No),
                    ..Boundary::default()
                }]
            }),
            "only the card with something in it is kept"
        );
        assert!(!reflection.answers.contains_key(prompts::FEEDBACK_RECEIVED));
    }

    /// What was refused before is refused now: a missing kind, an unknown kind, a missing
    /// required field, a value of the wrong type.
    #[test]
    fn answers_that_are_not_ours_are_refused() {
        for raw in [
            r#"{"text":"no kind"}"#,
            r#"{"kind":"poem","text":"x"}"#,
            r#"{"kind":"text"}"#,
            r#"{"kind":"emotions"}"#,
            r#"{"kind":"boundaries"}"#,
            r#"{"kind":"feedback"}"#,
            r#"{"kind":"tags"}"#,
            r#"{"kind":"scale"}"#,
            r#"{"kind":"scale","value":300}"#,
            r#"{"kind":"text","text":5}"#,
            r#"{"kind":"bring","only_if_right":"yes"}"#,
            r#""text""#,
        ] {
            assert!(serde_json::from_str::<Answer>(raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn a_reflection_joins_the_preparation_of_the_same_day() {
        let mut prepared = session(1, 8);
        prepared.put(Moment::Before, Entry::default(), noon(8));
        let other_day = session(2, 1);
        let sessions = vec![prepared.clone(), other_day];
        let draft = Draft::new(Moment::After, day(8), false);
        let saved = finish(&sessions, &draft, SessionId::from_millis(99), noon(8));
        assert_eq!(saved.id, prepared.id);
        assert!(saved.preparation.is_some() && saved.reflection.is_some());
        // A second reflection that day (an extra session) gets a session of its own.
        let sessions = vec![saved];
        let extra = finish(&sessions, &draft, SessionId::from_millis(100), noon(8));
        assert_eq!(extra.id, SessionId::from_millis(100));
        // Preparing always starts a new session unless it edits one.
        let before = Draft::new(Moment::Before, day(8), false);
        assert_eq!(
            finish(&sessions, &before, SessionId::from_millis(101), noon(8))
                .id
                .0,
            "s101"
        );
    }

    #[test]
    fn editing_changes_the_session_it_came_from() {
        let mut original = session(5, 8);
        let mut entry = Entry::default();
        entry.set("moment", text("first words"));
        original.put(Moment::After, entry, noon(8));
        let mut draft = Draft::editing(&original, Moment::After);
        assert_eq!(draft.entry.text("moment"), "first words");
        draft.entry.set("moment", text("better words"));
        draft.date = day(9);
        let saved = finish(
            std::slice::from_ref(&original),
            &draft,
            SessionId::from_millis(6),
            noon(9),
        );
        assert_eq!(saved.id, original.id);
        assert_eq!(saved.date, day(9));
        assert_eq!(saved.reflection.unwrap().text("moment"), "better words");
        assert_eq!(saved.revision, 2);
    }

    #[test]
    fn an_edit_made_in_two_tabs_keeps_both_versions() {
        let mut original = session(5, 8);
        let mut entry = Entry::default();
        entry.set("moment", text("first words"));
        original.put(Moment::After, entry, noon(8));
        // Two tabs begin editing the same reflection.
        let mut here = Draft::editing(&original, Moment::After);
        let mut there = Draft::editing(&original, Moment::After);
        there.entry.set("moment", text("words from the other tab"));
        let saved_there = finish(
            std::slice::from_ref(&original),
            &there,
            SessionId::from_millis(6),
            noon(8),
        );
        assert_eq!(saved_there.id, original.id);
        // This tab saves afterwards: the other tab's words are not replaced.
        here.entry.set("moment", text("words from this tab"));
        assert!(edited_elsewhere(&saved_there, &here));
        let saved_here = finish(
            std::slice::from_ref(&saved_there),
            &here,
            SessionId::from_millis(7),
            noon(8),
        );
        assert_eq!(saved_here.id, SessionId::from_millis(7), "kept alongside");
        assert_eq!(saved_here.date, original.date);
        assert_eq!(
            saved_here.reflection.unwrap().text("moment"),
            "words from this tab"
        );
    }

    #[test]
    fn a_change_to_the_other_half_elsewhere_is_not_a_conflict() {
        let mut original = session(5, 8);
        original.put(Moment::After, Entry::default(), noon(8));
        let mut draft = Draft::editing(&original, Moment::After);
        draft.entry.set("moment", text("mine"));
        // Meanwhile another tab added a preparation to the same session.
        let mut elsewhere = original.clone();
        let mut prepared = Entry::default();
        prepared.set("bring", text("the other half"));
        elsewhere.put(Moment::Before, prepared, noon(8));
        assert!(!edited_elsewhere(&elsewhere, &draft));
        let saved = finish(
            std::slice::from_ref(&elsewhere),
            &draft,
            SessionId::from_millis(9),
            noon(8),
        );
        assert_eq!(saved.id, original.id);
        assert!(saved.preparation.is_some() && saved.reflection.is_some());
    }

    fn felt(words: &[&str]) -> Entry {
        let mut entry = Entry::default();
        entry.set(
            prompts::FEELING_NOW,
            Answer::Emotions {
                emotions: words.iter().map(|w| EmotionRating::new(*w)).collect(),
            },
        );
        entry
    }

    #[test]
    fn words_named_run_from_the_newest_session_to_the_oldest() {
        let mut older = session(1, 3);
        older.put(Moment::After, felt(&["tense", "drained"]), noon(3));
        let mut newer = session(2, 10);
        newer.put(Moment::After, felt(&["calm"]), noon(10));
        newer.put(Moment::Before, felt(&["anxious"]), noon(10));
        assert_eq!(
            words_named_newest_first(&[older, newer]),
            ["calm", "anxious", "tense", "drained"]
        );
    }

    #[test]
    fn a_session_with_a_feeling_named_alone_reads_back_without_a_strength() {
        let mut alone = session(3, 4);
        alone.put(Moment::After, felt(&["drained"]), noon(4));
        let text = serde_json::to_string(&alone).unwrap();
        assert!(text.contains(r#"{"word":"drained"}"#), "{text}");
        let back: Session = serde_json::from_str(&text).unwrap();
        assert_eq!(back, alone);
        assert_eq!(back.main_emotions(3)[0].intensity, None);
    }
}
