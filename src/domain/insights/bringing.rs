//! What the member brought and followed through: sessions where they wrote something to
//! bring, and what became of the things they meant to bring next time (the carry-forward
//! list), only as they marked it.

use std::collections::BTreeSet;

use crate::domain::carry_forward::{CarryForward, CarryStatus};
use crate::domain::journal::Session;
use crate::domain::prompts;

use super::words::{join_words, sessions_phrase};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bringing {
    /// Sessions where the member wrote something to bring.
    pub prepared: usize,
    /// Of the things to bring next time born in these sessions: brought, let go, waiting.
    pub brought: usize,
    pub let_go: usize,
    pub waiting: usize,
}

pub fn bringing(sessions: &[&Session], carry: &CarryForward) -> Bringing {
    let prepared = sessions
        .iter()
        .filter(|s| {
            s.preparation
                .as_ref()
                .and_then(|p| p.answer(prompts::BRING))
                .is_some()
        })
        .count();
    let ids: BTreeSet<&str> = sessions.iter().map(|s| s.id.0.as_str()).collect();
    let mut result = Bringing {
        prepared,
        ..Bringing::default()
    };
    for item in carry.items.iter().filter(|i| ids.contains(i.id.as_str())) {
        match item.status {
            CarryStatus::BroughtIt => result.brought += 1,
            CarryStatus::LetGo => result.let_go += 1,
            CarryStatus::Open | CarryStatus::NotYet => result.waiting += 1,
        }
    }
    result
}

/// "Of the 3 things you meant to bring next time, you brought 2 and let 1 go."
fn followed_through(b: &Bringing) -> Option<String> {
    let meant = b.brought + b.let_go + b.waiting;
    if meant == 0 {
        return None;
    }
    if meant == 1 {
        let what = if b.brought == 1 {
            ", and brought it"
        } else if b.let_go == 1 {
            ", and let it go"
        } else {
            "; it's still waiting"
        };
        return Some(format!("you meant to bring one thing next time{what}"));
    }
    let mut parts = Vec::new();
    if b.brought > 0 {
        parts.push(format!("brought {}", b.brought));
    }
    if b.let_go > 0 {
        parts.push(format!("let {} go", b.let_go));
    }
    let acted = !parts.is_empty();
    if b.waiting > 0 {
        let verb = if b.waiting == 1 { "is" } else { "are" };
        parts.push(format!("{} {verb} still waiting", b.waiting));
    }
    let said = join_words(&parts);
    let said = if acted { format!("you {said}") } else { said };
    Some(format!(
        "of the {meant} things you meant to bring next time, {said}"
    ))
}

/// The opening's sentence about bringing: nothing when nothing was brought or meant.
pub fn bringing_sentence(b: &Bringing) -> Option<String> {
    let followed = followed_through(b);
    let said = match (b.prepared, followed) {
        (0, None) => return None,
        (0, Some(followed)) => followed,
        (n, None) => format!(
            "you wrote down something to bring in {}",
            sessions_phrase(n)
        ),
        (n, Some(followed)) => format!(
            "you wrote down something to bring in {}; {followed}",
            sessions_phrase(n)
        ),
    };
    Some(format!("{}.", super::words::capitalise(&said)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::insights::journals::{carried, group, group_carry};
    use crate::domain::insights::{select, Window};

    #[test]
    fn what_became_of_the_things_meant_for_next_time() {
        let sessions = group(16);
        let all = select(&sessions, Window::All);
        // Things to bring from sessions 2, 7 and 12: brought, brought, let go.
        let b = bringing(&all, &group_carry(&sessions));
        assert_eq!(
            b,
            Bringing {
                prepared: 16,
                brought: 2,
                let_go: 1,
                waiting: 0
            }
        );
        assert_eq!(
            bringing_sentence(&b).unwrap(),
            "You wrote down something to bring in 16 sessions; of the 3 things you meant to \
             bring next time, you brought 2 and let 1 go."
        );
        // Only the things born in the sessions chosen.
        let last8 = select(&sessions, Window::Last(8));
        let b = bringing(&last8, &group_carry(&sessions));
        assert_eq!((b.brought, b.let_go), (0, 1), "only session 12's");
    }

    #[test]
    fn waiting_is_said_plainly_and_one_thing_in_words() {
        let sessions = group(3);
        let mut list = CarryForward::default();
        list.items.push(carried(&sessions[0], CarryStatus::NotYet));
        let all = select(&sessions, Window::All);
        let mut b = bringing(&all, &list);
        b.prepared = 0;
        assert_eq!(
            bringing_sentence(&b).unwrap(),
            "You meant to bring one thing next time; it's still waiting."
        );
        list.items.push(carried(&sessions[1], CarryStatus::Open));
        list.items
            .push(carried(&sessions[2], CarryStatus::BroughtIt));
        let mut b = bringing(&all, &list);
        b.prepared = 0;
        assert_eq!(
            bringing_sentence(&b).unwrap(),
            "Of the 3 things you meant to bring next time, you brought 1 and 2 are still \
             waiting."
        );
        assert_eq!(bringing_sentence(&Bringing::default()), None);
    }
}
