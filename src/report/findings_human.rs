//! Findings for people, compiler style (rendered with `annotate-snippets`):
//!
//! ```text
//! warning[count-mismatch]: accounts disagree on the number injured: …
//!   --> fixtures/seeds/002.txt:13:82
//!    |
//! 13 | An armed assailant stormed the building, … injuring several others.
//!    |                                            ^^^^^^^^^^^^^^^^^^^^^^^^ >= 2 injured
//!    = note: event: attack — Azerbaijan, Tehran — 2023-01-27
//! ```
//!
//! then a summary line counting findings by severity. Colour is the caller's decision.

use std::io::{self, Write};

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Locator;
use crate::check::{Account, Finding, Severity};

/// Writes every finding and a summary, with ANSI styling when `colour` is set.
pub fn write_human(
    out: &mut dyn Write,
    findings: &[Finding],
    loc: &Locator,
    colour: bool,
) -> io::Result<()> {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for f in findings {
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Info => Level::INFO,
        };
        let mut group = Group::with_title(level.primary_title(f.message.as_str()).id(f.rule));
        for a in &f.accounts {
            group = group.element(snippet(a, loc));
        }
        if let Some(ev) = &f.event {
            group = group.element(Level::NOTE.message(format!("event: {ev}")));
        }
        writeln!(out, "{}", renderer.render(&[group]))?;
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

/// The label under an account's words: its value, and who gave it when known.
fn label(a: &Account) -> String {
    match &a.source {
        Some(s) => format!("{}, according to {s}", a.value),
        None => a.value.clone(),
    }
}

/// The source line(s) holding an account's words, with the words underlined.
fn snippet<'a>(a: &Account, loc: &Locator<'a>) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
    let path = loc.path(&a.article);
    let label = label(a);
    let (start, end) = (a.start.min(a.end), a.end.max(a.start));
    let located = loc.source_lines(&a.article, start, end);
    let (source, line, span) = match located {
        Some((source, line, span)) => (source.to_string(), line, span),
        None => {
            // Unknown article or stale offsets: show the sentence and find the words in it.
            let span = a
                .excerpt
                .find(&a.mention)
                .map_or(0..a.excerpt.len(), |i| i..i + a.mention.len());
            (a.excerpt.clone(), 1, span)
        }
    };
    Snippet::source(source)
        .line_start(line.max(1))
        .path(path)
        .annotation(AnnotationKind::Primary.span(span).label(label))
}
