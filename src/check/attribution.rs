//! `attribution-conflict`: the same words credited to different speakers.
//!
//! ## What it does
//! Finds long quotations (six words or more) that are nearly identical across articles but
//! whose named speakers are different people or bodies (after alias and transliteration
//! matching, so "Hossein Amir-Abdollahian" and "Hüseyin Abdullahian" are one speaker).
//!
//! ## Why
//! Crediting a statement to the wrong person is among the most consequential attribution
//! errors: the words may be accurate while the story about who holds that view is not.
//!
//! ## Example
//! "We will rebuild every home" credited to the mayor in one article and to the governor
//! in another: warning.

use super::support::{add_publication_note, span_account};
use super::{Check, Finding, Rule, Severity};
use crate::align::Alignment;

pub struct AttributionConflict;

static RULE: Rule = Rule {
    id: "attribution-conflict",
    kind: "attribution",
    severity: Severity::Warning,
    summary: "the same words credited to different speakers",
};

impl Check for AttributionConflict {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for group in al.quotes.iter().filter(|g| !g.same_speaker) {
            let mut accounts = Vec::new();
            let mut names = Vec::new();
            for u in &group.units {
                let claim = &al.docs[u.article].claims[u.claim];
                let who = claim.source.as_ref().map(|s| s.canonical.clone());
                names.push(format!(
                    "{} credits {}",
                    al.articles[u.article].id,
                    who.clone().unwrap_or_default()
                ));
                accounts.push(span_account(
                    al,
                    u.article,
                    u.inner,
                    claim.sentence,
                    who.clone().unwrap_or_default(),
                    who,
                ));
            }
            let arts: Vec<usize> = group.units.iter().map(|u| u.article).collect();
            let mut message = format!(
                "the same words are credited to different speakers: {}",
                names.join("; ")
            );
            add_publication_note(al, &mut message, &arts);
            out.push(Finding::new(&RULE, message, None, accounts));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::run;

    #[test]
    fn different_speakers_for_one_quote() {
        let f = run(
            &AttributionConflict,
            &[
                (
                    "a",
                    "2024-01-02",
                    "\"We will rebuild every single home in this valley,\" said Mayor Tom Reed.",
                ),
                (
                    "b",
                    "2024-01-03",
                    "\"We will rebuild every single home in this valley,\" said Governor Ada Lowe.",
                ),
            ],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].accounts[0].value, "Tom Reed");
    }

    #[test]
    fn transliterated_speaker_is_the_same() {
        let f = run(
            &AttributionConflict,
            &[
                ("a", "2024-01-02", "\"Our region will not accept the presence of foreign forces,\" said Hossein Amir-Abdollahian."),
                ("b", "2024-01-03", "\"Our region will not accept the presence of foreign forces,\" said Hüseyin Abdullahian."),
            ],
        );
        assert!(f.is_empty(), "{f:#?}");
    }
}
