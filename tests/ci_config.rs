//! `crosscheck.toml` as configuration for `check`: discovery from the current folder up,
//! `--config`, `--isolated`, severity overrides, `fail-on`, `[ignore]`, and located errors.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(rel: &str) -> PathBuf {
    root().join(rel)
}

fn crosscheck_in(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("crosscheck").unwrap();
    c.current_dir(dir);
    c
}

/// A temporary tree: `crosscheck.toml` (with `config`) at the top and an empty `sub/sub2`
/// folder to run from.
fn tree(config: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("crosscheck.toml"), config).unwrap();
    let sub = dir.path().join("sub").join("sub2");
    fs::create_dir_all(&sub).unwrap();
    (dir, sub)
}

#[test]
fn discovered_from_an_ancestor_of_the_current_folder() {
    let (_dir, sub) = tree("[severity]\ncount-mismatch = \"error\"\n");
    crosscheck_in(&sub)
        .arg("check")
        .arg(fixture("fixtures/events/injured-count"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[count-mismatch]"))
        .stdout(predicate::str::contains("warning[count-mismatch]").not());
}

#[test]
fn isolated_reads_no_configuration() {
    let (_dir, sub) = tree("[severity]\ncount-mismatch = \"off\"\n");
    crosscheck_in(&sub)
        .args(["check", "--isolated"])
        .arg(fixture("fixtures/events/injured-count"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("warning[count-mismatch]"));
    crosscheck_in(&sub)
        .arg("check")
        .arg(fixture("fixtures/events/injured-count"))
        .assert()
        .code(0)
        .stdout(predicate::str::contains("[count-mismatch]").not());
}

#[test]
fn explicit_config_file() {
    crosscheck_in(&root())
        .args([
            "check",
            "--format",
            "concise",
            "--config",
            "fixtures/config/strict.toml",
            "fixtures/events/injured-count",
        ])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[count-mismatch]"))
        .stdout(predicate::str::contains("[anonymous-source]").not());
}

#[test]
fn fail_on_from_config_and_the_flag_wins() {
    let (_dir, sub) = tree("[check]\nfail-on = \"info\"\n");
    let sourcing = fixture("fixtures/events/sourcing");
    crosscheck_in(&sub)
        .arg("check")
        .arg(&sourcing)
        .assert()
        .code(1);
    crosscheck_in(&sub)
        .args(["check", "--fail-on", "warning"])
        .arg(&sourcing)
        .assert()
        .code(0);
}

#[test]
fn ignore_by_rule_and_article() {
    crosscheck_in(&root())
        .args([
            "check",
            "--format",
            "concise",
            "--config",
            "fixtures/config/ignore.toml",
            "fixtures/events/injured-count",
            "fixtures/events/sourcing",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("[count-mismatch]").not())
        .stdout(predicate::str::contains("[unsourced-claim]").not())
        .stdout(predicate::str::contains("[anonymous-source]"));
}

#[test]
fn the_manifest_beside_the_articles_is_also_the_configuration() {
    let dir = tempfile::tempdir().unwrap();
    let src = fixture("fixtures/events/injured-count");
    for e in fs::read_dir(&src).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    let manifest = dir.path().join("crosscheck.toml");
    let mut text = fs::read_to_string(&manifest).unwrap();
    text.push_str("\n[severity]\ncount-mismatch = \"error\"\n");
    fs::write(&manifest, text).unwrap();
    crosscheck_in(dir.path())
        .args(["check", "."])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[count-mismatch]"))
        // The loader still reads the metadata.
        .stdout(predicate::str::contains("North Wire"));
}

#[test]
fn unknown_key_is_located_with_a_suggestion() {
    crosscheck_in(&root())
        .args([
            "check",
            "--config",
            "fixtures/config/typo.toml",
            "fixtures/events/injured-count",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(
            "fixtures/config/typo.toml:4:2: error: unknown key `severty`; did you mean `severity`?",
        ));
}

#[test]
fn unknown_rule_and_bad_severity_are_errors() {
    let (dir, sub) = tree("[severity]\ncount-mismatsh = \"error\"\n");
    crosscheck_in(&sub)
        .arg("check")
        .arg(fixture("fixtures/events/injured-count"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "crosscheck.toml:2:1: error: unknown rule `count-mismatsh`; did you mean `count-mismatch`?",
        ));
    fs::write(
        dir.path().join("crosscheck.toml"),
        "[check]\nfail-on = \"fatal\"\n",
    )
    .unwrap();
    crosscheck_in(&sub)
        .arg("check")
        .arg(fixture("fixtures/events/injured-count"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "crosscheck.toml:2:11: error: `fail-on`",
        ));
}

#[test]
fn a_discovered_file_in_the_current_folder_is_named_relatively() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("crosscheck.toml"), "[check]\nfail-on = 1\n").unwrap();
    crosscheck_in(dir.path())
        .arg("check")
        .arg(fixture("fixtures/events/injured-count"))
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("crosscheck.toml:2:11: error:"));
}

#[test]
fn missing_config_file_exits_two() {
    crosscheck_in(&root())
        .args([
            "check",
            "--config",
            "no/such/crosscheck.toml",
            "fixtures/events/injured-count",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot read configuration"));
    crosscheck_in(&root())
        .args([
            "check",
            "--config",
            "fixtures/config/strict.toml",
            "--isolated",
            "fixtures/events/injured-count",
        ])
        .assert()
        .code(2);
}
