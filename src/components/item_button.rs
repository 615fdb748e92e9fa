//! `ItemButton`: one annotation in a side-panel list; pressing it selects the
//! annotation (which scrolls to and flashes its highlight). Memoised: its
//! props compare by pointer, so after a correction only the changed entry
//! renders again.

use lede_core::decimal::fixed;
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::view_model::{status_label, Shared, ViewItem};

/// Entries shown per list before "Show all" (long articles stay fast).
pub const LIST_LIMIT: usize = 150;

/// True when entry `index` of a list is shown: the first [`LIST_LIMIT`], all
/// when asked, and always the selected one.
pub fn shown(index: usize, all: bool, selected: bool) -> bool {
    all || selected || index < LIST_LIMIT
}

/// Props of [`ShowAll`].
#[derive(Properties, PartialEq)]
pub struct ShowAllProps {
    /// Entries in the list.
    pub total: usize,
    /// Whether all are shown.
    pub all: UseStateHandle<bool>,
}

/// A "Show all N" button under a long list (nothing for short ones).
#[component]
pub fn ShowAll(props: &ShowAllProps) -> Html {
    if props.total <= LIST_LIMIT || *props.all {
        return html! {};
    }
    let all = props.all.clone();
    let onclick = Callback::from(move |_| all.set(true));
    html! {
        <button type="button" class="lede-button lede-show-all" data-testid="show-all" {onclick}>
            {format!("Show all {}", props.total)}
        </button>
    }
}

/// What an entry shows besides its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Content {
    /// A quote: its text, cue and style.
    Quote,
    /// A claim: its score, text and summary.
    Claim,
}

fn quote_cue(item: &ViewItem) -> Option<String> {
    match &item.annotation.detail {
        lede_core::Detail::Quote(q) => Some(format!(
            "{} · {}",
            q.cue.as_deref().unwrap_or("no cue"),
            q.style.as_str()
        )),
        _ => None,
    }
}

/// A claim's score (0 for other kinds).
pub fn claim_score(item: &ViewItem) -> f32 {
    match &item.annotation.detail {
        lede_core::Detail::Claim(c) => c.score,
        _ => 0.0,
    }
}

fn content(item: &ViewItem, content: Content) -> Html {
    match content {
        Content::Quote => html! {
            <>
                <q class="lede-item-text">{item.text.clone()}</q>
                if let Some(cue) = quote_cue(item) {
                    <span class="lede-item-meta">{cue}</span>
                }
            </>
        },
        Content::Claim => html! {
            <>
                <span class="lede-score" data-testid="claim-score">{fixed(f64::from(claim_score(item)), 2)}</span>
                <span class="lede-item-text">{item.text.clone()}</span>
                <span class="lede-item-meta">{item.summary.clone()}</span>
            </>
        },
    }
}

/// Props of [`ItemButton`].
#[derive(Properties, PartialEq)]
pub struct ItemButtonProps {
    /// The item (compared by pointer).
    pub item: Shared<ViewItem>,
    /// Whether it is selected.
    pub selected: bool,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
    /// What the button shows.
    pub content: Content,
}

/// A list entry for one item.
#[component]
pub fn ItemButton(props: &ItemButtonProps) -> Html {
    let onclick = {
        let dispatch = props.dispatch.clone();
        let id = props.item.id.clone();
        Callback::from(move |_| dispatch.dispatch(Action::Select(Some(id.clone()))))
    };
    let status = status_label(props.item.status, props.item.origin);
    html! {
        <li class={classes!("lede-entry", format!("lede-row-{status}"))}>
            <button
                type="button"
                class={classes!("lede-item", props.selected.then_some("lede-item-selected"))}
                data-testid="item"
                data-id={props.item.id.clone()}
                data-kind={props.item.kind.as_str()}
                data-status={status}
                data-selected={props.selected.then_some("true")}
                aria-pressed={props.selected.to_string()}
                {onclick}
            >
                { content(&props.item, props.content) }
                <span class="lede-status" data-testid="item-status">{status}</span>
            </button>
        </li>
    }
}
