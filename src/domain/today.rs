//! What Home offers now: prepare, reflect, or ask which; and what the member planned to say
//! and bring to the next session. Worked out from the schedule when there is one, and
//! otherwise from what is already written for today, never from the clock alone.

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

use super::journal::{Answer, Session, SessionId};
use super::prompts;
use super::schedule::{suggested_moment, GroupSchedule, Moment};

/// The main thing Home offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offer {
    /// Before group: prepare (and a quick check-in is a before-group one).
    Prepare,
    /// After group: reflect (a quick check-in is an after-group one).
    Reflect,
    /// A reflection is already written today: add to it (a quick check-in joins it).
    AddTo(SessionId),
    /// Nothing says which: ask "Before or after group?" in one tap.
    Ask,
}

impl Offer {
    /// Which flow a quick check-in opens, when that is known.
    pub fn moment(&self) -> Option<Moment> {
        match self {
            Offer::Prepare => Some(Moment::Before),
            Offer::Reflect | Offer::AddTo(_) => Some(Moment::After),
            Offer::Ask => None,
        }
    }
}

/// What Home offers at `now`. With a schedule, its calendar decides (after group until the
/// reflection is written or the evening and next day have passed). Without one, what is
/// written for today decides: a reflection today is offered to add to; a preparation and no
/// reflection means group is next or over, so reflecting is offered; with nothing written
/// today the app can't tell, so it asks.
pub fn offer(schedule: Option<&GroupSchedule>, now: NaiveDateTime, sessions: &[Session]) -> Offer {
    let today = now.date();
    match schedule {
        Some(schedule) => {
            let reflected_on = |date: NaiveDate| {
                sessions
                    .iter()
                    .any(|s| s.date == date && s.reflection.is_some())
            };
            match suggested_moment(schedule, now, reflected_on) {
                Moment::After => Offer::Reflect,
                Moment::Before => Offer::Prepare,
            }
        }
        None => match reflected_today(sessions, today) {
            Some(session) => Offer::AddTo(session.id.clone()),
            None if sessions
                .iter()
                .any(|s| s.date == today && s.preparation.is_some()) =>
            {
                Offer::Reflect
            }
            None => Offer::Ask,
        },
    }
}

/// The reflection written today, if there is one (Home says so and offers to add to it).
pub fn reflected_today(sessions: &[Session], today: NaiveDate) -> Option<&Session> {
    sessions
        .iter()
        .filter(|s| s.date == today && s.reflection.is_some())
        .max_by(|a, b| a.id.cmp(&b.id))
}

/// What the member planned for group: the sentence they might try and what they want to bring.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned<'a> {
    pub session: &'a Session,
    /// "You might say: …"
    pub sentence: Option<&'a str>,
    /// What they want to bring into the room, and the items carried forward they picked.
    pub bring: Vec<&'a str>,
}

/// How long a preparation stays "for the next session" when there is no schedule to say so.
const PLAN_KEEPS: TimeDelta = TimeDelta::days(6);

/// The preparation still waiting for its group: the newest one with no reflection yet, dated
/// no more than a few days ago (or ahead), that holds a sentence or something to bring.
pub fn planned(sessions: &[Session], today: NaiveDate) -> Option<Planned<'_>> {
    let session = sessions
        .iter()
        .filter(|s| s.reflection.is_none() && s.date >= today - PLAN_KEEPS)
        .filter(|s| s.preparation.is_some())
        .max_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)))?;
    let preparation = session.preparation.as_ref()?;
    let sentence = Some(preparation.text(prompts::SENTENCE).trim()).filter(|t| !t.is_empty());
    let mut bring = Vec::new();
    if let Some(Answer::Bring { text, carried, .. }) = preparation.answer(prompts::BRING) {
        bring.extend(Some(text.trim()).filter(|t| !t.is_empty()));
        bring.extend(
            carried
                .iter()
                .map(|c| c.text.trim())
                .filter(|t| !t.is_empty()),
        );
    }
    (sentence.is_some() || !bring.is_empty()).then_some(Planned {
        session,
        sentence,
        bring,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journal::{Carried, Entry};
    use crate::domain::schedule::Rhythm;
    use chrono::NaiveTime;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    fn at(d: u32, hour: u32) -> NaiveDateTime {
        day(d).and_hms_opt(hour, 0, 0).unwrap()
    }

    fn written(id: u64, d: u32, moment: Moment, answers: &[(&str, Answer)]) -> Session {
        let mut session = Session::new(SessionId::from_millis(id), day(d), at(d, 12));
        let mut entry = Entry::default();
        for (prompt, answer) in answers {
            entry.set(prompt, answer.clone());
        }
        session.put(moment, entry, at(d, 12));
        session
    }

    fn text(t: &str) -> Answer {
        Answer::Text { text: t.into() }
    }

    #[test]
    fn without_a_schedule_what_is_written_today_decides() {
        assert_eq!(
            offer(None, at(1, 20), &[]),
            Offer::Ask,
            "nothing says which"
        );
        let prepared = written(1, 1, Moment::Before, &[]);
        assert_eq!(
            offer(None, at(1, 20), std::slice::from_ref(&prepared)),
            Offer::Reflect,
            "prepared today, not reflected: reflect"
        );
        assert_eq!(
            offer(None, at(2, 9), std::slice::from_ref(&prepared)),
            Offer::Ask,
            "a new day asks again"
        );
        let mut both = prepared.clone();
        both.put(Moment::After, Entry::default(), at(1, 21));
        let offered = offer(None, at(1, 22), std::slice::from_ref(&both));
        assert_eq!(offered, Offer::AddTo(both.id.clone()));
        assert_eq!(
            offered.moment(),
            Some(Moment::After),
            "after a reflection a quick check-in is an after-group one"
        );
        assert_eq!(
            reflected_today(std::slice::from_ref(&both), day(1)).map(|s| &s.id),
            Some(&both.id)
        );
    }

    #[test]
    fn with_a_schedule_the_calendar_decides() {
        let schedule = GroupSchedule {
            group_name: String::new(),
            start_time: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
            rhythm: Rhythm::Weekly {
                first_session: day(1),
            },
        };
        assert_eq!(offer(Some(&schedule), at(1, 12), &[]), Offer::Prepare);
        assert_eq!(offer(Some(&schedule), at(1, 20), &[]), Offer::Reflect);
        let reflected = written(1, 1, Moment::After, &[]);
        assert_eq!(
            offer(Some(&schedule), at(1, 21), &[reflected]),
            Offer::Prepare,
            "once reflected, the next thing is the next session"
        );
    }

    #[test]
    fn the_plan_waits_for_its_group_and_no_longer() {
        let prepared = written(
            1,
            1,
            Moment::Before,
            &[
                (
                    prompts::SENTENCE,
                    text("When you looked away, I felt small"),
                ),
                (
                    prompts::BRING,
                    Answer::Bring {
                        text: "That I've been quiet".into(),
                        carried: vec![Carried {
                            id: "c1".into(),
                            text: "Tell M. I felt dismissed".into(),
                        }],
                        only_if_right: true,
                    },
                ),
            ],
        );
        let plan = planned(std::slice::from_ref(&prepared), day(2)).unwrap();
        assert_eq!(plan.sentence, Some("When you looked away, I felt small"));
        assert_eq!(
            plan.bring,
            ["That I've been quiet", "Tell M. I felt dismissed"]
        );
        assert!(
            planned(std::slice::from_ref(&prepared), day(8)).is_none(),
            "a week on, it has passed"
        );
        let mut reflected = prepared.clone();
        reflected.put(Moment::After, Entry::default(), at(1, 21));
        assert!(
            planned(&[reflected], day(1)).is_none(),
            "after group it is no longer ahead"
        );
        let nothing_planned = written(2, 1, Moment::Before, &[(prompts::ONE_LINE, text("Tired"))]);
        assert!(planned(&[nothing_planned], day(1)).is_none());
    }
}
