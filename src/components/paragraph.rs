//! `Paragraph`: one paragraph of the article with its nested highlights.
//! Memoised: it renders again only when its model or its selection changes.

use yew::prelude::*;

use crate::view_model::{MarkNode, Node, ParagraphModel, Shared};

/// Props of [`Paragraph`].
#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    /// The paragraph's content.
    pub model: Shared<ParagraphModel>,
    /// The selected item's id, only when it is in this paragraph.
    pub selected: Option<AttrValue>,
}

/// One paragraph.
#[component]
pub fn Paragraph(props: &ParagraphProps) -> Html {
    let selected = props.selected.as_ref();
    html! {
        <p class="lede-paragraph" data-index={props.model.index.to_string()}
            data-start={props.model.span.start.to_string()} data-end={props.model.span.end.to_string()}>
            { for props.model.nodes.iter().map(|n| node(n, selected)) }
        </p>
    }
}

fn node(node: &Node, selected: Option<&AttrValue>) -> Html {
    match node {
        Node::Text(text) => html! { {text.clone()} },
        Node::Mark(mark) => mark_html(mark, selected),
    }
}

fn mark_html(mark: &MarkNode, selected: Option<&AttrValue>) -> Html {
    let is_selected = selected == Some(&mark.id);
    let class = classes!(
        "lede-mark",
        crate::components::legend::kind_class(mark.kind),
        format!(
            "lede-status-{}",
            crate::view_model::status_label(mark.status, mark.origin)
        ),
        is_selected.then_some("lede-selected"),
        (!mark.first).then_some("lede-continued"),
    );
    let tabindex = if is_selected && mark.first { "0" } else { "-1" };
    html! {
        <mark
            {class}
            data-id={mark.id.clone()}
            data-kind={mark.kind.as_str()}
            data-status={crate::view_model::status_label(mark.status, mark.origin)}
            data-first={mark.first.then_some("true")}
            aria-label={mark.aria.clone()}
            {tabindex}
        >
            { for mark.children.iter().map(|n| node(n, selected)) }
        </mark>
    }
}
