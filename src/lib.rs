//! Lede's web app (Yew, client-side rendering): a text area holding the
//! article and a view of it with the core's annotations marked.
//!
//! This is the first vertical slice that proves the build and test rig; the
//! real components replace it.

use lede_core::{Document, Kind, Span};
use yew::prelude::*;

/// One run of article text: plain, or marked as one annotation kind.
#[derive(Clone, Debug, PartialEq)]
struct Run {
    text: String,
    kind: Option<Kind>,
}

/// Splits `text` into runs, marking the non-overlapping figures, quotes and
/// claims found by the core (the first and longest annotation wins).
fn runs(text: &str) -> Vec<Run> {
    let doc = Document::new(text);
    let extraction = lede_core::extract(&doc);
    let mut out = Vec::new();
    let mut pos = 0;
    let mut marked: Vec<(Span, Kind)> = extraction
        .annotations
        .iter()
        .filter(|a| matches!(a.kind(), Kind::Figure | Kind::Quote))
        .map(|a| (a.span, a.kind()))
        .collect();
    marked.sort_by_key(|(span, _)| (span.start, std::cmp::Reverse(span.end)));
    for (span, kind) in marked {
        if span.start < pos || span.end > text.len() || span.is_empty() {
            continue;
        }
        if span.start > pos {
            out.push(Run {
                text: text[pos..span.start].to_string(),
                kind: None,
            });
        }
        out.push(Run {
            text: doc.slice(span).to_string(),
            kind: Some(kind),
        });
        pos = span.end;
    }
    if pos < text.len() {
        out.push(Run {
            text: text[pos..].to_string(),
            kind: None,
        });
    }
    out
}

/// The CSS class of a mark of `kind`.
fn mark_class(kind: Kind) -> &'static str {
    match kind {
        Kind::Figure => "lede-figure",
        Kind::Quote => "lede-quote",
        Kind::Claim => "lede-claim",
        Kind::Entity => "lede-entity",
    }
}

/// The whole app: the input and the annotated article.
#[component]
pub fn App() -> Html {
    let text = use_state(|| lede_core::sample::SAMPLE_ARTICLE.to_string());
    let oninput = {
        let text = text.clone();
        Callback::from(move |event: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            text.set(area.value());
        })
    };
    let view = runs(&text)
        .into_iter()
        .map(|run| match run.kind {
            Some(kind) => html! { <mark class={mark_class(kind)}>{ run.text }</mark> },
            None => html! { { run.text } },
        })
        .collect::<Html>();
    html! {
        <main class="lede">
            <textarea data-testid="input" value={(*text).clone()} {oninput} rows="12" />
            <article data-testid="article">{ view }</article>
        </main>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_cover_the_text_and_mark_a_figure() {
        let text = "The council spent 30 pounds.";
        let runs = runs(text);
        let joined: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(joined, text);
        assert!(runs
            .iter()
            .any(|r| r.kind == Some(Kind::Figure) && r.text.starts_with("30")));
    }
}
