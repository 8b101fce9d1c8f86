//! What a member can see of their own patterns over the sessions. Every function here is a
//! pure computation over sessions; the wording of every summary is an observation, never a
//! score or a judgement, and nothing is framed as a failure.

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};

use super::emotions::{family_of, EmotionRating, Family, OwnEmotionWord};
use super::journal::{Answer, BoundaryKind, Entry, FeedbackReceived, Fit, Session, SessionId};
use super::prompts;
use super::schedule::Moment;

/// Which sessions to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    All,
    /// The most recent N sessions.
    Last(usize),
    /// Sessions dated within these days (inclusive).
    Between(NaiveDate, NaiveDate),
}

/// The sessions in the window, oldest first.
pub fn select(sessions: &[Session], window: Window) -> Vec<&Session> {
    let mut chosen: Vec<&Session> = sessions
        .iter()
        .filter(|s| match window {
            Window::Between(from, to) => from <= s.date && s.date <= to,
            _ => true,
        })
        .collect();
    super::sorting::sort_by(&mut chosen, |a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    if let Window::Last(n) = window {
        let skip = chosen.len().saturating_sub(n);
        chosen.drain(..skip);
    }
    chosen
}

/// "1 session", "3 sessions".
pub fn sessions_phrase(count: usize) -> String {
    if count == 1 {
        "1 session".to_owned()
    } else {
        format!("{count} sessions")
    }
}

fn emotions_of(entry: Option<&Entry>) -> &[EmotionRating] {
    entry.map(Entry::emotions).unwrap_or(&[])
}

/// The strongest emotion of one half of a session, with its family.
#[derive(Debug, Clone, PartialEq)]
pub struct Felt {
    pub word: String,
    /// Only where the member said how strong.
    pub intensity: Option<u8>,
    pub family: Option<Family>,
}

fn strongest(emotions: &[EmotionRating], own: &[OwnEmotionWord]) -> Option<Felt> {
    emotions.iter().max_by_key(|r| r.intensity).map(|r| Felt {
        word: r.word.clone(),
        intensity: r.intensity,
        family: family_of(&r.word, own),
    })
}

/// How the member arrived and how they left, for one session.
#[derive(Debug, Clone, PartialEq)]
pub struct BeforeAfter {
    pub session: SessionId,
    pub date: NaiveDate,
    pub arrived: Option<Felt>,
    pub left: Option<Felt>,
}

pub fn before_after(sessions: &[&Session], own: &[OwnEmotionWord]) -> Vec<BeforeAfter> {
    sessions
        .iter()
        .map(|s| BeforeAfter {
            session: s.id.clone(),
            date: s.date,
            arrived: strongest(emotions_of(s.entry(Moment::Before)), own),
            left: strongest(emotions_of(s.entry(Moment::After)), own),
        })
        .collect()
}

/// The family met most often (ties go to the first in `Family::ALL`).
fn commonest(families: impl Iterator<Item = Family>) -> Option<Family> {
    let mut counts = [0usize; 4];
    for family in families {
        if let Some(i) = Family::ALL.iter().position(|f| *f == family) {
            counts[i] += 1;
        }
    }
    let best = counts.iter().copied().max().filter(|n| *n > 0)?;
    counts
        .iter()
        .position(|n| *n == best)
        .map(|i| Family::ALL[i])
}

/// Which family the member most often arrived with and left with: what happened, no verdict.
pub fn before_after_summary(rows: &[BeforeAfter]) -> String {
    let both: Vec<_> = rows
        .iter()
        .filter_map(|r| Some((r.arrived.as_ref()?, r.left.as_ref()?)))
        .collect();
    if both.is_empty() {
        return "When you name how you arrive and how you leave in the same session, they'll \
                show here side by side."
            .to_owned();
    }
    let intro = format!(
        "You named how you arrived and how you left in {}.",
        sessions_phrase(both.len())
    );
    let arrived = commonest(both.iter().filter_map(|(a, _)| a.family));
    let left = commonest(both.iter().filter_map(|(_, l)| l.family));
    match (arrived, left) {
        (Some(a), Some(l)) => format!(
            "{intro} Most often you arrived {} and left {}.",
            a.name().to_lowercase(),
            l.name().to_lowercase()
        ),
        _ => intro,
    }
}

/// "Of 40 emotions named: stirred up 12, settled 10." Families never named are left out.
pub fn families_summary(rows: &[FamilyCounts]) -> String {
    let mut totals = [0u32; 4];
    for row in rows {
        for (total, count) in totals.iter_mut().zip(row.counts) {
            *total += count;
        }
    }
    let named: u32 = totals.iter().sum();
    if named == 0 {
        return "The families of the emotions you name will show here over time.".to_owned();
    }
    let parts: Vec<String> = Family::ALL
        .iter()
        .zip(totals)
        .filter(|(_, n)| *n > 0)
        .map(|(f, n)| format!("{} {n}", f.name().to_lowercase()))
        .collect();
    format!("Of {named} emotions named: {}.", parts.join(", "))
}

/// How many emotions of each family were named in a session (both halves).
#[derive(Debug, Clone, PartialEq)]
pub struct FamilyCounts {
    pub session: SessionId,
    pub date: NaiveDate,
    /// In the order of `Family::ALL`.
    pub counts: [u32; 4],
}

pub fn families_over_time(sessions: &[&Session], own: &[OwnEmotionWord]) -> Vec<FamilyCounts> {
    sessions
        .iter()
        .map(|s| {
            let mut counts = [0; 4];
            for rating in [Moment::Before, Moment::After]
                .into_iter()
                .flat_map(|m| emotions_of(s.entry(m)))
            {
                if let Some(family) = family_of(&rating.word, own) {
                    if let Some(i) = Family::ALL.iter().position(|f| *f == family) {
                        counts[i] += 1;
                    }
                }
            }
            FamilyCounts {
                session: s.id.clone(),
                date: s.date,
                counts,
            }
        })
        .collect()
}

/// Emotion words and in how many sessions each was named, most often first (ties by word).
pub fn most_named(sessions: &[&Session], limit: usize) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for session in sessions {
        let mut words: Vec<&str> = [Moment::Before, Moment::After]
            .into_iter()
            .flat_map(|m| emotions_of(session.entry(m)))
            .map(|r| r.word.as_str())
            .collect();
        super::sorting::sort(&mut words);
        words.dedup();
        for word in words {
            *counts.entry(word.to_owned()).or_default() += 1;
        }
    }
    let mut ranked: Vec<_> = counts.into_iter().collect();
    super::sorting::sort_by(&mut ranked, |a, b| {
        b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
    });
    ranked.truncate(limit);
    ranked
}

pub fn most_named_summary(ranked: &[(String, usize)], sessions: usize) -> String {
    match ranked.first() {
        None => "Emotions you name will be counted here.".to_owned(),
        Some((word, count)) => format!(
            "You named \u{201c}{word}\u{201d} in {count} of {}.",
            sessions_phrase(sessions)
        ),
    }
}

fn answers<'a>(session: &'a Session) -> impl Iterator<Item = &'a Answer> + 'a {
    [Moment::Before, Moment::After]
        .into_iter()
        .filter_map(|m| session.entry(m))
        .flat_map(|entry| entry.answers.values())
}

/// Yes / partly / no / not sure, counted: only answers the member gave (a question left
/// alone is counted nowhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FitCounts {
    pub yes: u32,
    pub partly: u32,
    pub no: u32,
    pub not_sure: u32,
}

impl FitCounts {
    fn add(&mut self, fit: Fit) {
        match fit {
            Fit::Yes => self.yes += 1,
            Fit::Partly => self.partly += 1,
            Fit::No => self.no += 1,
            Fit::NotSure => self.not_sure += 1,
        }
    }

    /// Adds another count to this one (a period's sessions, one by one).
    pub fn add_all(&mut self, other: &FitCounts) {
        self.yes += other.yes;
        self.partly += other.partly;
        self.no += other.no;
        self.not_sure += other.not_sure;
    }

    pub fn total(&self) -> u32 {
        self.yes + self.partly + self.no + self.not_sure
    }

    pub fn get(&self, fit: Fit) -> u32 {
        match fit {
            Fit::Yes => self.yes,
            Fit::Partly => self.partly,
            Fit::No => self.no,
            Fit::NotSure => self.not_sure,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Boundaries {
    /// Per session: date and how many boundaries.
    pub per_session: Vec<(NaiveDate, u32)>,
    /// How many of each kind, in the order of `BoundaryKind::ALL`.
    pub by_kind: Vec<(BoundaryKind, u32)>,
    pub respected: FitCounts,
}

pub fn boundaries(sessions: &[&Session]) -> Boundaries {
    let mut result = Boundaries {
        by_kind: BoundaryKind::ALL.iter().map(|k| (*k, 0)).collect(),
        ..Boundaries::default()
    };
    for session in sessions {
        let mut count = 0;
        for answer in answers(session) {
            if let Answer::Boundaries { boundaries } = answer {
                for boundary in boundaries {
                    count += 1;
                    if let Some(respected) = boundary.respected {
                        result.respected.add(respected);
                    }
                    if let Some(slot) = boundary
                        .kind
                        .and_then(|kind| result.by_kind.iter_mut().find(|(k, _)| *k == kind))
                    {
                        slot.1 += 1;
                    }
                }
            }
        }
        result.per_session.push((session.date, count));
    }
    result
}

/// "a", "a and b", "a, b and c".
pub fn join_words(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "once", "twice", "3 times".
pub fn times(n: u32) -> String {
    match n {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        n => format!("{n} times"),
    }
}

pub fn boundaries_summary(b: &Boundaries) -> String {
    let total: u32 = b.per_session.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return "Boundaries you practise will be counted here. Small ones count.".to_owned();
    }
    let sessions = b.per_session.iter().filter(|(_, n)| *n > 0).count();
    let mut said = format!(
        "You practised {total} {} across {}",
        if total == 1 { "boundary" } else { "boundaries" },
        sessions_phrase(sessions),
    );
    // The commonest of the kinds the member chose; nothing when no kind was chosen.
    let commonest = b
        .by_kind
        .iter()
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .copied();
    if let Some((kind, most)) = commonest {
        said.push_str(&format!(
            "; most often \u{201c}{}\u{201d} ({most})",
            kind.label().to_lowercase()
        ));
    }
    said.push('.');
    // Only what happened is named: no row of zeros, and nothing for a question left alone.
    let outcomes: Vec<String> = [
        (b.respected.yes, "respected"),
        (b.respected.partly, "partly respected"),
        (b.respected.no, "not respected"),
        (b.respected.not_sure, "you weren't sure"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, what)| format!("{what} {}", times(*n)))
    .collect();
    let answered = b.respected.total();
    if answered == total {
        said.push_str(&format!(" {}.", capitalise(&join_words(&outcomes))));
    } else if answered > 0 {
        said.push_str(&format!(
            " You said whether {answered} of them {} respected: {}.",
            if answered == 1 { "was" } else { "were" },
            join_words(&outcomes)
        ));
    }
    said
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Feedback {
    pub per_session: Vec<(NaiveDate, FitCounts)>,
    pub totals: FitCounts,
    /// Every item, with the session it is in, newest first.
    pub items: Vec<(SessionId, NaiveDate, FeedbackReceived)>,
}

pub fn feedback(sessions: &[&Session]) -> Feedback {
    let mut result = Feedback::default();
    for session in sessions {
        let mut counts = FitCounts::default();
        for answer in answers(session) {
            if let Answer::Feedback { items } = answer {
                for item in items {
                    if let Some(matches) = item.matches {
                        counts.add(matches);
                    }
                    result
                        .items
                        .push((session.id.clone(), session.date, item.clone()));
                }
            }
        }
        result.totals.add_all(&counts);
        result.per_session.push((session.date, counts));
    }
    result.items.reverse();
    result
}

pub fn feedback_summary(f: &Feedback) -> String {
    let t = f.totals;
    let received = f.items.len();
    if received == 0 {
        return "Feedback you receive will be gathered here, next to how you think you come \
                across."
            .to_owned();
    }
    let pieces = |n: usize| {
        if n == 1 {
            "1 piece of feedback".to_owned()
        } else {
            format!("{n} pieces of feedback")
        }
    };
    let answered = t.total() as usize;
    // Only what the member said is counted: feedback they didn't place is in no tally.
    let parts = |first: &'static str| -> String {
        let parts: Vec<String> = [
            (t.yes, first),
            (t.partly, "partly matched"),
            (t.no, "didn't match"),
            (t.not_sure, "left you unsure"),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
        join_words(&parts)
    };
    if answered == received {
        format!(
            "Of the {} you received, {}.",
            pieces(received),
            parts("matched how you think you come across")
        )
    } else if answered == 0 {
        format!("You noted {} you received.", pieces(received))
    } else {
        format!(
            "You noted {} you received. Of the {answered} where you said whether it matches how \
             you think you come across, {}.",
            pieces(received),
            parts("matched")
        )
    }
}

/// Each pattern tag with the dates it was noticed, most often first (ties by name).
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
    super::sorting::sort_by(&mut ranked, |a, b| {
        b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0))
    });
    ranked
}

pub fn patterns_summary(ranked: &[(String, Vec<NaiveDate>)], sessions: usize) -> String {
    match ranked.first() {
        None => "Patterns you notice will show here, with when they came up.".to_owned(),
        Some((tag, dates)) => format!(
            "You noticed \u{201c}{tag}\u{201d} in {} of {}.",
            dates.len(),
            sessions_phrase(sessions)
        ),
    }
}

/// Per session: did the member write about a risk they took, and about something held back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Risk {
    pub date: NaiveDate,
    pub took_risk: bool,
    pub held_back: bool,
}

pub fn risks(sessions: &[&Session]) -> Vec<Risk> {
    let written = |s: &Session, id: &str| {
        s.reflection
            .as_ref()
            .is_some_and(|r| !r.text(id).trim().is_empty())
    };
    sessions
        .iter()
        .map(|s| Risk {
            date: s.date,
            took_risk: written(s, "risk"),
            held_back: written(s, "held-back"),
        })
        .collect()
}

pub fn risks_summary(rows: &[Risk]) -> String {
    let risks = rows.iter().filter(|r| r.took_risk).count();
    let held = rows.iter().filter(|r| r.held_back).count();
    if risks + held == 0 {
        return "Risks you take, and things you hold back, will show here over time.".to_owned();
    }
    format!(
        "You wrote about a risk you took in {risks} of {}, and about something you held back in \
         {held}.",
        sessions_phrase(rows.len())
    )
}

/// From session 12 on: the member's first preparation beside their latest one.
pub fn look_back<'a>(sessions: &[&'a Session]) -> Option<(&'a Session, &'a Session)> {
    if sessions.len() < super::schedule::COMMITMENT as usize {
        return None;
    }
    let prepared: Vec<&Session> = sessions
        .iter()
        .copied()
        .filter(|s| s.preparation.as_ref().is_some_and(|p| !p.is_empty()))
        .collect();
    match (prepared.first(), prepared.last()) {
        (Some(first), Some(last)) if first.id != last.id => Some((first, last)),
        _ => None,
    }
}

/// The first words of what the member wanted to bring, for the look back.
pub fn bring_words(session: &Session) -> String {
    session
        .preparation
        .as_ref()
        .map(|p| p.text(prompts::BRING).to_owned())
        .unwrap_or_default()
}

/// How finely the charts draw the chosen sessions: each one while they fit, otherwise gathered
/// by calendar month, quarter or year (the finest that fits), so ten years stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Session,
    Month,
    Quarter,
    Year,
}

/// The most columns a chart draws: a year of fortnightly sessions, or two years by month.
pub const MOST_COLUMNS: usize = 26;

impl Grain {
    /// A table's first heading: "Session", "Month", "Quarter", "Year".
    pub fn heading(self) -> &'static str {
        match self {
            Grain::Session => "Session",
            Grain::Month => "Month",
            Grain::Quarter => "Quarter",
            Grain::Year => "Year",
        }
    }

    /// "session", "month", ...: for sentences.
    pub fn word(self) -> String {
        self.heading().to_lowercase()
    }

    /// The first day of the month, quarter or year holding `date` (a session's own date).
    fn start(self, date: NaiveDate) -> NaiveDate {
        let months = match self {
            Grain::Session => return date,
            Grain::Month => 1,
            Grain::Quarter => 3,
            Grain::Year => 12,
        };
        let month0 = date.month0() - date.month0() % months;
        NaiveDate::from_ymd_opt(date.year(), month0 + 1, 1).unwrap_or(date)
    }
}

/// One column of the charts (and one row of their tables): a session, or the sessions of one
/// month, quarter or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub grain: Grain,
    /// The session's date, or the first day of the month, quarter or year.
    pub start: NaiveDate,
    /// Which of the chosen sessions (oldest first) it holds: `first..end`.
    pub first: usize,
    pub end: usize,
}

impl Period {
    pub fn sessions(&self) -> std::ops::Range<usize> {
        self.first..self.end
    }

    /// "8 Sep", "Sep 2026", "Jul–Sep 2026", "2026".
    pub fn label(&self) -> String {
        let month = super::dates::short_month;
        match self.grain {
            Grain::Session => super::dates::day_short_month(self.start),
            Grain::Month => format!("{} {}", month(self.start), self.start.year()),
            Grain::Quarter => {
                let last = self
                    .start
                    .checked_add_months(Months::new(2))
                    .unwrap_or(self.start);
                format!(
                    "{}\u{2013}{} {}",
                    month(self.start),
                    month(last),
                    self.start.year()
                )
            }
            Grain::Year => self.start.year().to_string(),
        }
    }
}

/// The columns for sessions sorted oldest first (as `select` gives them): one per session
/// while there are at most `MOST_COLUMNS`, otherwise one per month, quarter or year that has
/// sessions, whichever is the finest that fits.
pub fn periods(sessions: &[&Session]) -> Vec<Period> {
    let dates: Vec<NaiveDate> = sessions.iter().map(|s| s.date).collect();
    [Grain::Session, Grain::Month, Grain::Quarter]
        .into_iter()
        .map(|grain| periods_by(&dates, grain))
        .find(|periods| periods.len() <= MOST_COLUMNS)
        .unwrap_or_else(|| periods_by(&dates, Grain::Year))
}

fn periods_by(dates: &[NaiveDate], grain: Grain) -> Vec<Period> {
    let mut periods: Vec<Period> = Vec::new();
    for (i, date) in dates.iter().enumerate() {
        let start = grain.start(*date);
        match periods.last_mut() {
            Some(last) if grain != Grain::Session && last.start == start => last.end = i + 1,
            _ => periods.push(Period {
                grain,
                start,
                first: i,
                end: i + 1,
            }),
        }
    }
    periods
}

/// Per-session values gathered into each period, by `add`.
pub fn per_period<T, V: Default>(
    periods: &[Period],
    rows: &[T],
    add: impl Fn(&mut V, &T),
) -> Vec<V> {
    periods
        .iter()
        .map(|p| {
            let mut total = V::default();
            for row in rows.get(p.sessions()).unwrap_or(&[]) {
                add(&mut total, row);
            }
            total
        })
        .collect()
}

/// The strongest emotions named on one half over a period: their average intensity (0 to 10)
/// over the sessions that said how strong (none where no session did), and the family met
/// most often.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Averaged {
    pub intensity: Option<f64>,
    pub sessions: u32,
    pub family: Option<Family>,
}

/// How the member arrived and left, per period: `None` where nothing was named.
pub fn before_after_by(
    periods: &[Period],
    rows: &[BeforeAfter],
) -> Vec<(Option<Averaged>, Option<Averaged>)> {
    let average = |felt: Vec<&Felt>| {
        let sessions = felt.len() as u32;
        let strengths: Vec<f64> = felt
            .iter()
            .filter_map(|f| f.intensity)
            .map(f64::from)
            .collect();
        (sessions > 0).then(|| Averaged {
            intensity: (!strengths.is_empty())
                .then(|| strengths.iter().sum::<f64>() / strengths.len() as f64),
            sessions,
            family: commonest(felt.iter().filter_map(|f| f.family)),
        })
    };
    periods
        .iter()
        .map(|p| {
            let rows = rows.get(p.sessions()).unwrap_or(&[]);
            (
                average(rows.iter().filter_map(|r| r.arrived.as_ref()).collect()),
                average(rows.iter().filter_map(|r| r.left.as_ref()).collect()),
            )
        })
        .collect()
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

/// Everything the insights page draws for the chosen sessions, worked out once.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview {
    pub sessions: usize,
    pub periods: Vec<Period>,
    pub before_after: Vec<BeforeAfter>,
    pub families: Vec<FamilyCounts>,
    pub most_named: Vec<(String, usize)>,
    pub boundaries: Boundaries,
    pub feedback: Feedback,
    pub patterns: Vec<(String, Vec<NaiveDate>)>,
    /// Per pattern (as ranked), in how many sessions of each period it was noticed.
    pub patterns_by: Vec<Vec<u32>>,
    pub risks: Vec<Risk>,
}

/// The whole overview of the chosen sessions (oldest first, as `select` gives them).
pub fn overview(sessions: &[&Session], own: &[OwnEmotionWord]) -> Overview {
    let periods = periods(sessions);
    let patterns = patterns(sessions);
    Overview {
        sessions: sessions.len(),
        patterns_by: patterns_by(&periods, sessions, &patterns),
        periods,
        before_after: before_after(sessions, own),
        families: families_over_time(sessions, own),
        most_named: most_named(sessions, 8),
        boundaries: boundaries(sessions),
        feedback: feedback(sessions),
        patterns,
        risks: risks(sessions),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journal::{Boundary, Entry};
    use chrono::Days;

    fn day(n: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 6).unwrap() + Days::new(7 * n)
    }

    fn emotions(list: &[(&str, u8)]) -> Answer {
        Answer::Emotions {
            emotions: list
                .iter()
                .map(|(w, i)| EmotionRating::rated(*w, *i))
                .collect(),
        }
    }

    /// A session `n` weeks in, with what was named before and after.
    fn session(n: u64, before: &[(&str, u8)], after: &[(&str, u8)]) -> Session {
        let now = day(n).and_hms_opt(20, 0, 0).unwrap();
        let mut s = Session::new(SessionId::from_millis(1000 + n), day(n), now);
        if !before.is_empty() {
            let mut e = Entry::default();
            e.set(prompts::ARRIVING, emotions(before));
            s.put(Moment::Before, e, now);
        }
        if !after.is_empty() {
            let mut e = Entry::default();
            e.set(prompts::FEELING_NOW, emotions(after));
            s.put(Moment::After, e, now);
        }
        s
    }

    fn add(s: &mut Session, id: &str, answer: Answer) {
        let now = s.updated;
        let mut e = s.reflection.clone().unwrap_or_default();
        e.set(id, answer);
        s.put(Moment::After, e, now);
    }

    #[test]
    fn an_empty_journal_gives_gentle_invitations_not_zeros() {
        let none: Vec<&Session> = Vec::new();
        assert!(before_after(&none, &[]).is_empty());
        assert!(most_named(&none, 5).is_empty());
        assert_eq!(boundaries(&none).per_session, vec![]);
        for summary in [
            before_after_summary(&[]),
            most_named_summary(&[], 0),
            boundaries_summary(&boundaries(&none)),
            feedback_summary(&feedback(&none)),
            patterns_summary(&[], 0),
            risks_summary(&[]),
        ] {
            assert!(
                summary.contains("will") || summary.contains("When you"),
                "{summary}"
            );
            assert!(
                !summary.contains(" 0 "),
                "no zeros thrown at an empty journal: {summary}"
            );
        }
        assert!(look_back(&none).is_none());
    }

    #[test]
    fn one_session_with_both_halves() {
        let s = session(0, &[("anxious", 8), ("hopeful", 3)], &[("relieved", 6)]);
        let all = vec![&s];
        let rows = before_after(&all, &[]);
        assert_eq!(rows[0].arrived.as_ref().unwrap().word, "anxious");
        assert_eq!(
            rows[0].arrived.as_ref().unwrap().family,
            Some(Family::StirredUp)
        );
        assert_eq!(rows[0].left.as_ref().unwrap().word, "relieved");
        assert_eq!(
            before_after_summary(&rows),
            "You named how you arrived and how you left in 1 session. Most often you arrived \
             stirred up and left settled."
        );
        let families = families_over_time(&all, &[]);
        assert_eq!(families[0].counts, [1, 1, 1, 0]);
        assert_eq!(
            families_summary(&families),
            "Of 3 emotions named: lively 1, settled 1, stirred up 1.",
            "a family never named is left out, not listed as 0"
        );
        // An own word with no family says nothing about families.
        let own = session(1, &[("fizzy", 5)], &[("wobbly", 5)]);
        let rows = before_after(&[&own], &[]);
        assert_eq!(rows[0].arrived.as_ref().unwrap().family, None);
        assert_eq!(
            before_after_summary(&rows),
            "You named how you arrived and how you left in 1 session."
        );
    }

    #[test]
    fn missing_halves_are_shown_as_missing_not_guessed() {
        let only_before = session(0, &[("tired", 4)], &[]);
        let only_after = session(1, &[], &[("proud", 7)]);
        let all = vec![&only_before, &only_after];
        let rows = before_after(&all, &[]);
        assert!(rows[0].left.is_none() && rows[0].arrived.is_some());
        assert!(rows[1].arrived.is_none() && rows[1].left.is_some());
        assert!(before_after_summary(&rows).starts_with("When you name"));
        assert_eq!(
            most_named(&all, 5),
            vec![("proud".into(), 1), ("tired".into(), 1)]
        );
    }

    #[test]
    fn a_long_journal_counts_sessions_not_mentions_and_filters_by_window() {
        // 40 weeks: anxious on arrival every week for the first 30, twice in week 3.
        let sessions: Vec<Session> = (0..40)
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
        let ranked = most_named(&all, 3);
        assert_eq!(ranked[0], ("anxious".into(), 40));
        assert_eq!(ranked[1], ("calm".into(), 10));
        assert_eq!(
            most_named_summary(&ranked, all.len()),
            "You named \u{201c}anxious\u{201d} in 40 of 40 sessions."
        );
        let last8 = select(&sessions, Window::Last(8));
        assert_eq!(last8.len(), 8);
        assert_eq!(last8[0].date, day(32));
        assert_eq!(most_named(&last8, 1)[0], ("anxious".into(), 8));
        let between = select(&sessions, Window::Between(day(2), day(4)));
        assert_eq!(
            between.iter().map(|s| s.date).collect::<Vec<_>>(),
            [day(2), day(3), day(4)]
        );
        let (first, latest) = look_back(&all).unwrap();
        assert_eq!((first.date, latest.date), (day(0), day(39)));
    }

    #[test]
    fn boundaries_feedback_patterns_and_risks_are_counted_per_session() {
        let mut a = session(0, &[], &[("calm", 3)]);
        add(
            &mut a,
            prompts::BOUNDARIES,
            Answer::Boundaries {
                boundaries: vec![
                    Boundary {
                        kind: Some(BoundaryKind::SaidNo),
                        what_happened: String::new(),
                        respected: Some(Fit::Yes),
                        how_it_felt: String::new(),
                    },
                    Boundary {
                        kind: Some(BoundaryKind::SaidNo),
                        what_happened: String::new(),
                        respected: Some(Fit::Partly),
                        how_it_felt: String::new(),
                    },
                ],
            },
        );
        add(
            &mut a,
            prompts::FEEDBACK_RECEIVED,
            Answer::Feedback {
                items: vec![FeedbackReceived {
                    matches: Some(Fit::No),
                    from: "JB".into(),
                    ..Default::default()
                }],
            },
        );
        add(
            &mut a,
            prompts::PATTERNS,
            Answer::Tags {
                tags: vec!["performing".into(), "withdrawing".into()],
            },
        );
        add(
            &mut a,
            "held-back",
            Answer::Text {
                text: "that I was angry".into(),
            },
        );
        let mut b = session(1, &[], &[("calm", 3)]);
        add(
            &mut b,
            prompts::BOUNDARIES,
            Answer::Boundaries {
                boundaries: vec![Boundary {
                    kind: Some(BoundaryKind::SpokeUp),
                    what_happened: String::new(),
                    respected: Some(Fit::Yes),
                    how_it_felt: String::new(),
                }],
            },
        );
        add(
            &mut b,
            prompts::FEEDBACK_RECEIVED,
            Answer::Feedback {
                items: vec![
                    FeedbackReceived {
                        matches: Some(Fit::Yes),
                        ..Default::default()
                    },
                    FeedbackReceived {
                        matches: Some(Fit::Yes),
                        ..Default::default()
                    },
                ],
            },
        );
        add(
            &mut b,
            prompts::PATTERNS,
            Answer::Tags {
                tags: vec!["performing".into()],
            },
        );
        add(
            &mut b,
            "risk",
            Answer::Text {
                text: "said I was angry".into(),
            },
        );
        let all = vec![&a, &b];

        let bounds = boundaries(&all);
        assert_eq!(bounds.per_session, vec![(day(0), 2), (day(1), 1)]);
        assert_eq!(
            bounds.respected,
            FitCounts {
                yes: 2,
                partly: 1,
                no: 0,
                not_sure: 0
            }
        );
        assert_eq!(
            boundaries_summary(&bounds),
            "You practised 3 boundaries across 2 sessions; most often \u{201c}said no\u{201d} (2). \
             Respected twice and partly respected once."
        );
        let fb = feedback(&all);
        assert_eq!(
            fb.totals,
            FitCounts {
                yes: 2,
                partly: 0,
                no: 1,
                not_sure: 0
            }
        );
        assert_eq!(fb.items.len(), 3);
        assert_eq!(
            fb.items[2].2.from, "JB",
            "newest first, so the first session's item is last"
        );
        assert_eq!(
            feedback_summary(&fb),
            "Of the 3 pieces of feedback you received, 2 matched how you think you come across \
             and 1 didn't match."
        );
        assert_eq!(
            join_words(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!(times(1), "once");
        let tags = patterns(&all);
        assert_eq!(tags[0], ("performing".into(), vec![day(0), day(1)]));
        assert_eq!(tags[1], ("withdrawing".into(), vec![day(0)]));
        assert_eq!(
            patterns_summary(&tags, 2),
            "You noticed \u{201c}performing\u{201d} in 2 of 2 sessions."
        );
        let r = risks(&all);
        assert_eq!(
            r.iter()
                .map(|r| (r.took_risk, r.held_back))
                .collect::<Vec<_>>(),
            [(false, true), (true, false)]
        );
        assert_eq!(risks_summary(&r), "You wrote about a risk you took in 1 of 2 sessions, and about something you held back in 1.");
    }

    #[test]
    fn a_question_left_unanswered_is_counted_nowhere() {
        let mut a = session(0, &[], &[("calm", 3)]);
        add(
            &mut a,
            prompts::BOUNDARIES,
            Answer::Boundaries {
                boundaries: vec![
                    Boundary {
                        what_happened: "Said I needed a minute".into(),
                        ..Boundary::default()
                    },
                    Boundary {
                        kind: Some(BoundaryKind::TookSpace),
                        ..Boundary::default()
                    },
                    Boundary {
                        respected: Some(Fit::No),
                        what_happened: "Asked them to stop".into(),
                        ..Boundary::default()
                    },
                ],
            },
        );
        add(
            &mut a,
            prompts::FEEDBACK_RECEIVED,
            Answer::Feedback {
                items: vec![
                    FeedbackReceived {
                        what_was_said: "You went quiet".into(),
                        ..Default::default()
                    },
                    FeedbackReceived {
                        what_was_said: "You seemed sure".into(),
                        matches: Some(Fit::Partly),
                        ..Default::default()
                    },
                    FeedbackReceived {
                        what_was_said: "You helped".into(),
                        ..Default::default()
                    },
                ],
            },
        );
        let all = vec![&a];
        let bounds = boundaries(&all);
        assert_eq!(bounds.per_session, vec![(day(0), 3)], "each one practised");
        assert_eq!(
            bounds
                .by_kind
                .iter()
                .filter(|(_, n)| *n > 0)
                .collect::<Vec<_>>(),
            [&(BoundaryKind::TookSpace, 1)],
            "a boundary without a kind is under no kind"
        );
        assert_eq!(
            bounds.respected,
            FitCounts {
                no: 1,
                ..FitCounts::default()
            },
            "only the one answered"
        );
        assert_eq!(
            boundaries_summary(&bounds),
            "You practised 3 boundaries across 1 session; most often \u{201c}took space\u{201d} \
             (1). You said whether 1 of them was respected: not respected once."
        );
        let fb = feedback(&all);
        assert_eq!(fb.items.len(), 3, "every piece is listed");
        assert_eq!(
            fb.totals,
            FitCounts {
                partly: 1,
                ..FitCounts::default()
            }
        );
        assert_eq!(fb.per_session[0].1.total(), 1);
        assert_eq!(
            feedback_summary(&fb),
            "You noted 3 pieces of feedback you received. Of the 1 where you said whether it \
             matches how you think you come across, 1 partly matched."
        );
        let summaries = format!("{} {}", boundaries_summary(&bounds), feedback_summary(&fb));
        assert!(!summaries.contains("sure"), "{summaries}");
    }

    #[test]
    fn with_no_kind_nor_answer_given_only_the_boundaries_and_feedback_are_counted() {
        let mut a = session(0, &[], &[("calm", 3)]);
        add(
            &mut a,
            prompts::BOUNDARIES,
            Answer::Boundaries {
                boundaries: vec![Boundary {
                    what_happened: "Said no".into(),
                    ..Boundary::default()
                }],
            },
        );
        add(
            &mut a,
            prompts::FEEDBACK_RECEIVED,
            Answer::Feedback {
                items: vec![FeedbackReceived {
                    what_was_said: "You went quiet".into(),
                    ..Default::default()
                }],
            },
        );
        let all = vec![&a];
        let bounds = boundaries(&all);
        assert_eq!(bounds.respected.total(), 0);
        assert!(bounds.by_kind.iter().all(|(_, n)| *n == 0));
        assert_eq!(
            boundaries_summary(&bounds),
            "You practised 1 boundary across 1 session."
        );
        let fb = feedback(&all);
        assert_eq!(fb.totals.total(), 0);
        assert_eq!(
            feedback_summary(&fb),
            "You noted 1 piece of feedback you received."
        );
    }

    /// `count` sessions, `every` days apart from 5 January 2026, each arriving anxious 6 and
    /// leaving with one word of each intensity in turn, a "withdrawing" tag every third one.
    fn spread(count: u64, every: u64) -> Vec<Session> {
        (0..count)
            .map(|n| {
                let date = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::new(every * n);
                let now = date.and_hms_opt(20, 0, 0).unwrap();
                let mut s = Session::new(SessionId::from_millis(1000 + n), date, now);
                let mut before = Entry::default();
                before.set(prompts::ARRIVING, emotions(&[("anxious", 6)]));
                s.put(Moment::Before, before, now);
                let mut after = Entry::default();
                after.set(
                    prompts::FEELING_NOW,
                    emotions(&[("relieved", (n % 2 * 4) as u8 + 2)]),
                );
                if n % 3 == 0 {
                    after.set(
                        prompts::PATTERNS,
                        Answer::Tags {
                            tags: vec!["withdrawing".into()],
                        },
                    );
                }
                s.put(Moment::After, after, now);
                s
            })
            .collect()
    }

    #[test]
    fn short_spans_keep_one_column_per_session() {
        let year = spread(26, 14);
        let all = select(&year, Window::All);
        let columns = periods(&all);
        assert_eq!(
            columns.len(),
            26,
            "a year of fortnightly sessions, each its own column"
        );
        assert!(columns
            .iter()
            .all(|p| p.grain == Grain::Session && p.sessions().len() == 1));
        assert_eq!(columns[0].label(), "5 Jan");
        let last8 = select(&year, Window::Last(8));
        assert_eq!(periods(&last8).len(), 8);
        assert!(periods(&[]).is_empty());
    }

    #[test]
    fn longer_spans_are_gathered_by_month_then_quarter_then_year() {
        // 40 weekly sessions: more than fit, across ten months.
        let weeks = spread(40, 7);
        let all = select(&weeks, Window::All);
        let months = periods(&all);
        assert_eq!(months.len(), 10);
        assert!(months.iter().all(|p| p.grain == Grain::Month));
        assert_eq!(months[0].label(), "Jan 2026");
        assert_eq!(months[0].sessions(), 0..4, "5, 12, 19 and 26 January");
        assert_eq!(months[1].label(), "Feb 2026");

        // 260 weekly sessions, five years: 60 months would be too many, 20 quarters fit.
        let five = spread(260, 7);
        let all = select(&five, Window::All);
        let quarters = periods(&all);
        assert_eq!(quarters.len(), 20);
        assert!(quarters.iter().all(|p| p.grain == Grain::Quarter));
        assert_eq!(quarters[0].label(), "Jan\u{2013}Mar 2026");
        assert_eq!(quarters[19].label(), "Oct\u{2013}Dec 2030");
        assert_eq!(
            quarters.iter().map(|p| p.sessions().len()).sum::<usize>(),
            260,
            "every session is in exactly one quarter"
        );
        assert!(quarters.windows(2).all(|w| w[0].end == w[1].first));

        // 260 fortnightly sessions, ten years: by year.
        let ten = spread(260, 14);
        let all = select(&ten, Window::All);
        let years = periods(&all);
        assert_eq!(
            years.iter().map(Period::label).collect::<Vec<_>>(),
            (2026..=2035).map(|y| y.to_string()).collect::<Vec<_>>()
        );
        assert_eq!(years[0].sessions().len(), 26);
    }

    #[test]
    fn gathered_columns_add_up_to_the_same_totals() {
        let five = spread(260, 7);
        let all = select(&five, Window::All);
        let o = overview(&all, &[]);
        assert_eq!(o.sessions, 260);
        assert_eq!(o.periods.len(), 20);
        let per_quarter: Vec<[u32; 4]> =
            per_period(&o.periods, &o.families, |t: &mut [u32; 4], r| {
                for (t, n) in t.iter_mut().zip(r.counts) {
                    *t += n;
                }
            });
        let sum = |rows: &[[u32; 4]]| rows.iter().flatten().sum::<u32>();
        assert_eq!(
            sum(&per_quarter),
            520,
            "two emotions a session, however they are drawn"
        );
        assert_eq!(
            sum(&per_quarter),
            sum(&o.families.iter().map(|r| r.counts).collect::<Vec<_>>())
        );
        // Arriving anxious 6 every time; leaving 2 and 6 in turn, so 4 on average.
        let felt = before_after_by(&o.periods, &o.before_after);
        let (arrived, left) = felt[0];
        let (arrived, left) = (arrived.unwrap(), left.unwrap());
        assert_eq!((arrived.intensity, arrived.sessions), (Some(6.0), 13));
        assert_eq!(arrived.family, Some(Family::StirredUp));
        assert!((left.intensity.unwrap() - 4.0).abs() < 0.2, "{left:?}");
        // "withdrawing" every third session: 87 of 260, in every quarter.
        assert_eq!(o.patterns[0].1.len(), 87);
        assert_eq!(o.patterns_by[0].iter().sum::<u32>(), 87);
        assert!(o.patterns_by[0].iter().all(|n| *n > 0));
    }
}
