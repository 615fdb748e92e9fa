//! `AppState` and `Action`: all the app's logic, as a plain
//! `fn apply(&mut self, Action)` tested natively. `impl Reducible` is a thin
//! adapter that skips the render when nothing changed.

use std::rc::Rc;

use lede_core::corrections::{self, storage::Entry, Attribute, Change, Log, Op, Orphan, Replay};
use lede_core::{sample, Annotation, Document, Item, Kind, Origin, Status};
use yew::{AttrValue, Reducible};

use crate::view_model::{ViewModel, KINDS};

/// Largest file or paste accepted, in bytes (stated in the message).
pub const MAX_INPUT_BYTES: usize = 8 * 1024 * 1024;

/// Which messages can be shown; a new message replaces the one with the same key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKey {
    /// About the pasted or opened input.
    Input,
    /// About saving to or loading from storage.
    Storage,
    /// About another tab editing the same document.
    Sync,
    /// About importing a file.
    Import,
}

impl NoticeKey {
    /// A name for `data-testid`.
    pub fn as_str(self) -> &'static str {
        match self {
            NoticeKey::Input => "input",
            NoticeKey::Storage => "storage",
            NoticeKey::Sync => "sync",
            NoticeKey::Import => "import",
        }
    }
}

/// How serious a message is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// For information.
    Info,
    /// Something went wrong but nothing is lost.
    Warning,
    /// Something could not be done.
    Error,
}

/// A visible message (banner).
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    /// What it is about.
    pub key: NoticeKey,
    /// How serious.
    pub level: Level,
    /// The sentence shown.
    pub text: AttrValue,
}

/// A highlight under the pointer or focus, with where to show its tooltip.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    /// The item's id.
    pub id: AttrValue,
    /// Viewport x of the tooltip's anchor.
    pub x: f64,
    /// Viewport y of the tooltip's anchor (bottom of the highlight).
    pub y: f64,
}

/// The set of kinds hidden by the legend toggles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct KindSet(u8);

impl KindSet {
    fn bit(kind: Kind) -> u8 {
        match kind {
            Kind::Figure => 1,
            Kind::Quote => 2,
            Kind::Claim => 4,
            Kind::Entity => 8,
        }
    }

    /// True when `kind` is in the set.
    pub fn contains(self, kind: Kind) -> bool {
        self.0 & Self::bit(kind) != 0
    }

    /// Adds or removes `kind`.
    pub fn toggle(&mut self, kind: Kind) {
        self.0 ^= Self::bit(kind);
    }
}

/// Everything that can happen.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A new text (pasted, typed, opened or the sample), with an optional title.
    SetText {
        /// The article text.
        text: String,
        /// A title found with it (HTML `<title>`, file name).
        title: Option<String>,
    },
    /// The user edited the title field.
    SetTitle(String),
    /// Show or hide one kind of highlight.
    ToggleKind(Kind),
    /// Select an item (or nothing).
    Select(Option<AttrValue>),
    /// Select the next visible item in document order.
    SelectNext,
    /// Select the previous visible item in document order.
    SelectPrevious,
    /// Open or close the details of the selected item.
    ToggleDetails,
    /// Open or close the keyboard help.
    ToggleHelp,
    /// Close overlays (Escape).
    Escape,
    /// The pointer or focus is on a highlight, or left it.
    Hover(Option<Hover>),
    /// Show a message.
    Notify(Notice),
    /// Hide the message with that key.
    Dismiss(NoticeKey),
    /// Show or hide rejected items.
    ToggleShowRejected,
    /// Accept the selected item.
    Accept,
    /// Reject the selected item.
    Reject,
    /// Change the selected item's kind.
    Retype(Kind),
    /// Move a boundary of the selected item by one word.
    MoveBoundary {
        /// The start (else the end).
        start: bool,
        /// Rightwards (else leftwards).
        forward: bool,
    },
    /// Set an attribute of the selected item.
    SetAttribute(Attribute),
    /// Add an annotation over a byte span (a text selection).
    Add {
        /// Start byte.
        start: usize,
        /// End byte.
        end: usize,
        /// Its kind.
        kind: Kind,
    },
    /// Delete the selected user item (machine items are rejected).
    Delete,
    /// Undo the last correction.
    Undo,
    /// Redo the last undone correction.
    Redo,
    /// Open or close the attribute editor of the selected item.
    ToggleEditor,
    /// Open or close the documents list.
    ToggleDocuments,
    /// Open a stored document (or restore the current one's corrections).
    Open(Box<Entry>),
    /// Another tab saved this document: take its version.
    ExternalChange(Box<Entry>),
    /// Saving failed (quota, storage disabled): keep working in memory.
    StorageFailed(String),
    /// Saving works again.
    StorageOk,
    /// Replace the document and corrections with imported items.
    Import {
        /// The text.
        text: String,
        /// Its title.
        title: Option<String>,
        /// The items to restore (as corrections over the machine output).
        items: Vec<Item>,
        /// A message about what could not be placed, if anything.
        message: Option<String>,
    },
}

/// The whole state of the app.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The document's title.
    pub title: AttrValue,
    /// The document.
    pub doc: Rc<Document>,
    /// The text, shared with the input field.
    pub text: AttrValue,
    /// Machine output of the last extraction.
    pub machine: Rc<Vec<Annotation>>,
    /// What the views draw.
    pub view: ViewModel,
    /// Kinds hidden by the legend.
    pub hidden: KindSet,
    /// Selected item.
    pub selected: Option<AttrValue>,
    /// Details of the selected item are open.
    pub details_open: bool,
    /// The help overlay is open.
    pub help_open: bool,
    /// Highlight under pointer or focus.
    pub hover: Option<Hover>,
    /// Messages shown as banners.
    pub notices: Vec<Notice>,
    /// Rejected items are drawn.
    pub show_rejected: bool,
    /// Bumped for each new document (keys the paragraphs).
    pub generation: u32,
    /// The corrections and the effective items (machine output with the
    /// corrections applied), updated one correction at a time.
    pub replay: Rc<Replay>,
    /// Corrections that could not be placed.
    pub orphans: Rc<Vec<Orphan>>,
    /// Bumped on every change worth saving (log or title).
    pub revision: u32,
    /// The storage key of the text (hashed once per text, when first asked
    /// for: after the first paint of a pasted text).
    pub key: Rc<std::cell::OnceCell<String>>,
    /// Number of words in the text (counted once per text).
    pub words: usize,
    /// When the stored entry was created (ms since the epoch), if stored.
    pub created: Option<u64>,
    /// The storage key of the text this one was edited from.
    pub replaces: Option<AttrValue>,
    /// The attribute editor is open.
    pub editor_open: bool,
    /// The documents list is open.
    pub documents_open: bool,
    /// Saving to storage currently fails.
    pub storage_failed: bool,
    /// The state is what storage holds (just opened from it, or taken from
    /// another tab's save), so there is nothing to save. Writing it back
    /// would echo the other tab's change to it, and two tabs would keep
    /// overwriting each other with crossing versions.
    pub stored: bool,
}

/// Cheap comparison: the document, machine output and view model compare by
/// pointer (they are replaced, never mutated in place).
impl PartialEq for AppState {
    fn eq(&self, other: &AppState) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && Rc::ptr_eq(&self.machine, &other.machine)
            && self.view.same(&other.view)
            && self.title == other.title
            && self.text == other.text
            && self.hidden == other.hidden
            && self.selected == other.selected
            && self.details_open == other.details_open
            && self.help_open == other.help_open
            && self.hover == other.hover
            && self.notices == other.notices
            && self.show_rejected == other.show_rejected
            && self.generation == other.generation
            && Rc::ptr_eq(&self.replay, &other.replay)
            && self.revision == other.revision
            && self.created == other.created
            && self.replaces == other.replaces
            && self.editor_open == other.editor_open
            && self.documents_open == other.documents_open
            && self.storage_failed == other.storage_failed
            && self.stored == other.stored
    }
}

impl Default for AppState {
    fn default() -> AppState {
        AppState::with_text(sample::SAMPLE_ARTICLE, sample::SAMPLE_TITLE)
    }
}

impl AppState {
    /// A state showing `text` under `title`.
    pub fn with_text(text: &str, title: &str) -> AppState {
        let mut state = AppState {
            title: AttrValue::from(title.to_string()),
            doc: Rc::new(Document::new("")),
            text: AttrValue::default(),
            machine: Rc::new(Vec::new()),
            view: ViewModel::default(),
            hidden: KindSet::default(),
            selected: None,
            details_open: false,
            help_open: false,
            hover: None,
            notices: Vec::new(),
            show_rejected: false,
            generation: 0,
            replay: Rc::new(Replay::default()),
            orphans: Rc::new(Vec::new()),
            revision: 0,
            key: Rc::default(),
            words: 0,
            created: None,
            replaces: None,
            editor_open: false,
            documents_open: false,
            storage_failed: false,
            stored: false,
        };
        state.load_text(text.to_string());
        state
    }

    /// A state showing a stored document.
    pub fn from_entry(entry: Entry) -> AppState {
        let mut state = AppState::with_text(&entry.text, entry.title.as_deref().unwrap_or(""));
        state.restore(entry);
        state
    }

    /// The storage key of the current document.
    pub fn key(&self) -> String {
        self.key
            .get_or_init(|| corrections::storage::key(&self.doc))
            .clone()
    }

    /// The corrections.
    pub fn log(&self) -> &Log {
        self.replay.log()
    }

    /// True when there is nothing worth saving: the untouched sample, or no text.
    pub fn is_pristine(&self) -> bool {
        self.doc.text().trim().is_empty()
            || (self.log().ops().is_empty()
                && self.doc.text() == sample::SAMPLE_ARTICLE
                && self.title == sample::SAMPLE_TITLE)
    }

    /// The entry to store (no machine output).
    pub fn entry(&self, now: u64) -> Entry {
        Entry {
            text: self.doc.text().to_string(),
            title: (!self.title.is_empty()).then(|| self.title.to_string()),
            log: self.log().clone(),
            created: self.created.unwrap_or(now),
            modified: now,
        }
    }

    /// `(reviewed, total)` over the highlighted kinds.
    pub fn progress(&self) -> (usize, usize) {
        let shown = self.view.items.iter();
        let (mut reviewed, mut total) = (0, 0);
        for v in shown {
            total += 1;
            if v.status != Status::Suggested || v.origin == Origin::User {
                reviewed += 1;
            }
        }
        (reviewed, total)
    }

    fn restore(&mut self, entry: Entry) {
        if entry.text != self.doc.text() {
            self.load_text(entry.text.clone());
        }
        self.title = entry.title.unwrap_or_default().into();
        self.created = Some(entry.created);
        self.replay_log(entry.log);
    }

    fn selected_item(&self) -> Option<&Item> {
        let id = self.selected.as_ref()?;
        self.replay.get(id).map(|it| &**it)
    }

    /// Pushes a correction on the selected item, built by `make`.
    fn correct(&mut self, make: impl FnOnce(&Document, &Item) -> Option<Op>) {
        let Some(item) = self.selected_item() else {
            return;
        };
        let Some(op) = make(&self.doc, item) else {
            return;
        };
        let mut replay = (*self.replay).clone();
        let change = replay.push(&self.doc, op);
        self.replay = Rc::new(replay);
        self.changed(&change);
    }

    /// Replays a whole log over the machine output and rebuilds the view
    /// (a new text, or a stored log).
    fn replay_log(&mut self, log: Log) {
        self.replay = Rc::new(Replay::new(&self.doc, &self.machine, log));
        self.orphans = Rc::new(self.replay.orphans().to_vec());
        self.after_change();
        self.rebuild();
    }

    /// After one correction: updates only what it touched.
    fn changed(&mut self, change: &Change) {
        if self.orphans.len() != self.replay.orphans().len() {
            self.orphans = Rc::new(self.replay.orphans().to_vec());
        }
        self.after_change();
        self.view = self.view.update(&self.doc, change, self.show_rejected);
    }

    fn after_change(&mut self) {
        self.revision = self.revision.wrapping_add(1);
        if let Some(id) = &self.selected {
            if self.replay.get(id).is_none() {
                self.selected = None;
                self.editor_open = false;
            }
        }
    }

    /// The byte where the word boundary one step from `pos` lies.
    fn word_step(&self, pos: usize, forward: bool) -> usize {
        let text = self.doc.text();
        let is_word = |c: char| {
            c.is_alphanumeric() || matches!(c, '\'' | '’' | '%' | '£' | '$' | '€' | '.' | ',')
        };
        if forward {
            let rest = &text[pos..];
            let mut it = rest.char_indices().peekable();
            // Skip non-word, then the word.
            while it.peek().is_some_and(|&(_, c)| !is_word(c)) {
                it.next();
            }
            while it.peek().is_some_and(|&(_, c)| is_word(c)) {
                it.next();
            }
            pos + it.peek().map_or(rest.len(), |&(i, _)| i)
        } else {
            let before = &text[..pos];
            let mut end = before.len();
            let mut chars = before.char_indices().rev().peekable();
            while chars.peek().is_some_and(|&(_, c)| !is_word(c)) {
                let (i, _) = chars.next().expect("peeked");
                end = i;
            }
            while chars.peek().is_some_and(|&(_, c)| is_word(c)) {
                let (i, _) = chars.next().expect("peeked");
                end = i;
            }
            end
        }
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        // Any action but taking the stored version leaves the state as the
        // user made it (only changes of the log or title are saved anyway).
        self.stored = false;
        match action {
            Action::SetText { text, title } => {
                if text.trim().is_empty() {
                    self.notify(
                        NoticeKey::Input,
                        Level::Warning,
                        "The input is empty: paste an article, drop a .txt, .html or .md file, or load the sample.",
                    );
                } else if text.len() > MAX_INPUT_BYTES {
                    self.notify(NoticeKey::Input, Level::Error, &too_large(text.len()));
                    return;
                } else {
                    self.dismiss(NoticeKey::Input);
                }
                let edit = is_edit(self.doc.text(), &text);
                match title {
                    Some(title) => self.title = title.into(),
                    None if !edit => self.title = AttrValue::default(),
                    None => {}
                }
                if edit && !self.log().ops().is_empty() {
                    // Corrections follow the text (re-anchored by quote).
                    self.replaces = Some(self.key().into());
                } else {
                    self.replaces = None;
                    self.replay = Rc::new(Replay::default());
                    self.created = None;
                }
                self.load_text(text);
            }
            Action::SetTitle(title) => self.title = title.into(),
            Action::ToggleKind(kind) => {
                self.hidden.toggle(kind);
                if let Some(sel) = self.selected_item_kind() {
                    if self.hidden.contains(sel) {
                        self.selected = None;
                        self.details_open = false;
                    }
                }
            }
            Action::Select(id) => {
                self.selected = id.filter(|id| self.view.position(id).is_some());
                if self.selected.is_none() {
                    self.details_open = false;
                }
            }
            Action::SelectNext => self.step(true),
            Action::SelectPrevious => self.step(false),
            Action::ToggleDetails => {
                self.details_open = self.selected.is_some() && !self.details_open
            }
            Action::ToggleHelp => self.help_open = !self.help_open,
            Action::Escape => {
                if self.help_open {
                    self.help_open = false;
                } else if self.details_open {
                    self.details_open = false;
                } else {
                    self.hover = None;
                }
            }
            Action::Hover(hover) => self.hover = hover,
            Action::Notify(notice) => {
                self.notices.retain(|n| n.key != notice.key);
                self.notices.push(notice);
            }
            Action::Dismiss(key) => self.dismiss(key),
            Action::ToggleShowRejected => {
                self.show_rejected = !self.show_rejected;
                self.rebuild();
            }
            Action::Accept => self.correct(|doc, it| Some(Op::accept(doc, it))),
            Action::Reject => self.correct(|doc, it| Some(Op::reject(doc, it))),
            Action::Retype(kind) => self.correct(|doc, it| {
                (it.annotation.kind() != kind).then(|| Op::set_kind(doc, it, kind))
            }),
            Action::MoveBoundary { start, forward } => {
                let Some(span) = self.selected_item().map(|it| it.annotation.span) else {
                    return;
                };
                let edge = if start { span.start } else { span.end };
                let moved = self.word_step(edge, forward);
                let new = if start {
                    lede_core::Span::new(moved.min(span.end), span.end)
                } else {
                    lede_core::Span::new(span.start, moved.max(span.start))
                };
                if new != span && !new.is_empty() {
                    self.correct(|doc, it| Some(Op::set_span(doc, it, new)));
                }
            }
            Action::SetAttribute(attribute) => {
                self.correct(|doc, it| Some(Op::set(doc, it, attribute)));
            }
            Action::Add { start, end, kind } => {
                let text = self.doc.text();
                let (start, end) = (start.min(text.len()), end.min(text.len()));
                if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                    return;
                }
                // Trim spaces the selection caught.
                let slice = &text[start..end];
                let start = start + (slice.len() - slice.trim_start().len());
                let end = end - (slice.len() - slice.trim_end().len());
                if start >= end {
                    return;
                }
                let mut replay = (*self.replay).clone();
                let id = replay.log().next_user_id();
                let change =
                    replay.push(&self.doc, Op::add(&self.doc, start..end, kind, id.clone()));
                self.replay = Rc::new(replay);
                self.changed(&change);
                self.selected = Some(id.into());
            }
            Action::Delete => self.correct(|doc, it| {
                Some(if it.origin == Origin::User {
                    Op::delete(doc, it)
                } else {
                    Op::reject(doc, it)
                })
            }),
            Action::Undo | Action::Redo => {
                let mut replay = (*self.replay).clone();
                let change = if action_is_undo(&action) {
                    replay.undo()
                } else {
                    replay.redo(&self.doc)
                };
                if let Some(change) = change {
                    self.replay = Rc::new(replay);
                    self.changed(&change);
                }
            }
            Action::ToggleEditor => self.editor_open = self.selected.is_some() && !self.editor_open,
            Action::ToggleDocuments => self.documents_open = !self.documents_open,
            Action::Open(entry) => {
                self.documents_open = false;
                self.dismiss(NoticeKey::Input);
                self.restore(*entry);
                self.stored = true;
            }
            Action::ExternalChange(entry) => {
                if entry.text == self.doc.text() {
                    self.restore(*entry);
                    self.notify(
                        NoticeKey::Sync,
                        Level::Info,
                        "This document was changed in another tab: showing the latest version.",
                    );
                    // After the notice (applying it clears the flag).
                    self.stored = true;
                }
            }
            Action::StorageFailed(message) => {
                self.storage_failed = true;
                self.notify(NoticeKey::Storage, Level::Warning, &message);
            }
            Action::StorageOk => {
                if self.storage_failed {
                    self.storage_failed = false;
                    self.dismiss(NoticeKey::Storage);
                }
            }
            Action::Import {
                text,
                title,
                items,
                message,
            } => {
                self.load_text(text);
                self.title = title.unwrap_or_default().into();
                self.created = None;
                let log = corrections::log_from_items(&self.doc, &self.machine, &items);
                self.replay_log(log);
                match message {
                    Some(m) => self.notify(NoticeKey::Import, Level::Warning, &m),
                    None => self.notify(NoticeKey::Import, Level::Info, "Imported."),
                }
            }
        }
    }

    /// Shows a message.
    pub fn notify(&mut self, key: NoticeKey, level: Level, text: &str) {
        self.apply(Action::Notify(Notice {
            key,
            level,
            text: AttrValue::from(text.to_string()),
        }));
    }

    fn dismiss(&mut self, key: NoticeKey) {
        self.notices.retain(|n| n.key != key);
    }

    /// Items the keyboard moves between: shown kinds, rejected only if shown.
    pub fn navigable(&self) -> impl Iterator<Item = &Rc<crate::view_model::ViewItem>> {
        self.view.items.iter().filter(|v| {
            !self.hidden.contains(v.kind)
                && (self.show_rejected || v.status != lede_core::Status::Rejected)
        })
    }

    fn selected_item_kind(&self) -> Option<Kind> {
        let id = self.selected.as_ref()?;
        self.view.item(id).map(|v| v.kind)
    }

    fn step(&mut self, forward: bool) {
        let current = self
            .selected
            .as_ref()
            .and_then(|id| self.view.item(id))
            .map(|v| (v.span.start, std::cmp::Reverse(v.span.end), v.id.clone()));
        let order: Vec<_> = self.navigable().collect();
        if order.is_empty() {
            return;
        }
        let next = match current {
            None => {
                if forward {
                    order.first()
                } else {
                    order.last()
                }
            }
            Some((start, end, id)) => {
                let pos = order.iter().position(|v| v.id == id);
                match pos {
                    Some(p) if forward => order.get(p + 1).or(order.last()),
                    Some(p) => order.get(p.saturating_sub(1)),
                    None if forward => order
                        .iter()
                        .find(|v| (v.span.start, std::cmp::Reverse(v.span.end)) > (start, end))
                        .or(order.last()),
                    None => order
                        .iter()
                        .rev()
                        .find(|v| (v.span.start, std::cmp::Reverse(v.span.end)) < (start, end))
                        .or(order.first()),
                }
            }
        };
        self.selected = next.map(|v| v.id.clone());
    }

    fn load_text(&mut self, text: String) {
        let doc = Document::new(text);
        let machine = lede_core::extract(&doc).annotations;
        self.text = AttrValue::from(doc.text().to_string());
        self.key = Rc::default();
        self.words = doc.text().split_whitespace().count();
        self.doc = Rc::new(doc);
        self.machine = Rc::new(machine);
        self.selected = None;
        self.details_open = false;
        self.hover = None;
        self.generation = self.generation.wrapping_add(1);
        self.view = ViewModel::default();
        self.editor_open = false;
        let log = self.log().clone();
        self.replay_log(log);
    }

    /// Recomputes the view model from the machine items.
    fn rebuild(&mut self) {
        self.view = ViewModel::build_reusing(
            &self.doc,
            self.replay.items(),
            self.show_rejected,
            &self.view,
        );
    }

    /// Number of words in the document.
    pub fn word_count(&self) -> usize {
        self.words
    }

    /// Counts per kind (not rejected).
    pub fn counts(&self) -> [(Kind, usize); 3] {
        KINDS.map(|k| {
            (
                k,
                self.view
                    .items
                    .iter()
                    .filter(|v| v.kind == k && v.status != lede_core::Status::Rejected)
                    .count(),
            )
        })
    }
}

fn action_is_undo(action: &Action) -> bool {
    matches!(action, Action::Undo)
}

/// True when `new` looks like an edit of `old` rather than another text: their
/// common prefix and suffix cover at least half of the shorter one.
pub fn is_edit(old: &str, new: &str) -> bool {
    let prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let shorter = old.len().min(new.len());
    shorter > 0 && (prefix + suffix).min(shorter) * 2 >= shorter
}

/// The message for an input over the size limit.
pub fn too_large(bytes: usize) -> String {
    format!(
        "This is too large: {} MB. Lede takes articles up to {} MB.",
        lede_core::decimal::fixed(bytes as f64 / 1_048_576.0, 1),
        MAX_INPUT_BYTES / 1_048_576
    )
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "“We will send 30 ships,” the minister said on Tuesday.\n\
        The council said 3,500 homes lost power, up 20% on last year.";

    fn state() -> AppState {
        AppState::with_text(TEXT, "Test")
    }

    #[test]
    fn a_stored_version_is_not_saved_back_but_the_next_change_is() {
        let mut s = state();
        s.apply(Action::SelectNext);
        s.apply(Action::Accept);
        assert!(!s.stored);
        let entry = s.entry(1);
        let mut other = state();
        other.apply(Action::ExternalChange(Box::new(entry.clone())));
        assert!(other.stored, "taken from another tab: nothing to save");
        assert_eq!(other.log().ops(), entry.log.ops());
        let mut reopened = state();
        reopened.apply(Action::Open(Box::new(entry)));
        assert!(reopened.stored, "opened from storage: nothing to save");
        reopened.apply(Action::SelectNext);
        reopened.apply(Action::Reject);
        assert!(!reopened.stored, "a correction after it is saved");
    }

    #[test]
    fn first_visit_shows_the_sample() {
        let s = AppState::default();
        assert_eq!(s.text.as_str(), sample::SAMPLE_ARTICLE);
        assert_eq!(s.title.as_str(), sample::SAMPLE_TITLE);
        assert!(!s.view.items.is_empty(), "the sample has annotations");
    }

    #[test]
    fn set_text_extracts_and_clears_selection() {
        let mut s = state();
        s.apply(Action::SelectNext);
        assert!(s.selected.is_some());
        s.apply(Action::SetText {
            text: "Some 40 people came.".into(),
            title: Some("New".into()),
        });
        assert_eq!(s.selected, None);
        assert_eq!(s.title.as_str(), "New");
        assert_eq!(s.doc.text(), "Some 40 people came.");
    }

    #[test]
    fn typing_keeps_the_title_and_replacing_clears_it() {
        let mut s = state();
        let mut edited = TEXT.to_string();
        edited.insert_str(10, "really ");
        s.apply(Action::SetText {
            text: edited,
            title: None,
        });
        assert_eq!(s.title.as_str(), "Test");
        s.apply(Action::SetText {
            text: "A different story of 12 words.".into(),
            title: None,
        });
        assert_eq!(s.title.as_str(), "");
    }

    #[test]
    fn empty_input_is_reported() {
        let mut s = state();
        s.apply(Action::SetText {
            text: "  \n ".into(),
            title: None,
        });
        assert_eq!(s.notices.len(), 1);
        assert!(s.notices[0].text.contains("empty"));
        s.apply(Action::SetText {
            text: "Text again.".into(),
            title: None,
        });
        assert!(s.notices.is_empty());
    }

    #[test]
    fn oversize_input_is_refused_with_the_limit() {
        let mut s = state();
        let big = "a ".repeat(MAX_INPUT_BYTES / 2 + 1);
        s.apply(Action::SetText {
            text: big,
            title: None,
        });
        assert!(s.notices[0].text.contains("8 MB"), "{}", s.notices[0].text);
        assert_eq!(s.doc.text(), TEXT, "the current document is kept");
    }

    #[test]
    fn keyboard_steps_through_visible_items_in_order() {
        let mut s = state();
        let all: Vec<AttrValue> = s.navigable().map(|v| v.id.clone()).collect();
        assert!(all.len() >= 2, "{all:?}");
        s.apply(Action::SelectNext);
        assert_eq!(s.selected.as_ref(), Some(&all[0]));
        s.apply(Action::SelectNext);
        assert_eq!(s.selected.as_ref(), Some(&all[1]));
        s.apply(Action::SelectPrevious);
        assert_eq!(s.selected.as_ref(), Some(&all[0]));
        s.apply(Action::SelectPrevious);
        assert_eq!(s.selected.as_ref(), Some(&all[0]), "stays at the first");
    }

    #[test]
    fn hiding_a_kind_skips_it_and_drops_its_selection() {
        let mut s = state();
        let first_figure = s
            .view
            .items
            .iter()
            .find(|v| v.kind == Kind::Figure)
            .map(|v| v.id.clone());
        s.apply(Action::Select(first_figure.clone()));
        assert_eq!(s.selected, first_figure);
        s.apply(Action::ToggleKind(Kind::Figure));
        assert_eq!(s.selected, None);
        assert!(s.navigable().all(|v| v.kind != Kind::Figure));
        s.apply(Action::ToggleKind(Kind::Figure));
        assert!(!s.hidden.contains(Kind::Figure));
    }

    #[test]
    fn selecting_an_unknown_id_selects_nothing() {
        let mut s = state();
        s.apply(Action::Select(Some("q:999-1000".into())));
        assert_eq!(s.selected, None);
    }

    #[test]
    fn escape_closes_help_then_details() {
        let mut s = state();
        s.apply(Action::SelectNext);
        s.apply(Action::ToggleDetails);
        s.apply(Action::ToggleHelp);
        s.apply(Action::Escape);
        assert!(!s.help_open && s.details_open);
        s.apply(Action::Escape);
        assert!(!s.details_open);
    }

    fn select_first(s: &mut AppState, kind: Kind) -> AttrValue {
        let id = s
            .view
            .items
            .iter()
            .find(|v| v.kind == kind)
            .map(|v| v.id.clone())
            .expect("an item of that kind");
        s.apply(Action::Select(Some(id.clone())));
        id
    }

    fn status_of(s: &AppState, id: &str) -> Option<Status> {
        s.view.item(id).map(|v| v.status)
    }

    #[test]
    fn accept_reject_undo_redo() {
        let mut s = state();
        let id = select_first(&mut s, Kind::Figure);
        let (reviewed, total) = s.progress();
        assert_eq!(reviewed, 0);
        s.apply(Action::Accept);
        assert_eq!(status_of(&s, &id), Some(Status::Accepted));
        assert_eq!(s.progress(), (1, total));
        s.apply(Action::Reject);
        assert_eq!(status_of(&s, &id), Some(Status::Rejected));
        s.apply(Action::Undo);
        assert_eq!(status_of(&s, &id), Some(Status::Accepted));
        s.apply(Action::Undo);
        assert_eq!(status_of(&s, &id), Some(Status::Suggested));
        s.apply(Action::Redo);
        assert_eq!(status_of(&s, &id), Some(Status::Accepted));
    }

    #[test]
    fn retype_and_move_boundary() {
        let mut s = state();
        select_first(&mut s, Kind::Figure);
        let before = s.log().ops().len();
        s.apply(Action::MoveBoundary {
            start: false,
            forward: true,
        });
        assert_eq!(s.log().ops().len(), before + 1);
        let sel = s.selected.clone().expect("still selected");
        let v = s.view.item(&sel).expect("item").clone();
        assert_eq!(v.status, Status::Edited);
        s.apply(Action::Retype(Kind::Claim));
        let sel = s.selected.clone().expect("still selected");
        assert_eq!(s.view.item(&sel).map(|v| v.kind), Some(Kind::Claim));
    }

    #[test]
    fn add_from_a_selection_and_delete_it() {
        let mut s = state();
        let start = TEXT.find("the minister").unwrap();
        s.apply(Action::Add {
            start,
            end: start + "the minister ".len(),
            kind: Kind::Quote,
        });
        let id = s.selected.clone().expect("the new item is selected");
        let v = s.view.item(&id).expect("added").clone();
        assert_eq!(v.text.as_str(), "the minister", "spaces are trimmed");
        assert_eq!(v.origin, Origin::User);
        s.apply(Action::Delete);
        assert!(s.view.item(&id).is_none());
        s.apply(Action::Undo);
        assert!(s.view.item(&id).is_some());
    }

    #[test]
    fn entries_round_trip_and_never_hold_machine_output() {
        let mut s = state();
        select_first(&mut s, Kind::Figure);
        s.apply(Action::Reject);
        let entry = s.entry(1_000);
        assert_eq!(entry.log.ops().len(), 1);
        let encoded = corrections::storage::encode(&entry);
        assert!(!encoded.contains("\"confidence\""), "{encoded}");
        let back = AppState::from_entry(corrections::storage::decode(&encoded).unwrap());
        assert_eq!(back.progress(), s.progress());
        assert_eq!(back.title, s.title);
    }

    #[test]
    fn editing_the_text_keeps_the_corrections() {
        let mut s = state();
        let id = select_first(&mut s, Kind::Figure);
        s.apply(Action::Accept);
        let old_key = s.key();
        s.apply(Action::SetText {
            text: format!("{TEXT} More."),
            title: None,
        });
        assert_eq!(s.log().ops().len(), 1);
        assert_eq!(s.replaces.as_deref(), Some(old_key.as_str()));
        assert_eq!(status_of(&s, &id), Some(Status::Accepted));
        s.apply(Action::SetText {
            text: "Something else entirely, 5 cats.".into(),
            title: None,
        });
        assert!(s.log().ops().is_empty());
    }

    #[test]
    fn no_op_returns_the_same_rc() {
        let s = Rc::new(state());
        let same = s.clone().reduce(Action::Dismiss(NoticeKey::Sync));
        assert!(Rc::ptr_eq(&s, &same));
    }
}
