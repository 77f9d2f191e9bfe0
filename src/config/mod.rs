//! `crosscheck.toml` as configuration for `check`: severity overrides, the failure
//! threshold and findings to ignore.
//!
//! ```toml
//! [check]
//! fail-on = "error"              # info | warning | error (default warning)
//! max-file-size = "64M"          # bytes, or with K, M, G (KiB, MiB, GiB); default 32M
//!
//! [severity]                     # rule id = info | warning | error | off
//! count-mismatch = "error"
//! anonymous-source = "off"
//!
//! [ignore]                       # rule id (or "*") = article ids (or "*")
//! quote-drift = ["late-edition"]
//! "*" = ["gossip-sheet"]
//! ```
//!
//! A finding is ignored when its rule is listed (or `"*"`) with one of the articles taking
//! part in it (or `"*"`). The same file is the loader's manifest when it sits beside the
//! articles, so the loader's keys (`articles`, `rules`) and other stages' tables
//! (`extract`) are accepted here and left to them. Any other key is an error located at
//! file:line:col, with the nearest known key suggested.
//!
//! The file is found by [`discover`]: `crosscheck.toml` in the current folder or the
//! nearest ancestor that has one.

pub mod baseline;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::IgnoredAny;
use serde::Deserialize;
use toml::Spanned;

use crate::check::{rules, Finding, Severity};
use crate::rules::key_of_bad_value;
use crate::text::LineIndex;

/// The configuration file's name.
pub const CONFIG_NAME: &str = "crosscheck.toml";

/// Top-level keys: this module's tables, then those read by the loader and other stages.
const TOP_KEYS: &[&str] = &[
    "check", "severity", "ignore", "articles", "rules", "extract",
];

/// Keys of the `[check]` table.
const CHECK_KEYS: &[&str] = &["fail-on", "max-file-size"];

/// Wildcard for every rule or every article in `[ignore]`.
const ANY: &str = "*";

/// A problem with a configuration file, located when it is about a key or value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": error: {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

/// What `crosscheck.toml` says about checking. The default is no configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The file it came from.
    pub path: Option<PathBuf>,
    /// Severity per rule id; `None` turns the rule off.
    pub severity: BTreeMap<String, Option<Severity>>,
    /// `[check] fail-on`.
    pub fail_on: Option<Severity>,
    /// `[check] max-file-size`, in bytes.
    pub max_file_size: Option<u64>,
    /// Rule id (or `*`) → article ids (or `*`) whose findings are ignored.
    pub ignore: BTreeMap<String, Vec<String>>,
}

/// The nearest `crosscheck.toml` in `start` or one of its ancestors.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(CONFIG_NAME))
        .find(|p| p.is_file())
}

#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    check: BTreeMap<Spanned<String>, Spanned<toml::Value>>,
    #[serde(default)]
    severity: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    ignore: BTreeMap<Spanned<String>, Spanned<Vec<String>>>,
}

impl Config {
    /// Reads and parses a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let src = std::fs::read_to_string(path).map_err(|e| ConfigError {
            path: path.to_path_buf(),
            line: None,
            column: None,
            message: format!("cannot read configuration: {e}"),
        })?;
        Config::parse(path, &src)
    }

    /// Parses configuration text; `path` is for messages.
    pub fn parse(path: &Path, src: &str) -> Result<Config, ConfigError> {
        let index = LineIndex::new(src);
        let error_at = |offset: usize, message: String| {
            let (line, column) = index.line_col(src, offset);
            ConfigError {
                path: path.to_path_buf(),
                line: Some(line),
                column: Some(column),
                message,
            }
        };
        let toml_error = |e: toml::de::Error| {
            let offset = e.span().map_or(0, |s| s.start);
            let mut message = e.message().trim().to_string();
            if let Some(key) = key_of_bad_value(src, offset, &message) {
                message = format!("`{key}`: {message}");
            }
            error_at(offset, message)
        };

        let top: BTreeMap<Spanned<String>, IgnoredAny> = toml::from_str(src).map_err(toml_error)?;
        for key in top.keys() {
            if !TOP_KEYS.contains(&key.get_ref().as_str()) {
                return Err(error_at(
                    key.span().start,
                    unknown("key", key.get_ref(), TOP_KEYS),
                ));
            }
        }
        let raw: Raw = toml::from_str(src).map_err(toml_error)?;
        let ids: Vec<&str> = rules().iter().map(|r| r.id).collect();
        let mut config = Config {
            path: Some(path.to_path_buf()),
            ..Config::default()
        };

        for (key, value) in &raw.check {
            match key.get_ref().as_str() {
                "fail-on" => {
                    let level = value
                        .get_ref()
                        .as_str()
                        .and_then(parse_severity)
                        .ok_or_else(|| {
                            error_at(
                                value.span().start,
                                "`fail-on` must be \"info\", \"warning\" or \"error\"".into(),
                            )
                        })?;
                    config.fail_on = Some(level);
                }
                "max-file-size" => {
                    let size = match value.get_ref() {
                        toml::Value::Integer(n) => u64::try_from(*n)
                            .map_err(|_| "must be a positive number of bytes".to_string())
                            .and_then(|n| parse_size(&n.to_string())),
                        toml::Value::String(s) => parse_size(s),
                        _ => Err("must be a number of bytes or a string such as \"64M\"".into()),
                    };
                    let size = size.map_err(|m| {
                        error_at(value.span().start, format!("`max-file-size` {m}"))
                    })?;
                    config.max_file_size = Some(size);
                }
                other => {
                    return Err(error_at(
                        key.span().start,
                        unknown("key", other, CHECK_KEYS),
                    ))
                }
            }
        }

        for (key, value) in &raw.severity {
            let id = key.get_ref();
            if !ids.contains(&id.as_str()) {
                return Err(error_at(key.span().start, unknown("rule", id, &ids)));
            }
            let level = match value.get_ref().as_str() {
                "off" => None,
                s => Some(parse_severity(s).ok_or_else(|| {
                    error_at(
                        value.span().start,
                        format!(
                            "severity of `{id}` must be \"info\", \"warning\", \"error\" or \"off\", not {:?}",
                            value.get_ref()
                        ),
                    )
                })?),
            };
            config.severity.insert(id.clone(), level);
        }

        for (key, articles) in &raw.ignore {
            let id = key.get_ref();
            if id != ANY && !ids.contains(&id.as_str()) {
                return Err(error_at(key.span().start, unknown("rule", id, &ids)));
            }
            if articles.get_ref().is_empty() {
                return Err(error_at(
                    articles.span().start,
                    format!("`{id}` lists no article; use [\"*\"] for every article"),
                ));
            }
            config.ignore.insert(id.clone(), articles.get_ref().clone());
        }
        Ok(config)
    }

    /// Applies severity overrides, drops rules turned off and ignored findings. Returns how
    /// many findings were dropped.
    pub fn apply(&self, findings: &mut Vec<Finding>) -> usize {
        let before = findings.len();
        findings.retain_mut(|f| {
            if let Some(level) = self.severity.get(f.rule) {
                match level {
                    Some(s) => f.severity = *s,
                    None => return false,
                }
            }
            !self.ignores(f)
        });
        before - findings.len()
    }

    /// Whether `[ignore]` covers this finding.
    pub fn ignores(&self, f: &Finding) -> bool {
        [f.rule, ANY]
            .iter()
            .filter_map(|r| self.ignore.get(*r))
            .flatten()
            .any(|id| id == ANY || f.accounts.iter().any(|a| &a.article == id))
    }
}

/// A severity name, as used in configuration.
pub fn parse_severity(s: &str) -> Option<Severity> {
    match s {
        "info" => Some(Severity::Info),
        "warning" => Some(Severity::Warning),
        "error" => Some(Severity::Error),
        _ => None,
    }
}

/// A size in bytes: digits, optionally followed by `K`, `M` or `G` (binary multiples: KiB,
/// MiB, GiB; `k`, `KiB`, `KB` and so on are accepted too). Zero is refused: it would skip
/// every file.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, suffix) = t.split_at(digits);
    let bad =
        || format!("{s:?} is not a size: expected bytes, or a number with K, M or G (e.g. 64M)");
    let n: u64 = number.parse().map_err(|_| bad())?;
    let unit: u64 = match suffix.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => 1 << 10,
        "m" | "mb" | "mib" => 1 << 20,
        "g" | "gb" | "gib" => 1 << 30,
        _ => return Err(bad()),
    };
    // An article's analysis indexes its sentences and claims with 32 bits.
    const MAX_ARTICLE: u64 = 4 << 30;
    match n.checked_mul(unit) {
        Some(0) => Err("must be at least 1 byte".to_string()),
        Some(bytes) if bytes <= MAX_ARTICLE => Ok(bytes),
        _ => Err(format!("{s:?} is too large: an article can be at most 4G")),
    }
}

/// "unknown rule `x`; did you mean `y`?", or the list of what is known.
pub fn unknown(what: &str, name: &str, known: &[&str]) -> String {
    let mut message = format!("unknown {what} `{name}`");
    match closest(name, known) {
        Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
        None => message.push_str(&format!("; expected one of: {}", known.join(", "))),
    }
    message
}

/// The candidate nearest to `word`, if near enough to be a plausible typo.
pub fn closest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let lower = word.to_lowercase();
    candidates
        .iter()
        .map(|c| (*c, strsim::jaro_winkler(&lower, c)))
        .filter(|&(_, score)| score >= 0.8)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(c, _)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(src: &str) -> Result<Config, ConfigError> {
        Config::parse(Path::new("crosscheck.toml"), src)
    }

    #[test]
    fn reads_every_table() {
        let c = parse(
            "[check]\nfail-on = \"error\"\n[severity]\ncount-mismatch = \"error\"\nquote-drift = \"off\"\n[ignore]\n\"*\" = [\"a\"]\ndate-mismatch = [\"*\"]\n",
        )
        .unwrap();
        assert_eq!(c.fail_on, Some(Severity::Error));
        assert_eq!(c.severity["count-mismatch"], Some(Severity::Error));
        assert_eq!(c.severity["quote-drift"], None);
        assert_eq!(c.ignore["*"], vec!["a".to_string()]);
    }

    #[test]
    fn manifest_keys_are_accepted() {
        let c =
            parse("rules = [\"x.toml\"]\n[articles.\"a.txt\"]\noutlet = \"A\"\n[extract]\nx = 1\n")
                .unwrap();
        assert_eq!(c.fail_on, None);
    }

    #[test]
    fn unknown_keys_are_located_with_a_suggestion() {
        let e = parse("[check]\nfail-on = \"error\"\n\n[severty]\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(4), Some(2)));
        assert!(e.message.contains("did you mean `severity`?"), "{e}");
        let e = parse("[severity]\ncount-mismatsh = \"error\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(1)));
        assert!(e.message.contains("did you mean `count-mismatch`?"), "{e}");
        let e = parse("[check]\nfail_on = \"error\"\n").unwrap_err();
        assert!(e.message.contains("did you mean `fail-on`?"), "{e}");
        let e = parse("[ignore]\nquote-drfit = [\"a\"]\n").unwrap_err();
        assert!(e.message.contains("did you mean `quote-drift`?"), "{e}");
    }

    #[test]
    fn max_file_size_takes_bytes_or_a_suffix() {
        let c = parse("[check]\nmax-file-size = \"64M\"\n").unwrap();
        assert_eq!(c.max_file_size, Some(64 << 20));
        let c = parse("[check]\nmax-file-size = 1000\n").unwrap();
        assert_eq!(c.max_file_size, Some(1000));
        let e = parse("[check]\nmax-file-size = \"lots\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(17)), "{e}");
        assert!(e.message.contains("`max-file-size`"), "{e}");
        let e = parse("[check]\nmax-file-size = -1\n").unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        // Articles are indexed with 32 bits: at most 4G.
        assert_eq!(parse_size("4G"), Ok(4 << 30));
        let e = parse("[check]\nmax-file-size = \"5G\"\n").unwrap_err();
        assert!(e.message.contains("at most 4G"), "{e}");
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512"), Ok(512));
        assert_eq!(parse_size("10K"), Ok(10 << 10));
        assert_eq!(parse_size("10 MiB"), Ok(10 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("").is_err());
        assert!(parse_size("1.5M").is_err());
        assert!(parse_size("10T").is_err());
        assert!(parse_size("99999999999999999999").is_err());
        assert!(parse_size("99999999999G").is_err());
    }

    #[test]
    fn bad_values_are_located() {
        let e = parse("[severity]\ncount-mismatch = \"fatal\"\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(18)));
        let e = parse("[check]\nfail-on = 3\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        let e = parse("[ignore]\ncount-mismatch = \"a\"\n").unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        assert!(
            e.message.starts_with("`count-mismatch`: invalid type"),
            "{e}"
        );
    }
}
