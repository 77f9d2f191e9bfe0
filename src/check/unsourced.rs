//! `unsourced-claim`: a hedged statement with no source ("is widely reported", "reportedly").
//!
//! ## What it does
//! Lists statements the extractor found hedged but not attributed to anyone. One article at
//! a time; severity `info`.
//!
//! ## Why
//! "It is widely reported that …" asks the reader to trust a claim without saying who
//! makes it; when articles disagree, such claims are the first to check.
//!
//! ## Example
//! "Israel is widely reported to have a security presence in Azerbaijan": info.

use super::support::span_account;
use super::{Check, Finding, Rule, Severity};
use crate::align::Alignment;

pub struct UnsourcedClaim;

static RULE: Rule = Rule {
    id: "unsourced-claim",
    kind: "sourcing",
    severity: Severity::Info,
    summary: "a hedged statement attributed to no one",
};

impl Check for UnsourcedClaim {
    fn rule(&self) -> &'static Rule {
        &RULE
    }

    fn run(&self, al: &Alignment) -> Vec<Finding> {
        let mut out = Vec::new();
        for (d, doc) in al.docs.iter().enumerate() {
            for c in doc.claims.iter().filter(|c| c.source.is_none()) {
                let span = c.hedge.unwrap_or(c.cue);
                let hedge = al.articles[d].text.of(span);
                let message = format!("unattributed claim, hedged with \u{201c}{hedge}\u{201d}");
                out.push(Finding::new(
                    &RULE,
                    message,
                    None,
                    vec![span_account(
                        al,
                        d,
                        span,
                        c.sentence,
                        "unattributed".to_string(),
                        None,
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
    fn hedged_claim_without_source() {
        let f = run(
            &UnsourcedClaim,
            &[(
                "a",
                "2024-01-01",
                "The mayor is widely reported to have resigned.",
            )],
        );
        assert_eq!(f.len(), 1, "{f:#?}");
        assert_eq!(f[0].severity, Severity::Info);
    }

    #[test]
    fn attributed_claim_is_fine() {
        let f = run(
            &UnsourcedClaim,
            &[("a", "2024-01-01", "The mayor resigned, the council said.")],
        );
        assert!(f.is_empty(), "{f:#?}");
    }
}
