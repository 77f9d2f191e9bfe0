//! What the checks share: accounts built from facts, value hulls, context words, and the
//! note saying which report came later.

use std::collections::{BTreeMap, HashSet};

use jiff::civil::Date;

use super::{Account, Finding, Rule};
use crate::align::{Alignment, KeptText};
use crate::article::PartialDate;
use crate::facts::{FactValue, Interval, Quantity};
use crate::span::Span;
use crate::text::tokenize;

/// For every event, its facts as (article, fact index), in article and text order.
pub fn event_facts(al: &Alignment) -> Vec<Vec<(usize, usize)>> {
    let mut out = vec![Vec::new(); al.events.len()];
    for (d, doc) in al.docs.iter().enumerate() {
        for (f, fact) in doc.facts.iter().enumerate() {
            if let Some(e) = fact.mention.and_then(|m| doc.mentions[m as usize].event) {
                out[e].push((d, f));
            }
        }
    }
    out
}

/// The sentence, on one line.
pub fn excerpt(text: &KeptText, span: Span) -> String {
    text.of(span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// An account for a fact.
pub fn fact_account(al: &Alignment, d: usize, f: usize, value: String) -> Account {
    let doc = &al.docs[d];
    let fact = &doc.facts[f];
    let sentence = doc.sentences[fact.sentence as usize].span;
    let source = doc
        .claim_of(fact)
        .and_then(|c| c.source.as_ref())
        .map(|s| s.canonical.clone());
    span_account(al, d, fact.fact.span, sentence, value, source)
}

/// An account for any words of an article.
pub fn span_account(
    al: &Alignment,
    d: usize,
    span: Span,
    sentence: Span,
    value: String,
    source: Option<String>,
) -> Account {
    let article = &al.articles[d];
    Account {
        article: article.id.clone(),
        article_index: d,
        start: span.start,
        end: span.end,
        mention: excerpt(&article.text, span),
        excerpt: excerpt(&article.text, sentence),
        value,
        source,
    }
}

/// The name to show for an article: its outlet when known, else its id.
pub fn article_name(al: &Alignment, d: usize) -> String {
    let a = &al.articles[d];
    match &a.meta.outlet {
        Some(o) => format!("{} ({})", a.id, o),
        None => a.id.clone(),
    }
}

/// The smallest interval containing all of them.
pub fn hull(values: &[Interval]) -> Option<Interval> {
    let mut it = values.iter();
    let mut h = *it.next()?;
    for v in it {
        if v.lo < h.lo {
            h.lo = v.lo;
            h.lo_open = v.lo_open;
        } else if v.lo == h.lo {
            h.lo_open &= v.lo_open;
        }
        if v.hi > h.hi {
            h.hi = v.hi;
            h.hi_open = v.hi_open;
        } else if v.hi == h.hi {
            h.hi_open &= v.hi_open;
        }
    }
    Some(h)
}

fn published_days(p: PartialDate) -> Option<(Date, Date)> {
    let (y, m1, m2) = match p {
        PartialDate::Year(y) => (y, 1, 12),
        PartialDate::Month(y, m) | PartialDate::Day(y, m, _) => (y, m as i8, m as i8),
    };
    let start = match p {
        PartialDate::Day(_, _, d) => Date::new(y, m1, d as i8).ok()?,
        _ => Date::new(y, m1, 1).ok()?,
    };
    let end = match p {
        PartialDate::Day(..) => start,
        _ => Date::new(y, m2, 1).ok()?.last_of_month(),
    };
    Some((start, end))
}

/// A finding that the accounts of one event disagree on `what` ("the date", "the number
/// injured"), with what each article says and, when they were published at different
/// times, which report is later.
pub fn disagreement(
    al: &Alignment,
    rule: &Rule,
    event: usize,
    what: &str,
    says: &[String],
    articles: &[usize],
    accounts: Vec<Account>,
) -> Finding {
    let mut message = format!("accounts disagree on {what}: {}", says.join("; "));
    add_publication_note(al, &mut message, articles);
    Finding::new(
        rule,
        message,
        Some(al.events[event].label.clone()),
        accounts,
    )
}

/// Appends to a finding's message which report is later, when the accounts were published
/// at different times (the later one is likely the update).
pub fn add_publication_note(al: &Alignment, message: &mut String, articles: &[usize]) {
    if let Some(note) = publication_note(al, articles) {
        message.push_str("; ");
        message.push_str(&note);
    }
}

/// When the articles taking part in a disagreement were published at different times: a
/// sentence naming the latest one, which is likely the update. `None` when dates are
/// unknown or do not separate the reports.
pub fn publication_note(al: &Alignment, articles: &[usize]) -> Option<String> {
    let mut uniq: Vec<usize> = articles.to_vec();
    uniq.sort_unstable();
    uniq.dedup();
    if uniq.len() < 2 {
        return None;
    }
    let dated: Vec<(usize, (Date, Date), PartialDate)> = uniq
        .iter()
        .map(|&d| {
            let p = al.articles[d].meta.published?;
            Some((d, published_days(p)?, p))
        })
        .collect::<Option<Vec<_>>>()?;
    let latest = dated.iter().max_by_key(|x| (x.1 .0, x.0))?;
    let strictly_later = dated
        .iter()
        .filter(|x| x.0 != latest.0)
        .all(|x| x.1 .1 < latest.1 .0);
    if !strictly_later {
        return None;
    }
    let earlier: Vec<String> = dated
        .iter()
        .filter(|x| x.0 != latest.0)
        .map(|x| format!("{} ({})", article_name(al, x.0), x.2))
        .collect();
    Some(format!(
        "the reports were published at different times: {} (published {}) is later than {}, so it is likely the update",
        article_name(al, latest.0),
        latest.2,
        earlier.join(", ")
    ))
}

/// Words that say nothing about what a number measures.
const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "to",
    "in",
    "on",
    "at",
    "for",
    "and",
    "or",
    "but",
    "by",
    "with",
    "from",
    "as",
    "after",
    "before",
    "about",
    "than",
    "that",
    "this",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "had",
    "has",
    "have",
    "it",
    "its",
    "their",
    "his",
    "her",
    "some",
    "more",
    "over",
    "nearly",
    "almost",
    "around",
    "least",
    "up",
    "only",
    "just",
    "mere",
    "staggering",
    "later",
    "earlier",
    "ago",
    "away",
    "which",
    "who",
    "while",
    "when",
];

/// Content words near a fact (`before` and `after` words on each side, names left out as
/// they are shared by every sentence about the event), stemmed to five letters: two values
/// are about the same thing only when their contexts share one.
pub fn context_words(
    al: &Alignment,
    d: usize,
    f: usize,
    before: usize,
    after: usize,
) -> HashSet<String> {
    let doc = &al.docs[d];
    let fact = &doc.facts[f];
    let sentence = doc.sentences[fact.sentence as usize].span;
    // The tokenizer reads only the sentence it is given: the sentence alone, shifted back.
    let text = al.articles[d].text.of(sentence);
    let words: Vec<(Span, String)> = tokenize(text, Span::new(0, text.len()))
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| {
            let at = Span::new(sentence.start + t.span.start, sentence.start + t.span.end);
            (at, t.text(text).to_string())
        })
        .collect();
    let first = words.iter().position(|w| w.0.end > fact.fact.span.start);
    let last = words.iter().rposition(|w| w.0.start < fact.fact.span.end);
    let (Some(first), Some(last)) = (first, last) else {
        return HashSet::new();
    };
    let lo = first.saturating_sub(before);
    let hi = (last + 1 + after).min(words.len());
    words[lo..hi]
        .iter()
        .enumerate()
        .filter(|(_, w)| !fact.fact.span.contains(w.0))
        .filter(|(i, w)| lo + i == 0 || !w.1.starts_with(char::is_uppercase))
        .map(|(_, w)| w.1.to_lowercase())
        .filter(|w| w.chars().any(char::is_alphabetic) && !STOP.contains(&w.as_str()))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// Normalised value of a measure for output: durations in the largest whole unit.
pub fn measure_value(quantity: &Quantity, value: &Interval, unit: &str) -> String {
    if *quantity == Quantity::Duration && unit == "s" {
        for (k, name) in [
            (31_556_952.0, "years"),
            (2_629_746.0, "months"),
            (604_800.0, "weeks"),
            (86_400.0, "days"),
            (3_600.0, "h"),
            (60.0, "min"),
        ] {
            let whole = |x: f64| x == f64::INFINITY || x == 0.0 || (x / k).fract().abs() < 1e-6;
            if value.lo >= k && whole(value.lo) && whole(value.hi) {
                return format!("{} {name}", value.scale(1.0 / k));
            }
        }
    }
    if unit.is_empty() {
        format!("{value} {quantity}")
    } else {
        format!("{value} {unit}")
    }
}

/// The fact values of one kind, grouped by a key, per article: the shape every
/// value check starts from.
pub fn group_by<K: Ord + Clone>(
    al: &Alignment,
    facts: &[(usize, usize)],
    mut key: impl FnMut(&FactValue) -> Option<K>,
) -> BTreeMap<K, Vec<(usize, usize)>> {
    let mut out: BTreeMap<K, Vec<(usize, usize)>> = BTreeMap::new();
    for &(d, f) in facts {
        if let Some(k) = key(&al.docs[d].facts[f].fact.value) {
            out.entry(k).or_default().push((d, f));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hull_covers_all() {
        let h = hull(&[Interval::exact(5.0), Interval::at_least(2.0)]).unwrap();
        assert_eq!(h.to_string(), ">= 2");
        let h = hull(&[Interval::exact(5.0), Interval::exact(7.0)]).unwrap();
        assert_eq!(h.to_string(), "5..=7");
        assert!(hull(&[]).is_none());
    }

    #[test]
    fn durations_read_naturally() {
        let q = Quantity::Duration;
        assert_eq!(measure_value(&q, &Interval::exact(2400.0), "s"), "40 min");
        assert_eq!(measure_value(&q, &Interval::exact(7200.0), "s"), "2 h");
        assert_eq!(measure_value(&q, &Interval::exact(45.0), "s"), "45 s");
        assert_eq!(
            measure_value(&q, &Interval::exact(946_708_560.0), "s"),
            "30 years"
        );
        assert_eq!(
            measure_value(&q, &Interval::exact(18_408_222.0), "s"),
            "7 months"
        );
        assert_eq!(
            measure_value(&Quantity::Magnitude, &Interval::exact(7.8), ""),
            "7.8 magnitude"
        );
    }
}
