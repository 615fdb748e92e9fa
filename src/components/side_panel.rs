//! `SidePanel`: the "who is quoted" chart, quotes by speaker, the figures
//! table and the ranked claims. For a new document its lists are drawn once
//! the highlighted article is painted, so a paste shows the highlights first.

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
    /// Bumped for each new document.
    pub generation: u32,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The side panel.
#[component]
pub fn SidePanel(props: &SidePanelProps) -> Html {
    // The generation whose lists are drawn.
    let drawn = use_state(|| props.generation.wrapping_sub(1));
    {
        let drawn = drawn.clone();
        use_effect_with(props.generation, move |&generation| {
            crate::app::after_paint(move || drawn.set(generation));
        });
    }
    if *drawn != props.generation {
        return html! {
            <aside class="lede-side" data-testid="side-panel" aria-label="Annotations" aria-busy="true" />
        };
    }
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
