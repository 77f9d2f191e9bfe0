//! `quote-drift`: one speaker's words quoted differently by different articles.
//!
//! ## What it does
//! Lines up quotations of the same statement by the same speaker (see
//! [`crate::align::quotes`]) and diffs their words against the fullest quotation from the
//! earliest article. Added, dropped or changed words are a warning, with a word diff in
//! the message (`[-removed-]{+added+}`). Differences of case, quote marks or punctuation
//! only are `info`. A quotation that is a fragment of a longer one is not drift, nor are
//! words left out where the quotation marks an omission ("…").
//!
//! ## Why
//! A quotation promises the speaker's exact words; a changed word can change what they are
//! reported to have said.
//!
//! ## Example
//! "we will never accept" against "we will not accept" from the same minister: warning.
//! "the FIRST Evil Zionist" against "the First Evil Zionist": info.

use super::support::{add_publication_note, span_account};
use super::{Check, Finding, Rule, Severity};
use crate::align::quotes::{diff, Drift};
use crate::align::{Alignment, KeptText, QuoteGroup, QuoteUnit};
use crate::span::Span;
use rayon::prelude::*;

pub struct QuoteDrift;

static RULE: Rule = Rule {
    id: "quote-drift",
    kind: "quote",
    severity: Severity::Warning,
    summary: "the same statement quoted with different words",
};

impl Check for QuoteDrift {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    /// Groups are diffed in parallel (in order): this is the costliest check, and run
    /// alone on one thread it kept `check` from using both cores.
    fn run(&self, al: &Alignment) -> Vec<Finding> {
        al.quotes
            .par_iter()
            .filter(|g| g.same_speaker)
            .flat_map_iter(|group| group_findings(al, group))
            .collect()
    }
}

/// The drift findings of one group of quotations of the same statement.
fn group_findings(al: &Alignment, group: &QuoteGroup) -> Vec<Finding> {
    let mut out = Vec::new();
    let Some(reference) = group.units.first() else {
        return out;
    };
    let rtext = &al.articles[reference.article].text;
    for unit in &group.units[1..] {
        if unit.article == reference.article {
            continue;
        }
        let text = &al.articles[unit.article].text;
        let d = diff(reference, rtext, unit, text);
        let severity = match d.drift {
            Drift::Same => continue,
            Drift::Cosmetic => Severity::Info,
            Drift::Words => Severity::Warning,
        };
        // One account per side: the differing window of its quotation, with its speaker.
        let account = |u: &QuoteUnit, window: Span, text: &KeptText| {
            let claim = &al.docs[u.article].claims[u.claim];
            span_account(
                al,
                u.article,
                window,
                claim.sentence,
                text.of(window).to_string(),
                claim.source.as_ref().map(|s| s.canonical.clone()),
            )
        };
        let accounts = vec![
            account(reference, d.reference_window, rtext),
            account(unit, d.window, text),
        ];
        let who = accounts[0].source.clone().unwrap_or_default();
        let what = if severity == Severity::Info {
            "differs only in case, quote marks or punctuation"
        } else {
            "is quoted with different words"
        };
        let mut message = format!(
            "{who}'s statement {what} in {} and {}: {}",
            al.articles[reference.article].id, al.articles[unit.article].id, d.diff
        );
        if severity == Severity::Warning {
            add_publication_note(al, &mut message, &[reference.article, unit.article]);
        }
        let mut f = Finding::new(&RULE, message, None, accounts);
        f.severity = severity;
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run;

    #[test]
    fn changed_word_is_a_warning_with_a_diff() {
        let f = run(
            &QuoteDrift,
            &[
                ("a", "2024-01-02", "\"We will never accept foreign troops on our soil,\" said Defence Minister Lena Park."),
                ("b", "2024-01-03", "\"We will not accept foreign troops on our soil,\" Lena Park said."),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(
            f[0].message.contains("[-never-]{+not+}"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn capitals_only_are_info() {
        let f = run(
            &QuoteDrift,
            &[
                (
                    "a",
                    "2024-01-02",
                    "\"The FIRST duty of a state is to protect its people,\" tweeted Lena Park.",
                ),
                (
                    "b",
                    "2024-01-03",
                    "Lena Park wrote that \"the First duty of a state is to protect its people.\"",
                ),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Info);
    }

    #[test]
    fn identical_quotes_are_fine() {
        let f = run(
            &QuoteDrift,
            &[
                (
                    "a",
                    "2024-01-02",
                    "\"We will never accept foreign troops on our soil,\" said Lena Park.",
                ),
                (
                    "b",
                    "2024-01-03",
                    "\"We will never accept foreign troops on our soil,\" Park said.",
                ),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }
}
