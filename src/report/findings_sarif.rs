//! Findings as SARIF 2.1.0 (Static Analysis Results Interchange Format), for code-scanning
//! services.
//!
//! One run whose `tool.driver` names crosscheck and describes every rule (id, short
//! description, full description and help from the rule's documentation, default level).
//! One result per finding: `ruleId`, `level` (`error`, `warning`, or `note` for info),
//! `message.text`, the first account as `locations[0]` and every other account as a
//! `relatedLocations` entry (with its value and the words carrying it as its message), and
//! a `partialFingerprints` entry `crosscheck/v1`: a hash of what a baseline records (rule,
//! and each account's article, value and words), so services can follow a finding across
//! edits elsewhere in its articles.
//! Regions give `startLine`/`startColumn`/`endLine`/`endColumn`, columns counted in
//! Unicode code points (`columnKind`), the end column exclusive. URIs are the paths as the
//! user named them, with `/` separators and percent-encoding; absolute paths become
//! `file://` URIs.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{account_note, Locator};
use crate::check::{doc_section, rule_doc, Account, Finding, Rule, Severity};
use crate::config::baseline::Entry;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

#[derive(Serialize)]
struct Log {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run {
    tool: Tool,
    column_kind: &'static str,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: &'static str,
    short_description: Text,
    full_description: Text,
    help: Markdown,
    default_configuration: Configuration,
    properties: Properties,
}

#[derive(Serialize)]
struct Properties {
    kind: &'static str,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Markdown {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    snippet: Text,
}

/// A stable fingerprint of a finding: FNV-1a (64 bits) of its baseline entry as JSON.
pub fn fingerprint(f: &Finding) -> String {
    let key = serde_json::to_string(&Entry::of(f)).expect("an entry serialises");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// SARIF's name for a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a URI reference: relative paths stay relative (with `/` separators), absolute
/// ones become `file://` URIs; bytes outside the unreserved set are percent-encoded.
pub fn path_uri(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::new();
    if path.is_absolute() {
        out.push_str("file://");
        if !text.starts_with('/') {
            out.push('/');
        }
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn descriptor(r: &Rule) -> Descriptor {
    let doc = rule_doc(r.id).unwrap_or_default();
    let full = doc_section(&doc, Some("What it does")).unwrap_or_else(|| r.summary.to_string());
    Descriptor {
        id: r.id,
        short_description: Text {
            text: r.summary.to_string(),
        },
        full_description: Text {
            text: full.split_whitespace().collect::<Vec<_>>().join(" "),
        },
        help: Markdown {
            text: doc.clone(),
            markdown: doc,
        },
        default_configuration: Configuration {
            level: level(r.severity),
        },
        properties: Properties { kind: r.kind },
    }
}

fn location(a: &Account, loc: &Locator, id: Option<usize>, with_message: bool) -> Location {
    let (start_line, start_column) = loc.line_col(&a.article, a.start);
    let (end_line, end_column) = loc.line_col(&a.article, a.end);
    let uri = loc
        .file(&a.article)
        .map_or_else(|| path_uri(Path::new(&a.article)), path_uri);
    let text = account_note(a);
    Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri },
            region: Region {
                start_line,
                start_column,
                end_line,
                end_column,
                snippet: Text {
                    text: a.mention.clone(),
                },
            },
        },
        message: with_message.then_some(Text { text }),
    }
}

/// Writes one SARIF log describing `rules` (the rules of the run, in order) and holding
/// every finding.
pub fn write_sarif(
    out: &mut dyn Write,
    findings: &[Finding],
    rules: &[&Rule],
    loc: &Locator,
) -> io::Result<()> {
    let results = findings
        .iter()
        .map(|f| {
            let mut accounts = f.accounts.iter();
            let locations = accounts
                .next()
                .map(|a| vec![location(a, loc, None, true)])
                .unwrap_or_default();
            let related_locations = accounts
                .enumerate()
                .map(|(i, a)| location(a, loc, Some(i), true))
                .collect();
            SarifResult {
                rule_id: f.rule,
                rule_index: rules.iter().position(|r| r.id == f.rule),
                level: level(f.severity),
                message: Text {
                    text: f.message.clone(),
                },
                locations,
                related_locations,
                partial_fingerprints: BTreeMap::from([("crosscheck/v1", fingerprint(f))]),
            }
        })
        .collect();
    let log = Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "crosscheck",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: rules.iter().map(|r| descriptor(r)).collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris() {
        assert_eq!(path_uri(Path::new("a b/c%.txt")), "a%20b/c%25.txt");
        assert_eq!(path_uri(Path::new("/tmp/x.txt")), "file:///tmp/x.txt");
        assert_eq!(level(Severity::Info), "note");
    }

    #[test]
    fn fingerprints_ignore_offsets_but_not_values() {
        const RULE: Rule = Rule {
            id: "count-mismatch",
            kind: "count",
            severity: Severity::Warning,
            summary: "",
        };
        let finding = |start: usize, value: &str| {
            let a = Account {
                article: "a".into(),
                article_index: 0,
                start,
                end: start + 3,
                mention: "two".into(),
                excerpt: String::new(),
                value: value.into(),
                source: None,
            };
            Finding::new(&RULE, format!("at {start}"), None, vec![a])
        };
        assert_eq!(
            fingerprint(&finding(1, "2 injured")),
            fingerprint(&finding(90, "2 injured"))
        );
        assert_ne!(
            fingerprint(&finding(1, "2 injured")),
            fingerprint(&finding(1, "3 injured"))
        );
    }
}
