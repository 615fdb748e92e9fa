//! `HelpOverlay`: the keyboard shortcuts, generated from `keys::HELP`.

use yew::prelude::*;

use crate::keys::HELP;
use crate::state::{Action, AppState};

/// Props of [`HelpOverlay`].
#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The help overlay (a modal dialog).
#[component]
pub fn HelpOverlay(props: &HelpOverlayProps) -> Html {
    let dispatch = props.dispatch.clone();
    let close = Callback::from(move |_| dispatch.dispatch(Action::ToggleHelp));
    html! {
        <div class="lede-overlay" data-testid="help" role="dialog" aria-modal="true" aria-labelledby="lede-help-title">
            <div class="lede-dialog">
                <h2 id="lede-help-title">{"Keyboard shortcuts"}</h2>
                <table class="lede-keys">
                    { for HELP.iter().map(|(keys, what)| html! {
                        <tr><th scope="row"><kbd>{*keys}</kbd></th><td>{*what}</td></tr>
                    }) }
                </table>
                <p>{"Click a highlight or a list entry to select it. Hover or focus a highlight for its details."}</p>
                <button type="button" class="lede-button" data-testid="help-close" onclick={close}>{"Close"}</button>
            </div>
        </div>
    }
}
