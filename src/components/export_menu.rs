//! `ExportMenu`: download the corrected annotations in each format (through
//! `download.rs`), and import a Lede JSON or W3C file back.

use lede_core::corrections::Replay;
use lede_core::export::ExportOptions;
use lede_core::{Document, Item};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::export::{file_stem, FORMATS};
use crate::state::{Action, AppState, Level, Notice, NoticeKey};
use crate::view_model::Shared;

/// Props of [`ExportMenu`].
#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    /// The document.
    pub doc: Shared<Document>,
    /// The corrections and the corrected items.
    pub replay: Shared<Replay>,
    /// The title.
    pub title: AttrValue,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

fn notice(dispatch: &UseReducerDispatcher<AppState>, level: Level, text: String) {
    dispatch.dispatch(Action::Notify(Notice {
        key: NoticeKey::Import,
        level,
        text: text.into(),
    }));
}

/// The Export menu and the Import control.
#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let include_rejected = use_state(|| false);
    let buttons = FORMATS.iter().map(|&format| {
        let doc = props.doc.clone();
        let replay = props.replay.clone();
        let title = props.title.clone();
        let include = *include_rejected;
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_| {
            let options = ExportOptions {
                include_rejected: include,
                title: (!title.is_empty()).then(|| title.to_string()),
                source: None,
            };
            let (ext, mime) = format.file();
            let name = format!("{}.{ext}", file_stem(&title));
            let items: Vec<Item> = replay.items().iter().map(|it| (**it).clone()).collect();
            let contents = format.contents(&doc, &items, &options);
            if let Err(e) = crate::download::download(&name, mime, &contents) {
                notice(&dispatch, Level::Error, format!("Export failed: {e}."));
            }
        });
        html! {
            <li><button type="button" class="lede-item" data-testid={format!("export-{}", format.id())} {onclick}>
                {format.label()}
            </button></li>
        }
    });
    let toggle_rejected = {
        let include_rejected = include_rejected.clone();
        Callback::from(move |_| include_rejected.set(!*include_rejected))
    };
    let on_import = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                    Ok(t) => t.as_string().unwrap_or_default(),
                    Err(_) => {
                        notice(
                            &dispatch,
                            Level::Error,
                            format!("“{name}” could not be read."),
                        );
                        return;
                    }
                };
                match lede_core::export::import::import(&text, None) {
                    Ok(imported) => {
                        let message = (!imported.unplaced.is_empty()).then(|| {
                            format!(
                                "Imported “{name}”, but {} annotation(s) could not be placed: {}.",
                                imported.unplaced.len(),
                                imported
                                    .unplaced
                                    .iter()
                                    .take(5)
                                    .map(|u| format!("{} “{}” ({})", u.kind, u.exact, u.reason))
                                    .collect::<Vec<_>>()
                                    .join("; ")
                            )
                        });
                        dispatch.dispatch(Action::Import {
                            text: imported.text,
                            title: imported.title,
                            items: imported.items,
                            message,
                        });
                    }
                    Err(e) => notice(
                        &dispatch,
                        Level::Error,
                        format!(
                            "“{name}” was not imported: {e}. The current document is unchanged."
                        ),
                    ),
                }
            });
        })
    };
    html! {
        <>
        <details class="lede-menu" data-testid="export-menu">
            <summary class="lede-button">{"Export"}</summary>
            <div class="lede-menu-body">
                <ul>{ for buttons }</ul>
                <label class="lede-check">
                    <input type="checkbox" data-testid="export-rejected" checked={*include_rejected} onchange={toggle_rejected} />
                    {" Include rejected"}
                </label>
            </div>
        </details>
        <label class="lede-button lede-file">
            {"Import…"}
            <input type="file" data-testid="import-input" class="lede-visually-hidden"
                accept=".json,.jsonld,application/json,application/ld+json" onchange={on_import} />
        </label>
        </>
    }
}
