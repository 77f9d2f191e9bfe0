//! ", a charge the minister denied", ", a claim that Moscow rejects", ", an allegation denied
//! by the company": a noun that sums up the words before it, answered by another source. The
//! one who answers makes a claim of their own about those words. Without this the answer was
//! read as the first claim's reporting chain (via "a charge the minister denied"), or "a
//! charge it" became a speaker.

use super::{content_before, is_dash, is_in, is_ly_adverb, source_to_clause_end, Found};
use crate::extract::sentence::SentenceView;
use crate::extract::speaker::forward_np;
use crate::rules::{CueForm, Lexicon, VerbForm};

/// Words between the answering source and its verb: "a charge Tehran *has long* denied".
const BEFORE_VERB: &[&str] = &["has", "have", "had", "also", "still", "long"];

/// Words from the claim noun to the verb at most: "a claim that the Kremlin's press office
/// strongly rejects".
const MAX_SOURCE_WORDS: usize = 8;

/// The answer of the cue at `i` (its one-word reading `cue`) to the claim noun before it, if
/// it is one.
pub(super) fn verdict(v: &SentenceView, lex: &Lexicon, i: usize, cue: &CueForm) -> Option<Found> {
    if !lex.verdict_verbs.contains(cue.lemma.as_str())
        || !matches!(cue.form, VerbForm::Past | VerbForm::ThirdPerson)
    {
        return None;
    }
    let cue_span = v.span_of(i, i + 1);
    // ", an allegation denied by the company": the agent answers, to the end of its phrase
    // ("rejected by a series of congressional inquiries").
    if i >= 3 && v.word(i + 1) == "by" && cue.form == VerbForm::Past && summed_up_at(v, lex, i - 1)
    {
        let source = source_to_clause_end(v, lex, forward_np(v, lex, i + 2)?);
        let content = words_summed_up(v, i - 3)?;
        return Some(Found::new(source, cue_span, content, Vec::new(), false));
    }
    let mut source_end = i;
    while source_end > 0
        && (is_in(BEFORE_VERB, v.word(source_end - 1)) || is_ly_adverb(v.word(source_end - 1)))
    {
        source_end -= 1;
    }
    let noun = (source_end.saturating_sub(MAX_SOURCE_WORDS)..source_end.saturating_sub(1))
        .rev()
        .find(|&k| summed_up_at(v, lex, k))?;
    let mut source_start = noun + 1;
    if is_in(&["that", "which"], v.word(source_start)) {
        source_start += 1;
    }
    let source = forward_np(v, lex, source_start)
        .filter(|np| np.start == source_start && np.end == source_end)?;
    let content = words_summed_up(v, noun - 2)?;
    Some(Found::new(source, cue_span, content, Vec::new(), false))
}

/// Whether a claim noun stands at `k` after a comma (or dash) and "a" or "an".
fn summed_up_at(v: &SentenceView, lex: &Lexicon, k: usize) -> bool {
    k >= 2
        && v.in_quote[k].is_none()
        && lex.claim_nouns.contains(v.word(k))
        && is_in(&["a", "an"], v.word(k - 1))
        && (v.is_punct(k - 2, ",") || is_dash(v, k - 2))
}

/// The words before the comma at `comma` that the claim noun sums up: three words at least.
fn words_summed_up(v: &SentenceView, comma: usize) -> Option<(usize, usize)> {
    let content = content_before(v, comma)?;
    let words = v.word_count(content.0, content.1);
    (words >= 3).then_some(content)
}

/// An answer takes the words of the claim it answers when one ends at its comma: "X accused
/// the government of cutting the budget, a charge the minister denied" → the minister denied
/// "the government of cutting the budget", not X's accusation as well.
///
/// "it" or "they" answering is who those words are about, the first noun phrase of its
/// content: "accused the firm of …, a charge it denies", "The firm was fined for …, a charge
/// it denies". An answer whose "it" has no such noun phrase is dropped, not guessed.
pub(super) fn narrow_to_answered_claim(v: &SentenceView, lex: &Lexicon, found: &mut Vec<Found>) {
    let mut unresolved = Vec::new();
    for a in 0..found.len() {
        let (start, end) = found[a].content;
        let Some(source) = found[a].source.filter(|s| s.start > end) else {
            continue;
        };
        if !(v.is_punct(end, ",") && summed_up_at(v, lex, end + 2)) {
            continue;
        }
        let answered = found.iter().position(|g| {
            g.content.1 == end
                && g.content.0 > start
                && g.cue.start >= v.tokens[start].span.start
                && g.cue.end <= v.tokens[g.content.0].span.start
        });
        if let Some(g) = answered {
            found[a].content = found[g].content;
        }
        if source.end == source.start + 1 && is_in(&["it", "they"], v.word(source.start)) {
            let first = found[a].content.0;
            let about = forward_np(v, lex, first).filter(|np| {
                np.start == first
                    && np.end < found[a].content.1
                    && !lex.pronouns.contains(v.word(np.start))
            });
            match about {
                Some(np) => found[a].source = Some(np),
                None => unresolved.push(a),
            }
        }
    }
    for a in unresolved.into_iter().rev() {
        found.remove(a);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::claims_of_text;

    /// Source, cue, content and reporting chain of each claim.
    fn claims(text: &str) -> Vec<(String, String, String, Vec<String>)> {
        claims_of_text(text)
            .into_iter()
            .map(|c| {
                let source = c.source.map(|s| s.text).unwrap_or_default();
                let via = c.via.into_iter().map(|p| p.text).collect();
                (source, c.cue.text, c.content.text, via)
            })
            .collect()
    }

    fn claim(source: &str, cue: &str, content: &str) -> (String, String, String, Vec<String>) {
        (source.into(), cue.into(), content.into(), Vec::new())
    }

    #[test]
    fn an_answer_to_a_claim_is_a_claim_of_its_own() {
        assert_eq!(
            claims(
                "Dock workers accused the harbour board of selling the pier, a charge the board's chair denied."
            ),
            vec![
                claim(
                    "Dock workers",
                    "accused",
                    "the harbour board of selling the pier"
                ),
                claim(
                    "the board's chair",
                    "denied",
                    "the harbour board of selling the pier"
                ),
            ]
        );
    }

    #[test]
    fn an_answer_to_a_sentence_takes_the_sentence() {
        assert_eq!(
            claims("The ferry company was fined for dumping oil in the bay, a charge it denies."),
            vec![claim(
                "The ferry company",
                "denies",
                "The ferry company was fined for dumping oil in the bay"
            )]
        );
    }

    #[test]
    fn it_answering_is_who_the_words_are_about() {
        let found = claims(
            "Dock workers accused the harbour board of selling the pier, a charge it denied.",
        );
        assert_eq!(
            found[1],
            claim(
                "the harbour board",
                "denied",
                "the harbour board of selling the pier"
            )
        );
        // No noun phrase to answer for: no claim rather than a guess.
        let found = claims("The rebels said they had taken the bridge, a claim it rejected.");
        assert!(found.iter().all(|(_, cue, _, _)| cue != "rejected"));
    }

    #[test]
    fn an_answer_may_follow_that_or_an_adverb_or_come_by_an_agent() {
        let found = claims(
            "The rebels said they had taken the bridge, a claim that the army strongly rejected.",
        );
        assert_eq!(
            found[1],
            claim("the army", "rejected", "they had taken the bridge")
        );
        let found =
            claims("The mayor said the tender had been rigged, an allegation denied by a panel of auditors.");
        assert_eq!(
            found[1],
            claim(
                "a panel of auditors",
                "denied",
                "the tender had been rigged"
            )
        );
    }

    #[test]
    fn a_verb_without_a_claim_noun_before_it_is_no_answer() {
        // "a proposal": not a noun that sums up words.
        let found = claims("The council backed the plan, a proposal the mayor rejected.");
        assert!(found.iter().all(|(_, cue, _, _)| cue != "rejected"));
    }
}
