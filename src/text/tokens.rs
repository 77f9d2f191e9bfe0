//! A small, allocation-free word tokenizer with byte offsets.
//!
//! Words keep internal apostrophes, hyphens and dots (`Iran’s`, `Amir-Abdollahian`, `U.S.`),
//! numbers keep their separators (`1,000`, `6.1`, `8:30`); every other visible character
//! is a punctuation token of its own.

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

const fn is_joiner(c: char) -> bool {
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

/// What the tokenizer asks of a byte, one bit for each question: [`BYTE_CLASS`] answers
/// them all with one lookup, where a chain of comparisons would branch on every byte.
/// An ASCII letter.
const LETTER: u8 = 1 << 0;
/// An ASCII digit.
const DIGIT: u8 = 1 << 1;
/// An ASCII capital letter (also [`LETTER`]).
const UPPER: u8 = 1 << 2;
/// ASCII whitespace: tab to carriage return, and the space.
const SPACE: u8 = 1 << 3;
/// Any other ASCII byte: a punctuation token of its own, unless it joins a word.
const PUNCT: u8 = 1 << 4;
/// An ASCII joiner (also [`PUNCT`]): see [`is_joiner`].
const JOINER: u8 = 1 << 5;
/// A byte of a character outside ASCII, which is decoded to be classified.
const HIGH: u8 = 1 << 6;

/// The class bits of byte `b`, from the same predicates the characters are tested with.
const fn byte_class(b: u8) -> u8 {
    if !b.is_ascii() {
        HIGH
    } else if b.is_ascii_uppercase() {
        LETTER | UPPER
    } else if b.is_ascii_lowercase() {
        LETTER
    } else if b.is_ascii_digit() {
        DIGIT
    } else if matches!(b, b'\t'..=b'\r' | b' ') {
        SPACE
    } else if is_joiner(b as char) {
        PUNCT | JOINER
    } else {
        PUNCT
    }
}

/// [`byte_class`] of every byte.
static BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = byte_class(b as u8);
        b += 1;
    }
    table
};

/// Index of the first byte at or after `from` that is not an ASCII letter or digit, or
/// `bytes.len()`.
#[inline]
fn alphanumeric_run_end(bytes: &[u8], from: usize) -> usize {
    let alphanumeric = |b: &u8| BYTE_CLASS[usize::from(*b)] & (LETTER | DIGIT) != 0;
    let mut end = from;
    // Four bytes a turn while four are left: one bounds check for four lookups.
    while let Some(four) = bytes.get(end..end + 4) {
        match four.iter().position(|b| !alphanumeric(b)) {
            Some(k) => return end + k,
            None => end += 4,
        }
    }
    end + bytes[end.min(bytes.len())..]
        .iter()
        .take_while(|b| alphanumeric(b))
        .count()
}

/// Dashes, curly quotes, bullets and the like (the General Punctuation block without its
/// spaces and invisible characters): no such character is whitespace or part of a word, as
/// a test checks, so news text's commonest characters outside ASCII need no Unicode tables.
fn is_common_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
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
    tokenize_noting_attached_marks(text, span, out);
}

/// [`tokenize_into`], telling also where the first "." or "'" token written right after the
/// token before it is: the index of that token before it, or `None`. Sentence views join
/// such marks to names and to each other; noted here, where the tokens are made, it saves
/// them a pass over every token of every sentence to find where to start.
pub fn tokenize_noting_attached_marks(
    text: &str,
    span: Span,
    out: &mut Vec<Token>,
) -> Option<usize> {
    let mut first_attached = None;
    let slice = &text[span.start..span.end];
    let bytes = slice.as_bytes();
    out.clear();
    out.reserve(slice.len() / 5);
    // The class of the byte at `k`; none past the end.
    let class_at = |k: usize| bytes.get(k).map_or(0, |&b| BYTE_CLASS[usize::from(b)]);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // ASCII (nearly all news text) is classified by its byte; only other characters are
        // decoded, in `other_token`.
        let class = BYTE_CLASS[usize::from(b)];
        if class & LETTER != 0 {
            // The common word: ASCII letters and digits up to a space or punctuation that
            // cannot join it to more (not a joiner), taken in one step.
            let end = alphanumeric_run_end(bytes, i + 1);
            // A joiner joins only when a word character follows it (a "." ending a
            // sentence does not); a run of ASCII letters is no dotted abbreviation.
            let next = class_at(end);
            let joins = match next {
                n if n & HIGH != 0 => true,
                n if n & JOINER != 0 => class_at(end + 1) & (LETTER | DIGIT | HIGH) != 0,
                _ => false,
            };
            if !joins {
                out.push(Token {
                    span: Span::new(span.start + i, span.start + end),
                    kind: TokenKind::Word,
                    capital: class & UPPER != 0,
                });
                // The space after a word (the usual next byte) is skipped here rather than
                // by a turn of the loop of its own.
                i = end + usize::from(next & SPACE != 0);
                continue;
            }
        } else if class & SPACE != 0 {
            i += 1;
            continue;
        } else if class & PUNCT != 0 {
            // (Only this path makes one-byte "." and "'" tokens: `other_token` starts at
            // digits, letters and characters outside ASCII.)
            if matches!(b, b'.' | b'\'')
                && first_attached.is_none()
                && out.last().is_some_and(|t| t.span.end == span.start + i)
            {
                first_attached = Some(out.len() - 1);
            }
            out.push(Token {
                span: Span::new(span.start + i, span.start + i + 1),
                kind: TokenKind::Punct,
                capital: false,
            });
            // So also a space after punctuation ("said, the").
            i += 1 + usize::from(class_at(i + 1) & SPACE != 0);
            continue;
        }
        i = other_token(slice, span.start, i, out);
    }
    first_attached
}

/// The token at byte `i` of `slice` (which starts at `offset` in the text) that is not an
/// ASCII word ended by a space or punctuation, nor ASCII punctuation or space: pushed to
/// `out` unless it is whitespace. Returns where the next token may start. Kept out of
/// line: the few tokens that need it would otherwise crowd the common loop's registers.
#[inline(never)]
fn other_token(slice: &str, offset: usize, i: usize, out: &mut Vec<Token>) -> usize {
    let bytes = slice.as_bytes();
    let c = char_at(slice, i).expect("a character at a boundary");
    if !c.is_ascii() {
        if is_common_punctuation(c) {
            out.push(Token {
                span: Span::new(offset + i, offset + i + c.len_utf8()),
                kind: TokenKind::Punct,
                capital: false,
            });
            return i + c.len_utf8();
        }
        if c.is_whitespace() {
            return i + c.len_utf8();
        }
        if !is_word_char(c) {
            out.push(Token {
                span: Span::new(offset + i, offset + i + c.len_utf8()),
                kind: TokenKind::Punct,
                capital: false,
            });
            return i + c.len_utf8();
        }
    }
    let numeric = c.is_ascii_digit();
    let mut end = i + c.len_utf8();
    let mut has_digit = numeric;
    let mut has_alpha = !numeric;
    loop {
        // A run of ASCII letters and digits, the bulk of every word. A word that has a
        // letter is a word whatever follows, so only numbers note what the run holds.
        if has_alpha {
            end = alphanumeric_run_end(bytes, end);
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
            // "1,000", and a clock time or score ("8:30", "won 2:1"): a colon between
            // digits introduces nothing.
            Some(j) if (is_joiner(j) || (matches!(j, ',' | ':') && numeric)) => {
                match char_at(slice, end + j.len_utf8()) {
                    Some(n) if is_word_char(n) && (is_joiner(j) || n.is_ascii_digit()) => {
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
        span: Span::new(offset + i, offset + end),
        kind,
        capital: c.is_uppercase(),
    });
    end
}

/// "U.S", "a.m", "e.g": single letters separated by dots.
pub(super) fn is_dotted_abbreviation(s: &str) -> bool {
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
    fn a_colon_between_digits_is_part_of_the_number() {
        assert_eq!(
            words("won 2:1 at 8:30: said"),
            vec!["won", "2:1", "at", "8:30", ":", "said"]
        );
        assert_eq!(words("in 2015:x"), vec!["in", "2015", ":", "x"]);
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
    fn the_byte_classes_answer_as_the_character_predicates_do() {
        for b in 0..=255u8 {
            let class = BYTE_CLASS[usize::from(b)];
            let c = char::from(b);
            assert_eq!(class & HIGH != 0, !b.is_ascii(), "{b}");
            if !b.is_ascii() {
                assert_eq!(class, HIGH, "{b}");
                continue;
            }
            assert_eq!(class & LETTER != 0, c.is_ascii_alphabetic(), "{b}");
            assert_eq!(class & DIGIT != 0, c.is_ascii_digit(), "{b}");
            assert_eq!(class & (LETTER | DIGIT) != 0, is_word_char(c), "{b}");
            assert_eq!(class & UPPER != 0, c.is_uppercase(), "{b}");
            assert_eq!(class & SPACE != 0, c.is_whitespace(), "{b}");
            assert_eq!(class & JOINER != 0, is_joiner(c), "{b}");
            let punct = !is_word_char(c) && !c.is_whitespace();
            assert_eq!(class & PUNCT != 0, punct, "{b}");
        }
    }

    #[test]
    fn common_punctuation_is_neither_space_nor_part_of_a_word() {
        let block = ('\u{2000}'..='\u{206F}').filter(|&c| is_common_punctuation(c));
        assert_eq!(block.clone().count(), 0x18 + 0x2F);
        for c in block.chain(['\u{2014}', '\u{201C}', '\u{2019}']) {
            assert!(is_common_punctuation(c), "{c:?}");
            assert!(!c.is_whitespace() && !is_word_char(c), "{c:?}");
        }
        for c in [
            '\u{2028}', '\u{202F}', '\u{205F}', '\u{2060}', 'a', '\u{A0}', '«',
        ] {
            assert!(!is_common_punctuation(c), "{c:?}");
        }
    }

    #[test]
    fn alphanumeric_runs_end_at_the_first_other_byte() {
        let texts = [
            "",
            "a",
            "abc1",
            "said, the",
            "abcdefgh ijk",
            "wordé",
            "x\u{2019}s",
        ];
        for t in texts {
            let b = t.as_bytes();
            for from in 0..=b.len() {
                let plain = (from..b.len())
                    .find(|&i| !b[i].is_ascii_alphanumeric())
                    .unwrap_or(b.len());
                assert_eq!(alphanumeric_run_end(b, from), plain, "{t:?} from {from}");
            }
        }
        // Every byte value, at every position of a word.
        for v in 0..=255u8 {
            for at in 0..12 {
                let mut b = vec![b'a'; 12];
                b[at] = v;
                let plain = b
                    .iter()
                    .position(|x| !x.is_ascii_alphanumeric())
                    .unwrap_or(12);
                assert_eq!(alphanumeric_run_end(&b, 0), plain);
            }
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
