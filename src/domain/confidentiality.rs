//! Confidentiality aids from the group's ground rules: what is shared in group stays in group,
//! so others appear in the journal as initials or nicknames. These are gentle nudges only;
//! nothing is ever blocked or changed without the member.

/// Whether running text seems to hold someone's full name: two capitalised words in a row
/// ("when Sarah Jones said"), where the first is not simply the first word of a sentence
/// ("Yesterday Sarah laughed").
pub fn looks_like_full_name(text: &str) -> bool {
    capitalised_pair(text, true)
}

/// Whether a name field ("from whom") holds a full name: two capitalised words anywhere.
pub fn field_looks_like_full_name(text: &str) -> bool {
    capitalised_pair(text, false)
}

fn capitalised_pair(text: &str, mind_sentences: bool) -> bool {
    // "Sarah", "Anne-Marie", "O'Neill": a capital, then lower case, with a new capital
    // allowed only after a hyphen or an apostrophe. "JB" and "S." are not.
    // Checked as it goes (no copy of the word): this runs on every key typed in long entries.
    let capitalised = |word: &str| {
        let mut chars = word.chars();
        let Some(mut previous) = chars.next().filter(|c| c.is_uppercase()) else {
            return false;
        };
        let mut lower = false;
        for c in chars {
            let fits = c.is_lowercase()
                || c == '-'
                || c == '\''
                || (c.is_uppercase() && (previous == '-' || previous == '\''));
            if !fits {
                return false;
            }
            lower |= c.is_lowercase();
            previous = c;
        }
        lower
    };
    let mut sentence_start = mind_sentences;
    let mut previous: Option<&str> = None;
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'');
        if let Some(before) = previous {
            if capitalised(before) && capitalised(word) {
                return true;
            }
        }
        // The first word of a sentence is capitalised anyway: it doesn't start a name pair.
        previous = (!sentence_start).then_some(word);
        sentence_start = mind_sentences && raw.ends_with(['.', '!', '?', ':']);
        if sentence_start {
            previous = None;
        }
    }
    false
}

/// What we say when it does: warm, brief, and the member decides.
pub const FULL_NAME_NUDGE: &str = "This looks like it might be someone's full name. Initials or a \
    nickname keep what's shared in group inside the group. It's your call.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_names_are_noticed_in_a_field_and_in_running_text() {
        assert!(field_looks_like_full_name("Sarah Jones"));
        assert!(!field_looks_like_full_name("Sarah"));
        assert!(!field_looks_like_full_name("JB"));
        for text in [
            "When Sarah Jones said I was cold, I froze.",
            "I told Anne-Marie O'Neill about it",
            "yesterday Tom Baker laughed",
        ] {
            assert!(looks_like_full_name(text), "{text:?}");
        }
    }

    #[test]
    fn initials_nicknames_and_sentence_starts_are_not_names() {
        for text in [
            "JB",
            "S.",
            "Sarah",
            "Yesterday Sarah laughed",
            "I felt small. Then R. spoke",
            "When JB said it, I froze",
            "It was hard. Really hard.",
            "",
        ] {
            assert!(!looks_like_full_name(text), "{text:?}");
        }
    }
}
