//! "Trump told reporters he thought Fields had made up the story": the belief is what the
//! telling reports, in the teller's own voice, so it is one statement, not two. A belief cue
//! whose subject opens the content of another claim, and who is that claim's speaker (a
//! pronoun there, or the same canonical name), makes no claim of its own. A belief of someone
//! else ("officials said Smith believes …") stays a nested claim.

use super::{Claim, Source, SourceKind};
use crate::rules::{Frame, Lexicon};

/// Marks the claims to drop: beliefs restating the content of a speech claim around them.
/// `claims` are sorted by span start.
pub(super) fn restated_beliefs(claims: &[Claim], lex: &Lexicon) -> Vec<bool> {
    claims
        .iter()
        .map(|belief| {
            let Some(believer) = &belief.source else {
                return false;
            };
            if !is_belief_only(lex, &belief.cue.text) {
                return false;
            }
            claims.iter().any(|outer| {
                let Some(speaker) = &outer.source else {
                    return false;
                };
                !std::ptr::eq(outer, belief)
                    && outer.content.span.start == believer.span.start
                    && outer.content.span.end >= belief.content.span.end
                    && !is_belief_only(lex, &outer.cue.text)
                    && (believer.canonical == speaker.canonical
                        || believer.kind == SourceKind::Pronoun && refers_back(believer, speaker))
            })
        })
        .collect()
}

/// Whether the believer's pronoun can be the speaker: the same pronoun ("we proposed … we
/// believe"), or a third person one after a name ("Obama said he expected …", "the board
/// said it believed …"; "we said I
/// believe …" is two people).
fn refers_back(believer: &Source, speaker: &Source) -> bool {
    if speaker.kind == SourceKind::Pronoun {
        believer.text.eq_ignore_ascii_case(&speaker.text)
    } else {
        ["he", "she", "they", "it"]
            .iter()
            .any(|p| believer.text.eq_ignore_ascii_case(p))
    }
}

/// A cue that reports a belief and never speech ("thought", "hopes"; not "insisted").
fn is_belief_only(lex: &Lexicon, cue: &str) -> bool {
    lex.cue_of_lowercase(&super::lowercase_cue(cue))
        .is_some_and(|form| form.has(Frame::Belief) && !form.has(Frame::Speech))
}

#[cfg(test)]
mod tests {
    use crate::extract::claims_of_text;

    fn cues(text: &str) -> Vec<String> {
        claims_of_text(text)
            .into_iter()
            .map(|c| c.cue.text)
            .collect()
    }

    #[test]
    fn a_speakers_own_belief_inside_what_they_said_is_one_claim() {
        assert_eq!(
            cues("The skipper told reporters he thought the pier would hold."),
            ["told"]
        );
        assert_eq!(
            cues("Most fishermen said they believed the toll was unfair."),
            ["said"]
        );
    }

    #[test]
    fn someone_elses_belief_stays_a_claim_of_its_own() {
        assert_eq!(
            cues("Officials said Smith believes the bridge will close in May."),
            ["said", "believes"]
        );
        assert_eq!(
            cues("We proposed that I believe the toll should go."),
            ["proposed", "believe"]
        );
    }
}
