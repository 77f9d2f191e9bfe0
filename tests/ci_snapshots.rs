//! Snapshots of the `check` formats (human, concise, table, github, SARIF) on a few
//! article sets under `fixtures/events/`. Changing a format means reviewing a snapshot diff
//! (`INSTA_UPDATE=always cargo test --test ci_snapshots`, then `git diff`).

use std::path::PathBuf;

use crosscheck::check::{check_articles, rules};
use crosscheck::load::{load, LoadOptions};
use crosscheck::report::{
    findings_concise, findings_github, findings_human, findings_sarif, findings_table, Locator,
};
use crosscheck::rules::RulePack;

const SETS: &[&str] = &["injured-count", "quote-drift", "sourcing", "statement"];

fn render(write: impl Fn(&mut Vec<u8>, &[crosscheck::check::Finding], &Locator)) -> String {
    let paths: Vec<PathBuf> = SETS
        .iter()
        .map(|s| PathBuf::from(format!("fixtures/events/{s}")))
        .collect();
    let loaded = load(&paths, &LoadOptions::default());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let findings = check_articles(&loaded.articles, &RulePack::default_pack());
    let loc = Locator::new(&loaded.articles);
    let mut out = Vec::new();
    write(&mut out, &findings, &loc);
    String::from_utf8(out).unwrap()
}

#[test]
fn human() {
    insta::assert_snapshot!(render(|out, f, loc| findings_human::write_human(
        out, f, loc, false
    )
    .unwrap()));
}

#[test]
fn human_colour_is_the_callers_choice() {
    let styled = render(|out, f, loc| findings_human::write_human(out, f, loc, true).unwrap());
    let plain = render(|out, f, loc| findings_human::write_human(out, f, loc, false).unwrap());
    assert!(styled.contains("\x1b["));
    assert!(!plain.contains("\x1b["));
}

#[test]
fn concise() {
    insta::assert_snapshot!(render(|out, f, loc| findings_concise::write_concise(
        out, f, loc
    )
    .unwrap()));
}

#[test]
fn table() {
    insta::assert_snapshot!(render(|out, f, loc| findings_table::write_table(
        out,
        f,
        loc,
        Some(140)
    )
    .unwrap()));
}

#[test]
fn github() {
    insta::assert_snapshot!(render(|out, f, loc| findings_github::write_github(
        out, f, loc
    )
    .unwrap()));
}

#[test]
fn sarif() {
    let text = render(|out, f, loc| {
        findings_sarif::write_sarif(out, f, &rules(), loc).unwrap();
    });
    let mut log: serde_json::Value = serde_json::from_str(&text).unwrap();
    // The rule descriptions are the rule docs, tested elsewhere; keep the snapshot to results.
    let driver = &mut log["runs"][0]["tool"]["driver"];
    driver["version"] = "[version]".into();
    driver["semanticVersion"] = "[version]".into();
    driver["rules"] = driver["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].clone())
        .collect();
    insta::assert_json_snapshot!(log);
}
