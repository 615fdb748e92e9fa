//! The built-in sample article: a made-up local news story written for Lede,
//! with quotes, figures and claims of every kind. The app shows it on first
//! visit; the export golden files are made from it.

/// Title of the sample article.
pub const SAMPLE_TITLE: &str = "Harbour city pledges £240m to rebuild flood defences";

/// Text of the sample article.
pub const SAMPLE_ARTICLE: &str = include_str!("article.txt");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{figures, Detail, Document};

    /// The figure whose span reads `text` in the sample: (value, unit).
    fn check(text: &str, value: f64, unit: &str) {
        let doc = Document::new(SAMPLE_ARTICLE);
        let found = figures::extract(&doc)
            .into_iter()
            .find_map(|a| match a.detail {
                Detail::Figure(f) if &SAMPLE_ARTICLE[a.span.range()] == text => Some(f),
                _ => None,
            });
        let f = found.unwrap_or_else(|| panic!("no figure «{text}» in the sample"));
        assert_eq!(
            (f.value, f.unit.as_deref()),
            (Some(value), Some(unit)),
            "«{text}»"
        );
    }

    #[test]
    fn sample_figures_count_their_nouns() {
        check("nine new pumping stations", 9.0, "station");
        check("42 ferry crossings", 42.0, "crossing");
        check("two main bridges", 2.0, "bridge");
    }
}
