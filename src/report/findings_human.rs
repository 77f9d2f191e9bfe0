//! Findings for people, compiler style:
//!
//! ```text
//! warning[count-mismatch]: accounts disagree on the number injured: …
//!   = event: attack — Azerbaijan, Tehran — 2023-01-27
//!   --> fixtures/seeds/002.txt:13:82
//!    | An armed assailant stormed the building, … injuring several others.
//!    = >= 2 injured  ("injuring several others")
//! ```
//!
//! then a summary line counting findings by severity.

use std::io::{self, Write};

use super::claims_table::shorten;
use super::Locator;
use crate::check::{Finding, Severity};

/// Writes every finding and a summary.
pub fn write_human(out: &mut dyn Write, findings: &[Finding], loc: &Locator) -> io::Result<()> {
    for f in findings {
        writeln!(out, "{}[{}]: {}", f.severity, f.rule, f.message)?;
        if let Some(ev) = &f.event {
            writeln!(out, "  = event: {ev}")?;
        }
        for a in &f.accounts {
            let (line, col) = loc.line_col(&a.article, a.start);
            let path = loc
                .article(&a.article)
                .map_or_else(|| a.article.clone(), |x| x.path.display().to_string());
            writeln!(out, "  --> {path}:{line}:{col}")?;
            writeln!(out, "   | {}", shorten(&a.excerpt, 160))?;
            let mut value = format!("   = {}  (\u{201c}{}\u{201d})", a.value, a.mention);
            if let Some(s) = &a.source {
                value.push_str(&format!(", according to {s}"));
            }
            writeln!(out, "{value}")?;
        }
        writeln!(out)?;
    }
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    writeln!(
        out,
        "{}, {}, {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Info), "note")
    )
}
