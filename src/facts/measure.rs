//! Measured values: magnitudes, distances and heights, ages, percentages, money, durations.
//!
//! Every value is converted to its quantity's canonical unit ("forty minutes" and "40
//! minutes" are both 2400 s), so agreement is interval overlap within one quantity.

use super::number::{qualify, NumKind, NumPhrase};
use super::phrase::flag;
use super::rules::FactRules;
use super::tokens::{Kind, Toks};
use super::{Claim, Fact, FactValue, Interval};

struct Hit {
    measure: usize,
    value: Interval,
    unit: Option<std::sync::Arc<str>>,
    start: usize,
    end: usize,
}

pub(crate) fn extract(t: &Toks, r: &FactRules, claimed: &mut [Claim], out: &mut Vec<Fact>) {
    let mut i = 0;
    while i < t.len() {
        if claimed[i] != Claim::Free {
            i += 1;
            continue;
        }
        let Some(mut hit) = measure_at(t, r, i).filter(|h| {
            h.end > h.start && claimed[h.start..h.end].iter().all(|&c| c == Claim::Free)
        }) else {
            i += 1;
            continue;
        };
        retag(t, r, &mut hit);
        let def = &r.measures[hit.measure];
        let unit = hit.unit.as_deref().unwrap_or(&def.unit).to_string();
        out.push(Fact {
            span: t.span(hit.start, hit.end),
            value: FactValue::Measure {
                quantity: def.quantity.clone(),
                value: hit.value,
                unit,
            },
        });
        for c in &mut claimed[hit.start..hit.end] {
            *c = Claim::Measure;
        }
        i = hit.end;
    }
}

/// A number that may carry a unit: digits not glued to a preceding word ("COVID-19").
fn usable(t: &Toks, n: &NumPhrase) -> bool {
    !(t.is(n.core, Kind::Num) && t.num_glued_to_word(n.core))
}

fn measure_at(t: &Toks, r: &FactRules, i: usize) -> Option<Hit> {
    // A qualifier may stand before a prefix unit: "more than $5 million".
    if let Some((_, j)) = r.qual_before.longest(t, i) {
        if let Some(h) = prefixed(t, r, i, j) {
            return Some(h);
        }
    }
    prefixed(t, r, i, i).or_else(|| suffixed(t, r, i))
}

/// Applies a qualifier that stood before a prefix ("more than $5 million").
fn requalify(t: &Toks, r: &FactRules, start: usize, n: NumPhrase) -> Interval {
    if start == n.start {
        return n.iv;
    }
    match r.qual_before.longest(t, start) {
        Some((&q, _)) => qualify(
            r,
            Some(q),
            n.iv.lo,
            n.iv.hi,
            n.iv.lo.fract() == 0.0 && n.iv.hi.fract() == 0.0,
        ),
        None => n.iv,
    }
}

fn prefixed(t: &Toks, r: &FactRules, start: usize, at: usize) -> Option<Hit> {
    // Money: "$5 million", "US$ 5", "€3bn", "$5m".
    if let (Some(money), Some((code, k))) = (r.money, r.money_prefix.longest(t, at)) {
        if let Some(n) = t
            .num_at(k, r)
            .filter(|n| n.kind != NumKind::Article && usable(t, n))
        {
            let mut value = requalify(t, r, start, n);
            let mut end = n.end;
            if t.glued(end) {
                if let Some((&k, e)) = r.money_glued.longest(t, end) {
                    value = value.scale(k);
                    end = e;
                }
            }
            return Some(Hit {
                measure: money,
                value,
                unit: Some(code.clone()),
                start,
                end,
            });
        }
    }
    // "magnitude 6.1", "aged 34".
    if let Some((&(m, k), e)) = r.unit_prefix.longest(t, at) {
        if let Some(n) = t
            .num_at(e, r)
            .filter(|n| n.kind != NumKind::Article && usable(t, n))
        {
            return Some(Hit {
                measure: m,
                value: requalify(t, r, start, n).scale(k),
                unit: None,
                start,
                end: n.end,
            });
        }
    }
    // "M6.1": a case-sensitive prefix written against the digits.
    if t.is(at, Kind::Word) && t.is(at + 1, Kind::Num) && t.glued(at + 1) {
        if let Some(&(m, k)) = r.glued_prefix.get(t.raw(at)) {
            let n = t.num_at(at + 1, r)?;
            return Some(Hit {
                measure: m,
                value: requalify(t, r, start, n).scale(k),
                unit: None,
                start,
                end: n.end,
            });
        }
    }
    None
}

fn suffixed(t: &Toks, r: &FactRules, i: usize) -> Option<Hit> {
    if !t.has(i, super::count::NUM_START) {
        return None;
    }
    let n = t.num_at(i, r)?;
    if !usable(t, &n) {
        return None;
    }
    let mut j = n.end;
    // "dozens of kilometres"
    if n.kind == NumKind::Vague && t.has(j, flag::PARTITIVE) {
        j += 1;
    }
    let j = t.skip_join(j);
    if let Some(money) = r.money {
        let mut value = n.iv;
        let mut k = j;
        if t.glued(j) {
            if let Some((&s, e)) = r.money_glued.longest(t, j) {
                value = value.scale(s);
                k = e;
            }
        }
        if let Some((code, e)) = r.money_suffix.longest(t, k) {
            if n.kind != NumKind::Article {
                return Some(Hit {
                    measure: money,
                    value,
                    unit: Some(code.clone()),
                    start: i,
                    end: e,
                });
            }
        }
    }
    let (&(m, k), e) = r.unit_suffix.longest(t, j)?;
    // A unit word written against the next number is that number's prefix ("an M6.1").
    if t.glued(e) && t.is(e, Kind::Num) {
        return None;
    }
    if n.kind == NumKind::Article && !r.measures[m].articles {
        return None;
    }
    Some(Hit {
        measure: m,
        value: n.iv.scale(k),
        unit: None,
        start: i,
        end: e,
    })
}

/// Reclassifies by cue words: "60 metres tall" is a height, not a distance.
fn retag(t: &Toks, r: &FactRules, hit: &mut Hit) {
    if r.retags.is_empty() {
        return;
    }
    if let Some((&idx, e)) = r.retag_after.longest(t, hit.end) {
        let (from, to) = r.retags[idx];
        if from == hit.measure {
            hit.measure = to;
            hit.end = e;
            return;
        }
    }
    let mut s = hit.start;
    // Skip an article between cue and number: "a height of about 60 m".
    if s > 0 && t.has(s - 1, flag::ARTICLE) {
        s -= 1;
    }
    if let Some((&idx, _)) = r.retag_before.ends_at(t, s, 4) {
        let (from, to) = r.retags[idx];
        if from == hit.measure {
            hit.measure = to;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::Quantity;
    use crate::span::Span;

    fn measures(s: &str) -> Vec<(String, Quantity, String, String)> {
        let r = FactRules::builtin();
        let t = Toks::new(s, Span::new(0, s.len()), Some(&r.lex));
        let mut claimed = vec![Claim::Free; t.len()];
        let mut out = Vec::new();
        extract(&t, r, &mut claimed, &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Measure {
                    quantity,
                    value,
                    unit,
                } => (f.span.of(s).to_string(), quantity, value.to_string(), unit),
                _ => unreachable!(),
            })
            .collect()
    }

    fn one(s: &str) -> (String, Quantity, String, String) {
        let m = measures(s);
        assert_eq!(m.len(), 1, "{s}: {m:?}");
        m.into_iter().next().unwrap()
    }

    fn q(s: &str) -> (Quantity, String, String) {
        let (_, q, v, u) = one(s);
        (q, v, u)
    }

    fn m(q: Quantity, v: &str, u: &str) -> (Quantity, String, String) {
        (q, v.into(), u.into())
    }

    #[test]
    fn durations() {
        assert_eq!(
            q("police arrived 40 minutes later"),
            m(Quantity::Duration, "2400", "s")
        );
        assert_eq!(
            q("police showed up after forty minutes"),
            m(Quantity::Duration, "2400", "s")
        );
        assert_eq!(one("given 48 hours to leave").0, "48 hours");
        assert_eq!(q("given 48 hours to leave").1, "172800");
        assert_eq!(q("for 30 hours").1, "108000");
        assert_eq!(q("the 44-day war").1, (44 * 86400).to_string());
        assert_eq!(one("the 44-day war").0, "44-day");
        assert_eq!(
            q("over the previous seven months").1,
            (7 * 2629746).to_string()
        );
        assert_eq!(q("two years").1, q("24 months").1);
        assert_eq!(
            q("its 30-year history of independence"),
            m(Quantity::Duration, "946708560", "s")
        );
        assert_eq!(q("an hour"), m(Quantity::Duration, "3600", "s"));
        assert_eq!(
            q("more than 40 minutes"),
            m(Quantity::Duration, "> 2400", "s")
        );
    }

    #[test]
    fn ages() {
        assert_eq!(q("a man aged 34"), m(Quantity::Age, "34", "years"));
        assert_eq!(q("a 34-year-old man"), m(Quantity::Age, "34", "years"));
        assert_eq!(q("he was 34 years old"), m(Quantity::Age, "34", "years"));
        assert_eq!(one("a 34-year-old man").0, "34-year-old");
    }

    #[test]
    fn distances_and_heights() {
        assert_eq!(q("60 m from the gate"), m(Quantity::Distance, "60", "m"));
        assert_eq!(q("150 metres away"), m(Quantity::Distance, "150", "m"));
        assert_eq!(q("some 5 km"), m(Quantity::Distance, "4000..=6000", "m"));
        assert_eq!(q("some 50 km"), m(Quantity::Distance, "45000..=55000", "m"));
        assert_eq!(q("5km"), m(Quantity::Distance, "5000", "m"));
        assert_eq!(
            q("a few kilometres away"),
            m(Quantity::Distance, "2000..=9000", "m")
        );
        assert_eq!(q("a tower 60 metres tall"), m(Quantity::Height, "60", "m"));
        assert_eq!(one("a tower 60 metres tall").0, "60 metres tall");
        assert_eq!(
            q("reached a height of 60 m"),
            m(Quantity::Height, "60", "m")
        );
    }

    #[test]
    fn magnitudes() {
        assert_eq!(
            q("a magnitude 6.1 earthquake"),
            m(Quantity::Magnitude, "6.1", "magnitude")
        );
        assert_eq!(
            q("a 6.1-magnitude earthquake"),
            m(Quantity::Magnitude, "6.1", "magnitude")
        );
        assert_eq!(
            q("an M6.1 quake"),
            m(Quantity::Magnitude, "6.1", "magnitude")
        );
        assert_eq!(one("an M6.1 quake").0, "M6.1");
        assert!(measures("a magnitude of the problem").is_empty());
    }

    #[test]
    fn percent_and_money() {
        assert_eq!(q("rose 12%"), m(Quantity::Percent, "12", "%"));
        assert_eq!(q("rose 12 percent"), m(Quantity::Percent, "12", "%"));
        assert_eq!(q("rose 12 per cent"), m(Quantity::Percent, "12", "%"));
        assert_eq!(q("cost $5 million"), m(Quantity::Money, "5000000", "USD"));
        assert_eq!(
            q("cost 5 million dollars"),
            m(Quantity::Money, "5000000", "USD")
        );
        assert_eq!(q("cost €3bn"), m(Quantity::Money, "3000000000", "EUR"));
        assert_eq!(q("cost $5m"), m(Quantity::Money, "5000000", "USD"));
        assert_eq!(
            q("cost more than $5 million"),
            m(Quantity::Money, "> 5000000", "USD")
        );
        assert_eq!(one("cost more than $5 million").0, "more than $5 million");
    }

    #[test]
    fn not_measures() {
        assert!(measures("40 people were killed").is_empty());
        assert!(measures("COVID-19 cases").is_empty());
        assert!(measures("a day of mourning").len() == 1);
        assert!(measures("a percent").is_empty());
        assert!(measures("A second guard died.").is_empty());
    }
}
