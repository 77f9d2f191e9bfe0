//! Findings as JSON (one array) or JSON Lines (one finding per line).
//!
//! Each finding: `rule`, `kind`, `severity` (info|warning|error), `message`, `event` (the
//! event's readable label or null) and `accounts`, each with `article`, `path`, `line` and
//! `column` (1-based, of the mention's first character), `start`/`end` (byte offsets of the
//! mention), `mention` (the words carrying the value), `excerpt` (the sentence), `value`
//! (normalised) and `source` (who gave the value, or null).

use std::io::{self, Write};

use serde::Serialize;

use super::Locator;
use crate::check::{Account, Finding, Severity};

#[derive(Serialize)]
struct AccountRecord<'a> {
    article: &'a str,
    path: String,
    line: usize,
    column: usize,
    start: usize,
    end: usize,
    mention: &'a str,
    excerpt: &'a str,
    value: &'a str,
    source: Option<&'a str>,
}

#[derive(Serialize)]
struct Record<'a> {
    rule: &'a str,
    kind: &'a str,
    severity: Severity,
    message: &'a str,
    event: Option<&'a str>,
    accounts: Vec<AccountRecord<'a>>,
}

fn account<'a>(a: &'a Account, loc: &Locator) -> AccountRecord<'a> {
    let (line, column) = loc.line_col(&a.article, a.start);
    AccountRecord {
        article: &a.article,
        path: loc
            .file(&a.article)
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        line,
        column,
        start: a.start,
        end: a.end,
        mention: &a.mention,
        excerpt: &a.excerpt,
        value: &a.value,
        source: a.source.as_deref(),
    }
}

fn record<'a>(f: &'a Finding, loc: &Locator) -> Record<'a> {
    Record {
        rule: f.rule,
        kind: f.kind,
        severity: f.severity,
        message: &f.message,
        event: f.event.as_deref(),
        accounts: f.accounts.iter().map(|a| account(a, loc)).collect(),
    }
}

/// Writes a pretty-printed JSON array.
pub fn write_json(out: &mut dyn Write, findings: &[Finding], loc: &Locator) -> io::Result<()> {
    let records: Vec<Record> = findings.iter().map(|f| record(f, loc)).collect();
    serde_json::to_writer_pretty(&mut *out, &records)?;
    writeln!(out)
}

/// Writes one JSON object per line.
pub fn write_jsonl(out: &mut dyn Write, findings: &[Finding], loc: &Locator) -> io::Result<()> {
    for f in findings {
        serde_json::to_writer(&mut *out, &record(f, loc))?;
        writeln!(out)?;
    }
    Ok(())
}
