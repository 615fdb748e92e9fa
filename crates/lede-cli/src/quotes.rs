//! `lede quotes [--unattributed] FILE…`: lists the quotes of each file, one
//! per line, for review: `file:line: style speaker (cue) | quote | context`.
//! With `--unattributed`, only speech quotes (direct or partial) left without
//! a speaker. A summary line goes last.

use crate::read_text;
use lede_core::model::{Detail, QuoteStyle};
use lede_core::{Config, Document, Extractor};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "usage: lede quotes [--unattributed] FILE...";

/// Shortens `s` to at most `n` characters, marking the cut with `…`.
fn clip(s: &str, n: usize) -> String {
    let s = s.replace('\n', " / ");
    if s.chars().count() <= n {
        s
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// Runs the command.
pub(crate) fn run(args: &[String]) -> ExitCode {
    let mut only_unattributed = false;
    let mut files = Vec::new();
    for a in args {
        match a.as_str() {
            "--unattributed" => only_unattributed = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let extractor = Extractor::new(&Config {
        figures: false,
        claims: false,
        ..Config::default()
    });
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let (mut speech, mut unattributed, mut total) = (0usize, 0usize, 0usize);
    let mut failed = false;
    for path in &files {
        let text = match read_text(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                failed = true;
                continue;
            }
        };
        let doc = Document::new(text);
        let text = doc.text();
        // Line numbers, counted incrementally (annotations come sorted).
        let (mut line, mut counted) = (1usize, 0usize);
        for a in extractor.extract(&doc).annotations {
            let Detail::Quote(q) = &a.detail else {
                continue;
            };
            total += 1;
            let is_speech = matches!(q.style, QuoteStyle::Direct | QuoteStyle::Partial);
            if is_speech {
                speech += 1;
                if q.speaker.is_none() {
                    unattributed += 1;
                }
            }
            if only_unattributed && !(is_speech && q.speaker.is_none()) {
                continue;
            }
            let upto = a.span.start.max(counted);
            line += text[counted..upto].matches('\n').count();
            counted = upto;
            let para = doc
                .paragraph_at(a.span.start)
                .map(|p| doc.paragraphs()[p])
                .unwrap_or(a.span);
            let before: String = {
                let b = &text[para.start..a.span.start];
                let n = b.chars().count();
                b.chars().skip(n.saturating_sub(60)).collect()
            };
            let after: String = text[a.span.end..para.end].chars().take(60).collect();
            let who = match (&q.speaker, &q.cue) {
                (Some(s), Some(c)) => format!("{s} ({c})"),
                (Some(s), None) => s.clone(),
                (None, _) => "-".to_string(),
            };
            let marks = q
                .marks
                .map(|m| format!(" [{}]", m.as_str()))
                .unwrap_or_default();
            let ok = writeln!(
                out,
                "{path}:{line}: {}{marks} {who} | {} | …{}[…]{}…",
                q.style.as_str(),
                clip(&text[a.span], 90),
                clip(&before, 60),
                clip(&after, 60),
            );
            if ok.is_err() {
                return ExitCode::FAILURE;
            }
        }
    }
    let _ = writeln!(
        out,
        "{} files, {total} quotes, {speech} speech quotes, {unattributed} without a speaker",
        files.len()
    );
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
