//! [`Replay`]: the items after a log's ops, kept up to date one op at a time.
//!
//! What it does: holds the log, the items (sorted as [`apply`](super::apply)
//! sorts them, each in an `Rc`) and, for every op in effect, the item it
//! changed. Pushing an op applies only that op; undo puts the changed item
//! back; redo applies the op again. Each returns a [`Change`] (the item
//! before and after), so a view can redraw only what the op touched.
//!
//! Why: an app calling [`apply`](super::apply) after every key replays the
//! whole log over thousands of items; on a long article that costs more than
//! a frame. Cloning a `Replay` copies pointers, not items, so an immutable
//! app state can hold one.
//!
//! The result is always the one [`apply`](super::apply) gives for the same
//! log (a property test checks it): both resolve targets independently of
//! the items' order.
//!
//! # Example
//!
//! ```
//! use lede_core::corrections::{apply, Log, Op, Replay};
//! use lede_core::{Document, Kind, Status};
//!
//! let doc = Document::new("The council will spend 30 pounds on 12 pumps.");
//! let machine = lede_core::extract(&doc).annotations;
//! let mut replay = Replay::new(&doc, &machine, Log::default());
//! let first = replay.items()[0].clone();
//! let change = replay.push(&doc, Op::accept(&doc, &first));
//! assert_eq!(change.after.as_ref().map(|it| it.status), Some(Status::Accepted));
//! let undone = replay.undo().expect("one op to undo");
//! assert_eq!(undone.after.as_ref().map(|it| it.status), Some(Status::Suggested));
//! let id = replay.log().next_user_id();
//! replay.push(&doc, Op::add(&doc, 4..11, Kind::Quote, id));
//! assert_eq!(replay.applied(), apply(&doc, &machine, replay.log()));
//! ```

use std::rc::Rc;

use super::{effect, order_key, sort_items, Applied, Effect, Log, Op, Orphan, OrphanReason};
use crate::model::{Annotation, Item};
use crate::text::Document;

/// One item as it was before a change and as it is after it: `before` is
/// `None` for an added item, `after` is `None` for a removed one, and both
/// are `None` when the op could not be placed (it is an orphan).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Change {
    /// The item before.
    pub before: Option<Rc<Item>>,
    /// The item after.
    pub after: Option<Rc<Item>>,
}

impl Change {
    /// The same change the other way round (what undoing it does).
    pub fn reversed(&self) -> Change {
        Change {
            before: self.after.clone(),
            after: self.before.clone(),
        }
    }
}

/// The items after the ops in effect of a log, updated one op at a time.
#[derive(Clone, Debug, Default)]
pub struct Replay {
    log: Log,
    items: Vec<Rc<Item>>,
    /// One per op in effect: what it changed.
    steps: Vec<Change>,
    orphans: Vec<Orphan>,
}

impl Replay {
    /// Replays the ops in effect of `log` over the `machine` annotations.
    pub fn new(doc: &Document, machine: &[Annotation], log: Log) -> Replay {
        let mut items: Vec<Item> = machine.iter().cloned().map(Item::machine).collect();
        sort_items(&mut items);
        let mut replay = Replay {
            items: items.into_iter().map(Rc::new).collect(),
            steps: Vec::with_capacity(log.cursor()),
            orphans: Vec::new(),
            log,
        };
        for index in 0..replay.log.cursor() {
            replay.step(doc, index);
        }
        replay
    }

    /// The log.
    pub fn log(&self) -> &Log {
        &self.log
    }

    /// Every item (rejected ones included), in the order of
    /// [`Applied::items`].
    pub fn items(&self) -> &[Rc<Item>] {
        &self.items
    }

    /// The ops in effect that could not be placed, in log order.
    pub fn orphans(&self) -> &[Orphan] {
        &self.orphans
    }

    /// The item with id `id`.
    pub fn get(&self, id: &str) -> Option<&Rc<Item>> {
        self.items.iter().find(|it| it.id == id)
    }

    /// A copy as an [`Applied`], equal to what [`apply`](super::apply) gives.
    pub fn applied(&self) -> Applied {
        Applied {
            items: self.items.iter().map(|it| (**it).clone()).collect(),
            orphans: self.orphans.clone(),
        }
    }

    /// Pushes `op` on the log (dropping undone ops) and applies it.
    pub fn push(&mut self, doc: &Document, op: Op) -> Change {
        self.log.push(op);
        self.steps.truncate(self.log.cursor() - 1);
        self.step(doc, self.log.cursor() - 1)
    }

    /// Undoes the last op in effect; `None` when there is none.
    pub fn undo(&mut self) -> Option<Change> {
        if !self.log.undo() {
            return None;
        }
        let change = self.steps.pop().unwrap_or_default();
        if self
            .orphans
            .last()
            .is_some_and(|o| o.index == self.log.cursor())
        {
            self.orphans.pop();
        }
        if let Some(after) = &change.after {
            self.remove_item(after);
        }
        if let Some(before) = &change.before {
            self.insert(before.clone());
        }
        Some(change.reversed())
    }

    /// Redoes the next undone op; `None` when there is none.
    pub fn redo(&mut self, doc: &Document) -> Option<Change> {
        if !self.log.redo() {
            return None;
        }
        Some(self.step(doc, self.log.cursor() - 1))
    }

    /// Applies op `index` of the log (the one after the steps so far).
    fn step(&mut self, doc: &Document, index: usize) -> Change {
        let op = &self.log.ops()[index];
        let change = match apply_op(doc, &mut self.items, op) {
            Ok(change) => change,
            Err(reason) => {
                self.orphans.push(Orphan {
                    index,
                    op: op.clone(),
                    reason,
                });
                Change::default()
            }
        };
        self.steps.push(change.clone());
        change
    }

    fn insert(&mut self, item: Rc<Item>) {
        insert(&mut self.items, item);
    }

    /// Removes the item equal in order to `item` (same span, kind and id).
    fn remove_item(&mut self, item: &Item) {
        let key = order_key(item);
        if let Ok(at) = self.items.binary_search_by(|it| order_key(it).cmp(&key)) {
            self.items.remove(at);
        }
    }
}

/// Applies `op` to `items` (sorted by [`order_key`]), keeping them sorted.
pub(crate) fn apply_op(
    doc: &Document,
    items: &mut Vec<Rc<Item>>,
    op: &Op,
) -> Result<Change, OrphanReason> {
    let (before, after) = match effect(doc, items, op)? {
        Effect::Put(item) => {
            let same = items.iter().position(|it| it.id == item.id);
            (same.map(|i| items.remove(i)), Some(item))
        }
        Effect::Replace(i, item) => (Some(items.remove(i)), Some(item)),
        Effect::Remove(i) => (Some(items.remove(i)), None),
    };
    let after = after.map(Rc::new);
    if let Some(item) = &after {
        insert(items, item.clone());
    }
    Ok(Change { before, after })
}

/// Inserts `item` where [`order_key`] puts it.
fn insert(items: &mut Vec<Rc<Item>>, item: Rc<Item>) {
    let key = order_key(&item);
    let at = items.partition_point(|it| order_key(it) < key);
    items.insert(at, item);
}
