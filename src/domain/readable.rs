//! The journal made readable for someone else: the sessions a member chose, in the order they
//! happened, as one document. The same document becomes a Markdown file and the print view,
//! so the two always say the same. Optionally, other members' initials and nicknames are
//! replaced with "a group member" before anything leaves the journal.

use chrono::NaiveDate;

use super::emotions::{self, EmotionRating, OwnEmotionWord};
use super::insights::{self, Window};
use super::journal::{long_date, numbered, Answer, Boundary, Entry, FeedbackReceived, Session};
use super::prompts::{self, OwnPrompt};
use super::schedule::{progress_label, Moment};
use super::schema::JournalSettings;

/// The document's title, on paper and at the top of the file.
pub const TITLE: &str = "My group journal";

/// What stands in for another member's name.
pub const GROUP_MEMBER: &str = "a group member";

/// What the member chose to share: a date range (inclusive; open at either end) and whether
/// other members' names are replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sharing {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub anonymize: bool,
}

impl Sharing {
    /// The choice as an address query ("?from=2026-11-03&to=2026-11-24&anonymize=1"), so the
    /// print view can be reloaded and still show the same thing.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(from) = self.from {
            parts.push(format!("from={from}"));
        }
        if let Some(to) = self.to {
            parts.push(format!("to={to}"));
        }
        if self.anonymize {
            parts.push("anonymize=1".to_owned());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// Reads the query back; a date that isn't one is left open rather than refused.
    pub fn from_query(from: Option<&str>, to: Option<&str>, anonymize: Option<&str>) -> Self {
        let date = |text: Option<&str>| text.and_then(|t| super::dates::read_date(t.trim()));
        Sharing {
            from: date(from),
            to: date(to),
            anonymize: anonymize.is_some_and(|a| a == "1" || a == "true"),
        }
    }

    /// The chosen sessions, oldest first. Dates given the wrong way round are read the right
    /// way round: nobody means "from December to November".
    pub fn chosen<'a>(&self, sessions: &'a [Session]) -> Vec<&'a Session> {
        let from = self.from.unwrap_or(NaiveDate::MIN);
        let to = self.to.unwrap_or(NaiveDate::MAX);
        insights::select(sessions, Window::Between(from.min(to), from.max(to)))
    }
}

/// The file's name, dated the day it was made: `here-and-now-2026-11-29.md`.
pub fn file_name(today: NaiveDate) -> String {
    format!("here-and-now-{today}.md")
}

/// The whole document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readable {
    pub title: &'static str,
    /// Which sessions these are, and whether names were replaced.
    pub about: Vec<String>,
    pub sessions: Vec<ReadableSession>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadableSession {
    /// "Tuesday 8 September 2026 · Session 2 of 12".
    pub heading: String,
    /// Before group, then after group; a half that was never written is left out.
    pub halves: Vec<ReadableHalf>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadableHalf {
    pub heading: &'static str,
    /// Only the prompts answered; empty when the entry was saved without answers.
    pub answers: Vec<ReadableAnswer>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadableAnswer {
    /// The prompt's words.
    pub prompt: String,
    /// Paragraphs.
    pub lines: Vec<Line>,
    /// A list after the paragraphs (emotions, boundaries, feedback), each item a few lines.
    pub items: Vec<Vec<Line>>,
}

/// One line of an answer: the member's words (or a few of ours), or a labelled field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Words(String),
    Field(&'static str, String),
}

/// Shown in place of the answers of an entry saved without any.
pub const SAVED_WITHOUT_ANSWERS: &str = "Saved without answers.";

/// Builds the document for `sharing` from the whole journal (numbers count every session, so
/// they match History).
pub fn readable(sessions: &[Session], settings: &JournalSettings, sharing: Sharing) -> Readable {
    let chosen = sharing.chosen(sessions);
    let others = sharing
        .anonymize
        .then(|| OtherMembers::named_in(&settings.people, &chosen));
    let numbers = numbered(sessions, settings.schedule.as_ref());
    let number_of = |session: &Session| {
        numbers
            .iter()
            .find(|(s, _)| s.id == session.id)
            .and_then(|(_, n)| *n)
    };
    let writer = Writer {
        own_prompts: &settings.own_prompts,
        own_emotions: &settings.own_emotions,
        others: others.as_ref(),
    };
    let sessions = chosen
        .iter()
        .map(|session| ReadableSession {
            heading: match number_of(session) {
                Some(n) => format!("{} · {}", long_date(session.date), progress_label(n)),
                None => long_date(session.date),
            },
            halves: [Moment::Before, Moment::After]
                .into_iter()
                .filter_map(|moment| Some(writer.half(moment, session.entry(moment)?)))
                .collect(),
        })
        .collect();
    Readable {
        title: TITLE,
        about: about(sharing, chosen.len()),
        sessions,
    }
}

fn about(sharing: Sharing, count: usize) -> Vec<String> {
    let day = super::dates::day_month_year;
    let (from, to) = match (sharing.from, sharing.to) {
        (Some(a), Some(b)) => (Some(a.min(b)), Some(a.max(b))),
        other => other,
    };
    let which = match (from, to) {
        (None, None) => "Every session in my journal".to_owned(),
        (Some(from), None) => format!("Sessions from {} on", day(from)),
        (None, Some(to)) => format!("Sessions up to {}", day(to)),
        (Some(from), Some(to)) => format!("Sessions from {} to {}", day(from), day(to)),
    };
    let mut about = vec![if count == 0 {
        format!("{which}: there are none.")
    } else {
        format!("{which} ({}).", insights::sessions_phrase(count))
    }];
    if sharing.anonymize {
        about.push(format!(
            "Other group members' names are replaced with \u{201c}{GROUP_MEMBER}\u{201d}."
        ));
    }
    about
}

/// Turns stored answers into lines, replacing other members' names when asked to.
struct Writer<'a> {
    own_prompts: &'a [OwnPrompt],
    own_emotions: &'a [OwnEmotionWord],
    others: Option<&'a OtherMembers>,
}

impl Writer<'_> {
    /// The member's text, with other members' names replaced if that was chosen.
    fn words(&self, text: &str) -> String {
        match self.others {
            Some(others) => others.replaced_in(text),
            None => text.to_owned(),
        }
    }

    fn half(&self, moment: Moment, entry: &Entry) -> ReadableHalf {
        let heading = match (moment, entry.quick) {
            (Moment::Before, false) => "Before group",
            (Moment::Before, true) => "Before group (a quick check-in)",
            (Moment::After, false) => "After group",
            (Moment::After, true) => "After group (a quick check-in)",
        };
        let mut answered: Vec<(&String, &Answer)> = entry
            .answers
            .iter()
            .filter(|(_, answer)| !answer.is_empty())
            .collect();
        // The order the flow asks in: our prompts, then the member's own in their order.
        super::sorting::sort_by_key(&mut answered, |(id, _)| {
            prompts::CATALOGUE
                .iter()
                .position(|p| p.id == id.as_str())
                .or_else(|| {
                    self.own_prompts
                        .iter()
                        .position(|p| &p.id == *id)
                        .map(|at| prompts::CATALOGUE.len() + at)
                })
                .unwrap_or(usize::MAX)
        });
        ReadableHalf {
            heading,
            answers: answered
                .into_iter()
                .map(|(id, answer)| self.answer(id, answer))
                .collect(),
        }
    }

    fn answer(&self, id: &str, answer: &Answer) -> ReadableAnswer {
        let words = prompts::words_of(id, self.own_prompts);
        // Our prompts name nobody; the member's own might.
        let prompt = if prompts::find(id).is_some() {
            words
        } else {
            self.words(&words)
        };
        let mut lines = Vec::new();
        let mut items = Vec::new();
        match answer {
            Answer::Text { text } => lines.push(Line::Words(self.words(text.trim()))),
            Answer::Emotions { emotions } => {
                items = emotions.iter().map(|r| self.emotion(r)).collect();
            }
            Answer::Bring {
                text,
                carried,
                only_if_right,
            } => {
                if !text.trim().is_empty() {
                    lines.push(Line::Words(self.words(text.trim())));
                }
                if !carried.is_empty() {
                    let carried: Vec<String> =
                        carried.iter().map(|c| self.words(&c.text)).collect();
                    lines.push(Line::Field("From last time", carried.join("; ")));
                }
                if *only_if_right {
                    lines.push(Line::Words("Only if it feels right.".to_owned()));
                }
            }
            Answer::Boundaries { boundaries } => {
                items = boundaries.iter().map(|b| self.boundary(b)).collect();
            }
            Answer::Feedback { items: feedback } => {
                items = feedback.iter().map(|f| self.feedback(f)).collect();
            }
            Answer::Tags { tags } => {
                let tags: Vec<String> = tags.iter().map(|t| self.words(t)).collect();
                lines.push(Line::Words(tags.join(", ")));
            }
            Answer::Scale { value } => lines.push(Line::Words(format!("{value} out of 10"))),
        }
        ReadableAnswer {
            prompt,
            lines,
            items,
        }
    }

    fn emotion(&self, rating: &EmotionRating) -> Vec<Line> {
        let family = emotions::family_of(&rating.word, self.own_emotions)
            .map(|f| f.name())
            .unwrap_or("my own word");
        let strength = rating
            .strength()
            .map(|s| format!(": {s}"))
            .unwrap_or_default();
        let mut lines = vec![Line::Words(format!(
            "{}{strength} ({family})",
            self.words(&rating.word),
        ))];
        push_field(&mut lines, "Felt in", &self.words(&rating.body_note));
        lines
    }

    /// Only what the member gave: a kind or "respected" never chosen is left out, not filled in.
    fn boundary(&self, boundary: &Boundary) -> Vec<Line> {
        let mut lines: Vec<Line> = boundary
            .kind
            .map(|kind| Line::Words(kind.label().to_owned()))
            .into_iter()
            .collect();
        push_field(
            &mut lines,
            "What happened",
            &self.words(&boundary.what_happened),
        );
        if let Some(respected) = boundary.respected {
            lines.push(Line::Field("Respected", respected.label().to_owned()));
        }
        push_field(
            &mut lines,
            "How it felt",
            &self.words(&boundary.how_it_felt),
        );
        if lines.is_empty() {
            lines.push(Line::Words("A boundary".to_owned()));
        }
        lines
    }

    fn feedback(&self, feedback: &FeedbackReceived) -> Vec<Line> {
        let mut lines = Vec::new();
        push_field(
            &mut lines,
            "What was said",
            &self.words(&feedback.what_was_said),
        );
        let from = if self.others.is_some() {
            GROUP_MEMBER.to_owned()
        } else if feedback.from.trim().is_empty() {
            "someone in the group".to_owned()
        } else {
            feedback.from.trim().to_owned()
        };
        lines.push(Line::Field("From", from));
        push_field(
            &mut lines,
            "How it landed",
            &self.words(&feedback.how_it_landed),
        );
        if let Some(matches) = feedback.matches {
            lines.push(Line::Field(
                "Matches how I think I come across",
                matches.label().to_owned(),
            ));
        }
        push_field(
            &mut lines,
            "What I want to do with it",
            &self.words(&feedback.what_i_will_do),
        );
        lines
    }
}

fn push_field(lines: &mut Vec<Line>, label: &'static str, text: &str) {
    let text = text.trim();
    if !text.is_empty() {
        lines.push(Line::Field(label, text.to_owned()));
    }
}

/// The other members' initials and nicknames, as the member wrote them: the people list plus
/// everyone named as giving feedback in the chosen sessions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherMembers {
    /// Longest first, so "JB" is replaced before "J" could be.
    names: Vec<String>,
}

impl OtherMembers {
    pub fn named_in(people: &[String], sessions: &[&Session]) -> Self {
        let from_feedback = sessions
            .iter()
            .flat_map(|s| [s.preparation.as_ref(), s.reflection.as_ref()])
            .flatten()
            .flat_map(|entry| entry.answers.values())
            .flat_map(|answer| match answer {
                Answer::Feedback { items } => items.iter().map(|f| f.from.clone()).collect(),
                _ => Vec::new(),
            });
        let mut names: Vec<String> = people
            .iter()
            .cloned()
            .chain(from_feedback)
            .map(|name| name.trim().to_owned())
            .filter(|name| !name.is_empty())
            .collect();
        super::sorting::sort_by(&mut names, |a, b| {
            b.chars().count().cmp(&a.chars().count()).then(a.cmp(b))
        });
        names.dedup();
        OtherMembers { names }
    }

    /// `text` with every name, as a whole word, replaced by "a group member" ("A group member"
    /// where a sentence begins). Names are matched exactly as written, case and all: "Will" is
    /// someone, "will" is not.
    pub fn replaced_in(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        while at < text.len() {
            let word_starts = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if word_starts {
                if let Some(length) = self.name_at(&text[at..]) {
                    let before = text[..at].trim_end_matches([' ', '\t']);
                    if before.is_empty() || before.ends_with(['.', '!', '?', '\n']) {
                        out.push('A');
                        out.push_str(&GROUP_MEMBER[1..]);
                    } else {
                        out.push_str(GROUP_MEMBER);
                    }
                    at += length;
                    continue;
                }
            }
            let c = text[at..].chars().next().unwrap_or_default();
            out.push(c);
            at += c.len_utf8().max(1);
        }
        out
    }

    /// The length of the name that `rest` starts with as a whole word, if any.
    fn name_at(&self, rest: &str) -> Option<usize> {
        self.names.iter().find_map(|name| {
            let after = rest.strip_prefix(name.as_str())?;
            if after.chars().next().is_some_and(char::is_alphanumeric) {
                return None;
            }
            if name.chars().count() > 1 {
                return Some(name.len());
            }
            // One letter: "R" is written "R." too, and the full stop belongs to the initial
            // when the sentence goes on ("R. said"). "A", "I" and "O" are also words, so on
            // their own they are only a name with that full stop.
            let dotted = after.starts_with('.');
            if matches!(name.as_str(), "A" | "I" | "O" | "a" | "i" | "o") && !dotted {
                return None;
            }
            let sentence_goes_on = after[dotted as usize..]
                .strip_prefix([' ', '\t'])
                .and_then(|next| next.trim_start().chars().next())
                .is_some_and(|c| c.is_lowercase() || c == ',');
            Some(name.len() + usize::from(dotted && sentence_goes_on))
        })
    }
}

/// The document as Markdown. Everything the member wrote is escaped so it reads as the text
/// it is: a line starting "# " stays a line, `<b>` stays those three characters.
pub fn to_markdown(readable: &Readable) -> String {
    let mut out = format!("# {}\n\n", escape_line(readable.title));
    for line in &readable.about {
        out.push_str(&escape_line(line));
        out.push_str("\n\n");
    }
    for session in &readable.sessions {
        out.push_str(&format!("## {}\n\n", escape_line(&session.heading)));
        for half in &session.halves {
            out.push_str(&format!("### {}\n\n", escape_line(half.heading)));
            if half.answers.is_empty() {
                out.push_str(SAVED_WITHOUT_ANSWERS);
                out.push_str("\n\n");
            }
            for answer in &half.answers {
                out.push_str(&format!("#### {}\n\n", escape_line(&answer.prompt)));
                for line in &answer.lines {
                    out.push_str(&paragraphs(&line_text(line)));
                }
                for item in &answer.items {
                    out.push_str(&list_item(item));
                }
                if !answer.items.is_empty() {
                    out.push('\n');
                }
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn line_text(line: &Line) -> String {
    match line {
        Line::Words(words) => words.clone(),
        Line::Field(label, words) => format!("{label}: {words}"),
    }
}

/// Member text as paragraphs: blank lines part them, single line breaks are kept (a trailing
/// double space is Markdown's line break).
fn paragraphs(text: &str) -> String {
    let mut out = String::new();
    for paragraph in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<String> = paragraph
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(escape_line)
            .collect();
        out.push_str(&lines.join("  \n"));
        out.push_str("\n\n");
    }
    out
}

/// One list item; its lines are kept as lines, indented so they stay inside the item.
fn list_item(item: &[Line]) -> String {
    let lines: Vec<String> = item
        .iter()
        .flat_map(|line| {
            line_text(line)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(escape_line)
                .collect::<Vec<_>>()
        })
        .collect();
    format!("- {}\n", lines.join("  \n  "))
}

/// One line of text, escaped so Markdown shows it as written. Leading spaces go (four would
/// make a code block); characters that start a heading, quote or list at the beginning of a
/// line are escaped there, and those that make emphasis, code, links, HTML, strikethrough,
/// tables or entities are escaped everywhere.
pub fn escape_line(line: &str) -> String {
    let line = line.trim();
    let chars: Vec<char> = line.chars().collect();
    let block_marker = match chars.first() {
        Some('#' | '>' | '-' | '+' | '=') => Some(0),
        Some(c) if c.is_ascii_digit() => {
            let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
            matches!(chars.get(digits), Some('.' | ')')).then_some(digits)
        }
        _ => None,
    };
    let mut out = String::with_capacity(line.len() + 8);
    for (index, &c) in chars.iter().enumerate() {
        let inline = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~' | '|');
        if inline
            || block_marker == Some(index)
            || (c == '&' && entity_follows(&chars[index + 1..]))
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether "&" here would start an HTML entity such as `&amp;` or `&#60;`.
fn entity_follows(rest: &[char]) -> bool {
    let rest = rest.strip_prefix(&['#']).unwrap_or(rest);
    let name = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    name > 0 && rest.get(name) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journal::{BoundaryKind, Carried, Fit, SessionId};
    use crate::domain::prompts::When;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn text(t: &str) -> Answer {
        Answer::Text { text: t.into() }
    }

    /// A session on 2026-11-`d` with the given halves (prompt id, answer).
    fn session(d: u32, before: &[(&str, Answer)], after: &[(&str, Answer)]) -> Session {
        let now = day(d).and_hms_opt(21, 0, 0).unwrap();
        let mut s = Session::new(SessionId::from_millis(u64::from(d)), day(d), now);
        for (moment, answers) in [(Moment::Before, before), (Moment::After, after)] {
            if answers.is_empty() {
                continue;
            }
            let mut entry = Entry::default();
            for (id, answer) in answers {
                entry.set(id, answer.clone());
            }
            s.put(moment, entry, now);
        }
        s
    }

    fn feedback(from: &str, said: &str) -> Answer {
        Answer::Feedback {
            items: vec![FeedbackReceived {
                what_was_said: said.into(),
                from: from.into(),
                how_it_landed: "It stung, then it helped".into(),
                matches: Some(Fit::Partly),
                what_i_will_do: "Ask Sam what they saw".into(),
            }],
        }
    }

    /// Four weekly sessions: the 3rd, 10th, 17th and 24th of November.
    fn journal() -> Vec<Session> {
        vec![
            session(3, &[("moment", text("Week one"))], &[]),
            session(10, &[], &[("moment", text("Week two"))]),
            session(17, &[("moment", text("Week three"))], &[]),
            session(24, &[("moment", text("Week four"))], &[]),
        ]
    }

    fn markdown(sessions: &[Session], settings: &JournalSettings, sharing: Sharing) -> String {
        to_markdown(&readable(sessions, settings, sharing))
    }

    #[test]
    fn a_date_range_includes_both_ends_and_nothing_outside() {
        let sharing = Sharing {
            from: Some(day(10)),
            to: Some(day(17)),
            anonymize: false,
        };
        let md = markdown(&journal(), &JournalSettings::default(), sharing);
        assert!(md.contains("Week two") && md.contains("Week three"), "{md}");
        assert!(
            !md.contains("Week one") && !md.contains("Week four"),
            "{md}"
        );
        assert!(md.contains("Sessions from 10 November 2026 to 17 November 2026 (2 sessions)."));
        // Numbers count the whole journal, as History does.
        assert!(
            md.contains("## Tuesday 10 November 2026 · Session 2 of 12\n"),
            "{md}"
        );
        // The wrong way round means the same days.
        let reversed = Sharing {
            from: Some(day(17)),
            to: Some(day(10)),
            anonymize: false,
        };
        assert_eq!(
            markdown(&journal(), &JournalSettings::default(), reversed),
            md
        );
    }

    #[test]
    fn no_range_means_every_session_oldest_first() {
        let md = markdown(&journal(), &JournalSettings::default(), Sharing::default());
        let at = |words| {
            md.find(words)
                .unwrap_or_else(|| panic!("{words} missing: {md}"))
        };
        assert!(at("Week one") < at("Week two") && at("Week three") < at("Week four"));
        assert!(md.contains("Every session in my journal (4 sessions)."));
        let open_start = Sharing {
            to: Some(day(10)),
            ..Sharing::default()
        };
        let md = markdown(&journal(), &JournalSettings::default(), open_start);
        assert!(md.contains("Week one") && md.contains("Week two") && !md.contains("Week three"));
        assert!(md.contains("Sessions up to 10 November 2026 (2 sessions)."));
    }

    #[test]
    fn an_empty_journal_or_an_empty_range_says_so_plainly() {
        let md = markdown(&[], &JournalSettings::default(), Sharing::default());
        assert_eq!(
            md,
            "# My group journal\n\nEvery session in my journal: there are none.\n"
        );
        let later = Sharing {
            from: Some(day(25)),
            ..Sharing::default()
        };
        let md = markdown(&journal(), &JournalSettings::default(), later);
        assert!(
            md.ends_with("Sessions from 25 November 2026 on: there are none.\n"),
            "{md}"
        );
    }

    #[test]
    fn only_the_halves_written_appear_and_an_empty_one_says_it_was_saved_without_answers() {
        let mut only_after = session(10, &[], &[("moment", text("Only after"))]);
        let md = markdown(
            std::slice::from_ref(&only_after),
            &JournalSettings::default(),
            Sharing::default(),
        );
        assert!(
            !md.contains("### Before group") && md.contains("### After group\n"),
            "{md}"
        );
        only_after.put(
            Moment::Before,
            Entry {
                quick: true,
                ..Entry::default()
            },
            only_after.updated,
        );
        let md = markdown(
            &[only_after],
            &JournalSettings::default(),
            Sharing::default(),
        );
        let before = md.find("### Before group (a quick check-in)\n\nSaved without answers.");
        assert!(
            before.is_some_and(|b| b < md.find("### After group").unwrap()),
            "{md}"
        );
    }

    #[test]
    fn every_kind_of_answer_reads_with_its_prompt_and_skipped_prompts_are_left_out() {
        let mut entry_before = vec![
            (
                prompts::ARRIVING,
                Answer::Emotions {
                    emotions: vec![
                        EmotionRating {
                            body_note: "tight chest".into(),
                            ..EmotionRating::rated("anxious", 7)
                        },
                        EmotionRating::rated("wobbly", 3),
                    ],
                },
            ),
            (
                prompts::BRING,
                Answer::Bring {
                    text: "Tell them I felt left out".into(),
                    carried: vec![Carried {
                        id: "s1".into(),
                        text: "The silence last week".into(),
                    }],
                    only_if_right: true,
                },
            ),
            ("what-scares-me", text("   ")),
        ];
        entry_before.push(("own-1", text("My shoulders")));
        let after = [
            (
                prompts::BOUNDARIES,
                Answer::Boundaries {
                    boundaries: vec![Boundary {
                        kind: Some(BoundaryKind::SaidNo),
                        what_happened: "Said no to staying late".into(),
                        respected: Some(Fit::Yes),
                        how_it_felt: "Shaky, then proud".into(),
                    }],
                },
            ),
            (
                prompts::FEEDBACK_RECEIVED,
                feedback("JB", "I smile when I'm angry"),
            ),
            (
                prompts::PATTERNS,
                Answer::Tags {
                    tags: vec!["performing".into(), "withdrawing".into()],
                },
            ),
            ("connection", Answer::Scale { value: 7 }),
            (prompts::BRING_NEXT, text("Ask for more time")),
        ];
        let mut settings = JournalSettings::default();
        settings.add_own_prompt("What did my body do?".into(), When::Both);
        let s = session(10, &entry_before, &after);
        let md = markdown(&[s], &settings, Sharing::default());
        let expected = [
            "### Before group",
            "",
            "#### How are you arriving?",
            "",
            "- anxious: 7 of 10 (Stirred up)  ",
            "  Felt in: tight chest",
            "- wobbly: 3 of 10 (my own word)",
            "",
            "#### What do you want to bring into the room?",
            "",
            "Tell them I felt left out",
            "",
            "From last time: The silence last week",
            "",
            "Only if it feels right.",
            "",
            "#### What did my body do?",
            "",
            "My shoulders",
            "",
            "### After group",
            "",
            "#### Boundaries you practised",
            "",
            "- Said no  ",
            "  What happened: Said no to staying late  ",
            "  Respected: Yes  ",
            "  How it felt: Shaky, then proud",
            "",
            "#### Feedback you received",
            "",
            "- What was said: I smile when I'm angry  ",
            "  From: JB  ",
            "  How it landed: It stung, then it helped  ",
            "  Matches how I think I come across: Partly  ",
            "  What I want to do with it: Ask Sam what they saw",
            "",
            "#### Patterns you noticed in yourself",
            "",
            "performing, withdrawing",
            "",
            "#### How connected did you feel to the group today?",
            "",
            "7 out of 10",
            "",
            "#### What do you want to bring next time?",
            "",
            "Ask for more time",
        ]
        .join("\n")
            + "\n";
        assert!(md.ends_with(&expected), "{md}");
        assert!(
            !md.contains("What scares you"),
            "a blank answer is a skipped prompt"
        );
    }

    #[test]
    fn choices_left_unanswered_are_not_written_as_anything() {
        let after = [
            (
                prompts::BOUNDARIES,
                Answer::Boundaries {
                    boundaries: vec![
                        Boundary {
                            what_happened: "Asked for a minute".into(),
                            ..Boundary::default()
                        },
                        Boundary {
                            kind: Some(BoundaryKind::TookSpace),
                            ..Boundary::default()
                        },
                    ],
                },
            ),
            (
                prompts::FEEDBACK_RECEIVED,
                Answer::Feedback {
                    items: vec![FeedbackReceived {
                        what_was_said: "You went quiet".into(),
                        from: "JB".into(),
                        ..FeedbackReceived::default()
                    }],
                },
            ),
        ];
        let md = markdown(
            &[session(10, &[], &after)],
            &JournalSettings::default(),
            Sharing::default(),
        );
        let expected = [
            "#### Boundaries you practised",
            "",
            "- What happened: Asked for a minute",
            "- Took space",
            "",
            "#### Feedback you received",
            "",
            "- What was said: You went quiet  ",
            "  From: JB",
        ]
        .join("\n");
        assert!(md.contains(&expected), "{md}");
        for never in ["Not sure", "Respected", "Matches how", "Spoke up"] {
            assert!(!md.contains(never), "{never} in {md}");
        }
    }

    #[test]
    fn markdown_in_the_members_words_stays_text() {
        let hostile = "# not a heading\n> not a quote\n- not a list\n1. not a number\n\
                       **not bold** _not_ `code` [link](x) <img src=x onerror=alert(1)>\n\
                       ~~struck~~ a|b &amp; back\\slash\n    not code\n---";
        let s = session(10, &[("moment", text(hostile))], &[]);
        let md = markdown(&[s], &JournalSettings::default(), Sharing::default());
        let expected = [
            "\\# not a heading  ",
            "\\> not a quote  ",
            "\\- not a list  ",
            "1\\. not a number  ",
            "\\*\\*not bold\\*\\* \\_not\\_ \\`code\\` \\[link\\](x) \\<img src=x onerror=alert(1)>  ",
            "\\~\\~struck\\~\\~ a\\|b \\&amp; back\\\\slash  ",
            "not code  ",
            "\\---",
        ]
        .join("\n")
            + "\n";
        assert!(md.ends_with(&expected), "{md}");
        // Ordinary punctuation is left alone, so the file still reads well as plain text.
        assert_eq!(escape_line("Me & R. - 3 times!"), "Me & R. - 3 times!");
        assert_eq!(escape_line("2026 was hard"), "2026 was hard");
    }

    #[test]
    fn a_blank_line_in_the_members_words_starts_a_new_paragraph() {
        let s = session(
            10,
            &[("moment", text("First thought\n\n\nSecond\nthird"))],
            &[],
        );
        let md = markdown(&[s], &JournalSettings::default(), Sharing::default());
        assert!(md.ends_with("First thought\n\nSecond  \nthird\n"), "{md}");
    }

    fn anonymized(sessions: &[Session], people: &[&str]) -> String {
        let settings = JournalSettings {
            people: people.iter().map(|p| p.to_string()).collect(),
            ..JournalSettings::default()
        };
        let sharing = Sharing {
            anonymize: true,
            ..Sharing::default()
        };
        markdown(sessions, &settings, sharing)
    }

    #[test]
    fn anonymizing_replaces_names_in_every_text_field_and_nothing_else() {
        let before = [
            (
                prompts::ARRIVING,
                Answer::Emotions {
                    emotions: vec![EmotionRating {
                        body_note: "throat, when Sam looked".into(),
                        ..EmotionRating::rated("anxious", 7)
                    }],
                },
            ),
            (
                prompts::BRING,
                Answer::Bring {
                    text: "Tell Sam I was hurt".into(),
                    carried: vec![Carried {
                        id: "s1".into(),
                        text: "What JB said".into(),
                    }],
                    only_if_right: false,
                },
            ),
            ("own-1", text("Nothing yet")),
        ];
        let after = [
            (
                prompts::BOUNDARIES,
                Answer::Boundaries {
                    boundaries: vec![Boundary {
                        kind: Some(BoundaryKind::Disagreed),
                        what_happened: "Disagreed with Sam".into(),
                        respected: Some(Fit::Partly),
                        how_it_felt: "Sam's face made me freeze".into(),
                    }],
                },
            ),
            (
                prompts::FEEDBACK_RECEIVED,
                feedback("Kit", "Kit said I hide behind jokes; Sam agreed"),
            ),
            (
                prompts::PATTERNS,
                Answer::Tags {
                    tags: vec!["pleasing Sam".into()],
                },
            ),
            (
                "moment",
                text("Sam cried. I stayed with it, and so did JB."),
            ),
        ];
        let mut settings = JournalSettings {
            people: vec!["Sam".into(), "JB".into()],
            ..JournalSettings::default()
        };
        settings.add_own_prompt("What do I want to say to JB?".into(), When::Before);
        let sharing = Sharing {
            anonymize: true,
            ..Sharing::default()
        };
        let md = markdown(&[session(10, &before, &after)], &settings, sharing);
        for name in ["Sam", "JB", "Kit"] {
            assert!(!md.contains(name), "{name} is still there: {md}");
        }
        for replaced in [
            "Felt in: throat, when a group member looked",
            "Tell a group member I was hurt",
            "From last time: What a group member said",
            "#### What do I want to say to a group member?",
            "What happened: Disagreed with a group member",
            "How it felt: A group member's face made me freeze",
            "What was said: A group member said I hide behind jokes; a group member agreed",
            "From: a group member",
            "What I want to do with it: Ask a group member what they saw",
            "pleasing a group member",
            "A group member cried. I stayed with it, and so did a group member.",
            "Other group members' names are replaced with \u{201c}a group member\u{201d}.",
        ] {
            assert!(md.contains(replaced), "{replaced:?} missing: {md}");
        }
        // Everything else is exactly as without anonymizing.
        let plain = markdown(
            &[session(10, &before, &after)],
            &settings,
            Sharing::default(),
        );
        let untouched = |m: &str| -> Vec<String> {
            m.lines()
                .filter(|l| !l.is_empty())
                .filter(|l| {
                    !["group member", "Sam", "JB", "Kit"]
                        .iter()
                        .any(|w| l.contains(w))
                })
                .map(str::to_owned)
                .collect()
        };
        assert_eq!(untouched(&md), untouched(&plain));
        assert_eq!(
            md.lines().count(),
            plain.lines().count() + 2,
            "one more line about it"
        );
    }

    #[test]
    fn only_whole_words_are_replaced_and_case_counts() {
        let s = session(
            10,
            &[(
                "moment",
                text("Also Al's point, and Alan. Al, you matter. Will said I will."),
            )],
            &[],
        );
        let md = anonymized(&[s], &["Al", "Will"]);
        assert!(
            md.contains(
                "Also a group member's point, and Alan. A group member, you matter. \
                 A group member said I will."
            ),
            "{md}"
        );
    }

    #[test]
    fn very_short_names_are_replaced_with_care() {
        let s = session(
            10,
            &[(
                "moment",
                text("R. said I was distant. I told R. Then A. nodded. A moment passed, RJ too."),
            )],
            &[],
        );
        let md = anonymized(&[s], &["R", "A"]);
        assert!(
            md.contains(
                "A group member said I was distant. I told a group member. Then a group member \
                 nodded. A moment passed, RJ too."
            ),
            "{md}"
        );
    }

    #[test]
    fn names_in_the_chosen_feedback_count_even_when_not_in_the_people_list() {
        let s = session(
            10,
            &[],
            &[
                (prompts::FEEDBACK_RECEIVED, feedback("Mo", "You went quiet")),
                ("moment", text("Mo and Lou laughed")),
            ],
        );
        let md = anonymized(&[s], &[]);
        assert!(md.contains("A group member and Lou laughed"), "{md}");
        assert!(md.contains("From: a group member"), "{md}");
    }

    #[test]
    fn the_choice_survives_the_address_of_the_print_view() {
        let sharing = Sharing {
            from: Some(day(3)),
            to: Some(day(24)),
            anonymize: true,
        };
        assert_eq!(
            sharing.query(),
            "?from=2026-11-03&to=2026-11-24&anonymize=1"
        );
        assert_eq!(
            Sharing::from_query(Some("2026-11-03"), Some("2026-11-24"), Some("1")),
            sharing
        );
        assert_eq!(Sharing::default().query(), "");
        assert_eq!(
            Sharing::from_query(Some("soon"), None, Some("0")),
            Sharing::default()
        );
        assert_eq!(file_name(day(29)), "here-and-now-2026-11-29.md");
    }
}
