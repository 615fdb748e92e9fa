//! Entry point of the Lede web app: renders `App`.
fn main() {
    yew::Renderer::<lede::app::App>::new().render();
}
