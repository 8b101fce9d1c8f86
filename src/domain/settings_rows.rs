//! What each row of Settings says about its state, in a few plain words: "Off", "Last backup:
//! 3 weeks ago", "Tuesdays 18:30, every two weeks", "2 hidden", "Standard, match my phone".

use chrono::NaiveDate;

use super::dates;
use super::preferences::Preferences;
use super::prompts::{CATALOGUE, ONE_LINE};
use super::schedule::{GroupSchedule, Rhythm};
use super::storage_status::about_size;

/// The lock: on or off.
pub fn lock(on: bool) -> &'static str {
    if on {
        "On"
    } else {
        "Off"
    }
}

/// How long ago `day` was, as people say it: "today", "yesterday", "3 days ago", "a week ago",
/// "3 weeks ago", "2 months ago", "over a year ago". A day after `today` (the phone's clock
/// was changed) is named by its date.
pub fn how_long_ago(day: NaiveDate, today: NaiveDate) -> String {
    let days = (today - day).num_days();
    match days {
        ..0 => dates::day_month_year(day),
        0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        2..=6 => format!("{days} days ago"),
        7..=13 => "a week ago".to_owned(),
        14..=59 => format!("{} weeks ago", days / 7),
        60..=364 => format!("{} months ago", days / 30),
        365..=729 => "over a year ago".to_owned(),
        _ => format!("over {} years ago", days / 365),
    }
}

/// The backups row: when the last one was downloaded, or that none was yet.
pub fn last_backup(last: Option<NaiveDate>, today: NaiveDate) -> String {
    match last {
        None => "Last backup: never".to_owned(),
        Some(day) => format!("Last backup: {}", how_long_ago(day, today)),
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    match count {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// The group's row: "Tuesdays 18:30, every two weeks", "4 dates you listed, 18:30", or that
/// there is none (it is optional).
pub fn schedule(schedule: Option<&GroupSchedule>) -> String {
    let Some(schedule) = schedule else {
        return "No schedule".to_owned();
    };
    let time = dates::hours_minutes(schedule.start_time);
    let on =
        |first: &NaiveDate, every: &str| format!("{}s {time}, {every}", dates::weekday(*first));
    match &schedule.rhythm {
        Rhythm::Weekly { first_session } => on(first_session, "every week"),
        Rhythm::EveryTwoWeeks { first_session } => on(first_session, "every two weeks"),
        Rhythm::Custom { dates } => {
            let mut dates = dates.clone();
            super::sorting::sort(&mut dates);
            dates.dedup();
            format!(
                "{} you listed, {time}",
                plural(dates.len(), "date", "dates")
            )
        }
    }
}

/// The prompts' row: how many of ours are hidden, and how many of the member's own there are.
pub fn prompts(hidden: &[String], own: usize) -> String {
    let hidden = CATALOGUE
        .iter()
        .filter(|p| p.id != ONE_LINE && hidden.iter().any(|h| h == p.id))
        .count();
    let ours = match hidden {
        0 => "All shown".to_owned(),
        n => format!("{n} hidden"),
    };
    match own {
        0 => ours,
        n => format!("{ours}, {n} of your own"),
    }
}

/// How the journal looks: "Standard, match my phone".
pub fn display(preferences: &Preferences) -> String {
    format!(
        "{}, {}",
        preferences.text_size.label(),
        preferences.theme.label().to_lowercase()
    )
}

/// A list of the member's own (words, people, people to reach): "None yet", "1 word", "3 words".
pub fn count(count: usize, one: &str, many: &str) -> String {
    match count {
        0 => "None yet".to_owned(),
        n => plural(n, one, many),
    }
}

/// The row about keeping the journal on this device: what matters most first. Where it can't
/// work offline, that; on the home screen, that; otherwise the room it takes (`None`: the
/// browser won't say).
pub fn keeping(bytes: Option<u64>, installed: bool, offline_here: bool) -> String {
    match (offline_here, installed, bytes) {
        (false, _, _) => "Not available offline here".to_owned(),
        (true, true, _) => "On your home screen".to_owned(),
        (true, false, Some(bytes)) => format!("{} of about 5 MB", about_size(bytes as f64)),
        (true, false, None) => "Can't be measured here".to_owned(),
    }
}

/// On the keeping page: whether the journal runs from the home screen.
pub fn home_screen(installed: bool) -> &'static str {
    if installed {
        "You're using it from your home screen."
    } else {
        "It isn't on your home screen on this device yet."
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::preferences::{TextSize, Theme};
    use chrono::NaiveTime;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_last_backup_is_never_or_how_long_ago_as_people_say_it() {
        let today = date(2026, 12, 2);
        assert_eq!(last_backup(None, today), "Last backup: never");
        let said = |days: u64| last_backup(Some(today - chrono::Days::new(days)), today);
        assert_eq!(said(0), "Last backup: today");
        assert_eq!(said(1), "Last backup: yesterday");
        assert_eq!(said(3), "Last backup: 3 days ago");
        assert_eq!(said(7), "Last backup: a week ago");
        assert_eq!(said(13), "Last backup: a week ago");
        assert_eq!(said(21), "Last backup: 3 weeks ago");
        assert_eq!(said(59), "Last backup: 8 weeks ago");
        assert_eq!(said(60), "Last backup: 2 months ago");
        assert_eq!(said(364), "Last backup: 12 months ago");
        assert_eq!(said(400), "Last backup: over a year ago");
        assert_eq!(said(800), "Last backup: over 2 years ago");
        // The clock went back: the day itself.
        assert_eq!(
            last_backup(Some(date(2026, 12, 9)), today),
            "Last backup: 9 December 2026"
        );
    }

    fn group(rhythm: Rhythm) -> GroupSchedule {
        GroupSchedule {
            group_name: "Tuesdays with Sam".into(),
            start_time: NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
            rhythm,
        }
    }

    #[test]
    fn the_group_row_says_the_day_time_and_rhythm_without_the_groups_name() {
        let tuesday = date(2026, 9, 8);
        assert_eq!(schedule(None), "No schedule");
        assert_eq!(
            schedule(Some(&group(Rhythm::EveryTwoWeeks {
                first_session: tuesday
            }))),
            "Tuesdays 18:30, every two weeks"
        );
        assert_eq!(
            schedule(Some(&group(Rhythm::Weekly {
                first_session: date(2026, 9, 10)
            }))),
            "Thursdays 18:30, every week"
        );
        assert_eq!(
            schedule(Some(&group(Rhythm::Custom {
                dates: vec![tuesday, date(2026, 9, 1), tuesday]
            }))),
            "2 dates you listed, 18:30"
        );
        assert_eq!(
            schedule(Some(&group(Rhythm::Custom {
                dates: vec![tuesday]
            }))),
            "1 date you listed, 18:30"
        );
    }

    #[test]
    fn the_prompts_row_counts_hidden_ones_of_ours_and_the_members_own() {
        let hidden = |ids: &[&str]| ids.iter().map(|id| id.to_string()).collect::<Vec<_>>();
        let two: Vec<_> = CATALOGUE
            .iter()
            .filter(|p| p.id != ONE_LINE)
            .take(2)
            .map(|p| p.id)
            .collect();
        assert_eq!(prompts(&[], 0), "All shown");
        assert_eq!(prompts(&hidden(&two), 0), "2 hidden");
        assert_eq!(prompts(&hidden(&two), 1), "2 hidden, 1 of your own");
        // Ids of no prompt we ask (an old one, or the line that is always asked) don't count.
        assert_eq!(
            prompts(&hidden(&["gone-since", ONE_LINE]), 3),
            "All shown, 3 of your own"
        );
    }

    #[test]
    fn the_other_rows_say_their_state_in_a_few_words() {
        assert_eq!(lock(false), "Off");
        assert_eq!(lock(true), "On");
        assert_eq!(display(&Preferences::default()), "Standard, match my phone");
        assert_eq!(
            display(&Preferences {
                text_size: TextSize::Larger,
                theme: Theme::Dark,
                dates_only: false
            }),
            "Larger, dark"
        );
        assert_eq!(count(0, "word", "words"), "None yet");
        assert_eq!(count(1, "person", "people"), "1 person");
        assert_eq!(count(3, "word", "words"), "3 words");
        assert_eq!(keeping(Some(14 * 1024), false, true), "14 KB of about 5 MB");
        assert_eq!(keeping(None, false, true), "Can't be measured here");
        assert_eq!(keeping(Some(14 * 1024), true, true), "On your home screen");
        assert_eq!(
            keeping(Some(14 * 1024), false, false),
            "Not available offline here"
        );
        assert_eq!(
            keeping(Some(14 * 1024), true, false),
            "Not available offline here"
        );
    }
}
