//! Entry point of the Lede web app: renders [`lede::App`] into the page body.
fn main() {
    yew::Renderer::<lede::App>::new().render();
}
