//! "As the Gazette reported on Monday, the board had ignored two warnings", "The bridge will
//! close in May, as the mayor said": a cue in a clause opened by "as", with no words of its
//! own after it, attributes the sentence's main clause. Without this the cue took its adjunct
//! ("on Monday") for the content, or made no claim.

use super::{content_end, has_finite_verb, is_in, is_ly_adverb, trim_end, Found};
use crate::extract::sentence::SentenceView;
use crate::extract::speaker::forward_np;
use crate::rules::{CueForm, Frame, Lexicon, VerbForm};

/// Words between an "as" clause's subject and its cue: "as the Times *has previously*
/// reported".
const BEFORE_CUE: &[&str] = &["has", "have", "had", "previously", "first", "also", "once"];

/// Adjunct words after the cue at most, before the comma or the end that closes the clause.
const MAX_ADJUNCT: usize = 8;

/// The claim of the cue at `i` (its one-word reading `cue`) inside an "as" clause, if it is
/// one.
pub(super) fn as_parenthetical(
    v: &SentenceView,
    lex: &Lexicon,
    i: usize,
    cue: &CueForm,
) -> Option<Found> {
    if !(cue.has(Frame::Speech) || cue.has(Frame::Tell) || cue.has(Frame::Finding))
        || !matches!(cue.form, VerbForm::Past | VerbForm::ThirdPerson)
    {
        return None;
    }
    // Back from the cue over auxiliaries and adverbs to the subject's end.
    let mut subject_end = i;
    while subject_end > 0
        && (is_in(BEFORE_CUE, v.word(subject_end - 1)) || is_ly_adverb(v.word(subject_end - 1)))
    {
        subject_end -= 1;
    }
    let as_at = (subject_end.saturating_sub(8)..subject_end.saturating_sub(1))
        .rev()
        .find(|&a| v.word(a) == "as")?;
    let opens = as_at == 0
        || v.is_punct(as_at - 1, ",")
        || as_at == 1 && is_in(&["and", "but", "so"], v.word(0));
    if !opens || v.in_quote[as_at].is_some() {
        return None;
    }
    let source = forward_np(v, lex, as_at + 1).filter(|np| np.end == subject_end)?;
    // The clause ends at a comma, a colon or the sentence end, after a short adjunct with no
    // clause in it ("on Tuesday", "in his book", "a few days later").
    let n = v.len();
    let mut listener_end = i + 1;
    if cue.has(Frame::Tell) {
        if let Some(np) = forward_np(v, lex, i + 1) {
            listener_end = np.end;
        }
    }
    let close = (listener_end..n.min(listener_end + MAX_ADJUNCT + 1))
        .find(|&k| v.is_punct(k, ",") || v.is_punct(k, ":") || v.is_punct(k, ".") || k + 1 == n)?;
    let adjunct_ok = (listener_end..close).all(|k| {
        v.is_word(k)
            && v.in_quote[k].is_none()
            && !is_in(&["that", "how", "why", "whether", "what", "if"], v.word(k))
    }) && !has_finite_verb(v, lex, (listener_end, close));
    if !adjunct_ok {
        return None;
    }
    let cue_span = v.span_of(i, i + 1);
    let via = if listener_end > i + 1 {
        vec![v.span_of(i + 1, listener_end)]
    } else {
        Vec::new()
    };
    let found = |content: (usize, usize), postposed: bool| {
        let words = v.word_count(content.0, content.1);
        (words >= 3).then(|| Found::new(source, cue_span, content, via.clone(), postposed))
    };
    let opener_words = (0..as_at.saturating_sub(1))
        .filter(|&k| v.is_word(k))
        .count();
    let start = close + 1;
    let after = (start, content_end(v, lex, start));
    // "…, given that, as the Times reported, he has emerged as …": a clause of its own after.
    let clause_after = v.is_punct(close, ",")
        && (lex.pronouns.contains(v.word(start))
            || is_in(super::DETERMINERS, v.word(start))
            || v.is_capitalized(start))
        && has_finite_verb(v, lex, after);
    if v.is_punct(close, ":") || v.is_punct(close, ",") && opener_words <= 1 || clause_after {
        // "As Foner put it: "…"", "And, as the Times reported, Clinton is …": the words
        // after the clause.
        return found(after, false);
    }
    if as_at > 1 {
        // "The bridge will close in May, as the mayor said (on Monday)": the clause before.
        let before = (0, trim_end(v, 0, as_at - 1));
        if has_finite_verb(v, lex, before) {
            return found(before, true);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::claims_of_text;

    fn claims(text: &str) -> Vec<(String, String, String)> {
        claims_of_text(text)
            .into_iter()
            .map(|c| {
                let source = c.source.map(|s| s.text).unwrap_or_default();
                (source, c.cue.text, c.content.text)
            })
            .collect()
    }

    fn one(source: &str, cue: &str, content: &str) -> Vec<(String, String, String)> {
        vec![(source.into(), cue.into(), content.into())]
    }

    #[test]
    fn an_as_clause_opening_the_sentence_attributes_what_follows() {
        assert_eq!(
            claims(
                "As the Gazette reported on Monday, the harbour board had ignored two warnings."
            ),
            one(
                "the Gazette",
                "reported",
                "the harbour board had ignored two warnings"
            )
        );
        assert_eq!(
            claims("And, as the mayor has previously said, the bridge will close in May."),
            one("the mayor", "said", "the bridge will close in May")
        );
    }

    #[test]
    fn an_as_clause_after_a_comma_attributes_what_came_before() {
        assert_eq!(
            claims("The bridge will close in May, as the mayor said on Monday."),
            one("the mayor", "said", "The bridge will close in May")
        );
    }

    #[test]
    fn an_as_clause_between_two_clauses_attributes_the_one_after() {
        assert_eq!(
            claims("Kool stayed on, given that, as the Gazette reported, he had already joined the board."),
            one("the Gazette", "reported", "he had already joined the board")
        );
    }

    #[test]
    fn an_as_clause_with_words_of_its_own_is_left_to_the_cue() {
        // "as he explained how …": the cue has its own content.
        let found = claims("The crowd laughed, as he explained how hard it is to run a port.");
        assert!(found
            .iter()
            .all(|(_, _, content)| !content.starts_with("The crowd")));
    }
}
