//! Entities: people and organisations named in the text, clustered so that
//! every mention of one person maps to one canonical name.
//!
//! FIXME: not written yet; attribution fills it in.
