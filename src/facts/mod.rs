//! Typed facts (counts, measures, dates, times of day) found in a sentence, each with the span
//! of the words that carry it.
//!
//! Articles about one event disagree mostly on numbers: how many were killed, when it
//! happened, how long the police took. Facts turn those phrases into comparable values —
//! every number becomes an [`Interval`], every date an interval of days — so that a checker
//! can flag disagreement with a plain overlap test, and a reader can be shown the exact words.
//!
//! All vocabulary is data in [`FactRules`] (`rules/facts.toml`); the code only knows the
//! grammar shapes (`[number] [noun]* [filler]* [participle]`, `[verb] [object]`, …).
//!
//! # Conventions
//!
//! Chosen so that honest paraphrases overlap and real disagreements do not:
//!
//! | text | interval |
//! | --- | --- |
//! | "43", "forty-three" | `43` |
//! | "more than 40", "over 40" | `> 40` (open: disagrees with "40") |
//! | "at least 43", "43 or more" | `>= 43` |
//! | "up to 30" / "fewer than 30" | `<= 30` / `< 30` |
//! | "about/around/some/approximately 40" | `36..=44` (±10%, at least ±1 for whole numbers, widened to whole numbers) |
//! | "nearly/almost 40" | `36..=40` |
//! | "between 40 and 50", "40-50", "two or three" | `40..=50`, `2..=3` |
//! | "several", "others", "many" | `>= 2` (so they disagree with exactly one) |
//! | "a few", "a handful" | `2..=9` |
//! | "dozens" / "hundreds" / "thousands" | `>= 24` / `>= 200` / `>= 2000` |
//! | "a", "an", "another", "one", a named person, "the head of security" | `1` |
//! | "no one", "none", "neither" | `0` |
//!
//! Dates are intervals of days; relative dates are resolved against the publication date and
//! widened by its uncertainty (see [`DateValue`]).

mod count;
mod date;
mod interval;
mod measure;
mod number;
mod phrase;
mod rules;
mod time;
mod tokens;

use std::fmt;
use std::sync::Arc;

use serde::{Serialize, Serializer};

use crate::article::PartialDate;
use crate::span::Span;

pub use date::{DateValue, Precision};
pub use interval::Interval;
pub use number::parse_number_phrase;
pub use rules::{FactRuleError, FactRules, DEFAULT_RULES};
pub use time::TimeValue;

use phrase::flag;
use tokens::Toks;

/// One fact: a value and the words it was read from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact {
    /// The exact words carrying the value ("injuring several others"), as a byte range into
    /// the article text.
    pub span: Span,
    pub value: FactValue,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum FactValue {
    /// How many people or things something happened to.
    Count {
        role: Role,
        n: Interval,
        /// The counted noun phrase as written ("security guard", "people"), if any.
        subject: Option<String>,
    },
    /// A measured quantity, converted to the quantity's canonical unit so that "forty
    /// minutes" and "40 minutes" compare equal.
    Measure {
        quantity: Quantity,
        value: Interval,
        /// Canonical unit ("s", "m", "years", "%", a currency code, …).
        unit: String,
    },
    Date(DateValue),
    Time(TimeValue),
}

/// What happened to the counted people or things ("killed", "injured", "drills").
///
/// Roles are names from the rules rather than an enum so that users can add new ones
/// without recompiling; comparisons are by name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Role(Arc<str>);

impl Role {
    /// Roles are usually taken from [`FactRules`]; this is for comparisons and tests.
    pub fn new(name: &str) -> Self {
        Role(Arc::from(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for Role {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Role {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl Serialize for Role {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// The kind of a measured value; values of different quantities are never compared.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Quantity {
    Magnitude,
    Distance,
    Height,
    Age,
    Percent,
    Money,
    Duration,
    /// A quantity defined only in a user's rules.
    Other(Arc<str>),
}

impl Quantity {
    /// Maps a rules-file quantity name to its kind; unknown names become user quantities.
    pub fn from_name(name: &str) -> Self {
        match name {
            "magnitude" => Quantity::Magnitude,
            "distance" => Quantity::Distance,
            "height" => Quantity::Height,
            "age" => Quantity::Age,
            "percent" => Quantity::Percent,
            "money" => Quantity::Money,
            "duration" => Quantity::Duration,
            other => Quantity::Other(Arc::from(other)),
        }
    }

    /// The name used in rules files and output.
    pub fn name(&self) -> &str {
        match self {
            Quantity::Magnitude => "magnitude",
            Quantity::Distance => "distance",
            Quantity::Height => "height",
            Quantity::Age => "age",
            Quantity::Percent => "percent",
            Quantity::Money => "money",
            Quantity::Duration => "duration",
            Quantity::Other(n) => n,
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Quantity {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// What already uses a token, so later passes do not read it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Claim {
    Free,
    /// Part of a date or time of day.
    Date,
    /// Part of a measure ("34-year-old"), which may still sit inside a counted noun phrase.
    Measure,
}

/// Finds the facts in one sentence of an article.
///
/// `sentence` is a byte range of `text`; returned spans are byte ranges of `text` inside it,
/// sorted. `published` anchors relative dates ("last year", "on Wednesday"); without it they
/// come back with [`Precision::Unknown`] and an unbounded interval. Never panics: a span out
/// of range or off a char boundary is clipped.
pub fn extract_facts(
    text: &str,
    sentence: Span,
    published: Option<PartialDate>,
    rules: &FactRules,
) -> Vec<Fact> {
    let Some(sentence) = clip(text, sentence) else {
        return Vec::new();
    };
    let mut t = Toks::new(text, sentence, Some(&rules.lex));
    if t.all_flags & flag::ANCHORS == 0 {
        return Vec::new();
    }
    t.precompute_numbers(rules);
    let mut claimed = vec![Claim::Free; t.len()];
    let mut out = Vec::new();
    let has = |bits: u64| t.all_flags & bits != 0;
    if has(flag::NUM | flag::NAMED_TIME) {
        time::extract(&t, rules, &mut claimed, &mut out);
    }
    let weak_years = if has(flag::NUM | flag::MONTH | flag::WEEKDAY | flag::SEASON | flag::RELATIVE)
    {
        date::extract(&t, rules, published, &mut claimed, &mut out)
    } else {
        Vec::new()
    };
    let before_measures = out.len();
    if has(flag::UNIT_SUFFIX
        | flag::UNIT_PREFIX
        | flag::MONEY_PREFIX
        | flag::MONEY_SUFFIX
        | flag::NUM)
    {
        measure::extract(&t, rules, &mut claimed, &mut out);
    }
    if has(flag::PARTICIPLE | flag::VERB | flag::ROLE_NOUN | flag::TOLL | flag::COUNTED) {
        count::extract(&t, rules, &claimed, &mut out);
    }
    if !weak_years.is_empty() {
        // A lone year-like number that turned out to be a count or measure ("2000 people
        // were killed") is not a year.
        let used: Vec<Span> = out[before_measures..].iter().map(|f| f.span).collect();
        let mut idx = 0;
        out.retain(|f| {
            let keep = !weak_years.contains(&idx) || !used.iter().any(|u| u.overlaps(f.span));
            idx += 1;
            keep
        });
    }
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out
}

/// Clips a span to `text` and to char boundaries.
fn clip(text: &str, s: Span) -> Option<Span> {
    let mut start = s.start.min(text.len());
    let mut end = s.end.min(text.len());
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (start < end).then_some(Span::new(start, end))
}

#[cfg(test)]
mod tests;
