//! Finding the next interesting byte eight bytes at a time: segmentation, quotation finding
//! and JSON escaping look at a few byte values and skip everything else, which is nearly
//! all of every article.

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is zero. Bits above the first zero byte may be set
/// falsely (a borrow runs on), never below it: the lowest set bit is exact.
#[inline]
fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// The high bit of each byte of `x` below `n` (at most 128), with the same guarantee.
#[inline]
fn bytes_below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS
}

#[inline]
fn word_at(bytes: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(bytes[i..i + 8].try_into().expect("eight bytes"))
}

/// Index of the first byte at or after `from` equal to one of `needles`, or `bytes.len()`
/// (`from` itself when it is past the end). memchr's vector search looks for the first three
/// needles and then for the fourth before the first of them, in windows that double from 256
/// bytes: a call reads at most about twice the distance to what it finds, so a text where
/// only one needle occurs (often) is not searched to its end again and again.
#[inline]
pub fn find_any(bytes: &[u8], from: usize, needles: [u8; 4]) -> usize {
    let [a, b, c, d] = needles;
    if from >= bytes.len() {
        return from;
    }
    let mut start = from;
    let mut window = 256;
    while start < bytes.len() {
        let end = bytes.len().min(start + window);
        let chunk = &bytes[start..end];
        let first3 = memchr::memchr3(a, b, c, chunk);
        let before = &chunk[..first3.unwrap_or(chunk.len())];
        if let Some(k) = memchr::memchr(d, before).or(first3) {
            return start + k;
        }
        start = end;
        window = (window * 2).min(1 << 16);
    }
    bytes.len()
}

/// [`find_any`] asked of one text from position after position, as segmentation and
/// quotation finding ask it: where the next of the first three needles is and where the
/// next of the fourth is are each remembered until a position passes them. A text with
/// few of the fourth (nearly every one: a byte that starts some characters outside ASCII)
/// is searched for it once, not again before every one of the others; and no byte is
/// searched twice for either kind, so a text full of one kind costs no more than one pass.
#[derive(Debug, Clone)]
pub struct AnyFinder<'b> {
    bytes: &'b [u8],
    needles: [u8; 4],
    /// (from, found): the first of the first three needles at or after `from` is at
    /// `found` (`bytes.len()` when there is none); so also for every position from `from`
    /// to `found`. Starts as a pair that holds for no position.
    three: (usize, usize),
    /// The same for the fourth needle.
    fourth: (usize, usize),
}

impl<'b> AnyFinder<'b> {
    pub fn new(bytes: &'b [u8], needles: [u8; 4]) -> Self {
        AnyFinder {
            bytes,
            needles,
            three: (1, 0),
            fourth: (1, 0),
        }
    }

    /// `find_any(bytes, from, needles)`.
    #[inline]
    pub fn next(&mut self, from: usize) -> usize {
        let bytes = self.bytes;
        if from >= bytes.len() {
            return from;
        }
        let [a, b, c, d] = self.needles;
        let holds = |(start, found): (usize, usize)| start <= from && from <= found;
        if !holds(self.three) {
            let found = memchr::memchr3(a, b, c, &bytes[from..]).map_or(bytes.len(), |k| from + k);
            self.three = (from, found);
        }
        if !holds(self.fourth) {
            let found = memchr::memchr(d, &bytes[from..]).map_or(bytes.len(), |k| from + k);
            self.fourth = (from, found);
        }
        self.three.1.min(self.fourth.1)
    }
}

/// `s.split(' ')`, each space found by reading bytes: the names and phrases split this way
/// are a few words long, and the standard library's search for a character (a `memchr`
/// call for each piece) cost several times as much on them.
pub fn split_spaces(s: &str) -> impl Iterator<Item = &str> + '_ {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == b' ') {
            Some(at) => {
                rest = Some(&r[at + 1..]);
                Some(&r[..at])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Index of the first byte at or after `from` that JSON must escape (a control character,
/// `"` or `\`), or `bytes.len()`.
#[inline]
pub fn find_json_escape(bytes: &[u8], from: usize) -> usize {
    let quote = ONES * u64::from(b'"');
    let backslash = ONES * u64::from(b'\\');
    let mut i = from;
    // Sixteen bytes a turn while sixteen are left (a claim's text is mostly such bytes),
    // then eight.
    #[cfg(target_arch = "x86_64")]
    while let Some(sixteen) = bytes.get(i..i + 16) {
        match json_escapes(sixteen) {
            0 => i += 16,
            hits => return i + hits.trailing_zeros() as usize,
        }
    }
    while i + 8 <= bytes.len() {
        let x = word_at(bytes, i);
        let hits = bytes_below(x, 0x20) | zero_bytes(x ^ quote) | zero_bytes(x ^ backslash);
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + bytes[i.min(bytes.len())..]
        .iter()
        .position(|&x| x < 0x20 || x == b'"' || x == b'\\')
        .unwrap_or(bytes.len().saturating_sub(i))
}

/// One bit for each of the first sixteen bytes of `sixteen` that JSON must escape: a
/// control character, `"` or `\\`.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn json_escapes(sixteen: &[u8]) -> u32 {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_loadu_si128, _mm_max_epu8, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    assert!(sixteen.len() >= 16);
    // SAFETY: SSE2 is part of every x86_64 target; the load reads the slice's first sixteen
    // bytes, which it has (asserted above), and needs no alignment.
    unsafe {
        let v = _mm_loadu_si128(sixteen.as_ptr().cast());
        // A byte is below 0x20 when the greater of it and 0x1F is 0x1F (compared unsigned).
        let below = _mm_set1_epi8(0x1F);
        let control = _mm_cmpeq_epi8(_mm_max_epu8(v, below), below);
        let quote = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'"' as i8));
        let backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8(b'\\' as i8));
        _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))) as u32
    }
}

/// Whether `bytes` has no ASCII capital letter and no byte outside ASCII: a word that is
/// its own lowercase form, checked eight bytes at a time.
#[inline]
pub fn is_plain_lowercase(bytes: &[u8]) -> bool {
    let capitals_or_high = |x: u64| {
        let low = x & !HIGHS;
        let at_least_a = low + ONES * u64::from(0x80 - b'A');
        let above_z = low + ONES * u64::from(0x7F - b'Z');
        (at_least_a & !above_z & HIGHS) | (x & HIGHS)
    };
    // The test is of each byte alone, so bytes may be read twice: a word shorter than eight
    // bytes is read as words of a hash are (two overlapping reads of four, or its first,
    // middle and last byte), and the bytes after a longer word's last eight are read with
    // the eight before them, rather than copied out to be read (a call of its own).
    let n = bytes.len();
    let x = if n >= 8 {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            if capitals_or_high(u64::from_le_bytes(chunk.try_into().expect("eight bytes"))) != 0 {
                return false;
            }
        }
        if chunks.remainder().is_empty() {
            return true;
        }
        word_at(bytes, n - 8)
    } else if n >= 4 {
        let lo = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
        let hi = u32::from_le_bytes([bytes[n - 4], bytes[n - 3], bytes[n - 2], bytes[n - 1]]);
        u64::from(lo) | u64::from(hi) << 32
    } else if n > 0 {
        u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16
    } else {
        return true;
    };
    capitals_or_high(x) == 0
}

/// `bytes.is_ascii()`, eight bytes at a time to the end: the standard one reads the bytes
/// after its last 64-byte block one at a time, and a sentence is mostly such bytes.
#[inline]
pub fn is_ascii(bytes: &[u8]) -> bool {
    if bytes.len() < 8 {
        return bytes.iter().all(u8::is_ascii);
    }
    // The last eight bytes, overlapping the blocks before them where the length is no
    // multiple of eight.
    let last = word_at(bytes, bytes.len() - 8);
    let high = bytes.chunks_exact(8).fold(last, |high, chunk| {
        high | u64::from_le_bytes(chunk.try_into().expect("eight bytes"))
    });
    high & HIGHS == 0
}

/// Index of the first byte at or after `from` outside ASCII, or `bytes.len()` (`from`
/// itself when it is past the end), read eight bytes at a time.
#[inline]
pub fn find_non_ascii(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let high = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & HIGHS;
        if high != 0 {
            return i + (high.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    let rest = &bytes[i.min(bytes.len())..];
    i + rest
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(rest.len())
}

/// `s.split_whitespace().take(cap).count()`, read eight ASCII bytes at a time where it can
/// (furniture counts every line of a body, and most are prose): a word starts at each
/// non-space byte that follows a space or the line start.
// Inlined into furniture detection as it was when it lived there (one call per line).
#[inline]
pub fn count_words(s: &str, cap: usize) -> usize {
    let bytes = s.as_bytes();
    let (mut count, mut in_word, mut i) = (0, false, 0);
    // Sixteen bytes a turn where all are printable ASCII, as the eight below are read (in
    // half the instructions a byte).
    #[cfg(target_arch = "x86_64")]
    while count < cap {
        let Some(spaces) = bytes.get(i..i + 16).and_then(printable_spaces) else {
            break;
        };
        let word = !spaces & 0xFFFF;
        let starts = word & !((word << 1) | u32::from(in_word));
        count += usize::from(BYTE_ONES[(starts & 0xFF) as usize])
            + usize::from(BYTE_ONES[(starts >> 8) as usize]);
        in_word = word >> 15 == 1;
        i += 16;
    }
    while i < bytes.len() && count < cap {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            // All bytes within ' '..=0x7F, so no byte sum below carries into the next byte
            // and the only whitespace is the space: prose, whose rare tabs and other control
            // bytes are left to the byte at a time path.
            // (Wrapping: a byte of 0xA0 or more may carry out of the top, and its own high
            // bit already turns the chunk away.)
            if (x | !x.wrapping_add(ONES * 0x60)) & HIGHS == 0 {
                // The high bit of each byte says: not a space.
                let word = ((x ^ (ONES * 0x20)) + ONES * 0x7F) & HIGHS;
                let word_before = (word << 8) | if in_word { 0x80 } else { 0 };
                // One high bit per word start: moved to the low bit of each byte, and the
                // bytes summed into the top one by the multiplication (`count_ones` without
                // a popcount instruction is slower).
                let starts = (word & !word_before) >> 7;
                count += (starts.wrapping_mul(ONES) >> 56) as usize;
                in_word = word >> 63 == 1;
                i += 8;
                continue;
            }
        }
        let (space, len) = match bytes[i] {
            b if b.is_ascii() => (matches!(b, b'\t'..=b'\r' | b' '), 1),
            _ => {
                let c = s[i..].chars().next().expect("a character at a boundary");
                (c.is_whitespace(), c.len_utf8())
            }
        };
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            count += 1;
        }
        i += len;
    }
    // Eight bytes at a time can count past the cap.
    count.min(cap)
}

/// The number of bits set in each byte value: a count of sixteen bits in two lookups, with
/// no `popcnt` instruction in the baseline x86_64 target.
#[cfg(target_arch = "x86_64")]
static BYTE_ONES: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).count_ones() as u8;
        b += 1;
    }
    table
};

/// For sixteen bytes all within ' '..=0x7F (prose, whose only white space is the space), a
/// bit for each that is a space; `None` when any byte is outside that range.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn printable_spaces(sixteen: &[u8]) -> Option<u32> {
    use std::arch::x86_64::{
        _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    assert!(sixteen.len() >= 16);
    // SAFETY: SSE2 is part of every x86_64 target; the load reads the slice's first sixteen
    // bytes, which it has (asserted above), and needs no alignment.
    let (printable, spaces) = unsafe {
        let v = _mm_loadu_si128(sixteen.as_ptr().cast());
        // Compared as signed bytes: those of 0x80 and more are negative, below ' ' too.
        let printable = _mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(0x1F)));
        let spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8)));
        (printable, spaces)
    };
    (printable == 0xFFFF).then_some(spaces as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_byte_outside_ascii_is_found_from_any_position() {
        let text = "plain words, then “quoted” ones and an é at the end of a long line é";
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() + 2 {
            let want = (from..bytes.len())
                .find(|&k| !bytes[k].is_ascii())
                .unwrap_or(bytes.len().max(from));
            assert_eq!(find_non_ascii(bytes, from), want, "from {from}");
        }
    }

    #[test]
    fn finds_needles_far_apart_and_only_the_fourth_kind() {
        // Longer than the first windows, with needles of one kind only (the case that must
        // not search to the end on every call) and of several kinds far apart.
        let only_fourth = "\u{201C}said ".repeat(300);
        let far_apart = format!(
            "{}.{}\u{2026}{}!",
            "a".repeat(70),
            "b".repeat(500),
            "c".repeat(5000)
        );
        let needles = [b'.', b'!', b'?', 0xE2];
        for t in [only_fourth.as_str(), far_apart.as_str()] {
            let b = t.as_bytes();
            for from in (0..=b.len() + 1).step_by(7) {
                let plain = (from..b.len())
                    .find(|&i| needles.contains(&b[i]))
                    .unwrap_or(b.len().max(from));
                assert_eq!(find_any(b, from, needles), plain, "from {from}");
            }
        }
    }

    #[test]
    fn a_finder_answers_as_find_any_does_from_growing_positions() {
        let texts = [
            String::new(),
            "Hello. World! “Yes…” he said? No.".to_string(),
            "\u{201C}said ".repeat(300),
            format!(
                "{}.{}\u{2026}{}!",
                "a".repeat(70),
                "b".repeat(500),
                "c".repeat(5000)
            ),
        ];
        for needles in [[b'.', b'!', b'?', 0xE2], [b'"', b'\'', 0xE2, 0xC2]] {
            for t in &texts {
                let b = t.as_bytes();
                for step in [1, 2, 3, 7, 64] {
                    let mut finder = AnyFinder::new(b, needles);
                    let mut from = 0;
                    // Positions as a caller moves: on to the next needle, or past it.
                    while from <= b.len() + 1 {
                        let found = finder.next(from);
                        assert_eq!(found, find_any(b, from, needles), "from {from}");
                        from = if found > from { found } else { from + step };
                    }
                }
            }
        }
    }

    #[test]
    fn finds_the_first_needle_as_a_plain_search_does() {
        let needles = [b'.', b'!', b'?', 0xE2];
        let texts = [
            "",
            "abc",
            "no terminator in this longer line at all",
            "Hello. World!",
            "a\u{2026}b “quoted” and more text here?",
            "0123456789abcdef.",
            "x!\u{1}\u{7f}\u{80}\u{ff}ÿ\"\\ \t tail of it",
        ];
        for t in texts {
            let b = t.as_bytes();
            for from in 0..=b.len() {
                let plain = (from..b.len())
                    .find(|&i| needles.contains(&b[i]))
                    .unwrap_or(b.len());
                assert_eq!(find_any(b, from, needles), plain, "{t:?} from {from}");
                let plain = (from..b.len())
                    .find(|&i| b[i] < 0x20 || b[i] == b'"' || b[i] == b'\\')
                    .unwrap_or(b.len());
                assert_eq!(find_json_escape(b, from), plain, "{t:?} from {from}");
            }
        }
        // Every byte value, at every position of a word.
        for v in 0..=255u8 {
            for at in 0..16 {
                let mut b = vec![b'a'; 16];
                b[at] = v;
                let plain = b.iter().position(|x| needles.contains(x)).unwrap_or(16);
                assert_eq!(find_any(&b, 0, needles), plain);
                let plain = b
                    .iter()
                    .position(|&x| x < 0x20 || x == b'"' || x == b'\\')
                    .unwrap_or(16);
                assert_eq!(find_json_escape(&b, 0), plain);
                for len in [at + 1, 16] {
                    let plain = !b[..len]
                        .iter()
                        .any(|x| x.is_ascii_uppercase() || !x.is_ascii());
                    assert_eq!(is_plain_lowercase(&b[..len]), plain);
                }
                for (from, to) in [(0, at + 1), (at, 16), (at / 2, at + 9)] {
                    let part = &b[from..to.min(16)];
                    assert_eq!(is_ascii(part), part.is_ascii(), "{part:?}");
                }
            }
        }
    }

    #[test]
    fn spaces_split_as_the_standard_split_does() {
        for s in [
            "",
            " ",
            "a",
            "a b",
            " a  b ",
            "Abbas Mousavi",
            "é ü  ß",
            "x\ty z",
        ] {
            let want: Vec<&str> = s.split(' ').collect();
            assert_eq!(split_spaces(s).collect::<Vec<_>>(), want, "{s:?}");
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for s in [
            "",
            "one",
            "  two  words ",
            "tab\tand\u{b}vertical\u{c}feed",
            "non\u{a0}breaking\u{2003}em space",
            "Grüße aus Baku, “quoted” — dash",
            "eight by  tes\ta\rt a\x0btime!\x0c\n\r !\"#$ 0123 ~\x1f\x7f\x08 words  ",
            "  a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7 8 9",
            "longwordwithoutanyspaceatallforthirtytwobytes and then some more",
            "mixed ascii\u{85}next\u{2028}line\u{3000}ideographic space and more ascii text here",
        ] {
            for cap in 0..40 {
                assert_eq!(count_words(s, cap), s.split_whitespace().take(cap).count());
            }
        }
    }
}
