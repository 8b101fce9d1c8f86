//! The group schedule as an iCalendar file (RFC 5545) a phone calendar can import.
//!
//! Times are written as "floating" local times (no time zone): the calendar shows 18:30 as
//! 18:30 wherever the phone is, across daylight-saving changes, which is what a weekly group
//! in the member's own town means. The UID is derived from the schedule, so importing the same
//! schedule twice updates the event rather than duplicating it.

use chrono::{NaiveDate, NaiveDateTime};

use super::dates;
use super::schedule::{GroupSchedule, Rhythm};

/// How long a session is, for the calendar (groups run 60 to 90 minutes).
pub const SESSION_MINUTES: u32 = 90;

/// Escapes text values (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace(['\r', '\n'], "\\n")
}

/// Folds a content line at 75 octets, never inside a character (RFC 5545 3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let size = c.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += size;
    }
    out.push_str("\r\n");
    out
}

fn local(date: NaiveDate, schedule: &GroupSchedule) -> String {
    dates::compact_date_time(date.and_time(schedule.start_time))
}

/// The calendar file. `title` is what the event is called (by default just "Group", so a
/// glance at the phone's calendar says nothing private); `stamp` is the UTC time of export.
pub fn ics(schedule: &GroupSchedule, title: &str, stamp: NaiveDateTime) -> String {
    let stamp = format!("{}Z", dates::compact_date_time(stamp));
    let uid_base = format!(
        "{}-{}",
        schedule
            .first_session()
            .map(dates::compact_date)
            .unwrap_or_default(),
        &dates::compact_time(schedule.start_time)[..4]
    );
    let event = |uid: String, date: NaiveDate, rule: Option<String>| {
        let mut lines = vec![
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{uid}@here-and-now.journal"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{}", local(date, schedule)),
            format!("DURATION:PT{SESSION_MINUTES}M"),
        ];
        lines.extend(rule.map(|r| format!("RRULE:{r}")));
        lines.push(format!("SUMMARY:{}", escape(title)));
        lines.push("END:VEVENT".to_owned());
        lines
    };
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Here & Now//Reflection journal//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
    ];
    match &schedule.rhythm {
        Rhythm::Weekly { first_session } => lines.extend(event(
            format!("group-{uid_base}-weekly"),
            *first_session,
            Some("FREQ=WEEKLY;INTERVAL=1".to_owned()),
        )),
        Rhythm::EveryTwoWeeks { first_session } => lines.extend(event(
            format!("group-{uid_base}-fortnightly"),
            *first_session,
            Some("FREQ=WEEKLY;INTERVAL=2".to_owned()),
        )),
        Rhythm::Custom { .. } => {
            let mut number = 1;
            while let Some(date) = schedule.date_of(number) {
                lines.extend(event(
                    format!("group-{}", local(date, schedule)),
                    date,
                    None,
                ));
                number += 1;
            }
        }
    }
    lines.push("END:VCALENDAR".to_owned());
    lines.iter().map(|line| fold(line)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;

    /// A small RFC 5545 reader, independent of the writer: unfolds lines and splits each into
    /// name and value, per event.
    fn read(text: &str) -> Vec<Vec<(String, String)>> {
        assert!(text.ends_with("\r\n"), "content lines end with CRLF");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        }
        let unfolded = text.replace("\r\n ", "");
        let mut events = Vec::new();
        let mut current: Option<Vec<(String, String)>> = None;
        for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
            let (name, value) = line.split_once(':').expect("name:value");
            match (name, value) {
                ("BEGIN", "VEVENT") => current = Some(Vec::new()),
                ("END", "VEVENT") => events.push(current.take().unwrap()),
                _ => {
                    if let Some(event) = current.as_mut() {
                        event.push((name.to_owned(), value.to_owned()));
                    }
                }
            }
        }
        assert!(unfolded.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(unfolded.ends_with("END:VCALENDAR\r\n"));
        events
    }

    fn value<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
        &event
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no {name}"))
            .1
    }

    fn schedule(rhythm: Rhythm) -> GroupSchedule {
        GroupSchedule {
            group_name: "Thursdays, with Anna".into(),
            start_time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            rhythm,
        }
    }

    fn stamp() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 29)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap()
    }

    #[test]
    fn a_fortnightly_group_is_one_recurring_event_in_local_time() {
        let first = NaiveDate::from_ymd_opt(2026, 9, 3).unwrap();
        let text = ics(
            &schedule(Rhythm::EveryTwoWeeks {
                first_session: first,
            }),
            "Group",
            stamp(),
        );
        let events = read(&text);
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!(value(e, "RRULE"), "FREQ=WEEKLY;INTERVAL=2");
        assert_eq!(
            value(e, "DTSTART"),
            "20260903T183000",
            "floating local time, no Z"
        );
        assert_eq!(value(e, "DURATION"), "PT90M");
        assert_eq!(value(e, "SUMMARY"), "Group");
        assert_eq!(value(e, "DTSTAMP"), "20261129T090500Z");
        // Exporting again gives the same UID, so the calendar updates instead of duplicating.
        let again = ics(
            &schedule(Rhythm::EveryTwoWeeks {
                first_session: first,
            }),
            "Group",
            stamp(),
        );
        assert_eq!(value(&read(&again)[0], "UID"), value(e, "UID"));
        let weekly = ics(
            &schedule(Rhythm::Weekly {
                first_session: first,
            }),
            "Group",
            stamp(),
        );
        assert_eq!(value(&read(&weekly)[0], "RRULE"), "FREQ=WEEKLY;INTERVAL=1");
        assert_ne!(value(&read(&weekly)[0], "UID"), value(e, "UID"));
    }

    #[test]
    fn custom_dates_become_one_event_each_in_date_order() {
        let dates = ["2026-10-01", "2026-09-03", "2026-09-17"]
            .iter()
            .map(|d| d.parse().unwrap())
            .collect();
        let events = read(&ics(&schedule(Rhythm::Custom { dates }), "Group", stamp()));
        let starts: Vec<_> = events
            .iter()
            .map(|e| value(e, "DTSTART").to_owned())
            .collect();
        assert_eq!(
            starts,
            ["20260903T183000", "20260917T183000", "20261001T183000"]
        );
        assert!(events.iter().all(|e| !e.iter().any(|(n, _)| n == "RRULE")));
        let uids: std::collections::HashSet<_> =
            events.iter().map(|e| value(e, "UID").to_owned()).collect();
        assert_eq!(uids.len(), 3);
    }

    #[test]
    fn a_named_title_is_escaped_and_long_lines_are_folded() {
        let first = NaiveDate::from_ymd_opt(2026, 9, 3).unwrap();
        let title = "Thursdays, with Anna; the long-running group at the centre on the corner of Elm Street";
        let text = ics(
            &schedule(Rhythm::Weekly {
                first_session: first,
            }),
            title,
            stamp(),
        );
        assert!(text.contains("\r\n "), "a long SUMMARY is folded");
        let summary = value(&read(&text)[0], "SUMMARY").to_owned();
        assert_eq!(summary, "Thursdays\\, with Anna\\; the long-running group at the centre on the corner of Elm Street");
    }
}
