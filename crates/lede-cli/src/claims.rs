//! `lede claims` and `lede eval-claims`: ranked check-worthy sentences, and
//! the claim layer's scores on labelled data.
//!
//! - `lede claims [--top N] [FILE…]`: the N best-ranked sentences of each
//!   file (default 10) with score, kind and reasons;
//! - `lede eval-claims [--threshold T] [--sweep] [--rows] [--checkthat TSV] [--claimbuster CSV]
//!   [--seeds DIR]`: precision, recall and F1 of the positive class on
//!   CheckThat! (`Text`, `class_label` Yes/No) and ClaimBuster (`Text`,
//!   `Verdict` 1 = positive) files, and claim F1 plus kind accuracy on gold
//!   JSON files (the seeds' format; a prediction matches a gold claim when
//!   they overlap by at least half the longer one, as the reference scorer
//!   does).

use lede_core::{claims, Config, Detail, Document, Extractor, Reasons};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: lede claims [--top N] [FILE...]\n       lede eval-claims [--threshold T] [--sweep] [--rows] [--checkthat TSV] [--claimbuster CSV] [--seeds DIR]";

/// `lede claims`.
pub fn claims_command(args: &[String]) -> ExitCode {
    let mut top = 10usize;
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--top" => match it.next().and_then(|n| n.parse().ok()) {
                Some(n) => top = n,
                None => {
                    eprintln!("lede: --top needs a number\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        files.push("-".to_string());
    }
    let extractor = Extractor::new(&Config {
        claim_threshold: 0.0,
        ..Config::default()
    });
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for path in &files {
        let text = match crate::read_text(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                failed = true;
                continue;
            }
        };
        let doc = Document::new(text);
        let extraction = extractor.extract(&doc);
        let mut ranked: Vec<_> = extraction
            .annotations
            .iter()
            .filter_map(|a| match &a.detail {
                Detail::Claim(c) if c.score > 0.0 => Some((a.span, c)),
                _ => None,
            })
            .collect();
        ranked.sort_by(|a, b| b.1.score.total_cmp(&a.1.score));
        let _ = writeln!(out, "== {path}");
        for (rank, (span, c)) in ranked.iter().take(top).enumerate() {
            let mark = if c.score >= claims::DEFAULT_THRESHOLD {
                "*"
            } else {
                " "
            };
            let _ = writeln!(
                out,
                "{:>2}.{mark}{:.3} {:<10} {}\n      {}",
                rank + 1,
                c.score,
                c.kind.as_str(),
                doc.slice(*span),
                c.reasons.join("; ")
            );
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Settings of `lede eval-claims`.
struct Options {
    threshold: f32,
    /// Also print precision, recall and F1 at thresholds 0.05–0.95.
    sweep: bool,
    /// Also print every sentence row: `row`, gold (0/1), score, reasons,
    /// text, tab-separated.
    rows: bool,
}

/// `lede eval-claims`.
pub fn eval_command(args: &[String]) -> ExitCode {
    let mut opts = Options {
        threshold: claims::DEFAULT_THRESHOLD,
        sweep: false,
        rows: false,
    };
    let mut jobs: Vec<(&str, String)> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let flag = a.as_str();
        match flag {
            "--threshold" => match it.next().and_then(|t| t.parse().ok()) {
                Some(t) => opts.threshold = t,
                None => {
                    eprintln!("lede: --threshold needs a number\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "--sweep" => opts.sweep = true,
            "--rows" => opts.rows = true,
            "--checkthat" | "--claimbuster" | "--seeds" => match it.next() {
                Some(p) => jobs.push((flag, p.clone())),
                None => {
                    eprintln!("lede: {flag} needs a path\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ => {
                eprintln!("lede: unknown argument '{a}'\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if jobs.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for (flag, path) in jobs {
        let result = match flag {
            "--seeds" => eval_seeds(&path, opts.threshold),
            _ => eval_sentences(flag, &path, &opts),
        };
        if let Err(e) = result {
            eprintln!("{e}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// The claim score of one transcript sentence (the best sentence score of
/// the line. Transcript lines are speech, not pasted pages, so a line
/// without final punctuation gets a full stop first (the headline rule is
/// for pasted articles).
fn sentence_claim(extractor: &Extractor, line: &str) -> (f32, Reasons) {
    let mut text = line.trim().to_string();
    if !text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', '…'])
    {
        text.push('.');
    }
    let doc = Document::new(text);
    extractor
        .extract(&doc)
        .annotations
        .into_iter()
        .filter_map(|a| match a.detail {
            Detail::Claim(c) => Some((c.score, c.reasons)),
            _ => None,
        })
        .fold(
            (0.0, Reasons::new()),
            |best, c| if c.0 > best.0 { c } else { best },
        )
}

fn eval_sentences(flag: &str, path: &str, opts: &Options) -> Result<(), String> {
    let threshold = opts.threshold;
    let text = crate::read_text(path)?;
    let (delimiter, label_column) = if flag == "--checkthat" {
        (b'\t', "class_label")
    } else {
        (b',', "Verdict")
    };
    let rows = parse_delimited(&text, delimiter);
    let header = rows.first().ok_or(format!("lede: {path}: empty file"))?;
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim() == name)
            .ok_or(format!("lede: {path}: no column '{name}'"))
    };
    let text_col = col("Text")?;
    let label_col = col(label_column)?;
    let extractor = Extractor::new(&Config {
        claim_threshold: 0.0,
        ..Config::default()
    });
    let mut scored: Vec<(bool, f32)> = Vec::with_capacity(rows.len());
    for row in rows.iter().skip(1) {
        let (Some(t), Some(l)) = (row.get(text_col), row.get(label_col)) else {
            continue;
        };
        let gold = matches!(l.trim(), "Yes" | "1");
        let (score, reasons) = sentence_claim(&extractor, t);
        if opts.rows {
            println!(
                "row\t{}\t{score:.3}\t{}\t{}",
                u8::from(gold),
                reasons.join("; "),
                t.trim()
            );
        }
        scored.push((gold, score));
    }
    let counts = Counts::at(&scored, threshold);
    let (p, r, f) = counts.prf();
    println!(
        "{flag} {path}\n  sentences {}  positives {}  threshold {threshold:.2}\n  precision {p:.3}  recall {r:.3}  F1 {f:.3}",
        counts.n, counts.gold
    );
    if opts.sweep {
        print_sweep(|t| Counts::at(&scored, t).prf());
    }
    Ok(())
}

#[derive(Default)]
struct Counts {
    n: usize,
    gold: usize,
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn at(scored: &[(bool, f32)], threshold: f32) -> Counts {
        let mut counts = Counts::default();
        for &(gold, score) in scored {
            counts.add(gold, score > 0.0 && score >= threshold);
        }
        counts
    }

    fn add(&mut self, gold: bool, predicted: bool) {
        self.n += 1;
        self.gold += usize::from(gold);
        match (gold, predicted) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    fn prf(&self) -> (f64, f64, f64) {
        prf(self.tp, self.tp + self.fp, self.tp + self.fn_)
    }
}

fn prf(tp: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        0.0
    } else {
        tp as f64 / predicted as f64
    };
    let r = if gold == 0 {
        0.0
    } else {
        tp as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

/// Prints precision, recall and F1 at thresholds 0.05, 0.10, … 0.95.
fn print_sweep(at: impl Fn(f32) -> (f64, f64, f64)) {
    println!("  threshold  precision  recall  F1");
    for i in 1..20 {
        let t = i as f32 * 0.05;
        let (p, r, f) = at(t);
        println!("  {t:.2}       {p:.3}      {r:.3}   {f:.3}");
    }
}

/// Rows of a CSV or TSV text: `"…"` quoting with `""` escapes; a record
/// ends at a newline outside quotes.
pub fn parse_delimited(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut at_field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_field_start = true;
            }
            c if c as u32 == u32::from(delimiter) => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            c => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// Claim F1 and kind accuracy on gold JSON files.
fn eval_seeds(dir: &str, threshold: f32) -> Result<(), String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("lede: {dir}: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let extractor = Extractor::new(&Config {
        claim_threshold: threshold,
        ..Config::default()
    });
    let (mut tp, mut n_pred, mut n_gold, mut kind_ok) = (0, 0, 0, 0);
    for path in &paths {
        let raw =
            std::fs::read_to_string(path).map_err(|e| format!("lede: {}: {e}", path.display()))?;
        let gold: serde_json::Value =
            serde_json::from_str(&raw).map_err(|e| format!("lede: {}: {e}", path.display()))?;
        let Some(text) = gold["text"].as_str() else {
            continue;
        };
        let doc = Document::new(text);
        let index = doc.index();
        let predicted: Vec<(usize, usize, &'static str)> = extractor
            .extract(&doc)
            .annotations
            .iter()
            .filter_map(|a| match &a.detail {
                Detail::Claim(c) => Some((
                    index.char_of_byte(a.span.start),
                    index.char_of_byte(a.span.end),
                    c.kind.as_str(),
                )),
                _ => None,
            })
            .collect();
        let golds: Vec<(usize, usize, String)> = gold["claims"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|c| !c["optional"].as_bool().unwrap_or(false))
                    .filter_map(|c| {
                        Some((
                            c["start"].as_u64()? as usize,
                            c["end"].as_u64()? as usize,
                            c["kind"].as_str().unwrap_or("").to_string(),
                        ))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let pairs = greedy_match(&golds, &predicted);
        let ok = pairs
            .iter()
            .filter(|(g, p)| golds[*g].2 == predicted[*p].2)
            .count();
        let (_, _, f) = prf(pairs.len(), predicted.len(), golds.len());
        println!(
            "  {}  gold {}  predicted {}  matched {}  F1 {f:.3}  kind {ok}/{}",
            path.file_name()
                .map_or(String::new(), |n| n.to_string_lossy().into_owned()),
            golds.len(),
            predicted.len(),
            pairs.len(),
            pairs.len()
        );
        tp += pairs.len();
        n_pred += predicted.len();
        n_gold += golds.len();
        kind_ok += ok;
    }
    let (p, r, f) = prf(tp, n_pred, n_gold);
    let kind_acc = if tp == 0 {
        0.0
    } else {
        kind_ok as f64 / tp as f64
    };
    println!(
        "--seeds {dir}\n  documents {}  gold {n_gold}  predicted {n_pred}  threshold {threshold:.2}\n  precision {p:.3}  recall {r:.3}  F1 {f:.3}  kind accuracy {kind_acc:.3} ({kind_ok}/{tp})",
        paths.len()
    );
    Ok(())
}

/// Greedy one-to-one matching by overlap (at least half the longer span).
fn greedy_match(
    golds: &[(usize, usize, String)],
    preds: &[(usize, usize, &str)],
) -> Vec<(usize, usize)> {
    let mut cands = Vec::new();
    for (i, g) in golds.iter().enumerate() {
        for (j, p) in preds.iter().enumerate() {
            let (s, e) = (g.0.max(p.0), g.1.min(p.1));
            if e <= s {
                continue;
            }
            let longer = (g.1 - g.0).max(p.1 - p.0).max(1);
            let ov = (e - s) as f64 / longer as f64;
            if ov >= 0.5 {
                cands.push((ov, i, j));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut used_g = vec![false; golds.len()];
    let mut used_p = vec![false; preds.len()];
    let mut pairs = Vec::new();
    for (_, i, j) in cands {
        if !used_g[i] && !used_p[j] {
            used_g[i] = true;
            used_p[j] = true;
            pairs.push((i, j));
        }
    }
    pairs
}
