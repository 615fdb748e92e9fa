//! `AppState` and `Action`: all the app's logic, as a plain
//! `fn apply(&mut self, Action)` tested natively. `impl Reducible` is a thin
//! adapter that skips the render when nothing changed.

use std::rc::Rc;

use lede_core::{sample, Document, Item, Kind};
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
    pub machine: Rc<Vec<Item>>,
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
        };
        state.load_text(text.to_string());
        state
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
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
                match title {
                    Some(title) => self.title = title.into(),
                    None if !is_edit(self.doc.text(), &text) => self.title = AttrValue::default(),
                    None => {}
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
        let machine = lede_core::extract(&doc).items();
        self.text = AttrValue::from(doc.text().to_string());
        self.doc = Rc::new(doc);
        self.machine = Rc::new(machine);
        self.selected = None;
        self.details_open = false;
        self.hover = None;
        self.generation = self.generation.wrapping_add(1);
        self.view = ViewModel::default();
        self.rebuild();
    }

    /// Recomputes the view model from the machine items.
    fn rebuild(&mut self) {
        let mut view = ViewModel::build(&self.doc, &self.machine, self.show_rejected);
        view.reuse_paragraphs(&self.view);
        self.view = view;
    }

    /// Number of words in the document.
    pub fn word_count(&self) -> usize {
        self.doc.text().split_whitespace().count()
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
        "This is too large: {:.1} MB. Lede takes articles up to {} MB.",
        bytes as f64 / 1_048_576.0,
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

    #[test]
    fn no_op_returns_the_same_rc() {
        let s = Rc::new(state());
        let same = s.clone().reduce(Action::Dismiss(NoticeKey::Sync));
        assert!(Rc::ptr_eq(&s, &same));
    }
}
