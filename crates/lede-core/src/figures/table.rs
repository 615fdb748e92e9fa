//! Word-table look-ups: a hash index over a rule's word list, built at
//! compile time.
//!
//! What it does: an [`Index`] holds, for each word of a list (a `&[&str]`
//! or a `&[(&str, V)]` table), its position in the list, in an
//! open-addressing hash table; [`Index::find`] returns the position of a
//! word with one hash and, usually, one comparison.
//!
//! Why: the unit and identifier rules look up every word near a number in
//! lists of dozens to hundreds of words; a binary search costs eight or
//! nine string comparisons (each a `memcmp` call) per look-up, the index
//! about one. The lists stay plain sorted data (their tests and the wasm
//! size are unchanged); only the index is added.
//!
//! Example: `static UNITS_INDEX: Index<64> = Index::of_pairs(UNITS);` then
//! `UNITS_INDEX.find(w, |k| UNITS[k].0).map(|k| UNITS[k].1)`.

/// The positions of a word list's entries, hashed into `N` slots (a power
/// of two, at least twice the list's length: checked when it is built).
pub struct Index<const N: usize> {
    /// Position plus one of the entry whose probe sequence passes here; 0:
    /// an empty slot, which ends a search.
    slots: [u16; N],
    /// Bit `b` set when an entry starts with the byte `b` (bytes from 127
    /// up share bit 127): most words are turned away here, unhashed.
    firsts: u128,
    /// Bit `n` set when an entry is `n` bytes long (63 and longer share bit
    /// 63).
    lens: u64,
}

/// The bit of a first byte in [`Index::firsts`].
#[inline]
const fn first_bit(b: u8) -> u128 {
    1 << if b < 127 { b } else { 127 }
}

/// The bit of a length in [`Index::lens`].
#[inline]
const fn len_bit(n: usize) -> u64 {
    1 << if n < 63 { n } else { 63 }
}

/// FNV-1a of `bytes`, 32 bits.
const fn fnv(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut k = 0;
    while k < bytes.len() {
        h ^= bytes[k] as u32;
        h = h.wrapping_mul(0x0100_0193);
        k += 1;
    }
    h
}

/// The home slot of `bytes` among `n` slots (Fibonacci hashing: FNV's low
/// bits mix the last byte poorly).
#[inline]
const fn home(bytes: &[u8], n: usize) -> usize {
    (fnv(bytes).wrapping_mul(0x9e37_79b1) >> (32 - n.trailing_zeros())) as usize
}

impl<const N: usize> Index<N> {
    /// An empty index, checked to fit `len` entries.
    const fn empty(len: usize) -> Index<N> {
        assert!(
            N.is_power_of_two() && N >= 2 && len * 2 <= N && len < u16::MAX as usize,
            "an Index needs a power-of-two size at least twice its list"
        );
        Index {
            slots: [0; N],
            firsts: 0,
            lens: 0,
        }
    }

    /// Adds the entry at position `k` of the list, spelt `key`.
    const fn add(mut self, key: &str, k: usize) -> Index<N> {
        let bytes = key.as_bytes();
        if !bytes.is_empty() {
            self.firsts |= first_bit(bytes[0]);
        }
        self.lens |= len_bit(bytes.len());
        let mut s = home(bytes, N);
        while self.slots[s] != 0 {
            s = (s + 1) & (N - 1);
        }
        self.slots[s] = (k + 1) as u16;
        self
    }

    /// The index of a word list.
    pub const fn of_words(words: &[&str]) -> Index<N> {
        let mut index = Index::empty(words.len());
        let mut k = 0;
        while k < words.len() {
            index = index.add(words[k], k);
            k += 1;
        }
        index
    }

    /// The index of a table's words (the first of each pair).
    pub const fn of_pairs<V>(table: &[(&str, V)]) -> Index<N> {
        let mut index = Index::empty(table.len());
        let mut k = 0;
        while k < table.len() {
            index = index.add(table[k].0, k);
            k += 1;
        }
        index
    }

    /// The position of `w` in the list whose entry at position `k` is
    /// `key(k)` (the list this index was built from), compared exactly.
    #[inline]
    pub fn find<'k>(&self, w: &str, key: impl Fn(usize) -> &'k str) -> Option<usize> {
        let w = w.as_bytes();
        if self.lens & len_bit(w.len()) == 0
            || w.first().is_some_and(|&b| self.firsts & first_bit(b) == 0)
        {
            return None;
        }
        let mut s = home(w, N);
        loop {
            let k = usize::from(self.slots[s]).checked_sub(1)?;
            if same(key(k).as_bytes(), w) {
                return Some(k);
            }
            s = (s + 1) & (N - 1);
        }
    }
}

/// Byte equality without a `memcmp` call: the words are short, and most
/// candidates differ in length.
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    static WORDS: &[&str] = &["", "a", "dozen", "per cent", "μm", "thousand"];
    static WORDS_INDEX: Index<16> = Index::of_words(WORDS);
    static PAIRS: &[(&str, u8)] = &[("bn", 9), ("m", 6), ("tn", 12)];
    static PAIRS_INDEX: Index<8> = Index::of_pairs(PAIRS);

    #[test]
    fn finds_every_entry_and_nothing_else() {
        for (k, w) in WORDS.iter().enumerate() {
            assert_eq!(WORDS_INDEX.find(w, |k| WORDS[k]), Some(k), "{w:?}");
        }
        for w in ["A", "dozens", "doze", "per", "thousand ", "b"] {
            assert_eq!(WORDS_INDEX.find(w, |k| WORDS[k]), None, "{w:?}");
        }
        let get = |w: &str| PAIRS_INDEX.find(w, |k| PAIRS[k].0).map(|k| PAIRS[k].1);
        assert_eq!(
            (get("bn"), get("m"), get("tn")),
            (Some(9), Some(6), Some(12))
        );
        assert_eq!((get("BN"), get("mm"), get("")), (None, None, None));
    }
}
