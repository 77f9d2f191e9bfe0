//! Properties that must hold for any input (proptest), and determinism of the binary.
//!
//! - every span the pipeline returns (claims, their source, cue, content, reporting chain
//!   and hedges, sentences, facts) lies inside the text, on character boundaries;
//! - an article's claims and facts do not depend on the other articles of the set;
//! - `claims` and `check` print the same bytes whatever the thread count, the order of the
//!   paths and the run.
//!
//! Case counts are kept small so `cargo test` stays quick in debug builds; the fuzz targets
//! (`fuzz/`) search the same invariants for much longer.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use assert_cmd::Command;
use proptest::prelude::*;

use crosscheck::align::{align, analyze_article, Doc};
use crosscheck::load::{load, LoadOptions};
use crosscheck::rules::RulePack;
use crosscheck::{Article, PartialDate, Span};

static RULES: LazyLock<RulePack> = LazyLock::new(RulePack::default_pack);
/// Built once: compiling the furniture patterns dominates a small load in debug builds.
static LOAD: LazyLock<LoadOptions> = LazyLock::new(LoadOptions::default);

/// Pieces that exercise the extractor: quote marks of every kind, cue verbs, names, titles,
/// numbers and dates, abbreviations, line breaks, and scripts and marks that are not ASCII
/// (combining accents, right-to-left text, emoji with joiners, a BOM, CJK, non-breaking
/// spaces).
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "said",
    " said ",
    "told Reuters",
    "according to",
    "claimed that",
    ", he said.",
    " she added. ",
    "Mr. ",
    "U.S. ",
    "Jane Roe",
    "the minister",
    "a senior official",
    "Ali Goudarzi, commander of the guard,",
    " killed ",
    "injured",
    "at least 40",
    "forty-five",
    "1,200",
    "6.1",
    "magnitude",
    "on Monday",
    "last October",
    "January 27, 2023",
    "2023-01-27",
    "at 3 p.m.",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    ".",
    "!",
    "?",
    "…",
    ",",
    ":",
    "—",
    "-",
    "(",
    ")",
    "e\u{301}",
    "\u{0627}\u{0644}\u{0639}\u{0631}\u{0628}\u{064a}\u{0629}",
    "\u{05e9}\u{05dc}\u{05d5}\u{05dd}",
    "\u{202e}",
    "\u{200d}",
    "👩\u{200d}🔬",
    "🇦🇿",
    "\u{feff}",
    "\u{a0}",
    "東京",
    "İ",
    "ß",
    "Ⅻ",
    "٣",
];

/// Text made of `PIECES` and arbitrary characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
        1 => "[A-Z][a-z]{1,8}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn published() -> impl Strategy<Value = Option<PartialDate>> {
    prop_oneof![
        Just(None),
        (1990i16..2030).prop_map(|y| Some(PartialDate::Year(y))),
        (1990i16..2030, 1u8..=12, 1u8..=28).prop_map(|(y, m, d)| Some(PartialDate::Day(y, m, d))),
    ]
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{} {:?} out of bounds of {} bytes",
        what,
        span,
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{} {:?} not on character boundaries",
        what,
        span
    );
    Ok(())
}

fn check_doc(text: &str, doc: &Doc) -> Result<(), TestCaseError> {
    for s in &doc.sentences {
        check_span(text, s.span, "sentence")?;
    }
    for c in &doc.claims {
        check_span(text, c.span, "claim")?;
        check_span(text, c.sentence, "claim sentence")?;
        check_span(text, c.cue, "cue")?;
        check_span(text, c.content, "content")?;
        for &p in &c.parts {
            check_span(text, p, "content part")?;
            prop_assert!(c.content.contains(p), "part {:?} outside its content", p);
        }
        if let Some(s) = &c.source {
            check_span(text, s.span, "source")?;
        }
        if let Some(h) = c.hedge {
            check_span(text, h, "hedge")?;
        }
    }
    for f in &doc.facts {
        check_span(text, f.fact.span, "fact")?;
    }
    Ok(())
}

/// Claims and facts of a document, as comparable values.
fn summary(doc: &Doc) -> (Vec<String>, Vec<String>) {
    let claims = doc.claims.iter().map(|c| format!("{c:?}")).collect();
    let facts = doc.facts.iter().map(|f| format!("{:?}", f.fact)).collect();
    (claims, facts)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// (a) Any text: every span is inside it and on character boundaries.
    #[test]
    fn spans_lie_inside_the_text_on_char_boundaries(text in text(), published in published()) {
        let mut article = Article::from_text("a", text);
        article.meta.published = published;
        let doc = analyze_article(&article, &RULES, RULES.facts.rules());
        check_doc(&article.text, &doc)?;
    }

    /// (a) The same with page furniture and front matter as the loader finds them.
    #[test]
    fn spans_lie_inside_loaded_text(body in text()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        fs::write(&path, format!("---\ntitle: T\npublished: 2024-05-01\n---\n{body}")).unwrap();
        let out = load(&[path], &LOAD);
        for a in &out.articles {
            check_span(&a.text, a.body, "body")?;
            for &f in &a.furniture {
                check_span(&a.text, f, "furniture")?;
            }
            check_doc(&a.text, &analyze_article(a, &RULES, RULES.facts.rules()))?;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 24,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// (b) An article's claims and facts are the same alone and among others, loaded from
    /// disk with the other articles or analysed on its own.
    #[test]
    fn an_article_does_not_depend_on_the_others(texts in proptest::collection::vec(text(), 1..4)) {
        let dir = tempfile::tempdir().unwrap();
        let paths: Vec<PathBuf> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let p = dir.path().join(format!("{i}.txt"));
                fs::write(&p, t).unwrap();
                p
            })
            .collect();
        let together = load(&[dir.path().to_path_buf()], &LOAD);
        let aligned = align(&together.articles, &RULES);
        for (article, doc) in together.articles.iter().zip(&aligned.docs) {
            let alone = load(std::slice::from_ref(&article.path), &LOAD);
            prop_assert_eq!(alone.articles.len(), 1);
            let single = &alone.articles[0];
            prop_assert_eq!(&single.id, &article.id);
            prop_assert_eq!(&single.text, &article.text);
            prop_assert_eq!(&single.furniture, &article.furniture);
            let doc_alone = analyze_article(single, &RULES, RULES.facts.rules());
            prop_assert_eq!(summary(doc), summary(&doc_alone));
        }
        prop_assert!(paths.len() >= together.articles.len());
    }
}

// ----- the binary: same bytes whatever the threads, order and run ---------------------------

fn crosscheck() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// stdout of `crosscheck ARGS PATHS` with `threads` rayon threads.
fn run(args: &[&str], paths: &[&str], threads: &str) -> Vec<u8> {
    let out = crosscheck()
        .env("RAYON_NUM_THREADS", threads)
        .args(args)
        .args(paths)
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{args:?} {paths:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!out.stdout.is_empty());
    out.stdout
}

/// Every article set of the fixtures, and all seeds.
fn fixture_sets() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sets: Vec<String> = fs::read_dir(root.join("fixtures/events"))
        .unwrap()
        .map(|e| {
            format!(
                "fixtures/events/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    sets.sort();
    sets
}

#[test]
fn output_is_the_same_across_threads_orders_and_runs() {
    let sets = fixture_sets();
    let mut forward: Vec<&str> = vec!["fixtures/seeds"];
    forward.extend(sets.iter().map(String::as_str));
    let backward: Vec<&str> = forward.iter().rev().copied().collect();
    for args in [
        &["claims", "--format", "json", "--unsourced"][..],
        &["check", "--isolated", "--format", "json"][..],
    ] {
        let reference = run(args, &forward, "2");
        assert_eq!(run(args, &forward, "1"), reference, "{args:?}: 1 thread");
        assert_eq!(
            run(args, &backward, "2"),
            reference,
            "{args:?}: reversed paths"
        );
        assert_eq!(run(args, &forward, "2"), reference, "{args:?}: second run");
    }
}

/// Files named one by one, in a shuffled order, give the same output as their folder.
#[test]
fn output_does_not_depend_on_the_order_of_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = fs::read_dir(root.join("fixtures/seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.strip_prefix(root).unwrap().to_string_lossy().into_owned())
        .collect();
    files.sort();
    files.rotate_left(2);
    files.swap(0, 1);
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let args = ["claims", "--format", "json"];
    // Paths in the output are as given: compare with the files named in sorted order.
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(run(&args, &files, "2"), run(&args, &sorted, "1"));
}

/// A seed article's claims from the CLI are the same alone and with the other seeds.
#[test]
fn claims_of_one_article_are_the_same_alone_and_in_the_set() {
    let all: Vec<serde_json::Value> = serde_json::from_slice(&run(
        &["claims", "--format", "json"],
        &["fixtures/seeds"],
        "2",
    ))
    .unwrap();
    let one = "fixtures/seeds/002_0ff02fb3ae7b1d04.txt";
    let alone: Vec<serde_json::Value> =
        serde_json::from_slice(&run(&["claims", "--format", "json"], &[one], "2")).unwrap();
    let in_set: Vec<&serde_json::Value> = all.iter().filter(|c| c["path"] == one).collect();
    assert!(!alone.is_empty());
    assert_eq!(in_set, alone.iter().collect::<Vec<_>>());
}
