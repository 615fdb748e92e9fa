//! Build script of lede-core: packs the claims model's weights
//! (`src/claims/weights.bin`) with `build/pack.rs` for
//! `src/claims/packed.rs`, which unpacks them once at run time. Packed, they
//! are about 4 KB smaller in the gzipped web app.

use std::path::PathBuf;

include!("build/pack.rs");

fn main() {
    let source = "src/claims/weights.bin";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=build/pack.rs");
    let bytes = std::fs::read(source).unwrap_or_else(|e| panic!("{source}: {e}"));
    let out_dir = std::env::var_os("OUT_DIR").unwrap_or_else(|| panic!("OUT_DIR is not set"));
    let out = PathBuf::from(out_dir).join("weights.packed");
    std::fs::write(&out, pack(&bytes)).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
