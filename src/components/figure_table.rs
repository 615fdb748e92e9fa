//! `FigureTable`: every figure with its normalised form, kind and context.

use lede_core::{Detail, Kind};
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::view_model::{Items, Shared, ViewItem};

/// Props of [`FigureTable`].
#[derive(Properties, PartialEq)]
pub struct FigureTableProps {
    /// All items.
    pub items: Items,
    /// The document (for the context column).
    pub doc: crate::view_model::Shared<lede_core::Document>,
    /// Selected item.
    pub selected: Option<AttrValue>,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The figures table.
#[component]
pub fn FigureTable(props: &FigureTableProps) -> Html {
    let all = use_state(|| false);
    let figures: Vec<&std::rc::Rc<ViewItem>> = props
        .items
        .iter()
        .filter(|v| v.kind == Kind::Figure)
        .collect();
    if figures.is_empty() {
        return html! { <p class="lede-none">{"No figures found."}</p> };
    }
    let total = figures.len();
    let rows = figures
        .into_iter()
        .enumerate()
        .filter(|(i, item)| {
            crate::components::item_button::shown(*i, *all, props.selected.as_ref() == Some(&item.id))
        })
        .map(|(_, item)| {
            html! {
                <FigureRow key={item.id.as_str()} item={Shared(item.clone())} doc={props.doc.clone()}
                    selected={props.selected.as_ref() == Some(&item.id)} dispatch={props.dispatch.clone()} />
            }
        });
    html! {
        <>
        <table class="lede-figures" data-testid="figure-table">
            <thead><tr><th scope="col">{"Figure"}</th><th scope="col">{"Kind"}</th><th scope="col">{"Context"}</th></tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
        <crate::components::item_button::ShowAll {total} all={all.clone()} />
        </>
    }
}

/// Props of [`FigureRow`].
#[derive(Properties, PartialEq)]
pub struct FigureRowProps {
    /// The figure (compared by pointer).
    pub item: Shared<ViewItem>,
    /// The document (for the context).
    pub doc: Shared<lede_core::Document>,
    /// Whether it is selected.
    pub selected: bool,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// One row of the table. Memoised: after a correction only the changed
/// figure's row renders again (the context is computed here, per row shown).
#[component]
pub fn FigureRow(props: &FigureRowProps) -> Html {
    let item = &props.item;
    let (display, kind) = match &item.annotation.detail {
        Detail::Figure(f) => (
            if f.display.is_empty() {
                item.text.to_string()
            } else {
                f.display.clone()
            },
            f.kind.as_str(),
        ),
        _ => (item.text.to_string(), ""),
    };
    let selected = props.selected;
    let dispatch = props.dispatch.clone();
    let id = item.id.clone();
    let onclick = Callback::from(move |_| dispatch.dispatch(Action::Select(Some(id.clone()))));
    let status = crate::view_model::status_label(item.status, item.origin);
    html! {
        <tr class={classes!(selected.then_some("lede-item-selected"), format!("lede-row-{status}"))}>
            <td>
                <button type="button" class="lede-item lede-figure-button" data-testid="item"
                    data-id={item.id.clone()} data-kind="figure"
                    data-status={status}
                    data-selected={selected.then_some("true")}
                    aria-pressed={selected.to_string()} {onclick}>
                    {display}
                    <span class="lede-status" data-testid="item-status">{status}</span>
                </button>
            </td>
            <td>{kind}</td>
            <td class="lede-context">{crate::view_model::context(&props.doc, item.span)}</td>
        </tr>
    }
}
