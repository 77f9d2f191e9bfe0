//! Byte offset → line:column, computed only when reporting.

/// Bytes between column checkpoints in long lines.
const CHECKPOINT_BYTES: usize = 1024;

/// Line starts of a text, for turning byte offsets into 1-based line and column numbers.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset, 0-based character column there) at every line start and every
    /// [`CHECKPOINT_BYTES`] inside lines: a column is then counted from the nearest
    /// checkpoint, not from the line start, so many positions on one huge line (a file
    /// with no line breaks) cost linear time, not quadratic.
    checkpoints: Vec<(usize, usize)>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        // Room for a line in every 64 bytes, more than prose has: the vector is seldom grown.
        let mut starts = Vec::with_capacity(1 + text.len() / 64);
        starts.push(0);
        starts.extend(memchr_newlines(text).map(|i| i + 1));
        let mut checkpoints = Vec::with_capacity(starts.len() + text.len() / CHECKPOINT_BYTES);
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(text.len(), |&s| s - 1);
            let (mut at, mut column) = (start, 0);
            checkpoints.push((at, column));
            while end.saturating_sub(at) > CHECKPOINT_BYTES {
                let mut next = at + CHECKPOINT_BYTES;
                while !text.is_char_boundary(next) {
                    next += 1;
                }
                column += text[at..next].chars().count();
                at = next;
                checkpoints.push((at, column));
            }
        }
        LineIndex {
            starts,
            checkpoints,
        }
    }

    /// 1-based line and 1-based column counted in characters (what editors show).
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        // The line's start is a checkpoint, so the nearest one is on this line.
        let k = self.checkpoints.partition_point(|&(at, _)| at <= offset) - 1;
        let (at, column) = self.checkpoints[k];
        let col = column
            + text
                .get(at..offset)
                .map_or(offset - at, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// Byte range of a 1-based line, without its line terminator.
    pub fn line_span(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).map_or(text.len(), |&s| s - 1);
        let end = if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end
        };
        Some((start, end.max(start)))
    }
}

/// Line and column of offsets asked in increasing order, as [`LineIndex::line_col`] gives
/// them, without indexing the whole text first: a report of one article's claims asks a
/// dozen offsets, mostly in text order, and building a [`LineIndex`] for each article cost
/// more than finding them. The lines between one offset and the next are passed over once;
/// an offset before the last one asked starts again from the beginning.
#[derive(Debug, Clone)]
pub struct LineCursor<'t> {
    text: &'t str,
    /// The last offset asked (a character boundary), its 1-based line and its 0-based
    /// column in characters.
    at: usize,
    line: usize,
    column: usize,
}

impl<'t> LineCursor<'t> {
    pub fn new(text: &'t str) -> Self {
        LineCursor {
            text,
            at: 0,
            line: 1,
            column: 0,
        }
    }

    /// `LineIndex::new(text).line_col(text, offset)`.
    pub fn line_col(&mut self, offset: usize) -> (usize, usize) {
        let text = self.text;
        let offset = offset.min(text.len());
        if !text.is_char_boundary(offset) {
            // Never an offset of a claim; answered as the index answers it (in bytes from
            // its nearest checkpoint), not followed.
            return LineIndex::new(text).line_col(text, offset);
        }
        if offset < self.at {
            *self = LineCursor::new(text);
        }
        let passed = &text[self.at..offset];
        // The last break passed, then those before it: a claim is a line or two on from
        // the one before, and memchr's searches beat a loop over its bytes.
        match memchr::memrchr(b'\n', passed.as_bytes()) {
            Some(last) => {
                self.line += 1 + memchr::memchr_iter(b'\n', &passed.as_bytes()[..last]).count();
                self.column = passed[last + 1..].chars().count();
            }
            None => self.column += passed.chars().count(),
        }
        self.at = offset;
        (self.line, self.column + 1)
    }
}

fn memchr_newlines(text: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', text.as_bytes())
}

/// The lines of `text` with their line breaks, as `text.split_inclusive('\n')` yields them,
/// found with `memchr`: whole articles are cut into lines, and the standard library's
/// search for a character is several times slower.
pub fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> + '_ {
    let mut start = 0;
    memchr_newlines(text)
        .map(|i| i + 1)
        .chain([text.len()])
        .map_while(move |end| {
            // `end == start` only at the end of a text that is empty or ends with a break.
            (end > start).then(|| {
                let line = &text[start..end];
                start = end;
                line
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_in_characters() {
        let text = "ab\nçd ef\n\nx";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        // 'd' follows a two-byte 'ç': byte 5, column 2.
        assert_eq!(idx.line_col(text, 5), (2, 2));
        assert_eq!(idx.line_col(text, text.len()), (4, 2));
        assert_eq!(idx.line_span(text, 2), Some((3, 9)));
        assert_eq!(idx.line_span(text, 3), Some((10, 10)));
        assert_eq!(idx.line_span(text, 9), None);
    }

    #[test]
    fn a_cursor_answers_as_the_index_does_in_any_order() {
        let long = "é".repeat(CHECKPOINT_BYTES) + "x\r\nnext";
        for text in [
            "",
            "\n",
            "ab\nçd ef\n\nx",
            "one\r\ntwo\n\n\nthree “four”\n",
            long.as_str(),
        ] {
            let idx = LineIndex::new(text);
            let offsets: Vec<usize> = (0..=text.len() + 2).collect();
            // Forwards (each offset and the next), backwards, and leaping about.
            let mut orders = vec![offsets.clone(), offsets.iter().rev().copied().collect()];
            orders.push(
                offsets
                    .iter()
                    .map(|&o| (o * 7) % (text.len() + 3))
                    .collect(),
            );
            for order in orders {
                let mut cursor = LineCursor::new(text);
                for offset in order {
                    assert_eq!(
                        cursor.line_col(offset),
                        idx.line_col(text, offset),
                        "{text:?} at {offset}"
                    );
                }
            }
        }
    }

    #[test]
    fn lines_are_cut_as_split_inclusive_cuts_them() {
        for text in [
            "",
            "\n",
            "\n\n",
            "one",
            "one\n",
            "one\ntwo",
            "  one \r\n\n two\n\n",
            "\u{a0}Über\u{2028}x\nß\n",
        ] {
            let got: Vec<&str> = lines_inclusive(text).collect();
            let expected: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn columns_on_a_long_line_count_characters_across_checkpoints() {
        let line = "é".repeat(3 * CHECKPOINT_BYTES) + "x\nnext";
        let idx = LineIndex::new(&line);
        let x = line.find('x').unwrap();
        assert_eq!(idx.line_col(&line, x), (1, 3 * CHECKPOINT_BYTES + 1));
        assert_eq!(idx.line_col(&line, x + 2), (2, 1));
        for offset in (0..x).step_by(2) {
            assert_eq!(idx.line_col(&line, offset), (1, offset / 2 + 1));
        }
    }
}
