//! Times of day ("3.45pm", "07:37 GMT", "7:37 local time", "15:20") with their zones.

use serde::Serialize;

use super::phrase::flag;
use super::rules::FactRules;
use super::tokens::{Kind, Toks};
use super::{Claim, Fact, FactValue};

/// A time of day as reported, with its zone when the text gives one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimeValue {
    /// Minutes after midnight, 0..1440.
    pub minutes_of_day: u16,
    /// The zone as written ("GMT", "UTC+3:30") or "local" for "local time".
    pub zone: Option<String>,
    /// Minutes east of UTC when the zone is in the rules' zone table; `None` for "local" and
    /// unknown zones.
    pub utc_offset: Option<i16>,
}

impl TimeValue {
    /// Whether both reports can describe the same moment: equal clock times when the zones
    /// are equal or unknown, equal UTC times when both offsets are known, and no verdict
    /// (compatible) when the zones differ but one offset is unknown.
    pub fn compatible(&self, other: &TimeValue) -> bool {
        match (&self.zone, &other.zone) {
            (Some(a), Some(b)) if a != b => match (self.utc_offset, other.utc_offset) {
                (Some(x), Some(y)) => {
                    let ua = (i32::from(self.minutes_of_day) - i32::from(x)).rem_euclid(1440);
                    let ub = (i32::from(other.minutes_of_day) - i32::from(y)).rem_euclid(1440);
                    ua == ub
                }
                _ => true,
            },
            _ => self.minutes_of_day == other.minutes_of_day,
        }
    }
}

fn digits(t: &Toks, i: usize) -> usize {
    t.raw(i).len()
}

fn small_int(t: &Toks, i: usize) -> Option<u16> {
    if !t.is(i, Kind::Num) || !t.raw(i).bytes().all(|b| b.is_ascii_digit()) || digits(t, i) > 4 {
        return None;
    }
    t.raw(i).parse().ok()
}

/// Hour and minute at `i`: "15:20", "3.45", "7", "0737". Returns (h, m, end, form).
#[derive(PartialEq, Clone, Copy)]
enum Form {
    Colon,
    Dot,
    Hour,
    Compact,
}

fn clock_at(t: &Toks, i: usize) -> Option<(u16, u16, usize, Form)> {
    if !t.is(i, Kind::Num) || t.num_glued_to_word(i) {
        return None;
    }
    let raw = t.raw(i);
    if let Some((h, m)) = raw.split_once('.') {
        if h.len() <= 2 && m.len() == 2 && !h.contains(',') {
            let h: u16 = h.parse().ok()?;
            let m: u16 = m.parse().ok()?;
            return (h <= 23 && m <= 59).then_some((h, m, i + 1, Form::Dot));
        }
        return None;
    }
    let h = small_int(t, i)?;
    if digits(t, i) <= 2
        && t.low(i + 1) == ":"
        && t.glued(i + 1)
        && t.glued(i + 2)
        && digits(t, i + 2) == 2
    {
        let m = small_int(t, i + 2)?;
        if h > 23 || m > 59 {
            return None;
        }
        let mut end = i + 3;
        // Seconds are read and dropped.
        if t.low(end) == ":" && t.glued(end) && t.glued(end + 1) && digits(t, end + 1) == 2 {
            end += 2;
        }
        return Some((h, m, end, Form::Colon));
    }
    if digits(t, i) == 4 {
        let (hh, mm) = (h / 100, h % 100);
        return (hh <= 23 && mm <= 59).then_some((hh, mm, i + 1, Form::Compact));
    }
    (digits(t, i) <= 2 && h <= 23).then_some((h, 0, i + 1, Form::Hour))
}

/// A zone after a time: "GMT", "UTC+3:30", "(GMT)", "local time".
fn zone_at(t: &Toks, i: usize, r: &FactRules) -> Option<(String, Option<i16>, usize)> {
    if t.low(i) == "(" {
        if let Some((z, off, e)) = zone_at(t, i + 1, r) {
            if t.low(e) == ")" {
                return Some((z, off, e + 1));
            }
        }
        return None;
    }
    if let Some((_, e)) = r.local_zone.longest(t, i) {
        return Some(("local".to_string(), None, e));
    }
    if !t.is(i, Kind::Word) {
        return None;
    }
    let name = t.raw(i);
    let &base = r.zones.get(name)?;
    let mut end = i + 1;
    let mut zone = name.to_string();
    let mut off = base;
    let sign = t.low(end);
    if (sign == "+" || sign == "-") && t.glued(end) && t.glued(end + 1) {
        if let Some(h) = small_int(t, end + 1).filter(|&h| h <= 14 && digits(t, end + 1) <= 2) {
            let mut mins = h * 60;
            let mut e = end + 2;
            if t.low(e) == ":" && t.glued(e) && t.glued(e + 1) && digits(t, e + 1) == 2 {
                if let Some(m) = small_int(t, e + 1).filter(|&m| m < 60) {
                    mins += m;
                    e += 2;
                }
            }
            let signed = if sign == "-" {
                -(mins as i16)
            } else {
                mins as i16
            };
            off = base + signed;
            zone = t.text_of(i, e).to_string();
            end = e;
        }
    }
    Some((zone, Some(off), end))
}

pub(crate) fn extract(t: &Toks, r: &FactRules, claimed: &mut [Claim], out: &mut Vec<Fact>) {
    let mut i = 0;
    while i < t.len() {
        match time_at(t, r, i) {
            Some((value, end)) => {
                out.push(Fact {
                    span: t.span(i, end),
                    value: FactValue::Time(value),
                });
                for c in &mut claimed[i..end] {
                    *c = Claim::Date;
                }
                i = end;
            }
            None => i += 1,
        }
    }
}

fn time_at(t: &Toks, r: &FactRules, i: usize) -> Option<(TimeValue, usize)> {
    let (mut minutes, mut end, needs_marker) = if let Some((&m, e)) = r.named_times.longest(t, i) {
        (m, e, false)
    } else {
        let (h, m, e, form) = clock_at(t, i)?;
        let mut minutes = h * 60 + m;
        let mut end = e;
        let ampm = if t.has(e, flag::AM) {
            Some(false)
        } else if t.has(e, flag::PM) {
            Some(true)
        } else {
            None
        };
        if let Some(pm) = ampm {
            if !(1..=12).contains(&h) {
                return None;
            }
            let h24 = match (pm, h) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, h) => h,
            };
            minutes = h24 * 60 + m;
            end = e + 1;
        }
        // "15:20" is a time by itself; "3.45", "7" and "0737" need am/pm or a zone.
        (minutes, end, ampm.is_none() && form != Form::Colon)
    };
    let mut zone = None;
    let mut utc_offset = None;
    if let Some((z, off, e)) = zone_at(t, end, r) {
        zone = Some(z);
        utc_offset = off;
        end = e;
    } else if needs_marker {
        return None;
    }
    minutes %= 1440;
    Some((
        TimeValue {
            minutes_of_day: minutes,
            zone,
            utc_offset,
        },
        end,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn times(s: &str) -> Vec<(String, u16, Option<String>, Option<i16>)> {
        let r = FactRules::builtin();
        let t = Toks::new(s, Span::new(0, s.len()), Some(&r.lex));
        let mut claimed = vec![Claim::Free; t.len()];
        let mut out = Vec::new();
        extract(&t, r, &mut claimed, &mut out);
        out.into_iter()
            .map(|f| match f.value {
                FactValue::Time(v) => (
                    f.span.of(s).to_string(),
                    v.minutes_of_day,
                    v.zone,
                    v.utc_offset,
                ),
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn clock_forms() {
        assert_eq!(times("at 3.45pm"), [("3.45pm".into(), 945, None, None)]);
        assert_eq!(
            times("at 3:45 p.m. today"),
            [("3:45 p.m.".into(), 945, None, None)]
        );
        assert_eq!(
            times("at 07:37 GMT"),
            [("07:37 GMT".into(), 457, Some("GMT".into()), Some(0))]
        );
        assert_eq!(
            times("around 7:37 local time"),
            [("7:37 local time".into(), 457, Some("local".into()), None)]
        );
        assert_eq!(
            times("01 November 2022 15:20"),
            [("15:20".into(), 920, None, None)]
        );
        assert_eq!(times("at 12am"), [("12am".into(), 0, None, None)]);
        assert_eq!(times("by noon"), [("noon".into(), 720, None, None)]);
        assert_eq!(
            times("(0737 GMT)"),
            [("0737 GMT".into(), 457, Some("GMT".into()), Some(0))]
        );
        assert_eq!(
            times("at 11:07 UTC+3:30"),
            [(
                "11:07 UTC+3:30".into(),
                667,
                Some("UTC+3:30".into()),
                Some(210)
            )]
        );
        assert_eq!(times("at 10:00 (IRST)")[0].3, Some(210));
    }

    #[test]
    fn numbers_that_are_not_times() {
        assert!(times("magnitude 6.1 quake").is_empty());
        assert!(times("in 2021 and 40 people").is_empty());
        assert!(times("a 3:1 vote").is_empty());
        assert!(times("25:10").is_empty());
        assert!(times("13pm").is_empty());
    }

    #[test]
    fn compatibility() {
        let t = |m, z: Option<&str>, o| TimeValue {
            minutes_of_day: m,
            zone: z.map(String::from),
            utc_offset: o,
        };
        assert!(t(945, None, None).compatible(&t(945, Some("GMT"), Some(0))));
        assert!(!t(945, None, None).compatible(&t(950, None, None)));
        // 07:37 GMT is 11:07 in Tehran (UTC+3:30).
        assert!(t(457, Some("GMT"), Some(0)).compatible(&t(667, Some("IRST"), Some(210))));
        assert!(!t(457, Some("GMT"), Some(0)).compatible(&t(457, Some("IRST"), Some(210))));
        // Local time with unknown offset cannot contradict a GMT time.
        assert!(t(457, Some("GMT"), Some(0)).compatible(&t(667, Some("local"), None)));
        assert!(!t(457, Some("local"), None).compatible(&t(667, Some("local"), None)));
        // Across midnight.
        assert!(t(30, Some("AZT"), Some(240)).compatible(&t(1230, Some("GMT"), Some(0))));
    }
}
