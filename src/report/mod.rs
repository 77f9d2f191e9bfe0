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

use rustc_hash::FxHashMap as HashMap;

use crate::article::Article;
use crate::check::Account;
use crate::text::LineIndex;

/// Line and column lookup for every article of a run, built once per article and found by
/// id through a hash map, so reporting stays linear in the number of findings.
pub struct Locator<'a> {
    articles: HashMap<&'a str, (&'a Article, LineIndex)>,
}

impl<'a> Locator<'a> {
    pub fn new(articles: &'a [Article]) -> Self {
        Locator {
            articles: articles
                .iter()
                .map(|a| (a.id.as_str(), (a, LineIndex::new(&a.text))))
                .collect(),
        }
    }

    /// 1-based line and column of a byte offset in the article with this id.
    pub fn line_col(&self, article: &str, offset: usize) -> (usize, usize) {
        self.articles
            .get(article)
            .map_or((0, 0), |(a, idx)| idx.line_col(&a.text, offset))
    }

    /// The article with this id and its line index, for a caller that locates many
    /// offsets in one article (one lookup rather than one an offset).
    pub fn lines(&self, id: &str) -> Option<(&'a Article, &LineIndex)> {
        self.articles.get(id).map(|(a, idx)| (*a, idx))
    }

    pub fn article(&self, id: &str) -> Option<&'a Article> {
        self.articles.get(id).map(|(a, _)| *a)
    }

    /// The path of the article with this id as the user named it, or the id when the
    /// article is unknown.
    pub fn path(&self, id: &str) -> String {
        self.article(id)
            .map_or_else(|| id.to_string(), |a| a.path.display().to_string())
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
