//! Corrections: the user's changes as a log of operations replayed on top of
//! the machine annotations.
//!
//! Main types:
//! - [`Op`]: one correction (accept, reject, retype, move a boundary, edit an
//!   attribute, add, delete), built with the constructors on [`Op`];
//! - [`Target`]: which item an op is about, anchored by text ([`Anchor`]) so
//!   that it re-attaches when the text or the extractor's output changes;
//! - [`Log`]: the ops with an undo cursor (`push`, `undo`, `redo`);
//! - [`apply`]: machine annotations + log → [`Applied`] items, plus the
//!   [`Orphan`]s that could not be placed (reported, never dropped);
//! - [`Replay`]: the same result kept up to date one op at a time (push,
//!   undo, redo), each returning the [`Change`] it made, for an app that
//!   redraws only what a correction touched;
//! - [`storage`]: the persisted, versioned form of one document's entry.
//!
//! The machine output is never stored: it is recomputed and the log replayed.
//! Replaying 200 ops over a 10,000-word article takes about 3 ms natively
//! (`cargo bench -p lede-core --bench corrections`); a [`Replay`] applies one
//! op in time proportional to the number of items, not of ops.
//!
//! # From a reducer
//!
//! Keep the document, the machine annotations, the log and the last
//! [`Applied`]; every action pushes an op (or moves the cursor) and replays.
//! Items are addressed by their stable `id`. Browser selections are UTF-16
//! offsets: convert them with [`CharIndex::byte_of_utf16`](crate::CharIndex::byte_of_utf16).
//!
//! ```
//! use lede_core::corrections::{apply, storage, Applied, Attribute, Log, Op};
//! use lede_core::{extract, Annotation, Document, Kind, QuoteStyle};
//!
//! struct State { doc: Document, machine: Vec<Annotation>, log: Log, applied: Applied }
//!
//! enum Action { Accept(String), Restyle(String, QuoteStyle), Add(usize, usize, Kind), Undo, Redo }
//!
//! impl State {
//!     fn new(text: &str) -> State {
//!         let doc = Document::new(text);
//!         let machine = extract(&doc).annotations;
//!         let log = Log::default();
//!         let applied = apply(&doc, &machine, &log);
//!         State { doc, machine, log, applied }
//!     }
//!
//!     fn reduce(&mut self, action: Action) {
//!         let item = |id: &str| self.applied.get(id).cloned();
//!         let op = match action {
//!             Action::Accept(id) => item(&id).map(|it| Op::accept(&self.doc, &it)),
//!             Action::Restyle(id, style) => item(&id)
//!                 .map(|it| Op::set(&self.doc, &it, Attribute::QuoteStyle(style))),
//!             Action::Add(utf16_start, utf16_end, kind) => {
//!                 let ix = self.doc.index();
//!                 let span = ix.byte_of_utf16(utf16_start)..ix.byte_of_utf16(utf16_end);
//!                 Some(Op::add(&self.doc, span, kind, self.log.next_user_id()))
//!             }
//!             Action::Undo => { self.log.undo(); None }
//!             Action::Redo => { self.log.redo(); None }
//!         };
//!         if let Some(op) = op {
//!             self.log.push(op);
//!         }
//!         self.applied = apply(&self.doc, &self.machine, &self.log);
//!     }
//! }
//!
//! let mut state = State::new("“We will sail,” the captain said. 👍 About 40 boats sank.");
//! let first = state.applied.items[0].id.clone();
//! state.reduce(Action::Accept(first.clone()));
//! state.reduce(Action::Add(37, 51, Kind::Figure)); // UTF-16 offsets of "About 40 boats"
//! let added = state.applied.get("u:1").unwrap().annotation.span;
//! assert_eq!(state.doc.slice(added), "About 40 boats");
//! let (reviewed, total) = state.applied.progress();
//! assert_eq!(reviewed, 2, "{reviewed} of {total} reviewed");
//! state.reduce(Action::Undo);
//! assert_eq!(state.applied.progress().0, 1);
//!
//! // What the app saves under `storage::key(&doc)` on every change.
//! let saved = storage::encode(&storage::Entry {
//!     text: state.doc.text().to_string(),
//!     title: None,
//!     log: state.log.clone(),
//!     created: 1_700_000_000_000,
//!     modified: 1_700_000_000_000,
//! });
//! assert_eq!(storage::decode(&saved).unwrap().log, state.log);
//! ```
//!
//! ```
//! use lede_core::corrections::{apply, Log, Op};
//! use lede_core::{extract, Document, Kind, Status};
//!
//! let doc = Document::new("The council will spend 30 pounds on 12 pumps.");
//! let machine = extract(&doc).annotations;
//! let mut log = Log::default();
//! let applied = apply(&doc, &machine, &log);
//! let first = &applied.items[0];
//! log.push(Op::reject(&doc, first));
//! assert_eq!(apply(&doc, &machine, &log).items[0].status, Status::Rejected);
//! log.undo();
//! assert_eq!(apply(&doc, &machine, &log).items[0].status, Status::Suggested);
//!
//! // Add a quote from a selection (byte span), then undo and redo it.
//! let id = log.next_user_id();
//! log.push(Op::add(&doc, 4..11, Kind::Quote, id.clone()));
//! let applied = apply(&doc, &machine, &log);
//! assert!(applied.items.iter().any(|it| it.id == id));
//! ```

mod anchor;
mod replay;
mod restore;
pub mod storage;

pub use anchor::{Anchor, CONTEXT};
pub use replay::{Change, Replay};
pub use restore::{attributes, log_from_items};

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) use anchor::floor_boundary as anchor_floor;

use crate::model::{
    Annotation, ClaimKind, Detail, Entity, EntityKind, Figure, FigureKind, Item, Kind, Origin,
    Qualifier, Quote, QuoteStyle, Span, Status,
};
use crate::text::Document;
use std::rc::Rc;

/// Share of the shorter span that must overlap to re-attach an op to an item
/// whose boundaries moved (the best intersection over union wins).
const MIN_OVERLAP: f64 = 0.5;
/// Score needed to re-attach an op to an item whose text changed.
const MIN_SCORE: f64 = 0.6;

/// Which item an operation is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// The item's id when the op was made (`u:3` ids of user items are
    /// stable; machine ids are a first guess, checked against the text).
    pub id: String,
    /// The item's kind when the op was made.
    pub kind: Kind,
    /// The item's span when the op was made.
    pub anchor: Anchor,
}

impl Target {
    /// The target for `item` as it is now in `doc`.
    pub fn of(doc: &Document, item: &Item) -> Target {
        Target {
            id: item.id.clone(),
            kind: item.annotation.kind(),
            anchor: Anchor::new(doc, item.annotation.span),
        }
    }
}

/// One attribute of an annotation the user can edit.
#[derive(Clone, Debug, PartialEq)]
pub enum Attribute {
    /// A quote's style (direct, partial, scare, title).
    QuoteStyle(QuoteStyle),
    /// A quote's canonical speaker (setting it clears the machine's speaker
    /// mention and span unless the name is unchanged).
    Speaker(Option<String>),
    /// A quote's cue verb.
    Cue(Option<String>),
    /// A figure's value.
    Value(Option<f64>),
    /// A figure's upper bound.
    ValueHigh(Option<f64>),
    /// A figure's unit or counted noun.
    Unit(Option<String>),
    /// A figure's qualifier.
    Qualifier(Qualifier),
    /// What sort of figure.
    FigureKind(FigureKind),
    /// What sort of claim.
    ClaimKind(ClaimKind),
    /// An entity's canonical name.
    EntityName(String),
    /// What an entity is.
    EntityKind(EntityKind),
}

impl Attribute {
    /// The kind of annotation this attribute belongs to.
    pub fn kind(&self) -> Kind {
        match self {
            Attribute::QuoteStyle(_) | Attribute::Speaker(_) | Attribute::Cue(_) => Kind::Quote,
            Attribute::Value(_)
            | Attribute::ValueHigh(_)
            | Attribute::Unit(_)
            | Attribute::Qualifier(_)
            | Attribute::FigureKind(_) => Kind::Figure,
            Attribute::ClaimKind(_) => Kind::Claim,
            Attribute::EntityName(_) | Attribute::EntityKind(_) => Kind::Entity,
        }
    }

    /// Sets this attribute on `detail`; false when it is of another kind.
    fn set(&self, detail: &mut Detail) -> bool {
        match (self, detail) {
            (Attribute::QuoteStyle(v), Detail::Quote(q)) => q.style = *v,
            (Attribute::Speaker(v), Detail::Quote(q)) => {
                if q.speaker != *v {
                    q.speaker_mention = None;
                    q.speaker_span = None;
                }
                q.speaker = v.clone();
            }
            (Attribute::Cue(v), Detail::Quote(q)) => {
                if q.cue != *v {
                    q.cue_span = None;
                }
                q.cue = v.clone();
            }
            (Attribute::Value(v), Detail::Figure(f)) => f.value = *v,
            (Attribute::ValueHigh(v), Detail::Figure(f)) => f.value_high = *v,
            (Attribute::Unit(v), Detail::Figure(f)) => f.unit = v.clone(),
            (Attribute::Qualifier(v), Detail::Figure(f)) => f.qualifier = *v,
            (Attribute::FigureKind(v), Detail::Figure(f)) => f.kind = *v,
            (Attribute::ClaimKind(v), Detail::Claim(c)) => c.kind = *v,
            (Attribute::EntityName(v), Detail::Entity(e)) => e.name = v.into(),
            (Attribute::EntityKind(v), Detail::Entity(e)) => e.entity_kind = *v,
            _ => return false,
        }
        true
    }
}

/// One correction.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Mark the item as right (status accepted).
    Accept {
        /// The item.
        target: Target,
    },
    /// Mark the item as wrong (status rejected; kept, hidden by default).
    Reject {
        /// The item.
        target: Target,
    },
    /// Change the item's kind; its details start afresh for the new kind.
    SetKind {
        /// The item.
        target: Target,
        /// The new kind.
        kind: Kind,
    },
    /// Move one or both boundaries: the item now covers `span`.
    SetSpan {
        /// The item.
        target: Target,
        /// The new span.
        span: Anchor,
    },
    /// Edit one attribute.
    Set {
        /// The item.
        target: Target,
        /// The new value.
        attribute: Attribute,
    },
    /// Add a user annotation over a selection.
    Add {
        /// The new item's id (`u:` + a number, see [`Log::next_user_id`]).
        id: String,
        /// Its kind.
        kind: Kind,
        /// Its span.
        span: Anchor,
        /// Attributes set at once (may be empty).
        attributes: Vec<Attribute>,
    },
    /// Delete a user annotation (machine ones are rejected instead).
    Delete {
        /// The item.
        target: Target,
    },
}

impl Op {
    /// Accept `item`.
    pub fn accept(doc: &Document, item: &Item) -> Op {
        Op::Accept {
            target: Target::of(doc, item),
        }
    }

    /// Reject `item`.
    pub fn reject(doc: &Document, item: &Item) -> Op {
        Op::Reject {
            target: Target::of(doc, item),
        }
    }

    /// Change the kind of `item`.
    pub fn set_kind(doc: &Document, item: &Item, kind: Kind) -> Op {
        Op::SetKind {
            target: Target::of(doc, item),
            kind,
        }
    }

    /// Make `item` cover `span` (bytes; clamped to the text and to character
    /// boundaries).
    pub fn set_span(doc: &Document, item: &Item, span: impl Into<Span>) -> Op {
        Op::SetSpan {
            target: Target::of(doc, item),
            span: Anchor::new(doc, span.into()),
        }
    }

    /// Move the start of `item` to byte `start` (the end stays).
    pub fn move_start(doc: &Document, item: &Item, start: usize) -> Op {
        Op::set_span(doc, item, Span::new(start, item.annotation.span.end))
    }

    /// Move the end of `item` to byte `end` (the start stays).
    pub fn move_end(doc: &Document, item: &Item, end: usize) -> Op {
        Op::set_span(doc, item, Span::new(item.annotation.span.start, end))
    }

    /// Set one attribute of `item`.
    pub fn set(doc: &Document, item: &Item, attribute: Attribute) -> Op {
        Op::Set {
            target: Target::of(doc, item),
            attribute,
        }
    }

    /// Add a user annotation of `kind` over `span` (bytes), with id `id`
    /// (take it from [`Log::next_user_id`]). An empty span cannot be placed:
    /// [`apply`] reports the op as an orphan, so check the selection first.
    pub fn add(doc: &Document, span: impl Into<Span>, kind: Kind, id: String) -> Op {
        Op::Add {
            id,
            kind,
            span: Anchor::new(doc, span.into()),
            attributes: Vec::new(),
        }
    }

    /// Delete the user annotation `item`.
    pub fn delete(doc: &Document, item: &Item) -> Op {
        Op::Delete {
            target: Target::of(doc, item),
        }
    }

    /// The target of this op (`None` for [`Op::Add`]).
    pub fn target(&self) -> Option<&Target> {
        match self {
            Op::Accept { target }
            | Op::Reject { target }
            | Op::SetKind { target, .. }
            | Op::SetSpan { target, .. }
            | Op::Set { target, .. }
            | Op::Delete { target } => Some(target),
            Op::Add { .. } => None,
        }
    }

    /// A short name: `accept`, `reject`, `set_kind`, `set_span`, `set`, `add`
    /// or `delete` (the `op` field of the stored form).
    pub fn name(&self) -> &'static str {
        match self {
            Op::Accept { .. } => "accept",
            Op::Reject { .. } => "reject",
            Op::SetKind { .. } => "set_kind",
            Op::SetSpan { .. } => "set_span",
            Op::Set { .. } => "set",
            Op::Add { .. } => "add",
            Op::Delete { .. } => "delete",
        }
    }
}

/// The operation log: every op pushed, and a cursor. Ops before the cursor are
/// in effect; ops after it were undone and can be redone until the next push.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Log {
    ops: Vec<Op>,
    cursor: usize,
}

impl Log {
    /// A log from stored parts (the cursor is clamped to the number of ops).
    pub fn from_parts(ops: Vec<Op>, cursor: usize) -> Log {
        let cursor = cursor.min(ops.len());
        Log { ops, cursor }
    }

    /// Every op, including undone ones after the cursor.
    pub fn ops(&self) -> &[Op] {
        &self.ops
    }

    /// The ops in effect (before the cursor).
    pub fn active(&self) -> &[Op] {
        &self.ops[..self.cursor]
    }

    /// How many ops are in effect.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Appends `op`, dropping the undone ops after the cursor.
    pub fn push(&mut self, op: Op) {
        self.ops.truncate(self.cursor);
        self.ops.push(op);
        self.cursor = self.ops.len();
    }

    /// Undoes the last op in effect; false when there is none.
    pub fn undo(&mut self) -> bool {
        if self.cursor == 0 {
            return false;
        }
        self.cursor -= 1;
        true
    }

    /// Redoes the next undone op; false when there is none.
    pub fn redo(&mut self) -> bool {
        if self.cursor == self.ops.len() {
            return false;
        }
        self.cursor += 1;
        true
    }

    /// True when [`Log::undo`] would do something.
    pub fn can_undo(&self) -> bool {
        self.cursor > 0
    }

    /// True when [`Log::redo`] would do something.
    pub fn can_redo(&self) -> bool {
        self.cursor < self.ops.len()
    }

    /// A fresh id for a user annotation: `u:` + one more than the largest
    /// number used by any op of the log (undone ones included).
    pub fn next_user_id(&self) -> String {
        let max = self
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Add { id, .. } => id.strip_prefix("u:")?.parse::<u64>().ok(),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        format!("u:{}", max + 1)
    }
}

/// Why an op could not be applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrphanReason {
    /// No item matches the op's target any more.
    TargetNotFound,
    /// The text of a new span (add, move a boundary) is not in the document.
    TextNotFound,
    /// The op does not fit the item (an attribute of another kind; delete on
    /// a machine annotation, which can only be rejected).
    NotApplicable,
}

impl OrphanReason {
    /// A sentence for the user.
    pub fn message(self) -> &'static str {
        match self {
            OrphanReason::TargetNotFound => "the annotation it changed is no longer there",
            OrphanReason::TextNotFound => "its text is no longer in the document",
            OrphanReason::NotApplicable => "it does not apply to that annotation",
        }
    }
}

/// An op of the log that could not be applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Orphan {
    /// Its index in [`Log::ops`].
    pub index: usize,
    /// The op itself.
    pub op: Op,
    /// Why.
    pub reason: OrphanReason,
}

/// The result of [`apply`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Applied {
    /// Every item (rejected ones included, with status rejected), sorted by
    /// start, then longer first, then kind, then id.
    pub items: Vec<Item>,
    /// The ops that could not be applied, in log order.
    pub orphans: Vec<Orphan>,
}

impl Applied {
    /// `(reviewed, total)` for a progress line ("23 of 41 reviewed"): every
    /// item counts, and reviewed ones are those whose status is not suggested.
    pub fn progress(&self) -> (usize, usize) {
        let reviewed = self
            .items
            .iter()
            .filter(|it| it.status != Status::Suggested)
            .count();
        (reviewed, self.items.len())
    }

    /// The item with id `id`.
    pub fn get(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|it| it.id == id)
    }
}

/// Replays the ops in effect of `log` over the `machine` annotations of `doc`.
/// Total: ops that cannot be placed end up in [`Applied::orphans`]. To follow
/// a log one op at a time (an app), keep a [`Replay`] instead.
pub fn apply(doc: &Document, machine: &[Annotation], log: &Log) -> Applied {
    Replay::new(doc, machine, log.clone()).applied()
}

/// Sorts items by start, longer first, kind, then id.
pub(crate) fn sort_items(items: &mut [Item]) {
    crate::sort::stable_sort_by(items, |a, b| {
        let (sa, sb) = (a.annotation.span, b.annotation.span);
        (
            sa.start,
            std::cmp::Reverse(sa.end),
            a.annotation.kind(),
            &a.id,
        )
            .cmp(&(
                sb.start,
                std::cmp::Reverse(sb.end),
                b.annotation.kind(),
                &b.id,
            ))
    });
}

/// What one op does to the items, computed against the items before it.
pub(crate) enum Effect {
    /// Put this item in, replacing an item with the same id if there is one.
    Put(Item),
    /// Replace item `i` with this one (same id).
    Replace(usize, Item),
    /// Remove item `i`.
    Remove(usize),
}

/// What `op` does to `items` (in any order: the result does not depend on
/// it).
pub(crate) fn effect(doc: &Document, items: &[Rc<Item>], op: &Op) -> Result<Effect, OrphanReason> {
    if let Op::Add {
        id,
        kind,
        span,
        attributes,
    } = op
    {
        let span = span.locate(doc).ok_or(OrphanReason::TextNotFound)?;
        let mut annotation = Annotation {
            span,
            confidence: 1.0,
            detail: default_detail(*kind, doc.slice(span)),
        };
        for attribute in attributes {
            if !attribute.set(&mut annotation.detail) {
                return Err(OrphanReason::NotApplicable);
            }
        }
        // A repeated id (a hand-edited log) replaces the earlier item.
        return Ok(Effect::Put(Item {
            id: id.clone(),
            origin: Origin::User,
            status: Status::Edited,
            annotation,
        }));
    }
    let Some(target) = op.target() else {
        return Err(OrphanReason::NotApplicable);
    };
    let i = resolve(doc, items, target).ok_or(OrphanReason::TargetNotFound)?;
    let mut item = (*items[i]).clone();
    match op {
        Op::Accept { .. } => item.status = Status::Accepted,
        Op::Reject { .. } => item.status = Status::Rejected,
        Op::SetKind { kind, .. } => {
            if item.annotation.kind() != *kind {
                item.annotation.detail = default_detail(*kind, doc.slice(item.annotation.span));
            }
            item.status = Status::Edited;
        }
        Op::SetSpan { span, .. } => {
            let span = span.locate(doc).ok_or(OrphanReason::TextNotFound)?;
            let old_text = doc.slice(item.annotation.span);
            // A figure's display form and an entity's name follow the text
            // unless the user or the machine made them differ from it.
            match &mut item.annotation.detail {
                Detail::Figure(f) if f.display == old_text => {
                    f.display = doc.slice(span).to_string();
                }
                Detail::Entity(e) if e.name == old_text => e.name = doc.slice(span).into(),
                _ => {}
            }
            item.annotation.span = span;
            item.status = Status::Edited;
        }
        Op::Set { attribute, .. } => {
            if !attribute.set(&mut item.annotation.detail) {
                return Err(OrphanReason::NotApplicable);
            }
            item.status = Status::Edited;
        }
        Op::Delete { .. } => {
            if item.origin != Origin::User {
                return Err(OrphanReason::NotApplicable);
            }
            return Ok(Effect::Remove(i));
        }
        Op::Add { .. } => return Err(OrphanReason::NotApplicable),
    }
    Ok(Effect::Replace(i, item))
}

/// The order items are sorted in: start, longer first, kind, id.
pub(crate) fn order_key(item: &Item) -> (usize, std::cmp::Reverse<usize>, Kind, &str) {
    let span = item.annotation.span;
    (
        span.start,
        std::cmp::Reverse(span.end),
        item.annotation.kind(),
        item.id.as_str(),
    )
}

/// Finds the item `target` means, in four steps: a user id; the same kind and
/// exact text (best context wins); the same kind overlapping where the exact
/// text now is (the extractor moved a boundary); the same kind with the best
/// anchor score (the text inside was edited). Ties go to the item first in
/// [`order_key`] order, so the answer does not depend on the items' order.
fn resolve(doc: &Document, items: &[Rc<Item>], target: &Target) -> Option<usize> {
    let anchor = &target.anchor;
    let position = |id: &str| items.iter().position(|it| it.id == id);
    if target.id.starts_with("u:") {
        return position(&target.id);
    }
    // 1. The same id with the same text: nothing moved.
    if let Some(i) = position(&target.id) {
        let it = &items[i];
        if it.annotation.kind() == target.kind
            && it.origin == Origin::Machine
            && doc.slice(it.annotation.span) == anchor.exact
        {
            return Some(i);
        }
    }
    let same_kind = || {
        items
            .iter()
            .enumerate()
            .filter(|(_, it)| it.annotation.kind() == target.kind && it.origin == Origin::Machine)
    };
    // 2. The same text elsewhere (the text around it changed).
    let best = |candidates: &mut dyn Iterator<Item = (usize, f64)>| {
        candidates.fold(None::<(usize, f64)>, |best, (i, score)| match best {
            Some((b, s))
                if s > score || (s == score && order_key(&items[b]) <= order_key(&items[i])) =>
            {
                best
            }
            _ => Some((i, score)),
        })
    };
    let exact = best(
        &mut same_kind()
            .filter(|(_, it)| doc.slice(it.annotation.span) == anchor.exact)
            .map(|(i, it)| (i, anchor.score(doc, it.annotation.span))),
    );
    if let Some((i, _)) = exact {
        return Some(i);
    }
    // 3. The extractor moved a boundary: overlap with where the text is now.
    if let Some(at) = anchor.locate(doc) {
        let overlapping = best(&mut same_kind().filter_map(|(i, it)| {
            let s = it.annotation.span;
            let inter = s.end.min(at.end).saturating_sub(s.start.max(at.start));
            let union = s.end.max(at.end) - s.start.min(at.start);
            let shorter = s.len().min(at.len());
            if union == 0 || shorter == 0 || (inter as f64 / shorter as f64) < MIN_OVERLAP {
                return None;
            }
            Some((i, inter as f64 / union as f64))
        }));
        if let Some((i, _)) = overlapping {
            return Some(i);
        }
    }
    // 4. The text inside changed: the best anchor score above a threshold.
    let scored = best(
        &mut same_kind()
            .map(|(i, it)| (i, anchor.score(doc, it.annotation.span)))
            .filter(|(_, score)| *score >= MIN_SCORE),
    );
    scored.map(|(i, _)| i)
}

/// Fresh details for an annotation of `kind` over `text`.
pub fn default_detail(kind: Kind, text: &str) -> Detail {
    match kind {
        Kind::Figure => Detail::Figure(Figure {
            display: text.to_string(),
            ..Figure::default()
        }),
        Kind::Quote => Detail::Quote(Quote::default()),
        Kind::Claim => Detail::Claim(crate::model::Claim {
            score: 1.0,
            ..crate::model::Claim::default()
        }),
        Kind::Entity => Detail::Entity(Entity {
            name: text.into(),
            ..Entity::default()
        }),
    }
}

// Native only: the tests use proptest and read golden files.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
