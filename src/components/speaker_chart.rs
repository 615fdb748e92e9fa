//! `SpeakerChart`: "who is quoted", an SVG bar chart of each speaker's share
//! of the quotes and of the quoted words. Drawn by the app, no library.

use lede_core::decimal::shortest;
use yew::prelude::*;

use crate::state::{Action, AppState};
use crate::view_model::{Shared, SpeakerShare};

/// Props of [`SpeakerChart`].
#[derive(Properties, PartialEq)]
pub struct SpeakerChartProps {
    /// The speakers.
    pub speakers: Shared<Vec<SpeakerShare>>,
    /// Dispatches actions.
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// Share as a whole percentage.
pub fn percent(part: usize, total: usize) -> u32 {
    if total == 0 {
        0
    } else {
        ((part as f64 * 100.0 / total as f64).round()) as u32
    }
}

const WIDTH: f64 = 320.0;
const LABEL: f64 = 110.0;
const ROW: f64 = 34.0;
const BAR: f64 = 12.0;
const MAX_ROWS: usize = 12;

/// The chart.
#[component]
pub fn SpeakerChart(props: &SpeakerChartProps) -> Html {
    let speakers: Vec<&SpeakerShare> = props.speakers.iter().filter(|s| s.quotes > 0).collect();
    if speakers.is_empty() {
        return html! { <p class="lede-none" data-testid="chart-empty">{"No quotes to chart."}</p> };
    }
    let total_quotes: usize = speakers.iter().map(|s| s.quotes).sum();
    let total_words: usize = speakers.iter().map(|s| s.words).sum();
    let shown = speakers.len().min(MAX_ROWS);
    let height = ROW * shown as f64 + 24.0;
    let bar_space = WIDTH - LABEL - 40.0;
    let rows = speakers.iter().take(MAX_ROWS).enumerate().map(|(i, s)| {
        let y = 24.0 + ROW * i as f64;
        let q = percent(s.quotes, total_quotes);
        let w = percent(s.words, total_words);
        let first = s.ids.first().cloned();
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_| dispatch.dispatch(Action::Select(first.clone())));
        let name: String = if s.name.chars().count() > 16 {
            format!("{}…", s.name.chars().take(15).collect::<String>())
        } else {
            s.name.to_string()
        };
        html! {
            <g class="lede-chart-row" data-testid="chart-row" data-speaker={s.name.clone()}
               data-quotes={q.to_string()} data-words={w.to_string()} {onclick}>
                <title>{format!("{}: {} of {} quotes ({q}%), {} of {} quoted words ({w}%)",
                    s.name, s.quotes, total_quotes, s.words, total_words)}</title>
                <rect class="lede-chart-hit" x="0" y={shortest(y - 2.0)} width={shortest(WIDTH)}
                      height={shortest(ROW - 2.0)} />
                <text x="0" y={shortest(y + BAR)} class="lede-chart-label">{name}</text>
                <rect class="lede-bar-quotes" x={shortest(LABEL)} y={shortest(y)}
                      width={shortest((bar_space * q as f64 / 100.0).max(1.0))} height={shortest(BAR)} />
                <text x={shortest(LABEL + bar_space * q as f64 / 100.0 + 4.0)} y={shortest(y + BAR - 2.0)}
                      class="lede-chart-value">{format!("{q}%")}</text>
                <rect class="lede-bar-words" x={shortest(LABEL)} y={shortest(y + BAR + 2.0)}
                      width={shortest((bar_space * w as f64 / 100.0).max(1.0))} height={shortest(BAR)} />
                <text x={shortest(LABEL + bar_space * w as f64 / 100.0 + 4.0)} y={shortest(y + 2.0 * BAR)}
                      class="lede-chart-value">{format!("{w}%")}</text>
            </g>
        }
    });
    html! {
        <figure class="lede-chart">
            <svg data-testid="chart" role="img" aria-labelledby="lede-chart-title"
                 viewBox={format!("0 0 {} {}", shortest(WIDTH), shortest(height))} width="100%">
                <title id="lede-chart-title">{"Who is quoted: share of quotes and of quoted words per speaker"}</title>
                <rect class="lede-bar-quotes" x={shortest(LABEL)} y="2" width="10" height="10" />
                <text x={shortest(LABEL + 14.0)} y="11" class="lede-chart-key">{"quotes"}</text>
                <rect class="lede-bar-words" x={shortest(LABEL + 70.0)} y="2" width="10" height="10" />
                <text x={shortest(LABEL + 84.0)} y="11" class="lede-chart-key">{"quoted words"}</text>
                { for rows }
            </svg>
            if speakers.len() > MAX_ROWS {
                <figcaption>{format!("and {} more speakers", speakers.len() - MAX_ROWS)}</figcaption>
            }
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages_round_and_survive_zero() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
    }
}
