//! Calendar words every stage needs to recognise: a weekday or month is never a speaker or an
//! entity name, and in a subject it is a time adjunct ("the statement on Friday").

/// Weekday and month names and their common abbreviations, lowercase. "May" is left out:
/// it is a surname and a verb as often as a month.
const CALENDAR_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Whether a lowercase word names a weekday or a month.
pub fn is_calendar_word(w: &str) -> bool {
    CALENDAR_WORDS.contains(&w.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekdays_months_and_abbreviations() {
        assert!(is_calendar_word("friday"));
        assert!(is_calendar_word("sept."));
        assert!(!is_calendar_word("mayor"));
        assert!(!is_calendar_word("may"));
    }
}
