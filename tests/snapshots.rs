//! Snapshot tests: the claims of every seed article and every construction fixture, one
//! snapshot per file, so a change in the extractor shows up as a small reviewable diff.
//!
//! Review changes with `cargo insta review`, or regenerate with
//! `INSTA_UPDATE=always cargo test --test snapshots` and read `git diff tests/snapshots`.

mod common;

use common::{article, claims, fixture_stems, views, CONSTRUCTIONS, SEEDS};

/// Snapshots the claims of `fixtures/<folder>/<stem>.txt` as `<name>`.
fn snapshot(name: &str, folder: &str, stem: &str, unsourced: bool) {
    let a = article(folder, stem);
    let found = views(a, &claims(folder, stem, unsourced));
    let description = format!(
        "claims of fixtures/{folder}/{stem}.txt{}",
        if unsourced { " with --unsourced" } else { "" }
    );
    insta::with_settings!({
        description => description,
        omit_expression => true,
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_yaml_snapshot!(name, found);
    });
}

/// One test per fixture file, and the list of files covered (checked against the folders).
macro_rules! snapshot_tests {
    ($($test:ident: $folder:ident / $stem:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                snapshot(stringify!($test), $folder, $stem, false);
            }
        )*
        const COVERED: &[(&str, &str)] = &[$(($folder, $stem)),*];
    };
}

snapshot_tests! {
    seed_000: SEEDS / "000_7eb93de12f6527d2",
    seed_001: SEEDS / "001_04120711490bd0e9",
    seed_002: SEEDS / "002_0ff02fb3ae7b1d04",
    seed_003: SEEDS / "003_219e20541c20b376",
    seed_004: SEEDS / "004_15f6d917c766a285",
    according_to: CONSTRUCTIONS / "according_to",
    act_not_words: CONSTRUCTIONS / "act_not_words",
    anaphora: CONSTRUCTIONS / "anaphora",
    anonymous_vague: CONSTRUCTIONS / "anonymous_vague",
    apposition: CONSTRUCTIONS / "apposition",
    coordinated: CONSTRUCTIONS / "coordinated",
    coordinated_predicate: CONSTRUCTIONS / "coordinated_predicate",
    cue_inside_quote: CONSTRUCTIONS / "cue_inside_quote",
    direct_colon: CONSTRUCTIONS / "direct_colon",
    direct_cue_after: CONSTRUCTIONS / "direct_cue_after",
    direct_inverted: CONSTRUCTIONS / "direct_inverted",
    direct_split: CONSTRUCTIONS / "direct_split",
    fronted_inverted: CONSTRUCTIONS / "fronted_inverted",
    doubled_apostrophe: CONSTRUCTIONS / "doubled_apostrophe",
    dashes: CONSTRUCTIONS / "dashes",
    document_reading: CONSTRUCTIONS / "document_reading",
    furniture: CONSTRUCTIONS / "furniture",
    headline_full_stop: CONSTRUCTIONS / "headline_full_stop",
    headline_title_case: CONSTRUCTIONS / "headline_title_case",
    hedged_unsourced: CONSTRUCTIONS / "hedged_unsourced",
    indirect_that: CONSTRUCTIONS / "indirect_that",
    interrupted: CONSTRUCTIONS / "interrupted",
    mixed: CONSTRUCTIONS / "mixed",
    object_frame: CONSTRUCTIONS / "object_frame",
    parenthetical_adverb: CONSTRUCTIONS / "parenthetical_adverb",
    participle: CONSTRUCTIONS / "participle",
    progressive: CONSTRUCTIONS / "progressive",
    question_tail: CONSTRUCTIONS / "question_tail",
    repeated_sentence: CONSTRUCTIONS / "repeated_sentence",
    reporting_chain: CONSTRUCTIONS / "reporting_chain",
    scare_quotes_titles: CONSTRUCTIONS / "scare_quotes_titles",
    speaker_heads: CONSTRUCTIONS / "speaker_heads",
    speaker_phrases: CONSTRUCTIONS / "speaker_phrases",
    verb_that: CONSTRUCTIONS / "verb_that",
}

/// Unsourced hedged statements only appear with `--unsourced`; snapshot that listing too.
#[test]
fn hedged_unsourced_with_unsourced() {
    snapshot(
        "hedged_unsourced_with_unsourced",
        CONSTRUCTIONS,
        "hedged_unsourced",
        true,
    );
}

/// A fixture added without a snapshot test (or a test naming a missing file) fails here.
#[test]
fn every_fixture_has_a_snapshot_test() {
    for folder in [SEEDS, CONSTRUCTIONS] {
        let on_disk = fixture_stems(folder);
        let mut covered: Vec<String> = COVERED
            .iter()
            .filter(|(f, _)| *f == folder)
            .map(|(_, s)| s.to_string())
            .collect();
        covered.sort();
        assert_eq!(
            covered, on_disk,
            "fixtures/{folder}: add a line to snapshot_tests! for each new article"
        );
    }
}
