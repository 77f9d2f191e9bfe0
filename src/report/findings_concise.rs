//! Findings one per line, for editors and `grep`:
//!
//! ```text
//! fixtures/events/injured-count/daily-ledger.txt:3:41: warning[count-mismatch]: accounts disagree …
//! ```
//!
//! The location is the first account's mention; a finding without accounts has none and
//! starts with its severity. Line breaks inside a message are replaced by spaces.

use std::io::{self, Write};

use super::Locator;
use crate::check::Finding;

/// Writes one line per finding.
pub fn write_concise(out: &mut dyn Write, findings: &[Finding], loc: &Locator) -> io::Result<()> {
    for f in findings {
        if let Some(a) = f.accounts.first() {
            let (line, col) = loc.line_col(&a.article, a.start);
            write!(out, "{}:{line}:{col}: ", loc.path(&a.article))?;
        }
        let message: String = f.message.split_whitespace().collect::<Vec<_>>().join(" ");
        writeln!(out, "{}[{}]: {message}", f.severity, f.rule)?;
    }
    Ok(())
}
