//! Getting text in: opened or dropped files and the clipboard.
//!
//! [`decode_file`] is pure (tested natively): it checks the size, refuses
//! binary content and converts `.html` and `.md` to plain text. The rest reads
//! the browser's `File` and `ClipboardEvent` objects.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::clean_html::{html_to_text, markdown_to_text};
use crate::state::{too_large, Action, AppState, Level, Notice, NoticeKey, MAX_INPUT_BYTES};

/// Text taken from a file or the clipboard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// Plain text.
    pub text: String,
    /// A title, if the input had one (HTML title, file name).
    pub title: Option<String>,
}

/// Turns a file's bytes into text, or a message for the user.
pub fn decode_file(name: &str, bytes: &[u8]) -> Result<Loaded, String> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(too_large(bytes.len()));
    }
    if bytes.is_empty() {
        return Err(format!("“{name}” is empty."));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(t) if !looks_binary(t) => t,
        _ => {
            return Err(format!(
            "“{name}” looks like a binary file, not text. Open a .txt, .html or .md file (UTF-8)."
        ))
        }
    };
    let lower = name.to_ascii_lowercase();
    let stem = name
        .rsplit_once('.')
        .map_or(name, |(stem, _)| stem)
        .replace(['_', '-'], " ");
    let loaded = if lower.ends_with(".html") || lower.ends_with(".htm") || is_html(text) {
        let clean = html_to_text(text);
        Loaded {
            title: clean.title.or(Some(stem)),
            text: clean.text,
        }
    } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
        Loaded {
            text: markdown_to_text(text),
            title: Some(stem),
        }
    } else {
        Loaded {
            text: normalise_newlines(text),
            title: Some(stem),
        }
    };
    if loaded.text.trim().is_empty() {
        return Err(format!("“{name}” has no readable text."));
    }
    Ok(loaded)
}

/// Text from pasted HTML (the clipboard's `text/html`).
pub fn from_html(html: &str) -> Loaded {
    let clean = html_to_text(html);
    Loaded {
        text: clean.text,
        title: clean.title,
    }
}

/// CRLF and CR become LF (offsets are counted on what is shown).
pub fn normalise_newlines(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

fn looks_binary(text: &str) -> bool {
    let head: String = text.chars().take(4096).collect();
    let controls = head
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    head.contains('\0') || controls * 20 > head.chars().count().max(1)
}

fn is_html(text: &str) -> bool {
    let head = text
        .trim_start()
        .get(..200)
        .unwrap_or(text.trim_start())
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Reads a browser `File` after checking its size; the error is a message.
pub async fn read_file(file: web_sys::File) -> Result<Loaded, String> {
    let name = file.name();
    let size = file.size() as usize;
    if size > MAX_INPUT_BYTES {
        return Err(too_large(size));
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| format!("“{name}” could not be read."))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    decode_file(&name, &bytes)
}

/// Reads `file` in the background, then loads it or shows why not.
pub fn load_file(file: web_sys::File, dispatch: yew::UseReducerDispatcher<AppState>) {
    wasm_bindgen_futures::spawn_local(async move {
        match read_file(file).await {
            Ok(loaded) => dispatch.dispatch(Action::SetText {
                text: loaded.text,
                title: loaded.title,
            }),
            Err(message) => dispatch.dispatch(Action::Notify(Notice {
                key: NoticeKey::Input,
                level: Level::Error,
                text: message.into(),
            })),
        }
    });
}

/// The text of a paste event: cleaned `text/html` when present, else `text/plain`.
pub fn pasted(event: &web_sys::Event) -> Option<Loaded> {
    let event = event.dyn_ref::<web_sys::ClipboardEvent>()?;
    let data = event.clipboard_data()?;
    let html = data.get_data("text/html").unwrap_or_default();
    if !html.trim().is_empty() {
        let loaded = from_html(&html);
        if !loaded.text.trim().is_empty() {
            return Some(loaded);
        }
    }
    let text = data.get_data("text/plain").unwrap_or_default();
    Some(Loaded {
        text: normalise_newlines(&text),
        title: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_pass_through() {
        let got = decode_file("my_story.txt", "Line one.\r\nLine two.".as_bytes());
        assert_eq!(
            got,
            Ok(Loaded {
                text: "Line one.\nLine two.".into(),
                title: Some("my story".into())
            })
        );
    }

    #[test]
    fn html_files_are_cleaned() {
        let got = decode_file(
            "page.html",
            b"<title>T</title><p>Hi <script>x()</script>there</p>",
        )
        .unwrap();
        assert_eq!(got.text, "Hi there");
        assert_eq!(got.title.as_deref(), Some("T"));
    }

    #[test]
    fn markdown_files_are_stripped() {
        let got = decode_file("a.md", b"# Head\n\nSome *text*.").unwrap();
        assert_eq!(got.text, "Head\n\nSome text.");
    }

    #[test]
    fn binary_empty_and_oversize_files_are_refused_with_a_reason() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(decode_file("x.png", png).unwrap_err().contains("binary"));
        assert!(decode_file("e.txt", b"").unwrap_err().contains("empty"));
        let big = vec![b'a'; MAX_INPUT_BYTES + 1];
        assert!(decode_file("big.txt", &big).unwrap_err().contains("8 MB"));
    }

    #[test]
    fn two_megabytes_are_accepted() {
        let text = "Word ".repeat(2 * 1024 * 1024 / 5 + 10);
        assert!(decode_file("long.txt", text.as_bytes()).is_ok());
    }
}
