//! Flags, defined once; help text comes from these doc comments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crosscheck::check::Severity;
use crosscheck::config::parse_size;

/// Check claims and source attribution across a set of news articles.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List every attributed statement: who said what, how, and through whom.
    Claims(ClaimsArgs),
    /// Find where articles about the same event disagree (counts, dates, quotes, sources).
    Check(CheckArgs),
    /// Show every event reported by two or more articles, with each article's figures.
    Events(EventsArgs),
    /// List every rule: id, kind, default severity and what it finds.
    Rules,
    /// Print a rule's documentation: what it does, why, and an example.
    Explain(ExplainArgs),
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, as in `crosscheck rules` (e.g. count-mismatch).
    #[arg(value_name = "RULE")]
    pub rule: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ClaimsFormat {
    /// A table for people (default).
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
}

#[derive(Debug, Args)]
pub struct ClaimsArgs {
    /// Article files or folders (searched recursively for .txt and .md, honouring .gitignore).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ClaimsFormat::Table)]
    pub format: ClaimsFormat,
    /// Also list hedged statements with no source ("is widely reported", "reportedly").
    #[arg(long)]
    pub unsourced: bool,
    /// Extra rule files extending the default pack (may be repeated).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Skip article files larger than SIZE: bytes, or with a K, M or G suffix (KiB, MiB,
    /// GiB) [default: 32M].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Compiler-style text for people (default).
    Human,
    /// One line per finding: `path:line:col: severity[rule]: message`.
    Concise,
    /// A table: severity, rule, location, message.
    Table,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for code-scanning services.
    Sarif,
}

/// When to style output with colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always, even when piped or with `NO_COLOR` set.
    Always,
    /// Never.
    Never,
}

/// A severity threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Level {
    Info,
    Warning,
    Error,
}

impl From<Level> for Severity {
    fn from(l: Level) -> Severity {
        match l {
            Level::Info => Severity::Info,
            Level::Warning => Severity::Warning,
            Level::Error => Severity::Error,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Article files or folders (searched recursively for .txt and .md, honouring .gitignore).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Colour the human format: auto (when stdout is a terminal and `NO_COLOR` is unset),
    /// always or never.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Extra rule files extending the default pack (may be repeated).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Skip article files larger than SIZE: bytes, or with a K, M or G suffix (KiB, MiB,
    /// GiB) [default: `[check] max-file-size` in crosscheck.toml, or 32M].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
    /// Exit 1 when a finding is at or above this severity [default: warning, or
    /// `[check] fail-on` in crosscheck.toml].
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<Level>,
    /// Exit 0 even when there are findings (input errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
    /// Configuration file [default: crosscheck.toml in the current folder or its nearest
    /// ancestor].
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Read no configuration file.
    #[arg(long)]
    pub isolated: bool,
    /// Report only findings that this baseline file does not record.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    pub baseline: Option<PathBuf>,
    /// Record today's findings in this baseline file; they are still reported, but the run
    /// exits 0 unless some input could not be used.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Article files or folders (searched recursively for .txt and .md, honouring .gitignore).
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Extra rule files extending the default pack (may be repeated).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Skip article files larger than SIZE: bytes, or with a K, M or G suffix (KiB, MiB,
    /// GiB) [default: 32M].
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_file_size: Option<u64>,
}
