//! `Document`: the original text, untouched, with its paragraphs, sentences
//! and offset index.

use super::offsets::CharIndex;
use super::segment;
use crate::model::Span;
use std::sync::OnceLock;

/// A text with its segmentation. Offsets always refer to `text` as given.
#[derive(Clone, Debug)]
pub struct Document {
    text: String,
    paragraphs: Vec<Span>,
    sentences: Vec<Span>,
    /// Built on first use: extraction works on bytes and never needs it,
    /// only the exports and corrections do.
    index: OnceLock<CharIndex>,
}

impl Document {
    /// Segments `text`. Never fails; any string is a document.
    pub fn new(text: impl Into<String>) -> Document {
        let text = text.into();
        let paragraphs = segment::paragraphs(&text);
        let sentences = segment::sentences_in(&text, &paragraphs);
        Document {
            text,
            paragraphs,
            sentences,
            index: OnceLock::new(),
        }
    }

    /// The original text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Paragraph spans, in order.
    pub fn paragraphs(&self) -> &[Span] {
        &self.paragraphs
    }

    /// Sentence spans, in order; each lies inside one paragraph.
    pub fn sentences(&self) -> &[Span] {
        &self.sentences
    }

    /// The byte ↔ code point index (built on the first call).
    pub fn index(&self) -> &CharIndex {
        self.index.get_or_init(|| CharIndex::new(&self.text))
    }

    /// The slice of the text at `span`.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// Index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        (i < self.sentences.len() && self.sentences[i].start <= pos).then_some(i)
    }

    /// Index of the paragraph containing byte `pos`, if any.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|s| s.end <= pos);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= pos).then_some(i)
    }

    /// Hex SHA-256 of the text: the document's id in every format.
    pub fn sha256(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(self.text.as_bytes());
        let mut s = String::with_capacity(64);
        for b in digest {
            s.push_str(&format!("{b:02x}"));
        }
        s
    }
}
