//! Character classes with fast paths for the characters of news text.
//!
//! What it does: [`is_alphanumeric`] answers exactly as
//! `char::is_alphanumeric`, but decides ASCII, Latin-1, Latin Extended A/B
//! and the punctuation blocks of news text (curly quotes, apostrophes,
//! dashes, the ellipsis, currency signs) without the Unicode tables.
//!
//! Why: std looks a non-ASCII character up in two tables (alphabetic, then
//! numeric), each a search that costs hundreds of instructions in wasm; the
//! quote tokenizer asks about every curly quote and apostrophe, some of them
//! several times. In Node that was 2.3% of the time of the 2 KB sample
//! article, which has only 25 non-ASCII characters.
//!
//! Example: `’`, `“`, `—` and `£` are not alphanumeric, `é` and `½` are,
//! all without a table search; `ж` is searched.

/// `char::is_alphanumeric`, without the Unicode tables for the characters
/// news text uses most (a test checks every character).
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        wide => wide_is_alphanumeric(wide),
    }
}

/// [`is_alphanumeric`] for a non-ASCII character. Not inlined: kept out of
/// the callers' ASCII paths.
#[inline(never)]
fn wide_is_alphanumeric(c: char) -> bool {
    match c {
        // Controls, the no-break space, £, °, «, »: not letters, but ª, µ
        // and º are, and ², ³, ¹, ¼, ½ and ¾ are numeric.
        '\u{80}'..='\u{bf}' => matches!(
            c,
            '\u{aa}' | '\u{b5}' | '\u{ba}' | '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{bc}'..='\u{be}'
        ),
        // Latin-1 letters and Latin Extended-A and B, but × and ÷.
        '\u{c0}'..='\u{24f}' => !matches!(c, '\u{d7}' | '\u{f7}'),
        // General punctuation (dashes, curly quotes, …, ′) and currency
        // signs (€, ₹).
        '\u{2000}'..='\u{206f}' | '\u{20a0}'..='\u{20cf}' => false,
        _ => c.is_alphanumeric(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_std_on_every_character() {
        let mut wrong = Vec::new();
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if is_alphanumeric(c) != c.is_alphanumeric() {
                wrong.push(c);
            }
        }
        assert!(wrong.is_empty(), "differs from std on {wrong:?}");
    }

    #[test]
    fn news_punctuation_is_not_alphanumeric() {
        for c in [
            '’', '‘', '“', '”', '—', '–', '…', '£', '€', '«', '»', '\u{a0}',
        ] {
            assert!(!is_alphanumeric(c), "{c}");
        }
        for c in ['é', 'ß', 'Ł', '½', 'µ', 'a', 'Z', '7'] {
            assert!(is_alphanumeric(c), "{c}");
        }
    }
}
