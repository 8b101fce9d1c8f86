//! The page's opening words: two or three plain sentences about the sessions chosen (what
//! shifted between arriving and leaving, what kept coming back, what was brought and followed
//! through), before any chart. Below the threshold, what will appear and when.

use super::bringing::bringing_sentence;
use super::enough::{enough, Insight};
use super::words::{quoted, sessions_phrase};
use super::{arriving, most_named, patterns, Overview};

/// "“anxious”, named in 12 of 20 sessions", or for two level, "“anxious” and “hurt”, each
/// named in 8 of 16 sessions".
fn phrase(words: &[&str], verb: &str, count: &str) -> String {
    match words {
        [one] => format!("{}, {verb} in {count}", quoted(one)),
        _ => format!(
            "{}, each {verb} in {count}",
            words
                .iter()
                .map(|w| quoted(w))
                .collect::<Vec<_>>()
                .join(" and ")
        ),
    }
}

/// "What kept coming back: “anxious”, named in 12 of 20 sessions, and “people-pleasing”,
/// noticed in 10." Only a word or pattern that leads (or two level) and came back at all.
fn kept_coming_back(o: &Overview) -> Option<String> {
    let word = Insight::MostNamed
        .ready(o)
        .then(|| most_named::leading(&o.most_named))
        .flatten()
        .filter(|(_, n)| *n >= 2);
    let tag = patterns::leading(&o.patterns).filter(|(_, n)| *n >= 2);
    let of = |n: usize| format!("{n} of {}", sessions_phrase(o.sessions));
    let said = match (word, tag) {
        (None, None) => return None,
        (Some((words, n)), None) => phrase(&words, "named", &of(n)),
        (None, Some((tags, n))) => phrase(&tags, "noticed", &of(n)),
        (Some((words, n)), Some((tags, m))) => format!(
            "{}, and {}",
            phrase(&words, "named", &of(n)),
            phrase(&tags, "noticed", &m.to_string())
        ),
    };
    Some(format!("What kept coming back: {said}."))
}

/// "With three sessions here, there isn't enough yet to show how things move over time."
fn too_few(sessions: usize) -> String {
    match sessions {
        0 => "There are no sessions here yet.".to_owned(),
        n => format!(
            "With {} here, there isn't enough yet to show how things move over time.",
            match n {
                1 => "one session".to_owned(),
                n => format!("{} sessions", super::words::number_word(n)),
            }
        ),
    }
}

/// The opening sentences for the sessions chosen.
pub fn opening(o: &Overview) -> Vec<String> {
    if !enough(o.sessions) {
        return vec![
            too_few(o.sessions),
            "After four sessions you'll start to see how you arrive and leave, and what keeps \
             coming back."
                .to_owned(),
        ];
    }
    let shift = arriving::shift_sentence(&o.before_after)
        .unwrap_or_else(|| Insight::Shift.waiting().to_owned());
    std::iter::once(shift)
        .chain(kept_coming_back(o))
        .chain(bringing_sentence(&o.bringing))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::carry_forward::CarryForward;
    use crate::domain::insights::journals::{group, group_carry, session};
    use crate::domain::insights::{overview, select, Window};
    use crate::domain::journal::Session;

    fn opening_of(sessions: &[Session], window: Window) -> Vec<String> {
        let chosen = select(sessions, window);
        opening(&overview(&chosen, &[], &group_carry(sessions)))
    }

    #[test]
    fn one_session() {
        assert_eq!(
            opening_of(&group(1), Window::All),
            [
                "With one session here, there isn't enough yet to show how things move over time.",
                "After four sessions you'll start to see how you arrive and leave, and what keeps \
                 coming back."
            ]
        );
    }

    #[test]
    fn three_sessions() {
        assert_eq!(
            opening_of(&group(3), Window::All),
            [
                "With three sessions here, there isn't enough yet to show how things move over \
                 time.",
                "After four sessions you'll start to see how you arrive and leave, and what keeps \
                 coming back."
            ]
        );
        assert_eq!(
            opening_of(&[], Window::All)[0],
            "There are no sessions here yet."
        );
    }

    #[test]
    fn sixteen_sessions() {
        // Shifts: towards pleasant 0, 2, .., 10; towards unpleasant 13, 15; the rest stayed.
        // Words: anxious in 12 (0-11), relieved 8, hurt 8, hopeful 4. Patterns:
        // people-pleasing in 10 (0-9), withdrawing in 6 (0, 3, .., 15). Something to bring in
        // every session; to bring next time from 2, 7, 12: brought, brought, let go.
        assert_eq!(
            opening_of(&group(16), Window::All),
            [
                "Between arriving and leaving you moved towards pleasant in 6 of 16 sessions, \
                 towards unpleasant in 2 and stayed where you were in 8.",
                "What kept coming back: \u{201c}anxious\u{201d}, named in 12 of 16 sessions, and \
                 \u{201c}people-pleasing\u{201d}, noticed in 10.",
                "You wrote down something to bring in 16 sessions; of the 3 things you meant to \
                 bring next time, you brought 2 and let 1 go."
            ]
        );
    }

    #[test]
    fn two_hundred_and_sixty_sessions() {
        // Five years of weeks. Shifts: 0-11 as above (6 towards pleasant, 6 stayed); from 12 on
        // arriving hopeful: the 124 even ones stayed, the 124 odd ones moved towards
        // unpleasant. Words: hopeful in 248, relieved 130, hurt 130, anxious 12. Patterns:
        // withdrawing in 87 (0, 3, .., 258), people-pleasing 10. To bring next time from 2, 7,
        // .., 257: 52 things, every third let go (17), the rest brought (35).
        assert_eq!(
            opening_of(&group(260), Window::All),
            [
                "Between arriving and leaving you moved towards pleasant in 6 of 260 sessions, \
                 towards unpleasant in 124 and stayed where you were in 130.",
                "What kept coming back: \u{201c}hopeful\u{201d}, named in 248 of 260 sessions, \
                 and \u{201c}withdrawing\u{201d}, noticed in 87.",
                "You wrote down something to bring in 260 sessions; of the 52 things you meant \
                 to bring next time, you brought 35 and let 17 go."
            ]
        );
    }

    #[test]
    fn the_last_eight_of_twenty() {
        // Sessions 12-19: hopeful each time; withdrawing in 12, 15, 18; session 17's thing
        // to bring next time, brought (12's was let go).
        assert_eq!(
            opening_of(&group(20), Window::Last(8)),
            [
                "Between arriving and leaving you moved towards unpleasant in 4 of 8 sessions \
                 and stayed where you were in 4.",
                "What kept coming back: \u{201c}hopeful\u{201d}, named in 8 of 8 sessions, and \
                 \u{201c}withdrawing\u{201d}, noticed in 3.",
                "You wrote down something to bring in 8 sessions; of the 2 things you meant to \
                 bring next time, you brought 1 and let 1 go."
            ]
        );
    }

    #[test]
    fn a_tie_keeps_coming_back_as_a_tie_or_not_at_all() {
        // Four sessions: anxious and calm twice each, nothing else.
        let sessions: Vec<_> = ["anxious", "calm", "anxious", "calm"]
            .iter()
            .enumerate()
            .map(|(n, w)| session(n as u64, &[(w, 5)], &[]))
            .collect();
        let chosen = select(&sessions, Window::All);
        let said = opening(&overview(&chosen, &[], &CarryForward::default()));
        assert_eq!(
            said,
            [
                "After four sessions where you name how you arrive and how you leave, you'll \
                 start to see what shifts in between.",
                "What kept coming back: \u{201c}anxious\u{201d} and \u{201c}calm\u{201d}, each \
                 named in 2 of 4 sessions."
            ]
        );
        assert!(!said.concat().contains("most"));
        // Four words once each: nothing came back.
        let sessions: Vec<_> = ["anxious", "calm", "hopeful", "sad"]
            .iter()
            .enumerate()
            .map(|(n, w)| session(n as u64, &[(w, 5)], &[]))
            .collect();
        let chosen = select(&sessions, Window::All);
        assert_eq!(
            opening(&overview(&chosen, &[], &CarryForward::default())).len(),
            1
        );
    }
}
