//! Helpers for the tests that run the `crosscheck` binary on files they write.

// Each test binary uses a different subset of these helpers.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// `crosscheck` run from the package root, so `fixtures/…` paths work.
pub fn crosscheck() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Writes `content` to `dir/rel`, creating folders; returns the path.
pub fn write(dir: &Path, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(&path, content).unwrap();
    path
}

/// A path as a command-line argument.
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

/// An article with one claim, by Jane Roe.
pub const GOOD_ARTICLE: &str = "The harbour board of Port Ellery met on Monday.\n\n\
\"The new pier will open in June,\" said Jane Roe, the board's chair.\n";
