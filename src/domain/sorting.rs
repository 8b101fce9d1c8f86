//! Stable sorting with very little code. The standard library's stable sort is fast on large
//! inputs but adds several KB to the download for every element type it sorts; the journal
//! sorts at most a few thousand items at a time, where a binary insertion sort is quick enough
//! and orders everything exactly as `slice::sort_by` would (equal items keep their order).

use std::cmp::Ordering;

pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        // items[..i] is sorted: items[i] goes after every item that is not greater than it.
        let at = items[..i].partition_point(|x| compare(x, &items[i]) != Ordering::Greater);
        for j in (at..i).rev() {
            items.swap(j, j + 1);
        }
    }
}

pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_exactly_as_the_standard_stable_sort() {
        // Pairs sorted by their first half only: the second half shows equal items kept in order.
        let mut state = 7u64;
        for len in [0, 1, 2, 3, 10, 100, 700] {
            let items: Vec<(u8, u32)> = (0..len)
                .map(|n| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    ((state % 13) as u8, n)
                })
                .collect();
            let mut ours = items.clone();
            let mut theirs = items.clone();
            // Descending by the first half, ascending by the second.
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            theirs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            assert_eq!(ours, theirs);
            let (mut ours, mut theirs) = (items.clone(), items.clone());
            sort_by_key(&mut ours, |item| item.0);
            theirs.sort_by_key(|item| item.0);
            assert_eq!(ours, theirs);
            let (mut ours, mut theirs) = (items.clone(), items);
            sort(&mut ours);
            theirs.sort();
            assert_eq!(ours, theirs);
        }
    }
}
