//! `statement-conflict`: one source reported as saying incompatible things about one event.
//!
//! ## What it does
//! Among the counts and measures given for an event, takes those an article attributes to
//! a source ("police said 12 were injured") and compares, across articles, the values
//! credited to the same source (matched through aliases and spellings). Values that cannot
//! both be true are a warning.
//!
//! ## Why
//! A count mismatch between outlets may be two sources disagreeing; the same source quoted
//! with two figures means a figure was revised (then the later report is likely right) or
//! misreported. Either way the reader should not see both as that source's word.
//!
//! ## Example
//! "12 people were injured, police said" against "police said 18 people were injured":
//! warning.

use super::support::{add_publication_note, event_facts, fact_account, measure_value};
use super::{Check, Finding, Rule, Severity};
use crate::align::{same_entity, Alignment};
use crate::facts::{FactValue, Interval};

pub struct StatementConflict;

static RULE: Rule = Rule {
    id: "statement-conflict",
    kind: "statement",
    severity: Severity::Warning,
    summary: "one source reported as giving incompatible values for one event",
};

fn what(v: &FactValue) -> Option<(String, Interval, String)> {
    match v {
        FactValue::Count { role, n, .. } => {
            Some((role.as_str().to_string(), *n, format!("{n} {role}")))
        }
        FactValue::Measure {
            quantity,
            value,
            unit,
        } => Some((
            format!("{quantity} {unit}"),
            *value,
            measure_value(quantity, value, unit),
        )),
        _ => None,
    }
}

impl Check for StatementConflict {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let g = &al.rules.align().gazetteer;
        let mut out = Vec::new();
        for (e, facts) in event_facts(al).iter().enumerate() {
            // (article, fact, source, what, value, shown)
            let attributed: Vec<(usize, usize, String, String, Interval, String)> = facts
                .iter()
                .filter_map(|&(d, f)| {
                    let doc = &al.docs[d];
                    let src = doc.claim_of(&doc.facts[f])?.source.as_ref()?;
                    let (w, v, shown) = what(&doc.facts[f].fact.value)?;
                    Some((d, f, src.canonical.clone(), w, v, shown))
                })
                .collect();
            let mut used = vec![false; attributed.len()];
            for i in 0..attributed.len() {
                if used[i] {
                    continue;
                }
                let a = &attributed[i];
                let mut members = vec![i];
                for (j, b) in attributed.iter().enumerate().skip(i + 1) {
                    if !used[j]
                        && b.0 != a.0
                        && b.3 == a.3
                        && same_entity(&a.2, &b.2, g)
                        && !a.4.overlaps(&b.4)
                    {
                        members.push(j);
                    }
                }
                if members.len() < 2 {
                    continue;
                }
                for &m in &members {
                    used[m] = true;
                }
                let accounts = members
                    .iter()
                    .map(|&m| {
                        let x = &attributed[m];
                        fact_account(al, x.0, x.1, x.5.clone())
                    })
                    .collect();
                let says: Vec<String> = members
                    .iter()
                    .map(|&m| {
                        format!(
                            "{} reports {}",
                            al.articles[attributed[m].0].id, attributed[m].5
                        )
                    })
                    .collect();
                let arts: Vec<usize> = members.iter().map(|&m| attributed[m].0).collect();
                let mut message = format!(
                    "{} is reported as giving different figures: {}",
                    a.2,
                    says.join("; ")
                );
                add_publication_note(al, &mut message, &arts);
                out.push(Finding::new(
                    &RULE,
                    message,
                    Some(al.events[e].label.clone()),
                    accounts,
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
    fn same_police_two_figures() {
        let f = run(
            &StatementConflict,
            &[
                ("a", "2024-07-02", "A bombing hit a bus station in Quetta on July 1, 2024. Police said 12 people were injured in the bombing."),
                ("b", "2024-07-03", "The bombing at the Quetta bus station on July 1, 2024 injured 18 people, police said."),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(
            f[0].message.contains("b (published 2024-07-03) is later"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn different_sources_are_not_a_statement_conflict() {
        let f = run(
            &StatementConflict,
            &[
                ("a", "2024-07-02", "The bombing at the Quetta bus station on July 1, 2024 injured 12 people, police said."),
                ("b", "2024-07-02", "The bombing at the Quetta bus station on July 1, 2024 injured 18 people, hospital staff said."),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }
}
