//! The group schedule as an iCalendar file (RFC 5545) a phone calendar can import.
//!
//! Times are written as "floating" local times (no time zone): the calendar shows 18:30 as
//! 18:30 wherever the phone is, across daylight-saving changes, which is what a weekly group
//! in the member's own town means. The UID is derived from the schedule, so importing the same
//! schedule twice updates the event rather than duplicating it.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

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

/// A reminder the member may choose to carry in the calendar file (none unless chosen). The
/// phone's own calendar is the only reminder a journal without a server can honestly offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// This many minutes before the session starts: a moment to prepare.
    Prepare { minutes_before: u32 },
    /// When the session ends: a moment to reflect.
    Reflect,
}

impl Reminder {
    /// How far from the session's start it sounds, in minutes (before is negative).
    fn minutes_from_start(self) -> i64 {
        match self {
            Reminder::Prepare { minutes_before } => -i64::from(minutes_before),
            Reminder::Reflect => i64::from(SESSION_MINUTES),
        }
    }

    /// When it sounds for a session starting at `starts`.
    fn at(self, starts: NaiveDateTime) -> NaiveDateTime {
        starts + TimeDelta::minutes(self.minutes_from_start())
    }

    /// RFC 5545's TRIGGER, relative to the start ("-PT60M", "PT90M").
    fn trigger(self) -> String {
        let minutes = self.minutes_from_start();
        let sign = if minutes < 0 { "-" } else { "" };
        format!("{sign}PT{}M", minutes.unsigned_abs())
    }

    /// What the phone shows: as discreet as the event (its title, by default just "Group").
    fn words(self, title: &str) -> String {
        match self {
            Reminder::Prepare { .. } => format!("{title}: prepare"),
            Reminder::Reflect => format!("{title}: reflect"),
        }
    }

    fn alarm(self, title: &str) -> [String; 5] {
        [
            "BEGIN:VALARM".to_owned(),
            "ACTION:DISPLAY".to_owned(),
            format!("DESCRIPTION:{}", escape(&self.words(title))),
            format!("TRIGGER:{}", self.trigger()),
            "END:VALARM".to_owned(),
        ]
    }
}

/// What goes into the file besides the schedule: the events' title (by default just "Group",
/// so a glance at the phone's calendar says nothing private) and the reminders chosen.
#[derive(Debug, Clone, Copy)]
pub struct CalendarChoices<'a> {
    pub title: &'a str,
    pub reminders: &'a [Reminder],
}

/// The calendar file. `stamp` is the UTC time of export; `now` the member's local time, so no
/// reminder is ever set for a moment already past: a recurring event with reminders starts at
/// the first session whose reminders are all still ahead (the same event, so importing it again
/// updates it), and a listed date keeps only the reminders still ahead.
pub fn ics(
    schedule: &GroupSchedule,
    choices: CalendarChoices,
    stamp: NaiveDateTime,
    now: NaiveDateTime,
) -> String {
    let CalendarChoices { title, reminders } = choices;
    let stamp = format!("{}Z", dates::compact_date_time(stamp));
    let uid_base = format!(
        "{}-{}",
        schedule
            .first_session()
            .map(dates::compact_date)
            .unwrap_or_default(),
        &dates::compact_time(schedule.start_time)[..4]
    );
    let ahead = |reminder: &Reminder, date: NaiveDate| {
        reminder.at(date.and_time(schedule.start_time)) > now
    };
    let event = |uid: String, date: NaiveDate, rule: Option<String>, sounds: Vec<Reminder>| {
        let mut lines = vec![
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{uid}@here-and-now.journal"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART:{}", local(date, schedule)),
            format!("DURATION:PT{SESSION_MINUTES}M"),
        ];
        lines.extend(rule.map(|r| format!("RRULE:{r}")));
        lines.push(format!("SUMMARY:{}", escape(title)));
        for reminder in sounds {
            lines.extend(reminder.alarm(title));
        }
        lines.push("END:VEVENT".to_owned());
        lines
    };
    // A repeating series: from its first session, or with reminders, from the first session
    // whose every reminder is still ahead.
    let series = |kind: &str, interval: u32| {
        let mut number = 1;
        if !reminders.is_empty() {
            while let Some(date) = schedule.date_of(number) {
                if reminders.iter().all(|r| ahead(r, date)) {
                    break;
                }
                number += 1;
            }
        }
        let starts = schedule.date_of(number)?;
        Some(event(
            format!("group-{uid_base}-{kind}"),
            starts,
            Some(format!("FREQ=WEEKLY;INTERVAL={interval}")),
            reminders.to_vec(),
        ))
    };
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Here & Now//Reflection journal//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
    ];
    match &schedule.rhythm {
        Rhythm::Weekly { .. } => lines.extend(series("weekly", 1).into_iter().flatten()),
        Rhythm::EveryTwoWeeks { .. } => {
            lines.extend(series("fortnightly", 2).into_iter().flatten())
        }
        Rhythm::Custom { .. } => {
            let mut number = 1;
            while let Some(date) = schedule.date_of(number) {
                let sounds = reminders
                    .iter()
                    .copied()
                    .filter(|r| ahead(r, date))
                    .collect();
                lines.extend(event(
                    format!("group-{}", local(date, schedule)),
                    date,
                    None,
                    sounds,
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

    /// One event as our reader sees it: its properties (name with any parameters, and the
    /// value unescaped) and its alarms, each a list of properties.
    #[derive(Debug, Default)]
    struct Event {
        properties: Vec<(String, String)>,
        alarms: Vec<Vec<(String, String)>>,
    }

    /// Undoes RFC 5545 3.3.11's escaping of a TEXT value.
    fn unescape(value: &str) -> String {
        let mut out = String::new();
        let mut chars = value.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other @ ('\\' | ';' | ',')) => out.push(other),
                other => panic!("a stray backslash before {other:?} in {value:?}"),
            }
        }
        out
    }

    /// A small RFC 5545 reader, independent of the writer: checks each physical line (CRLF,
    /// at most 75 octets, never split inside a character), unfolds, splits each line into name
    /// and value, and unescapes TEXT values, per event and alarm.
    fn read(text: &str) -> Vec<Event> {
        assert!(text.ends_with("\r\n"), "content lines end with CRLF");
        assert!(
            !text.replace("\r\n", "").contains(['\r', '\n']),
            "bare CR or LF"
        );
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        }
        let unfolded = text.replace("\r\n ", "");
        let mut events = Vec::new();
        let mut current: Option<Event> = None;
        let mut alarm: Option<Vec<(String, String)>> = None;
        for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
            let (name, value) = line.split_once(':').expect("name:value");
            match (name, value) {
                ("BEGIN", "VEVENT") => current = Some(Event::default()),
                ("END", "VEVENT") => events.push(current.take().expect("an open event")),
                ("BEGIN", "VALARM") => {
                    assert!(current.is_some(), "an alarm outside an event");
                    alarm = Some(Vec::new());
                }
                ("END", "VALARM") => current
                    .as_mut()
                    .unwrap()
                    .alarms
                    .push(alarm.take().expect("an open alarm")),
                _ => {
                    let value = match name {
                        "SUMMARY" | "DESCRIPTION" => unescape(value),
                        _ => value.to_owned(),
                    };
                    let pair = (name.to_owned(), value);
                    match (alarm.as_mut(), current.as_mut()) {
                        (Some(alarm), _) => alarm.push(pair),
                        (None, Some(event)) => event.properties.push(pair),
                        (None, None) => {}
                    }
                }
            }
        }
        assert!(unfolded.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(unfolded.ends_with("END:VCALENDAR\r\n"));
        events
    }

    fn value<'a>(properties: &'a [(String, String)], name: &str) -> &'a str {
        &properties
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

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    /// Before the first session of every schedule below.
    fn long_ago() -> NaiveDateTime {
        at(2026, 1, 1, 9, 0)
    }

    fn plain(title: &str) -> CalendarChoices<'_> {
        CalendarChoices {
            title,
            reminders: &[],
        }
    }

    const BOTH: [Reminder; 2] = [Reminder::Prepare { minutes_before: 60 }, Reminder::Reflect];

    #[test]
    fn a_fortnightly_group_is_one_recurring_event_in_local_time() {
        let first = NaiveDate::from_ymd_opt(2026, 9, 3).unwrap();
        let text = ics(
            &schedule(Rhythm::EveryTwoWeeks {
                first_session: first,
            }),
            plain("Group"),
            stamp(),
            long_ago(),
        );
        let events = read(&text);
        assert_eq!(events.len(), 1);
        let e = &events[0].properties;
        assert_eq!(value(e, "RRULE"), "FREQ=WEEKLY;INTERVAL=2");
        assert_eq!(
            value(e, "DTSTART"),
            "20260903T183000",
            "floating local time, no Z"
        );
        assert_eq!(value(e, "DURATION"), "PT90M");
        assert_eq!(value(e, "SUMMARY"), "Group");
        assert_eq!(value(e, "DTSTAMP"), "20261129T090500Z");
        assert!(events[0].alarms.is_empty(), "no reminders unless chosen");
        assert!(!text.contains("VALARM"));
        // Exporting again gives the same UID, so the calendar updates instead of duplicating.
        let again = ics(
            &schedule(Rhythm::EveryTwoWeeks {
                first_session: first,
            }),
            plain("Group"),
            stamp(),
            long_ago(),
        );
        assert_eq!(value(&read(&again)[0].properties, "UID"), value(e, "UID"));
        let weekly = ics(
            &schedule(Rhythm::Weekly {
                first_session: first,
            }),
            plain("Group"),
            stamp(),
            long_ago(),
        );
        let weekly = &read(&weekly)[0].properties;
        assert_eq!(value(weekly, "RRULE"), "FREQ=WEEKLY;INTERVAL=1");
        assert_ne!(value(weekly, "UID"), value(e, "UID"));
    }

    #[test]
    fn custom_dates_become_one_event_each_in_date_order() {
        let dates = ["2026-10-01", "2026-09-03", "2026-09-17"]
            .iter()
            .map(|d| d.parse().unwrap())
            .collect();
        let events = read(&ics(
            &schedule(Rhythm::Custom { dates }),
            plain("Group"),
            stamp(),
            long_ago(),
        ));
        let starts: Vec<_> = events
            .iter()
            .map(|e| value(&e.properties, "DTSTART").to_owned())
            .collect();
        assert_eq!(
            starts,
            ["20260903T183000", "20260917T183000", "20261001T183000"]
        );
        assert!(events
            .iter()
            .all(|e| !e.properties.iter().any(|(n, _)| n == "RRULE")));
        let uids: std::collections::HashSet<_> = events
            .iter()
            .map(|e| value(&e.properties, "UID").to_owned())
            .collect();
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
            plain(title),
            stamp(),
            long_ago(),
        );
        assert!(text.contains("\r\n "), "a long SUMMARY is folded");
        assert!(
            text.contains("Thursdays\\, with Anna\\; the long"),
            "escaped"
        );
        assert_eq!(value(&read(&text)[0].properties, "SUMMARY"), title);
    }

    #[test]
    fn chosen_reminders_are_alarms_as_discreet_as_the_event() {
        let first = NaiveDate::from_ymd_opt(2026, 9, 3).unwrap();
        let weekly = schedule(Rhythm::Weekly {
            first_session: first,
        });
        let text = ics(
            &weekly,
            CalendarChoices {
                title: "Group",
                reminders: &BOTH,
            },
            stamp(),
            long_ago(),
        );
        let events = read(&text);
        assert_eq!(events.len(), 1);
        let alarms = &events[0].alarms;
        assert_eq!(alarms.len(), 2);
        for alarm in alarms {
            assert_eq!(value(alarm, "ACTION"), "DISPLAY");
        }
        assert_eq!(value(&alarms[0], "TRIGGER"), "-PT60M", "an hour before");
        assert_eq!(value(&alarms[0], "DESCRIPTION"), "Group: prepare");
        assert_eq!(value(&alarms[1], "TRIGGER"), "PT90M", "as the session ends");
        assert_eq!(value(&alarms[1], "DESCRIPTION"), "Group: reflect");
        assert!(!text.contains("Anna"), "the group's name only when chosen");
        // Only the one chosen.
        let prepare_only = ics(
            &weekly,
            CalendarChoices {
                title: "Group",
                reminders: &BOTH[..1],
            },
            stamp(),
            long_ago(),
        );
        assert_eq!(read(&prepare_only)[0].alarms.len(), 1);
        // A named title, escaped in the alarm too (and non-ASCII folded between characters).
        let named = ics(
            &weekly,
            CalendarChoices {
                title: "Gruppe, Donnerstag; mit Änne \\ am Markt, ganz lange Zeile für das Falten",
                reminders: &BOTH,
            },
            stamp(),
            long_ago(),
        );
        let alarms = &read(&named)[0].alarms;
        assert_eq!(
            value(&alarms[1], "DESCRIPTION"),
            "Gruppe, Donnerstag; mit Änne \\ am Markt, ganz lange Zeile für das Falten: reflect"
        );
    }

    #[test]
    fn no_reminder_is_ever_set_for_a_moment_already_past() {
        let first = NaiveDate::from_ymd_opt(2026, 9, 3).unwrap();
        let fortnightly = schedule(Rhythm::EveryTwoWeeks {
            first_session: first,
        });
        let with = |now: NaiveDateTime, reminders: &[Reminder]| {
            read(&ics(
                &fortnightly,
                CalendarChoices {
                    title: "Group",
                    reminders,
                },
                stamp(),
                now,
            ))
        };
        // Sessions on 3 Sep, 17 Sep, 1 Oct, 15 Oct… Now: 1 Oct, 17:00, before the prepare
        // reminder at 17:30: the series with reminders starts that evening.
        let events = with(at(2026, 10, 1, 17, 0), &BOTH);
        assert_eq!(value(&events[0].properties, "DTSTART"), "20261001T183000");
        // At 17:45 the hour-before reminder for tonight has passed: from the next session.
        let events = with(at(2026, 10, 1, 17, 45), &BOTH);
        assert_eq!(value(&events[0].properties, "DTSTART"), "20261015T183000");
        // With only "reflect" (at 20:00), tonight still counts at 17:45.
        let events = with(at(2026, 10, 1, 17, 45), &BOTH[1..]);
        assert_eq!(value(&events[0].properties, "DTSTART"), "20261001T183000");
        // Without reminders the series keeps its first session.
        let events = with(at(2026, 10, 1, 17, 45), &[]);
        assert_eq!(value(&events[0].properties, "DTSTART"), "20260903T183000");
        // The same event either way: importing again updates it.
        assert_eq!(
            value(&with(at(2026, 10, 1, 17, 45), &BOTH)[0].properties, "UID"),
            value(&events[0].properties, "UID")
        );

        // Listed dates keep every event; only reminders still ahead are set.
        let dates = ["2026-09-03", "2026-10-01", "2026-10-15"]
            .iter()
            .map(|d| d.parse().unwrap())
            .collect();
        let events = read(&ics(
            &schedule(Rhythm::Custom { dates }),
            CalendarChoices {
                title: "Group",
                reminders: &BOTH,
            },
            stamp(),
            at(2026, 10, 1, 19, 0),
        ));
        let alarms: Vec<_> = events.iter().map(|e| e.alarms.len()).collect();
        assert_eq!(
            alarms,
            [0, 1, 2],
            "past: none; tonight: reflect only; later: both"
        );
        assert_eq!(value(&events[1].alarms[0], "DESCRIPTION"), "Group: reflect");
    }

    /// The same files through an independent parser (the `icalendar` crate): every event, its
    /// times and title, and every alarm read back as we meant them. (A host-only dev-dependency:
    /// the library's tests also build for wasm32.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn an_independent_parser_reads_the_file_with_alarms_as_meant() {
        use icalendar::parser::{read_calendar, unfold};
        let first = NaiveDate::from_ymd_opt(2026, 9, 3).unwrap();
        let title =
            "Thursdays, with Anna; Änne \\ the long-running group at the centre on the corner";
        for rhythm in [
            Rhythm::Weekly {
                first_session: first,
            },
            Rhythm::Custom {
                dates: vec![first, NaiveDate::from_ymd_opt(2026, 9, 17).unwrap()],
            },
        ] {
            let text = ics(
                &schedule(rhythm),
                CalendarChoices {
                    title,
                    reminders: &BOTH,
                },
                stamp(),
                long_ago(),
            );
            let unfolded = unfold(&text);
            let calendar = read_calendar(&unfolded).expect("the oracle reads the file");
            let version = calendar
                .properties
                .iter()
                .find(|p| p.name == "VERSION")
                .map(|p| p.val.as_str().to_owned());
            assert_eq!(version.as_deref(), Some("2.0"));
            let events: Vec<_> = calendar
                .components
                .iter()
                .filter(|c| c.name == "VEVENT")
                .collect();
            assert!(!events.is_empty());
            assert_eq!(events.len(), read(&text).len());
            for event in events {
                let summary = event.find_prop("SUMMARY").expect("a SUMMARY");
                assert_eq!(summary.val.clone().unescape_text().as_str(), title);
                let start = event.find_prop("DTSTART").expect("a DTSTART");
                let start = icalendar::DatePerhapsTime::try_from(start).expect("a date-time");
                assert!(
                    matches!(
                        start,
                        icalendar::DatePerhapsTime::DateTime(
                            icalendar::CalendarDateTime::Floating(_)
                        )
                    ),
                    "floating local time: {start:?}"
                );
                let alarms: Vec<_> = event
                    .components
                    .iter()
                    .filter(|c| c.name == "VALARM")
                    .collect();
                assert_eq!(alarms.len(), 2);
                let triggers: Vec<_> = alarms
                    .iter()
                    .map(|a| a.find_prop("TRIGGER").unwrap().val.as_str().to_owned())
                    .collect();
                assert_eq!(triggers, ["-PT60M", "PT90M"]);
                for alarm in alarms {
                    assert_eq!(alarm.find_prop("ACTION").unwrap().val.as_str(), "DISPLAY");
                    let words = alarm.find_prop("DESCRIPTION").unwrap().val.clone();
                    assert!(words.unescape_text().as_str().starts_with(title));
                }
            }
        }
    }
}
