//! The bad-input matrix: archives nobody cleaned. For each kind of bad input, the exit code,
//! a message on stderr naming the file (and line:column where there is one), and — where
//! one bad file sits beside a good one — the good article's claims still on stdout.
//!
//! Other rows live next to related tests: a rule file with a syntax error or an unknown key
//! and a missing rule file in `tests/cli.rs`, unknown configuration keys and values in
//! `tests/ci_config.rs`.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

#[path = "common/cli.rs"]
mod cli_helpers;
use cli_helpers::{arg, crosscheck, write, GOOD_ARTICLE};

/// A folder with `good.txt` (one claim by Jane Roe) in it.
fn folder_with_good_article() -> TempDir {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "good.txt", GOOD_ARTICLE);
    dir
}

/// Runs `claims --format json ARGS`, expecting `code`; returns (claims, stderr).
fn claims(args: &[&str], code: i32) -> (Vec<Value>, String) {
    let out = crosscheck()
        .args(["claims", "--format", "json"])
        .args(args)
        .assert()
        .code(code)
        .get_output()
        .clone();
    let claims = serde_json::from_slice(&out.stdout).expect("stdout is a JSON array");
    (claims, String::from_utf8(out.stderr).unwrap())
}

/// The good article's claim is among `claims`.
fn has_good_claim(claims: &[Value]) -> bool {
    claims
        .iter()
        .any(|c| c["article"] == "good" && c["source"]["canonical"] == "Jane Roe")
}

/// Runs `claims --format json ARGS` expecting `code`, with every one of `messages` on stderr
/// and the good article's claim still on stdout; returns (claims, stderr).
fn reported_beside_good(args: &[&str], code: i32, messages: &[String]) -> (Vec<Value>, String) {
    let (items, stderr) = claims(args, code);
    for message in messages {
        assert!(
            stderr.contains(message.as_str()),
            "{message:?} not in {stderr}"
        );
    }
    assert!(has_good_claim(&items), "{items:?}");
    (items, stderr)
}

/// Runs crosscheck with `args`, expecting exit 2, nothing on stdout and `message` on stderr.
fn refused(args: &[&str], message: &str) {
    crosscheck()
        .args(args)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(message));
}

// ----- paths ---------------------------------------------------------------------------------

#[test]
fn missing_path_exits_two_naming_it_and_the_rest_is_still_processed() {
    let dir = folder_with_good_article();
    let missing = dir.path().join("no-such-article.txt");
    let good = dir.path().join("good.txt");
    reported_beside_good(
        &[arg(&missing), arg(&good)],
        2,
        &[format!(
            "{}: error: no such file or directory",
            arg(&missing)
        )],
    );
}

#[test]
fn empty_folder_exits_two() {
    let dir = TempDir::new().unwrap();
    crosscheck()
        .args(["claims", arg(dir.path())])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(arg(dir.path())));
}

#[test]
fn folder_without_articles_exits_two_naming_it() {
    let dir = TempDir::new().unwrap();
    write(dir.path(), "page.html", "<p>Not an article file.</p>");
    write(dir.path(), "notes.csv", "a,b\n");
    crosscheck()
        .args(["check", "--isolated", arg(dir.path())])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}: error: no articles found in this folder",
            arg(dir.path())
        )));
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_not_followed_and_the_rest_is_processed() {
    let dir = folder_with_good_article();
    fs::create_dir(dir.path().join("sub")).unwrap();
    let link = dir.path().join("sub/back");
    std::os::unix::fs::symlink(dir.path(), &link).unwrap();
    let (items, _) = reported_beside_good(
        &[arg(dir.path())],
        2,
        &[format!("{}: error: symbolic link loop", arg(&link))],
    );
    assert_eq!(items.len(), 1, "the article is read once: {items:?}");
}

/// Root reads a file with mode 0o000 anyway; then it is simply loaded, and the test checks
/// that instead of the error.
#[cfg(unix)]
#[test]
fn unreadable_file_exits_two_naming_it_and_the_rest_is_processed() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder_with_good_article();
    let secret = write(
        dir.path(),
        "secret.txt",
        "Nobody may read this, she said.\n",
    );
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).unwrap();
    let readable_anyway = fs::read(&secret).is_ok();
    let code = if readable_anyway { 0 } else { 2 };
    let (items, stderr) = claims(&[arg(dir.path())], code);
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o644)).unwrap();
    assert!(has_good_claim(&items), "{items:?}");
    if readable_anyway {
        assert!(stderr.is_empty(), "{stderr}");
    } else {
        assert!(
            stderr.contains(&format!("{}: error: permission denied", arg(&secret))),
            "{stderr}"
        );
    }
}

// ----- file contents -------------------------------------------------------------------------

#[test]
fn empty_file_is_an_error_but_the_good_article_is_still_checked() {
    let dir = folder_with_good_article();
    let empty = write(dir.path(), "empty.txt", "");
    let blank = write(dir.path(), "blank.md", "---\ntitle: Nothing\n---\n\n  \n");
    let (items, stderr) = claims(&[arg(dir.path())], 2);
    assert!(
        stderr.contains(&format!("{}: error: empty article", arg(&empty))),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{}: error: empty article (nothing after the front matter)",
            arg(&blank)
        )),
        "{stderr}"
    );
    assert!(has_good_claim(&items), "{items:?}");
    assert!(items.iter().all(|c| c["article"] == "good"));
}

#[test]
fn page_furniture_only_is_a_warning_naming_the_file() {
    let dir = folder_with_good_article();
    let menu = write(
        dir.path(),
        "menu.txt",
        "Home | News | Sport | Contact\nShare on Facebook\n\
         Copyright 2024 Daily Planet. All rights reserved.\n",
    );
    reported_beside_good(
        &[arg(dir.path())],
        0,
        &[format!("{}: warning: only page furniture", arg(&menu))],
    );
}

#[test]
fn windows_1252_is_decoded_with_a_warning_naming_the_file() {
    let dir = TempDir::new().unwrap();
    // “…” and é in Windows-1252: 0x93, 0x94, 0xE9.
    let latin = write(
        dir.path(),
        "good.txt",
        b"\x93The caf\xe9 will reopen in June,\x94 said Jane Roe, the owner.\n",
    );
    let (items, stderr) = claims(&[arg(dir.path())], 0);
    assert!(
        stderr.contains(&format!(
            "{}: warning: not UTF-8; decoded as Windows-1252",
            arg(&latin)
        )),
        "{stderr}"
    );
    assert!(has_good_claim(&items), "{items:?}");
    assert_eq!(
        items[0]["content"]["text"],
        "“The café will reopen in June,”"
    );
}

#[test]
fn binary_file_exits_two_with_a_message_and_the_rest_is_processed() {
    let dir = folder_with_good_article();
    let mut bytes = b"\x7fELF\x02\x01\x01\x00".to_vec();
    bytes.extend((0u8..=255).cycle().take(2048));
    let blob = write(dir.path(), "blob.txt", bytes);
    reported_beside_good(
        &[arg(dir.path())],
        2,
        &[format!("{}: error: binary file, skipped", arg(&blob))],
    );
}

#[test]
fn front_matter_date_that_is_not_a_date_is_located() {
    let dir = folder_with_good_article();
    let bad = write(
        dir.path(),
        "bad.md",
        "---\ntitle: Pier\npublished: last tuesday\n---\nThe pier opened, she said.\n",
    );
    reported_beside_good(
        &[arg(dir.path())],
        2,
        &[format!(
            "{}:3:12: error: invalid date `last tuesday`",
            arg(&bad)
        )],
    );
}

#[test]
fn manifest_date_that_is_not_a_date_is_located() {
    let dir = folder_with_good_article();
    let manifest = write(
        dir.path(),
        "crosscheck.toml",
        "[articles.\"good.txt\"]\npublished = \"2024-02-30\"\n",
    );
    reported_beside_good(
        &[arg(dir.path())],
        2,
        &[format!("{}:2:13: error: invalid date", arg(&manifest))],
    );
}

// ----- the size limit ------------------------------------------------------------------------

#[test]
fn file_over_the_size_limit_is_skipped_naming_size_and_limit() {
    let dir = folder_with_good_article();
    let big = write(dir.path(), "big.txt", "Filler words go on. ".repeat(200));
    let (items, stderr) = claims(&["--max-file-size", "1K", arg(dir.path())], 2);
    assert!(
        stderr.contains(&format!(
            "{}: error: file is 4000 bytes, larger than the 1 KiB limit; skipped",
            arg(&big)
        )),
        "{stderr}"
    );
    assert!(stderr.contains("--max-file-size"), "{stderr}");
    assert!(has_good_claim(&items), "{items:?}");

    // Under the default limit both are read.
    let (_, stderr) = claims(&[arg(dir.path())], 0);
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn size_limit_applies_to_events_and_check_and_comes_from_the_configuration() {
    let dir = folder_with_good_article();
    let big = write(dir.path(), "big.txt", "Filler words go on. ".repeat(200));
    let message = format!("{}: error: file is 4000 bytes", arg(&big));
    crosscheck()
        .args(["events", "--max-file-size", "2000", arg(dir.path())])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(&message));
    let config = write(
        dir.path(),
        "limits.toml",
        "[check]\nmax-file-size = \"3K\"\n",
    );
    crosscheck()
        .args(["check", "--config", arg(&config), arg(dir.path())])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(&message))
        .stderr(predicate::str::contains("3 KiB limit"));
    // The flag wins over the configuration.
    crosscheck()
        .args([
            "check",
            "--config",
            arg(&config),
            "--max-file-size",
            "1M",
            arg(dir.path()),
        ])
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty());
}

#[test]
fn bad_size_is_a_usage_error() {
    for bad in ["0", "lots", "1.5M", "12T"] {
        refused(
            &["claims", "--max-file-size", bad, "fixtures/seeds"],
            "--max-file-size",
        );
    }
    let dir = folder_with_good_article();
    let config = write(
        dir.path(),
        "limits.toml",
        "[check]\nfail-on = \"error\"\nmax-file-size = \"big\"\n",
    );
    refused(
        &["check", "--config", arg(&config), arg(dir.path())],
        &format!(
            "{}:3:17: error: `max-file-size` \"big\" is not a size",
            arg(&config)
        ),
    );
}

// ----- configuration and rule files ----------------------------------------------------------

#[test]
fn malformed_configuration_is_located_and_stops_the_run() {
    let dir = folder_with_good_article();
    let config = write(
        dir.path(),
        "broken.toml",
        "[check]\nfail-on = \"error\n[severity]\n",
    );
    crosscheck()
        .args(["check", "--config", arg(&config), arg(dir.path())])
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(
            predicate::str::is_match(format!("{}:2:\\d+: error: ", regex::escape(arg(&config))))
                .unwrap(),
        );
}

#[test]
fn configuration_value_of_the_wrong_type_names_the_key() {
    let dir = folder_with_good_article();
    let config = write(dir.path(), "typed.toml", "[severity]\ncount-mismatch = 3\n");
    crosscheck()
        .args(["check", "--config", arg(&config), arg(dir.path())])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "{}:2:18: error: `count-mismatch`: invalid type",
            arg(&config)
        )));
}

#[test]
fn malformed_manifest_is_located_and_the_article_still_checked() {
    let dir = folder_with_good_article();
    let manifest = write(
        dir.path(),
        "crosscheck.toml",
        "[articles.\"good.txt\"]\noutlet = 3\n",
    );
    reported_beside_good(
        &[arg(dir.path())],
        2,
        &[format!(
            "{}:2:10: error: malformed manifest: `outlet`: invalid type",
            arg(&manifest)
        )],
    );
}

#[test]
fn rule_file_value_of_the_wrong_type_names_file_line_column_and_key() {
    let dir = folder_with_good_article();
    let rules = write(
        dir.path(),
        "mine.toml",
        "[[cues]]\nframe = \"speech\"\nverbs = \"harrumph\"\n",
    );
    refused(
        &["claims", "--rules", arg(&rules), arg(dir.path())],
        &format!("{}:3:9: `verbs`: invalid type", arg(&rules)),
    );
}

/// No user rule takes a regular expression: the only patterns are page furniture's, and a
/// `[furniture]` section in a user rule file is refused (located) before any pattern is
/// compiled. An invalid pattern in furniture rules is tested where they are parsed
/// (`src/load/furniture.rs`).
#[test]
fn rule_file_with_patterns_is_refused_with_its_position() {
    let dir = folder_with_good_article();
    let rules = write(
        dir.path(),
        "patterns.toml",
        "[[cues]]\nframe = \"speech\"\nverbs = [\"harrumph\"]\n\n[furniture]\nline_patterns = [\"(unclosed\"]\n",
    );
    refused(
        &["claims", "--rules", arg(&rules), arg(dir.path())],
        &format!(
            "{}:5:1: a [furniture] section cannot be given in a rule file yet",
            arg(&rules)
        ),
    );
}
