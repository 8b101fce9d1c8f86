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

    /// The prompts answered, in the order the flows ask them (the member's own prompts last).
    pub fn answered(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .answers
            .iter()
            .filter(|(_, answer)| !answer.is_empty())
            .map(|(id, _)| id.as_str())
            .collect();
        super::sorting::sort_by_key(&mut ids, |id| {
            prompts::CATALOGUE
                .iter()
                .position(|p| p.id == *id)
                .unwrap_or(usize::MAX)
        });
        ids
    }

    /// This entry with `later`'s answers added: an answer only one of them has is taken as it
    /// is; where both answered, texts are kept one after the other, lists are joined and words
    /// named twice are kept once. Nothing either holds is dropped: if two answers can't both be
    /// kept (two different values on one scale), there is no merge and the caller keeps the
    /// entries apart.
    pub fn merged_with(&self, later: &Entry) -> Option<Entry> {
        let mut merged = self.clone().pruned();
        merged.quick = self.quick && later.quick;
        for (id, answer) in &later.answers {
            if answer.is_empty() {
                continue;
            }
            let joined = match merged.answers.get(id) {
                None => answer.clone(),
                Some(had) => had.joined_with(answer)?,
            };
            merged.answers.insert(id.clone(), joined);
        }
        Some(merged)
    }
}

impl Answer {
    /// Two answers to one prompt as one, losing nothing (see [`Entry::merged_with`]).
    fn joined_with(&self, later: &Answer) -> Option<Answer> {
        fn text(first: &str, second: &str) -> String {
            let (first, second) = (first.trim_end(), second.trim());
            // The same words again (a draft saved twice) add nothing; any other words are
            // kept, even when they happen to appear inside the first ("no" in "I said no").
            if second.is_empty() || first.split("\n\n").any(|p| p.trim() == second) {
                first.to_owned()
            } else if first.trim().is_empty() {
                second.to_owned()
            } else {
                format!("{first}\n\n{second}")
            }
        }
        fn joined<T: Clone + PartialEq>(
            first: &[T],
            second: &[T],
            same: impl Fn(&T, &T) -> bool,
        ) -> Vec<T> {
            let mut all = first.to_vec();
            for item in second {
                if !all.iter().any(|had| same(had, item)) {
                    all.push(item.clone());
                }
            }
            all
        }
        Some(match (self, later) {
            (Answer::Text { text: a }, Answer::Text { text: b }) => {
                Answer::Text { text: text(a, b) }
            }
            (Answer::Emotions { emotions: a }, Answer::Emotions { emotions: b }) => {
                // The same word named twice is one word; a strength or a note on the body
                // given only the second time is kept, and two notes are kept together. Two
                // different strengths can't be one answer.
                let mut all = a.clone();
                for rating in b {
                    match all.iter_mut().find(|had| had.word == rating.word) {
                        Some(had) => {
                            match (had.intensity, rating.intensity) {
                                (Some(x), Some(y)) if x != y => return None,
                                (None, Some(y)) => had.intensity = Some(y),
                                _ => {}
                            }
                            had.body_note = text(&had.body_note, &rating.body_note);
                        }
                        None => all.push(rating.clone()),
                    }
                }
                Answer::Emotions { emotions: all }
            }
            (
                Answer::Bring {
                    text: a,
                    carried: ca,
                    only_if_right: oa,
                },
                Answer::Bring {
                    text: b,
                    carried: cb,
                    only_if_right: ob,
                },
            ) => {
                // "Only if it feels right" belongs to the words it was said of: two texts with
                // different wishes can't be one answer.
                if oa != ob && !a.trim().is_empty() && !b.trim().is_empty() {
                    return None;
                }
                Answer::Bring {
                    text: text(a, b),
                    carried: joined(ca, cb, PartialEq::eq),
                    only_if_right: *oa || *ob,
                }
            }
            (Answer::Boundaries { boundaries: a }, Answer::Boundaries { boundaries: b }) => {
                Answer::Boundaries {
                    boundaries: joined(a, b, PartialEq::eq),
                }
            }
            (Answer::Feedback { items: a }, Answer::Feedback { items: b }) => Answer::Feedback {
                items: joined(a, b, PartialEq::eq),
            },
            (Answer::Tags { tags: a }, Answer::Tags { tags: b }) => Answer::Tags {
                tags: joined(a, b, PartialEq::eq),
            },
            (Answer::Scale { value: a }, Answer::Scale { value: b }) if a == b => self.clone(),
            _ => return None,
        })
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

    fn dated(mut self, date: NaiveDate) -> Self {
        self.date = date;
        self
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

    /// The line a list shows for this session: the moment that stayed with the member, else
    /// what they brought, else their one line (never whichever answer sorts first: that could
    /// be what they held back, on a bus).
    pub fn preview(&self, limit: usize) -> String {
        let after = self.reflection.as_ref();
        let before = self.preparation.as_ref();
        [
            (after, prompts::MOMENT),
            (before, prompts::BRING),
            (after, prompts::ONE_LINE),
            (before, prompts::ONE_LINE),
        ]
        .into_iter()
        .filter_map(|(entry, prompt)| entry.map(|e| e.text(prompt).trim()))
        .find(|text| !text.is_empty())
        .map(|text| shorten(text, limit))
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
    /// The member said this was a different group meeting from the session already on this
    /// date, so it is kept apart rather than joined to it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub apart: bool,
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
            apart: false,
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
            apart: false,
        }
    }
}

/// Which session a finished draft belongs to: the one it was editing; otherwise, unless the
/// member said it was a different group meeting, the session already on that date (the newest
/// one still missing this half, else the newest), so a preparation, a reflection and quick
/// check-ins on one day are one session; otherwise none, and a new session is made.
pub fn home_for<'a>(sessions: &'a [Session], draft: &Draft) -> Option<&'a Session> {
    if let Some(id) = &draft.session {
        return sessions.iter().find(|session| &session.id == id);
    }
    if draft.apart {
        return None;
    }
    let newest = |missing_half: bool| {
        sessions
            .iter()
            .filter(|s| s.date == draft.date)
            .filter(|s| !missing_half || s.entry(draft.moment).is_none())
            .max_by(|a, b| a.id.cmp(&b.id))
    };
    newest(true).or_else(|| newest(false))
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

/// The session to store for a finished draft. An edit replaces the half it began from, unless
/// that half was changed elsewhere since: then both versions are kept, this one as a session
/// of its own. A new entry joins the session already on its date (see [`home_for`]); if that
/// half is already written, the two are merged, and if they can't be merged without losing
/// something, this one is kept apart.
pub fn finish(
    sessions: &[Session],
    draft: &Draft,
    new_id: SessionId,
    now: NaiveDateTime,
) -> Session {
    let entry = draft.entry.clone().pruned();
    let joined = home_for(sessions, draft).and_then(|existing| {
        let mut session = existing.clone();
        let entry = match (&draft.session, existing.entry(draft.moment)) {
            (Some(_), _) if edited_elsewhere(existing, draft) => return None,
            (Some(_), _) | (None, None) => entry.clone(),
            (None, Some(had)) => had.merged_with(&entry)?,
        };
        session.put(draft.moment, entry, now);
        Some(session)
    });
    joined
        .unwrap_or_else(|| {
            let mut session = Session::new(new_id, draft.date, now);
            session.put(draft.moment, entry, now);
            session
        })
        .dated(draft.date)
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
    fn a_preparation_a_reflection_and_check_ins_on_one_day_are_one_session() {
        let other_day = session(2, 1);
        // Preparing, then reflecting, then a quick check-in after group, all on the 8th.
        let mut prepare = Draft::new(Moment::Before, day(8), false);
        prepare
            .entry
            .set(prompts::SENTENCE, text("I felt shut out when you laughed"));
        let first = finish(
            std::slice::from_ref(&other_day),
            &prepare,
            SessionId::from_millis(10),
            noon(8),
        );
        let mut reflect = Draft::new(Moment::After, day(8), false);
        reflect.entry.set(prompts::MOMENT, text("R. listened"));
        let sessions = vec![other_day.clone(), first.clone()];
        let second = finish(&sessions, &reflect, SessionId::from_millis(11), noon(8));
        assert_eq!(second.id, first.id, "the reflection joins the preparation");
        let mut quick = Draft::new(Moment::After, day(8), true);
        quick
            .entry
            .set(prompts::ONE_LINE, text("Tired but glad I went"));
        let sessions = vec![other_day.clone(), second.clone()];
        let third = finish(&sessions, &quick, SessionId::from_millis(12), noon(8));
        assert_eq!(third.id, first.id, "the check-in joins it too");
        let reflection = third.reflection.as_ref().unwrap();
        assert_eq!(
            reflection.text(prompts::MOMENT),
            "R. listened",
            "nothing written before is lost"
        );
        assert_eq!(reflection.text(prompts::ONE_LINE), "Tired but glad I went");
        assert!(
            !reflection.quick,
            "a full reflection with a check-in added is still a full one"
        );
        assert_eq!(
            numbered(&[other_day.clone(), third.clone()], None).len(),
            2,
            "numbered once"
        );
        // Unless the member says it was a different group meeting.
        let mut apart = Draft::new(Moment::After, day(8), true);
        apart.apart = true;
        apart
            .entry
            .set(prompts::ONE_LINE, text("The evening group"));
        let sessions = vec![other_day, third];
        assert_eq!(
            finish(&sessions, &apart, SessionId::from_millis(13), noon(8)).id,
            SessionId::from_millis(13)
        );
    }

    #[test]
    fn a_day_with_two_sessions_joins_the_one_still_missing_this_half() {
        let mut reflected = session(1, 8);
        reflected.put(Moment::After, Entry::default(), noon(8));
        let mut prepared = session(2, 8);
        prepared.put(Moment::Before, Entry::default(), noon(8));
        let sessions = vec![reflected.clone(), prepared.clone()];
        let draft = Draft::new(Moment::After, day(8), false);
        assert_eq!(home_for(&sessions, &draft).unwrap().id, prepared.id);
        let draft = Draft::new(Moment::Before, day(8), false);
        assert_eq!(home_for(&sessions, &draft).unwrap().id, reflected.id);
        assert!(home_for(&sessions, &Draft::new(Moment::Before, day(9), false)).is_none());
    }

    #[test]
    fn answers_given_twice_are_merged_and_none_is_lost() {
        let mut first = Entry::default();
        first.set(prompts::ONE_LINE, text("Heavy"));
        first.set(
            prompts::FEELING_NOW,
            Answer::Emotions {
                emotions: vec![
                    EmotionRating::new("tired"),
                    EmotionRating::rated("relieved", 6),
                ],
            },
        );
        first.set(
            prompts::PATTERNS,
            Answer::Tags {
                tags: vec!["withdrawing".into()],
            },
        );
        first.set("connection", Answer::Scale { value: 4 });
        let mut later = Entry::default();
        later.set(prompts::ONE_LINE, text("Lighter now"));
        later.set(
            prompts::FEELING_NOW,
            Answer::Emotions {
                emotions: vec![EmotionRating::rated("tired", 3), EmotionRating::new("calm")],
            },
        );
        later.set(
            prompts::PATTERNS,
            Answer::Tags {
                tags: vec!["withdrawing".into(), "performing".into()],
            },
        );
        later.set("connection", Answer::Scale { value: 4 });
        let merged = first.merged_with(&later).unwrap();
        assert_eq!(merged.text(prompts::ONE_LINE), "Heavy\n\nLighter now");
        let words: Vec<_> = merged
            .emotions()
            .iter()
            .map(|r| (r.word.as_str(), r.intensity))
            .collect();
        assert_eq!(
            words,
            [("tired", Some(3)), ("relieved", Some(6)), ("calm", None)]
        );
        assert_eq!(
            merged.answer(prompts::PATTERNS),
            Some(&Answer::Tags {
                tags: vec!["withdrawing".into(), "performing".into()]
            })
        );
        // The same words again add nothing.
        assert_eq!(merged.merged_with(&later).unwrap(), merged);
        // Words that happen to be inside the first answer are still the member's own.
        let mut short = Entry::default();
        short.set(prompts::ONE_LINE, text("He"));
        assert_eq!(
            merged.merged_with(&short).unwrap().text(prompts::ONE_LINE),
            "Heavy\n\nLighter now\n\nHe"
        );
        // A note on the body given the second time is kept beside the first.
        let mut noted = Entry::default();
        let mut tired = EmotionRating::rated("tired", 3);
        tired.body_note = "heavy in my shoulders".into();
        noted.set(
            prompts::FEELING_NOW,
            Answer::Emotions {
                emotions: vec![tired],
            },
        );
        let with_note = merged.merged_with(&noted).unwrap();
        assert_eq!(with_note.emotions()[0].body_note, "heavy in my shoulders");
        // Two different places on one scale can't both be kept in one answer.
        later.set("connection", Answer::Scale { value: 7 });
        assert!(first.merged_with(&later).is_none());
        // A feeling given two different strengths can't either.
        let mut stronger = Entry::default();
        stronger.set(
            prompts::FEELING_NOW,
            Answer::Emotions {
                emotions: vec![EmotionRating::rated("relieved", 9)],
            },
        );
        assert!(first.merged_with(&stronger).is_none());
    }

    #[test]
    fn what_was_answered_reads_in_the_order_it_was_asked() {
        let mut entry = Entry::default();
        entry.set("own-2", text("mine"));
        entry.set(prompts::ONE_LINE, text("Tired"));
        entry.set(prompts::MOMENT, text("R. listened"));
        entry.set("held-back", text(" "));
        entry.set(
            prompts::FEELING_NOW,
            Answer::Emotions {
                emotions: vec![EmotionRating::new("calm")],
            },
        );
        assert_eq!(
            entry.answered(),
            [
                prompts::FEELING_NOW,
                prompts::MOMENT,
                prompts::ONE_LINE,
                "own-2"
            ]
        );
    }

    #[test]
    fn a_reflection_that_cannot_be_merged_is_kept_apart() {
        let mut existing = session(1, 8);
        let mut entry = Entry::default();
        entry.set("connection", Answer::Scale { value: 2 });
        existing.put(Moment::After, entry, noon(8));
        let mut draft = Draft::new(Moment::After, day(8), false);
        draft.entry.set("connection", Answer::Scale { value: 8 });
        let saved = finish(
            std::slice::from_ref(&existing),
            &draft,
            SessionId::from_millis(7),
            noon(8),
        );
        assert_eq!(saved.id, SessionId::from_millis(7));
        assert_eq!(
            saved.reflection.unwrap().answer("connection"),
            Some(&Answer::Scale { value: 8 })
        );
    }

    #[test]
    fn a_list_shows_the_moment_then_what_was_brought_then_the_line() {
        let mut s = session(1, 8);
        let mut before = Entry::default();
        before.set(
            prompts::BRING,
            Answer::Bring {
                text: "That I felt left out".into(),
                carried: vec![],
                only_if_right: false,
            },
        );
        before.set(prompts::ONE_LINE, text("Nervous"));
        let mut after = Entry::default();
        // "held-back" sorts first among the ids; it must never be the face of a session.
        after.set("held-back", text("How angry I was with the therapist."));
        after.set(prompts::ONE_LINE, text("Wrung out"));
        s.put(Moment::Before, before, noon(8));
        s.put(Moment::After, after.clone(), noon(8));
        assert_eq!(s.preview(80), "That I felt left out");
        after.set(prompts::MOMENT, text("J. asked how I was, and meant it"));
        s.put(Moment::After, after, noon(8));
        assert_eq!(s.preview(80), "J. asked how I was, and meant it");
        let mut only_held_back = session(2, 9);
        let mut entry = Entry::default();
        entry.set("held-back", text("How angry I was with the therapist."));
        only_held_back.put(Moment::After, entry, noon(9));
        assert_eq!(only_held_back.preview(80), "");
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
