//! `App`: the root component. Owns the state (`use_reducer`), listens for the
//! keyboard and for dropped files, and moves the focus to the selected
//! highlight. Everything else is in `state.rs` and the components.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::article_view::ArticleView;
use crate::components::details::Details;
use crate::components::help_overlay::HelpOverlay;
use crate::components::input_panel::InputPanel;
use crate::components::legend::Legend;
use crate::components::notice_bar::NoticeBar;
use crate::components::side_panel::SidePanel;
use crate::components::toolbar::Toolbar;
use crate::components::tooltip::Tooltip;
use crate::keys::{action_for, Press};
use crate::state::AppState;

/// True when the key belongs to a text field (typing, not a shortcut).
fn typing_in_field(e: &KeyboardEvent) -> bool {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return false;
    };
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || el
            .dyn_ref::<HtmlElement>()
            .is_some_and(|h| h.is_content_editable())
}

/// Scrolls to and focuses the selected highlight and its list entry.
fn reveal(id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let escaped = id.replace('\\', "\\\\").replace('"', "\\\"");
    // The list entry first (it may scroll the page on narrow screens), then
    // the highlight, which decides where the page ends up.
    let entry = document
        .query_selector(&format!(".lede-side [data-id=\"{escaped}\"]"))
        .ok()
        .flatten();
    if let Some(entry) = entry {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        entry.scroll_into_view_with_scroll_into_view_options(&options);
    }
    let mark = document
        .query_selector(&format!("article mark[data-id=\"{escaped}\"][data-first]"))
        .ok()
        .flatten();
    if let Some(mark) = mark {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        mark.scroll_into_view_with_scroll_into_view_options(&options);
        if let Some(h) = mark.dyn_ref::<HtmlElement>() {
            let focus = web_sys::FocusOptions::new();
            focus.set_prevent_scroll(true);
            let _ = h.focus_with_options(&focus);
        }
    }
}

/// The app.
#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let dispatch = state.dispatcher();

    // Keyboard shortcuts, on the whole document.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                if e.default_prevented() || typing_in_field(&e) {
                    return;
                }
                let key = e.key();
                let press = Press {
                    key: &key,
                    ctrl: e.ctrl_key() || e.meta_key(),
                    shift: e.shift_key(),
                    alt: e.alt_key(),
                };
                if let Some(action) = action_for(&press) {
                    e.prevent_default();
                    dispatch.dispatch(action);
                }
            });
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(d) = &document {
                let _ = d
                    .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(d) = &document {
                    let _ = d.remove_event_listener_with_callback(
                        "keydown",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }

    // Reveal the selection once it is painted.
    use_effect_with(state.selected.clone(), |selected| {
        if let Some(id) = selected {
            reveal(id);
        }
    });

    // A paste outside any text field replaces the article.
    let onpaste = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let in_field = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|el| {
                    matches!(
                        el.tag_name().to_ascii_lowercase().as_str(),
                        "input" | "textarea"
                    )
                });
            if in_field {
                return;
            }
            if let Some(loaded) = crate::input::pasted(&e) {
                e.prevent_default();
                dispatch.dispatch(crate::state::Action::SetText {
                    text: loaded.text,
                    title: loaded.title,
                });
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                crate::input::load_file(file, dispatch.clone());
            }
        })
    };

    let selected_paragraphs = state
        .selected
        .as_ref()
        .and_then(|id| state.view.item(id))
        .map(|item| {
            let doc = &state.doc;
            let first = doc.paragraph_at(item.span.start).unwrap_or(0);
            let last = doc
                .paragraph_at(item.span.end.saturating_sub(1))
                .unwrap_or(first);
            (first, last.max(first))
        });
    let hover_item = state
        .hover
        .as_ref()
        .and_then(|h| state.view.item(&h.id).map(|item| (h.clone(), item.clone())));
    let details_item = state
        .selected
        .as_ref()
        .filter(|_| state.details_open)
        .and_then(|id| state.view.item(id).cloned());

    html! {
        <div class="lede-app" {ondragover} {ondrop} {onpaste}>
            <Toolbar title={state.title.clone()} dispatch={dispatch.clone()} />
            <NoticeBar notices={state.notices.clone()} dispatch={dispatch.clone()} />
            <InputPanel text={state.text.clone()} words={state.word_count()} dispatch={dispatch.clone()} />
            <Legend hidden={state.hidden} counts={state.counts()} show_rejected={state.show_rejected}
                dispatch={dispatch.clone()} />
            <main class="lede-main">
                <ArticleView
                    title={state.title.clone()}
                    paragraphs={state.view.paragraphs.clone()}
                    {selected_paragraphs}
                    selected={state.selected.clone()}
                    hidden={state.hidden}
                    generation={state.generation}
                    dispatch={dispatch.clone()}
                />
                <SidePanel
                    items={state.view.items.clone()}
                    speakers={state.view.speakers.clone()}
                    selected={state.selected.clone()}
                    hidden={state.hidden}
                    dispatch={dispatch.clone()}
                />
            </main>
            if let Some((hover, item)) = hover_item {
                <Tooltip {hover} {item} />
            }
            if let Some(item) = details_item {
                <section class="lede-sheet" data-testid="details" aria-label="Details of the selected annotation">
                    <h3>{format!("{}: ", item.kind.as_str())}<q>{item.text.clone()}</q></h3>
                    <Details {item} />
                </section>
            }
            if state.help_open {
                <HelpOverlay dispatch={dispatch.clone()} />
            }
        </div>
    }
}
