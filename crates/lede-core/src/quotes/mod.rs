//! Quotes: quoted passages, their style, and who said them.
//!
//! FIXME: a first cut pairing curly double quotes within a paragraph; mark
//! pairing, styles and attribution replace it.

use crate::model::{Annotation, Detail, Quote, QuoteStyle, Span};
use crate::text::Document;
use crate::Diagnostic;

/// Quotes and the entities found on the way.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuoteOutput {
    /// Quote annotations, sorted by start.
    pub quotes: Vec<Annotation>,
    /// Entity mentions (one annotation per mention), sorted by start.
    pub entities: Vec<Annotation>,
}

/// Finds the quotes of `doc`.
pub fn extract(doc: &Document, _diagnostics: &mut Vec<Diagnostic>) -> QuoteOutput {
    let text = doc.text();
    let mut out = QuoteOutput::default();
    for para in doc.paragraphs() {
        let p = &text[*para];
        let mut open = None;
        for (i, c) in p.char_indices() {
            match c {
                '“' => open = Some(i + c.len_utf8()),
                '”' => {
                    if let Some(s) = open.take() {
                        out.quotes.push(Annotation {
                            span: Span::new(para.start + s, para.start + i),
                            confidence: 0.5,
                            detail: Detail::Quote(Quote {
                                style: QuoteStyle::Direct,
                                ..Quote::default()
                            }),
                        });
                    }
                }
                _ => {}
            }
        }
    }
    out
}
