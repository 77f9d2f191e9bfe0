//! Paragraph and sentence segmentation that survives abbreviations (`Mr.`, `U.S.`, `Sept.`),
//! initials, and quotations spanning several sentences.

use rustc_hash::FxHashSet as HashSet;

use super::quotes::Quote;
use super::tokens::is_dotted_abbreviation;
use super::WordSet;
use crate::span::Span;

/// Words that end with a dot without ending a sentence (stored lowercase, without the dot).
#[derive(Debug, Clone, Default)]
pub struct Abbreviations {
    words: WordSet,
    /// After a dotted abbreviation such as "U.S.", these words do start a new sentence.
    sentence_starters: HashSet<String>,
}

impl Abbreviations {
    pub fn new<I, J, S, T>(words: I, sentence_starters: J) -> Self
    where
        I: IntoIterator<Item = S>,
        J: IntoIterator<Item = T>,
        S: AsRef<str>,
        T: AsRef<str>,
    {
        Abbreviations {
            words: words
                .into_iter()
                .map(|w| w.as_ref().trim_end_matches('.').to_lowercase())
                .collect(),
            sentence_starters: sentence_starters
                .into_iter()
                .map(|w| w.as_ref().to_lowercase())
                .collect(),
        }
    }

    pub fn extend(&mut self, other: &Abbreviations) {
        self.words.extend(other.words.iter().cloned());
        self.sentence_starters
            .extend(other.sentence_starters.iter().cloned());
    }

    /// Whether `lower` (lowercase) is one of the words.
    #[inline]
    fn holds(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }

    /// Whether `word` (without its dot) is a known abbreviation.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        if super::scan::is_plain_lowercase(word.as_bytes()) {
            return self.holds(word);
        }
        // A short ASCII word (the usual "Mr", "Gen") is lowercased on the stack.
        let mut buffer = [0u8; 16];
        match buffer.get_mut(..word.len()) {
            Some(lower) if word.is_ascii() => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                std::str::from_utf8(lower).is_ok_and(|w| self.holds(w))
            }
            _ => self.holds(&word.to_lowercase()),
        }
    }
}

/// Splits the body into paragraphs: blank lines separate them, and so does a line break after
/// a line that ends a sentence or looks like a heading. A line break inside a sentence (hard
/// wrapping) does not. Paragraph spans are trimmed of surrounding white space.
pub fn paragraphs(text: &str, body: Span) -> Vec<Span> {
    // About one paragraph in 300 bytes of news text: the vector seldom grows.
    let mut out = Vec::with_capacity(body.len() / 256 + 1);
    let mut current: Option<Span> = None;
    let mut offset = body.start;
    for line in super::lines_inclusive(&text[body.start..body.end]) {
        let line_start = offset;
        offset += line.len();
        let after_lead = trim_start(line);
        let trimmed = trim_end(after_lead);
        if trimmed.is_empty() {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        let lead = line.len() - after_lead.len();
        let span = Span::new(line_start + lead, line_start + lead + trimmed.len());
        current = Some(match current {
            Some(p) if continues_paragraph(&text[p.start..p.end], trimmed) => p.cover(span),
            Some(p) => {
                out.push(p);
                span
            }
            None => span,
        });
    }
    out.extend(current);
    out
}

/// A hard-wrapped line: the previous line stops mid-sentence and this one starts lowercase.
fn continues_paragraph(previous: &str, line: &str) -> bool {
    let last = previous.chars().next_back();
    let first = line.chars().next();
    let previous_open = last.is_some_and(|c| c.is_alphanumeric() || c == ',' || c == '-');
    previous_open && first.is_some_and(char::is_lowercase)
}

/// Splits a paragraph into sentences. Boundaries inside closed quotations are ignored, so a
/// quoted passage of several sentences stays with its attribution.
pub fn sentences(text: &str, para: Span, quotes: &[Quote], abbr: &Abbreviations) -> Vec<Span> {
    let slice = &text[para.start..para.end];
    // About one sentence in a hundred bytes of news prose: most paragraphs never grow this.
    let mut out = Vec::with_capacity(slice.len() / 100 + 1);
    let mut start = 0;
    let bytes = slice.as_bytes();
    let char_at = |b: usize| slice.get(b..).and_then(|s| s.chars().next());
    let mut i = 0;
    // Terminators are `.`, `!`, `?` or `…` (which starts with byte 0xE2): other bytes are
    // skipped without decoding.
    let mut terminators = super::scan::AnyFinder::new(bytes, [b'.', b'!', b'?', 0xE2]);
    while i < bytes.len() {
        i = terminators.next(i);
        let Some(c) = char_at(i) else { break };
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += c.len_utf8();
            continue;
        }
        // Swallow runs of terminators and closing marks: `?!`, `."`, `.)`, `.”`.
        let mut end = i + c.len_utf8();
        while let Some(t) = char_at(end).filter(|&t| is_terminal_tail(t)) {
            end += t.len_utf8();
        }
        // A boundary needs white space and then a sentence opener (or the paragraph end).
        let mut n = end;
        while let Some(w) = char_at(n).filter(|w| w.is_whitespace()) {
            n += w.len_utf8();
        }
        let at_end = n >= slice.len();
        let spaced = n > end;
        let opener = char_at(n);
        let boundary = at_end
            || (spaced
                && opener.is_some_and(|o| {
                    o.is_uppercase() || o.is_ascii_digit() || "\"“‘'([«#@".contains(o)
                }));
        // Quotes are sorted and disjoint: the candidate is the last one opening before `i`.
        let at = para.start + i;
        let inside_quote = quotes[..quotes.partition_point(|q| q.inner.start < at)]
            .last()
            .is_some_and(|q| q.closed && para.start + end < q.span.end);
        if boundary && !inside_quote && !(c == '.' && is_abbreviation_dot(slice, i, abbr)) {
            push_trimmed(&mut out, slice, para.start, start, end);
            start = end;
        }
        i = end;
    }
    push_trimmed(&mut out, slice, para.start, start, slice.len());
    if out.iter().any(|s| s.len() > MAX_SENTENCE_BYTES) {
        out = out.into_iter().flat_map(|s| cap_length(text, s)).collect();
    }
    out
}

/// No real sentence comes near this; text with no sentence boundary for longer (a dump, a
/// list, hostile input) is cut into pieces of at most this size at white space, so every
/// later stage stays linear in the input.
pub const MAX_SENTENCE_BYTES: usize = 10_000;

fn cap_length(text: &str, s: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = s.start;
    while s.end - start > MAX_SENTENCE_BYTES {
        let mut cut = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Prefer the last white space before the limit.
        if let Some(ws) = text[start..cut].rfind(char::is_whitespace) {
            if ws > 0 {
                cut = start + ws;
            }
        }
        out.push(Span::new(start, cut));
        start = cut;
        while start < s.end && text[start..].starts_with(char::is_whitespace) {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if start < s.end {
        out.push(Span::new(start, s.end));
    }
    out
}

fn is_terminal_tail(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
    )
}

/// A single capital letter, as an initial before its dot: "John F. Kennedy".
pub fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Capital letters each followed by a dot, the last dot not included: "J.R", "E.J" (the
/// tokenizer's dotted abbreviation, in capitals).
fn is_dotted_initials(word: &str) -> bool {
    is_dotted_abbreviation(word) && !word.chars().any(char::is_lowercase)
}

/// Whether the dot at byte `dot` ends an abbreviation or an initial rather than a sentence.
fn is_abbreviation_dot(slice: &str, dot: usize, abbr: &Abbreviations) -> bool {
    let before = &slice[..dot];
    let word = &before[word_start(before)..];
    if word.is_empty() {
        return false;
    }
    // A lone capital ends a sentence before a pronoun or determiner too: "said in a post
    // on X. She said …" ("John F. Kennedy" has a name after it).
    if word.chars().nth(1).is_none() {
        return is_initial(word) && !sentence_starter_follows(slice, dot, abbr);
    }
    if !abbr.is_abbreviation(word) && !is_dotted_initials(word) {
        return false;
    }
    // "U.S." or "a.m." can end a sentence, and so can initials no list holds ("J.R.
    // Whitfield", "the G.O.P."): trust a following pronoun or determiner.
    if word.contains('.') {
        return !sentence_starter_follows(slice, dot, abbr);
    }
    true
}

/// Whether the word after the dot at byte `dot` is one that opens sentences (a pronoun or
/// determiner).
fn sentence_starter_follows(slice: &str, dot: usize, abbr: &Abbreviations) -> bool {
    let rest = slice[dot + 1..].trim_start_matches(|c: char| !c.is_alphanumeric());
    let next_word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    abbr.sentence_starters.contains(&next_word)
}

/// Where the word at the end of `before` starts: after the last character that is neither
/// alphanumeric nor a dot. Read back a byte at a time while the bytes are ASCII (a sentence
/// ends with an ASCII word nearly always); from a byte outside ASCII, by characters.
fn word_start(before: &str) -> usize {
    let bytes = before.as_bytes();
    // One lookup a byte (the test written out was three comparisons and a bounds check).
    let k = bytes
        .iter()
        .rposition(|&b| !WORD_OR_DOT[usize::from(b)])
        .map_or(0, |p| p + 1);
    match bytes[..k].last() {
        // An ASCII character that ends the search (any other is decoded from the start).
        Some(b) if b.is_ascii() => k,
        None => 0,
        Some(_) => before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
            .map_or(0, |p| {
                p + before[p..].chars().next().map_or(1, char::len_utf8)
            }),
    }
}

/// Whether each byte is an ASCII letter or digit, or a dot: what [`word_start`] reads back
/// over.
static WORD_OR_DOT: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = c.is_ascii_alphanumeric() || c == b'.';
        b += 1;
    }
    table
};

fn push_trimmed(out: &mut Vec<Span>, slice: &str, base: usize, start: usize, end: usize) {
    let piece = &slice[start..end];
    // Trimmed at the start once, for the lead and for the whole trim.
    let after_lead = trim_start(piece);
    let lead = piece.len() - after_lead.len();
    let trimmed = trim_end(after_lead);
    if !trimmed.is_empty() {
        let s = base + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

/// `s.trim_start()`, with ASCII white space (all there is between most sentences) skipped
/// a byte at a time and characters decoded only from the first byte outside ASCII.
pub fn trim_start(s: &str) -> &str {
    let ascii_space = s
        .bytes()
        .position(|b| !matches!(b, b'\t'..=b'\r' | b' '))
        .unwrap_or(s.len());
    match s.as_bytes().get(ascii_space) {
        Some(b) if !b.is_ascii() => s[ascii_space..].trim_start(),
        _ => &s[ascii_space..],
    }
}

/// `s.trim_end()`, as [`trim_start`] is `trim_start`.
pub fn trim_end(s: &str) -> &str {
    let kept = s
        .bytes()
        .rposition(|b| !matches!(b, b'\t'..=b'\r' | b' '))
        .map_or(0, |k| k + 1);
    match s.as_bytes().get(kept.wrapping_sub(1)) {
        Some(b) if !b.is_ascii() => s[..kept].trim_end(),
        _ => &s[..kept],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::find_quotes;

    fn abbr() -> Abbreviations {
        Abbreviations::new(
            ["mr", "gen", "sept", "u.s", "a.m"],
            ["the", "he", "she", "it", "they", "but"],
        )
    }

    #[test]
    fn trims_as_str_trims() {
        for s in [
            "",
            " ",
            "\t\n x \r\n",
            "x",
            "\u{a0} x\u{2003}",
            " \u{a0}",
            "\u{85}",
            "é ",
            " “Yes.” \u{3000}",
            "a\u{b}\u{c}",
        ] {
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end(s), s.trim_end(), "{s:?}");
        }
    }

    #[test]
    fn the_word_before_a_dot_starts_where_the_character_search_finds_it() {
        let by_chars = |before: &str| {
            before
                .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
                .map_or(0, |p| {
                    p + before[p..].chars().next().map_or(1, char::len_utf8)
                })
        };
        for before in [
            "",
            "Mr",
            "the U.S",
            "(Gen",
            "said Sept",
            "a, b",
            "x ",
            "Zoë",
            "the Zoë",
            "é",
            "“Mr",
            "Ström and Gen",
            "1.5",
            "—Dr",
            "a\u{a0}b",
            "ab–c.d",
        ] {
            assert_eq!(word_start(before), by_chars(before), "{before:?}");
        }
    }

    #[test]
    fn extended_abbreviations_are_found_and_others_not() {
        let mut a = Abbreviations::default();
        assert!(!a.is_abbreviation("mr") && !a.is_abbreviation(""));
        a.extend(&abbr());
        a.extend(&Abbreviations::new(["Calif."], ["the"]));
        for w in ["Mr", "calif", "U.S", "a.m"] {
            assert!(a.is_abbreviation(w), "{w}");
        }
        for w in ["said", "year", "m", "mrs", "u.s.a", "", "Über"] {
            assert!(!a.is_abbreviation(w), "{w}");
        }
    }

    #[test]
    fn abbreviations_are_found_whatever_their_case_and_length() {
        let a = abbr();
        for w in ["mr", "Mr", "MR", "Gen", "SEPT", "U.S", "a.m"] {
            assert!(a.is_abbreviation(w), "{w}");
        }
        for w in [
            "",
            "Mrs",
            "General",
            "Extraordinarily-Long-Capitalised",
            "Ü",
            "Ünited",
        ] {
            assert!(!a.is_abbreviation(w), "{w}");
        }
        let long = Abbreviations::new(["extraordinarily-long-capitalised", "über"], [""; 0]);
        assert!(long.is_abbreviation("Extraordinarily-Long-Capitalised"));
        assert!(long.is_abbreviation("Über"));
    }

    fn split(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for p in paragraphs(text, Span::new(0, text.len())) {
            let q = find_quotes(text, p);
            for s in sentences(text, p, &q, &abbr()) {
                out.push(s.of(text));
            }
        }
        out
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            split("Mr. Smith met Gen. Lee in Sept. 2020. John F. Kennedy spoke. It rained."),
            vec![
                "Mr. Smith met Gen. Lee in Sept. 2020.",
                "John F. Kennedy spoke.",
                "It rained."
            ]
        );
    }

    #[test]
    fn a_lone_capital_ends_a_sentence_before_a_pronoun() {
        assert_eq!(
            split("She wrote in a post on X. She said more. Harry S. Truman won."),
            vec![
                "She wrote in a post on X.",
                "She said more.",
                "Harry S. Truman won."
            ]
        );
    }

    #[test]
    fn dotted_initials_start_a_name() {
        assert_eq!(
            split("J.R. Whitfield spoke. Then E.J. Dionne wrote. He joined the G.O.P. It grew."),
            vec![
                "J.R. Whitfield spoke.",
                "Then E.J. Dionne wrote.",
                "He joined the G.O.P.",
                "It grew."
            ]
        );
    }

    #[test]
    fn dotted_abbreviation_can_end_a_sentence() {
        assert_eq!(
            split("He moved to the U.S. The move was hard. U.S. Senator Cruz spoke."),
            vec![
                "He moved to the U.S.",
                "The move was hard.",
                "U.S. Senator Cruz spoke."
            ]
        );
    }

    #[test]
    fn quotes_keep_their_sentences_together() {
        assert_eq!(
            split("“We came. We saw,” he said. Then he left."),
            vec!["“We came. We saw,” he said.", "Then he left."]
        );
        assert_eq!(
            split("He said: \"Stop. Now.\" They did."),
            vec!["He said: \"Stop. Now.\"", "They did."]
        );
    }

    #[test]
    fn paragraphs_blank_lines_headings_and_hard_wraps() {
        let text = "Heading here\nFirst line of a\nwrapped paragraph.\nNext one.\n\nLast.";
        let paras: Vec<&str> = paragraphs(text, Span::new(0, text.len()))
            .iter()
            .map(|p| p.of(text))
            .collect();
        assert_eq!(
            paras,
            vec![
                "Heading here",
                "First line of a\nwrapped paragraph.",
                "Next one.",
                "Last."
            ]
        );
    }

    #[test]
    fn overlong_sentences_are_cut_at_white_space() {
        let text = "word ".repeat(5_000);
        let spans = sentences(&text, Span::new(0, text.len()), &[], &abbr());
        assert!(spans.len() >= 3);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE_BYTES));
        assert!(spans.iter().all(|s| s.of(&text).starts_with("word")));
        assert_eq!(spans.first().map(|s| s.start), Some(0));
        assert_eq!(spans.last().map(|s| s.end), Some(text.trim_end().len()));
    }

    #[test]
    fn lowercase_after_dot_is_not_a_boundary() {
        assert_eq!(
            split("It cost 3.5 bn. dollars in total."),
            vec!["It cost 3.5 bn. dollars in total."]
        );
    }
}
