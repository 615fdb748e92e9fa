//! `lede eval`: scores the extraction core against gold files or the peer
//! figure suites. The IO lives here; the scoring is `lede_core::eval`.
//!
//! - `lede eval GOLD_DIR [--pred PRED.jsonl] [--save-pred FILE] [--json]
//!   [--min-overlap X] [--quiet]`: gold files in the format of
//!   `GOLD_FORMAT.md`; predictions are made by the core unless `--pred`
//!   gives them (Lede JSON v1, one document per line).
//! - `lede eval --peers FILE.jsonl… [--pred PRED.jsonl] [--save-pred FILE]
//!   [--json] [--show N] [--source NAME]`: the peer suites of
//!   `shared/peers/figures/`; `--source` limits the listed misses and false
//!   alarms to one suite (the score tables always cover every suite).

use lede_core::eval::{self, GoldScores, PeerRow};
use lede_core::export::json::{self as export_json, ExportOptions};
use lede_core::{Config, Detail, Document, Extractor};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: lede eval GOLD_DIR [--pred PRED.jsonl] [--save-pred FILE] [--json] [--min-overlap X] [--quiet]\n       lede eval --peers FILE.jsonl... [--pred PRED.jsonl] [--save-pred FILE] [--json] [--show N] [--source NAME]";

struct Options {
    peers: bool,
    inputs: Vec<String>,
    pred: Option<String>,
    save_pred: Option<String>,
    json: bool,
    quiet: bool,
    min_overlap: f64,
    show: usize,
    /// Only list the misses and false alarms of this peer source.
    source: Option<String>,
}

/// Runs `lede eval` with the arguments after `eval`.
pub fn run(args: &[String]) -> ExitCode {
    let mut o = Options {
        peers: false,
        inputs: Vec::new(),
        pred: None,
        save_pred: None,
        json: false,
        quiet: false,
        min_overlap: 0.5,
        show: 20,
        source: None,
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--peers" => o.peers = true,
            "--json" => o.json = true,
            "--quiet" => o.quiet = true,
            "--pred" | "--save-pred" | "--min-overlap" | "--show" | "--source" => {
                let Some(v) = it.next() else {
                    eprintln!("lede eval: {a} needs a value\n{USAGE}");
                    return ExitCode::from(2);
                };
                match a.as_str() {
                    "--pred" => o.pred = Some(v.clone()),
                    "--save-pred" => o.save_pred = Some(v.clone()),
                    "--source" => o.source = Some(v.clone()),
                    "--min-overlap" => match v.parse() {
                        Ok(x) => o.min_overlap = x,
                        Err(_) => {
                            eprintln!("lede eval: --min-overlap needs a number, not '{v}'");
                            return ExitCode::from(2);
                        }
                    },
                    _ => match v.parse() {
                        Ok(x) => o.show = x,
                        Err(_) => {
                            eprintln!("lede eval: --show needs a count, not '{v}'");
                            return ExitCode::from(2);
                        }
                    },
                }
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other if other.starts_with("--") => {
                eprintln!("lede eval: unknown option '{other}'\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => o.inputs.push(a.clone()),
        }
    }
    if o.inputs.is_empty() {
        eprintln!("lede eval: nothing to score\n{USAGE}");
        return ExitCode::from(2);
    }
    let result = if o.peers { peers(&o) } else { gold(&o) };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("lede eval: {e}");
            ExitCode::FAILURE
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_jsonl(path: &str) -> Result<Vec<Value>, String> {
    let text = read(Path::new(path))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("{path}:{}: {e}", n + 1)))
        .collect()
}

fn write_lines(path: &str, lines: &[String]) -> Result<(), String> {
    let mut s = lines.join("\n");
    s.push('\n');
    std::fs::write(path, s).map_err(|e| format!("{path}: {e}"))
}

/// Gold files of a directory, sorted by name, with their text filled in.
fn load_gold(dir: &str) -> Result<Vec<Value>, String> {
    let dir = Path::new(dir);
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for p in names {
        let mut g: Value =
            serde_json::from_str(&read(&p)?).map_err(|e| format!("{}: {e}", p.display()))?;
        if g.get("text").is_none() {
            // A gold file may keep its text in a corpus file: the path is
            // relative to the shared root (two levels above the gold dir).
            let rel = g
                .get("text_path")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("{}: no text and no text_path", p.display()))?
                .to_string();
            let root = dir.join("..").join("..");
            let text = read(&root.join(rel))?;
            g["text"] = Value::String(text);
        }
        out.push(g);
    }
    if out.is_empty() {
        return Err(format!("{}: no *.json gold files", dir.display()));
    }
    Ok(out)
}

fn annotate_line(extractor: &Extractor, text: &str) -> String {
    let doc = Document::new(text);
    let items = extractor.extract(&doc).items();
    export_json::to_string_line(&doc, &items, &ExportOptions::default())
}

fn gold(o: &Options) -> Result<(), String> {
    let dir = &o.inputs[0];
    let golds = load_gold(dir)?;
    let lines: Vec<String> = match &o.pred {
        Some(p) => read(Path::new(p))?
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        None => {
            let ex = Extractor::new(&Config::default());
            golds
                .iter()
                .map(|g| annotate_line(&ex, g["text"].as_str().unwrap_or("")))
                .collect()
        }
    };
    if let Some(path) = &o.save_pred {
        write_lines(path, &lines)?;
    }
    let preds: Vec<Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).map_err(|e| format!("prediction: {e}")))
        .collect::<Result<_, _>>()?;
    let rep = eval::score_gold(&golds, &preds, o.min_overlap);
    let s = rep.scores();
    if o.json {
        let mut v = serde_json::to_value(&s).map_err(|e| e.to_string())?;
        if s.claim_p.is_none() {
            if let Some(m) = v.as_object_mut() {
                m.remove("claim_p");
                m.remove("claim_r");
                m.remove("claim_f1");
            }
        }
        v["counts"] = serde_json::to_value(&rep.counts).map_err(|e| e.to_string())?;
        println!("{v}");
        return Ok(());
    }
    print_gold(&s);
    if !o.quiet {
        println!(
            "\nfigure misses ({}):",
            rep.misses.iter().filter(|m| m.kind == "figure").count()
        );
        for m in rep.misses.iter().filter(|m| m.kind == "figure") {
            println!(
                "  {} {:?}  {}\n      … {} …",
                m.doc, m.text, m.detail, m.context
            );
        }
        println!(
            "figure false alarms ({}):",
            rep.false_alarms
                .iter()
                .filter(|m| m.kind == "figure")
                .count()
        );
        for m in rep.false_alarms.iter().filter(|m| m.kind == "figure") {
            println!(
                "  {} {:?}  {}\n      … {} …",
                m.doc, m.text, m.detail, m.context
            );
        }
        println!("figure field errors ({}):", rep.mismatches.len());
        for m in &rep.mismatches {
            println!("  {} {:?}: {}", m.doc, m.text, m.what);
        }
        println!(
            "quote misses ({}):",
            rep.misses.iter().filter(|m| m.kind == "quote").count()
        );
        for m in rep.misses.iter().filter(|m| m.kind == "quote") {
            println!("  {} [{}] {:?}", m.doc, m.detail, m.context);
        }
        println!(
            "quote false alarms ({}):",
            rep.false_alarms
                .iter()
                .filter(|m| m.kind == "quote")
                .count()
        );
        for m in rep.false_alarms.iter().filter(|m| m.kind == "quote") {
            println!("  {} [{}] {:?}", m.doc, m.detail, m.context);
        }
    }
    Ok(())
}

fn f3(x: Option<f64>) -> String {
    x.map_or_else(|| "  -  ".to_string(), |v| format!("{v:.3}"))
}

fn print_gold(s: &GoldScores) {
    println!(
        "docs            {} (missing predictions: {})",
        s.docs, s.docs_missing
    );
    println!("                    P      R      F1");
    println!(
        "quotes          {:.3}  {:.3}  {:.3}",
        s.quote_p, s.quote_r, s.quote_f1
    );
    println!(
        "speech quotes   {:.3}  {:.3}  {:.3}   speaker acc {}",
        s.speech_p,
        s.speech_r,
        s.speech_f1,
        f3(s.speaker_acc)
    );
    println!(
        "figures         {:.3}  {:.3}  {:.3}   value acc {}  unit acc {}  qualifier acc {}",
        s.figure_p,
        s.figure_r,
        s.figure_f1,
        f3(s.value_acc),
        f3(s.unit_acc),
        f3(s.qualifier_acc)
    );
    if let (Some(p), Some(r), Some(f)) = (s.claim_p, s.claim_r, s.claim_f1) {
        println!("claims          {p:.3}  {r:.3}  {f:.3}");
    }
}

/// Figures of a text as the peer scorer reads them (code points).
fn figures_for(extractor: &Extractor, text: &str) -> Vec<Value> {
    let doc = Document::new(text);
    let ix = doc.index();
    extractor
        .extract(&doc)
        .annotations
        .iter()
        .filter_map(|a| match &a.detail {
            Detail::Figure(f) => {
                let mut o = json!({
                    "start": ix.char_of_byte(a.span.start),
                    "end": ix.char_of_byte(a.span.end),
                    "text": doc.slice(a.span),
                    "value": f.value,
                    "value_high": f.value_high,
                    "unit": f.unit,
                    "qualifier": f.qualifier.as_str(),
                    "kind": f.kind.as_str(),
                    "display": f.display,
                });
                // The amount in base units, as the peer files give it
                // (`value_base` + `base_unit`, and `value_seconds` for
                // time): peers pick their own unit ("90 minutes" for
                // "1.5 hours").
                let base = f
                    .unit
                    .as_deref()
                    .and_then(lede_core::figures::units::base_of);
                if let (Some((base, factor)), Some(v), Some(o)) = (base, f.value, o.as_object_mut())
                {
                    if f.value_high.is_none() {
                        o.insert("value_base".into(), json!(v * factor));
                        o.insert("base_unit".into(), json!(base));
                        if base == "second" {
                            o.insert("value_seconds".into(), json!(v * factor));
                        }
                    }
                }
                Some(o)
            }
            _ => None,
        })
        .collect()
}

fn peers(o: &Options) -> Result<(), String> {
    let mut cases = Vec::new();
    for f in &o.inputs {
        cases.extend(read_jsonl(f)?);
    }
    let mut preds: HashMap<String, Vec<Value>> = HashMap::new();
    match &o.pred {
        Some(p) => {
            for d in read_jsonl(p)? {
                let id = d
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                let figs = d
                    .get("figures")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                preds.insert(id, figs);
            }
        }
        None => {
            let ex = Extractor::new(&Config {
                figures: true,
                quotes: false,
                claims: false,
                ..Config::default()
            });
            for c in &cases {
                let id = c
                    .get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string();
                let text = c.get("text").and_then(Value::as_str).unwrap_or("");
                preds.insert(id, figures_for(&ex, text));
            }
        }
    }
    if let Some(path) = &o.save_pred {
        let lines: Vec<String> = cases
            .iter()
            .filter_map(|c| c.get("id").and_then(Value::as_str))
            .map(|id| {
                json!({"id": id, "figures": preds.get(id).cloned().unwrap_or_default()}).to_string()
            })
            .collect();
        write_lines(path, &lines)?;
    }
    let rep = eval::score_peers(&cases, &preds);
    let rows = rep.rows();
    let rel = rep.relevance_rows();
    let cat_rel = rep.category_relevance_rows();
    if o.json {
        let v = json!({"pred": rows, "relevance": rel, "category_relevance": cat_rel});
        println!("{v}");
        return Ok(());
    }
    let header = format!(
        "{:32} {:>5} {:>5} {:>7} {:>8} {:>6} {:>6} {:>6} {:>6}",
        "source/category",
        "cases",
        "gold",
        "wRecall",
        "P(scope)",
        "value",
        "unit",
        "qual",
        "idSkip"
    );
    let line = |k: &str, r: &PeerRow| {
        format!(
            "{:32} {:5} {:5} {:>7} {:>8} {:>6} {:>6} {:>6} {:>6}",
            k,
            r.cases,
            r.gold,
            f3(r.weighted_recall),
            f3(r.precision_in_scope),
            f3(r.value_acc),
            f3(r.unit_acc),
            f3(r.qualifier_acc),
            f3(r.identifiers_skipped)
        )
    };
    println!("== per source and category (the reference scorer's rows)");
    println!("{header}");
    for (k, r) in &rows {
        println!("{}", line(k, r));
    }
    println!("\n== per source and relevance (recall over that relevance's items; precision over cases of that weight)");
    println!("{header}");
    for (k, r) in &rel {
        println!("{}", line(k, r));
    }
    println!("\n== core relevance per source and category");
    println!("{header}");
    for (k, r) in cat_rel.iter().filter(|(k, _)| k.ends_with("/core")) {
        println!("{}", line(k, r));
    }
    if o.show > 0 {
        // "newsquant:012" belongs to source "newsquant".
        let listed = |case: &str| {
            o.source
                .as_deref()
                .is_none_or(|src| case.split_once(':').is_some_and(|(c, _)| c == src))
        };
        let of = o
            .source
            .as_deref()
            .map_or(String::new(), |src| format!(" of {src}"));
        println!("\n== first {} core misses{of}", o.show);
        for m in rep
            .misses
            .iter()
            .filter(|m| m.relevance == "core" && listed(&m.case))
            .take(o.show)
        {
            println!("  {}: {}\n      {:?}", m.case, m.detail, m.text);
        }
        println!("\n== first {} false positives{of}", o.show);
        for m in rep
            .false_positives
            .iter()
            .filter(|m| listed(&m.case))
            .take(o.show)
        {
            println!("  {}: {}\n      {:?}", m.case, m.detail, m.text);
        }
    }
    Ok(())
}
