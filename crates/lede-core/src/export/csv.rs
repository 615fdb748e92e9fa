//! CSV export: one row per annotation, for spreadsheets.
//!
//! RFC 4180: a header row, CRLF after every row, fields quoted with `"` when
//! they contain a comma, a quote, CR or LF (quotes doubled inside). UTF-8 with
//! a byte order mark, because Excel reads a BOM-less CSV file as the local
//! legacy code page and garbles “curly quotes”, £ and every non-Latin script;
//! LibreOffice, Google Sheets, pandas (`encoding="utf-8-sig"`) and Python's
//! `csv` module all accept the BOM. [`to_string_without_bom`] leaves it out.
//!
//! Offsets are code points, end exclusive. Kind-specific columns are empty for
//! other kinds. Cells are written as they are: a text starting with `=` is not
//! escaped against spreadsheet formula injection, since every cell is text
//! from the article itself.

use super::json::{self, AnnotationV1};
use super::ExportOptions;
use crate::decimal;
use crate::model::Item;
use crate::text::Document;

/// The UTF-8 byte order mark that starts the file.
pub const BOM: &str = "\u{feff}";

/// The header row's columns, in order.
pub const COLUMNS: [&str; 24] = [
    "id",
    "kind",
    "start",
    "end",
    "text",
    "status",
    "origin",
    "confidence",
    "figure_value",
    "figure_value_high",
    "figure_unit",
    "figure_qualifier",
    "figure_kind",
    "figure_display",
    "figure_iso",
    "quote_style",
    "quote_speaker",
    "quote_speaker_mention",
    "quote_cue",
    "claim_kind",
    "claim_score",
    "claim_reasons",
    "entity_name",
    "entity_kind",
];

/// The CSV file, starting with a BOM.
pub fn to_string(doc: &Document, items: &[Item], options: &ExportOptions) -> String {
    format!("{BOM}{}", to_string_without_bom(doc, items, options))
}

/// The CSV file without the BOM.
pub fn to_string_without_bom(doc: &Document, items: &[Item], options: &ExportOptions) -> String {
    let file = json::to_file(doc, items, options);
    let mut out = String::new();
    write_row(&mut out, COLUMNS.iter().map(|c| c.to_string()));
    for a in &file.annotations {
        write_row(&mut out, row(a).into_iter());
    }
    out
}

fn row(a: &AnnotationV1) -> Vec<String> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let num = |v: Option<f64>| v.map(decimal::shortest).unwrap_or_default();
    let mut r = vec![
        a.id.clone(),
        a.kind.clone(),
        a.start.to_string(),
        a.end.to_string(),
        a.text.clone(),
        a.status.clone(),
        a.origin.clone(),
        decimal::shortest_f32(a.confidence),
    ];
    match &a.figure {
        Some(f) => r.extend([
            num(f.value),
            num(f.value_high),
            opt(&f.unit),
            f.qualifier.clone(),
            f.kind.clone(),
            f.display.clone(),
            opt(&f.iso),
        ]),
        None => r.extend(std::iter::repeat_n(String::new(), 7)),
    }
    match &a.quote {
        Some(q) => r.extend([
            q.style.clone(),
            opt(&q.speaker),
            opt(&q.speaker_mention),
            opt(&q.cue),
        ]),
        None => r.extend(std::iter::repeat_n(String::new(), 4)),
    }
    match &a.claim {
        Some(c) => r.extend([
            c.kind.clone(),
            decimal::shortest_f32(c.score),
            c.reasons.join("; "),
        ]),
        None => r.extend(std::iter::repeat_n(String::new(), 3)),
    }
    match &a.entity {
        Some(e) => r.extend([e.name.clone(), e.entity_kind.clone()]),
        None => r.extend(std::iter::repeat_n(String::new(), 2)),
    }
    debug_assert_eq!(r.len(), COLUMNS.len());
    r
}

/// Appends one RFC 4180 record and its CRLF.
fn write_row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}

/// Splits RFC 4180 CSV into records of fields (a BOM is skipped). Used by the
/// tests to read the export back; lenient on malformed input.
pub fn parse(input: &str) -> Vec<Vec<String>> {
    let input = input.strip_prefix(BOM).unwrap_or(input);
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = input.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' => quoted = true,
            ',' => record.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            _ => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}
