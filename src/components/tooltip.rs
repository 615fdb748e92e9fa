//! `Tooltip`: the details of the highlight under the pointer or focus,
//! placed under it. The position is set through the CSSOM (allowed by the
//! strict CSP, unlike a `style` attribute).

use lede_core::decimal::fixed;
use yew::prelude::*;

use crate::components::details::Details;
use crate::state::Hover;
use crate::view_model::ViewItem;

/// Props of [`Tooltip`].
#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    /// Where.
    pub hover: Hover,
    /// What.
    pub item: std::rc::Rc<ViewItem>,
}

/// A tooltip with an item's details.
#[component]
pub fn Tooltip(props: &TooltipProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(props.hover.clone(), move |hover| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let style = el.style();
                let _ = style.set_property(
                    "left",
                    &format!("min({}px, calc(100vw - 22rem))", fixed(hover.x.max(4.0), 0)),
                );
                let _ = style.set_property("top", &format!("{}px", fixed(hover.y + 6.0, 0)));
            }
        });
    }
    html! {
        <div class="lede-tooltip" role="tooltip" data-testid="tooltip" ref={node}>
            <p class="lede-tooltip-text">{props.item.text.clone()}</p>
            <Details item={props.item.clone()} />
        </div>
    }
}
