//! The group's rhythm: when sessions happen, which number a session is, and when the next one
//! is. Everything is in the member's local calendar (dates and wall-clock times), so a session at
//! 18:30 stays at 18:30 across daylight-saving changes.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Weekday};
use serde::{Deserialize, Serialize};

use super::dates;

/// The group's ground rule: come to at least twelve sessions. Shown as progress, never as a
/// target missed; past twelve the count simply goes on.
pub const COMMITMENT: u32 = 12;

/// How often the group meets. Stored as `{"kind": "weekly", "first_session": ...}`; read
/// through [`StoredRhythm`], as answers are (see `journal::StoredAnswer` for why).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Rhythm {
    Weekly {
        first_session: NaiveDate,
    },
    EveryTwoWeeks {
        first_session: NaiveDate,
    },
    /// Dates the member typed in themselves (any order; repeats are ignored).
    Custom {
        dates: Vec<NaiveDate>,
    },
}

/// A rhythm as stored: its kind and the fields of every kind.
#[derive(Deserialize)]
struct StoredRhythm {
    kind: RhythmKind,
    first_session: Option<dates::stored::Date>,
    dates: Option<Vec<dates::stored::Date>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum RhythmKind {
    Weekly,
    EveryTwoWeeks,
    Custom,
}

impl<'de> Deserialize<'de> for Rhythm {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let stored = StoredRhythm::deserialize(deserializer)?;
        let first_session = || {
            stored
                .first_session
                .map(|date| date.0)
                .ok_or_else(|| D::Error::missing_field("first_session"))
        };
        Ok(match stored.kind {
            RhythmKind::Weekly => Rhythm::Weekly {
                first_session: first_session()?,
            },
            RhythmKind::EveryTwoWeeks => Rhythm::EveryTwoWeeks {
                first_session: first_session()?,
            },
            RhythmKind::Custom => Rhythm::Custom {
                dates: stored
                    .dates
                    .ok_or_else(|| D::Error::missing_field("dates"))?
                    .into_iter()
                    .map(|date| date.0)
                    .collect(),
            },
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSchedule {
    /// Optional; only ever shown to the member.
    #[serde(default)]
    pub group_name: String,
    #[serde(deserialize_with = "dates::stored::time")]
    pub start_time: NaiveTime,
    pub rhythm: Rhythm,
}

/// One session on the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScheduledSession {
    pub number: u32,
    pub starts: NaiveDateTime,
}

impl GroupSchedule {
    fn interval_days(&self) -> Option<u64> {
        match self.rhythm {
            Rhythm::Weekly { .. } => Some(7),
            Rhythm::EveryTwoWeeks { .. } => Some(14),
            Rhythm::Custom { .. } => None,
        }
    }

    /// Custom dates, sorted, without repeats.
    fn custom_dates(&self) -> Vec<NaiveDate> {
        match &self.rhythm {
            Rhythm::Custom { dates } => {
                let mut dates = dates.clone();
                super::sorting::sort(&mut dates);
                dates.dedup();
                dates
            }
            _ => Vec::new(),
        }
    }

    /// The first session's date, if there is one.
    pub fn first_session(&self) -> Option<NaiveDate> {
        match &self.rhythm {
            Rhythm::Weekly { first_session } | Rhythm::EveryTwoWeeks { first_session } => {
                Some(*first_session)
            }
            Rhythm::Custom { .. } => self.custom_dates().first().copied(),
        }
    }

    /// The weekday the group meets on (for a custom rhythm, the first date's weekday).
    pub fn weekday(&self) -> Option<Weekday> {
        self.first_session().map(|date| date.weekday())
    }

    /// The date of session `number` (1 is the first).
    pub fn date_of(&self, number: u32) -> Option<NaiveDate> {
        let index = number.checked_sub(1)?;
        match self.interval_days() {
            Some(days) => self
                .first_session()?
                .checked_add_days(Days::new(days * u64::from(index))),
            None => self.custom_dates().get(index as usize).copied(),
        }
    }

    /// The number of the session held on `date`, or of the latest one before it (a make-up or
    /// extra session between two scheduled ones counts with the one before). `None` before the
    /// first session.
    pub fn number_on(&self, date: NaiveDate) -> Option<u32> {
        let count = match self.interval_days() {
            Some(days) => {
                let first = self.first_session()?;
                let since = (date - first).num_days();
                if since < 0 {
                    return None;
                }
                since as u64 / days + 1
            }
            None => self.custom_dates().iter().filter(|d| **d <= date).count() as u64,
        };
        u32::try_from(count).ok().filter(|n| *n > 0)
    }

    /// Whether a session is scheduled on `date`.
    pub fn meets_on(&self, date: NaiveDate) -> bool {
        self.number_on(date)
            .and_then(|number| self.date_of(number))
            .is_some_and(|scheduled| scheduled == date)
    }

    fn session(&self, number: u32) -> Option<ScheduledSession> {
        self.date_of(number).map(|date| ScheduledSession {
            number,
            starts: date.and_time(self.start_time),
        })
    }

    /// The next session that has not started by `now`.
    pub fn next_after(&self, now: NaiveDateTime) -> Option<ScheduledSession> {
        let candidate = self.number_on(now.date()).unwrap_or(0);
        // Today's session if it is still to come, otherwise the one after it.
        [candidate, candidate + 1]
            .into_iter()
            .filter_map(|number| self.session(number))
            .find(|session| session.starts > now)
    }

    /// The latest session that has started by `now`.
    pub fn latest_started(&self, now: NaiveDateTime) -> Option<ScheduledSession> {
        let number = self.number_on(now.date())?;
        [number, number.saturating_sub(1)]
            .into_iter()
            .filter_map(|n| self.session(n))
            .find(|session| session.starts <= now)
    }
}

/// Before group or after it: which flow, which prompts, which draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Moment {
    Before,
    After,
}

/// How long after a session starts it still feels like "after group" (the ride home, the
/// evening, the next morning).
pub const AFTER_GROUP_WINDOW: TimeDelta = TimeDelta::hours(36);

/// Prepare before a session, reflect after it: "after" from the session's start until the
/// window closes, unless the member already reflected on that session.
pub fn suggested_moment(
    schedule: &GroupSchedule,
    now: NaiveDateTime,
    reflected_on: impl Fn(NaiveDate) -> bool,
) -> Moment {
    match schedule.latest_started(now) {
        Some(session)
            if now - session.starts < AFTER_GROUP_WINDOW
                && !reflected_on(session.starts.date()) =>
        {
            Moment::After
        }
        _ => Moment::Before,
    }
}

/// "Session 5 of 12", then simply "Session 14": the count goes on, no finish line, no streak.
pub fn progress_label(number: u32) -> String {
    if number <= COMMITMENT {
        format!("Session {number} of {COMMITMENT}")
    } else {
        format!("Session {number}")
    }
}

/// What to fix in the schedule form before it can be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleProblem {
    NoStartTime,
    NoFirstSession,
    /// A listed date that can't be read, as typed.
    UnreadableDate(String),
    NoDates,
    NoRhythm,
}

impl ScheduleProblem {
    /// A plain sentence saying what to fix.
    pub fn message(&self) -> String {
        match self {
            Self::NoStartTime => "Please choose the time the group starts.".to_owned(),
            Self::NoFirstSession => "Please choose the date of the first session.".to_owned(),
            Self::UnreadableDate(typed) => {
                format!("\"{typed}\" isn't a date we can read. Please write dates like 2026-09-08.")
            }
            Self::NoDates => "Please add at least one session date.".to_owned(),
            Self::NoRhythm => "Please choose how often the group meets.".to_owned(),
        }
    }
}

/// What the member typed into the schedule form, as text, before it is understood.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScheduleForm {
    pub group_name: String,
    /// "weekly", "every-two-weeks" or "custom".
    pub rhythm: String,
    /// yyyy-mm-dd, as a date input gives it.
    pub first_session: String,
    /// hh:mm, as a time input gives it.
    pub start_time: String,
    /// Dates (yyyy-mm-dd), one per line or separated by commas.
    pub custom_dates: String,
}

impl ScheduleForm {
    pub fn from_schedule(schedule: &GroupSchedule) -> Self {
        let (rhythm, first, custom) = match &schedule.rhythm {
            Rhythm::Weekly { first_session } => {
                ("weekly", first_session.to_string(), String::new())
            }
            Rhythm::EveryTwoWeeks { first_session } => {
                ("every-two-weeks", first_session.to_string(), String::new())
            }
            Rhythm::Custom { .. } => (
                "custom",
                String::new(),
                schedule
                    .custom_dates()
                    .iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        };
        ScheduleForm {
            group_name: schedule.group_name.clone(),
            rhythm: rhythm.to_owned(),
            first_session: first,
            start_time: super::dates::hours_minutes(schedule.start_time),
            custom_dates: custom,
        }
    }

    /// The schedule, or what to fix.
    pub fn understand(&self) -> Result<GroupSchedule, ScheduleProblem> {
        let start_time =
            dates::read_typed_time(self.start_time.trim()).ok_or(ScheduleProblem::NoStartTime)?;
        let first = || {
            dates::read_typed_date(self.first_session.trim()).ok_or(ScheduleProblem::NoFirstSession)
        };
        let rhythm = match self.rhythm.as_str() {
            "weekly" => Rhythm::Weekly {
                first_session: first()?,
            },
            "every-two-weeks" => Rhythm::EveryTwoWeeks {
                first_session: first()?,
            },
            "custom" => {
                let mut dates = Vec::new();
                for part in self.custom_dates.split([',', '\n', ';']).map(str::trim) {
                    if part.is_empty() {
                        continue;
                    }
                    let date = dates::read_typed_date(part)
                        .ok_or_else(|| ScheduleProblem::UnreadableDate(part.to_owned()))?;
                    dates.push(date);
                }
                if dates.is_empty() {
                    return Err(ScheduleProblem::NoDates);
                }
                Rhythm::Custom { dates }
            }
            _ => return Err(ScheduleProblem::NoRhythm),
        };
        Ok(GroupSchedule {
            group_name: self.group_name.trim().to_owned(),
            start_time,
            rhythm,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        date(y, m, d).and_hms_opt(h, min, 0).unwrap()
    }

    fn evening() -> NaiveTime {
        NaiveTime::from_hms_opt(18, 30, 0).unwrap()
    }

    fn weekly(first: NaiveDate) -> GroupSchedule {
        GroupSchedule {
            group_name: String::new(),
            start_time: evening(),
            rhythm: Rhythm::Weekly {
                first_session: first,
            },
        }
    }

    fn fortnightly(first: NaiveDate) -> GroupSchedule {
        GroupSchedule {
            rhythm: Rhythm::EveryTwoWeeks {
                first_session: first,
            },
            ..weekly(first)
        }
    }

    #[test]
    fn weekly_sessions_keep_their_wall_clock_time_across_daylight_saving_changes() {
        // Europe moves clocks on 29 March and 25 October 2026; the US on 8 March and 1 November.
        let schedule = weekly(date(2026, 3, 5));
        assert_eq!(schedule.weekday(), Some(Weekday::Thu));
        assert_eq!(schedule.date_of(4), Some(date(2026, 3, 26)));
        assert_eq!(schedule.date_of(5), Some(date(2026, 4, 2)));
        let next = schedule.next_after(at(2026, 3, 29, 3, 0)).unwrap();
        assert_eq!(next.number, 5);
        assert_eq!(next.starts, at(2026, 4, 2, 18, 30));
        let autumn = schedule.next_after(at(2026, 10, 26, 9, 0)).unwrap();
        assert_eq!(autumn.starts, at(2026, 10, 29, 18, 30));
        assert_eq!(autumn.number, 35);
    }

    #[test]
    fn fortnightly_sessions_skip_a_week_and_cross_month_ends() {
        let schedule = fortnightly(date(2026, 1, 29));
        assert_eq!(schedule.date_of(2), Some(date(2026, 2, 12)));
        assert_eq!(schedule.date_of(3), Some(date(2026, 2, 26)));
        assert_eq!(schedule.date_of(4), Some(date(2026, 3, 12)));
        assert_eq!(
            schedule.number_on(date(2026, 2, 5)),
            Some(1),
            "the off week"
        );
        assert!(!schedule.meets_on(date(2026, 2, 5)));
        assert!(schedule.meets_on(date(2026, 2, 26)));
        // Across the October clock change, still every other Thursday at 18:30.
        let october = fortnightly(date(2026, 10, 15));
        assert_eq!(
            october.next_after(at(2026, 10, 16, 8, 0)).unwrap().starts,
            at(2026, 10, 29, 18, 30)
        );
    }

    #[test]
    fn leap_years_are_counted_day_by_day() {
        let leap = weekly(date(2028, 2, 24));
        assert_eq!(leap.date_of(2), Some(date(2028, 3, 2)));
        assert_eq!(leap.number_on(date(2028, 2, 29)), Some(1));
        let common = weekly(date(2027, 2, 24));
        assert_eq!(common.date_of(2), Some(date(2027, 3, 3)));
        let across = fortnightly(date(2028, 2, 22));
        assert_eq!(across.date_of(2), Some(date(2028, 3, 7)));
    }

    #[test]
    fn custom_dates_are_sorted_deduplicated_and_may_run_out() {
        let schedule = GroupSchedule {
            group_name: "Tuesday group".into(),
            start_time: evening(),
            rhythm: Rhythm::Custom {
                dates: vec![
                    date(2026, 5, 20),
                    date(2026, 5, 6),
                    date(2026, 5, 20),
                    date(2026, 6, 3),
                ],
            },
        };
        assert_eq!(schedule.first_session(), Some(date(2026, 5, 6)));
        assert_eq!(schedule.date_of(2), Some(date(2026, 5, 20)));
        assert_eq!(schedule.date_of(3), Some(date(2026, 6, 3)));
        assert_eq!(schedule.date_of(4), None);
        assert_eq!(schedule.number_on(date(2026, 5, 1)), None);
        assert_eq!(schedule.number_on(date(2026, 5, 27)), Some(2));
        assert_eq!(
            schedule.next_after(at(2026, 6, 3, 19, 0)),
            None,
            "no more dates"
        );
        assert_eq!(
            schedule.next_after(at(2026, 6, 3, 12, 0)).unwrap().number,
            3,
            "later today still counts as next"
        );
    }

    #[test]
    fn session_numbers_start_at_one_on_the_first_session_and_never_before() {
        let schedule = weekly(date(2026, 9, 1));
        assert_eq!(schedule.number_on(date(2026, 8, 31)), None);
        assert_eq!(schedule.number_on(date(2026, 9, 1)), Some(1));
        assert_eq!(schedule.number_on(date(2026, 9, 7)), Some(1));
        assert_eq!(schedule.number_on(date(2026, 9, 8)), Some(2));
        assert_eq!(schedule.date_of(0), None);
        let before = schedule.next_after(at(2026, 8, 20, 10, 0)).unwrap();
        assert_eq!((before.number, before.starts), (1, at(2026, 9, 1, 18, 30)));
    }

    #[test]
    fn home_suggests_reflecting_after_a_session_and_preparing_otherwise() {
        let schedule = weekly(date(2026, 9, 1));
        let nothing_yet = |_: NaiveDate| false;
        assert_eq!(
            suggested_moment(&schedule, at(2026, 9, 8, 12, 0), nothing_yet),
            Moment::Before
        );
        assert_eq!(
            suggested_moment(&schedule, at(2026, 9, 8, 20, 15), nothing_yet),
            Moment::After
        );
        assert_eq!(
            suggested_moment(&schedule, at(2026, 9, 9, 8, 0), nothing_yet),
            Moment::After
        );
        assert_eq!(
            suggested_moment(&schedule, at(2026, 9, 10, 8, 0), nothing_yet),
            Moment::Before
        );
        let already = |d: NaiveDate| d == date(2026, 9, 8);
        assert_eq!(
            suggested_moment(&schedule, at(2026, 9, 8, 21, 0), already),
            Moment::Before
        );
    }

    #[test]
    fn progress_counts_to_twelve_then_simply_goes_on() {
        assert_eq!(progress_label(5), "Session 5 of 12");
        assert_eq!(progress_label(12), "Session 12 of 12");
        assert_eq!(progress_label(14), "Session 14");
    }

    #[test]
    fn a_schedule_round_trips_through_storage() {
        let schedule = fortnightly(date(2026, 9, 1));
        let text = serde_json::to_string(&schedule).unwrap();
        assert!(text.contains("\"kind\":\"every-two-weeks\""), "{text}");
        assert_eq!(
            serde_json::from_str::<GroupSchedule>(&text).unwrap(),
            schedule
        );
    }

    /// Schedules as the app has always stored them keep reading the same; others are refused.
    #[test]
    fn schedules_stored_earlier_still_read() {
        let read = |raw: &str| serde_json::from_str::<Rhythm>(raw);
        assert_eq!(
            read(r#"{"kind":"weekly","first_session":"2026-09-01"}"#).unwrap(),
            Rhythm::Weekly {
                first_session: date(2026, 9, 1)
            }
        );
        assert_eq!(
            read(r#"{"first_session":"2026-09-03","kind":"every-two-weeks"}"#).unwrap(),
            Rhythm::EveryTwoWeeks {
                first_session: date(2026, 9, 3)
            }
        );
        assert_eq!(
            read(r#"{"kind":"custom","dates":["2026-10-02","2026-09-01"]}"#).unwrap(),
            Rhythm::Custom {
                dates: vec![date(2026, 10, 2), date(2026, 9, 1)]
            }
        );
        let stored = r#"{"group_name":"Thursday","start_time":"18:30:00","rhythm":{"kind":"custom","dates":[]}}"#;
        let schedule: GroupSchedule = serde_json::from_str(stored).unwrap();
        assert_eq!(schedule.start_time, evening());
        assert_eq!(serde_json::to_string(&schedule).unwrap(), stored);
        for raw in [
            r#"{"first_session":"2026-09-01"}"#,
            r#"{"kind":"monthly","first_session":"2026-09-01"}"#,
            r#"{"kind":"weekly"}"#,
            r#"{"kind":"weekly","first_session":"2026-02-30"}"#,
            r#"{"kind":"custom"}"#,
            r#"{"kind":"custom","dates":["soon"]}"#,
        ] {
            assert!(read(raw).is_err(), "{raw}");
        }
    }

    #[test]
    fn the_schedule_form_is_understood_or_says_what_to_fix() {
        let form = ScheduleForm {
            group_name: "  Thursday group ".into(),
            rhythm: "every-two-weeks".into(),
            first_session: "2026-09-03".into(),
            start_time: "18:30".into(),
            custom_dates: String::new(),
        };
        let schedule = form.understand().unwrap();
        assert_eq!(
            schedule,
            GroupSchedule {
                group_name: "Thursday group".into(),
                start_time: evening(),
                rhythm: Rhythm::EveryTwoWeeks {
                    first_session: date(2026, 9, 3)
                },
            }
        );
        assert_eq!(
            ScheduleForm::from_schedule(&schedule).understand(),
            Ok(schedule)
        );
        let no_time = ScheduleForm {
            start_time: "".into(),
            ..form.clone()
        };
        assert_eq!(
            no_time.understand().map_err(|p| p.message()),
            Err("Please choose the time the group starts.".into())
        );
        let custom = ScheduleForm {
            rhythm: "custom".into(),
            custom_dates: "2026-09-03, 2026-09-17\n\n2026-10-01".into(),
            ..form.clone()
        };
        assert_eq!(
            custom.understand().unwrap().date_of(3),
            Some(date(2026, 10, 1))
        );
        let typo = ScheduleForm {
            custom_dates: "2026-09-03, 17 Sept".into(),
            ..custom
        };
        assert_eq!(
            typo.understand(),
            Err(ScheduleProblem::UnreadableDate("17 Sept".into()))
        );
        assert!(typo.understand().unwrap_err().message().contains("17 Sept"));
        let round = ScheduleForm::from_schedule(
            &ScheduleForm {
                custom_dates: "2026-09-17,2026-09-03".into(),
                ..typo
            }
            .understand()
            .unwrap(),
        );
        assert_eq!(round.custom_dates, "2026-09-03\n2026-09-17");
    }
}
