//! How connected the member felt to the group (0 far away, 10 right there with them), over
//! time. A session where they didn't say is a gap, never a 0.

use super::enough::enough;
use super::periods::{per_period, Grain, Period};
use super::table::Table;
use super::words::sessions_phrase;
use crate::domain::journal::{Answer, Session};

/// The prompt that asks it.
pub const CONNECTION: &str = "connection";

/// Per session: how connected, where the member said.
pub fn connection(sessions: &[&Session]) -> Vec<Option<u8>> {
    sessions
        .iter()
        .map(|s| match s.reflection.as_ref()?.answer(CONNECTION)? {
            Answer::Scale { value } => Some(*value),
            _ => None,
        })
        .collect()
}

/// What a month, quarter or year holds: the sum and how many sessions answered.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Said {
    pub total: u32,
    pub answered: u32,
}

impl Said {
    pub fn average(&self) -> Option<f64> {
        (self.answered > 0).then(|| f64::from(self.total) / f64::from(self.answered))
    }
}

/// Per period, the sessions that answered.
pub fn connection_by(periods: &[Period], values: &[Option<u8>]) -> Vec<Said> {
    per_period(periods, values, |said: &mut Said, value| {
        if let Some(v) = value {
            said.total += u32::from(*v);
            said.answered += 1;
        }
    })
}

/// "You said how connected you felt to the group in 15 sessions, between 2 and 8; the last
/// time, 8." Below the threshold, what will appear.
pub fn connection_summary(values: &[Option<u8>]) -> String {
    let said: Vec<u8> = values.iter().flatten().copied().collect();
    if !enough(said.len()) {
        return super::Insight::Connection.waiting().to_owned();
    }
    let (low, high) = said
        .iter()
        .fold((u8::MAX, 0), |(lo, hi), v| (lo.min(*v), hi.max(*v)));
    let last = said.last().copied().unwrap_or_default();
    let range = if low == high {
        format!("{low} each time")
    } else {
        format!("between {low} and {high}; the last time, {last}")
    };
    format!(
        "You said how connected you felt to the group in {}, {range}.",
        sessions_phrase(said.len())
    )
}

/// The numbers: per session what the member said; per month, quarter or year the average of
/// the sessions that answered.
pub fn connection_table(periods: &[Period], values: &[Option<u8>]) -> Table {
    let grain = periods.first().map_or(Grain::Session, |p| p.grain);
    let rows = periods
        .iter()
        .zip(connection_by(periods, values))
        .map(|(p, said)| {
            let cell = match (grain, said.average()) {
                (_, None) => "not answered".to_owned(),
                (Grain::Session, Some(_)) => said.total.to_string(),
                (_, Some(average)) => format!(
                    "{average:.1} on average ({} answered)",
                    sessions_phrase(said.answered as usize)
                ),
            };
            vec![p.label(), cell]
        })
        .collect();
    Table {
        caption: format!(
            "How connected you felt to the group, 0 to 10, per {}",
            grain.word()
        ),
        headers: vec![grain.heading().into(), "How connected".into()],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::group;
    use crate::domain::insights::periods::periods;
    use crate::domain::insights::{select, Window};

    #[test]
    fn an_unanswered_session_is_a_gap_not_a_zero() {
        // 2 + n / 3, unanswered when n % 4 == 3.
        let sessions = group(8);
        let all = select(&sessions, Window::All);
        let values = connection(&all);
        assert_eq!(
            values,
            [
                Some(2),
                Some(2),
                Some(2),
                None,
                Some(3),
                Some(3),
                Some(4),
                None
            ]
        );
        assert_eq!(
            connection_summary(&values),
            "You said how connected you felt to the group in 6 sessions, between 2 and 4; the \
             last time, 4."
        );
        let table = connection_table(&periods(&all), &values);
        assert_eq!(table.rows[3], ["27 Jan", "not answered"]);
        assert_eq!(table.rows[6], ["17 Feb", "4"]);
    }

    #[test]
    fn three_answers_are_not_enough() {
        let sessions = group(4);
        let all = select(&sessions, Window::All);
        let values = connection(&all);
        assert_eq!(values.iter().flatten().count(), 3);
        assert_eq!(
            connection_summary(&values),
            crate::domain::insights::Insight::Connection.waiting()
        );
    }

    #[test]
    fn by_month_the_average_of_those_who_answered() {
        // January 2026 holds sessions 0-3: 2, 2, 2 and one unanswered.
        let sessions = group(60);
        let all = select(&sessions, Window::All);
        let values = connection(&all);
        let p = periods(&all);
        let by = connection_by(&p, &values);
        assert_eq!(
            by[0],
            Said {
                total: 6,
                answered: 3
            }
        );
        let table = connection_table(&p, &values);
        assert_eq!(table.headers, ["Month", "How connected"]);
        assert_eq!(
            table.rows[0],
            ["Jan 2026", "2.0 on average (3 sessions answered)"]
        );
    }
}
