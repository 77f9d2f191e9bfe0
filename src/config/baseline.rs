//! Baselines: today's findings recorded so that a later run reports only new ones.
//!
//! An entry keeps what identifies a finding in the text, not where it is: the rule and,
//! for each account, the article id, the normalised value and the words carrying it
//! (whitespace collapsed). Byte offsets, line numbers and messages are left out, so an
//! entry still matches after edits elsewhere in the article. Matching counts: a baseline
//! entry recorded once absorbs one finding, so a second, identical disagreement is new.
//!
//! The file is JSON:
//!
//! ```json
//! { "version": 1,
//!   "findings": [ { "rule": "count-mismatch",
//!                   "accounts": [ { "article": "harbor-herald", "value": ">= 2 injured",
//!                                   "mention": "injuring several others" } ] } ] }
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::check::Finding;

/// The baseline format version written and read.
pub const VERSION: u32 = 1;

/// A set of recorded findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    pub version: u32,
    pub findings: Vec<Entry>,
}

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub rule: String,
    pub accounts: Vec<EntryAccount>,
}

/// One account of a recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryAccount {
    pub article: String,
    pub value: String,
    pub mention: String,
}

impl Entry {
    /// The entry for a finding; accounts sorted, so their order in the finding does not
    /// matter.
    pub fn of(f: &Finding) -> Entry {
        let mut accounts: Vec<EntryAccount> = f
            .accounts
            .iter()
            .map(|a| EntryAccount {
                article: a.article.clone(),
                value: collapse(&a.value),
                mention: collapse(&a.mention),
            })
            .collect();
        accounts.sort();
        Entry {
            rule: f.rule.to_string(),
            accounts,
        }
    }
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Baseline {
    /// A baseline recording these findings, sorted.
    pub fn from_findings(findings: &[Finding]) -> Baseline {
        let mut entries: Vec<Entry> = findings.iter().map(Entry::of).collect();
        entries.sort();
        Baseline {
            version: VERSION,
            findings: entries,
        }
    }

    /// Reads a baseline file's text.
    pub fn parse(src: &str) -> Result<Baseline, String> {
        let b: Baseline =
            serde_json::from_str(src).map_err(|e| format!("not a crosscheck baseline: {e}"))?;
        if b.version != VERSION {
            return Err(format!(
                "baseline version {} is not supported (expected {VERSION})",
                b.version
            ));
        }
        // Entries written by hand may list accounts in any order.
        let mut b = b;
        for e in &mut b.findings {
            e.accounts.sort();
        }
        Ok(b)
    }

    /// The file's text: pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a baseline serialises");
        s.push('\n');
        s
    }

    /// Drops the findings the baseline records (each entry absorbing one finding); returns
    /// how many were dropped.
    pub fn filter(&self, findings: &mut Vec<Finding>) -> usize {
        let mut left: BTreeMap<&Entry, usize> = BTreeMap::new();
        for e in &self.findings {
            *left.entry(e).or_default() += 1;
        }
        let before = findings.len();
        findings.retain(|f| match left.get_mut(&Entry::of(f)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        });
        before - findings.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{Account, Rule, Severity};

    const RULE: Rule = Rule {
        id: "count-mismatch",
        kind: "count",
        severity: Severity::Warning,
        summary: "",
    };

    fn finding(accounts: &[(&str, &str, &str, usize)]) -> Finding {
        let accounts = accounts
            .iter()
            .map(|&(article, value, mention, start)| Account {
                article: article.into(),
                article_index: 0,
                start,
                end: start + mention.len(),
                mention: mention.into(),
                excerpt: String::new(),
                value: value.into(),
                source: None,
            })
            .collect();
        Finding::new(&RULE, "m".into(), None, accounts)
    }

    #[test]
    fn matches_without_offsets_and_in_any_account_order() {
        let old = finding(&[
            ("a", "1 injured", "one hurt", 10),
            ("b", "2 injured", "two\nhurt", 5),
        ]);
        let baseline = Baseline::parse(&Baseline::from_findings(&[old]).to_json()).unwrap();
        let mut now = vec![
            finding(&[
                ("b", "2 injured", "two hurt", 50),
                ("a", "1 injured", "one hurt", 99),
            ]),
            finding(&[
                ("a", "1 injured", "one hurt", 10),
                ("b", "3 injured", "three hurt", 5),
            ]),
        ];
        assert_eq!(baseline.filter(&mut now), 1);
        assert_eq!(now.len(), 1);
        assert_eq!(now[0].accounts[1].value, "3 injured");
    }

    #[test]
    fn each_entry_absorbs_one_finding() {
        let f = finding(&[("a", "1 injured", "one hurt", 10)]);
        let baseline = Baseline::from_findings(std::slice::from_ref(&f));
        let mut now = vec![f.clone(), f];
        assert_eq!(baseline.filter(&mut now), 1);
        assert_eq!(now.len(), 1);
    }

    #[test]
    fn rejects_other_files() {
        assert!(Baseline::parse("[]").is_err());
        assert!(Baseline::parse("{\"version\": 2, \"findings\": []}").is_err());
    }
}
