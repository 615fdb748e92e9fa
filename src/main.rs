//! Entry point of the Lede web app: renders `App` (filled in by the app modules).
fn main() {}
