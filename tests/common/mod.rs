//! Helpers shared by the integration tests: the fixture folders, loaded once per test
//! binary through the library API, and a compact view of claims for messages and snapshots.

// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Serialize;

use crosscheck::extract::{extract_claims, Claim, ExtractOptions, SourceKind};
use crosscheck::load::{load, LoadOptions, LoadOutcome};
use crosscheck::rules::RulePack;
use crosscheck::text::LineIndex;
use crosscheck::Article;

/// Folder of the real seed articles.
pub const SEEDS: &str = "seeds";
/// Folder of the small invented articles, one per construction.
pub const CONSTRUCTIONS: &str = "constructions";

/// `fixtures/<name>` in the package.
pub fn fixture_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The stems of the `.txt` articles in a fixture folder, sorted.
pub fn fixture_stems(name: &str) -> Vec<String> {
    let mut stems: Vec<String> = std::fs::read_dir(fixture_dir(name))
        .expect("fixture folder exists")
        .map(|e| e.expect("readable fixture folder").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    stems.sort();
    stems
}

/// A fixture folder loaded with the default options (its manifest applies), once.
pub fn corpus(name: &str) -> &'static LoadOutcome {
    static SEED_CORPUS: OnceLock<LoadOutcome> = OnceLock::new();
    static CONSTRUCTION_CORPUS: OnceLock<LoadOutcome> = OnceLock::new();
    let cell = match name {
        SEEDS => &SEED_CORPUS,
        CONSTRUCTIONS => &CONSTRUCTION_CORPUS,
        other => panic!("unknown fixture folder {other}"),
    };
    cell.get_or_init(|| load(&[fixture_dir(name)], &LoadOptions::default()))
}

/// The embedded default rule pack, built once.
pub fn rules() -> &'static RulePack {
    static RULES: OnceLock<RulePack> = OnceLock::new();
    RULES.get_or_init(RulePack::default_pack)
}

/// The article with this id (file stem) in a fixture folder.
pub fn article(folder: &str, stem: &str) -> &'static Article {
    corpus(folder)
        .articles
        .iter()
        .find(|a| a.id == stem)
        .unwrap_or_else(|| panic!("no article `{stem}` in fixtures/{folder}"))
}

/// The claims of one fixture article.
pub fn claims(folder: &str, stem: &str, unsourced: bool) -> Vec<Claim> {
    extract_claims(article(folder, stem), rules(), ExtractOptions { unsourced })
}

/// A claim's speaker as shown in snapshots.
#[derive(Debug, Serialize)]
pub struct SourceView {
    pub text: String,
    pub canonical: String,
    pub kind: SourceKind,
}

/// A compact, readable projection of a claim: what a reviewer needs to see in a diff.
#[derive(Debug, Serialize)]
pub struct ClaimView {
    /// 1-based `line:column` of the claim's first byte.
    pub at: String,
    pub kind: &'static str,
    pub source: Option<SourceView>,
    pub cue: String,
    pub content: String,
    pub via: Vec<String>,
    pub hedges: Vec<String>,
}

/// Projects claims of `article` for snapshots and failure messages.
pub fn views(article: &Article, claims: &[Claim]) -> Vec<ClaimView> {
    let index = LineIndex::new(&article.text);
    claims
        .iter()
        .map(|c| {
            let (line, column) = index.line_col(&article.text, c.span.start);
            ClaimView {
                at: format!("{line}:{column}"),
                kind: c.kind.as_str(),
                source: c.source.as_ref().map(|s| SourceView {
                    text: s.text.clone(),
                    canonical: s.canonical.clone(),
                    kind: s.kind,
                }),
                cue: c.cue.text.clone(),
                content: c.content.text.clone(),
                via: c.via.iter().map(|p| p.text.clone()).collect(),
                hedges: c.hedges.iter().map(|p| p.text.clone()).collect(),
            }
        })
        .collect()
}

/// All claims of an article, one per line, for assertion messages.
pub fn dump(article: &Article, claims: &[Claim]) -> String {
    let mut out = String::new();
    for v in views(article, claims) {
        let source = v.source.map_or("<none>".to_string(), |s| {
            format!("{:?} [{}, {:?}]", s.text, s.canonical, s.kind)
        });
        out.push_str(&format!(
            "\n  {} {} {} {:?} {:?} via={:?} hedges={:?}",
            v.at, v.kind, source, v.cue, v.content, v.via, v.hedges
        ));
    }
    if out.is_empty() {
        out.push_str(" (no claims)");
    }
    out
}
