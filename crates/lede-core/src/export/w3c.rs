//! W3C Web Annotation export: one JSON-LD `AnnotationCollection` per
//! document (<https://www.w3.org/TR/annotation-model/>).
//!
//! - One `Annotation` per item, motivation `classifying`. Bodies are
//!   `TextualBody`s: the kind (purpose `classifying`), a one-line description
//!   (purpose `describing`), the speaker of a quote (purpose `identifying`),
//!   and the Lede details as JSON (purpose `describing`, format
//!   `application/json`) so that nothing is lost on import.
//! - Targets carry a `TextQuoteSelector` (exact, and up to 32 code points of
//!   prefix and suffix) and a `TextPositionSelector` counted in Unicode code
//!   points, as the model requires. The source is the URL given in
//!   [`ExportOptions::source`], else `urn:sha256:` + the text's digest.
//! - A quote whose speaker mention is known gets a second annotation,
//!   motivation `linking`, whose target is the quote annotation and whose body
//!   is the speaker mention.
//! - The collection embeds the text as `lede:text` (a term of the `lede:`
//!   prefix declared in the context) so that a file can be imported alone.

use super::json::{self, AnnotationV1};
use super::{kept, ExportOptions};
use crate::corrections::{Anchor, CONTEXT};
use crate::decimal::{fixed, shortest};
use crate::model::{Detail, Item, Origin, Span};
use crate::text::Document;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The Web Annotation JSON-LD context.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// The IRI of the `lede:` prefix for Lede's own terms.
pub const LEDE_NAMESPACE: &str = "urn:lede:terms#";
/// The `format` of the JSON body holding the Lede details.
pub const DETAIL_FORMAT: &str = "application/json";

/// The collection.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Collection {
    /// `[ANNO_CONTEXT, {"lede": LEDE_NAMESPACE}]`.
    #[serde(rename = "@context")]
    pub context: Value,
    /// `urn:lede:` + the text's digest.
    pub id: String,
    /// Always `AnnotationCollection`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The title, or "Lede annotations".
    pub label: String,
    /// The software that wrote it.
    pub generator: Agent,
    /// How many annotations (linking ones included).
    pub total: usize,
    /// The document text, for import.
    #[serde(rename = "lede:text", default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The single page.
    pub first: Page,
}

/// An `AnnotationPage`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page {
    /// The collection id + `/page1`.
    pub id: String,
    /// Always `AnnotationPage`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Always 0.
    #[serde(rename = "startIndex")]
    pub start_index: usize,
    /// The annotations.
    pub items: Vec<Annotation>,
}

/// A `Software` or `Person` agent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Agent {
    /// `Software` or `Person`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Its name.
    pub name: String,
}

/// One `Annotation`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// `urn:lede:<digest>:<item id>`.
    pub id: String,
    /// Always `Annotation`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `classifying` or `linking`.
    pub motivation: String,
    /// Who made it: Lede (`Software`) or the user (`Person`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator: Option<Agent>,
    /// Bodies: `TextualBody`s, or the speaker mention of a link.
    pub body: Vec<Body>,
    /// The annotated span, or the IRI of the linked annotation.
    pub target: Target,
}

/// A body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Body {
    /// An embedded `TextualBody`.
    Textual(TextualBody),
    /// A span of the text (the body of a `linking` annotation).
    Resource(SpecificResource),
}

/// A `TextualBody`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextualBody {
    /// Always `TextualBody`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `classifying`, `describing` or `identifying`.
    pub purpose: String,
    /// The media type, for the JSON body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The text.
    pub value: String,
}

/// A target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Target {
    /// A span of the text.
    Resource(SpecificResource),
    /// Another annotation, by IRI.
    Iri(String),
}

/// A `SpecificResource`: a span of the source text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpecificResource {
    /// Always `SpecificResource`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The text's IRI.
    pub source: String,
    /// A quote selector, then a position selector.
    pub selector: Vec<Selector>,
}

/// A selector.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Selector {
    /// The text with its context.
    TextQuoteSelector {
        /// The exact text.
        exact: String,
        /// Up to 32 code points before it.
        prefix: String,
        /// Up to 32 code points after it.
        suffix: String,
    },
    /// Code point offsets, end exclusive.
    TextPositionSelector {
        /// Start.
        start: usize,
        /// End.
        end: usize,
    },
}

/// Builds the collection for `doc` and `items`.
pub fn to_collection(doc: &Document, items: &[Item], options: &ExportOptions) -> Collection {
    let digest = doc.sha256();
    let collection_id = format!("urn:lede:{digest}");
    let source = options
        .source
        .clone()
        .unwrap_or_else(|| format!("urn:sha256:{digest}"));
    let lede = json::to_file(doc, items, options);
    let mut annotations = Vec::new();
    for (item, a1) in kept(items, options).zip(&lede.annotations) {
        let id = format!("{collection_id}:{}", item.id);
        let mut body = vec![textual("classifying", a1.kind.clone())];
        body.push(textual("describing", describe(a1)));
        if let Some(speaker) = a1.quote.as_ref().and_then(|q| q.speaker.clone()) {
            body.push(textual("identifying", speaker));
        }
        body.push(Body::Textual(TextualBody {
            kind: "TextualBody".to_string(),
            purpose: "describing".to_string(),
            format: Some(DETAIL_FORMAT.to_string()),
            value: serde_json::to_string(&DetailJson::of(a1)).unwrap_or_default(),
        }));
        annotations.push(Annotation {
            id: id.clone(),
            kind: "Annotation".to_string(),
            motivation: "classifying".to_string(),
            creator: Some(match item.origin {
                Origin::Machine => Agent {
                    kind: "Software".to_string(),
                    name: "Lede".to_string(),
                },
                Origin::User => Agent {
                    kind: "Person".to_string(),
                    name: "Lede user".to_string(),
                },
            }),
            body,
            target: Target::Resource(specific_resource(doc, &source, item.annotation.span)),
        });
        if let Detail::Quote(q) = &item.annotation.detail {
            if let Some(speaker_span) = q.speaker_span {
                annotations.push(Annotation {
                    id: format!("{id}:speaker"),
                    kind: "Annotation".to_string(),
                    motivation: "linking".to_string(),
                    creator: None,
                    body: vec![Body::Resource(specific_resource(
                        doc,
                        &source,
                        speaker_span,
                    ))],
                    target: Target::Iri(id.clone()),
                });
            }
        }
    }
    Collection {
        context: serde_json::json!([ANNO_CONTEXT, { "lede": LEDE_NAMESPACE }]),
        id: collection_id.clone(),
        kind: "AnnotationCollection".to_string(),
        label: options
            .title
            .clone()
            .unwrap_or_else(|| "Lede annotations".to_string()),
        generator: Agent {
            kind: "Software".to_string(),
            name: "Lede".to_string(),
        },
        total: annotations.len(),
        text: Some(doc.text().to_string()),
        first: Page {
            id: format!("{collection_id}/page1"),
            kind: "AnnotationPage".to_string(),
            start_index: 0,
            items: annotations,
        },
    }
}

/// Serialises the collection as pretty JSON-LD.
pub fn to_string_pretty(doc: &Document, items: &[Item], options: &ExportOptions) -> String {
    serde_json::to_string_pretty(&to_collection(doc, items, options)).unwrap_or_default()
}

/// Serialises the collection on one line.
pub fn to_string_line(doc: &Document, items: &[Item], options: &ExportOptions) -> String {
    serde_json::to_string(&to_collection(doc, items, options)).unwrap_or_default()
}

fn textual(purpose: &str, value: String) -> Body {
    Body::Textual(TextualBody {
        kind: "TextualBody".to_string(),
        purpose: purpose.to_string(),
        format: None,
        value,
    })
}

/// A `SpecificResource` on `source` with quote and position selectors.
fn specific_resource(doc: &Document, source: &str, span: Span) -> SpecificResource {
    let anchor = Anchor::new(doc, span);
    let ix = doc.index();
    SpecificResource {
        kind: "SpecificResource".to_string(),
        source: source.to_string(),
        selector: vec![
            Selector::TextQuoteSelector {
                exact: anchor.exact,
                prefix: anchor.prefix,
                suffix: anchor.suffix,
            },
            Selector::TextPositionSelector {
                start: ix.char_of_byte(span.start),
                end: ix.char_of_byte(span.end),
            },
        ],
    }
}

/// The Lede JSON v1 annotation minus what the selectors already say (text,
/// offsets): the value of the `application/json` body.
#[derive(Serialize)]
struct DetailJson<'a> {
    id: &'a str,
    kind: &'a str,
    origin: &'a str,
    status: &'a str,
    confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    figure: Option<&'a json::FigureV1>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quote: Option<&'a json::QuoteV1>,
    #[serde(skip_serializing_if = "Option::is_none")]
    claim: Option<&'a json::ClaimV1>,
    #[serde(skip_serializing_if = "Option::is_none")]
    entity: Option<&'a json::EntityV1>,
}

impl DetailJson<'_> {
    fn of(a: &AnnotationV1) -> DetailJson<'_> {
        DetailJson {
            id: &a.id,
            kind: &a.kind,
            origin: &a.origin,
            status: &a.status,
            confidence: a.confidence,
            figure: a.figure.as_ref(),
            quote: a.quote.as_ref(),
            claim: a.claim.as_ref(),
            entity: a.entity.as_ref(),
        }
    }
}

/// A one-line human description of an annotation.
fn describe(a: &AnnotationV1) -> String {
    let status = format!("{}, {}", a.origin, a.status);
    if let Some(f) = &a.figure {
        let mut s = format!("{} figure", f.kind);
        if let Some(v) = f.value {
            s.push_str(&format!(": {}", shortest(v)));
            if let Some(h) = f.value_high {
                s.push_str(&format!("–{}", shortest(h)));
            }
        }
        if let Some(u) = &f.unit {
            s.push_str(&format!(" {u}"));
        }
        if f.qualifier != "exact" {
            s.push_str(&format!(" ({})", f.qualifier));
        }
        return format!("{s} [{status}]");
    }
    if let Some(q) = &a.quote {
        let mut s = format!("{} quote", q.style);
        if let Some(sp) = &q.speaker {
            s.push_str(&format!(" by {sp}"));
        }
        if let Some(c) = &q.cue {
            s.push_str(&format!(" ({c})"));
        }
        return format!("{s} [{status}]");
    }
    if let Some(c) = &a.claim {
        let score = fixed(f64::from(c.score), 2);
        let mut s = format!("{} claim, score {score}", c.kind);
        if !c.reasons.is_empty() {
            s.push_str(&format!(": {}", c.reasons.join("; ")));
        }
        return format!("{s} [{status}]");
    }
    if let Some(e) = &a.entity {
        return format!("{} {} [{status}]", e.entity_kind, e.name);
    }
    format!("{} [{status}]", a.kind)
}

/// Context length of the quote selectors, in code points.
pub const SELECTOR_CONTEXT: usize = CONTEXT;
