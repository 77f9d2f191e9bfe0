//! `anonymous-source`: a claim credited to an unnamed or vague source.
//!
//! ## What it does
//! Lists claims whose source is anonymous ("a senior official", "sources") or vague
//! ("Israeli media", "critics"). One article at a time; severity `info`.
//!
//! ## Why
//! Unnamed sources are sometimes necessary, but readers cannot weigh them; when articles
//! disagree, a named source usually outweighs an unnamed one.
//!
//! ## Example
//! "A senior official said the talks had collapsed": info.

use super::support::span_account;
use super::{Check, Finding, Rule, Severity};
use crate::align::Alignment;
use crate::extract::SourceKind;

pub struct AnonymousSource;

static RULE: Rule = Rule {
    id: "anonymous-source",
    kind: "sourcing",
    severity: Severity::Info,
    summary: "a claim credited to an unnamed or vague source",
};

impl Check for AnonymousSource {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for (d, doc) in al.docs.iter().enumerate() {
            let mut seen = Vec::new();
            for c in &doc.claims {
                let Some(s) = &c.source else { continue };
                // One finding per source mention, however many claims it makes.
                if seen.contains(&s.span) {
                    continue;
                }
                seen.push(s.span);
                let (how, value) = match s.kind {
                    SourceKind::Anonymous => ("an unnamed source", "anonymous"),
                    SourceKind::Vague => ("a vague source", "vague"),
                    _ => continue,
                };
                let words = al.articles[d].text.of(s.span);
                let message = format!("claim credited to {how}: \u{201c}{words}\u{201d}");
                out.push(Finding::new(
                    &RULE,
                    message,
                    None,
                    vec![span_account(
                        al,
                        d,
                        s.span,
                        c.sentence,
                        value.to_string(),
                        Some(s.canonical.clone()),
                    )],
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
    fn unnamed_official() {
        let f = run(
            &AnonymousSource,
            &[(
                "a",
                "2024-01-01",
                "A senior official said the talks had collapsed.",
            )],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].accounts[0].value, "anonymous");
    }

    #[test]
    fn named_source_is_fine() {
        let f = run(
            &AnonymousSource,
            &[(
                "a",
                "2024-01-01",
                "Foreign Minister Ana Diaz said the talks had collapsed.",
            )],
        );
        assert!(f.is_empty(), "{f:#?}");
    }
}
