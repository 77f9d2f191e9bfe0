//! `crosscheck check` and `crosscheck events` as a user runs them: exit codes and the JSON
//! shape.

use assert_cmd::Command;
use predicates::prelude::*;

fn crosscheck() -> Command {
    Command::cargo_bin("crosscheck").unwrap()
}

#[test]
fn agreement_exits_zero() {
    crosscheck()
        .args(["check", "fixtures/events/agreeing-figures"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 warnings"));
}

#[test]
fn disagreement_exits_one() {
    crosscheck()
        .args(["check", "fixtures/events/injured-count"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("warning[count-mismatch]"))
        .stdout(predicate::str::contains(
            "--> fixtures/events/injured-count/",
        ));
}

#[test]
fn missing_input_exits_two() {
    crosscheck()
        .args(["check", "fixtures/events/injured-count", "no/such/path"])
        .assert()
        .code(2);
}

#[test]
fn usage_error_exits_two() {
    crosscheck()
        .args(["check", "--format", "xml", "x"])
        .assert()
        .code(2);
    crosscheck().args(["check"]).assert().code(2);
}

#[test]
fn bad_rules_file_exits_two() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("bad.toml");
    std::fs::write(&rules, "[[events]]\ntype = \"x\"\ntrigger = [\"y\"]\n").unwrap();
    crosscheck()
        .args(["check", "fixtures/events/duration", "--rules"])
        .arg(&rules)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml"));
}

#[test]
fn json_shape() {
    let out = crosscheck()
        .args(["check", "--format", "json", "fixtures/events/injured-count"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v.as_array().unwrap();
    let f = findings
        .iter()
        .find(|f| f["rule"] == "count-mismatch")
        .expect("a count finding");
    for key in ["rule", "kind", "severity", "message", "event", "accounts"] {
        assert!(f.get(key).is_some(), "missing {key}: {f}");
    }
    assert_eq!(f["kind"], "count");
    assert_eq!(f["severity"], "warning");
    let a = &f["accounts"][0];
    for key in [
        "article", "path", "line", "column", "start", "end", "mention", "excerpt", "value",
        "source",
    ] {
        assert!(a.get(key).is_some(), "missing account {key}: {a}");
    }
    assert_eq!(a["mention"], "injuring several others");
    assert_eq!(a["value"], ">= 2 injured");
}

#[test]
fn jsonl_is_one_finding_per_line() {
    let out = crosscheck()
        .args([
            "check",
            "--format",
            "jsonl",
            "fixtures/events/magnitude-time",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() >= 2);
    for l in lines {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(v.get("rule").is_some());
    }
}

#[test]
fn events_table() {
    crosscheck()
        .args(["events", "fixtures/events/injured-count"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("attack"))
        .stdout(predicate::str::contains("Harbor Herald"))
        .stdout(predicate::str::contains("injured"));
}
