//! `Details`: everything known about one annotation, as a definition list.
//! Used by the tooltip and by the details card of the selected annotation.

use lede_core::decimal::{fixed, shortest};
use lede_core::{Detail, Qualifier};
use yew::prelude::*;

use crate::view_model::{status_label, ViewItem};

/// The rows shown for an item: (label, value).
pub fn rows(item: &ViewItem) -> Vec<(&'static str, String)> {
    let mut rows = vec![("Status", status_label(item.status, item.origin).to_string())];
    match &item.annotation.detail {
        Detail::Quote(q) => {
            rows.push((
                "Speaker",
                q.speaker.clone().unwrap_or_else(|| "unknown".into()),
            ));
            if let Some(m) = &q.speaker_mention {
                if q.speaker.as_ref() != Some(m) {
                    rows.push(("Named as", m.clone()));
                }
            }
            rows.push(("Cue", q.cue.clone().unwrap_or_else(|| "none".into())));
            rows.push(("Style", q.style.as_str().into()));
            if let Some(issue) = q.marks {
                rows.push(("Quote marks", issue.as_str().replace('_', " ")));
            }
        }
        Detail::Figure(f) => {
            rows.push(("Figure", f.display.clone()));
            if let Some(v) = f.value {
                let value = match f.value_high {
                    Some(h) => format!("{} – {}", fmt_num(v), fmt_num(h)),
                    None => fmt_num(v),
                };
                rows.push(("Value", value));
            }
            if let Some(u) = &f.unit {
                rows.push(("Unit", u.clone()));
            }
            if f.qualifier != Qualifier::Exact {
                rows.push(("Qualifier", f.qualifier.as_str().replace('_', " ")));
            }
            rows.push(("Type", f.kind.as_str().into()));
            if let Some(iso) = &f.iso {
                rows.push(("Date", iso.clone()));
            }
        }
        Detail::Claim(c) => {
            rows.push(("Score", fixed(f64::from(c.score), 2)));
            rows.push(("Type", c.kind.as_str().into()));
            if !c.reasons.is_empty() {
                rows.push(("Reasons", c.reasons.join("; ")));
            }
        }
        Detail::Entity(e) => rows.push(("Name", e.name.to_string())),
    }
    rows
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        shortest(v)
    }
}

/// Props of [`Details`].
#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    /// The item.
    pub item: std::rc::Rc<ViewItem>,
}

/// The details of one item.
#[component]
pub fn Details(props: &DetailsProps) -> Html {
    let kind = props.item.kind.as_str();
    html! {
        <dl class="lede-details">
            <dt>{"Kind"}</dt><dd data-field="kind">{kind}</dd>
            { for rows(&props.item).into_iter().map(|(label, value)| html! {
                <>
                    <dt>{label}</dt>
                    <dd data-field={label.to_ascii_lowercase()}>{value}</dd>
                </>
            }) }
        </dl>
    }
}
