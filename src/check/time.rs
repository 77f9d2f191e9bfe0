//! `time-mismatch`: articles give different clock times for the same moment of an event.
//!
//! ## What it does
//! Compares times of day reported for an event when they are about the same thing (their
//! surrounding words share a content word: "struck at", "police arrived at"). Zones are
//! respected: "07:37 GMT" agrees with "10:37 local time" only when the local offset is
//! unknown, and "10:07 Iran time" agrees with "06:37 GMT" through the offsets in the rules.
//!
//! ## Why
//! Times are often converted between zones by hand, and a slip of an hour is easy to miss.
//!
//! ## Example
//! "the quake struck at 4:17 a.m." against "the quake struck at 5:17 a.m.": warning.

use super::support::{disagreement, event_facts, fact_account, group_by};
use super::{Check, Finding, Rule, Severity};
use crate::align::Alignment;
use crate::facts::{FactValue, TimeValue};

pub struct TimeMismatch;

static RULE: Rule = Rule {
    id: "time-mismatch",
    kind: "time",
    severity: Severity::Warning,
    summary: "times of day for one moment of an event that cannot be the same",
};

fn show(t: &TimeValue) -> String {
    let mut s = format!("{:02}:{:02}", t.minutes_of_day / 60, t.minutes_of_day % 60);
    if let Some(z) = &t.zone {
        s.push(' ');
        s.push_str(z);
    }
    s
}

impl Check for TimeMismatch {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for (e, facts) in event_facts(al).iter().enumerate() {
            let groups = group_by(al, facts, |v| matches!(v, FactValue::Time(_)).then_some(()));
            for (_, accounts) in groups {
                let value = |d: usize, f: usize| match &al.docs[d].facts[f].fact.value {
                    FactValue::Time(t) => Some(t.clone()),
                    _ => None,
                };
                let pairs =
                    super::measure::context_conflicts(al, &accounts, (3, 3), |a, b| {
                        match (value(a.0, a.1), value(b.0, b.1)) {
                            (Some(x), Some(y)) => x.compatible(&y),
                            _ => true,
                        }
                    });
                if pairs.is_empty() {
                    continue;
                }
                let mut accs = Vec::new();
                let mut says = Vec::new();
                for &(d, f) in &pairs {
                    let Some(t) = value(d, f) else { continue };
                    says.push(format!("{} says {}", al.articles[d].id, show(&t)));
                    accs.push(fact_account(al, d, f, show(&t)));
                }
                let arts: Vec<usize> = pairs.iter().map(|p| p.0).collect();
                out.push(disagreement(al, &RULE, e, "the time", &says, &arts, accs));
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
    fn different_times_for_the_same_moment() {
        let f = run(
            &TimeMismatch,
            &[
                (
                    "a",
                    "2024-06-02",
                    "The earthquake struck Chiba at 4:17 a.m. on June 1, 2024.",
                ),
                (
                    "b",
                    "2024-06-02",
                    "The earthquake struck Chiba at 5:17 a.m. on June 1, 2024.",
                ),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
    }

    #[test]
    fn same_moment_in_two_zones_agrees() {
        let f = run(
            &TimeMismatch,
            &[
                (
                    "a",
                    "2024-06-02",
                    "The earthquake struck Chiba at 19:17 GMT on June 1, 2024.",
                ),
                (
                    "b",
                    "2024-06-02",
                    "The earthquake struck Chiba at 19:17 UTC on June 1, 2024.",
                ),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }
}
