//! A small, allocation-free word tokenizer with byte offsets.
//!
//! Words keep internal apostrophes, hyphens and dots (`Iran’s`, `Amir-Abdollahian`, `U.S.`),
//! numbers keep their separators (`1,000`, `6.1`); every other visible character is a
//! punctuation token of its own.

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// A word or number whose first character is uppercase: found where the tokenizer has
    /// that character in hand, as the extractor asks it of tokens again and again.
    pub capital: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.of(text)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Whether the token is the single punctuation character `c`.
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == TokenKind::Punct && self.text(text).starts_with(c)
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_mark(c)
    }
}

fn is_mark(c: char) -> bool {
    // Combining marks keep decomposed letters inside one word.
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '\'' | '\u{2019}' | '.' | '&' | '\u{2010}' | '\u{2011}'
    )
}

/// The character starting at byte `i` (a char boundary), decoding only when it is not ASCII:
/// news text is nearly all ASCII and this runs for every character of every article.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    match s.as_bytes().get(i) {
        None => None,
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s[i..].chars().next(),
    }
}

/// Tokenizes `span` of `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

/// [`tokenize`] into `out`, cleared first: a caller tokenizing sentence after sentence keeps
/// one vector.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let slice = &text[span.start..span.end];
    let bytes = slice.as_bytes();
    out.clear();
    out.reserve(slice.len() / 5);
    let mut i = 0;
    while i < bytes.len() {
        // ASCII (nearly all news text) is classified by its byte; only other characters are
        // decoded.
        let b = bytes[i];
        // A letter first: with the space after each word skipped with the word, most turns
        // of the loop start a word.
        let c = if b.is_ascii_alphabetic() {
            // The common word: ASCII letters and digits up to a space or punctuation that
            // cannot join it to more (not a joiner), taken in one step.
            let end = super::scan::alphanumeric_run_end(bytes, i + 1);
            let ends_word = bytes
                .get(end)
                .is_none_or(|&n| n.is_ascii() && !is_joiner(char::from(n)));
            if ends_word {
                out.push(Token {
                    span: Span::new(span.start + i, span.start + end),
                    kind: TokenKind::Word,
                    capital: b.is_ascii_uppercase(),
                });
                // The space after a word (the usual next byte) is skipped here rather than
                // by a turn of the loop of its own.
                i = end + usize::from(bytes.get(end) == Some(&b' '));
                continue;
            }
            char::from(b)
        } else if b.is_ascii() {
            if matches!(b, b'\t'..=b'\r' | b' ') {
                i += 1;
                continue;
            }
            if !b.is_ascii_digit() {
                out.push(Token {
                    span: Span::new(span.start + i, span.start + i + 1),
                    kind: TokenKind::Punct,
                    capital: false,
                });
                i += 1;
                continue;
            }
            char::from(b)
        } else {
            let c = slice[i..]
                .chars()
                .next()
                .expect("a character at a boundary");
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if !is_word_char(c) {
                out.push(Token {
                    span: Span::new(span.start + i, span.start + i + c.len_utf8()),
                    kind: TokenKind::Punct,
                    capital: false,
                });
                i += c.len_utf8();
                continue;
            }
            c
        };
        let start = span.start + i;
        let numeric = c.is_ascii_digit();
        let mut end = i + c.len_utf8();
        let mut has_digit = numeric;
        let mut has_alpha = !numeric;
        loop {
            // A run of ASCII letters and digits, the bulk of every word. A word that has a
            // letter is a word whatever follows, so only numbers note what the run holds.
            if has_alpha {
                end = super::scan::alphanumeric_run_end(bytes, end);
            } else {
                while let Some(&n) = bytes.get(end) {
                    if n.is_ascii_digit() {
                        has_digit = true;
                    } else if n.is_ascii_alphabetic() {
                        has_alpha = true;
                    } else {
                        break;
                    }
                    end += 1;
                }
            }
            match char_at(slice, end) {
                Some(n) if is_word_char(n) => {
                    has_digit |= n.is_ascii_digit();
                    has_alpha |= !n.is_ascii_digit();
                    end += n.len_utf8();
                }
                Some(j) if (is_joiner(j) || (j == ',' && numeric)) => {
                    match char_at(slice, end + j.len_utf8()) {
                        Some(n) if is_word_char(n) && (j != ',' || n.is_ascii_digit()) => {
                            end += j.len_utf8();
                        }
                        // Keep the final dot of dotted abbreviations like "U.S." or "a.m.".
                        _ if j == '.' && is_dotted_abbreviation(&slice[i..end]) => {
                            end += 1;
                            break;
                        }
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        let kind = if has_digit && !has_alpha {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        out.push(Token {
            span: Span::new(start, span.start + end),
            kind,
            capital: c.is_uppercase(),
        });
        i = end;
    }
}

/// "U.S", "a.m", "e.g": single letters separated by dots.
fn is_dotted_abbreviation(s: &str) -> bool {
    // The first part is one character: any other word ("said") fails at its second.
    let mut chars = s.chars();
    if chars.next().is_none() || chars.next() != Some('.') {
        return false;
    }
    let mut parts = 0;
    for part in s.split('.') {
        if part.chars().count() != 1 {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn keeps_names_possessives_and_numbers_whole() {
        assert_eq!(
            words("Iran’s Amir-Abdollahian said 1,000 men, 6.1 in the U.S. today."),
            vec![
                "Iran’s",
                "Amir-Abdollahian",
                "said",
                "1,000",
                "men",
                ",",
                "6.1",
                "in",
                "the",
                "U.S.",
                "today",
                "."
            ]
        );
    }

    #[test]
    fn quotes_and_dashes_are_punctuation() {
        assert_eq!(
            words("“Hi,” he said—twice."),
            vec!["“", "Hi", ",", "”", "he", "said", "—", "twice", "."]
        );
        assert_eq!(words("'' x '"), vec!["'", "'", "x", "'"]);
    }

    #[test]
    fn dotted_abbreviations_are_single_letters_between_dots() {
        for w in ["U.S", "a.m", "e.g", "U.S.A", "é.u"] {
            assert!(is_dotted_abbreviation(w), "{w}");
        }
        for w in ["", "U", "US", "said", "U.", ".S", "U..S", "Jr.S", "U.Sa"] {
            assert!(!is_dotted_abbreviation(w), "{w}");
        }
    }

    #[test]
    fn kinds() {
        let text = "44-day war 2022";
        let t = tokenize(text, Span::new(0, text.len()));
        assert_eq!(t[0].kind, TokenKind::Word);
        assert_eq!(t[2].kind, TokenKind::Number);
    }
}
