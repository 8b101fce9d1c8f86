//! Time bucketing: the columns the charts draw, one per session while they fit, otherwise the
//! sessions gathered by calendar month, quarter or year, so ten years stay readable on a phone
//! and cheap to draw.

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::journal::Session;

/// How finely the charts draw the chosen sessions: each one while they fit, otherwise gathered
/// by calendar month, quarter or year (the finest that fits), so ten years stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Session,
    Month,
    Quarter,
    Year,
}

/// The most columns a chart draws: a year of fortnightly sessions, or two years by month.
pub const MOST_COLUMNS: usize = 26;

impl Grain {
    /// A table's first heading: "Session", "Month", "Quarter", "Year".
    pub fn heading(self) -> &'static str {
        match self {
            Grain::Session => "Session",
            Grain::Month => "Month",
            Grain::Quarter => "Quarter",
            Grain::Year => "Year",
        }
    }

    /// "session", "month", ...: for sentences.
    pub fn word(self) -> String {
        self.heading().to_lowercase()
    }

    /// The first day of the month, quarter or year holding `date` (a session's own date).
    fn start(self, date: NaiveDate) -> NaiveDate {
        let months = match self {
            Grain::Session => return date,
            Grain::Month => 1,
            Grain::Quarter => 3,
            Grain::Year => 12,
        };
        let month0 = date.month0() - date.month0() % months;
        NaiveDate::from_ymd_opt(date.year(), month0 + 1, 1).unwrap_or(date)
    }
}

/// One column of the charts (and one row of their tables): a session, or the sessions of one
/// month, quarter or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub grain: Grain,
    /// The session's date, or the first day of the month, quarter or year.
    pub start: NaiveDate,
    /// Which of the chosen sessions (oldest first) it holds: `first..end`.
    pub first: usize,
    pub end: usize,
}

impl Period {
    pub fn sessions(&self) -> std::ops::Range<usize> {
        self.first..self.end
    }

    /// "8 Sep", "Sep 2026", "Jul–Sep 2026", "2026".
    pub fn label(&self) -> String {
        let month = crate::domain::dates::short_month;
        match self.grain {
            Grain::Session => crate::domain::dates::day_short_month(self.start),
            Grain::Month => format!("{} {}", month(self.start), self.start.year()),
            Grain::Quarter => {
                let last = self
                    .start
                    .checked_add_months(Months::new(2))
                    .unwrap_or(self.start);
                format!(
                    "{}\u{2013}{} {}",
                    month(self.start),
                    month(last),
                    self.start.year()
                )
            }
            Grain::Year => self.start.year().to_string(),
        }
    }
}

/// The columns for sessions sorted oldest first (as `select` gives them): one per session
/// while there are at most `MOST_COLUMNS`, otherwise one per month, quarter or year that has
/// sessions, whichever is the finest that fits.
pub fn periods(sessions: &[&Session]) -> Vec<Period> {
    let dates: Vec<NaiveDate> = sessions.iter().map(|s| s.date).collect();
    [Grain::Session, Grain::Month, Grain::Quarter]
        .into_iter()
        .map(|grain| periods_by(&dates, grain))
        .find(|periods| periods.len() <= MOST_COLUMNS)
        .unwrap_or_else(|| periods_by(&dates, Grain::Year))
}

fn periods_by(dates: &[NaiveDate], grain: Grain) -> Vec<Period> {
    let mut periods: Vec<Period> = Vec::new();
    for (i, date) in dates.iter().enumerate() {
        let start = grain.start(*date);
        match periods.last_mut() {
            Some(last) if grain != Grain::Session && last.start == start => last.end = i + 1,
            _ => periods.push(Period {
                grain,
                start,
                first: i,
                end: i + 1,
            }),
        }
    }
    periods
}

/// Per-session values gathered into each period, by `add`.
pub fn per_period<T, V: Default>(
    periods: &[Period],
    rows: &[T],
    add: impl Fn(&mut V, &T),
) -> Vec<V> {
    periods
        .iter()
        .map(|p| {
            let mut total = V::default();
            for row in rows.get(p.sessions()).unwrap_or(&[]) {
                add(&mut total, row);
            }
            total
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::spread;
    use crate::domain::insights::select;
    use crate::domain::insights::Window;

    #[test]
    fn short_spans_keep_one_column_per_session() {
        let year = spread(26, 14);
        let all = select(&year, Window::All);
        let columns = periods(&all);
        assert_eq!(
            columns.len(),
            26,
            "a year of fortnightly sessions, each its own column"
        );
        assert!(columns
            .iter()
            .all(|p| p.grain == Grain::Session && p.sessions().len() == 1));
        assert_eq!(columns[0].label(), "5 Jan");
        let last8 = select(&year, Window::Last(8));
        assert_eq!(periods(&last8).len(), 8);
        assert!(periods(&[]).is_empty());
    }

    #[test]
    fn longer_spans_are_gathered_by_month_then_quarter_then_year() {
        // 40 weekly sessions: more than fit, across ten months.
        let weeks = spread(40, 7);
        let all = select(&weeks, Window::All);
        let months = periods(&all);
        assert_eq!(months.len(), 10);
        assert!(months.iter().all(|p| p.grain == Grain::Month));
        assert_eq!(months[0].label(), "Jan 2026");
        assert_eq!(months[0].sessions(), 0..4, "5, 12, 19 and 26 January");
        assert_eq!(months[1].label(), "Feb 2026");

        // 260 weekly sessions, five years: 60 months would be too many, 20 quarters fit.
        let five = spread(260, 7);
        let all = select(&five, Window::All);
        let quarters = periods(&all);
        assert_eq!(quarters.len(), 20);
        assert!(quarters.iter().all(|p| p.grain == Grain::Quarter));
        assert_eq!(quarters[0].label(), "Jan\u{2013}Mar 2026");
        assert_eq!(quarters[19].label(), "Oct\u{2013}Dec 2030");
        assert_eq!(
            quarters.iter().map(|p| p.sessions().len()).sum::<usize>(),
            260,
            "every session is in exactly one quarter"
        );
        assert!(quarters.windows(2).all(|w| w[0].end == w[1].first));

        // 260 fortnightly sessions, ten years: by year.
        let ten = spread(260, 14);
        let all = select(&ten, Window::All);
        let years = periods(&all);
        assert_eq!(
            years.iter().map(Period::label).collect::<Vec<_>>(),
            (2026..=2035).map(|y| y.to_string()).collect::<Vec<_>>()
        );
        assert_eq!(years[0].sessions().len(), 26);
    }

    #[test]
    fn per_period_adds_each_periods_sessions() {
        let weeks = spread(40, 7);
        let all = select(&weeks, Window::All);
        let months = periods(&all);
        let ones = vec![1u32; all.len()];
        let counts: Vec<u32> = per_period(&months, &ones, |t: &mut u32, n| *t += n);
        assert_eq!(counts.iter().sum::<u32>(), 40);
        assert_eq!(counts[0], 4);
    }
}
