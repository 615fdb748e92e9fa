//! `log_from_items`: turns imported items back into corrections over fresh
//! machine output.
//!
//! # What it does
//! For each imported item it finds the machine annotation it came from (by
//! id, else by kind and span) and writes the ops that turn one into the
//! other: retype, move, set each differing attribute, then accept or reject.
//! Items with no machine counterpart become user annotations (`add`), keeping
//! their `u:` id when it is free. Unreviewed machine suggestions with no
//! counterpart are skipped: they are machine output, which is recomputed.
//!
//! # Why
//! The app stores corrections, never machine output, so an import has to
//! become a log like any other session's.
//!
//! # Example
//! Export → import → `log_from_items` → [`apply`](super::apply) → export gives
//! the same file when the text and the extractor are unchanged (a test proves
//! it for Lede JSON and W3C).

use super::{default_detail, replay::apply_op, Anchor, Attribute, Log, Op, Target};
use crate::model::{Annotation, Detail, Item, Origin, Status};
use crate::text::Document;
use std::collections::BTreeSet;

/// The corrections that turn `machine` into `items` on `doc`.
pub fn log_from_items(doc: &Document, machine: &[Annotation], items: &[Item]) -> Log {
    let mut log = Log::default();
    let machine_items: Vec<Item> = machine.iter().cloned().map(Item::machine).collect();
    let mut used = vec![false; machine_items.len()];
    let mut user_ids: BTreeSet<String> = BTreeSet::new();
    for it in items {
        let found = (it.origin == Origin::Machine)
            .then(|| {
                let by_id = machine_items
                    .iter()
                    .enumerate()
                    .position(|(i, m)| !used[i] && m.id == it.id);
                by_id.or_else(|| {
                    machine_items.iter().enumerate().position(|(i, m)| {
                        !used[i]
                            && m.annotation.kind() == it.annotation.kind()
                            && m.annotation.span == it.annotation.span
                    })
                })
            })
            .flatten();
        let mut ops = Vec::new();
        let mut current = match found {
            Some(i) => {
                used[i] = true;
                let mut current = vec![machine_items[i].clone()];
                if current[0].annotation.kind() != it.annotation.kind() {
                    step(
                        doc,
                        &mut current,
                        &mut ops,
                        Op::set_kind(doc, &machine_items[i], it.annotation.kind()),
                    );
                }
                if current[0].annotation.span != it.annotation.span {
                    let op = Op::set_span(doc, &current[0], it.annotation.span);
                    step(doc, &mut current, &mut ops, op);
                }
                current
            }
            None if it.origin == Origin::Machine && it.status == Status::Suggested => continue,
            None => {
                let id = if it.id.starts_with("u:") && !user_ids.contains(&it.id) {
                    it.id.clone()
                } else {
                    let mut n = user_ids.len() + 1;
                    while user_ids.contains(&format!("u:{n}")) {
                        n += 1;
                    }
                    format!("u:{n}")
                };
                user_ids.insert(id.clone());
                let kind = it.annotation.kind();
                let fresh = default_detail(kind, doc.slice(it.annotation.span));
                let attributes = differing(&fresh, &it.annotation.detail);
                let mut current = Vec::new();
                step(
                    doc,
                    &mut current,
                    &mut ops,
                    Op::Add {
                        id,
                        kind,
                        span: Anchor::new(doc, it.annotation.span),
                        attributes,
                    },
                );
                current
            }
        };
        if let Some(cur) = current.first().cloned() {
            for attribute in differing(&cur.annotation.detail, &it.annotation.detail) {
                let op = Op::set(doc, &current[0], attribute);
                step(doc, &mut current, &mut ops, op);
            }
            let target = || Target::of(doc, &current[0]);
            match it.status {
                Status::Accepted => ops.push(Op::Accept { target: target() }),
                Status::Rejected => ops.push(Op::Reject { target: target() }),
                Status::Suggested | Status::Edited => {}
            }
            current.clear();
        }
        for op in ops {
            log.push(op);
        }
    }
    log
}

/// Applies `op` to the one-item state and records it.
fn step(doc: &Document, current: &mut Vec<Item>, ops: &mut Vec<Op>, op: Op) {
    let mut items: Vec<std::rc::Rc<Item>> = current.drain(..).map(std::rc::Rc::new).collect();
    let _ = apply_op(doc, &mut items, &op);
    current.extend(items.iter().map(|it| (**it).clone()));
    ops.push(op);
}

/// The attributes of `to` that differ from `from` (same kind assumed).
fn differing(from: &Detail, to: &Detail) -> Vec<Attribute> {
    let a = attributes(from);
    attributes(to)
        .into_iter()
        .filter(|x| !a.contains(x))
        .collect()
}

/// Every editable attribute of a detail.
pub fn attributes(detail: &Detail) -> Vec<Attribute> {
    match detail {
        Detail::Figure(f) => vec![
            Attribute::Value(f.value),
            Attribute::ValueHigh(f.value_high),
            Attribute::Unit(f.unit.clone()),
            Attribute::Qualifier(f.qualifier),
            Attribute::FigureKind(f.kind),
        ],
        Detail::Quote(q) => vec![
            Attribute::QuoteStyle(q.style),
            Attribute::Speaker(q.speaker.clone()),
            Attribute::Cue(q.cue.clone()),
        ],
        Detail::Claim(c) => vec![Attribute::ClaimKind(c.kind)],
        Detail::Entity(e) => vec![
            Attribute::EntityName(e.name.to_string()),
            Attribute::EntityKind(e.entity_kind),
        ],
    }
}
