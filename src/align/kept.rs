//! What comparison and reporting keep of an article once it has been analysed.
//!
//! Checks and reporters read an article's text only where its claims, facts and event
//! mentions lie: excerpts, quoted words, context words, line and column, and the source
//! lines a human report shows. Keeping just the lines around those (most sentences of a
//! news article carry none) lets `check` drop each article's text after pass 1 instead of
//! holding every text of the corpus until the report is written.

use std::path::PathBuf;

use crate::article::{Article, Metadata};
use crate::span::Span;

/// An article as comparison sees it: identity, metadata and [`KeptText`].
#[derive(Debug, Clone)]
pub struct KeptArticle {
    pub id: String,
    pub path: PathBuf,
    pub meta: Metadata,
    pub text: KeptText,
}

impl KeptArticle {
    /// Keeps the whole lines of `article` that `spans` touch.
    pub fn new(article: &Article, spans: impl IntoIterator<Item = Span>) -> Self {
        KeptArticle {
            id: article.id.clone(),
            path: article.path.clone(),
            meta: article.meta.clone(),
            text: KeptText::new(&article.text, spans),
        }
    }
}

/// Runs of whole lines of a text, at their byte offsets: spans stay byte ranges into the
/// original text, and each run knows its first line's number, so line and column come out
/// as from the whole text.
#[derive(Debug, Clone, Default)]
pub struct KeptText {
    /// In text order; neither overlapping nor adjacent (adjacent runs are merged).
    runs: Vec<Run>,
}

/// Whole lines of the text, each with its line break (the last line of the text may have
/// none).
#[derive(Debug, Clone)]
pub struct Run {
    /// Byte offset of the first line in the original text.
    pub start: usize,
    /// 1-based number of the first line.
    pub line: usize,
    pub text: Box<str>,
}

impl KeptText {
    /// Keeps every line of `text` that one of `spans` touches (spans past the end are
    /// clamped to it).
    pub fn new(text: &str, spans: impl IntoIterator<Item = Span>) -> Self {
        let mut spans: Vec<Span> = spans
            .into_iter()
            .map(|s| Span::new(s.start.min(s.end), s.end.max(s.start)))
            .map(|s| Span::new(s.start.min(text.len()), s.end.min(text.len())))
            .collect();
        spans.sort_unstable();
        let bytes = text.as_bytes();
        let mut lines: Vec<Span> = Vec::new();
        for s in spans {
            let from = memchr::memrchr(b'\n', &bytes[..s.start]).map_or(0, |i| i + 1);
            // A span ending right after a line break ends on that line.
            let last = s.end.max(s.start + 1).min(text.len()).max(from);
            let to = memchr::memchr(b'\n', &bytes[last.saturating_sub(1)..])
                .map_or(text.len(), |i| last.saturating_sub(1) + i + 1);
            match lines.last_mut() {
                Some(l) if from <= l.end => l.end = l.end.max(to),
                _ => lines.push(Span::new(from, to)),
            }
        }
        let (mut line, mut counted) = (1, 0);
        let runs = lines
            .into_iter()
            .map(|l| {
                line += memchr::memchr_iter(b'\n', &bytes[counted..l.start]).count();
                counted = l.start;
                Run {
                    start: l.start,
                    line,
                    text: l.of(text).into(),
                }
            })
            .collect();
        KeptText { runs }
    }

    /// The kept runs, in text order.
    pub fn runs(&self) -> &[Run] {
        &self.runs
    }

    /// The run holding byte `offset`, if it was kept.
    pub fn run_at(&self, offset: usize) -> Option<&Run> {
        let k = self.runs.partition_point(|r| r.start <= offset);
        let run = self.runs.get(k.checked_sub(1)?)?;
        (offset <= run.start + run.text.len()).then_some(run)
    }

    /// The words `span` covers. Only spans inside kept lines are read (those of the claims,
    /// facts and mentions the text was kept for); any other is a bug, and reads as empty.
    pub fn of(&self, span: Span) -> &str {
        let found = self.run_at(span.start).and_then(|r| {
            r.text
                .get(span.start - r.start..span.end.checked_sub(r.start)?)
        });
        debug_assert!(found.is_some(), "{span:?} lies outside the kept lines");
        found.unwrap_or("")
    }

    /// The kept bytes, for measuring.
    pub fn len(&self) -> usize {
        self.runs.iter().map(|r| r.text.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (start, first line, text) of each kept run.
    fn runs(kept: &KeptText) -> Vec<(usize, usize, &str)> {
        kept.runs()
            .iter()
            .map(|r| (r.start, r.line, &*r.text))
            .collect()
    }

    #[test]
    fn keeps_whole_lines_with_their_numbers() {
        let text = "one\ntwo three\nfour\n\nfive six\nseven";
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        let kept = KeptText::new(text, [at("three"), at("six"), at("four")]);
        assert_eq!(
            runs(&kept),
            [(4, 2, "two three\nfour\n"), (20, 5, "five six\n")]
        );
        assert_eq!(kept.of(at("three")), "three");
        assert_eq!(kept.of(Span::new(4, 18)), "two three\nfour");
        assert_eq!(kept.of(at("six")), "six");
        assert_eq!(kept.len(), 24);
    }

    #[test]
    fn a_span_ending_at_a_line_break_keeps_only_its_line() {
        let text = "ab\ncd\nef";
        let kept = KeptText::new(text, [Span::new(0, 3), Span::new(8, 8)]);
        assert_eq!(runs(&kept), [(0, 1, "ab\n"), (6, 3, "ef")]);
        assert_eq!(kept.of(Span::new(6, 8)), "ef");
        assert!(kept.run_at(4).is_none());
    }
}
