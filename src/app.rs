//! `App`: the root component. Owns the state (`use_reducer`), listens for the
//! keyboard and for dropped files, and moves the focus to the selected
//! highlight. Everything else is in `state.rs` and the components.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::article_view::ArticleView;
use crate::components::details::Details;
use crate::components::documents::Documents;
use crate::components::editor::Editor;
use crate::components::help_overlay::HelpOverlay;
use crate::components::input_panel::InputPanel;
use crate::components::legend::Legend;
use crate::components::notice_bar::NoticeBar;
use crate::components::review_bar::ReviewBar;
use crate::components::side_panel::SidePanel;
use crate::components::toolbar::Toolbar;
use crate::components::tooltip::Tooltip;
use crate::keys::{action_for, Press};
use crate::state::{Action, AppState, Level, NoticeKey};
use crate::storage::{self, Read};

/// The first state: the last document from storage, else the sample.
fn initial_state() -> AppState {
    match storage::read_last() {
        Ok(Read::Found(entry)) => AppState::from_entry(*entry),
        Ok(Read::Missing) => AppState::default(),
        Ok(Read::Corrupt { message }) => {
            let mut state = AppState::default();
            state.notify(NoticeKey::Storage, Level::Warning, &message);
            state
        }
        Err(message) => {
            let mut state = AppState {
                storage_failed: true,
                ..AppState::default()
            };
            state.notify(NoticeKey::Storage, Level::Warning, &message);
            state
        }
    }
}

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

/// A save waiting for the next paint.
type Pending = std::rc::Rc<std::cell::RefCell<Option<Box<dyn FnOnce()>>>>;

/// Runs the pending save, if any.
fn run_pending(pending: &Pending) {
    let save = pending.borrow_mut().take();
    if let Some(save) = save {
        save();
    }
}

/// Runs `f` once the frame showing the current changes is painted: in a task
/// queued from the animation frame after that one (the first frame draws the
/// changes; the second one starts only once that drawing is done).
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    let second = move || {
        if let Some(w) = web_sys::window() {
            let task = Closure::once_into_js(f);
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
        }
    };
    let first = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(Closure::once_into_js(second).unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(first.unchecked_ref());
}

/// Runs the pending save in a task queued from the next animation frame (the
/// one drawing the change), or after 200 ms (pages in the background get no
/// frames). Whichever comes first saves; the other
/// finds nothing to do. Leaving or hiding the page saves at once.
fn save_after_paint(pending: Pending) {
    let Some(window) = web_sys::window() else {
        return run_pending(&pending);
    };
    let fallback = pending.clone();
    let task = Closure::once_into_js(move || run_pending(&fallback));
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 200);
    // A task queued from the next animation frame (the one drawing the change).
    let frame = Closure::once_into_js(move || {
        if let Some(w) = web_sys::window() {
            let task = Closure::once_into_js(move || run_pending(&pending));
            let _ =
                w.set_timeout_with_callback_and_timeout_and_arguments_0(task.unchecked_ref(), 0);
        }
    });
    let _ = window.request_animation_frame(frame.unchecked_ref());
}

/// The app.
#[component]
pub fn App() -> Html {
    let state = use_reducer(initial_state);
    let dispatch = state.dispatcher();
    // The current document's text and key, for listeners set up once.
    // (The key is hashed when first needed, not here.)
    let current = use_mut_ref(|| (*state).clone());
    if !std::rc::Rc::ptr_eq(&current.borrow().doc, &state.doc) {
        *current.borrow_mut() = (*state).clone();
    }

    // Save on every change of the corrections or the title, soon after the
    // change is painted (saving a long article takes milliseconds the
    // keystroke should not wait for); on a new text, first look for its stored
    // corrections. A pending save runs at once when the page is hidden or
    // left, so nothing is lost.
    let pending_save = use_mut_ref(|| None::<Box<dyn FnOnce()>>);
    {
        let state = state.clone();
        let last_key = use_mut_ref(|| None::<String>);
        let pending = pending_save.clone();
        use_effect_with(
            (state.generation, state.revision, state.title.clone()),
            move |_| {
                // The handle reads whatever state is current when it is read
                // (Yew 0.23), so the deferred save below must hold this
                // render's state itself: otherwise a save still pending when
                // the next text arrives would write that text under this key.
                let snapshot = (*state).clone();
                let key = snapshot.key();
                let new_document = last_key.borrow().as_deref() != Some(key.as_str());
                if new_document {
                    // A save still pending for the previous document runs first.
                    run_pending(&pending);
                    *last_key.borrow_mut() = Some(key.clone());
                    if let Some(old) = &snapshot.replaces {
                        let _ = storage::remove(old);
                    }
                    if snapshot.log().ops().is_empty() {
                        match storage::read(&key) {
                            Ok(Read::Found(entry)) => {
                                if !entry.log.ops().is_empty() || entry.title.is_some() {
                                    state.dispatch(Action::Open(entry));
                                    return;
                                }
                            }
                            Ok(Read::Corrupt { message }) => {
                                state.dispatch(Action::Notify(crate::state::Notice {
                                    key: NoticeKey::Storage,
                                    level: Level::Warning,
                                    text: message.into(),
                                }))
                            }
                            Ok(Read::Missing) | Err(_) => {}
                        }
                    }
                }
                if snapshot.is_pristine() {
                    return;
                }
                if snapshot.stored {
                    // Storage already holds this version: a save still
                    // pending from before it is superseded by it.
                    pending.borrow_mut().take();
                    return;
                }
                let save: Box<dyn FnOnce()> =
                    Box::new(
                        move || match storage::save(&key, &snapshot.entry(storage::now())) {
                            Ok(()) => state.dispatch(Action::StorageOk),
                            Err(message) => state.dispatch(Action::StorageFailed(message)),
                        },
                    );
                *pending.borrow_mut() = Some(save);
                save_after_paint(pending.clone());
            },
        );
    }
    {
        let pending = pending_save.clone();
        use_effect_with((), move |_| {
            let flush = Closure::<dyn Fn()>::new(move || run_pending(&pending));
            let window = web_sys::window();
            if let Some(w) = &window {
                for event in ["pagehide", "visibilitychange"] {
                    let _ =
                        w.add_event_listener_with_callback(event, flush.as_ref().unchecked_ref());
                }
            }
            move || {
                if let Some(w) = &window {
                    for event in ["pagehide", "visibilitychange"] {
                        let _ = w.remove_event_listener_with_callback(
                            event,
                            flush.as_ref().unchecked_ref(),
                        );
                    }
                }
                drop(flush);
            }
        });
    }

    // Another tab saved the same document: take its version.
    {
        let dispatch = dispatch.clone();
        let current = current.clone();
        use_effect_with((), move |_| {
            let listener =
                Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
                    let (Some(key), Some(value)) = (e.key(), e.new_value()) else {
                        return;
                    };
                    if key != current.borrow().key() {
                        return;
                    }
                    if let Ok(entry) = lede_core::corrections::storage::decode(&value) {
                        dispatch.dispatch(Action::ExternalChange(Box::new(entry)));
                    }
                });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                    );
                }
                drop(listener);
            }
        });
    }

    // Keyboard shortcuts, on the whole document.
    {
        let dispatch = dispatch.clone();
        let current = current.clone();
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
                    // 1/2/3 with text selected in the article add an annotation.
                    let action = match action {
                        Action::Retype(kind) => {
                            let doc = current.borrow().doc.clone();
                            let text = doc.text();
                            match crate::selection::selected_span(text) {
                                Some((start, end)) => {
                                    crate::selection::clear();
                                    Action::Add { start, end, kind }
                                }
                                None => Action::Retype(kind),
                            }
                        }
                        other => other,
                    };
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
            <Toolbar title={state.title.clone()} dispatch={dispatch.clone()}>
                <button type="button" class="lede-button" data-testid="documents-button"
                    onclick={{ let d = dispatch.clone(); let p = pending_save.clone(); Callback::from(move |_| { run_pending(&p); d.dispatch(Action::ToggleDocuments) }) }}>
                    {"Documents"}
                </button>
                <crate::components::export_menu::ExportMenu doc={crate::view_model::Shared(state.doc.clone())}
                    replay={crate::view_model::Shared(state.replay.clone())}
                    title={state.title.clone()} dispatch={dispatch.clone()} />
            </Toolbar>
            <NoticeBar notices={state.notices.clone()} dispatch={dispatch.clone()} />
            <InputPanel text={state.text.clone()} words={state.word_count()} dispatch={dispatch.clone()} />
            <Legend hidden={state.hidden} counts={state.counts()} show_rejected={state.show_rejected}
                dispatch={dispatch.clone()} />
            <ReviewBar
                progress={state.progress()}
                selected={state.selected.as_ref().and_then(|id| state.view.item(id).cloned())}
                can_undo={state.log().can_undo()}
                can_redo={state.log().can_redo()}
                orphans={state.orphans.clone()}
                text={state.text.clone()}
                dispatch={dispatch.clone()}
            />
            if state.editor_open {
                if let Some(item) = state.selected.as_ref().and_then(|id| state.view.item(id).cloned()) {
                    <Editor key={item.id.to_string()} item={item.clone()} dispatch={dispatch.clone()} />
                }
            }
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
                    doc={crate::view_model::Shared(state.doc.clone())}
                    speakers={state.view.speakers.clone()}
                    selected={state.selected.clone()}
                    hidden={state.hidden}
                    generation={state.generation}
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
            if state.documents_open {
                <Documents current={AttrValue::from(state.key())} dispatch={dispatch.clone()} />
            }
            if state.help_open {
                <HelpOverlay dispatch={dispatch.clone()} />
            }
        </div>
    }
}
