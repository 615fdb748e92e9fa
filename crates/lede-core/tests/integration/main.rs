//! The one integration test binary of lede-core: table-driven cases kept as
//! data under `tests/cases/`, plus property tests. Native only (proptest);
//! `tests/wasm.rs` covers the browser build.
#![cfg(not(target_arch = "wasm32"))]

mod claims;
mod figures;
mod quotes;
