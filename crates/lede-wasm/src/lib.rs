//! Lede's extraction core for JavaScript: a thin wasm-bindgen API.
//!
//! FIXME: the wasm-bindgen surface (`extract(text, options)`) is not written yet.
