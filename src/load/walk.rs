//! Turning the paths the user gave into the list of article files.
//!
//! Folders are walked like ripgrep does (honouring `.gitignore` and `.ignore` even outside
//! a git repository, skipping hidden files), because article folders often hold scraper
//! output and notes that should not be checked. A file named explicitly is always taken:
//! the user asked for it.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use ignore::WalkBuilder;

use super::decode::io_message;
use super::LoadProblem;

/// Extensions of article files found while walking a folder.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// A file to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub path: PathBuf,
    /// The path the user gave (a folder), or the folder of a file named explicitly. Manifests
    /// are looked up from the file's folder up to here, and ids made unique relative to it.
    pub root: PathBuf,
}

/// Every article file under `paths`, in a stable order, each at most once.
pub(crate) fn collect(paths: &[PathBuf], problems: &mut Vec<LoadProblem>) -> Vec<Found> {
    let mut found = Vec::new();
    // Copies can only come from a path given twice (or inside another) or from a symbolic
    // link; without either, the costly canonical paths (a `readlink` per path component)
    // are not needed.
    let mut may_repeat = paths.len() > 1;
    for path in paths {
        match fs::metadata(path) {
            Err(e) => problems.push(LoadProblem::error(path, io_message(&e))),
            Ok(meta) if meta.is_file() => found.push(Found {
                path: path.clone(),
                root: path.parent().map(Path::to_path_buf).unwrap_or_default(),
            }),
            Ok(meta) if meta.is_dir() => may_repeat |= walk_dir(path, &mut found, problems),
            Ok(_) => problems.push(LoadProblem::error(path, "not a regular file or folder")),
        }
    }
    if may_repeat {
        let mut seen = HashSet::new();
        found.retain(|f| seen.insert(fs::canonicalize(&f.path).unwrap_or_else(|_| f.path.clone())));
    }
    found
}

/// Walks one folder; true when the walk went through a symbolic link (so a file may be
/// found twice).
fn walk_dir(root: &Path, found: &mut Vec<Found>, problems: &mut Vec<LoadProblem>) -> bool {
    let walker = WalkBuilder::new(root)
        .hidden(true)
        .require_git(false)
        .follow_links(true)
        // Entries of one folder, which is all the walker compares, share the folder's path:
        // their paths' bytes compare as their names do (`sort_by_file_name`), without the
        // walker taking each name apart from its path again on every comparison.
        .sort_by_file_path(|a, b| {
            a.as_os_str()
                .as_encoded_bytes()
                .cmp(b.as_os_str().as_encoded_bytes())
        })
        .build();
    let mut articles = 0;
    let mut through_link = false;
    for result in walker {
        match result {
            Ok(entry) => {
                through_link |= entry.path_is_symlink();
                let is_file = entry.file_type().is_some_and(|t| t.is_file());
                if entry.depth() > 0 && is_file && is_article(entry.path()) {
                    articles += 1;
                    found.push(Found {
                        path: entry.into_path(),
                        root: root.to_path_buf(),
                    });
                }
            }
            Err(e) => problems.push(walk_problem(root, e)),
        }
    }
    if articles == 0 {
        problems.push(LoadProblem::error(
            root,
            "no articles found in this folder (looked for .txt and .md files)",
        ));
    }
    through_link
}

fn is_article(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// A walk error as a problem naming the innermost path the error carries.
fn walk_problem(root: &Path, err: ignore::Error) -> LoadProblem {
    match err {
        ignore::Error::WithPath { path, err } => {
            let mut problem = walk_problem(&path, *err);
            problem.path = path;
            problem
        }
        ignore::Error::WithLineNumber { line, err } => {
            let mut problem = walk_problem(root, *err);
            problem.line = Some(line as usize);
            problem
        }
        ignore::Error::WithDepth { err, .. } => walk_problem(root, *err),
        ignore::Error::Loop { ancestor, child } => LoadProblem::error(
            child,
            format!(
                "symbolic link loop (points back to {}); not followed",
                ancestor.display()
            ),
        ),
        ignore::Error::Io(e) => LoadProblem::error(root, io_message(&e)),
        ignore::Error::Partial(errs) => {
            let mut problems = errs.into_iter().map(|e| walk_problem(root, e));
            let first = problems
                .next()
                .unwrap_or_else(|| LoadProblem::error(root, "error while walking the folder"));
            problems.fold(first, |mut acc, p| {
                acc.message.push_str("; ");
                acc.message.push_str(&p.message);
                acc
            })
        }
        other => LoadProblem::error(root, other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::ProblemSeverity;

    fn write(dir: &Path, rel: &str, content: &str) -> PathBuf {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap();
        path
    }

    fn names(found: &[Found], root: &Path) -> Vec<String> {
        found
            .iter()
            .map(|f| {
                f.path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect()
    }

    #[test]
    fn filters_extensions_and_honours_ignore_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "a.txt", "A");
        write(d, "b.md", "B");
        write(d, "C.TXT", "C");
        write(d, "notes.html", "no");
        write(d, "crosscheck.toml", "");
        write(d, "sub/c.txt", "C");
        write(d, "drafts/d.txt", "D");
        write(d, "skip.txt", "S");
        write(d, ".hidden.txt", "H");
        write(d, ".git-like/e.txt", "E");
        write(d, ".gitignore", "drafts/\n");
        write(d, ".ignore", "skip.txt\n");
        let mut problems = Vec::new();
        let found = collect(&[d.to_path_buf()], &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            names(&found, d),
            vec!["C.TXT", "a.txt", "b.md", "sub/c.txt"]
        );
        assert!(found.iter().all(|f| f.root == d));
    }

    /// Folder by folder, entries by name, a subfolder's files right after its name; among
    /// copies of one file (a link in the same folder), the first in that order is kept.
    #[cfg(unix)]
    #[test]
    fn files_come_in_walk_order() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        for f in [
            "z/y/w.md",
            "a.txt",
            "a-b.txt",
            "a b/c.txt",
            "a/x.txt",
            "B.txt",
        ] {
            write(d, f, "x");
        }
        std::os::unix::fs::symlink(d.join("a.txt"), d.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(d.join("z/y/w.md"), d.join("0.md")).unwrap();
        let mut problems = Vec::new();
        let found = collect(&[d.to_path_buf()], &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(
            names(&found, d),
            vec!["0.md", "B.txt", "a/x.txt", "a b/c.txt", "a-b.txt", "a.txt"]
        );
    }

    /// A linked folder inside the walk holds the same files as its target: each is kept once.
    #[cfg(unix)]
    #[test]
    fn files_under_a_linked_folder_are_not_taken_twice() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "real/x.txt", "x");
        write(d, "real/deep/y.md", "y");
        std::os::unix::fs::symlink(d.join("real"), d.join("alias")).unwrap();
        let mut problems = Vec::new();
        let found = collect(&[d.to_path_buf()], &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(names(&found, d), vec!["alias/deep/y.md", "alias/x.txt"]);
    }

    #[test]
    fn explicit_files_are_taken_whatever_their_extension() {
        let dir = tempfile::tempdir().unwrap();
        let page = write(dir.path(), "page.html", "<p>Hi</p>");
        let hidden = write(dir.path(), ".hidden.txt", "H");
        let mut problems = Vec::new();
        let found = collect(&[page.clone(), hidden.clone(), page.clone()], &mut problems);
        assert!(problems.is_empty());
        assert_eq!(found.len(), 2, "duplicates are dropped");
        assert_eq!(found[0].path, page);
        assert_eq!(found[0].root, dir.path());
    }

    #[test]
    fn missing_path_is_an_error() {
        let mut problems = Vec::new();
        let found = collect(&[PathBuf::from("/no/such/place")], &mut problems);
        assert!(found.is_empty());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].severity, ProblemSeverity::Error);
        assert_eq!(problems[0].message, "no such file or directory");
        assert_eq!(problems[0].path, Path::new("/no/such/place"));
    }

    #[test]
    fn folder_without_articles_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "readme.html", "x");
        let mut problems = Vec::new();
        assert!(collect(&[dir.path().to_path_buf()], &mut problems).is_empty());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, dir.path());
        assert!(problems[0].message.starts_with("no articles found"));
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "sub/a.txt", "A");
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/back")).unwrap();
        let mut problems = Vec::new();
        let found = collect(&[dir.path().to_path_buf()], &mut problems);
        assert_eq!(names(&found, dir.path()), vec!["sub/a.txt"]);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, dir.path().join("sub/back"));
        assert!(problems[0].message.contains("loop"));
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_files_are_followed() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        let target = write(outside.path(), "real.txt", "R");
        std::os::unix::fs::symlink(&target, dir.path().join("link.txt")).unwrap();
        let mut problems = Vec::new();
        let found = collect(&[dir.path().to_path_buf()], &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(names(&found, dir.path()), vec!["link.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_folder_is_an_error() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "ok.txt", "fine");
        let locked = dir.path().join("locked");
        write(dir.path(), "locked/x.txt", "x");
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        let readable_anyway = fs::read_dir(&locked).is_ok(); // e.g. running as root
        let mut problems = Vec::new();
        let found = collect(&[dir.path().to_path_buf()], &mut problems);
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o755)).unwrap();
        if !readable_anyway {
            assert_eq!(names(&found, dir.path()), vec!["ok.txt"]);
            assert_eq!(problems.len(), 1, "{problems:?}");
            assert_eq!(problems[0].path, locked);
            assert_eq!(problems[0].message, "permission denied");
        }
    }
}
