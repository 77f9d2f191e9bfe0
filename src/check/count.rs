//! `count-mismatch`: articles give counts for one event that cannot both be true.
//!
//! ## What it does
//! For every event and role (killed, injured, arrested, …), compares the counts each
//! article gives. A count is an interval ("several" is `>= 2`, "about 40" is `36..=44`), so
//! "more than 40 killed" and "43 killed" agree, while "injuring several others" and
//! "another's injury" (one) do not.
//!
//! ## How counts are compared
//! Within one article, all counts for a role are merged into the smallest interval covering
//! them (an article that says 5 and later 7 allows 5..=7), so an update inside an article is
//! never a disagreement. Counts of a specific group ("security guards") are compared only
//! with counts of the same group, and with general counts ("people", "others") only to check
//! that the group is not larger than the whole.
//!
//! ## Why
//! Casualty figures are the numbers readers remember and the ones outlets most often
//! revise; a mismatch means one account is outdated or wrong. When the reports were
//! published at different times the message says which is later, as it is likely the
//! update.
//!
//! ## Example
//! "A gunman … injures others" (>= 2 injured) against "… one guard's death and another's
//! injury" (1 injured): warning.

use std::collections::BTreeMap;

use super::support::{disagreement, event_facts, fact_account, group_by, hull};
use super::{Check, Finding, Rule, Severity};
use crate::align::Alignment;
use crate::facts::{FactValue, Interval};

pub struct CountMismatch;

static RULE: Rule = Rule {
    id: "count-mismatch",
    kind: "count",
    severity: Severity::Warning,
    summary: "counts of one event that cannot both be true",
};

/// Subject heads that count people in general rather than a group.
const GENERAL: &[&str] = &[
    "people",
    "person",
    "persons",
    "others",
    "other",
    "another",
    "individuals",
    "individual",
    "victims",
    "victim",
    "casualties",
    "civilians",
    "residents",
    "bodies",
    "lives",
];

/// The group a count is about: `None` for people in general.
fn group(subject: &Option<String>) -> Option<String> {
    let s = subject.as_deref()?.to_lowercase();
    let head_part = s.split(" of ").next().unwrap_or(&s);
    let head = head_part.split_whitespace().last()?;
    let head = head
        .trim_end_matches(['\'', '\u{2019}'])
        .trim_end_matches("'s");
    let head = head.trim_end_matches("’s");
    if GENERAL.contains(&head) || head.chars().next().is_some_and(char::is_numeric) {
        return None;
    }
    // A named person ("Orkhan Askerov") or a role ("head of security") is a group of one
    // that cannot be matched by name across outlets: treat as its own head word.
    Some(head.trim_end_matches('s').to_string())
}

struct Side {
    general: Option<Interval>,
    groups: BTreeMap<String, Interval>,
}

fn conflict(a: &Side, b: &Side) -> bool {
    if let (Some(x), Some(y)) = (a.general, b.general) {
        if !x.overlaps(&y) {
            return true;
        }
    }
    for (g, x) in &a.groups {
        if let Some(y) = b.groups.get(g) {
            if !x.overlaps(y) {
                return true;
            }
        }
    }
    // A group cannot be larger than the whole.
    let bigger = |groups: &BTreeMap<String, Interval>, whole: Option<Interval>| {
        whole.is_some_and(|w| {
            groups
                .values()
                .any(|g| g.lo > w.hi || (g.lo == w.hi && w.hi_open))
        })
    };
    bigger(&a.groups, b.general) || bigger(&b.groups, a.general)
}

impl Check for CountMismatch {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for (e, facts) in event_facts(al).iter().enumerate() {
            let by_role = group_by(al, facts, |v| match v {
                FactValue::Count { role, .. } => Some(role.as_str().to_string()),
                _ => None,
            });
            for (role, accounts) in by_role {
                let mut per_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
                for &(d, f) in &accounts {
                    per_article.entry(d).or_default().push(f);
                }
                if per_article.len() < 2 {
                    continue;
                }
                let sides: Vec<(usize, Side)> = per_article
                    .iter()
                    .map(|(&d, fs)| {
                        let mut general = Vec::new();
                        let mut groups: BTreeMap<String, Vec<Interval>> = BTreeMap::new();
                        for &f in fs {
                            if let FactValue::Count { n, subject, .. } =
                                &al.docs[d].facts[f].fact.value
                            {
                                match group(subject) {
                                    None => general.push(*n),
                                    Some(g) => groups.entry(g).or_default().push(*n),
                                }
                            }
                        }
                        let side = Side {
                            general: hull(&general),
                            groups: groups
                                .into_iter()
                                .filter_map(|(g, v)| Some((g, hull(&v)?)))
                                .collect(),
                        };
                        (d, side)
                    })
                    .collect();
                let mut involved: Vec<usize> = Vec::new();
                for i in 0..sides.len() {
                    for j in i + 1..sides.len() {
                        if conflict(&sides[i].1, &sides[j].1) {
                            involved.push(sides[i].0);
                            involved.push(sides[j].0);
                        }
                    }
                }
                involved.sort_unstable();
                involved.dedup();
                if involved.is_empty() {
                    continue;
                }
                let mut accs = Vec::new();
                let mut says = Vec::new();
                for &d in &involved {
                    let mut values = Vec::new();
                    for &f in &per_article[&d] {
                        if let FactValue::Count { n, .. } = &al.docs[d].facts[f].fact.value {
                            let value = format!("{n} {role}");
                            values.push(format!(
                                "{n} (\u{201c}{}\u{201d})",
                                al.articles[d].text.of(al.docs[d].facts[f].fact.span)
                            ));
                            accs.push(fact_account(al, d, f, value));
                        }
                    }
                    says.push(format!(
                        "{} says {}",
                        al.articles[d].id,
                        values.join(" and ")
                    ));
                }
                let what = format!("the number {role}");
                out.push(disagreement(al, &RULE, e, &what, &says, &involved, accs));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run;

    #[test]
    fn several_injured_against_one() {
        let f = run(
            &CountMismatch,
            &[
                ("a", "2024-05-03", "A gunman stormed the consulate in Lisbon on May 2, 2024, killing a guard and injuring several others."),
                ("b", "2024-05-10", "The attack on the consulate in Lisbon on May 2, 2024 led to one guard's death and another's injury."),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].rule, "count-mismatch");
        assert_eq!(f[0].severity, Severity::Warning);
        let values: Vec<&str> = f[0].accounts.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(values, [">= 2 injured", "1 injured"]);
        assert!(
            f[0].message.contains("b (published 2024-05-10) is later"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn one_killed_said_three_ways_agrees() {
        let f = run(
            &CountMismatch,
            &[
                ("a", "2024-05-03", "A gunman attacked the consulate in Lisbon on May 2, 2024, killing the head of security."),
                ("b", "2024-05-03", "An assailant stormed the consulate in Lisbon on May 2, 2024, murdering Chief of Security Rui Costa."),
                ("c", "2024-05-03", "The attack on the consulate in Lisbon on May 2, 2024 resulted in one security guard's death."),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn more_than_forty_agrees_with_forty_three() {
        let f = run(
            &CountMismatch,
            &[
                ("a", "2024-03-02", "A bombing at a market in Kandahar on March 1, 2024 killed more than 40 people."),
                ("b", "2024-03-02", "The bombing in Kandahar on March 1, 2024 killed 43 people, officials said."),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn different_tolls_disagree_and_groups_are_subsets() {
        let f = run(
            &CountMismatch,
            &[
                ("a", "2024-03-02", "A bombing at a market in Kandahar on March 1, 2024 killed 12 people, including three children."),
                ("b", "2024-03-02", "The bombing in Kandahar on March 1, 2024 killed 18 people."),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(f[0].message.contains("12"), "{}", f[0].message);
    }
}
