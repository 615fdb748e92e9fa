//! Identifiers: numbers that name rather than count.
//!
//! What it does: rejects a number that is part of a label, code or address:
//! `Article 5`, `No 10 Downing Street`, `Section 3`, `version 2`, `G7`,
//! `F-16`, `Covid-19`, `9/11`, `24/7`, phone numbers (`020 7946 0958`,
//! `+44 …`, `555-1234`), postcodes (`SW1A 1AA`), IP addresses and version
//! strings (`192.168.1.2`), times of day (`10:30`, `3pm`, `11 a.m.`) and
//! product names (`iPhone 11 Pro`, `Boeing 737 Max`).
//!
//! Why: the gold convention says identifiers are never figures, and a false
//! alarm on "Article 5" costs a journalist more trust than a missed figure.
//!
//! Example: `"Article 5 of the treaty"` → [`Reason::Label`]; `"the G7"` →
//! [`Reason::Attached`].

use super::numbers::Num;
use super::table::Index;
use super::tokens::{all_caps, capitalised, Ctx, Tk};
use super::units;

/// Why a number was taken for an identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// After a label word: "Article 5", "Section 3", "version 2", "No 10".
    Label,
    /// Letters glued to the digits: "G7", "F-16", "5G", "Covid-19".
    Attached,
    /// Digits joined by slashes, colons or several dots: "9/11", "10:30",
    /// "192.168.1.2".
    Joined,
    /// A phone number or code with a leading zero or plus sign.
    Phone,
    /// A time of day: "3pm", "11 a.m.", "0900 GMT".
    Time,
    /// After a capitalised name and not counting anything: "iPhone 11 Pro".
    Name,
    /// A street number: "10 Downing Street".
    Address,
}

/// Label words that make the number after them an identifier.
fn is_label(w: &str) -> bool {
    LABELS_INDEX.find(w, |k| LABELS[k]).is_some()
}

/// The words of [`is_label`], sorted (a table, not a `match`: data rather than code in the wasm build).
static LABELS: &[&str] = &[
    "abrams",
    "airbus",
    "amendment",
    "android",
    "annex",
    "apartment",
    "apollo",
    "appendix",
    "apt",
    "art",
    "article",
    "articles",
    "battalion",
    "bay",
    "big",
    "block",
    "boeing",
    "box",
    "brigade",
    "building",
    "cac",
    "catch",
    "category",
    "ch",
    "challenger",
    "channel",
    "chapter",
    "class",
    "clause",
    "cop",
    "corps",
    "covid",
    "dax",
    "directive",
    "district",
    "division",
    "dock",
    "dow",
    "episode",
    "euro",
    "exercise",
    "exercises",
    "exhibit",
    "fifa",
    "fig",
    "figure",
    "fleet",
    "flight",
    "formula",
    "fortune",
    "ftse",
    "galaxy",
    "gate",
    "grade",
    "hang",
    "hangar",
    "highway",
    "himars",
    "hurricane",
    "interstate",
    "ios",
    "iphone",
    "issue",
    "item",
    "league",
    "leopard",
    "level",
    "line",
    "lot",
    "mark",
    "mig",
    "mk",
    "model",
    "nasdaq",
    "nikkei",
    "no",
    "nos",
    "nr",
    "nrs",
    "number",
    "p",
    "page",
    "pages",
    "para",
    "paragraph",
    "part",
    "patriot",
    "phase",
    "pier",
    "pixel",
    "platform",
    "playstation",
    "pp",
    "precinct",
    "prop",
    "proposition",
    "protocol",
    "psalm",
    "ref",
    "reference",
    "regiment",
    "regulation",
    "resolution",
    "room",
    "route",
    "row",
    "rule",
    "schedule",
    "season",
    "seat",
    "sec",
    "section",
    "sections",
    "sector",
    "sp",
    "ss",
    "stage",
    "stoxx",
    "studio",
    "suite",
    "table",
    "terminal",
    "tier",
    "title",
    "tornado",
    "typhoon",
    "uefa",
    "unit",
    "v",
    "ver",
    "verse",
    "version",
    "vol",
    "volume",
    "war",
    "ward",
    "windows",
    "xbox",
    "zone",
];

/// The hash index of [`LABELS`].
static LABELS_INDEX: Index<512> = Index::of_words(LABELS);

/// Words that make the digits after them a code even in lower case, when
/// nothing counted follows: "suite 400", "ext 402", "order 12345", "zip
/// 90210", "windows 11". (Capitalised label words are in [`LABELS`].)
fn is_code_word(w: &str) -> bool {
    CODE_WORDS_INDEX.find(w, |k| CODE_WORDS[k]).is_some()
}

/// The words of [`is_code_word`], sorted.
static CODE_WORDS: &[&str] = &[
    "box",
    "ext",
    "extension",
    "id",
    "invoice",
    "iphone",
    "item",
    "model",
    "order",
    "pin",
    "series",
    "step",
    "suite",
    "ticket",
    "windows",
    "zip",
];

/// The hash index of [`CODE_WORDS`].
static CODE_WORDS_INDEX: Index<64> = Index::of_words(CODE_WORDS);

/// Suffixes that may be glued to digits without making an identifier.
fn allowed_suffix(w: &str) -> bool {
    SUFFIXES_INDEX.find(w, |k| SUFFIXES[k]).is_some()
}

/// The words of [`allowed_suffix`], sorted (a table, not a `match`: data rather than code in the wasm build).
static SUFFIXES: &[&str] = &[
    "am", "b", "bhp", "billion", "bln", "bn", "bp", "bps", "c", "cm", "ers", "f", "ft", "g", "gb",
    "gbps", "ghz", "gw", "gwh", "h", "ha", "hp", "hr", "hrs", "hz", "k", "kb", "kg", "kgs", "km",
    "kmh", "kms", "kph", "kw", "kwh", "l", "lb", "lbs", "m", "mah", "mb", "mbps", "mg", "mhz",
    "mi", "mil", "million", "min", "mins", "ml", "mln", "mm", "mn", "mpg", "mph", "mw", "nd", "nm",
    "oz", "p", "pc", "pct", "per", "percent", "pm", "rd", "rpm", "s", "sec", "secs", "st", "t",
    "tb", "th", "thousand", "tn", "trn", "twh", "w", "x", "yr", "yrs",
];

/// The hash index of [`SUFFIXES`].
static SUFFIXES_INDEX: Index<256> = Index::of_words(SUFFIXES);

/// The reason the number `num` is an identifier, or `None` for a figure.
/// `unit_follows` tells whether a unit or counted noun follows it.
pub fn check(ctx: &Ctx, num: &Num, unit_follows: bool, plural_follows: bool) -> Option<Reason> {
    let first = num.first;
    let last = num.last;
    if num.malformed {
        return Some(Reason::Joined);
    }
    if !num.words {
        if let Some(r) = digits_check(ctx, num) {
            return Some(r);
        }
    }
    // "Dak Prescott (4)": a shirt number or a reference after a name.
    if !unit_follows && super::bracketed::after_name(ctx, num) {
        return Some(Reason::Name);
    }
    // Label word right before: "Article 5", "version 2", "No. 10".
    let mut p = ctx.prev(first);
    if let Some(k) = p {
        if k > 0 && ctx.is_punct(k, '.') && ctx.adjacent(k - 1, k) {
            p = Some(k - 1);
        }
    }
    if let Some(k) = p {
        if ctx.is_punct(k, '#') || ctx.is_punct(k, '№') {
            return Some(Reason::Label);
        }
        if ctx.is_word(k) {
            let s = ctx.s(k);
            let w = ctx.lower(k);
            let w = w.as_str();
            // "No 10": capital "No" only (lower-case "no" is a determiner).
            if w == "no" || w == "nos" {
                if s.starts_with('N') && !num.words {
                    return Some(Reason::Label);
                }
            } else if is_label(w)
                && (capitalised(s)
                    || matches!(
                        w,
                        "version"
                            | "page"
                            | "article"
                            | "section"
                            | "chapter"
                            | "room"
                            | "flight"
                            | "number"
                            | "row"
                            | "clause"
                            | "paragraph"
                            | "v"
                            | "episode"
                            | "season"
                            | "category"
                            | "nr"
                            | "nrs"
                            | "sp"
                            | "grade"
                            | "level"
                            | "tier"
                            | "gate"
                            | "platform"
                            | "phase"
                            | "stage"
                    ))
                && (!num.words
                    || capitalised(ctx.s(first))
                    || matches!(
                        w,
                        "version"
                            | "v"
                            | "ver"
                            | "number"
                            | "category"
                            | "level"
                            | "phase"
                            | "stage"
                            | "tier"
                            | "grade"
                    ))
            {
                // "Apollo 11", "Article Five"; but "the top 10 firms" counts.
                if !(plural_follows && (w == "top" || w == "number" && !capitalised(s))) {
                    return Some(Reason::Label);
                }
            }
            // "suite 400", "ext 402", "order 12345", "windows 11": a code
            // word in lower case names the digits after it, unless they count
            // something ("a court order 10 days old").
            if !num.words && !unit_follows && !plural_follows && is_code_word(w) {
                return Some(Reason::Label);
            }
            // A single capital letter or a short acronym before a code:
            // "P 500", "NY 10001".
            if !num.words
                && s.len() <= 2
                && all_caps(s)
                && s != "A"
                && s != "I"
                && super::units::currency_code(s).is_none()
                && !matches!(s, "US" | "UK" | "EU" | "UN")
            {
                return Some(Reason::Label);
            }
            // A mid-sentence capitalised name right before a number that
            // counts nothing: "iPhone 11 Pro", "Big 12", "Apple Watch 5".
            if capitalised(s)
                && !plural_follows
                && !ctx.starts_sentence(k)
                && !is_not_a_name(w)
                && !num.words
            {
                return Some(Reason::Name);
            }
            if s.starts_with(|c: char| c.is_lowercase()) && s.chars().any(char::is_uppercase) {
                // "iPhone 11"
                return Some(Reason::Name);
            }
        }
    }
    // A code right before: "Core i7 860", "A320 200".
    if let Some(k) = p.filter(|&k| ctx.is_num(k)) {
        if k > 0 && ctx.is_word(k - 1) {
            return Some(Reason::Name);
        }
    }
    // A capitalised name on both sides: "Bahco 9031 Ergo", "Boeing 737 Max".
    if !num.words && !plural_follows {
        let before = p.filter(|&k| {
            ctx.is_word(k) && capitalised(ctx.s(k)) && !is_not_a_name(ctx.lower(k).as_str())
        });
        let after = ctx
            .next_word(last)
            .filter(|&k| capitalised(ctx.s(k)) && !is_not_a_name(ctx.lower(k).as_str()));
        if before.is_some() && after.is_some() {
            return Some(Reason::Name);
        }
    }
    // Digits before a capitalised name that counts nothing: "the 787
    // Dreamliner", "11 Pro Max" (not "96 Liverpool fans", "20 EV models",
    // nor a year: "in 2011 Apple").
    // (A number with separators or decimals counts: "63,150 Model 3s".)
    if !num.words && num.plain_int && !plural_follows && !unit_follows {
        let year = num.plain_int && num.digits == 4;
        let name_after = ctx.next_word(last).is_some_and(|k| {
            let s = ctx.s(k);
            let w = ctx.lower(k);
            // A word in title case ("Dreamliner", "Pro"), not a unit
            // symbol ("Wh", "MWh", "Ma").
            capitalised(s)
                && s.len() >= 3
                && s.chars().skip(1).all(|c| c.is_lowercase())
                && !is_not_a_name(w.as_str())
                && super::dates::month(w.as_str()).is_none()
                && !matches!(
                    w.as_str(),
                    "monday"
                        | "tuesday"
                        | "wednesday"
                        | "thursday"
                        | "friday"
                        | "saturday"
                        | "sunday"
                )
                && ctx
                    .next_word(k)
                    .is_none_or(|x| !units::looks_plural(ctx.lower(x).as_str()))
                // "12 Boeing 747s", "63,150 Model 3s": a model's plural
                // is counted.
                && !plural_model_after(ctx, k)
        });
        // "up to 700 Should …": a qualifier makes it an amount.
        let qualified = ctx.prev_word(first).is_some_and(|p| {
            matches!(
                ctx.lower(p).as_str(),
                "to" | "than"
                    | "about"
                    | "over"
                    | "under"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "least"
                    | "most"
                    | "some"
                    | "only"
                    | "just"
            )
        });
        if name_after && !year && !qualified {
            return Some(Reason::Name);
        }
    }
    // A capitalised number word mid-sentence names something: "BBC Two",
    // "Radio Five Live", "World War Two", "Channel Four".
    if num.words && capitalised(ctx.s(first)) && !ctx.starts_sentence(first) {
        return Some(Reason::Name);
    }
    // Street numbers: "10 Downing Street", "49 Zorro Ranch Road", "9 E 71st
    // St", "22 Ave Foch", "12 high street".
    if (!unit_follows || num.plain_int) && street_after(ctx, last) {
        return Some(Reason::Address);
    }
    // "the 90049 ZIP code", "the 0161 area code".
    if let Some(n) = ctx.next_word(last) {
        let nw = ctx.lower(n);
        let area = nw.as_str() == "area" && ctx.next_word(n).is_some_and(|c| ctx.is(c, "code"));
        if matches!(nw.as_str(), "zip" | "postcode" | "postal") || area {
            return Some(Reason::Address);
        }
    }
    None
}

/// Whether a model number in the plural follows the name word `k`: digits
/// glued to an `s` ("747s", "3s").
fn plural_model_after(ctx: &Ctx, k: usize) -> bool {
    let Some(n) = ctx.next(k) else {
        return false;
    };
    ctx.is_num(n)
        && ctx
            .next(n)
            .is_some_and(|s| ctx.adjacent(n, s) && ctx.s(s) == "s")
}

/// Street words that end an address.
fn is_street(w: &str) -> bool {
    matches!(
        w,
        "street"
            | "st"
            | "road"
            | "rd"
            | "avenue"
            | "ave"
            | "lane"
            | "ln"
            | "drive"
            | "dr"
            | "square"
            | "place"
            | "pl"
            | "way"
            | "boulevard"
            | "blvd"
            | "crescent"
            | "terrace"
            | "close"
            | "court"
            | "ct"
            | "gardens"
            | "row"
            | "hill"
            | "parkway"
            | "pkwy"
            | "highway"
            | "hwy"
    )
}

/// A street name after the number ending at `last`: up to three name words
/// (capitalised, a compass letter or an ordinal such as "71st"), then a
/// street word; or a capitalised street word first ("22 Ave Foch", "5 Rue
/// Cler"); or one lower-case word and a street word at a phrase end ("12
/// high street.").
pub fn street_after(ctx: &Ctx, last: usize) -> bool {
    // "29km Road" is a distance.
    let Some(first) = ctx.next_word(last).filter(|&f| !ctx.adjacent(last, f)) else {
        return false;
    };
    let fw = ctx.lower(first);
    if capitalised(ctx.s(first))
        && (is_street(fw.as_str()) || matches!(fw.as_str(), "rue" | "via" | "calle"))
        && ctx.next_word(first).is_some_and(|n| capitalised(ctx.s(n)))
    {
        return true;
    }
    let mut k = last;
    for step in 0..4 {
        let Some(n) = ctx.next(k) else { return false };
        // An ordinal street number: "71st".
        let (w, end) = if ctx.is_num(n) && ctx.adjacent(n, n + 1) && ctx.is_word(n + 1) {
            match ctx.lower(n + 1).as_str() {
                "st" | "nd" | "rd" | "th" => (n + 1, n + 1),
                _ => return false,
            }
        } else if ctx.is_word(n) {
            (n, n)
        } else {
            return false;
        };
        let s = ctx.s(w);
        let lw = ctx.lower(w);
        if step > 0 && is_street(lw.as_str()) {
            // "2 High Street banks" counts banks ("10 Downing Street staff"
            // are the staff of No 10).
            let noun_after = ctx.next_word(w).is_some_and(|x| {
                let xs = ctx.s(x);
                !capitalised(xs) && xs.ends_with('s') && units::looks_plural(ctx.lower(x).as_str())
            });
            if noun_after {
                return false;
            }
            if capitalised(s) {
                return true;
            }
            // "12 high street": lower case only at the end of a phrase.
            return step == 1
                && ctx
                    .next_word(w)
                    .is_none_or(|x| units::is_stopword(ctx.lower(x).as_str()));
        }
        let name = capitalised(s) || w != n || step == 0 && !units::is_stopword(lw.as_str());
        if !name {
            return false;
        }
        k = end;
    }
    false
}

/// Capitalised words that do not make a following number an identifier.
fn is_not_a_name(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "over"
            | "nearly"
            | "almost"
            | "some"
            | "only"
            | "just"
            | "than"
            | "to"
            | "of"
            | "and"
            | "by"
            | "at"
            | "in"
            | "on"
            | "from"
            | "since"
            | "after"
            | "before"
            | "with"
            | "for"
            | "the"
            | "all"
            | "another"
            | "additional"
            | "extra"
            | "another_"
            | "up"
            | "down"
            | "under"
            | "above"
            | "below"
            | "least"
            | "most"
            | "than_"
            | "were"
            | "was"
            | "are"
            | "is"
            | "has"
            | "have"
            | "had"
            | "said"
            | "says"
            | "killed"
            | "reported"
            | "injured"
            | "aged"
            | "age"
            | "ages"
    ) || super::dates::month(w).is_some()
        || super::units::time_unit(w).is_some()
}

/// True when the number sits in a run of at least three plain digit groups
/// (one space or hyphen apart) holding eight digits or more.
fn phone_run(ctx: &Ctx, first: usize, last: usize) -> bool {
    let plain = |k: usize| ctx.is_num(k) && ctx.s(k).bytes().all(|b| b.is_ascii_digit());
    let mut groups = 1;
    let mut digits = ctx.s(first).len();
    let mut k = first;
    // Bounded walks: a long list of numbers must not cost quadratic time.
    let mut steps = 0;
    while let Some(p) = ctx.prev(k).filter(|_| steps < 6) {
        steps += 1;
        let p = if ctx.is_punct(p, '-') {
            match ctx.prev(p) {
                Some(x) => x,
                None => break,
            }
        } else {
            p
        };
        if !plain(p) {
            break;
        }
        groups += 1;
        digits += ctx.s(p).len();
        k = p;
    }
    let mut k = last;
    let mut steps = 0;
    while let Some(n) = ctx.next(k).filter(|_| steps < 6) {
        steps += 1;
        let n = if ctx.is_punct(n, '-') {
            match ctx.next(n) {
                Some(x) => x,
                None => break,
            }
        } else {
            n
        };
        if !plain(n) {
            break;
        }
        groups += 1;
        digits += ctx.s(n).len();
        k = n;
    }
    groups >= 3 && digits >= 8
}

/// Checks on the digits themselves and their glued neighbours.
fn digits_check(ctx: &Ctx, num: &Num) -> Option<Reason> {
    let first = num.first;
    let last = num.last;
    let s = ctx.s(first);
    // Letters glued before: "G7", "MH17", "S23"; or "F-16", "Covid-19".
    if first > 0 && ctx.adjacent(first - 1, first) {
        match ctx.kind(first - 1) {
            Some(Tk::Word) if super::units::currency_code(ctx.s(first - 1)).is_none() => {
                return Some(Reason::Attached)
            }
            Some(Tk::Punct('-' | '\u{2010}' | '\u{2011}'))
                if first >= 2 && ctx.adjacent(first - 2, first - 1) => {
                    match ctx.kind(first - 2) {
                        Some(Tk::Word) => {
                            let w = ctx.lower(first - 2);
                            if !matches!(
                                w.as_str(),
                                "mid"
                                    | "sub"
                                    | "minus"
                                    | "pre"
                                    | "post"
                                    | "early"
                                    | "late"
                                    | "end"
                                    | "fy"
                                    | "over"
                                    | "under"
                                    | "top"
                                    | "a"
                                    | "the"
                                    | "from"
                                    | "and"
                                    | "to"
                            ) {
                                return Some(Reason::Attached);
                            }
                        }
                        Some(Tk::Num) => return Some(Reason::Joined),
                        _ => {}
                    }
                }
            Some(Tk::Punct('+'))
                // "+44 20 …" is a phone number; "+5%" a change.
                if !ctx.is_punct(last + 1, '%') && s.len() >= 2 => {
                    return Some(Reason::Phone);
                }
            Some(Tk::Punct('/' | ':' | '.'))
                if first >= 2 && ctx.is_num(first - 2) && ctx.adjacent(first - 2, first - 1) => {
                    return Some(Reason::Joined);
                }
            _ => {}
        }
    }
    // Letters glued after: "5G", "4x4", "1AA"; allowed: "5m", "1st", "30s".
    if ctx.is_word(last + 1) && last == first {
        let raw = ctx.s(last + 1);
        let w = ctx.lower(last + 1);
        let code = super::units::currency_code(raw).is_some();
        let measure =
            super::units::measure(w.as_str()).is_some() || matches!(w.as_str(), "sq" | "cu");
        if !code && !allowed_suffix(w.as_str()) && !measure {
            return Some(Reason::Attached);
        }
        // "5G", "3D": a lone capital that is no unit or scale.
        if raw.len() == 1
            && raw != "K"
            && raw != "M"
            && raw != "B"
            && raw != "C"
            && raw != "F"
            && all_caps(raw)
        {
            return Some(Reason::Attached);
        }
        // "4x4"
        if w.as_str() == "x" && ctx.is_num(last + 2) && ctx.adjacent(last + 1, last + 2) {
            return Some(Reason::Attached);
        }
    }
    // Joined digits after: "9/11", "24/7", "10:30", "1.2.3" (a fraction
    // such as "1/2" was read whole by the number rule).
    if last == first
        && ctx.adjacent(first, first + 1)
        && ctx.is_num(first + 2)
        && ctx.adjacent(first + 1, first + 2)
    {
        match ctx.kind(first + 1) {
            Some(Tk::Punct('/' | ':' | '.')) => return Some(Reason::Joined),
            Some(Tk::Punct('-' | '\u{2011}')) => {
                // Three hyphenated groups: "555-123-4567", "2025-07-28" is a date
                // (handled before); "1-0" scores are left to ranges.
                if ctx.is_punct(first + 3, '-')
                    && ctx.is_num(first + 4)
                    && ctx.adjacent(first + 3, first + 4)
                {
                    return Some(Reason::Phone);
                }
                // "555-1234"
                if s.len() == 3
                    && ctx.s(first + 2).len() == 4
                    && ctx.s(first + 2).bytes().all(|b| b.is_ascii_digit())
                {
                    return Some(Reason::Phone);
                }
            }
            _ => {}
        }
    }
    // Runs of digit groups: "+44 20 7946 0000", "555 123 4567".
    if num.plain_int && phone_run(ctx, first, last) {
        return Some(Reason::Phone);
    }
    // Leading zero: "020 7946 0958", "07700 900123", "02139"; not "0.5".
    if s.len() >= 2 && s.starts_with('0') && !s.starts_with("0.") && !s.starts_with("0,") {
        return Some(Reason::Phone);
    }
    // Long digit groups in a row: "7946 0958".
    if num.plain_int
        && ctx.next(last).is_some_and(|k| {
            ctx.is_num(k) && ctx.s(k).len() >= 3 && s.len() >= 3 && !ctx.s(k).contains([',', '.'])
        })
    {
        return Some(Reason::Phone);
    }
    // Times of day: "3pm", "11 a.m.", "0900 GMT".
    if let Some(k) = ctx.next(last) {
        if ctx.is_word(k) {
            let w = ctx.lower(k);
            let w = w.as_str();
            if matches!(
                w,
                "am" | "pm"
                    | "gmt"
                    | "bst"
                    | "utc"
                    | "cet"
                    | "est"
                    | "edt"
                    | "pst"
                    | "pdt"
                    | "hrs"
                    | "hours_"
            ) && (w != "am" || ctx.adjacent(last, k) || ctx.is_punct(k + 1, '.'))
                && (w != "hrs" || s.len() == 4)
            {
                return Some(Reason::Time);
            }
            if (w == "a" || w == "p") && ctx.is_punct(k + 1, '.') && ctx.is(k + 2, "m") {
                return Some(Reason::Time);
            }
            if w == "o" && (ctx.is_punct(k + 1, '\'') || ctx.is_punct(k + 1, '’')) {
                return Some(Reason::Time);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tables_are_sorted_without_duplicates() {
        // Sorted and without duplicates: one entry per word, easy to review.
        assert!(
            LABELS.windows(2).all(|p| p[0] < p[1]),
            "LABELS must be sorted"
        );
        assert!(
            SUFFIXES.windows(2).all(|p| p[0] < p[1]),
            "SUFFIXES must be sorted"
        );
        assert!(is_label("article") && is_label("section") && !is_label("percent"));
        assert!(allowed_suffix("st") && allowed_suffix("th") && !allowed_suffix("article"));
    }
}
