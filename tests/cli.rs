//! The `crosscheck` binary: exit codes, output formats and error messages.

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

#[path = "common/cli.rs"]
mod cli_helpers;
use cli_helpers::{arg, crosscheck, write, GOOD_ARTICLE};

/// Runs `crosscheck` with `args`, expecting `code`; returns stdout.
fn stdout_of(args: &[&str], code: i32) -> String {
    let out = crosscheck()
        .args(args)
        .assert()
        .code(code)
        .get_output()
        .clone();
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// The JSON array printed by `claims --format json` (plus `extra` arguments).
fn json_claims(paths: &[&str], extra: &[&str], code: i32) -> Vec<Value> {
    let mut args = vec!["claims", "--format", "json"];
    args.extend_from_slice(paths);
    args.extend_from_slice(extra);
    let out = stdout_of(&args, code);
    match serde_json::from_str(&out).expect("--format json prints valid JSON") {
        Value::Array(items) => items,
        other => panic!("expected a JSON array, got {other}"),
    }
}

/// Writes `content` to `dir/rel`, creating folders; returns the path.
// ----- the seeds -----------------------------------------------------------------------------

#[test]
fn seeds_table_lists_known_speakers() {
    crosscheck()
        .args(["claims", "fixtures/seeds"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Abbas Mousavi"))
        .stdout(predicate::str::contains("Ilham Aliyev"))
        .stdout(predicate::str::contains("000_7eb93de12f6527d2"));
}

#[test]
fn table_counts_claims_and_articles_each_in_its_own_number() {
    let out = stdout_of(&["claims", "fixtures/constructions/direct_split.txt"], 0);
    let last = out.lines().last().expect("a summary line");
    assert!(
        last.ends_with("claims in 1 article"),
        "summary line: {last:?}"
    );
}

#[test]
fn json_is_an_array_of_complete_records() {
    let items = json_claims(&["fixtures/seeds"], &[], 0);
    assert!(items.len() > 20, "only {} claims on the seeds", items.len());
    for item in &items {
        let o = item
            .as_object()
            .unwrap_or_else(|| panic!("not an object: {item}"));
        assert!(o["article"].is_string(), "{item}");
        assert!(o["path"].is_string(), "{item}");
        let kind = o["kind"].as_str().unwrap_or_default();
        assert!(
            ["direct", "indirect", "mixed"].contains(&kind),
            "kind {kind:?}: {item}"
        );
        match &o["source"] {
            Value::Null => {}
            Value::Object(s) => {
                for key in ["text", "canonical", "kind"] {
                    assert!(s[key].is_string(), "source.{key}: {item}");
                }
                for key in ["start", "end"] {
                    assert!(s[key].is_u64(), "source.{key}: {item}");
                }
            }
            other => panic!("source is {other}: {item}"),
        }
        for piece in ["cue", "content"] {
            assert!(o[piece]["text"].is_string(), "{piece}.text: {item}");
            assert!(o[piece]["start"].is_u64(), "{piece}.start: {item}");
            assert!(o[piece]["end"].is_u64(), "{piece}.end: {item}");
        }
        for list in ["via", "hedges"] {
            let pieces = o[list]
                .as_array()
                .unwrap_or_else(|| panic!("{list}: {item}"));
            assert!(pieces.iter().all(|p| p["text"].is_string()), "{item}");
        }
        for key in ["line", "column", "start", "end"] {
            assert!(
                o[key].as_u64().is_some_and(|n| n > 0 || key == "start"),
                "{key}: {item}"
            );
        }
        assert!(o["start"].as_u64() < o["end"].as_u64(), "{item}");
    }
}

#[test]
fn jsonl_has_one_object_per_line_matching_json() {
    let json = json_claims(&["fixtures/seeds"], &[], 0);
    let out = stdout_of(&["claims", "--format", "jsonl", "fixtures/seeds"], 0);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("each line is valid JSON");
            assert!(v.is_object(), "{l}");
            v
        })
        .collect();
    assert_eq!(lines.len(), json.len());
    assert_eq!(
        lines, json,
        "jsonl holds the same records as json, in order"
    );
}

#[test]
fn unsourced_lists_more_claims() {
    let plain = json_claims(&["fixtures/seeds"], &[], 0);
    let all = json_claims(&["fixtures/seeds"], &["--unsourced"], 0);
    assert!(
        all.len() > plain.len(),
        "--unsourced: {} claims, without: {}",
        all.len(),
        plain.len()
    );
    assert!(plain.iter().all(|c| !c["source"].is_null()));
    assert!(all.iter().any(|c| c["source"].is_null()));
}

#[test]
fn output_is_byte_identical_across_runs() {
    for format in ["table", "json", "jsonl"] {
        let args = [
            "claims",
            "--unsourced",
            "--format",
            format,
            "fixtures/seeds",
            "fixtures/constructions",
        ];
        let first = stdout_of(&args, 0);
        let second = stdout_of(&args, 0);
        assert!(!first.is_empty());
        assert!(first == second, "--format {format} differs between runs");
    }
}

// ----- usage ---------------------------------------------------------------------------------

#[test]
fn help_exits_zero() {
    crosscheck()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("claims"));
    crosscheck()
        .args(["claims", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--unsourced"))
        .stdout(predicate::str::contains("--rules"));
}

#[test]
fn unknown_flag_exits_two() {
    crosscheck()
        .args(["claims", "--no-such-flag", "fixtures/seeds"])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("--no-such-flag"));
}

#[test]
fn claims_without_a_path_exits_two() {
    crosscheck().arg("claims").assert().code(2);
}

// Bad input (missing paths, empty, binary, unreadable files, …): tests/bad_input.rs.

// ----- rule files and manifests ----------------------------------------------------------------

#[test]
fn malformed_rule_file_exits_two_with_its_position() {
    let dir = TempDir::new().unwrap();
    let rules = write(
        dir.path(),
        "bad.toml",
        "[[cues]]\nframe = \"speech\"\nverbs = [\"harrumph\",\n",
    );
    crosscheck()
        .args([
            "claims",
            "fixtures/constructions/mixed.txt",
            "--rules",
            arg(&rules),
        ])
        .assert()
        .code(2)
        .stderr(
            predicate::str::is_match(format!("{}:\\d+:\\d+: ", regex::escape(arg(&rules))))
                .unwrap(),
        );
}

#[test]
fn rule_file_with_an_unknown_key_suggests_the_right_one() {
    let dir = TempDir::new().unwrap();
    let rules = write(
        dir.path(),
        "typo.toml",
        "[[cues]]\nframe = \"speech\"\nverb = [\"harrumph\"]\n",
    );
    crosscheck()
        .args([
            "claims",
            "fixtures/constructions/mixed.txt",
            "--rules",
            arg(&rules),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}:3:1", arg(&rules))))
        .stderr(predicate::str::contains("did you mean `verbs`"));
}

#[test]
fn missing_rule_file_exits_two() {
    let dir = TempDir::new().unwrap();
    let rules = dir.path().join("absent.toml");
    crosscheck()
        .args([
            "claims",
            "fixtures/constructions/mixed.txt",
            "--rules",
            arg(&rules),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(arg(&rules)));
}

#[test]
fn manifest_with_an_unknown_key_is_located_and_the_article_still_checked() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "good.txt", GOOD_ARTICLE);
    let manifest = write(
        dir.path(),
        "crosscheck.toml",
        "[articles.\"good.txt\"]\noutlt = \"Port Ellery Post\"\n",
    );
    crosscheck()
        .args(["claims", arg(dir.path())])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!("{}:2:1", arg(&manifest))))
        .stderr(predicate::str::contains("did you mean `outlet`"))
        .stdout(predicate::str::contains("Jane Roe"));
}

/// The README's two ways to extend the rule pack: `--rules FILE` and `rules = [...]` in a
/// manifest. Without them the made-up verb is no cue.
#[test]
fn user_rule_files_add_cues() {
    let dir = TempDir::new().unwrap();
    let article = write(
        dir.path(),
        "a/story.txt",
        "Ed Bell runs the ferry.\n\n\"The timetable is a disgrace,\" Ed Bell harrumphed.\n",
    );
    let rules = write(
        dir.path(),
        "a/extra.toml",
        "[[cues]]\nframe = \"speech\"\nverbs = [\"harrumph\"]\n",
    );
    let cue_texts = |items: Vec<Value>| -> Vec<String> {
        items
            .iter()
            .map(|c| c["cue"]["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(!cue_texts(json_claims(&[arg(&article)], &[], 0)).contains(&"harrumphed".to_string()));
    let with_flag = cue_texts(json_claims(&[arg(&article)], &["--rules", arg(&rules)], 0));
    assert_eq!(with_flag, ["harrumphed"]);

    write(
        dir.path(),
        "a/crosscheck.toml",
        "rules = [\"extra.toml\"]\n",
    );
    let folder = dir.path().join("a");
    let with_manifest = cue_texts(json_claims(&[arg(&folder)], &[], 0));
    assert_eq!(with_manifest, ["harrumphed"]);
}

/// Line numbers refer to the file as saved, front matter included.
#[test]
fn front_matter_is_skipped_but_counted_in_line_numbers() {
    let dir = TempDir::new().unwrap();
    let text = format!(
        "+++\ntitle = \"Pier to open\"\noutlet = \"Port Ellery Post\"\npublished = 2024-03-02\n+++\n{GOOD_ARTICLE}"
    );
    let article = write(dir.path(), "pier.md", text);
    let items = json_claims(&[arg(&article)], &[], 0);
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(items[0]["article"], "pier");
    assert_eq!(items[0]["line"], 8);
    assert_eq!(items[0]["column"], 1);
}
