//! An article: its original text, where its body lies, and its publication metadata.

use std::fmt;
use std::path::PathBuf;

use serde::{Serialize, Serializer};

use crate::span::Span;

/// One loaded article.
///
/// `text` is the file's content exactly as read (after decoding to UTF-8), so spans and
/// line numbers refer to the file the user has open. `body` excludes front matter.
#[derive(Debug, Clone)]
pub struct Article {
    /// Identifier used in output: the manifest id, else the file stem.
    pub id: String,
    /// Path the article was read from (as given or found while walking).
    pub path: PathBuf,
    pub text: String,
    /// The part of `text` holding the article (front matter excluded).
    pub body: Span,
    pub meta: Metadata,
    /// Byte ranges of page furniture (navigation, share buttons, copyright, author bios)
    /// that must not yield claims or facts.
    pub furniture: Vec<Span>,
}

impl Article {
    /// An article made from a string, with no metadata: handy for tests and library users.
    pub fn from_text(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let body = Span::new(0, text.len());
        let id = id.into();
        Article {
            path: PathBuf::from(format!("{id}.txt")),
            id,
            text,
            body,
            meta: Metadata::default(),
            furniture: Vec::new(),
        }
    }

    /// Whether a span lies (even partly) in page furniture.
    pub fn in_furniture(&self, span: Span) -> bool {
        self.furniture.iter().any(|f| f.overlaps(span))
    }
}

/// Publication metadata from front matter, the manifest, or a dateline in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
}

/// A calendar date known to the day, the month, or only the year.
///
/// Article dates are often partial ("October 2022"); relative dates in the text are resolved
/// against them and inherit their uncertainty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartialDate {
    Year(i16),
    Month(i16, u8),
    Day(i16, u8, u8),
}

impl PartialDate {
    pub fn year(&self) -> i16 {
        match *self {
            PartialDate::Year(y) | PartialDate::Month(y, _) | PartialDate::Day(y, _, _) => y,
        }
    }

    pub fn month(&self) -> Option<u8> {
        match *self {
            PartialDate::Year(_) => None,
            PartialDate::Month(_, m) | PartialDate::Day(_, m, _) => Some(m),
        }
    }

    pub fn day(&self) -> Option<u8> {
        match *self {
            PartialDate::Day(_, _, d) => Some(d),
            _ => None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (an optional time after `T` or a space is
    /// ignored), validating the calendar date.
    pub fn parse_iso(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        let date_part = s.split(['T', ' ']).next()?;
        let mut parts = date_part.split('-');
        let y: i16 = parse_digits(parts.next()?, 4)?;
        let Some(m) = parts.next() else {
            return Some(PartialDate::Year(y));
        };
        let m: u8 = parse_digits(m, 2)?;
        if !(1..=12).contains(&m) {
            return None;
        }
        let Some(d) = parts.next() else {
            return Some(PartialDate::Month(y, m));
        };
        let d: u8 = parse_digits(d, 2)?;
        if parts.next().is_some() {
            return None;
        }
        jiff::civil::Date::new(y, m as i8, d as i8).ok()?;
        Some(PartialDate::Day(y, m, d))
    }
}

fn parse_digits<T: std::str::FromStr>(s: &str, len: usize) -> Option<T> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            PartialDate::Year(y) => write!(f, "{y:04}"),
            PartialDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PartialDate::Day(y, m, d) => write!(f, "{y:04}-{m:02}-{d:02}"),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_partial_iso_dates() {
        assert_eq!(
            PartialDate::parse_iso("2022"),
            Some(PartialDate::Year(2022))
        );
        assert_eq!(
            PartialDate::parse_iso("2022-10"),
            Some(PartialDate::Month(2022, 10))
        );
        assert_eq!(
            PartialDate::parse_iso("2023-03-31"),
            Some(PartialDate::Day(2023, 3, 31))
        );
        assert_eq!(
            PartialDate::parse_iso("2023-03-31T10:00:00Z"),
            Some(PartialDate::Day(2023, 3, 31))
        );
        assert_eq!(PartialDate::parse_iso("2023-02-30"), None);
        assert_eq!(PartialDate::parse_iso("2023-13"), None);
        assert_eq!(PartialDate::parse_iso("yesterday"), None);
        assert_eq!(PartialDate::Month(2022, 10).to_string(), "2022-10");
    }
}
