//! Export and import formats. Each format has its own versioned schema,
//! separate from the model types, and counts offsets in Unicode code points
//! (`docs/FORMAT.md` documents every one of them with an example):
//!
//! - [`json`]: Lede JSON v1, the native format (text + every annotation);
//! - [`w3c`]: W3C Web Annotation (JSON-LD `AnnotationCollection`);
//! - [`csv`]: one row per annotation (RFC 4180, UTF-8 with a BOM);
//! - [`brat`]: brat standoff (`.txt` + `.ann`);
//! - [`spacy`]: spaCy / Prodigy JSONL (`{"text", "spans"}`);
//! - [`import`]: Lede JSON and W3C back into text + items.
//!
//! Every exporter takes the document, the items (machine items, or the result
//! of [`corrections::apply`](crate::corrections::apply)) and [`ExportOptions`],
//! and is total.

pub mod brat;
pub mod csv;
pub mod import;
pub mod json;
pub mod spacy;
pub mod w3c;

use crate::model::{Item, Status};

/// Options shared by every exporter. Plain data: build it with struct update
/// syntax, `ExportOptions { include_rejected: true, ..Default::default() }`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExportOptions {
    /// Keep rejected annotations (with status `rejected`); they are left out
    /// by default.
    pub include_rejected: bool,
    /// Document title.
    pub title: Option<String>,
    /// Where the text came from (a URL). W3C targets use it as their
    /// `source`; without it they use `urn:sha256:` + the text's digest.
    pub source: Option<String>,
}

/// The items an export writes: all of them, or all but the rejected ones.
pub(crate) fn kept<'a>(
    items: &'a [Item],
    options: &'a ExportOptions,
) -> impl Iterator<Item = &'a Item> + 'a {
    items
        .iter()
        .filter(move |it| options.include_rejected || it.status != Status::Rejected)
}

// Native only: the tests use proptest and read golden files.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
