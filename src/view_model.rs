//! What the components draw, computed once per change of the annotations:
//! items in document order with their labels, one nested mark tree per
//! paragraph, speaker shares for the chart.
//!
//! Pure and tested natively. Highlights nest (a figure inside a quote inside a
//! claim); a highlight that crosses another's end is split into fragments that
//! share its id, so the marks always form a tree.

use std::borrow::Borrow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::rc::Rc;

use lede_core::corrections::Change;
use lede_core::decimal::fixed;
use lede_core::{Annotation, Detail, Document, Item, Kind, Origin, Span, Status};
use yew::AttrValue;

/// The kinds shown as highlights, in legend order.
pub const KINDS: [Kind; 3] = [Kind::Quote, Kind::Figure, Kind::Claim];

/// The user-facing plural name of a kind.
pub fn kind_plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Quote => "Quotes",
        Kind::Figure => "Figures",
        Kind::Claim => "Claims",
        Kind::Entity => "Names",
    }
}

/// The user-facing name of a status.
pub fn status_label(item_status: Status, origin: Origin) -> &'static str {
    match (item_status, origin) {
        (Status::Rejected, _) => "rejected",
        (_, Origin::User) => "added",
        (Status::Suggested, _) => "suggested",
        (Status::Accepted, _) => "accepted",
        (Status::Edited, _) => "edited",
    }
}

/// One annotation as the views show it.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewItem {
    /// Stable id (`q:10-40`, `u:…`).
    pub id: AttrValue,
    /// Kind.
    pub kind: Kind,
    /// Review status.
    pub status: Status,
    /// Machine or user.
    pub origin: Origin,
    /// Byte span.
    pub span: Span,
    /// Covered text.
    pub text: AttrValue,
    /// One-line summary of the details ("Amina Okafor · said").
    pub summary: AttrValue,
    /// Label for assistive technology ("Quote by Amina Okafor, suggested").
    pub aria: AttrValue,
    /// The annotation itself (details for the tooltip).
    pub annotation: Annotation,
}

/// A piece of a paragraph: text or a highlight with nested pieces.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// Plain text.
    Text(AttrValue),
    /// A highlight.
    Mark(MarkNode),
}

/// A highlight (or a fragment of one).
#[derive(Clone, Debug, PartialEq)]
pub struct MarkNode {
    /// The item's id.
    pub id: AttrValue,
    /// Kind.
    pub kind: Kind,
    /// Status.
    pub status: Status,
    /// Origin.
    pub origin: Origin,
    /// Label for assistive technology.
    pub aria: AttrValue,
    /// True for the first fragment of the item (the one focused and scrolled to).
    pub first: bool,
    /// What is inside.
    pub children: Vec<Node>,
}

/// One paragraph: its position and mark tree.
#[derive(Clone, Debug, PartialEq)]
pub struct ParagraphModel {
    /// Index in the document.
    pub index: usize,
    /// Byte span in the document.
    pub span: Span,
    /// The content.
    pub nodes: Vec<Node>,
}

/// Share of quotes and quoted words of one speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct SpeakerShare {
    /// Speaker's name ("Unattributed" when unknown).
    pub name: AttrValue,
    /// Number of quotes.
    pub quotes: usize,
    /// Number of quoted words.
    pub words: usize,
    /// Ids of the quotes, in document order.
    pub ids: Vec<AttrValue>,
    /// Positions of the quotes in the items.
    pub indices: Vec<usize>,
}

/// A shared value compared by pointer: props holding it compare in O(1).
/// Values are replaced, never mutated, so a new pointer means new content.
#[derive(Debug, Default)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }

    /// True when both point to the same value.
    pub fn ptr_eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The items of a view model.
pub type Items = Shared<Vec<Rc<ViewItem>>>;

/// Everything the views need.
#[derive(Clone, Debug, Default)]
pub struct ViewModel {
    /// Highlightable items (no entities), in document order.
    pub items: Items,
    /// One model per paragraph, each shared so unchanged ones compare cheaply.
    pub paragraphs: Shared<Vec<Shared<ParagraphModel>>>,
    /// Speakers by share of quotes.
    pub speakers: Shared<Vec<SpeakerShare>>,
}

impl ViewModel {
    /// Builds the view model of `items` over `doc`. Rejected items are left
    /// out of the paragraphs unless `show_rejected`.
    pub fn build<T: Borrow<Item>>(doc: &Document, items: &[T], show_rejected: bool) -> ViewModel {
        ViewModel::build_reusing(doc, items, show_rejected, &ViewModel::default())
    }

    /// Like [`ViewModel::build`], reusing the paragraphs of `old` that did
    /// not change (showing rejected items, reopening the same text).
    pub fn build_reusing<T: Borrow<Item>>(
        doc: &Document,
        items: &[T],
        show_rejected: bool,
        old: &ViewModel,
    ) -> ViewModel {
        let mut view: Vec<Rc<ViewItem>> = items
            .iter()
            .map(Borrow::borrow)
            .filter(|it| it.annotation.kind() != Kind::Entity)
            .filter(|it| it.annotation.span.end <= doc.text().len())
            .map(|it| Rc::new(view_item(doc, it)))
            .collect();
        lede_core::sort::stable_sort_by(&mut view, |a, b| {
            (a.span.start, Reverse(a.span.end), kind_rank(a.kind)).cmp(&(
                b.span.start,
                Reverse(b.span.end),
                kind_rank(b.kind),
            ))
        });
        let shown: Vec<usize> = (0..view.len())
            .filter(|&i| show_rejected || view[i].status != Status::Rejected)
            .collect();
        let paragraphs = paragraphs(doc, &view, &shown);
        let speakers = speaker_shares(&view);
        let mut model = ViewModel {
            items: Shared::new(view),
            paragraphs: Shared::new(paragraphs.into_iter().map(Shared::new).collect()),
            speakers: Shared::new(speakers),
        };
        model.reuse_paragraphs(old);
        model
    }

    /// The view model after one correction: only the item it changed is
    /// made again and only the paragraphs that item covered (before or after)
    /// are rebuilt; every other part keeps its `Rc`, so its component skips
    /// rendering. Gives what [`ViewModel::build`] gives for the new items.
    pub fn update(&self, doc: &Document, change: &Change, show_rejected: bool) -> ViewModel {
        let shown_item = |it: &Item| {
            it.annotation.kind() != Kind::Entity && it.annotation.span.end <= doc.text().len()
        };
        let before = change.before.as_deref().filter(|it| shown_item(it));
        let after = change.after.as_deref().filter(|it| shown_item(it));
        if before.is_none() && after.is_none() {
            return self.clone();
        }
        let mut items: Vec<Rc<ViewItem>> = (*self.items).clone();
        let mut touched: Vec<Span> = Vec::new();
        if let Some(b) = before {
            if let Some(i) = items.iter().position(|v| v.id == b.id.as_str()) {
                items.remove(i);
            }
            touched.push(b.annotation.span);
        }
        if let Some(a) = after {
            let new = Rc::new(view_item(doc, a));
            let at = items.partition_point(|v| view_order(v) < view_order(&new));
            items.insert(at, new);
            touched.push(a.annotation.span);
        }
        let paras = doc.paragraphs();
        let mut rebuild: Vec<usize> = Vec::new();
        for p in touched.iter().flat_map(|&span| covering(paras, span)) {
            if !rebuild.contains(&p) {
                rebuild.push(p);
            }
        }
        let mut paragraphs: Vec<Shared<ParagraphModel>> = (*self.paragraphs).clone();
        for p in rebuild {
            let para = paras[p];
            // The shown items over this paragraph, as `paragraphs` buckets them.
            let members: Vec<(usize, bool)> = items
                .iter()
                .enumerate()
                .take_while(|(_, v)| v.span.start < para.end)
                .filter(|(_, v)| show_rejected || v.status != Status::Rejected)
                .filter(|(_, v)| para.overlaps(v.span))
                .map(|(i, v)| (i, covering(paras, v.span).next() == Some(p)))
                .collect();
            let model = ParagraphModel {
                index: p,
                span: para,
                nodes: tree(doc.text(), para, &items, &members),
            };
            if let Some(old) = paragraphs.get_mut(p) {
                if **old != model {
                    *old = Shared::new(model);
                }
            }
        }
        let speakers = speaker_shares(&items);
        ViewModel {
            items: Shared::new(items),
            paragraphs: Shared::new(paragraphs),
            speakers: if *self.speakers == speakers {
                self.speakers.clone()
            } else {
                Shared::new(speakers)
            },
        }
    }

    /// True when both share the same parts (pointer comparison).
    pub fn same(&self, other: &ViewModel) -> bool {
        self.items.ptr_eq(&other.items)
            && self.paragraphs.ptr_eq(&other.paragraphs)
            && self.speakers.ptr_eq(&other.speakers)
    }

    /// Position of the item with `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|v| v.id == id)
    }

    /// The item with `id`.
    pub fn item(&self, id: &str) -> Option<&Rc<ViewItem>> {
        self.items.iter().find(|v| v.id == id)
    }

    /// Reuses the paragraphs of `old` that did not change, so their `Rc`s
    /// stay the same and their components skip rendering.
    pub fn reuse_paragraphs(&mut self, old: &ViewModel) {
        if old.paragraphs.len() != self.paragraphs.len() {
            return;
        }
        let merged: Vec<Shared<ParagraphModel>> = self
            .paragraphs
            .iter()
            .zip(old.paragraphs.iter())
            .map(|(new, old)| {
                if **new == **old {
                    old.clone()
                } else {
                    new.clone()
                }
            })
            .collect();
        self.paragraphs = Shared::new(merged);
    }
}

/// The order of the view items: start, longer first, outer kind first, id.
fn view_order(v: &ViewItem) -> (usize, Reverse<usize>, u8, &str) {
    (
        v.span.start,
        Reverse(v.span.end),
        kind_rank(v.kind),
        v.id.as_str(),
    )
}

/// The paragraphs `span` overlaps, in order.
fn covering(paras: &[Span], span: Span) -> impl Iterator<Item = usize> + '_ {
    let first = paras.partition_point(|p| p.end <= span.start);
    (first..paras.len())
        .take_while(move |&p| paras[p].start < span.end)
        .filter(move |&p| paras[p].overlaps(span))
}

/// Outer kinds first when spans are equal: claim, quote, figure.
fn kind_rank(kind: Kind) -> u8 {
    match kind {
        Kind::Claim => 0,
        Kind::Quote => 1,
        Kind::Figure => 2,
        Kind::Entity => 3,
    }
}

fn view_item(doc: &Document, item: &Item) -> ViewItem {
    let ann = &item.annotation;
    let text = doc.slice(ann.span);
    let status = status_label(item.status, item.origin);
    let (summary, aria) = match &ann.detail {
        Detail::Quote(q) => {
            let speaker = q.speaker.as_deref().unwrap_or("unknown speaker");
            let cue = q
                .cue
                .as_deref()
                .map(|c| format!(" · {c}"))
                .unwrap_or_default();
            (
                format!("{speaker}{cue} · {}", q.style.as_str()),
                format!("Quote by {speaker}, {status}"),
            )
        }
        Detail::Figure(f) => {
            let display = if f.display.is_empty() {
                text
            } else {
                f.display.as_str()
            };
            (
                format!("{display} · {}", f.kind.as_str()),
                format!("Figure {display}, {}, {status}", f.kind.as_str()),
            )
        }
        Detail::Claim(c) => (
            format!("{} · {}", fixed(f64::from(c.score), 2), c.kind.as_str()),
            format!(
                "Claim, {}, score {}, {status}",
                c.kind.as_str(),
                fixed(f64::from(c.score), 2)
            ),
        ),
        Detail::Entity(e) => (e.name.to_string(), format!("Name {}", e.name)),
    };
    ViewItem {
        id: AttrValue::from(item.id.clone()),
        kind: ann.kind(),
        status: item.status,
        origin: item.origin,
        span: ann.span,
        text: AttrValue::from(text.to_string()),
        summary: summary.into(),
        aria: aria.into(),
        annotation: ann.clone(),
    }
}

/// Up to ~40 characters either side of `span`, cut at word boundaries
/// (computed only for the rows shown, not for every item on every change).
pub fn context(doc: &Document, span: Span) -> String {
    let text = doc.text();
    let para = doc
        .paragraph_at(span.start)
        .map(|i| doc.paragraphs()[i])
        .unwrap_or(span);
    let before = &text[para.start.min(span.start)..span.start];
    let after = &text[span.end..para.end.max(span.end)];
    let before: String = {
        let chars: Vec<char> = before.chars().collect();
        let cut = chars.len().saturating_sub(40);
        let s: String = chars[cut..].iter().collect();
        if cut > 0 {
            format!("…{}", s.split_once(' ').map_or(s.as_str(), |(_, r)| r))
        } else {
            s
        }
    };
    let after: String = {
        let chars: Vec<char> = after.chars().collect();
        let s: String = chars.iter().take(40).collect();
        if chars.len() > 40 {
            format!("{}…", s.rsplit_once(' ').map_or(s.as_str(), |(l, _)| l))
        } else {
            s
        }
    };
    format!("{before}{}{after}", &text[span])
}

/// A fragment waiting to be placed: ordered by start, longer first, outer kind first.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Pending {
    start: usize,
    end_rev: Reverse<usize>,
    rank: u8,
    item: usize,
    first: bool,
}

struct Open {
    item: usize,
    end: usize,
    first: bool,
    children: Vec<Node>,
}

fn paragraphs(doc: &Document, items: &[Rc<ViewItem>], shown: &[usize]) -> Vec<ParagraphModel> {
    let text = doc.text();
    let paras = doc.paragraphs();
    // Bucket the shown items by the paragraphs they touch.
    let mut buckets: Vec<Vec<(usize, bool)>> = vec![Vec::new(); paras.len()];
    for &i in shown {
        let span = items[i].span;
        let first_para = paras.partition_point(|p| p.end <= span.start);
        let mut first = true;
        for (p, para) in paras.iter().enumerate().skip(first_para) {
            if para.start >= span.end.max(span.start + 1) {
                break;
            }
            if para.overlaps(span) {
                buckets[p].push((i, first));
                first = false;
            }
        }
    }
    paras
        .iter()
        .enumerate()
        .map(|(index, &para)| ParagraphModel {
            index,
            span: para,
            nodes: tree(text, para, items, &buckets[index]),
        })
        .collect()
}

/// Builds the mark tree of one paragraph.
fn tree(text: &str, para: Span, items: &[Rc<ViewItem>], members: &[(usize, bool)]) -> Vec<Node> {
    let mut heap: BinaryHeap<Reverse<Pending>> = members
        .iter()
        .map(|&(i, first)| {
            let s = items[i].span;
            let start = s.start.max(para.start);
            let end = s.end.min(para.end);
            Reverse(Pending {
                start,
                end_rev: Reverse(end),
                rank: kind_rank(items[i].kind),
                item: i,
                first,
            })
        })
        .collect();
    let mut root: Vec<Node> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut pos = para.start;
    let push_text = |nodes: &mut Vec<Node>, from: usize, to: usize| {
        if to > from {
            if let Some(t) = text.get(from..to) {
                nodes.push(Node::Text(AttrValue::from(t.to_string())));
            }
        }
    };
    let close = |stack: &mut Vec<Open>, root: &mut Vec<Node>, pos: &mut usize| {
        let mut open = stack.pop().expect("close is called with an open mark");
        push_text(&mut open.children, *pos, open.end);
        *pos = open.end.max(*pos);
        let item = &items[open.item];
        let node = Node::Mark(MarkNode {
            id: item.id.clone(),
            kind: item.kind,
            status: item.status,
            origin: item.origin,
            aria: item.aria.clone(),
            first: open.first,
            children: open.children,
        });
        match stack.last_mut() {
            Some(parent) => parent.children.push(node),
            None => root.push(node),
        }
    };
    while let Some(Reverse(mut next)) = heap.pop() {
        let end = next.end_rev.0;
        if end <= next.start || !text.is_char_boundary(next.start) || !text.is_char_boundary(end) {
            continue;
        }
        while stack.last().is_some_and(|o| o.end <= next.start) {
            close(&mut stack, &mut root, &mut pos);
        }
        if let Some(top) = stack.last() {
            if top.end < end {
                // Crosses the enclosing mark's end: split it there.
                heap.push(Reverse(Pending {
                    start: top.end,
                    end_rev: Reverse(end),
                    rank: next.rank,
                    item: next.item,
                    first: false,
                }));
                next.end_rev = Reverse(top.end);
            }
        }
        let target = match stack.last_mut() {
            Some(top) => &mut top.children,
            None => &mut root,
        };
        push_text(target, pos, next.start);
        pos = pos.max(next.start);
        stack.push(Open {
            item: next.item,
            end: next.end_rev.0,
            first: next.first,
            children: Vec::new(),
        });
    }
    while !stack.is_empty() {
        close(&mut stack, &mut root, &mut pos);
    }
    push_text(&mut root, pos, para.end);
    root
}

fn speaker_shares(items: &[Rc<ViewItem>]) -> Vec<SpeakerShare> {
    let mut shares: Vec<SpeakerShare> = Vec::new();
    for (index, item) in items.iter().enumerate() {
        let Detail::Quote(q) = &item.annotation.detail else {
            continue;
        };
        // Rejected quotes stay listed under their speaker but do not count.
        let counted = usize::from(item.status != Status::Rejected);
        let name = q.speaker.as_deref().unwrap_or("Unattributed");
        let words = item.text.split_whitespace().count() * counted;
        match shares.iter_mut().find(|s| s.name == name) {
            Some(s) => {
                s.quotes += counted;
                s.words += words;
                s.ids.push(item.id.clone());
                s.indices.push(index);
            }
            None => shares.push(SpeakerShare {
                name: AttrValue::from(name.to_string()),
                quotes: counted,
                words,
                ids: vec![item.id.clone()],
                indices: vec![index],
            }),
        }
    }
    lede_core::sort::stable_sort_by(&mut shares, |a, b| {
        (Reverse(a.quotes), Reverse(a.words), a.name.as_str()).cmp(&(
            Reverse(b.quotes),
            Reverse(b.words),
            b.name.as_str(),
        ))
    });
    shares
}

#[cfg(test)]
mod tests {
    use super::*;
    use lede_core::{Claim, Figure, Quote};

    fn item(doc: &str, needle: &str, detail: Detail) -> Item {
        let start = doc.find(needle).expect("needle in text");
        Item::machine(Annotation {
            span: Span::new(start, start + needle.len()),
            confidence: 1.0,
            detail,
        })
    }

    fn quote(speaker: &str) -> Detail {
        Detail::Quote(Quote {
            speaker: Some(speaker.to_string()),
            ..Quote::default()
        })
    }

    fn figure() -> Detail {
        Detail::Figure(Figure::default())
    }

    fn claim(score: f32) -> Detail {
        Detail::Claim(Claim {
            score,
            ..Claim::default()
        })
    }

    /// Renders the trees as inline markup: `<q>…</q>`, `<f>…</f>`, `<c>…</c>`,
    /// paragraphs joined by `|`.
    fn markup(view: &ViewModel) -> String {
        fn walk(nodes: &[Node], out: &mut String) {
            for n in nodes {
                match n {
                    Node::Text(t) => out.push_str(t),
                    Node::Mark(m) => {
                        let tag = &m.kind.as_str()[..1];
                        out.push_str(&format!("<{tag}>"));
                        walk(&m.children, out);
                        out.push_str(&format!("</{tag}>"));
                    }
                }
            }
        }
        let mut parts = Vec::new();
        for p in view.paragraphs.iter() {
            let mut s = String::new();
            walk(&p.nodes, &mut s);
            parts.push(s);
        }
        parts.join("|")
    }

    fn check(text: &str, anns: &[(&str, Detail)], expected: &str) {
        let doc = Document::new(text);
        let items: Vec<Item> = anns.iter().map(|(n, d)| item(text, n, d.clone())).collect();
        let view = ViewModel::build(&doc, &items, false);
        assert_eq!(markup(&view), expected);
    }

    #[test]
    fn figure_in_quote_in_claim_nests() {
        let text = "He said “we will build 30 ships” today.";
        check(
            text,
            &[
                ("30 ships", figure()),
                ("He said “we will build 30 ships” today.", claim(0.9)),
                ("“we will build 30 ships”", quote("Ann Lee")),
            ],
            "<c>He said <q>“we will build <f>30 ships</f>”</q> today.</c>",
        );
    }

    #[test]
    fn crossing_spans_are_split() {
        check(
            "One two. “Three four. Five” six.",
            &[
                ("One two. “Three", claim(0.5)),
                ("“Three four. Five”", quote("X")),
            ],
            "<c>One two. <q>“Three</q></c><q> four. Five”</q> six.",
        );
    }

    #[test]
    fn spans_across_paragraphs_are_clipped_per_paragraph() {
        let text = "“First part\nsecond part,” she said.";
        let doc = Document::new(text);
        let items = vec![item(text, "“First part\nsecond part,”", quote("Jo"))];
        let view = ViewModel::build(&doc, &items, false);
        assert_eq!(
            markup(&view),
            "<q>“First part</q>|<q>second part,”</q> she said."
        );
        let firsts: Vec<bool> = view
            .paragraphs
            .iter()
            .flat_map(|p| p.nodes.iter())
            .filter_map(|n| match n {
                Node::Mark(m) => Some(m.first),
                Node::Text(_) => None,
            })
            .collect();
        assert_eq!(firsts, [true, false]);
    }

    #[test]
    fn rejected_items_hide_unless_asked() {
        let text = "It cost £5m.";
        let doc = Document::new(text);
        let mut it = item(text, "£5m", figure());
        it.status = Status::Rejected;
        let hidden = ViewModel::build(&doc, std::slice::from_ref(&it), false);
        assert_eq!(markup(&hidden), "It cost £5m.");
        assert_eq!(hidden.items.len(), 1, "still listed");
        let shown = ViewModel::build(&doc, &[it], true);
        assert_eq!(markup(&shown), "It cost <f>£5m</f>.");
    }

    #[test]
    fn speaker_shares_count_quotes_and_words() {
        let text = "“A b c,” said Ann. “D e,” said Bo. “F,” said Ann.";
        let doc = Document::new(text);
        let items = vec![
            item(text, "“A b c,”", quote("Ann")),
            item(text, "“D e,”", quote("Bo")),
            item(text, "“F,”", quote("Ann")),
        ];
        let view = ViewModel::build(&doc, &items, false);
        let got: Vec<(&str, usize, usize)> = view
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.quotes, s.words))
            .collect();
        assert_eq!(got, [("Ann", 2, 4), ("Bo", 1, 2)]);
    }

    #[test]
    fn unchanged_paragraphs_are_reused() {
        let text = "It cost £5m.\nIt cost £6m.";
        let doc = Document::new(text);
        let a = item(text, "£5m", figure());
        let mut b = item(text, "£6m", figure());
        let old = ViewModel::build(&doc, &[a.clone(), b.clone()], false);
        b.status = Status::Accepted;
        let mut new = ViewModel::build(&doc, &[a, b], false);
        new.reuse_paragraphs(&old);
        assert!(new.paragraphs[0].ptr_eq(&old.paragraphs[0]));
        assert!(!new.paragraphs[1].ptr_eq(&old.paragraphs[1]));
    }

    /// The same items and paragraphs as a full build, by value.
    fn same_as_built(updated: &ViewModel, built: &ViewModel) {
        let ids = |v: &ViewModel| v.items.iter().map(|i| (**i).clone()).collect::<Vec<_>>();
        assert_eq!(ids(updated), ids(built));
        assert_eq!(markup(updated), markup(built));
        let paras = |v: &ViewModel| {
            v.paragraphs
                .iter()
                .map(|p| (**p).clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(paras(updated), paras(built));
        assert_eq!(*updated.speakers, *built.speakers);
    }

    #[test]
    fn updating_after_each_correction_equals_a_full_build() {
        use lede_core::corrections::{Log, Op, Replay};
        let doc = Document::new(lede_core::sample::SAMPLE_ARTICLE);
        let machine = lede_core::extract(&doc).annotations;
        for show_rejected in [false, true] {
            let mut replay = Replay::new(&doc, &machine, Log::default());
            let mut view = ViewModel::build(&doc, replay.items(), show_rejected);
            let count = replay.items().len();
            for step in 0..count * 2 {
                let item = (*replay.items()[(step * 7) % replay.items().len()]).clone();
                let span = item.annotation.span;
                let op = match step % 7 {
                    0 => Op::accept(&doc, &item),
                    1 => Op::reject(&doc, &item),
                    2 => Op::set_kind(
                        &doc,
                        &item,
                        [Kind::Quote, Kind::Figure, Kind::Claim][step % 3],
                    ),
                    // Across the next paragraph break, when there is one.
                    3 => Op::move_end(
                        &doc,
                        &item,
                        doc.text()[span.end..].find('\n').map_or(span.end, |n| {
                            let after = span.end + n + 1;
                            after + doc.text()[after..].find(' ').unwrap_or(0)
                        }),
                    ),
                    4 => Op::add(
                        &doc,
                        span.start..span.end.min(span.start + 9),
                        Kind::Figure,
                        replay.log().next_user_id(),
                    ),
                    5 if item.origin == Origin::User => Op::delete(&doc, &item),
                    _ => Op::set(
                        &doc,
                        &item,
                        lede_core::corrections::Attribute::Speaker(Some(format!("P{}", step % 3))),
                    ),
                };
                let mut changes = vec![replay.push(&doc, op)];
                if step % 5 == 4 {
                    changes.extend(replay.undo());
                }
                if step % 10 == 9 {
                    changes.extend(replay.redo(&doc));
                }
                for change in &changes {
                    let old = view.clone();
                    view = view.update(&doc, change, show_rejected);
                    // Paragraphs the change did not touch keep their pointer.
                    let touched = |p: &ParagraphModel| {
                        [&change.before, &change.after]
                            .into_iter()
                            .flatten()
                            .any(|it| p.span.overlaps(it.annotation.span))
                    };
                    for (new, old) in view.paragraphs.iter().zip(old.paragraphs.iter()) {
                        assert!(
                            touched(old) || new.ptr_eq(old),
                            "paragraph {} rebuilt",
                            old.index
                        );
                    }
                }
                same_as_built(
                    &view,
                    &ViewModel::build(&doc, replay.items(), show_rejected),
                );
            }
        }
    }

    #[test]
    fn figure_context_is_short() {
        let text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod 42 tempor incididunt ut labore et dolore magna aliqua ut enim.";
        let doc = Document::new(text);
        let view = ViewModel::build(&doc, &[item(text, "42", figure())], false);
        let ctx = context(&doc, view.items[0].span);
        assert!(
            ctx.starts_with('…') && ctx.ends_with('…') && ctx.contains(" 42 "),
            "{ctx}"
        );
    }
}
