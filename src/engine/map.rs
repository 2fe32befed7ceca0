//! The maps and sets kept in the records (bests, top lists, practice boxes, totals by
//! category, episodes covered): small, read whole at start and written whole, so a sorted
//! `Vec` ([`litemap`]) and a bit set rather than B-trees. Same order, same lookups, a fraction
//! of the WebAssembly: each B-tree key and value type brought kilobytes of node code into the
//! module every page needs.

/// A map sorted by key.
pub type Map<K, V> = litemap::LiteMap<K, V>;

/// The value at `key`, first set to `make()` if there is none (a B-tree map's
/// `entry(key).or_insert_with(make)`).
pub fn slot<'a, K: Ord + Clone, V>(
    map: &'a mut Map<K, V>,
    key: &K,
    make: impl FnOnce() -> V,
) -> &'a mut V {
    if !map.contains_key(key) {
        map.insert(key.clone(), make());
    }
    // Present: it was there or has just been inserted.
    &mut map[key]
}

/// A set of bytes, as 256 bits, iterated in ascending order (a `BTreeSet<u8>`'s).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ByteSet([u64; 4]);

impl ByteSet {
    pub fn insert(&mut self, n: u8) {
        self.0[usize::from(n / 64)] |= 1 << (n % 64);
    }

    pub fn contains(&self, n: u8) -> bool {
        self.0[usize::from(n / 64)] & (1 << (n % 64)) != 0
    }

    /// The members, smallest first.
    pub fn iter(&self) -> impl Iterator<Item = u8> + '_ {
        (0..=u8::MAX).filter(|&n| self.contains(n))
    }
}

impl Extend<u8> for ByteSet {
    fn extend<I: IntoIterator<Item = u8>>(&mut self, items: I) {
        for n in items {
            self.insert(n);
        }
    }
}

impl FromIterator<u8> for ByteSet {
    fn from_iter<I: IntoIterator<Item = u8>>(items: I) -> Self {
        let mut set = ByteSet::default();
        set.extend(items);
        set
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn a_byte_set_is_a_set_of_bytes_in_order() {
        let items = [12, 0, 255, 3, 64, 63, 3, 128, 1, 12];
        let set: ByteSet = items.into_iter().collect();
        let expected: BTreeSet<u8> = items.into_iter().collect();
        assert!(set.iter().eq(expected.iter().copied()));
        for n in 0..=u8::MAX {
            assert_eq!(set.contains(n), expected.contains(&n), "{n}");
        }
        let mut again = set;
        again.insert(64);
        again.insert(65);
        assert_eq!(again.iter().count(), expected.len() + 1);
        assert_eq!(ByteSet::default().iter().next(), None);
    }

    #[test]
    fn a_slot_is_made_once_then_kept() {
        let mut map: Map<String, u32> = Map::new();
        *slot(&mut map, &"b".to_string(), || 1) += 10;
        *slot(&mut map, &"b".to_string(), || 99) += 10;
        *slot(&mut map, &"a".to_string(), u32::default) += 1;
        let entries: Vec<(&String, &u32)> = map.iter().collect();
        assert_eq!(entries, [(&"a".to_string(), &1), (&"b".to_string(), &21)]);
    }
}
