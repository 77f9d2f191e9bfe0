//! A sentence as the extractor sees it: tokens with lowercase forms and quotation membership.

use crate::span::Span;
use crate::text::{
    find_non_ascii, is_ascii, is_initial, push_fold_lower, tokenize_noting_attached_marks,
    Abbreviations, Quote, Token, TokenKind,
};

/// Tokens of one sentence with what the patterns ask of them.
pub struct SentenceView<'a> {
    pub text: &'a str,
    pub span: Span,
    pub tokens: Vec<Token>,
    /// Lowercase folded forms of the tokens: an all-ASCII sentence (the common case)
    /// lowercased whole, so each form lies at its token's own offsets; any other sentence
    /// folded token by token, one form after another (one buffer per sentence rather than a
    /// `String` per token).
    lower: String,
    /// Where each token's lowercase form lies in `lower`.
    words: Vec<(u32, u32)>,
    /// For each token, the quotation it lies inside: the same number for tokens of the same
    /// quotation (an index into the sentence's quotations).
    pub in_quote: Vec<Option<usize>>,
    /// For each token, [`OPEN`] and [`CLOSE`]: whether it opens or closes a quotation,
    /// found once per sentence (the patterns ask this of every token, many times).
    marks: Vec<u8>,
    /// The quotations overlapping the sentence (kept only to reuse the vector).
    quotes: Vec<Quote>,
}

/// The vectors of a [`SentenceView`], kept from one article to the next.
#[derive(Debug, Default)]
pub struct ViewBuffers {
    tokens: Vec<Token>,
    lower: String,
    words: Vec<(u32, u32)>,
    in_quote: Vec<Option<usize>>,
    quotes: Vec<Quote>,
    marks: Vec<u8>,
}

/// A bit of [`SentenceView::marks`]: the token is a mark opening a quotation.
const OPEN: u8 = 1;
/// A bit of [`SentenceView::marks`]: the token is a mark closing a quotation.
const CLOSE: u8 = 2;

const OPENING_MARKS: &[&str] = &["“", "\"", "‘", "'", "''", "«", "„"];
// "“" closes where the quotation finder saw it typed for "”" ("… here,“ said Ruiz").
const CLOSING_MARKS: &[&str] = &["”", "“", "\"", "’", "'", "''", "»"];

impl<'a> SentenceView<'a> {
    /// A view with vectors of its own (tests; the extractor reuses them).
    #[cfg(test)]
    pub fn new(text: &'a str, span: Span, para_quotes: &[Quote], abbr: &Abbreviations) -> Self {
        let mut view = Self::over(text, ViewBuffers::default());
        view.read(span, para_quotes, abbr);
        view
    }

    /// A view of no sentence of `text` yet, in the vectors of an earlier article's view
    /// ([`SentenceView::into_buffers`]); [`SentenceView::read`] makes it a sentence's.
    pub fn over(text: &'a str, buffers: ViewBuffers) -> Self {
        let ViewBuffers {
            tokens,
            lower,
            words,
            in_quote,
            quotes,
            marks,
        } = buffers;
        SentenceView {
            text,
            span: Span::new(0, 0),
            tokens,
            lower,
            words,
            in_quote,
            marks,
            quotes,
        }
    }

    /// Makes this the view of the sentence at `span` of the same text, refilling its own
    /// vectors: one view serves every sentence of an article, so no sentence allocates,
    /// and none moves the vectors in and out of a new view.
    pub fn read(&mut self, span: Span, para_quotes: &[Quote], abbr: &Abbreviations) {
        let text = self.text;
        self.span = span;
        let Self {
            tokens,
            lower,
            words,
            in_quote,
            quotes,
            marks,
            ..
        } = self;
        let first_attached = tokenize_noting_attached_marks(text, span, tokens);
        attach_abbreviation_dots(text, tokens, first_attached, abbr);
        let slice = span.of(text);
        lower.clear();
        words.clear();
        // The sentence lowercased in ASCII (its other bytes as they are): the form of a token
        // in ASCII, nearly every one, lies at the token's own offsets in this copy.
        lower.push_str(slice);
        lower.make_ascii_lowercase();
        // Offsets are relative to the sentence, checked to fit once for all its tokens: the
        // casts below cannot truncate, and the loop has no branch to stop it vectorising.
        assert!(u32::try_from(span.len()).is_ok(), "sentence under 4 GiB");
        let at = |o: usize| (o - span.start) as u32;
        if is_ascii(slice.as_bytes()) {
            words.extend(tokens.iter().map(|t| (at(t.span.start), at(t.span.end))));
        } else {
            // The folded lowercase form of any other token is appended after the copy. A
            // token is in ASCII when it ends by the next byte outside ASCII, which is looked
            // for again only once a token starts past it (the sentence is read once, eight
            // bytes at a time, not token by token).
            let end = |lower: &String| u32::try_from(lower.len()).expect("sentence under 4 GiB");
            let bytes = slice.as_bytes();
            let mut high = find_non_ascii(bytes, 0);
            for t in tokens.iter() {
                let start = t.span.start - span.start;
                if high < start {
                    high = find_non_ascii(bytes, start);
                }
                if t.span.end - span.start <= high {
                    words.push((at(t.span.start), at(t.span.end)));
                } else {
                    let start = end(lower);
                    push_fold_lower(lower, t.text(text));
                    words.push((start, end(lower)));
                }
            }
        }
        // The paragraph's quotes are sorted and disjoint: the overlapping ones are a range,
        // found by binary search (a huge paragraph has many sentences and many quotes).
        let first = para_quotes.partition_point(|q| q.span.end <= span.start);
        let last = first + para_quotes[first..].partition_point(|q| q.span.start < span.end);
        quotes.clear();
        quotes.extend(
            para_quotes[first..last]
                .iter()
                .filter(|q| q.span.overlaps(span))
                .copied(),
        );
        // Quotes are sorted and disjoint: the candidate is the last one starting at or
        // before the token. Tokens are in order too, so the candidate only moves forward:
        // tokens and quotes are walked in step (linear in both, for long quote-heavy
        // sentences too).
        in_quote.clear();
        if quotes.is_empty() {
            in_quote.resize(tokens.len(), None);
        } else {
            // The number of quotes starting at or before the token.
            let mut started = 0;
            in_quote.extend(tokens.iter().map(|t| {
                while quotes
                    .get(started)
                    .is_some_and(|q| q.inner.start <= t.span.start)
                {
                    started += 1;
                }
                started
                    .checked_sub(1)
                    .filter(|&q| t.span.end <= quotes[q].inner.end)
            }));
        }
        quotation_marks(text, tokens, quotes, marks);
    }

    /// The view's vectors, for [`SentenceView::over`].
    pub fn into_buffers(self) -> ViewBuffers {
        ViewBuffers {
            tokens: self.tokens,
            lower: self.lower,
            words: self.words,
            in_quote: self.in_quote,
            quotes: self.quotes,
            marks: self.marks,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lowercase folded form of token `i` ("" past the end).
    #[inline]
    pub fn word(&self, i: usize) -> &str {
        let Some(&(a, b)) = self.words.get(i) else {
            return "";
        };
        let (a, b) = (a as usize, b as usize);
        debug_assert!(a <= b && self.lower.is_char_boundary(a) && self.lower.is_char_boundary(b));
        // SAFETY: `words` and `lower` are private and written together, in `read` only:
        // each pair is where one token's form lies in `lower`, both ends at character
        // boundaries (a token in ASCII, at its own offsets in the sentence's copy, whose
        // boundaries are the sentence's as only ASCII bytes were lowercased; any other, the
        // buffer's length before and after its form is appended).
        // The patterns ask for words more than for anything else, and indexing would check
        // both boundaries again on every call.
        unsafe { self.lower.get_unchecked(a..b) }
    }

    /// The lowercase folded forms of the tokens, in order: [`SentenceView::word`] of each,
    /// read with no index to check.
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        self.words.iter().map(|&(a, b)| {
            let (a, b) = (a as usize, b as usize);
            debug_assert!(self.lower.is_char_boundary(a) && self.lower.is_char_boundary(b));
            // SAFETY: as in `word`, each pair is where one token's form lies in `lower`.
            unsafe { self.lower.get_unchecked(a..b) }
        })
    }

    #[inline]
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind != TokenKind::Punct)
    }

    /// How many of the tokens `start..end` are words (not punctuation): the length tests
    /// of contents and clauses.
    pub fn word_count(&self, start: usize, end: usize) -> usize {
        (start..end).filter(|&k| self.is_word(k)).count()
    }

    #[inline]
    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.tokens
            .get(i)
            // Compared as bytes: the same answer, without checking that the token's ends are
            // character boundaries (they are).
            .is_some_and(|t| {
                t.kind == TokenKind::Punct
                    && self.text.as_bytes()[t.span.start..t.span.end] == *c.as_bytes()
            })
    }

    /// A word or number at token `i` that starts with a capital.
    #[inline]
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.capital)
    }

    /// A quotation mark opening a quotation at token `i`.
    #[inline]
    pub fn is_open_mark(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|m| m & OPEN != 0)
    }

    /// A quotation mark closing a quotation at token `i`.
    #[inline]
    pub fn is_close_mark(&self, i: usize) -> bool {
        self.marks.get(i).is_some_and(|m| m & CLOSE != 0)
    }

    #[inline]
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
        // Length and first byte first: most calls fail at once, without a memcmp call.
        i + words.len() <= self.len()
            && words.iter().enumerate().all(|(k, w)| {
                let word = self.word(i + k);
                word.len() == w.len()
                    && word.as_bytes().first() == w.as_bytes().first()
                    && word == w
            })
    }
}

/// [`OPEN`] for a token that is an opening mark where a quotation starts, [`CLOSE`] for a
/// closing mark where a closed quotation ends.
fn quotation_marks(text: &str, tokens: &[Token], quotes: &[Quote], marks: &mut Vec<u8>) {
    marks.clear();
    marks.resize(tokens.len(), 0);
    for q in quotes {
        let first = tokens.partition_point(|t| t.span.start < q.span.start);
        if let Some(t) = tokens.get(first).filter(|t| t.span.start == q.span.start) {
            if OPENING_MARKS.contains(&t.text(text)) {
                marks[first] |= OPEN;
            }
        }
        if q.closed {
            let last = tokens.partition_point(|t| t.span.end < q.span.end);
            if let Some(t) = tokens.get(last).filter(|t| t.span.end == q.span.end) {
                if CLOSING_MARKS.contains(&t.text(text)) {
                    marks[last] |= CLOSE;
                }
            }
        }
    }
}

/// Keeps "Mr." and initials ("Steven M.") whole, so names are not cut at their dots, and a
/// doubled apostrophe used as a quotation mark (`''Yes,'' he said`) as one mark.
/// `first_attached` is the first token with a one-byte "." or "'" right after it
/// ([`tokenize_noting_attached_marks`]).
fn attach_abbreviation_dots(
    text: &str,
    tokens: &mut Vec<Token>,
    first_attached: Option<usize>,
    abbr: &Abbreviations,
) {
    // Both merges need a one-byte "." or "'" right after a token: nothing before the first
    // such token changes (most sentences have only their final dot).
    let bytes = text.as_bytes();
    let mark_after = |t: &Token, n: &Token| {
        (n.kind == TokenKind::Punct && n.span.len() == 1 && n.span.start == t.span.end)
            .then(|| bytes[n.span.start])
            .filter(|b| matches!(b, b'.' | b'\''))
    };
    let Some(first) = first_attached else {
        return;
    };
    debug_assert_eq!(
        Some(first),
        tokens
            .windows(2)
            .position(|w| mark_after(&w[0], &w[1]).is_some())
    );
    // A sentence's final dot, its only such mark (the commonest case), joins nothing: a dot
    // ends an abbreviation only before more of the sentence, and is no apostrophe.
    if first + 2 == tokens.len() && bytes[tokens[first + 1].span.start] == b'.' {
        return;
    }
    // Rewritten in place: a token is written at `out` only after tokens up to `k` are read,
    // and only once a merge has moved it.
    let mut out = first;
    let last = tokens.len().saturating_sub(1);
    let mut k = first;
    while k < tokens.len() {
        let t = tokens[k];
        let next = tokens.get(k + 1).copied();
        let merged = next.and_then(|n| {
            let mark = mark_after(&t, &n)?;
            let apostrophes = mark == b'\'' && t.kind == TokenKind::Punct && t.text(text) == "'";
            let abbreviation = k + 1 < last && mark == b'.' && t.kind == TokenKind::Word && {
                let w = t.text(text);
                is_initial(w) || abbr.is_abbreviation(w)
            };
            (apostrophes || abbreviation).then(|| Token {
                span: Span::new(t.span.start, n.span.end),
                ..t
            })
        });
        match merged {
            Some(m) => {
                tokens[out] = m;
                k += 2;
            }
            None => {
                if out != k {
                    tokens[out] = t;
                }
                k += 1;
            }
        }
        out += 1;
    }
    tokens.truncate(out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::text::find_quotes;

    fn view(text: &str) -> SentenceView<'_> {
        let span = Span::new(0, text.len());
        let quotes = find_quotes(text, span);
        SentenceView::new(text, span, &quotes, &Abbreviations::default())
    }

    #[test]
    fn words_are_lowercase_folded_forms_of_ascii_and_other_sentences() {
        let v = view("The Minister SAID: \"No.\"");
        let words: Vec<&str> = (0..=v.len()).map(|i| v.word(i)).collect();
        assert_eq!(
            words,
            ["the", "minister", "said", ":", "\"", "no", ".", "\"", ""]
        );
        assert!(v.is_punct(3, ":") && !v.is_punct(3, ";") && !v.is_punct(2, "said"));
        let v = view("Iran’s ÉLITE said no.");
        let words: Vec<&str> = (0..v.len()).map(|i| v.word(i)).collect();
        assert_eq!(words, ["iran's", "élite", "said", "no", "."]);
    }

    #[test]
    fn a_doubled_apostrophe_is_one_quotation_mark() {
        let v = view("''Not now,'' she said.");
        assert_eq!(v.raw(0), "''");
        assert!(v.is_open_mark(0));
        assert_eq!(v.in_quote[1], Some(0));
        let close = (0..v.len()).rev().find(|&k| v.raw(k) == "''").unwrap();
        assert!(v.is_close_mark(close));
    }
}
