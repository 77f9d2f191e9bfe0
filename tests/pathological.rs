//! Hostile inputs stay fast: loading and analysing 256 KB of text built to defeat the
//! segmenter, the dateline search, the quotation finder and the fact readers takes about a
//! second in a debug build. Each case once took time quadratic in the length of a line
//! or could: a 256 KB line of dates took 67 s here (0.3 s now) before the dateline search
//! was bounded to line starts. The bound is loose, to fail only on such a blow-up. Not here:
//! the known superlinear cases listed in the README (pronoun and description lookups, column
//! counting on very long lines).

use std::fs;
use std::time::{Duration, Instant};

use crosscheck::align::analyze_article;
use crosscheck::load::{load, LoadOptions};
use crosscheck::rules::RulePack;

const SIZE: usize = 256 * 1024;
const LIMIT: Duration = Duration::from_secs(30);

fn repeat(unit: &str) -> String {
    unit.repeat(SIZE / unit.len())
}

#[test]
fn hostile_inputs_are_processed_in_linear_time() {
    let rules = RulePack::default_pack();
    let options = LoadOptions::default();
    let cases = [
        (
            "one line of dates",
            repeat("on January 27, 2023 at 3 p.m. last October "),
        ),
        ("no sentence boundary", repeat("word ")),
        ("abbreviations only", repeat("Mr. U.S. ")),
        ("dots", repeat(". ")),
        ("unclosed quotes", repeat("“said ")),
        ("tiny quotations", repeat("\"a\" ")),
        ("numbers", repeat("40 killed, 1,200 injured, ")),
        ("one word per line", repeat("word\n")),
        (
            "blank lines",
            format!("Start.\n{}End.\n", "\n".repeat(SIZE)),
        ),
        (
            "combining marks",
            format!("e{}", "\u{301}".repeat(SIZE / 2)),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in cases {
        let path = dir.path().join("hostile.txt");
        fs::write(&path, &text).unwrap();
        let start = Instant::now();
        let out = load(std::slice::from_ref(&path), &options);
        assert_eq!(out.articles.len(), 1, "{name}: {:?}", out.problems);
        let doc = analyze_article(&out.articles[0], &rules, rules.facts.rules());
        let took = start.elapsed();
        assert!(took < LIMIT, "{name}: {took:?} for {} bytes", text.len());
        assert!(doc.sentences.len() <= text.len(), "{name}");
    }
}
