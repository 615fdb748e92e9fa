//! The training script reproduces the shipped claim weights bit for bit.
//!
//! Runs `python3 tools/train-claims/train.py --out TMP --no-card` on
//! `../shared/data/claims` and compares `weights.bin` with the file compiled
//! into lede-core. The Python is `$LEDE_TRAIN_PYTHON`, else the virtual
//! environment `scripts/setup` makes (`$LEDE_CACHE/train-claims-venv`, by
//! default `~/.cache/lede/train-claims-venv`), else `python3` on `PATH`.
//! Skips loudly when that Python, the pinned packages
//! (`tools/train-claims/requirements.txt`) or the data are missing.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn skip(why: &str) {
    eprintln!("\n*** SKIPPED claims weights reproduction: {why} ***\n");
}

/// The Python to train with (see the module docs).
fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("LEDE_TRAIN_PYTHON") {
        return PathBuf::from(p);
    }
    let cache = std::env::var_os("LEDE_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("XDG_CACHE_HOME").map(|x| PathBuf::from(x).join("lede")))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/lede")));
    if let Some(venv) = cache.map(|c| c.join("train-claims-venv/bin/python3")) {
        if venv.exists() {
            return venv;
        }
    }
    PathBuf::from("python3")
}

/// The installed versions of the pinned packages, or why they don't match.
fn pins_match(root: &Path, python: &Path) -> Result<(), String> {
    let req = std::fs::read_to_string(root.join("tools/train-claims/requirements.txt"))
        .map_err(|e| format!("requirements.txt: {e}"))?;
    for line in req
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let Some((name, version)) = line.split_once("==") else {
            continue;
        };
        let module = if name == "scikit-learn" {
            "sklearn"
        } else {
            name
        };
        let out = Command::new(python)
            .args([
                "-c",
                &format!("import {module}; print({module}.__version__)"),
            ])
            .output()
            .map_err(|e| format!("{}: {e}", python.display()))?;
        let found = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if found != version.trim() {
            return Err(format!(
                "{name} {version} pinned, found '{found}' in {} (run scripts/setup)",
                python.display()
            ));
        }
    }
    Ok(())
}

#[test]
fn training_reproduces_shipped_weights() {
    let root = workspace();
    let data = root.join("../shared/data/claims/claimbuster/crowdsourced.csv");
    if !data.exists() {
        return skip(&format!("{} is missing", data.display()));
    }
    let python = python();
    if let Err(why) = pins_match(&root, &python) {
        return skip(&why);
    }
    let out_dir = std::env::temp_dir().join(format!("lede-train-claims-{}", std::process::id()));
    let status = Command::new(&python)
        .arg(root.join("tools/train-claims/train.py"))
        .arg("--data")
        .arg(root.join("../shared/data/claims"))
        .arg("--out")
        .arg(&out_dir)
        .arg("--no-card")
        .status();
    let status = match status {
        Ok(s) => s,
        Err(e) => return skip(&format!("{} did not start: {e}", python.display())),
    };
    assert!(status.success(), "train.py failed: {status}");
    let trained = std::fs::read(out_dir.join("weights.bin")).unwrap_or_default();
    let shipped =
        std::fs::read(root.join("crates/lede-core/src/claims/weights.bin")).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&out_dir);
    assert!(!shipped.is_empty(), "shipped weights.bin missing");
    assert!(
        trained == shipped,
        "train.py output differs from the shipped weights.bin: retrain with \
         `python3 tools/train-claims/train.py --fixture crates/lede-core/src/claims/parity.jsonl` and commit"
    );
}
