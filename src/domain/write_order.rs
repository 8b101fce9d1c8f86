//! Which sealed write of a value is the latest. Sealing takes a moment (WebCrypto answers
//! later), so two saves of one value in quick succession can finish in either order: each
//! write is numbered when it is asked for, and only the latest number may be stored.

use std::collections::BTreeMap;

#[derive(Debug, Default, Clone)]
pub struct WriteOrder {
    /// Numbers writes across all keys, never going back: after `forget_all` no new write can
    /// share a number with one still on its way.
    counted: u64,
    /// The latest write asked for, per key.
    latest: BTreeMap<String, u64>,
}

impl WriteOrder {
    /// A new write of `key`: its number, which makes every earlier one for that key stale.
    pub fn next(&mut self, key: &str) -> u64 {
        self.counted += 1;
        self.latest.insert(key.to_owned(), self.counted);
        self.counted
    }

    /// Whether write `number` is still the latest for `key` (so it may be stored).
    pub fn is_latest(&self, key: &str, number: u64) -> bool {
        self.latest.get(key) == Some(&number)
    }

    /// The value was removed: no write of it still on its way may bring it back.
    pub fn forget(&mut self, key: &str) {
        self.latest.remove(key);
    }

    /// Every write still on its way becomes stale (the lock went off, the journal was deleted,
    /// the page is starting again).
    pub fn forget_all(&mut self) {
        self.latest.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SESSION: &str = "here-and-now.session.s1";
    const DRAFT: &str = "here-and-now.draft.after";

    #[test]
    fn a_late_seal_of_an_older_write_is_dropped() {
        let mut order = WriteOrder::default();
        let first = order.next(SESSION);
        let second = order.next(SESSION);
        // The second seal finishes first and is stored; the first, finishing later, is not.
        assert!(order.is_latest(SESSION, second));
        assert!(!order.is_latest(SESSION, first));
    }

    #[test]
    fn writes_of_other_values_do_not_make_each_other_stale() {
        let mut order = WriteOrder::default();
        let session = order.next(SESSION);
        let draft = order.next(DRAFT);
        assert!(order.is_latest(SESSION, session));
        assert!(order.is_latest(DRAFT, draft));
        // A number from one key never counts for another.
        assert!(!order.is_latest(DRAFT, session));
    }

    #[test]
    fn a_removed_value_is_not_brought_back_by_a_seal_on_its_way() {
        let mut order = WriteOrder::default();
        let pending = order.next(SESSION);
        let other = order.next(DRAFT);
        order.forget(SESSION);
        assert!(!order.is_latest(SESSION, pending));
        assert!(
            order.is_latest(DRAFT, other),
            "only the removed value is forgotten"
        );
        // Written again after removal: that new write counts.
        let again = order.next(SESSION);
        assert!(order.is_latest(SESSION, again));
    }

    #[test]
    fn forgetting_makes_every_pending_write_stale_and_new_ones_never_share_their_numbers() {
        let mut order = WriteOrder::default();
        let pending = [order.next(SESSION), order.next(DRAFT)];
        order.forget_all();
        assert!(!order.is_latest(SESSION, pending[0]));
        assert!(!order.is_latest(DRAFT, pending[1]));
        let fresh = order.next(SESSION);
        assert!(!pending.contains(&fresh));
        assert!(order.is_latest(SESSION, fresh));
        assert!(!order.is_latest(SESSION, pending[0]));
    }
}
