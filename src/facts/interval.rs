//! Numeric intervals: every extracted number is a range, so "several", "more than 40" and "43"
//! can be compared by overlap alone.

use std::fmt;

use serde::{Serialize, Serializer};

/// The set of values a number phrase allows.
///
/// Bounds are inclusive unless the matching `*_open` flag is set: "more than 40" must disagree
/// with "40" yet agree with "41" (and with 40.5 minutes), which an inclusive integer bound
/// cannot say for continuous quantities. `hi` is `f64::INFINITY` when there is no upper bound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
    pub lo_open: bool,
    pub hi_open: bool,
}

impl Interval {
    pub const fn exact(n: f64) -> Self {
        Interval::closed(n, n)
    }

    pub const fn closed(lo: f64, hi: f64) -> Self {
        Interval {
            lo,
            hi,
            lo_open: false,
            hi_open: false,
        }
    }

    /// `>= n`.
    pub const fn at_least(n: f64) -> Self {
        Interval::closed(n, f64::INFINITY)
    }

    /// `> n`.
    pub const fn more_than(n: f64) -> Self {
        Interval {
            lo: n,
            hi: f64::INFINITY,
            lo_open: true,
            hi_open: false,
        }
    }

    /// `<= n` (quantities here are never negative).
    pub const fn at_most(n: f64) -> Self {
        Interval::closed(0.0, n)
    }

    /// `< n`.
    pub const fn less_than(n: f64) -> Self {
        Interval {
            lo: 0.0,
            hi: n,
            lo_open: false,
            hi_open: true,
        }
    }

    pub fn is_exact(&self) -> bool {
        self.lo == self.hi && !self.lo_open && !self.hi_open
    }

    pub fn is_empty(&self) -> bool {
        self.lo > self.hi || (self.lo == self.hi && (self.lo_open || self.hi_open))
    }

    /// Whether some value satisfies both: the test for "these two reports can both be true".
    pub fn overlaps(&self, other: &Interval) -> bool {
        let (lo, lo_open) = if self.lo > other.lo {
            (self.lo, self.lo_open)
        } else if other.lo > self.lo {
            (other.lo, other.lo_open)
        } else {
            (self.lo, self.lo_open || other.lo_open)
        };
        let (hi, hi_open) = if self.hi < other.hi {
            (self.hi, self.hi_open)
        } else if other.hi < self.hi {
            (other.hi, other.hi_open)
        } else {
            (self.hi, self.hi_open || other.hi_open)
        };
        lo < hi || (lo == hi && !lo_open && !hi_open)
    }

    pub fn contains(&self, x: f64) -> bool {
        let above = if self.lo_open {
            x > self.lo
        } else {
            x >= self.lo
        };
        let below = if self.hi_open {
            x < self.hi
        } else {
            x <= self.hi
        };
        above && below
    }

    /// Multiplies both bounds by a positive factor (unit conversion).
    pub fn scale(self, k: f64) -> Self {
        Interval {
            lo: self.lo * k,
            hi: self.hi * k,
            ..self
        }
    }
}

struct Num(f64);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Round away float noise from unit conversions ("0.30000000000000004").
        let x = self.0;
        let r = (x * 1e9).round() / 1e9;
        if r.is_finite() && (r - x).abs() < 1e-6 {
            write!(f, "{r}")
        } else {
            write!(f, "{x}")
        }
    }
}

impl fmt::Display for Interval {
    /// "1", ">= 2", "> 40", "<= 30", "41..=43".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let unbounded_hi = self.hi == f64::INFINITY;
        let unbounded_lo = self.lo <= 0.0 && !self.lo_open && self.hi > 0.0;
        if self.is_exact() {
            write!(f, "{}", Num(self.lo))
        } else if unbounded_hi {
            let op = if self.lo_open { ">" } else { ">=" };
            write!(f, "{op} {}", Num(self.lo))
        } else if unbounded_lo {
            let op = if self.hi_open { "<" } else { "<=" };
            write!(f, "{op} {}", Num(self.hi))
        } else if !self.lo_open && !self.hi_open {
            write!(f, "{}..={}", Num(self.lo), Num(self.hi))
        } else {
            let lop = if self.lo_open { ">" } else { ">=" };
            let hop = if self.hi_open { "<" } else { "<=" };
            write!(f, "{lop} {} and {hop} {}", Num(self.lo), Num(self.hi))
        }
    }
}

impl Serialize for Interval {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_forms() {
        assert_eq!(Interval::exact(1.0).to_string(), "1");
        assert_eq!(Interval::at_least(2.0).to_string(), ">= 2");
        assert_eq!(Interval::more_than(40.0).to_string(), "> 40");
        assert_eq!(Interval::closed(41.0, 43.0).to_string(), "41..=43");
        assert_eq!(Interval::at_most(30.0).to_string(), "<= 30");
        assert_eq!(Interval::less_than(30.0).to_string(), "< 30");
        assert_eq!(Interval::exact(6.1).to_string(), "6.1");
        assert_eq!(Interval::exact(0.1 * 3.0).to_string(), "0.3");
        assert_eq!(Interval::exact(0.0).to_string(), "0");
        let mixed = Interval {
            lo: 2.0,
            hi: 5.0,
            lo_open: true,
            hi_open: false,
        };
        assert_eq!(mixed.to_string(), "> 2 and <= 5");
    }

    #[test]
    fn overlap_respects_open_bounds() {
        let several = Interval::at_least(2.0);
        let one = Interval::exact(1.0);
        assert!(!several.overlaps(&one));
        assert!(several.overlaps(&Interval::exact(2.0)));
        let gt40 = Interval::more_than(40.0);
        assert!(!gt40.overlaps(&Interval::exact(40.0)));
        assert!(gt40.overlaps(&Interval::exact(41.0)));
        assert!(gt40.overlaps(&Interval::at_least(40.0)));
        assert!(Interval::closed(36.0, 44.0).overlaps(&Interval::exact(43.0)));
        assert!(!Interval::less_than(30.0).overlaps(&Interval::exact(30.0)));
        assert!(Interval::at_most(30.0).overlaps(&Interval::exact(30.0)));
        assert!(!Interval::exact(43.0).overlaps(&Interval::exact(40.0)));
    }

    #[test]
    fn contains_and_scale() {
        assert!(Interval::more_than(40.0).contains(40.5));
        assert!(!Interval::more_than(40.0).contains(40.0));
        assert!(Interval::at_least(2.0).contains(1e12));
        assert_eq!(Interval::exact(40.0).scale(60.0), Interval::exact(2400.0));
        assert!(!Interval::at_least(2.0).is_empty());
        assert!(Interval::closed(3.0, 2.0).is_empty());
    }
}
