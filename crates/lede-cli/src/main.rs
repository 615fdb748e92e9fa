//! `lede`: runs Lede's extraction core over files.
//!
//! - `lede annotate [--format json|jsonl] [FILE…]`: annotations of each file
//!   (stdin when no file is given) in Lede JSON v1.
//! - `lede eval GOLD_DIR` / `lede eval --peers FILE.jsonl…`: scores (see `eval.rs`).

mod eval;

mod claims;

use lede_core::export::json::{self, ExportOptions};
use lede_core::{extract, Document};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: lede annotate [--format json|jsonl] [FILE...]\n       lede eval GOLD_DIR | lede eval --peers FILE.jsonl... (lede eval --help)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("annotate") => annotate(&args[1..]),
        Some("claims") => claims::claims_command(&args[1..]),
        Some("eval-claims") => claims::eval_command(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("-h") | Some("--help") | None => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("lede: unknown command '{other}'\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// Reads a file as UTF-8 text, with an error message naming it.
pub(crate) fn read_text(path: &str) -> Result<String, String> {
    if path == "-" {
        let mut s = String::new();
        return std::io::stdin()
            .read_to_string(&mut s)
            .map(|_| s)
            .map_err(|e| format!("lede: <stdin>: {e}"));
    }
    let meta = std::fs::metadata(path).map_err(|e| format!("lede: {path}: {e}"))?;
    if meta.is_dir() {
        return Err(format!("lede: {path}: is a directory"));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("lede: {path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "lede: {path}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn annotate(args: &[String]) -> ExitCode {
    let mut format = "json".to_string();
    let mut files = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => match it.next() {
                Some(f) => format = f.clone(),
                None => {
                    eprintln!("lede: --format needs a value\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ => files.push(a.clone()),
        }
    }
    if !matches!(format.as_str(), "json" | "jsonl") {
        eprintln!("lede: unknown format '{format}' (json, jsonl)");
        return ExitCode::from(2);
    }
    if files.is_empty() {
        files.push("-".to_string());
    }
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in &files {
        let text = match read_text(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                failed = true;
                continue;
            }
        };
        let doc = Document::new(text);
        let items = extract(&doc).items();
        let options = ExportOptions::default();
        let s = if format == "jsonl" {
            json::to_string_line(&doc, &items, &options)
        } else {
            json::to_string_pretty(&doc, &items, &options)
        };
        if writeln!(out, "{s}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
