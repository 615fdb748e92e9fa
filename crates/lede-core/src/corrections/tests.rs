//! Tests of the correction log: a small script language run by one `check`
//! helper, and property tests of undo/redo and re-anchoring.
//!
//! A script starts from a text whose machine annotations are marked inline
//! (`<f>` figure, `<q>` quote, `<c>` claim, `<e>` entity; they may nest), then
//! runs one command per line; fields are separated by ` | `:
//!
//! ```text
//! accept f | 30 ships            reject q | We will#2   (#2: the second match)
//! kind q | tough -> c            span f | 30 ships -> 30 ships a day
//! set q | We will | speaker=Ann  add c | They sank.
//! delete c | They sank.          undo          redo
//! text <new marked-up text>      (the text and machine output change)
//! ```
//!
//! The expected result lists every item as `kind status origin «text»` plus
//! its details, then every orphan.

use super::*;
use crate::model::{Claim, Entity, Figure, Quote};
use proptest::prelude::*;

/// Parses inline markup into the text and machine annotations (`⏎` stands
/// for a CRLF line break, since scripts are split into lines).
fn parse_markup(marked: &str) -> (String, Vec<Annotation>) {
    let marked = &marked.replace('⏎', "\r\n");
    let mut text = String::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut out = Vec::new();
    let mut rest = marked.as_str();
    while !rest.is_empty() {
        let tag = ['f', 'q', 'c', 'e'].iter().find_map(|k| {
            if rest.starts_with(&format!("<{k}>")) {
                Some((*k, true, 3))
            } else if rest.starts_with(&format!("</{k}>")) {
                Some((*k, false, 4))
            } else {
                None
            }
        });
        match tag {
            Some((k, true, n)) => {
                stack.push((k, text.len()));
                rest = &rest[n..];
            }
            Some((k, false, n)) => {
                let (open, start) = stack.pop().expect("unbalanced markup");
                assert_eq!(open, k, "mismatched tags");
                let span = Span::new(start, text.len());
                let detail = match k {
                    'f' => Detail::Figure(Figure {
                        display: text[span.range()].to_string(),
                        ..Figure::default()
                    }),
                    'q' => Detail::Quote(Quote::default()),
                    'c' => Detail::Claim(Claim::default()),
                    _ => Detail::Entity(Entity {
                        name: text[span.range()].into(),
                        ..Entity::default()
                    }),
                };
                out.push(Annotation {
                    span,
                    confidence: 0.5,
                    detail,
                });
                rest = &rest[n..];
            }
            _ => {
                let c = rest.chars().next().unwrap_or(' ');
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    assert!(stack.is_empty(), "unclosed tag");
    (text, out)
}

fn kind_of(s: &str) -> Kind {
    match s {
        "f" => Kind::Figure,
        "q" => Kind::Quote,
        "c" => Kind::Claim,
        "e" => Kind::Entity,
        other => panic!("unknown kind {other}"),
    }
}

fn attribute_of(s: &str) -> Attribute {
    let (name, value) = s.split_once('=').expect("attr=value");
    let opt = || (!value.is_empty()).then(|| value.to_string());
    match name {
        "speaker" => Attribute::Speaker(opt()),
        "cue" => Attribute::Cue(opt()),
        "style" => Attribute::QuoteStyle(QuoteStyle::parse(value).unwrap()),
        "value" => Attribute::Value(value.parse().ok()),
        "unit" => Attribute::Unit(opt()),
        "qualifier" => Attribute::Qualifier(Qualifier::parse(value).unwrap()),
        "claim_kind" => Attribute::ClaimKind(ClaimKind::parse(value).unwrap()),
        other => panic!("unknown attribute {other}"),
    }
}

/// Renders the applied state, one line per item then one per orphan.
fn render(doc: &Document, applied: &Applied) -> String {
    let mut out = String::new();
    for it in &applied.items {
        let a = &it.annotation;
        let detail = match &a.detail {
            Detail::Figure(f) => {
                let mut parts = Vec::new();
                if let Some(v) = f.value {
                    parts.push(format!("value={v}"));
                }
                if let Some(u) = &f.unit {
                    parts.push(format!("unit={u}"));
                }
                if f.qualifier != Qualifier::Exact {
                    parts.push(format!("qualifier={}", f.qualifier.as_str()));
                }
                parts.join(" ")
            }
            Detail::Quote(q) => {
                let mut s = format!("style={}", q.style.as_str());
                if let Some(sp) = &q.speaker {
                    s.push_str(&format!(" speaker={sp}"));
                }
                if let Some(c) = &q.cue {
                    s.push_str(&format!(" cue={c}"));
                }
                s
            }
            Detail::Claim(c) => format!("claim_kind={}", c.kind.as_str()),
            Detail::Entity(e) => format!("name={}", e.name),
        };
        out.push_str(
            format!(
                "{} {} {} «{}» {}",
                a.kind().as_str(),
                it.status.as_str(),
                it.origin.as_str(),
                doc.slice(a.span),
                detail
            )
            .trim_end(),
        );
        out.push('\n');
    }
    for o in &applied.orphans {
        out.push_str(&format!(
            "orphan {} {}: {}\n",
            o.index,
            o.op.name(),
            o.reason.message()
        ));
    }
    out
}

/// Runs `script` (first line: the marked-up text) and compares the rendered
/// result with `expected` (leading white space of each line ignored).
fn check(script: &str, expected: &str) {
    let mut lines = script.lines().map(str::trim).filter(|l| !l.is_empty());
    let (text, mut machine) = parse_markup(lines.next().expect("a text line"));
    let mut doc = Document::new(text);
    let mut log = Log::default();
    for line in lines {
        let applied = apply(&doc, &machine, &log);
        let find = |kind: &str, text: &str| -> Item {
            let (text, nth) = match text.rsplit_once('#') {
                Some((t, n)) => (t, n.parse::<usize>().expect("#N") - 1),
                None => (text, 0),
            };
            applied
                .items
                .iter()
                .filter(|it| {
                    it.annotation.kind() == kind_of(kind) && doc.slice(it.annotation.span) == text
                })
                .nth(nth)
                .unwrap_or_else(|| panic!("no {kind} «{text}» in\n{}", render(&doc, &applied)))
                .clone()
        };
        let (command, rest) = line.split_once(' ').unwrap_or((line, ""));
        let fields: Vec<&str> = rest.split(" | ").collect();
        let op = match command {
            "undo" => {
                log.undo();
                continue;
            }
            "redo" => {
                log.redo();
                continue;
            }
            "text" => {
                let (text, m) = parse_markup(rest);
                doc = Document::new(text);
                machine = m;
                continue;
            }
            "accept" => Op::accept(&doc, &find(fields[0], fields[1])),
            "reject" => Op::reject(&doc, &find(fields[0], fields[1])),
            "delete" => Op::delete(&doc, &find(fields[0], fields[1])),
            "kind" => {
                let (text, new) = fields[1].split_once(" -> ").unwrap();
                Op::set_kind(&doc, &find(fields[0], text), kind_of(new))
            }
            "span" => {
                let (text, new) = fields[1].split_once(" -> ").unwrap();
                let item = find(fields[0], text);
                let start = doc.text()[..item.annotation.span.end]
                    .rfind(new)
                    .or_else(|| doc.text().find(new))
                    .expect("new span text");
                Op::set_span(&doc, &item, start..start + new.len())
            }
            "set" => Op::set(&doc, &find(fields[0], fields[1]), attribute_of(fields[2])),
            "add" => {
                let start = doc.text().find(fields[1]).expect("text to add");
                Op::add(
                    &doc,
                    start..start + fields[1].len(),
                    kind_of(fields[0]),
                    log.next_user_id(),
                )
            }
            other => panic!("unknown command {other}"),
        };
        log.push(op);
    }
    let got = render(&doc, &apply(&doc, &machine, &log));
    let expected: String = expected
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(got, expected, "\ngot:\n{got}");
}

#[test]
fn no_ops_means_suggested() {
    check(
        "They lost <f>40 boats</f>. <q>We will rebuild</q>.",
        "figure suggested machine «40 boats»
         quote suggested machine «We will rebuild» style=direct",
    );
}

#[test]
fn accept_reject_and_undo() {
    check(
        "They lost <f>40 boats</f>. <q>We will rebuild</q>.
         accept f | 40 boats
         reject q | We will rebuild
         undo",
        "figure accepted machine «40 boats»
         quote suggested machine «We will rebuild» style=direct",
    );
}

#[test]
fn redo_after_undo_and_push_drops_redo_tail() {
    check(
        "They lost <f>40 boats</f>. <q>We will rebuild</q>.
         accept f | 40 boats
         reject q | We will rebuild
         undo
         undo
         redo
         accept q | We will rebuild
         redo",
        "figure accepted machine «40 boats»
         quote accepted machine «We will rebuild» style=direct",
    );
}

#[test]
fn change_kind_and_style() {
    check(
        "He called it <q>tough</q> and <q>We sail</q>.
         kind q | tough -> c
         set q | We sail | style=scare",
        "claim edited machine «tough» claim_kind=other
         quote edited machine «We sail» style=scare",
    );
}

#[test]
fn move_both_boundaries() {
    check(
        "They lost more than <f>40 boats</f> in the storm.
         span f | 40 boats -> more than 40 boats
         span f | more than 40 boats -> more than 40",
        "figure edited machine «more than 40»",
    );
}

#[test]
fn edit_attributes() {
    check(
        "<q>We will rebuild</q>, Ann said, and <f>40 boats</f> were lost. <c>It will cost more.</c>
         set q | We will rebuild | speaker=Ann Lee
         set q | We will rebuild | cue=said
         set f | 40 boats | value=40
         set f | 40 boats | unit=boat
         set f | 40 boats | qualifier=about
         set c | It will cost more. | claim_kind=prediction",
        "quote edited machine «We will rebuild» style=direct speaker=Ann Lee cue=said
         figure edited machine «40 boats» value=40 unit=boat qualifier=about
         claim edited machine «It will cost more.» claim_kind=prediction",
    );
}

#[test]
fn add_then_delete_user_annotation() {
    check(
        "Ann said the port was closed. Ben agreed.
         add q | the port was closed
         add e | Ben
         set q | the port was closed | speaker=Ann
         delete e | Ben",
        "quote edited user «the port was closed» style=direct speaker=Ann",
    );
}

#[test]
fn attribute_of_another_kind_is_an_orphan() {
    check(
        "They lost <f>40 boats</f>.
         set f | 40 boats | speaker=Ann",
        "figure suggested machine «40 boats»
         orphan 0 set: it does not apply to that annotation",
    );
}

#[test]
fn delete_of_machine_annotation_is_an_orphan() {
    check(
        "They lost <f>40 boats</f>.
         delete f | 40 boats",
        "figure suggested machine «40 boats»
         orphan 0 delete: it does not apply to that annotation",
    );
}

#[test]
fn reanchors_when_text_is_prepended() {
    check(
        "They lost <f>40 boats</f> and <f>40 boats</f> sank.
         reject f | 40 boats
         text UPDATE 🌊: They lost <f>40 boats</f> and <f>40 boats</f> sank.",
        "figure rejected machine «40 boats»
         figure suggested machine «40 boats»",
    );
}

#[test]
fn reanchors_the_second_of_two_equal_spans() {
    check(
        "They lost <f>40 boats</f>, then <f>40 boats</f> sank.
         set f | 40 boats#2 | unit=boat
         text Café: They lost <f>40 boats</f>, then <f>40 boats</f> sank.",
        "figure suggested machine «40 boats»
         figure edited machine «40 boats» unit=boat",
    );
    check(
        "They lost <f>40 boats</f>, then <f>40 boats</f> sank. Then they lost 40 boats.
         add f | Then they lost 40 boats
         span f | Then they lost 40 boats -> 40 boats
         text Café: They lost <f>40 boats</f>, then <f>40 boats</f> sank. Then they lost 40 boats.",
        "figure suggested machine «40 boats»
         figure suggested machine «40 boats»
         figure edited user «40 boats»",
    );
}

#[test]
fn add_prefers_the_exact_text_over_the_position() {
    check(
        "They lost boats.
         add c | They lost
         text Café: they said They lost boats.",
        "claim edited user «They lost» claim_kind=other",
    );
}

#[test]
fn reanchors_when_the_extractor_moves_a_boundary() {
    check(
        "They lost more than <f>40 boats</f> in the storm.
         accept f | 40 boats
         text They lost <f>more than 40 boats</f> in the storm.",
        "figure accepted machine «more than 40 boats»",
    );
}

#[test]
fn reanchors_when_the_text_inside_is_edited() {
    check(
        "She said <q>we will rebuilt the wall</q> on Monday.
         set q | we will rebuilt the wall | speaker=Ann
         add c | on Monday
         text She said <q>we will rebuild the wall</q> on Monday.",
        "quote edited machine «we will rebuild the wall» style=direct speaker=Ann
         claim edited user «on Monday» claim_kind=other",
    );
}

#[test]
fn orphans_when_the_annotation_is_gone() {
    check(
        "They lost <f>40 boats</f>. <q>We will rebuild</q>.
         accept f | 40 boats
         add c | We will rebuild
         text Nothing about boats here.",
        "orphan 0 accept: the annotation it changed is no longer there
         orphan 1 add: its text is no longer in the document",
    );
}

#[test]
fn ops_on_an_orphaned_add_are_orphans_too() {
    check(
        "Ann said the port was closed.
         add q | the port was closed
         accept q | the port was closed
         text Nothing left.",
        "orphan 0 add: its text is no longer in the document
         orphan 1 accept: the annotation it changed is no longer there",
    );
}

#[test]
fn crlf_and_cjk() {
    check(
        "第一段⏎<q>我们会重建</q>，她说。⏎<f>40 boats</f>
         accept q | 我们会重建
         text 新的⏎第一段⏎<q>我们会重建</q>，她说。⏎<f>40 boats</f>",
        "quote accepted machine «我们会重建» style=direct
         figure suggested machine «40 boats»",
    );
}

#[test]
fn next_user_id_counts_undone_adds() {
    let doc = Document::new("abc def");
    let mut log = Log::default();
    log.push(Op::add(&doc, 0..3, Kind::Claim, log.next_user_id()));
    assert_eq!(log.next_user_id(), "u:2");
    log.undo();
    assert_eq!(log.next_user_id(), "u:2");
    assert!(log.can_redo());
    assert!(!log.redo() || !log.can_redo());
    assert!(!log.redo());
}

#[test]
fn progress_counts_reviewed_items() {
    let (text, machine) = parse_markup("<f>1 a</f> <f>2 b</f> <f>3 c</f>");
    let doc = Document::new(text);
    let mut log = Log::default();
    let items = apply(&doc, &machine, &log).items;
    log.push(Op::accept(&doc, &items[0]));
    log.push(Op::reject(&doc, &items[2]));
    assert_eq!(apply(&doc, &machine, &log).progress(), (2, 3));
}

/// A fixed text with machine annotations for the property tests.
const PROP_TEXT: &str = "The <e>council</e> said <f>40 boats</f> sank. <q>We will rebuild</q>, \
    <e>Ann</e> said. <c>It will cost <f>£5m</f>.</c> <f>40 boats</f> again, and <q>never again</q>.";

/// One random correction, picked by numbers (so proptest can shrink it).
fn make_op(doc: &Document, applied: &Applied, log: &Log, pick: (u8, usize, usize)) -> Op {
    let (what, which, extra) = pick;
    let items = &applied.items;
    if items.is_empty() || what % 8 == 7 {
        let len = doc.text().len();
        let start = crate::corrections::anchor::floor_boundary(doc.text(), which % len);
        let mut end = (start + 1 + extra % 12).min(len);
        while !doc.text().is_char_boundary(end) {
            end += 1;
        }
        return Op::add(doc, start..end.max(start), Kind::Claim, log.next_user_id());
    }
    let item = &items[which % items.len()];
    match what % 8 {
        0 => Op::accept(doc, item),
        1 => Op::reject(doc, item),
        2 => Op::set_kind(
            doc,
            item,
            [Kind::Figure, Kind::Quote, Kind::Claim][extra % 3],
        ),
        3 => {
            let s = item.annotation.span;
            let end = crate::corrections::anchor::floor_boundary(
                doc.text(),
                (s.end + extra % 5).min(doc.text().len()),
            );
            Op::move_end(doc, item, end)
        }
        4 => Op::set(doc, item, Attribute::Speaker(Some(format!("P{extra}")))),
        5 => Op::set(doc, item, Attribute::Value(Some(extra as f64))),
        _ => Op::delete(doc, item),
    }
}

/// Builds a log from picks, each op made against the state so far.
fn build_log(doc: &Document, machine: &[Annotation], picks: &[(u8, usize, usize)]) -> Log {
    let mut log = Log::default();
    for pick in picks {
        let applied = apply(doc, machine, &log);
        let op = make_op(doc, &applied, &log, *pick);
        log.push(op);
    }
    log
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Undoing every op gives the machine state back; redoing them all gives
    /// the full state back; undo then redo of one op changes nothing.
    #[test]
    fn undo_redo_round_trips(picks in proptest::collection::vec((0u8..8, 0usize..64, 0usize..64), 0..12)) {
        let (text, machine) = parse_markup(PROP_TEXT);
        let doc = Document::new(text);
        let mut log = build_log(&doc, &machine, &picks);
        let full = apply(&doc, &machine, &log);
        let base = apply(&doc, &machine, &Log::default());
        if log.undo() {
            prop_assert!(log.redo());
            prop_assert_eq!(&apply(&doc, &machine, &log), &full);
        }
        while log.undo() {}
        prop_assert_eq!(&apply(&doc, &machine, &log), &base);
        while log.redo() {}
        prop_assert_eq!(&apply(&doc, &machine, &log), &full);
        // Ops made against the live state always apply to it.
        prop_assert!(full.orphans.iter().all(|o| o.reason == OrphanReason::NotApplicable), "{:?}", full.orphans);
    }

    /// A [`Replay`] driven by pushes, undos and redos (undo puts items back
    /// rather than replaying) always equals a replay of its log from scratch,
    /// and each [`Change`] it returns is exactly the difference between the
    /// items before and after.
    #[test]
    fn replay_equals_apply(
        picks in proptest::collection::vec((0u8..11, 0usize..64, 0usize..64), 0..16),
    ) {
        let (text, machine) = parse_markup(PROP_TEXT);
        let doc = Document::new(text);
        let mut replay = Replay::new(&doc, &machine, Log::default());
        for pick in picks {
            let before = replay.applied();
            let change = match pick.0 {
                8 | 9 => replay.undo(),
                10 => replay.redo(&doc),
                _ => {
                    let op = make_op(&doc, &before, replay.log(), pick);
                    Some(replay.push(&doc, op))
                }
            };
            let after = apply(&doc, &machine, replay.log());
            prop_assert_eq!(&replay.applied(), &after);
            let Some(change) = change else {
                prop_assert_eq!(&before, &after);
                continue;
            };
            let removed: Vec<&Item> = before.items.iter().filter(|it| !after.items.contains(it)).collect();
            let added: Vec<&Item> = after.items.iter().filter(|it| !before.items.contains(it)).collect();
            prop_assert_eq!(removed, change.before.as_deref().filter(|b| Some(*b) != change.after.as_deref()).into_iter().collect::<Vec<_>>());
            prop_assert_eq!(added, change.after.as_deref().filter(|a| Some(*a) != change.before.as_deref()).into_iter().collect::<Vec<_>>());
        }
        // A replay built from the finished log agrees too.
        let log = replay.log().clone();
        prop_assert_eq!(Replay::new(&doc, &machine, log.clone()).applied(), apply(&doc, &machine, &log));
    }

    /// Prepending any text moves every item by the same amount and orphans
    /// nothing new.
    #[test]
    fn reanchors_after_prepending(
        picks in proptest::collection::vec((0u8..8, 0usize..64, 0usize..64), 0..10),
        prefix in "\\PC{0,12}\n?",
    ) {
        let (text, machine) = parse_markup(PROP_TEXT);
        let doc = Document::new(text.clone());
        let log = build_log(&doc, &machine, &picks);
        let before = apply(&doc, &machine, &log);
        let shifted_doc = Document::new(format!("{prefix}{text}"));
        let shift = prefix.len();
        let shifted_machine: Vec<Annotation> = machine
            .iter()
            .map(|a| Annotation { span: Span::new(a.span.start + shift, a.span.end + shift), ..a.clone() })
            .collect();
        let after = apply(&shifted_doc, &shifted_machine, &log);
        prop_assert_eq!(after.orphans.len(), before.orphans.len());
        let view = |d: &Document, a: &Applied, off: usize| -> Vec<(usize, usize, &'static str, Status, Origin, String)> {
            let mut v: Vec<_> = a.items.iter().map(|it| (
                it.annotation.span.start - off,
                it.annotation.span.end - off,
                it.annotation.kind().as_str(),
                it.status,
                it.origin,
                d.slice(it.annotation.span).to_string(),
            )).collect();
            v.sort_by(|x, y| (x.0, x.1, x.2).cmp(&(y.0, y.1, y.2)));
            v
        };
        prop_assert_eq!(view(&shifted_doc, &after, shift), view(&doc, &before, 0));
    }

    /// Every log survives the storage round trip.
    #[test]
    fn storage_round_trips(picks in proptest::collection::vec((0u8..8, 0usize..64, 0usize..64), 0..12)) {
        let (text, machine) = parse_markup(PROP_TEXT);
        let doc = Document::new(text.clone());
        let mut log = build_log(&doc, &machine, &picks);
        log.undo();
        let entry = storage::Entry { text, title: Some("T".into()), log, created: 1, modified: 2 };
        prop_assert_eq!(storage::decode(&storage::encode(&entry)), Ok(entry));
    }

    /// Inserting any text anywhere outside the annotated spans (so the
    /// context of some spans changes, and every later offset moves) re-attaches
    /// every op: the same items with the same statuses, no new orphans.
    #[test]
    fn reanchors_after_an_insertion(
        picks in proptest::collection::vec((0u8..8, 0usize..64, 0usize..64), 0..10),
        at in 0usize..200,
        insert in "\\PC{1,12}",
    ) {
        let (text, machine) = parse_markup(PROP_TEXT);
        let doc = Document::new(text.clone());
        let log = build_log(&doc, &machine, &picks);
        let before = apply(&doc, &machine, &log);
        let mut protected: Vec<Span> = machine.iter().map(|a| a.span).collect();
        protected.extend(before.items.iter().map(|it| it.annotation.span));
        for op in log.ops() {
            if let Some(t) = op.target() {
                protected.extend(t.anchor.locate(&doc));
            }
            if let Op::SetSpan { span, .. } | Op::Add { span, .. } = op {
                protected.extend(span.locate(&doc));
            }
        }
        let boundaries: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .filter(|&b| protected.iter().all(|s| !(s.start < b && b < s.end)))
            .collect();
        let p = boundaries[at % boundaries.len()];
        let new_text = format!("{}{}{}", &text[..p], insert, &text[p..]);
        // Text inserted at a span's start goes before it; at its end, after it.
        let moved = |s: Span| {
            let start = if s.start >= p { s.start + insert.len() } else { s.start };
            let end = if s.end > p { s.end + insert.len() } else { s.end };
            Span::new(start, end)
        };
        let new_doc = Document::new(new_text);
        let new_machine: Vec<Annotation> = machine
            .iter()
            .map(|a| Annotation { span: moved(a.span), ..a.clone() })
            .collect();
        let after = apply(&new_doc, &new_machine, &log);
        prop_assert_eq!(after.orphans.len(), before.orphans.len(), "{:?}", after.orphans);
        let view = |d: &Document, a: &Applied| -> Vec<(String, &'static str, Status, Origin)> {
            let mut v: Vec<_> = a.items.iter().map(|it| (
                d.slice(it.annotation.span).to_string(),
                it.annotation.kind().as_str(),
                it.status,
                it.origin,
            )).collect();
            v.sort_by(|x, y| (&x.0, x.1).cmp(&(&y.0, y.1)));
            v
        };
        prop_assert_eq!(view(&new_doc, &after), view(&doc, &before));
        // And each item sits where the insertion moved it.
        for it in &before.items {
            let to = moved(it.annotation.span);
            prop_assert!(
                after.items.iter().any(|a| a.annotation.span == to && a.status == it.status),
                "{:?} did not move to {:?}", it, to
            );
        }
    }
}
