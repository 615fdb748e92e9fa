//! Word and phrase matching for the claim rules: ASCII case-insensitive,
//! on word boundaries, without allocating.
//!
//! Curly apostrophes in the text match straight ones in the phrases
//! ("doesn’t" matches `doesn't`).

/// Whether `b` (a byte of a phrase) continues a word.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Byte offset of the first match of `phrase` in `hay` on word boundaries,
/// compared ASCII case-insensitively.
pub fn find(hay: &str, phrase: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let p = phrase.as_bytes();
    if p.is_empty() || h.len() < p.len() {
        return None;
    }
    let mut i = 0;
    while i < h.len() {
        if !hay.is_char_boundary(i) {
            i += 1;
            continue;
        }
        if let Some(end) = match_at(h, i, p) {
            let before_ok = !is_word_byte(p[0])
                || !hay[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            let after_ok = !is_word_byte(p[p.len() - 1])
                || !hay[end..].chars().next().is_some_and(char::is_alphanumeric);
            if before_ok && after_ok {
                return Some(i);
            }
        }
        i += 1;
    }
    None
}

/// The end of a match of `p` starting at `h[i]`, treating `’` (3 bytes) in
/// the text as `'` in the phrase.
fn match_at(h: &[u8], mut i: usize, p: &[u8]) -> Option<usize> {
    for &pb in p {
        if pb == b'\'' && h[i..].starts_with("’".as_bytes()) {
            i += 3;
            continue;
        }
        if i >= h.len() || !h[i].eq_ignore_ascii_case(&pb) {
            return None;
        }
        i += 1;
    }
    Some(i)
}

/// Whether `hay` contains `phrase` (see [`find`]).
pub fn has(hay: &str, phrase: &str) -> bool {
    find(hay, phrase).is_some()
}

/// Whether `hay` starts (after opening quote marks and spaces) with
/// `phrase`, case-insensitively, on a word boundary.
pub fn starts_with(hay: &str, phrase: &str) -> bool {
    let t = hay.trim_start_matches(|c: char| c.is_whitespace() || "\"'“‘(".contains(c));
    find(t, phrase) == Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hay: &str, phrase: &str, expect: Option<usize>) {
        assert_eq!(find(hay, phrase), expect, "{phrase:?} in {hay:?}");
    }

    #[test]
    fn boundaries_case_and_apostrophes() {
        check("He said so.", "said", Some(3));
        check("He saidso.", "said", None);
        check("READ ALSO: more", "read also", Some(0));
        check("It doesn’t matter", "doesn't", Some(3));
        check("Ça va, said Zoë", "said", Some(8));
        check("", "x", None);
    }
}
