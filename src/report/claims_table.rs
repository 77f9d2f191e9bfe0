//! Claims as a table for people: article, line, speaker, cue, kind, content shortened.

use std::io::{self, Write};

use super::{new_table, Locator};
use crate::extract::Claim;

/// Writes the table; `width` is the terminal width, if known.
pub fn write_table(
    out: &mut dyn Write,
    claims: &[Claim],
    loc: &Locator,
    width: Option<u16>,
) -> io::Result<()> {
    let mut table = new_table(width);
    table.set_header(vec!["article", "line", "speaker", "cue", "kind", "content"]);
    for c in claims {
        let (line, col) = loc.line_col(&c.article, c.span.start);
        let speaker = match &c.source {
            Some(s) if s.canonical != s.text => format!("{} ({})", s.canonical, s.text),
            Some(s) => s.canonical.clone(),
            None => "(unsourced)".to_string(),
        };
        let mut kind = c.kind.as_str().to_string();
        if !c.via.is_empty() {
            kind.push_str("\nvia ");
            kind.push_str(
                &c.via
                    .iter()
                    .map(|v| v.text.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
            );
        }
        table.add_row(vec![
            c.article.clone(),
            format!("{line}:{col}"),
            speaker,
            c.cue.text.clone(),
            kind,
            shorten(&c.content.text, 120),
        ]);
    }
    writeln!(out, "{table}")?;
    let articles = claims
        .iter()
        .map(|c| c.article.as_str())
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    writeln!(
        out,
        "{} claim{} in {} article{}",
        claims.len(),
        if claims.len() == 1 { "" } else { "s" },
        articles,
        if articles == 1 { "" } else { "s" },
    )
}

/// Shortens to at most `max` characters on a word boundary, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut} …")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortens_on_word_boundaries() {
        assert_eq!(shorten("a b c", 10), "a b c");
        assert_eq!(shorten("alpha beta gamma", 12), "alpha beta …");
    }
}
