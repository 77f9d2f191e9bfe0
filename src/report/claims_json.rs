//! Claims as JSON (one array) or JSON Lines (one claim per line).
//!
//! Each record: `article`, `path`, `kind` (direct|indirect|mixed), `source` ({`text`,
//! `canonical`, `kind`, `start`, `end`} or null), `cue` ({`text`, `start`, `end`}),
//! `content` (same), `via` (list of pieces), `hedges` (list of pieces), `line` and `column`
//! (1-based, of the claim's first byte), and `start`/`end` (byte offsets of the claim).

use std::io::{self, Write};

use serde::Serialize;

use super::Locator;
use crate::extract::{Claim, ClaimKind, Piece, Source};

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
    buffer: Vec<u8>,
}

impl JsonArray {
    /// Appends claims (whose articles `loc` knows) to the array.
    pub fn write(
        &mut self,
        out: &mut dyn Write,
        claims: &[Claim],
        loc: &Locator,
    ) -> io::Result<()> {
        for c in claims {
            out.write_all(if self.started { b",\n" } else { b"[\n" })?;
            self.started = true;
            self.buffer.clear();
            serde_json::to_writer_pretty(&mut self.buffer, &record(c, loc))?;
            // One level deeper than a lone record. JSON strings never hold a raw newline,
            // so indenting after each newline indents exactly the record's lines.
            out.write_all(b"  ")?;
            for line in self.buffer.split_inclusive(|&b| b == b'\n') {
                out.write_all(line)?;
                if line.ends_with(b"\n") {
                    out.write_all(b"  ")?;
                }
            }
        }
        Ok(())
    }

    /// Closes the array.
    pub fn finish(self, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(if self.started { b"\n]\n" } else { b"[]\n" })
    }
}

/// Writes one JSON object per line.
pub fn write_jsonl(out: &mut dyn Write, claims: &[Claim], loc: &Locator) -> io::Result<()> {
    for c in claims {
        serde_json::to_writer(&mut *out, &record(c, loc))?;
        writeln!(out)?;
    }
    Ok(())
}
