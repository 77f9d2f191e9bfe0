//! A set of lowercase words that answers most misses without hashing, and the sketch that
//! does it: the extractor asks its word lists about nearly every token, and the answer is
//! nearly always no.

use rustc_hash::FxHashSet;

/// The most bits a [`Sketch`] has: with about a thousand words, about one word in sixteen
/// outside them finds its bit set and is looked up.
pub const SKETCH_BITS: usize = 1 << 14;

/// A word's hash for a [`Sketch`], of [`SKETCH_BITS`] bits: from its length and its first
/// and last four bytes (read as two words) or, when it is shorter, its first, middle and
/// last bytes, mixed by one multiplication. It runs for nearly every token, so it reads
/// the bytes in as few loads as it can.
#[inline]
fn sketch_hash(w: &[u8]) -> usize {
    let n = w.len();
    let packed = match w {
        [] => 0,
        [a, b, c, d, ..] => {
            // Two reads that overlap when the word is shorter than eight bytes.
            let lo = u32::from_le_bytes([*a, *b, *c, *d]);
            let hi = u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]);
            u64::from(lo) << 32 | u64::from(hi)
        }
        [first, ..] => u64::from(*first) << 16 | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1]),
    };
    ((packed ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SKETCH_BITS.trailing_zeros()))
        as usize
}

/// One bit per word of a set (a power of two of them, at most [`SKETCH_BITS`]): a clear bit
/// says a word is surely not in the set. An empty sketch is of an empty set.
#[derive(Debug, Clone, Default)]
pub struct Sketch {
    bits: Vec<u64>,
    /// The number of bits less one, kept rather than worked out from `bits` on every call.
    mask: usize,
}

impl Sketch {
    /// A sketch of `bits` bits (a power of two, at least 64) with every word's bit set.
    pub fn of<'a>(bits: usize, words: impl IntoIterator<Item = &'a str>) -> Self {
        debug_assert!(bits.is_power_of_two() && (64..=SKETCH_BITS).contains(&bits));
        let mut sketch = Sketch {
            bits: vec![0; bits / 64],
            mask: bits - 1,
        };
        for w in words {
            sketch.insert(w);
        }
        sketch
    }

    /// Sets `word`'s bit.
    pub fn insert(&mut self, word: &str) {
        let bit = self.bit(word);
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    /// False when `word` is surely not one of the words.
    #[inline(always)]
    pub fn may_hold(&self, word: &str) -> bool {
        let bit = self.bit(word);
        self.bits
            .get(bit / 64)
            .is_some_and(|b| b & (1 << (bit % 64)) != 0)
    }

    fn len(&self) -> usize {
        self.bits.len() * 64
    }

    #[inline]
    fn bit(&self, word: &str) -> usize {
        // An empty sketch masks every hash to bit 0, which it does not have.
        sketch_hash(word.as_bytes()) & self.mask
    }
}

/// A [`Sketch`] of all [`SKETCH_BITS`] bits, in an array of that fixed size: a word's bit
/// is found with no mask to load and no bounds check (every hash is in range), for the
/// lexicon, which is asked about every token of every sentence.
#[derive(Debug, Clone)]
pub struct FullSketch {
    bits: Box<[u64; SKETCH_BITS / 64]>,
}

impl Default for FullSketch {
    /// The sketch of no words: every bit clear.
    fn default() -> Self {
        FullSketch {
            bits: Box::new([0; SKETCH_BITS / 64]),
        }
    }
}

impl FullSketch {
    /// A sketch with every word's bit set.
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut sketch = FullSketch::default();
        for w in words {
            let bit = sketch_hash(w.as_bytes());
            sketch.bits[bit / 64] |= 1 << (bit % 64);
        }
        sketch
    }

    /// False when `word` is surely not one of the words.
    #[inline(always)]
    pub fn may_hold(&self, word: &str) -> bool {
        let bit = sketch_hash(word.as_bytes());
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The longest word a [`ShortMap`] holds: its bytes and its length fit in one `u64`.
pub const SHORT_WORD: usize = 7;

/// A word of one to [`SHORT_WORD`] bytes as one `u64`: its bytes (little-endian) and its
/// length in the top byte, so two words have the same key only when they are the same.
#[inline(always)]
fn short_key(w: &[u8]) -> u64 {
    let n = w.len();
    debug_assert!((1..=SHORT_WORD).contains(&n));
    let bytes = if n >= 4 {
        // Two reads that overlap cover every byte; the overlap is the same bytes twice.
        let lo = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        let hi = u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else {
        // First, middle and last cover every byte of one to three.
        u64::from(w[0])
            | u64::from(w[n / 2]) << (8 * (n / 2))
            | u64::from(w[n - 1]) << (8 * (n - 1))
    };
    bytes | (n as u64) << 56
}

/// A map from words of one to [`SHORT_WORD`] bytes to `u32` values, each word one `u64`
/// key in an open-addressed table kept at most an eighth full: a word is found, or surely
/// absent, by one multiplication and (nearly always) one comparison, without hashing its
/// bytes one by one or comparing strings.
#[derive(Debug, Clone)]
pub struct ShortMap {
    /// Keys by slot, 0 for an empty one (no key is 0: a key holds its length).
    keys: Vec<u64>,
    values: Vec<u32>,
    /// 64 less the table's bits: a key's hash is the top bits of its product.
    shift: u32,
}

impl Default for ShortMap {
    fn default() -> Self {
        ShortMap {
            keys: vec![0],
            values: vec![0],
            shift: 63,
        }
    }
}

impl ShortMap {
    /// A map of the words of one to [`SHORT_WORD`] bytes among `entries`; other words are
    /// left out (and must be looked up elsewhere).
    pub fn of<'a>(entries: impl IntoIterator<Item = (&'a str, u32)>) -> Self {
        let short: Vec<(u64, u32)> = entries
            .into_iter()
            .filter(|(w, _)| (1..=SHORT_WORD).contains(&w.len()))
            .map(|(w, v)| (short_key(w.as_bytes()), v))
            .collect();
        let slots = (short.len() * 8).next_power_of_two().max(2);
        let mut map = ShortMap {
            keys: vec![0; slots],
            values: vec![0; slots],
            shift: 64 - slots.trailing_zeros(),
        };
        for (key, value) in short {
            let mut i = map.slot(key);
            while map.keys[i] != 0 && map.keys[i] != key {
                i = (i + 1) & (slots - 1);
            }
            map.keys[i] = key;
            map.values[i] = value;
        }
        map
    }

    #[inline(always)]
    fn slot(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The value of `word`, of one to [`SHORT_WORD`] bytes; 0 when it has none.
    #[inline(always)]
    pub fn get(&self, word: &[u8]) -> u32 {
        let key = short_key(word);
        let mask = self.keys.len() - 1;
        let mut i = self.slot(key) & mask;
        loop {
            let k = self.keys[i];
            if k == key {
                return self.values[i];
            }
            if k == 0 {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }
}

/// A set of lowercase words, with a [`Sketch`] of about eight bits a word in front of the
/// hash set. Keys come from the rule pack, not from input, so the hash is a fast
/// non-cryptographic one.
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: FxHashSet<String>,
    sketch: Sketch,
}

impl WordSet {
    /// Whether the set holds `word` as it is.
    #[inline]
    pub fn contains<Q: AsRef<str> + ?Sized>(&self, word: &Q) -> bool {
        let word = word.as_ref();
        self.sketch.may_hold(word) && self.words.contains(word)
    }

    /// The words, in the order of the hash set that holds them.
    pub fn iter(&self) -> std::collections::hash_set::Iter<'_, String> {
        self.words.iter()
    }

    /// Grows the sketch, if it must, for one word more than the set holds.
    fn make_room(&mut self) {
        let bits = ((self.words.len() + 1) * 8)
            .next_power_of_two()
            .clamp(64, SKETCH_BITS);
        if bits > self.sketch.len() {
            self.sketch = Sketch::of(bits, self.words.iter().map(String::as_str));
        }
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> Self {
        let mut set = WordSet::default();
        set.extend(words);
        set
    }
}

impl Extend<String> for WordSet {
    fn extend<I: IntoIterator<Item = String>>(&mut self, words: I) {
        for w in words {
            self.make_room();
            self.sketch.insert(&w);
            self.words.insert(w);
        }
    }
}

impl IntoIterator for WordSet {
    type Item = String;
    type IntoIter = std::collections::hash_set::IntoIter<String>;

    fn into_iter(self) -> Self::IntoIter {
        self.words.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_map_finds_what_it_was_given_and_nothing_else() {
        // Words of every short length, with repeated and zero bytes, that share first,
        // middle and last bytes or the same four-byte ends at different lengths.
        let mut words: Vec<String> = ["a", "ab", "aab", "abab", "abca", "abcabca", "said", "\0"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        words.extend((0..3000).map(|k| format!("{}{k}", (b'a' + (k % 26) as u8) as char)));
        words.retain(|w| (1..=SHORT_WORD).contains(&w.len()));
        for n in [0, 1, 9, 500, words.len()] {
            let given: FxHashSet<&str> = words[..n].iter().map(String::as_str).collect();
            let map = ShortMap::of(words[..n].iter().map(|w| (w.as_str(), w.len() as u32)));
            let others = [
                "b", "ba", "aba", "abcd", "abc\0a", "abcabc", "sai", "saidx", "\0\0",
            ];
            for w in words.iter().map(String::as_str).chain(others) {
                let want = if given.contains(w) { w.len() as u32 } else { 0 };
                assert_eq!(map.get(w.as_bytes()), want, "{n} {w:?}");
            }
        }
    }

    #[test]
    fn a_full_sketch_never_rejects_a_word_it_was_given() {
        // Words of every length from one byte to well past eight, so both ways of hashing run.
        let words: Vec<String> = (0..3000)
            .map(|k| format!("{}{k}", "abcdefghij".repeat(k % 3)))
            .chain(["a", "ab", "abc", "abcd", "abcdabcd", "\0"].map(String::from))
            .collect();
        let empty = FullSketch::default();
        for n in [0, 1, 9, 500, words.len()] {
            let sketch = FullSketch::of(words[..n].iter().map(String::as_str));
            let small = Sketch::of(SKETCH_BITS, words[..n].iter().map(String::as_str));
            for (k, w) in words
                .iter()
                .map(String::as_str)
                .chain(["", "a"])
                .enumerate()
            {
                if k < n {
                    assert!(sketch.may_hold(w), "{n} {w}");
                }
                // The same bits as a plain sketch of the full size.
                assert_eq!(sketch.may_hold(w), small.may_hold(w), "{n} {w}");
                assert!(!empty.may_hold(w), "{w}");
            }
        }
    }

    #[test]
    fn a_word_set_holds_what_its_hash_set_holds() {
        // Sets small and large, built at once and word by word, asked of members and others.
        let words: Vec<String> = (0..5000).map(|k| format!("w{k}x{}", k % 7)).collect();
        for n in [0, 1, 7, 8, 9, 100, 3000] {
            let plain: FxHashSet<String> = words[..n].iter().cloned().collect();
            let set: WordSet = words[..n].iter().cloned().collect();
            let mut grown = WordSet::default();
            for w in &words[..n] {
                grown.extend([w.clone(), w.clone()]);
            }
            for w in words.iter().map(String::as_str).chain(["", "said"]) {
                assert_eq!(set.contains(w), plain.contains(w), "{n} {w}");
                assert_eq!(grown.contains(w), plain.contains(w), "{n} {w}");
            }
            assert_eq!(set.iter().count(), plain.len());
            assert_eq!(set.into_iter().count(), plain.len());
        }
    }
}
