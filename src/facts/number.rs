//! Number phrases: digits, number words, vague quantities and qualifiers, as intervals.

use super::interval::Interval;
use super::phrase::flag;
use super::rules::{FactRules, NumWord, Qual};
use super::tokens::{Kind, Toks};
use crate::span::Span;

/// How a number was written; callers use it to decide whether it may count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumKind {
    Digits,
    Words,
    Vague,
    /// "a", "an", "another": one, but only before a singular noun.
    Article,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct NumPhrase {
    pub iv: Interval,
    /// First token (including a qualifier).
    pub start: usize,
    /// Index after the last token.
    pub end: usize,
    /// First token of the number proper.
    pub core: usize,
    pub kind: NumKind,
}

#[derive(Debug, Clone, Copy)]
struct Core {
    lo: f64,
    hi: f64,
    end: usize,
    kind: NumKind,
    whole: bool,
    /// Multiplier applied by a scale word ("million"), 1 if none.
    mult: f64,
}

/// Parses a number phrase at the start of `s`: "more than 40", "forty-five", "1.5 million",
/// "several", "two dozen", "between 40 and 50", "a few". Returns the interval and the bytes
/// consumed (from the start of `s`, trailing words after the phrase untouched).
///
/// "a"/"an"/"another" alone parse as exactly one: whether that is meaningful depends on the
/// noun that follows, which is the caller's business.
pub fn parse_number_phrase(s: &str, rules: &FactRules) -> Option<(Interval, usize)> {
    let t = Toks::new(s, Span::new(0, s.len()), Some(&rules.lex));
    let n = number_at(&t, 0, rules)?;
    let end = t.span(n.start, n.end).end;
    Some((n.iv, end))
}

/// The number phrase starting at token `i`.
pub(crate) fn number_at(t: &Toks, i: usize, r: &FactRules) -> Option<NumPhrase> {
    if let Some((&q, j)) = r.qual_before.longest(t, i) {
        if let Some(core) = core_at(t, j, r) {
            return Some(finish(t, r, i, j, Some(q), core));
        }
    }
    let core = core_at(t, i, r)?;
    Some(finish(t, r, i, i, None, core))
}

fn finish(
    t: &Toks,
    r: &FactRules,
    start: usize,
    core_start: usize,
    q: Option<Qual>,
    c: Core,
) -> NumPhrase {
    let mut end = c.end;
    let mut q = q;
    if q.is_none() {
        let k = t.skip_join(end);
        if let Some((&post, e)) = r.qual_after.longest(t, k) {
            // "40+" only counts when written against the number.
            if t.low(k) != "+" || t.glued(k) {
                q = Some(post);
                end = e;
            }
        }
    }
    let iv = qualify(r, q, c.lo, c.hi, c.whole);
    NumPhrase {
        iv,
        start,
        end,
        core: core_start,
        kind: c.kind,
    }
}

/// The interval a qualifier makes of the number range `lo..=hi`; `whole` widens "about"
/// tolerances to whole numbers.
pub(crate) fn qualify(r: &FactRules, q: Option<Qual>, lo: f64, hi: f64, whole: bool) -> Interval {
    let tol = |x: f64| {
        let rel = r.about_relative * x.abs();
        if whole {
            rel.max(r.about_min_integer)
        } else {
            rel
        }
    };
    let round = |a: f64, b: f64| {
        if whole {
            (a.floor().max(0.0), b.ceil())
        } else {
            (a.max(0.0), b)
        }
    };
    let upper = if hi.is_finite() { hi } else { lo };
    match q {
        None | Some(Qual::Exact) => Interval::closed(lo, hi),
        Some(Qual::Gt) => Interval::more_than(upper),
        Some(Qual::Ge) => Interval::at_least(lo),
        Some(Qual::Lt) => Interval::less_than(lo),
        Some(Qual::Le) => Interval::at_most(upper),
        Some(Qual::About) => {
            let (a, b) = round(lo - tol(lo), hi + tol(hi));
            Interval::closed(a, b)
        }
        Some(Qual::Below) => Interval::closed(round(lo - tol(lo), hi).0, hi),
        Some(Qual::Above) => Interval::closed(lo, round(lo, hi + tol(hi)).1),
    }
}

fn core_at(t: &Toks, i: usize, r: &FactRules) -> Option<Core> {
    if t.has(i, flag::BETWEEN) {
        let a = cardinal(t, i + 1, r)?;
        if !t.has(a.end, flag::BETWEEN_AND) {
            return None;
        }
        let b = cardinal(t, a.end + 1, r)?;
        return range(a, b);
    }
    let vague = r.vague.longest(t, i);
    let card = cardinal(t, i, r);
    match (vague, card) {
        (Some((iv, e)), c) if c.is_none_or(|c| e > c.end) => {
            return Some(Core {
                lo: iv.lo,
                hi: iv.hi,
                end: e,
                kind: NumKind::Vague,
                whole: true,
                mult: 1.0,
            })
        }
        (_, Some(a)) => {
            let j = a.end;
            if t.has(j, flag::RANGE) && (t.low(j) != "-" || a.kind == NumKind::Digits) {
                if let Some(b) = cardinal(t, j + 1, r) {
                    if b.kind == a.kind {
                        if let Some(rg) = range(a, b) {
                            return Some(rg);
                        }
                    }
                }
            }
            return Some(a);
        }
        _ => {}
    }
    if t.has(i, flag::ARTICLE) {
        // "another 30": the number that follows is the count (but "a 34-year-old" is one).
        if t.has(i, flag::MORE) {
            if let Some(c) = cardinal(t, i + 1, r) {
                return Some(c);
            }
        }
        return Some(Core {
            lo: 1.0,
            hi: 1.0,
            end: i + 1,
            kind: NumKind::Article,
            whole: true,
            mult: 1.0,
        });
    }
    None
}

fn range(a: Core, b: Core) -> Option<Core> {
    // "10 to 15 million": the scale of the second number applies to the first.
    let lo = if a.mult == 1.0 && b.mult > 1.0 && a.lo * b.mult <= b.lo {
        a.lo * b.mult
    } else {
        a.lo
    };
    (b.hi > lo).then_some(Core {
        lo,
        hi: b.hi,
        end: b.end,
        kind: a.kind,
        whole: a.whole && b.whole,
        mult: b.mult,
    })
}

fn num_word(t: &Toks, i: usize, r: &FactRules) -> Option<(NumWord, usize)> {
    r.num_words.longest(t, i).map(|(w, e)| (*w, e))
}

/// A cardinal number in digits or words.
fn cardinal(t: &Toks, i: usize, r: &FactRules) -> Option<Core> {
    if t.is(i, Kind::Num) {
        // Ordinals ("3rd") are positions, not quantities.
        if t.glued(i + 1) && t.has(i + 1, flag::ORDINAL) {
            return None;
        }
        let mut v = t.num_value(i)?;
        let mut end = i + 1;
        let mut mult = 1.0;
        if t.glued(end) {
            if let Some((&k, e)) = r.glued_scales.longest(t, end) {
                mult = k;
                end = e;
            }
        } else if let Some((NumWord::Hundred(k) | NumWord::Scale(k), e)) = num_word(t, end, r) {
            mult = k;
            end = e;
            if let Some((NumWord::Scale(k2), e2)) = num_word(t, end, r) {
                if k2 > k {
                    mult *= k2;
                    end = e2;
                }
            }
        }
        v *= mult;
        return Some(Core {
            lo: v,
            hi: v,
            end,
            kind: NumKind::Digits,
            whole: v.fract() == 0.0,
            mult,
        });
    }
    #[derive(PartialEq, Clone, Copy)]
    enum Last {
        Start,
        One,
        Ten,
        Hundred,
        Scale,
    }
    let mut k = i;
    let mut total = 0.0f64;
    let mut cur = 0.0f64;
    let mut last = Last::Start;
    let mut end = i;
    let mut mult = 1.0f64;
    // "a hundred", "a dozen", "a million".
    if t.has(i, flag::ARTICLE)
        && matches!(
            num_word(t, i + 1, r),
            Some((NumWord::Hundred(_) | NumWord::Scale(_), _))
        )
    {
        cur = 1.0;
        last = Last::One;
        k = i + 1;
    }
    while let Some((w, e)) = num_word(t, k, r) {
        match w {
            NumWord::One(v) => {
                let ok = match last {
                    Last::Start | Last::Hundred | Last::Scale => true,
                    Last::Ten => v < 10.0 && v > 0.0,
                    Last::One => false,
                };
                if !ok {
                    break;
                }
                cur += v;
                last = Last::One;
            }
            NumWord::Ten(v) => {
                if !matches!(last, Last::Start | Last::Hundred | Last::Scale) {
                    break;
                }
                cur += v;
                last = Last::Ten;
            }
            NumWord::Hundred(h) => {
                if last != Last::One || cur == 0.0 || cur >= 100.0 {
                    break;
                }
                cur *= h;
                last = Last::Hundred;
            }
            NumWord::Scale(s) => {
                if matches!(last, Last::Start | Last::Scale) {
                    break;
                }
                total += cur * s;
                cur = 0.0;
                mult = s;
                last = Last::Scale;
            }
        }
        end = e;
        k = t.skip_join(e);
        // "two hundred and ten"
        if t.has(k, flag::COMPOUND_AND)
            && matches!(last, Last::Hundred | Last::Scale)
            && matches!(
                num_word(t, k + 1, r),
                Some((NumWord::One(_) | NumWord::Ten(_), _))
            )
        {
            k += 1;
        }
    }
    if last == Last::Start {
        return None;
    }
    let v = total + cur;
    Some(Core {
        lo: v,
        hi: v,
        end,
        kind: NumKind::Words,
        whole: true,
        mult,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<(String, usize)> {
        parse_number_phrase(s, FactRules::builtin()).map(|(iv, n)| (iv.to_string(), n))
    }

    fn iv(s: &str) -> String {
        p(s).map_or_else(|| "none".into(), |x| x.0)
    }

    #[test]
    fn digits_and_grouping() {
        assert_eq!(p("43 people"), Some(("43".into(), 2)));
        assert_eq!(iv("1,000"), "1000");
        assert_eq!(iv("1.5 million"), "1500000");
        assert_eq!(iv("3bn"), "3000000000");
        assert_eq!(iv("6.1"), "6.1");
        assert_eq!(iv("3rd"), "none");
    }

    #[test]
    fn number_words_and_compounds() {
        assert_eq!(iv("forty"), "40");
        assert_eq!(iv("one"), "1");
        assert_eq!(iv("forty-five"), "45");
        assert_eq!(iv("forty five"), "45");
        assert_eq!(iv("two hundred and ten"), "210");
        assert_eq!(iv("ninety-nine thousand"), "99000");
        assert_eq!(iv("one thousand two hundred"), "1200");
        assert_eq!(iv("a hundred"), "100");
        assert_eq!(iv("two dozen"), "24");
        assert_eq!(iv("a dozen"), "12");
        assert_eq!(iv("two million"), "2000000");
        assert_eq!(p("forty minutes"), Some(("40".into(), 5)));
        // "five five" is two numbers; only the first is taken.
        assert_eq!(p("five five"), Some(("5".into(), 4)));
    }

    #[test]
    fn vague_quantities() {
        assert_eq!(iv("several"), ">= 2");
        assert_eq!(iv("a few"), "2..=9");
        assert_eq!(iv("dozens"), ">= 24");
        assert_eq!(iv("hundreds"), ">= 200");
        assert_eq!(iv("tens of thousands"), ">= 20000");
        assert_eq!(iv("many"), ">= 2");
        assert_eq!(iv("no one"), "0");
        assert_eq!(iv("half a dozen"), "6");
    }

    #[test]
    fn articles_are_one() {
        assert_eq!(p("a guard"), Some(("1".into(), 1)));
        assert_eq!(p("another 30 people"), Some(("30".into(), 10)));
        assert_eq!(iv("another"), "1");
        assert_eq!(iv("an"), "1");
    }

    #[test]
    fn qualifiers() {
        assert_eq!(iv("more than 40"), "> 40");
        assert_eq!(iv("over 40"), "> 40");
        assert_eq!(iv("at least 43"), ">= 43");
        assert_eq!(iv("up to 30"), "<= 30");
        assert_eq!(iv("fewer than 10"), "< 10");
        assert_eq!(iv("about 40"), "36..=44");
        assert_eq!(iv("around 40"), "36..=44");
        assert_eq!(iv("some 40"), "36..=44");
        assert_eq!(iv("approximately 1,000"), "900..=1100");
        assert_eq!(iv("about 3"), "2..=4");
        assert_eq!(iv("nearly 40"), "36..=40");
        assert_eq!(iv("almost forty"), "36..=40");
        assert_eq!(iv("about 6.5"), "5.85..=7.15");
        assert_eq!(iv("40 or more"), ">= 40");
        assert_eq!(iv("40-plus"), ">= 40");
        assert_eq!(iv("40+"), ">= 40");
        assert_eq!(iv("an estimated 40"), "36..=44");
        assert_eq!(iv("more than a dozen"), "> 12");
        // A qualifier with no number after it is no number.
        assert_eq!(iv("some people"), "none");
        assert_eq!(iv("over the"), "none");
    }

    #[test]
    fn ranges() {
        assert_eq!(iv("between 40 and 50"), "40..=50");
        assert_eq!(iv("40 to 50"), "40..=50");
        assert_eq!(iv("40-50"), "40..=50");
        assert_eq!(iv("40–50"), "40..=50");
        assert_eq!(iv("two or three"), "2..=3");
        assert_eq!(iv("10 to 15 million"), "10000000..=15000000");
        assert_eq!(iv("3 to 1"), "3");
    }

    #[test]
    fn not_numbers() {
        assert_eq!(iv("people"), "none");
        assert_eq!(iv(""), "none");
        assert_eq!(iv("hundred"), "none");
        assert_eq!(iv("first"), "none");
    }
}
