//! Checks: where aligned articles disagree, and single-article sourcing lints.
//!
//! Each rule lives in its own file with a [`Rule`] (id, kind, default severity) whose doc
//! comment is its documentation, and its own tests on small hand-written article sets.
//! A [`Finding`] shows every account side by side: which article, the exact words carrying
//! the value, the sentence, the normalised value, and who gave it.
//!
//! Findings are sorted by rule, event label, first account's article and offset, so output
//! is the same whatever the input order of threads.

mod anonymous;
mod attribution;
mod count;
mod date;
mod duration;
mod measure;
mod quote;
mod statement;
mod status;
mod support;
mod time;
mod unsourced;

use std::fmt;

use rayon::prelude::*;
use serde::Serialize;

use crate::align::{align, Alignment};
use crate::article::Article;
use crate::rules::RulePack;
use crate::span::Span;

pub use support::{event_facts, measure_value, publication_note};

/// How much a finding matters. Ordered: info < warning < error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(&self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rule's identity: its id (stable, used in output and configuration), the kind of
/// disagreement it reports, and its default severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub kind: &'static str,
    pub severity: Severity,
    /// One line saying what the rule finds.
    pub summary: &'static str,
}

/// One article's account of a disputed value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Account {
    /// The article id.
    pub article: String,
    /// Index of the article in the run's input, for locating it when reporting.
    #[serde(skip)]
    pub article_index: usize,
    /// Byte offsets of `mention` in the article text.
    pub start: usize,
    pub end: usize,
    /// The exact words carrying the value ("injuring several others").
    pub mention: String,
    /// The sentence the words are in.
    pub excerpt: String,
    /// The value, normalised (">= 2 injured", "2023-01", "40 min").
    pub value: String,
    /// Who gave the value, when the article attributes it: a canonical name.
    pub source: Option<String>,
}

impl Account {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A disagreement (or a sourcing note) with every account that takes part in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub kind: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The readable label of the event the accounts are about, if any.
    pub event: Option<String>,
    pub accounts: Vec<Account>,
}

impl Finding {
    pub fn new(
        rule: &Rule,
        message: String,
        event: Option<String>,
        accounts: Vec<Account>,
    ) -> Self {
        Finding {
            rule: rule.id,
            kind: rule.kind,
            severity: rule.severity,
            message,
            event,
            accounts,
        }
    }
}

/// One rule's logic.
pub trait Check: Sync {
    fn rule(&self) -> &'static Rule;
    fn run(&self, al: &Alignment) -> Vec<Finding>;
}

/// Every check, in rule-id order.
pub fn all_checks() -> Vec<&'static dyn Check> {
    vec![
        &anonymous::AnonymousSource,
        &attribution::AttributionConflict,
        &count::CountMismatch,
        &date::DateMismatch,
        &duration::DurationMismatch,
        &measure::MeasureMismatch,
        &quote::QuoteDrift,
        &statement::StatementConflict,
        &status::StatusConflict,
        &time::TimeMismatch,
        &unsourced::UnsourcedClaim,
    ]
}

/// The rules of every check, for documentation and configuration.
pub fn rules() -> Vec<&'static Rule> {
    all_checks().into_iter().map(|c| c.rule()).collect()
}

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    rules().into_iter().find(|r| r.id == id)
}

/// Each rule file's source, for its documentation (the file's `//!` comment).
const RULE_SOURCES: &[(&str, &str)] = &[
    ("anonymous-source", include_str!("anonymous.rs")),
    ("attribution-conflict", include_str!("attribution.rs")),
    ("count-mismatch", include_str!("count.rs")),
    ("date-mismatch", include_str!("date.rs")),
    ("duration-mismatch", include_str!("duration.rs")),
    ("measure-mismatch", include_str!("measure.rs")),
    ("quote-drift", include_str!("quote.rs")),
    ("statement-conflict", include_str!("statement.rs")),
    ("status-conflict", include_str!("status.rs")),
    ("time-mismatch", include_str!("time.rs")),
    ("unsourced-claim", include_str!("unsourced.rs")),
];

/// A rule's documentation: its file's doc comment as Markdown, starting with
/// "`id`: summary" and followed by `## What it does`, `## Why`, `## Example`, ….
pub fn rule_doc(id: &str) -> Option<String> {
    let (_, src) = RULE_SOURCES.iter().find(|(r, _)| *r == id)?;
    let lines: Vec<&str> = src
        .lines()
        .take_while(|l| l.starts_with("//!"))
        .map(|l| l.strip_prefix("//!").unwrap_or(l))
        .map(|l| l.strip_prefix(' ').unwrap_or(l))
        .collect();
    // Intra-doc links ("[`crate::align::quotes`]") read as plain code outside rustdoc.
    let link = regex::Regex::new(r"\[(`[^`\]]+`)\]").expect("valid pattern");
    Some(link.replace_all(&lines.join("\n"), "$1").into_owned())
}

/// The text under a `## heading` of a rule's documentation, trimmed; the part before the
/// first heading for `None`.
pub fn doc_section(doc: &str, heading: Option<&str>) -> Option<String> {
    let mut current: Option<&str> = None;
    let mut text = Vec::new();
    for line in doc.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            current = Some(h.trim());
            continue;
        }
        if current == heading {
            text.push(line);
        }
    }
    let joined = text.join("\n").trim().to_string();
    (!joined.is_empty()).then_some(joined)
}

/// Runs every check over an alignment; findings come back sorted.
pub fn run_checks(al: &Alignment) -> Vec<Finding> {
    let mut findings: Vec<Finding> = all_checks()
        .par_iter()
        .map(|c| c.run(al))
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect();
    sort_findings(&mut findings);
    findings
}

/// Aligns the articles and runs every check.
pub fn check_articles(articles: &[Article], rules: &RulePack) -> Vec<Finding> {
    run_checks(&align(articles, rules))
}

/// Sorts by rule, event label, first account (article, offset), then message.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let first = |f: &Finding| f.accounts.first().map(|x| (x.article_index, x.start));
        a.rule
            .cmp(b.rule)
            .then_with(|| a.event.cmp(&b.event))
            .then_with(|| first(a).cmp(&first(b)))
            .then_with(|| a.message.cmp(&b.message))
    });
}

/// The highest severity among findings.
pub fn max_severity(findings: &[Finding]) -> Option<Severity> {
    findings.iter().map(|f| f.severity).max()
}

#[cfg(test)]
mod registry_tests {
    use super::*;

    #[test]
    fn every_rule_is_documented() {
        assert_eq!(RULE_SOURCES.len(), rules().len());
        for r in rules() {
            let doc = rule_doc(r.id).unwrap_or_else(|| panic!("no doc for {}", r.id));
            assert!(doc.starts_with(&format!("`{}`:", r.id)), "{doc}");
            for h in ["What it does", "Why", "Example"] {
                assert!(doc_section(&doc, Some(h)).is_some(), "{}: no {h}", r.id);
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::article::PartialDate;

    /// Articles from (id, published, text).
    pub fn articles(set: &[(&str, &str, &str)]) -> Vec<Article> {
        set.iter()
            .map(|(id, date, text)| {
                let mut a = Article::from_text(*id, *text);
                a.meta.published = PartialDate::parse_iso(date);
                a
            })
            .collect()
    }

    /// Runs one check over a hand-written article set.
    pub fn run(check: &dyn Check, set: &[(&str, &str, &str)]) -> Vec<Finding> {
        let arts = articles(set);
        let rules = RulePack::default_pack();
        let al = align(&arts, &rules);
        let mut f = check.run(&al);
        sort_findings(&mut f);
        f
    }
}
