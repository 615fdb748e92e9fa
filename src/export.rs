//! The export formats offered by the Export menu, each made by `lede_core`'s
//! `export` module (no serialisation here): name, file name and contents.

use lede_core::export::{brat, csv, json, spacy, w3c, ExportOptions};
use lede_core::{Document, Item};

/// One export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Lede JSON v1.
    LedeJson,
    /// W3C Web Annotation (JSON-LD).
    W3c,
    /// CSV (RFC 4180).
    Csv,
    /// brat standoff: the `.ann` file.
    BratAnn,
    /// brat standoff: the `.txt` file.
    BratTxt,
    /// spaCy / Prodigy JSONL.
    Spacy,
}

/// Every format, in menu order.
pub const FORMATS: [Format; 6] = [
    Format::LedeJson,
    Format::W3c,
    Format::Csv,
    Format::BratAnn,
    Format::BratTxt,
    Format::Spacy,
];

impl Format {
    /// Menu label.
    pub fn label(self) -> &'static str {
        match self {
            Format::LedeJson => "Lede JSON",
            Format::W3c => "W3C Web Annotation (JSON-LD)",
            Format::Csv => "CSV (spreadsheet)",
            Format::BratAnn => "brat .ann",
            Format::BratTxt => "brat .txt",
            Format::Spacy => "spaCy / Prodigy JSONL",
        }
    }

    /// Short id for `data-testid`.
    pub fn id(self) -> &'static str {
        match self {
            Format::LedeJson => "json",
            Format::W3c => "w3c",
            Format::Csv => "csv",
            Format::BratAnn => "brat-ann",
            Format::BratTxt => "brat-txt",
            Format::Spacy => "spacy",
        }
    }

    /// File name extension and MIME type.
    pub fn file(self) -> (&'static str, &'static str) {
        match self {
            Format::LedeJson => ("lede.json", "application/json"),
            Format::W3c => ("w3c.jsonld", "application/ld+json"),
            Format::Csv => ("csv", "text/csv;charset=utf-8"),
            Format::BratAnn => ("ann", "text/plain;charset=utf-8"),
            Format::BratTxt => ("txt", "text/plain;charset=utf-8"),
            Format::Spacy => ("jsonl", "application/jsonl"),
        }
    }

    /// The file's contents.
    pub fn contents(self, doc: &Document, items: &[Item], options: &ExportOptions) -> String {
        match self {
            Format::LedeJson => json::to_string_pretty(doc, items, options),
            Format::W3c => w3c::to_string_pretty(doc, items, options),
            Format::Csv => csv::to_string(doc, items, options),
            Format::BratAnn => brat::to_ann(doc, items, options),
            Format::BratTxt => doc.text().to_string(),
            Format::Spacy => {
                let mut line = spacy::to_line(doc, items, options);
                line.push('\n');
                line
            }
        }
    }
}

/// A file name from the title: lower-case words joined by dashes.
pub fn file_stem(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .map(lede_core::text::chars::lowercase)
        .collect();
    if words.is_empty() {
        "lede-article".to_string()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe() {
        assert_eq!(
            file_stem("Harbour city pledges £240m!"),
            "harbour-city-pledges-240m"
        );
        assert_eq!(file_stem("  "), "lede-article");
    }

    #[test]
    fn every_format_exports_the_sample() {
        let doc = Document::new(lede_core::sample::SAMPLE_ARTICLE);
        let items = lede_core::extract(&doc).items();
        for f in FORMATS {
            let out = f.contents(&doc, &items, &ExportOptions::default());
            assert!(!out.is_empty(), "{f:?}");
        }
    }
}
