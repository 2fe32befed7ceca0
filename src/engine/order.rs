//! Sorting the short lists the game keeps (top tens, recent games, party games, the history
//! chart, a handful of categories or pack keys): a stable insertion sort. Each use of the
//! standard library's sort compiles to several KB of WebAssembly, and the main module had a
//! dozen of them (55 KB before compression); this one is a few hundred bytes a use and, on lists
//! of a few hundred items at most, just as quick. Long lists (the question bank) keep `sort_by`.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (stable).
pub fn sort_small_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `items` in their natural order.
pub fn sort_small<T: Ord>(items: &mut [T]) {
    sort_small_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rng::Rng;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut rng = Rng::new(5);
        for len in 0..60 {
            // (key, original position): equal keys must keep their order.
            let mut items: Vec<(u32, usize)> = (0..len).map(|i| (rng.below(7) as u32, i)).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|item| item.0);
            sort_small_by(&mut items, |a, b| a.0.cmp(&b.0));
            assert_eq!(items, expected, "length {len}");
        }
    }

    #[test]
    fn sorts_in_natural_order() {
        let mut words = vec!["pack:b", "pack:a", "pack:c", "pack:a"];
        sort_small(&mut words);
        assert_eq!(words, ["pack:a", "pack:a", "pack:b", "pack:c"]);
    }
}
