//! `measure-mismatch`: articles give different measured values for one event (magnitude,
//! age, distance, height, percentage, money).
//!
//! ## What it does
//! Values are converted to one unit per quantity by the fact extractor, so "5 km" and
//! "5,000 metres" agree, and compared as intervals ("about 40" is `36..=44`). An
//! earthquake's magnitude is compared across all accounts of the event (an article giving
//! several, say for aftershocks, allows any of them). Other quantities are compared only
//! when their surrounding words share a content word, so the age of one victim is not set
//! against another's.
//!
//! ## Why
//! Magnitudes are revised in the hours after a quake, ages and distances are mistyped; a
//! mismatch tells the reader that at least one figure is outdated or wrong.
//!
//! ## Example
//! "a magnitude 7.8 earthquake" against "the 7.5-magnitude quake": warning.

use std::collections::{BTreeMap, HashSet};

use super::support::{
    context_words, disagreement, event_facts, fact_account, group_by, hull, measure_value,
};
use super::{Check, Finding, Rule, Severity};
use crate::align::Alignment;
use crate::facts::{FactValue, Interval, Quantity};

pub struct MeasureMismatch;

static RULE: Rule = Rule {
    id: "measure-mismatch",
    kind: "measure",
    severity: Severity::Warning,
    summary: "measured values of one event that cannot both be true",
};

/// Accounts (from different articles) that are about the same thing, judged by their
/// context words, and disagree: every account with a comparable account in another
/// article, none of which it agrees with, is returned with those accounts.
pub(super) fn context_conflicts(
    al: &Alignment,
    accounts: &[(usize, usize)],
    window: (usize, usize),
    agree: impl Fn((usize, usize), (usize, usize)) -> bool,
) -> Vec<(usize, usize)> {
    let contexts: Vec<HashSet<String>> = accounts
        .iter()
        .map(|&(d, f)| context_words(al, d, f, window.0, window.1))
        .collect();
    let mut involved = Vec::new();
    for (i, &a) in accounts.iter().enumerate() {
        let comparable: Vec<usize> = (0..accounts.len())
            .filter(|&j| accounts[j].0 != a.0 && !contexts[i].is_disjoint(&contexts[j]))
            .collect();
        if comparable.is_empty() || comparable.iter().any(|&j| agree(a, accounts[j])) {
            continue;
        }
        involved.push(a);
        involved.extend(comparable.iter().map(|&j| accounts[j]));
    }
    involved.sort_unstable();
    involved.dedup();
    involved
}

/// Findings for one quantity's accounts in one event, `by_hull` comparing article hulls
/// instead of context-matched pairs.
pub(super) fn measure_findings(
    al: &Alignment,
    rule: &Rule,
    event: usize,
    quantity: &Quantity,
    unit: &str,
    accounts: &[(usize, usize)],
    by_hull: bool,
) -> Option<Finding> {
    let value = |(d, f): (usize, usize)| match &al.docs[d].facts[f].fact.value {
        FactValue::Measure { value, .. } => Some(*value),
        _ => None,
    };
    let involved: Vec<(usize, usize)> = if by_hull {
        let mut per: BTreeMap<usize, Vec<Interval>> = BTreeMap::new();
        for &a in accounts {
            if let Some(v) = value(a) {
                per.entry(a.0).or_default().push(v);
            }
        }
        let hulls: Vec<(usize, Interval)> = per
            .iter()
            .filter_map(|(&d, v)| Some((d, hull(v)?)))
            .collect();
        let mut bad: HashSet<usize> = HashSet::new();
        for i in 0..hulls.len() {
            for j in i + 1..hulls.len() {
                if !hulls[i].1.overlaps(&hulls[j].1) {
                    bad.insert(hulls[i].0);
                    bad.insert(hulls[j].0);
                }
            }
        }
        accounts
            .iter()
            .copied()
            .filter(|a| bad.contains(&a.0))
            .collect()
    } else {
        // An age belongs to the person named right after it ("a 34-year-old man").
        let window = if *quantity == Quantity::Age {
            (0, 1)
        } else {
            (3, 3)
        };
        context_conflicts(al, accounts, window, |a, b| match (value(a), value(b)) {
            (Some(x), Some(y)) => x.overlaps(&y),
            _ => true,
        })
    };
    if involved.is_empty() {
        return None;
    }
    let mut accs = Vec::new();
    let mut says = Vec::new();
    for &(d, f) in &involved {
        let Some(v) = value((d, f)) else { continue };
        let shown = measure_value(quantity, &v, unit);
        says.push(format!(
            "{} says {} (\u{201c}{}\u{201d})",
            al.articles[d].id,
            shown,
            al.articles[d].text.of(al.docs[d].facts[f].fact.span)
        ));
        accs.push(fact_account(al, d, f, shown));
    }
    let arts: Vec<usize> = involved.iter().map(|x| x.0).collect();
    let what = format!("the {quantity}");
    Some(disagreement(al, rule, event, &what, &says, &arts, accs))
}

impl Check for MeasureMismatch {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for (e, facts) in event_facts(al).iter().enumerate() {
            let groups = group_by(al, facts, |v| match v {
                FactValue::Measure { quantity, unit, .. } if *quantity != Quantity::Duration => {
                    Some((quantity.name().to_string(), unit.clone()))
                }
                _ => None,
            });
            for ((q, unit), accounts) in groups {
                let quantity = Quantity::from_name(&q);
                let by_hull = quantity == Quantity::Magnitude;
                out.extend(measure_findings(
                    al, &RULE, e, &quantity, &unit, &accounts, by_hull,
                ));
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
    fn magnitudes_disagree() {
        let f = run(
            &MeasureMismatch,
            &[
                (
                    "a",
                    "2024-01-02",
                    "A magnitude 7.6 earthquake struck Ishikawa on January 1, 2024.",
                ),
                (
                    "b",
                    "2024-01-02",
                    "The magnitude 7.5 earthquake hit Ishikawa on January 1, 2024.",
                ),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].accounts[0].value, "7.6 magnitude");
    }

    #[test]
    fn ages_of_different_people_are_not_compared() {
        let f = run(
            &MeasureMismatch,
            &[
                (
                    "a",
                    "2024-01-02",
                    "A 34-year-old man was stabbed in Leeds on January 1, 2024.",
                ),
                (
                    "b",
                    "2024-01-02",
                    "A 61-year-old woman was also stabbed in Leeds on January 1, 2024.",
                ),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn ages_of_one_person_disagree() {
        let f = run(
            &MeasureMismatch,
            &[
                (
                    "a",
                    "2024-01-02",
                    "A 34-year-old man was stabbed in Leeds on January 1, 2024.",
                ),
                (
                    "b",
                    "2024-01-02",
                    "A 43-year-old man was stabbed in Leeds on January 1, 2024.",
                ),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
    }
}
