//! A sentence as the extractor sees it: tokens with lowercase forms and quotation membership.

use crate::span::Span;
use crate::text::{tokenize, Quote, Token, TokenKind};

/// Tokens of one sentence with what the patterns ask of them.
pub struct SentenceView<'a> {
    pub text: &'a str,
    pub span: Span,
    pub tokens: Vec<Token>,
    pub lower: Vec<String>,
    /// For each token, the index of the quotation (in `quotes`) it lies inside.
    pub in_quote: Vec<Option<usize>>,
    pub quotes: Vec<Quote>,
}

const OPENING_MARKS: &[&str] = &["“", "\"", "‘", "'", "«", "„"];
const CLOSING_MARKS: &[&str] = &["”", "\"", "’", "'", "»"];

impl<'a> SentenceView<'a> {
    pub fn new(text: &'a str, span: Span, para_quotes: &[Quote]) -> Self {
        let tokens = tokenize(text, span);
        let lower = tokens
            .iter()
            .map(|t| fold_lower(t.text(text)))
            .collect::<Vec<_>>();
        let quotes: Vec<Quote> = para_quotes
            .iter()
            .filter(|q| q.span.overlaps(span))
            .copied()
            .collect();
        let in_quote = tokens
            .iter()
            .map(|t| {
                quotes
                    .iter()
                    .position(|q| q.inner.start <= t.span.start && t.span.end <= q.inner.end)
            })
            .collect();
        SentenceView {
            text,
            span,
            tokens,
            lower,
            in_quote,
            quotes,
        }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
    }

    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.text(self.text) == c)
    }

    pub fn is_capitalized(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind != TokenKind::Punct
                && t.text(self.text).chars().next().is_some_and(char::is_uppercase)
        })
    }

    /// A quotation mark opening a quotation at token `i`.
    pub fn is_open_mark(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            OPENING_MARKS.contains(&t.text(self.text))
                && self.quotes.iter().any(|q| q.span.start == t.span.start)
        })
    }

    /// A quotation mark closing a quotation at token `i`.
    pub fn is_close_mark(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            CLOSING_MARKS.contains(&t.text(self.text))
                && self.quotes.iter().any(|q| q.closed && q.span.end == t.span.end)
        })
    }

    pub fn is_mark(&self, i: usize) -> bool {
        self.is_open_mark(i) || self.is_close_mark(i)
    }

    /// Byte span covering tokens `a..b` (exclusive).
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        if a >= b || a >= self.tokens.len() {
            let at = self.tokens.get(a).map_or(self.span.end, |t| t.span.start);
            return Span::new(at, at);
        }
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    /// Index of the first token at or after byte `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }

    pub fn matches_at(&self, i: usize, words: &[String]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| self.lower.get(i + k) == Some(w))
    }
}

/// Lowercase with typographic apostrophes folded, so `Iran’s` and `Iran's` look the same.
pub fn fold_lower(s: &str) -> String {
    s.chars()
        .map(crate::text::fold_char)
        .flat_map(char::to_lowercase)
        .collect()
}
