//! Findings as a table for people: severity, rule, location (first account), message,
//! then a summary line.

use std::io::{self, Write};

use super::claims_table::shorten;
use super::{new_table, Locator};
use crate::check::Finding;

/// Writes the table; `width` is the terminal width, if known.
pub fn write_table(
    out: &mut dyn Write,
    findings: &[Finding],
    loc: &Locator,
    width: Option<u16>,
) -> io::Result<()> {
    let mut table = new_table(width);
    table.set_header(vec!["severity", "rule", "location", "message"]);
    for f in findings {
        let location = f.accounts.first().map_or_else(String::new, |a| {
            let (line, col) = loc.line_col(&a.article, a.start);
            format!("{}:{line}:{col}", loc.path(&a.article))
        });
        table.add_row(vec![
            f.severity.to_string(),
            f.rule.to_string(),
            location,
            shorten(&f.message, 200),
        ]);
    }
    writeln!(out, "{table}")?;
    writeln!(
        out,
        "{} finding{}",
        findings.len(),
        if findings.len() == 1 { "" } else { "s" }
    )
}
