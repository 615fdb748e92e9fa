//! `InputPanel`: the article text field. Typing updates the document; a paste
//! takes the clipboard's HTML (converted to clean text, as data) or plain
//! text. A very long text is kept out of the layout (a browser relays out a
//! huge text field on every change of the page) until the user asks to edit it.

/// Above this many bytes the text field is hidden until asked for.
pub const LARGE_TEXT: usize = 200_000;

use lede_core::decimal::fixed;
use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::state::{Action, AppState};

/// Props of [`InputPanel`].
#[derive(Properties, PartialEq)]
pub struct InputPanelProps {
    /// The current text.
    pub text: AttrValue,
    /// Number of words (shown).
    pub words: usize,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Splices `insert` into `value` over the UTF-16 range `start..end`.
pub fn splice_utf16(value: &str, start: u32, end: u32, insert: &str) -> String {
    let to_byte = |u: u32| {
        let mut units = 0u32;
        for (b, c) in value.char_indices() {
            if units >= u {
                return b;
            }
            units += c.len_utf16() as u32;
        }
        value.len()
    };
    let (a, b) = (to_byte(start.min(end)), to_byte(start.max(end)));
    format!("{}{}{}", &value[..a], insert, &value[b..])
}

/// The text field.
#[component]
pub fn InputPanel(props: &InputPanelProps) -> Html {
    let editing = use_state(|| false);
    let large = props.text.len() > LARGE_TEXT;
    let show_field = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                dispatch.dispatch(Action::SetText {
                    text: area.value(),
                    title: None,
                });
            }
        })
    };
    let onpaste = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let Some(loaded) = crate::input::pasted(&e) else {
                return;
            };
            e.prevent_default();
            let Some(area) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let start = area.selection_start().ok().flatten().unwrap_or(0);
            let end = area.selection_end().ok().flatten().unwrap_or(start);
            let text = splice_utf16(&area.value(), start, end, &loaded.text);
            dispatch.dispatch(Action::SetText {
                text,
                title: loaded.title,
            });
        })
    };
    html! {
        <section class="lede-input">
            <label for="lede-input" class="lede-input-label">
                {"Article text"}
                <span class="lede-hint">{format!(" — {} words. Paste, type, or drop a .txt, .html or .md file (up to {} MB).",
                    props.words, crate::state::MAX_INPUT_BYTES / 1_048_576)}</span>
            </label>
            if large && !*editing {
                <p class="lede-large">
                    {format!("A long text ({} MB) is loaded. Paste anywhere to replace it, or ",
                        fixed(props.text.len() as f64 / 1_048_576.0, 1))}
                    <button type="button" class="lede-button" data-testid="edit-text" onclick={show_field}>
                        {"edit the text"}
                    </button>
                </p>
            }
            <textarea id="lede-input" data-testid="input" rows="4" spellcheck="false"
                hidden={large && !*editing}
                value={props.text.clone()} {oninput} {onpaste} />
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::splice_utf16;

    #[test]
    fn splices_at_utf16_offsets() {
        assert_eq!(splice_utf16("ab", 0, 2, "x"), "x");
        assert_eq!(splice_utf16("a😀b", 3, 3, "!"), "a😀!b");
        assert_eq!(splice_utf16("abc", 1, 99, ""), "a");
    }
}
