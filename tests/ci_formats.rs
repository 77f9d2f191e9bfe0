//! `crosscheck check --format …` for every format, and the exit codes (`--fail-on`,
//! `--exit-zero`, input errors).

use assert_cmd::Command;
use predicates::prelude::*;

fn crosscheck() -> Command {
    Command::cargo_bin("crosscheck").unwrap()
}

fn check_output(args: &[&str]) -> (Option<i32>, String) {
    let out = crosscheck().arg("check").args(args).output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

const INJURED: &str = "fixtures/events/injured-count";
const SOURCING: &str = "fixtures/events/sourcing";

#[test]
fn concise_is_one_line_per_finding_at_the_first_account() {
    let (code, text) = check_output(&["--format", "concise", INJURED]);
    assert_eq!(code, Some(1));
    let line = text
        .lines()
        .find(|l| l.contains("[count-mismatch]"))
        .expect("a count line");
    assert!(
        line.starts_with("fixtures/events/injured-count/harbor-herald.txt:3:103: warning[count-mismatch]: accounts disagree"),
        "{line}"
    );
    let (_, json) = check_output(&["--format", "jsonl", INJURED]);
    assert_eq!(text.lines().count(), json.lines().count());
}

#[test]
fn github_workflow_commands() {
    let (code, text) = check_output(&["--format", "github", INJURED, SOURCING]);
    assert_eq!(code, Some(1));
    let warning = text
        .lines()
        .find(|l| l.contains("title=count-mismatch"))
        .expect("a count command");
    assert!(
        warning.starts_with(
            "::warning file=fixtures/events/injured-count/harbor-herald.txt,line=3,col=103,"
        ),
        "{warning}"
    );
    // The other account is in the message, with escaped line breaks.
    assert!(warning.contains("%0Afixtures/events/injured-count/north-wire.txt:"));
    assert!(!text.contains("::info"));
    assert!(text
        .lines()
        .any(|l| l.starts_with("::notice ") && l.contains("title=unsourced-claim::")));
    for l in text.lines() {
        assert!(l.starts_with("::"), "{l}");
    }
}

#[test]
fn table_has_the_columns_and_a_count() {
    crosscheck()
        .args(["check", "--format", "table", SOURCING])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("severity"))
        .stdout(predicate::str::contains("location"))
        .stdout(predicate::str::contains("unsourced-claim"))
        .stdout(predicate::str::contains(
            "fixtures/events/sourcing/gossip-sheet.txt:3:1",
        ))
        .stdout(predicate::str::contains("3 findings"));
}

#[test]
fn human_stays_the_default() {
    let (_, default) = check_output(&[INJURED]);
    let (_, human) = check_output(&["--format", "human", INJURED]);
    assert_eq!(default, human);
    assert!(human.contains("warning[count-mismatch]"));
}

#[test]
fn sarif_is_json_with_one_result_per_finding() {
    let (code, text) = check_output(&["--format", "sarif", INJURED]);
    assert_eq!(code, Some(1));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (_, json) = check_output(&["--format", "json", INJURED]);
    let findings: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["runs"][0]["results"].as_array().unwrap().len(),
        findings.as_array().unwrap().len()
    );
}

#[test]
fn exit_zero_when_clean() {
    crosscheck()
        .args(["check", "fixtures/events/agreeing-figures"])
        .assert()
        .code(0);
}

#[test]
fn exit_one_at_the_default_threshold() {
    crosscheck().args(["check", INJURED]).assert().code(1);
    // Only info findings: below the default (warning).
    crosscheck().args(["check", SOURCING]).assert().code(0);
}

#[test]
fn fail_on_moves_the_threshold() {
    crosscheck()
        .args(["check", "--fail-on", "info", SOURCING])
        .assert()
        .code(1);
    crosscheck()
        .args(["check", "--fail-on", "error", INJURED])
        .assert()
        .code(0);
    crosscheck()
        .args(["check", "--fail-on", "warning", INJURED])
        .assert()
        .code(1);
    crosscheck()
        .args(["check", "--fail-on", "fatal", INJURED])
        .assert()
        .code(2);
}

#[test]
fn exit_zero_flag_forces_zero_but_not_over_input_errors() {
    crosscheck()
        .args(["check", "--exit-zero", "--fail-on", "info", INJURED])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[count-mismatch]"));
    crosscheck()
        .args(["check", "--exit-zero", INJURED, "no/such/path"])
        .assert()
        .code(2);
}

#[test]
fn every_format_exits_alike() {
    for format in [
        "human", "concise", "table", "json", "jsonl", "github", "sarif",
    ] {
        crosscheck()
            .args(["check", "--format", format, INJURED])
            .assert()
            .code(1);
        crosscheck()
            .args([
                "check",
                "--format",
                format,
                "fixtures/events/agreeing-figures",
            ])
            .assert()
            .code(0);
    }
}
