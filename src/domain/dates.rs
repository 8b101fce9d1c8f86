//! Dates and times written out by hand rather than with chrono's strftime: the handful of
//! shapes the app uses, without the general formatter's code in the download.

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

/// "Tuesday 8 September 2026".
pub fn weekday_day_month_year(date: NaiveDate) -> String {
    format!(
        "{} {}",
        WEEKDAYS[date.weekday().num_days_from_monday() as usize],
        day_month_year(date)
    )
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
}
