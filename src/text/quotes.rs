//! Quotation spans within a paragraph.
//!
//! Curly quotes say which side they are on; straight quotes are decided from their
//! neighbours. A quote still open at the end of a paragraph runs to the paragraph's end, as
//! news style does for quotations that continue into the next paragraph.

use crate::span::Span;

/// A quotation: `span` includes the marks, `inner` excludes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    pub inner: Span,
    /// False when the paragraph ended before a closing mark.
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Double,
    Single,
    DoubledApostrophe,
}

/// Finds the quotations in `para` of `text`, in order, not nested.
pub fn find_quotes(text: &str, para: Span) -> Vec<Quote> {
    let slice = &text[para.start..para.end];
    let bytes = slice.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<(usize, usize, Style)> = None; // (start, inner start, style)
    let mut i = 0;
    // Every quotation mark is `"`, `'`, or starts with byte 0xE2 (“ ” ‘ ’ „) or 0xC2 (« »):
    // other bytes are skipped without decoding.
    let mut marks = super::scan::AnyFinder::new(bytes, [b'"', b'\'', 0xE2, 0xC2]);
    while i < bytes.len() {
        i = marks.next(i);
        let Some(c) = slice[i..].chars().next() else {
            break;
        };
        let here = i;
        i += c.len_utf8();
        let (style, width) = match c {
            '“' | '”' | '"' | '„' | '«' | '»' => (Style::Double, c.len_utf8()),
            '\'' if bytes.get(here + 1) == Some(&b'\'') => {
                i += 1;
                (Style::DoubledApostrophe, 2)
            }
            '‘' | '’' | '\'' => (Style::Single, c.len_utf8()),
            _ => continue,
        };
        let i = here;
        let prev = slice[..i].chars().next_back();
        let next_ch = slice[i + c.len_utf8()..].chars().next();
        let after = slice[i + width..].chars().next();
        let opens_here = |c: char| match c {
            '“' | '„' | '«' | '‘' => true,
            '”' | '»' => false,
            _ => {
                prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
                    && after.is_some_and(|a| !a.is_whitespace())
            }
        };
        let closes_here = |c: char| match c {
            '”' | '»' => true,
            // An opening mark typed where a closing one belongs ("… here,“ said Ruiz"):
            // after a word or punctuation and before a space it can only close.
            '“' => {
                prev.is_some_and(|p| !p.is_whitespace()) && after.is_none_or(char::is_whitespace)
            }
            '„' | '«' | '‘' => false,
            _ => {
                prev.is_some_and(|p| !p.is_whitespace())
                    && after.is_none_or(|a| !a.is_alphanumeric())
                    // A mark with space on both sides cannot open; with a quotation open it
                    // closes it, as after a nested quotation: "… say, 'Well done,' " he said.
                    || after.is_none_or(char::is_whitespace)
            }
        };
        match open {
            Some((start, inner, s)) if s == style && closes_here(c) => {
                out.push(Quote {
                    span: Span::new(para.start + start, para.start + i + width),
                    inner: Span::new(para.start + inner, para.start + i),
                    closed: true,
                });
                open = None;
            }
            Some((_, _, s)) if s != Style::Single && style == Style::Single => {
                // Apostrophes and nested single quotes inside a double quotation.
            }
            _ => {
                if style == Style::Single
                    && next_ch.is_some_and(char::is_alphanumeric)
                    && prev.is_some_and(char::is_alphanumeric)
                {
                    continue; // an apostrophe inside a word
                }
                if opens_here(c) {
                    open = Some((i, i + width, style));
                }
            }
        }
    }
    if let Some((start, inner, style)) = open {
        // Single quotes are usually apostrophes; only double marks run on.
        if style != Style::Single {
            let end = slice.trim_end().len();
            out.push(Quote {
                span: Span::new(para.start + start, para.start + end),
                inner: Span::new(para.start + inner, para.start + end.max(inner)),
                closed: false,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        find_quotes(text, Span::new(0, text.len()))
            .iter()
            .map(|q| (q.inner.of(text), q.closed))
            .collect()
    }

    #[test]
    fn curly_and_straight() {
        assert_eq!(
            quotes("“We win,” he said, calling it \"buried\" twice."),
            vec![("We win,", true), ("buried", true)]
        );
    }

    #[test]
    fn a_spaced_mark_closes_after_a_nested_quotation() {
        assert_eq!(
            quotes("\"You can say, 'Well done,' \" said Russell. \"It is hard.\""),
            vec![("You can say, 'Well done,' ", true), ("It is hard.", true)]
        );
    }

    #[test]
    fn an_opening_mark_after_a_word_and_before_a_space_closes() {
        assert_eq!(
            quotes("“The dyke is safe,“ said Kool. “It will hold.”"),
            vec![("The dyke is safe,", true), ("It will hold.", true)]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quotes("Iran’s and Azerbaijan’s ties"), vec![]);
        assert_eq!(
            quotes("He said “Iran’s people won’t stop” today"),
            vec![("Iran’s people won’t stop", true)]
        );
    }

    #[test]
    fn single_and_doubled_apostrophe_quotes() {
        assert_eq!(
            quotes("the ‘Great Satan’ and ''Conquerors of Khaybar'' exercise"),
            vec![("Great Satan", true), ("Conquerors of Khaybar", true)]
        );
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        assert_eq!(
            quotes("He said: “This goes on.  "),
            vec![("This goes on.", false)]
        );
    }
}
