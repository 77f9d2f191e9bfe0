//! `duration-mismatch`: articles give different lengths of time for the same part of an
//! event.
//!
//! ## What it does
//! Durations are converted to seconds by the fact extractor, so "forty minutes", "40
//! minutes" and "two-thirds of an hour" agree. Two durations are compared only when their
//! surrounding words share a content word ("police arrived after 40 minutes" and "police
//! took 20 minutes"), because one event has many durations: how long the siege lasted, how
//! long the police took, how long ago it was.
//!
//! ## Why
//! Response times and lengths of sieges are often the point of a story, and they drift as
//! a story is retold.
//!
//! ## Example
//! "police arrived 40 minutes later" against "police arrived 20 minutes later": warning.

use super::measure::measure_findings;
use super::support::{event_facts, group_by};
use super::{Check, Finding, Rule, Severity};
use crate::align::Alignment;
use crate::facts::{FactValue, Quantity};

pub struct DurationMismatch;

static RULE: Rule = Rule {
    id: "duration-mismatch",
    kind: "duration",
    severity: Severity::Warning,
    summary: "durations of one part of an event that cannot both be true",
};

impl Check for DurationMismatch {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for (e, facts) in event_facts(al).iter().enumerate() {
            let groups = group_by(al, facts, |v| match v {
                FactValue::Measure {
                    quantity: Quantity::Duration,
                    unit,
                    ..
                } => Some(unit.clone()),
                _ => None,
            });
            for (unit, accounts) in groups {
                out.extend(measure_findings(
                    al,
                    &RULE,
                    e,
                    &Quantity::Duration,
                    &unit,
                    &accounts,
                    false,
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
    fn forty_minutes_in_words_and_digits_agree() {
        let f = run(
            &DurationMismatch,
            &[
                ("a", "2024-02-02", "Gunmen attacked a bank in Cali on February 1, 2024, and police arrived after forty minutes."),
                ("b", "2024-02-02", "The attack on the bank in Cali on February 1, 2024 went on until police arrived 40 minutes later."),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }

    #[test]
    fn different_response_times_disagree() {
        let f = run(
            &DurationMismatch,
            &[
                ("a", "2024-02-02", "Gunmen attacked a bank in Cali on February 1, 2024, and police arrived after forty minutes."),
                ("b", "2024-02-02", "The attack on the bank in Cali on February 1, 2024 went on until police arrived 15 minutes later."),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        let values: Vec<&str> = f[0].accounts.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(values, ["40 min", "15 min"]);
    }
}
