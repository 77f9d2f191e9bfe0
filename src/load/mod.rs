//! Loading: from paths on disk to [`Article`]s with metadata and page furniture marked.
//!
//! Loading never stops at the first bad file and never drops one silently: every input is
//! either an article or a [`LoadProblem`], so a run over a folder of scraped pages tells the
//! user exactly what was not checked and why. No terminal I/O happens here; the binary
//! decides how to show problems.

mod dateline;
mod decode;
mod front_matter;
pub mod furniture;
mod manifest;
mod walk;

use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

pub use furniture::{detect_furniture, FurnitureRules, RuleError};
pub use manifest::{MANIFEST_NAME, OTHER_STAGE_TABLES};

use crate::article::{Article, Metadata};
use crate::span::Span;

/// Limits and rules for loading; `Default` suits ordinary news pages.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Larger files are refused: a news article is never this big, and a huge file is
    /// almost certainly a mistake (a dump, a log) that would slow every later stage.
    pub max_file_size: u64,
    /// Replaceable because no built-in pack knows every site's page furniture.
    pub furniture: FurnitureRules,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_file_size: 32 * 1024 * 1024,
            furniture: FurnitureRules::default_pack(),
        }
    }
}

/// Everything a load produced: what can be checked, and what could not be and why.
#[derive(Debug, Default)]
pub struct LoadOutcome {
    /// Sorted by path, so output does not depend on the file system's order.
    pub articles: Vec<Article>,
    /// Sorted by path, then position.
    pub problems: Vec<LoadProblem>,
    /// User rule files named by manifests (resolved relative to each manifest), for the
    /// rules stage to load.
    pub rule_files: Vec<PathBuf>,
}

impl LoadOutcome {
    /// Whether any problem is an error, i.e. some input was not loaded or was misconfigured.
    pub fn has_errors(&self) -> bool {
        self.problems
            .iter()
            .any(|p| p.severity == ProblemSeverity::Error)
    }
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ProblemSeverity {
    /// The file was not loaded (or a manifest could not be used).
    Error,
    /// The file was loaded, but the user should know something about it.
    Warning,
}

impl fmt::Display for ProblemSeverity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ProblemSeverity::Error => "error",
            ProblemSeverity::Warning => "warning",
        })
    }
}

/// A problem with one input, located as precisely as we can so editors can jump to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LoadProblem {
    pub path: PathBuf,
    /// 1-based.
    pub line: Option<usize>,
    /// 1-based, in characters.
    pub column: Option<usize>,
    pub severity: ProblemSeverity,
    pub message: String,
}

impl LoadProblem {
    pub(crate) fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self::new(path, ProblemSeverity::Error, message)
    }

    pub(crate) fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Self::new(path, ProblemSeverity::Warning, message)
    }

    fn new(
        path: impl Into<PathBuf>,
        severity: ProblemSeverity,
        message: impl Into<String>,
    ) -> Self {
        LoadProblem {
            path: path.into(),
            line: None,
            column: None,
            severity,
            message: message.into(),
        }
    }

    /// Locates the problem at a byte offset of `text` (the file's content).
    pub(crate) fn at(mut self, text: &str, offset: usize) -> Self {
        let (line, column) = line_col(text, offset);
        self.line = Some(line);
        self.column = Some(column);
        self
    }
}

impl fmt::Display for LoadProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}: {}", self.severity, self.message)
    }
}

/// 1-based line and character column of a byte offset (clamped to the text).
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Loads every article under `paths` (files, or folders walked recursively).
pub fn load(paths: &[PathBuf], opts: &LoadOptions) -> LoadOutcome {
    let plan = plan(paths);
    let (articles, problems) = plan.load(0..plan.len(), opts);
    let mut all = plan.problems;
    all.extend(problems);
    all.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    LoadOutcome {
        articles,
        problems: all,
        rule_files: plan.rule_files,
    }
}

/// The files of an article set with their manifest entries and final ids, before any is
/// read: so a large set can be loaded in bounded batches ([`LoadPlan::load`]) and ids do
/// not depend on which batch a file falls in.
#[derive(Debug, Default)]
pub struct LoadPlan {
    /// Sorted by path.
    files: Vec<Planned>,
    /// Problems found while walking and reading manifests, sorted by path then position.
    pub problems: Vec<LoadProblem>,
    /// User rule files named by manifests, as in [`LoadOutcome::rule_files`].
    pub rule_files: Vec<PathBuf>,
}

#[derive(Debug)]
struct Planned {
    found: walk::Found,
    entry: manifest::Entry,
    id: String,
}

impl Planned {
    /// The id came from a manifest (the user chose it), not from the file name.
    fn chosen_id(&self) -> bool {
        self.entry.id.is_some()
    }
}

impl LoadPlan {
    /// Number of files to load.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Reads and prepares files `range` (in path order) in parallel: their articles in path
    /// order, and their problems sorted by path then position.
    pub fn load(
        &self,
        range: std::ops::Range<usize>,
        opts: &LoadOptions,
    ) -> (Vec<Article>, Vec<LoadProblem>) {
        let results: Vec<(Option<Article>, Vec<LoadProblem>)> = self.files[range]
            .par_iter()
            .map(|f| {
                let mut file_problems = Vec::new();
                let article = load_one(f, opts, &mut file_problems);
                (article, file_problems)
            })
            .collect();
        let mut articles = Vec::with_capacity(results.len());
        let mut problems = Vec::new();
        for (a, p) in results {
            articles.extend(a);
            problems.extend(p);
        }
        (articles, problems)
    }
}

/// Walks `paths`, reads the manifests and settles every file's id; reads no article.
pub fn plan(paths: &[PathBuf]) -> LoadPlan {
    let mut problems = Vec::new();
    let found = walk::collect(paths, &mut problems);
    let order = path_order(&found.iter().map(|f| f.path.as_path()).collect::<Vec<_>>());
    let mut slots: Vec<Option<walk::Found>> = found.into_iter().map(Some).collect();
    let found: Vec<walk::Found> = order
        .into_iter()
        .map(|i| slots[i].take().expect("each file once in the order"))
        .collect();
    let mut manifests = manifest::ManifestCache::default();
    let mut folder: Option<FolderManifests> = None;
    let mut files: Vec<Planned> = found
        .into_iter()
        .map(|f| {
            if !folder.as_ref().is_some_and(|m| m.holds(&f)) {
                folder = Some(FolderManifests::new(&f));
            }
            let entry = folder
                .as_mut()
                .and_then(|m| m.entry(&f, &mut manifests, &mut problems))
                .unwrap_or_default();
            let id = entry.id.clone().unwrap_or_else(|| {
                let path = &f.path;
                path.file_stem()
                    .unwrap_or(path.as_os_str())
                    .to_string_lossy()
                    .into_owned()
            });
            Planned {
                found: f,
                entry,
                id,
            }
        })
        .collect();
    make_ids_unique(&mut files, &mut problems);
    problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    let mut rule_files: Vec<PathBuf> = Vec::new();
    for m in manifests.manifests() {
        for r in &m.rules {
            if !rule_files.contains(r) {
                rule_files.push(r.clone());
            }
        }
    }
    LoadPlan {
        files,
        problems,
        rule_files,
    }
}

fn load_one(
    planned: &Planned,
    opts: &LoadOptions,
    problems: &mut Vec<LoadProblem>,
) -> Option<Article> {
    let path = &planned.found.path;
    let entry = &planned.entry;
    let bytes = decode::read_limited(path, opts.max_file_size)
        .map_err(|m| problems.push(LoadProblem::error(path, m)))
        .ok()?;
    let decoded = decode::decode(bytes)
        .map_err(|m| problems.push(LoadProblem::error(path, m)))
        .ok()?;
    if let Some(w) = decoded.warning {
        problems.push(LoadProblem::warning(path, w));
    }
    let text = decoded.text;

    let front = front_matter::parse(&text)
        .map_err(|e| problems.push(LoadProblem::error(path, e.message).at(&text, e.offset)))
        .ok()?
        .unwrap_or_default();
    let body = Span::new(front.body_start, text.len());
    if body.of(&text).trim().is_empty() {
        problems.push(LoadProblem::error(
            path,
            "empty article (nothing after the front matter)",
        ));
        return None;
    }

    let mut meta = Metadata {
        title: front.title.or_else(|| entry.meta.title.clone()),
        outlet: front.outlet.or_else(|| entry.meta.outlet.clone()),
        url: front.url.or_else(|| entry.meta.url.clone()),
        published: front.published.or(entry.meta.published),
    };
    let furniture = detect_furniture(&text, body, &opts.furniture);
    if only_furniture(&text, body, &furniture) {
        // Loaded all the same (it is not malformed), but it cannot yield anything: say so
        // rather than let it pass as an article with nothing to report.
        problems.push(LoadProblem::warning(
            path,
            "only page furniture (menus, share buttons, copyright lines); no text to check",
        ));
    }
    if meta.published.is_none() {
        meta.published = dateline::find_dateline(&text, body, &furniture).map(|(d, _)| d);
    }

    Some(Article {
        id: planned.id.clone(),
        path: path.clone(),
        text,
        body,
        meta,
        furniture,
    })
}

/// Whether every non-blank character of `body` lies in page furniture.
fn only_furniture(text: &str, body: Span, furniture: &[Span]) -> bool {
    let mut spans = furniture.to_vec();
    spans.sort();
    let mut at = body.start;
    for f in spans {
        if f.start > at && !text[at..f.start.min(body.end)].trim().is_empty() {
            return false;
        }
        at = at.max(f.end);
    }
    at >= body.end || text[at..body.end].trim().is_empty()
}

/// The manifests that may name the files of one folder: the folder's own and each
/// ancestor's up to the root the user gave. Files come in path order, so a folder's files
/// are consecutive and the folders to search are worked out once for them all.
struct FolderManifests {
    /// The files' folder, and the root they were found under.
    folder: Option<PathBuf>,
    root: PathBuf,
    /// The folders to search, nearest first.
    dirs: Vec<PathBuf>,
    /// The manifests of the first folders of `dirs`, as far as a file has needed them: a
    /// manifest is read only when some file is not named by a nearer one.
    looked_up: Vec<Option<Rc<manifest::Manifest>>>,
}

impl FolderManifests {
    fn new(found: &walk::Found) -> Self {
        let root = manifest::normalize(&found.root);
        let mut dirs = Vec::new();
        let mut dir = found.path.parent();
        while let Some(d) = dir {
            let normal = manifest::normalize(d);
            if !normal.starts_with(&root) {
                break;
            }
            dirs.push(d.to_path_buf());
            if normal == root {
                break;
            }
            dir = d.parent();
        }
        FolderManifests {
            folder: found.path.parent().map(Path::to_path_buf),
            root: found.root.clone(),
            dirs,
            looked_up: Vec::new(),
        }
    }

    /// Whether `found` is a file of this folder (under the same root).
    fn holds(&self, found: &walk::Found) -> bool {
        found.path.parent() == self.folder.as_deref() && found.root == self.root
    }

    /// The nearest manifest entry naming `found`.
    fn entry(
        &mut self,
        found: &walk::Found,
        manifests: &mut manifest::ManifestCache,
        problems: &mut Vec<LoadProblem>,
    ) -> Option<manifest::Entry> {
        for (k, dir) in self.dirs.iter().enumerate() {
            if k == self.looked_up.len() {
                self.looked_up.push(manifests.get(dir, problems));
            }
            if let Some(entry) = self.looked_up[k]
                .as_ref()
                .and_then(|m| m.entry_for(&found.path))
            {
                return Some(entry.clone());
            }
        }
        None
    }
}

/// File stems clash when folders hold same-named files; such ids become the path relative
/// to the root (then the full path) without extension. Ids chosen in manifests are kept,
/// and a clash among them gets a numbered suffix and a warning.
fn make_ids_unique(loaded: &mut [Planned], problems: &mut Vec<LoadProblem>) {
    for fallback in [relative_id as fn(&Planned) -> String, full_path_id] {
        let clashing: Vec<usize> = {
            let counts = id_counts(loaded);
            (0..loaded.len())
                .filter(|&i| !loaded[i].chosen_id() && counts[loaded[i].id.as_str()] > 1)
                .collect()
        };
        for i in clashing {
            loaded[i].id = fallback(&loaded[i]);
        }
    }
    // Nearly always every id is now another: then there is nothing to number.
    let distinct: FxHashSet<&str> = loaded.iter().map(|l| l.id.as_str()).collect();
    if distinct.len() == loaded.len() {
        return;
    }
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    let order = path_order(
        &loaded
            .iter()
            .map(|l| l.found.path.as_path())
            .collect::<Vec<_>>(),
    );
    let taken: FxHashSet<String> = loaded.iter().map(|l| l.id.clone()).collect();
    for i in order {
        let id = loaded[i].id.clone();
        let n = seen.entry(id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            let mut k = *n;
            let mut new_id = format!("{id}-{k}");
            while taken.contains(&new_id) {
                k += 1;
                new_id = format!("{id}-{k}");
            }
            problems.push(LoadProblem::warning(
                &loaded[i].found.path,
                format!("id `{id}` is used by another article too; this one is called `{new_id}`"),
            ));
            loaded[i].id = new_id;
        }
    }
}

/// How many files have each id (borrowed from them).
fn id_counts(loaded: &[Planned]) -> FxHashMap<&str, usize> {
    let mut counts = FxHashMap::default();
    for l in loaded {
        *counts.entry(l.id.as_str()).or_insert(0) += 1;
    }
    counts
}

/// The indices of `paths` in the order a stable sort by `Path::cmp` puts them: by
/// components, each compared byte by byte. Comparing two paths that way takes both apart
/// again each time; when every path is plain ([`plain_path_key`]), their keys compare as
/// the paths do, byte by byte.
fn path_order(paths: &[&Path]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..paths.len()).collect();
    let keys: Option<Vec<Vec<u8>>> = paths.iter().map(|p| plain_path_key(p)).collect();
    match keys {
        Some(keys) => order.sort_by(|&a, &b| keys[a].cmp(&keys[b])),
        None => order.sort_by(|&a, &b| paths[a].cmp(paths[b])),
    }
    order
}

/// The bytes of a path with each separator made the lowest byte (0, which no Unix path
/// holds), when its components are all written out plainly: no empty one (a doubled or
/// trailing `/`), no `.` or `..` (components that order before every name), no byte 0.
/// Two such keys then compare as their paths do: a component that ends first ends with
/// the lowest byte, as a name that is a prefix of another orders first. `None` otherwise,
/// and off Unix.
fn plain_path_key(path: &Path) -> Option<Vec<u8>> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bytes = path.as_os_str().as_bytes();
        let relative = bytes.strip_prefix(b"/").unwrap_or(bytes);
        let plain = !relative.is_empty()
            && !relative.contains(&0)
            && relative
                .split(|&b| b == b'/')
                .all(|c| !matches!(c, b"" | b"." | b".."));
        plain.then(|| {
            bytes
                .iter()
                .map(|&b| if b == b'/' { 0 } else { b })
                .collect()
        })
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

fn relative_id(l: &Planned) -> String {
    let path = &l.found.path;
    let rel = path.strip_prefix(&l.found.root).unwrap_or(path);
    path_id(rel)
}

fn full_path_id(l: &Planned) -> String {
    path_id(&l.found.path)
}

/// A path without its extension, `/`-separated on every platform.
fn path_id(path: &Path) -> String {
    let without_ext = path.with_extension("");
    let parts: Vec<String> = without_ext
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            Component::ParentDir => Some("..".to_string()),
            Component::RootDir => Some(String::new()),
            Component::Prefix(p) => Some(p.as_os_str().to_string_lossy().into_owned()),
            Component::CurDir => None,
        })
        .collect();
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PartialDate;
    use std::fs;

    #[cfg(unix)]
    #[test]
    fn paths_are_sorted_as_path_orders_them() {
        let names = [
            "a",
            "a b",
            "a-b",
            "a.b",
            "a/b",
            "ab",
            "a/b/c",
            "a/bc",
            "a/b c",
            "/x",
            "/x/y",
            "/",
            "b",
            "é",
            "é/a",
            "a/",
            "a//b",
            "./a",
            "a/./b",
            "../a",
            "a/..",
            "A",
            ".hidden/a",
            "a/.b",
            "a/..b",
            "...",
            "x.txt",
            "x",
            "x/",
            "",
        ];
        let plain = |p: &&str| plain_path_key(Path::new(p)).is_some();
        // Plain paths only (the keys), and all of them (Path::cmp).
        let lists: Vec<Vec<&str>> = vec![
            names.iter().copied().filter(plain).collect(),
            names.to_vec(),
        ];
        assert!(lists[0].len() > 15 && lists[0].len() < names.len());
        for list in lists {
            for rotation in 0..list.len() {
                let mut items: Vec<&str> = list.clone();
                items.rotate_left(rotation);
                let mut expected = items.clone();
                expected.sort_by(|a, b| Path::new(a).cmp(Path::new(b)));
                let paths: Vec<&Path> = items.iter().map(Path::new).collect();
                let sorted: Vec<&str> = path_order(&paths).into_iter().map(|i| items[i]).collect();
                assert_eq!(sorted, expected);
            }
        }
        for p in ["a/", "a//b", "./a", "a/./b", "../a", "a/..", "/", ""] {
            assert_eq!(plain_path_key(Path::new(p)), None, "{p}");
        }
    }

    fn write(dir: &Path, rel: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, content).unwrap();
        path
    }

    fn load_dir(dir: &Path) -> LoadOutcome {
        load(&[dir.to_path_buf()], &LoadOptions::default())
    }

    #[test]
    fn problem_display() {
        let p = LoadProblem::error("a/b.txt", "empty article");
        assert_eq!(p.to_string(), "a/b.txt: error: empty article");
        let p = LoadProblem::warning("m.toml", "odd").at("x\nyz", 3);
        assert_eq!(p.to_string(), "m.toml:2:2: warning: odd");
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\nçd", 0), (1, 1));
        assert_eq!(line_col("ab\nçd", 3), (2, 1));
        assert_eq!(line_col("ab\nçd", 5), (2, 2));
        assert_eq!(line_col("ab\nçd", 4), (2, 1), "inside a character");
        assert_eq!(line_col("ab", 99), (1, 3), "clamped");
    }

    #[test]
    fn every_input_is_loaded_or_reported() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "good.txt",
            "The port reopened on Monday, officials said.\n",
        );
        write(d, "latin1.txt", b"Caf\xe9 owners said prices rose.\n");
        write(d, "binary.txt", b"\x00\x01\x02garbage");
        write(d, "empty.md", "   \n");
        write(d, "only-front.md", "---\ntitle: T\n---\n\n");
        write(d, "bad-date.md", "---\npublished: 2022-02-30\n---\nText.\n");
        let missing = d.join("missing.txt");
        let out = load(&[d.to_path_buf(), missing.clone()], &LoadOptions::default());
        let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["good", "latin1"]);
        assert_eq!(out.articles[1].text, "Café owners said prices rose.\n");
        let shown: Vec<String> = out
            .problems
            .iter()
            .map(|p| {
                let name = p.path.file_name().unwrap().to_string_lossy();
                format!(
                    "{name}:{:?}:{:?}: {}: {}",
                    p.line, p.column, p.severity, p.message
                )
            })
            .collect();
        assert_eq!(
            shown,
            vec![
                "bad-date.md:Some(2):Some(12): error: invalid date `2022-02-30`: expected YYYY, YYYY-MM or YYYY-MM-DD",
                "binary.txt:None:None: error: binary file, skipped",
                "empty.md:None:None: error: empty article",
                "latin1.txt:None:None: warning: not UTF-8; decoded as Windows-1252",
                "missing.txt:None:None: error: no such file or directory",
                "only-front.md:None:None: error: empty article (nothing after the front matter)",
            ]
        );
        assert!(out.has_errors());
    }

    #[test]
    fn a_page_of_furniture_only_is_loaded_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "menu.txt",
            "Home | News | Sport | Contact\nShare on Facebook\nCopyright 2024 Daily Planet. All rights reserved.\n",
        );
        write(
            dir.path(),
            "story.txt",
            "Home | News\n\nThe port reopened on Monday.\n",
        );
        let out = load_dir(dir.path());
        assert_eq!(out.articles.len(), 2);
        assert_eq!(out.problems.len(), 1, "{:?}", out.problems);
        assert!(out.problems[0].path.ends_with("menu.txt"));
        assert_eq!(out.problems[0].severity, ProblemSeverity::Warning);
        assert!(out.problems[0].message.starts_with("only page furniture"));
    }

    #[test]
    fn size_limit_applies() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "big.txt", "word ".repeat(100));
        let opts = LoadOptions {
            max_file_size: 100,
            ..LoadOptions::default()
        };
        let out = load(&[dir.path().to_path_buf()], &opts);
        assert!(out.articles.is_empty());
        assert!(
            out.problems[0].message.contains("100 bytes limit"),
            "{}",
            out.problems[0]
        );
    }

    #[test]
    fn metadata_precedence_front_matter_then_manifest_then_dateline() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "crosscheck.toml",
            r#"rules = ["my-rules.toml"]
[articles."a.md"]
id = "alpha"
outlet = "Manifest Outlet"
title = "Manifest Title"
published = "2020-01"
[articles."b.txt"]
outlet = "B Outlet"
"#,
        );
        write(
            d,
            "a.md",
            "+++\ntitle = \"Front Title\"\n+++\nMay 2, 2021\n\nBody text.\n",
        );
        write(d, "b.txt", "Headline\n\nMay 2, 2021\n\nBody text.\n");
        write(d, "c.txt", "No date here.\n");
        let out = load_dir(d);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        let a = &out.articles[0];
        assert_eq!(a.id, "alpha");
        assert_eq!(a.meta.title.as_deref(), Some("Front Title"));
        assert_eq!(a.meta.outlet.as_deref(), Some("Manifest Outlet"));
        assert_eq!(a.meta.published, Some(PartialDate::Month(2020, 1)));
        assert_eq!(a.body.of(&a.text), "May 2, 2021\n\nBody text.\n");
        let b = &out.articles[1];
        assert_eq!(b.id, "b");
        assert_eq!(b.meta.outlet.as_deref(), Some("B Outlet"));
        assert_eq!(b.meta.published, Some(PartialDate::Day(2021, 5, 2)));
        assert_eq!(out.articles[2].meta, Metadata::default());
        assert_eq!(out.rule_files, vec![d.join("my-rules.toml")]);
    }

    #[test]
    fn manifests_in_ancestor_folders_apply_up_to_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "crosscheck.toml",
            "[articles.\"news/sub/x.txt\"]\noutlet = \"Outside root\"\n",
        );
        write(
            d,
            "news/crosscheck.toml",
            "[articles.\"sub/x.txt\"]\noutlet = \"Ancestor\"\n[articles.\"sub/y.txt\"]\noutlet = \"Ancestor\"\n",
        );
        write(
            d,
            "news/sub/crosscheck.toml",
            "[articles.\"x.txt\"]\ntitle = \"Nearest\"\n",
        );
        write(d, "news/sub/x.txt", "X.\n");
        write(d, "news/sub/y.txt", "Y.\n");
        let out = load(&[d.join("news")], &LoadOptions::default());
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        // The nearest entry wins as a whole.
        assert_eq!(out.articles[0].meta.title.as_deref(), Some("Nearest"));
        assert_eq!(out.articles[0].meta.outlet, None);
        assert_eq!(out.articles[1].meta.outlet.as_deref(), Some("Ancestor"));
        // A file named explicitly uses the manifest in its own folder.
        let out = load(&[d.join("news/sub/x.txt")], &LoadOptions::default());
        assert_eq!(out.articles[0].meta.title.as_deref(), Some("Nearest"));
    }

    #[test]
    fn manifest_errors_are_reported_once_and_articles_still_load() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "crosscheck.toml", "[articles.\"a.txt\"]\nttle = \"x\"\n");
        write(d, "a.txt", "A.\n");
        write(d, "b.txt", "B.\n");
        let out = load_dir(d);
        assert_eq!(out.articles.len(), 2);
        assert_eq!(out.problems.len(), 1);
        assert_eq!(
            out.problems[0].to_string(),
            format!(
                "{}:2:1: error: unknown key `ttle`; did you mean `title`?",
                d.join("crosscheck.toml").display()
            )
        );
    }

    #[test]
    fn duplicate_stems_get_relative_ids() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "one/story.txt", "A.\n");
        write(d, "two/story.md", "B.\n");
        write(d, "three/other.txt", "C.\n");
        let out = load_dir(d);
        let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
        // Only clashing ids change.
        assert_eq!(ids, vec!["one/story", "other", "two/story"]);
    }

    #[test]
    fn duplicate_chosen_ids_are_suffixed_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(
            d,
            "crosscheck.toml",
            "[articles.\"a.txt\"]\nid = \"x\"\n[articles.\"b.txt\"]\nid = \"x\"\n",
        );
        write(d, "a.txt", "A.\n");
        write(d, "b.txt", "B.\n");
        let out = load_dir(d);
        let ids: Vec<&str> = out.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec!["x", "x-2"]);
        assert_eq!(out.problems.len(), 1);
        assert_eq!(out.problems[0].severity, ProblemSeverity::Warning);
    }

    #[test]
    fn bom_is_dropped_and_front_matter_still_found() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a.md", "\u{feff}---\ntitle: T\n---\nBody.\n");
        let out = load_dir(dir.path());
        let a = &out.articles[0];
        assert_eq!(a.meta.title.as_deref(), Some("T"));
        assert_eq!(a.body.of(&a.text), "Body.\n");
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_file_is_an_error() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "secret.txt", "S.\n");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
        let readable_anyway = fs::read(&path).is_ok(); // e.g. running as root
        let out = load_dir(dir.path());
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        if !readable_anyway {
            assert!(out.articles.is_empty());
            assert_eq!(out.problems[0].path, path);
            assert_eq!(out.problems[0].message, "permission denied");
        }
    }

    fn span_of(article: &Article, needle: &str) -> Span {
        let start = article
            .text
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in {}", article.id));
        Span::new(start, start + needle.len())
    }

    #[test]
    fn loads_the_seed_fixtures() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
        let out = load_dir(&seeds);
        assert!(out.problems.is_empty(), "{:?}", out.problems);
        assert_eq!(out.articles.len(), 5);
        let by_prefix = |p: &str| {
            out.articles
                .iter()
                .find(|a| a.id.starts_with(p))
                .unwrap_or_else(|| panic!("no article {p}"))
        };
        let dates: Vec<Option<PartialDate>> =
            out.articles.iter().map(|a| a.meta.published).collect();
        assert_eq!(
            dates,
            vec![
                Some(PartialDate::Month(2022, 10)),
                Some(PartialDate::Day(2023, 3, 31)),
                Some(PartialDate::Month(2025, 1)),
                Some(PartialDate::Day(2022, 11, 1)),
                Some(PartialDate::Month(2023, 4)),
            ]
        );
        assert_eq!(by_prefix("000").id, "000_7eb93de12f6527d2");
        assert_eq!(by_prefix("003").meta.outlet.as_deref(), Some("Caliber.az"));

        let a3 = by_prefix("003");
        for line in [
            "twitter",
            "Caliber.az © 2026. .",
            "Views: 1122",
            "share-lineLiked the story? Share it on social media!",
        ] {
            assert!(
                a3.in_furniture(span_of(a3, line)),
                "{line:?} should be furniture"
            );
        }
        for line in [
            "In light of the mounting tensions",
            "Will opening of Azerbaijani embassy in Israel stir up tensions with Iran?",
            "01 November 2022 15:20",
            "Beyond strategic partnership",
        ] {
            assert!(
                !a3.in_furniture(span_of(a3, line)),
                "{line:?} should not be furniture"
            );
        }

        let a4 = by_prefix("004");
        let bio = span_of(a4, "Asma Khan Durrani is");
        let bio = Span::new(bio.start, a4.text.trim_end().len());
        assert!(
            a4.furniture.iter().any(|f| f.contains(bio)),
            "{:?}",
            a4.furniture
        );
        let before = span_of(a4, "Although there have always been tense relations");
        assert!(!a4.in_furniture(before));

        let a1 = by_prefix("001");
        assert!(a1.in_furniture(span_of(a1, "Leave A Reply")));
        assert!(!a1.in_furniture(span_of(
            a1,
            "Iran lashes out as Azerbaijan opens embassy in Israel"
        )));
    }

    #[test]
    fn seeds_without_a_manifest_fall_back_to_the_dateline() {
        let dir = tempfile::tempdir().unwrap();
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
        let src = fs::read(seeds.join("003_219e20541c20b376.txt")).unwrap();
        let path = write(dir.path(), "page.txt", src);
        let out = load(&[path], &LoadOptions::default());
        assert_eq!(
            out.articles[0].meta.published,
            Some(PartialDate::Day(2022, 11, 1))
        );
    }
}
