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

/// `s` lower-cased for the scripts of news text without core's Unicode
/// case tables: ASCII, Latin-1, Latin Extended-A, and basic Greek and
/// Cyrillic capitals; any other character is kept as it is.
///
/// Why: `str::to_lowercase` pulls in core's lower-case conversion table and
/// its code, 8 KB of the gzipped web app, for the few words that are not
/// ASCII (a foreign noun's lemma, an office word with an accent).
///
/// Example: `lowercase("ÉCOLE Ærø Ŝ ΔΣ Жук")` is `"école ærø ŝ δσ жук"`.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower_char).collect()
}

/// One character of [`lowercase`].
fn lower_char(c: char) -> char {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5a => u + 0x20,
        // Latin-1 capitals (À..Þ), but ×.
        0xc0..=0xde if u != 0xd7 => u + 0x20,
        // Latin Extended-A: capitals on even code points, small on odd ones,
        // then (Ĺ..Ň, Ź..Ž) capitals on odd ones; İ, Ÿ apart.
        0x130 => 0x69,
        0x178 => 0xff,
        0x100..=0x137 | 0x14a..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17e if u % 2 == 1 => u + 1,
        // Greek and Cyrillic capitals.
        0x391..=0x3a9 if u != 0x3a2 => u + 0x20,
        0x410..=0x42f => u + 0x20,
        0x400..=0x40f => u + 0x50,
        _ => u,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_agrees_with_std_where_it_maps() {
        assert_eq!(lowercase("ÉCOLE Ærø Ŝ ΔΣ Жук Ёж"), "école ærø ŝ δσ жук ёж");
        // Every character it changes, it changes as std does; the ranges
        // it covers it covers whole (a capital std lowers to one character).
        for c in (0..=0x52f_u32).filter_map(char::from_u32) {
            let ours = lower_char(c);
            let std: Vec<char> = c.to_lowercase().collect();
            if c == 'İ' {
                assert_eq!(ours, 'i');
                continue;
            }
            let covered = matches!(u32::from(c), 0..=0x17f | 0x391..=0x3a9 | 0x400..=0x42f);
            if ours != c || covered {
                assert_eq!(vec![ours], std, "{c:?}");
            }
        }
    }

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
