//! `Legend`: one toggle per kind, with a swatch in the kind's style and its
//! count; pressing one hides or shows that kind's highlights.

use lede_core::Kind;
use yew::prelude::*;

use crate::state::{Action, AppState, KindSet};
use crate::view_model::{kind_plural, KINDS};

/// The CSS class of a kind's highlights: `lede-quote`, `lede-figure`, `lede-claim`.
pub fn kind_class(kind: Kind) -> &'static str {
    match kind {
        Kind::Quote => "lede-quote",
        Kind::Figure => "lede-figure",
        Kind::Claim => "lede-claim",
        Kind::Entity => "lede-entity",
    }
}

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Hidden kinds.
    pub hidden: KindSet,
    /// Count per kind.
    pub counts: [(Kind, usize); 3],
    /// Whether rejected annotations are drawn.
    pub show_rejected: bool,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The legend with per-kind toggles.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let toggles = KINDS.iter().map(|&kind| {
        let shown = !props.hidden.contains(kind);
        let count = props
            .counts
            .iter()
            .find(|(k, _)| *k == kind)
            .map_or(0, |(_, n)| *n);
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_| dispatch.dispatch(Action::ToggleKind(kind)));
        let key = &kind.as_str()[..1];
        html! {
            <button
                type="button"
                class={classes!("lede-toggle", (!shown).then_some("lede-off"))}
                data-testid={format!("toggle-{}", kind.as_str())}
                aria-pressed={shown.to_string()}
                title={format!("Show or hide {} ({key})", lede_core::text::chars::lowercase(kind_plural(kind)))}
                {onclick}
            >
                <span class={classes!("lede-mark", "lede-swatch", kind_class(kind))} aria-hidden="true">{"Aa"}</span>
                {format!(" {} ", kind_plural(kind))}
                <span class="lede-count">{count}</span>
            </button>
        }
    });
    let dispatch = props.dispatch.clone();
    let on_rejected = Callback::from(move |_| dispatch.dispatch(Action::ToggleShowRejected));
    html! {
        <div class="lede-legend" role="group" aria-label="Highlights">
            { for toggles }
            <label class="lede-check">
                <input type="checkbox" data-testid="show-rejected" checked={props.show_rejected} onchange={on_rejected} />
                {" Show rejected"}
            </label>
        </div>
    }
}
