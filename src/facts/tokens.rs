//! A small tokenizer for one sentence: words, numbers, punctuation and possessives, each with
//! its byte range in the article and a lower-cased form for rule lookups.
//!
//! Matching works on tokens rather than on regexes over the raw text because the grammar
//! ("[number] [noun]* [filler]* [role]") needs word-level look-ahead with lexicon lookups, and
//! a single pass over the sentence with one hash lookup per word keeps it fast.

use super::number::{number_at, NumPhrase};
use super::phrase::{Lexicon, NO_WORD};
use super::rules::FactRules;
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Num,
    Punct,
    /// `'s` or a bare `'` after a plural: "guard's", "guards'".
    Poss,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Absolute byte range in the article text.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    lo: u32,
    hi: u32,
    /// The first character is upper-case.
    pub cap: bool,
    /// No whitespace between the previous token and this one.
    pub glued: bool,
    /// Lexicon categories of this word (see `phrase::flag`).
    pub flags: u64,
    /// Interned word id (`NO_WORD` if unknown).
    pub id: u32,
}

/// The tokens of one sentence.
pub(crate) struct Toks<'t> {
    pub text: &'t str,
    lower: String,
    pub v: Vec<Tok>,
    /// Union of all tokens' flags: lets a pass skip a sentence that cannot match.
    pub all_flags: u64,
    /// Number phrase starting at each token, once computed (several passes ask).
    nums: Vec<Option<NumPhrase>>,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

impl<'t> Toks<'t> {
    /// Tokenizes `text[span]`. The span must lie on char boundaries inside `text`.
    pub fn new(text: &'t str, span: Span, lex: Option<&Lexicon>) -> Self {
        let s = &text[span.start..span.end];
        let base = span.start;
        let mut toks = Toks {
            text,
            lower: String::with_capacity(s.len()),
            v: Vec::with_capacity(s.len() / 4 + 1),
            all_flags: 0,
            nums: Vec::new(),
        };
        let b = s.as_bytes();
        let mut i = 0usize;
        let mut gap = true;
        while i < s.len() {
            let c = if b[i] < 0x80 {
                b[i] as char
            } else {
                match s[i..].chars().next() {
                    Some(c) => c,
                    None => break,
                }
            };
            let cl = c.len_utf8();
            if c.is_whitespace() {
                gap = true;
                i += cl;
                continue;
            }
            let start = i;
            let kind;
            if c.is_ascii_digit() {
                i += 1;
                let mut seen_dot = false;
                loop {
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                    if !seen_dot
                        && b.get(i) == Some(&b',')
                        && b.len() >= i + 4
                        && b[i + 1..i + 4].iter().all(u8::is_ascii_digit)
                        && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
                    {
                        i += 4;
                        continue;
                    }
                    if !seen_dot && i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                        seen_dot = true;
                        i += 2;
                        continue;
                    }
                    break;
                }
                kind = Kind::Num;
            } else if c.is_alphabetic() {
                i += cl;
                while i < b.len() {
                    if b[i].is_ascii_alphabetic() {
                        i += 1;
                        continue;
                    }
                    let Some(d) = s[i..].chars().next() else {
                        break;
                    };
                    if d.is_alphabetic() {
                        i += d.len_utf8();
                        continue;
                    }
                    if is_apostrophe(d) {
                        // Keep "don't", "O'Brien"; stop before a possessive "'s".
                        let after = &s[i + d.len_utf8()..];
                        let mut it = after.chars();
                        match (it.next(), it.next()) {
                            (Some('s' | 'S'), next) if !next.is_some_and(char::is_alphanumeric) => {
                                break
                            }
                            (Some(e), _) if e.is_alphabetic() => {
                                i += d.len_utf8() + e.len_utf8();
                                continue;
                            }
                            _ => break,
                        }
                    }
                    // Dotted abbreviations made of single letters: "p.m.", "U.S.".
                    if d == '.' && i - start <= 4 {
                        let word = &s[start..i];
                        let single_letters = word
                            .split('.')
                            .all(|p| p.chars().count() <= 1 && p.chars().all(char::is_alphabetic));
                        let mut it = s[i + 1..].chars();
                        if single_letters {
                            if let Some(e) = it.next() {
                                if e.is_alphabetic() && !it.next().is_some_and(char::is_alphabetic)
                                {
                                    i += 1 + e.len_utf8();
                                    if s[i..].starts_with('.') {
                                        i += 1;
                                    }
                                    continue;
                                }
                            }
                        }
                    }
                    break;
                }
                kind = Kind::Word;
            } else if is_apostrophe(c)
                && !gap
                && toks.v.last().is_some_and(|t| t.kind == Kind::Word)
            {
                let mut it = s[i + cl..].chars();
                match (it.next(), it.next()) {
                    (Some('s' | 'S'), next) if !next.is_some_and(char::is_alphanumeric) => {
                        i += cl + 1;
                        kind = Kind::Poss;
                    }
                    (next, _)
                        if !next.is_some_and(char::is_alphanumeric)
                            && toks
                                .v
                                .last()
                                .is_some_and(|t| text[t.start..t.end].ends_with(['s', 'S'])) =>
                    {
                        i += cl;
                        kind = Kind::Poss;
                    }
                    _ => {
                        i += cl;
                        kind = Kind::Punct;
                    }
                }
            } else {
                i += cl;
                kind = Kind::Punct;
            }
            let raw = &s[start..i];
            let lo = toks.lower.len();
            match kind {
                // An ASCII word lowercases in place (its apostrophes are '\'' already).
                Kind::Word if raw.is_ascii() => {
                    toks.lower.push_str(raw);
                    toks.lower[lo..].make_ascii_lowercase();
                }
                Kind::Word => {
                    for ch in raw.chars() {
                        if is_apostrophe(ch) {
                            toks.lower.push('\'');
                        } else if ch.is_ascii() {
                            toks.lower.push(ch.to_ascii_lowercase());
                        } else {
                            toks.lower.extend(ch.to_lowercase());
                        }
                    }
                }
                Kind::Num => toks.lower.push_str(raw),
                Kind::Poss => {
                    toks.lower
                        .push_str(if raw.ends_with(['s', 'S']) { "'s" } else { "'" })
                }
                Kind::Punct => match c {
                    '\u{2019}' | '\u{2018}' => toks.lower.push('\''),
                    '\u{2013}' | '\u{2012}' | '\u{2010}' | '\u{2011}' => toks.lower.push('-'),
                    _ => toks.lower.push(c),
                },
            }
            let hi = toks.lower.len();
            let cap = kind == Kind::Word && c.is_uppercase();
            let (flags, id) = match (kind, lex) {
                (Kind::Num, _) => (super::phrase::flag::NUM, NO_WORD),
                (_, Some(lex)) => lex.get(&toks.lower[lo..hi]),
                _ => (0, NO_WORD),
            };
            toks.all_flags |= flags;
            toks.v.push(Tok {
                start: base + start,
                end: base + i,
                kind,
                lo: lo as u32,
                hi: hi as u32,
                cap,
                glued: !gap && !toks.v.is_empty(),
                flags,
                id,
            });
            gap = false;
        }
        toks
    }

    /// Parses every number phrase once, for the passes that follow.
    pub fn precompute_numbers(&mut self, r: &FactRules) {
        let nums = (0..self.len())
            .map(|i| {
                if self.has(i, super::count::NUM_START) {
                    number_at(self, i, r)
                } else {
                    None
                }
            })
            .collect();
        self.nums = nums;
    }

    /// The number phrase starting at token `i`.
    pub fn num_at(&self, i: usize, r: &FactRules) -> Option<NumPhrase> {
        if self.nums.is_empty() {
            number_at(self, i, r)
        } else {
            self.nums.get(i).copied().flatten()
        }
    }

    pub fn len(&self) -> usize {
        self.v.len()
    }

    /// Lower-cased form of token `i`, or "" past the end.
    pub fn low(&self, i: usize) -> &str {
        match self.v.get(i) {
            Some(t) => &self.lower[t.lo as usize..t.hi as usize],
            None => "",
        }
    }

    /// The token as written.
    pub fn raw(&self, i: usize) -> &'t str {
        match self.v.get(i) {
            Some(t) => &self.text[t.start..t.end],
            None => "",
        }
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.v.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, kind: Kind) -> bool {
        self.kind(i) == Some(kind)
    }

    pub fn flags(&self, i: usize) -> u64 {
        self.v.get(i).map_or(0, |t| t.flags)
    }

    #[inline]
    pub fn id(&self, i: usize) -> u32 {
        self.v.get(i).map_or(NO_WORD, |t| t.id)
    }

    pub fn has(&self, i: usize, flag: u64) -> bool {
        self.flags(i) & flag != 0
    }

    pub fn cap(&self, i: usize) -> bool {
        self.v.get(i).is_some_and(|t| t.cap)
    }

    pub fn glued(&self, i: usize) -> bool {
        self.v.get(i).is_some_and(|t| t.glued)
    }

    /// Token `i` is a hyphen joining two words written together ("forty-five", "34-year-old").
    pub fn is_join(&self, i: usize) -> bool {
        self.is(i, Kind::Punct)
            && self.low(i) == "-"
            && self.glued(i)
            && self.glued(i + 1)
            && i + 1 < self.len()
    }

    /// Skips a joining hyphen at `i`.
    pub fn skip_join(&self, i: usize) -> usize {
        if self.is_join(i) {
            i + 1
        } else {
            i
        }
    }

    /// Byte span of tokens `a..b` (b exclusive, b > a).
    pub fn span(&self, a: usize, b: usize) -> Span {
        let start = self.v.get(a).map_or(0, |t| t.start);
        let end = b
            .checked_sub(1)
            .and_then(|l| self.v.get(l))
            .map_or(start, |t| t.end);
        Span::new(start, end.max(start))
    }

    /// Text of tokens `a..b` as written.
    pub fn text_of(&self, a: usize, b: usize) -> &'t str {
        let s = self.span(a, b);
        &self.text[s.start..s.end]
    }

    /// Whether the number token `i` is written against a preceding word ("COVID-19", "F16").
    pub fn num_glued_to_word(&self, i: usize) -> bool {
        if !self.glued(i) || i == 0 {
            return false;
        }
        if self.is(i - 1, Kind::Word) {
            return true;
        }
        i >= 2 && self.low(i - 1) == "-" && self.glued(i - 1) && self.is(i - 2, Kind::Word)
    }

    /// The value of a number token: digits with optional thousands commas and one decimal point.
    pub fn num_value(&self, i: usize) -> Option<f64> {
        if !self.is(i, Kind::Num) {
            return None;
        }
        parse_digits(self.raw(i))
    }
}

/// Parses "1,000", "6.1", "07" without allocating.
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    let mut int: f64 = 0.0;
    let mut frac: f64 = 0.0;
    let mut scale = 1.0;
    let mut in_frac = false;
    let mut any = false;
    for c in s.bytes() {
        match c {
            b'0'..=b'9' => {
                any = true;
                let d = f64::from(c - b'0');
                if in_frac {
                    scale /= 10.0;
                    frac += d * scale;
                } else {
                    int = int * 10.0 + d;
                }
            }
            b',' if !in_frac => {}
            b'.' if !in_frac => in_frac = true,
            _ => return None,
        }
    }
    any.then_some(int + frac)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(String, Kind, bool)> {
        let t = Toks::new(s, Span::new(0, s.len()), None);
        (0..t.len())
            .map(|i| (t.low(i).to_string(), t.v[i].kind, t.v[i].glued))
            .collect()
    }

    fn lows(s: &str) -> Vec<String> {
        toks(s).into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn splits_words_numbers_and_possessives() {
        assert_eq!(
            lows("One security guard’s death and another's injury."),
            ["one", "security", "guard", "'s", "death", "and", "another", "'s", "injury", "."]
        );
        assert_eq!(lows("the guards' deaths"), ["the", "guards", "'", "deaths"]);
        assert_eq!(lows("don't O'Brien"), ["don't", "o'brien"]);
    }

    #[test]
    fn numbers_keep_grouping_and_decimals() {
        assert_eq!(
            lows("1,000 and 6.1 and 1,00"),
            ["1,000", "and", "6.1", "and", "1", ",", "00"]
        );
        assert_eq!(lows("3.45pm"), ["3.45", "pm"]);
        assert!(toks("3.45pm")[1].2, "pm is glued");
        assert_eq!(lows("2023-01-27"), ["2023", "-", "01", "-", "27"]);
        assert_eq!(lows("34-year-old"), ["34", "-", "year", "-", "old"]);
        assert_eq!(lows("€3bn"), ["€", "3", "bn"]);
    }

    #[test]
    fn dotted_abbreviations_stay_whole() {
        assert_eq!(
            lows("3:45 p.m. in the U.S."),
            ["3", ":", "45", "p.m.", "in", "the", "u.s."]
        );
        assert_eq!(lows("Jan. 27"), ["jan", ".", "27"]);
    }

    #[test]
    fn spans_are_absolute() {
        let text = "xx Killed 40 people";
        let t = Toks::new(text, Span::new(3, text.len()), None);
        assert_eq!(t.raw(0), "Killed");
        assert_eq!(t.span(0, 3), Span::new(3, text.len()));
        assert!(t.cap(0));
        assert_eq!(t.num_value(1), Some(40.0));
    }

    #[test]
    fn digit_parser() {
        assert_eq!(parse_digits("1,000"), Some(1000.0));
        assert_eq!(parse_digits("6.1"), Some(6.1));
        assert_eq!(parse_digits("x"), None);
    }
}
