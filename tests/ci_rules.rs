//! `crosscheck rules` and `crosscheck explain RULE`.

use assert_cmd::Command;
use predicates::prelude::*;

fn crosscheck() -> Command {
    Command::cargo_bin("crosscheck").unwrap()
}

#[test]
fn rules_lists_every_rule_with_kind_and_severity() {
    let out = crosscheck().arg("rules").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let rules = crosscheck::check::rules();
    assert_eq!(text.lines().count(), rules.len() + 1, "{text}");
    for r in rules {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(r.id))
            .unwrap_or_else(|| panic!("{} not listed", r.id));
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cols[1], r.kind, "{line}");
        assert_eq!(cols[2], r.severity.as_str(), "{line}");
        assert!(line.ends_with(r.summary), "{line}");
    }
}

#[test]
fn explain_prints_the_documentation_with_an_example() {
    crosscheck()
        .args(["explain", "count-mismatch"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("`count-mismatch`:"))
        .stdout(predicate::str::contains("## What it does"))
        .stdout(predicate::str::contains("## Example"))
        .stdout(predicate::str::contains("injuring").or(predicate::str::contains("injury")))
        .stdout(predicate::str::contains("default severity: warning"));
}

#[test]
fn explain_reads_intra_doc_links_as_code() {
    crosscheck()
        .args(["explain", "quote-drift"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("(see\n`crate::align::quotes`)"));
}

#[test]
fn every_rule_can_be_explained() {
    for r in crosscheck::check::rules() {
        crosscheck()
            .args(["explain", r.id])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("## Why"));
    }
}

#[test]
fn unknown_rule_exits_two_with_a_suggestion() {
    crosscheck()
        .args(["explain", "count-mismatc"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "unknown rule `count-mismatc`; did you mean `count-mismatch`?",
        ));
    crosscheck()
        .args(["explain", "zzzz"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("crosscheck rules"));
}
