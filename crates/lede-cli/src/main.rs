//! `lede`: runs Lede's extraction core over files. This file only dispatches;
//! each command lives in its own module.
//!
//! - `lede annotate [--format json|jsonl|w3c|csv|brat|spacy] [--out DIR] [FILE…]`:
//!   annotations of each file (stdin when no file is given), see `annotate.rs`.
//! - `lede import FILE [--text TEXTFILE] [--format FMT]`: reads a Lede JSON or
//!   W3C file back, see `import.rs`.
//! - `lede quotes [--unattributed] FILE…`: quotes for review (`quotes.rs`).
//! - `lede eval GOLD_DIR` / `lede eval --peers FILE.jsonl…`: scores (see `eval.rs`).
//! - `lede claims [--top N] FILE…` and `lede eval-claims …`: ranked claims and
//!   their scores on labelled data (`claims.rs`).

mod annotate;
mod eval;
mod import;

mod claims;
mod quotes;

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: lede annotate [--format json|jsonl|w3c|csv|brat|spacy] [--out DIR] [FILE...]\n       lede import FILE [--text TEXTFILE] [--format FORMAT] [--out DIR]\n       lede eval GOLD_DIR | lede eval --peers FILE.jsonl... (lede eval --help)\n       lede quotes [--unattributed] FILE...\n       lede claims [--top N] FILE...\n       lede eval-claims [--threshold T] [--sweep] [--rows] [--checkthat TSV] [--claimbuster CSV] [--seeds DIR]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("annotate") => annotate::run(&args[1..]),
        Some("import") => import::run(&args[1..]),
        Some("claims") => claims::claims_command(&args[1..]),
        Some("eval-claims") => claims::eval_command(&args[1..]),
        Some("eval") => eval::run(&args[1..]),
        Some("quotes") => quotes::run(&args[1..]),
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
