//! `CharIndex`: converts byte offsets to Unicode code points and UTF-16 units.
//!
//! Inside Rust every offset is a byte offset; every export format counts code
//! points (W3C Web Annotation, spaCy) and the browser counts UTF-16 units. The
//! index is built once per document. It stores only the non-ASCII characters,
//! so an all-ASCII text (where all three coincide) costs nothing and news
//! text, with a curly quote here and there, very little.

/// Byte offset → code point / UTF-16 offset conversion for one text.
///
/// Only the non-ASCII characters are stored (news text is mostly ASCII):
/// between two of them every byte is one code point and one UTF-16 unit, so
/// a conversion is a binary search over those characters plus a difference.
#[derive(Clone, Debug)]
pub struct CharIndex {
    len_bytes: usize,
    len_chars: usize,
    /// The non-ASCII characters, in text order (empty for an ASCII text).
    wide: Vec<Wide>,
}

/// One non-ASCII character: where it starts in each unit, and its lengths.
#[derive(Clone, Copy, Debug)]
struct Wide {
    /// Byte offset of the character.
    byte: u32,
    /// Code point offset of the character.
    char: u32,
    /// UTF-16 offset of the character.
    utf16: u32,
    /// Its length in bytes (2–4).
    len: u8,
    /// Its length in UTF-16 units (1 or 2).
    len_utf16: u8,
}

impl Wide {
    fn end(&self) -> usize {
        self.byte as usize + usize::from(self.len)
    }
}

impl CharIndex {
    /// Builds the index of `text`.
    pub fn new(text: &str) -> CharIndex {
        let bytes = text.as_bytes();
        let mut wide = Vec::new();
        // Code points and UTF-16 units before byte `i`, minus `i`.
        let (mut char_shift, mut utf16_shift) = (0isize, 0isize);
        let mut i = 0;
        while i < bytes.len() {
            // Skip ASCII 64 bytes at a time, then eight.
            if bytes.get(i..i + 64).is_some_and(<[u8]>::is_ascii) {
                i += 64;
                continue;
            }
            if let Some(chunk) = bytes.get(i..i + 8) {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                if u64::from_ne_bytes(word) & 0x8080_8080_8080_8080 == 0 {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                continue;
            }
            // A lead byte (the text is valid UTF-8).
            let len: usize = match b {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            let len_utf16: usize = if len == 4 { 2 } else { 1 };
            wide.push(Wide {
                byte: i as u32,
                char: (i as isize + char_shift) as u32,
                utf16: (i as isize + utf16_shift) as u32,
                len: len as u8,
                len_utf16: len_utf16 as u8,
            });
            char_shift -= len as isize - 1;
            utf16_shift -= len as isize - len_utf16 as isize;
            i += len;
        }
        CharIndex {
            len_bytes: text.len(),
            len_chars: (text.len() as isize + char_shift) as usize,
            wide,
        }
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// The last non-ASCII character whose `key` is at most `at`.
    fn last_at_or_before(&self, at: usize, key: impl Fn(&Wide) -> u32) -> Option<&Wide> {
        let n = self.wide.partition_point(|w| key(w) as usize <= at);
        n.checked_sub(1).and_then(|i| self.wide.get(i))
    }

    /// Code point offset of byte offset `byte`. A byte inside a character maps
    /// to that character's index; past the end maps to the length.
    pub fn char_of_byte(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        match self.last_at_or_before(byte, |w| w.byte) {
            None => byte,
            Some(w) if byte < w.end() => w.char as usize,
            Some(w) => w.char as usize + 1 + (byte - w.end()),
        }
    }

    /// Byte offset of code point offset `ch` (clamped to the text's end).
    pub fn byte_of_char(&self, ch: usize) -> usize {
        let ch = ch.min(self.len_chars);
        match self.last_at_or_before(ch, |w| w.char) {
            None => ch,
            Some(w) if ch == w.char as usize => w.byte as usize,
            Some(w) => w.end() + (ch - w.char as usize - 1),
        }
    }

    /// UTF-16 offset of byte offset `byte`.
    pub fn utf16_of_byte(&self, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        match self.last_at_or_before(byte, |w| w.byte) {
            None => byte,
            Some(w) if byte < w.end() => w.utf16 as usize,
            Some(w) => w.utf16 as usize + usize::from(w.len_utf16) + (byte - w.end()),
        }
    }

    /// Byte offset of UTF-16 offset `unit` (a unit inside a surrogate pair maps
    /// to the start of its character).
    pub fn byte_of_utf16(&self, unit: usize) -> usize {
        let byte = match self.last_at_or_before(unit, |w| w.utf16) {
            None => unit,
            Some(w) if unit < w.utf16 as usize + usize::from(w.len_utf16) => w.byte as usize,
            Some(w) => w.end() + (unit - w.utf16 as usize - usize::from(w.len_utf16)),
        };
        byte.min(self.len_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::CharIndex;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    /// The naive oracle: count characters before the byte offset.
    #[cfg(not(target_arch = "wasm32"))]
    fn naive_char(text: &str, byte: usize) -> usize {
        text.char_indices().take_while(|(b, _)| *b < byte).count()
    }

    #[test]
    fn emoji_and_accents() {
        let t = "é👍a";
        let ix = CharIndex::new(t);
        assert_eq!(ix.len_chars(), 3);
        assert_eq!(ix.char_of_byte(0), 0);
        assert_eq!(ix.char_of_byte(2), 1);
        assert_eq!(ix.char_of_byte(6), 2);
        assert_eq!(ix.char_of_byte(7), 3);
        assert_eq!(ix.utf16_of_byte(6), 3);
        assert_eq!(ix.byte_of_char(2), 6);
        assert_eq!(ix.byte_of_utf16(3), 6);
    }

    /// The dense oracle: one entry per code point (and one for the end) with
    /// its byte and UTF-16 offsets, searched as the first version did.
    #[cfg(not(target_arch = "wasm32"))]
    fn dense(t: &str) -> (Vec<usize>, Vec<usize>) {
        let mut starts: Vec<usize> = t.char_indices().map(|(b, _)| b).collect();
        starts.push(t.len());
        let mut utf16 = vec![0];
        for c in t.chars() {
            utf16.push(utf16[utf16.len() - 1] + c.len_utf16());
        }
        (starts, utf16)
    }

    // proptest is a native-only dev-dependency (see Cargo.toml).
    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #[test]
        fn agrees_with_dense_oracle_everywhere(t in "[a-z \u{e9}\u{201c}\u{1f44d}]{0,30}|\\PC{0,30}") {
            let ix = CharIndex::new(&t);
            let (starts, utf16) = dense(&t);
            let around = |v: &[usize], x: usize| match v.binary_search(&x) {
                Ok(i) => i,
                Err(i) => i.saturating_sub(1),
            };
            prop_assert_eq!(ix.len_chars(), starts.len() - 1);
            // Every byte, inside characters and past the end too.
            for b in 0..t.len() + 3 {
                let c = around(&starts, b.min(t.len()));
                prop_assert_eq!(ix.char_of_byte(b), c);
                prop_assert_eq!(ix.utf16_of_byte(b), utf16[c]);
            }
            for c in 0..starts.len() + 3 {
                prop_assert_eq!(ix.byte_of_char(c), starts[c.min(starts.len() - 1)]);
            }
            for u in 0..utf16[utf16.len() - 1] + 3 {
                let i = around(&utf16, u);
                prop_assert_eq!(ix.byte_of_utf16(u), starts[i.min(starts.len() - 1)]);
            }
        }

        #[test]
        fn agrees_with_naive_oracle(t in "\\PC{0,40}") {
            let ix = CharIndex::new(&t);
            for (b, _) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
                let c = ix.char_of_byte(b);
                prop_assert_eq!(c, naive_char(&t, b));
                prop_assert_eq!(ix.byte_of_char(c), b);
                let u = ix.utf16_of_byte(b);
                prop_assert_eq!(u, t[..b].encode_utf16().count());
                prop_assert_eq!(ix.byte_of_utf16(u), b);
            }
        }
    }
}
