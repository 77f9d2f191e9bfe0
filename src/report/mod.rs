//! Reporters: one output format per file. They write to any `io::Write` and never decide
//! where output goes; the binary does.

pub mod claims_json;
pub mod claims_table;
pub mod findings_concise;
pub mod findings_events;
pub mod findings_github;
pub mod findings_human;
pub mod findings_json;
pub mod findings_sarif;
pub mod findings_table;

use std::ops::Range;
use std::path::Path;

use rustc_hash::FxHashMap as HashMap;

use crate::align::KeptArticle;
use crate::article::Article;
use crate::check::Account;
use crate::text::LineIndex;

/// Line and column lookup for every article of a run, built once per article and found by
/// id through a hash map, so reporting stays linear in the number of findings. It works from
/// whole articles ([`Locator::new`]) or from the lines `check` kept of them
/// ([`Locator::kept`]): either way offsets are into the file as read.
pub struct Locator<'a> {
    articles: HashMap<&'a str, Located<'a>>,
}

/// One article as reporters see it.
struct Located<'a> {
    path: &'a Path,
    /// The whole article, when the locator was made from whole articles.
    article: Option<&'a Article>,
    /// Its text in runs of whole lines, in text order (one run for a whole article).
    runs: Vec<Lines<'a>>,
}

/// Whole lines of an article with their line index.
struct Lines<'a> {
    /// Byte offset of the first line in the article.
    start: usize,
    /// 1-based number of the first line.
    line: usize,
    text: &'a str,
    index: LineIndex,
}

impl<'a> Lines<'a> {
    fn new(start: usize, line: usize, text: &'a str) -> Self {
        Lines {
            start,
            line,
            text,
            index: LineIndex::new(text),
        }
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        let (line, col) = self
            .index
            .line_col(self.text, offset.saturating_sub(self.start));
        (self.line + line - 1, col)
    }
}

impl<'a> Located<'a> {
    /// The run of lines an offset falls in (the nearest before it).
    fn run(&self, offset: usize) -> Option<&Lines<'a>> {
        let k = self.runs.partition_point(|r| r.start <= offset);
        self.runs.get(k.saturating_sub(1))
    }
}

impl<'a> Locator<'a> {
    pub fn new(articles: &'a [Article]) -> Self {
        Locator {
            articles: articles
                .iter()
                .map(|a| {
                    let located = Located {
                        path: &a.path,
                        article: Some(a),
                        runs: vec![Lines::new(0, 1, &a.text)],
                    };
                    (a.id.as_str(), located)
                })
                .collect(),
        }
    }

    /// A locator over what comparison kept of each article: the lines its findings can
    /// point into.
    pub fn kept(articles: &'a [KeptArticle]) -> Self {
        Locator {
            articles: articles
                .iter()
                .map(|a| {
                    let runs = a.text.runs().iter();
                    let located = Located {
                        path: &a.path,
                        article: None,
                        runs: runs.map(|r| Lines::new(r.start, r.line, &r.text)).collect(),
                    };
                    (a.id.as_str(), located)
                })
                .collect(),
        }
    }

    /// 1-based line and column of a byte offset in the article with this id.
    pub fn line_col(&self, article: &str, offset: usize) -> (usize, usize) {
        self.articles
            .get(article)
            .and_then(|a| a.run(offset))
            .map_or((0, 0), |r| r.line_col(offset))
    }

    /// The whole lines holding bytes `start..end` of an article (without the last line's
    /// break), the number of the first, and where the bytes lie in them; `None` for an
    /// unknown article or offsets that are not in its text.
    pub fn source_lines(
        &self,
        article: &str,
        start: usize,
        end: usize,
    ) -> Option<(&'a str, usize, Range<usize>)> {
        let run = self.articles.get(article)?.run(start)?;
        let text = run.text;
        let (start, end) = (start.checked_sub(run.start)?, end.checked_sub(run.start)?);
        if end > text.len() || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return None;
        }
        let from = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let to = text[end..].find('\n').map_or(text.len(), |i| end + i);
        let source = text[from..to].trim_end_matches('\r');
        let (line, _) = run.line_col(run.start + start);
        let span_end = (end - from).min(source.len());
        Some((source, line, start - from..span_end))
    }

    /// The article with this id and its line index, for a caller that locates many
    /// offsets in one article (one lookup rather than one an offset); only for a locator
    /// made from whole articles.
    pub fn lines(&self, id: &str) -> Option<(&'a Article, &LineIndex)> {
        let a = self.articles.get(id)?;
        Some((a.article?, &a.runs.first()?.index))
    }

    /// The whole article with this id, when the locator was made from whole articles.
    pub fn article(&self, id: &str) -> Option<&'a Article> {
        self.articles.get(id).and_then(|a| a.article)
    }

    /// The file of the article with this id, as the user named it or found while walking.
    pub fn file(&self, id: &str) -> Option<&'a Path> {
        self.articles.get(id).map(|a| a.path)
    }

    /// The path of the article with this id as the user named it, or the id when the
    /// article is unknown.
    pub fn path(&self, id: &str) -> String {
        self.file(id)
            .map_or_else(|| id.to_string(), |p| p.display().to_string())
    }
}

/// An account's value and the words carrying it ("1 injured (“another's injury”)"), or the
/// value alone when the words are the value (quotations), with its source if known.
/// An empty table in the style every table reporter uses, `width` columns wide (the
/// terminal's, if known) with its header set later.
pub(crate) fn new_table(width: Option<u16>) -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table
        .load_preset(comfy_table::presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
        .set_width(width.unwrap_or(160));
    table
}

pub fn account_note(a: &Account) -> String {
    let mut note = if a.value == a.mention {
        a.value.clone()
    } else {
        format!("{} (\u{201c}{}\u{201d})", a.value, a.mention)
    };
    if let Some(s) = &a.source {
        note.push_str(&format!(", according to {s}"));
    }
    note
}
