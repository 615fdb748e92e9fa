//! The only module that touches localStorage.
//!
//! One entry per document, keyed `lede.doc.<sha256 of the text>`, holding the
//! versioned `lede.document` schema of `lede_core::corrections::storage` (text,
//! title, correction log, timestamps; never machine output). `lede.last` names
//! the document to reopen. Every call returns a `Result` or a typed outcome:
//! a full quota, disabled storage or a corrupt entry become messages, never
//! panics. It uses `web_sys::Storage` directly, because reaching a disabled
//! storage through gloo-storage's `LocalStorage::raw()` throws.

use lede_core::corrections::storage::{decode, encode, Entry};

/// The key naming the document to reopen.
pub const LAST: &str = "lede.last";
/// Prefix of document entries.
pub const PREFIX: &str = "lede.doc.";
/// Prefix of entries kept aside because they could not be read.
pub const ASIDE: &str = "lede.aside.";

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(DISABLED.to_string()),
    }
}

/// The message when storage cannot be used at all.
pub const DISABLED: &str =
    "Storage is disabled in this browser: your corrections are kept in memory only. Export them to keep a copy.";

/// The message when storage is full.
pub const FULL: &str =
    "Storage is full: your latest corrections are kept in memory only. Export them, or delete old documents.";

/// Milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// What reading one entry gave.
#[derive(Debug)]
pub enum Read {
    /// No such entry.
    Missing,
    /// The entry.
    Found(Box<Entry>),
    /// It could not be read; it was kept aside under another key.
    Corrupt {
        /// A sentence for the user.
        message: String,
    },
}

/// Reads the entry under `key`; a corrupt or too-new one is moved aside.
pub fn read(key: &str) -> Result<Read, String> {
    let storage = storage()?;
    let Ok(Some(raw)) = storage.get_item(key) else {
        return Ok(Read::Missing);
    };
    match decode(&raw) {
        Ok(entry) => Ok(Read::Found(Box::new(entry))),
        Err(error) => {
            let aside = format!("{ASIDE}{}.{}", now(), key.trim_start_matches(PREFIX));
            let kept = storage.set_item(&aside, &raw).is_ok();
            if kept {
                let _ = storage.remove_item(key);
            }
            Ok(Read::Corrupt {
                message: format!(
                    "A saved document could not be opened ({error}). {}",
                    if kept {
                        format!("Its raw data was kept aside as “{aside}”; nothing was deleted.")
                    } else {
                        "Its raw data was left where it was; nothing was deleted.".to_string()
                    }
                ),
            })
        }
    }
}

/// The document to reopen on start, if any.
pub fn read_last() -> Result<Read, String> {
    let storage = storage()?;
    match storage.get_item(LAST) {
        Ok(Some(key)) if key.starts_with(PREFIX) => read(&key),
        _ => Ok(Read::Missing),
    }
}

/// Saves `entry` under `key` and remembers it as the last document.
pub fn save(key: &str, entry: &Entry) -> Result<(), String> {
    let storage = storage()?;
    storage
        .set_item(key, &encode(entry))
        .map_err(|_| FULL.to_string())?;
    let _ = storage.set_item(LAST, key);
    Ok(())
}

/// Deletes an entry.
pub fn remove(key: &str) -> Result<(), String> {
    storage()?
        .remove_item(key)
        .map_err(|_| "could not delete".to_string())
}

/// A stored document, for the documents list.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Its key.
    pub key: String,
    /// Its title (or its first words).
    pub title: String,
    /// Number of words.
    pub words: usize,
    /// Number of corrections in effect.
    pub corrections: usize,
    /// Last saved (ms since the epoch).
    pub modified: u64,
    /// Bytes used (UTF-16, as browsers count).
    pub bytes: usize,
}

/// Every stored document, most recent first, and the bytes all Lede keys use.
pub fn list() -> Result<(Vec<Summary>, usize), String> {
    let storage = storage()?;
    let len = storage.length().unwrap_or(0);
    let mut out = Vec::new();
    let mut used = 0;
    for i in 0..len {
        let Ok(Some(key)) = storage.key(i) else {
            continue;
        };
        if !key.starts_with("lede.") {
            continue;
        }
        let raw = storage.get_item(&key).ok().flatten().unwrap_or_default();
        let bytes = (key.encode_utf16().count() + raw.encode_utf16().count()) * 2;
        used += bytes;
        if !key.starts_with(PREFIX) {
            continue;
        }
        if let Ok(entry) = decode(&raw) {
            let title = entry
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| {
                    entry
                        .text
                        .split_whitespace()
                        .take(8)
                        .collect::<Vec<_>>()
                        .join(" ")
                });
            out.push(Summary {
                key,
                title,
                words: entry.text.split_whitespace().count(),
                corrections: entry.log.cursor(),
                modified: entry.modified,
                bytes,
            });
        }
    }
    lede_core::sort::stable_sort_by(&mut out, |a, b| {
        b.modified.cmp(&a.modified).then(a.key.cmp(&b.key))
    });
    Ok((out, used))
}

/// Renames a stored document.
pub fn rename(key: &str, title: &str) -> Result<(), String> {
    match read(key)? {
        Read::Found(mut entry) => {
            entry.title = (!title.trim().is_empty()).then(|| title.trim().to_string());
            entry.modified = now();
            storage()?
                .set_item(key, &encode(&entry))
                .map_err(|_| FULL.to_string())
        }
        _ => Err("that document is no longer stored".to_string()),
    }
}
