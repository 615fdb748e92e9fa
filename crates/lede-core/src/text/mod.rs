//! The text model: the document, its paragraphs, sentences and words, and the
//! byte ↔ code point offset index.

pub mod chars;
mod document;
mod offsets;
mod segment;

pub use document::Document;
pub use offsets::CharIndex;
pub use segment::{paragraphs, sentences, words, Word};
