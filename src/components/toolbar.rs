//! `Toolbar`: the app's header: name, the title field, open a file, load the
//! sample, help.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::{Action, AppState};

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The title.
    pub title: AttrValue,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
    /// Extra controls (documents, export…).
    #[prop_or_default]
    pub children: Html,
}

/// The header bar.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let on_title = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                dispatch.dispatch(Action::SetTitle(input.value()));
            }
        })
    };
    let on_file = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                crate::input::load_file(file, dispatch.clone());
            }
            // Let the same file be opened again.
            input.set_value("");
        })
    };
    let on_sample = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            dispatch.dispatch(Action::SetText {
                text: lede_core::sample::SAMPLE_ARTICLE.to_string(),
                title: Some(lede_core::sample::SAMPLE_TITLE.to_string()),
            })
        })
    };
    let on_help = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::ToggleHelp))
    };
    html! {
        <header class="lede-toolbar">
            <h1 class="lede-brand">{"Lede"}</h1>
            <label class="lede-title-field">
                <span class="lede-visually-hidden">{"Title"}</span>
                <input type="text" data-testid="title" placeholder="Title"
                    value={props.title.clone()} oninput={on_title} />
            </label>
            <div class="lede-actions">
                <label class="lede-button lede-file">
                    {"Open file…"}
                    <input type="file" data-testid="file-input" class="lede-visually-hidden"
                        accept=".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown"
                        onchange={on_file} />
                </label>
                <button type="button" class="lede-button" data-testid="sample" onclick={on_sample}>{"Sample"}</button>
                { props.children.clone() }
                <button type="button" class="lede-button" data-testid="help-button" aria-label="Keyboard help"
                    onclick={on_help}>{"?"}</button>
            </div>
        </header>
    }
}
