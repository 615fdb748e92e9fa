//! `lede import`: reads a Lede JSON or W3C file back, as the app's import
//! does, prints what it found and optionally re-exports it.
//!
//! ```text
//! lede import FILE [--text TEXTFILE] [--format FMT] [--out DIR] [--title T]
//!                  [--source URL] [--include-rejected]
//! ```
//!
//! The annotations are placed on the file's own text, or on `--text` (then
//! re-anchored by quote: what cannot be placed is listed). They become
//! corrections over a fresh extraction of that text, exactly as in the app,
//! and the summary counts both. With `--format` the corrected annotations are
//! exported (to stdout or `--out DIR`, as `lede annotate` does) and the
//! summary goes to stderr; without it the summary goes to stdout. A bad file
//! (not JSON, another format, a newer version) is an error, exit status 1.

use crate::annotate::{self, parse_args};
use lede_core::corrections::{apply, log_from_items};
use lede_core::export::import::import;
use lede_core::{extract, Document, Origin, Status};
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

/// Usage line of the command.
pub const USAGE: &str = "lede import FILE [--text TEXTFILE] [--format json|jsonl|w3c|csv|brat|spacy] [--out DIR] [--title TITLE] [--source URL] [--include-rejected]";

/// Runs `lede import`.
pub fn run(args: &[String]) -> ExitCode {
    let mut args = match parse_args(args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}\nusage: {USAGE}");
            return ExitCode::from(2);
        }
    };
    let [path] = args.files.as_slice() else {
        eprintln!("lede: import takes one FILE\nusage: {USAGE}");
        return ExitCode::from(2);
    };
    let path = path.clone();
    let input = match crate::read_text(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match args.text.as_deref().map(crate::read_text).transpose() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let imported = match import(&input, text.as_deref()) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("lede: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let doc = Document::new(imported.text.clone());
    let machine = extract(&doc).annotations;
    let log = log_from_items(&doc, &machine, &imported.items);
    let applied = apply(&doc, &machine, &log);

    let mut summary = String::new();
    let _ = writeln!(
        summary,
        "{path}: {}, {} characters{}",
        imported.format.as_str(),
        doc.index().len_chars(),
        imported
            .title
            .as_ref()
            .map(|t| format!(", title “{t}”"))
            .unwrap_or_default()
    );
    let count = |s: Status| imported.items.iter().filter(|it| it.status == s).count();
    let _ = writeln!(
        summary,
        "  {} annotations placed: {} accepted, {} edited, {} rejected, {} suggested ({} added by the user)",
        imported.items.len(),
        count(Status::Accepted),
        count(Status::Edited),
        count(Status::Rejected),
        count(Status::Suggested),
        imported
            .items
            .iter()
            .filter(|it| it.origin == Origin::User)
            .count()
    );
    if imported.unplaced.is_empty() {
        let _ = writeln!(summary, "  every annotation was placed");
    } else {
        let _ = writeln!(
            summary,
            "  {} could not be placed:",
            imported.unplaced.len()
        );
        for u in &imported.unplaced {
            let _ = writeln!(summary, "    {} «{}»: {}", u.kind, u.exact, u.reason);
        }
    }
    let (reviewed, total) = applied.progress();
    let _ = writeln!(
        summary,
        "  as corrections over a fresh extraction: {} ops, {} orphaned; {total} annotations, {reviewed} reviewed",
        log.ops().len(),
        applied.orphans.len()
    );

    if !args.format_given {
        print!("{summary}");
        return ExitCode::SUCCESS;
    }
    eprint!("{summary}");
    if args.output.options.title.is_none() {
        args.output.options.title = imported.title.clone();
    }
    if let Err(e) = annotate::prepare(&args.output, 1) {
        eprintln!("{e}");
        return ExitCode::from(2);
    }
    if let Err(e) = args
        .output
        .write(&annotate::stem(&path), &doc, &applied.items)
    {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }
    let _ = std::io::stdout().flush();
    ExitCode::SUCCESS
}
