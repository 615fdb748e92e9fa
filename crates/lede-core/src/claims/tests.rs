//! Tests of the claims layer: inline markup through the whole pipeline, and
//! the parity of the Rust scores with the Python training side.

use super::features;
use super::model::Model;
use crate::{Config, Detail, Document, Extractor, Span};

/// Checks which sentences of a marked-up text are claims, and their kinds:
/// `<claim kind="statistic">…</claim>` marks a claim; everything else must
/// not be one.
fn check(marked: &str) {
    let mut text = String::new();
    let mut expected = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("<claim") {
        text.push_str(&rest[..open]);
        let after = &rest[open..];
        let close_tag = after.find('>').unwrap_or(after.len() - 1);
        let tag = &after[..close_tag];
        let kind = tag
            .split("kind=\"")
            .nth(1)
            .and_then(|k| k.split('"').next())
            .unwrap_or("")
            .to_string();
        let body_start = close_tag + 1;
        let body_end = after.find("</claim>").unwrap_or(after.len());
        let start = text.len();
        text.push_str(&after[body_start..body_end]);
        expected.push((text[start..].to_string(), kind));
        rest = after.get(body_end + "</claim>".len()..).unwrap_or("");
    }
    text.push_str(rest);
    let doc = Document::new(text.as_str());
    let extraction = Extractor::new(&Config::default()).extract(&doc);
    let got: Vec<(String, String)> = extraction
        .annotations
        .iter()
        .filter_map(|a| match &a.detail {
            Detail::Claim(c) => Some((doc.slice(a.span).to_string(), c.kind.as_str().to_string())),
            _ => None,
        })
        .collect();
    assert_eq!(got, expected, "in {text:?}");
}

#[test]
fn boilerplate_captions_and_headlines_are_never_claims() {
    check(
        "Council Approves 300 New Homes In Riverside Plan\n\
         <claim kind=\"commitment\">The city council agreed on Tuesday to build 300 new homes on the old Riverside depot site.</claim>\n\
         READ ALSO: Mayor Opens 12 New Libraries Across The City.\n\
         Photo by Sam Lee / City Hall, via Wikimedia Commons.\n\
         By Priya Natarajan\n\
         Follow for more updates on our site.",
    );
}

#[test]
fn opinion_and_rhetoric_are_not_claims() {
    check(
        "<claim kind=\"statistic\">Shipments to Canada fell by 14% in the first quarter, the trade ministry said.</claim> \
         Whether the slump will last remains to be seen.\n\
         “We must act before it is too late,” the minister said.",
    );
}

#[test]
fn kinds() {
    check(
        "<claim kind=\"prediction\">Finance ministers from the Group of Seven are expected to meet in Rome next month to discuss the tariffs.</claim>\n\
         <claim kind=\"attributed\">Transport Secretary Ann Bell said the Northern rail line had been rejected by the Treasury.</claim>\n\
         <claim kind=\"event\">Police arrested a man in Hull on Friday after a car was stolen from a garage outside the station.</claim>",
    );
}

#[test]
fn plain_events_are_claims() {
    check("<claim kind=\"event\">Firefighters from Leeds and Bradford tackled a blaze at the Kirkstall warehouse on Sunday night.</claim>");
}

#[test]
fn paragraph_cursor_agrees_with_the_document() {
    let doc = Document::new("One two.\n\nThree four five.\n\n\nSix.\nSeven eight.\n\n");
    let n = doc.text().len();
    // Forwards, backwards, forwards again, and jumps.
    let positions = (0..=n)
        .chain((0..=n).rev())
        .chain(0..=n)
        .chain([n, 0, n / 2, 3, n - 1]);
    let mut cursor = 0;
    for pos in positions {
        let got = super::paragraph_at(doc.paragraphs(), pos, &mut cursor);
        assert_eq!(got, doc.paragraph_at(pos), "at {pos}");
    }
}

#[test]
fn figure_cursor_agrees_with_a_filter() {
    // Many figures per sentence (more than the four counted at once), none,
    // and spans visited forwards, backwards and overlapping.
    let doc = Document::new(
        "Sales rose 5% to £3bn in 2019, from £2bn in 2018, 4% in 2017 and 7% in 2016. \
         Nothing here. Prices fell 2%. Output grew 10% to 40 tonnes.",
    );
    let figures = crate::figures::extract(&doc);
    assert!(figures.len() > 8, "{figures:?}");
    let n = doc.text().len();
    let mut spans: Vec<Span> = doc.sentences().to_vec();
    spans.extend(doc.sentences().iter().rev());
    spans.extend([
        Span::new(0, n),
        Span::new(3, 40),
        Span::new(0, 2),
        Span::new(n, n),
    ]);
    spans.extend((0..n).step_by(7).map(|s| Span::new(s, (s + 25).min(n))));
    let mut cursor = 0;
    for span in spans {
        let got: Vec<Span> = super::starting_inside(&figures, span, &mut cursor)
            .iter()
            .map(|a| a.span)
            .collect();
        let expect: Vec<Span> = figures
            .iter()
            .map(|a| a.span)
            .filter(|s| span.start <= s.start && s.start < span.end)
            .collect();
        assert_eq!(got, expect, "in {span:?}");
    }
}

#[test]
fn an_ngram_is_shown_once() {
    // `shows` against the prefix test on the reason texts it replaces.
    let grams = [
        "",
        "rose",
        "Rose",
        "rose by",
        "rose” by",
        "rose”",
        "by",
        "r",
        "rose” (+0",
        "”",
    ];
    for earlier in grams {
        for gram in grams {
            let reason = format!("“{earlier}” (+0.25)");
            let want = reason.starts_with(&format!("“{gram}”"));
            assert_eq!(
                super::found::shows(earlier, gram),
                want,
                "{earlier:?} {gram:?}"
            );
        }
    }
}

#[test]
fn quotation_state_follows_the_marks() {
    // Folded over the marks of the hashing pass, against a walk over chars.
    let texts = [
        "",
        "\"",
        "He said \"no\" twice.",
        "“We will build it,” she said.",
        "“We will build it — and pay for it’s upkeep.",
        "Prices rose 5% to £3bn (€3.5bn) / year.",
        "It ends with a mark “",
        "”",
    ];
    for text in texts {
        for open in [false, true] {
            let mut state = open;
            features::hash_tokens(text, |_| {}, &mut |visit| {
                if let features::Visit::Mark(at) = visit {
                    state = super::quote_mark(text.as_bytes(), at, state);
                }
            });
            let mut want = open;
            for c in text.chars() {
                match c {
                    '"' => want = !want,
                    '“' => want = true,
                    '”' => want = false,
                    _ => {}
                }
            }
            assert_eq!(state, want, "{text:?} opened {open}");
        }
    }
}

/// Whether the claims pass finds `text` in its own voice (opening quoted
/// when `quoted`) as the reference scan `reason::own_voice` does.
fn check_own_voice(text: &str, quoted: bool) {
    let mut pass = super::Pass {
        scan: super::rules::LEXICONS.scanner(text),
        bytes: text.as_bytes(),
        open_quote: false,
        voice_quoted: quoted,
        own_voice: false,
    };
    Model::shipped().score_with(text, super::rules::LEXICONS.watch(), &mut pass);
    assert_eq!(
        pass.own_voice,
        super::reason::own_voice(text, quoted),
        "{text:?} opening quoted: {quoted}"
    );
}

#[test]
fn own_voice_is_found_by_the_pass() {
    let texts = [
        "",
        "We cut the waiting list by a third in Leeds.",
        "Exports to the US rose sharply, US officials said.",
        "“We will build it,” the mayor said, and we believed her.",
        "\"We will build it,\" the mayor said.",
        "‘We will build it’, the mayor said.",
        "The 2we and I3 and 4you tokens, MY and Me and mY.",
        "I’ve voted against it; I've said so.",
        "Zürich’s café: “our” city, ours and yours… yourselves",
        "He said \"no\" twice, then “ours” — and you",
    ];
    for text in texts {
        for quoted in [false, true] {
            check_own_voice(text, quoted);
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    #[test]
    fn own_voice_is_found_by_the_pass_on_any_mix(
        picks in proptest::collection::vec((0usize..40, 0usize..5), 0..14),
        quoted: bool,
    ) {
        const PIECES: [&str; 40] = [
            "I", "i", "me", "Me", "ME", "my", "My", "MY", "we", "We", "WE", "us", "US",
            "Us", "our", "Our", "you", "You", "YOU", "yours", "ourselves", "mine",
            "2we", "we2", "I3", "x9my", "said", "the", "Leeds", "1999", "\"", "“", "”",
            "‘", "’", "£5", "(", "/", "%", "Zürich",
        ];
        let mut text = String::new();
        for (piece, glue) in picks {
            text.push_str(PIECES[piece]);
            text.push_str(["", " ", " ", "’", ", "][glue]);
        }
        check_own_voice(&text, quoted);
    }
}

/// The same on the BBC corpus, sentence by sentence, read at run time.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn own_voice_is_found_by_the_pass_on_the_corpus() {
    let Some(articles) = crate::test_corpus::articles("own voice") else {
        return;
    };
    for text in &articles {
        let doc = Document::new(text.as_str());
        for &span in doc.sentences() {
            for quoted in [false, true] {
                check_own_voice(&doc.text()[span], quoted);
            }
        }
    }
}

#[test]
fn empty_and_odd_inputs() {
    check("");
    check("\n\n   \n");
    check("??? !!! …");
}

/// One line of `parity.jsonl`, written by `train.py --fixture`.
#[derive(serde::Deserialize)]
struct ParityCase {
    text: String,
    buckets: Vec<usize>,
    hand: Vec<f64>,
    logit: f64,
}

#[test]
fn rust_scores_match_python_training() {
    let model = Model::shipped();
    let mut n = 0;
    for line in include_str!("parity.jsonl").lines() {
        let case: ParityCase = match serde_json::from_str(line) {
            Ok(c) => c,
            Err(e) => panic!("bad parity line {line:?}: {e}"),
        };
        let mut buckets = Vec::new();
        let hand = features::hash(&case.text, |g| buckets.push(g.bucket));
        assert_eq!(buckets, case.buckets, "buckets of {:?}", case.text);
        assert_eq!(
            hand.values().to_vec(),
            case.hand,
            "hand features of {:?}",
            case.text
        );
        let logit = model.score(&case.text).logit;
        assert!(
            (logit - case.logit).abs() < 1e-9,
            "logit of {:?}: Rust {logit}, Python {}",
            case.text,
            case.logit
        );
        n += 1;
    }
    assert!(n >= 5, "parity.jsonl has only {n} cases");
}

/// Which rules fire on one sentence, read from the claim's reasons.
mod rules_fired {
    use crate::{Config, Detail, Document, Extractor};

    /// Checks that the rule whose reason starts with `rule` fires on
    /// `text` (a single sentence) exactly when `expect` says so.
    fn check(text: &str, rule: &str, expect: bool) {
        let doc = Document::new(text);
        let extraction = Extractor::new(&Config {
            claim_threshold: 0.0,
            ..Config::default()
        })
        .extract(&doc);
        let reasons: Vec<_> = extraction
            .annotations
            .iter()
            .filter_map(|a| match &a.detail {
                Detail::Claim(c) => Some(c.reasons.iter()),
                _ => None,
            })
            .flatten()
            .collect();
        let fired = reasons.iter().any(|r| r.starts_with(rule));
        assert_eq!(fired, expect, "{rule} on {text:?}: {reasons:?}");
    }

    #[test]
    fn named_actor_is_for_narration() {
        check(
            "Firefighters from Leeds and Bradford tackled a blaze on Sunday night.",
            "named actor",
            true,
        );
        check(
            "You know, we talked about Leeds and Bradford with friends on Sunday night.",
            "named actor",
            false,
        );
        check(
            "“We will reopen the depot in Leeds by spring,” the council leader said.",
            "named actor",
            true,
        );
    }

    #[test]
    fn quantities_are_not_only_rhetoric() {
        check(
            "Ministers must explain why 4 in 10 rail services in Wales ran late.",
            "evaluative",
            false,
        );
        check(
            "Ministers must explain themselves to the people of Wales.",
            "evaluative",
            true,
        );
        check(
            "It remains to be seen whether 300 new homes will be enough.",
            "opinion",
            false,
        );
        check(
            "It remains to be seen whether the plan will work.",
            "opinion",
            true,
        );
    }
}

/// `extract` skips the rules and the logistic of sentences that cannot
/// reach the threshold (`floor`, `rules::MAX_RAISE`): it must keep exactly
/// the sentences of `score_all` scoring above 0 and at least the threshold,
/// with the same scores and reasons, at any threshold.
fn check_skipping_is_exact(text: &str) {
    let doc = Document::new(text);
    let figures = crate::figures::extract(&doc);
    let quotes = crate::quotes::extract(&doc, &mut Vec::new()).quotes;
    let all = super::score_all(&doc, &figures, &quotes);
    for threshold in [
        0.0, 0.005, 0.01, 0.05, 0.2, 0.3, 0.4, 0.45, 0.5, 0.7, 0.9, 0.99, 0.995, 1.0,
    ] {
        let kept: Vec<_> = all
            .iter()
            .filter(|a| a.confidence > 0.0 && a.confidence >= threshold)
            .cloned()
            .collect();
        assert_eq!(
            super::extract(&doc, &figures, &quotes, threshold),
            kept,
            "threshold {threshold}"
        );
    }
}

#[test]
fn skipping_hopeless_sentences_is_exact() {
    check_skipping_is_exact(
        "We will cut the waiting list by a third, the minister told MPs in Leeds on Monday.\n\
         “Our city deserves better,” she said. The council spent £4.2m on the bridge last year.\n\
         Thank you so much. It is lovely to be here, isn't it? Maybe.\n\
         Ann Bell opened the new bridge in Leeds on Monday after 300 days of work.",
    );
}

/// The same on the BBC corpus, read at run time.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn skipping_hopeless_sentences_is_exact_on_the_corpus() {
    let Some(articles) = crate::test_corpus::articles("skipping") else {
        return;
    };
    for text in &articles {
        check_skipping_is_exact(text);
    }
}

#[test]
fn default_floor_is_just_under_the_default_thresholds_log_odds() {
    let t = f64::from(super::DEFAULT_THRESHOLD);
    let exact = (t / (1.0 - t)).ln() - 1e-3;
    assert!(
        super::DEFAULT_FLOOR <= exact,
        "{} > {exact}",
        super::DEFAULT_FLOOR
    );
    assert!(
        super::DEFAULT_FLOOR > exact - 1e-5,
        "{} far under {exact}",
        super::DEFAULT_FLOOR
    );
}
