//! `CharIndex`: converts byte offsets to Unicode code points and UTF-16 units.
//!
//! Inside Rust every offset is a byte offset; every export format counts code
//! points (W3C Web Annotation, spaCy) and the browser counts UTF-16 units. The
//! index is built once per document; an all-ASCII text takes the fast path
//! where all three coincide.

/// Byte offset → code point / UTF-16 offset conversion for one text.
#[derive(Clone, Debug)]
pub struct CharIndex {
    len_bytes: usize,
    /// `None` for an ASCII text; else one entry per code point: its byte
    /// offset, plus a final entry for the end of the text.
    starts: Option<Vec<u32>>,
    /// UTF-16 offset of each code point (same indexing as `starts`).
    utf16: Option<Vec<u32>>,
}

impl CharIndex {
    /// Builds the index of `text`.
    pub fn new(text: &str) -> CharIndex {
        if text.is_ascii() {
            return CharIndex {
                len_bytes: text.len(),
                starts: None,
                utf16: None,
            };
        }
        let mut starts = Vec::with_capacity(text.len() + 1);
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut u = 0u32;
        for (b, c) in text.char_indices() {
            starts.push(b as u32);
            utf16.push(u);
            u += c.len_utf16() as u32;
        }
        starts.push(text.len() as u32);
        utf16.push(u);
        CharIndex {
            len_bytes: text.len(),
            starts: Some(starts),
            utf16: Some(utf16),
        }
    }

    /// Number of code points in the text.
    pub fn len_chars(&self) -> usize {
        match &self.starts {
            None => self.len_bytes,
            Some(s) => s.len() - 1,
        }
    }

    /// Code point offset of byte offset `byte`. A byte inside a character maps
    /// to that character's index; past the end maps to the length.
    pub fn char_of_byte(&self, byte: usize) -> usize {
        match &self.starts {
            None => byte.min(self.len_bytes),
            Some(s) => match s.binary_search(&(byte.min(self.len_bytes) as u32)) {
                Ok(i) => i,
                Err(i) => i.saturating_sub(1),
            },
        }
    }

    /// Byte offset of code point offset `ch` (clamped to the text's end).
    pub fn byte_of_char(&self, ch: usize) -> usize {
        match &self.starts {
            None => ch.min(self.len_bytes),
            Some(s) => s[ch.min(s.len() - 1)] as usize,
        }
    }

    /// UTF-16 offset of byte offset `byte`.
    pub fn utf16_of_byte(&self, byte: usize) -> usize {
        match &self.utf16 {
            None => byte.min(self.len_bytes),
            Some(u) => u[self.char_of_byte(byte)] as usize,
        }
    }

    /// Byte offset of UTF-16 offset `unit` (a unit inside a surrogate pair maps
    /// to the start of its character).
    pub fn byte_of_utf16(&self, unit: usize) -> usize {
        match (&self.utf16, &self.starts) {
            (Some(u), Some(s)) => {
                let i = match u.binary_search(&(unit as u32)) {
                    Ok(i) => i,
                    Err(i) => i.saturating_sub(1),
                };
                s[i.min(s.len() - 1)] as usize
            }
            _ => unit.min(self.len_bytes),
        }
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

    // proptest is a native-only dev-dependency (see Cargo.toml).
    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
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
