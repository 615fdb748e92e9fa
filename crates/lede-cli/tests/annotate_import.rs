//! `lede annotate --format …` and `lede import` end to end: the built binary
//! on files in a temporary directory (made under `target/`, removed after).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A text with CRLF, an emoji, a combining mark and CJK.
const TEXT: &str = "“We will rebuild the 40 boats,” the mayor said on 3 May.\r\n\
                    Cafe\u{301} owners 👍🏽 lost £5m; 東京 sent 12 ships.\r\n";

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("lede-cli-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn lede(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lede"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run lede")
}

/// Runs `lede` and returns stdout, failing on a non-zero exit.
fn ok(args: &[&str], dir: &Path) -> String {
    let out = lede(args, dir);
    assert!(
        out.status.success(),
        "lede {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs `lede`, expects failure, and returns stderr.
fn fails(args: &[&str], dir: &Path) -> String {
    let out = lede(args, dir);
    assert!(!out.status.success(), "lede {args:?} should fail");
    String::from_utf8(out.stderr).expect("UTF-8 stderr")
}

/// The code point slice of `text`.
fn cp(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn every_format_writes_code_point_offsets() {
    let dir = scratch("formats");
    std::fs::write(dir.join("news.txt"), TEXT).unwrap();

    let json: serde_json::Value =
        serde_json::from_str(&ok(&["annotate", "--format", "json", "news.txt"], &dir)).unwrap();
    let annotations = json["annotations"].as_array().unwrap();
    assert!(!annotations.is_empty());
    for a in annotations {
        let (s, e) = (a["start"].as_u64().unwrap(), a["end"].as_u64().unwrap());
        assert_eq!(
            cp(TEXT, s as usize, e as usize),
            a["text"].as_str().unwrap()
        );
    }

    let csv = ok(&["annotate", "--format", "csv", "news.txt"], &dir);
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.ends_with("\r\n"));
    assert_eq!(csv.lines().count(), annotations.len() + 1);

    let spacy: serde_json::Value =
        serde_json::from_str(&ok(&["annotate", "--format", "spacy", "news.txt"], &dir)).unwrap();
    for s in spacy["spans"].as_array().unwrap() {
        let (a, b) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert!(!cp(TEXT, a as usize, b as usize).is_empty());
    }

    let w3c: serde_json::Value =
        serde_json::from_str(&ok(&["annotate", "--format", "w3c", "news.txt"], &dir)).unwrap();
    assert_eq!(w3c["type"], "AnnotationCollection");

    // brat: the .ann on stdout warns that the text has CRs; --out writes the
    // LF .txt the offsets count, the .ann and annotation.conf.
    let out = lede(&["annotate", "--format", "brat", "news.txt"], &dir);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--out DIR"));
    ok(
        &["annotate", "--format", "brat", "--out", "brat", "news.txt"],
        &dir,
    );
    let txt = std::fs::read_to_string(dir.join("brat/news.txt")).unwrap();
    let ann = std::fs::read_to_string(dir.join("brat/news.ann")).unwrap();
    assert!(dir.join("brat/annotation.conf").exists());
    assert_eq!(txt, TEXT.replace("\r\n", "\n"));
    for line in ann.lines().filter(|l| l.starts_with('T')) {
        let fields: Vec<&str> = line.split('\t').collect();
        let ranges = fields[1].split_once(' ').unwrap().1;
        let text: Vec<String> = ranges
            .split(';')
            .map(|r| {
                let (s, e) = r.split_once(' ').unwrap();
                cp(&txt, s.parse().unwrap(), e.parse().unwrap())
            })
            .collect();
        assert_eq!(text.join(" "), fields[2], "{line}");
    }

    // One file per format with --out.
    ok(
        &[
            "annotate", "--format", "w3c", "--out", "many", "news.txt", "news.txt",
        ],
        &dir,
    );
    assert!(dir.join("many/news.w3c.jsonld").exists());
    // Formats that cannot be concatenated refuse several files on stdout.
    let err = fails(
        &["annotate", "--format", "csv", "news.txt", "news.txt"],
        &dir,
    );
    assert!(err.contains("--out DIR"), "{err}");
    let err = fails(&["annotate", "--format", "yaml", "news.txt"], &dir);
    assert!(err.contains("unknown format"), "{err}");
}

#[test]
fn import_reads_back_and_reports() {
    let dir = scratch("import");
    std::fs::write(dir.join("news.txt"), TEXT).unwrap();
    for format in ["json", "w3c"] {
        let file = format!("news.{format}");
        let exported = ok(&["annotate", "--format", format, "news.txt"], &dir);
        std::fs::write(dir.join(&file), &exported).unwrap();
        let summary = ok(&["import", &file], &dir);
        assert!(summary.contains("every annotation was placed"), "{summary}");
        assert!(summary.contains("0 orphaned"), "{summary}");
        // Re-exporting gives the same file (nothing was corrected).
        let again = ok(&["import", &file, "--format", format], &dir);
        assert_eq!(again, exported);
    }
    // On a text that lost its second line, the annotations there are listed.
    let first_line = TEXT.split("\r\n").next().unwrap();
    std::fs::write(dir.join("short.txt"), first_line).unwrap();
    let summary = ok(&["import", "news.json", "--text", "short.txt"], &dir);
    assert!(summary.contains("could not be placed"), "{summary}");
}

#[test]
fn import_rejects_bad_files_clearly() {
    let dir = scratch("bad");
    let cases = [
        ("notjson.json", "id,kind\r\n", "not JSON"),
        ("other.json", r#"{"hello": "world"}"#, "not a Lede file"),
        (
            "newer.json",
            r#"{"format": "lede.annotations", "version": 9}"#,
            "newer Lede",
        ),
    ];
    for (name, contents, message) in cases {
        std::fs::write(dir.join(name), contents).unwrap();
        let err = fails(&["import", name], &dir);
        assert!(err.contains(name) && err.contains(message), "{err}");
    }
    let err = fails(&["import", "missing.json"], &dir);
    assert!(err.contains("missing.json"), "{err}");
}
