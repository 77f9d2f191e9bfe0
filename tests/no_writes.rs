//! crosscheck writes nothing but stdout, stderr and the files the user names (a baseline):
//! no cache, no log, no temporary file, in the article folders, the current folder, HOME
//! or the temporary folder.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// Every file and folder under `root` with its size and modification time.
fn listing(root: &Path) -> BTreeMap<PathBuf, (bool, u64, Option<std::time::SystemTime>)> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let meta = entry.metadata().unwrap();
            let path = entry.path();
            if meta.is_dir() {
                stack.push(path.clone());
            }
            out.insert(
                path.strip_prefix(root).unwrap().to_path_buf(),
                (meta.is_dir(), meta.len(), meta.modified().ok()),
            );
        }
    }
    out
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn nothing_is_written_but_stdout_stderr_and_named_files() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let work = TempDir::new().unwrap();
    let home = TempDir::new().unwrap();
    let tmp = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    for set in ["seeds", "constructions", "events/injured-count", "config"] {
        copy_dir(&fixtures.join(set), &work.path().join(set));
    }
    // A discovered configuration in the current folder, as in a real archive.
    fs::write(
        work.path().join("crosscheck.toml"),
        "[check]\nfail-on = \"error\"\n",
    )
    .unwrap();
    let watched = [work.path(), home.path(), tmp.path(), out.path()];
    let before: Vec<_> = watched.iter().map(|d| listing(d)).collect();

    let baseline = out.path().join("baseline.json");
    let runs: Vec<Vec<&str>> = vec![
        vec!["claims", "seeds", "constructions"],
        vec!["claims", "--format", "jsonl", "--unsourced", "seeds"],
        vec!["events", "seeds", "events/injured-count"],
        vec!["check", "seeds", "events/injured-count"],
        vec!["check", "--format", "sarif", "--isolated", "seeds"],
        vec![
            "check",
            "--config",
            "config/strict.toml",
            "--format",
            "json",
            "seeds",
        ],
        vec![
            "check",
            "--write-baseline",
            baseline.to_str().unwrap(),
            "seeds",
        ],
        vec!["check", "--baseline", baseline.to_str().unwrap(), "seeds"],
        vec!["rules"],
        vec!["explain", "count-mismatch"],
    ];
    for args in &runs {
        let output = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
            .current_dir(work.path())
            .env("HOME", home.path())
            .env("TMPDIR", tmp.path())
            .env("XDG_CACHE_HOME", home.path().join(".cache"))
            .env("XDG_CONFIG_HOME", home.path().join(".config"))
            .env("XDG_DATA_HOME", home.path().join(".local/share"))
            .args(args)
            .output()
            .unwrap();
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!output.stdout.is_empty(), "{args:?} printed nothing");
    }

    let after: Vec<_> = watched.iter().map(|d| listing(d)).collect();
    for (i, dir) in ["articles", "HOME", "TMPDIR"].iter().enumerate() {
        assert_eq!(before[i], after[i], "{dir} changed");
    }
    // Only the baseline the user named appeared in the output folder.
    let names: Vec<&PathBuf> = after[3].keys().collect();
    assert_eq!(names, [Path::new("baseline.json")]);
}
