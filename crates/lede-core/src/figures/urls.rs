//! Web addresses: the numbers inside a URL are no figures.
//!
//! What it does: tells whether a digit run glued to a mark (`/2020/`,
//! `?q=30%25`, `-50`) sits inside a web address (a run of text without
//! white space holding `://`, `www.`, or a host name such as `bbc.co.uk`
//! followed by a `/`), and where that address ends, so the scan jumps over
//! all of it.
//!
//! Why: articles paste links ("see bbc.co.uk/news/2020/report-50",
//! "…search?q=30%25%2020%"); their path segments and escapes read as years,
//! counts and percentages, all false alarms. Numbers in prose follow a
//! space, a currency sign or a bracket, so the test runs only on a digit
//! run glued to an address mark, and reads at most a few hundred bytes.
//!
//! Example: `"Visit bbc.co.uk/2020/report-50 now"` → no figure;
//! `"rose 3-4%"` and `"Covid-19"` are no addresses.

use super::tokens::{Ctx, Tk};

/// The longest stretch read back from a number to find its address's
/// start (bytes); a longer address is not recognised.
const LOOK_BACK: usize = 256;

/// When the digit run at token `i` lies inside a web address: the last
/// token of that address.
pub fn inside(ctx: &Ctx, i: usize) -> Option<usize> {
    // Only a number glued to a mark an address puts before digits.
    let before = i.checked_sub(1)?;
    if !matches!(
        ctx.kind(before),
        Some(Tk::Punct(
            '/' | '=' | '%' | '?' | '&' | '#' | '_' | '.' | '-' | '+' | '~' | ':'
        ))
    ) || !ctx.adjacent(before, i)
    {
        return None;
    }
    let bytes = ctx.text.as_bytes();
    let end = ctx.start(i);
    // The start of the run of printable ASCII holding the number.
    let floor = end.saturating_sub(LOOK_BACK);
    let mut start = end;
    while start > floor && bytes.get(start - 1).is_some_and(|&b| b > b' ' && b < 0x80) {
        start -= 1;
    }
    let run = bytes.get(start..end)?;
    if !is_address(run) {
        return None;
    }
    // The address runs to the next white space.
    let mut last = i;
    while matches!(ctx.kind(last + 1), Some(k) if !matches!(k, Tk::Space(_))) {
        last += 1;
    }
    Some(last)
}

/// What it does: whether `run` (printable ASCII, no white space: the part of
/// a run before a number) opens a web address: it holds `://` or `www.`, or
/// its first `/` follows a host name (letters, digits, dots and hyphens,
/// with a dot and a top-level label of two or more letters).
/// Why: "9/11", "24/7", "and/or", "km/h" have slashes but no host.
/// Example: `bbc.co.uk/news/` and `(https://x.org/a?q=` yes; `24/` no.
fn is_address(run: &[u8]) -> bool {
    if run.windows(3).any(|w| w == b"://")
        || run.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
    {
        return true;
    }
    let Some(slash) = run.iter().position(|&b| b == b'/') else {
        return false;
    };
    // The host, without opening brackets or quotes.
    let host = run.get(..slash).unwrap_or_default();
    let host = match host.iter().position(|b| b.is_ascii_alphanumeric()) {
        Some(k) => host.get(k..).unwrap_or_default(),
        None => return false,
    };
    if !host
        .iter()
        .all(|&b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return false;
    }
    let Some(dot) = host.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let top = host.get(dot + 1..).unwrap_or_default();
    dot > 0 && top.len() >= 2 && top.iter().all(u8::is_ascii_alphabetic)
}

#[cfg(test)]
mod tests {
    //! Which runs open an address.
    use super::*;

    /// Checks [`is_address`] on the part of a run before a number.
    fn check(run: &str, want: bool) {
        assert_eq!(is_address(run.as_bytes()), want, "{run:?}");
    }

    #[test]
    fn hosts_and_schemes_open_addresses() {
        check("bbc.co.uk/news/", true);
        check("(https://example.org/a?q=", true);
        check("www.gov.uk/guidance-", true);
        check("Example.COM/", true);
    }

    #[test]
    fn slashes_and_dashes_of_prose_do_not() {
        check("24/", false);
        check("and/", false);
        check("km/h-", false);
        check("Covid-", false);
        check("e.g/", false);
        check("3.5/", false);
        check("", false);
    }
}
