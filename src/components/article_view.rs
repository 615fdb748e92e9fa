//! `ArticleView`: the article with its highlights. Listens once at the
//! article for clicks, pointer and focus on highlights (event delegation), so a
//! 50,000-word article needs no listener per highlight. Very long articles
//! are drawn in growing chunks of paragraphs (1,000, then twice as many each
//! task), so the first screen appears at once and the page is laid out only a
//! few times.

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::components::paragraph::Paragraph;
use crate::state::{Action, AppState, Hover, KindSet};
use crate::view_model::{ParagraphModel, Shared};
use lede_core::Kind;

/// Props of [`ArticleView`].
#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The title.
    pub title: AttrValue,
    /// The paragraphs.
    pub paragraphs: Shared<Vec<Shared<ParagraphModel>>>,
    /// Paragraph indices the selection touches (first..last).
    pub selected_paragraphs: Option<(usize, usize)>,
    /// Selected item.
    pub selected: Option<AttrValue>,
    /// Hidden kinds.
    pub hidden: KindSet,
    /// Bumped for each new document.
    pub generation: u32,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The innermost highlight at an event's target.
fn mark_at(event: &Event) -> Option<Element> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    target.closest("mark[data-id]").ok().flatten()
}

fn hover_of(mark: &Element) -> Option<Hover> {
    let id = mark.get_attribute("data-id")?;
    let rect = mark.get_bounding_client_rect();
    Some(Hover {
        id: id.into(),
        x: rect.left(),
        y: rect.bottom(),
    })
}

/// Paragraphs drawn in the first chunk.
pub const CHUNK: usize = 1000;

/// The article.
#[component]
pub fn ArticleView(props: &ArticleViewProps) -> Html {
    let last_hover = use_mut_ref(|| None::<String>);
    // How many paragraphs are drawn, per document generation.
    let drawn = use_state(|| (props.generation, CHUNK));
    let limit = if drawn.0 == props.generation {
        drawn.1
    } else {
        CHUNK
    };
    // The selection must be drawn.
    let limit = props
        .selected_paragraphs
        .map_or(limit, |(_, last)| limit.max(last + 1));
    {
        let drawn = drawn.clone();
        let total = props.paragraphs.len();
        let generation = props.generation;
        use_effect_with(
            (generation, limit, total),
            move |&(generation, limit, total)| {
                let timeout = (limit < total).then(|| {
                    gloo_timers::callback::Timeout::new(0, move || {
                        drawn.set((generation, limit * 2));
                    })
                });
                move || drop(timeout)
            },
        );
    }

    let onclick = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            // A click ending a text selection is for adding, not selecting.
            let has_selection = web_sys::window()
                .and_then(|w| w.get_selection().ok().flatten())
                .is_some_and(|s| !s.is_collapsed());
            if has_selection {
                return;
            }
            let id = mark_at(&e).and_then(|m| m.get_attribute("data-id"));
            dispatch.dispatch(Action::Select(id.map(AttrValue::from)));
        })
    };
    let onmouseover = {
        let dispatch = props.dispatch.clone();
        let last = last_hover.clone();
        Callback::from(move |e: MouseEvent| {
            let mark = mark_at(&e);
            let id = mark.as_ref().and_then(|m| m.get_attribute("data-id"));
            if *last.borrow() == id {
                return;
            }
            *last.borrow_mut() = id;
            dispatch.dispatch(Action::Hover(mark.as_ref().and_then(hover_of)));
        })
    };
    let onmouseleave = {
        let dispatch = props.dispatch.clone();
        let last = last_hover.clone();
        Callback::from(move |_: MouseEvent| {
            *last.borrow_mut() = None;
            dispatch.dispatch(Action::Hover(None));
        })
    };
    let onfocusin = {
        let dispatch = props.dispatch.clone();
        let last = last_hover.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(mark) = mark_at(&e) {
                *last.borrow_mut() = mark.get_attribute("data-id");
                dispatch.dispatch(Action::Hover(hover_of(&mark)));
            }
        })
    };

    let hidden_classes = [Kind::Quote, Kind::Figure, Kind::Claim]
        .into_iter()
        .filter(|k| props.hidden.contains(*k))
        .map(|k| format!("lede-hide-{}", k.as_str()))
        .collect::<Vec<_>>();
    let generation = props.generation;
    let paragraphs = props.paragraphs.iter().take(limit).map(|model| {
        let selected = props
            .selected_paragraphs
            .filter(|(a, b)| (*a..=*b).contains(&model.index))
            .and(props.selected.clone());
        html! {
            <Paragraph key={format!("{generation}-{}", model.index)} model={model.clone()} {selected} />
        }
    });
    html! {
        <div class="lede-reader">
        if !props.title.is_empty() {
            <h2 class="lede-article-title" data-testid="article-title">{props.title.clone()}</h2>
        }
        <article
            class={classes!("lede-article", hidden_classes)}
            data-testid="article"
            data-complete={(limit >= props.paragraphs.len()).to_string()}
            aria-label="Article with highlights"
            tabindex="0"
            {onclick}
            {onmouseover}
            {onmouseleave}
            {onfocusin}
        >
            if props.paragraphs.is_empty() {
                <p class="lede-empty" data-testid="empty">
                    {"Nothing to read yet. Paste an article above, drop a .txt, .html or .md file here, or load the sample."}
                </p>
            }
            { for paragraphs }
        </article>
        </div>
    }
}
