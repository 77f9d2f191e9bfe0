//! Claims as JSON (one array) or JSON Lines (one claim per line).
//!
//! Each record: `article`, `path`, `kind` (direct|indirect|mixed), `source` ({`text`,
//! `canonical`, `kind`, `start`, `end`} or null), `cue` ({`text`, `start`, `end`}),
//! `content` (same), `via` (list of pieces), `hedges` (list of pieces), `line` and `column`
//! (1-based, of the claim's first byte), and `start`/`end` (byte offsets of the claim).

use std::io::{self, Write};

use super::Locator;
use crate::article::Article;
use crate::extract::{Claim, Piece, SourceKind};
use crate::text::{LineCursor, LineIndex};

/// Writes a pretty-printed JSON array.
pub fn write_json(out: &mut dyn Write, claims: &[Claim], loc: &Locator) -> io::Result<()> {
    let mut array = JsonArray::default();
    array.write(out, claims, loc)?;
    array.finish(out)
}

/// A pretty-printed JSON array of claims written in pieces, so a large article set can be
/// reported batch by batch without holding every claim; the bytes are the same as
/// [`write_json`]'s for all the claims at once.
#[derive(Debug, Default)]
pub struct JsonArray {
    started: bool,
    /// Records not yet written, fewer than [`CHUNK`] bytes of them between calls.
    buffer: Vec<u8>,
    kinds: SourceKinds,
}

/// How many bytes of records a [`JsonArray`] gathers before it writes them: as many as the
/// `BufWriter` of `crosscheck claims` holds, which passes a write that large straight
/// through instead of copying it into its buffer (a copy of every byte of the report,
/// record by record). Gathered in one buffer, used again and again: a buffer for a whole
/// batch would grow into fresh memory that the kernel zeroes page by page.
const CHUNK: usize = 1 << 16;

impl JsonArray {
    /// Appends claims (whose articles `loc` knows) to the array.
    pub fn write(
        &mut self,
        out: &mut dyn Write,
        claims: &[Claim],
        loc: &Locator,
    ) -> io::Result<()> {
        let mut articles = ArticleStrings::default();
        for c in claims {
            self.separate();
            let at = articles.of(c, loc).placed(c);
            push_record::<true>(&mut self.buffer, c, &at, &mut self.kinds);
            self.write_chunk(out)?;
        }
        Ok(())
    }

    /// Appends the claims of `article` (all of them its own, as
    /// [`extract_claims`](crate::extract::extract_claims) gives them) to the array: the
    /// bytes [`JsonArray::write`] writes for them with a locator of the article, without
    /// the locator, whose line index of the whole article cost more than the dozen offsets
    /// a report asks of it.
    pub fn write_article(
        &mut self,
        out: &mut dyn Write,
        claims: &[Claim],
        article: &Article,
    ) -> io::Result<()> {
        let mut own = OwnArticle::new(article);
        for c in claims {
            self.separate();
            let at = own.place(c);
            push_record::<true>(&mut self.buffer, c, &at, &mut self.kinds);
            self.write_chunk(out)?;
        }
        Ok(())
    }

    /// Closes the array, writing what is left of it.
    pub fn finish(mut self, out: &mut dyn Write) -> io::Result<()> {
        self.buffer
            .extend_from_slice(if self.started { b"\n]\n" } else { b"[]\n" });
        out.write_all(&self.buffer)
    }

    /// Opens the array or separates the next record from the one before.
    fn separate(&mut self) {
        self.buffer
            .extend_from_slice(if self.started { b",\n  " } else { b"[\n  " });
        self.started = true;
    }

    /// Writes the records gathered once they are a [`CHUNK`].
    fn write_chunk(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.buffer.len() >= CHUNK {
            out.write_all(&self.buffer)?;
            self.buffer.clear();
        }
        Ok(())
    }
}

/// The `article` and `path` values of each claim's record, as JSON strings, and where its
/// lines start: an article's claims are consecutive, so its id and path are escaped, and
/// the article found, once for them all.
#[derive(Default)]
struct ArticleStrings<'c, 'l> {
    last: Option<(&'c str, ArticleJson<'l>)>,
}

/// An article's id and path, each a JSON string, and its text and line index (if known).
struct ArticleJson<'l> {
    id: Vec<u8>,
    path: Vec<u8>,
    lines: Option<(&'l str, &'l LineIndex)>,
}

/// Where a record's claim is: its article's id and path (each a JSON string), and the line
/// and column of its first byte.
struct Placed<'a> {
    id: &'a [u8],
    path: &'a [u8],
    line: usize,
    column: usize,
}

/// The article whose claims [`JsonArray::write_article`] or [`write_jsonl_article`] writes:
/// its path as a JSON string, and a cursor over its lines. The id is escaped for each
/// claim's `article` (its own id, as a claim from the locator's writers would be found by).
struct OwnArticle<'a> {
    id: Vec<u8>,
    last_id: Option<&'a str>,
    path: Vec<u8>,
    article_id: &'a str,
    lines: LineCursor<'a>,
}

impl<'a> OwnArticle<'a> {
    fn new(article: &'a Article) -> Self {
        // As `ArticleJson::new` writes it.
        let path = article.path.to_string_lossy();
        let mut json_path = Vec::with_capacity(path.len() + 2);
        push_str(&mut json_path, &path);
        OwnArticle {
            id: Vec::new(),
            last_id: None,
            path: json_path,
            article_id: &article.id,
            lines: LineCursor::new(&article.text),
        }
    }

    /// The place of claim `c`. A claim naming another article (none does) would be placed
    /// as a locator that knows no such article places it: nowhere, with no path.
    fn place<'s>(&'s mut self, c: &'a Claim) -> Placed<'s> {
        if self.last_id != Some(c.article.as_str()) {
            self.id.clear();
            push_str(&mut self.id, &c.article);
            self.last_id = Some(&c.article);
        }
        if c.article == self.article_id {
            let (line, column) = self.lines.line_col(c.span.start);
            Placed {
                id: &self.id,
                path: &self.path,
                line,
                column,
            }
        } else {
            Placed {
                id: &self.id,
                path: b"\"\"",
                line: 0,
                column: 0,
            }
        }
    }
}

/// Each source kind met so far and its serde name as a JSON string: serde_json is asked
/// once for each kind, not once for each claim.
#[derive(Debug, Default)]
struct SourceKinds {
    known: Vec<(SourceKind, Vec<u8>)>,
}

impl SourceKinds {
    fn json(&mut self, kind: SourceKind) -> &[u8] {
        let k = match self.known.iter().position(|(known, _)| *known == kind) {
            Some(k) => k,
            None => {
                let json = serde_json::to_vec(&kind).expect("writes to memory");
                self.known.push((kind, json));
                self.known.len() - 1
            }
        };
        &self.known[k].1
    }
}

impl<'c, 'l> ArticleStrings<'c, 'l> {
    #[inline]
    fn of(&mut self, c: &'c Claim, loc: &'l Locator) -> &ArticleJson<'l> {
        if self.last.as_ref().is_some_and(|(id, _)| *id != c.article) {
            self.last = None;
        }
        &self
            .last
            .get_or_insert_with(|| (&c.article, ArticleJson::new(&c.article, loc)))
            .1
    }
}

impl<'l> ArticleJson<'l> {
    fn new(id: &str, loc: &'l Locator) -> Self {
        let lines = loc.lines(id);
        // As `Path::display` writes it (invalid UTF-8 replaced alike), without the
        // formatting machinery: borrowed where the path is UTF-8.
        let path = lines
            .map(|(a, _)| a.path.to_string_lossy())
            .unwrap_or_default();
        let mut json = ArticleJson {
            id: Vec::with_capacity(id.len() + 2),
            path: Vec::with_capacity(path.len() + 2),
            lines: lines.map(|(a, idx)| (a.text.as_str(), idx)),
        };
        push_str(&mut json.id, id);
        push_str(&mut json.path, &path);
        json
    }

    /// As `Locator::line_col` finds them, without finding the article again.
    fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines
            .map_or((0, 0), |(text, idx)| idx.line_col(text, offset))
    }

    /// Where claim `c` stands, for its record.
    fn placed(&self, c: &Claim) -> Placed<'_> {
        let (line, column) = self.line_col(c.span.start);
        Placed {
            id: &self.id,
            path: &self.path,
            line,
            column,
        }
    }
}

/// The bytes between two values of a record, each one constant: a separator, a line break
/// and indentation, and the next key, written as one slice whose length the compiler knows
/// (a handful of stores), rather than piece by piece. Pretty-printed as serde_json's
/// `PrettyFormatter` lays a record out one level deep (inside the array), else as its
/// `CompactFormatter` does.
///
/// `indent!(n)` is a line break and `n` levels of two spaces.
macro_rules! indent {
    (1) => {
        "\n  "
    };
    (2) => {
        "\n    "
    };
    (3) => {
        "\n      "
    };
    (4) => {
        "\n        "
    };
    (5) => {
        "\n          "
    };
    (6) => {
        "\n            "
    };
}

/// `glue!(pretty; pieces…)`: the pieces joined, each `"…"` a literal, `nl n` a line break
/// and `n` levels of indentation (pretty only), `key "name"` a member's key and its colon
/// (`"name": ` pretty, `"name":` compact).
macro_rules! glue {
    ($pretty:expr; $($piece:tt)*) => {
        if $pretty {
            glue!(@pretty [] $($piece)*)
        } else {
            glue!(@compact [] $($piece)*)
        }
    };
    (@pretty [$($done:expr),*]) => { concat!($($done),*).as_bytes() };
    (@pretty [$($done:expr),*] nl $n:tt $($rest:tt)*) => {
        glue!(@pretty [$($done,)* indent!($n)] $($rest)*)
    };
    (@pretty [$($done:expr),*] key $name:literal $($rest:tt)*) => {
        glue!(@pretty [$($done,)* "\"", $name, "\": "] $($rest)*)
    };
    (@pretty [$($done:expr),*] $lit:literal $($rest:tt)*) => {
        glue!(@pretty [$($done,)* $lit] $($rest)*)
    };
    (@compact [$($done:expr),*]) => { concat!($($done),*).as_bytes() };
    (@compact [$($done:expr),*] nl $n:tt $($rest:tt)*) => {
        glue!(@compact [$($done),*] $($rest)*)
    };
    (@compact [$($done:expr),*] key $name:literal $($rest:tt)*) => {
        glue!(@compact [$($done,)* "\"", $name, "\":"] $($rest)*)
    };
    (@compact [$($done:expr),*] $lit:literal $($rest:tt)*) => {
        glue!(@compact [$($done,)* $lit] $($rest)*)
    };
}

/// Appends a claim's record as serde_json writes the `Record` of the tests, without serde:
/// the bytes are the same, written several times faster. `PRETTY`: as `to_writer_pretty`
/// writes it one level deep (inside the array); else as `to_writer` writes it.
fn push_record<const PRETTY: bool>(
    buf: &mut Vec<u8>,
    c: &Claim,
    at: &Placed,
    kinds: &mut SourceKinds,
) {
    buf.extend_from_slice(glue!(PRETTY; "{" nl 2 key "article"));
    buf.extend_from_slice(at.id);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "path"));
    buf.extend_from_slice(at.path);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "kind"));
    push_word(buf, c.kind.as_str());
    match &c.source {
        Some(s) => {
            buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "source" "{" nl 3 key "text"));
            push_str(buf, &s.text);
            buf.extend_from_slice(glue!(PRETTY; "," nl 3 key "canonical"));
            push_str(buf, &s.canonical);
            buf.extend_from_slice(glue!(PRETTY; "," nl 3 key "kind"));
            // The kind's serde name, through serde_json itself (once a kind).
            buf.extend_from_slice(kinds.json(s.kind));
            buf.extend_from_slice(glue!(PRETTY; "," nl 3 key "start"));
            push_usize(buf, s.span.start);
            buf.extend_from_slice(glue!(PRETTY; "," nl 3 key "end"));
            push_usize(buf, s.span.end);
            buf.extend_from_slice(glue!(PRETTY; nl 2 "}," nl 2 key "cue"));
        }
        None => buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "source" "null," nl 2 key "cue")),
    }
    push_piece_at_2::<PRETTY>(buf, &c.cue);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "content"));
    push_piece_at_2::<PRETTY>(buf, &c.content);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "via"));
    push_pieces::<PRETTY>(buf, &c.via);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "hedges"));
    push_pieces::<PRETTY>(buf, &c.hedges);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "line"));
    push_usize(buf, at.line);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "column"));
    push_usize(buf, at.column);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "start"));
    push_usize(buf, c.span.start);
    buf.extend_from_slice(glue!(PRETTY; "," nl 2 key "end"));
    push_usize(buf, c.span.end);
    buf.extend_from_slice(glue!(PRETTY; nl 1 "}"));
}

/// `push_piece_at_N`: a [`Piece`] as serde writes it (`text`, the flattened span, and
/// `parts` when it has any) as an object at nesting `N`, whose members are indented `N + 1`
/// levels (`$m`), the elements of its parts `N + 2` (`$e`) and their members `N + 3` (`$p`).
macro_rules! piece_writer {
    ($name:ident, $n:tt, $m:tt, $e:tt, $p:tt) => {
        fn $name<const PRETTY: bool>(buf: &mut Vec<u8>, piece: &Piece) {
            buf.extend_from_slice(glue!(PRETTY; "{" nl $m key "text"));
            push_str(buf, &piece.text);
            buf.extend_from_slice(glue!(PRETTY; "," nl $m key "start"));
            push_usize(buf, piece.span.start);
            buf.extend_from_slice(glue!(PRETTY; "," nl $m key "end"));
            push_usize(buf, piece.span.end);
            if let Some((first, rest)) = piece.parts.split_first() {
                buf.extend_from_slice(glue!(PRETTY; "," nl $m key "parts" "[" nl $e "{" nl $p key "start"));
                for (k, part) in std::iter::once(first).chain(rest).enumerate() {
                    if k > 0 {
                        buf.extend_from_slice(glue!(PRETTY; "," nl $e "{" nl $p key "start"));
                    }
                    push_usize(buf, part.start);
                    buf.extend_from_slice(glue!(PRETTY; "," nl $p key "end"));
                    push_usize(buf, part.end);
                    buf.extend_from_slice(glue!(PRETTY; nl $e "}"));
                }
                buf.extend_from_slice(glue!(PRETTY; nl $m "]"));
            }
            buf.extend_from_slice(glue!(PRETTY; nl $n "}"));
        }
    };
}

// The cue and the content, members of the record (at nesting 2); the pieces of `via` and
// `hedges`, elements of its arrays (at nesting 3).
piece_writer!(push_piece_at_2, 2, 3, 4, 5);
piece_writer!(push_piece_at_3, 3, 4, 5, 6);

/// The pieces of `via` or `hedges`: an array, a member of the record (at nesting 2).
fn push_pieces<const PRETTY: bool>(buf: &mut Vec<u8>, pieces: &[Piece]) {
    let Some((first, rest)) = pieces.split_first() else {
        buf.extend_from_slice(b"[]");
        return;
    };
    buf.extend_from_slice(glue!(PRETTY; "[" nl 3));
    push_piece_at_3::<PRETTY>(buf, first);
    for p in rest {
        buf.extend_from_slice(glue!(PRETTY; "," nl 3));
        push_piece_at_3::<PRETTY>(buf, p);
    }
    buf.extend_from_slice(glue!(PRETTY; nl 2 "]"));
}

/// A number in decimal, two digits at a time. Offsets, lines and columns are nearly all
/// below 10,000: those are written straight from the table of pairs, the others through
/// a buffer of digits.
fn push_usize(buf: &mut Vec<u8>, n: usize) {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let pair = |k: usize| &PAIRS[2 * k..2 * k + 2];
    match n {
        0..=9 => buf.push(b'0' + n as u8),
        10..=99 => buf.extend_from_slice(pair(n)),
        100..=999 => {
            buf.push(b'0' + (n / 100) as u8);
            buf.extend_from_slice(pair(n % 100));
        }
        1000..=9999 => {
            let [a, b] = [pair(n / 100), pair(n % 100)];
            buf.extend_from_slice(&[a[0], a[1], b[0], b[1]]);
        }
        _ => {
            let mut digits = [0u8; 20];
            let mut k = digits.len();
            let mut n = n;
            while n >= 100 {
                k -= 2;
                digits[k..k + 2].copy_from_slice(pair(n % 100));
                n /= 100;
            }
            if n >= 10 {
                k -= 2;
                digits[k..k + 2].copy_from_slice(pair(n));
            } else {
                k -= 1;
                digits[k] = b'0' + n as u8;
            }
            buf.extend_from_slice(&digits[k..]);
        }
    }
}

/// A lowercase word as a JSON string: nothing to escape, so not searched for escapes.
fn push_word(buf: &mut Vec<u8>, word: &str) {
    debug_assert!(word.bytes().all(|b| b.is_ascii_lowercase()));
    buf.push(b'"');
    buf.extend_from_slice(word.as_bytes());
    buf.push(b'"');
}

/// A JSON string escaped as serde_json escapes it: `"` and `\\`, and control characters
/// (`\b \t \n \f \r` by name, the others as `\u00XX`); everything else as is.
fn push_str(buf: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    buf.push(b'"');
    let bytes = s.as_bytes();
    let mut from = 0;
    loop {
        let i = crate::text::find_json_escape(bytes, from);
        let Some(&b) = bytes.get(i) else { break };
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            0x0C => b"\\f",
            b'\r' => b"\\r",
            _ => &[], // another control character
        };
        buf.extend_from_slice(&bytes[from..i]);
        if escape.is_empty() {
            buf.extend_from_slice(b"\\u00");
            buf.push(HEX[usize::from(b >> 4)]);
            buf.push(HEX[usize::from(b & 0xF)]);
        } else {
            buf.extend_from_slice(escape);
        }
        from = i + 1;
    }
    buf.extend_from_slice(&bytes[from..]);
    buf.push(b'"');
}

/// Writes one JSON object per line, as `serde_json::to_writer` writes each record.
pub fn write_jsonl(out: &mut dyn Write, claims: &[Claim], loc: &Locator) -> io::Result<()> {
    let mut articles = ArticleStrings::default();
    let mut kinds = SourceKinds::default();
    let mut buffer = Vec::new();
    for c in claims {
        buffer.clear();
        let at = articles.of(c, loc).placed(c);
        push_record::<false>(&mut buffer, c, &at, &mut kinds);
        buffer.push(b'\n');
        out.write_all(&buffer)?;
    }
    Ok(())
}

/// [`write_jsonl`] for the claims of one article (all of them its own), without a locator:
/// see [`JsonArray::write_article`].
pub fn write_jsonl_article(
    out: &mut dyn Write,
    claims: &[Claim],
    article: &Article,
) -> io::Result<()> {
    let mut own = OwnArticle::new(article);
    let mut kinds = SourceKinds::default();
    let mut buffer = Vec::new();
    for c in claims {
        buffer.clear();
        let at = own.place(c);
        push_record::<false>(&mut buffer, c, &at, &mut kinds);
        buffer.push(b'\n');
        out.write_all(&buffer)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde::Serialize;

    use super::Locator;
    use crate::extract::{Claim, ClaimKind, Piece, Source};

    /// A claim's record as serde writes it: what the writers above must match byte for byte.
    #[derive(Serialize)]
    struct Record<'a> {
        article: &'a str,
        path: String,
        kind: ClaimKind,
        source: Option<&'a Source>,
        cue: &'a Piece,
        content: &'a Piece,
        via: &'a [Piece],
        hedges: &'a [Piece],
        line: usize,
        column: usize,
        start: usize,
        end: usize,
    }

    fn record<'a>(claim: &'a Claim, loc: &Locator) -> Record<'a> {
        let (line, column) = loc.line_col(&claim.article, claim.span.start);
        Record {
            article: &claim.article,
            path: loc
                .article(&claim.article)
                .map(|a| a.path.display().to_string())
                .unwrap_or_default(),
            kind: claim.kind,
            source: claim.source.as_ref(),
            cue: &claim.cue,
            content: &claim.content,
            via: &claim.via,
            hedges: &claim.hedges,
            line,
            column,
            start: claim.span.start,
            end: claim.span.end,
        }
    }

    #[test]
    fn records_are_written_as_serde_json_writes_them() {
        use crate::extract::{extract_claims, ExtractOptions};
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
        let out = crate::load::load(&[seeds], &crate::load::LoadOptions::default());
        let rules = crate::rules::RulePack::default_pack();
        let claims: Vec<Claim> = out
            .articles
            .iter()
            .flat_map(|a| extract_claims(a, &rules, ExtractOptions { unsourced: true }))
            .collect();
        assert!(claims.iter().any(|c| c.source.is_none()));
        assert!(claims
            .iter()
            .any(|c| !c.via.is_empty() || !c.hedges.is_empty()));
        let loc = Locator::new(&out.articles);
        let records: Vec<Record> = claims.iter().map(|c| record(c, &loc)).collect();

        let mut pretty = Vec::new();
        super::write_json(&mut pretty, &claims, &loc).unwrap();
        let mut expected = serde_json::to_vec_pretty(&records).unwrap();
        expected.push(b'\n');
        assert_eq!(
            String::from_utf8(pretty).unwrap(),
            String::from_utf8(expected).unwrap()
        );

        let mut lines = Vec::new();
        super::write_jsonl(&mut lines, &claims, &loc).unwrap();
        let mut expected = Vec::new();
        for r in &records {
            serde_json::to_writer(&mut expected, r).unwrap();
            expected.push(b'\n');
        }
        assert_eq!(
            String::from_utf8(lines).unwrap(),
            String::from_utf8(expected).unwrap()
        );
    }

    #[test]
    fn an_article_at_hand_is_written_as_with_a_locator() {
        use crate::extract::{extract_claims, ExtractOptions};
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/seeds");
        let out = crate::load::load(&[seeds], &crate::load::LoadOptions::default());
        let rules = crate::rules::RulePack::default_pack();
        let loc = Locator::new(&out.articles);
        let (mut located, mut at_hand) = (super::JsonArray::default(), super::JsonArray::default());
        let (mut pretty, mut expected) = (Vec::new(), Vec::new());
        let (mut lines, mut expected_lines) = (Vec::new(), Vec::new());
        let mut written = 0;
        for a in &out.articles {
            let mut claims = extract_claims(a, &rules, ExtractOptions { unsourced: true });
            // Offsets asked out of text order too.
            if a.id.len() % 2 == 0 {
                claims.reverse();
            }
            written += claims.len();
            at_hand.write_article(&mut pretty, &claims, a).unwrap();
            located.write(&mut expected, &claims, &loc).unwrap();
            super::write_jsonl_article(&mut lines, &claims, a).unwrap();
            super::write_jsonl(&mut expected_lines, &claims, &loc).unwrap();
        }
        assert!(written > 20);
        at_hand.finish(&mut pretty).unwrap();
        located.finish(&mut expected).unwrap();
        assert_eq!(
            String::from_utf8(pretty).unwrap(),
            String::from_utf8(expected).unwrap()
        );
        assert_eq!(
            String::from_utf8(lines).unwrap(),
            String::from_utf8(expected_lines).unwrap()
        );
    }

    #[test]
    fn source_kinds_are_written_as_serde_json_writes_them() {
        use crate::extract::SourceKind;
        let mut kinds = super::SourceKinds::default();
        for kind in [
            SourceKind::Named,
            SourceKind::Pronoun,
            SourceKind::Description,
            SourceKind::Anonymous,
            SourceKind::Vague,
            SourceKind::Named,
        ] {
            assert_eq!(kinds.json(kind), serde_json::to_vec(&kind).unwrap());
        }
        assert_eq!(kinds.known.len(), 5);
    }

    #[cfg(unix)]
    #[test]
    fn paths_are_read_as_display_writes_them() {
        use std::os::unix::ffi::OsStrExt;
        for bytes in [
            &b"dir/plain.txt"[..],
            b"caf\xc3\xa9/a\xffb\xe2\x80.txt",
            b"\xf0\x9f",
        ] {
            let path = std::path::Path::new(std::ffi::OsStr::from_bytes(bytes));
            assert_eq!(path.to_string_lossy(), path.display().to_string());
        }
    }

    #[test]
    fn kinds_are_written_as_serde_json_writes_them() {
        for kind in [ClaimKind::Direct, ClaimKind::Indirect, ClaimKind::Mixed] {
            let mut buf = Vec::new();
            super::push_word(&mut buf, kind.as_str());
            assert_eq!(buf, serde_json::to_vec(&kind).unwrap());
        }
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all: String = (0u8..0x80)
            .map(char::from)
            .chain("é“”\u{2028}".chars())
            .collect();
        for s in [all.as_str(), "", "plain", "a\"b\\c\n"] {
            let mut buf = Vec::new();
            super::push_str(&mut buf, s);
            assert_eq!(buf, serde_json::to_vec(s).unwrap());
        }
        for n in (0..=1000).chain([9999, 10_000, 123_456_789, usize::MAX - 1, usize::MAX]) {
            let mut buf = Vec::new();
            super::push_usize(&mut buf, n);
            assert_eq!(buf, n.to_string().into_bytes());
        }
    }
}
