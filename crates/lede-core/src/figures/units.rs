//! Units: currency before the number, and percent, currency words, measures,
//! time units or the counted noun after it.
//!
//! What it does: given a number, finds what it counts or measures: `£`/`US$`/
//! `USD` before it; `%`, `per cent`, `percentage points`, `dollars`,
//! `Australian dollars`, `pence`, `km`, `mph`, `years`, `years old` or a
//! counted noun with its adjectives (`30 international leaders`) after it.
//!
//! Why: a number without its unit is not checkable; the gold convention's
//! span ends at the noun the number quantifies and the unit is its singular
//! lemma (`leader`), an ISO currency code, `percent` or a time unit.
//!
//! Example: `"10.5 million Australian dollars"` → unit `AUD`, kind money;
//! `"seven European leaders"` → unit `leader`, kind count.

use std::borrow::Cow;

use super::table::Index;
use super::tokens::{all_caps, capitalised, Ctx, Tk};
use crate::model::FigureKind;

/// What follows a number.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitMatch {
    /// Normalised unit (borrowed from a table when it comes from one).
    pub unit: Cow<'static, str>,
    /// Kind of figure it makes.
    pub kind: FigureKind,
    /// Last token of the unit.
    pub last: usize,
    /// Multiplier carried by the unit ("5 grand").
    pub factor: f64,
    /// The unit as written (for display).
    pub surface_first: usize,
}

/// The value of `w` in `table`, found through the table's `index`.
#[inline]
fn lookup<V: Copy, const N: usize>(table: &[(&str, V)], index: &Index<N>, w: &str) -> Option<V> {
    index.find(w, |k| table[k].0).map(|k| table[k].1)
}

/// ISO code of a currency code or abbreviation written as a word.
pub fn currency_code(w: &str) -> Option<&'static str> {
    lookup(CURRENCY_CODES, &CURRENCY_CODES_INDEX, w)
}

/// The table of [`currency_code`], sorted by word (data, not code, in the wasm build).
static CURRENCY_CODES: &[(&str, &str)] = &[
    ("AED", "AED"),
    ("ARS", "ARS"),
    ("AUD", "AUD"),
    ("BDT", "BDT"),
    ("BGN", "BGN"),
    ("BHD", "BHD"),
    ("BRL", "BRL"),
    ("BTC", "BTC"),
    ("CAD", "CAD"),
    ("CHF", "CHF"),
    ("CLP", "CLP"),
    ("CNY", "CNY"),
    ("COP", "COP"),
    ("CZK", "CZK"),
    ("DKK", "DKK"),
    ("EGP", "EGP"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("GHS", "GHS"),
    ("HKD", "HKD"),
    ("HUF", "HUF"),
    ("IDR", "IDR"),
    ("ILS", "ILS"),
    ("INR", "INR"),
    ("ISK", "ISK"),
    ("JOD", "JOD"),
    ("JPY", "JPY"),
    ("KES", "KES"),
    ("KRW", "KRW"),
    ("KWD", "KWD"),
    ("LBP", "LBP"),
    ("LKR", "LKR"),
    ("MAD", "MAD"),
    ("MXN", "MXN"),
    ("MYR", "MYR"),
    ("NGN", "NGN"),
    ("NIS", "ILS"),
    ("NOK", "NOK"),
    ("NZD", "NZD"),
    ("OMR", "OMR"),
    ("PHP", "PHP"),
    ("PKR", "PKR"),
    ("PLN", "PLN"),
    ("QAR", "QAR"),
    ("RM", "MYR"),
    ("RMB", "CNY"),
    ("RON", "RON"),
    ("RUB", "RUB"),
    ("Rs", "INR"),
    ("SAR", "SAR"),
    ("SEK", "SEK"),
    ("SGD", "SGD"),
    ("THB", "THB"),
    ("TRY", "TRY"),
    ("TWD", "TWD"),
    ("UAH", "UAH"),
    ("USD", "USD"),
    ("VND", "VND"),
    ("ZAR", "ZAR"),
];

/// The hash index of [`CURRENCY_CODES`].
static CURRENCY_CODES_INDEX: Index<128> = Index::of_pairs(CURRENCY_CODES);

fn currency_sign(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '£' => "GBP",
        '€' => "EUR",
        '¥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₩' => "KRW",
        '₪' => "ILS",
        '₺' => "TRY",
        '₦' => "NGN",
        '₴' => "UAH",
        _ => return None,
    })
}

/// A dollar prefix word: "US$", "A$", "HK$".
pub(super) fn dollar_prefix(w: &str) -> Option<&'static str> {
    lookup(DOLLAR_PREFIXES, &DOLLAR_PREFIXES_INDEX, w)
}

/// The table of [`dollar_prefix`], sorted by word (data, not code, in the wasm build).
static DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("a", "AUD"),
    ("au", "AUD"),
    ("aus", "AUD"),
    ("c", "CAD"),
    ("ca", "CAD"),
    ("can", "CAD"),
    ("cdn", "CAD"),
    ("hk", "HKD"),
    ("mx", "MXN"),
    ("nt", "TWD"),
    ("nz", "NZD"),
    ("r", "BRL"),
    ("s", "SGD"),
    ("sg", "SGD"),
    ("us", "USD"),
];

/// The hash index of [`DOLLAR_PREFIXES`].
static DOLLAR_PREFIXES_INDEX: Index<64> = Index::of_pairs(DOLLAR_PREFIXES);

/// A currency word at token `j` (for "12-cent", "one-yen").
pub fn currency_word_at(ctx: &Ctx, j: usize) -> Option<(&'static str, usize)> {
    let w = ctx.lower(j);
    if w.as_str() == "p" {
        return None;
    }
    currency_word(w.as_str()).flatten().map(|c| (c, j))
}

/// Lower-case currency codes safe to read ("usd"; not "try").
pub fn lower_code(w: &str) -> Option<&'static str> {
    lookup(LOWER_CODES, &LOWER_CODES_INDEX, w)
}

/// The table of [`lower_code`], sorted by word (data, not code, in the wasm build).
static LOWER_CODES: &[(&str, &str)] = &[
    ("aud", "AUD"),
    ("cad", "CAD"),
    ("chf", "CHF"),
    ("cny", "CNY"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("hkd", "HKD"),
    ("inr", "INR"),
    ("jpy", "JPY"),
    ("rmb", "CNY"),
    ("usd", "USD"),
];

/// The hash index of [`LOWER_CODES`].
static LOWER_CODES_INDEX: Index<32> = Index::of_pairs(LOWER_CODES);

/// A currency written before the number, starting at token `i`: returns the
/// ISO code and the token where the number starts.
pub fn currency_before(ctx: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    match ctx.kind(i)? {
        Tk::Punct(c) => {
            let code = currency_sign(c)?;
            let n = ctx.next(i)?;
            // "$-50.8bn": the minus sign is read with the number.
            if n == i + 1 && ctx.is_punct(n, '-') && ctx.is_num(n + 1) && ctx.adjacent(n, n + 1) {
                return Some((code, n + 1));
            }
            // "$US113", "$A5"
            if c == '$' && n == i + 1 && ctx.is_word(n) && ctx.is_num(n + 1) {
                let code = dollar_prefix(super::tokens::Lower::new(ctx.s(n)).as_str())?;
                return Some((code, n + 1));
            }
            Some((code, n))
        }
        Tk::Word => {
            // Every form below has a mark or a number right after the word
            // ("PS21,700", "Y=28,030", "US$5", "USD 5", "Rs. 500"): most
            // words are followed by a word.
            let k = ctx.next(i).filter(|&k| !ctx.is_word(k))?;
            let s = ctx.s(i);
            if let Some(found) = transliterated(ctx, i, s) {
                return Some(found);
            }
            // "US$5", "us $ 150", "HK$10"; not the possessive "Apple's $5m".
            if ctx.is_punct(k, '$')
                && (k == i + 1 || s.len() <= 2 && !s.eq_ignore_ascii_case("a"))
                && !possessive_s(ctx, i)
            {
                let code = dollar_prefix(super::tokens::Lower::new(s).as_str())?;
                return Some((code, ctx.next(k)?));
            }
            let code = currency_code(s).or_else(|| lower_code(s))?;
            // "Rs. 500"
            let k = if ctx.is_punct(k, '.') && ctx.adjacent(i, k) {
                ctx.next(k)?
            } else {
                k
            };
            ctx.is_num(k).then_some((code, k))
        }
        _ => None,
    }
}

/// What it does: true when word token `i` is the "s" of a possessive
/// ("Apple's", "firm’s"; "music ' s" in tokenized copy): after an apostrophe.
/// Why: "S$" is the Singapore dollar, and "the firm's $2bn bid" put the
/// possessive "s" before a "$": read as a prefix it made US dollars SGD.
/// Example: "Apple's $500m" → USD 500m; "S$500" → SGD 500.
fn possessive_s(ctx: &Ctx, i: usize) -> bool {
    ctx.is(i, "s")
        && ctx
            .prev(i)
            .is_some_and(|a| matches!(ctx.kind(a), Some(Tk::Punct('\'' | '\u{2019}'))))
}

/// Signs mangled by an ASCII transliteration of the text (wire copy run
/// through `unidecode`): `£` comes out as "PS" ("PS2.7m"), `¥` as "Y="
/// ("Y=28,030"). "PS" needs an amount no product name has ("PS21,700",
/// "PS6m"; not "PS5").
fn transliterated(ctx: &Ctx, i: usize, s: &str) -> Option<(&'static str, usize)> {
    match s {
        "Y" if ctx.is_punct(i + 1, '=') && ctx.adjacent(i, i + 1) => {
            (ctx.is_num(i + 2) && ctx.adjacent(i + 1, i + 2)).then_some(("JPY", i + 2))
        }
        "PS" if ctx.is_num(i + 1) && ctx.adjacent(i, i + 1) => {
            let digits = ctx.s(i + 1);
            let scale = ctx.adjacent(i + 1, i + 2)
                && matches!(
                    ctx.s(i + 2),
                    "m" | "bn" | "k" | "mn" | "billion" | "million"
                );
            (digits.len() >= 3 || digits.contains([',', '.']) || scale).then_some(("GBP", i + 1))
        }
        _ => None,
    }
}

/// A currency word: "dollars", "euros", "yen", "pence" → its code (or
/// sub-unit); `None` when the word needs an adjective ("crowns", "marks").
fn currency_word(w: &str) -> Option<Option<&'static str>> {
    lookup(CURRENCY_WORDS, &CURRENCY_WORDS_INDEX, w)
}

/// The table of [`currency_word`], sorted by word (data, not code, in the wasm build).
static CURRENCY_WORDS: &[(&str, Option<&str>)] = &[
    ("baht", Some("THB")),
    ("bitcoin", Some("BTC")),
    ("bitcoins", Some("BTC")),
    ("bucks", Some("USD")),
    ("cedi", Some("GHS")),
    ("cedis", Some("GHS")),
    ("cent", Some("cent")),
    ("cents", Some("cent")),
    ("crown", None),
    ("crowns", None),
    ("dinar", Some("dinar")),
    ("dinars", Some("dinar")),
    ("dirham", Some("AED")),
    ("dirhams", Some("AED")),
    ("dollar", Some("USD")),
    ("dollars", Some("USD")),
    ("euro", Some("EUR")),
    ("euros", Some("EUR")),
    ("forint", Some("HUF")),
    ("forints", Some("HUF")),
    ("franc", Some("franc")),
    ("francs", Some("franc")),
    ("guilder", Some("NLG")),
    ("guilders", Some("NLG")),
    ("hryvnia", Some("UAH")),
    ("hryvnias", Some("UAH")),
    ("koruna", Some("CZK")),
    ("koruny", Some("CZK")),
    ("krona", None),
    ("krone", None),
    ("kroner", None),
    ("kronor", None),
    ("kuna", Some("HRK")),
    ("kunas", Some("HRK")),
    ("lei", Some("RON")),
    ("leu", Some("RON")),
    ("lira", Some("TRY")),
    ("liras", Some("TRY")),
    ("mark", None),
    ("markka", Some("FIM")),
    ("markkaa", Some("FIM")),
    ("marks", None),
    ("naira", Some("NGN")),
    ("p", Some("pence")),
    ("pence", Some("pence")),
    ("pennies", Some("pence")),
    ("penny", Some("pence")),
    ("peseta", Some("ESP")),
    ("pesetas", Some("ESP")),
    ("peso", Some("MXN")),
    ("pesos", Some("MXN")),
    ("pound", Some("GBP")),
    ("pounds", Some("GBP")),
    ("quid", Some("GBP")),
    ("rand", Some("ZAR")),
    ("reais", None),
    ("real", None),
    ("renminbi", Some("CNY")),
    ("rial", Some("rial")),
    ("rials", Some("rial")),
    ("ringgit", Some("MYR")),
    ("riyal", Some("SAR")),
    ("riyals", Some("SAR")),
    ("rmb", Some("CNY")),
    ("rouble", Some("RUB")),
    ("roubles", Some("RUB")),
    ("ruble", Some("RUB")),
    ("rubles", Some("RUB")),
    ("rupee", Some("INR")),
    ("rupees", Some("INR")),
    ("rupiah", Some("IDR")),
    ("rupiahs", Some("IDR")),
    ("sen", Some("sen")),
    ("shekel", Some("ILS")),
    ("shekels", Some("ILS")),
    ("shilling", None),
    ("shillings", None),
    ("sterling", Some("GBP")),
    ("taka", Some("BDT")),
    ("tenge", Some("KZT")),
    ("yen", Some("JPY")),
    ("yuan", Some("CNY")),
    ("zloty", Some("PLN")),
    ("zlotys", Some("PLN")),
];

/// The hash index of [`CURRENCY_WORDS`].
static CURRENCY_WORDS_INDEX: Index<512> = Index::of_pairs(CURRENCY_WORDS);

/// The currency of a nationality adjective before a currency word.
fn currency_country(w: &str, currency: &str) -> Option<&'static str> {
    Some(match (w, currency) {
        ("us" | "american" | "u", _) => "USD",
        ("australian" | "aussie", _) => "AUD",
        ("canadian", _) => "CAD",
        ("singapore" | "singaporean", _) => "SGD",
        ("taiwan" | "taiwanese", _) => "TWD",
        ("zimbabwean" | "zimbabwe", _) => "ZWL",
        ("jamaican", _) => "JMD",
        ("namibian", _) => "NAD",
        ("swiss", _) => "CHF",
        ("chinese", _) => "CNY",
        ("japanese", _) => "JPY",
        ("danish", _) => "DKK",
        ("swedish", _) => "SEK",
        ("norwegian", _) => "NOK",
        ("icelandic", _) => "ISK",
        ("czech", _) => "CZK",
        ("dutch", _) => "NLG",
        ("finnish", _) => "FIM",
        ("british", _) => "GBP",
        ("egyptian", _) => "EGP",
        ("lebanese", _) => "LBP",
        ("turkish", _) => "TRY",
        ("mexican", _) => "MXN",
        ("argentine" | "argentinian", _) => "ARS",
        ("chilean", _) => "CLP",
        ("colombian", _) => "COP",
        ("philippine", _) => "PHP",
        ("indian", _) => "INR",
        ("pakistani", _) => "PKR",
        ("russian", _) => "RUB",
        ("brazilian", _) => "BRL",
        ("israeli", _) => "ILS",
        ("french", _) => "FRF",
        ("belgian", _) => "BEF",
        ("german" | "deutsche", _) => "DEM",
        ("irish", _) => "IEP",
        ("malaysian", _) => "MYR",
        ("nigerian", _) => "NGN",
        ("kenyan", _) => "KES",
        ("south", _) => "ZAR",
        ("saudi", _) => "SAR",
        ("hong", _) => "HKD",
        ("new", _) => "NZD",
        ("east", "dollar" | "dollars") => "XCD",
        ("kuwaiti", _) => "KWD",
        ("qatari", _) => "QAR",
        ("iraqi", _) => "IQD",
        ("jordanian", _) => "JOD",
        ("bahraini", _) => "BHD",
        ("libyan", _) => "LYD",
        ("tunisian", _) => "TND",
        ("algerian", _) => "DZD",
        ("iranian", _) => "IRR",
        ("omani", _) => "OMR",
        ("yemeni", _) => "YER",
        ("moroccan", _) => "MAD",
        _ => return None,
    })
}

/// A currency named after the number: "dollars", "euros", "yen", "pence",
/// "Australian dollars", "Hong Kong dollars", "Danish crowns", "USD".
/// Returns the ISO code (or sub-unit) and the last token.
/// `w` is token `j` lower-cased (the caller has it).
fn currency_after(ctx: &Ctx, j: usize, w: &str) -> Option<(&'static str, usize)> {
    if let Some(code) = currency_word(w) {
        // "5 p" is no price; "50p" is.
        if w == "p" && !(j > 0 && ctx.is_num(j - 1)) {
            return None;
        }
        return code.map(|c| (c, j));
    }
    // A nationality (one or two words) before a currency word: any other
    // word is no start (every nationality reads "dollar").
    currency_country(w, "dollar")?;
    let mut k = ctx.next_word(j)?;
    if matches!(w, "hong" | "new" | "south" | "east" | "saudi") {
        k = ctx.next_word(k)?;
    }
    let cw = ctx.lower(k);
    currency_word(cw.as_str())?;
    let code = currency_country(w, cw.as_str())?;
    Some((code, k))
}

/// Measure units: surface (lower case) → (unit, kind).
pub fn measure(w: &str) -> Option<&'static str> {
    lookup(MEASURES, &MEASURES_INDEX, w)
}

/// The table of [`measure`], sorted by surface (data, not code, in the wasm build).
static MEASURES: &[(&str, &str)] = &[
    ("acre", "acre"),
    ("acres", "acre"),
    ("apg", "assist per game"),
    ("barrel", "barrel"),
    ("barrels", "barrel"),
    ("bhp", "brake horsepower"),
    ("calorie", "calorie"),
    ("calories", "calorie"),
    ("celsius", "celsius"),
    ("centigrade", "celsius"),
    ("centimeter", "centimetre"),
    ("centimeters", "centimetre"),
    ("centimetre", "centimetre"),
    ("centimetres", "centimetre"),
    ("cm", "centimetre"),
    ("deg", "degree"),
    ("degc", "celsius"),
    ("degf", "fahrenheit"),
    ("degree", "degree"),
    ("degrees", "degree"),
    ("fahrenheit", "fahrenheit"),
    ("feet", "foot"),
    ("foot", "foot"),
    ("ft", "foot"),
    ("g", "gram"),
    ("gallon", "gallon"),
    ("gallons", "gallon"),
    ("gb", "gigabyte"),
    ("gbps", "gigabit per second"),
    ("ghz", "gigahertz"),
    ("gigabyte", "gigabyte"),
    ("gigabytes", "gigabyte"),
    ("gigahertz", "gigahertz"),
    ("gigapascal", "gigapascal"),
    ("gigapascals", "gigapascal"),
    ("gigaton", "gigaton"),
    ("gigatonne", "gigaton"),
    ("gigatonnes", "gigaton"),
    ("gigatons", "gigaton"),
    ("gigawatt", "gigawatt"),
    ("gigawatts", "gigawatt"),
    ("gpa", "gigapascal"),
    ("gram", "gram"),
    ("grams", "gram"),
    ("gw", "gigawatt"),
    ("gwh", "gigawatt hour"),
    ("ha", "hectare"),
    ("hectare", "hectare"),
    ("hectares", "hectare"),
    ("hertz", "hertz"),
    ("horsepower", "horsepower"),
    ("hp", "horsepower"),
    ("hz", "hertz"),
    ("in", "inch"),
    ("inch", "inch"),
    ("inches", "inch"),
    ("kcal", "calorie"),
    ("kg", "kilogram"),
    ("kgs", "kilogram"),
    ("khz", "kilohertz"),
    ("kilo", "kilogram"),
    ("kilogram", "kilogram"),
    ("kilograms", "kilogram"),
    ("kilohertz", "kilohertz"),
    ("kilometer", "kilometre"),
    ("kilometers", "kilometre"),
    ("kilometre", "kilometre"),
    ("kilometres", "kilometre"),
    ("kilos", "kilogram"),
    ("kilovolt", "kilovolt"),
    ("kilovolts", "kilovolt"),
    ("kilowatt", "kilowatt"),
    ("kilowatts", "kilowatt"),
    ("km", "kilometre"),
    ("kmh", "kilometre per hour"),
    ("kms", "kilometre"),
    ("knot", "knot"),
    ("knots", "knot"),
    ("kph", "kilometre per hour"),
    ("ksi", "kilopound per square inch"),
    ("kv", "kilovolt"),
    ("kw", "kilowatt"),
    ("kwh", "kilowatt hour"),
    ("l", "litre"),
    ("lb", "pound"),
    ("lbs", "pound"),
    ("liter", "litre"),
    ("liters", "litre"),
    ("litre", "litre"),
    ("litres", "litre"),
    ("mah", "milliampere-hour"),
    ("mb", "megabyte"),
    ("mbps", "megabit per second"),
    ("mcg", "microgram"),
    ("megabyte", "megabyte"),
    ("megabytes", "megabyte"),
    ("megahertz", "megahertz"),
    ("megapascal", "megapascal"),
    ("megapascals", "megapascal"),
    ("megaton", "megaton"),
    ("megatonne", "megaton"),
    ("megatonnes", "megaton"),
    ("megatons", "megaton"),
    ("megawatt", "megawatt"),
    ("megawatts", "megawatt"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("metre", "metre"),
    ("metres", "metre"),
    ("mg", "milligram"),
    ("mhz", "megahertz"),
    ("mi", "mile"),
    ("microgram", "microgram"),
    ("micrograms", "microgram"),
    ("micrometer", "micrometre"),
    ("micrometers", "micrometre"),
    ("micrometre", "micrometre"),
    ("micrometres", "micrometre"),
    ("micron", "micrometre"),
    ("microns", "micrometre"),
    ("mile", "mile"),
    ("miles", "mile"),
    ("milligram", "milligram"),
    ("milligrams", "milligram"),
    ("milliliter", "millilitre"),
    ("milliliters", "millilitre"),
    ("millilitre", "millilitre"),
    ("millilitres", "millilitre"),
    ("millimeter", "millimetre"),
    ("millimeters", "millimetre"),
    ("millimetre", "millimetre"),
    ("millimetres", "millimetre"),
    ("ml", "millilitre"),
    ("mm", "millimetre"),
    ("mpa", "megapascal"),
    ("mpg", "mile per gallon"),
    ("mph", "mile per hour"),
    ("mw", "megawatt"),
    ("mwh", "megawatt hour"),
    ("nanometer", "nanometre"),
    ("nanometers", "nanometre"),
    ("nanometre", "nanometre"),
    ("nanometres", "nanometre"),
    ("nm", "nanometre"),
    ("ounce", "ounce"),
    ("ounces", "ounce"),
    ("oz", "ounce"),
    ("pint", "pint"),
    ("pints", "pint"),
    ("ppb", "parts-per-billion"),
    ("ppg", "point per game"),
    ("ppm", "parts-per-million"),
    ("psi", "pound per square inch"),
    ("quart", "quart"),
    ("quarts", "quart"),
    ("rpg", "rebound per game"),
    ("rpm", "revolutions per minute"),
    ("sqft", "square foot"),
    ("sqm", "square metre"),
    ("st", "stone"),
    ("stone", "stone"),
    ("tb", "terabyte"),
    ("terabyte", "terabyte"),
    ("terabytes", "terabyte"),
    ("ton", "ton"),
    ("tonne", "tonne"),
    ("tonnes", "tonne"),
    ("tons", "ton"),
    ("twh", "terawatt hour"),
    ("volt", "volt"),
    ("volts", "volt"),
    ("w", "watt"),
    ("watt", "watt"),
    ("watts", "watt"),
    ("wh", "watt hour"),
    ("yard", "yard"),
    ("yards", "yard"),
    ("yd", "yard"),
    ("yds", "yard"),
    ("µg", "microgram"),
    ("μg", "microgram"),
    ("μm", "micrometre"),
];

/// The hash index of [`MEASURES`].
static MEASURES_INDEX: Index<512> = Index::of_pairs(MEASURES);

/// Time units: surface (lower case) → singular unit.
pub fn time_unit(w: &str) -> Option<&'static str> {
    lookup(TIME_UNITS, &TIME_UNITS_INDEX, w)
}

/// The table of [`time_unit`], sorted by word (data, not code, in the wasm build).
static TIME_UNITS: &[(&str, &str)] = &[
    ("centuries", "century"),
    ("century", "century"),
    ("day", "day"),
    ("days", "day"),
    ("decade", "decade"),
    ("decades", "decade"),
    ("fortnight", "fortnight"),
    ("fortnights", "fortnight"),
    ("hour", "hour"),
    ("hours", "hour"),
    ("hr", "hour"),
    ("hrs", "hour"),
    ("millennia", "millennium"),
    ("millennium", "millennium"),
    ("min", "minute"),
    ("mins", "minute"),
    ("minute", "minute"),
    ("minutes", "minute"),
    ("month", "month"),
    ("months", "month"),
    ("sec", "second"),
    ("second", "second"),
    ("seconds", "second"),
    ("secs", "second"),
    ("week", "week"),
    ("weeks", "week"),
    ("year", "year"),
    ("years", "year"),
    ("yr", "year"),
    ("yrs", "year"),
];

/// The hash index of [`TIME_UNITS`].
static TIME_UNITS_INDEX: Index<128> = Index::of_pairs(TIME_UNITS);

/// What it does: the base unit of a unit of time, length, mass or volume
/// and how many base units one of it holds: hour → (second, 3600), mile →
/// (metre, 1609.344), pound → (gram, 453.59237). A month is 30 days and a
/// year 365 (the peers' reckoning).
/// Why: amounts written in different units compare through their base
/// ("90 minutes" and "1.5 hours"); the evaluation against other projects
/// needs it, since they pick their own unit.
/// Example: `base_of("minute")` → `Some(("second", 60.0))`.
pub fn base_of(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "second" => ("second", 1.0),
        "minute" => ("second", 60.0),
        "hour" => ("second", 3600.0),
        "day" => ("second", 86_400.0),
        "week" => ("second", 604_800.0),
        "fortnight" => ("second", 1_209_600.0),
        "month" => ("second", 2_592_000.0),
        "quarter" => ("second", 7_776_000.0),
        "year" => ("second", 31_536_000.0),
        "decade" => ("second", 315_360_000.0),
        "century" => ("second", 3_153_600_000.0),
        "millennium" => ("second", 31_536_000_000.0),
        "millimetre" => ("metre", 0.001),
        "centimetre" => ("metre", 0.01),
        "metre" => ("metre", 1.0),
        "kilometre" => ("metre", 1000.0),
        "inch" => ("metre", 0.0254),
        "foot" => ("metre", 0.3048),
        "yard" => ("metre", 0.9144),
        "mile" => ("metre", 1609.344),
        "milligram" => ("gram", 0.001),
        "gram" => ("gram", 1.0),
        "kilogram" => ("gram", 1000.0),
        "tonne" => ("gram", 1e6),
        "ounce" => ("gram", 28.349523),
        "pound" => ("gram", 453.59237),
        "millilitre" => ("litre", 0.001),
        "centilitre" => ("litre", 0.01),
        "litre" => ("litre", 1.0),
        "gallon" => ("litre", 3.785412),
        _ => return None,
    })
}

/// Words that never are the counted noun: function words, pronouns,
/// auxiliaries and frequent verbs and adverbs.
pub fn is_stopword(w: &str) -> bool {
    STOPWORDS_INDEX.find(w, |k| STOPWORDS[k]).is_some()
}

/// The stop words of [`is_stopword`], sorted (a table rather than a `match`: data, not code, in the wasm build).
static STOPWORDS: &[&str] = &[
    "a",
    "about",
    "about_",
    "above",
    "according",
    "across",
    "added",
    "after",
    "again",
    "again_",
    "against",
    "against_",
    "aged",
    "ago",
    "ahead",
    "all",
    "almost",
    "alone",
    "along",
    "already",
    "also",
    "although",
    "altogether",
    "always",
    "am",
    "am_",
    "among",
    "an",
    "and",
    "another",
    "any",
    "apart",
    "apiece",
    "are",
    "around",
    "as",
    "at",
    "away",
    "back",
    "be",
    "became",
    "because",
    "become",
    "becomes",
    "been",
    "before",
    "began",
    "begun",
    "behind",
    "being",
    "below",
    "beside",
    "besides",
    "between",
    "beyond",
    "both",
    "bought",
    "broke",
    "brought",
    "bst",
    "but",
    "by",
    "came",
    "can",
    "caught",
    "cent",
    "come",
    "comes",
    "could",
    "cut",
    "despite",
    "did",
    "do",
    "does",
    "down",
    "during",
    "each",
    "each_",
    "each__",
    "earlier",
    "either",
    "ended",
    "est",
    "et",
    "even",
    "ever",
    "every",
    "except",
    "fell",
    "few",
    "first_",
    "for",
    "fought",
    "friday",
    "from",
    "further",
    "gave",
    "get",
    "gets",
    "give",
    "gives",
    "gmt",
    "go",
    "goes",
    "got",
    "grew",
    "had",
    "has",
    "have",
    "having",
    "he",
    "held",
    "her",
    "here",
    "him",
    "his",
    "hit",
    "how",
    "i",
    "if",
    "in",
    "included",
    "including",
    "inside",
    "instead",
    "into",
    "is",
    "it",
    "its",
    "just",
    "knew",
    "last",
    "later",
    "least",
    "left",
    "less",
    "let",
    "like",
    "lost",
    "made",
    "make",
    "makes",
    "many",
    "may",
    "maybe",
    "me",
    "might",
    "minus",
    "monday",
    "more",
    "most",
    "much",
    "must",
    "my",
    "nd",
    "near",
    "nearly",
    "neither",
    "never",
    "next",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "often",
    "old",
    "on",
    "once",
    "only",
    "onto",
    "or",
    "other",
    "others",
    "our",
    "out",
    "outside",
    "over",
    "overall",
    "own",
    "per",
    "percent",
    "perhaps",
    "plus",
    "pm",
    "put",
    "quite",
    "ran",
    "rather",
    "rd",
    "remain",
    "remained",
    "remains",
    "respective",
    "respectively",
    "rose",
    "run",
    "runs",
    "said",
    "same",
    "saturday",
    "saw",
    "say",
    "says",
    "see",
    "seemed",
    "seems",
    "sees",
    "sent",
    "set",
    "several",
    "shall",
    "she",
    "should",
    "since",
    "so",
    "some",
    "sometimes",
    "spent",
    "spoke",
    "st",
    "still",
    "struck",
    "such",
    "sunday",
    "take",
    "takes",
    "taught",
    "tells",
    "th",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "thereafter",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thought",
    "through",
    "throughout",
    "thursday",
    "til",
    "till",
    "to",
    "today",
    "together",
    "told",
    "tomorrow",
    "tonight",
    "too",
    "too_",
    "took",
    "toward",
    "towards",
    "tuesday",
    "under",
    "unless",
    "unlike",
    "until",
    "up",
    "upon",
    "us",
    "utc",
    "versus",
    "very",
    "via",
    "vs",
    "vs_",
    "was",
    "we",
    "wednesday",
    "went",
    "were",
    "what",
    "when",
    "where",
    "where_",
    "whereas",
    "whereby",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "won",
    "would",
    "wrote",
    "yesterday",
    "yet",
    "you",
    "your",
];

/// The hash index of [`STOPWORDS`].
static STOPWORDS_INDEX: Index<1024> = Index::of_words(STOPWORDS);

/// True when a word looks like a plural noun ("leaders", "countries", "people").
pub fn looks_plural(w: &str) -> bool {
    if matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "police"
            | "staff"
            | "personnel"
            | "cattle"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "troops"
            | "data"
            | "media"
            | "crew"
            | "sheep"
            | "fish"
            | "deer"
            | "aircraft"
            | "offspring"
            | "species"
            | "series"
            | "youth"
            | "folk"
            | "militia"
            | "infantry"
            | "livestock"
            | "clergy"
    ) {
        return true;
    }
    (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s"))
        || men_plural(w)
}

/// Compounds of "men": "fishermen", "policemen", "servicemen" (not
/// "specimen", "regimen").
fn men_plural(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("men")
        && !matches!(
            w,
            "specimen"
                | "regimen"
                | "abdomen"
                | "acumen"
                | "bitumen"
                | "albumen"
                | "stamen"
                | "hymen"
                | "semen"
                | "yemen"
                | "lumen"
                | "cyclamen"
                | "germen"
        )
}

/// The singular lemma of a counted noun, lower-cased unless it is an acronym.
pub fn lemma(word: &str) -> String {
    let acronym = all_caps(word.trim_end_matches('s')) && word.len() > 1;
    // One string, cut and extended in place below.
    let mut w: String = if acronym {
        word.to_string()
    } else if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        crate::text::chars::lowercase(word)
    };
    let irregular = match w.as_str() {
        "people" => Some("person"),
        "men" => Some("man"),
        "women" => Some("woman"),
        "children" => Some("child"),
        "feet" => Some("foot"),
        "teeth" => Some("tooth"),
        "mice" => Some("mouse"),
        "geese" => Some("goose"),
        "lives" => Some("life"),
        "wives" => Some("wife"),
        "knives" => Some("knife"),
        "halves" => Some("half"),
        "leaves" => Some("leaf"),
        "wolves" => Some("wolf"),
        "thieves" => Some("thief"),
        "series" | "species" | "news" | "means" | "data" | "media" | "police" | "staff"
        | "crew" | "troops" => None,
        _ => None,
    };
    if let Some(s) = irregular {
        w.clear();
        w.push_str(s);
        return w;
    }
    // The suffixes cut below are ASCII: the cuts fall on character boundaries.
    if !acronym && men_plural(&w) {
        w.truncate(w.len() - 2);
        w.push_str("an");
        return w;
    }
    if acronym {
        if w.ends_with('s') {
            w.pop();
        }
        return w;
    }
    if matches!(
        w.as_str(),
        "series"
            | "species"
            | "news"
            | "means"
            | "data"
            | "media"
            | "police"
            | "staff"
            | "aircraft"
            | "sheep"
            | "fish"
            | "deer"
            | "offspring"
            | "cattle"
            | "personnel"
            | "livestock"
            | "clergy"
            | "infantry"
            | "militia"
            | "folk"
            | "youth"
            | "crew"
    ) {
        return w;
    }
    if w.len() > 4 && w.ends_with("ies") && !w.ends_with("eies") {
        w.truncate(w.len() - 3);
        w.push('y');
        return w;
    }
    // "bonuses" → "bonus", but "houses" → "house": most words in -uses
    // are plurals of words in -use.
    if matches!(
        w.as_str(),
        "buses"
            | "bonuses"
            | "campuses"
            | "viruses"
            | "statuses"
            | "censuses"
            | "focuses"
            | "consensuses"
            | "surpluses"
            | "prospectuses"
            | "syllabuses"
            | "sinuses"
    ) {
        w.truncate(w.len() - 2);
        return w;
    }
    for suf in ["sses", "ches", "shes", "xes", "zzes", "oes"] {
        if w.len() > suf.len() + 1 && w.ends_with(suf) {
            w.truncate(w.len() - 2);
            return w;
        }
    }
    // Not "previous", "bonus", "basis": no plural ends so.
    if looks_plural(&w)
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
    {
        w.truncate(w.len() - 1);
    }
    w
}

/// Words that end a counted-noun phrase although they look like nouns
/// (participles and adverbs are handled by their endings).
fn is_verbish(w: &str) -> bool {
    (w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "family" | "ally" | "rally" | "supply" | "assembly" | "italy" | "july"
        ))
        || (w.len() > 3
            && w.ends_with("ed")
            && !matches!(
                w,
                "hundred"
                    | "bed"
                    | "shed"
                    | "red"
                    | "seed"
                    | "speed"
                    | "breed"
                    | "need"
                    | "feed"
                    | "greed"
                    | "creed"
                    | "steed"
                    | "reed"
                    | "weed"
            ))
}

/// The unit after the number whose last token is `last`.
pub fn after(ctx: &Ctx, last: usize, value: f64) -> Option<UnitMatch> {
    // "%" attached or spaced.
    let n = if ctx.is_punct(last + 1, '%') {
        return Some(um("percent", FigureKind::Percent, last + 1, last + 1));
    } else {
        ctx.next(last)?
    };
    if ctx.is_punct(n, '%') {
        return Some(um("percent", FigureKind::Percent, n, n));
    }
    if let Some(Tk::Punct(c)) = ctx.kind(n) {
        if let Some(code) = currency_sign(c) {
            // "10 €" but not "10 $30" (that sign opens the next amount).
            let opens_next = ctx.next(n).is_some_and(|k| ctx.is_num(k));
            if !opens_next {
                return Some(um(code, FigureKind::Money, n, n));
            }
        }
    }
    // Primes: "25.5″" (inches), "30′" (feet); not a prime typed for an
    // apostrophe ("2022′s").
    let prime = n == last + 1 && !(ctx.is_word(n + 1) && ctx.adjacent(n, n + 1));
    if prime && ctx.is_punct(n, '\u{2033}') {
        return Some(um("inch", FigureKind::Measure, n, n));
    }
    if prime && ctx.is_punct(n, '\u{2032}') {
        return Some(um("foot", FigureKind::Measure, n, n));
    }
    if ctx.is_punct(n, '°') {
        // "30°C", "30 °F", "30°"
        let k = n + 1;
        if ctx.adjacent(n, k) {
            match ctx.s(k) {
                "C" => return Some(um("celsius", FigureKind::Measure, k, n)),
                "F" => return Some(um("fahrenheit", FigureKind::Measure, k, n)),
                _ => {}
            }
        }
        return Some(um("degree", FigureKind::Measure, n, n));
    }
    if !ctx.is_word(n) {
        return None;
    }
    let lw = ctx.lower(n);
    let w = lw.as_str();
    let attached = ctx.adjacent(last, n);
    // "30C", "-5C", "86F": British copy glues the scale's capital to the
    // number (a temperature of under 200 degrees).
    // Not after a capitalised word ("Form 23F", "Section 5C" are labels), a
    // determiner or a modal ("the 13F filing", "must 13F be filed"), nor
    // before a slash ("14.7C/ per share": cents).
    let labelled = || {
        ctx.prev_word(last).is_some_and(|p| {
            capitalised(ctx.s(p))
                || matches!(
                    ctx.lower(p).as_str(),
                    "the" | "a" | "an" | "must" | "should" | "will" | "can" | "may"
                )
        })
    };
    if attached
        && matches!(ctx.s(n), "C" | "F")
        && value.abs() < 200.0
        && !ctx.is_punct(n + 1, '/')
        && !labelled()
    {
        match ctx.s(n) {
            "C" => return Some(um("celsius", FigureKind::Measure, n, n)),
            "F" => return Some(um("fahrenheit", FigureKind::Measure, n, n)),
            _ => {}
        }
    }
    // A share of one unit: "half an hour", "a quarter of a mile",
    // "1/16 of a US pint".
    if value > 0.0 && value < 1.0 {
        if let Some(u) = share_of_unit(ctx, n) {
            return Some(u);
        }
        // "1/2 pound of chocolate": a fraction of a pound is a weight.
        if w == "pound" {
            return Some(um("pound", FigureKind::Measure, n, n));
        }
    }
    // "eight more picks", "two other candidates": the noun after the word.
    if matches!(w, "more" | "other") {
        let x = ctx.next_word(n)?;
        let xw = ctx.lower(x);
        if !matches!(xw.as_str(), "than" | "more" | "other") {
            return after(ctx, n, value);
        }
        return None;
    }
    match w {
        "percent" | "pct" => return Some(um("percent", FigureKind::Percent, n, n)),
        "per" => {
            let c = ctx.next_word(n)?;
            if ctx.is(c, "cent") {
                return Some(um("percent", FigureKind::Percent, c, n));
            }
            return None;
        }
        "percentage" => {
            let p = glued_or_next_word(ctx, n)?;
            if ctx.is(p, "points") || ctx.is(p, "point") {
                return Some(um("percentage point", FigureKind::Percent, p, n));
            }
            return None;
        }
        "basis" => {
            let p = glued_or_next_word(ctx, n)?;
            if ctx.is(p, "points") || ctx.is(p, "point") {
                return Some(um("basis point", FigureKind::Percent, p, n));
            }
            return None;
        }
        "bps" | "bp" => return Some(um("basis point", FigureKind::Percent, n, n)),
        "pc" if attached => return Some(um("percent", FigureKind::Percent, n, n)),
        _ => {}
    }
    // Torque: "332 lb-ft", "275 pound-feet".
    if matches!(w, "lb" | "lbs" | "pound" | "pounds")
        && ctx.is_hyphen(n + 1)
        && ctx.adjacent(n, n + 1)
        && ctx.adjacent(n + 1, n + 2)
        && matches!(ctx.lower(n + 2).as_str(), "ft" | "feet" | "foot")
    {
        return Some(um("foot pound-force", FigureKind::Measure, n + 2, n));
    }
    if let Some(m) = super::multiples::after(ctx, n) {
        return Some(m);
    }
    // "weighs 250 pounds": a weight.
    if matches!(w, "pound" | "pounds") && weighed(ctx, last) {
        return Some(um("pound", FigureKind::Measure, n, n));
    }
    if let Some((code, k)) = currency_after(ctx, n, w) {
        return Some(um(code, FigureKind::Money, k, n));
    }
    if let Some(code) = currency_code(ctx.s(n)).or_else(|| lower_code(w)) {
        return Some(um(code, FigureKind::Money, n, n));
    }
    if let Some(t) = time_unit(w) {
        // "45 years old" → age.
        if let Some(o) = ctx.next_word(n) {
            if ctx.is(o, "old") || ctx.is(o, "olds") {
                return Some(um(t, FigureKind::Age, o, n));
            }
        }
        // "a 12 year-old girl": the hyphen only after the unit.
        let o = n + 2;
        if ctx.is_hyphen(n + 1)
            && ctx.adjacent(n, n + 1)
            && ctx.adjacent(n + 1, o)
            && (ctx.is(o, "old") || ctx.is(o, "olds"))
        {
            return Some(um(t, FigureKind::Age, o, n));
        }
        return Some(um(t, FigureKind::Duration, n, n));
    }
    if let Some(m) = measure_at(ctx, n, w, attached) {
        return Some(m);
    }
    // "63,000 Model 3 sedans"
    if let Some(m) = super::named_models::after(ctx, n).filter(|_| value != 1.0) {
        return Some(m);
    }
    counted_noun(ctx, n, value != 1.0)
}

/// "[of] a/an [up to two words] UNIT" after a fraction: a time unit or a
/// measure in the singular.
fn share_of_unit(ctx: &Ctx, n: usize) -> Option<UnitMatch> {
    let mut k = n;
    if ctx.is(k, "of") {
        k = ctx.next_word(k)?;
    }
    if !(ctx.is(k, "a") || ctx.is(k, "an")) {
        return None;
    }
    for _ in 0..3 {
        k = ctx.next_word(k)?;
        let w = ctx.lower(k);
        let w = w.as_str();
        if let Some(t) = time_unit(w).filter(|_| !looks_plural(w)) {
            return Some(um(t, FigureKind::Duration, k, k));
        }
        // "a quarter of a percentage point"
        if w == "percentage" {
            let point = ctx.next_word(k).filter(|&p| ctx.is(p, "point"))?;
            return Some(um("percentage point", FigureKind::Percent, point, k));
        }
        if let Some(m) = measure(w).filter(|_| w.len() > 2 && !looks_plural(w)) {
            return Some(um(m, FigureKind::Measure, k, k));
        }
        if w == "pound" {
            return Some(um("pound", FigureKind::Measure, k, k));
        }
        if is_stopword(w) && !all_caps(ctx.s(k)) {
            return None;
        }
    }
    None
}

/// A measure unit at `n`, with compounds: "miles per hour", "square feet",
/// "km/h", "degrees Celsius", "barrels a day".
/// `w` is token `n` lower-cased (the caller has it).
fn measure_at(ctx: &Ctx, n: usize, w: &str, attached: bool) -> Option<UnitMatch> {
    // "1,200 parts per million".
    if matches!(w, "part" | "parts") {
        let p = ctx.next_word(n)?;
        let d = ctx.next_word(p)?;
        if !ctx.is(p, "per") {
            return None;
        }
        let unit = match ctx.lower(d).as_str() {
            "million" => "parts-per-million",
            "billion" => "parts-per-billion",
            _ => return None,
        };
        return Some(um(unit, FigureKind::Measure, d, n));
    }
    // "80 m.p.h.", "80 mph".
    if w == "m" && ctx.phrase_glued(n, &["m", ".", "p", ".", "h"]) {
        let last = if ctx.is_punct(n + 5, '.') && ctx.adjacent(n + 4, n + 5) {
            n + 5
        } else {
            n + 4
        };
        return Some(um("mile per hour", FigureKind::Measure, last, n));
    }
    if matches!(w, "square" | "sq" | "cubic" | "cu") {
        let k = ctx.next_word(n)?;
        let kw = ctx.lower(k);
        // "sq m": a lone "m" after "sq" is metres.
        let base = match kw.as_str() {
            "m" => "metre",
            other => measure(other)?,
        };
        let square = matches!(w, "square" | "sq");
        let unit = match (square, base) {
            (true, "metre") => "square metre",
            (true, "foot") => "square foot",
            (true, "mile") => "square mile",
            (true, "kilometre") => "square kilometre",
            (true, "centimetre") => "square centimetre",
            (false, "metre") => "cubic metre",
            (false, "foot") => "cubic foot",
            (false, "centimetre") => "cubic centimetre",
            (false, "inch") => "cubic inch",
            _ => return None,
        };
        return Some(um(unit, FigureKind::Measure, k, n));
    }
    // Single letters are units only when attached: "5m" is handled as million
    // in money, else metres; "5g" and "5l" are too rare to risk.
    if w == "m" {
        if !attached {
            return None;
        }
        // "32m2", "32m²": square metres.
        if ctx.adjacent(n, n + 1) && (ctx.s(n + 1) == "2" || ctx.is_punct(n + 1, '\u{b2}')) {
            return Some(um("square metre", FigureKind::Measure, n + 1, n));
        }
        return (!ctx.is_word(n + 1)).then(|| um("metre", FigureKind::Measure, n, n));
    }
    // "450 Nm" (newton metres; "nm" in lower case is nanometres).
    if ctx.s(n) == "Nm" {
        return Some(um("newton metre", FigureKind::Measure, n, n));
    }
    // "32 km2", "32 km²".
    if w == "km" && ctx.adjacent(n, n + 1) && (ctx.s(n + 1) == "2" || ctx.is_punct(n + 1, '\u{b2}'))
    {
        return Some(um("square kilometre", FigureKind::Measure, n + 1, n));
    }
    if !attached {
        if let Some(u) = super::symbols::spaced(ctx, n) {
            return Some(u);
        }
    }
    let quotient = ctx.is_punct(n + 1, '/') && ctx.adjacent(n, n + 1);
    // "1.3 A/cm2": a capital A is amperes only in a quotient.
    let base = match measure(w) {
        Some(b) => b,
        None if quotient && ctx.s(n) == "A" => "ampere",
        None => return None,
    };
    // "GB" style units must be written in capitals or attached; "in", "ha",
    // "mi" only attached.
    if matches!(w, "mi" | "ha" | "nm" | "g" | "l" | "w" | "in" | "st") && !attached && !quotient {
        return None;
    }
    // "14 stone"; "in 2016 Stone spoke": a name.
    if w == "stone" && ctx.s(n) != "stone" {
        return None;
    }
    // Compounds.
    if ctx.is_punct(n + 1, '/') && ctx.adjacent(n, n + 1) {
        let d = ctx.lower(n + 2);
        let unit = match (base, d.as_str()) {
            ("kilometre", "h" | "hr") => Some("kilometre per hour"),
            ("metre", "s") => Some("metre per second"),
            _ => None,
        };
        if let Some(u) = unit {
            return Some(um(u, FigureKind::Measure, n + 2, n));
        }
        // Any other quotient of units: "10 kV/cm", "95 g/km", "2 mg/kg",
        // "1.3 A/cm2", "5 kg/cm³" (a 2 or ² glued to the divisor squares
        // it, a 3 or ³ cubes it).
        if let Some(den) = measure(d.as_str()).filter(|_| ctx.adjacent(n + 1, n + 2)) {
            let glued = ctx.adjacent(n + 2, n + 3);
            let power = match ctx.s(n + 3) {
                "2" | "\u{b2}" if glued => Some("square"),
                "3" | "\u{b3}" if glued => Some("cubic"),
                _ => None,
            };
            let (unit, last) = match power {
                Some(p) => (format!("{base} per {p} {den}"), n + 3),
                None => (format!("{base} per {den}"), n + 2),
            };
            return Some(UnitMatch {
                unit: Cow::Owned(unit),
                ..um("", FigureKind::Measure, last, n)
            });
        }
    }
    if let Some(p) = ctx.next_word(n) {
        let pw = ctx.lower(p);
        if matches!(pw.as_str(), "per" | "a" | "an") {
            if let Some(d) = ctx.next_word(p) {
                let dw = ctx.lower(d);
                let unit = match (base, dw.as_str()) {
                    ("mile", "hour") => Some("mile per hour"),
                    ("kilometre", "hour") => Some("kilometre per hour"),
                    ("mile", "gallon") => Some("mile per gallon"),
                    ("metre", "second") => Some("metre per second"),
                    ("barrel", "day") => Some("barrel per day"),
                    _ => None,
                };
                if let Some(u) = unit {
                    return Some(um(u, FigureKind::Measure, d, n));
                }
                // "180 micrograms per cubic metre", "5 tonnes per hectare".
                if pw.as_str() == "per" {
                    if let Some((per, last)) = per_measure(ctx, d, dw.as_str()) {
                        return Some(UnitMatch {
                            unit: Cow::Owned(format!("{base} per {per}")),
                            ..um("", FigureKind::Measure, last, n)
                        });
                    }
                }
            }
        }
        if base == "degree" {
            let pw = pw.as_str();
            if pw == "celsius" || pw == "centigrade" || pw == "c" {
                return Some(um("celsius", FigureKind::Measure, p, n));
            }
            if pw == "fahrenheit" || pw == "f" {
                return Some(um("fahrenheit", FigureKind::Measure, p, n));
            }
        }
    }
    Some(um(base, FigureKind::Measure, n, n))
}

/// The unit after "per" at token `d` (`w` lower-cased): a measure in the
/// singular, or "square"/"cubic" and a measure; its name and last token.
/// (A time unit is left to the rates of things: "3 litres/day".)
fn per_measure(ctx: &Ctx, d: usize, w: &str) -> Option<(String, usize)> {
    if matches!(w, "square" | "cubic") {
        let k = ctx.next_word(d)?;
        let m = measure(ctx.lower(k).as_str()).filter(|m| !m.contains(' '))?;
        return Some((format!("{w} {m}"), k));
    }
    if looks_plural(w) || w.len() < 2 {
        return None;
    }
    Some((measure(w)?.to_string(), d))
}

/// The word after token `n`: after one space, or hyphenated to it ("a 25
/// basis-point cut", "a two percentage-point rise").
fn glued_or_next_word(ctx: &Ctx, n: usize) -> Option<usize> {
    if ctx.hyphen_joins(n) {
        return Some(n + 2).filter(|&p| ctx.is_word(p));
    }
    ctx.next_word(n)
}

/// Whether a verb or noun of weight stands at most three words before the
/// number ending at token `last` ("weighs 250 pounds", "weighed about 8",
/// "a weight of 90").
fn weighed(ctx: &Ctx, last: usize) -> bool {
    let mut k = last;
    for _ in 0..3 {
        let Some(p) = ctx.prev_word(k).or_else(|| ctx.prev(k)) else {
            return false;
        };
        if ctx.is_word(p) && ctx.lower(p).as_str().starts_with("weigh") {
            return true;
        }
        k = p;
    }
    false
}

fn um(unit: &'static str, kind: FigureKind, last: usize, first: usize) -> UnitMatch {
    UnitMatch {
        unit: Cow::Borrowed(unit),
        kind,
        last,
        factor: 1.0,
        surface_first: first,
    }
}

/// Titles that never are the counted noun: "father-of-two Mr Smith".
fn is_title(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "prof"
            | "st"
            | "rev"
            | "gen"
            | "col"
            | "capt"
            | "sgt"
    )
}

/// The noun phrase after an ordinal: as [`counted_noun`] in singular mode,
/// plus one plural head at the end ("first annual results").
pub fn ordinal_noun(ctx: &Ctx, n: usize) -> Option<UnitMatch> {
    let mut u = counted_noun(ctx, n, false)?;
    let adjective = {
        let w = ctx.lower(u.last);
        let w = w.as_str();
        [
            "al", "ic", "ive", "ous", "est", "ary", "ful", "ial", "ian", "ish", "ese",
        ]
        .iter()
        .any(|s| w.ends_with(s))
    };
    if let Some(x) = ctx.next_word(u.last).filter(|_| adjective) {
        let xw = ctx.lower(x);
        if looks_plural(xw.as_str()) && !is_stopword(xw.as_str()) && !is_verbish(xw.as_str()) {
            u.unit = Cow::Owned(lemma(ctx.s(x)));
            u.surface_first = x;
            u.last = x;
        }
    }
    Some(u)
}

/// "U.S." or "US" right after a dollar amount ("$75 U.S. per barrel"):
/// its last token.
pub fn us_confirmation(ctx: &Ctx, last: usize) -> Option<usize> {
    let n = ctx.next(last)?;
    if ctx.phrase_glued(n, &["U", ".", "S", "."]) {
        return Some(n + 3);
    }
    if ctx.phrase_glued(n, &["U", ".", "S"]) {
        return Some(n + 2);
    }
    (ctx.s(n) == "US").then_some(n)
}

/// A rate per head after a count ending at token `last`: "per 100,000
/// people", "per 1,000 births", "per million". Returns the unit's rate
/// part ("100,000 person"), what the display shows after "per" ("100,000
/// people") and the last token.
///
/// Only a round base (10, 100, … a million): "per 3 people" is no rate.
pub fn per_head(ctx: &Ctx, last: usize) -> Option<(String, String, usize)> {
    let p = ctx.next_word(last).filter(|&p| ctx.is(p, "per"))?;
    let base = super::numbers::parse(ctx, ctx.next(p)?)?;
    let round = (1..=6).any(|e| base.value == 10f64.powi(e));
    if !round || base.malformed {
        return None;
    }
    let mut unit = String::with_capacity(24);
    super::display::push_number(&mut unit, base.value);
    let mut shown = unit.clone();
    let mut end = base.last;
    if let Some(noun) = ctx
        .next_word(base.last)
        .and_then(|n| counted_noun(ctx, n, true))
        .filter(|u| u.kind == FigureKind::Count)
    {
        unit.push(' ');
        unit.push_str(&noun.unit);
        shown.push(' ');
        shown.push_str(ctx.between(noun.surface_first, noun.last));
        end = noun.last;
    }
    Some((unit, shown, end))
}

/// A rate after an amount: "per barrel", "a month", "per square foot".
/// Returns the unit's lemma and the last token.
pub fn rate(ctx: &Ctx, last: usize) -> Option<(String, usize)> {
    // "barrel-a-day", "£24 a-year": the rate may be glued with hyphens.
    let glued = |k: usize| ctx.is_hyphen(k + 1) && ctx.adjacent(k, k + 1) && ctx.is_word(k + 2);
    // "$15/hour", "$350/kg": a slash glued on both sides stands for "per".
    let slash = ctx.is_punct(last + 1, '/')
        && ctx.adjacent(last, last + 1)
        && ctx.is_word(last + 2)
        && ctx.adjacent(last + 1, last + 2);
    let n = if slash {
        last + 2
    } else {
        let p = if glued(last) {
            last + 2
        } else {
            ctx.next_word(last)?
        };
        if !matches!(ctx.lower(p).as_str(), "per" | "a" | "an") {
            return None;
        }
        if glued(p) {
            p + 2
        } else {
            ctx.next_word(p)?
        }
    };
    let lw = ctx.lower(n);
    let w = lw.as_str();
    if w == "square" || w == "sq" {
        let k = ctx.next_word(n)?;
        let m = match ctx.lower(k).as_str() {
            "m" => "metre",
            other => measure(other)?,
        };
        return Some((format!("square {m}"), k));
    }
    if let Some(t) = time_unit(w) {
        // "$6.8bn a year earlier" is no rate.
        let after = ctx.next_word(n).map(|x| ctx.lower(x));
        if after.is_some_and(|a| {
            matches!(
                a.as_str(),
                "earlier" | "ago" | "later" | "before" | "previously"
            )
        }) {
            return None;
        }
        return Some((t.to_string(), n));
    }
    let unit = match w {
        "barrel" | "share" | "gallon" | "litre" | "liter" | "tonne" | "ton" | "ounce" | "gram"
        | "kilogram" | "kilo" | "head" | "person" | "night" | "unit" | "ticket" | "seat"
        | "user" | "employee" | "capita" | "mile" | "kilometre" | "kilometer" | "megawatt"
        | "bushel" | "pound" | "piece" | "household" | "passenger" | "visitor" | "game" | "kwh"
        | "kg" | "lb" | "km" => match w {
            "liter" => "litre",
            "kilometer" | "km" => "kilometre",
            "kilo" | "kg" => "kilogram",
            "lb" => "pound",
            other => other,
        },
        _ => return None,
    };
    Some((unit.to_string(), n))
}

/// A rate after a bracketed aside: "C$6 (US$4.46) per share" — for the
/// amount before the aside (the converted amount inside stays as written).
/// Returns the rate's unit.
pub fn rate_around_aside(ctx: &Ctx, last: usize) -> Option<String> {
    let n = ctx.next(last)?;
    let close = if ctx.is_punct(n, '(') {
        (n + 1..(n + 16).min(ctx.len()))
            .find(|&k| matches!(ctx.kind(k), Some(Tk::Punct(')'))))
            .filter(|&c| {
                !(n + 1..c).any(|k| {
                    matches!(
                        ctx.kind(k),
                        Some(Tk::Punct('(' | '.' | ';')) | Some(Tk::Space(true))
                    ) && !(ctx.is_punct(k, '.') && ctx.is_num(k.saturating_sub(1)))
                })
            })?
    } else {
        return None;
    };
    rate(ctx, close).map(|(per, _)| per)
}

/// Adjectives that follow a noun with their complement ("an official close
/// to the talks", "one person familiar with the plan", "a source loyal to
/// him"): they end a singular noun phrase rather than extend it.
fn is_postposed_adjective(w: &str) -> bool {
    crate::listed(
        words![
            "close", "closer", "near", "familiar", "loyal", "opposed", "linked", "related",
            "aware", "able", "unable", "likely", "unlikely", "due", "ready", "willing", "keen"
        ],
        w,
    )
}

/// The counted noun starting at word `n`: up to three adjectives, then the
/// noun. With `plural` the noun is the first plural-looking word.
pub fn counted_noun(ctx: &Ctx, n: usize, plural: bool) -> Option<UnitMatch> {
    let mut k = n;
    let mut head = None;
    for step in 0..4 {
        if !ctx.is_word(k) {
            break;
        }
        let s = ctx.s(k);
        let lw = ctx.lower(k);
        let w = lw.as_str();
        // "4.3m digital and physical sales": joined adjectives.
        if plural && step > 0 && head.is_none() && matches!(w, "and" | "or") {
            match ctx.next_word(k) {
                Some(x) => {
                    k = x;
                    continue;
                }
                None => break,
            }
        }
        // Hyphenated compounds ("full-time workers") count as one word,
        // even when the first part alone would end the phrase
        // ("by-elections", "in-depth reviews").
        let mut last = k;
        while ctx.is_hyphen(last + 1)
            && ctx.adjacent(last, last + 1)
            && ctx.is_word(last + 2)
            && ctx.adjacent(last + 1, last + 2)
        {
            last += 2;
        }
        if last == k && (is_stopword(w) || w.is_empty() && !s.chars().all(char::is_alphabetic)) {
            break;
        }
        // Lower-cased again only for a hyphenated compound.
        let tail = (last != k).then(|| ctx.lower(last));
        let tail_w = tail.as_ref().map_or(w, |t| t.as_str());
        if is_verbish(tail_w) {
            // An "-ed" adjective is fine before a plural noun ("armed men").
            // Not before a name: "one in 10 recognised Charles Kennedy".
            let next_plural = ctx
                .next_word(last)
                .is_some_and(|x| looks_plural(ctx.lower(x).as_str()) && !capitalised(ctx.s(x)));
            if !(plural && next_plural) {
                break;
            }
        }
        // A gerund stops the phrase ("12 players training"), unless it
        // modifies a plural noun ("1,100 public housing properties").
        if w.ends_with("ing") && step > 0 && plural {
            let modifies = ctx.next_word(last).is_some_and(|x| {
                let xw = ctx.lower(x);
                looks_plural(xw.as_str()) && !is_stopword(xw.as_str()) && !is_verbish(xw.as_str())
            });
            if !modifies {
                break;
            }
        }
        if is_title(w) {
            break;
        }
        if plural {
            // "leaders", "MPs": the first plural word is the head; with no
            // plural word there is no counted noun ("one in six knew").
            let raw_tail = ctx.s(last);
            let acronym_plural = raw_tail.len() >= 3
                && raw_tail.ends_with('s')
                && all_caps(&raw_tail[..raw_tail.len() - 1]);
            if looks_plural(tail_w) || acronym_plural {
                head = Some((k, last));
                break;
            }
            // A singular noun used as a modifier: "a 12 page report", "a
            // 3 cylinder engine" (another noun must follow it).
            if step == 0 && !capitalised(s) {
                let next_nounish = ctx.next_word(last).is_some_and(|x| {
                    let xw = ctx.lower(x);
                    !capitalised(ctx.s(x))
                        && !is_stopword(xw.as_str())
                        && !is_verbish(xw.as_str())
                        && !xw.as_str().ends_with("ing")
                });
                if next_nounish && !is_verbish(tail_w) {
                    head = Some((k, last));
                }
            }
        } else {
            if step > 0 && looks_plural(tail_w) {
                break;
            }
            head = Some((k, last));
            if step > 0 && !capitalised(s) && !capitalised(ctx.s(n)) {
                // "first potential direct meeting": keep going while the
                // next word still reads as part of the noun phrase.
            }
        }
        if !capitalised(s) && capitalised(ctx.s(n)) && step > 0 {
            break;
        }
        match ctx.next_word(last) {
            Some(x) => k = x,
            None => break,
        }
        // Singular phrases stop before a word that cannot continue them.
        if !plural {
            let nw = ctx.lower(k);
            if is_stopword(nw.as_str()) || is_verbish(nw.as_str()) {
                break;
            }
            // "one official close to the talks": an adjective after the
            // noun, with its complement.
            if is_postposed_adjective(nw.as_str())
                && ctx
                    .next_word(k)
                    .is_some_and(|x| matches!(ctx.lower(x).as_str(), "to" | "of" | "with" | "by"))
            {
                break;
            }
            if looks_plural(nw.as_str()) {
                break;
            }
            if step >= 2 {
                break;
            }
        }
    }
    let (word_first, last) = head?;
    let s = ctx.between(word_first, last);
    if s.chars().count() < 2 {
        return None;
    }
    // The head may itself be a unit: "517 rushing yards", "50 previous years".
    let hw = ctx.lower(word_first);
    if word_first == last {
        let (unit, kind) = if let Some(t) = time_unit(hw.as_str()) {
            (Some(t), FigureKind::Duration)
        } else if let Some(m) = measure(hw.as_str()).filter(|_| hw.as_str().len() > 2) {
            (Some(m), FigureKind::Measure)
        } else {
            (None, FigureKind::Count)
        };
        if let Some(unit) = unit {
            return Some(UnitMatch {
                unit: Cow::Borrowed(unit),
                kind,
                last,
                factor: 1.0,
                surface_first: word_first,
            });
        }
    }
    Some(UnitMatch {
        unit: Cow::Owned(lemma(s)),
        kind: FigureKind::Count,
        last,
        factor: 1.0,
        surface_first: word_first,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_of_words_that_only_end_in_s() {
        for (word, lemma_of) in [
            ("previous", "previous"),
            ("bonus", "bonus"),
            ("bonuses", "bonus"),
            ("campuses", "campus"),
            ("houses", "house"),
            ("causes", "cause"),
            ("warehouses", "warehouse"),
            ("nations", "nation"),
            ("MPs", "MP"),
        ] {
            assert_eq!(lemma(word), lemma_of, "{word}");
        }
    }

    #[test]
    fn base_units_cover_the_time_and_measure_units_found() {
        // Every time unit the scan gives has a length in seconds.
        for &(_, unit) in TIME_UNITS {
            assert_eq!(base_of(unit).map(|b| b.0), Some("second"), "{unit}");
        }
        assert_eq!(base_of("hour"), Some(("second", 3600.0)));
        assert_eq!(base_of("mile"), Some(("metre", 1609.344)));
        assert_eq!(base_of("leader"), None);
    }

    #[test]
    fn lookup_tables_are_sorted_without_duplicates() {
        // Sorted and without duplicates: one entry per word, easy to review.
        assert!(
            STOPWORDS.windows(2).all(|p| p[0] < p[1]),
            "STOPWORDS must be sorted"
        );
        assert!(
            MEASURES.windows(2).all(|p| p[0].0 < p[1].0),
            "MEASURES must be sorted"
        );
        assert!(is_stopword("the") && is_stopword("where_") && !is_stopword("leaders"));
        assert_eq!(measure("μm"), Some("micrometre"));
        assert_eq!(measure("apg"), Some("assist per game"));
        assert_eq!(measure("a"), None);
    }
}
