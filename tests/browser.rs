//! Browser tests of the app: mount `App` in headless Chromium with
//! wasm-bindgen-test and check what it renders.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts `App` in a fresh element of the page and lets Yew render it.
async fn mount() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<lede::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

#[wasm_bindgen_test]
async fn sample_article_is_shown_with_a_figure_marked() {
    let root = mount().await;
    let article = root
        .query_selector("[data-testid=article]")
        .unwrap()
        .expect("the article view is rendered");
    let text = article.text_content().unwrap_or_default();
    assert!(
        text.starts_with("Harbour city pledges"),
        "article text: {text:.80}"
    );
    let figure = root
        .query_selector("mark.lede-figure")
        .unwrap()
        .expect("at least one figure is marked");
    assert!(figure
        .text_content()
        .unwrap_or_default()
        .chars()
        .any(|c| c.is_ascii_digit()));
}
