//! Findings as GitHub Actions workflow commands, so they show as annotations on the files:
//!
//! ```text
//! ::warning file=fixtures/a.txt,line=3,col=41,endLine=3,endColumn=64,title=count-mismatch::accounts disagree …
//! ```
//!
//! `::error` for errors, `::warning` for warnings, `::notice` for info. One command per
//! finding, at the first account; the other accounts are listed in the message. Data is
//! escaped as GitHub documents (`%` → `%25`, CR → `%0D`, LF → `%0A`), and property values
//! also escape `:` (`%3A`) and `,` (`%2C`).

use std::io::{self, Write};

use super::{account_note, Locator};
use crate::check::{Finding, Severity};

/// Escapes the message part of a workflow command.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value (`file=…`, `title=…`) of a workflow command.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// Writes one workflow command per finding.
pub fn write_github(out: &mut dyn Write, findings: &[Finding], loc: &Locator) -> io::Result<()> {
    for f in findings {
        let mut props = Vec::new();
        let mut message = f.message.clone();
        if let Some(a) = f.accounts.first() {
            let (line, col) = loc.line_col(&a.article, a.start);
            let (end_line, end_col) = loc.line_col(&a.article, a.end);
            props.push(format!("file={}", escape_property(&loc.path(&a.article))));
            props.push(format!("line={line}"));
            props.push(format!("col={col}"));
            props.push(format!("endLine={end_line}"));
            props.push(format!("endColumn={end_col}"));
            message.push('\n');
            message.push_str(&account_note(a));
        }
        for a in f.accounts.iter().skip(1) {
            let (line, col) = loc.line_col(&a.article, a.start);
            message.push_str(&format!(
                "\n{}:{line}:{col}: {}",
                loc.path(&a.article),
                account_note(a)
            ));
        }
        props.push(format!("title={}", escape_property(f.rule)));
        writeln!(
            out,
            "::{} {}::{}",
            command(f.severity),
            props.join(","),
            escape_data(&message)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_github_documents() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }
}
