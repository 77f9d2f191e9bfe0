//! The loader on any file content: decoding, front matter, manifests' dates, furniture and
//! dateline detection. A file is either an article or a problem, never both or neither,
//! and the article's body and furniture lie inside its text.
#![no_main]

use std::path::PathBuf;
use std::sync::LazyLock;

use crosscheck::load::{load, LoadOptions};
use crosscheck_fuzz::{check_inside, check_span};
use libfuzzer_sys::fuzz_target;

static DIR: LazyLock<tempfile::TempDir> = LazyLock::new(|| tempfile::tempdir().unwrap());
/// Built once: compiling the furniture patterns would dominate every run.
static OPTIONS: LazyLock<LoadOptions> = LazyLock::new(LoadOptions::default);

fuzz_target!(|data: &[u8]| {
    let path: PathBuf = DIR.path().join("article.md");
    std::fs::write(&path, data).unwrap();
    let out = load(std::slice::from_ref(&path), &OPTIONS);
    let errors = out
        .problems
        .iter()
        .filter(|p| p.severity == crosscheck::load::ProblemSeverity::Error)
        .count();
    assert_eq!(
        out.articles.len() + errors.min(1),
        1,
        "one file must give one article or an error: {:?}",
        out.problems
    );
    for p in &out.problems {
        assert_eq!(p.path, path, "{p}");
    }
    for a in &out.articles {
        check_span(&a.text, a.body, "body");
        for f in &a.furniture {
            check_inside(&a.text, *f, a.body, "furniture");
        }
    }
});
