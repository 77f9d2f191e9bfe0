//! `status-conflict`: one article calls a happening a first, another a repeat.
//!
//! ## What it does
//! Event types in `rules/events.toml` may list words saying the happening is a first
//! (`first` = "first ever", "for the first time") or a repeat (`repeat` = "reopening",
//! "re-elected"). When, for one event, an article uses a first-word near its trigger and
//! another a repeat-word, the accounts disagree on the history of the event.
//!
//! ## Why
//! "The first ever embassy" and "the reopening of the embassy" cannot both be right, and
//! the difference matters to the story's meaning.
//!
//! ## Example
//! "Chile opened its first ever embassy in Oslo" against "the reopening of Chile's embassy
//! in Oslo": warning.

use super::support::{disagreement, span_account};
use super::{Check, Finding, Rule, Severity};
use crate::align::events::Status;
use crate::align::Alignment;

pub struct StatusConflict;

static RULE: Rule = Rule {
    id: "status-conflict",
    kind: "status",
    severity: Severity::Warning,
    summary: "one account calls an event a first, another a repeat",
};

impl Check for StatusConflict {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for (e, ev) in al.events.iter().enumerate() {
            let mut marks = Vec::new();
            for &(d, m) in &ev.members {
                for &(st, span, s) in &al.docs[d].mentions[m].status {
                    marks.push((d, st, span, s));
                }
            }
            let firsts: Vec<usize> = marks
                .iter()
                .filter(|x| x.1 == Status::First)
                .map(|x| x.0)
                .collect();
            let repeats: Vec<usize> = marks
                .iter()
                .filter(|x| x.1 == Status::Repeat)
                .map(|x| x.0)
                .collect();
            let disagree = firsts.iter().any(|a| repeats.iter().any(|b| a != b));
            if !disagree {
                continue;
            }
            let mut accounts = Vec::new();
            let mut seen = Vec::new();
            for &(d, st, span, s) in &marks {
                if seen.contains(&(d, st)) {
                    continue;
                }
                seen.push((d, st));
                let value = match st {
                    Status::First => "first",
                    Status::Repeat => "repeat",
                };
                let sentence = al.docs[d].sentences[s].span;
                accounts.push(span_account(al, d, span, sentence, value.to_string(), None));
            }
            let says: Vec<String> = accounts
                .iter()
                .map(|a| {
                    format!(
                        "{} calls it a {} (\u{201c}{}\u{201d})",
                        a.article, a.value, a.mention
                    )
                })
                .collect();
            let arts: Vec<usize> = accounts.iter().map(|a| a.article_index).collect();
            let what = "whether this happened before";
            out.push(disagreement(al, &RULE, e, what, &says, &arts, accounts));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run;

    #[test]
    fn first_ever_against_reopening() {
        let f = run(
            &StatusConflict,
            &[
                (
                    "a",
                    "2024-03-08",
                    "On Wednesday, Chile established its first ever embassy in Oslo, in Norway.",
                ),
                (
                    "b",
                    "2024-03-20",
                    "Norway welcomed Chile reopening the embassy in Oslo this month.",
                ),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        let values: Vec<&str> = f[0].accounts.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(values, ["first", "repeat"]);
    }

    #[test]
    fn agreeing_firsts_are_fine() {
        let f = run(
            &StatusConflict,
            &[
                (
                    "a",
                    "2024-03-08",
                    "On Wednesday, Chile established its first ever embassy in Oslo, in Norway.",
                ),
                (
                    "b",
                    "2024-03-09",
                    "Chile opened its embassy in Oslo for the first time this week, Norway said.",
                ),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }
}
