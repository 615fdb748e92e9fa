//! `Documents`: the stored documents, to reopen, rename or delete, with the
//! storage they use.

use lede_core::decimal::fixed;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::storage::{self, Read};

/// Props of [`Documents`].
#[derive(Properties, PartialEq)]
pub struct DocumentsProps {
    /// The current document's key.
    pub current: AttrValue,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

fn kb(bytes: usize) -> String {
    format!("{} KB", fixed(bytes as f64 / 1024.0, 1))
}

/// The documents dialog.
#[component]
pub fn Documents(props: &DocumentsProps) -> Html {
    // Bumped after a rename or delete to read the list again.
    let version = use_state(|| 0u32);
    let message = use_state(|| None::<String>);
    let listed = storage::list();
    let close = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ToggleDocuments))
    };
    let body = match listed {
        Err(e) => html! { <p data-testid="documents-error">{e}</p> },
        Ok((docs, used)) => {
            let rows = docs.into_iter().map(|d| {
                let open = {
                    let dispatch = props.dispatch.clone();
                    let key = d.key.clone();
                    let message = message.clone();
                    Callback::from(move |_| match storage::read(&key) {
                        Ok(Read::Found(entry)) => dispatch.dispatch(Action::Open(entry)),
                        Ok(Read::Corrupt { message: m }) => message.set(Some(m)),
                        Ok(Read::Missing) => message.set(Some("That document is no longer stored.".into())),
                        Err(e) => message.set(Some(e)),
                    })
                };
                let rename = {
                    let key = d.key.clone();
                    let version = version.clone();
                    let message = message.clone();
                    let dispatch = props.dispatch.clone();
                    let current = props.current.clone();
                    Callback::from(move |e: Event| {
                        let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                            return;
                        };
                        match storage::rename(&key, &input.value()) {
                            Ok(()) => {
                                if current == key.as_str() {
                                    dispatch.dispatch(Action::SetTitle(input.value()));
                                }
                                version.set(*version + 1);
                            }
                            Err(e) => message.set(Some(e)),
                        }
                    })
                };
                let delete = {
                    let key = d.key.clone();
                    let version = version.clone();
                    Callback::from(move |_| {
                        let _ = storage::remove(&key);
                        version.set(*version + 1);
                    })
                };
                let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(d.modified as f64));
                let when: String = date.to_locale_string("en-GB", &wasm_bindgen::JsValue::UNDEFINED).into();
                let is_current = props.current == d.key.as_str();
                html! {
                    <tr key={d.key.clone()} data-testid="document" data-key={d.key.clone()} data-title={d.title.clone()}
                        class={classes!(is_current.then_some("lede-current"))}>
                        <td><input class="lede-rename" data-testid="document-title" aria-label="Title"
                            value={d.title.clone()} onchange={rename} /></td>
                        <td>{plural(d.words, "word")}</td>
                        <td data-testid="document-corrections">{plural(d.corrections, "correction")}</td>
                        <td>{when}</td>
                        <td>{kb(d.bytes)}</td>
                        <td>
                            <button type="button" class="lede-button" data-testid="document-open" onclick={open}>{"Open"}</button>
                            <button type="button" class="lede-button" data-testid="document-delete" onclick={delete}>{"Delete"}</button>
                        </td>
                    </tr>
                }
            });
            html! {
                <>
                    <p data-testid="storage-used">{format!("Storage used: {}", kb(used))}</p>
                    <table class="lede-documents"><tbody>{ for rows }</tbody></table>
                </>
            }
        }
    };
    html! {
        <div class="lede-overlay" data-testid="documents" role="dialog" aria-modal="true" aria-labelledby="lede-docs-title">
            <div class="lede-dialog lede-dialog-wide">
                <h2 id="lede-docs-title">{"Documents"}</h2>
                if let Some(m) = (*message).clone() {
                    <p class="lede-notice lede-notice-warning" role="alert">{m}</p>
                }
                { body }
                <button type="button" class="lede-button" data-testid="documents-close" onclick={close}>{"Close"}</button>
            </div>
        </div>
    }
}

/// "1 correction", "2 corrections".
fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
