//! Import: Lede JSON v1 and W3C Web Annotation files back into a text and its
//! items.
//!
//! [`import`] detects the format, checks the version, and places every
//! annotation on the text: the file's own text, or the `text` the caller gives
//! (the document open in the app). When the text is the file's, offsets are
//! used as they are; otherwise each annotation is re-anchored by its quote,
//! prefix and suffix (W3C `TextQuoteSelector`, or the Lede JSON `text` plus
//! its context in the file's document), with the position as a hint. What
//! cannot be placed is listed in [`Imported::unplaced`].
//!
//! Turn the items into corrections over fresh machine output with
//! [`corrections::log_from_items`](crate::corrections::log_from_items).
//!
//! Bad input is an [`Error`]: not JSON, a JSON file of another format, a newer
//! version, or an invalid field. The caller's current document is untouched
//! because nothing here has side effects.

use super::json::{self, AnnotationV1, ClaimV1, EntityV1, FigureV1, QuoteV1, SpanV1};
use super::w3c;
use crate::corrections::{sort_items, Anchor};
use crate::error::{Error, ErrorKind};
use crate::json_fields::Fields;
use crate::model::{
    Annotation, Claim, ClaimKind, Detail, Entity, EntityKind, Figure, FigureKind, Item, Kind,
    MarkIssue, Origin, Qualifier, Quote, QuoteStyle, Span, Status,
};
use crate::text::Document;
#[cfg(test)]
use serde::Deserialize;
use serde_json::Value;

/// Which format a file was.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Lede JSON (`lede.annotations`).
    LedeJson,
    /// W3C Web Annotation JSON-LD.
    W3c,
}

impl Format {
    /// A name for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::LedeJson => "Lede JSON",
            Format::W3c => "W3C Web Annotation",
        }
    }
}

/// An annotation of the file that could not be placed on the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Unplaced {
    /// Its id in the file.
    pub id: String,
    /// Its kind (`figure`, `quote`, …) as the file says.
    pub kind: String,
    /// Its text.
    pub exact: String,
    /// Why, as a sentence.
    pub reason: String,
}

/// What [`import`] read.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The file's format.
    pub format: Format,
    /// The text the items are placed on.
    pub text: String,
    /// The title, if the file has one.
    pub title: Option<String>,
    /// The placed items, sorted as [`corrections::apply`](crate::corrections::apply) sorts them.
    pub items: Vec<Item>,
    /// What could not be placed.
    pub unplaced: Vec<Unplaced>,
}

/// Reads a Lede JSON or W3C file. With `text`, the annotations are placed on
/// it (re-anchored by quote where it differs from the file's); without it, on
/// the text inside the file.
pub fn import(input: &str, text: Option<&str>) -> Result<Imported, Error> {
    let value: Value = serde_json::from_str(input).map_err(|e| Error::not_json(&e))?;
    match detect(&value)? {
        Format::LedeJson => import_lede(value, text),
        Format::W3c => import_w3c(&value, text),
    }
}

/// Tells the format of a parsed file.
fn detect(value: &Value) -> Result<Format, Error> {
    if let Some(format) = value.get("format").and_then(Value::as_str) {
        return match format {
            json::FORMAT => Ok(Format::LedeJson),
            crate::corrections::storage::FORMAT => Err(Error::wrong_format(
                "this is a stored Lede document (lede.document), not an export",
            )),
            other => Err(Error::wrong_format(format!(
                "unknown format \"{other}\" (expected \"{}\" or W3C Web Annotation)",
                json::FORMAT
            ))),
        };
    }
    let is_w3c_type = |v: &Value| {
        matches!(
            v.get("type").and_then(Value::as_str),
            Some("AnnotationCollection" | "AnnotationPage" | "Annotation")
        )
    };
    let w3c = match value {
        Value::Array(items) => !items.is_empty() && items.iter().all(is_w3c_type),
        Value::Object(_) => is_w3c_type(value),
        _ => false,
    };
    if w3c {
        Ok(Format::W3c)
    } else {
        Err(Error::wrong_format(
            "neither Lede JSON (no \"format\" field) nor W3C Web Annotation (no \"type\")",
        ))
    }
}

fn import_lede(value: Value, text: Option<&str>) -> Result<Imported, Error> {
    let version = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| Error::invalid("no numeric \"version\" field"))?;
    if version > u64::from(json::VERSION) {
        return Err(Error::new(ErrorKind::NewerVersion {
            format: json::FORMAT.to_string(),
            found: version,
            supported: u64::from(json::VERSION),
        }));
    }
    if version != u64::from(json::VERSION) {
        return Err(Error::invalid(format!("unknown version {version}")));
    }
    let file = json::FileV1::from_value(&value).map_err(Error::invalid)?;
    let file_doc = Document::new(file.document.text.clone());
    let doc = Document::new(text.unwrap_or(&file.document.text).to_string());
    let same_text = doc.text() == file_doc.text();
    let fix = Fixer {
        file_doc: &file_doc,
        doc: &doc,
    };
    let mut items = Vec::new();
    let mut unplaced = Vec::new();
    for (i, a) in file.annotations.iter().enumerate() {
        let what = |e: String| Error::invalid(format!("annotation {i} ({}): {e}", a.id));
        let kind = Kind::parse(&a.kind).ok_or_else(|| what(format!("unknown kind {}", a.kind)))?;
        let file_span = fix.file_span(a.start, a.end);
        let anchor = Anchor::new(&file_doc, file_span);
        let span = if same_text && file_doc.slice(file_span) == a.text {
            Some(file_span)
        } else {
            let anchor = if file_doc.slice(file_span) == a.text {
                anchor
            } else {
                Anchor {
                    exact: a.text.clone(),
                    prefix: String::new(),
                    suffix: String::new(),
                    position: a.start,
                }
            };
            anchor.locate(&doc)
        };
        let Some(span) = span else {
            unplaced.push(Unplaced {
                id: a.id.clone(),
                kind: a.kind.clone(),
                exact: a.text.clone(),
                reason: "its text is not in the document".to_string(),
            });
            continue;
        };
        let detail = detail_from_v1(kind, a, &fix, file_span, span).map_err(what)?;
        items.push(Item {
            id: a.id.clone(),
            origin: Origin::parse(&a.origin)
                .ok_or_else(|| what(format!("unknown origin {}", a.origin)))?,
            status: Status::parse(&a.status)
                .ok_or_else(|| what(format!("unknown status {}", a.status)))?,
            annotation: Annotation {
                span,
                confidence: a.confidence,
                detail,
            },
        });
    }
    sort_items(&mut items);
    Ok(Imported {
        format: Format::LedeJson,
        text: doc.text().to_string(),
        title: file.document.title,
        items,
        unplaced,
    })
}

/// Converts offsets between the file's document and the target one.
struct Fixer<'a> {
    file_doc: &'a Document,
    doc: &'a Document,
}

impl Fixer<'_> {
    /// A code point range of the file's text as a byte span.
    fn file_span(&self, start: usize, end: usize) -> Span {
        let ix = self.file_doc.index();
        Span::new(ix.byte_of_char(start), ix.byte_of_char(end))
    }

    /// A secondary span (speaker, cue) given in code points of the file's
    /// text, moved along with its annotation from `from` (file bytes) to `to`
    /// (target bytes); `None` when its text is not there after the move.
    fn moved(&self, span: Option<SpanV1>, from: Span, to: Span) -> Option<Span> {
        let s = self.file_span(span?.start, span?.end);
        let text = self.file_doc.slice(s);
        if self.file_doc.text() == self.doc.text() {
            return Some(s);
        }
        let start = (s.start as isize + to.start as isize - from.start as isize).max(0) as usize;
        let moved = Span::new(start, start + s.len());
        (self.doc.text().get(moved.range()) == Some(text)).then_some(moved)
    }
}

fn parse_or<T>(s: &str, parse: fn(&str) -> Option<T>, what: &str) -> Result<T, String> {
    parse(s).ok_or_else(|| format!("unknown {what} \"{s}\""))
}

/// Builds the details of a Lede JSON annotation (missing details are the
/// defaults of the kind).
fn detail_from_v1(
    kind: Kind,
    a: &AnnotationV1,
    fix: &Fixer<'_>,
    from: Span,
    to: Span,
) -> Result<Detail, String> {
    Ok(match kind {
        Kind::Figure => Detail::Figure(match &a.figure {
            Some(f) => figure_from_v1(f)?,
            None => Figure {
                display: a.text.clone(),
                ..Figure::default()
            },
        }),
        Kind::Quote => Detail::Quote(match &a.quote {
            Some(q) => quote_from_v1(q, fix, from, to)?,
            None => Quote::default(),
        }),
        Kind::Claim => Detail::Claim(match &a.claim {
            Some(c) => claim_from_v1(c)?,
            None => Claim::default(),
        }),
        Kind::Entity => Detail::Entity(match &a.entity {
            Some(e) => entity_from_v1(e)?,
            None => Entity {
                name: a.text.as_str().into(),
                ..Entity::default()
            },
        }),
    })
}

fn figure_from_v1(f: &FigureV1) -> Result<Figure, String> {
    Ok(Figure {
        value: f.value,
        value_high: f.value_high,
        qualifier: parse_or(&f.qualifier, Qualifier::parse, "qualifier")?,
        unit: f.unit.clone(),
        kind: parse_or(&f.kind, FigureKind::parse, "figure kind")?,
        display: f.display.clone(),
        iso: f.iso.clone(),
    })
}

fn quote_from_v1(q: &QuoteV1, fix: &Fixer<'_>, from: Span, to: Span) -> Result<Quote, String> {
    let speaker_span = fix.moved(q.speaker_span, from, to);
    let cue_span = fix.moved(q.cue_span, from, to);
    Ok(Quote {
        style: parse_or(&q.style, QuoteStyle::parse, "quote style")?,
        speaker: q.speaker.clone(),
        speaker_mention: q.speaker_mention.clone(),
        speaker_span,
        cue: q.cue.clone(),
        cue_span,
        marks: match &q.marks {
            Some(m) => Some(parse_or(m, MarkIssue::parse, "mark issue")?),
            None => None,
        },
    })
}

fn claim_from_v1(c: &ClaimV1) -> Result<Claim, String> {
    Ok(Claim {
        score: c.score,
        kind: parse_or(&c.kind, ClaimKind::parse, "claim kind")?,
        reasons: c.reasons.iter().collect(),
    })
}

fn entity_from_v1(e: &EntityV1) -> Result<Entity, String> {
    Ok(Entity {
        name: e.name.as_str().into(),
        entity_kind: parse_or(&e.entity_kind, EntityKind::parse, "entity kind")?,
    })
}

/// The Lede details carried by a W3C annotation's JSON body.
#[cfg_attr(test, derive(Debug, PartialEq, Deserialize))]
struct DetailBody {
    id: String,
    kind: String,
    origin: String,
    status: String,
    confidence: f32,
    #[cfg_attr(test, serde(default))]
    figure: Option<FigureV1>,
    #[cfg_attr(test, serde(default))]
    quote: Option<QuoteV1>,
    #[cfg_attr(test, serde(default))]
    claim: Option<ClaimV1>,
    #[cfg_attr(test, serde(default))]
    entity: Option<EntityV1>,
}

impl DetailBody {
    /// Reads the body's JSON text (by hand, as [`json::FileV1::from_value`]).
    fn from_str(s: &str) -> Result<DetailBody, String> {
        let value: Value = serde_json::from_str(s).map_err(|e| e.to_string())?;
        DetailBody::from_value(&value)
    }

    fn from_value(value: &Value) -> Result<DetailBody, String> {
        let f = Fields::new(value, "struct DetailBody")?;
        Ok(DetailBody {
            id: f.string("id")?,
            kind: f.string("kind")?,
            origin: f.string("origin")?,
            status: f.string("status")?,
            confidence: f.f32("confidence")?,
            figure: f.opt("figure", FigureV1::from_value)?,
            quote: f.opt("quote", QuoteV1::from_value)?,
            claim: f.opt("claim", ClaimV1::from_value)?,
            entity: f.opt("entity", EntityV1::from_value)?,
        })
    }
}

/// The quote and position selectors of a W3C target.
struct Selectors {
    exact: String,
    /// False for a target with only a position selector (its `exact` is then
    /// filled from the text).
    has_quote: bool,
    prefix: String,
    suffix: String,
    start: Option<usize>,
    end: Option<usize>,
}

fn selectors(target: &Value) -> Option<Selectors> {
    let target = match target {
        Value::Array(ts) => ts.first()?,
        t => t,
    };
    let list: Vec<&Value> = match target.get("selector")? {
        Value::Array(v) => v.iter().collect(),
        v => vec![v],
    };
    let of_type = |t: &str| {
        list.iter()
            .find(|s| s.get("type").and_then(Value::as_str) == Some(t))
    };
    let string = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let number = |v: &Value, k: &str| v.get(k).and_then(Value::as_u64).map(|n| n as usize);
    let position = of_type("TextPositionSelector");
    let quote = of_type("TextQuoteSelector");
    let exact = quote.and_then(|q| string(q, "exact"));
    if exact.is_none() && position.is_none() {
        return None;
    }
    Some(Selectors {
        exact: exact.unwrap_or_default(),
        has_quote: quote.is_some(),
        prefix: quote.and_then(|q| string(q, "prefix")).unwrap_or_default(),
        suffix: quote.and_then(|q| string(q, "suffix")).unwrap_or_default(),
        start: position.and_then(|p| number(p, "start")),
        end: position.and_then(|p| number(p, "end")),
    })
}

fn import_w3c(value: &Value, text: Option<&str>) -> Result<Imported, Error> {
    let (annotations, file_text, title): (Vec<&Value>, Option<&str>, Option<String>) = match value {
        Value::Array(items) => (items.iter().collect(), None, None),
        v => match v.get("type").and_then(Value::as_str) {
            Some("AnnotationCollection") => {
                let items = v
                    .get("first")
                    .and_then(|p| p.get("items"))
                    .or_else(|| v.get("items"))
                    .and_then(Value::as_array)
                    .ok_or_else(|| Error::invalid("the collection has no first.items"))?;
                (
                    items.iter().collect(),
                    v.get("lede:text").and_then(Value::as_str),
                    v.get("label").and_then(Value::as_str).map(str::to_string),
                )
            }
            Some("AnnotationPage") => (
                v.get("items")
                    .and_then(Value::as_array)
                    .ok_or_else(|| Error::invalid("the page has no items"))?
                    .iter()
                    .collect(),
                None,
                None,
            ),
            _ => (vec![v], None, None),
        },
    };
    let title = title.filter(|t| t != "Lede annotations");
    let Some(text) = text.or(file_text) else {
        return Err(Error::invalid(
            "the file does not include the text it annotates: open that text first (or give it with --text)",
        ));
    };
    let doc = Document::new(text.to_string());
    let same_text = file_text == Some(text);
    // Secondary spans (speaker, cue) are code points of the file's text; with
    // the same text they are used as they are, else moved along.
    let file_doc = Document::new(file_text.unwrap_or(text).to_string());
    let fix = Fixer {
        file_doc: &file_doc,
        doc: &doc,
    };
    let mut items = Vec::new();
    let mut unplaced = Vec::new();
    for (i, a) in annotations.iter().enumerate() {
        let motivation = a.get("motivation").and_then(Value::as_str).unwrap_or("");
        if motivation == "linking" {
            continue;
        }
        let what = |e: String| Error::invalid(format!("annotation {i}: {e}"));
        let bodies: Vec<&Value> = match a.get("body") {
            Some(Value::Array(b)) => b.iter().collect(),
            Some(b) => vec![b],
            None => Vec::new(),
        };
        let detail_body = bodies
            .iter()
            .find(|b| b.get("format").and_then(Value::as_str) == Some(w3c::DETAIL_FORMAT))
            .and_then(|b| b.get("value").and_then(Value::as_str))
            .map(|s| DetailBody::from_str(s).map_err(what))
            .transpose()?;
        let classified = bodies
            .iter()
            .find(|b| b.get("purpose").and_then(Value::as_str) == Some("classifying"))
            .and_then(|b| b.get("value").and_then(Value::as_str));
        let id = detail_body
            .as_ref()
            .map(|d| d.id.clone())
            .unwrap_or_else(|| {
                a.get("id")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string()
            });
        let kind_name = detail_body
            .as_ref()
            .map(|d| d.kind.as_str())
            .or(classified)
            .unwrap_or("");
        let Some(mut target) = a.get("target").and_then(selectors) else {
            unplaced.push(Unplaced {
                id,
                kind: kind_name.to_string(),
                exact: String::new(),
                reason: "its target has no text quote or position selector".to_string(),
            });
            continue;
        };
        if !target.has_quote {
            // Only a position: trust it if it fits the text.
            let len = doc.index().len_chars();
            match (target.start, target.end) {
                (Some(s), Some(e)) if s < e && e <= len => {
                    let ix = doc.index();
                    target.exact = doc
                        .slice(Span::new(ix.byte_of_char(s), ix.byte_of_char(e)))
                        .to_string();
                }
                _ => {
                    unplaced.push(Unplaced {
                        id,
                        kind: kind_name.to_string(),
                        exact: String::new(),
                        reason: "its position is outside the text".to_string(),
                    });
                    continue;
                }
            }
        }
        let Some(kind) = Kind::parse(kind_name) else {
            unplaced.push(Unplaced {
                id,
                kind: kind_name.to_string(),
                exact: target.exact,
                reason: "it is not classified as a figure, quote, claim or entity".to_string(),
            });
            continue;
        };
        let ix = doc.index();
        let direct = match (target.start, target.end) {
            (Some(s), Some(e)) if same_text || text == doc.text() => {
                let span = Span::new(ix.byte_of_char(s), ix.byte_of_char(e));
                (doc.slice(span) == target.exact).then_some(span)
            }
            _ => None,
        };
        let span = direct.or_else(|| {
            Anchor {
                exact: target.exact.clone(),
                prefix: target.prefix.clone(),
                suffix: target.suffix.clone(),
                position: target.start.unwrap_or(0),
            }
            .locate(&doc)
        });
        let Some(span) = span else {
            unplaced.push(Unplaced {
                id,
                kind: kind_name.to_string(),
                exact: target.exact,
                reason: "its text is not in the document".to_string(),
            });
            continue;
        };
        let item = match detail_body {
            Some(d) => {
                let from = match (target.start, target.end) {
                    (Some(s), Some(e)) => fix.file_span(s, e),
                    _ => span,
                };
                let a1 = AnnotationV1 {
                    id: d.id,
                    kind: d.kind,
                    start: 0,
                    end: 0,
                    text: doc.slice(span).to_string(),
                    origin: d.origin,
                    status: d.status,
                    confidence: d.confidence,
                    figure: d.figure,
                    quote: d.quote,
                    claim: d.claim,
                    entity: d.entity,
                };
                Item {
                    id: a1.id.clone(),
                    origin: Origin::parse(&a1.origin)
                        .ok_or_else(|| what(format!("unknown origin {}", a1.origin)))?,
                    status: Status::parse(&a1.status)
                        .ok_or_else(|| what(format!("unknown status {}", a1.status)))?,
                    annotation: Annotation {
                        span,
                        confidence: a1.confidence,
                        detail: detail_from_v1(kind, &a1, &fix, from, span).map_err(what)?,
                    },
                }
            }
            None => Item {
                id,
                origin: Origin::User,
                status: Status::Accepted,
                annotation: Annotation {
                    span,
                    confidence: 1.0,
                    detail: crate::corrections::default_detail(kind, doc.slice(span)),
                },
            },
        };
        items.push(item);
    }
    sort_items(&mut items);
    Ok(Imported {
        format: Format::W3c,
        text: doc.text().to_string(),
        title,
        items,
        unplaced,
    })
}

#[cfg(test)]
mod tests {
    //! The hand-written readers against the serde derives they replace.
    use super::*;
    use crate::json_fields::one_field_changed;

    /// The sample's Lede JSON with one annotation of each kind.
    fn small_file() -> Value {
        let doc = Document::new(crate::sample::SAMPLE_ARTICLE);
        let items = crate::extract(&doc).items();
        let text = json::to_string_pretty(&doc, &items, &super::super::ExportOptions::default());
        let mut file: Value = serde_json::from_str(&text).unwrap();
        let mut seen = Vec::new();
        if let Some(annotations) = file["annotations"].as_array_mut() {
            annotations.retain(|a| {
                let kind = a["kind"].clone();
                let first = !seen.contains(&kind);
                seen.push(kind);
                first
            });
        }
        assert_eq!(file["annotations"].as_array().map(Vec::len), Some(4));
        file
    }

    /// Checks that `by_hand` and the derive accept the same inputs (`v` with
    /// any one field changed) and read the same thing.
    fn check<T: PartialEq + std::fmt::Debug + serde::de::DeserializeOwned>(
        v: &Value,
        by_hand: fn(&Value) -> Result<T, String>,
    ) -> usize {
        let mut inputs = one_field_changed(v);
        inputs.push(v.clone());
        let mut accepted = 0;
        for input in &inputs {
            let derived = serde_json::from_value::<T>(input.clone()).ok();
            let read = by_hand(input).ok();
            assert_eq!(read, derived, "{input}");
            accepted += usize::from(read.is_some());
        }
        assert!(inputs.len() > 50, "{}", inputs.len());
        accepted
    }

    #[test]
    fn lede_json_reader_agrees_with_the_derive() {
        assert!(check(&small_file(), json::FileV1::from_value) > 20);
    }

    #[test]
    fn detail_body_reader_agrees_with_the_derive() {
        for annotation in small_file()["annotations"].as_array().unwrap() {
            let mut body = annotation.clone();
            for positional in ["start", "end", "text"] {
                body.as_object_mut().unwrap().remove(positional);
            }
            assert!(check(&body, DetailBody::from_value) > 5);
        }
    }
}
