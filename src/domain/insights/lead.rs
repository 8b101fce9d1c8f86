//! Which answer leads: one ahead of all the others, a tie, or nothing counted. A "most often"
//! is said only for `Lead::One`; a tie is said as a tie, or not at all, and never broken by
//! the alphabet or by the order of a list.

/// The answers counted most, and how many times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lead<T> {
    /// Nothing was counted at all.
    Nothing,
    /// One answer counted more than every other.
    One(T, usize),
    /// Two or more counted as many times as each other, more than the rest (in the order
    /// they were given).
    Tie(Vec<T>, usize),
}

/// The lead among `(answer, count)` pairs; answers counted 0 times are left out.
pub fn lead<T>(counts: impl IntoIterator<Item = (T, usize)>) -> Lead<T> {
    let mut best = 0;
    let mut leaders = Vec::new();
    for (answer, count) in counts {
        if count == 0 || count < best {
            continue;
        }
        if count > best {
            best = count;
            leaders.clear();
        }
        leaders.push(answer);
    }
    match leaders.len() {
        0 => Lead::Nothing,
        1 => Lead::One(leaders.remove(0), best),
        _ => Lead::Tie(leaders, best),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_leads_only_when_it_is_ahead_of_every_other() {
        assert_eq!(lead([("a", 3), ("b", 5), ("c", 1)]), Lead::One("b", 5));
        assert_eq!(
            lead([("a", 3), ("b", 5), ("c", 5)]),
            Lead::Tie(vec!["b", "c"], 5)
        );
        assert_eq!(
            lead([("z", 1), ("a", 1), ("m", 1)]),
            Lead::Tie(vec!["z", "a", "m"], 1),
            "a tie keeps every answer in it, in the order given"
        );
        assert_eq!(lead([("a", 0), ("b", 0)]), Lead::<&str>::Nothing);
        assert_eq!(lead(Vec::<(&str, usize)>::new()), Lead::Nothing);
        assert_eq!(lead([("a", 0), ("b", 2)]), Lead::One("b", 2));
    }
}
