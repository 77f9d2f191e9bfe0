//! `--write-baseline` and `--baseline`: a round trip through a copy of a fixture set, with
//! an unrelated edit in between.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn crosscheck_in(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("crosscheck").unwrap();
    c.current_dir(dir);
    c
}

/// A copy of `fixtures/events/<name>` in a temporary folder, as `<tmp>/articles`.
fn copy_set(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("articles");
    fs::create_dir(&dest).unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/events")
        .join(name);
    for e in fs::read_dir(src).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, dest.join(p.file_name().unwrap())).unwrap();
    }
    (dir, dest)
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn round_trip_survives_an_unrelated_edit() {
    let (dir, articles) = copy_set("injured-count");
    let top = dir.path();
    // Today's findings are recorded, still reported, and the run exits 0.
    crosscheck_in(top)
        .args([
            "check",
            "--isolated",
            "--write-baseline",
            "baseline.json",
            "articles",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[count-mismatch]"));
    let recorded: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(top.join("baseline.json")).unwrap()).unwrap();
    assert_eq!(recorded["version"], 1);
    let entry = recorded["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["rule"] == "count-mismatch")
        .expect("the count finding is recorded");
    let account = &entry["accounts"][0];
    assert!(account.get("start").is_none() && account.get("line").is_none());
    assert_eq!(account["mention"], "injuring several others");

    // A new paragraph before the disputed sentence moves every offset and line after it.
    edit(
        &articles.join("harbor-herald.txt"),
        "Gunman storms consulate in Valmora\n\n",
        "Gunman storms consulate in Valmora\n\nThe city council met on Tuesday to discuss the new tram line.\nIt will open next spring.\n\n",
    );
    edit(
        &articles.join("north-wire.txt"),
        "Officials in Valmora promised an inquiry.",
        "Officials in Valmora promised a full and open inquiry.",
    );
    crosscheck_in(top)
        .args([
            "check",
            "--isolated",
            "--baseline",
            "baseline.json",
            "articles",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("0 errors, 0 warnings, 0 notes"));
    // Without the baseline the finding is still there, on its new line.
    crosscheck_in(top)
        .args(["check", "--isolated", "--format", "concise", "articles"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "articles/harbor-herald.txt:6:103: warning[count-mismatch]",
        ));
}

#[test]
fn a_changed_figure_is_a_new_finding() {
    let (dir, articles) = copy_set("injured-count");
    let top = dir.path();
    crosscheck_in(top)
        .args([
            "check",
            "--isolated",
            "--write-baseline",
            "baseline.json",
            "articles",
        ])
        .assert()
        .code(0);
    // The disputed figure itself changes: the disagreement is a new one.
    edit(
        &articles.join("harbor-herald.txt"),
        "injuring several others",
        "injuring 12 others",
    );
    crosscheck_in(top)
        .args([
            "check",
            "--isolated",
            "--format",
            "concise",
            "--baseline",
            "baseline.json",
            "articles",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "warning[count-mismatch]: accounts disagree on the number injured: harbor-herald says 12",
        ))
        .stdout(predicate::str::contains("[anonymous-source]").not());
}

#[test]
fn unreadable_or_foreign_baseline_exits_two() {
    let (dir, _) = copy_set("injured-count");
    let top = dir.path();
    crosscheck_in(top)
        .args([
            "check",
            "--isolated",
            "--baseline",
            "missing.json",
            "articles",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "missing.json: error: cannot read baseline",
        ));
    fs::write(top.join("other.json"), "[1, 2]").unwrap();
    crosscheck_in(top)
        .args([
            "check",
            "--isolated",
            "--baseline",
            "other.json",
            "articles",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a crosscheck baseline"));
    crosscheck_in(top)
        .args([
            "check",
            "--baseline",
            "a.json",
            "--write-baseline",
            "b.json",
            "articles",
        ])
        .assert()
        .code(2);
}
