//! `QuoteList`: the quotes grouped by speaker, most quoted first.

use yew::prelude::*;

use crate::components::item_button::{shown, Content, ItemButton, ShowAll};
use crate::state::AppState;
use crate::view_model::{Items, Shared, SpeakerShare};

/// Props of [`QuoteList`].
#[derive(Properties, PartialEq)]
pub struct QuoteListProps {
    /// All items.
    pub items: Items,
    /// Speakers with their quotes' ids.
    pub speakers: Shared<Vec<SpeakerShare>>,
    /// Selected item.
    pub selected: Option<AttrValue>,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Quotes grouped by speaker.
#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    let all = use_state(|| false);
    if props.speakers.is_empty() {
        return html! { <p class="lede-none">{"No quotes found."}</p> };
    }
    let groups = props.speakers.iter().map(|speaker| {
        let quotes = speaker
            .indices
            .iter()
            .filter_map(|&i| props.items.get(i))
            .enumerate()
            .filter(|(i, item)| shown(*i, *all, props.selected.as_ref() == Some(&item.id)))
            .map(|(_, item)| item);
        html! {
            <li class="lede-speaker" data-testid="speaker-group" data-speaker={speaker.name.clone()}>
                <h4>{speaker.name.clone()}<span class="lede-count">{speaker.quotes}</span></h4>
                <ul>
                    { for quotes.map(|item| html! {
                        <ItemButton
                            key={item.id.as_str()}
                            item={Shared(item.clone())}
                            selected={props.selected.as_ref() == Some(&item.id)}
                            dispatch={props.dispatch.clone()}
                            content={Content::Quote}
                        />
                    }) }
                </ul>
            </li>
        }
    });
    let total = props.speakers.iter().map(|s| s.quotes).max().unwrap_or(0);
    html! {
        <>
        <ul class="lede-quotes" data-testid="quote-list">{ for groups }</ul>
        <ShowAll {total} all={all.clone()} />
        </>
    }
}
