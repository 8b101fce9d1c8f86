//! Which sessions to look at: the latest few, all, or those between two dates.

use chrono::NaiveDate;

use crate::domain::journal::Session;

/// Which sessions to look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    All,
    /// The most recent N sessions.
    Last(usize),
    /// Sessions dated within these days (inclusive).
    Between(NaiveDate, NaiveDate),
}

/// The sessions in the window, oldest first.
pub fn select(sessions: &[Session], window: Window) -> Vec<&Session> {
    let mut chosen: Vec<&Session> = sessions
        .iter()
        .filter(|s| match window {
            Window::Between(from, to) => from <= s.date && s.date <= to,
            _ => true,
        })
        .collect();
    crate::domain::sorting::sort_by(&mut chosen, |a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    if let Window::Last(n) = window {
        let skip = chosen.len().saturating_sub(n);
        chosen.drain(..skip);
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{day, session};

    #[test]
    fn the_window_chooses_the_latest_all_or_between_dates_oldest_first() {
        let mut sessions: Vec<Session> = (0..40).map(|n| session(n, &[], &[])).collect();
        sessions.reverse();
        let all = select(&sessions, Window::All);
        assert_eq!(all.len(), 40);
        assert_eq!(all[0].date, day(0));
        let last8 = select(&sessions, Window::Last(8));
        assert_eq!(last8.len(), 8);
        assert_eq!(last8[0].date, day(32));
        let between = select(&sessions, Window::Between(day(2), day(4)));
        assert_eq!(
            between.iter().map(|s| s.date).collect::<Vec<_>>(),
            [day(2), day(3), day(4)]
        );
        assert_eq!(select(&sessions, Window::Last(100)).len(), 40);
    }
}
