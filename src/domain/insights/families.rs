//! The families of the emotions named (both halves of each session), over time.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::arriving::emotions_of;
use super::enough::enough;
use super::periods::{per_period, Grain, Period};
use super::table::Table;
use crate::domain::emotions::{family_of, Family, OwnEmotionWord};
use crate::domain::journal::{Session, SessionId};
use crate::domain::schedule::Moment;

/// The family of each word named, looked up once a word: members name the same few words again
/// and again, and each lookup searches the vocabulary and their own words.
pub struct Lookup<'a> {
    own: &'a [OwnEmotionWord],
    seen: BTreeMap<&'a str, Option<Family>>,
}

impl<'a> Lookup<'a> {
    pub fn new(own: &'a [OwnEmotionWord]) -> Self {
        Lookup {
            own,
            seen: BTreeMap::new(),
        }
    }

    pub fn family(&mut self, word: &'a str) -> Option<Family> {
        if let Some(family) = self.seen.get(word) {
            return *family;
        }
        let family = family_of(word, self.own);
        self.seen.insert(word, family);
        family
    }
}

/// How many emotions of each family were named in a session (both halves).
#[derive(Debug, Clone, PartialEq)]
pub struct FamilyCounts {
    pub session: SessionId,
    pub date: NaiveDate,
    /// In the order of `Family::ALL`.
    pub counts: [u32; 4],
}

pub fn families_over_time(sessions: &[&Session], own: &[OwnEmotionWord]) -> Vec<FamilyCounts> {
    families_looked_up(sessions, &mut Lookup::new(own))
}

/// `families_over_time`, with families looked up in `lookup`.
pub fn families_looked_up<'a>(
    sessions: &[&'a Session],
    lookup: &mut Lookup<'a>,
) -> Vec<FamilyCounts> {
    sessions
        .iter()
        .map(|s| {
            let mut counts = [0; 4];
            for rating in [Moment::Before, Moment::After]
                .into_iter()
                .flat_map(|m| emotions_of(s.entry(m)))
            {
                if let Some(family) = lookup.family(&rating.word) {
                    if let Some(i) = Family::ALL.iter().position(|f| *f == family) {
                        counts[i] += 1;
                    }
                }
            }
            FamilyCounts {
                session: s.id.clone(),
                date: s.date,
                counts,
            }
        })
        .collect()
}

/// "Of 40 emotions named: stirred up 12, settled 10." Families never named are left out.
/// `sessions` is how many sessions named any feeling; below the threshold, what will appear.
pub fn families_summary(rows: &[FamilyCounts], sessions: usize) -> String {
    if !enough(sessions) {
        return super::Insight::Families.waiting().to_owned();
    }
    let mut totals = [0u32; 4];
    for row in rows {
        for (total, count) in totals.iter_mut().zip(row.counts) {
            *total += count;
        }
    }
    let named: u32 = totals.iter().sum();
    if named == 0 {
        return "The families of the emotions you name will show here over time.".to_owned();
    }
    let parts: Vec<String> = Family::ALL
        .iter()
        .zip(totals)
        .filter(|(_, n)| *n > 0)
        .map(|(f, n)| format!("{} {n}", f.name().to_lowercase()))
        .collect();
    format!("Of {named} emotions named: {}.", parts.join(", "))
}

/// Per period, the emotions of each family (in the order of `Family::ALL`).
pub fn families_by(periods: &[Period], rows: &[FamilyCounts]) -> Vec<[u32; 4]> {
    per_period(periods, rows, |total: &mut [u32; 4], row| {
        for (total, n) in total.iter_mut().zip(row.counts) {
            *total += n;
        }
    })
}

pub fn families_table(periods: &[Period], rows: &[FamilyCounts]) -> Table {
    let grain = periods.first().map_or(Grain::Session, |p| p.grain);
    let mut headers = vec![grain.heading().to_owned()];
    headers.extend(Family::ALL.iter().map(|f| f.name().to_owned()));
    Table {
        caption: format!("Emotions named per {}, by family", grain.word()),
        headers,
        rows: periods
            .iter()
            .zip(families_by(periods, rows))
            .map(|(p, c)| {
                std::iter::once(p.label())
                    .chain(c.iter().map(u32::to_string))
                    .collect()
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{group, session, spread};
    use crate::domain::insights::periods::periods;
    use crate::domain::insights::{select, Window};

    #[test]
    fn a_family_never_named_is_left_out_not_listed_as_zero() {
        let sessions: Vec<_> = (0..4)
            .map(|n| session(n, &[("anxious", 8), ("hopeful", 3)], &[("relieved", 6)]))
            .collect();
        let all = select(&sessions, Window::All);
        let families = families_over_time(&all, &[]);
        assert_eq!(families[0].counts, [1, 1, 1, 0]);
        assert_eq!(
            families_summary(&families, 4),
            "Of 12 emotions named: lively 4, settled 4, stirred up 4."
        );
        assert_eq!(
            families_summary(&families, 3),
            crate::domain::insights::Insight::Families.waiting()
        );
    }

    #[test]
    fn gathered_columns_add_up_to_the_same_totals() {
        let five = spread(260, 7);
        let all = select(&five, Window::All);
        let p = periods(&all);
        let rows = families_over_time(&all, &[]);
        let per_quarter = families_by(&p, &rows);
        assert_eq!(per_quarter.len(), 20);
        let sum = |rows: &[[u32; 4]]| rows.iter().flatten().sum::<u32>();
        assert_eq!(
            sum(&per_quarter),
            520,
            "two emotions a session, however they are drawn"
        );
        let table = families_table(&p, &rows);
        assert_eq!(table.rows[0][0], "Jan\u{2013}Mar 2026");
        assert_eq!(table.headers.len(), 5);
    }

    #[test]
    fn sixty_weeks_by_month() {
        // January 2026: anxious four times, relieved twice, hurt twice.
        let sessions = group(60);
        let all = select(&sessions, Window::All);
        let table = families_table(&periods(&all), &families_over_time(&all, &[]));
        assert_eq!(table.rows.len(), 14);
        assert_eq!(table.rows[0], ["Jan 2026", "0", "2", "4", "2"]);
    }
}
