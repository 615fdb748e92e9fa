//! `ClaimList`: check-worthy claims ranked by score, highest first.

use lede_core::Kind;
use yew::prelude::*;

use crate::components::item_button::{claim_score as score, shown, Content, ItemButton, ShowAll};
use crate::state::AppState;
use crate::view_model::{Items, Shared, ViewItem};

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
                <ItemButton key={item.id.as_str()} item={Shared(item.clone())}
                    selected={props.selected.as_ref() == Some(&item.id)}
                    dispatch={props.dispatch.clone()} content={Content::Claim} />
            }) }
        </ol>
        <ShowAll {total} all={all.clone()} />
        </>
    }
}
