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

/// Byte ranges where `needle` occurs in `haystack`, ignoring case.
pub fn find_all(haystack: &str, needle: &str) -> Vec<(usize, usize)> {
    let fold = |c: char| c.to_lowercase().next().unwrap_or(c);
    let needle: Vec<char> = needle.chars().map(fold).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = haystack.char_indices().map(|(i, c)| (i, fold(c))).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + needle.len() <= chars.len() {
        if chars[i..i + needle.len()]
            .iter()
            .map(|(_, c)| *c)
            .eq(needle.iter().copied())
        {
            let start = chars[i].0;
            let end = chars
                .get(i + needle.len())
                .map_or(haystack.len(), |(at, _)| *at);
            found.push((start, end));
            i += needle.len();
        } else {
            i += 1;
        }
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

/// Every searchable field of a session: where it is, and its text.
fn fields(session: &Session, prompt_text: &dyn Fn(&str) -> String) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (moment, half) in [
        (Moment::Before, "Before group"),
        (Moment::After, "After group"),
    ] {
        let Some(entry) = session.entry(moment) else {
            continue;
        };
        for (id, answer) in &entry.answers {
            let place = format!("{half} · {}", prompt_text(id));
            let mut texts: Vec<String> = Vec::new();
            match answer {
                Answer::Text { text } | Answer::Bring { text, .. } => texts.push(text.clone()),
                Answer::Emotions { emotions } => {
                    for r in emotions {
                        texts.push(r.word.clone());
                        texts.push(r.body_note.clone());
                    }
                }
                Answer::Boundaries { boundaries } => {
                    for b in boundaries {
                        texts.extend([
                            b.kind.label().to_owned(),
                            b.what_happened.clone(),
                            b.how_it_felt.clone(),
                        ]);
                    }
                }
                Answer::Feedback { items } => {
                    for f in items {
                        texts.extend([
                            f.what_was_said.clone(),
                            f.from.clone(),
                            f.how_it_landed.clone(),
                            f.what_i_will_do.clone(),
                        ]);
                    }
                }
                Answer::Tags { tags } => texts.extend(tags.iter().cloned()),
                Answer::Scale { .. } => {}
            }
            for text in texts.into_iter().filter(|t| !t.trim().is_empty()) {
                out.push((place.clone(), text));
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
    let mut ordered: Vec<&Session> = sessions.iter().collect();
    ordered.sort_by(|a, b| (b.date, &b.id).cmp(&(a.date, &a.id)));
    let mut hits = Vec::new();
    for session in ordered {
        for (place, text) in fields(session, prompt_text) {
            if let Some(first) = find_all(&text, query).first().copied() {
                let (snippet, marks) = snippet(&text, first, query, 60);
                hits.push(Hit {
                    session: session.id.clone(),
                    date: session.date,
                    place,
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
                    emotions: vec![EmotionRating::new("lonely", 5)],
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
