//! `crosscheck.toml` manifests: per-file metadata kept next to the articles.
//!
//! Plain `.txt` pages saved from the web have no room for metadata, so a manifest in the
//! article's folder (or an ancestor up to the folder the user named) supplies id, outlet,
//! title, url and date. Typos must not silently drop metadata, hence unknown keys are
//! errors with a suggestion.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use serde::de::IgnoredAny;
use serde::Deserialize;
use toml::Spanned;

use super::decode::io_message;
use super::front_matter::date_from_toml;
use super::LoadProblem;
use crate::article::Metadata;

/// The file name the loader looks for in each folder.
pub const MANIFEST_NAME: &str = "crosscheck.toml";

/// Top-level tables read by later stages; the loader accepts them without looking inside.
pub const OTHER_STAGE_TABLES: &[&str] = &["check", "severity", "ignore", "extract"];

/// Top-level keys the loader itself reads.
const LOADER_KEYS: &[&str] = &["rules", "articles"];

/// Keys of an `[articles."…"]` entry, for suggestions (`date` is an alias of `published`).
const ENTRY_KEYS: &[&str] = &["id", "title", "outlet", "url", "published", "date"];

/// A parsed manifest.
#[derive(Debug)]
pub(crate) struct Manifest {
    pub path: PathBuf,
    /// The folder entries are relative to.
    pub dir: PathBuf,
    /// User rule files, resolved relative to `dir`.
    pub rules: Vec<PathBuf>,
    entries: HashMap<PathBuf, Entry>,
}

/// What a manifest says about one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Entry {
    pub id: Option<String>,
    pub meta: Metadata,
}

impl Manifest {
    /// The entry for `article` (a path under `dir`), if the manifest names it.
    pub fn entry_for(&self, article: &Path) -> Option<&Entry> {
        let rel = normalize(article)
            .strip_prefix(normalize(&self.dir))
            .ok()?
            .to_path_buf();
        self.entries.get(&rel)
    }
}

#[derive(Deserialize)]
struct RawManifest {
    #[serde(default)]
    rules: Vec<Spanned<String>>,
    #[serde(default)]
    articles: BTreeMap<Spanned<String>, RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: Option<Spanned<String>>,
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    #[serde(alias = "date")]
    published: Option<Spanned<toml::Value>>,
}

/// Parses a manifest. An unusable manifest is one error; warnings (entries naming files
/// that do not exist) come back with the manifest.
pub(crate) fn parse(path: &Path, src: &str) -> Result<(Manifest, Vec<LoadProblem>), LoadProblem> {
    let error_at =
        |offset: usize, message: String| LoadProblem::error(path, message).at(src, offset);
    let located = |e: toml::de::Error, known: &[&str]| {
        let offset = e.span().map_or(0, |s| s.start);
        let mut message = describe_toml_error(&e, known);
        if let Some(key) = crate::rules::key_of_bad_value(src, offset, e.message()) {
            message = match message.strip_prefix("malformed manifest: ") {
                Some(rest) => format!("malformed manifest: `{key}`: {rest}"),
                None => format!("`{key}`: {message}"),
            };
        }
        error_at(offset, message)
    };

    // First pass: only the top-level keys, so unknown ones can be named with their position
    // while tables for later stages pass untouched.
    let top: BTreeMap<Spanned<String>, IgnoredAny> =
        toml::from_str(src).map_err(|e| located(e, &[]))?;
    let known: Vec<&str> = LOADER_KEYS
        .iter()
        .chain(OTHER_STAGE_TABLES)
        .copied()
        .collect();
    for key in top.keys() {
        if !known.contains(&key.get_ref().as_str()) {
            return Err(error_at(
                key.span().start,
                unknown_key_message(key.get_ref(), &known),
            ));
        }
    }

    let raw: RawManifest = toml::from_str(src).map_err(|e| located(e, ENTRY_KEYS))?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut warnings = Vec::new();
    let mut entries = HashMap::new();
    for (key, raw_entry) in raw.articles {
        let key_offset = key.span().start;
        let rel = Path::new(key.get_ref());
        if rel.is_absolute() || rel.components().any(|c| matches!(c, Component::ParentDir)) {
            warnings.push(
                LoadProblem::warning(
                    path,
                    format!(
                        "entry `{}` ignored: entries are paths relative to the manifest's folder, without `..`",
                        key.get_ref()
                    ),
                )
                .at(src, key_offset),
            );
            continue;
        }
        if !dir.join(rel).is_file() {
            warnings.push(
                LoadProblem::warning(
                    path,
                    format!(
                        "entry names a file that does not exist: {}",
                        dir.join(rel).display()
                    ),
                )
                .at(src, key_offset),
            );
        }
        let published = match raw_entry.published {
            Some(v) => Some(date_from_toml(v.get_ref()).map_err(|m| error_at(v.span().start, m))?),
            None => None,
        };
        let id = match raw_entry.id {
            Some(id) if id.get_ref().trim().is_empty() => {
                return Err(error_at(
                    id.span().start,
                    "`id` must not be empty".to_string(),
                ))
            }
            Some(id) => Some(id.into_inner()),
            None => None,
        };
        let entry = Entry {
            id,
            meta: Metadata {
                title: raw_entry.title,
                outlet: raw_entry.outlet,
                url: raw_entry.url,
                published,
            },
        };
        entries.insert(normalize(rel), entry);
    }
    let rules = raw.rules.iter().map(|r| dir.join(r.get_ref())).collect();
    Ok((
        Manifest {
            path: path.to_path_buf(),
            dir,
            rules,
            entries,
        },
        warnings,
    ))
}

/// Turns toml/serde's "unknown field `x`, expected one of `a`, `b`" into our wording with
/// a suggestion; other errors keep toml's message.
fn describe_toml_error(e: &toml::de::Error, fallback_known: &[&str]) -> String {
    let message = e.message().trim_end();
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let names: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
        if let Some((unknown, expected)) = names.split_first() {
            let known = if expected.is_empty() {
                fallback_known
            } else {
                expected
            };
            return unknown_key_message(unknown, known);
        }
    }
    format!("malformed manifest: {message}")
}

fn unknown_key_message(unknown: &str, known: &[&str]) -> String {
    let mut message = format!("unknown key `{unknown}`");
    if let Some(best) = closest(unknown, known) {
        message.push_str(&format!("; did you mean `{best}`?"));
    } else if !known.is_empty() {
        message.push_str(&format!("; expected one of: {}", known.join(", ")));
    }
    message
}

/// The known key nearest to `unknown`, if near enough to be a plausible typo.
fn closest<'k>(unknown: &str, known: &[&'k str]) -> Option<&'k str> {
    let lower = unknown.to_lowercase();
    known
        .iter()
        .map(|k| (k, strsim::damerau_levenshtein(&lower, k)))
        .filter(|&(k, d)| {
            d <= (k.chars().count() / 3).max(1) || lower.contains(*k) || k.contains(&lower)
        })
        .min_by_key(|&(_, d)| d)
        .map(|(k, _)| *k)
}

/// Drops `.` components so `./a.txt` and `a.txt` compare equal.
pub(crate) fn normalize(p: &Path) -> PathBuf {
    p.components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect()
}

/// Manifests by folder, each read and parsed at most once per load.
#[derive(Default)]
pub(crate) struct ManifestCache {
    by_dir: HashMap<PathBuf, Option<Rc<Manifest>>>,
}

impl ManifestCache {
    /// The manifest in `dir`, if there is a usable one. Problems are reported on first use.
    pub fn get(&mut self, dir: &Path, problems: &mut Vec<LoadProblem>) -> Option<Rc<Manifest>> {
        let key = normalize(dir);
        if let Some(cached) = self.by_dir.get(&key) {
            return cached.clone();
        }
        let loaded = read(dir, problems).map(Rc::new);
        self.by_dir.insert(key, loaded.clone());
        loaded
    }

    /// Every usable manifest read so far, in path order.
    pub fn manifests(&self) -> Vec<Rc<Manifest>> {
        let mut all: Vec<Rc<Manifest>> = self.by_dir.values().flatten().cloned().collect();
        all.sort_by(|a, b| a.path.cmp(&b.path));
        all
    }
}

fn read(dir: &Path, problems: &mut Vec<LoadProblem>) -> Option<Manifest> {
    let path = dir.join(MANIFEST_NAME);
    if !path.is_file() {
        return None;
    }
    let src = match fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => {
                problems.push(LoadProblem::error(&path, "manifest is not valid UTF-8"));
                return None;
            }
        },
        Err(e) => {
            problems.push(LoadProblem::error(&path, io_message(&e)));
            return None;
        }
    };
    match parse(&path, &src) {
        Ok((manifest, warnings)) => {
            problems.extend(warnings);
            Some(manifest)
        }
        Err(problem) => {
            problems.push(problem);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PartialDate;
    use crate::load::ProblemSeverity;

    fn parse_in(dir: &Path, src: &str) -> Result<(Manifest, Vec<LoadProblem>), LoadProblem> {
        parse(&dir.join(MANIFEST_NAME), src)
    }

    #[test]
    fn reads_entries_and_rules() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "x").unwrap();
        let src = r#"
rules = ["extra-rules.toml"]
[check]
anything = { goes = true }
[articles."a.txt"]
id = "A"
outlet = "Harbour Gazette"
title = "Port reopens"
url = "https://example.org/a"
published = "2021-03"
"#;
        let (m, warnings) = parse_in(dir.path(), src).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(m.rules, vec![dir.path().join("extra-rules.toml")]);
        let e = m.entry_for(&dir.path().join("a.txt")).unwrap();
        assert_eq!(e.id.as_deref(), Some("A"));
        assert_eq!(e.meta.outlet.as_deref(), Some("Harbour Gazette"));
        assert_eq!(e.meta.published, Some(PartialDate::Month(2021, 3)));
        assert!(m.entry_for(&dir.path().join("b.txt")).is_none());
    }

    #[test]
    fn entry_paths_are_normalised() {
        let (m, _) = parse_in(Path::new("."), "[articles.\"./sub/a.txt\"]\nid = \"x\"\n").unwrap();
        assert!(m.entry_for(Path::new("./sub/a.txt")).is_some());
        assert!(m.entry_for(Path::new("sub/a.txt")).is_some());
    }

    #[test]
    fn unknown_entry_key_suggests_the_closest() {
        let src = "[articles.\"a.txt\"]\noutlt = \"X\"\n";
        let e = parse_in(Path::new("d"), src).unwrap_err();
        assert_eq!(e.severity, ProblemSeverity::Error);
        assert_eq!(e.path, Path::new("d").join(MANIFEST_NAME));
        assert_eq!((e.line, e.column), (Some(2), Some(1)));
        assert_eq!(e.message, "unknown key `outlt`; did you mean `outlet`?");
    }

    #[test]
    fn unknown_top_level_key_suggests_the_closest() {
        let src = "[artciles.\"a.txt\"]\nid = \"x\"\n";
        let e = parse_in(Path::new("d"), src).unwrap_err();
        assert_eq!((e.line, e.column), (Some(1), Some(2)));
        assert_eq!(
            e.message,
            "unknown key `artciles`; did you mean `articles`?"
        );
        let e = parse_in(Path::new("d"), "\n\nzzz = 1\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(3), Some(1)));
        assert!(e
            .message
            .starts_with("unknown key `zzz`; expected one of: rules, articles, check"));
    }

    #[test]
    fn other_stage_tables_are_accepted() {
        let src =
            "[check]\na = 1\n[severity]\nb = \"x\"\n[ignore]\nc = []\n[extract]\nd = 2022-01-01\n";
        assert!(parse_in(Path::new("d"), src).is_ok());
    }

    #[test]
    fn invalid_date_is_located() {
        let src = "[articles.\"a.txt\"]\npublished = \"Oct 2022\"\n";
        let e = parse_in(Path::new("d"), src).unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(13)));
        assert!(e.message.contains("invalid date `Oct 2022`"));
        // The alias is accepted too.
        let (m, _) = parse_in(Path::new("d"), "[articles.\"a.txt\"]\ndate = 2022-10-05\n").unwrap();
        let e = m.entry_for(Path::new("d/a.txt")).unwrap();
        assert_eq!(e.meta.published, Some(PartialDate::Day(2022, 10, 5)));
    }

    #[test]
    fn malformed_toml_is_located() {
        let e = parse_in(Path::new("d"), "[articles.\"a.txt\"]\noutlet = \n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.message.starts_with("malformed manifest"), "{}", e.message);
        let e = parse_in(Path::new("d"), "[articles.\"a.txt\"]\noutlet = 5\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(10)));
    }

    #[test]
    fn missing_files_and_escaping_paths_warn() {
        let dir = tempfile::tempdir().unwrap();
        let src = "[articles.\"gone.txt\"]\nid = \"g\"\n[articles.\"../up.txt\"]\nid = \"u\"\n";
        let (m, warnings) = parse_in(dir.path(), src).unwrap();
        assert_eq!(warnings.len(), 2);
        assert!(warnings
            .iter()
            .all(|w| w.severity == ProblemSeverity::Warning));
        let gone = warnings
            .iter()
            .find(|w| w.message.contains("gone.txt"))
            .unwrap();
        assert_eq!(gone.line, Some(1));
        assert!(gone.message.contains("does not exist"));
        assert!(m.entry_for(&dir.path().join("gone.txt")).is_some());
    }

    #[test]
    fn cache_parses_once_and_reports_once() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(MANIFEST_NAME), "bogus = 1\n").unwrap();
        let mut cache = ManifestCache::default();
        let mut problems = Vec::new();
        assert!(cache.get(dir.path(), &mut problems).is_none());
        assert!(cache.get(dir.path(), &mut problems).is_none());
        assert_eq!(problems.len(), 1);
        let empty = tempfile::tempdir().unwrap();
        assert!(cache.get(empty.path(), &mut problems).is_none());
        assert_eq!(problems.len(), 1);
    }
}
