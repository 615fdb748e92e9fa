//! Lede's extraction core for JavaScript: a thin wasm-bindgen API.
//!
//! The main function, `extract(text, options)`, returns the Lede JSON export
//! (format `lede.annotations`, version 1, code-point offsets) as plain
//! JavaScript objects. Everything else lives in `lede-core`; this crate only
//! maps options and values across the boundary. Built for the web and for
//! Node by `scripts/build-wasm-pkg`; see this crate's README.

// The wasm build's global allocator: the workspace's only unsafe code (a
// `GlobalAlloc`), kept to this one module; see its docs and Cargo.toml.
#[allow(unsafe_code)]
pub mod arena;

use lede_core::export::json::{self, FileV1};
use lede_core::export::ExportOptions;
use lede_core::{Config, Document, Extractor, Item};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

/// What JavaScript may pass as `options`; every field is optional.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Extract figures (default true).
    pub figures: Option<bool>,
    /// Extract quotes and speakers (default true).
    pub quotes: Option<bool>,
    /// Score claims (default true).
    pub claims: Option<bool>,
    /// Claims scoring at least this are reported (default: the core's).
    pub claim_threshold: Option<f32>,
    /// Document title written into the export.
    pub title: Option<String>,
}

impl Options {
    /// The core's config for these options.
    pub fn config(&self) -> Config {
        let default = Config::default();
        Config {
            figures: self.figures.unwrap_or(default.figures),
            quotes: self.quotes.unwrap_or(default.quotes),
            claims: self.claims.unwrap_or(default.claims),
            claim_threshold: self.claim_threshold.unwrap_or(default.claim_threshold),
        }
    }
}

/// Extracts from `text` and builds the v1 export (the Rust side of `extract`).
pub fn extract_file(text: &str, options: &Options) -> FileV1 {
    export_document(Document::new(text), options)
}

/// Extracts from `doc` and builds the v1 export.
fn export_document(doc: Document, options: &Options) -> FileV1 {
    // The annotations become items by value (Extraction::items clones them).
    let items: Vec<Item> = Extractor::new(&options.config())
        .extract(&doc)
        .annotations
        .into_iter()
        .map(Item::machine)
        .collect();
    let export = ExportOptions {
        title: options.title.clone(),
        ..ExportOptions::default()
    };
    json::to_file(&doc, &items, &export)
}

/// The option names `extract` accepts (as JavaScript spells them).
const OPTION_NAMES: [&str; 5] = ["figures", "quotes", "claims", "claimThreshold", "title"];

/// Reads `options` as JavaScript passed it: `undefined`, `null` or an object
/// with only the known keys.
fn read_options(options: JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    // serde-wasm-bindgen reads only the fields it knows, so a misspelt
    // option would be ignored silently: check the keys first.
    if let Some(object) = options.dyn_ref::<js_sys::Object>() {
        let keys = js_sys::Object::keys(object);
        if keys.length() == 0 {
            // `{}`, the usual call: nothing to read.
            return Ok(Options::default());
        }
        for key in keys.iter() {
            let key = key.as_string().unwrap_or_default();
            if !OPTION_NAMES.contains(&key.as_str()) {
                return Err(JsError::new(&format!(
                    "lede: bad options: unknown option `{key}`, expected one of {OPTION_NAMES:?}"
                )));
            }
        }
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::new(&format!("lede: bad options: {e}")))
}

/// The v1 export of `text` as one line of JSON (what `extractJson` returns).
pub fn extract_json_string(text: &str, options: &Options) -> String {
    json_of(Document::new(text), options)
}

/// The v1 export of `doc` as one line of JSON.
fn json_of(doc: Document, options: &Options) -> String {
    // Serialising plain data to a String cannot fail.
    serde_json::to_string(&export_document(doc, options)).unwrap_or_default()
}

// The exported functions take `text: String`, not `&str`: wasm-bindgen
// copies the JavaScript string into wasm memory either way, and a `String`
// hands that buffer over to the `Document`, where a `&str` would be copied
// once more.

/// `extract(text, options?)`: the Lede JSON v1 export of `text` as plain
/// objects (`{format, version, document, annotations}`).
///
/// `options` is `undefined`, `null` or an object with any of `figures`,
/// `quotes`, `claims` (booleans, default true), `claimThreshold` (number)
/// and `title` (string). Throws only on malformed options.
///
/// The objects are made by serde-wasm-bindgen (maps as plain objects): they
/// equal `JSON.parse` of the export's JSON text (the text `extractJson`
/// returns), except that an `f32` such as a confidence of `0.7` arrives
/// widened (`0.699999988079071`, which `Math.fround(0.7)` also gives).
#[wasm_bindgen]
pub fn extract(text: String, options: JsValue) -> Result<JsValue, JsError> {
    use serde::Serialize;
    let options = read_options(options)?;
    arena::call(|| {
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        export_document(Document::new(text), &options)
            .serialize(&serializer)
            .map_err(|e| JsError::new(&format!("lede: {e}")))
    })
}

/// `extractJson(text, options?)`: the same export as `extract`, as its JSON
/// text (one line), for callers that store or send it rather than read it.
#[wasm_bindgen(js_name = extractJson)]
pub fn extract_json(text: String, options: JsValue) -> Result<String, JsError> {
    let options = read_options(options)?;
    Ok(arena::call(|| json_of(Document::new(text), &options)))
}

/// `countAnnotations(text, options?)`: runs only the extraction core
/// (segmentation, figures, quotes, entities, claims) and returns how many
/// annotations it found, without building the export or any JavaScript
/// object. Equals `extract(text, options).annotations.length`. The Node
/// benchmark's "core" column times this.
#[wasm_bindgen(js_name = countAnnotations)]
pub fn count_annotations(text: String, options: JsValue) -> Result<usize, JsError> {
    let options = read_options(options)?;
    Ok(arena::call(|| {
        let doc = Document::new(text);
        Extractor::new(&options.config())
            .extract(&doc)
            .annotations
            .len()
    }))
}

/// The export format version `extract` writes (1).
#[wasm_bindgen(js_name = formatVersion)]
pub fn format_version() -> u32 {
    json::VERSION
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_options_extract_everything() {
        assert_eq!(Options::default().config(), Config::default());
        let file = extract_file(lede_core::sample::SAMPLE_ARTICLE, &Options::default());
        assert_eq!(file.version, 1);
        let kinds: Vec<&str> = file.annotations.iter().map(|a| a.kind.as_str()).collect();
        assert!(kinds.contains(&"figure"), "{kinds:?}");
        assert!(kinds.contains(&"quote"), "{kinds:?}");
    }

    #[test]
    fn options_switch_kinds_off() {
        let options: Options =
            serde_json::from_str(r#"{"quotes": false, "claims": false, "title": "T"}"#).unwrap();
        let file = extract_file("The port has 12 cranes.", &options);
        assert_eq!(file.document.title.as_deref(), Some("T"));
        assert!(file.annotations.iter().all(|a| a.kind == "figure"));
        assert_eq!(file.annotations.len(), 1);
        assert_eq!(file.annotations[0].text, "12 cranes");
    }

    #[test]
    fn json_string_is_the_export_and_counts_match_the_core() {
        let text =
            "The port has 12 cranes. \u{201c}We will hire 300 people,\u{201d} said Ana Costa.";
        let options = Options::default();
        let json = extract_json_string(text, &options);
        let parsed: FileV1 = serde_json::from_str(&json).unwrap();
        assert_eq!(parsed, extract_file(text, &options));
        let doc = Document::new(text);
        let count = Extractor::new(&options.config())
            .extract(&doc)
            .annotations
            .len();
        assert_eq!(parsed.annotations.len(), count);
        assert!(count >= 2, "{json}");
    }

    #[test]
    fn unknown_options_are_refused() {
        assert!(serde_json::from_str::<Options>(r#"{"figurez": true}"#).is_err());
    }
}
