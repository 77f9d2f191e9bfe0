//! Micro benchmarks of the per-article stages, in bytes per second of article text.
//!
//! ```sh
//! cargo bench --bench extract
//! ```
//!
//! Two article sets: the seed articles (`fixtures/seeds`, real news pages) and 40 articles
//! made by the benchmark corpus generator (`examples/gen_corpus/corpus.rs`, seed 1), both
//! loaded through `crosscheck::load` like the CLI does (front matter, manifest, furniture).
//! Each iteration processes the whole set:
//!
//! - `segment`: paragraphs, quotations and sentences (`crosscheck::text`);
//! - `extract_claims`: the claim extractor;
//! - `analyze_article`: the per-article pass of `check` (claims, facts, names, event mentions);
//! - `align_and_check`: alignment across the set plus every check.

#[allow(dead_code)]
#[path = "../examples/gen_corpus/corpus.rs"]
mod corpus;

use std::path::PathBuf;
use std::sync::LazyLock;

use crosscheck::extract::{extract_claims, ExtractOptions};
use crosscheck::load::{load, LoadOptions};
use crosscheck::rules::RulePack;
use crosscheck::text::{find_quotes, paragraphs, sentences};
use crosscheck::Article;
use divan::counter::BytesCount;
use divan::Bencher;

fn main() {
    divan::main();
}

const SETS: [&str; 2] = ["seeds", "generated"];

static RULES: LazyLock<RulePack> = LazyLock::new(RulePack::default_pack);

static SEEDS: LazyLock<Vec<Article>> = LazyLock::new(|| {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
    load_dir(dir)
});

static GENERATED: LazyLock<Vec<Article>> = LazyLock::new(|| {
    let corpus = corpus::Corpus::new(corpus::Config {
        articles: 40,
        events: 8,
        seed: 1,
        conflict_rate: 0.2,
    });
    let dir = std::env::temp_dir().join(format!("crosscheck-divan-{}", std::process::id()));
    for i in 0..40 {
        let a = corpus.article(i);
        let path = dir.join(&a.rel_path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("temp folder");
        std::fs::write(&path, a.text).expect("write article");
    }
    let articles = load_dir(dir.clone());
    let _ = std::fs::remove_dir_all(&dir);
    articles
});

fn load_dir(dir: PathBuf) -> Vec<Article> {
    let outcome = load(&[dir], &LoadOptions::default());
    assert!(!outcome.has_errors(), "{:?}", outcome.problems);
    assert!(!outcome.articles.is_empty());
    outcome.articles
}

fn set(name: &str) -> &'static [Article] {
    match name {
        "seeds" => &SEEDS,
        _ => &GENERATED,
    }
}

fn bytes(articles: &[Article]) -> BytesCount {
    BytesCount::new(articles.iter().map(|a| a.text.len()).sum::<usize>())
}

#[divan::bench(args = SETS)]
fn segment(bencher: Bencher, name: &str) {
    let articles = set(name);
    let rules = &*RULES;
    bencher.counter(bytes(articles)).bench(|| {
        let mut n = 0;
        for a in articles {
            for para in paragraphs(&a.text, a.body) {
                let quotes = find_quotes(&a.text, para);
                n += sentences(&a.text, para, &quotes, &rules.abbreviations).len();
            }
        }
        n
    });
}

#[divan::bench(args = SETS)]
fn extract(bencher: Bencher, name: &str) {
    let articles = set(name);
    let rules = &*RULES;
    bencher.counter(bytes(articles)).bench(|| {
        articles
            .iter()
            .map(|a| extract_claims(a, rules, ExtractOptions::default()).len())
            .sum::<usize>()
    });
}

#[divan::bench(args = SETS)]
fn analyze_article(bencher: Bencher, name: &str) {
    let articles = set(name);
    let rules = &*RULES;
    bencher.counter(bytes(articles)).bench(|| {
        articles
            .iter()
            .map(|a| {
                crosscheck::align::analyze_article(a, rules, rules.facts.rules())
                    .claims
                    .len()
            })
            .sum::<usize>()
    });
}

#[divan::bench(args = SETS)]
fn align_and_check(bencher: Bencher, name: &str) {
    let articles = set(name);
    let rules = &*RULES;
    bencher.counter(bytes(articles)).bench(|| {
        let al = crosscheck::align::align(articles, rules);
        crosscheck::check::run_checks(&al).len()
    });
}
