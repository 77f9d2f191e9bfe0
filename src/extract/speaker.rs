//! Speaker noun phrases: finding them around a cue, classifying them (named, pronoun,
//! description, anonymous, vague) and naming them canonically.

use serde::Serialize;
use std::sync::LazyLock;

use super::grammar::{
    contracted_pronoun, is_in, is_ly_adverb, is_time_word, WordList, AUXILIARIES,
    BETWEEN_SUBJECT_AND_CUE, BE_FORMS, CLAUSE_WORDS, DETERMINERS, FRONTED_STARTERS, IRREGULAR_PAST,
    PLACE_PREPOSITIONS, PREPOSITIONS, TIME_OPENERS,
};
use super::sentence::SentenceView;
use crate::rules::Lexicon;
use crate::text::WordSet;

/// A noun phrase as token indices `start..end` in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Np {
    pub start: usize,
    pub end: usize,
}

/// How sure the article is of who spoke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A person or organisation named in the text.
    Named,
    /// A pronoun, resolved to an earlier mention where possible.
    Pronoun,
    /// A definite description ("the ministry"), resolved where possible.
    Description,
    /// An unnamed source: "a senior official", "sources".
    Anonymous,
    /// A collective or unspecific source: "Israeli media", "critics".
    Vague,
}

const MAX_NP: usize = 16;

/// Skips auxiliaries and adverbs backwards from `i` (exclusive); returns the new end.
pub fn skip_back_adverbs(v: &SentenceView, mut i: usize) -> usize {
    while i > 0 {
        let w = v.word(i - 1);
        if v.in_quote[i - 1].is_none()
            && (is_in(BETWEEN_SUBJECT_AND_CUE, w) || (is_ly_adverb(w) && !v.is_capitalized(i - 1)))
        {
            i -= 1;
        } else {
            break;
        }
    }
    i
}

fn np_word_ok(v: &SentenceView, lex: &Lexicon, k: usize, end: usize) -> bool {
    // "42% say": a share in digits.
    if v.is_punct(k, "%") && k > 0 && v.tokens[k - 1].kind == crate::text::TokenKind::Number {
        return v.in_quote[k].is_none();
    }
    if v.in_quote[k].is_some() || !v.is_word(k) {
        return false;
    }
    let w = v.word(k);
    if is_in(BE_FORMS, w) || k + 1 == end && lex.not_speakers.contains(w) {
        return false;
    }
    // "a person with knowledge of that study": "that" after a preposition is a determiner.
    if w == "that"
        && k > 0
        && k + 1 < end
        && is_in(PREPOSITIONS, v.word(k - 1))
        && v.tokens[k + 1].kind == crate::text::TokenKind::Word
        && !v.is_capitalized(k + 1)
    {
        return true;
    }
    if is_in(CLAUSE_WORDS, w) {
        // "More than 200 professors signed …": a comparison of a count.
        if w == "than" && k > 0 && compares_count(v, lex, k - 1) {
            return true;
        }
        // "Smith and Jones said": a conjunction between capitalised words; "current and
        // former officials": between two adjectives of a role.
        return (w == "and" || w == "&")
            && k > 0
            && (v.is_capitalized(k - 1) && v.is_capitalized(k + 1)
                // "teachers and union officials told …": two groups of people.
                || !v.is_capitalized(k - 1)
                    && is_plural_group(lex, v.word(k - 1))
                    && is_plural_group(lex, v.word(end - 1))
                || is_adjective_like(v.word(k + 1))
                    && is_in(&["current", "former", "past", "present"], v.word(k - 1)));
    }
    // "At least 40 residents told …": "at" opens the comparison, not a place.
    if w == "at" && compares_count(v, lex, k) {
        return true;
    }
    if w == "out" && v.word(k + 1) == "of" && k > 0 {
        return true; // "nine out of 10 say": a share
    }
    if is_in(PREPOSITIONS, w) && k > 0 && is_in(POSTMODIFIERS, v.word(k - 1)) {
        return true; // "a source familiar with the talks"
    }
    if is_in(PREPOSITIONS, w) && w != "of" {
        // "ambassador to Azerbaijan", "spokesman for the campaign", "Ministry of …",
        // "speakers at the service", "residents in the valley".
        // "officials in Kyiv", "a statement from the ministry", "a report by the agency".
        let prev = if k > 0 { v.word(k - 1) } else { "" };
        return k > 0
            && (is_title_or_institution(lex, prev)
                // "Aides to the governor said"
                || is_in(&["at", "in", "from", "for", "with", "on", "to", "across", "like"], w)
                    && (super::patterns::is_people_noun(lex, prev)
                        || lex.anonymous.contains(prev)
                        || lex.vague.contains(prev))
                || is_in(&["from", "by"], w)
                    && (lex.documents.contains(prev) || lex.finding_subjects.contains(prev))
                || is_in(&["on", "for", "against", "to", "about"], w)
                    && in_people_of_phrase(v, lex, k));
    }
    // A past-tense verb ends the phrase ("the man who attacked the embassy said", "Smith
    // said Jones told"), as "says" and "tells" do ("the company says it fears").
    if !v.is_capitalized(k)
        && (lex
            .cue_of_lowercase(w)
            .is_some_and(|c| c.form == crate::rules::VerbForm::Past && !w.ends_with("ed"))
            || is_in(&["says", "tells"], w))
    {
        return false;
    }
    if !v.is_capitalized(k)
        && w.ends_with("ed")
        && w.len() > 4
        && !lex.titles.contains(w)
        // "those surveyed", "voters polled": a participle after its noun
        // "a report published Wednesday", "a poll released Sunday"
        && !(k > 0
            && (v.word(k - 1) == "those"
                || super::patterns::is_people_noun(lex, v.word(k - 1))
                || lex.documents.contains(v.word(k - 1))
                || lex.finding_subjects.contains(v.word(k - 1)))
            // "the owners censored his first report": a verb with its object.
            && !(k + 1 < end && is_in(DETERMINERS, v.word(k + 1))))
        // "registered voters", "elected officials": a participle before a noun for people
        && !(k + 1 < end
            && !v.is_capitalized(k + 1)
            && is_plural_group(lex, v.word(k + 1)))
        // "a retired pilot": an adjective between a determiner and its noun
        && !(k > 0 && k + 1 < end && is_in(DETERMINERS, v.word(k - 1)))
    {
        return false;
    }
    true
}

pub fn is_title_or_institution(lex: &Lexicon, w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w); // "Mr.", "Gen."
    lex.titles.contains(w) || lex.institutions.contains(w)
}

/// A noun for a role, an institution or people: what a lowercase word in a speaker's
/// description may be ("the spokesman", "pollster Daron Shaw", "Clinton camp").
pub(super) fn is_role_noun(lex: &Lexicon, w: &str) -> bool {
    is_title_or_institution(lex, w) || super::patterns::is_people_noun(lex, w)
}

/// The speaker before a cue at token `cue`: "Mousavi tweeted", "Iran's ambassador to
/// Azerbaijan, Abbas Mousavi, tweeted", "Mousavi, who said", "the ministry said".
pub fn subject_before(v: &SentenceView, lex: &Lexicon, cue: usize) -> Option<Np> {
    let mut end = skip_back_adverbs(v, cue);
    // "Trump on Friday endorsed", "X this past week announced": a time adjunct between
    // subject and cue.
    let mut k = end;
    while k > 0 && (is_time_word(v.word(k - 1)) || k < end && v.word(k - 1) == "past") {
        k -= 1;
    }
    if k < end && k > 1 && is_in(TIME_OPENERS, v.word(k - 1)) {
        end = skip_back_adverbs(v, k - 1);
    }
    // "Her aides here said", "officials there say": where the group is.
    if end >= 2
        && is_in(&["here", "there"], v.word(end - 1))
        && (is_plural_group(lex, v.word(end - 2))
            || is_title_or_institution(lex, v.word(end - 2))
            // "residents' rules here say", "critics of the plan here say"
            || is_plain_plural(v, end - 2)
            || in_people_of_phrase(v, lex, end - 1))
    {
        end -= 1;
    }
    if end == 0 {
        // "Both think …": the quantifier skipped as in "they both said" is the subject.
        return (cue > 0 && is_in(&["both", "all"], v.word(0))).then_some(Np { start: 0, end: 1 });
    }
    let last = end - 1;
    if lex.relatives.contains(v.word(last)) && v.word(last) != "that" {
        return Some(Np { start: last, end });
    }
    if let Some(comma) = quoted_participle_aside(v, last) {
        return subject_before(v, lex, comma);
    }
    // "Kasich (who has 25 delegates to date) said": a relative clause in brackets.
    if v.is_punct(last, ")") {
        let open = (last.saturating_sub(20)..last)
            .rev()
            .find(|&k| v.is_punct(k, "("));
        if let Some(open) = open.filter(|&o| o > 0 && lex.relatives.contains(v.word(o + 1))) {
            return subject_before(v, lex, open);
        }
    }
    // "Jason Sims — a teacher from Mount Pleasant — says", "Many speakers — including
    // farmers and teachers — said": the subject is before the aside between dashes.
    // A dash may be typed as two hyphens ("--"): a run of dash tokens is one dash.
    let dash = |k: usize| {
        super::patterns::is_dash(v, k)
            || v.is_punct(k, "-") && (k > 0 && v.is_punct(k - 1, "-") || v.is_punct(k + 1, "-"))
    };
    if dash(last) {
        let close = (0..=last)
            .rev()
            .take_while(|&k| dash(k))
            .last()
            .unwrap_or(last);
        let open = (close.saturating_sub(24)..close)
            .rev()
            .find(|&k| dash(k))
            .map(|k| (0..=k).rev().take_while(|&j| dash(j)).last().unwrap_or(k))
            .filter(|&open| open > 0 && v.is_word(open - 1));
        if let Some(open) = open {
            return subject_before(v, lex, open);
        }
    }
    if v.is_punct(last, ",") {
        // "Sanders, meanwhile, hopes": a parenthetical adverb between commas.
        if last >= 3 && v.is_punct(last - 2, ",") && is_parenthetical_adverb(v.word(last - 1)) {
            return subject_before(v, lex, last - 2);
        }
        // "Stranch, in her dissent, said", "Trump, in a brief interview on Saturday, said": a
        // prepositional aside between commas.
        // The subject before it may have an apposition of its own ("Brian Murphy, the
        // chairman of the county party, for example, said").
        if let Some(open) = prepositional_aside(v, last) {
            if let Some(mut np) =
                apposition_before(v, lex, open).or_else(|| subject_before(v, lex, open))
            {
                // "Dunne, along with Ana Cole, say": the companion speaks too.
                if is_companion(v, open + 1) {
                    np.end = last;
                }
                return Some(np);
            }
        }
        return apposition_before(v, lex, last);
    }
    let start = np_start(v, lex, end)?;
    // "Both the mayor and the governor said": two phrases joined at the clause's start.
    if start >= 2 && is_in(&["and", "nor"], v.word(start - 1)) {
        if let Some(mut first) = np_start(v, lex, start - 1) {
            // The pair opens the clause, after "Both" or "Neither" if any, which are no name.
            if first + 1 < start - 1 && is_in(&["both", "neither", "either"], v.word(first)) {
                first += 1;
            }
            let at_start =
                first == 0 || first == 1 && is_in(&["both", "neither", "either"], v.word(0));
            // The first phrase ends with a name or a noun for someone ("Trump won and Cruz
            // said": a verb).
            let head = v.word(start - 2);
            let names = v.is_capitalized(start - 2)
                || is_title_or_institution(lex, head)
                || lex.anonymous.contains(head)
                || lex.vague.contains(head)
                || super::patterns::is_people_noun(lex, head);
            if at_start && names && (first + 1 < start - 1 || v.is_capitalized(first)) {
                return Some(Np { start: first, end });
            }
        }
    }
    // "A first officer based in Orsund said": the place is where the speaker is.
    if let Some(first) = located_speaker_start(v, lex, start) {
        return Some(Np { start: first, end });
    }
    Some(Np { start, end })
}

/// Where a phrase for someone starts that a place at `place` locates: "a first officer
/// based in Orsund", "two engineers stationed at the dam", "residents living near the
/// plant".
fn located_speaker_start(v: &SentenceView, lex: &Lexicon, place: usize) -> Option<usize> {
    const LOCATING: &WordList = &WordList::new(&[
        "based",
        "stationed",
        "posted",
        "living",
        "working",
        "deployed",
        "located",
    ]);
    let preposition = place.checked_sub(1)?;
    let participle = place.checked_sub(2)?;
    if participle == 0
        || !is_in(PLACE_PREPOSITIONS, v.word(preposition))
        || !is_in(LOCATING, v.word(participle))
    {
        return None;
    }
    let head = v.word(participle - 1);
    if v.is_capitalized(participle - 1) {
        return None;
    }
    let start = np_start(v, lex, participle)?;
    // A noun for someone, or any noun a determiner or count opens ("a deckhand based in …").
    let names_someone = is_role_noun(lex, head)
        || lex.anonymous.contains(head)
        || lex.vague.contains(head)
        || start + 1 < participle
            && (is_in(DETERMINERS, v.word(start))
                || v.tokens[start].kind == crate::text::TokenKind::Number);
    names_someone.then_some(start)
}

/// An adverb that stands between commas as an aside: "Sanders, meanwhile, hopes", "said,
/// however, that …".
pub(super) fn is_parenthetical_adverb(w: &str) -> bool {
    is_ly_adverb(w)
        || is_in(
            &[
                "meanwhile",
                "however",
                "though",
                "too",
                "also",
                "instead",
                "then",
                "now",
                "still",
                "therefore",
                "likewise",
            ],
            w,
        )
}

/// Prepositions of place after a group of people: "officials in Kyiv".
const LOCATIVES: &WordList = &WordList::new(&["in", "at", "from", "across", "inside"]);

/// A plural noun for people who may speak unnamed: "officials", "diplomats", "residents".
pub(super) fn is_plural_group(lex: &Lexicon, w: &str) -> bool {
    let plural = w.ends_with('s') && !w.ends_with("ss")
        || super::grammar::is_plural_in_men(w)
        || w == "people";
    plural
        && (lex.anonymous.contains(w)
            || lex.vague.contains(w)
            || super::patterns::is_people_noun(lex, w))
}

/// The comma opening a short aside that starts with a preposition and closes at the comma
/// `close`: ", in a statement,", ", on the other hand,".
fn prepositional_aside(v: &SentenceView, close: usize) -> Option<usize> {
    const MAX_ASIDE: usize = 12;
    let open = (close.saturating_sub(MAX_ASIDE + 1)..close)
        .rev()
        .find(|&k| !v.is_word(k))?;
    (open > 0
        && open + 2 < close
        && v.is_punct(open, ",")
        && (is_in(PREPOSITIONS, v.word(open + 1)) || is_companion(v, open + 1))
        && (open + 1..close).all(|k| v.in_quote[k].is_none()))
    .then_some(open)
}

/// Whether "along with", "together with" or "as well as" opens at `k`: "Dunne, along with
/// Tribune reporter Ana Cole, say" names a companion of the subject.
pub(super) fn is_companion(v: &SentenceView, k: usize) -> bool {
    is_in(&["along", "together"], v.word(k)) && v.word(k + 1) == "with"
        || v.word(k) == "as" && v.word(k + 1) == "well" && v.word(k + 2) == "as"
}

/// The comma opening an aside that a quotation closes with its own comma, at the closing
/// mark `close`: "Mr. Kovac, citing “the strength of the party,” said".
fn quoted_participle_aside(v: &SentenceView, close: usize) -> Option<usize> {
    if !v.is_close_mark(close) || close < 4 || !v.is_punct(close - 1, ",") {
        return None;
    }
    let open = super::patterns::first_quoted_before(v, close)?.checked_sub(1)?;
    if !v.is_open_mark(open) {
        return None;
    }
    let participle = (open.saturating_sub(4)..open).find(|&k| {
        let w = v.word(k);
        k > 0 && v.is_punct(k - 1, ",") && w.len() > 4 && w.ends_with("ing") && !v.is_capitalized(k)
    })?;
    let plain = (participle + 1..open).all(|k| v.is_word(k) && v.in_quote[k].is_none());
    (plain && participle > 1).then_some(participle - 1)
}

/// Quantifiers that take a part of a group: "one of the survivors", "some of the residents".
pub(super) const PARTITIVES: &WordList = &WordList::new(&[
    "one",
    "some",
    "many",
    "most",
    "all",
    "none",
    "each",
    "several",
    "both",
    "few",
    "half",
    "two",
    "three",
    "four",
    "five",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
]);

/// "published by Amnesty", "based in Geneva": a lowercase past participle and its
/// preposition open an aside that describes the noun before it.
fn is_participle_aside(v: &SentenceView, opener: usize, comma: usize) -> bool {
    const IRREGULAR_PARTICIPLES: &WordList = &WordList::new(&[
        "led", "held", "known", "born", "run", "chosen", "written", "taken", "given", "sent",
        "made", "built", "brought", "caught", "kept", "paid", "sold", "found", "struck", "bound",
        "clad",
    ]);
    let word = v.word(opener);
    (word.len() > 4 && word.ends_with("ed") || is_in(IRREGULAR_PARTICIPLES, word))
        && !v.is_capitalized(opener)
        && opener + 1 < comma
        && (v.word(opener + 1) == "by" || is_in(PREPOSITIONS, v.word(opener + 1)))
}

/// A lowercase plural noun in `-s` at `k` ("controls", "rules"), not a verb or a
/// function word.
pub(super) fn is_plain_plural(v: &SentenceView, k: usize) -> bool {
    let w = v.word(k);
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !v.is_capitalized(k)
        && v.in_quote[k].is_none()
        // "does", "this": the function words of four letters or more in "-s".
        && !is_in(AUXILIARIES, w)
        && !is_in(DETERMINERS, w)
}

/// Whether the preposition at `k` continues the complement of "PEOPLE of …" a few plain
/// words before it: "Proponents of more controls on hate speech say", "critics of the
/// tax on fuel said". Those words are lowercase nouns and modifiers, no verb.
fn in_people_of_phrase(v: &SentenceView, lex: &Lexicon, k: usize) -> bool {
    const REACH: usize = 8;
    let mut j = k;
    while j > 1 && k - j < REACH {
        j -= 1;
        let w = v.word(j);
        if w == "of" {
            let head = v.word(j - 1);
            // The head may open the sentence ("Critics of …").
            return (j == 1 || !v.is_capitalized(j - 1))
                && (is_plural_group(lex, head) || lex.titles.contains(head));
        }
        let plain = v.is_word(j)
            && v.in_quote[j].is_none()
            && !v.is_capitalized(j)
            && !is_in(CLAUSE_WORDS, w)
            && !is_in(BE_FORMS, w)
            && lex.cue_of_lowercase(w).is_none()
            && !w.ends_with("ed");
        if !plain {
            return false;
        }
    }
    false
}

/// Walks back from `end` over a noun phrase; None when it is empty or too long.
fn np_start(v: &SentenceView, lex: &Lexicon, end: usize) -> Option<usize> {
    if end > 0
        && (is_in(SUBJECT_PRONOUNS, v.word(end - 1))
            || contracted_pronoun(v.word(end - 1), false).is_some())
    {
        return Some(end - 1); // "letting them know he said": just "he"; "they've argued"
    }
    let mut k = end;
    while k > 0 {
        let i = k - 1;
        if v.is_punct(i, ")") {
            // "(SBS)": a short parenthetical acronym.
            let open = (i.saturating_sub(4)..i).rev().find(|&j| v.is_punct(j, "("));
            match open {
                Some(o) if o > 0 => {
                    k = o;
                    continue;
                }
                _ => break,
            }
        }
        let plural_possessive = (v.is_punct(i, "'") || v.is_punct(i, "’"))
            && i > 0
            && v.word(i - 1).ends_with('s')
            && v.tokens[i - 1].span.end == v.tokens[i].span.start;
        if !plural_possessive && !np_word_ok(v, lex, i, end) {
            break;
        }
        k = i;
        if end - k > MAX_NP {
            return None;
        }
    }
    // A share: "Six in 10 Republicans", "one in five".
    if k >= 2 && k < end && is_share_in(v, k - 1) {
        k -= 2;
    }
    // A phrase cannot start with a preposition, a conjunction or a sentence adverb.
    // "At least 40 residents": "at" opens the comparison of the count, not a place.
    while k < end
        && !compares_count(v, lex, k)
        && (opens_clause(v.word(k)) || is_dateline_word(v, k))
    {
        k += 1;
    }
    (k < end).then_some(k)
}

/// A number written in words, hyphenated or not: "seventy-four", "twelve", "hundreds".
fn is_number_in_words(w: &str) -> bool {
    const NUMBERS: &WordList = &WordList::new(&[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
    ]);
    // Most words have no hyphen: one look-up, without splitting.
    if !w.as_bytes().contains(&b'-') {
        return is_in(NUMBERS, w);
    }
    w.split('-').all(|part| is_in(NUMBERS, part))
}

/// Whether token `k` is the "in" of a share: "six in 10", "one in five".
pub(super) fn is_share_in(v: &SentenceView, k: usize) -> bool {
    k > 0 && v.word(k) == "in" && is_count(v.word(k - 1)) && is_count(v.word(k + 1))
}

/// A number in digits or a small one in words: the parts of "six in 10", "one in five".
pub(super) fn is_count(w: &str) -> bool {
    w.bytes().next().is_some_and(|b| b.is_ascii_digit()) || is_number_in_words(w)
}

/// `NP, APPOSITION, cue`: the head before the apposition's opening comma plus the
/// apposition ("Bob Poe, 69, a host at a radio station in Alabama, said"). The opening comma
/// is the farthest one (within reach) that follows a name and precedes a phrase that can
/// open an apposition.
fn apposition_before(v: &SentenceView, lex: &Lexicon, comma: usize) -> Option<Np> {
    const REACH: usize = 32;
    let floor = comma.saturating_sub(REACH);
    let mut best: Option<Np> = None;
    let mut j = comma;
    while j > floor {
        j -= 1;
        // "Dijkstra, the author of "Slow Water," about …, said": a title is a name.
        if let Some(open) = title_quotation_closing_at(v, j) {
            j = open;
            continue;
        }
        if v.in_quote[j].is_some() || v.is_mark(j) || v.is_punct(j, ";") || v.is_punct(j, ":") {
            break;
        }
        if !v.is_punct(j, ",") || j + 1 >= comma {
            continue;
        }
        let first = j;
        let opener = v.word(first + 1);
        // "Salceda, citing data from the department, said": a participial aside.
        let relative = opens_relative(v, lex, first + 1, comma)
            || opener.ends_with("ing") && !v.is_capitalized(first + 1) && opener.len() > 4
            || is_participle_aside(v, first + 1, comma)
            // "Powell's office, when contacted by Reuters, said": a reduced clause.
            || is_in(super::patterns::SUBORDINATORS, opener)
                && {
                    let next = v.word(first + 2);
                    next.len() > 4 && (next.ends_with("ed") || next.ends_with("ing"))
                }
            // "the biggest hawks, like Rubio and Bush, say": examples of the head.
            || is_in(&["like", "including"], opener) && !v.is_capitalized(first + 1);
        // "Adam Green, co-founder of the committee, said": a bare role noun and its
        // preposition after a name.
        let role = first > 0
            && v.is_capitalized(first - 1)
            // "Jill Martin, vice president and general counsel for the company, said"
            && (first + 2..(first + 8).min(comma)).any(|k| {
                is_in(&["of", "for", "at", "with", "to", "on"], v.word(k))
                    && (first + 1..k).all(|r| {
                        v.is_word(r)
                            && (is_plain_noun(v, lex, r) || v.word(r) == "and" && r > first + 1)
                    })
            });
        // "Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": an adverb of time
        // before the description.
        let opens = relative
            || role
            // "His wife, longtime harbour aide Ada Brun, said": a role before a name.
            || role_then_name(v, lex, first + 1).is_some_and(|np| np.end == comma)
            || is_in(
                &["now", "then", "formerly", "once", "previously", "currently"],
                opener,
            )
            || v.is_capitalized(first + 1)
            || is_in(DETERMINERS, opener)
            || is_title_or_institution(lex, opener)
            || v.tokens[first + 1].kind == crate::text::TokenKind::Number;
        if !opens || first == 0 {
            continue;
        }
        let Some(mut head_start) = np_start(v, lex, first) else {
            continue;
        };
        // "A first officer based in Orsund, speaking on condition …, said".
        if let Some(located) = located_speaker_start(v, lex, head_start) {
            head_start = located;
        }
        // "One of the survivors, a student, said": a part of a group is the head.
        if head_start >= 2
            && v.word(head_start - 1) == "of"
            && (is_in(PARTITIVES, v.word(head_start - 2))
                || v.tokens[head_start - 2].kind == crate::text::TokenKind::Number)
        {
            head_start -= 2;
        }
        // "The governor of the province, Elena Sato, said": the head names someone; so does
        // the apposition after it ("and one, retired teacher Frank Doyle, told").
        let named_apposition = role_then_name(v, lex, first + 1).is_some_and(|np| np.end == comma);
        let head_names = named_apposition || (head_start..first).any(|k| {
            v.is_capitalized(k) && k > 0
                || is_title_or_institution(lex, v.word(k))
                || lex.anonymous.contains(v.word(k))
        }) || v.is_capitalized(first - 1)
            // "The report, published by Amnesty International, found", "Iranian media,
            // quoting a local official, said": an aside that is clearly one.
            || relative
            // "The survivors, all students, said": people described.
            || super::patterns::is_people_noun(lex, v.word(first - 1))
            || v.is_capitalized(first + 1); // "Her predecessor, Olaf Brandt, said"
        if !head_names {
            continue;
        }
        // "As part of his plea deal, Viktor Orlov, 51, said": a fronted prepositional
        // phrase is no head.
        if head_start > 0
            && (is_in(PREPOSITIONS, v.word(head_start - 1))
                || v.word(head_start - 1) == "as"
                    && (v.word(head_start) == "part" || v.word(head_start + 1) == "part"))
            && (0..head_start - 1).all(|k| v.is_mark(k) || is_in(&["and", "but"], v.word(k)))
        {
            continue;
        }
        // The head must be a name-like phrase, not the tail of a clause.
        if head_start > 0
            // "Now Jeb Bush, who …, hopes": a sentence adverb opens the sentence.
            && !(head_start == 1 && opens_clause(v.word(0)))
            && !(v.is_punct(head_start - 1, ",")
                || super::patterns::is_dash(v, head_start - 1)
                || is_in(CLAUSE_WORDS, v.word(head_start - 1))
                || is_in(PREPOSITIONS, v.word(head_start - 1))
                || v.is_mark(head_start - 1)
                || head_start == 0)
        {
            continue;
        }
        // A clause in the apposition (a verb other than in a relative clause) rules it out,
        // unless it is introduced by a relative pronoun.
        if !relative && !quotations_are_titles(v, first + 1, comma) {
            continue;
        }
        let end = if relative { first } else { comma };
        best = Some(Np {
            start: head_start,
            end,
        });
    }
    best
}

/// The opening mark of a title in quotation marks that closes at `close`: a few words, the
/// first capitalised and the others capitalised or short function words ("Slow Water,",
/// "The Art of the Dyke").
fn title_quotation_closing_at(v: &SentenceView, close: usize) -> Option<usize> {
    const MAX_TITLE: usize = 8;
    if !v.is_close_mark(close) {
        return None;
    }
    let first = super::patterns::first_quoted_before(v, close)?;
    let open = first.checked_sub(1).filter(|&k| v.is_open_mark(k))?;
    let last = if v.is_punct(close - 1, ",") {
        close - 1
    } else {
        close
    };
    let titled = first < last
        && last - first <= MAX_TITLE
        && v.is_capitalized(first)
        && (first..last).all(|k| {
            v.is_word(k)
                && (v.is_capitalized(k) || is_in(super::patterns::TITLE_CASE_LOWERCASE, v.word(k)))
        });
    titled.then_some(open)
}

/// Whether every quotation among tokens a..b is a title ("the author of "Slow Water,"").
fn quotations_are_titles(v: &SentenceView, a: usize, b: usize) -> bool {
    let mut k = a;
    while k < b {
        if v.in_quote[k].is_some() || v.is_mark(k) {
            let Some(close) = (k + 1..b).find(|&c| v.is_close_mark(c)) else {
                return false;
            };
            if title_quotation_closing_at(v, close) != Some(k) {
                return false;
            }
            k = close;
        }
        k += 1;
    }
    true
}

/// Whether a non-restrictive relative clause opens at `k`: "who", "which", "whose
/// government …", "many of whom …".
pub(super) fn opens_relative(v: &SentenceView, lex: &Lexicon, k: usize, end: usize) -> bool {
    // "Williams, who's running to be an alternate, added": "who" with its auxiliary.
    let w = match v.word(k) {
        "who's" | "who’s" => "who",
        w => w,
    };
    w == "whose"
        || w != "that" && lex.relatives.contains(w)
        || k + 2 < end
            && v.word(k + 1) == "of"
            && is_in(&["whom", "which"], v.word(k + 2))
            && (is_in(PARTITIVES, w) || v.tokens[k].kind == crate::text::TokenKind::Number)
}

/// The speaker after an inverted cue: "…," said Mousavi / tweeted the ministry.
pub fn subject_after(v: &SentenceView, lex: &Lexicon, after: usize) -> Option<Np> {
    let np = forward_np(v, lex, after);
    // "said party boss Reince Priebus": "party" reads as a phrase of its own, which the
    // role's noun does not close; the role and the name after it are the speaker.
    if np.is_some_and(|np| !closes_speaker(v, np)) {
        if let Some(np) = role_then_name(v, lex, after).filter(|&np| closes_speaker(v, np)) {
            return Some(np);
        }
    }
    let mut np = np.or_else(|| role_then_name(v, lex, after))?;
    // "…, said Sunday.": a time, not a speaker.
    if is_time_phrase(v, np) {
        return None;
    }
    // "says a source involved in the talks", "said a person familiar with the plan": a
    // participle or adjective with its complement belongs to the phrase.
    // A head that names no one ("said the boat capsized within minutes") has a verb there.
    let head = v.word(np.end - 1);
    let can_speak = lex.anonymous.contains(head)
        || lex.vague.contains(head)
        || super::patterns::is_people_noun(lex, head)
        || is_title_or_institution(lex, head)
        || v.is_capitalized(np.end - 1);
    if can_speak
        && np.end + 2 < v.len()
        && (is_past_participle_like(v.word(np.end)) || is_in(POSTMODIFIERS, v.word(np.end)))
        && is_in(PREPOSITIONS, v.word(np.end + 1))
        && !v.is_capitalized(np.end)
    {
        let end = (np.end + 2..v.len().min(np.end + 14))
            .find(|&k| !v.is_word(k) || v.in_quote[k].is_some())
            .unwrap_or(v.len());
        np.end = end;
    }
    // "said the spokesman, Nasser Kanaani": the name after a role is the speaker's.
    if !v.is_capitalized(np.end - 1)
        && is_role_noun(lex, head)
        && v.is_punct(np.end, ",")
        && v.is_capitalized(np.end + 1)
    {
        if let Some(name) = forward_np(v, lex, np.end + 1) {
            let all_capitalized = (name.start..name.end).all(|k| v.is_capitalized(k));
            let ends =
                name.end >= v.len() || v.is_punct(name.end, ",") || v.is_punct(name.end, ".");
            if all_capitalized && ends && !is_time_phrase(v, name) {
                np.end = name.end;
            }
        }
    }
    // "said Kwame Adjei of Lanford University's law school.": a possessive at the end of
    // the phrase's "of" opens the noun it owns, which the phrase takes up to its end (not
    // "laments Bill Clinton's legacy", where the owner is the object).
    if !closes_speaker(v, np)
        && v.word(np.end - 1).ends_with("'s")
        && (np.start..np.end).any(|k| v.word(k) == "of")
    {
        let owned = (np.end..v.len().min(np.end + 3))
            .take_while(|&k| v.is_word(k) && v.in_quote[k].is_none() && !v.is_capitalized(k))
            .last();
        if let Some(last) = owned {
            let longer = Np {
                start: np.start,
                end: last + 1,
            };
            if closes_speaker(v, longer) {
                return Some(longer);
            }
        }
    }
    // Only when the phrase closes the clause.
    closes_speaker(v, np).then_some(np)
}

/// Whether an inverted speaker's phrase closes its clause: what follows it is punctuation,
/// an adjunct or a relative clause ("said a local official who asked not to be named").
fn closes_speaker(v: &SentenceView, np: Np) -> bool {
    let next = np.end;
    next >= v.len()
        || v.is_punct(next, ",")
        || v.is_punct(next, ".")
        || v.is_punct(next, ";")
        || v.is_punct(next, ":")
        || v.is_punct(next, "—")
        || is_in(PREPOSITIONS, v.word(next))
        || is_ly_adverb(v.word(next))
        || is_in(&["last", "earlier", "this"], v.word(next))
        || is_in(&["who", "whose"], v.word(next))
}

/// Whether a phrase is a time and nothing else: "Sunday", "late Saturday", "on Monday".
pub fn is_time_phrase(v: &SentenceView, np: Np) -> bool {
    // "Jun", "Sat" and "Mar" are names too, and so is "Early" alone.
    // Every word first: that fails at the first word of most phrases.
    let time = |w: &str| w.len() > 3 && is_time_word(w);
    (np.start..np.end).all(|k| {
        let w = v.word(k);
        is_in(TIME_OPENERS, w) || time(w)
    }) && (np.start..np.end).any(|k| time(v.word(k)))
}

/// The subject of a verb at `end` across a restrictive relative clause: "some voters who
/// have listened to his speeches [said]". The phrase returned runs from the antecedent to
/// `end`; its head ends before "who".
pub fn relative_clause_subject(v: &SentenceView, lex: &Lexicon, end: usize) -> Option<Np> {
    // "some voters who have listened to him over the years, on radio or at rallies, said":
    // an aside between commas may end the relative clause.
    let aside_comma =
        |k: usize| v.is_punct(k, ",") && (k + 1 == end || is_in(PREPOSITIONS, v.word(k + 1)));
    let who = (end.saturating_sub(24)..end)
        .rev()
        .take_while(|&k| (v.is_word(k) || aside_comma(k)) && v.in_quote[k].is_none())
        .find(|&k| is_in(&["who", "whose"], v.word(k)) || is_group_participle(v, lex, k))?;
    if who + 2 > end || skip_back_adverbs(v, end) <= who + 1 {
        // "people who said", "a governor who had said": the relative pronoun is the subject
        return None;
    }
    // "Farmers who met the governor said he had promised": a clause of its own, with its
    // subject pronoun, stands between the relative clause and this verb.
    if (who + 2..end).any(|k| is_in(SUBJECT_PRONOUNS, v.word(k))) {
        return None;
    }
    let start = np_start(v, lex, who)?;
    // The antecedent opens the clause: "They called him a critic who …" is an object.
    let opens = start == 0
        || !v.is_word(start - 1)
        || is_in(CLAUSE_WORDS, v.word(start - 1))
        || is_in(PREPOSITIONS, v.word(start - 1))
        // "…," said an official who oversaw the inquiry and described …
        || lex.cue_of_lowercase(v.word(start - 1)).is_some();
    opens.then_some(Np { start, end })
}

/// A lowercase word in -ing, longer than a plain noun in -ing ("king", "thing").
fn is_ing_form(v: &SentenceView, k: usize) -> bool {
    let w = v.word(k);
    w.len() > 5 && w.ends_with("ing") && !v.is_capitalized(k)
}

/// Whether token `k` is a participle that modifies a group of people before it, as a
/// relative clause would: "Farmers trying to block the dam [say]", "activists clamoring for
/// a vote".
pub(super) fn is_group_participle(v: &SentenceView, lex: &Lexicon, k: usize) -> bool {
    k > 0 && is_ing_form(v, k) && lex.cue_of_lowercase(v.word(k)).is_none() && {
        let group = v.word(k - 1);
        is_plural_group(lex, group)
            || v.is_capitalized(k - 1)
                && ["ans", "ats", "ists", "ives"]
                    .iter()
                    .any(|suffix| group.ends_with(suffix))
    }
}

/// Where a phrase's head noun ends: before any prepositional phrase or postmodifier
/// ("official at the ministry", "proponents of the bill", "a source involved in the talks",
/// "people close to him").
pub fn head_end(v: &SentenceView, np: Np) -> usize {
    (np.start + 1..np.end)
        .find(|&i| {
            // "four in 10 voters": the "in" of a share is no preposition.
            is_in(PREPOSITIONS, v.word(i)) && !is_share_in(v, i)
                || v.word(i) == "who"
                // "Dunne, along with Ana Cole": the head is before the aside.
                || v.is_punct(i, ",") && is_companion(v, i + 1)
                // "Farmers trying to block the dam": a participle after a plural.
                || is_ing_form(v, i)
                    && v.word(i - 1).ends_with('s')
                    && !is_in(DETERMINERS, v.word(i - 1))
                || (is_past_participle_like(v.word(i)) || is_in(POSTMODIFIERS, v.word(i)))
                    && is_in(PREPOSITIONS, v.word(i + 1))
        })
        .unwrap_or(np.end)
}

/// Adjectives that follow the noun they describe, with a complement: "a source familiar
/// with the talks", "people close to the minister".
const POSTMODIFIERS: &WordList =
    &WordList::new(&["familiar", "close", "knowledgeable", "briefed", "involved"]);

fn is_past_participle_like(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// A lowercase role before a name, after an inverted cue: "…, says political scientist
/// Dossym Satpayev", "said retired neurosurgeon Ben Carson".
pub(super) fn role_then_name(v: &SentenceView, lex: &Lexicon, i: usize) -> Option<Np> {
    // "said Republican party boss Reince Priebus": up to four capitalised words may open
    // the role.
    let role = (i..(i + 5).min(v.len()))
        .find(|&k| !v.is_capitalized(k))
        .filter(|&k| (i..k).all(|j| v.is_word(j) && !is_time_word(v.word(j))))?;
    let name = (role + 1..(role + 6).min(v.len())).find(|&k| v.is_capitalized(k))?;
    // "master of ceremonies Hana Kreft", "chief of staff Ann Bo": "of" inside the role.
    let inner_of = |k: usize| k > role && k + 1 < name && v.word(k) == "of";
    // "said lobbyist and party strategist Carl Black": two roles joined by "and".
    let inner_and =
        |k: usize| k > role && k < name && v.word(k) == "and" && is_role_noun(lex, v.word(k - 1));
    let plain = (role..name).all(|k| {
        inner_of(k)
            || inner_and(k)
            || v.is_word(k)
                && v.in_quote[k].is_none()
                && !v.is_capitalized(k)
                && !is_in(CLAUSE_WORDS, v.word(k))
                && !is_in(PREPOSITIONS, v.word(k))
                && !is_in(DETERMINERS, v.word(k))
                // "said Mexico must rebut Trump's claims": a clause, not a role.
                && !is_in(AUXILIARIES, v.word(k))
                && !is_in(BE_FORMS, v.word(k))
                && lex.cue_of_lowercase(v.word(k)).is_none()
    });
    if !plain {
        return None;
    }
    let rest = forward_np(v, lex, name)?;
    Some(Np {
        start: i,
        end: rest.end,
    })
}

/// Whether the two words at `at` compare the count of people after them: "more than 200
/// professors", "fewer than ten members", "at least 40 residents".
fn compares_count(v: &SentenceView, lex: &Lexicon, at: usize) -> bool {
    matches!(
        (v.word(at), v.word(at + 1)),
        ("more" | "fewer" | "less", "than") | ("at", "least" | "most")
    ) && is_count(v.word(at + 2))
        && is_plural_group(lex, v.word(at + 3))
}

/// A noun phrase read forwards from `i`: determiners, capitalised words, titles, `of`,
/// possessives, an acronym in brackets, and a comma-delimited apposition.
pub fn forward_np(v: &SentenceView, lex: &Lexicon, i: usize) -> Option<Np> {
    // "More than 200 professors", "at least 40 residents": a comparison before a count is
    // part of the phrase the count opens.
    if compares_count(v, lex, i) {
        return forward_np(v, lex, i + 2).map(|np| Np {
            start: i,
            end: np.end,
        });
    }
    let mut k = i;
    let n = v.len();
    let mut content = false;
    // "local health authorities", "regional health officials": lowercase modifiers before a
    // head that names sources, with no determiner to open the phrase (a capitalised
    // name opens the phrase the usual way, so only lowercase words are looked at).
    let bare = !v.is_capitalized(i);
    let bare_end = (0..if bare { 3 } else { 0 })
        .map(|m| i + m + 1)
        .take_while(|&h| {
            let w = v.word(h - 1);
            h < n
                && !is_time_word(w)
                && !is_in(TIME_SPANS, w)
                && (is_plain_noun(v, lex, h - 1) || is_adjective_like(w))
        })
        .find(|&h| {
            known_head(lex, v.word(h)) && (i..=h).all(|j| v.is_word(j) && !v.is_capitalized(j))
        })
        .map_or(i, |h| h + 1);
    let mut quoted_words = 0;
    // A capitalised possessive opens a phrase as a determiner does: "Italy's opposition
    // leader", "Iran's state broadcaster" ("That's", "What's" are a word and "is").
    // "200 professors signed …": a count in digits opens a phrase as "two" does.
    let count =
        i < v.len() && v.tokens[i].kind == crate::text::TokenKind::Number && v.is_word(i + 1);
    let opened_by_determiner = count
        || is_in(DETERMINERS, v.word(i))
        || v.is_capitalized(i)
            && v.word(i)
                .strip_suffix("'s")
                .is_some_and(|stem| !stem.is_empty() && !is_leading_function_word(stem));
    while k < n && k - i < MAX_NP {
        // `the "Medicare for all" document`: a quoted name between a determiner and a head.
        if v.is_open_mark(k) && k > i && (i..k).all(|j| is_in(DETERMINERS, v.word(j))) {
            let close = (k + 2..(k + 8).min(n)).find(|&j| v.is_close_mark(j));
            if let Some(close) = close.filter(|&c| known_head(lex, v.word(c + 1))) {
                content = true;
                quoted_words = close + 1 - k;
                k = close + 1;
                continue;
            }
        }
        if v.in_quote[k].is_some() || v.is_mark(k) {
            break;
        }
        let w = v.word(k);
        if v.is_punct(k, "(") {
            let close = (k + 1..(k + 5).min(n)).find(|&j| v.is_punct(j, ")"));
            match close {
                Some(c) if content => {
                    k = c + 1;
                    continue;
                }
                _ => break,
            }
        }
        // The count that opens the phrase is no word, and no content.
        let opening_count = count && k == i;
        if !(v.is_word(k) || opening_count) {
            break;
        }
        if k == i && opens_clause(w) {
            return None;
        }
        // "a local official who asked …": a relative clause follows the phrase.
        if k > i && lex.relatives.contains(w) {
            break;
        }
        if k == i && is_dateline_word(v, k) {
            return forward_np(v, lex, skip_dateline(v, k));
        }
        // "told the AP his firm …": a possessive after the head opens a phrase of its own,
        // after a verb whose past has no "-ed" too ("The bank left its main rate …").
        if k > i + 1
            && is_in(POSSESSIVE_DETERMINERS, w)
            && !is_in(PREPOSITIONS, v.word(k - 1))
            && v.word(k - 1) != "and"
        {
            if is_in(PAST_BEFORE_OWNER, v.word(k - 1)) {
                k -= 1;
            }
            break;
        }
        // "told the council the road was unsafe": a determiner after the head opens the
        // next phrase ("the president of the United States" has a preposition between).
        if content
            && is_in(DETERMINERS, w)
            && !is_in(PREPOSITIONS, v.word(k - 1))
            && v.word(k - 1) != "and"
        {
            break;
        }
        let ok = if k < bare_end || opening_count {
            true
        } else if k == i {
            is_in(DETERMINERS, w)
                || (is_plain_noun(v, lex, k) && known_head(lex, v.word(k + 1)))
                || v.is_capitalized(k)
                || is_title_or_institution(lex, w)
                || lex.anonymous.contains(w)
                || lex.vague.contains(w)
                || lex.pronouns.contains(w)
                || is_age(w)
        } else if v.is_capitalized(k)
            // "Pierre de Vos", "Ludwig van Beethoven"
            || is_particle(w) && v.is_capitalized(k - 1) && v.is_capitalized(k + 1)
        {
            true
        } else if w == "of" || w == "and" && v.is_capitalized(k + 1) {
            v.is_capitalized(k + 1) || is_in(DETERMINERS, v.word(k + 1))
        } else if is_in(PREPOSITIONS, w) {
            k > i
                && is_title_or_institution(lex, v.word(k - 1))
                && (v.is_capitalized(k + 1) || is_in(DETERMINERS, v.word(k + 1)))
        } else {
            is_title_or_institution(lex, w)
                || lex.anonymous.contains(w)
                || lex.vague.contains(w)
                || is_adjective_like(w)
                || opened_by_determiner
                    && k - i - quoted_words <= 4
                    // "the ministry unexpectedly issued …", but "a yearly Gallup poll"
                    && (!is_ly_adverb(w)
                        || v.is_capitalized(k + 1)
                        || known_head(lex, v.word(k + 1))
                        // "the newly released data", "a recently published study"
                        || v.word(k + 1).ends_with("ed") && known_head(lex, v.word(k + 2)))
                    // "told the court he would …", "told the council it was …"
                    && !is_in(SUBJECT_PRONOUNS, w)
                    && !is_in(&["it", "you"], w)
                    && (is_plain_noun(v, lex, k)
                        || k == i + 1 && lex.cue_of_lowercase(w).is_some() && !w.ends_with("ing")
                        // "another leading flood engineer", "the ruling party", "one
                        // well-connected donor"
                        || w.len() > 5
                            && (w.ends_with("ing")
                                // an -ed form right after the determiner, or after an
                                // adverb, not a verb after its subject
                                || w.ends_with("ed")
                                    && (k == i + 1 || is_ly_adverb(v.word(k - 1))))
                            && lex.cue_of_lowercase(w).is_none()
                            && (k + 1..k + 3).any(|j| {
                                known_head(lex, v.word(j))
                                    || super::patterns::is_people_noun(lex, v.word(j))
                            }))
        };
        if !ok {
            break;
        }
        if lex.pronouns.contains(w) && k == i {
            return Some(Np {
                start: i,
                end: i + 1,
            });
        }
        content |= !(is_in(DETERMINERS, w) || opening_count);
        k += 1;
    }
    // Trim trailing function words.
    while k > i && (is_in(DETERMINERS, v.word(k - 1)) || is_in(PREPOSITIONS, v.word(k - 1))) {
        k -= 1;
    }
    (content && k > i).then_some(Np { start: i, end: k })
}

/// Determiners that name an owner: after a noun, they open the next phrase.
pub(super) const POSSESSIVE_DETERMINERS: &WordList =
    &WordList::new(&["his", "her", "its", "their", "our", "my", "your"]);

/// Past forms without "-ed" that are also nouns or adjectives ("the left", "a tax cut"), so
/// a noun phrase may run over them: verbs when a possessive follows them ("left its rate",
/// "cut its forecast"). Those in [`IRREGULAR_PAST`] already end a noun phrase.
const PAST_BEFORE_OWNER: &WordList = &WordList::new(&[
    "left", "cut", "put", "set", "hit", "led", "lost", "let", "shut", "spread", "quit", "read",
    "bid", "cast", "upset",
]);

/// Subject pronouns: a speaker phrase of their own.
pub(super) const SUBJECT_PRONOUNS: &WordList = &WordList::new(&["he", "she", "they", "we", "i"]);

/// A preposition, a conjunction or a sentence adverb: a word that opens a clause or an
/// adjunct, never a speaker's name ("But Trump", "In May", "Perhaps the minister").
pub(super) fn opens_clause(w: &str) -> bool {
    is_in(SENTENCE_ADVERBS, w) || is_in(CLAUSE_WORDS, w) || is_in(PREPOSITIONS, w)
}

/// Words that are capitalised only because they open a sentence (or a question):
/// conjunctions, prepositions, determiners, auxiliaries and fronted adverbials.
pub(super) fn is_leading_function_word(w: &str) -> bool {
    LEADING_FUNCTION_WORDS.contains(w)
}

/// [`is_leading_function_word`]'s words: [`opens_clause`]'s, determiners, fronted starters,
/// forms of "be" and a few more, in one set. It is asked of every capitalised run and
/// speaker name, nearly always of a name: one lookup the set's sketch mostly answers, rather
/// than seven lists searched in turn.
static LEADING_FUNCTION_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    let others: &[&str] = &["do", "does", "did", "other", "neither", "either"];
    [
        SENTENCE_ADVERBS.words(),
        CLAUSE_WORDS.words(),
        PREPOSITIONS.words(),
        DETERMINERS.words(),
        FRONTED_STARTERS.words(),
        BE_FORMS.words(),
        others,
    ]
    .concat()
    .into_iter()
    .map(str::to_string)
    .collect()
});

/// Words that open a sentence without naming anyone.
const SENTENCE_ADVERBS: &WordList = &WordList::new(&[
    "perhaps",
    "maybe",
    "still",
    "also",
    "now",
    "then",
    "however",
    "meanwhile",
    "instead",
    "indeed",
    "there",
    "there's",
    "here",
    "it's",
    "yes",
    "well",
    "thus",
    "hence",
    "finally",
    "first",
    "second",
    "third",
    "last",
    "today",
    "yesterday",
    "tomorrow",
    "again",
    "already",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "besides",
    "later",
    "earlier",
    "recently",
    "previously",
    "ultimately",
    "eventually",
    "overall",
    "initially",
    "rather",
    "anyway",
    "therefore",
    "likewise",
    "regardless",
]);

/// An all-capitals place at a sentence start followed by a dash or bracket: a dateline
/// ("WASHINGTON —", "NEW YORK (AFP) -").
fn is_dateline_word(v: &SentenceView, k: usize) -> bool {
    let raw = v.raw(k);
    // The capitals first: a word of prose fails there by its second letter, before it is
    // counted through.
    k < 4
        && raw.chars().all(|c| !c.is_lowercase())
        && raw.chars().count() > 1
        && raw.chars().any(char::is_alphabetic)
        && (k..(k + 4).min(v.len())).any(|j| {
            v.is_punct(j, "—") || v.is_punct(j, "-") || v.is_punct(j, "–") || v.is_punct(j, "(")
        })
        || k == 0 && agency_dateline(v)
}

/// "Washington (AFP) –", "New York (Reuters) -": a place in ordinary capitals, a news
/// agency in brackets and a dash open the sentence.
fn agency_dateline(v: &SentenceView) -> bool {
    (1..4).any(|open| {
        v.is_punct(open, "(")
            && (0..open).all(|j| v.is_capitalized(j))
            && v.is_capitalized(open + 1)
            && v.is_punct(open + 2, ")")
            && super::patterns::is_dash(v, open + 3)
    })
}

/// The first token after a dateline and its dash.
fn skip_dateline(v: &SentenceView, k: usize) -> usize {
    let mut j = k;
    while j < v.len() && !(v.is_punct(j, "—") || v.is_punct(j, "-") || v.is_punct(j, "–")) {
        j += 1;
    }
    (j + 1).min(v.len())
}

/// Nouns that head a source phrase: "airport *officials*", "state *media*".
fn known_head(lex: &Lexicon, w: &str) -> bool {
    lex.anonymous.contains(w)
        || lex.vague.contains(w)
        || is_title_or_institution(lex, w)
        || lex.finding_subjects.contains(w)
        || lex.documents.contains(w)
}

/// A lowercase word that can sit inside a determiner-led noun phrase ("a German *user*"):
/// not a verb form, function word or cue.
fn is_plain_noun(v: &SentenceView, lex: &Lexicon, k: usize) -> bool {
    let w = v.word(k);
    !(is_in(CLAUSE_WORDS, w)
        || is_in(PREPOSITIONS, w)
        || is_in(BE_FORMS, w)
        || is_in(BETWEEN_SUBJECT_AND_CUE, w)
        || w.ends_with("ing")
        || w.ends_with("ed")
        || is_in(IRREGULAR_PAST, w)
        || lex.cue_of_lowercase(w).is_some())
}

fn is_adjective_like(w: &str) -> bool {
    matches!(
        w,
        "senior"
            | "former"
            | "top"
            | "chief"
            | "deputy"
            | "acting"
            | "foreign"
            | "state"
            | "local"
            | "federal"
            | "national"
            | "military"
            | "security"
            | "government"
            | "administration"
            | "campaign"
            | "white"
            | "house"
            | "party"
            | "defense"
            | "defence"
            | "interior"
            | "justice"
            | "health"
            | "police"
            | "new"
            | "other"
            | "several"
            | "unnamed"
            | "anonymous"
            | "high-ranking"
            | "regional"
    ) || is_age(w)
}

/// An age before a noun or a name: "62-year-old", "a 35-year-old voter".
pub(super) fn is_age(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("-old")
}

/// The subject of the sentence's main clause, for participial cues ("…, saying that …").
pub fn main_subject(v: &SentenceView, lex: &Lexicon, before: usize) -> Option<Np> {
    let mut start = 0;
    // Skip fronted adverbials: "At the time, …", "Last year, …", and participial clauses:
    // "Asked whether …, Mrs. Clinton …", "Facing mounting criticism, Mr. Trump …".
    for _ in 0..2 {
        // "While celebrating wins in three ports, Vos …": a subordinator and a participle.
        let subordinate_participle = is_in(
            &["while", "when", "after", "before", "since"],
            v.word(start),
        ) && is_ing_form(v, start + 1);
        // "More recently, …", "Most importantly, …": a word and an adverb.
        let adverb_pair = is_ly_adverb(v.word(start + 1)) && v.is_punct(start + 2, ",");
        let reach = if is_fronted_participle(v, lex, start) || subordinate_participle {
            MAX_PARTICIPIAL_CLAUSE
        } else if is_in(FRONTED_STARTERS, v.word(start))
            || is_ly_adverb(v.word(start))
            || adverb_pair
        {
            10
        } else {
            break;
        };
        match (start..(start + reach).min(before)).find(|&j| v.is_punct(j, ",")) {
            Some(c) => start = place_region_end(v, c, before).unwrap_or(c) + 1,
            None => break,
        }
    }
    // "And then Mr. Kovac went on the attack, saying …": a conjunction and an adverb
    // without a comma open the sentence.
    while start + 1 < before
        && is_in(
            &[
                "and", "but", "so", "yet", "then", "now", "still", "also", "instead",
            ],
            v.word(start),
        )
        && v.is_word(start + 1)
    {
        start += 1;
    }
    if start >= before {
        return None;
    }
    // "More recently, he's spoken out …, citing …": a pronoun with its auxiliary.
    if contracted_pronoun(v.word(start), false).is_some() {
        return Some(Np {
            start,
            end: start + 1,
        });
    }
    let mut np = forward_np(v, lex, start)?;
    // "A few minutes later they …", "Two days ago, the board …": a span of time is an
    // adjunct; the subject follows it.
    if is_in(TIME_SPANS, v.word(np.end - 1)) {
        let mut next = np.end;
        while is_in(&["later", "ago", "earlier", ","], v.word(next)) && next < before {
            next += 1;
        }
        if next > np.end && next < before {
            np = forward_np(v, lex, next)?;
        }
    }
    // An apposition after the head: "Iran's ambassador to Azerbaijan, Abbas Mousavi, …".
    if v.is_punct(np.end, ",") && v.is_capitalized(np.end + 1) {
        if let Some(appos) = forward_np(v, lex, np.end + 1) {
            if v.is_punct(appos.end, ",") && appos.end < before {
                return Some(Np {
                    start: np.start,
                    end: appos.end,
                });
            }
        }
    }
    (np.end <= before).then_some(np)
}

/// "in Salem, New Hampshire, Vos …": after the comma `c` that closes a fronted phrase ending
/// in a place, a region of one to three capitalised words and a comma belong to it. Returns
/// that second comma when the subject after it starts with a capital or a digit.
fn place_region_end(v: &SentenceView, c: usize, before: usize) -> Option<usize> {
    let place = (c.saturating_sub(4)..c)
        .rev()
        .find(|&k| !v.is_capitalized(k))?;
    if place + 1 == c
        || !is_in(
            &["in", "at", "of", "from", "near", "outside"],
            v.word(place),
        )
    {
        return None;
    }
    let close = (c + 2..(c + 5).min(before)).find(|&k| !v.is_capitalized(k))?;
    let subject_follows =
        v.is_capitalized(close + 1) || v.raw(close + 1).starts_with(|ch: char| ch.is_ascii_digit());
    (v.is_punct(close, ",") && close + 1 < before && subject_follows).then_some(close)
}

/// Units of time: "a few minutes later", "two days ago".
const TIME_SPANS: &WordList = &WordList::new(&[
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "minute", "hour", "day",
    "week", "month", "year", "moments", "decades",
]);

/// Words a participial clause opening a sentence may run to before its comma.
const MAX_PARTICIPIAL_CLAUSE: usize = 20;

/// A participle opening a clause at `k` ("Asked on Monday …", "Walking to the next address
/// …", "Facing mounting criticism …", "Having announced …"), not a name of the same shape
/// ("Schilling told reporters", "Reed in a statement said"): an "-ing" word or a cue's "-ed"
/// form, followed by the start of a phrase (a determiner, preposition, clause word, adverb
/// or another "-ing" word).
fn is_fronted_participle(v: &SentenceView, lex: &Lexicon, k: usize) -> bool {
    let w = v.word(k);
    if matches!(w, "having" | "being") {
        return true;
    }
    let verb_like =
        w.len() > 4 && w.ends_with("ing") || w.ends_with("ed") && lex.cue_of_lowercase(w).is_some();
    if !verb_like || !v.is_word(k + 1) || v.is_capitalized(k + 1) {
        return false;
    }
    let next = v.word(k + 1);
    is_in(DETERMINERS, next)
        || is_in(PREPOSITIONS, next)
        || is_in(CLAUSE_WORDS, next)
        || is_ly_adverb(next)
        || next.ends_with("ing")
}

/// Classifies a speaker phrase.
pub fn classify(v: &SentenceView, lex: &Lexicon, np: Np) -> SourceKind {
    classify_headed(v, lex, np, head_end(v, np))
}

/// [`classify`] of a phrase whose [`head_end`] is found already (the speaker's own
/// description needs it too).
pub fn classify_headed(v: &SentenceView, lex: &Lexicon, np: Np, head_end: usize) -> SourceKind {
    // The words looked at through `v`, with no list of them made for each speaker.
    let first = v.word(np.start);
    if np.end - np.start == 1
        && (lex.pronouns.contains(first)
            || lex.relatives.contains(first)
            || contracted_pronoun(first, false).is_some())
    {
        return SourceKind::Pronoun;
    }
    let head = v.word(head_end - 1);
    if is_in(&["the", "this"], first)
        && head_end == np.end
        && !v.is_capitalized(head_end - 1)
        && is_title_or_institution(lex, head)
        && !lex.anonymous.contains(head)
        && (np.start + 1..head_end - 1).any(|k| v.is_capitalized(k))
    {
        // "The Florida senator", "the Obama campaign": a name that modifies a role describes
        // whoever holds it.
        return SourceKind::Description;
    }
    // "A senior UN official", "Two Hamas officials", "A White House official": an unnamed
    // member of a named body is still unnamed.
    let indefinite = is_in(
        &[
            "a", "an", "one", "two", "three", "four", "several", "some", "another",
        ],
        first,
    ) || v.tokens[np.start].kind == crate::text::TokenKind::Number
        // "unnamed Western officials", "anonymous Israeli sources": unnamed by their words.
        || is_in(&["unnamed", "anonymous", "unidentified"], first);
    // "Two people familiar with NASA's planning", "a spokesman for Mayor Keith Wilson":
    // a name after the head, in a phrase of its own, is whom they work for or know of.
    let qualified = is_in(POSTMODIFIERS, v.word(head_end)) || is_in(PREPOSITIONS, v.word(head_end));
    if indefinite
        && lex.anonymous.contains(head)
        && (qualified || (head_end..np.end).all(|k| !v.is_capitalized(k)))
        && !(np.start..np.end).any(|k| v.is_punct(k, ","))
    {
        return SourceKind::Anonymous;
    }
    // "Officials in Kyiv": the place does not name the speakers ("the ambassador in Baku
    // Ali Reza" is named, so only a plural group).
    let name_end = if head_end < np.end
        && is_in(LOCATIVES, v.word(head_end))
        && is_plural_group(lex, head)
        && !(np.start..np.end).any(|k| v.is_punct(k, ","))
    {
        head_end
    } else {
        np.end
    };
    let has_name = (np.start..name_end).any(|i| {
        if i == 0 && (lex.vague.contains(v.word(i)) || lex.anonymous.contains(v.word(i))) {
            return false; // "Critics say …", "Officials said …"
        }
        // "Brandt, the chairman of the board": one capitalised word before an apposition
        // is a name.
        let before_apposition = v.is_punct(i + 1, ",")
            && !is_plural_group(lex, v.word(i))
            && !super::patterns::is_people_noun(lex, v.word(i));
        if i == 0
            && head_end - np.start >= 2
            && !v.is_capitalized(i + 1)
            && !before_apposition
            && !v.word(i).ends_with("'s")
        {
            // "Local media", "Opposition lawmakers": a capital only because the sentence
            // starts there.
            return false;
        }
        let w = v.word(i);
        let function_word = i == np.start && is_in(DETERMINERS, w);
        v.is_capitalized(i)
            && !is_nationality(w)
            && !function_word
            && !is_title_or_institution(lex, w)
    });
    if !has_name {
        if lex.anonymous.contains(head) {
            return SourceKind::Anonymous;
        }
        if lex.vague.contains(head) {
            return SourceKind::Vague;
        }
        if is_in(&["the", "this"], first) {
            return SourceKind::Description;
        }
        if (np.start..np.end).all(|k| is_nationality(v.word(k))) {
            return SourceKind::Named;
        }
        return SourceKind::Description;
    }
    SourceKind::Named
}

/// Whether the word at `a` in the run of capitalised words `a..run_end` is a nationality
/// before a name ("Israeli Benjamin Netanyahu"), not the first word of the name: a known
/// given name or a name of two words ("Brian Kemp", "Anneliese Vogt", "Lillian Ross") has
/// only the shape of one.
pub(super) fn is_origin_before_name(
    v: &SentenceView,
    lex: &Lexicon,
    a: usize,
    run_end: usize,
) -> bool {
    may_be_origin(lex, v.word(a)) && run_end >= a + 3
}

/// A word shaped like a nationality that is no known given name ("Iranian", not "Brian").
pub(super) fn may_be_origin(lex: &Lexicon, w: &str) -> bool {
    is_nationality(w) && !lex.is_given_name(w)
}

/// Nationality and demonym adjectives by shape: "Iranian", "Azerbaijani", "Israeli",
/// "Turkish", "Chinese", "American".
pub fn is_nationality(w: &str) -> bool {
    let w = super::grammar::without_possessive(w);
    w.len() > 4
        && (w.ends_with("ian")
            || w.ends_with("ani")
            || w.ends_with("eli")
            || w.ends_with("ish")
            || w.ends_with("ese")
            || w.ends_with("can")
            || w.ends_with("ean")
            || w.ends_with("qi")
            || w.ends_with("abi"))
}

/// The canonical name inside a speaker phrase: the person's name without titles, or the
/// organisation's name without a leading article.
pub fn canonical_name(v: &SentenceView, lex: &Lexicon, np: Np) -> String {
    let mut runs = name_runs(v, lex, np);
    // "Simon Rosenberg, a Clinton supporter": an apposition in lowercase describes the name
    // before it ("Iran's envoy, Ali Reza" names the person after the comma).
    let mut name_end = np.end;
    if let Some(comma) = (np.start..np.end).find(|&k| v.is_punct(k, ",")) {
        if !v.is_capitalized(comma + 1) && runs.iter().any(|r| r.1 <= comma) {
            runs.retain(|r| r.1 <= comma);
            name_end = comma;
        }
    }
    // "Russia and China said": both speak. "Pharmaceutical Research and Manufacturers of
    // America": the second name runs on over "of" to the end (the run stops before it).
    if let [(a1, b1), (a2, b2)] = runs[..] {
        let between: Vec<&str> = (b1..a2).map(|k| v.word(k)).collect();
        let mut end = b2;
        while end + 1 < name_end && v.word(end) == "of" && v.is_capitalized(end + 1) {
            end += 1;
            while end < name_end && v.is_capitalized(end) {
                end += 1;
            }
        }
        if end == name_end && matches!(between[..], ["and" | "nor"] | ["and" | "nor", "the"]) {
            return format!("{} and {}", join(v, a1, b1), join(v, a2, end));
        }
    }
    // "The Clinton campaign and some cybersecurity experts", "Trump and his attorneys": a
    // second phrase of its own, so not the one name in the pair.
    let joined = (np.start..np.end).any(|k| {
        is_in(&["and", "nor"], v.word(k))
            && is_in(DETERMINERS, v.word(k + 1))
            && !v.is_capitalized(k + 1)
            && !runs.iter().any(|&(a, b)| a < k && k < b)
    });
    if joined && runs.len() != 2 && !(np.start..np.end).any(|k| v.is_punct(k, ",")) {
        let mut a = np.start;
        while a < np.end && is_in(DETERMINERS, v.word(a)) {
            a += 1;
        }
        return join(v, a, np.end);
    }
    // "Local radio station Radio Serreta": one word capitalised only because it opens the
    // sentence, with lowercase words after it, is no name when another run follows.
    let sentence_opener = |r: &(usize, usize)| {
        r.0 == 0 && r.1 == 1 && runs.len() > 1 && !v.is_capitalized(1) && v.is_word(1)
    };
    // Prefer a run that is a person's name (not an institution).
    let person = runs
        .iter()
        .rev()
        .find(|r| !sentence_opener(r) && !(r.0..r.1).any(|i| lex.institutions.contains(v.word(i))));
    if let Some(&(a, b)) = person {
        return join(v, a, b);
    }
    if let Some(&(a, b)) = runs.first().filter(|r| sentence_opener(r)).and(runs.last()) {
        return join(v, a, b);
    }
    let mut a = np.start;
    while a < np.end && is_in(DETERMINERS, v.word(a)) {
        a += 1;
    }
    join(v, a, np.end)
}

/// Runs of capitalised words in the phrase that are not titles, nationalities, or the object
/// of a preposition ("ambassador to Azerbaijan").
fn name_runs(v: &SentenceView, lex: &Lexicon, np: Np) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut i = np.start;
    while i < np.end {
        if v.is_punct(i, "(") {
            // "Sen. Bernie Sanders (I-Vt.)", "Ed Rendell (D)": party and state, not a name
            // ("Washington (AFP)" names the agency).
            let close = (i + 1..np.end).find(|&k| v.is_punct(k, ")"));
            // "(Tex.)", "(R-WI)", "(D)": a label; "(AFP)": an acronym that names.
            let acronym = |k: usize| {
                let w = v.tokens[k].span.of(v.text);
                w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
            };
            if let Some(close) = close.filter(|&c| {
                c <= i + 4
                    && (i + 1..c).all(|k| !v.is_word(k) || !acronym(k) || is_party_tag(v.word(k)))
            }) {
                i = close + 1;
                continue;
            }
        }
        if !v.is_capitalized(i) || is_party_tag(v.word(i)) {
            i += 1;
            continue;
        }
        // "But Trump", "When Trump"; "Seventy-four percent of …" opens with a number.
        // "Executives for Delta Works": a plural noun capitalised at the sentence start.
        let opens_sentence = i == 0 || v.is_open_mark(i - 1);
        if is_leading_function_word(v.word(i))
            || is_number_in_words(v.word(i))
            || opens_sentence && is_plural_group(lex, v.word(i))
        {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < np.end
            && (v.is_capitalized(j)
                || is_particle(v.word(j)) && j > i && v.is_capitalized(j + 1)
                // "The Harlow Rovers Supporters' Trust": a plural possessive inside a name
                || v.is_punct(j, "'")
                    && j > i
                    && v.word(j - 1).ends_with('s')
                    && j + 1 < np.end
                    && v.is_capitalized(j + 1))
        {
            j += 1;
        }
        // Strip titles and nationalities: "Iranian Foreign Minister Hossein …" → the words
        // after the last title.
        let (mut a, titled_inside) = match last_title(v, lex, i, j) {
            Some(t) => (t + 1, t > i),
            None => (i, false),
        };
        while a < j
            && (is_title_or_institution(lex, v.word(a)) && !lex.institutions.contains(v.word(a))
                || is_origin_before_name(v, lex, a, j)
                || v.word(a).ends_with("'s")
                || is_in(DETERMINERS, v.word(a)))
        {
            a += 1;
        }
        let (after_preposition, after_of) = {
            let mut p = i;
            while p > np.start && is_in(DETERMINERS, v.word(p - 1)) {
                p -= 1;
            }
            let preposition = p > np.start && is_in(PREPOSITIONS, v.word(p - 1));
            (preposition, preposition && v.word(p - 1) == "of")
        };
        // "The Democratic presidential candidate": a party adjective alone names no one.
        let affiliation_only = (a..j).all(|k| lex.affiliations.contains(v.word(k)));
        // "Speaker of the House Rep. Paul Ryan": a title inside the run ends the place ("a
        // spokesman for House Speaker Paul Ryan" is not Ryan).
        if a < j && (!after_preposition || after_of && titled_inside) && !affiliation_only {
            runs.push((a, j));
        } else if after_preposition && j - a >= 3 {
            // "ambassador in Azerbaijan Abbas Mousavi": the place, then the name.
            runs.push((j - 2, j));
        }
        i = j.max(i + 1);
    }
    runs
}

/// The last word of a capitalised run i..j that describes rather than names, when a name
/// follows it: a title ("New Jersey Gov. Chris Christie", but not the "Secretary" of
/// "Secretary of State"), or a party adjective before a given name ("House Republican
/// Thomas Massie"; "Democratic National Convention" is a name).
pub(super) fn last_title(v: &SentenceView, lex: &Lexicon, i: usize, j: usize) -> Option<usize> {
    (i..j)
        .rev()
        .find(|&k| {
            let w = v.word(k);
            is_title_or_institution(lex, w)
                && !lex.institutions.contains(w)
                && v.word(k + 1) != "of"
                || lex.affiliations.contains(w) && lex.is_given_name(v.word(k + 1))
        })
        .filter(|&t| t + 1 < j)
}

/// A party and state label after a legislator's name: "R-NY", "D-Nev.", "I-Vt.".
fn is_party_tag(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4
        && b.len() <= 8
        && matches!(b[0], b'd' | b'r' | b'i')
        && b[1] == b'-'
        && b[2..].iter().all(|c| c.is_ascii_alphabetic() || *c == b'.')
}

fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "al" | "bin" | "ibn" | "de" | "da" | "del" | "van" | "von" | "der" | "la" | "le" | "el"
    )
}

/// Joins tokens a..b as written, with typographic apostrophes folded.
pub fn join(v: &SentenceView, a: usize, b: usize) -> String {
    // Room for the words as written and a space between each two.
    let mut out = String::with_capacity(v.span_of(a, b).len() + b.saturating_sub(a));
    for i in a..b {
        let t = v.raw(i);
        let attach = out.is_empty()
            || v.is_punct(i, ",")
            || v.is_punct(i, ")")
            || v.is_punct(i, "'")
            || v.is_punct(i, "%")
            || (i > a && v.is_punct(i - 1, "("));
        if !attach {
            out.push(' ');
        }
        crate::text::push_folded(&mut out, t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RulePack;
    use crate::span::Span;
    use crate::text::find_quotes;

    #[test]
    fn leading_function_words_are_the_lists_words() {
        for list in [
            SENTENCE_ADVERBS,
            CLAUSE_WORDS,
            PREPOSITIONS,
            DETERMINERS,
            FRONTED_STARTERS,
            BE_FORMS,
        ] {
            for w in list.words() {
                assert!(is_leading_function_word(w), "{w}");
            }
        }
        for w in ["do", "either", "other"] {
            assert!(is_leading_function_word(w), "{w}");
        }
        for w in ["trump", "ministry", "", "mousavi"] {
            assert!(!is_leading_function_word(w), "{w}");
        }
    }

    #[test]
    fn party_and_state_labels() {
        for tag in ["r-ny", "d-nev.", "i-vt.", "r-iowa"] {
            assert!(is_party_tag(tag), "{tag}");
        }
        for word in ["re-run", "d-day-long", "rand", "i-95x"] {
            assert!(!is_party_tag(word), "{word}");
        }
    }

    fn view(text: &str) -> SentenceView<'_> {
        let span = Span::new(0, text.len());
        SentenceView::new(
            text,
            span,
            &find_quotes(text, span),
            &RulePack::default_pack().abbreviations,
        )
    }

    #[test]
    fn join_folds_typographic_marks_and_keeps_plain_words() {
        let v = view("Iran\u{2019}s envoy, Ali (AP) said");
        assert_eq!(join(&v, 0, v.len() - 1), "Iran's envoy, Ali (AP)");
    }

    fn before(text: &str, cue: &str) -> String {
        let pack = RulePack::default_pack();
        let v = view(text);
        let i = (0..v.len()).find(|&i| v.word(i) == cue).unwrap();
        let np = subject_before(&v, &pack.lexicon, i).unwrap();
        join(&v, np.start, np.end)
    }

    #[test]
    fn subject_with_title_and_adverb() {
        assert_eq!(
            before(
                "Iranian Foreign Minister Hossein Amir-Abdollahian also claimed that x.",
                "claimed"
            ),
            "Iranian Foreign Minister Hossein Amir-Abdollahian"
        );
    }

    #[test]
    fn subject_with_apposition() {
        assert_eq!(
            before(
                "Ahmed Ali Goudarzi, commander of Iran's Border Guard, claimed that x.",
                "claimed"
            ),
            "Ahmed Ali Goudarzi, commander of Iran's Border Guard"
        );
        assert_eq!(
            before("Iran's envoy to Baku, Ali Reza, said that x.", "said"),
            "Iran's envoy to Baku, Ali Reza"
        );
    }

    #[test]
    fn subject_after_takes_a_postmodifier_only_after_someone() {
        let pack = RulePack::default_pack();
        let after = |text: &str| {
            let v = view(text);
            let i = (0..v.len()).find(|&i| v.word(i) == "said").unwrap();
            subject_after(&v, &pack.lexicon, i + 1).map(|np| join(&v, np.start, np.end))
        };
        assert_eq!(
            after("It is over, said a source involved in the talks.").as_deref(),
            Some("a source involved in the talks")
        );
        // "capsized" is the verb of a clause after "said", not a postmodifier.
        assert_eq!(
            after("A student, said the boat capsized within minutes."),
            None
        );
        assert_eq!(
            after("A student, said Mexico must rebut Trump's claims."),
            None
        );
    }

    #[test]
    fn subject_stops_at_clause_words() {
        assert_eq!(before("Trump won and Cruz said he lost.", "said"), "Cruz");
        assert_eq!(
            before("It rained as the ministry said.", "said"),
            "the ministry"
        );
    }

    #[test]
    fn main_subject_after_a_fronted_participial_clause() {
        let pack = RulePack::default_pack();
        for (text, cue, want) in [
            (
                "Asked on Monday whether he would run, Mrs. Clinton shook her head and said no.",
                "said",
                "Mrs. Clinton",
            ),
            (
                "Facing mounting criticism from both parties, Mr. Trump released a statement, insisting he was right.",
                "insisting",
                "Mr. Trump",
            ),
            (
                "Walking to the next house, Ebeling smiled and said it was fine.",
                "said",
                "Ebeling",
            ),
            // A name of the same shape is the subject.
            ("Schilling told reporters, smiling, that it was fine.", "smiling", "Schilling"),
            // A span of time is an adjunct.
            (
                "A few minutes later they reversed themselves and said the vote would wait.",
                "said",
                "they",
            ),
            // A capitalised possessive opens the phrase as a determiner does.
            (
                "Norway's opposition leader, Ida Brekke, was less impressed, calling it a stunt.",
                "calling",
                "Norway's opposition leader, Ida Brekke",
            ),
        ] {
            let v = view(text);
            let cue = (0..v.len()).find(|&i| v.word(i) == cue).unwrap();
            let np = main_subject(&v, &pack.lexicon, cue).unwrap();
            assert_eq!(join(&v, np.start, np.end), want, "{text}");
        }
    }

    #[test]
    fn a_possessive_after_the_head_opens_the_next_phrase() {
        let pack = RulePack::default_pack();
        for (text, from, want) in [
            // The listener ends before the owner of the next phrase.
            (
                "Podesta told the AP his firm had worked with them.",
                "the",
                "the AP",
            ),
            // A past form without "-ed" before a possessive is the verb.
            ("The bank left its main rate unchanged.", "the", "The bank"),
            ("The port cut its forecast.", "the", "The port"),
            // After "of" or "and" the possessive is inside the phrase.
            (
                "The head of his party spoke.",
                "the",
                "The head of his party",
            ),
        ] {
            let v = view(text);
            let i = (0..v.len()).find(|&i| v.word(i) == from).unwrap();
            let np = forward_np(&v, &pack.lexicon, i).unwrap();
            assert_eq!(join(&v, np.start, np.end), want, "{text}");
        }
    }

    #[test]
    fn canonical_names() {
        let pack = RulePack::default_pack();
        for (text, want) in [
            (
                "Iranian Foreign Minister Hossein Amir-Abdollahian said",
                "Hossein Amir-Abdollahian",
            ),
            ("Iran's envoy to Baku, Ali Reza, said", "Ali Reza"),
            (
                "the Iranian ambassador in Azerbaijan Abbas Mousavi said",
                "Abbas Mousavi",
            ),
            (
                "Azerbaijan's Ministry of Defense said",
                "Azerbaijan's Ministry of Defense",
            ),
            ("the ministry said", "ministry"),
            // A party adjective alone names no one; an apposition in lowercase describes the
            // name before it.
            (
                "The Democratic presidential candidate said",
                "Democratic presidential candidate",
            ),
            (
                "Simon Rosenberg, a Clinton supporter, said",
                "Simon Rosenberg",
            ),
            // Given names shaped like nationalities ("-ian", "-ese", "-can") are kept, known
            // or not; a nationality before a name of two words is not.
            ("Brian Kemp said", "Brian Kemp"),
            ("bank president Anneliese Vogt said", "Anneliese Vogt"),
            ("Lillian Ross said", "Lillian Ross"),
            ("Israeli Benjamin Netanyahu said", "Benjamin Netanyahu"),
        ] {
            let v = view(text);
            let i = (0..v.len()).find(|&i| v.word(i) == "said").unwrap();
            let np = subject_before(&v, &pack.lexicon, i).unwrap();
            assert_eq!(canonical_name(&v, &pack.lexicon, np), want, "{text}");
        }
    }

    #[test]
    fn classification() {
        let pack = RulePack::default_pack();
        for (text, want) in [
            ("a senior official said", SourceKind::Anonymous),
            ("Israeli media reported", SourceKind::Vague),
            ("he said", SourceKind::Pronoun),
            ("the ministry said", SourceKind::Description),
            ("Iranian officials said", SourceKind::Anonymous),
            ("Eli Cohen said", SourceKind::Named),
        ] {
            let v = view(text);
            let np = Np {
                start: 0,
                end: v.len() - 1,
            };
            assert_eq!(classify(&v, &pack.lexicon, np), want, "{text}");
        }
    }
}
