//! `lede annotate`: extracts each file and writes its annotations in one of
//! the export formats (`docs/FORMAT.md`).
//!
//! ```text
//! lede annotate [--format json|jsonl|w3c|csv|brat|spacy] [--out DIR]
//!               [--title TITLE] [--source URL] [--include-rejected] [FILE...]
//! ```
//!
//! Without `--out` everything goes to stdout: `json` (pretty, one document
//! after another), `jsonl` and `spacy` (one line per file) take any number of
//! files; `w3c`, `csv` and `brat` take one, since their files cannot be
//! concatenated. `brat` writes the `.ann` to stdout; its offsets count the
//! text with CRLF turned into LF, which is the input itself unless it has CR
//! characters (then a warning says to use `--out`). With `--out DIR` each
//! input `NAME.txt` (stdin is `stdin`) becomes `DIR/NAME.<ext>`; `brat` writes
//! `DIR/NAME.txt`, `DIR/NAME.ann` and `DIR/annotation.conf`.

use lede_core::export::{brat, csv, json, spacy, w3c, ExportOptions};
use lede_core::{extract, Document, Item};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Usage line of the command.
pub const USAGE: &str = "lede annotate [--format json|jsonl|w3c|csv|brat|spacy] [--out DIR] [--title TITLE] [--source URL] [--include-rejected] [FILE...]";

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Lede JSON v1, pretty.
    Json,
    /// Lede JSON v1, one line per document.
    Jsonl,
    /// W3C Web Annotation collection.
    W3c,
    /// CSV with a BOM.
    Csv,
    /// brat `.txt` + `.ann`.
    Brat,
    /// spaCy JSONL.
    Spacy,
}

impl Format {
    /// Parses a `--format` value.
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s {
            "json" => Format::Json,
            "jsonl" => Format::Jsonl,
            "w3c" => Format::W3c,
            "csv" => Format::Csv,
            "brat" => Format::Brat,
            "spacy" => Format::Spacy,
            _ => return None,
        })
    }

    /// The file extension used with `--out`.
    fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::W3c => "w3c.jsonld",
            Format::Csv => "csv",
            Format::Brat => "ann",
            Format::Spacy => "spacy.jsonl",
        }
    }

    /// True when several documents can follow each other on stdout.
    fn concatenates(self) -> bool {
        matches!(self, Format::Json | Format::Jsonl | Format::Spacy)
    }
}

/// Where and how to write.
pub struct Output {
    /// The format.
    pub format: Format,
    /// `--out DIR`, or stdout.
    pub dir: Option<PathBuf>,
    /// Options for the exporters.
    pub options: ExportOptions,
}

impl Output {
    /// Writes one document's export (`stem` names the files with `--out`).
    pub fn write(&self, stem: &str, doc: &Document, items: &[Item]) -> Result<(), String> {
        let o = &self.options;
        let body = match self.format {
            Format::Json => json::to_string_pretty(doc, items, o) + "\n",
            Format::Jsonl => json::to_string_line(doc, items, o) + "\n",
            Format::W3c => w3c::to_string_pretty(doc, items, o) + "\n",
            Format::Csv => csv::to_string(doc, items, o),
            Format::Spacy => spacy::to_line(doc, items, o) + "\n",
            Format::Brat => {
                let files = brat::to_brat(doc, items, o);
                if let Some(dir) = &self.dir {
                    write_file(&dir.join(format!("{stem}.txt")), &files.txt)?;
                    write_file(&dir.join("annotation.conf"), brat::ANNOTATION_CONF)?;
                } else if files.txt != doc.text() {
                    eprintln!(
                        "lede: warning: {stem}: the text has CR line breaks; brat offsets count \
                         it with LF only, so use --out DIR to get the matching .txt"
                    );
                }
                files.ann
            }
        };
        match &self.dir {
            Some(dir) => write_file(
                &dir.join(format!("{stem}.{}", self.format.extension())),
                &body,
            ),
            None => std::io::stdout()
                .lock()
                .write_all(body.as_bytes())
                .map_err(|e| format!("lede: stdout: {e}")),
        }
    }
}

fn write_file(path: &Path, contents: &str) -> Result<(), String> {
    std::fs::write(path, contents).map_err(|e| format!("lede: {}: {e}", path.display()))
}

/// The file name without directory and extension (`stdin` for `-`).
pub fn stem(path: &str) -> String {
    if path == "-" {
        return "stdin".to_string();
    }
    Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document".to_string())
}

/// Parsed command line of `annotate` and `import`.
pub struct Args {
    /// The output settings (`--format` defaults to `json`).
    pub output: Output,
    /// True when `--format` was given.
    pub format_given: bool,
    /// `--text FILE` (import only): the text to place the annotations on.
    pub text: Option<String>,
    /// The other arguments (input files).
    pub files: Vec<String>,
}

/// Parses the options shared by `lede annotate` and `lede import`; other
/// arguments are returned as files.
pub fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut format = None;
    let mut dir = None;
    let mut options = ExportOptions::default();
    let mut files = Vec::new();
    let mut text = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("lede: {name} needs a value"))
        };
        match a.as_str() {
            "--format" => {
                let f = value("--format")?;
                format = Some(Format::parse(&f).ok_or_else(|| {
                    format!("lede: unknown format '{f}' (json, jsonl, w3c, csv, brat, spacy)")
                })?);
            }
            "--out" => dir = Some(PathBuf::from(value("--out")?)),
            "--title" => options.title = Some(value("--title")?),
            "--source" => options.source = Some(value("--source")?),
            "--text" => text = Some(value("--text")?),
            "--include-rejected" => options.include_rejected = true,
            s if s.starts_with("--") => return Err(format!("lede: unknown option '{s}'")),
            _ => files.push(a.clone()),
        }
    }
    Ok(Args {
        output: Output {
            format: format.unwrap_or(Format::Json),
            dir,
            options,
        },
        format_given: format.is_some(),
        text,
        files,
    })
}

/// Checks the output against the number of documents and creates `--out`.
pub fn prepare(output: &Output, documents: usize) -> Result<(), String> {
    if output.dir.is_none() && documents > 1 && !output.format.concatenates() {
        return Err(
            "lede: this format writes one file per document: give one FILE, or --out DIR"
                .to_string(),
        );
    }
    if let Some(dir) = &output.dir {
        std::fs::create_dir_all(dir).map_err(|e| format!("lede: {}: {e}", dir.display()))?;
    }
    Ok(())
}

/// Runs `lede annotate`.
pub fn run(args: &[String]) -> ExitCode {
    let mut args = match parse_args(args) {
        Ok(a) if a.text.is_none() => a,
        Ok(_) => {
            eprintln!("lede: --text is an option of `lede import`\nusage: {USAGE}");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("{e}\nusage: {USAGE}");
            return ExitCode::from(2);
        }
    };
    if args.files.is_empty() {
        args.files.push("-".to_string());
    }
    if let Err(e) = prepare(&args.output, args.files.len()) {
        eprintln!("{e}");
        return ExitCode::from(2);
    }
    let mut failed = false;
    for path in &args.files {
        let text = match crate::read_text(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                failed = true;
                continue;
            }
        };
        let doc = Document::new(text);
        let items = extract(&doc).items();
        if let Err(e) = args.output.write(&stem(path), &doc, &items) {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
