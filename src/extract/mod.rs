//! The claim extractor: every attributed statement in an article, with its speaker resolved.
//!
//! Work goes paragraph by paragraph and sentence by sentence. Each cue word (from
//! `rules/cues.toml`) is tried against the constructions news prose uses: speaker before the
//! cue, content after it (`X said that …`); content first (`"…," X said`, `…, said X`);
//! participles (`…, saying that …`); `according to X`; a document's words (`a tweet
//! reading "…"`); a cue inside the quotation (`Gantz "emphasized …"`); and quotations that
//! continue an earlier speaker's words. Speakers are classified and resolved against the
//! people and organisations mentioned earlier in the article.

mod coref;
mod grammar;
mod patterns;
mod restated_belief;
mod sentence;
mod speaker;

use std::cell::Cell;

use serde::Serialize;

pub use speaker::SourceKind;

use crate::article::Article;
use crate::rules::RulePack;
use crate::span::Span;
use crate::text::{find_quotes, paragraphs, sentences};
use sentence::{SentenceView, ViewBuffers};

/// Direct (quoted), indirect (reported), or mixed (reported with quoted fragments).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    Direct,
    Indirect,
    Mixed,
}

impl ClaimKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Mixed => "mixed",
        }
    }
}

/// A piece of the article: its words as written and where they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Piece {
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
    /// For content split around its cue (`"…," she said. "…"`): the parts, in order.
    /// `text` then joins the parts with a space and `span` covers them all.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Span>,
}

impl Piece {
    fn new(article: &str, span: Span) -> Self {
        Piece {
            text: span.of(article).to_string(),
            span,
            parts: Vec::new(),
        }
    }

    /// Adds a further part of discontinuous content.
    fn extend(&mut self, article: &str, part: Span) {
        if self.parts.is_empty() {
            self.parts.push(self.span);
        }
        self.parts.push(part);
        self.span = self.span.cover(part);
        self.text.push(' ');
        self.text.push_str(part.of(article));
    }
}

/// Who made a claim: as written, and as a canonical full name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub text: String,
    pub canonical: String,
    pub kind: SourceKind,
    #[serde(flatten)]
    pub span: Span,
}

/// One attributed statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    pub article: String,
    pub kind: ClaimKind,
    /// None only for unsourced hedged statements (listed with `--unsourced`).
    pub source: Option<Source>,
    pub cue: Piece,
    pub content: Piece,
    /// The reporting chain: "reported by the Times of Israel", "told Reuters", "a statement".
    pub via: Vec<Piece>,
    pub hedges: Vec<Piece>,
    /// From the first to the last byte of source, cue and content.
    pub span: Span,
    pub sentence: Span,
}

/// What to extract.
#[derive(Debug, Clone, Copy, Default)]
pub struct ExtractOptions {
    /// Also list hedged statements with no source ("is widely reported", "reportedly").
    pub unsourced: bool,
}

thread_local! {
    /// The vectors of the thread's sentence views, kept from one article to the next: an
    /// article's first sentences then grow none of them again.
    static VIEW_BUFFERS: Cell<ViewBuffers> = Cell::new(ViewBuffers::default());
}

/// Extracts the claims of one article, in text order.
pub fn extract_claims(article: &Article, rules: &RulePack, options: ExtractOptions) -> Vec<Claim> {
    let mut ex = patterns::Extractor::new(article, rules, options);
    let text = article.text.as_str();
    let mut index = 0;
    let mut view = SentenceView::over(text, VIEW_BUFFERS.take());
    // The dateline opens the first paragraph of text, which may follow a title line.
    const DATELINE_PARAGRAPHS: usize = 3;
    let mut paragraph_index = 0;
    let paras = paragraphs(text, article.body);
    // A sentence ending a paragraph with a colon, held for the quotation that opens the next
    // paragraph ("Vos continued:" / "“…”"), with its paragraph's quotations.
    let mut held: Option<(Span, Vec<crate::text::Quote>)> = None;
    for (p, &para) in paras.iter().enumerate() {
        if article.in_furniture(para) {
            continue;
        }
        paragraph_index += 1;
        let mut quotes = find_quotes(text, para);
        let mut sents = sentences(text, para, &quotes, &rules.abbreviations);
        join_attribution_tails(text, &mut sents, &rules.lexicon);
        let joined = match held.take() {
            Some((colon, mut colon_quotes)) => {
                match sents.first_mut() {
                    Some(first) => first.start = colon.start,
                    None => sents.push(colon),
                }
                colon_quotes.append(&mut quotes);
                quotes = colon_quotes;
                true
            }
            None => false,
        };
        // The colon first: few sentences end with one, so the next paragraph is rarely read.
        let ends_with_colon = sents
            .last()
            .is_some_and(|s| text[s.start..s.end].trim_end().ends_with(':'));
        if ends_with_colon
            && paras.get(p + 1).is_some_and(|&next| {
                !article.in_furniture(next) && opens_with_quotation(text, next)
            })
        {
            let colon = sents.pop().expect("checked above");
            let inside = quotes
                .iter()
                .filter(|q| q.span.start >= colon.start)
                .cloned()
                .collect();
            held = Some((colon, inside));
        }
        for (k, sent) in sents.into_iter().enumerate() {
            if article.in_furniture(sent) {
                continue;
            }
            let sent = if k == 0 && !joined && paragraph_index <= DATELINE_PARAGRAPHS {
                after_dateline(text, sent)
            } else {
                sent
            };
            view.read(sent, &quotes, &rules.abbreviations);
            ex.sentence(&view, index);
            index += 1;
        }
        ex.end_paragraph();
    }
    VIEW_BUFFERS.set(view.into_buffers());
    let mut claims = ex.finish();
    claims.sort_by_key(|c| (c.span.start, c.content.span.start, c.cue.span.start));
    // An article that repeats a sentence (a pull quote, a recap) makes one claim: a claim
    // is kept when no claim before it has the same content, cue and speaker.
    let keys: Vec<_> = claims
        .iter()
        .map(|c| {
            (
                c.content.text.as_str(),
                lowercase_cue(&c.cue.text),
                c.source.as_ref().map(|s| s.canonical.as_str()),
            )
        })
        .collect();
    let keep: Vec<bool> = if keys.len() <= COMPARED_CLAIMS {
        // Compared with the claims before it (contents of other lengths at once): less than
        // hashing each claim's whole content.
        (0..keys.len())
            .map(|k| !keys[..k].contains(&keys[k]))
            .collect()
    } else {
        // Sized for every claim at once, not grown (and rehashed) claim by claim.
        let mut seen =
            rustc_hash::FxHashSet::with_capacity_and_hasher(keys.len(), Default::default());
        keys.iter().map(|key| seen.insert(key)).collect()
    };
    drop(keys);
    let restated = restated_belief::restated_beliefs(&claims, &rules.lexicon);
    let keep: Vec<bool> = keep.iter().zip(restated).map(|(&k, r)| k && !r).collect();
    let mut keep = keep.into_iter();
    claims.retain(|_| keep.next().unwrap_or(true));
    claims
}

/// The most claims of an article that are told apart from each other by comparison, in
/// quadratic time, rather than by hashing: a news article has a dozen or two.
const COMPARED_CLAIMS: usize = 64;

/// A cue's words in lowercase: one in lowercase ASCII (nearly every one) is borrowed, with
/// no copy.
fn lowercase_cue(cue: &str) -> std::borrow::Cow<'_, str> {
    if cue.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(cue)
    } else {
        std::borrow::Cow::Owned(cue.to_lowercase())
    }
}

/// `KYIV, Ukraine (AP) — Russian missiles struck …`: a wire dateline before the first
/// sentence is no part of what anyone said. It is a place in capitals, then words that all
/// start with a capital or a digit (region, date, agency) after a comma or in brackets,
/// then a dash; or one word in capitals alone (`EXCLUSIVE –`). "NATO Secretary General
/// Jens Stoltenberg — who …" is a subject, not a dateline.
fn after_dateline(text: &str, sent: Span) -> Span {
    let s = &text[sent.start..sent.end];
    let mut cut = s.len().min(100);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    // The first dash between spaces, found in one pass over the spaces of the head (a
    // substring search for each kind of dash costs more than the rest of this function).
    let Some((dash, width)) = memchr::memchr_iter(b' ', head.as_bytes()).find_map(|at| {
        [" \u{2014} ", " \u{2013} ", " - ", " -- "]
            .iter()
            .find(|d| head[at..].starts_with(*d))
            .map(|d| (at, d.len()))
    }) else {
        return sent;
    };
    let prefix = &s[..dash];
    let marked = prefix.contains(',') || prefix.contains('(') || !prefix.contains(' ');
    let mut words = prefix
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '.'))
        .filter(|w| !w.is_empty());
    let place_in_capitals = words.next().is_some_and(|w| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 3 && w.chars().all(|c| !c.is_lowercase())
    });
    let rest_capitalised = words.all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    });
    if marked && place_in_capitals && rest_capitalised && dash + width < s.len() {
        Span::new(sent.start + dash + width, sent.end)
    } else {
        sent
    }
}

/// `"Are they small hands?" Trump said.`: a quotation ending with `?` or `!` looks like a
/// sentence end, but a short clause after it that holds a cue ("Trump said", "she asked
/// on Monday") is its attribution, so the two are read as one sentence.
fn join_attribution_tails(text: &str, sents: &mut Vec<Span>, lex: &crate::rules::Lexicon) {
    // Each sentence is compared with the one before it as joined so far.
    sents.dedup_by(|sent, prev| {
        let tail = is_attribution_tail(text, *prev, *sent, lex);
        if tail {
            prev.end = sent.end;
        }
        tail
    });
}

/// Whether a paragraph opens with a quotation mark.
fn opens_with_quotation(text: &str, para: Span) -> bool {
    text[para.start..para.end]
        .trim_start()
        .starts_with(['"', '“', '«', '„'])
}

/// `s.trim_end_matches(['"', '”', '’', '\''])`, by bytes: every sentence before another is
/// asked this, and each mark ends `s` as its one byte or as the three of `”` or `’`.
fn trim_closing_marks(s: &str) -> &str {
    let mut kept = s.as_bytes();
    while let [rest @ .., b'"' | b'\''] | [rest @ .., 0xE2, 0x80, 0x9D | 0x99] = kept {
        kept = rest;
    }
    &s[..kept.len()]
}

/// Whether `sent` is the attribution of a quotation that ends `prev` with `?`, `!` or `.`.
fn is_attribution_tail(text: &str, prev: Span, sent: Span, lex: &crate::rules::Lexicon) -> bool {
    const MAX_TAIL_WORDS: usize = 12;
    let before = crate::text::trim_end(&text[prev.start..prev.end]);
    let unquoted = trim_closing_marks(before);
    if unquoted.len() == before.len() {
        return false;
    }
    let Some(mark) = unquoted
        .chars()
        .next_back()
        .filter(|c| matches!(c, '?' | '!' | '.'))
    else {
        return false;
    };
    // The words as written, each lowercased only when it is looked at: most tails have no
    // cue in their first words, and are ruled out after at most five.
    let tokens = crate::text::tokenize(text, sent);
    let words = tokens
        .iter()
        .filter(|t| t.kind != crate::text::TokenKind::Punct)
        .map(|t| &text[t.span.start..t.span.end]);
    // After a full stop, a cue's word right after a determiner is a noun: "“It is over.”
    // The question drew cheers" is no attribution. (After `?` or `!` the two stay one
    // sentence, so that a bare question is not read as the last speaker going on.)
    let mut previous = None;
    let Some(cue_at) = words.clone().take(5).position(|w| {
        let after_determiner = mark == '.'
            && previous.is_some_and(|p: &str| {
                grammar::is_in(grammar::DETERMINERS, &crate::text::lowercase(p))
            });
        previous = Some(w);
        !after_determiner
            && lex
                .cue_of_lowercase(&crate::text::lowercase(w))
                .is_some_and(|c| c.can_follow_content())
    }) else {
        return false;
    };
    let is_that = |w: &str| crate::text::lowercase(w) == "that";
    // After a full stop the tail must be only an attribution ("Trump said.", "Rubio said
    // Sunday in Virginia."), not a new statement ("Trump said he …").
    let mut rest = words.clone().skip(cue_at + 1);
    let word_count = words.count();
    let rest_len = word_count - cue_at - 1;
    // After `?` or `!` a short tail is the attribution, and a longer one too unless it
    // reports a clause of its own ("“…?” Vos asks as a harbour worker walks in"; not
    // "“…!” She replied to him that …").
    if mark == '.' {
        let tail = &text[sent.start..sent.end];
        let quoted = tail.contains(['"', '“', '”']) || tail.contains("''");
        // Nor the cue's complement: "“…burning out.” The union has warned of further
        // action" is the union's own statement.
        rest_len <= 6
            && !quoted
            && !rest.next().is_some_and(|w| {
                let w = crate::text::lowercase(w);
                w == "that"
                    || grammar::is_in(grammar::CONTENT_STARTERS, &w)
                    || grammar::is_in(grammar::CUE_COMPLEMENT_PREPOSITIONS, &w)
            })
    } else {
        word_count <= MAX_TAIL_WORDS || !rest.any(is_that)
    }
}

/// The claims of one text with the default rules: for the tests of each construction.
#[cfg(test)]
pub(crate) fn claims_of_text(text: &str) -> Vec<Claim> {
    extract_claims(
        &Article::from_text("t", text),
        &RulePack::default_pack(),
        ExtractOptions::default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<Claim> {
        claims_of_text(text)
    }

    #[test]
    fn a_question_or_exclamation_in_quotes_keeps_its_attribution() {
        let c = claims(
            "“Are they small hands?” Trump said. “The economy is great!” she added on Monday.",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].content.text, "“Are they small hands?”");
        assert_eq!(c[0].source.as_ref().unwrap().text, "Trump");
        assert_eq!(c[1].content.text, "“The economy is great!”");
        let c = claims(
            "“I hope you find the emails.” Trump said. “I agree.” Cruz said he would sign it.",
        );
        // "“I agree.”" alone continues Trump's quotation; "Cruz said …" is its own claim.
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(
            c[0].content.text,
            "“I hope you find the emails.” “I agree.”"
        );
        assert_eq!(c[1].content.text, "he would sign it");
        // A tail with a quotation of its own is a new statement.
        let c = claims("“It is late,” she said. “We start again.” He added, “Not today.”");
        assert!(c.iter().any(|c| c.content.text == "“Not today.”"), "{c:#?}");
        // A sentence after the quotation that is no attribution stays apart.
        let c = claims("“Why now?” The question hung over the meeting for hours.");
        assert!(c.is_empty(), "{c:#?}");
    }

    #[test]
    fn a_cue_with_its_complement_after_a_full_stop_is_a_sentence_of_its_own() {
        let c = claims(
            "Ada Vos said pilots were “burning out.” The union has warned of further action.",
        );
        assert_eq!(c.len(), 2, "{c:#?}");
        assert_eq!(c[0].content.text, "pilots were “burning out.”");
        assert_eq!(c[1].source.as_ref().unwrap().text, "The union");
        assert_eq!(c[1].content.text, "of further action");
    }

    #[test]
    fn a_cue_word_after_a_determiner_is_no_attribution_tail() {
        // "The question", "the thanks": nouns, so the sentence after the quotation is the
        // writer's own and not joined to it.
        let c = claims("Ada Vos said: “It is over.” The question drew cheers from the hall.");
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].content.text, "“It is over.”");
        let c = claims("Ada Vos said: “Pay now.” The thanks came later.");
        assert_eq!(c[0].content.text, "“Pay now.”");
    }

    #[test]
    fn closing_marks_are_trimmed_as_by_characters() {
        for s in [
            "",
            "a",
            "x.\"",
            "x?”’'",
            "“x”",
            "é’",
            "x\u{2018}",
            "''",
            "a”b",
        ] {
            let want = s.trim_end_matches(['"', '”', '’', '\'']);
            assert_eq!(trim_closing_marks(s), want, "{s}");
        }
    }

    #[test]
    fn a_wire_dateline_is_no_part_of_the_first_claim() {
        let c = claims("KYIV, Ukraine (AP) — Missiles struck the academy, the governor said.");
        assert_eq!(c[0].content.text, "Missiles struck the academy");
        let c = claims("BAKU, Nov 1 (Reuters) - The border is closed, officials said.");
        assert_eq!(c[0].content.text, "The border is closed");
        // Only a place in capitals, and capitalised words after it, open a dateline.
        let c = claims("The ministry said the talks - the first in years - had failed.");
        assert_eq!(
            c[0].content.text,
            "the talks - the first in years - had failed"
        );
        let c = claims("NATO allies - all of them - agree, the minister said.");
        assert!(c[0].content.text.starts_with("NATO allies"), "{c:#?}");
        let subject = "NATO Secretary General Jens Stoltenberg — who met him — said it.";
        let whole = Span::new(0, subject.len());
        assert_eq!(after_dateline(subject, whole), whole);
        // After a title line, the dateline opens the first paragraph of text.
        let c = claims("Quake toll rises\n\nNORDALE BAY, Belavia (Lantern Report) — 383 people were killed, officials said.");
        assert_eq!(c[0].content.text, "383 people were killed");
        // A long first sentence with a character of several bytes at the cut is read whole.
        let long = format!("{}’s view — it is late, she said.", "A".repeat(97));
        assert!(!claims(&long).is_empty());
    }

    #[test]
    fn a_dateline_ends_at_the_first_dash_of_any_kind() {
        let cut = |s: &str| after_dateline(s, Span::new(0, s.len())).start;
        assert_eq!(cut("PARIS -- Talks resumed."), 9);
        assert_eq!(cut("LONDON \u{2013} Talks resumed."), 11);
        assert_eq!(cut("ROME - A \u{2014} B."), 7);
        assert_eq!(cut("KYIV \u{2014} A -- B - C."), 9);
        assert_eq!(cut("KYIV-A -B- C."), 0);
    }

    #[test]
    fn a_sentence_opening_with_a_comma_is_read_without_overflow() {
        // The apposition search looks at the word before each comma; at token 0 there is none.
        let c = claims(", Adam Green, co-founder of the trust, said the walls were low.");
        assert!(c.iter().all(|c| c.content.text.contains("walls")), "{c:#?}");
    }

    #[test]
    fn a_participle_clause_after_a_comma_ends_the_content() {
        let c = claims(
            "The authorities declared war on the province, leading to a four-year conflict.",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].content.text, "war on the province");
        // "including" lists part of the content.
        let c = claims("The ministry said the talks covered trade, including tariffs on steel.");
        assert_eq!(
            c[0].content.text,
            "the talks covered trade, including tariffs on steel"
        );
    }

    #[test]
    fn cue_interrupting_its_content_joins_both_parts() {
        let c = claims(
            "The effects are hard to predict, many economists say, because there is little precedent.",
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.parts.len(), 2);
        assert_eq!(
            c[0].content.text,
            "The effects are hard to predict because there is little precedent"
        );
        assert_eq!(
            c[0].source.as_ref().map(|s| s.text.as_str()),
            Some("many economists")
        );
    }

    #[test]
    fn postposed_cue_without_interruption_keeps_one_part() {
        let c = claims("The plan will fail, the minister said on Monday.");
        assert_eq!(c.len(), 1);
        assert!(c[0].content.parts.is_empty());
        assert_eq!(c[0].content.text, "The plan will fail");
    }

    #[test]
    fn a_coordinated_predicate_after_a_comma_ends_the_content() {
        let c = claims("The senator said the bill was rushed, and voted against it on Friday.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.text, "the bill was rushed");
    }

    #[test]
    fn a_title_case_headline_may_end_with_a_full_stop() {
        let c = claims("Coach Says Team Will Return Stronger Next Season.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.text, "Team Will Return Stronger Next Season");
    }

    #[test]
    fn a_stance_verb_with_a_bare_object_is_no_statement() {
        assert!(claims("The ministry condemned the attack on Friday.").is_empty());
        assert!(claims("The mayor criticized the council after it closed the park.").is_empty());
        let c = claims("The ministry condemned the attack, saying it was cowardly.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.text, "it was cowardly");
        let c = claims("The union demanded that the plant stay open.");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.text, "the plant stay open");
    }

    #[test]
    fn a_colon_and_an_opening_mark_at_the_sentence_end_are_no_quotation() {
        assert!(claims("The mayor was blunt: \u{201c}").is_empty());
        let c = claims("The mayor was blunt: \u{201c}The pumps failed.\u{201d}");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.text, "\u{201c}The pumps failed.\u{201d}");
    }

    #[test]
    fn a_quotation_resumes_after_an_aside_or_a_missing_comma() {
        let c = claims(
            "\"They know words,\" said Kim, speaking of lawyers, \"and they use them well.\"",
        );
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.parts.len(), 2);
        let c = claims("\"We are ready,\" she said \"We have waited long enough.\"");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].content.parts.len(), 2);
    }

    #[test]
    fn a_coordinated_cue_verb_ends_a_noun_phrase_content() {
        let c = claims("The governor called the plan reckless and accused the mayor of lying.");
        assert_eq!(c[0].content.text, "the plan reckless");
    }
}
