//! The one error type of the fallible edges of the core: decoding a stored
//! document entry and importing a file.
//!
//! Extraction and export are total and never return it. The error is opaque
//! (`Error(Box<ErrorKind>)`, as `csv::Error` is) so that new kinds can be added
//! without breaking callers; match on [`Error::kind`].

use std::fmt;

/// An error from [`corrections::storage::decode`](crate::corrections::storage::decode)
/// or [`export::import`](crate::export::import).
#[derive(Clone, Debug, PartialEq)]
pub struct Error(Box<ErrorKind>);

/// What went wrong.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not JSON at all (the message says where it broke).
    NotJson {
        /// The parser's message, with line and column.
        message: String,
    },
    /// Valid JSON, but not a format Lede reads.
    WrongFormat {
        /// What was expected and what was found.
        message: String,
    },
    /// Written by a newer Lede: the version is above the one this code reads.
    NewerVersion {
        /// The format name.
        format: String,
        /// The version in the input.
        found: u64,
        /// The highest version this code reads.
        supported: u64,
    },
    /// The right format and version, but a field is missing or invalid.
    Invalid {
        /// Which field and why.
        message: String,
    },
}

impl Error {
    /// Wraps a kind.
    pub fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Consumes the error, returning its kind.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }

    pub(crate) fn not_json(e: &serde_json::Error) -> Error {
        Error::new(ErrorKind::NotJson {
            message: e.to_string(),
        })
    }

    pub(crate) fn wrong_format(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::WrongFormat {
            message: message.into(),
        })
    }

    pub(crate) fn invalid(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Invalid {
            message: message.into(),
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind() {
            ErrorKind::NotJson { message } => write!(f, "not JSON: {message}"),
            ErrorKind::WrongFormat { message } => write!(f, "not a Lede file: {message}"),
            ErrorKind::NewerVersion {
                format,
                found,
                supported,
            } => write!(
                f,
                "{format} version {found} was written by a newer Lede (this one reads up to version {supported})"
            ),
            ErrorKind::Invalid { message } => write!(f, "invalid file: {message}"),
        }
    }
}

impl std::error::Error for Error {}
