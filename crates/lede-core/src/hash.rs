//! A fast FNV-1a hasher for the crate's short-lived maps.
//!
//! The maps it serves live for one extraction (entity tables) or hold built-in
//! data (word tables), so there is no untrusted-key concern, and FNV-1a beats
//! SipHash on the short keys they use.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a, 64 bits.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let h = if self.0 == 0 { FNV_START } else { self.0 };
        self.0 = bytes.iter().fold(h, |h, &b| fnv_step(h, b));
    }
}

/// A `HashMap` hashed with [`Fnv`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The FNV-1a offset basis: the hash of no bytes.
pub(crate) const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

/// One FNV-1a step: `h` with byte `b` mixed in.
#[inline]
pub(crate) fn fnv_step(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a of `bytes` (no length prefix, unlike [`Fnv`] used as a `Hasher`).
#[cfg(test)]
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_START, |h, &b| fnv_step(h, b))
}

/// An open-addressing index from precomputed hashes to small integers (the
/// position of the key in the caller's own list).
///
/// What it does: maps a 32-bit hash to the values inserted under it; the
/// caller confirms each candidate value (compares its key), so colliding
/// hashes are harmless.
///
/// Why: the word tables and the entity tables hash every word token once, in
/// the tokenizer; a map that rehashes the key (and compares strings on every
/// probe) would pay that again for each look-up.
///
/// Example: insert `("said" hash, 0)`, then `find(hash, |v| list[v] == w)`.
#[derive(Clone, Debug, Default)]
pub(crate) struct HashIndex {
    /// `(hash, value + 1)`; value 0 marks an empty slot.
    slots: Vec<(u32, u32)>,
    /// How far to shift a hash right to get its slot.
    shift: u32,
}

impl HashIndex {
    /// An index with room for `n` values (at most half full).
    pub(crate) fn with_capacity(n: usize) -> HashIndex {
        let size = (2 * n).next_power_of_two().max(16);
        HashIndex {
            slots: vec![(0, 0); size],
            shift: 32 - size.trailing_zeros(),
        }
    }

    /// The home slot of `hash`: Fibonacci hashing (FNV's high bits mix the
    /// last bytes of a word poorly; the multiply spreads every bit upwards).
    #[inline]
    fn slot(hash: u32, shift: u32) -> usize {
        (hash.wrapping_mul(0x9e37_79b1) >> shift) as usize
    }

    /// Adds `value` under `hash`. Values must be inserted at most once each,
    /// and no more than the capacity.
    pub(crate) fn insert(&mut self, hash: u32, value: u32) {
        let mask = self.slots.len() - 1;
        let mut s = Self::slot(hash, self.shift) & mask;
        while self.slots[s].1 != 0 {
            s = (s + 1) & mask;
        }
        self.slots[s] = (hash, value.saturating_add(1));
    }

    /// The first value under `hash` that `is_key` accepts.
    #[inline]
    pub(crate) fn find(&self, hash: u32, mut is_key: impl FnMut(u32) -> bool) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut s = Self::slot(hash, self.shift) & mask;
        loop {
            let (h, v) = self.slots[s];
            if v == 0 {
                return None;
            }
            if h == hash && is_key(v - 1) {
                return Some(v - 1);
            }
            s = (s + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Fnv;
    use std::hash::Hasher;

    #[test]
    fn known_fnv1a_vectors() {
        // Published FNV-1a 64 test vectors.
        let mut h = Fnv::default();
        h.write(b"a");
        assert_eq!(h.finish(), 0xaf63_dc4c_8601_ec8c);
        let mut h = Fnv::default();
        h.write(b"foobar");
        assert_eq!(h.finish(), 0x8594_4171_f739_67e8);
        assert_eq!(super::fnv(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn index_finds_every_value_and_rejects_others() {
        let words = ["said", "told", "added", "wrote", "the", "a", ""];
        let hash = |w: &str| (super::fnv(w.as_bytes()) >> 32) as u32;
        let mut index = super::HashIndex::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            index.insert(hash(w), i as u32);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(
                index.find(hash(w), |v| words[v as usize] == *w),
                Some(i as u32)
            );
        }
        assert_eq!(
            index.find(hash("says"), |v| words[v as usize] == "says"),
            None
        );
        // A colliding hash whose key differs is rejected by the caller.
        assert_eq!(index.find(hash("said"), |_| false), None);
        assert_eq!(super::HashIndex::default().find(1, |_| true), None);
    }
}
