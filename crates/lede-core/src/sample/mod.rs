//! The built-in sample article: a made-up local news story written for Lede,
//! with quotes, figures and claims of every kind. The app shows it on first
//! visit; the export golden files are made from it.

/// Title of the sample article.
pub const SAMPLE_TITLE: &str = "Harbour city pledges £240m to rebuild flood defences";

/// Text of the sample article.
pub const SAMPLE_ARTICLE: &str = include_str!("article.txt");
