//! Dates and times written out and read back by hand rather than with chrono's strftime and
//! parser: the handful of shapes the app uses, without the general formatter's and parser's
//! code in the download.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize]
}

/// "Tuesday".
pub fn weekday(date: NaiveDate) -> &'static str {
    WEEKDAYS[date.weekday().num_days_from_monday() as usize]
}

/// "Tuesday 8 September 2026".
pub fn weekday_day_month_year(date: NaiveDate) -> String {
    format!(
        "{} {}",
        WEEKDAYS[date.weekday().num_days_from_monday() as usize],
        day_month_year(date)
    )
}

/// "Tuesday 8 September" in the year `this_year`, else with its year, as people say a date
/// close to now.
pub fn weekday_day_month_near(date: NaiveDate, this_year: i32) -> String {
    if date.year() == this_year {
        format!(
            "{} {} {}",
            WEEKDAYS[date.weekday().num_days_from_monday() as usize],
            date.day(),
            month(date)
        )
    } else {
        weekday_day_month_year(date)
    }
}

/// "8 September 2026".
pub fn day_month_year(date: NaiveDate) -> String {
    format!("{} {} {}", date.day(), month(date), date.year())
}

/// "8 Sep".
pub fn day_short_month(date: NaiveDate) -> String {
    format!("{} {}", date.day(), &month(date)[..3])
}

/// "Sep".
pub fn short_month(date: NaiveDate) -> &'static str {
    &month(date)[..3]
}

/// "18:30".
pub fn hours_minutes(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// "20260908" (years 0 to 9999, as the app's dates are).
pub fn compact_date(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// "183000".
pub fn compact_time(time: NaiveTime) -> String {
    format!("{:02}{:02}{:02}", time.hour(), time.minute(), time.second())
}

/// "20260908T183000", as iCalendar writes a local time.
pub fn compact_date_time(moment: NaiveDateTime) -> String {
    format!(
        "{}T{}",
        compact_date(moment.date()),
        compact_time(moment.time())
    )
}

/// Reads text as chrono's parser does for the shapes below: whitespace is allowed before each
/// number (and, when `spaced`, before each separator and at the end, as chrono's `from_str`
/// allows), a number has one digit up to its width, a year may carry a sign and then any
/// number of digits.
struct Reader<'a> {
    rest: &'a str,
    spaced: bool,
}

impl<'a> Reader<'a> {
    /// Reads all of `text` with `read`: anything left over means it is not that shape.
    fn whole<T>(
        text: &'a str,
        spaced: bool,
        read: impl FnOnce(&mut Self) -> Option<T>,
    ) -> Option<T> {
        let mut reader = Reader { rest: text, spaced };
        let value = read(&mut reader)?;
        reader.at_end().then_some(value)
    }

    fn digits(&mut self, max: usize) -> Option<i64> {
        let count = self
            .rest
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        if count == 0 {
            return None;
        }
        let mut number: i64 = 0;
        for digit in self.rest[..count].bytes() {
            number = number
                .checked_mul(10)?
                .checked_add(i64::from(digit - b'0'))?;
        }
        self.rest = &self.rest[count..];
        Some(number)
    }

    fn number(&mut self, max: usize) -> Option<u32> {
        self.rest = self.rest.trim_start();
        u32::try_from(self.digits(max)?).ok()
    }

    fn year(&mut self) -> Option<i32> {
        self.rest = self.rest.trim_start();
        let year = if let Some(rest) = self.rest.strip_prefix('-') {
            self.rest = rest;
            self.digits(usize::MAX)?.checked_neg()?
        } else if let Some(rest) = self.rest.strip_prefix('+') {
            self.rest = rest;
            self.digits(usize::MAX)?
        } else {
            self.digits(4)?
        };
        i32::try_from(year).ok()
    }

    fn then(&mut self, separator: char) -> Option<()> {
        if self.spaced {
            self.rest = self.rest.trim_start();
        }
        self.rest = self.rest.strip_prefix(separator)?;
        Some(())
    }

    fn at_end(&self) -> bool {
        if self.spaced {
            self.rest.trim_start().is_empty()
        } else {
            self.rest.is_empty()
        }
    }

    fn date(&mut self) -> Option<NaiveDate> {
        let year = self.year()?;
        self.then('-')?;
        let month = self.number(2)?;
        self.then('-')?;
        let day = self.number(2)?;
        NaiveDate::from_ymd_opt(year, month, day)
    }

    fn hour_minute(&mut self) -> Option<(u32, u32)> {
        let hour = self.number(2)?;
        self.then(':')?;
        Some((hour, self.number(2)?))
    }

    /// Seconds with an optional fraction (at most nine digits count; more are skipped).
    fn seconds(&mut self) -> Option<(u32, u32)> {
        let second = self.number(2)?;
        let mut nanos = 0;
        if let Some(rest) = self.rest.strip_prefix('.') {
            self.rest = rest;
            let before = self.rest.len();
            let fraction = u32::try_from(self.digits(9)?).ok()?;
            let used = before - self.rest.len();
            nanos = fraction * 10u32.pow(9 - used as u32);
            self.rest = self.rest.trim_start_matches(|c: char| c.is_ascii_digit());
        }
        Some((second, nanos))
    }

    /// A time from its parts; second 60 is a leap second, as chrono keeps it.
    fn time(hour: u32, minute: u32, (second, nanos): (u32, u32)) -> Option<NaiveTime> {
        if hour > 23 || minute > 59 {
            return None;
        }
        match second {
            0..=59 => NaiveTime::from_hms_nano_opt(hour, minute, second, nanos),
            60 => NaiveTime::from_hms_nano_opt(hour, minute, 59, nanos + 1_000_000_000),
            _ => None,
        }
    }
}

/// "2026-09-08", as `NaiveDate::from_str` reads it (the stored shape, and a date input's value).
pub fn read_date(text: &str) -> Option<NaiveDate> {
    Reader::whole(text, true, Reader::date)
}

/// "2026-09-08" as typed into a form, as chrono's `parse_from_str(text, "%Y-%m-%d")` reads it.
pub fn read_typed_date(text: &str) -> Option<NaiveDate> {
    Reader::whole(text, false, Reader::date)
}

/// "18:30" as a time input gives it, as chrono's `parse_from_str(text, "%H:%M")` reads it.
pub fn read_typed_time(text: &str) -> Option<NaiveTime> {
    let (hour, minute) = Reader::whole(text, false, Reader::hour_minute)?;
    Reader::time(hour, minute, (0, 0))
}

/// "18:30:00" (seconds and a fraction optional), as `NaiveTime::from_str` reads it.
pub fn read_time(text: &str) -> Option<NaiveTime> {
    let (hour, minute, seconds) = Reader::whole(text, true, |reader| {
        let (hour, minute) = reader.hour_minute()?;
        let seconds = match reader.then(':') {
            Some(()) => reader.seconds()?,
            None => (0, 0),
        };
        Some((hour, minute, seconds))
    })?;
    Reader::time(hour, minute, seconds)
}

/// "2026-09-08T18:30:00.123", as `NaiveDateTime::from_str` reads it.
pub fn read_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, hour, minute, seconds) = Reader::whole(text, true, |reader| {
        let date = reader.date()?;
        reader.then('T')?;
        let (hour, minute) = reader.hour_minute()?;
        reader.then(':')?;
        Some((date, hour, minute, reader.seconds()?))
    })?;
    Some(date.and_time(Reader::time(hour, minute, seconds)?))
}

/// Reading stored dates and times through the functions above: chrono's own `Deserialize`
/// goes through its general parser. (Writing stays chrono's: its `Display` is small.)
pub mod stored {
    use std::fmt;

    use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
    use serde::de::{Deserializer, Error, Visitor};
    use serde::Deserialize;

    struct Text<T>(fn(&str) -> Option<T>, &'static str);

    impl<T> Visitor<'_> for Text<T> {
        type Value = T;

        fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
            formatter.write_str(self.1)
        }

        fn visit_str<E: Error>(self, text: &str) -> Result<T, E> {
            (self.0)(text).ok_or_else(|| E::custom(format_args!("not {}: {text:?}", self.1)))
        }
    }

    pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        deserializer.deserialize_str(Text(super::read_date, "a date"))
    }

    pub fn time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveTime, D::Error> {
        deserializer.deserialize_str(Text(super::read_time, "a time"))
    }

    pub fn date_time<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<NaiveDateTime, D::Error> {
        deserializer.deserialize_str(Text(super::read_date_time, "a date and time"))
    }

    /// A stored date that may be missing (`null` or no field at all, with `#[serde(default)]`).
    pub fn optional_date<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<NaiveDate>, D::Error> {
        Option::<Date>::deserialize(deserializer).map(|date| date.map(|date| date.0))
    }

    /// A stored date where a field can't name a function (inside an Option or a list).
    pub struct Date(pub NaiveDate);

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            date(deserializer).map(Date)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each shape against chrono's own strftime, over dates that cover every month and weekday.
    #[test]
    fn every_shape_reads_as_strftime_would() {
        let mut date = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let time = NaiveTime::from_hms_opt(7, 5, 9).unwrap();
        for _ in 0..400 {
            let at = date.and_time(time);
            assert_eq!(
                weekday_day_month_year(date),
                date.format("%A %-d %B %Y").to_string()
            );
            assert_eq!(day_month_year(date), date.format("%-d %B %Y").to_string());
            assert_eq!(day_short_month(date), date.format("%-d %b").to_string());
            assert_eq!(compact_date(date), date.format("%Y%m%d").to_string());
            assert_eq!(
                compact_date_time(at),
                at.format("%Y%m%dT%H%M%S").to_string()
            );
            date = date.succ_opt().unwrap();
        }
        assert_eq!(hours_minutes(time), time.format("%H:%M").to_string());
        assert_eq!(compact_time(time), time.format("%H%M%S").to_string());
        let evening = NaiveTime::from_hms_opt(18, 30, 0).unwrap();
        assert_eq!(hours_minutes(evening), "18:30");
    }

    /// Every reader against chrono's own parser, over many near-miss and odd texts.
    #[test]
    fn every_reader_agrees_with_chrono() {
        let mut texts: Vec<String> = [
            "2026-09-08",
            "2026-9-8",
            " 2026 - 09 -08 ",
            "2026-02-29",
            "2024-02-29",
            "0-1-1",
            "+12026-01-01",
            "-0044-03-15",
            "20260-01-01",
            "2026-13-01",
            "2026-00-10",
            "2026-01-32",
            "2026-01-1x",
            "2026-01-",
            "",
            " ",
            "2026-01-01T",
            "18:30",
            "18:30:00",
            " 18 : 30 ",
            "18:30:5",
            "18:30:59.5",
            "18:30:60",
            "18:30:61",
            "24:00",
            "23:60",
            "7:5",
            "18:30:00.1234567891234",
            "18:30:00.",
            "18:30:",
            "18:30 :00 ",
            "18:30x",
            "2026-09-08T18:30:00",
            "2026-09-08T18:30:00.123",
            "2026-09-08 T 18:30:00 ",
            "2026-09-08t18:30:00",
            "2026-09-08T18:30",
            "2026-09-08T18:30:60.5",
            "2026-09-08T18:30:00Z",
            "\u{a0}2026-09-08",
            "99999999999999999999-01-01",
            "+2147483648-01-01",
            "2026-09-08T24:00:00",
            "１８:30",
        ]
        .iter()
        .map(|text| text.to_string())
        .collect();
        // Every short text from these characters, too.
        let alphabet = ["1", "0", "-", ":", "T", ".", " ", "+"];
        let mut short = vec![String::new()];
        for _ in 0..4 {
            short = short
                .iter()
                .flat_map(|text| alphabet.iter().map(move |c| format!("{text}{c}")))
                .collect();
            texts.extend(short.iter().cloned());
        }
        for base in ["2026-09-08T18:30:00.5", "18:30:00.25"] {
            for cut in 0..=base.len() {
                for insert in ["", " ", "0", "9", "x", "-", ":"] {
                    texts.push(format!("{}{insert}{}", &base[..cut], &base[cut..]));
                }
            }
        }
        for text in &texts {
            let text = text.as_str();
            assert_eq!(read_date(text), text.parse::<NaiveDate>().ok(), "{text:?}");
            assert_eq!(read_time(text), text.parse::<NaiveTime>().ok(), "{text:?}");
            assert_eq!(
                read_date_time(text),
                text.parse::<NaiveDateTime>().ok(),
                "{text:?}"
            );
            assert_eq!(
                read_typed_date(text),
                NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
                "{text:?}"
            );
            assert_eq!(
                read_typed_time(text),
                NaiveTime::parse_from_str(text, "%H:%M").ok(),
                "{text:?}"
            );
        }
    }

    /// What chrono writes reads back as itself.
    #[test]
    fn written_dates_and_times_read_back() {
        let at = NaiveDate::from_ymd_opt(2026, 9, 8)
            .unwrap()
            .and_hms_milli_opt(18, 30, 5, 123)
            .unwrap();
        assert_eq!(read_date_time(&at.to_string()), None, "Display has a space");
        let stored = serde_json::to_string(&at).unwrap();
        assert_eq!(stored, "\"2026-09-08T18:30:05.123\"");
        let mut json = serde_json::Deserializer::from_str(&stored);
        assert_eq!(stored::date_time(&mut json).unwrap(), at);
        assert_eq!(read_date(&at.date().to_string()), Some(at.date()));
        assert_eq!(read_time(&at.time().to_string()), Some(at.time()));
        let mut json = serde_json::Deserializer::from_str("\"2026-02-30\"");
        assert!(stored::date(&mut json).is_err());
    }

    #[test]
    fn a_date_this_year_is_said_without_its_year() {
        let date = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(weekday_day_month_near(date, 2026), "Tuesday 1 December");
        assert_eq!(
            weekday_day_month_near(date, 2027),
            "Tuesday 1 December 2026"
        );
    }
}
