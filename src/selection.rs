//! The browser's text selection inside the article, as byte offsets of the
//! document (for "add an annotation from a selection").
//!
//! Each paragraph element carries `data-start` (its first byte); the offset of
//! a selection point is the length of the text from the paragraph's start to
//! it (UTF-16 units, as the DOM counts), converted to bytes of the paragraph.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// UTF-16 offset `units` into `text` as a byte offset (clamped).
pub fn utf16_to_byte(text: &str, units: u32) -> usize {
    let mut count = 0u32;
    for (b, c) in text.char_indices() {
        if count >= units {
            return b;
        }
        count += c.len_utf16() as u32;
    }
    text.len()
}

fn point(doc_text: &str, node: &Node, offset: u32) -> Option<usize> {
    let element = match node.dyn_ref::<Element>() {
        Some(e) => e.clone(),
        None => node.parent_element()?,
    };
    let paragraph = element.closest("p.lede-paragraph[data-start]").ok()??;
    let start: usize = paragraph.get_attribute("data-start")?.parse().ok()?;
    let end: usize = paragraph.get_attribute("data-end")?.parse().ok()?;
    let range = web_sys::window()?.document()?.create_range().ok()?;
    range.set_start(&paragraph, 0).ok()?;
    range.set_end(node, offset).ok()?;
    let units = String::from(range.to_string()).encode_utf16().count() as u32;
    let text = doc_text.get(start..end)?;
    Some(start + utf16_to_byte(text, units))
}

/// The selected byte span in the article, if the selection is in it and not empty.
pub fn selected_span(doc_text: &str) -> Option<(usize, usize)> {
    let selection = web_sys::window()?.get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let start = point(
        doc_text,
        &range.start_container().ok()?,
        range.start_offset().ok()?,
    )?;
    let end = point(
        doc_text,
        &range.end_container().ok()?,
        range.end_offset().ok()?,
    )?;
    (start < end).then_some((start, end))
}

/// Clears the browser's selection.
pub fn clear() {
    if let Some(s) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        let _ = s.remove_all_ranges();
    }
}

#[cfg(test)]
mod tests {
    use super::utf16_to_byte;

    #[test]
    fn utf16_offsets_become_bytes() {
        assert_eq!(utf16_to_byte("abc", 2), 2);
        assert_eq!(utf16_to_byte("“a”", 1), 3);
        assert_eq!(utf16_to_byte("😀x", 2), 4);
        assert_eq!(utf16_to_byte("ab", 9), 2);
    }
}
