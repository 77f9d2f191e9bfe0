//! Calendar words every stage needs to recognise: a weekday or month is never a speaker or an
//! entity name, and in a subject it is a time adjunct ("the statement on Friday").

/// Whether a lowercase word names a weekday or a month, with or without dots after it
/// ("sept."). Weekday and month names and their common abbreviations; "may" is left out: it
/// is a surname and a verb as often as a month. A `match` rather than a search of a list:
/// the extractor asks this of many words of every sentence.
pub fn is_calendar_word(w: &str) -> bool {
    let stem = w.trim_end_matches('.');
    matches!(
        stem,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
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
