//! How the browser is keeping the journal, in plain words: whether it agreed to keep it when
//! space runs low, and how much room the journal takes.

/// What browsers give one website in localStorage: about 5 MB (Chromium counts 5 Mi UTF-16
/// characters' worth, Firefox 5120 KB, WebKit 5 MB).
pub const LOCAL_STORAGE_LIMIT: u64 = 5 * 1024 * 1024;

/// The room the journal's keys take, as Chromium counts it: every key and value in UTF-16,
/// two bytes for each unit.
pub fn bytes_used<'a>(stored: impl IntoIterator<Item = (&'a str, &'a str)>) -> u64 {
    stored
        .into_iter()
        .map(|(key, value)| (key.encode_utf16().count() + value.encode_utf16().count()) as u64 * 2)
        .sum()
}

/// A size as people say it: "less than 1 KB", "14 KB", "1.2 MB", "3.4 GB".
pub fn about_size(bytes: f64) -> String {
    const KB: f64 = 1024.0;
    const MB: f64 = KB * 1024.0;
    const GB: f64 = MB * 1024.0;
    if bytes < KB {
        "less than 1 KB".to_owned()
    } else if bytes < MB {
        format!("{} KB", (bytes / KB).round())
    } else if bytes < GB {
        format!("{} MB", tenths(bytes / MB))
    } else {
        format!("{} GB", tenths(bytes / GB))
    }
}

/// One decimal, without a trailing ".0".
fn tenths(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// How much of the browser's room for the journal it takes.
pub fn usage_sentence(bytes: u64) -> String {
    let share = bytes as f64 / LOCAL_STORAGE_LIMIT as f64 * 100.0;
    let share = if share < 1.0 {
        "less than 1%".to_owned()
    } else {
        format!("about {}%", share.round())
    };
    format!(
        "Your journal takes up {} of the roughly 5 MB this browser sets aside for it ({share}).",
        about_size(bytes as f64)
    )
}

/// What the browser itself reports for this website, when it says. Chromium leaves
/// localStorage out of this figure, so it can be smaller than the journal: say so.
pub fn estimate_sentence(usage: f64, quota: f64) -> String {
    format!(
        "For this website as a whole, the browser reports {} in use and room for up to {}. Not every browser counts your journal in that figure.",
        about_size(usage),
        about_size(quota)
    )
}

/// Whether the browser agreed to keep the journal when the device runs low on space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keeping {
    /// It agreed: it won't clear the journal to make room.
    Kept,
    /// It didn't agree (Chromium decides by itself; Firefox asks the member).
    MayClear,
    /// This browser can't be asked.
    Unknown,
}

impl Keeping {
    pub fn from_answer(answer: Option<bool>) -> Self {
        match answer {
            Some(true) => Keeping::Kept,
            Some(false) => Keeping::MayClear,
            None => Keeping::Unknown,
        }
    }

    pub fn sentence(self) -> &'static str {
        match self {
            Keeping::Kept => {
                "This browser has agreed to keep your journal, even if your device runs low on space."
            }
            Keeping::MayClear => {
                "This browser hasn't promised to keep your journal: if your device runs very low on space, it may clear website data, your journal included."
            }
            Keeping::Unknown => "This browser doesn't say whether it keeps website data when space runs low.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn room_is_counted_as_chromium_counts_it_two_bytes_per_utf16_unit() {
        assert_eq!(bytes_used([("ab", "cde")]), 10);
        // "é" is one unit, an emoji two.
        assert_eq!(bytes_used([("k", "é"), ("k", "🙂")]), 4 + 6);
        assert_eq!(bytes_used(std::iter::empty()), 0);
    }

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(about_size(300.0), "less than 1 KB");
        assert_eq!(about_size(14.4 * 1024.0), "14 KB");
        assert_eq!(about_size(5.0 * 1024.0 * 1024.0), "5 MB");
        assert_eq!(about_size(1.25 * 1024.0 * 1024.0), "1.3 MB");
        assert_eq!(about_size(2.0 * 1024.0 * 1024.0 * 1024.0), "2 GB");
    }

    #[test]
    fn usage_is_put_against_the_five_megabytes_a_browser_gives() {
        assert_eq!(
            usage_sentence(20 * 1024),
            "Your journal takes up 20 KB of the roughly 5 MB this browser sets aside for it (less than 1%)."
        );
        assert_eq!(
            estimate_sentence(300.0, 10.0 * 1024.0 * 1024.0 * 1024.0),
            "For this website as a whole, the browser reports less than 1 KB in use and room for up to 10 GB. Not every browser counts your journal in that figure."
        );
        assert_eq!(
            usage_sentence(LOCAL_STORAGE_LIMIT / 2),
            "Your journal takes up 2.5 MB of the roughly 5 MB this browser sets aside for it (about 50%)."
        );
    }

    #[test]
    fn the_browsers_answer_becomes_plain_words() {
        assert_eq!(Keeping::from_answer(Some(true)), Keeping::Kept);
        assert_eq!(Keeping::from_answer(Some(false)), Keeping::MayClear);
        assert_eq!(Keeping::from_answer(None), Keeping::Unknown);
        assert!(Keeping::Kept.sentence().contains("agreed to keep"));
        assert!(Keeping::MayClear.sentence().contains("may clear"));
    }
}
