//! `NoticeBar`: the visible messages (empty input, bad files, storage
//! trouble…), each with a dismiss button.

use yew::prelude::*;

use crate::state::{Action, AppState, Level, Notice};

/// Props of [`NoticeBar`].
#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    /// The messages.
    pub notices: Vec<Notice>,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The messages.
#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    html! {
        <div class="lede-notices" aria-live="polite">
            { for props.notices.iter().map(|n| {
                let dispatch = props.dispatch.clone();
                let key = n.key;
                let dismiss = Callback::from(move |_| dispatch.dispatch(Action::Dismiss(key)));
                let level = match n.level { Level::Info => "info", Level::Warning => "warning", Level::Error => "error" };
                html! {
                    <div class={classes!("lede-notice", format!("lede-notice-{level}"))}
                         data-testid={format!("notice-{}", n.key.as_str())}
                         role={if n.level == Level::Info { "status" } else { "alert" }}>
                        <span>{n.text.clone()}</span>
                        <button type="button" class="lede-dismiss" aria-label="Dismiss" onclick={dismiss}>{"×"}</button>
                    </div>
                }
            }) }
        </div>
    }
}
