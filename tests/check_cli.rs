//! `crosscheck check` and `crosscheck events` as a user runs them: exit codes and the JSON
//! shape, colour and progress output.

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

#[test]
fn human_shows_the_source_line_with_the_words_underlined() {
    let out = crosscheck()
        .args(["check", "fixtures/events/injured-count"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("--> fixtures/events/injured-count/harbor-herald.txt:3:"));
    assert!(text.contains("killing the head of security and injuring several others."));
    assert!(text.contains("^^^^^^^^^^^^^^^^^^^^^^^ >= 2 injured"));
    assert!(text.contains("= note: event: attack"));
    assert!(text.contains("anonymous, according to witnesses"));
}

const ESC: &str = "\x1b[";

/// Run without a terminal (assert_cmd pipes stdout and stderr): (stdout, stderr).
fn check_piped(args: &[&str], no_color: Option<&str>) -> (String, String) {
    let mut cmd = crosscheck();
    cmd.arg("check")
        .args(args)
        .arg("fixtures/events/injured-count");
    match no_color {
        Some(v) => cmd.env("NO_COLOR", v),
        None => cmd.env_remove("NO_COLOR"),
    };
    let out = cmd.output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn no_colour_when_piped_or_with_no_color() {
    let (piped, _) = check_piped(&[], None);
    assert!(!piped.contains(ESC), "{piped}");
    let (no_color, _) = check_piped(&[], Some("1"));
    assert!(!no_color.contains(ESC), "{no_color}");
    let (never, _) = check_piped(&["--color", "never"], None);
    assert!(!never.contains(ESC), "{never}");
}

#[test]
fn color_always_styles_even_when_piped() {
    let (always, _) = check_piped(&["--color", "always"], None);
    assert!(always.contains(ESC), "{always}");
    assert!(always.contains("count-mismatch"));
}

#[test]
fn bad_color_choice_is_a_usage_error() {
    crosscheck()
        .args([
            "check",
            "--color",
            "sometimes",
            "fixtures/events/injured-count",
        ])
        .assert()
        .code(2);
}

#[test]
fn no_progress_on_stderr_without_a_terminal() {
    for args in [
        &[][..],
        &["--color", "always"][..],
        &["--format", "json"][..],
    ] {
        let (_, stderr) = check_piped(args, None);
        assert!(stderr.is_empty(), "{args:?}: {stderr:?}");
    }
}
