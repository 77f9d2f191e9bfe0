//! Normalisation for matching: folds typographic variants so that `Iran’s` and `Iran's`,
//! `Amir–Abdollahian` and `Amir-Abdollahian` compare equal. Keys are derived copies; the
//! article text itself is never rewritten, so byte offsets stay valid.

use unicode_normalization::UnicodeNormalization;

/// Folds one character to its plain equivalent for matching.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        _ => c,
    }
}

/// Appends `s` with typographic marks folded ([`fold_char`]); a word with nothing to fold
/// (nearly every one) is copied whole.
pub fn push_folded(out: &mut String, s: &str) {
    if s.bytes()
        .all(|b| b.is_ascii() && fold_char(char::from(b)) == char::from(b))
    {
        out.push_str(s);
    } else {
        out.extend(s.chars().map(fold_char));
    }
}

/// `word` lowercased, borrowed when it has no capital (most words of running text).
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    // Most words are plain lowercase ASCII, told eight bytes at a time.
    if super::scan::is_plain_lowercase(word.as_bytes()) {
        return std::borrow::Cow::Borrowed(word);
    }
    let upper = if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.chars().any(char::is_uppercase)
    };
    if upper {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Appends `s` lowercased with typographic marks folded ([`fold_char`]), so `Iran’s` and
/// `Iran's` look the same; ASCII (nearly all news text) takes a fast path, as this runs for
/// every word of every article.
pub fn push_fold_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(s.chars().map(fold_char).flat_map(char::to_lowercase));
    }
}

/// A lowercase, NFC, typographically folded key with runs of white space collapsed.
pub fn match_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfc().map(fold_char) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_borrows_only_a_word_with_no_capital() {
        use std::borrow::Cow;
        for w in ["", "said", "u.s.", "élite", "1,000", "ǆ"] {
            assert!(matches!(lowercase(w), Cow::Borrowed(b) if b == w), "{w}");
        }
        for w in ["Said", "U.S.", "ÉLITE", "Élite", "İstanbul"] {
            assert!(
                matches!(lowercase(w), Cow::Owned(ref o) if *o == w.to_lowercase()),
                "{w}"
            );
        }
    }

    #[test]
    fn folds_quotes_dashes_and_spaces() {
        assert_eq!(match_key("Iran\u{2019}s  Ministry"), "iran's ministry");
        assert_eq!(match_key("Amir\u{2013}Abdollahian"), "amir-abdollahian");
        assert_eq!(match_key("\u{00A0}a\u{00A0}b "), "a b");
        // NFD input composes: e + combining acute = é
        assert_eq!(match_key("Caf\u{0065}\u{0301}"), "caf\u{e9}");
    }
}
