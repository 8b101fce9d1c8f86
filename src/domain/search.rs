//! Finding anything the member wrote: words in any answer, emotion words, pattern tags,
//! initials or nicknames. Case-insensitive, newest sessions first, with where it matched.

use chrono::NaiveDate;

use super::journal::{Answer, Session, SessionId};
use super::schedule::Moment;

/// One place the query was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub session: SessionId,
    pub date: NaiveDate,
    /// "After group · Feedback you received", say.
    pub place: String,
    /// The matching text, shortened around the first match.
    pub snippet: String,
    /// Byte ranges of the matches within `snippet`, to highlight.
    pub marks: Vec<(usize, usize)>,
}

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Whether `haystack` at byte `at` starts with `needle` (already folded), ignoring case; if so,
/// where the match ends. Compares as it goes: searching a long journal allocates nothing.
fn match_at(haystack: &str, at: usize, needle: &[char]) -> Option<usize> {
    let mut chars = haystack[at..].char_indices();
    let mut end = at;
    for want in needle {
        let (offset, c) = chars.next()?;
        if fold(c) != *want {
            return None;
        }
        end = at + offset + c.len_utf8();
    }
    Some(end)
}

/// Where `needle` (already folded) next occurs in `haystack` from byte `from`, ignoring case.
fn find_from(haystack: &str, from: usize, needle: &[char]) -> Option<(usize, usize)> {
    // ASCII on both sides (nearly every answer): comparing bytes gives the same result faster.
    if !needle.is_empty() && needle.iter().all(char::is_ascii) && haystack.is_ascii() {
        return haystack.as_bytes()[from..]
            .windows(needle.len())
            .position(|window| {
                window
                    .iter()
                    .zip(needle)
                    .all(|(byte, want)| char::from(byte.to_ascii_lowercase()) == *want)
            })
            .map(|at| (from + at, from + at + needle.len()));
    }
    haystack[from..].char_indices().find_map(|(offset, _)| {
        match_at(haystack, from + offset, needle).map(|end| (from + offset, end))
    })
}

fn folded(needle: &str) -> Vec<char> {
    needle.chars().map(fold).collect()
}

/// Byte ranges where `needle` occurs in `haystack`, ignoring case.
pub fn find_all(haystack: &str, needle: &str) -> Vec<(usize, usize)> {
    let needle = folded(needle);
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    let mut from = 0;
    while let Some((start, end)) = find_from(haystack, from, &needle) {
        found.push((start, end));
        from = end;
    }
    found
}

/// The text around the first match (about `radius` characters each side), with the matches
/// inside it.
fn snippet(
    text: &str,
    first: (usize, usize),
    query: &str,
    radius: usize,
) -> (String, Vec<(usize, usize)>) {
    let before: Vec<(usize, char)> = text[..first.0].char_indices().collect();
    let start = if before.len() > radius {
        before[before.len() - radius].0
    } else {
        0
    };
    let end = text[first.1..]
        .char_indices()
        .nth(radius)
        .map_or(text.len(), |(i, _)| first.1 + i);
    let mut cut = String::new();
    if start > 0 {
        cut.push('…');
    }
    cut.push_str(&text[start..end]);
    if end < text.len() {
        cut.push('…');
    }
    let marks = find_all(&cut, query);
    (cut, marks)
}

/// Every searchable field of a session: which half, which prompt, and its text (borrowed, so
/// searching copies nothing until something is found).
fn fields(session: &Session) -> Vec<(&'static str, &str, &str)> {
    let mut out = Vec::new();
    for (moment, half) in [
        (Moment::Before, "Before group"),
        (Moment::After, "After group"),
    ] {
        let Some(entry) = session.entry(moment) else {
            continue;
        };
        for (id, answer) in &entry.answers {
            let mut texts: Vec<&str> = Vec::new();
            match answer {
                Answer::Text { text } | Answer::Bring { text, .. } => texts.push(text),
                Answer::Emotions { emotions } => {
                    for r in emotions {
                        texts.push(&r.word);
                        texts.push(&r.body_note);
                    }
                }
                Answer::Boundaries { boundaries } => {
                    for b in boundaries {
                        texts.extend(b.kind.map(|kind| kind.label()));
                        texts.extend([b.what_happened.as_str(), &b.how_it_felt]);
                    }
                }
                Answer::Feedback { items } => {
                    for f in items {
                        texts.extend([
                            f.what_was_said.as_str(),
                            &f.from,
                            &f.how_it_landed,
                            &f.what_i_will_do,
                        ]);
                    }
                }
                Answer::Tags { tags } => texts.extend(tags.iter().map(String::as_str)),
                Answer::Scale { .. } => {}
            }
            for text in texts.into_iter().filter(|t| !t.trim().is_empty()) {
                out.push((half, id.as_str(), text));
            }
        }
    }
    out
}

/// Every match of `query` (one hit per matching field), newest sessions first, at most `limit`.
pub fn search(
    sessions: &[Session],
    query: &str,
    prompt_text: &dyn Fn(&str) -> String,
    limit: usize,
) -> Vec<Hit> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    let needle = folded(query);
    let mut ordered: Vec<&Session> = sessions.iter().collect();
    super::sorting::sort_by(&mut ordered, |a, b| (b.date, &b.id).cmp(&(a.date, &a.id)));
    let mut hits = Vec::new();
    for session in ordered {
        for (half, id, text) in fields(session) {
            if let Some(first) = find_from(text, 0, &needle) {
                let (snippet, marks) = snippet(text, first, query, 60);
                hits.push(Hit {
                    session: session.id.clone(),
                    date: session.date,
                    place: format!("{half} · {}", prompt_text(id)),
                    snippet,
                    marks,
                });
                if hits.len() >= limit {
                    return hits;
                }
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::emotions::EmotionRating;
    use crate::domain::journal::{Entry, FeedbackReceived};
    use crate::domain::prompts;

    fn journal() -> Vec<Session> {
        let mut sessions = Vec::new();
        for (n, text) in [
            "I felt invisible when the group laughed",
            "Spoke to Ké about the silence",
        ]
        .iter()
        .enumerate()
        {
            let date = NaiveDate::from_ymd_opt(2026, 3, 1 + n as u32 * 7).unwrap();
            let now = date.and_hms_opt(20, 0, 0).unwrap();
            let mut s = Session::new(SessionId::from_millis(n as u64), date, now);
            let mut e = Entry::default();
            e.set(
                "moment",
                Answer::Text {
                    text: text.to_string(),
                },
            );
            e.set(
                prompts::FEELING_NOW,
                Answer::Emotions {
                    emotions: vec![EmotionRating::rated("lonely", 5)],
                },
            );
            e.set(
                prompts::PATTERNS,
                Answer::Tags {
                    tags: vec!["withdrawing".into()],
                },
            );
            e.set(
                prompts::FEEDBACK_RECEIVED,
                Answer::Feedback {
                    items: vec![FeedbackReceived {
                        from: "JB".into(),
                        what_was_said: "You go quiet".into(),
                        ..Default::default()
                    }],
                },
            );
            s.put(Moment::After, e, now);
            sessions.push(s);
        }
        sessions
    }

    fn words(id: &str) -> String {
        prompts::find(id)
            .map(|p| p.text.to_owned())
            .unwrap_or_default()
    }

    #[test]
    fn matching_ignores_case_and_reports_every_occurrence() {
        assert_eq!(find_all("Quiet, so QUIET", "quiet"), vec![(0, 5), (10, 15)]);
        assert_eq!(
            find_all("Ké spoke", "KÉ"),
            vec![(0, 3)],
            "byte ranges stay on char boundaries"
        );
        assert!(find_all("anything", "").is_empty());
        // The byte-wise path is only for ASCII text: the Kelvin sign folds to an ASCII "k".
        assert_eq!(
            find_all("\u{212A}elvin and kelvin", "KELVIN"),
            vec![(0, 8), (13, 19)]
        );
        assert_eq!(find_all("a quiet word", "QUIET"), vec![(2, 7)]);
    }

    #[test]
    fn a_phrase_an_emotion_a_tag_and_initials_are_all_found_newest_first() {
        let sessions = journal();
        let phrase = search(&sessions, "the group laughed", &words, 10);
        assert_eq!(phrase.len(), 1);
        assert_eq!(
            phrase[0].place,
            "After group · A moment that stayed with you"
        );
        let marked: Vec<&str> = phrase[0]
            .marks
            .iter()
            .map(|(a, b)| &phrase[0].snippet[*a..*b])
            .collect();
        assert_eq!(marked, ["the group laughed"]);
        let emotion = search(&sessions, "LONELY", &words, 10);
        assert_eq!(emotion.len(), 2);
        assert!(emotion[0].date > emotion[1].date, "newest first");
        assert_eq!(search(&sessions, "withdrawing", &words, 10).len(), 2);
        let initials = search(&sessions, "jb", &words, 10);
        assert_eq!(initials[0].place, "After group · Feedback you received");
        assert!(search(&sessions, "nowhere to be found", &words, 10).is_empty());
        assert_eq!(
            search(&sessions, "o", &words, 3).len(),
            3,
            "the limit holds"
        );
    }

    #[test]
    fn long_text_is_cut_around_the_match() {
        let long = format!("{} needle {}", "a".repeat(500), "b".repeat(500));
        let (cut, marks) = snippet(&long, find_all(&long, "needle")[0], "needle", 20);
        assert!(cut.starts_with('…') && cut.ends_with('…'));
        assert!(cut.chars().count() < 60);
        assert_eq!(&cut[marks[0].0..marks[0].1], "needle");
    }
}
