//! The English the sentences share: "1 session", "a, b and c", "twice", "four", quoted words.

/// "1 session", "3 sessions".
pub fn sessions_phrase(count: usize) -> String {
    if count == 1 {
        "1 session".to_owned()
    } else {
        format!("{count} sessions")
    }
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

/// "one" to "twelve" in words, larger numbers in figures.
pub fn number_word(n: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |word| (*word).to_owned())
}

/// The member's own word, in curly quotes, exactly as they wrote it.
pub fn quoted(word: &str) -> String {
    format!("\u{201c}{word}\u{201d}")
}

/// The first letter in capitals.
pub fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_english() {
        assert_eq!(sessions_phrase(1), "1 session");
        assert_eq!(sessions_phrase(0), "0 sessions");
        assert_eq!(join_words(&[]), "");
        assert_eq!(join_words(&["a".into()]), "a");
        assert_eq!(join_words(&["a".into(), "b".into()]), "a and b");
        assert_eq!(
            join_words(&["a".into(), "b".into(), "c".into()]),
            "a, b and c"
        );
        assert_eq!([times(1), times(2), times(3)], ["once", "twice", "3 times"]);
        assert_eq!(number_word(4), "four");
        assert_eq!(number_word(12), "twelve");
        assert_eq!(number_word(13), "13");
        assert_eq!(quoted("anxious"), "\u{201c}anxious\u{201d}");
        assert_eq!(capitalise("élan vital"), "Élan vital");
    }
}
