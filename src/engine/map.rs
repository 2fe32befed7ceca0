//! The maps kept in the records (bests, top lists, practice boxes, totals by category): small,
//! read whole at start and written whole, so a sorted `Vec` ([`litemap`]) rather than a
//! B-tree. Same order, same lookups, a fraction of the WebAssembly: each B-tree key and value
//! type brought kilobytes of node code into the module every page needs.

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

#[cfg(test)]
mod tests {
    use super::*;

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
