//! `ReviewBar`: the progress line ("23 of 41 reviewed") and the correction
//! buttons, the same actions as the one-key shortcuts. "Add" buttons turn the
//! text selected in the article into a new annotation.

use std::rc::Rc;

use lede_core::corrections::{Op, Orphan};
use lede_core::Kind;
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::view_model::ViewItem;

/// Props of [`ReviewBar`].
#[derive(Properties, PartialEq)]
pub struct ReviewBarProps {
    /// `(reviewed, total)`.
    pub progress: (usize, usize),
    /// The selected item.
    pub selected: Option<Rc<ViewItem>>,
    /// Whether undo / redo can do something.
    pub can_undo: bool,
    /// Whether redo can do something.
    pub can_redo: bool,
    /// Corrections that could not be placed (shown, never dropped).
    pub orphans: Rc<Vec<Orphan>>,
    /// The document's text (to map a selection to offsets).
    pub text: AttrValue,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// One line about an orphaned correction: what it did, to which text, and why
/// it could not be placed.
fn orphan_line(orphan: &Orphan) -> String {
    let exact = match &orphan.op {
        Op::Add { span, .. } => span.exact.as_str(),
        op => op.target().map_or("", |t| t.anchor.exact.as_str()),
    };
    let exact: String = exact.chars().take(60).collect();
    format!(
        "{} “{exact}”: {}",
        orphan.op.name().replace('_', " "),
        orphan.reason.message()
    )
}

/// Progress and correction buttons.
#[component]
pub fn ReviewBar(props: &ReviewBarProps) -> Html {
    let button = |label: &str, key: &str, testid: &str, action: Action, enabled: bool| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_| dispatch.dispatch(action.clone()));
        html! {
            <button type="button" class="lede-button" data-testid={testid.to_string()} disabled={!enabled}
                title={format!("{label} ({key})")} {onclick}>
                {label.to_string()}<kbd>{key.to_string()}</kbd>
            </button>
        }
    };
    let add = |kind: Kind| {
        let dispatch = props.dispatch.clone();
        let text = props.text.clone();
        // Keep the selection: act on mousedown, before the click moves it.
        let onmousedown = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            if let Some((start, end)) = crate::selection::selected_span(&text) {
                dispatch.dispatch(Action::Add { start, end, kind });
                crate::selection::clear();
            }
        });
        html! {
            <button type="button" class="lede-button" data-testid={format!("add-{}", kind.as_str())}
                title={format!("Add the selected text as a {}", kind.as_str())} {onmousedown}>
                {format!("+ {}", kind.as_str())}
            </button>
        }
    };
    let has = props.selected.is_some();
    let (reviewed, total) = props.progress;
    html! {
        <div class="lede-review" role="toolbar" aria-label="Review">
            <span class="lede-progress" data-testid="progress">{format!("{reviewed} of {total} reviewed")}</span>
            if !props.orphans.is_empty() {
                <details class="lede-orphans" data-testid="orphans">
                    <summary>{format!("{} correction(s) could not be placed (orphaned)", props.orphans.len())}</summary>
                    <ul>
                        { for props.orphans.iter().map(|o| html! {
                            <li data-testid="orphan">{orphan_line(o)}</li>
                        }) }
                    </ul>
                </details>
            }
            <span class="lede-review-group">
                { button("Accept", "a", "accept", Action::Accept, has) }
                { button("Reject", "x", "reject", Action::Delete, has) }
                { button("Quote", "1", "retype-quote", Action::Retype(Kind::Quote), has) }
                { button("Figure", "2", "retype-figure", Action::Retype(Kind::Figure), has) }
                { button("Claim", "3", "retype-claim", Action::Retype(Kind::Claim), has) }
                { button("Edit", "e", "edit", Action::ToggleEditor, has) }
                { button("◀ start", "⌥⇧←", "start-left", Action::MoveBoundary { start: true, forward: false }, has) }
                { button("start ▶", "⌥⇧→", "start-right", Action::MoveBoundary { start: true, forward: true }, has) }
                { button("◀ end", "⇧←", "end-left", Action::MoveBoundary { start: false, forward: false }, has) }
                { button("end ▶", "⇧→", "end-right", Action::MoveBoundary { start: false, forward: true }, has) }
            </span>
            <span class="lede-review-group">
                { button("Undo", "u", "undo", Action::Undo, props.can_undo) }
                { button("Redo", "⌃⇧Z", "redo", Action::Redo, props.can_redo) }
            </span>
            <span class="lede-review-group" aria-label="Add from the selected text">
                { add(Kind::Quote) }
                { add(Kind::Figure) }
                { add(Kind::Claim) }
            </span>
        </div>
    }
}
