//! Things the member wants to bring next time. Born in a reflection ("what I want to bring
//! next time"), they wait in the next preparation until the member says what became of them.

use serde::{Deserialize, Serialize};

use super::journal::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CarryStatus {
    /// Waiting to be brought.
    #[default]
    Open,
    /// Not this time; it stays on the list.
    NotYet,
    /// Brought into the room.
    BroughtIt,
    /// The member decided to let it go. Also a fine outcome.
    LetGo,
}

impl CarryStatus {
    /// Still waiting: shown when preparing.
    pub fn is_open(self) -> bool {
        matches!(self, CarryStatus::Open | CarryStatus::NotYet)
    }

    pub fn label(self) -> &'static str {
        match self {
            CarryStatus::Open => "Waiting",
            CarryStatus::NotYet => "Not yet",
            CarryStatus::BroughtIt => "Brought it",
            CarryStatus::LetGo => "Let it go",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CarryItem {
    /// The session it was born in: one item per reflection, edited with it.
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub status: CarryStatus,
}

/// The carry-forward list, kept under one key.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CarryForward {
    pub items: Vec<CarryItem>,
}

impl CarryForward {
    /// Brings the list in line with a saved reflection: a new "bring next time" adds an item,
    /// an edited one changes its text (keeping its status), a cleared one removes it if it
    /// was still open (one the member already acted on stays, as history).
    pub fn absorb(&mut self, session: &Session) {
        let id = session.id.0.clone();
        let position = self.items.iter().position(|item| item.id == id);
        match (session.bring_next(), position) {
            (Some(text), Some(index)) => self.items[index].text = text.to_owned(),
            (Some(text), None) => self.items.push(CarryItem {
                id,
                text: text.to_owned(),
                status: CarryStatus::Open,
            }),
            (None, Some(index)) if self.items[index].status.is_open() => {
                self.items.remove(index);
            }
            (None, _) => {}
        }
    }

    /// Forgets the item of a deleted session.
    pub fn forget(&mut self, session_id: &str) {
        self.items.retain(|item| item.id != session_id);
    }

    /// Any status can follow any other: the member may change their mind, and "let it go" can
    /// be taken back.
    pub fn mark(&mut self, id: &str, status: CarryStatus) -> bool {
        match self.items.iter_mut().find(|item| item.id == id) {
            Some(item) => {
                item.status = status;
                true
            }
            None => false,
        }
    }

    /// Items still waiting, oldest first.
    pub fn open(&self) -> impl Iterator<Item = &CarryItem> {
        self.items.iter().filter(|item| item.status.is_open())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::journal::{Answer, Entry, SessionId};
    use crate::domain::prompts::BRING_NEXT;
    use crate::domain::schedule::Moment;
    use chrono::NaiveDate;

    fn reflected(id: u64, bring_next: &str) -> Session {
        let date = NaiveDate::from_ymd_opt(2026, 9, 8).unwrap();
        let now = date.and_hms_opt(20, 0, 0).unwrap();
        let mut session = Session::new(SessionId::from_millis(id), date, now);
        let mut entry = Entry::default();
        entry.set(
            BRING_NEXT,
            Answer::Text {
                text: bring_next.into(),
            },
        );
        session.put(Moment::After, entry, now);
        session
    }

    #[test]
    fn a_reflection_adds_one_item_and_editing_it_keeps_the_status() {
        let mut list = CarryForward::default();
        list.absorb(&reflected(1, "Tell M. I felt dismissed"));
        list.absorb(&reflected(1, "Tell M. I felt dismissed"));
        assert_eq!(list.items.len(), 1, "saving again does not duplicate");
        list.mark("s1", CarryStatus::NotYet);
        list.absorb(&reflected(1, "Tell M. I felt brushed off"));
        assert_eq!(list.items[0].text, "Tell M. I felt brushed off");
        assert_eq!(list.items[0].status, CarryStatus::NotYet);
    }

    #[test]
    fn open_items_are_waiting_and_not_yet_and_nothing_else() {
        let mut list = CarryForward::default();
        for (id, text) in [(1, "one"), (2, "two"), (3, "three"), (4, "four")] {
            list.absorb(&reflected(id, text));
        }
        assert!(list.mark("s2", CarryStatus::NotYet));
        assert!(list.mark("s3", CarryStatus::BroughtIt));
        assert!(list.mark("s4", CarryStatus::LetGo));
        assert!(
            !list.mark("s9", CarryStatus::LetGo),
            "unknown items are not invented"
        );
        let open: Vec<_> = list.open().map(|item| item.text.as_str()).collect();
        assert_eq!(open, ["one", "two"]);
        assert!(
            list.mark("s4", CarryStatus::Open),
            "letting go can be taken back"
        );
        assert_eq!(list.open().count(), 3);
    }

    #[test]
    fn clearing_the_text_removes_an_open_item_but_keeps_one_acted_on() {
        let mut list = CarryForward::default();
        list.absorb(&reflected(1, "one"));
        list.absorb(&reflected(2, "two"));
        list.mark("s2", CarryStatus::BroughtIt);
        list.absorb(&reflected(1, ""));
        list.absorb(&reflected(2, ""));
        let left: Vec<_> = list.items.iter().map(|item| item.id.as_str()).collect();
        assert_eq!(left, ["s2"]);
        list.forget("s2");
        assert!(list.items.is_empty());
    }
}
