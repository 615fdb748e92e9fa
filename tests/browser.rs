//! Browser tests of the app: mount `App` in headless Chromium with
//! wasm-bindgen-test and check what it renders. Waits are
//! `yew::scheduler::flush().await`, never sleeps.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `App` in a fresh element of the page and lets Yew render it.
async fn mount() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<lede::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

/// Waits two animation frames and the tasks queued from the second (the side
/// panel's lists are drawn then, once the article is painted), then lets Yew
/// render.
async fn painted() {
    use wasm_bindgen::closure::Closure;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let second = Closure::once_into_js(move || {
            let window = web_sys::window().unwrap();
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0)
                .unwrap();
        });
        let first = Closure::once_into_js(move || {
            let window = web_sys::window().unwrap();
            window
                .request_animation_frame(second.unchecked_ref())
                .unwrap();
        });
        web_sys::window()
            .unwrap()
            .request_animation_frame(first.unchecked_ref())
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    yew::scheduler::flush().await;
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is rendered"))
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// Dispatches a paste of `text` (and optionally `html`) into the input.
async fn paste(root: &Element, text: &str, html: Option<&str>) {
    let input: HtmlTextAreaElement = find(root, "[data-testid=input]").dyn_into().unwrap();
    input.select();
    let data = web_sys::DataTransfer::new().unwrap();
    data.set_data("text/plain", text).unwrap();
    if let Some(html) = html {
        data.set_data("text/html", html).unwrap();
    }
    let init = web_sys::ClipboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_clipboard_data(Some(&data));
    let event = web_sys::ClipboardEvent::new_with_event_init_dict("paste", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn sample_article_is_shown_with_a_figure_marked() {
    let root = mount().await;
    let article = find(&root, "[data-testid=article]");
    let text = article.text_content().unwrap_or_default();
    assert!(
        text.starts_with("Harbour city pledges"),
        "article text: {text:.80}"
    );
    let figure = find(&root, "mark.lede-figure");
    assert!(figure
        .text_content()
        .unwrap_or_default()
        .chars()
        .any(|c| c.is_ascii_digit()));
}

#[wasm_bindgen_test]
async fn pasted_html_is_cleaned_and_never_inserted_as_markup() {
    let root = mount().await;
    paste(
        &root,
        "fallback",
        Some("<p>Some <b>40</b> ships</p><img src=x onerror=alert(1)><script>alert(2)</script><p>Two</p>"),
    )
    .await;
    let article = find(&root, "[data-testid=article]");
    assert_eq!(count(&article, "p.lede-paragraph"), 2);
    assert_eq!(count(&article, "img, script, b"), 0);
    assert_eq!(
        article.text_content().unwrap_or_default(),
        "Some 40 shipsTwo"
    );
}

#[wasm_bindgen_test]
async fn clicking_a_list_entry_selects_its_highlight() {
    let root = mount().await;
    painted().await;
    let entry: HtmlElement = find(&root, "[data-testid=item][data-kind=figure]")
        .dyn_into()
        .unwrap();
    let id = entry.get_attribute("data-id").unwrap();
    entry.click();
    yew::scheduler::flush().await;
    let mark = find(&root, &format!("mark[data-id=\"{id}\"][data-first]"));
    assert!(mark.class_list().contains("lede-selected"));
    assert_eq!(
        entry.get_attribute("data-selected").as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn legend_toggle_marks_the_kind_hidden() {
    let root = mount().await;
    let toggle: HtmlElement = find(&root, "[data-testid=toggle-claim]")
        .dyn_into()
        .unwrap();
    toggle.click();
    yew::scheduler::flush().await;
    let article = find(&root, "[data-testid=article]");
    assert!(article.class_list().contains("lede-hide-claim"));
    assert_eq!(
        toggle.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
}

#[wasm_bindgen_test]
async fn empty_input_shows_a_message() {
    let root = mount().await;
    let input: HtmlTextAreaElement = find(&root, "[data-testid=input]").dyn_into().unwrap();
    input.set_value("");
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
    let notice = find(&root, "[data-testid=notice-input]");
    assert!(notice.text_content().unwrap_or_default().contains("empty"));
}

#[wasm_bindgen_test]
fn typed_numbers_read_as_rust_reads_them() {
    // The editor's figure value: JavaScript rounds the decimal in the
    // browser; it must give what `str::parse::<f64>` gives, bit for bit.
    let mut cases: Vec<String> = [
        "0",
        "12",
        "-1.5",
        "+3",
        ".5",
        "5.",
        "-.5",
        "2e-3",
        "1E+6",
        "1e400",
        "-1e-400",
        "007",
        "-0",
        "0.1",
        "0.30000000000000004",
        "123456789012345678901234567890",
        "9007199254740993",
        "2.2250738585072011e-308",
        "4.9e-324",
        "2.4703282292062327e-324",
        "1.7976931348623157e308",
        "1.7976931348623159e308",
        "inf",
        "-Infinity",
        "NaN",
        "1.5e",
        "1e+",
        ".",
        "",
        " 1",
        "1,000",
        "0x10",
        "Infinityx",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Pseudo-random decimals of every length and exponent range.
    let mut seed = 12_345u64;
    for _ in 0..3000 {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let digits = seed >> 11;
        let point = (seed >> 3) % 20;
        let exponent = (seed % 700) as i64 - 350;
        let text = digits.to_string();
        let point = (point as usize).min(text.len());
        cases.push(format!("{}.{}e{exponent}", &text[..point], &text[point..]));
    }
    for s in &cases {
        let want: Option<f64> = s.parse().ok();
        assert_eq!(
            lede::number::parse_f64(s).map(f64::to_bits),
            want.map(f64::to_bits),
            "{s:?}"
        );
    }
}
