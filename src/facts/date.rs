//! Dates: absolute ("January 27, 2023"), partial ("January 2023", "in 2021", "October 3") and
//! relative ("last year", "on Wednesday", "two years ago"), each resolved to an interval of
//! possible days.
//!
//! A date is an interval rather than a day because reports are rarely day-precise and the
//! publication date that anchors "last October" may itself be known only to the month. Two
//! reports agree when their intervals overlap.

use jiff::civil::Date;
use serde::{Serialize, Serializer};

use super::phrase::flag;
use super::rules::{DateUnit, FactRules, Modifier, RelDef};
use super::tokens::{Kind, Toks};
use super::{Claim, Fact, FactValue};
use crate::article::PartialDate;

/// How precisely the text named the date (not how precisely it could be resolved).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
    Year,
    /// The text names no computable date ("earlier", "the next day"), or resolving it
    /// against a partial publication date left a range of answers ("on Wednesday" in an
    /// article dated only October 2022).
    Unknown,
}

/// A date as an inclusive interval of possible days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateValue {
    #[serde(serialize_with = "ser_date")]
    pub earliest: Date,
    #[serde(serialize_with = "ser_date")]
    pub latest: Date,
    pub precision: Precision,
    /// Whether resolving it needed the publication date ("last year", "in January",
    /// "October 3" with its year inferred).
    pub relative: bool,
    /// The words as written.
    pub text: String,
}

fn ser_date<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(d)
}

impl DateValue {
    /// Whether both reports can name the same day.
    pub fn compatible(&self, other: &DateValue) -> bool {
        self.earliest <= other.latest && other.earliest <= self.latest
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Form {
    Full(i16, i8, i8),
    MonthYear(i16, i8),
    Year(i16),
    Season(i16, u8, u8),
    MonthDay(i8, i8),
    Month(i8),
    ModMonth(Modifier, i8),
    Weekday(i8),
    ModWeekday(Modifier, i8),
    Rel(RelDef),
    Ago {
        lo: f64,
        hi: f64,
        unit: DateUnit,
        mult: i32,
    },
    Later,
}

struct Hit {
    form: Form,
    end: usize,
    /// Whether the tokens are taken from later passes ("two years later" leaves its
    /// duration to the measure pass).
    claim: bool,
    /// A lone year-like number that may yet be a count ("2000 people were killed").
    weak: bool,
}

impl Hit {
    fn new(form: Form, end: usize) -> Self {
        Hit {
            form,
            end,
            claim: true,
            weak: false,
        }
    }
}

/// Finds dates; returns indices into `out` of weak (lone) years.
pub(crate) fn extract(
    t: &Toks,
    r: &FactRules,
    published: Option<PartialDate>,
    claimed: &mut [Claim],
    out: &mut Vec<Fact>,
) -> Vec<usize> {
    let mut weak = Vec::new();
    let mut i = 0;
    while i < t.len() {
        if claimed[i] != Claim::Free {
            i += 1;
            continue;
        }
        const STARTS: u64 = flag::NUM
            | flag::MONTH
            | flag::WEEKDAY
            | flag::SEASON
            | flag::RELATIVE
            | flag::FUZZY
            | flag::MODIFIER
            | flag::NUM_WORD
            | flag::VAGUE
            | flag::ARTICLE
            | flag::QUAL_BEFORE;
        if !t.has(i, STARTS) {
            i += 1;
            continue;
        }
        let Some(hit) = date_at(t, r, i)
            .filter(|h| h.end > i && claimed[i..h.end].iter().all(|&c| c == Claim::Free))
        else {
            i += 1;
            continue;
        };
        let span = t.span(i, hit.end);
        if let Some(value) = resolve(hit.form, published, span.of(t.text)) {
            if hit.weak {
                weak.push(out.len());
            }
            out.push(Fact {
                span,
                value: FactValue::Date(value),
            });
        }
        if hit.claim && !hit.weak {
            for c in &mut claimed[i..hit.end] {
                *c = Claim::Date;
            }
        }
        i = hit.end;
    }
    weak
}

fn month(t: &Toks, r: &FactRules, i: usize) -> Option<i8> {
    if !t.cap(i) {
        return None;
    }
    r.months.longest(t, i).map(|(&m, _)| m as i8)
}

fn weekday(t: &Toks, r: &FactRules, i: usize) -> Option<i8> {
    if !t.cap(i) {
        return None;
    }
    r.weekdays.longest(t, i).map(|(&w, _)| w as i8)
}

fn plain_digits(t: &Toks, i: usize) -> bool {
    t.is(i, Kind::Num) && t.raw(i).bytes().all(|b| b.is_ascii_digit())
}

/// A four-digit year in the rules' range, not part of a word or "1990s".
fn year_tok(t: &Toks, r: &FactRules, i: usize) -> Option<i16> {
    // "mid-2022" is a year even though it is written against a word.
    let after_fuzzy = i >= 2 && t.has(i - 2, flag::FUZZY);
    if !plain_digits(t, i) || t.raw(i).len() != 4 || (t.num_glued_to_word(i) && !after_fuzzy) {
        return None;
    }
    if t.glued(i + 1) && (t.is(i + 1, Kind::Word) || t.low(i + 1) == "%") {
        return None;
    }
    let y: i32 = t.raw(i).parse().ok()?;
    (r.year_min..=r.year_max).contains(&y).then_some(y as i16)
}

/// A day of the month, with an optional ordinal suffix: "27", "3rd".
fn day_at(t: &Toks, i: usize) -> Option<(i8, usize)> {
    if !plain_digits(t, i) || t.raw(i).len() > 2 || t.num_glued_to_word(i) {
        return None;
    }
    let d: i8 = t.raw(i).parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    if t.glued(i + 1) && t.has(i + 1, flag::ORDINAL) {
        return Some((d, i + 2));
    }
    if t.glued(i + 1) && (t.is(i + 1, Kind::Word) || t.is(i + 1, Kind::Num)) {
        return None;
    }
    Some((d, i + 1))
}

fn skip_dot(t: &Toks, i: usize) -> usize {
    if t.low(i) == "." && t.glued(i) {
        i + 1
    } else {
        i
    }
}

fn date_at(t: &Toks, r: &FactRules, i: usize) -> Option<Hit> {
    // "Friday, January 27, 2023": the weekday joins a full date.
    if weekday(t, r, i).is_some() {
        let j = if t.low(i + 1) == "," { i + 2 } else { i + 1 };
        if let Some(h) = plain_absolute(t, r, j, true) {
            if matches!(h.form, Form::Full(..) | Form::MonthDay(..)) {
                return Some(h);
            }
        }
    }
    if let Some((_, j)) = r.fuzzy.longest(t, i) {
        let j = t.skip_join(j);
        if let Some(mut h) = plain_absolute(t, r, j, true) {
            h.weak = false;
            return Some(h);
        }
    }
    if let Some(h) = plain_absolute(t, r, i, false) {
        return Some(h);
    }
    relative_at(t, r, i)
}

fn plain_absolute(t: &Toks, r: &FactRules, i: usize, context: bool) -> Option<Hit> {
    // ISO: 2023-01-27
    if let Some(y) = year_tok(t, r, i) {
        let sep = |k: usize| t.low(k) == "-" && t.glued(k) && t.glued(k + 1);
        if sep(i + 1) && sep(i + 3) && plain_digits(t, i + 2) && plain_digits(t, i + 4) {
            let m = t.raw(i + 2).parse::<i8>();
            let d = t.raw(i + 4).parse::<i8>();
            if let (Ok(m), Ok(d)) = (m, d) {
                if Date::new(y, m, d).is_ok() {
                    return Some(Hit::new(Form::Full(y, m, d), i + 5));
                }
            }
        }
    }
    // Month first: "January 27, 2023", "Jan. 27", "January 2023", "in January".
    if let Some(m) = month(t, r, i) {
        let j = skip_dot(t, i + 1);
        if let Some((d, k)) = day_at(t, j) {
            let y_at = if t.low(k) == "," { k + 1 } else { k };
            if let Some(y) = year_tok(t, r, y_at) {
                if Date::new(y, m, d).is_ok() {
                    return Some(Hit::new(Form::Full(y, m, d), y_at + 1));
                }
            }
            return Some(Hit::new(Form::MonthDay(m, d), k));
        }
        let y_at = if t.low(j) == "," || t.has(j, flag::PARTITIVE) {
            j + 1
        } else {
            j
        };
        if let Some(y) = year_tok(t, r, y_at) {
            return Some(Hit::new(Form::MonthYear(y, m), y_at + 1));
        }
        if context || r.date_preps.ends_at(t, i, 2).is_some() {
            return Some(Hit::new(Form::Month(m), i + 1));
        }
        return None;
    }
    // Day first: "27 January 2023", "27th of January".
    if let Some((d, k)) = day_at(t, i) {
        let j = if t.has(k, flag::PARTITIVE) { k + 1 } else { k };
        if let Some(m) = month(t, r, j) {
            let e = skip_dot(t, j + 1);
            let y_at = if t.low(e) == "," { e + 1 } else { e };
            if let Some(y) = year_tok(t, r, y_at) {
                if Date::new(y, m, d).is_ok() {
                    return Some(Hit::new(Form::Full(y, m, d), y_at + 1));
                }
            }
            return Some(Hit::new(Form::MonthDay(m, d), j + 1));
        }
    }
    // Season: "autumn 2020", "the summer of 2021".
    if let Some((&(a, b), j)) = r.seasons.longest(t, i) {
        let y_at = if t.has(j, flag::PARTITIVE) { j + 1 } else { j };
        if let Some(y) = year_tok(t, r, y_at) {
            return Some(Hit::new(Form::Season(y, a, b), y_at + 1));
        }
        return None;
    }
    // A lone year: "in 2021", "the 2020 war".
    if let Some(y) = year_tok(t, r, i) {
        let next_lower_word = t.is(i + 1, Kind::Word) && !t.cap(i + 1);
        let anchored = i > 0
            && (t.has(i - 1, flag::DET)
                || t.is(i - 1, Kind::Poss)
                || r.date_preps.ends_at(t, i, 2).is_some());
        let mut h = Hit::new(Form::Year(y), i + 1);
        h.weak = next_lower_word && !anchored && !context;
        return Some(h);
    }
    None
}

fn relative_at(t: &Toks, r: &FactRules, i: usize) -> Option<Hit> {
    if let Some((&def, e)) = r.relative.longest(t, i) {
        if !t.has(e, flag::NOT_FOLLOWED) {
            return Some(Hit::new(Form::Rel(def), e));
        }
    }
    if let Some((&m, j)) = r.modifiers.longest(t, i) {
        if let Some(mo) = month(t, r, j) {
            return Some(Hit::new(Form::ModMonth(m, mo), j + 1));
        }
        if let Some(w) = weekday(t, r, j) {
            return Some(Hit::new(Form::ModWeekday(m, w), j + 1));
        }
    }
    if let Some(w) = weekday(t, r, i) {
        return Some(Hit::new(Form::Weekday(w), i + 1));
    }
    if t.has(i, super::count::NUM_START) {
        let n = t.num_at(i, r)?;
        let j = t.skip_join(n.end);
        let (&(unit, mult), k) = r.offset_units.longest(t, j)?;
        if t.has(k, flag::AGO) {
            let form = Form::Ago {
                lo: n.iv.lo,
                hi: n.iv.hi,
                unit,
                mult,
            };
            return Some(Hit::new(form, k + 1));
        }
        if t.has(k, flag::LATER) {
            let mut h = Hit::new(Form::Later, k + 1);
            h.claim = false;
            return Some(h);
        }
    }
    None
}

// ------------------------------------------------------------------------------------------
// Resolution

const MIN: Date = Date::MIN;
const MAX: Date = Date::MAX;

fn pub_range(p: PartialDate) -> Option<(Date, Date)> {
    match p {
        PartialDate::Year(y) => year_span(i64::from(y)),
        PartialDate::Month(y, m) => month_span(i64::from(y), i64::from(m)),
        PartialDate::Day(y, m, d) => {
            let d = Date::new(y, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()?;
            Some((d, d))
        }
    }
}

fn year_span(y: i64) -> Option<(Date, Date)> {
    let y = i16::try_from(y).ok()?;
    Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?))
}

/// The month `m` (1-based, may overflow into other years) of year `y`.
fn month_span(y: i64, m: i64) -> Option<(Date, Date)> {
    let idx = y.checked_mul(12)?.checked_add(m - 1)?;
    let yy = i16::try_from(idx.div_euclid(12)).ok()?;
    let mm = (idx.rem_euclid(12) + 1) as i8;
    let first = Date::new(yy, mm, 1).ok()?;
    Some((first, first.last_of_month()))
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    if n.abs() > 7_000_000 {
        return None;
    }
    d.checked_add(jiff::Span::new().try_days(n).ok()?).ok()
}

fn weekday_num(d: Date) -> i64 {
    i64::from(d.weekday().to_monday_one_offset())
}

fn week_span(d: Date) -> Option<(Date, Date)> {
    let monday = add_days(d, 1 - weekday_num(d))?;
    Some((monday, add_days(monday, 6)?))
}

/// The calendar period `off` units away from `r`.
fn period(r: Date, unit: DateUnit, off: i64) -> Option<(Date, Date)> {
    match unit {
        DateUnit::Day => {
            let d = add_days(r, off)?;
            Some((d, d))
        }
        DateUnit::Week => week_span(add_days(r, off.checked_mul(7)?)?),
        DateUnit::Month => month_span(i64::from(r.year()), i64::from(r.month()).checked_add(off)?),
        DateUnit::Year => year_span(i64::from(r.year()).checked_add(off)?),
    }
}

fn unit_precision(u: DateUnit) -> Precision {
    match u {
        DateUnit::Day => Precision::Day,
        DateUnit::Week => Precision::Week,
        DateUnit::Month => Precision::Month,
        DateUnit::Year => Precision::Year,
    }
}

fn value(
    earliest: Date,
    latest: Date,
    precision: Precision,
    relative: bool,
    text: &str,
) -> Option<DateValue> {
    (earliest <= latest).then(|| DateValue {
        earliest,
        latest,
        precision,
        relative,
        text: text.to_string(),
    })
}

/// Resolves against the publication date. `f` maps a reference day to the answer's period
/// and is monotone, so resolving at both ends of a partial publication date bounds every
/// answer; when the ends disagree the text's precision was not enough to pin the date.
fn relative(
    published: Option<PartialDate>,
    precision: Precision,
    text: &str,
    f: impl Fn(Date) -> Option<(Date, Date)>,
) -> Option<DateValue> {
    let Some(p) = published else {
        return value(MIN, MAX, Precision::Unknown, true, text);
    };
    let (a, b) = pub_range(p)?;
    let ra = f(a)?;
    let rb = f(b)?;
    let precision = if ra == rb {
        precision
    } else {
        Precision::Unknown
    };
    value(ra.0.min(rb.0), ra.1.max(rb.1), precision, true, text)
}

fn before_publication(published: Option<PartialDate>, text: &str) -> Option<DateValue> {
    let latest = published.and_then(pub_range).map_or(MAX, |(_, b)| b);
    value(MIN, latest, Precision::Unknown, true, text)
}

fn resolve(form: Form, published: Option<PartialDate>, text: &str) -> Option<DateValue> {
    match form {
        Form::Full(y, m, d) => {
            let d = Date::new(y, m, d).ok()?;
            value(d, d, Precision::Day, false, text)
        }
        Form::MonthYear(y, m) => {
            let (a, b) = month_span(i64::from(y), i64::from(m))?;
            value(a, b, Precision::Month, false, text)
        }
        Form::Year(y) => {
            let (a, b) = year_span(i64::from(y))?;
            value(a, b, Precision::Year, false, text)
        }
        Form::Season(y, a, b) => {
            let y = i64::from(y);
            let (start, _) = month_span(y, i64::from(a))?;
            let yb = if b < a { y + 1 } else { y };
            let (_, end) = month_span(yb, i64::from(b))?;
            value(start, end, Precision::Month, false, text)
        }
        Form::MonthDay(m, d) => relative(published, Precision::Day, text, |r| {
            // The latest such day not after publication (Feb 29 may need a few years).
            (0..8).find_map(|back| {
                let x = Date::new(r.year().checked_sub(back)?, m, d).ok()?;
                (x <= r).then_some((x, x))
            })
        }),
        Form::Month(m) => relative(published, Precision::Month, text, |r| {
            let y = i64::from(r.year()) - i64::from(r.month() < m);
            month_span(y, i64::from(m))
        }),
        Form::ModMonth(modifier, m) => relative(published, Precision::Month, text, |r| {
            let y = i64::from(r.year());
            let y = match modifier {
                Modifier::Previous => y - i64::from(r.month() <= m),
                Modifier::Current => y,
                Modifier::Next => y + i64::from(r.month() >= m),
            };
            month_span(y, i64::from(m))
        }),
        Form::Weekday(w) => relative(published, Precision::Day, text, |r| {
            let d = add_days(r, -(weekday_num(r) - i64::from(w)).rem_euclid(7))?;
            Some((d, d))
        }),
        Form::ModWeekday(modifier, w) => relative(published, Precision::Day, text, |r| {
            let back = (weekday_num(r) - i64::from(w)).rem_euclid(7);
            let off = match modifier {
                Modifier::Previous => -(if back == 0 { 7 } else { back }),
                Modifier::Current => -back,
                Modifier::Next => {
                    let fwd = (i64::from(w) - weekday_num(r)).rem_euclid(7);
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
            };
            let d = add_days(r, off)?;
            Some((d, d))
        }),
        Form::Rel(RelDef::Offset {
            unit,
            lo,
            hi,
            until_publication,
            from_publication,
        }) => relative(published, unit_precision(unit), text, |r| {
            let (mut s, _) = period(r, unit, i64::from(lo))?;
            let (_, mut e) = period(r, unit, i64::from(hi))?;
            if until_publication {
                e = e.min(r);
            }
            if from_publication {
                s = s.max(r);
            }
            Some((s, e))
        }),
        Form::Rel(RelDef::Unknown { before: true }) | Form::Later => {
            before_publication(published, text)
        }
        Form::Rel(RelDef::Unknown { before: false }) => {
            value(MIN, MAX, Precision::Unknown, true, text)
        }
        Form::Ago { lo, hi, unit, mult } => {
            let precision = if lo == hi {
                unit_precision(unit)
            } else {
                Precision::Unknown
            };
            let mult = f64::from(mult);
            relative(published, precision, text, |r| {
                let far = hi * mult;
                let earliest = if far.is_finite() && far < 1e6 {
                    period(r, unit, -(far.ceil() as i64)).map_or(MIN, |p| p.0)
                } else {
                    MIN
                };
                let near = lo * mult;
                if !(near.is_finite() && near < 1e6) {
                    return None;
                }
                let (_, latest) = period(r, unit, -(near.floor() as i64))?;
                Some((earliest, latest))
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use jiff::civil::date;

    fn dates(
        s: &str,
        published: Option<PartialDate>,
    ) -> Vec<(String, String, String, Precision, bool)> {
        let r = FactRules::builtin();
        let t = Toks::new(s, Span::new(0, s.len()), Some(&r.lex));
        let mut claimed = vec![Claim::Free; t.len()];
        let mut out = Vec::new();
        extract(&t, r, published, &mut claimed, &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Date(v) => {
                    assert_eq!(v.text, f.span.of(s));
                    (
                        v.text,
                        v.earliest.to_string(),
                        v.latest.to_string(),
                        v.precision,
                        v.relative,
                    )
                }
                _ => unreachable!(),
            })
            .collect()
    }

    fn one(s: &str, p: Option<PartialDate>) -> (String, String, String, Precision, bool) {
        let d = dates(s, p);
        assert_eq!(d.len(), 1, "{s}: {d:?}");
        d.into_iter().next().unwrap()
    }

    fn day(y: i16, m: u8, d: u8) -> Option<PartialDate> {
        Some(PartialDate::Day(y, m, d))
    }

    fn range(s: &str, p: Option<PartialDate>) -> (String, String, Precision) {
        let (_, a, b, prec, _) = one(s, p);
        (a, b, prec)
    }

    fn r(a: &str, b: &str, p: Precision) -> (String, String, Precision) {
        (a.into(), b.into(), p)
    }

    #[test]
    fn absolute_dates() {
        let p = None;
        assert_eq!(
            one("on January 27, 2023, a gunman", p),
            (
                "January 27, 2023".into(),
                "2023-01-27".into(),
                "2023-01-27".into(),
                Precision::Day,
                false
            )
        );
        assert_eq!(
            range("The 27 January 2023 attack", p),
            r("2023-01-27", "2023-01-27", Precision::Day)
        );
        assert_eq!(
            range("on 2023-01-27 at", p),
            r("2023-01-27", "2023-01-27", Precision::Day)
        );
        assert_eq!(range("Friday, Jan. 27, 2023", p).0, "2023-01-27");
        assert_eq!(one("Friday, Jan. 27, 2023", p).0, "Friday, Jan. 27, 2023");
        assert_eq!(range("the 27th of January 2023", p).0, "2023-01-27");
        assert_eq!(range("01 November 2022 15:20", p).0, "2022-11-01");
    }

    #[test]
    fn partial_dates() {
        let p = day(2023, 3, 31);
        assert_eq!(
            range("in January 2023", None),
            r("2023-01-01", "2023-01-31", Precision::Month)
        );
        assert_eq!(
            range("in 2021, Iran", None),
            r("2021-01-01", "2021-12-31", Precision::Year)
        );
        assert_eq!(
            range("the 2020 war", None),
            r("2020-01-01", "2020-12-31", Precision::Year)
        );
        assert_eq!(
            range("in autumn 2020", None),
            r("2020-09-01", "2020-11-30", Precision::Month)
        );
        assert_eq!(
            range("in winter 2020", None),
            r("2020-12-01", "2021-02-28", Precision::Month)
        );
        assert_eq!(
            range("since early October 2022", None),
            r("2022-10-01", "2022-10-31", Precision::Month)
        );
        assert_eq!(
            one("since early October 2022", None).0,
            "early October 2022"
        );
        assert_eq!(
            range("by mid-2022", None),
            r("2022-01-01", "2022-12-31", Precision::Year)
        );
        // Year inferred from publication: the latest one not after it.
        assert_eq!(
            range("in January", p),
            r("2023-01-01", "2023-01-31", Precision::Month)
        );
        assert_eq!(
            range("in May", p),
            r("2022-05-01", "2022-05-31", Precision::Month)
        );
        assert!(one("in January", p).4, "year inferred means relative");
        assert_eq!(
            range("on October 3", day(2022, 11, 1)),
            r("2022-10-03", "2022-10-03", Precision::Day)
        );
        assert_eq!(
            range("on October 3", day(2022, 10, 2)),
            r("2021-10-03", "2021-10-03", Precision::Day)
        );
        assert_eq!(
            range("Jan. 27 attack", p),
            r("2023-01-27", "2023-01-27", Precision::Day)
        );
    }

    #[test]
    fn relative_dates() {
        let p = day(2023, 3, 31); // a Friday
        assert_eq!(
            range("last October", p),
            r("2022-10-01", "2022-10-31", Precision::Month)
        );
        assert_eq!(
            range("last March", p),
            r("2022-03-01", "2022-03-31", Precision::Month)
        );
        assert_eq!(
            range("Last year", Some(PartialDate::Month(2022, 10))),
            r("2021-01-01", "2021-12-31", Precision::Year)
        );
        assert_eq!(
            range("this week", p),
            r("2023-03-27", "2023-04-02", Precision::Week)
        );
        assert_eq!(
            range("yesterday", p),
            r("2023-03-30", "2023-03-30", Precision::Day)
        );
        assert_eq!(
            range("on Wednesday", p),
            r("2023-03-29", "2023-03-29", Precision::Day)
        );
        assert_eq!(
            range("on Friday", p),
            r("2023-03-31", "2023-03-31", Precision::Day)
        );
        assert_eq!(
            range("last Friday", p),
            r("2023-03-24", "2023-03-24", Precision::Day)
        );
        assert_eq!(
            range("earlier this year", p),
            r("2023-01-01", "2023-03-31", Precision::Year)
        );
        assert_eq!(
            range("two years ago", p),
            r("2021-01-01", "2021-12-31", Precision::Year)
        );
        assert_eq!(
            range("a month ago", p),
            r("2023-02-01", "2023-02-28", Precision::Month)
        );
        assert_eq!(
            range("several years ago", p),
            r("-009999-01-01", "2021-12-31", Precision::Unknown)
        );
        let (_, a, b, prec, rel) = one("Two years later, the case", p);
        assert_eq!(
            (a.as_str(), b.as_str(), prec, rel),
            ("-009999-01-01", "2023-03-31", Precision::Unknown, true)
        );
        assert_eq!(
            range("the next day", p),
            r("-009999-01-01", "9999-12-31", Precision::Unknown)
        );
        assert_eq!(
            range("had earlier said", p),
            r("-009999-01-01", "2023-03-31", Precision::Unknown)
        );
        assert!(dates("earlier than expected", p).is_empty());
    }

    #[test]
    fn partial_publication_widens() {
        let oct = Some(PartialDate::Month(2022, 10));
        // Any Wednesday that could be "the last one" from some day in October 2022.
        assert_eq!(
            range("on Wednesday", oct),
            r("2022-09-28", "2022-10-26", Precision::Unknown)
        );
        assert_eq!(
            range("last October", Some(PartialDate::Year(2023))),
            r("2022-10-01", "2023-10-31", Precision::Unknown)
        );
        assert_eq!(
            range("in January", Some(PartialDate::Year(2023))),
            r("2023-01-01", "2023-01-31", Precision::Month)
        );
        assert_eq!(
            range("on Wednesday", None),
            r("-009999-01-01", "9999-12-31", Precision::Unknown)
        );
    }

    #[test]
    fn not_dates() {
        let p = day(2023, 3, 31);
        assert!(dates("1,000 Israeli operatives", p).is_empty());
        assert!(dates("in 628 CE", p).is_empty());
        assert!(dates("the 1990s", p).is_empty());
        assert!(dates("may be", p).is_empty());
        assert!(dates("May God help", p).is_empty());
        assert!(dates("40 minutes later", p).is_empty());
        // A lone year before a lower-case noun is marked weak so a count can claim it.
        let r = FactRules::builtin();
        let s = "2000 people were killed";
        let t = Toks::new(s, Span::new(0, s.len()), Some(&r.lex));
        let mut claimed = vec![Claim::Free; t.len()];
        let mut out = Vec::new();
        assert_eq!(extract(&t, r, p, &mut claimed, &mut out), vec![0]);
        assert_eq!(claimed[0], Claim::Free);
    }

    #[test]
    fn compatible_is_overlap() {
        let v = |a: Date, b: Date| DateValue {
            earliest: a,
            latest: b,
            precision: Precision::Day,
            relative: false,
            text: String::new(),
        };
        let jan = v(date(2023, 1, 1), date(2023, 1, 31));
        assert!(jan.compatible(&v(date(2023, 1, 27), date(2023, 1, 27))));
        assert!(!jan.compatible(&v(date(2023, 2, 1), date(2023, 2, 1))));
    }
}
