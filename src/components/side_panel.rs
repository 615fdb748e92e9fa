//! `SidePanel`: the "who is quoted" chart, quotes by speaker, the figures
//! table and the ranked claims.

use lede_core::Kind;
use yew::prelude::*;

use crate::components::claim_list::ClaimList;
use crate::components::figure_table::FigureTable;
use crate::components::quote_list::QuoteList;
use crate::components::speaker_chart::SpeakerChart;
use crate::state::{AppState, KindSet};
use crate::view_model::{Items, Shared, SpeakerShare};

/// Props of [`SidePanel`].
#[derive(Properties, PartialEq)]
pub struct SidePanelProps {
    /// All items.
    pub items: Items,
    /// The document.
    pub doc: Shared<lede_core::Document>,
    /// Speakers.
    pub speakers: Shared<Vec<SpeakerShare>>,
    /// Selected item.
    pub selected: Option<AttrValue>,
    /// Hidden kinds (their sections fold).
    pub hidden: KindSet,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The side panel.
#[component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    let count = |k: Kind| props.items.iter().filter(|v| v.kind == k).count();
    let sel = |k: Kind| {
        props
            .selected
            .clone()
            .filter(|id| props.items.iter().any(|v| &v.id == id && v.kind == k))
    };
    html! {
        <aside class="lede-side" data-testid="side-panel" aria-label="Annotations">
            <section class="lede-section" data-testid="chart-section">
                <h3>{"Who is quoted"}</h3>
                <SpeakerChart speakers={props.speakers.clone()} dispatch={props.dispatch.clone()} />
            </section>
            <section class={classes!("lede-section", props.hidden.contains(Kind::Quote).then_some("lede-folded"))}>
                <h3>{format!("Quotes by speaker ({})", count(Kind::Quote))}</h3>
                <QuoteList items={props.items.clone()} speakers={props.speakers.clone()}
                    selected={sel(Kind::Quote)} dispatch={props.dispatch.clone()} />
            </section>
            <section class={classes!("lede-section", props.hidden.contains(Kind::Figure).then_some("lede-folded"))}>
                <h3>{format!("Figures ({})", count(Kind::Figure))}</h3>
                <FigureTable items={props.items.clone()} doc={props.doc.clone()} selected={sel(Kind::Figure)} dispatch={props.dispatch.clone()} />
            </section>
            <section class={classes!("lede-section", props.hidden.contains(Kind::Claim).then_some("lede-folded"))}>
                <h3>{format!("Claims by check-worthiness ({})", count(Kind::Claim))}</h3>
                <ClaimList items={props.items.clone()} selected={sel(Kind::Claim)} dispatch={props.dispatch.clone()} />
            </section>
        </aside>
    }
}
