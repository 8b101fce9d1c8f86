//! A chart's picture written as SVG markup, then put into its `<svg>` in one go. A chart is a
//! picture only (hidden from screen readers; its sentence and table say it), with no events
//! of its own, so it needs no reactive element per mark: building hundreds of them one call
//! at a time cost more than everything else on the Insights page together.

use std::fmt::Write;

/// Text made safe inside markup: as text or inside a double-quoted attribute.
pub fn escape(text: &str) -> String {
    let mut safe = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => safe.push_str("&amp;"),
            '<' => safe.push_str("&lt;"),
            '>' => safe.push_str("&gt;"),
            '"' => safe.push_str("&quot;"),
            '\'' => safe.push_str("&#39;"),
            c => safe.push(c),
        }
    }
    safe
}

/// A number as an attribute: two decimals at most, no trailing zeros.
fn number(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// An attribute's value: a number or words.
pub enum Value<'a> {
    Number(f64),
    Words(&'a str),
}

impl From<f64> for Value<'_> {
    fn from(value: f64) -> Self {
        Value::Number(value)
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(value: &'a str) -> Self {
        Value::Words(value)
    }
}

/// The marks of one chart, as markup.
#[derive(Default)]
pub struct Marks(String);

impl Marks {
    /// An element with no content (`rect`, `circle`, `line`, `polyline`).
    pub fn mark(&mut self, name: &str, attributes: &[(&str, Value)]) {
        self.open(name, attributes);
        let _ = write!(self.0, "></{name}>");
    }

    /// A `text` element with its words.
    pub fn text(&mut self, attributes: &[(&str, Value)], words: &str) {
        self.open("text", attributes);
        let _ = write!(self.0, ">{}</text>", escape(words));
    }

    fn open(&mut self, name: &str, attributes: &[(&str, Value)]) {
        let _ = write!(self.0, "<{name}");
        for (attribute, value) in attributes {
            let value = match value {
                Value::Number(n) => number(*n),
                Value::Words(w) => escape(w),
            };
            let _ = write!(self.0, " {attribute}=\"{value}\"");
        }
    }

    pub fn markup(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_never_become_markup() {
        let mut marks = Marks::default();
        marks.text(
            &[("x", 1.5.into()), ("class", "chart-label".into())],
            "<b>Sam & \"Jo\"</b>",
        );
        assert_eq!(
            marks.markup(),
            "<text x=\"1.5\" class=\"chart-label\">&lt;b&gt;Sam &amp; &quot;Jo&quot;&lt;/b&gt;</text>"
        );
        let mut marks = Marks::default();
        marks.mark("rect", &[("fill", "url(#a)\" onload=\"x".into())]);
        assert_eq!(
            marks.markup(),
            "<rect fill=\"url(#a)&quot; onload=&quot;x\"></rect>"
        );
    }

    #[test]
    fn numbers_are_short_and_exact_enough() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(12.346), "12.35");
        assert_eq!(number(0.5), "0.5");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(320.0), "320");
    }
}
