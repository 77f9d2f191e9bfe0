//! Word lexicon and multi-word phrase tables, built once from the rules.
//!
//! Every word of every table is tagged in one [`Lexicon`] with category bits, so the tokenizer
//! does a single hash lookup per word and the matchers skip tables whose first word cannot
//! match.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::tokens::{Kind, Toks};
use crate::span::Span;

/// A small, fast, non-cryptographic hasher for short lexicon keys (FxHash).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Fx {
    #[inline]
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for Fx {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut a = [0u8; 8];
            a.copy_from_slice(c);
            self.add(u64::from_le_bytes(a));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut a = [0u8; 8];
            a[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(a));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// Category bits of a word. A phrase table sets its bit on the first word of each phrase.
pub(crate) mod flag {
    pub const NUM: u64 = 1 << 0;
    pub const QUAL_BEFORE: u64 = 1 << 1;
    pub const QUAL_AFTER: u64 = 1 << 2;
    pub const VAGUE: u64 = 1 << 3;
    pub const NUM_WORD: u64 = 1 << 4;
    pub const ARTICLE: u64 = 1 << 5;
    pub const RANGE: u64 = 1 << 6;
    pub const BETWEEN: u64 = 1 << 7;
    pub const BETWEEN_AND: u64 = 1 << 8;
    pub const COMPOUND_AND: u64 = 1 << 9;
    pub const FILLER: u64 = 1 << 10;
    pub const TOLL_LINK: u64 = 1 << 11;
    pub const DET: u64 = 1 << 12;
    pub const PLURAL_PRON: u64 = 1 << 13;
    pub const PARTITIVE: u64 = 1 << 14;
    pub const BREAKER: u64 = 1 << 15;
    pub const NAME_CONN: u64 = 1 << 16;
    pub const IRREG_PLURAL: u64 = 1 << 17;
    pub const SINGULAR_S: u64 = 1 << 18;
    pub const PARTICIPLE: u64 = 1 << 19;
    pub const VERB: u64 = 1 << 20;
    pub const ROLE_NOUN: u64 = 1 << 21;
    pub const TOLL: u64 = 1 << 22;
    pub const COUNTED: u64 = 1 << 23;
    pub const UNIT_SUFFIX: u64 = 1 << 24;
    pub const UNIT_PREFIX: u64 = 1 << 25;
    pub const RETAG_AFTER: u64 = 1 << 26;
    pub const RETAG_BEFORE: u64 = 1 << 27;
    pub const MONEY_PREFIX: u64 = 1 << 28;
    pub const MONEY_SUFFIX: u64 = 1 << 29;
    pub const MONEY_GLUED: u64 = 1 << 30;
    pub const GLUED_SCALE: u64 = 1 << 31;
    pub const MONTH: u64 = 1 << 32;
    pub const WEEKDAY: u64 = 1 << 33;
    pub const SEASON: u64 = 1 << 34;
    pub const FUZZY: u64 = 1 << 35;
    pub const DATE_PREP: u64 = 1 << 36;
    pub const ORDINAL: u64 = 1 << 37;
    pub const MODIFIER: u64 = 1 << 38;
    pub const OFFSET_UNIT: u64 = 1 << 39;
    pub const AGO: u64 = 1 << 40;
    pub const LATER: u64 = 1 << 41;
    pub const NOT_FOLLOWED: u64 = 1 << 42;
    pub const RELATIVE: u64 = 1 << 43;
    pub const AM: u64 = 1 << 44;
    pub const PM: u64 = 1 << 45;
    pub const NAMED_TIME: u64 = 1 << 46;
    pub const LOCAL: u64 = 1 << 47;
    pub const PASSIVE: u64 = 1 << 48;
    pub const STANDALONE: u64 = 1 << 49;
    pub const MORE: u64 = 1 << 50;
    pub const NEGATION: u64 = 1 << 51;
    pub const SUBSET: u64 = 1 << 52;

    /// Words that can anchor a fact on their own; a sentence with none of them and no digits
    /// has no facts.
    pub const ANCHORS: u64 = NUM
        | PARTICIPLE
        | VERB
        | ROLE_NOUN
        | TOLL
        | COUNTED
        | UNIT_PREFIX
        | UNIT_SUFFIX
        | MONEY_PREFIX
        | MONEY_SUFFIX
        | MONTH
        | WEEKDAY
        | SEASON
        | RELATIVE
        | NAMED_TIME;
}

/// Id of a word the lexicon does not know.
pub(crate) const NO_WORD: u32 = u32::MAX;

/// Word → category bits and an interned id. Phrase tables compare ids, so matching a phrase
/// costs one string hash per token (in the tokenizer) and integer compares after that.
#[derive(Debug, Default, Clone)]
pub(crate) struct Lexicon {
    map: FxMap<Box<str>, (u64, u32)>,
}

impl Lexicon {
    /// Tags a word with category bits, interning it.
    pub fn add(&mut self, word: &str, bits: u64) -> u32 {
        let next = self.map.len() as u32;
        let e = self.map.entry(word.into()).or_insert((0, next));
        e.0 |= bits;
        e.1
    }

    /// Category bits and id of a word.
    #[inline]
    pub fn get(&self, word: &str) -> (u64, u32) {
        self.map.get(word).copied().unwrap_or((0, NO_WORD))
    }

    /// The words tagged with `bit`, in no particular order.
    pub fn words_with(&self, bit: u64) -> impl Iterator<Item = &str> {
        self.map
            .iter()
            .filter(move |(_, &(bits, _))| bits & bit != 0)
            .map(|(word, _)| &**word)
    }
}

/// Splits a rule phrase into lower-cased words the way article text is tokenized; joining
/// hyphens are dropped so "year-old" and "year old" are the same phrase.
pub(crate) fn phrase_words(phrase: &str) -> Vec<Box<str>> {
    let t = Toks::new(phrase, Span::new(0, phrase.len()), None);
    (0..t.len())
        .filter(|&i| !(t.is(i, Kind::Punct) && t.low(i) == "-" && i > 0 && i + 1 < t.len()))
        .map(|i| t.low(i).into())
        .collect()
}

#[derive(Debug, Clone)]
struct Entry<T> {
    rest: Box<[u32]>,
    value: T,
}

/// Phrases keyed by their first word; the longest match wins.
#[derive(Debug, Clone)]
pub(crate) struct PhraseTable<T> {
    bit: u64,
    map: FxMap<u32, Vec<Entry<T>>>,
}

impl<T> PhraseTable<T> {
    pub fn new(bit: u64) -> Self {
        PhraseTable {
            bit,
            map: FxMap::default(),
        }
    }

    /// Adds a phrase (replacing an identical one). Returns false for a phrase with no words.
    pub fn insert(&mut self, lex: &mut Lexicon, phrase: &str, value: T) -> bool {
        let words = phrase_words(phrase);
        let Some((first, rest)) = words.split_first() else {
            return false;
        };
        let first = lex.add(first, self.bit);
        let rest: Vec<u32> = rest.iter().map(|w| lex.add(w, 0)).collect();
        let list = self.map.entry(first).or_default();
        list.retain(|e| *e.rest != *rest);
        list.push(Entry {
            rest: rest.into(),
            value,
        });
        list.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        true
    }

    /// Longest phrase starting at token `i`: its value and the index after its last token.
    /// Joining hyphens between the words of the text are skipped.
    pub fn longest(&self, t: &Toks, i: usize) -> Option<(&T, usize)> {
        if !t.has(i, self.bit) {
            return None;
        }
        let list = self.map.get(&t.id(i))?;
        'entries: for e in list {
            let mut p = i + 1;
            for &w in e.rest.iter() {
                p = t.skip_join(p);
                if t.id(p) != w {
                    continue 'entries;
                }
                p += 1;
            }
            return Some((&e.value, p));
        }
        None
    }

    /// Whether a phrase of this table ends exactly at `end` (exclusive), starting at most
    /// `max_back` tokens earlier.
    pub fn ends_at(&self, t: &Toks, end: usize, max_back: usize) -> Option<(&T, usize)> {
        for k in 1..=max_back.min(end) {
            let s = end - k;
            if let Some((v, e)) = self.longest(t, s) {
                if e == end {
                    return Some((v, s));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins_and_hyphens_are_optional() {
        let mut lex = Lexicon::default();
        let mut t = PhraseTable::new(flag::UNIT_SUFFIX);
        assert!(t.insert(&mut lex, "year", 1));
        assert!(t.insert(&mut lex, "year old", 2));
        assert!(!t.insert(&mut lex, "  ", 3));
        let text = "34-year-old and 30-year history";
        let toks = Toks::new(text, Span::new(0, text.len()), Some(&lex));
        assert_eq!(t.longest(&toks, 2), Some((&2, 5)));
        assert_eq!(t.longest(&toks, 8), Some((&1, 9)));
        assert_eq!(t.longest(&toks, 0), None);
        assert_eq!(t.ends_at(&toks, 5, 3), Some((&2, 2)));
    }

    #[test]
    fn phrase_words_match_tokens() {
        assert_eq!(
            phrase_words("US $"),
            vec!["us".into(), "$".into()] as Vec<Box<str>>
        );
        assert_eq!(phrase_words("p.m."), vec!["p.m.".into()] as Vec<Box<str>>);
        assert_eq!(
            phrase_words("year-old"),
            vec!["year".into(), "old".into()] as Vec<Box<str>>
        );
    }
}
