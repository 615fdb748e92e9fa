//! `Editor`: edit the attributes of the selected annotation (speaker, cue
//! and style of a quote; value, unit, qualifier and type of a figure; type of
//! a claim).

use std::rc::Rc;

use lede_core::corrections::Attribute;
use lede_core::decimal::shortest;
use lede_core::{ClaimKind, Detail, FigureKind, Qualifier, QuoteStyle};
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::view_model::ViewItem;

/// Props of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The item.
    pub item: Rc<ViewItem>,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

fn value_of(form: &web_sys::HtmlFormElement, name: &str) -> Option<String> {
    let el = form.elements().named_item(name)?;
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        return Some(input.value());
    }
    el.dyn_ref::<HtmlSelectElement>().map(|s| s.value())
}

/// A choice among the export names of an attribute, the current one selected.
fn choice(label: &str, name: &str, options: &[&'static str], current: &str) -> Html {
    html! {
        <label>{label.to_string()}
            <select name={name.to_string()} data-testid={format!("edit-{}", name.replace('_', "-"))}>
                { for options.iter().map(|o| html! {
                    <option value={*o} selected={current == *o}>{o.replace('_', " ")}</option>
                }) }
            </select>
        </label>
    }
}

fn opt(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// The attribute editor.
#[component]
pub fn Editor(props: &EditorProps) -> Html {
    let detail = props.item.annotation.detail.clone();
    let onsubmit = {
        let dispatch = props.dispatch.clone();
        let detail = detail.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlFormElement>().ok())
            else {
                return;
            };
            let mut changes = Vec::new();
            match &detail {
                Detail::Quote(q) => {
                    let speaker = value_of(&form, "speaker").and_then(opt);
                    if speaker != q.speaker {
                        changes.push(Attribute::Speaker(speaker));
                    }
                    let cue = value_of(&form, "cue").and_then(opt);
                    if cue != q.cue {
                        changes.push(Attribute::Cue(cue));
                    }
                    let style = value_of(&form, "quote_style").and_then(|v| QuoteStyle::parse(&v));
                    if let Some(style) = style.filter(|s| *s != q.style) {
                        changes.push(Attribute::QuoteStyle(style));
                    }
                }
                Detail::Figure(f) => {
                    let value = value_of(&form, "value")
                        .and_then(opt)
                        .and_then(|v| crate::number::parse_f64(&v.replace(',', "")));
                    if value != f.value {
                        changes.push(Attribute::Value(value));
                    }
                    let unit = value_of(&form, "unit").and_then(opt);
                    if unit != f.unit {
                        changes.push(Attribute::Unit(unit));
                    }
                    let qualifier = value_of(&form, "qualifier").and_then(|v| Qualifier::parse(&v));
                    if let Some(qualifier) = qualifier.filter(|q| *q != f.qualifier) {
                        changes.push(Attribute::Qualifier(qualifier));
                    }
                    let kind = value_of(&form, "figure_kind").and_then(|v| FigureKind::parse(&v));
                    if let Some(kind) = kind.filter(|k| *k != f.kind) {
                        changes.push(Attribute::FigureKind(kind));
                    }
                }
                Detail::Claim(c) => {
                    if let Some(kind) =
                        value_of(&form, "claim_kind").and_then(|k| ClaimKind::parse(&k))
                    {
                        if kind != c.kind {
                            changes.push(Attribute::ClaimKind(kind));
                        }
                    }
                }
                Detail::Entity(_) => {}
            }
            for change in changes {
                dispatch.dispatch(Action::SetAttribute(change));
            }
            dispatch.dispatch(Action::ToggleEditor);
        })
    };
    let cancel = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ToggleEditor))
    };
    let fields = match &detail {
        Detail::Quote(q) => html! {
            <>
                <label>{"Speaker"}<input name="speaker" data-testid="edit-speaker" value={q.speaker.clone().unwrap_or_default()} /></label>
                <label>{"Cue"}<input name="cue" data-testid="edit-cue" value={q.cue.clone().unwrap_or_default()} /></label>
                { choice("Style", "quote_style", &["direct", "partial", "scare", "title"], q.style.as_str()) }
            </>
        },
        Detail::Figure(f) => html! {
            <>
                <label>{"Value"}<input name="value" data-testid="edit-value" inputmode="decimal"
                    value={f.value.map(shortest).unwrap_or_default()} /></label>
                <label>{"Unit"}<input name="unit" data-testid="edit-unit" value={f.unit.clone().unwrap_or_default()} /></label>
                { choice("Qualifier", "qualifier", &["exact", "over", "under", "about", "at_least", "at_most", "range"], f.qualifier.as_str()) }
                { choice("Type", "figure_kind", &["count", "money", "percent", "duration", "date", "year", "ordinal", "age", "measure", "score", "other"], f.kind.as_str()) }
            </>
        },
        Detail::Claim(c) => choice(
            "Type",
            "claim_kind",
            &[
                "commitment",
                "prediction",
                "statistic",
                "attributed",
                "event",
                "other",
            ],
            c.kind.as_str(),
        ),
        Detail::Entity(_) => html! {},
    };
    html! {
        <form class="lede-editor" data-testid="editor" {onsubmit}>
            <strong>{format!("Edit {}", props.item.kind.as_str())}</strong>
            { fields }
            <button type="submit" class="lede-button lede-button-primary" data-testid="edit-save">{"Save"}</button>
            <button type="button" class="lede-button" onclick={cancel}>{"Cancel"}</button>
        </form>
    }
}
