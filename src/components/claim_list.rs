//! `ClaimList`: check-worthy claims ranked by score, highest first.

use lede_core::{Detail, Kind};
use yew::prelude::*;

use crate::components::item_button::{shown, ItemButton, ShowAll};
use crate::state::AppState;
use crate::view_model::{Items, ViewItem};

/// Props of [`ClaimList`].
#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    /// All items.
    pub items: Items,
    /// Selected item.
    pub selected: Option<AttrValue>,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

fn score(item: &ViewItem) -> f32 {
    match &item.annotation.detail {
        Detail::Claim(c) => c.score,
        _ => 0.0,
    }
}

/// Claims ranked by score.
#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    let all = use_state(|| false);
    let mut claims: Vec<&std::rc::Rc<ViewItem>> = props
        .items
        .iter()
        .filter(|v| v.kind == Kind::Claim)
        .collect();
    if claims.is_empty() {
        return html! { <p class="lede-none">{"No check-worthy claims found."}</p> };
    }
    lede_core::sort::stable_sort_by(&mut claims, |a, b| {
        score(b)
            .total_cmp(&score(a))
            .then(a.span.start.cmp(&b.span.start))
    });
    let total = claims.len();
    let selected = |item: &ViewItem| props.selected.as_ref() == Some(&item.id);
    html! {
        <>
        <ol class="lede-claims" data-testid="claim-list">
            { for claims.into_iter().enumerate().filter(|(i, item)| shown(*i, *all, selected(item))).map(|(_, item)| html! {
                <ItemButton key={item.id.as_str()} item={item.clone()}
                    selected={props.selected.as_ref() == Some(&item.id)}
                    dispatch={props.dispatch.clone()}>
                    <span class="lede-score" data-testid="claim-score">{format!("{:.2}", score(item))}</span>
                    <span class="lede-item-text">{item.text.clone()}</span>
                    <span class="lede-item-meta">{item.summary.clone()}</span>
                </ItemButton>
            }) }
        </ol>
        <ShowAll {total} all={all.clone()} />
        </>
    }
}
