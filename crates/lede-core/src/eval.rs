//! Evaluation against gold annotations: matching and precision/recall (pure;
//! the CLI does the IO).
//!
//! Two scorers, each a faithful port of a reference script in
//! `../shared/tools/` (a test checks that the numbers agree):
//! - [`score_gold`] (`score_gold.py`): gold documents in the format of
//!   `GOLD_FORMAT.md` against Lede JSON v1 predictions (code-point offsets):
//!   quotes, speech quotes and speaker accuracy, figures with value / unit /
//!   qualifier accuracy, claims. Greedy best-overlap one-to-one matching.
//! - [`score_peers`] (`score_figures_peers.py`): figure predictions against
//!   the peer suites, with the README's rule (containment or IoU ≥ 0.5,
//!   compatible kinds, scope-limited false positives, weighted recall).
//!
//! Both work on `serde_json::Value`s so that they read exactly what the
//! reference scripts read.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

// ---------------------------------------------------------------------------
// Shared helpers.

fn get<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    v.get(key).filter(|x| !x.is_null())
}

fn get_str<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    get(v, key).and_then(Value::as_str)
}

fn get_f64(v: &Value, key: &str) -> Option<f64> {
    get(v, key).and_then(as_number)
}

/// Python's `float(x)` on a JSON value: numbers, and strings that parse.
fn as_number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

fn get_usize(v: &Value, key: &str) -> Option<i64> {
    get(v, key).and_then(|x| x.as_i64().or_else(|| x.as_f64().map(|f| f as i64)))
}

/// Python truthiness of an optional JSON value.
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// `prf(tp, n_pred, n_gold)` of the reference scorer.
pub fn prf(tp: usize, n_pred: usize, n_gold: usize) -> (f64, f64, f64) {
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else if n_gold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        1.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

// ---------------------------------------------------------------------------
// Gold scorer (score_gold.py).

const QUOTE_MARKS: &str = "\"'“”‘’«»„‟‹›";

fn is_trim(c: char) -> bool {
    QUOTE_MARKS.contains(c) || " \t\n,.;:!?—–-…".contains(c)
}

/// `trimmed(text, s, e)`: strips quote marks, spaces and punctuation.
fn trimmed(chars: &[char], mut s: i64, mut e: i64) -> (i64, i64) {
    let at = |k: i64| -> Option<char> {
        if k < 0 {
            chars.get((chars.len() as i64 + k) as usize).copied()
        } else {
            chars.get(k as usize).copied()
        }
    };
    while s < e && at(s).is_some_and(is_trim) {
        s += 1;
    }
    while e > s && at(e - 1).is_some_and(is_trim) {
        e -= 1;
    }
    (s, e)
}

fn overlap(a: (i64, i64), b: (i64, i64)) -> f64 {
    let s = a.0.max(b.0);
    let e = a.1.min(b.1);
    if e <= s {
        return 0.0;
    }
    let denom = (a.1 - a.0).max(b.1 - b.0).max(1);
    (e - s) as f64 / denom as f64
}

/// `fold(s)` of `score_gold.py`: NFKD, drop combining marks, lower case,
/// runs of anything but `[a-z0-9 ]` become one space, trimmed.
pub fn fold_gold(s: &str) -> String {
    let lowered: String = s
        .nfkd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    let mut out = String::with_capacity(lowered.len());
    let mut in_run = false;
    for c in lowered.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == ' ' {
            out.push(c);
            in_run = false;
        } else if !in_run {
            out.push(' ');
            in_run = true;
        }
    }
    out.trim_matches(|c: char| c.is_whitespace()).to_string()
}

fn last_name(s: &str) -> String {
    let f = fold_gold(s);
    f.split_whitespace()
        .rfind(|t| !matches!(*t, "jr" | "sr" | "ii" | "iii"))
        .unwrap_or("")
        .to_string()
}

fn speaker_alias(s: String) -> String {
    match s.as_str() {
        "zelenskiy" | "zelenskyy" => "zelensky".to_string(),
        _ => s,
    }
}

fn same_speaker(pred: &Value, gold: &Value) -> bool {
    let ps = get_str(pred, "speaker").unwrap_or("");
    let gs = get_str(gold, "speaker").unwrap_or("");
    let lp = speaker_alias(last_name(ps));
    let lg = speaker_alias(last_name(gs));
    if !lp.is_empty() && lp == lg {
        return true;
    }
    let fp = fold_gold(ps);
    let fg = fold_gold(gs);
    !fp.is_empty() && (fp == fg || fp == fold_gold(get_str(gold, "speaker_mention").unwrap_or("")))
}

/// Greedy best-overlap one-to-one matching; returns (gold index, pred index).
fn match_spans(golds: &[(i64, i64)], preds: &[(i64, i64)], min_ov: f64) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, p) in preds.iter().enumerate() {
            let ov = overlap(*g, *p);
            if ov >= min_ov {
                cands.push((ov, i, j));
            }
        }
    }
    // Python: sort(reverse=True) on (ov, i, j).
    cands.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(b.1.cmp(&a.1))
            .then(b.2.cmp(&a.2))
    });
    let mut used_g = BTreeSet::new();
    let mut used_p = BTreeSet::new();
    let mut pairs = Vec::new();
    for (_, i, j) in cands {
        if used_g.contains(&i) || used_p.contains(&j) {
            continue;
        }
        used_g.insert(i);
        used_p.insert(j);
        pairs.push((i, j));
    }
    pairs
}

fn num_eq_gold(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => match (as_number(a), as_number(b)) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * 1f64.max(b.abs()),
            _ => false,
        },
        _ => false,
    }
}

fn unit_eq_gold(a: Option<&str>, b: Option<&str>) -> bool {
    let strip = |u: String| -> String {
        if u.ends_with('s') && u.chars().count() > 3 {
            u[..u.len() - 1].to_string()
        } else {
            u
        }
    };
    strip(fold_gold(a.unwrap_or(""))) == strip(fold_gold(b.unwrap_or("")))
}

/// One unmatched item, for the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Miss {
    /// Gold file id (or the document's first words).
    pub doc: String,
    /// `figure`, `quote` or `claim`.
    pub kind: String,
    /// Start, in code points.
    pub start: i64,
    /// End, in code points.
    pub end: i64,
    /// The item's text.
    pub text: String,
    /// Some text around it, with the item in `[[…]]`.
    pub context: String,
    /// A short description of the item (figure fields, quote style).
    pub detail: String,
}

/// A matched figure whose value, unit or qualifier is wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Mismatch {
    /// Gold file id.
    pub doc: String,
    /// The gold text.
    pub text: String,
    /// What differs: "value 3 vs 4".
    pub what: String,
}

/// The counters of `score_gold.py` (field names as in its `counts`).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[allow(missing_docs)]
pub struct GoldCounts {
    pub q_tp: usize,
    pub q_pred: usize,
    pub q_gold: usize,
    pub s_tp: usize,
    pub s_pred: usize,
    pub s_gold: usize,
    pub spk_ok: usize,
    pub spk_n: usize,
    pub f_tp: usize,
    pub f_pred: usize,
    pub f_gold: usize,
    pub val_ok: usize,
    pub val_n: usize,
    pub unit_ok: usize,
    pub unit_n: usize,
    pub qual_ok: usize,
    pub qual_n: usize,
    pub c_tp: usize,
    pub c_pred: usize,
    pub c_gold: usize,
    pub docs: usize,
    pub missing: usize,
}

/// The result of [`score_gold`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldReport {
    /// The raw counters.
    pub counts: GoldCounts,
    /// Gold items with no prediction.
    pub misses: Vec<Miss>,
    /// Predictions with no gold item.
    pub false_alarms: Vec<Miss>,
    /// Matched figures with a wrong field.
    pub mismatches: Vec<Mismatch>,
}

/// The summary numbers (`res` of the reference scorer).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct GoldScores {
    pub docs: usize,
    pub docs_missing: usize,
    pub quote_p: f64,
    pub quote_r: f64,
    pub quote_f1: f64,
    pub speech_p: f64,
    pub speech_r: f64,
    pub speech_f1: f64,
    pub speaker_acc: Option<f64>,
    pub figure_p: f64,
    pub figure_r: f64,
    pub figure_f1: f64,
    pub value_acc: Option<f64>,
    pub unit_acc: Option<f64>,
    pub qualifier_acc: Option<f64>,
    pub claim_p: Option<f64>,
    pub claim_r: Option<f64>,
    pub claim_f1: Option<f64>,
}

fn ratio(ok: usize, n: usize) -> Option<f64> {
    (n > 0).then(|| ok as f64 / n as f64)
}

impl GoldReport {
    /// The summary numbers.
    pub fn scores(&self) -> GoldScores {
        let c = &self.counts;
        let (quote_p, quote_r, quote_f1) = prf(c.q_tp, c.q_pred, c.q_gold);
        let (speech_p, speech_r, speech_f1) = prf(c.s_tp, c.s_pred, c.s_gold);
        let (figure_p, figure_r, figure_f1) = prf(c.f_tp, c.f_pred, c.f_gold);
        let claims = (c.c_gold > 0).then(|| prf(c.c_tp, c.c_pred, c.c_gold));
        GoldScores {
            docs: c.docs,
            docs_missing: c.missing,
            quote_p,
            quote_r,
            quote_f1,
            speech_p,
            speech_r,
            speech_f1,
            speaker_acc: ratio(c.spk_ok, c.spk_n),
            figure_p,
            figure_r,
            figure_f1,
            value_acc: ratio(c.val_ok, c.val_n),
            unit_acc: ratio(c.unit_ok, c.unit_n),
            qualifier_acc: ratio(c.qual_ok, c.qual_n),
            claim_p: claims.map(|x| x.0),
            claim_r: claims.map(|x| x.1),
            claim_f1: claims.map(|x| x.2),
        }
    }
}

fn context(chars: &[char], s: i64, e: i64) -> String {
    let n = chars.len() as i64;
    let s = s.clamp(0, n) as usize;
    let e = e.clamp(0, n) as usize;
    let e = e.max(s);
    let a = s.saturating_sub(40);
    let b = (e + 40).min(chars.len());
    let mut out: String = chars[a..s].iter().collect();
    out.push_str("[[");
    out.extend(&chars[s..e]);
    out.push_str("]]");
    out.extend(&chars[e..b]);
    out.replace('\n', " ")
}

fn figure_detail(f: &Value) -> String {
    let show = |k: &str| match get(f, k) {
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
        None => "null".into(),
    };
    format!(
        "value={} high={} qual={} unit={} kind={}",
        show("value"),
        show("value_high"),
        show("qualifier"),
        show("unit"),
        show("kind")
    )
}

/// Scores prediction documents (Lede JSON v1 values, as printed by
/// `lede annotate --format jsonl`) against gold documents. Documents are
/// paired by their text, exactly as `score_gold.py` does; a gold document
/// whose text is missing from `golds` must be completed by the caller.
pub fn score_gold(golds: &[Value], preds: &[Value], min_overlap: f64) -> GoldReport {
    // Python dicts keyed by text: later entries replace earlier ones, order
    // of first insertion kept.
    let mut gold_by_text: Vec<(String, &Value)> = Vec::new();
    for g in golds {
        let text = get_str(g, "text").unwrap_or("").to_string();
        if let Some(slot) = gold_by_text.iter_mut().find(|(t, _)| *t == text) {
            slot.1 = g;
        } else {
            gold_by_text.push((text, g));
        }
    }
    let mut pred_by_text: HashMap<String, &Value> = HashMap::new();
    for d in preds {
        let text = d
            .get("document")
            .filter(|x| truthy(Some(x)))
            .and_then(|doc| get_str(doc, "text"))
            .or_else(|| get_str(d, "text"))
            .unwrap_or("")
            .to_string();
        pred_by_text.insert(text, d);
    }
    let empty = serde_json::json!({"annotations": []});
    let mut rep = GoldReport::default();
    for (text, g) in gold_by_text {
        let chars: Vec<char> = text.chars().collect();
        let doc_id = get_str(g, "id").unwrap_or("?").to_string();
        let d = match pred_by_text.get(&text) {
            Some(d) => *d,
            None => {
                rep.counts.missing += 1;
                &empty
            }
        };
        rep.counts.docs += 1;
        let pred_of = |kind: &str| -> Vec<&Value> {
            d.get("annotations")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter(|x| get_str(x, "kind") == Some(kind))
                        .filter(|x| get_str(x, "status") != Some("rejected"))
                        .collect()
                })
                .unwrap_or_default()
        };
        let list = |key: &str| -> Vec<&Value> {
            g.get(key)
                .and_then(Value::as_array)
                .map(|a| a.iter().collect())
                .unwrap_or_default()
        };
        let raw = |v: &Value| {
            (
                get_usize(v, "start").unwrap_or(0),
                get_usize(v, "end").unwrap_or(0),
            )
        };
        let trim = |v: &Value| {
            let (s, e) = raw(v);
            trimmed(&chars, s, e)
        };
        // Quotes.
        let (gq, pq) = drop_optional(list("quotes"), pred_of("quote"), &trim, min_overlap);
        let gk: Vec<_> = gq.iter().map(|x| trim(x)).collect();
        let pk: Vec<_> = pq.iter().map(|x| trim(x)).collect();
        let pairs = match_spans(&gk, &pk, min_overlap);
        rep.counts.q_tp += pairs.len();
        rep.counts.q_pred += pq.len();
        rep.counts.q_gold += gq.len();
        record_unmatched(
            &mut rep,
            &doc_id,
            "quote",
            &chars,
            &gq,
            &pq,
            &pairs,
            &raw,
            |x| {
                get_str(x, "kind")
                    .or_else(|| x.get("quote").and_then(|q| get_str(q, "style")))
                    .unwrap_or("")
                    .to_string()
            },
        );
        let speech =
            |k: Option<&str>| matches!(k, Some("direct" | "partial" | "block" | "indirect"));
        let gs: Vec<&Value> = gq
            .iter()
            .copied()
            .filter(|q| speech(get_str(q, "kind")))
            .collect();
        let ps: Vec<&Value> = pq
            .iter()
            .copied()
            .filter(|q| {
                let style = q
                    .get("quote")
                    .filter(|x| truthy(Some(x)))
                    .and_then(|x| get_str(x, "style"))
                    .filter(|s| !s.is_empty())
                    .unwrap_or("direct");
                speech(Some(style))
            })
            .collect();
        let gsk: Vec<_> = gs.iter().map(|x| trim(x)).collect();
        let psk: Vec<_> = ps.iter().map(|x| trim(x)).collect();
        let spairs = match_spans(&gsk, &psk, min_overlap);
        rep.counts.s_tp += spairs.len();
        rep.counts.s_pred += ps.len();
        rep.counts.s_gold += gs.len();
        for (i, j) in &spairs {
            let gg = gs[*i];
            if truthy(gg.get("speaker")) {
                rep.counts.spk_n += 1;
                let empty_q = serde_json::json!({});
                let pquote = ps[*j]
                    .get("quote")
                    .filter(|x| truthy(Some(x)))
                    .unwrap_or(&empty_q);
                if same_speaker(pquote, gg) {
                    rep.counts.spk_ok += 1;
                }
            }
        }
        // Figures.
        let (gf, pf) = drop_optional(list("figures"), pred_of("figure"), &raw, min_overlap);
        let gfk: Vec<_> = gf.iter().map(|x| raw(x)).collect();
        let pfk: Vec<_> = pf.iter().map(|x| raw(x)).collect();
        let fpairs = match_spans(&gfk, &pfk, min_overlap);
        rep.counts.f_tp += fpairs.len();
        rep.counts.f_pred += pf.len();
        rep.counts.f_gold += gf.len();
        record_unmatched(
            &mut rep,
            &doc_id,
            "figure",
            &chars,
            &gf,
            &pf,
            &fpairs,
            &raw,
            |x| figure_detail(x.get("figure").unwrap_or(x)),
        );
        let empty_f = serde_json::json!({});
        for (i, j) in &fpairs {
            let gg = gf[*i];
            let fig = pf[*j]
                .get("figure")
                .filter(|x| truthy(Some(x)))
                .unwrap_or(&empty_f);
            let gtext = get_str(gg, "text").unwrap_or("").to_string();
            if get_str(gg, "kind") != Some("date") && get(gg, "value").is_some() {
                rep.counts.val_n += 1;
                if num_eq_gold(get(fig, "value"), get(gg, "value")) {
                    rep.counts.val_ok += 1;
                } else {
                    rep.mismatches.push(Mismatch {
                        doc: doc_id.clone(),
                        text: gtext.clone(),
                        what: format!(
                            "value {} vs gold {}",
                            fig.get("value").unwrap_or(&Value::Null),
                            gg["value"]
                        ),
                    });
                }
            }
            if truthy(gg.get("unit")) {
                rep.counts.unit_n += 1;
                if unit_eq_gold(get_str(fig, "unit"), get_str(gg, "unit")) {
                    rep.counts.unit_ok += 1;
                } else {
                    rep.mismatches.push(Mismatch {
                        doc: doc_id.clone(),
                        text: gtext.clone(),
                        what: format!(
                            "unit {} vs gold {}",
                            fig.get("unit").unwrap_or(&Value::Null),
                            gg["unit"]
                        ),
                    });
                }
            }
            if truthy(gg.get("qualifier")) {
                rep.counts.qual_n += 1;
                let pq = get_str(fig, "qualifier")
                    .filter(|s| !s.is_empty())
                    .unwrap_or("exact");
                if Some(pq) == get_str(gg, "qualifier") {
                    rep.counts.qual_ok += 1;
                } else {
                    rep.mismatches.push(Mismatch {
                        doc: doc_id.clone(),
                        text: gtext.clone(),
                        what: format!("qualifier {pq} vs gold {}", gg["qualifier"]),
                    });
                }
            }
        }
        // Claims.
        let gc = list("claims");
        if !gc.is_empty() {
            let pc = pred_of("claim");
            let gck: Vec<_> = gc.iter().map(|x| raw(x)).collect();
            let pck: Vec<_> = pc.iter().map(|x| raw(x)).collect();
            let cpairs = match_spans(&gck, &pck, min_overlap);
            rep.counts.c_tp += cpairs.len();
            rep.counts.c_pred += pc.len();
            rep.counts.c_gold += gc.len();
        }
    }
    rep
}

/// Optional gold items are not scored: they and the predictions they match go.
fn drop_optional<'a>(
    golds: Vec<&'a Value>,
    preds: Vec<&'a Value>,
    key: &dyn Fn(&Value) -> (i64, i64),
    min_ov: f64,
) -> (Vec<&'a Value>, Vec<&'a Value>) {
    let opt: Vec<&Value> = golds
        .iter()
        .copied()
        .filter(|g| truthy(g.get("optional")))
        .collect();
    let keep: Vec<&Value> = golds
        .iter()
        .copied()
        .filter(|g| !truthy(g.get("optional")))
        .collect();
    let ok: Vec<_> = opt.iter().map(|x| key(x)).collect();
    let pk: Vec<_> = preds.iter().map(|x| key(x)).collect();
    let hit: BTreeSet<usize> = match_spans(&ok, &pk, min_ov)
        .into_iter()
        .map(|(_, j)| j)
        .collect();
    let preds = preds
        .into_iter()
        .enumerate()
        .filter(|(j, _)| !hit.contains(j))
        .map(|(_, p)| p)
        .collect();
    (keep, preds)
}

#[allow(clippy::too_many_arguments)]
fn record_unmatched(
    rep: &mut GoldReport,
    doc: &str,
    kind: &str,
    chars: &[char],
    golds: &[&Value],
    preds: &[&Value],
    pairs: &[(usize, usize)],
    key: &dyn Fn(&Value) -> (i64, i64),
    detail: impl Fn(&Value) -> String,
) {
    let gm: BTreeSet<usize> = pairs.iter().map(|p| p.0).collect();
    let pm: BTreeSet<usize> = pairs.iter().map(|p| p.1).collect();
    let item = |v: &Value| {
        let (s, e) = key(v);
        Miss {
            doc: doc.to_string(),
            kind: kind.to_string(),
            start: s,
            end: e,
            text: get_str(v, "text").unwrap_or("").to_string(),
            context: context(chars, s, e),
            detail: detail(v),
        }
    };
    for (i, g) in golds.iter().enumerate() {
        if !gm.contains(&i) {
            rep.misses.push(item(g));
        }
    }
    for (j, p) in preds.iter().enumerate() {
        if !pm.contains(&j) {
            rep.false_alarms.push(item(p));
        }
    }
}

// ---------------------------------------------------------------------------
// Peer scorer (score_figures_peers.py).

/// Relevance weights: core 1.0, secondary 0.5, exotic 0.2.
fn weight(relevance: &str) -> Option<f64> {
    match relevance {
        "core" => Some(1.0),
        "secondary" => Some(0.5),
        "exotic" => Some(0.2),
        _ => None,
    }
}

/// The categories a predicted kind may be a false positive in.
fn kind_cats(kind: Option<&str>) -> &'static [&'static str] {
    match kind {
        Some("count" | "other") => &["number", "range"],
        Some("ordinal") => &["ordinal"],
        Some("percent") => &["percent"],
        Some("money") => &["currency"],
        Some("measure") => &["dimension", "temperature"],
        Some("age") => &["age"],
        Some("duration") => &["duration"],
        Some("date" | "year") => &["date"],
        _ => &["number"],
    }
}

fn unit_alias(u: &str) -> &str {
    match u {
        "$" | "us$" | "dollar" => "usd",
        "£" | "pound sterling" => "gbp",
        "€" | "euro" => "eur",
        "%" | "per cent" | "percentage" => "percent",
        "meter" => "metre",
        "kilometer" | "km" => "kilometre",
        "liter" => "litre",
        "kg" => "kilogram",
        "mi" => "mile",
        "ft" | "feet" => "foot",
        "degree celsius" | "°c" => "celsius",
        "degree fahrenheit" | "°f" => "fahrenheit",
        "yr" => "year",
        "hr" => "hour",
        "min" => "minute",
        "sec" => "second",
        "people" => "person",
        other => other,
    }
}

/// `fold(u)` of `score_figures_peers.py`.
pub fn fold_peer(u: Option<&Value>) -> String {
    let s = match u {
        None | Some(Value::Null) => return String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(v) => v.to_string(),
    };
    let s: String = s.nfkc().collect::<String>().to_lowercase();
    let s = s.trim().to_string();
    let mut s = unit_alias(&s).to_string();
    if s.chars().count() > 3 && s.ends_with('s') && !s.ends_with("ss") {
        s.pop();
    }
    unit_alias(&s).to_string()
}

fn num_eq_peer(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a.and_then(as_number), b.and_then(as_number)) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * 1f64.max(b.abs()),
        _ => false,
    }
}

fn spans_match(e: &Value, p: &Value) -> f64 {
    let (es, ee) = (
        get_f64(e, "start").unwrap_or(0.0),
        get_f64(e, "end").unwrap_or(0.0),
    );
    let (ps, pe) = (
        get_f64(p, "start").unwrap_or(0.0),
        get_f64(p, "end").unwrap_or(0.0),
    );
    let inter = ee.min(pe) - es.max(ps);
    if inter <= 0.0 {
        return 0.0;
    }
    if (ps <= es && ee <= pe) || (es <= ps && pe <= ee) {
        return 1.0 + inter / (ee - es).max(pe - ps);
    }
    let iou = inter / (ee.max(pe) - es.min(ps));
    if iou >= 0.5 {
        iou
    } else {
        0.0
    }
}

fn value_ok(e: &Value, p: &Value) -> Option<bool> {
    get(e, "value")?;
    if get(e, "value_high").is_some() {
        return Some(
            num_eq_peer(get(p, "value"), get(e, "value"))
                && num_eq_peer(get(p, "value_high"), get(e, "value_high")),
        );
    }
    if num_eq_peer(get(p, "value"), get(e, "value")) {
        return Some(true);
    }
    if get(e, "value_base").is_some() && get(p, "value_base").is_some() {
        return Some(num_eq_peer(get(p, "value_base"), get(e, "value_base")));
    }
    if get(e, "value_seconds").is_some() && get(p, "value_seconds").is_some() {
        return Some(num_eq_peer(
            get(p, "value_seconds"),
            get(e, "value_seconds"),
        ));
    }
    Some(false)
}

fn unit_ok(e: &Value, p: &Value) -> Option<bool> {
    if !truthy(e.get("unit")) {
        return None;
    }
    if fold_peer(p.get("unit")) == fold_peer(e.get("unit")) {
        return Some(true);
    }
    Some(
        truthy(e.get("base_unit"))
            && fold_peer(p.get("base_unit")) == fold_peer(e.get("base_unit")),
    )
}

fn qual_target(e: &Value) -> Option<String> {
    let src = get_str(e, "qualifier_source").unwrap_or("default");
    if src != "default" {
        return e
            .get("qualifier")
            .and_then(Value::as_str)
            .map(str::to_string);
    }
    get_str(e, "implied_qualifier").map(str::to_string)
}

fn compatible(e: &Value, p: &Value) -> bool {
    let ok: Option<&[&str]> = match get_str(e, "kind") {
        Some("money") => Some(&["money"]),
        Some("percent") => Some(&["percent"]),
        Some("measure") => Some(&["measure"]),
        Some("age") => Some(&["age", "duration", "measure", "count"]),
        Some("duration") => Some(&["duration", "age"]),
        Some("date") => Some(&["date", "year"]),
        Some("ordinal") => Some(&["ordinal", "date"]),
        _ => None,
    };
    match ok {
        None => true,
        Some(kinds) => get_str(p, "kind").is_some_and(|k| kinds.contains(&k)),
    }
}

/// Counters for one row of the peer report (names as in the reference).
#[derive(Clone, Debug, Default, PartialEq)]
#[allow(missing_docs)]
pub struct PeerCounts {
    pub cases: usize,
    pub conflict_items: usize,
    pub conflict_predicted: usize,
    pub w_gold: f64,
    pub n_gold: usize,
    pub w_hit: f64,
    pub n_hit: usize,
    pub value_n: usize,
    pub value_ok: usize,
    pub unit_n: usize,
    pub unit_ok: usize,
    pub qual_n: usize,
    pub qual_ok: usize,
    pub n_pred_hit: usize,
    pub n_pred: usize,
}

impl PeerCounts {
    fn add(&mut self, o: &PeerCounts) {
        self.cases += o.cases;
        self.conflict_items += o.conflict_items;
        self.conflict_predicted += o.conflict_predicted;
        self.w_gold += o.w_gold;
        self.n_gold += o.n_gold;
        self.w_hit += o.w_hit;
        self.n_hit += o.n_hit;
        self.value_n += o.value_n;
        self.value_ok += o.value_ok;
        self.unit_n += o.unit_n;
        self.unit_ok += o.unit_ok;
        self.qual_n += o.qual_n;
        self.qual_ok += o.qual_ok;
        self.n_pred_hit += o.n_pred_hit;
        self.n_pred += o.n_pred;
    }

    /// The summary row.
    pub fn row(&self) -> PeerRow {
        PeerRow {
            cases: self.cases,
            gold: self.n_gold,
            weighted_recall: (self.w_gold > 0.0).then(|| self.w_hit / self.w_gold),
            precision_in_scope: ratio(self.n_pred_hit, self.n_pred),
            value_acc: ratio(self.value_ok, self.value_n),
            unit_acc: ratio(self.unit_ok, self.unit_n),
            qualifier_acc: ratio(self.qual_ok, self.qual_n),
            identifiers_skipped: (self.conflict_items > 0)
                .then(|| 1.0 - self.conflict_predicted as f64 / self.conflict_items as f64),
        }
    }
}

/// One row of the peer report (the reference's `summarise`).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[allow(missing_docs)]
pub struct PeerRow {
    pub cases: usize,
    pub gold: usize,
    pub weighted_recall: Option<f64>,
    pub precision_in_scope: Option<f64>,
    pub value_acc: Option<f64>,
    pub unit_acc: Option<f64>,
    pub qualifier_acc: Option<f64>,
    pub identifiers_skipped: Option<f64>,
}

/// A missed peer item or a false positive, for the report.
#[derive(Clone, Debug, PartialEq)]
pub struct PeerMiss {
    /// Case id.
    pub case: String,
    /// Relevance of the missed item ("fp" for a false positive).
    pub relevance: String,
    /// The case text.
    pub text: String,
    /// What was expected or predicted.
    pub detail: String,
}

/// The result of [`score_peers`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PeerReport {
    /// Counters per (source, category), as in the reference.
    pub by_category: BTreeMap<(String, String), PeerCounts>,
    /// Counters per (source, relevance): recall over that relevance's items,
    /// precision over the cases whose weight is that relevance's.
    pub by_relevance: BTreeMap<(String, String), PeerCounts>,
    /// The same per (source, category, relevance).
    pub by_category_relevance: BTreeMap<(String, String, String), PeerCounts>,
    /// Missed items.
    pub misses: Vec<PeerMiss>,
    /// False positives.
    pub false_positives: Vec<PeerMiss>,
}

impl PeerReport {
    /// Rows as the reference prints them: `source/category` and `source/ALL`.
    pub fn rows(&self) -> BTreeMap<String, PeerRow> {
        let mut out = BTreeMap::new();
        let mut total: BTreeMap<String, PeerCounts> = BTreeMap::new();
        for ((src, cat), c) in &self.by_category {
            total.entry(src.clone()).or_default().add(c);
            out.insert(format!("{src}/{cat}"), c.row());
        }
        for (src, c) in total {
            out.insert(format!("{src}/ALL"), c.row());
        }
        out
    }

    /// Rows per source, category and relevance: `source/category/core`, …
    pub fn category_relevance_rows(&self) -> BTreeMap<String, PeerRow> {
        self.by_category_relevance
            .iter()
            .map(|((s, c, r), x)| (format!("{s}/{c}/{r}"), x.row()))
            .collect()
    }

    /// Rows per source and relevance: `source/core`, `source/secondary`, …
    pub fn relevance_rows(&self) -> BTreeMap<String, PeerRow> {
        self.by_relevance
            .iter()
            .map(|((s, r), c)| (format!("{s}/{r}"), c.row()))
            .collect()
    }
}

fn relevance_of_weight(w: f64) -> &'static str {
    if w >= 1.0 {
        "core"
    } else if w >= 0.5 {
        "secondary"
    } else if w >= 0.2 {
        "exotic"
    } else {
        "dont_care"
    }
}

/// Scores figure predictions (per case id: figures with `start`, `end`,
/// `value`, `value_high`, `unit`, `qualifier`, `kind`, code points) against
/// peer cases, with the rule of `score_figures_peers.py`.
pub fn score_peers(cases: &[Value], preds: &HashMap<String, Vec<Value>>) -> PeerReport {
    let mut rep = PeerReport::default();
    let no_preds: Vec<Value> = Vec::new();
    for c in cases {
        let src = get_str(c, "source").unwrap_or("").to_string();
        let cat = get_str(c, "category").unwrap_or("").to_string();
        let id = get_str(c, "id").unwrap_or("").to_string();
        let case_rel = relevance_of_weight(get_f64(c, "weight").unwrap_or(0.0)).to_string();
        let mut a = PeerCounts {
            cases: 1,
            ..PeerCounts::default()
        };
        let mut rel: BTreeMap<String, PeerCounts> = BTreeMap::new();
        rel.entry(case_rel.clone()).or_default().cases += 1;
        let scope: BTreeSet<String> = c
            .get("scope")
            .and_then(Value::as_array)
            .map(|s| {
                s.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let expected: Vec<&Value> = c
            .get("expected")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let relevance = |e: &Value| get_str(e, "relevance").unwrap_or("").to_string();
        let scored: Vec<&Value> = expected
            .iter()
            .copied()
            .filter(|e| weight(&relevance(e)).is_some())
            .collect();
        let dont: Vec<&Value> = expected
            .iter()
            .copied()
            .filter(|e| weight(&relevance(e)).is_none())
            .collect();
        a.conflict_items += dont.iter().filter(|e| relevance(e) == "conflict").count();
        let mut keep: Vec<&Value> = Vec::new();
        for p in preds.get(&id).unwrap_or(&no_preds) {
            let hit: Vec<&&Value> = dont
                .iter()
                .filter(|e| get(e, "start").is_some() && spans_match(e, p) > 0.0)
                .collect();
            if !hit.is_empty() {
                if hit.iter().any(|e| relevance(e) == "conflict") {
                    a.conflict_predicted += 1;
                }
                continue;
            }
            keep.push(p);
        }
        let mut used = BTreeSet::new();
        let mut done = BTreeSet::new();
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        let mut cands = Vec::new();
        for (i, e) in scored.iter().enumerate() {
            if get(e, "start").is_none() {
                continue;
            }
            for (j, p) in keep.iter().enumerate() {
                let q = if compatible(e, p) {
                    spans_match(e, p)
                } else {
                    0.0
                };
                if q > 0.0 {
                    cands.push((q, i, j));
                }
            }
        }
        cands.sort_by(|x, y| {
            y.0.partial_cmp(&x.0)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(y.1.cmp(&x.1))
                .then(y.2.cmp(&x.2))
        });
        for (_, i, j) in cands {
            if done.contains(&i) || used.contains(&j) {
                continue;
            }
            done.insert(i);
            used.insert(j);
            pairs.push((i, j));
        }
        for (i, e) in scored.iter().enumerate() {
            if get(e, "start").is_some() || done.contains(&i) {
                continue;
            }
            for (j, p) in keep.iter().enumerate() {
                let bound = get(e, "value_high").is_some()
                    && (num_eq_peer(get(p, "value"), get(e, "value"))
                        || num_eq_peer(get(p, "value"), get(e, "value_high")));
                if !used.contains(&j)
                    && compatible(e, p)
                    && (value_ok(e, p) == Some(true) || bound)
                    && unit_ok(e, p) != Some(false)
                {
                    done.insert(i);
                    used.insert(j);
                    pairs.push((i, j));
                    break;
                }
            }
        }
        for (i, e) in scored.iter().enumerate() {
            let r = relevance(e);
            let w = weight(&r).unwrap_or(0.0);
            a.w_gold += w;
            a.n_gold += 1;
            let rc = rel.entry(r.clone()).or_default();
            rc.w_gold += w;
            rc.n_gold += 1;
            if !done.contains(&i) {
                rep.misses.push(PeerMiss {
                    case: id.clone(),
                    relevance: r,
                    text: get_str(c, "text").unwrap_or("").to_string(),
                    detail: format!(
                        "{} value={} high={} unit={} kind={}",
                        e.get("text").map_or("null".to_string(), |t| t.to_string()),
                        e.get("value").unwrap_or(&Value::Null),
                        e.get("value_high").unwrap_or(&Value::Null),
                        e.get("unit").unwrap_or(&Value::Null),
                        e.get("kind").unwrap_or(&Value::Null)
                    ),
                });
            }
        }
        for (i, j) in &pairs {
            let e = scored[*i];
            let p = keep[*j];
            let r = relevance(e);
            let w = weight(&r).unwrap_or(0.0);
            let tally = |x: &mut PeerCounts| {
                x.w_hit += w;
                x.n_hit += 1;
                if let Some(ok) = value_ok(e, p) {
                    x.value_n += 1;
                    x.value_ok += usize::from(ok);
                }
                if let Some(ok) = unit_ok(e, p) {
                    x.unit_n += 1;
                    x.unit_ok += usize::from(ok);
                }
                if let Some(qt) = qual_target(e).filter(|s| !s.is_empty()) {
                    x.qual_n += 1;
                    let pq = get_str(p, "qualifier")
                        .filter(|s| !s.is_empty())
                        .unwrap_or("exact");
                    x.qual_ok += usize::from(pq == qt);
                }
            };
            tally(&mut a);
            tally(rel.entry(r).or_default());
        }
        let precision_scored = c
            .get("precision_scored")
            .and_then(Value::as_bool)
            .unwrap_or(true);
        if precision_scored {
            let mut fp = 0;
            for (j, p) in keep.iter().enumerate() {
                if used.contains(&j) {
                    continue;
                }
                let in_scope = scope.contains("any")
                    || kind_cats(get_str(p, "kind"))
                        .iter()
                        .any(|k| scope.contains(*k));
                if in_scope {
                    fp += 1;
                    rep.false_positives.push(PeerMiss {
                        case: id.clone(),
                        relevance: "fp".into(),
                        text: get_str(c, "text").unwrap_or("").to_string(),
                        detail: p.to_string(),
                    });
                }
            }
            a.n_pred_hit += used.len();
            a.n_pred += used.len() + fp;
            let rc = rel.entry(case_rel.clone()).or_default();
            rc.n_pred_hit += used.len();
            rc.n_pred += used.len() + fp;
        }
        let rc = rel.entry(case_rel).or_default();
        rc.conflict_items += a.conflict_items;
        rc.conflict_predicted += a.conflict_predicted;
        rep.by_category
            .entry((src.clone(), cat.clone()))
            .or_default()
            .add(&a);
        for (r, x) in rel {
            rep.by_category_relevance
                .entry((src.clone(), cat.clone(), r.clone()))
                .or_default()
                .add(&x);
            rep.by_relevance
                .entry((src.clone(), r))
                .or_default()
                .add(&x);
        }
    }
    rep
}

#[cfg(test)]
mod tests {
    //! Checks of the scoring helpers against values worked out by hand.
    use super::*;
    use serde_json::json;

    /// Checks a fold against the expected form.
    fn check(input: &str, want: &str) {
        assert_eq!(fold_gold(input), want, "fold_gold({input:?})");
    }

    #[test]
    fn folds_like_python() {
        check("Zelenskiy", "zelenskiy");
        check("Sir Keir  Starmer!", "sir keir  starmer");
        check("Crème brûlée", "creme brulee");
        check("U.S.-led", "u s led");
        assert_eq!(fold_peer(Some(&json!("Meters"))), "metre");
        assert_eq!(fold_peer(Some(&json!("people"))), "person");
        assert_eq!(fold_peer(Some(&json!("$"))), "usd");
    }

    #[test]
    fn prf_edge_cases() {
        assert_eq!(prf(0, 0, 0), (1.0, 1.0, 1.0));
        assert_eq!(prf(0, 0, 3), (0.0, 0.0, 0.0));
        let (p, r, _) = prf(1, 2, 4);
        assert_eq!((p, r), (0.5, 0.25));
    }

    #[test]
    fn gold_matching_counts_values() {
        let gold = json!({"id": "t", "text": "We sent 30 ships and 4 planes.", "quotes": [], "claims": [],
            "figures": [{"start": 8, "end": 16, "text": "30 ships", "value": 30, "value_high": null,
                         "qualifier": "exact", "unit": "ship", "kind": "count"},
                        {"start": 21, "end": 29, "text": "4 planes", "value": 4, "value_high": null,
                         "qualifier": "exact", "unit": "plane", "kind": "count"}]});
        let pred = json!({"document": {"text": "We sent 30 ships and 4 planes."}, "annotations": [
            {"kind": "figure", "start": 8, "end": 16, "status": "suggested",
             "figure": {"value": 30.0, "unit": "ships", "qualifier": "exact"}},
            {"kind": "figure", "start": 0, "end": 2, "status": "suggested",
             "figure": {"value": 1.0, "unit": null, "qualifier": "exact"}}]});
        let rep = score_gold(&[gold], &[pred], 0.5);
        assert_eq!(
            (rep.counts.f_tp, rep.counts.f_pred, rep.counts.f_gold),
            (1, 2, 2)
        );
        assert_eq!((rep.counts.val_ok, rep.counts.unit_ok), (1, 1));
        assert_eq!(rep.misses.len(), 1);
        assert_eq!(rep.false_alarms.len(), 1);
    }
}
