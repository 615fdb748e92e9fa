//! `lede eval` must print the same numbers as the reference scorers in
//! `../shared/tools/` (`score_gold.py`, `score_figures_peers.py`) on the
//! same predictions: the core's own, and a perturbed copy that exercises
//! misses, false alarms and wrong values. Skipped, loudly, when `python3` or
//! `../shared` is missing.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn shared() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if root.join("tools/score_gold.py").is_file() {
        Some(root)
    } else {
        None
    }
}

fn python_ok() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Where to run, or `None` after saying loudly why the check is skipped.
fn setup(what: &str) -> Option<PathBuf> {
    let Some(root) = shared() else {
        eprintln!("\n!!! SKIPPED {what}: ../shared (reference scorers and data) is missing\n");
        return None;
    };
    if !python_ok() {
        eprintln!("\n!!! SKIPPED {what}: python3 is not installed\n");
        return None;
    }
    Some(root)
}

fn tmp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("lede-eval-{}-{name}", std::process::id()))
}

fn run_json(cmd: &mut Command) -> Value {
    let out = cmd.output().expect("command runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

/// Asserts two JSON values are equal, numbers within 1e-12.
fn same(a: &Value, b: &Value, path: &str) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                x.as_f64().unwrap_or(f64::NAN),
                y.as_f64().unwrap_or(f64::NAN),
            );
            assert!((x - y).abs() <= 1e-12, "{path}: lede {x} vs reference {y}");
        }
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                same(
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    &format!("{path}.{k}"),
                );
            }
        }
        _ => assert_eq!(a, b, "{path}"),
    }
}

/// A deterministic perturbation of prediction lines: drops, shifts and
/// changes some annotations so that every counter moves.
fn perturb_gold(lines: &str) -> String {
    let mut out = Vec::new();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let mut d: Value = serde_json::from_str(line).expect("prediction line");
        if let Some(anns) = d.get_mut("annotations").and_then(Value::as_array_mut) {
            let mut kept = Vec::new();
            for (n, mut a) in anns.drain(..).enumerate() {
                match n % 5 {
                    0 => continue,
                    1 => {
                        if let Some(s) = a["start"].as_u64() {
                            a["start"] = (s + 3).into();
                        }
                    }
                    2 => {
                        if a.get("figure").is_some() {
                            a["figure"]["value"] = 99.0.into();
                            a["figure"]["unit"] = "widgets".into();
                            a["figure"]["qualifier"] = "about".into();
                        }
                        if a.get("quote").is_some() {
                            a["quote"]["speaker"] = "Nobody Known".into();
                        }
                    }
                    3 => a["status"] = "rejected".into(),
                    _ => {}
                }
                kept.push(a);
            }
            anns.extend(kept);
        }
        out.push(d.to_string());
    }
    out.join("\n") + "\n"
}

#[test]
fn gold_scores_agree_with_score_gold_py() {
    let Some(root) = setup("gold agreement") else {
        return;
    };
    let gold = root.join("fixtures/seeds");
    let pred = tmp("gold.jsonl");
    let lede = env!("CARGO_BIN_EXE_lede");
    let ours = run_json(
        Command::new(lede)
            .arg("eval")
            .arg(&gold)
            .arg("--save-pred")
            .arg(&pred)
            .arg("--json"),
    );
    let reference = run_json(
        Command::new("python3")
            .arg(root.join("tools/score_gold.py"))
            .arg(&gold)
            .arg(&pred)
            .arg("--json"),
    );
    same(&ours, &reference, "gold");
    assert!(
        ours["counts"]["f_gold"].as_u64().unwrap_or(0) > 0,
        "no gold figures were read"
    );

    let bent = tmp("gold-bent.jsonl");
    std::fs::write(
        &bent,
        perturb_gold(&std::fs::read_to_string(&pred).expect("saved")),
    )
    .expect("write");
    let ours = run_json(
        Command::new(lede)
            .arg("eval")
            .arg(&gold)
            .arg("--pred")
            .arg(&bent)
            .arg("--json"),
    );
    let reference = run_json(
        Command::new("python3")
            .arg(root.join("tools/score_gold.py"))
            .arg(&gold)
            .arg(&bent)
            .arg("--json"),
    );
    same(&ours, &reference, "gold-perturbed");
    for p in [pred, bent] {
        let _ = std::fs::remove_file(p);
    }
}

fn perturb_peers(lines: &str) -> String {
    let mut out = Vec::new();
    for (n, line) in lines.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        let mut d: Value = serde_json::from_str(line).expect("prediction line");
        if let Some(figs) = d.get_mut("figures").and_then(Value::as_array_mut) {
            match n % 4 {
                0 => figs.clear(),
                1 => {
                    for f in figs.iter_mut() {
                        f["value"] = (f["value"].as_f64().unwrap_or(0.0) + 1.0).into();
                        f["kind"] = "count".into();
                    }
                }
                2 => figs.push(
                    serde_json::json!({"start": 0, "end": 2, "value": 1.0, "value_high": null,
                    "unit": "USD", "qualifier": "over", "kind": "money"}),
                ),
                _ => {}
            }
        }
        out.push(d.to_string());
    }
    out.join("\n") + "\n"
}

#[test]
fn peer_scores_agree_with_score_figures_peers_py() {
    let Some(root) = setup("peer agreement") else {
        return;
    };
    let dir = root.join("peers/figures");
    let mut suites: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("peer dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    suites.sort();
    assert!(!suites.is_empty(), "no peer suites in {}", dir.display());
    let lede = env!("CARGO_BIN_EXE_lede");
    let pred = tmp("peers.jsonl");
    let ours = run_json(
        Command::new(lede)
            .arg("eval")
            .arg("--peers")
            .args(&suites)
            .arg("--save-pred")
            .arg(&pred)
            .arg("--json"),
    );
    let reference = run_json(
        Command::new("python3")
            .arg(root.join("tools/score_figures_peers.py"))
            .args(&suites)
            .arg("--pred")
            .arg(&pred)
            .arg("--json"),
    );
    same(&ours["pred"], &reference["pred"], "peers");

    let bent = tmp("peers-bent.jsonl");
    std::fs::write(
        &bent,
        perturb_peers(&std::fs::read_to_string(&pred).expect("saved")),
    )
    .expect("write");
    let ours = run_json(
        Command::new(lede)
            .arg("eval")
            .arg("--peers")
            .args(&suites)
            .arg("--pred")
            .arg(&bent)
            .arg("--json"),
    );
    let reference = run_json(
        Command::new("python3")
            .arg(root.join("tools/score_figures_peers.py"))
            .args(&suites)
            .arg("--pred")
            .arg(&bent)
            .arg("--json"),
    );
    same(&ours["pred"], &reference["pred"], "peers-perturbed");
    for p in [pred, bent] {
        let _ = std::fs::remove_file(p);
    }
}

/// `--source` lists the misses and false alarms of one suite only.
#[test]
fn source_limits_the_listed_cases() {
    let Some(root) = shared() else {
        eprintln!("\n!!! SKIPPED --source check: ../shared (peer suites) is missing\n");
        return;
    };
    let peers = root.join("peers/figures");
    let out = Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(["eval", "--peers"])
        .arg(peers.join("compromise.jsonl"))
        .arg(peers.join("quantulum3.jsonl"))
        .args(["--show", "1000", "--source", "quantulum3"])
        .output()
        .expect("lede runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let listed: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("== first"))
        .filter(|l| l.starts_with("  ") && !l.starts_with("      "))
        .collect();
    assert!(!listed.is_empty(), "no case listed:\n{text}");
    assert!(
        listed
            .iter()
            .all(|l| l.trim_start().starts_with("quantulum3:")),
        "another suite listed:\n{text}"
    );
    // Both suites are still scored.
    assert!(text.contains("compromise/ALL") && text.contains("quantulum3/ALL"));
}
