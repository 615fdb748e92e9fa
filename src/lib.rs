//! Lede's web app (Yew 0.23): paste an article, see its quotes, figures and
//! claims highlighted, explore them, correct them and export them.
//!
//! The modules: [`app`] (the root component, effects), [`state`] (all logic as
//! `AppState::apply`), [`view_model`] (what the views draw), [`components`]
//! (one component per file), [`clean_html`] (pasted HTML to text), [`input`]
//! (reading files and the clipboard), [`keys`] (the keyboard map), [`number`]
//! (numbers the user types).

pub mod app;
pub mod clean_html;
pub mod components;
pub mod download;
pub mod export;
pub mod input;
pub mod keys;
pub mod number;
pub mod selection;
pub mod state;
pub mod storage;
pub mod view_model;

pub use app::App;
