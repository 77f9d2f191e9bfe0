//! Publication date from a dateline near the top of the article.
//!
//! Saved pages often carry no metadata but print the date under the headline. Relative
//! dates in the story ("on Thursday") need an anchor, so a dateline is the last resort
//! when neither front matter nor the manifest gives one. Dates inside prose are events,
//! not publication dates, so only short lines or the very start of a line count.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use crate::article::PartialDate;
use crate::span::Span;

/// How many non-blank, non-furniture lines from the top are searched.
const MAX_LINES: usize = 40;
/// A line this short is a dateline wherever the date sits in it ("By A. Writer | Nov 1, 2022").
const SHORT_LINE_WORDS: usize = 12;
/// In a longer line the date must come within this many words of the start and be followed
/// by a separator ("WASHINGTON, Nov. 1, 2022 (Reuters) -").
const MAX_PREFIX_WORDS: usize = 4;
/// The most whitespace-separated words a date takes ("Tuesday, November 1st, 2022").
const MAX_DATE_WORDS: usize = 5;

const MONTH: &str = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\.?,?\s+(?P<y>\d{{4}})\b"
    ))
    .expect("valid regex")
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b{MONTH}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"
    ))
    .expect("valid regex")
});
static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b").expect("valid regex")
});
/// What may follow a dateline at the start of a paragraph: an optional time, then a
/// separator ("Nov. 1, 2022 15:20 — …", "1 Nov 2022 (Wire) - …") or the end of the line.
static AFTER_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,5}\b)?)?\s*(?:$|[—–\-|:/(·•])",
    )
    .expect("valid regex")
});
static DOTTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b").expect("valid regex")
});

/// The first dateline in the top of `body`, skipping furniture lines; returns the date and
/// where it was found.
pub(crate) fn find_dateline(
    text: &str,
    body: Span,
    furniture: &[Span],
) -> Option<(PartialDate, Span)> {
    let body_text = text.get(body.start..body.end)?;
    let mut offset = body.start;
    let mut seen = 0;
    for raw in crate::text::lines_inclusive(body_text) {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end();
        if line.trim().is_empty() {
            continue;
        }
        let span = Span::new(line_start, line_start + line.len());
        if furniture.iter().any(|f| f.contains(span)) {
            continue;
        }
        seen += 1;
        if seen > MAX_LINES {
            break;
        }
        if let Some((date, found)) = date_in_line(line) {
            return Some((
                date,
                Span::new(line_start + found.start, line_start + found.end),
            ));
        }
    }
    None
}

fn date_in_line(line: &str) -> Option<(PartialDate, Span)> {
    // A short line that reads like a sentence ("It all changed on 3 May 2021.") is prose.
    let short =
        !has_more_words(line, SHORT_LINE_WORDS) && !line.trim_end().ends_with(['.', '!', '?', '…']);
    // In a long line only a date near its start counts, so only the start is searched:
    // prose paragraphs are often one long line each, and scanning them whole dominated
    // loading time.
    let haystack = if short {
        line
    } else {
        prefix_words(line, MAX_PREFIX_WORDS + MAX_DATE_WORDS)
    };
    if !haystack.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut best: Option<(PartialDate, Span)> = None;
    for (re, numeric_month) in [
        (&*DAY_MONTH_YEAR, false),
        (&*MONTH_DAY_YEAR, false),
        (&*ISO, true),
        (&*DOTTED, true),
    ] {
        for caps in re.captures_iter(haystack) {
            let Some(m) = caps.get(0) else { continue };
            if best.is_some_and(|(_, b)| b.start <= m.start()) {
                break;
            }
            let opens_line =
                near_line_start(&line[..m.start()]) && AFTER_DATELINE.is_match(&line[m.end()..]);
            if !(short || opens_line) {
                continue;
            }
            if let Some(date) = date_from(&caps, numeric_month) {
                best = Some((date, Span::new(m.start(), m.end())));
                break;
            }
        }
    }
    best
}

/// The start of `line` up to (not including) the whitespace after its first `n` words, so
/// the cut falls on a word boundary and `\b` at its end means what it means in the line.
fn prefix_words(line: &str, n: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return &line[..i];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    line
}

fn near_line_start(prefix: &str) -> bool {
    !has_more_words(prefix, MAX_PREFIX_WORDS) && !prefix.contains(['.', '!', '?'])
}

/// Whether `s` has more than `n` words, not counting separators ("By A | May 1, 2022" has
/// five); stops reading at word `n + 1`, as lines can be whole paragraphs. The words are
/// those of `split_whitespace` with a letter or digit, read a byte at a time where ASCII
/// (this runs on up to 40 lines of every article without a date).
fn has_more_words(s: &str, n: usize) -> bool {
    let bytes = s.as_bytes();
    let mut words = 0;
    // Whether the current word has been counted (has had a letter or digit).
    let mut counted = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            // ASCII whitespace is at most ' ': most bytes are past it, in a counted word.
            if b > b' ' {
                if !counted && b.is_ascii_alphanumeric() {
                    counted = true;
                    words += 1;
                    if words > n {
                        return true;
                    }
                }
            } else if matches!(b, b'\t'..=b'\r' | b' ') {
                counted = false;
            }
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().expect("a character at a boundary");
        if c.is_whitespace() {
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            counted = true;
            words += 1;
            if words > n {
                return true;
            }
        }
        i += c.len_utf8();
    }
    false
}

fn date_from(caps: &Captures<'_>, numeric_month: bool) -> Option<PartialDate> {
    let y: i16 = caps.name("y")?.as_str().parse().ok()?;
    let d: u8 = caps.name("d")?.as_str().parse().ok()?;
    let m: u8 = if numeric_month {
        caps.name("m")?.as_str().parse().ok()?
    } else {
        month_number(caps.name("mon")?.as_str())?
    };
    jiff::civil::Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
    Some(PartialDate::Day(y, m, d))
}

fn month_number(name: &str) -> Option<u8> {
    let prefix: String = name.chars().take(3).flat_map(char::to_lowercase).collect();
    let n = match prefix.as_str() {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for s in [
            "",
            "   ",
            "By A. Writer | Nov 1, 2022",
            "— | · 12 — x",
            "tab\tand\u{b}vertical\u{c}feed\r\nline",
            "non\u{a0}breaking\u{2003}em\u{3000}space",
            "Grüße aus Baku, “quoted” — dash ¿qué? 日本語 ١٢",
            "a!b c-- --d ... e",
        ] {
            for n in 0..10 {
                let slow = s
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .nth(n)
                    .is_some();
                assert_eq!(has_more_words(s, n), slow, "{s:?} {n}");
            }
        }
    }

    fn date_of(text: &str) -> Option<PartialDate> {
        find_dateline(text, Span::new(0, text.len()), &[]).map(|(d, _)| d)
    }

    #[test]
    fn recognises_common_forms() {
        let day = Some(PartialDate::Day(2022, 11, 1));
        for line in [
            "01 November 2022 15:20",
            "November 1, 2022",
            "Nov. 1, 2022",
            "2022-11-01",
            "Tuesday, 1 November 2022",
            "Tuesday, November 1st, 2022 at 3:20 pm",
            "By Jane Roe | Published Sep 3, 2020 | Updated 1 Nov 2022",
            "Published: 01.11.2022",
        ] {
            let text = format!("Headline about the harbour\n\n{line}\n\nThe story starts here.");
            let got = date_of(&text);
            if line.starts_with("By Jane") {
                assert_eq!(got, Some(PartialDate::Day(2020, 9, 3)), "{line}");
            } else {
                assert_eq!(got, day, "{line}");
            }
        }
    }

    #[test]
    fn accepts_a_dateline_at_the_start_of_a_paragraph() {
        let text = "WASHINGTON, Nov. 1, 2022 (Wire) - Lawmakers agreed on a budget on Tuesday after weeks of talks that had stalled twice.";
        assert_eq!(date_of(text), Some(PartialDate::Day(2022, 11, 1)));
        let text = "1 November 2022 15:20 — Lawmakers agreed on a budget on Tuesday after weeks of talks that had stalled twice.";
        assert_eq!(date_of(text), Some(PartialDate::Day(2022, 11, 1)));
    }

    #[test]
    fn ignores_dates_inside_prose() {
        let text = "The union said the strike, which began on 3 March 2021 at the main terminal, had cost the port millions in lost fees.\n";
        assert_eq!(date_of(text), None);
        let text = "Talks began in early October 2022.\n";
        assert_eq!(date_of(text), None);
        // Near the start of a line, but the sentence goes on.
        let text = "The morning of 3 March 2021, dock workers walked out over pay and conditions at the port.\n";
        assert_eq!(date_of(text), None);
        let text = "It all changed on 3 March 2021.\n";
        assert_eq!(date_of(text), None);
    }

    #[test]
    fn rejects_impossible_dates() {
        assert_eq!(date_of("31 February 2022\n"), None);
        assert_eq!(date_of("2022-13-01\n"), None);
    }

    #[test]
    fn skips_furniture_and_reports_the_span() {
        let text = "© 1 January 2020 Example Co\n\n5 May 2021\nBody.";
        let furniture = [Span::new(0, text.find('\n').unwrap())];
        let (date, span) = find_dateline(text, Span::new(0, text.len()), &furniture).unwrap();
        assert_eq!(date, PartialDate::Day(2021, 5, 5));
        assert_eq!(span.of(text), "5 May 2021");
    }

    #[test]
    fn prefix_words_cuts_at_whitespace() {
        assert_eq!(prefix_words("a bb  ccc d", 2), "a bb");
        assert_eq!(prefix_words("a bb", 5), "a bb");
        assert_eq!(prefix_words("  a bb", 1), "  a");
        // A date whose year is the last word kept still ends at a word boundary.
        let line = "WASHINGTON, Tuesday, November 1st, 2022 — Lawmakers agreed on a budget after weeks of talks that had stalled twice.";
        assert_eq!(date_of(line), Some(PartialDate::Day(2022, 11, 1)));
    }

    #[test]
    fn only_looks_near_the_top() {
        let mut text = "Prose line.\n".repeat(MAX_LINES);
        text.push_str("1 May 2021\n");
        assert_eq!(date_of(&text), None);
    }
}
