//! `date-mismatch`: articles date one event differently.
//!
//! ## What it does
//! Compares the dates articles give for an event, as intervals of days at the precision
//! each names: "January 2023" agrees with "January 27, 2023", and "last October" in an
//! article published 2023-03-31 agrees with "October 3, 2022". Relative dates are resolved
//! against each article's own publication date.
//!
//! ## Why
//! A wrong day or year is a common error when a story is rewritten from older reporting.
//! Events are normally grouped only when their dates agree, so this fires when other
//! evidence ties the accounts to one event: a shared named event ("the Fath-e-Khaibar
//! exercise") or identical figures (same type, same place, same toll) a few days apart.
//!
//! ## Example
//! "the 6.1 quake in Gorkha on Monday killed 12" against "the 6.1 quake in Gorkha on Tuesday
//! killed 12": warning.

use super::support::{disagreement, fact_account};
use super::{Check, Finding, Rule, Severity};
use crate::align::events::format_days;
use crate::align::Alignment;
use crate::facts::FactValue;

pub struct DateMismatch;

static RULE: Rule = Rule {
    id: "date-mismatch",
    kind: "date",
    severity: Severity::Warning,
    summary: "dates of one event that cannot be the same day",
};

impl Check for DateMismatch {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for (e, ev) in al.events.iter().enumerate() {
            if ev.articles.len() < 2 {
                continue;
            }
            // (article, fact) of every date that dates a mention of the event.
            let mut dates: Vec<(usize, usize)> = Vec::new();
            for &(d, m) in &ev.members {
                for &f in &al.docs[d].mentions[m].date_facts {
                    if !dates.contains(&(d, f)) {
                        dates.push((d, f));
                    }
                }
            }
            let value = |d: usize, f: usize| match &al.docs[d].facts[f].fact.value {
                FactValue::Date(v) => Some(v.clone()),
                _ => None,
            };
            let mut involved: Vec<(usize, usize)> = Vec::new();
            for i in 0..dates.len() {
                for j in i + 1..dates.len() {
                    let ((da, fa), (db, fb)) = (dates[i], dates[j]);
                    if da == db {
                        continue;
                    }
                    if let (Some(a), Some(b)) = (value(da, fa), value(db, fb)) {
                        if !a.compatible(&b) {
                            involved.push(dates[i]);
                            involved.push(dates[j]);
                        }
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
            for &(d, f) in &involved {
                let Some(v) = value(d, f) else { continue };
                let shown = format_days((v.earliest, v.latest));
                says.push(format!(
                    "{} says {} (\u{201c}{}\u{201d})",
                    al.articles[d].id, shown, v.text
                ));
                accs.push(fact_account(al, d, f, shown));
            }
            let arts: Vec<usize> = involved.iter().map(|x| x.0).collect();
            out.push(disagreement(al, &RULE, e, "the date", &says, &arts, accs));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run;

    #[test]
    fn month_and_day_agree() {
        let f = run(
            &DateMismatch,
            &[
                (
                    "a",
                    "2023-03-31",
                    "The attack on the consulate in Porto in January killed one guard.",
                ),
                (
                    "b",
                    "2023-04-02",
                    "The attack on the consulate in Porto on January 27, 2023 killed one guard.",
                ),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn last_october_agrees_with_october_third() {
        let f = run(
            &DateMismatch,
            &[
                (
                    "a",
                    "2023-03-31",
                    "Minister Anna Berg visited Oslo last October.",
                ),
                (
                    "b",
                    "2022-11-01",
                    "Anna Berg's visit to Oslo on October 3 was brief.",
                ),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn same_figures_on_different_days_disagree() {
        let f = run(
            &DateMismatch,
            &[
                ("a", "2024-04-10", "A magnitude 6.1 earthquake struck Gorkha on Monday, April 8, 2024, killing 12 people."),
                ("b", "2024-04-10", "The magnitude 6.1 earthquake that hit Gorkha on April 9, 2024 killed 12 people."),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].accounts.len(), 2);
    }
}
