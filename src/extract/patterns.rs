//! The constructions that attribute a statement, tried per cue word.

use super::coref::{described_gender, Registry};
use super::grammar::{
    contracted_pronoun, is_fraction, is_in, is_ly_adverb, is_plural_in_men, is_time_word,
    without_possessive, WordList, AUXILIARIES, BETWEEN_SUBJECT_AND_CUE, BE_FORMS, CHANNEL_NOUNS,
    CLAUSE_WORDS, CONTENT_STARTERS, DETERMINERS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, MODALS,
    NOUN_MARKERS, PAST_NOT_PARTICIPLE, PLACE_PREPOSITIONS, PLURAL_SUBJECTS, PREPOSITIONS,
    RELATIVE_PRONOUNS, TIME_OPENERS,
};
use super::sentence::SentenceView;
use super::speaker::{
    canonical_name, classify, classify_headed, forward_np, is_share_in, is_title_or_institution,
    join, main_subject, opens_relative, relative_clause_subject, subject_after, subject_before, Np,
    SourceKind,
};
use super::{Claim, ClaimKind, ExtractOptions, Piece, Source};
use crate::article::Article;
use crate::rules::{
    Complement, CueForm, Frame, Gender, Lexicon, RulePack, VerbForm, WordClass, ACCORDING, CUE,
    DOCUMENT_VERB, HEDGE,
};
use crate::span::Span;

mod as_parenthetical;
mod verdict;

/// A claim found in a sentence, in token indices, before spans and names are filled in.
#[derive(Debug, Clone)]
struct Found {
    source: Option<Np>,
    /// A speaker named outside this sentence (a quotation continuing earlier words).
    carried: Option<Source>,
    cue: Span,
    content: (usize, usize),
    /// A second quotation after the cue: `"…," she said, "…"`.
    more: Option<(usize, usize)>,
    via: Vec<Span>,
    /// The cue follows its content: "…, X said".
    postposed: bool,
}

impl Found {
    /// A find with a speaker in this sentence and one stretch of content.
    fn new(
        source: Np,
        cue: Span,
        content: (usize, usize),
        via: Vec<Span>,
        postposed: bool,
    ) -> Self {
        Found {
            source: Some(source),
            carried: None,
            cue,
            content,
            more: None,
            via,
            postposed,
        }
    }
}

/// The last claim, for a quotation with no cue of its own that continues it: the last one
/// that ended with a quotation (a direct one, or a mixed one ending quoted) in its
/// sentence, else the last of any kind ("X said that …" and then a paragraph of X's
/// words).
#[derive(Debug, Clone)]
struct LastQuotation {
    sentence: usize,
    paragraph: usize,
    /// Index of the claim in `claims`, to extend with a continuing quotation; its source
    /// and cue are the speaker's and cue that go on (read there, not copied here).
    claim: usize,
}

pub struct Extractor<'a> {
    article: &'a Article,
    lex: &'a Lexicon,
    /// Number words ("forty") for counted subjects.
    facts: &'a crate::rules::FactPack,
    options: ExtractOptions,
    registry: Registry,
    claims: Vec<Claim>,
    last_quotation: Option<LastQuotation>,
    paragraph_had_claim: bool,
    paragraph: usize,
    /// The [`WordClass`] of each word of the current sentence (a buffer kept between them).
    classes: Vec<WordClass>,
    /// The finds of the current sentence, and the words that may start an "according to"
    /// phrase in it: buffers kept between sentences, so that a sentence with a cue grows
    /// none of them again.
    found: Vec<Found>,
    according_starts: Vec<usize>,
    /// A speaker's canonical name in lowercase (a buffer kept between claims).
    lowercase_name: String,
}

impl<'a> Extractor<'a> {
    pub fn new(article: &'a Article, rules: &'a RulePack, options: ExtractOptions) -> Self {
        Extractor {
            article,
            lex: &rules.lexicon,
            facts: &rules.facts,
            options,
            registry: Registry::default(),
            // About one claim in 400 bytes of news text: room for most articles' claims.
            claims: Vec::with_capacity(article.text.len() / 256),
            last_quotation: None,
            paragraph_had_claim: false,
            paragraph: 0,
            classes: Vec::new(),
            found: Vec::new(),
            according_starts: Vec::new(),
            lowercase_name: String::new(),
        }
    }

    pub fn end_paragraph(&mut self) {
        if !self.paragraph_had_claim {
            self.last_quotation = None;
        }
        if let Some(last) = &mut self.last_quotation {
            // A paragraph that is only a quotation continues the last speaker.
            last.paragraph = self.paragraph + 1;
        }
        self.paragraph_had_claim = false;
        self.paragraph += 1;
    }

    pub fn finish(self) -> Vec<Claim> {
        self.claims
    }

    pub fn sentence(&mut self, v: &SentenceView, index: usize) {
        // Each word looked up once: the patterns a sentence has no word for are skipped.
        let lex = self.lex;
        self.classes.clear();
        // `words` are lowercase already.
        self.classes.extend(v.words().map(|w| match w {
            "that" => THAT | lex.word_class_of_lowercase(w),
            w => lex.word_class_of_lowercase(w),
        }));
        // A colon is always a token of its own: found in the sentence's bytes, not compared
        // with every word.
        let colon = memchr::memchr(b':', v.span.of(v.text).as_bytes()).map_or(0, |_| COLON);
        let any = self.classes.iter().fold(colon, |a, &c| a | c);
        let attributes = may_attribute(v, any);
        // Hedges matter only for a claim or, with `--unsourced`, a hedged statement: they are
        // looked for once the sentence has a find to emit (or with `--unsourced`), not in
        // every sentence with a cue word.
        let hedges_of = |this: &Self| {
            if any & HEDGE != 0 {
                this.hedges(v)
            } else {
                Vec::new()
            }
        };
        if !attributes {
            // No pattern below can find a claim here: only what a sentence without one does.
            if self.options.unsourced {
                let hedges = hedges_of(self);
                self.unsourced(v, &hedges);
            }
            self.last_quotation = None;
            self.remember_names(v, index);
            return;
        }
        let mut found = std::mem::take(&mut self.found);
        found.clear();
        if any & ACCORDING != 0 {
            let mut starts = std::mem::take(&mut self.according_starts);
            self.according_to(v, &mut found, &mut starts);
            self.according_starts = starts;
        }
        for i in words_of_class(&self.classes, CUE) {
            if let Some(f) = self.at_cue(v, i, &found) {
                found.push(f);
            }
        }
        if any & DOCUMENT_VERB != 0 {
            if let Some(f) = self.document_reading(v, &found) {
                found.push(f);
            }
        }
        if any & THAT != 0 {
            self.verb_that(v, &mut found);
        }
        // Both need a colon.
        if found.is_empty() && any & COLON != 0 {
            if let Some(f) = self.colon_headline(v).or_else(|| self.colon_quotation(v)) {
                found.push(f);
            }
        }
        fold_postposed_into_via(v, &mut found);
        for f in &mut found {
            if f.postposed && f.more.is_none() {
                f.more = quote_after_cue(v, self.lex, f.cue.end)
                    .or_else(|| clause_after_interruption(v, self.lex, f));
            }
        }
        found.sort_by_key(|f| (f.content.0, f.cue.start));
        found.dedup_by(|b, a| a.content == b.content);
        // After the dedup: an answer takes the same words as the claim it answers.
        verdict::narrow_to_answered_claim(v, self.lex, &mut found);

        if found.is_empty() {
            if let Some(f) = self.continuation(v, index) {
                let last = self
                    .last_quotation
                    .as_mut()
                    .expect("continuation needs a last quote");
                if last.paragraph == self.paragraph {
                    // The same speaker's quotation goes on: one claim, two parts.
                    let part = content_span(v, f.content.0, f.content.1);
                    let claim = &mut self.claims[last.claim];
                    claim.content.extend(&self.article.text, part);
                    // "X said that …" and then the quotation: words of both kinds.
                    if claim.kind == ClaimKind::Indirect {
                        claim.kind = ClaimKind::Mixed;
                    }
                    claim.span = claim.span.cover(part);
                    last.sentence = index;
                    self.paragraph_had_claim = true;
                    self.remember_names(v, index);
                    self.found = found;
                    return;
                }
                found.push(f);
            }
        }
        let hedges = if !found.is_empty() || self.options.unsourced {
            hedges_of(self)
        } else {
            Vec::new()
        };
        let before = self.claims.len();
        let extents: Vec<Span> = found.iter().map(|f| extent(v, f)).collect();
        let mut own = Vec::new();
        for (k, f) in found.drain(..).enumerate() {
            own.clear();
            own.extend(
                hedges
                    .iter()
                    .filter(|h| hedges_claim(v, h.0, k, &extents))
                    .copied(),
            );
            self.emit(v, f, &own, index);
        }
        self.found = found;
        if self.claims.len() == before {
            if self.options.unsourced {
                self.unsourced(v, &hedges);
            }
            if !starts_with_quote(v) {
                self.last_quotation = None;
            }
        } else {
            self.paragraph_had_claim = true;
        }
        self.remember_names(v, index);
    }

    // ----- cues ------------------------------------------------------------------------

    /// Tries every construction for a cue word at token `i`.
    // Kept out of `sentence`: inlined there, the extractor ran 1% more instructions.
    #[inline(never)]
    fn at_cue(&self, v: &SentenceView, i: usize, found: &[Found]) -> Option<Found> {
        if found
            .iter()
            .any(|f| f.cue.start <= v.tokens[i].span.start && v.tokens[i].span.start < f.cue.end)
        {
            return None;
        }
        let embedded = v.in_quote[i].is_some() && i > 0 && v.is_open_mark(i - 1);
        if v.in_quote[i].is_some() && !embedded {
            return None;
        }
        // The word's readings, looked up once for both questions below.
        let cues = self.lex.cues_for_lowercase(v.word(i));
        if !embedded && i > 1 {
            // The one-word reading, as `Lexicon::cue_of_lowercase` gives it.
            let one_word = cues.iter().find(|c| c.rest.is_empty());
            if let Some(f) = one_word.and_then(|cue| {
                as_parenthetical::as_parenthetical(v, self.lex, i, cue)
                    .or_else(|| verdict::verdict(v, self.lex, i, cue))
            }) {
                return Some(f);
            }
        }
        for cue in cues {
            let rest_ok = cue
                .rest
                .iter()
                .enumerate()
                .all(|(k, w)| v.word(i + 1 + k) == w);
            // "went on to say": "to" marks an infinitive here, not a noun.
            let verb_use = is_verb_use(v, self.lex, i, cue)
                || cue.form == VerbForm::Base && catenative_before(v, self.lex, i).is_some();
            // "When asked by a reporter whether …": a passive with its agent, which the
            // verb test below takes for a reduced relative.
            if rest_ok && !embedded {
                if let Some(found) = self.asked_by(v, i, i + 1 + cue.rest.len(), cue) {
                    return Some(found);
                }
            }
            if !rest_ok || !verb_use {
                continue;
            }
            let cue_end = i + 1 + cue.rest.len();
            // "who asked not to be named", "who declined to give his name": no statement.
            // `matches_at` rules out nearly every phrase by its first word's length and first
            // byte, without comparing strings.
            if self
                .lex
                .anonymity_requests
                .iter()
                .any(|phrase| v.matches_at(cue_end, phrase))
            {
                continue;
            }
            // "the talks continued": looked at no further; "went on to work for …": an
            // infinitive of what was done.
            if cue.needs() == Complement::Quotation
                && (!quotation_near(v, i, cue_end) || v.word(cue_end) == "to")
            {
                continue;
            }
            // `Trump had "placed the proceedings at issue"`: an estimate is never quoted.
            if cue.needs() == Complement::Figure && embedded {
                continue;
            }
            let found = if embedded {
                self.embedded_cue(v, i, cue_end, cue)
            } else {
                self.inverted(v, i, cue_end, cue)
                    .or_else(|| self.quoted_passive(v, i, cue_end, cue))
                    .or_else(|| self.participle(v, i, cue_end, cue, found))
                    .or_else(|| self.subject_cue(v, i, cue_end, cue))
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// `"…," said Mousavi.` / `…, tweeted the ministry.`
    /// `Said Brun, "…"`, `Said Dora Peet, who grew up nearby, "…"`: the cue opens the
    /// sentence, the speaker follows it, and a quotation after a comma or colon is the words.
    fn fronted_inverted(&self, v: &SentenceView, cue_end: usize, cue: &CueForm) -> Option<Found> {
        const MAX_SPEAKER: usize = 30;
        if cue.form != VerbForm::Past {
            return None;
        }
        let np = subject_after(v, self.lex, cue_end)?;
        if np.start != cue_end || self.lex.pronouns.contains(v.word(np.start)) {
            return None;
        }
        let open = (np.end..(np.end + MAX_SPEAKER).min(v.len()))
            .find(|&k| v.is_open_mark(k))
            .filter(|&k| v.is_punct(k - 1, ",") || v.is_punct(k - 1, ":"))?;
        // No other clause between the speaker and the quotation, except a relative one
        // ("who grew up with the skipper in the polder").
        let relative = v.is_punct(np.end, ",") && self.lex.relatives.contains(v.word(np.end + 1));
        if open > np.end + 1 && !relative {
            return None;
        }
        let close = after_quotation(v, open)?;
        if !v.is_close_mark(close) {
            return None;
        }
        Some(Found::new(
            np,
            v.span_of(0, cue_end),
            (open, close + 1),
            Vec::new(),
            false,
        ))
    }

    fn inverted(&self, v: &SentenceView, i: usize, cue_end: usize, cue: &CueForm) -> Option<Found> {
        // "…, told CBS News": what follows "tell" is the listener, never the speaker.
        if !(cue.has(Frame::Speech) || cue.has(Frame::Tell))
            || cue.form == VerbForm::Participle
            || cue.lemma == "tell"
        {
            return None;
        }
        if i == 0 {
            return self.fronted_inverted(v, cue_end, cue);
        }
        let after_comma = v.is_punct(i - 1, ",") || v.is_close_mark(i - 1);
        if !after_comma {
            return None;
        }
        let np = subject_after(v, self.lex, cue_end)?;
        if self.lex.pronouns.contains(v.word(np.start)) && np.end == np.start + 1 {
            // "…, said he" is rare; "…, said it was" is not inverted.
            return None;
        }
        let content = content_before(v, i)?;
        // "Iran's ambassador, Abbas Mousavi, tweeted a threat": the words before the comma are
        // the speaker in apposition, not content.
        if subject_before(v, self.lex, i).is_some_and(|s| s.start <= content.0) {
            return None;
        }
        Some(Found::new(
            np,
            v.span_of(i, cue_end),
            content,
            Vec::new(),
            true,
        ))
    }

    /// `When asked by a reporter whether …, X said`, `Asked by Thrush if Clinton "gets"
    /// race, …`: the agent of the passive asked, and the question follows it.
    fn asked_by(&self, v: &SentenceView, i: usize, cue_end: usize, cue: &CueForm) -> Option<Found> {
        if cue.lemma != "ask" || v.word(i) != "asked" || v.word(cue_end) != "by" {
            return None;
        }
        // "asked by host John Dickerson whether …": a role before the name.
        let agent = forward_np(v, self.lex, cue_end + 1)
            .filter(|np| np.end > np.start + 1 || v.is_capitalized(np.start))
            .or_else(|| super::speaker::role_then_name(v, self.lex, cue_end + 1))
            .or_else(|| forward_np(v, self.lex, cue_end + 1))?;
        // "asked by Ingraham on Thursday about …": a time between the agent and the question.
        let mut start = agent.end;
        if is_in(&["on", "in", "last", "this"], v.word(start)) {
            start = (start + 1..(start + 4).min(v.len()))
                .find(|&k| !is_time_word(v.word(k)))
                .filter(|&k| k > start + 1)
                .unwrap_or(start);
        }
        let opens_question = is_in(
            &[
                "whether", "if", "about", "to", "how", "what", "why", "when", "who",
            ],
            v.word(start),
        );
        if !opens_question || v.in_quote[start].is_some() {
            return None;
        }
        let end = (start + 1..v.len())
            .find(|&k| v.in_quote[k].is_none() && v.is_punct(k, ","))
            .unwrap_or(v.len());
        let end = trim_end(v, start, end);
        (end > start + 1).then(|| {
            Found::new(
                agent,
                v.span_of(i, cue_end),
                (start, end),
                Vec::new(),
                false,
            )
        })
    }

    /// `X was quoted (by Tasnim) as saying …` and `"…," X was quoted as saying by state
    /// media.`: the subject of the passive is the speaker, the agent the channel.
    fn quoted_passive(
        &self,
        v: &SentenceView,
        i: usize,
        cue_end: usize,
        cue: &CueForm,
    ) -> Option<Found> {
        if cue.form != VerbForm::Participle || i < 3 || v.word(i - 1) != "as" {
            return None;
        }
        let quoted = (i.saturating_sub(MAX_AGENT + 2)..i - 1)
            .rev()
            .find(|&k| self.lex.quoting_verbs.contains(v.word(k)))?;
        let agent = (quoted + 1 < i - 1).then_some((quoted + 2, i - 1));
        if agent.is_some() && (v.word(quoted + 1) != "by" || quoted + 2 >= i - 1) {
            return None;
        }
        let be = super::speaker::skip_back_adverbs(v, quoted);
        if be == 0 || !is_in(BE_FORMS, v.word(be - 1)) {
            return None;
        }
        let speaker = subject_before(v, self.lex, be - 1)?;
        let mut via: Vec<Span> = agent.map(|(a, b)| v.span_of(a, b)).into_iter().collect();
        let cue_span = v.span_of(i, cue_end);
        let agent_follows = v.word(cue_end) == "by";
        if let Some((content, more)) = content_after(v, self.lex, cue_end, cue)
            .filter(|&(c, _)| !agent_follows && has_complement(v, self.lex, c, cue, cue.complement))
        {
            via.extend(more);
            return Some(Found::new(speaker, cue_span, content, via, false));
        }
        // "…," X was quoted as saying by state media.
        let after_content = speaker.start > 0
            && (v.is_punct(speaker.start - 1, ",") || v.is_close_mark(speaker.start - 1));
        if !after_content {
            return None;
        }
        let content = content_before(v, speaker.start)?;
        if agent_follows {
            if let Some(channel) = forward_np(v, self.lex, cue_end + 1) {
                via.push(v.span_of(channel.start, channel.end));
            }
        }
        Some(Found::new(speaker, cue_span, content, via, true))
    }

    /// `…, saying that …` with the main clause's subject (or a passive agent) as speaker.
    fn participle(
        &self,
        v: &SentenceView,
        i: usize,
        cue_end: usize,
        cue: &CueForm,
        found: &[Found],
    ) -> Option<Found> {
        let perfect = i == 1 && cue.form == VerbForm::Past && opens_with_perfect_participle(v);
        if cue.form != VerbForm::Participle && !perfect || i == 0 {
            return None;
        }
        // "The agency, citing a senior official, said …": the aside names the speaker of
        // the main cue; it says nothing itself.
        if self.lex.quoting_verbs.contains(v.word(i)) {
            // "… reported, citing the ministry, that …": the same after the cue.
            let cited_then_cue =
                quoting_aside(v, self.lex, i - 1, v.len(), false).is_some_and(|q| {
                    (q.end + 1..v.len().min(q.end + 5)).any(|k| {
                        self.classes[k] & CUE != 0
                            && super::speaker::skip_back_adverbs(v, k) == q.end + 1
                    }) || v.word(q.end + 1) == "that" && i >= 2 && self.classes[i - 2] & CUE != 0
                });
            if cited_then_cue {
                return None;
            }
        }
        let earlier = found
            .iter()
            .filter(|f| f.cue.end <= v.tokens[i].span.start)
            .filter_map(|f| f.source)
            .next_back();
        let mut quoted_by = None;
        let mut quoted_as_np = None;
        // "Maas, after first saying he would not run, entered …": the aside's comma ends
        // the words.
        let mut ends_at_comma = false;
        // The words after the cue, when finding the speaker needed them first.
        let mut words_after = None;
        // `defended "New York values," saying …`: the comma inside the quotation.
        // Only for words: `called him "the First Evil Zionist," referring to a city …` is
        // the writer's gloss on the quotation.
        let after_comma = v.is_punct(i - 1, ",")
            || cue.has(Frame::Speech) && i >= 2 && v.is_close_mark(i - 1) && v.is_punct(i - 2, ",");
        let source = if after_comma {
            // "…," said X, explaining that …: the speaker already named in this sentence.
            agent_before(v, self.lex, i - 1)
                .or(earlier)
                .or_else(|| main_subject(v, self.lex, i - 1))?
        } else if is_dash(v, i - 1)
            || v.word(i - 1) == "and"
            || self.lex.documents.contains(v.word(i - 1))
        {
            // "…, and claiming", "issued a statement claiming that …": the clause's subject.
            main_subject(v, self.lex, i - 1)?
        } else if let Some(opener) = preposition_of_participle(v, i).filter(|_| {
            (cue.has(Frame::Speech) || cue.has(Frame::Tell))
                // "ended the meeting by saying that …": the clause's subject said it.
                && (v.word(cue_end) == "that"
                    || v.is_open_mark(cue_end)
                    || v.is_punct(cue_end, ":")
                    || v.is_punct(cue_end, ",") && v.is_open_mark(cue_end + 1)
                    // "picked up from his daughter by saying he is ready …"
                    || opens_clause_with_pronoun(v.word(cue_end)))
        }) {
            if opener == 0 {
                // "After saying he had no time …, the engineer stayed …": the subject of the
                // clause after the fronted one.
                let after = content_after(v, self.lex, cue_end, cue)?;
                let end = after.0 .1;
                if !v.is_punct(end, ",") {
                    return None;
                }
                let np = forward_np(v, self.lex, end + 1)?;
                if !v.is_word(np.end) || v.is_capitalized(np.end) {
                    return None;
                }
                words_after = Some(after);
                np
            } else {
                ends_at_comma = v.is_punct(opener - 1, ",");
                main_subject(v, self.lex, opener)?
            }
        } else if let Some(np) = quoted_as(v, self.lex, i) {
            // "The agency quoted a senior official as saying …": the one quoted said it,
            // and the one quoting passed it on.
            quoted_by = main_subject(v, self.lex, np.start - 1);
            quoted_as_np = Some(np);
            np
        } else {
            // "with the president saying …": a subject right before the participle.
            let np = subject_before(v, self.lex, i)?;
            if np.start == 0 || !is_in(&["with", "by", "as"], v.word(np.start - 1)) {
                return None;
            }
            let with = np.start - 1;
            if v.word(with) == "with"
                && with > 0
                && v.is_word(with - 1)
                && (cue.has(Frame::Speech) || cue.has(Frame::Tell))
                && (v.word(cue_end) == "that" || v.is_open_mark(cue_end))
            {
                // "held talks with his counterpart, Smith, reiterating that …": "with" is the
                // preposition of a noun, not an absolute "with X saying …" opening a clause,
                // so the participle belongs to the clause's subject.
                main_subject(v, self.lex, i - 1)?
            } else {
                np
            }
        };
        let words_after = words_after.or_else(|| content_after(v, self.lex, cue_end, cue));
        let (content, mut via) = match (words_after, quoted_as_np) {
            (Some(after), _) => after,
            // `"…," the statement quoted the commander as saying.`: the words come first.
            (None, Some(np)) if cue_end >= v.len() || v.is_punct(cue_end, ".") => {
                let quoting = subject_before(v, self.lex, np.start - 1)?;
                let content = content_before(v, quoting.start)?;
                quoted_by = Some(quoting);
                (content, Vec::new())
            }
            (None, _) => return None,
        };
        if let Some(channel) = quoted_by {
            via.insert(0, v.span_of(channel.start, channel.end));
        }
        let content = if ends_at_comma {
            let comma = (content.0..content.1)
                .find(|&k| v.is_punct(k, ",") && v.in_quote[k].is_none())
                .unwrap_or(content.1);
            (content.0, comma)
        } else {
            content
        };
        // A participle of belief ("…, hoping …") needs nothing more; stance and clause-only
        // verbs do: "…, condemning the attack", "…, asserting its role" are acts.
        let needs = if cue.has(Frame::Stance) {
            cue.needs()
        } else {
            cue.complement
        };
        if !has_complement(v, self.lex, content, cue, needs) {
            return None;
        }
        Some(Found::new(
            source,
            v.span_of(i, cue_end),
            content,
            via,
            false,
        ))
    }

    /// `X said (that) …`, `X told Y …`, and content-first `"…," X said`.
    fn subject_cue(
        &self,
        v: &SentenceView,
        i: usize,
        cue_end: usize,
        cue: &CueForm,
    ) -> Option<Found> {
        // "should have warned", "would have said": what was not said.
        if i >= 2
            && v.word(i - 1) == "have"
            && is_in(
                &["would", "should", "could", "might", "must", "may"],
                v.word(i - 2),
            )
        {
            return None;
        }
        let mut at = i;
        if cue.form == VerbForm::Participle {
            // Progressive: "has been accusing", "is saying".
            let mut k = i;
            while k > 0
                && (is_ly_adverb(v.word(k - 1)) || is_in(&["also", "not", "still"], v.word(k - 1)))
            {
                k -= 1;
            }
            // "She's hoping …": the contraction is both subject and auxiliary.
            let contracted = k > 0 && contracted_pronoun(v.word(k - 1), true).is_some();
            if k == 0 || !(is_in(BE_FORMS, v.word(k - 1)) || contracted) || !v.is_word(cue_end) {
                return None; // "was telling: …" is an adjective
            }
            at = if contracted { k } else { k - 1 };
            while at > 0 && is_in(BE_FORMS, v.word(at - 1)) {
                at -= 1;
            }
        }
        // "He went on to say …": the verb before "to" carries the tense and is the cue's start.
        let cue_start = (cue.form == VerbForm::Base && at == i)
            .then(|| catenative_before(v, self.lex, i))
            .flatten()
            .unwrap_or(i);
        let catenated = cue_start < i;
        if catenated {
            at = cue_start;
        }
        // "Some voters who have listened to his speeches said": a restrictive relative
        // clause between the subject and its verb.
        // "Some voters who have listened to the mayor said": the mayor is inside the
        // relative clause, the voters speak.
        let relative =
            || relative_clause_subject(v, self.lex, at).filter(|&r| self.can_speak(v, r));
        // The subject before the cue and whether it can speak, asked again below when it is
        // still the subject (most of the time).
        let before = subject_before(v, self.lex, at).map(|np| (np, self.can_speak(v, np)));
        let can_speak = |np: Np| match before {
            Some((b, speaks)) if b == np => speaks,
            _ => self.can_speak(v, np),
        };
        let np = match before.map(|(np, _)| np) {
            Some(np) if can_speak(np) => match relative() {
                Some(r) if r.start < np.start => Some(r),
                _ => Some(np),
            },
            found => relative().or(found),
        };
        // "X denied it, but in a later interview said …": the coordinated verb shares X
        // past a short adjunct, whose noun phrase ("a later interview") is no subject.
        let k = super::speaker::skip_back_adverbs(v, at);
        let past_adjunct = coordinator_before_adjunct(v, self.lex, k)
            .filter(|_| np.is_none_or(|np| !can_speak(np)));
        let np = match (np, past_adjunct) {
            (_, Some(conj)) => main_subject(v, self.lex, conj)?,
            (Some(np), None) => np,
            (None, None) => {
                // "X visited Y and responded": the coordinated verb shares X, as does
                // "X offered him a seat, then says …".
                let then = k > 0 && v.is_punct(k - 1, ",") && v.word(k) == "then";
                if k == 0 || !(is_coordinator(v.word(k - 1)) || then) {
                    return None;
                }
                main_subject(v, self.lex, k - 1).or_else(|| {
                    // `"…," she said, but added that …`: the speaker of the cue before.
                    let mut c = k - 1;
                    if c > 0 && v.is_punct(c - 1, ",") {
                        c -= 1;
                    }
                    (c >= 2 && self.classes[c - 1] & CUE != 0)
                        .then(|| subject_before(v, self.lex, c - 1))
                        .flatten()
                })?
            }
        };
        if matches!(cue.form, VerbForm::ThirdPerson | VerbForm::Base)
            && !catenated
            && !self.plausible_verb_subject(v, np)
        {
            return None;
        }
        let head = v.word(np.end - 1);
        if self.lex.not_speakers.contains(head)
            || is_in(DETERMINERS, head)
                && np.end - np.start == 1
                && !is_in(
                    &[
                        "some", "many", "another", "one", "several", "most", "few", "both",
                    ],
                    head,
                )
        {
            return None;
        }
        let np = if cue.finding_only() && !self.is_finding_subject(v, np) {
            // "A national poll released Sunday by The Post shows …": the poll is the subject.
            // Without one, "Pew found that …", "they found that …" report what anyone who
            // can speak found ("Azerbaijan has shown that …" is an act, not a finding).
            match self.finding_subject_before(v, at) {
                Some(subject) => subject,
                None if cue.lemma == "find"
                    && v.word(cue_end) == "that"
                    && self.can_speak(v, np) =>
                {
                    np
                }
                None => return None,
            }
        } else {
            np
        };
        // "Wednesday added one more development": a time is no speaker.
        if super::speaker::is_time_phrase(v, np) {
            return None;
        }
        // A head noun that does not name a speaker ("the advocates", "refugee groups") is
        // still one when a verb of speech reports a clause or a quotation after it.
        let unknown_speaker = !can_speak(np);
        if unknown_speaker && !speaks_by_verb(v, self.facts, np, cue, cue_end) {
            return None;
        }
        if cue.form == VerbForm::Base && !catenated && !base_form_subject_ok(v, self.lex, np, i) {
            return None;
        }
        // `"…" — the governor insisted.`: a dash may stand between the quotation and speaker.
        let after_quote = np.start > 0
            && (v.is_close_mark(np.start - 1)
                || np.start > 1 && is_dash(v, np.start - 1) && v.is_close_mark(np.start - 2))
            // `In an appearance on "Morning Joe," X asked …`: a title, not words.
            && !quoted_title_before(v, np.start - 1);
        // "One of the owners, who testified under oath, …": the words before a relative
        // pronoun are whom it refers to, not what was said.
        let content_first = np.start > 0
            && (v.is_punct(np.start - 1, ",") || after_quote)
            && cue.can_follow_content()
            && !self.lex.relatives.contains(v.word(np.start))
            && (after_quote
                && !v.is_punct(cue_end, ":")
                && v.word(cue_end) != "that"
                // `Citing “…,” the spokeswoman told the Tribune that …`: a quotation inside
                // a fronted phrase.
                && !(cue.has(Frame::Tell)
                    && quotation_inside_phrase(v, np.start - 1)
                    && listener(v, self.lex, cue_end).is_some_and(|l| v.word(l.end) == "that"))
                && !(cue.has(Frame::Speech)
                    && !cue.has(Frame::Tell)
                    && clause_follows(v, self.lex, cue_end))
                // "…, he said on Monday.", not "…, the leaders discussed regional security."
                || clause_ends_after(v, cue_end)
                    && (!v.is_word(cue_end) || is_adjunct_start(v.word(cue_end)))
                // "…, he told the court in his filing.": past the listener
                // ("urged the port to find a compromise": the infinitive is the content)
                || cue.has(Frame::Tell)
                    && listener(v, self.lex, cue_end).is_some_and(|l| {
                        v.word(l.end) != "to"
                            // "…, Obama told his advisers as he labored over …"
                            && (clause_ends_after(v, l.end) || is_in(SUBORDINATORS, v.word(l.end)))
                    }));
        // "Even though skating is allowed, the women say officers …": a fronted subordinate
        // clause frames what follows the cue; it is not what was said.
        let fronted_subordinate = |c: &(usize, usize)| {
            let first = if v.word(c.0) == "even" { c.0 + 1 } else { c.0 };
            c.0 == 0
                && is_in(SUBORDINATORS, v.word(first))
                && !(c.0..c.1).any(|k| v.is_punct(k, ","))
                && v.is_word(cue_end)
        };
        // "The move, analysts said, could trigger a trade war": a short subject before the
        // cue clause, its predicate after it, quoted or not ("The council, she wrote, "is
        // entitled …"").
        let quoted_predicate = np.start > 0
            && v.is_punct(np.start - 1, ",")
            && v.is_punct(cue_end, ",")
            && v.is_open_mark(cue_end + 1);
        if (content_first || quoted_predicate) && cue.can_follow_content() {
            if let Some(found) = short_subject_interrupted(v, self.lex, np, cue_start, cue_end) {
                return Some(found);
            }
        }
        if let Some(content) = content_first
            .then(|| content_before(v, np.start))
            .flatten()
            .filter(|c| !fronted_subordinate(c))
        {
            // "…, the talks continued": a verb that reports only a quotation needs one.
            if cue.needs() == Complement::Quotation && !v.is_close_mark(content.1 - 1) {
                return None;
            }
            let (np, via) = self.through_quoting_aside(v, np, cue_start, Vec::new());
            return Some(Found::new(
                np,
                v.span_of(cue_start, cue_end),
                content,
                via,
                true,
            ));
        }
        // "Russian media reported, citing the defence ministry, that …": the one cited is
        // the speaker, the subject the channel, and the content starts after "that".
        let cited_after = quoting_aside(v, self.lex, cue_end, v.len(), false)
            .filter(|q| v.word(q.end + 1) == "that" && self.can_speak(v, *q));
        let subject = np;
        let (np, (mut content, mut via)) = match cited_after {
            Some(cited) => (cited, content_after(v, self.lex, cited.end + 2, cue)?),
            None => (np, content_after(v, self.lex, cue_end, cue)?),
        };
        if cited_after.is_some() {
            via.insert(0, v.span_of(subject.start, subject.end));
        }
        // "…, a study concluded this year.": a time after the cue is no content.
        if super::speaker::is_time_phrase(
            v,
            Np {
                start: content.0,
                end: content.1,
            },
        ) {
            return None;
        }
        // "vowed to respond "decisively"": a quoted adverb says how, not what.
        if content.0 == cue_end && quoted_manner_adverb(v, content) {
            return None;
        }
        // "Sanders, who said he would campaign with him, ultimately did not …": the relative
        // clause, and the content with it, ends where the main clause's predicate resumes.
        // "The incident, which Baku has called a terrorist attack, came …": the same when
        // the relative pronoun is the object.
        let relative_at =
            |k: usize| self.lex.relatives.contains(v.word(k)) && k > 0 && v.is_punct(k - 1, ",");
        if np.end == np.start + 1 && relative_at(np.start)
            || np.start > 0 && relative_at(np.start - 1)
        {
            if let Some(comma) = (content.0 + 1..content.1).find(|&k| {
                // "…, especially his supporters, disenfranchised.": a predicate of one word
                // that ends the sentence is still the content's.
                v.is_punct(k, ",")
                    && v.in_quote[k].is_none()
                    && predicate_resumes(v, k + 1)
                    && k + 2 < content.1
            }) {
                content.1 = comma;
            }
        }
        if unknown_speaker && !has_complement(v, self.lex, content, cue, Complement::Clause) {
            return None;
        }
        // Stance verbs ("see", "prefer", "condemn") report a statement only with a clause, an
        // infinitive or a quotation: "saw a partner", "condemned the attack" are not one;
        // "condemned the attack as a terrorist act" says what the attack was.
        let characterizes = cue.has(Frame::Stance)
            && (characterization(v, content) || self.object_is_person(v, content));
        if !characterizes && !has_complement(v, self.lex, content, cue, cue.needs()) {
            return None;
        }
        // A clause-taking verb followed by a bare noun phrase ("tweeted a threat") is an
        // action, not a statement, when a participle in the sentence carries the words.
        if !cue.has(Frame::Object)
            && !has_clause(v, self.lex, content)
            // "refused to teach him German, insisting …": an infinitive is no bare phrase.
            && v.word(content.0) != "to"
            && later_participle_cue(v, self.lex, content.1)
        {
            return None;
        }
        let (np, via) = self.through_quoting_aside(v, np, cue_start, via);
        Some(Found::new(
            np,
            v.span_of(cue_start, cue_end),
            content,
            via,
            false,
        ))
    }

    /// "endorsed Mr. Carson", "criticized Sanders and Clinton", "praised her": a stance toward
    /// a person is a statement about them; one toward what was done ("condemned Vos's
    /// remarks", "condemned the attack") or toward a country is an act. A person is a
    /// pronoun, a titled name, a name that starts with a given name, or the surname of a
    /// person named earlier in the article.
    fn object_is_person(&self, v: &SentenceView, (a, b): (usize, usize)) -> bool {
        if is_in(&["him", "her", "them"], v.word(a)) {
            return true;
        }
        let end = (a..b)
            .take_while(|&k| v.is_word(k) && v.in_quote[k].is_none() && v.is_capitalized(k))
            .last()
            .map_or(a, |k| k + 1);
        if end == a || v.word(end - 1).ends_with("'s") || v.word(end - 1).ends_with("’s") {
            return false;
        }
        let first = v.word(a);
        let title = first.strip_suffix('.').unwrap_or(first);
        end > a + 1
            && (self.lex.titles.contains(title) && !self.lex.institutions.contains(title)
                || self.lex.is_given_name(first))
            || end == a + 1 && self.registry.full_name(self.lex, first, None).is_some()
    }

    /// `The agency, citing a senior official, said …`: the one cited is the speaker and the
    /// subject passes the words on, as in "quoted X as saying".
    fn through_quoting_aside(
        &self,
        v: &SentenceView,
        np: Np,
        cue_start: usize,
        mut via: Vec<Span>,
    ) -> (Np, Vec<Span>) {
        match quoting_aside(v, self.lex, np.end, cue_start, false).filter(|&q| self.can_speak(v, q))
        {
            Some(cited) => {
                via.insert(0, v.span_of(np.start, np.end));
                (cited, via)
            }
            None => {
                // "Peskov, quoted by the Interfax news agency, said …": the subject speaks,
                // the one quoting passes it on.
                if let Some(agent) = quoting_aside(v, self.lex, np.end, cue_start, true) {
                    via.insert(0, v.span_of(agent.start, agent.end));
                }
                (np, via)
            }
        }
    }

    /// `Gantz "emphasized the importance of …"`: the cue is the first word of the quotation.
    fn embedded_cue(
        &self,
        v: &SentenceView,
        i: usize,
        cue_end: usize,
        cue: &CueForm,
    ) -> Option<Found> {
        if !matches!(cue.form, VerbForm::Past | VerbForm::ThirdPerson) {
            return None;
        }
        let np = subject_before(v, self.lex, i - 1)?;
        let q = v.in_quote[i]?;
        let end = (i..v.len())
            .take_while(|&k| v.in_quote[k] == Some(q))
            .last()?
            + 1;
        (end > cue_end).then_some(Found::new(
            np,
            v.span_of(i, cue_end),
            (cue_end, end),
            Vec::new(),
            false,
        ))
    }

    /// `a tweet by Deek reading "…"`, `a statement that read "…"`.
    fn document_reading(&self, v: &SentenceView, found: &[Found]) -> Option<Found> {
        for i in words_of_class(&self.classes, DOCUMENT_VERB).filter(|&i| i >= 1) {
            if v.in_quote[i].is_some() || !self.lex.document_verbs.contains(v.word(i)) {
                continue;
            }
            if found.iter().any(|f| f.cue.start == v.tokens[i].span.start) {
                continue;
            }
            let mut j = i;
            if is_in(&["that", "which"], v.word(j - 1)) {
                j -= 1;
            }
            // The document noun with an optional "by X" within a few words before.
            // Within a few words, or further when an apposition names the author:
            // "a message by the club's captain, Leon Ames, reading "…"".
            let Some(doc) = (j.saturating_sub(12)..j)
                .rev()
                .take_while(|&k| v.in_quote[k].is_none() && !v.is_mark(k) && !v.is_punct(k, ";"))
                .find(|&k| self.lex.documents.contains(v.word(k)))
            else {
                continue;
            };
            if !(v.is_open_mark(i + 1) || v.is_punct(i + 1, ":")) {
                continue;
            }
            let source = if let Some(by) = (doc + 1..j).find(|&k| v.word(k) == "by") {
                let Some(np) = forward_np(v, self.lex, by + 1) else {
                    continue;
                };
                // Extend over an apposition that ends right before the cue.
                if v.is_punct(np.end, ",") && j > np.end + 1 && v.is_punct(j - 1, ",") {
                    Np {
                        start: np.start,
                        end: j - 1,
                    }
                } else {
                    np
                }
            } else if doc > 0 && v.word(doc - 1).ends_with("'s") {
                Np {
                    start: doc - 1,
                    end: doc,
                }
            } else {
                // "X answered with a statement that read "…"": X issued it.
                match main_subject(v, self.lex, doc) {
                    Some(np) => np,
                    None => continue,
                }
            };
            let start = if v.is_punct(i + 1, ":") { i + 2 } else { i + 1 };
            let q = v.in_quote.get(start + 1).copied().flatten();
            let end = match q {
                Some(q) => {
                    (start + 1..v.len())
                        .take_while(|&k| v.in_quote[k] == Some(q))
                        .last()?
                        + 2
                }
                None => content_end(v, self.lex, start),
            };
            return Some(Found::new(
                source,
                v.span_of(i, i + 1),
                (start, end.min(v.len())),
                Vec::new(),
                false,
            ));
        }
        None
    }

    /// `The union acknowledged that …`, `Democrats have signaled that …`: a speaker, any
    /// verb and a that-clause report a statement or a stance, whatever the verb.
    fn verb_that(&self, v: &SentenceView, found: &mut Vec<Found>) {
        let lex = self.lex;
        for i in 2..v.len() {
            if v.word(i) != "that" || v.in_quote[i].is_some() {
                continue;
            }
            let verb = i - 1;
            let w = v.word(verb);
            if !v.is_word(verb) || v.in_quote[verb].is_some() || v.is_capitalized(verb) {
                continue;
            }
            if lex.cue_of_lowercase(w).is_some() || is_in(NOT_THAT_VERBS, w) {
                continue;
            }
            let past = w.len() > 4 && w.ends_with("ed");
            let third = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s");
            let irregular = is_in(IRREGULAR_THAT_VERBS, w);
            let mut at = verb;
            let adjective = is_in(THAT_ADJECTIVES, w) || past;
            if adjective && is_in(BE_FORMS, v.word(verb - 1)) {
                // "is confident that", "were convinced that": the adjective takes the clause.
                at = verb - 1;
                while at > 0
                    && (is_in(BE_FORMS, v.word(at - 1))
                        || is_in(&["not", "also", "still"], v.word(at - 1)))
                {
                    at -= 1;
                }
            } else if is_in(BE_FORMS, v.word(verb - 1)) {
                continue;
            }
            let Some(np) = subject_before(v, lex, at) else {
                continue;
            };
            let head = v.word(np.end - 1);
            // A base form ("know that") may be a noun or an imperative: only inflected verbs.
            let base = at == verb && !past && !third && !irregular;
            if base {
                continue;
            }
            // The word before the verb must itself name a speaker: "the years that …" and
            // "Republican leaders that …" are relative clauses.
            let speaker_head = v.is_capitalized(np.end - 1)
                || lex.pronouns.contains(head)
                || lex.relatives.contains(head)
                || is_title_or_institution(lex, head)
                || lex.anonymous.contains(head)
                || lex.vague.contains(head)
                || lex.people.contains(head.strip_suffix('s').unwrap_or(head))
                || lex.people.contains(head);
            if head.ends_with("'s")
                || !speaker_head
                // "-s" agrees with a singular subject: "the officials knows" is a noun phrase.
                || (third
                    && np.start + 1 < np.end
                    && !v.is_capitalized(np.end - 1)
                    && head.ends_with('s'))
                || lex.not_speakers.contains(head)
                || is_in(DETERMINERS, head) && np.end - np.start == 1
                || !self.plausible_verb_subject(v, np)
                || !self.can_speak(v, np)
            {
                continue;
            }
            let start = i + 1;
            let end = content_end(v, lex, start);
            let words = v.word_count(start, end);
            if words < 3 || !has_clause(v, lex, (start, end)) {
                continue;
            }
            let cue = v.span_of(verb, verb + 1);
            let cue_tok = v.tokens[verb].span;
            if found
                .iter()
                .any(|f| f.cue.overlaps(cue_tok) || f.content.0 == start || f.content.0 == i)
            {
                continue;
            }
            found.push(Found::new(np, cue, (start, end), Vec::new(), false));
        }
    }

    /// `Carly Fiorina: 'Bill Clinton's fair game.'`: a name, a colon, and the words.
    fn colon_headline(&self, v: &SentenceView) -> Option<Found> {
        // The name starts the sentence or follows a dash ("… - Jon Cohen: “…”").
        let start = (0..v.len().min(40))
            .rev()
            .find(|&k| {
                k > 0 && (v.is_punct(k - 1, "-") || v.is_punct(k - 1, "—")) && v.is_capitalized(k)
            })
            .unwrap_or(0);
        let colon = (start..(start + 7).min(v.len())).find(|&k| v.is_punct(k, ":"))?;
        // "Clinton camp: …", "WSJ editorial: …": a role, an institution or a document may
        // follow the name.
        if colon == start
            || !v.is_capitalized(start)
            || super::speaker::is_leading_function_word(v.word(start))
            || (start..colon).any(|k| {
                !(v.is_capitalized(k)
                    || v.word(k) == "and"
                    // "Former AG Mukasey at RNC:", "Clinton to Planned Parenthood:"
                    || k > start
                        && is_in(&["at", "to", "in", "on"], v.word(k))
                        && v.is_capitalized(k - 1)
                        && v.is_capitalized(k + 1)
                    || k + 3 > colon
                        && k > start
                        && v.is_word(k)
                        && (super::speaker::is_role_noun(self.lex, v.word(k))
                            || self.lex.documents.contains(v.word(k))))
            })
        {
            return None;
        }
        if (start..colon).any(|k| self.lex.colon_non_speakers.contains(v.word(k))) {
            return None;
        }
        let end = trim_end(v, colon + 1, v.len());
        let words = v.word_count(colon + 1, end);
        // "Mullah Amoli: The Voice of Tehran's Resentment" is a heading, not a statement.
        let quoted = v.is_open_mark(colon + 1);
        // "Khans: Trump stirs 'ugliness'": a present verb after a name.
        let present_verb = |k: usize| {
            let w = v.word(k);
            k > colon + 1
                && v.is_capitalized(k - 1)
                && !v.is_capitalized(k)
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && v.in_quote[k].is_none()
        };
        // "Poll: Trump and Clinton hold narrow leads": a verb after two names;
        // "Report: Walker to speak at …": an infinitive after a name.
        let verb_after_names = |k: usize| {
            k > colon + 3
                && v.is_capitalized(k - 1)
                && v.word(k - 2) == "and"
                && v.is_capitalized(k - 3)
                && v.is_word(k)
                && !v.is_capitalized(k)
                && v.in_quote[k].is_none()
                || k > colon + 1
                    && v.word(k) == "to"
                    && v.is_capitalized(k - 1)
                    && v.is_word(k + 1)
                    && !v.is_capitalized(k + 1)
                    && !is_in(DETERMINERS, v.word(k + 1))
                    // "From Karabakh to the …" is a title's phrase
                    && !is_in(PREPOSITIONS, v.word(colon + 1))
        };
        let statement = quoted
            || has_finite_verb(v, self.lex, (colon + 1, end))
            || (colon + 2..end).any(present_verb)
            || (colon + 2..end).any(verb_after_names)
            || (colon + 1..end).any(|k| {
                is_in(
                    &[
                        "i'm", "i", "we", "we're", "it's", "he's", "she's", "they're", "is", "are",
                        "not", "won't", "can't", "don't",
                    ],
                    v.word(k),
                )
            });
        if !statement {
            return None;
        }
        (words >= 3).then_some(Found {
            source: Some(Np { start, end: colon }),
            carried: None,
            cue: v.span_of(colon, colon + 1),
            content: (colon + 1, end),
            more: None,
            via: Vec::new(),
            postposed: false,
        })
    }

    /// `The mayor was blunt: "The pumps failed."`, `… surprised pollster Daron Shaw: "…"`:
    /// a quotation after a colon, closing the sentence, is the words of the person named
    /// right before the colon, or else of the clause's subject.
    fn colon_quotation(&self, v: &SentenceView) -> Option<Found> {
        let n = v.len();
        let colon = (1..n).find(|&k| v.is_punct(k, ":") && v.is_open_mark(k + 1))?;
        let close = after_quotation(v, colon + 1)?;
        // The quotation ends the sentence (a full stop may follow the mark).
        if !v.is_close_mark(close) || (close + 1..n).any(|k| v.is_word(k)) {
            return None;
        }
        // A possessive ("Clinton's: …") or "it" names no speaker.
        let speaks = |np: &Np| {
            let last = v.word(np.end - 1);
            // "Said the inspectors' report: …": a cue opening the sentence is no speaker.
            let cue_word = np.start == 0 && np.end == 1 && self.classes[0] & CUE != 0;
            !cue_word
                && self.can_speak(v, *np)
                && !last.ends_with("'s")
                && !v.is_punct(np.end - 1, "'")
                && !is_in(&["it", "this", "that"], last)
        };
        // The person named right before the colon, maybe after a role ("pollster Daron
        // Shaw"), not the sentence's first word nor a place ("later that month on CNN:").
        let named = subject_before(v, self.lex, colon).and_then(|np| {
            let name = (np.start..np.end)
                .rev()
                .take_while(|&k| v.is_capitalized(k))
                .last()?;
            let role = (np.start..name)
                .rev()
                .take_while(|&k| {
                    !v.is_capitalized(k) && super::speaker::is_role_noun(self.lex, v.word(k))
                })
                .last()
                .unwrap_or(name);
            let np = Np {
                start: role,
                end: np.end,
            };
            ((np.start > 0 || np.end - np.start > 1)
                && !(np.start > 0 && is_in(PREPOSITIONS, v.word(np.start - 1)))
                && speaks(&np))
            .then_some(np)
        });
        // Or the subject of a short predicate: "The mayor was blunt:", "Kaine told ABC:"
        // (the subject of a verb of speech before the one named).
        let subject = main_subject(v, self.lex, colon).filter(|np| {
            speaks(np)
                && !super::speaker::is_time_phrase(v, *np)
                && colon - np.end <= 12
                && (np.end..colon).all(|k| v.in_quote[k].is_none())
        });
        let spoke = subject.is_some_and(|s| (s.end..colon).any(|k| self.classes[k] & CUE != 0));
        let np = if spoke { subject } else { named.or(subject) }?;
        Some(Found::new(
            np,
            v.span_of(colon, colon + 1),
            (colon + 1, close + 1),
            Vec::new(),
            false,
        ))
    }

    /// Whether tokens a..b are one subordinate clause: "While most locks were repaired".
    fn subordinate_clause(&self, v: &SentenceView, (a, b): (usize, usize)) -> bool {
        is_in(SUBORDINATORS, v.word(a))
            && has_finite_verb(v, self.lex, (a + 1, b))
            && !(a..b).any(|k| v.is_punct(k, ",") && (k + 1..b).any(|j| v.is_word(j)))
    }

    /// `According to X, …` / `…, according to X.`
    fn according_to(&self, v: &SentenceView, found: &mut Vec<Found>, starts: &mut Vec<usize>) {
        // The words that can start a phrase, found once rather than once per phrase (into a
        // buffer kept between sentences).
        starts.clear();
        starts
            .extend(words_of_class(&self.classes, ACCORDING).filter(|&i| v.in_quote[i].is_none()));
        for phrase in &self.lex.according {
            for &i in starts.iter() {
                if !v.matches_at(i, phrase) {
                    continue;
                }
                let after = i + phrase.len();
                // "according to figures from the ministry": a bare plural of texts or data.
                let bare_text = || {
                    let w = v.word(after);
                    (v.in_quote.get(after).copied().flatten().is_none()
                        && (self.lex.finding_subjects.contains(w)
                            || w.ends_with('s') && self.lex.documents.contains(&w[..w.len() - 1])))
                    .then_some(Np {
                        start: after,
                        end: after + 1,
                    })
                };
                // "According to engineers at the site, …": at the front, a bare plural of
                // people no list names, with a place after it, up to the comma.
                let bare_plural = || {
                    let plural = after < v.len()
                        && super::speaker::is_plain_plural(v, after)
                        && !is_in(PREPOSITIONS, v.word(after));
                    let comma = (after + 1..v.len().min(after + 6))
                        .take_while(|&k| v.is_word(k) && v.in_quote[k].is_none())
                        .last()
                        .map_or(after + 1, |k| k + 1);
                    let place = comma == after + 1 || is_in(PLACE_PREPOSITIONS, v.word(after + 1));
                    (i == 0 && plural && place && v.is_punct(comma, ",")).then_some(Np {
                        start: after,
                        end: comma,
                    })
                };
                let Some(np) = forward_np(v, self.lex, after)
                    .or_else(bare_text)
                    .or_else(bare_plural)
                else {
                    continue;
                };
                let mut np = source_to_clause_end(v, self.lex, np);
                // "According to Tasnim, a news agency close to the Guards, the drills …": an
                // apposition describes the source; the content comes after it.
                if let Some(end) = apposition_after(v, self.lex, np.end) {
                    np.end = end;
                }
                // "According to two engineers, who spoke on condition of anonymity because …,
                // a valve …": so does a relative clause, up to its comma.
                let relative_end = (i == 0
                    && v.is_punct(np.end, ",")
                    && is_in(RELATIVE_PRONOUNS, v.word(np.end + 1)))
                .then(|| {
                    (np.end + 2..v.len().min(np.end + 40))
                        .take_while(|&k| v.in_quote[k].is_none() && !v.is_punct(k, ";"))
                        .find(|&k| v.is_punct(k, ","))
                })
                .flatten();
                let leading = (0..i).all(|k| {
                    v.is_punct(k, ",")
                        || is_in(
                            &[
                                "but", "and", "yet", "so", "however", "still", "also", "now",
                                "then",
                            ],
                            v.word(k),
                        )
                });
                let mut more = None;
                let content = if i == 0 || leading || (i <= 2 && !v.is_punct(i - 1, ",")) {
                    let mut s = relative_end.unwrap_or(np.end);
                    // "According to early results of exit polls conducted for …, X": the
                    // content cannot start with the source's preposition; the source runs
                    // to the comma. The same for a relative clause without "that"
                    // ("According to the plan she released, …").
                    let contact_clause = is_in(super::speaker::SUBJECT_PRONOUNS, v.word(s))
                        && v.is_word(s + 1)
                        && v.is_punct(s + 2, ",");
                    if is_in(PREPOSITIONS, v.word(s)) || contact_clause {
                        let comma = (s + 1..v.len().min(s + 25))
                            .take_while(|&k| v.in_quote[k].is_none() && !v.is_mark(k))
                            .find(|&k| v.is_punct(k, ","));
                        match comma {
                            Some(comma) => {
                                np.end = comma;
                                s = comma;
                            }
                            None => continue,
                        }
                    }
                    while s < v.len() && v.is_punct(s, ",") {
                        s += 1;
                    }
                    (s, trim_end(v, s, v.len()))
                } else {
                    // "The next day, according to Roffman, Trump made further demands": the
                    // phrase interrupts its content, which resumes after the next comma.
                    let resumed = resumed_after(v, self.lex, np.end);
                    match (content_before(v, i), resumed) {
                        // "While most locks were repaired, according to an official, two
                        // were closed": the main clause is what the source says.
                        (Some(c), Some(r)) if self.subordinate_clause(v, c) => r,
                        (None, Some(r)) if self.subordinate_clause(v, (0, i)) => r,
                        (Some(c), Some(r)) if !has_clause(v, self.lex, c) => {
                            more = Some(r);
                            c
                        }
                        (None, Some(r)) => {
                            more = Some(r);
                            let end = (0..i)
                                .rev()
                                .find(|&k| !v.is_punct(k, ","))
                                .map_or(0, |k| k + 1);
                            (0, end)
                        }
                        // "One of the decisions they made, according to a person close to
                        // the process, is to turn …": the predicate goes on after the source.
                        (Some(c), Some(r))
                            if predicate_resumes(v, r.0)
                                || is_coordinator(v.word(r.0)) && predicate_resumes(v, r.0 + 1) =>
                        {
                            more = Some(r);
                            c
                        }
                        (Some(c), _) => c,
                        (None, None) => continue,
                    }
                };
                if content.1 <= content.0 {
                    continue;
                }
                let mut f = Found::new(np, v.span_of(i, after), content, Vec::new(), i > 0);
                f.more = more;
                found.push(f);
            }
        }
    }

    /// Registers the sentence's names for later pronouns and surnames. A headline in title
    /// case is skipped: every word of it is capitalised, so its runs are not names
    /// ("Newspaper Says Clinton Needs To Quit").
    fn remember_names(&mut self, v: &SentenceView, index: usize) {
        if !is_title_case(v) {
            self.registry.scan_sentence(v, self.lex, index);
        }
    }

    /// A sentence that is a quotation with no cue of its own, right after a claim that ended
    /// with a quotation ([`LastQuotation`]): the same speaker goes on.
    fn continuation(&self, v: &SentenceView, index: usize) -> Option<Found> {
        let last = self.last_quotation.as_ref()?;
        if index > last.sentence + 2 || !starts_with_quote(v) {
            return None;
        }
        let claim = &self.claims[last.claim];
        let q = v.in_quote.iter().flatten().next().copied()?;
        let words = v.word_count(0, v.len());
        let quoted = (0..v.len())
            .filter(|&k| v.is_word(k) && v.in_quote[k] == Some(q))
            .count();
        if quoted * 10 < words * 7 {
            return None;
        }
        let end = trim_end(v, 0, v.len());
        Some(Found {
            source: None,
            carried: claim.source.clone(),
            cue: claim.cue.span,
            content: (0, end),
            more: None,
            via: Vec::new(),
            postposed: false,
        })
    }

    /// A one-word subject of a `-s` or base-form cue must look like a speaker, not a
    /// modifier of a plural noun ("terrorist attacks", "Republican contests").
    fn plausible_verb_subject(&self, v: &SentenceView, np: Np) -> bool {
        if np.end - np.start != 1 {
            return true;
        }
        let w = v.word(np.start);
        let lex = self.lex;
        (v.is_capitalized(np.start) && !super::speaker::is_nationality(w))
            || is_fraction(w)
            || lex.pronouns.contains(w)
            || lex.relatives.contains(w)
            || is_title_or_institution(lex, w)
            || lex.anonymous.contains(w)
            || lex.vague.contains(w)
            || lex.finding_subjects.contains(w)
            // "While one company says …, another says …".
            || is_in(&["another", "one", "each"], w)
    }

    /// Whether a phrase can be a speaker: a name, a pronoun, or a head noun that names people,
    /// institutions, documents or studies ("a film", "the drills" cannot speak).
    fn can_speak(&self, v: &SentenceView, np: Np) -> bool {
        let lex = self.lex;
        let head_end = super::speaker::head_end(v, np);
        let mut head = without_possessive(v.word(head_end - 1));
        if head.ends_with("ed") && head_end - 1 > np.start {
            head = v.word(head_end - 2); // "those surveyed", "voters polled"
        }
        let named = (np.start..head_end).any(|i| {
            v.is_capitalized(i) && !(i == 0 && i + 1 < head_end && !v.is_capitalized(i + 1))
        });
        if named
            || lex.pronouns.contains(head)
            || lex.relatives.contains(head)
            || contracted_pronoun(head, false).is_some()
        {
            return true;
        }
        // "About 4 in 10 say": a share of those polled.
        if v.tokens[head_end - 1].kind == crate::text::TokenKind::Number
            || (np.start..np.end).any(|k| {
                is_in(&["percent", "%"], v.word(k))
                    || v.word(k) == "out" && v.word(k + 1) == "of"
                    || k > np.start && is_share_in(v, k)
            })
        {
            return true;
        }
        if is_people_noun(lex, head) {
            return true; // "organizers", "specialists", "families"
        }
        let singular = head.strip_suffix('s').unwrap_or(head);
        [head, singular].iter().any(|h| {
            is_title_or_institution(lex, h)
                || lex.anonymous.contains(*h)
                || lex.vague.contains(*h)
                || lex.finding_subjects.contains(*h)
                || lex.documents.contains(*h)
        })
    }

    /// The nearest poll, study or report noun before a finding cue, within its clause, and
    /// the phrase from its determiner to the cue.
    fn finding_subject_before(&self, v: &SentenceView, cue: usize) -> Option<Np> {
        let floor = cue.saturating_sub(16);
        let mut k = cue;
        while k > floor {
            k -= 1;
            if v.in_quote[k].is_some() || v.is_mark(k) || v.is_punct(k, ";") || v.is_punct(k, ":") {
                return None;
            }
            if self.lex.finding_subjects.contains(v.word(k)) {
                let mut start = k;
                while start > 0
                    && start + 4 > k
                    && !is_in(DETERMINERS, v.word(start))
                    && v.is_word(start - 1)
                    && !is_in(CLAUSE_WORDS, v.word(start - 1))
                    && !is_in(PREPOSITIONS, v.word(start - 1))
                {
                    start -= 1;
                }
                let mut end = super::speaker::skip_back_adverbs(v, cue);
                // "a survey … which found": the relative pronoun is no part of the subject.
                if end > k + 1 && self.lex.relatives.contains(v.word(end - 1)) {
                    end -= 1;
                    if v.is_punct(end - 1, ",") {
                        end -= 1;
                    }
                }
                return (start < end).then_some(Np { start, end });
            }
        }
        None
    }

    fn is_finding_subject(&self, v: &SentenceView, np: Np) -> bool {
        (np.start..np.end).any(|k| self.lex.finding_subjects.contains(v.word(k)))
    }

    // ----- hedges and unsourced statements ---------------------------------------------

    fn hedges(&self, v: &SentenceView) -> Vec<(Span, bool)> {
        let mut out = Vec::new();
        for i in words_of_class(&self.classes, HEDGE) {
            if v.in_quote[i].is_some() {
                continue;
            }
            if self.lex.hedge_words.contains(v.word(i)) {
                // "storms more likely to intensify", "as likely as not": a comparison ("most
                // likely" still hedges).
                if i > 0 && is_in(&["more", "less", "least", "as"], v.word(i - 1)) {
                    continue;
                }
                let unsourced = self
                    .lex
                    .unsourced_hedges
                    .iter()
                    .any(|p| p.len() == 1 && p[0] == v.word(i));
                out.push((v.span_of(i, i + 1), unsourced));
                continue;
            }
            // A common first word ("is", "was") starts many phrases: the second word rules
            // most of them out before a full match is tried.
            let next = v.word(i + 1);
            for p in self.lex.hedge_phrases.starting_with(v.word(i)) {
                if p.get(1).is_none_or(|w| w == next) && v.matches_at(i, p) {
                    let unsourced = self.lex.unsourced_hedges.iter().any(|u| u == p);
                    out.push((v.span_of(i, i + p.len()), unsourced));
                    break;
                }
            }
        }
        out
    }

    fn unsourced(&mut self, v: &SentenceView, hedges: &[(Span, bool)]) {
        let Some(&(hedge, _)) = hedges.iter().find(|h| h.1) else {
            return;
        };
        let end = trim_end(v, 0, v.len());
        let content = v.span_of(0, end);
        let text = &self.article.text;
        self.claims.push(Claim {
            article: self.article.id.clone(),
            kind: ClaimKind::Indirect,
            source: None,
            cue: Piece::new(text, hedge),
            content: Piece::new(text, content),
            via: Vec::new(),
            hedges: hedges.iter().map(|h| Piece::new(text, h.0)).collect(),
            span: content,
            sentence: v.span,
        });
    }

    // ----- turning a find into a claim -------------------------------------------------

    fn emit(&mut self, v: &SentenceView, f: Found, hedges: &[(Span, bool)], index: usize) {
        let text = self.article.text.as_str();
        let (a, mut b) = f.content;
        // "Voters who believe the media are covering for her, are unlikely to …": a claim
        // inside a relative clause ends where the main clause's predicate resumes.
        let relative_speaker = f.source.is_some_and(|np| {
            np.end == np.start + 1 && is_in(RELATIVE_PRONOUNS, v.word(np.start)) && np.end <= a
        });
        if relative_speaker {
            let main_predicate = (a + 1..b).find(|&k| {
                v.is_punct(k, ",")
                    && v.in_quote[k].is_none()
                    && predicate_at(v, k + 1, true)
                        .is_some_and(|p| self.lex.cue_of_lowercase(v.word(p)).is_none())
            });
            if let Some(k) = main_predicate.filter(|&k| has_finite_verb(v, self.lex, (a, k))) {
                b = k;
            }
        }
        let content_span = content_span(v, a, b);
        // "… slowing faster than the models suggested and that a cut was warranted": a
        // verb whose words would start with "and that" closes a comparison inside the
        // words of another; the clause after it is the other speaker's.
        if content_span.is_empty()
            || is_coordinator(v.word(a)) && v.word(a + 1) == "that" && v.in_quote[a].is_none()
        {
            return;
        }
        let source = match (&f.carried, f.source) {
            (Some(s), _) => s.clone(),
            (None, Some(np)) => self.source(v, np, index),
            (None, None) => return,
        };
        // "The council, she wrote, "is entitled …"": words of the writer's and a quotation.
        let kind = match (
            claim_kind(v, a, b),
            f.more.map(|(c, d)| claim_kind(v, c, d)),
        ) {
            (first, Some(second)) if second != first => ClaimKind::Mixed,
            (first, _) => first,
        };
        let cue = Piece::new(text, f.cue);
        let mut content = Piece::new(text, content_span);
        if let Some((c, d)) = f.more {
            let part = self::content_span(v, c, d);
            if !part.is_empty() {
                content.extend(text, part);
            }
        }
        let content_span = content.span;
        let mut span = content_span.cover(f.cue);
        if f.carried.is_none() {
            span = span.cover(source.span);
        }
        let hedges: Vec<Piece> = hedges.iter().map(|h| Piece::new(text, h.0)).collect();
        let mut via: Vec<Piece> = f.via.iter().map(|s| Piece::new(text, *s)).collect();
        via.extend(self.channels(v, f.cue, &content));
        if f.postposed {
            via.extend(self.listener_after(v, f.cue).map(|s| Piece::new(text, s)));
        }
        via.sort_by_key(|p| p.span);
        via.dedup_by(|b, a| a.span.overlaps(b.span));
        // A mixed claim that ends with its quotation ("X said Y had "…."") is followed the same
        // way: a bare quotation next is X going on.
        let ends_quoted = kind == ClaimKind::Mixed && {
            let (c, d) = f.more.unwrap_or(f.content);
            d > c && v.is_close_mark(d - 1)
        };
        let quoted = kind == ClaimKind::Direct || ends_quoted;
        if quoted
            || self
                .last_quotation
                .as_ref()
                .is_none_or(|l| l.sentence != index)
        {
            self.last_quotation = Some(LastQuotation {
                sentence: index,
                paragraph: self.paragraph,
                claim: self.claims.len(),
            });
        }
        self.claims.push(Claim {
            article: self.article.id.clone(),
            kind,
            source: Some(source),
            cue,
            content,
            via,
            hedges,
            span,
            sentence: v.span,
        });
    }

    /// Names a speaker: canonical name, kind, and resolution of pronouns, descriptions and
    /// surnames against earlier mentions; then remembers it for later sentences.
    fn source(&mut self, v: &SentenceView, np: Np, index: usize) -> Source {
        let lex = self.lex;
        let mut span = v.span_of(np.start, np.end);
        let contracted = (np.end == np.start + 1)
            .then(|| contracted_pronoun(v.word(np.start), false))
            .flatten();
        if let Some(pronoun) = contracted {
            // "She's hoping": the speaker is "She", without the auxiliary.
            span = Span::new(span.start, span.start + pronoun.len());
        }
        let text = span.of(v.text).to_string();
        let head_end = super::speaker::head_end(v, np);
        let kind = classify_headed(v, lex, np, head_end);
        let mut person = has_personal_title(v, lex, np);
        // "one farmer", "a senior official", "the woman": one unnamed person, whom "he" or
        // "she" may be ("the businessman" is a role someone named holds).
        let head = v.word(head_end - 1);
        let unnamed = kind == SourceKind::Anonymous
            || kind == SourceKind::Description
                && (is_in(&["a", "an", "one", "another"], v.word(np.start))
                    || lex.is_gendered_noun(head));
        if unnamed {
            person |= !head.ends_with('s')
                && !is_plural_in_men(head)
                && !is_in(COLLECTIVES, head)
                && !lex.institutions.contains(head)
                && (is_people_noun(lex, head) || lex.anonymous.contains(head));
        }
        // "some voters who have listened to the mayor", "Farmers trying to block the dam":
        // the clause after the head is no part of the speaker's name, and its words do not
        // describe the speaker (a later "the mayor" is not them).
        let head_phrase = (np.start + 1..np.end)
            .find(|&k| {
                is_in(&["who", "whose"], v.word(k))
                    || super::speaker::is_group_participle(v, lex, k)
                    // "critics like Huffman": examples of the group
                    || v.word(k) == "like" && v.word(k - 1).ends_with('s')
            })
            .map_or(np, |end| Np {
                start: np.start,
                end,
            });
        let canonical = match kind {
            SourceKind::Pronoun if lex.relatives.contains(v.word(np.start)) => {
                // "Mousavi, who said": the phrase before the comma.
                let antecedent = (np.start >= 2 && v.is_punct(np.start - 1, ","))
                    .then(|| subject_before(v, lex, np.start - 1))
                    .flatten()
                    .filter(|a| a.end < np.start);
                // "Smith, 54, who": an age between the name and "who".
                let age = |a: &Np| {
                    a.end == a.start + 1
                        && a.start >= 2
                        && v.tokens[a.start].kind == crate::text::TokenKind::Number
                        && v.is_punct(a.start - 1, ",")
                };
                let antecedent = match antecedent {
                    Some(a) if age(&a) => {
                        subject_before(v, lex, a.start - 1).filter(|b| b.end < a.start)
                    }
                    other => other,
                };
                // "commentators who have suggested", "a governor who had said": a
                // restrictive clause's antecedent, a noun for people right before it.
                // "a survey by the American Diabetes Association which found", "a report
                // which concluded": a document's or a body's.
                let antecedent = antecedent.or_else(|| {
                    let head = v.word(np.start.checked_sub(1)?);
                    let head_of = |w: &str| {
                        v.is_word(np.start - 1)
                            && (lex.documents.contains(w)
                                || lex.finding_subjects.contains(w)
                                || is_title_or_institution(lex, w)
                                || v.is_capitalized(np.start - 1))
                    };
                    let restrictive = match v.word(np.start) {
                        "who" => {
                            is_people_noun(lex, head)
                                || super::speaker::is_plural_group(lex, head)
                                || is_title_or_institution(lex, head)
                        }
                        "which" => head_of(head),
                        _ => false,
                    };
                    restrictive
                        .then(|| subject_before(v, lex, np.start))
                        .flatten()
                        .filter(|a| a.end == np.start)
                        // "met a popular governor who", "met trawler owners who": from its last
                        // determiner, or after its last verb ("slamming candidates who").
                        .map(|a| Np {
                            start: (a.start..a.end)
                                .rev()
                                .find_map(|k| {
                                    let w = v.word(k);
                                    let verb_in_ing = w.len() > 5
                                        && w.ends_with("ing")
                                        && !v.is_capitalized(k)
                                        && !(k > 0 && is_in(DETERMINERS, v.word(k - 1)));
                                    if is_in(DETERMINERS, w) {
                                        Some(k)
                                    } else {
                                        (is_past_form(w) || verb_in_ing).then_some(k + 1)
                                    }
                                })
                                .unwrap_or(a.start),
                            end: a.end,
                        })
                });
                match antecedent {
                    Some(a) => self.named(v, a, &mut person),
                    None => text.clone(),
                }
            }
            SourceKind::Pronoun => self
                .free_relative_subject(v, np)
                .or_else(|| {
                    self.registry
                        .pronoun(
                            lex,
                            contracted_pronoun(v.word(np.start), false).unwrap_or(v.word(np.start)),
                            index,
                        )
                        .map(str::to_string)
                })
                .unwrap_or_else(|| text.clone()),
            SourceKind::Description => self.described(v, head_phrase),
            SourceKind::Named => self.named(v, head_phrase, &mut person),
            SourceKind::Anonymous | SourceKind::Vague => strip_determiner(v, head_phrase),
        };
        // "Russia and China" is two speakers, not one that "he" or "Russia" could refer to.
        let coordinated = canonical.contains(" and ")
            && (np.start..np.end).any(|k| is_in(&["and", "nor"], v.word(k)));
        if !coordinated
            && (matches!(kind, SourceKind::Named | SourceKind::Description) || canonical != text)
        {
            // One lowercase copy (in a buffer kept between claims), split (each word
            // lowercased alone gives the same words).
            let mut lower = std::mem::take(&mut self.lowercase_name);
            lower.clear();
            if canonical.is_ascii() {
                lower.push_str(&canonical);
                lower.make_ascii_lowercase();
            } else {
                lower.push_str(&canonical.to_lowercase());
            }
            let lowercase: Vec<&str> = crate::text::split_spaces(&lower).collect();
            // "4 in 10", "half": a share of a group, whom no "she" refers to.
            let share = lowercase.first().is_some_and(|w| {
                super::speaker::is_count(w) && !super::speaker::is_age(w) || is_fraction(w)
            });
            person = !share && (person || names_a_person(lex, &lowercase));
            let words = (head_phrase.start..head_phrase.end).map(|k| v.word(k));
            // "Guterres said": one name, a person's or an organisation's.
            // Written as the name alone ("The Louisville crowd" is no one's name), and not
            // an acronym ("CNN", "U.S.").
            let maybe_person = kind == SourceKind::Named
                && lowercase.len() == 1
                && np.end == np.start + 1
                && v.is_capitalized(np.start)
                && v.word(np.start)
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-')
                && text.chars().skip(1).any(|c| c.is_lowercase())
                && !lex.institutions.contains(lowercase[0])
                && lex.may_name_person(lowercase.iter().copied());
            drop(lowercase);
            self.lowercase_name = lower;
            self.registry
                .add_speaker(&canonical, words, person, maybe_person, index);
        }
        Source {
            text,
            canonical,
            kind,
            span,
        }
    }

    /// "The ministry rejected what it called …", "Aliyev condemned the attack, which he
    /// described as …": a pronoun speaking in a relative clause is the main clause's
    /// subject when it fits the pronoun (a person for "he"/"she", none for "it").
    fn free_relative_subject(&self, v: &SentenceView, np: Np) -> Option<String> {
        let lex = self.lex;
        let pronoun = v.word(np.start);
        if np.end != np.start + 1
            || np.start == 0
            || !is_in(&["what", "which"], v.word(np.start - 1))
        {
            return None;
        }
        let subject = main_subject(v, lex, np.start - 1).filter(|s| s.end + 1 < np.start)?;
        // A subject with a clause of its own ("a woman who had …") is not taken apart here.
        if (subject.start..subject.end)
            .any(|k| v.in_quote[k].is_some() || lex.relatives.contains(v.word(k)))
        {
            return None;
        }
        let head = v.word(super::speaker::head_end(v, subject) - 1);
        let titled = has_personal_title(v, lex, subject);
        let (name, person) = match classify(v, lex, subject) {
            SourceKind::Named => {
                let mut person = titled;
                let name = self.named(v, subject, &mut person);
                let lower = name.to_lowercase();
                let lowercase: Vec<&str> = crate::text::split_spaces(&lower).collect();
                let person = person || names_a_person(lex, &lowercase);
                (name, person)
            }
            SourceKind::Description => {
                let name = self.described(v, subject);
                let person = !lex.institutions.contains(head)
                    && (titled || is_people_noun(lex, head) || lex.is_gendered_noun(head));
                (name, person)
            }
            _ => return None,
        };
        let plural = head.ends_with('s') && !head.ends_with("ss");
        let words: Vec<String> = (subject.start..subject.end)
            .map(|k| v.word(k).to_string())
            .collect();
        let gender_fits =
            |want: Gender| super::coref::gender_of(lex, &words, &name).is_none_or(|g| g == want);
        let fits = match pronoun {
            "he" => person && !plural && gender_fits(Gender::Male),
            "she" => person && !plural && gender_fits(Gender::Female),
            "it" => !person && !plural,
            "they" => plural || !person && is_in(COLLECTIVES, head),
            _ => false,
        };
        fits.then_some(name)
    }

    /// A definite description named: "the ministry" as named before; "A statement from the
    /// prime minister's office" → prime minister's office; "The ministry's statement" → the
    /// ministry, as named before.
    fn described(&self, v: &SentenceView, np: Np) -> String {
        let author = document_author(v, self.lex, np);
        if author.is_none() {
            if let Some(name) = self.earlier_document_author(v, np) {
                return name;
            }
        }
        let named = author.unwrap_or(np);
        let name = Registry::description_before(v, self.lex, named)
            .or_else(|| {
                self.registry
                    .description(v, self.lex, named)
                    .map(str::to_string)
            })
            .unwrap_or_else(|| strip_determiner(v, named));
        match author {
            Some(_) => without_possessive(&name).to_string(),
            None => name,
        }
    }

    /// "BrightPlay said in a statement that … . "…," the statement said.": a document named
    /// by "the" is the one an earlier claim of the article came through, and its author
    /// speaks.
    fn earlier_document_author(&self, v: &SentenceView, np: Np) -> Option<String> {
        let head = v.word(np.end - 1);
        // Only "the" and lowercase words before a lowercase document: "the Post" is a
        // newspaper, "the school's post" the school's.
        if !is_in(&["the", "that", "this"], v.word(np.start))
            || !self.lex.documents.contains(head)
            || (np.start + 1..np.end).any(|k| v.is_capitalized(k) || v.word(k).ends_with("'s"))
        {
            return None;
        }
        self.claims.iter().rev().find_map(|c| {
            let source = c.source.as_ref()?;
            c.via
                .iter()
                .any(|via| {
                    via.text
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| last.eq_ignore_ascii_case(head))
                })
                .then(|| source.canonical.clone())
        })
    }

    fn named(&self, v: &SentenceView, np: Np, person: &mut bool) -> String {
        let lex = self.lex;
        // A document stands for its author: "Azerbaijan's statement" → Azerbaijan, "an email
        // from Neera Tanden" → Neera Tanden.
        let name = match document_author(v, lex, np) {
            Some(author) => without_possessive(&strip_determiner(v, author)).to_string(),
            None => canonical_name(v, lex, np),
        };
        // "Trump", "one Clinton ad" → the Donald Trump, Hillary Clinton named before.
        if !name.contains(' ') {
            // "Mr. Trump": a title tells the sex ("Warren" alone is no given name here).
            let gender = described_gender(lex, (np.start..np.end).map(|k| v.word(k)));
            if let Some(full) = self.registry.full_name(lex, &name, gender) {
                *person = true;
                return full.to_string();
            }
        }
        name
    }

    /// The listener after a postposed "told" (`"…," X told Reuters.`) when it is a reporting
    /// channel, as in `X told Reuters that …` ([`names_outlet`]).
    fn listener_after(&self, v: &SentenceView, cue: Span) -> Option<Span> {
        let at = v.token_at(cue.start);
        if !self
            .lex
            .cues_for_lowercase(v.word(at))
            .iter()
            .any(|c| c.lemma == "tell")
        {
            return None;
        }
        let np = forward_np(v, self.lex, v.token_at(cue.end))?;
        (np.end - np.start <= 5 && names_outlet(v, self.lex, np.start, np.end))
            .then(|| v.span_of(np.start, np.end))
    }

    /// "in a statement", "in an interview with Al-Mayadeen news", "on Twitter".
    fn channels(&self, v: &SentenceView, cue: Span, content: &Piece) -> Vec<Piece> {
        let mut out = Vec::new();
        let text = self.article.text.as_str();
        // A content in parts leaves the cue clause between them ("…, she wrote in her
        // report, …") outside.
        let parts = if content.parts.is_empty() {
            std::slice::from_ref(&content.span)
        } else {
            content.parts.as_slice()
        };
        // No channel starts inside the content, whose words are passed over a part at a time.
        for i in tokens_outside(v, parts, 0) {
            // The word first: few tokens are one of these prepositions.
            // Matched in place (not through `is_in`): this runs for every token of a claim's
            // sentence.
            if !matches!(v.word(i), "in" | "on" | "during" | "via" | "at")
                || v.in_quote[i].is_some()
            {
                continue;
            }
            let mut k = i + 1;
            while k < v.len()
                && (is_in(DETERMINERS, v.word(k))
                    || is_ly_adverb(v.word(k))
                    || v.word(k) == "joint"
                    || v.word(k) == "press"
                    || v.word(k) == "televised"
                    || v.word(k) == "radio"
                    || v.word(k) == "written")
            {
                k += 1;
            }
            // "in a regulatory filing", "at its weekly news conference": up to two
            // modifiers before the channel noun.
            if !is_in(CHANNEL_NOUNS, v.word(k)) && k > i + 1 {
                if let Some(noun) = (k + 1..(k + 3).min(v.len())).find(|&m| {
                    is_in(CHANNEL_NOUNS, v.word(m))
                        && (k..m).all(|r| {
                            v.is_word(r)
                                // "in a LinkedIn post": a platform names the kind of post.
                                && (!v.is_capitalized(r) || platform_at(v, self.lex, r).is_some())
                                && v.in_quote[r].is_none()
                                && !is_in(PREPOSITIONS, v.word(r))
                        })
                }) {
                    k = noun;
                }
            }
            // "a video statement", "a news conference call": the last of two channel nouns.
            while is_in(CHANNEL_NOUNS, v.word(k)) && is_in(CHANNEL_NOUNS, v.word(k + 1)) {
                k += 1;
            }
            let platform = (k == i + 1).then(|| platform_at(v, self.lex, k)).flatten();
            let noun = is_in(CHANNEL_NOUNS, v.word(k));
            let channel = noun || platform.is_some();
            // "in remarks", "in comments to reporters": a plural needs no determiner.
            let bare_plural = noun && v.word(k).ends_with('s');
            if !channel || k == i + 1 && !v.is_capitalized(k) && !bare_plural {
                continue;
            }
            let mut end = platform.unwrap_or(k + 1);
            // "remarks carried by state media", "a video published by the ministry".
            if is_in(
                &["carried", "broadcast", "aired", "published", "posted"],
                v.word(end),
            ) && v.word(end + 1) == "by"
            {
                if let Some(np) = forward_np(v, self.lex, end + 2) {
                    end = np.end;
                }
            }
            if is_in(&["with", "to", "on"], v.word(end)) {
                // "an interview with Reuters", not "a briefing on Tuesday".
                if let Some(np) = forward_np(v, self.lex, end + 1)
                    .filter(|&np| v.word(end) != "on" || !super::speaker::is_time_phrase(v, np))
                {
                    end = np.end;
                }
            }
            let span = v.span_of(i + 1, end);
            // Only channels near the cue, not any "in a report" in the sentence.
            let near = span.start.abs_diff(cue.end) < 80 || span.end.abs_diff(cue.start) < 80;
            if near && !parts.iter().any(|p| p.overlaps(span)) {
                out.push(Piece::new(text, span));
            }
        }
        // "reported by the Times of Israel", "according to the outlet" outside the content,
        // from the cue on.
        for i in tokens_outside(v, parts, v.token_at(cue.start)) {
            // The phrase first: few tokens start one.
            let phrase_len = if v.word(i) == "reported" && v.word(i + 1) == "by" {
                2
            } else if let Some(p) = (self.classes[i] & ACCORDING != 0)
                .then(|| self.lex.according.iter().find(|p| v.matches_at(i, p)))
                .flatten()
            {
                p.len()
            } else {
                continue;
            };
            // The claim's own cue ("According to X, …") names its source, not a channel.
            if v.in_quote[i].is_some() || v.tokens[i].span.start == cue.start {
                continue;
            }
            // "… rents, which have risen 40 percent, according to a report": the phrase
            // sources the relative clause after the words, not the words. ("Ash wrote in
            // the email, which was first reported by the AP": that one is the channel's.)
            let words_end = parts.iter().map(|p| p.end).max().unwrap_or(cue.end);
            let relative_between = v.word(i) != "reported"
                && words_end < v.tokens[i].span.start
                && (v.token_at(words_end)..i)
                    .any(|k| v.is_punct(k, ",") && opens_relative(v, self.lex, k + 1, i));
            if relative_between {
                continue;
            }
            if let Some(np) = forward_np(v, self.lex, i + phrase_len) {
                // The same source as the claim's own: to the comma that closes the phrase.
                let np = source_to_clause_end(v, self.lex, np);
                out.push(Piece::new(text, v.span_of(i, np.end)));
            }
        }
        out
    }
}

// ----- helpers ---------------------------------------------------------------------------

/// The tokens from `from` on that no span of `parts` holds whole, in order: the tokens a
/// part holds are passed over at once, not one by one.
fn tokens_outside<'v>(
    v: &'v SentenceView,
    parts: &'v [Span],
    from: usize,
) -> impl Iterator<Item = usize> + 'v {
    let mut i = from;
    std::iter::from_fn(move || {
        while let Some(t) = v.tokens.get(i) {
            match parts.iter().find(|p| p.contains(t.span)) {
                // The tokens from `i` that end in the part lie in it (they start after its
                // start): a run, as tokens are in order and do not overlap.
                Some(p) => i += v.tokens[i..].partition_point(|t| t.span.end <= p.end),
                None => {
                    i += 1;
                    return Some(i - 1);
                }
            }
        }
        None
    })
}

/// A platform named at `k` ("Telegram", "Truth Social"), capitalised as a name is: where
/// its words end.
fn platform_at(v: &SentenceView, lex: &Lexicon, k: usize) -> Option<usize> {
    if !v.is_capitalized(k) || v.in_quote[k].is_some() {
        return None;
    }
    lex.platforms
        .iter()
        .find(|p| v.matches_at(k, p))
        .map(|p| k + p.len())
}

/// "a phone call", "the radio report": after an article and a channel noun, a base form is
/// the head of a compound noun.
fn is_compound_noun_head(v: &SentenceView, lex: &Lexicon, i: usize) -> bool {
    i >= 2
        && is_in(&["a", "an", "the"], v.word(i - 2))
        && v.in_quote[i - 1].is_none()
        && lex.channels.contains(v.word(i - 1))
}

/// Whether a cue word is used as a verb here, not a noun ("the report"), an infinitive
/// ("declined to say") or a passive ("is called").
fn is_verb_use(v: &SentenceView, lex: &Lexicon, i: usize, cue: &CueForm) -> bool {
    if i > 0 && v.is_capitalized(i) && !is_title_case(v) {
        return false; // "Hope", "Post", "Said" as names
    }
    let prev = if i > 0 { v.word(i - 1) } else { "" };
    // "by saying that …", "in claiming that …": a gerund with its clause is still a cue.
    let gerund = cue.form == VerbForm::Participle
        && is_in(&["by", "in"], prev)
        && (v.word(i + 1) == "that"
            || v.is_open_mark(i + 1)
            || v.is_punct(i + 1, ",") && v.is_open_mark(i + 2)
            || opens_clause_with_pronoun(v.word(i + 1)));
    if is_in(NOUN_MARKERS, prev) && !(cue.form == VerbForm::Past && prev == "that") && !gerund {
        return false;
    }
    // "Iran's claims", "Trump's attacks": a possessed noun; "she's said" is no possessive.
    if (prev.ends_with("'s") || prev.ends_with("s'")) && contracted_pronoun(prev, false).is_none() {
        return false;
    }
    if cue.form == VerbForm::Base && is_compound_noun_head(v, lex, i) {
        return false;
    }
    let next = v.word(i + 1 + cue.rest.len());
    if matches!(cue.form, VerbForm::Base | VerbForm::ThirdPerson) && is_in(NOUN_FOLLOWERS, next) {
        return false; // "the states of", "attacks and", "questions were"
    }
    // "won the seat thanks to the name": a preposition, not a verb of thanking.
    if cue.rest.is_empty() && v.word(i) == "thanks" && next == "to" {
        return false;
    }
    if cue.form == VerbForm::PastParticiple {
        // "known", "written": cues only in perfect tenses ("has written").
        let mut k = i;
        while k > 0
            && (is_ly_adverb(v.word(k - 1))
                || is_in(&["also", "not", "never", "already", "long"], v.word(k - 1)))
        {
            k -= 1;
        }
        return k > 0
            && is_in(
                &["has", "have", "had", "having", "'s", "'ve", "'d"],
                v.word(k - 1),
            );
    }
    if cue.form == VerbForm::Past {
        // Passive: "is called", "was reported", "has been described".
        let mut k = i;
        while k > 0
            && (is_ly_adverb(v.word(k - 1))
                || is_in(&["also", "not", "often", "widely", "never"], v.word(k - 1)))
        {
            k -= 1;
        }
        if k > 0 && is_in(BE_FORMS, v.word(k - 1)) {
            return false;
        }
        // "the statements allegedly made by": a reduced relative, not a cue; "said by phone"
        // names how the words were sent.
        if v.word(i + 1) == "by" && !lex.channels.contains(v.word(i + 2)) {
            return false;
        }
        // "a company called Harmony Enterprises", "a group called the "…"": a name given
        // to a thing just introduced, not a call.
        if cue.rest.is_empty()
            && i >= 2
            && is_in(&["a", "an"], v.word(i - 2))
            && is_one_word_title_marker(lex, v.word(i))
            && v.is_word(i - 1)
            && !v.is_capitalized(i - 1)
        {
            return false;
        }
    }
    true
}

/// A headline in title case ("Trump Says He Will Win"): capitals say nothing about names.
/// A headline may end with a full stop when it has four or more long words ("Pollster Says
/// Clinton Is In Trouble."): a sentence of prose is never capitalised throughout.
fn is_title_case(v: &SentenceView) -> bool {
    let mut long = 0;
    for k in 0..v.len() {
        if v.is_word(k) && v.word(k).len() > 3 {
            if !v.is_capitalized(k) {
                return false;
            }
            long += 1;
        }
    }
    let full_stop = v
        .len()
        .checked_sub(1)
        .is_some_and(|last| v.is_punct(last, "."));
    // "Hillary Clinton met Bernie Sanders on Thursday.": a sentence, with a short verb in
    // lowercase (looked for only in the rare sentence whose long words are all capitalised).
    let short_verb = || {
        (0..v.len()).any(|k| {
            v.is_word(k)
                && v.raw(k).starts_with(|c: char| c.is_lowercase())
                && !is_in(TITLE_CASE_LOWERCASE, v.word(k))
        })
    };
    long >= 3 && (!full_stop || long >= 4 && !short_verb())
}

/// Short words a headline in title case may leave in lowercase.
pub(super) const TITLE_CASE_LOWERCASE: &WordList = &WordList::new(&[
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "as", "vs",
    "via", "nor", "up", "off", "out", "per", "so", "yet", "if", "is",
]);

/// Words after a `-s` or base form that show it is a plural noun ("states of", "attacks
/// and", "questions were").
const NOUN_FOLLOWERS: &WordList = &WordList::new(&[
    "of", "are", "were", "is", "was", "have", "had", "will", "would", "can", "could", "and", "or",
    "from", "against", "between", "among", "by", "with", "should", "must", "may", "might", "did",
    "do", "does", "who", "which", "'s",
]);

/// The one quoted before "as" and a participle at `i`: "quoted a senior official as saying".
fn quoted_as(v: &SentenceView, lex: &Lexicon, i: usize) -> Option<Np> {
    if i < 3 || v.word(i - 1) != "as" {
        return None;
    }
    let quoting = |np: &Np| np.start > 0 && lex.quoting_verbs.contains(v.word(np.start - 1));
    subject_before(v, lex, i - 1).filter(quoting).or_else(|| {
        // "The statement quoted the commander as saying": read forwards from the quoting
        // verb when reading back takes the verb for a participle of the subject's.
        let verb = (i.saturating_sub(MAX_AGENT + 2)..i - 1)
            .rev()
            .find(|&k| lex.quoting_verbs.contains(v.word(k)))?;
        forward_np(v, lex, verb + 1).filter(|np| np.end == i - 1)
    })
}

/// The phrase of a quoting aside right after a subject that ends at `comma`, closed by a
/// comma before `cue` (only adverbs between): the one cited in `, citing X,` / `, quoting
/// X,`, or with `passive` the one quoting in `, quoted by X,` / `, cited by X,`.
fn quoting_aside(
    v: &SentenceView,
    lex: &Lexicon,
    comma: usize,
    cue: usize,
    passive: bool,
) -> Option<Np> {
    let verb = comma + 1;
    let phrase = if passive { verb + 2 } else { verb + 1 };
    let form = if passive {
        v.word(verb).ends_with("ed") && v.word(verb + 1) == "by"
    } else {
        v.word(verb).ends_with("ing")
    };
    if phrase >= v.len()
        || !v.is_punct(comma, ",")
        || !lex.quoting_verbs.contains(v.word(verb))
        || !form
    {
        return None;
    }
    // "citing people familiar with the matter": the phrase with its postmodifier.
    let np = if passive {
        forward_np(v, lex, phrase)?
    } else {
        super::speaker::subject_after(v, lex, phrase)?
    };
    let closes = np.end < v.len() && v.is_punct(np.end, ",");
    let reaches_cue = cue == v.len() || super::speaker::skip_back_adverbs(v, cue) == np.end + 1;
    (closes && reaches_cue).then_some(np)
}

/// The first word of a catenative verb before "to" and the cue at `cue` ("went on to say",
/// "continued to insist"), if there is one.
fn catenative_before(v: &SentenceView, lex: &Lexicon, cue: usize) -> Option<usize> {
    if cue < 2 || v.word(cue - 1) != "to" {
        return None;
    }
    lex.catenatives.iter().find_map(|phrase| {
        let start = (cue - 1).checked_sub(phrase.len())?;
        v.matches_at(start, phrase).then_some(start)
    })
}

/// A base-form cue ("say") needs a plural or modal subject: "they say", "officials say",
/// "will say".
fn base_form_subject_ok(v: &SentenceView, lex: &Lexicon, np: Np, cue: usize) -> bool {
    let before = if cue > 0 { v.word(cue - 1) } else { "" };
    if is_in(MODALS, before) && before != "to" {
        return true;
    }
    // The head comes before any prepositional phrase: "proponents of the bill say", and
    // before a participle: "those surveyed say", "voters polled say".
    let mut head_end = super::speaker::head_end(v, np);
    if v.word(head_end - 1).ends_with("ed") && head_end - 1 > np.start {
        head_end -= 1;
    }
    let head = v.word(head_end - 1);
    let survey = (np.start..head_end).any(|k| {
        is_in(&["percent", "%", "majority", "third", "quarter"], v.word(k))
            || is_fraction(v.word(k))
            || v.tokens[k].kind == crate::text::TokenKind::Number
            || is_share_in(v, k)
    }) || v.tokens[np.end - 1].kind == crate::text::TokenKind::Number;
    // "a news report", "each group say": a singular determiner cannot agree with a base form.
    if !survey && is_in(&["a", "an", "each", "every", "this"], v.word(np.start)) {
        return false;
    }
    survey
        || is_in(PLURAL_SUBJECTS, head)
        || is_plural_in_men(head)
        || (head.ends_with('s')
            && !head.ends_with("'s")
            && !head.ends_with("ss")
            && (!v.is_capitalized(head_end - 1)
                // "Republicans say", "Now, Democrats believe": capitalised only as the
                // clause's first word.
                || head_end == 1
                || head_end - 1 == np.start
                    && (0..np.start).all(|k| {
                        !v.is_word(k) || super::speaker::opens_clause(v.word(k))
                    })
                // "Most Republicans say", "many Democrats say"
                || head_end - 1 > np.start
                    && (is_in(
                        &["most", "many", "some", "all", "few", "several", "other", "both", "fellow", "the"],
                        v.word(head_end - 2),
                    )
                    // "Leading Republicans say", "young Democrats say": an adjective.
                    || !v.is_capitalized(head_end - 2)
                        && !is_title_or_institution(lex, v.word(head_end - 2))
                    || head_end - 2 == 0 && v.word(0).ends_with("ing"))))
        || lex.finding_subjects.contains(head) && head.ends_with('s')
        || lex.relatives.contains(head)
        || (np.end - np.start >= 3 && is_in(&["and", "&"], v.word(np.end - 2)))
        || (np.start..np.end).any(|k| v.word(k) == "and" || super::speaker::is_companion(v, k))
}

/// The passive agent before a participle: "statements made by the commander, Kiumars
/// Heydari, asserting …" → the commander.
fn agent_before(v: &SentenceView, lex: &Lexicon, comma: usize) -> Option<Np> {
    let by = (comma.saturating_sub(14)..comma)
        .rev()
        .find(|&k| v.word(k) == "by")?;
    if (by + 1..comma).any(|k| v.in_quote[k].is_some() || v.is_punct(k, ";")) {
        return None;
    }
    let np = forward_np(v, lex, by + 1)?;
    if np.end + 1 >= comma || v.is_punct(np.end, ",") {
        let end = if v.is_punct(np.end, ",") && np.end < comma {
            // Include the apposition up to the comma before the participle.
            comma
        } else {
            np.end
        };
        return Some(Np {
            start: np.start,
            end,
        });
    }
    None
}

/// The content before a postposed cue: from the sentence start (or the last colon or
/// semicolon before it) to the comma or closing quotation mark before `upto`.
fn content_before(v: &SentenceView, upto: usize) -> Option<(usize, usize)> {
    let mut end = upto;
    while end > 0
        && (v.is_punct(end - 1, ",") || v.is_punct(end - 1, "—") || v.is_punct(end - 1, "-"))
    {
        end -= 1;
    }
    let start = (0..end)
        .rev()
        .find(|&k| {
            v.in_quote[k].is_none() && !v.is_mark(k) && (v.is_punct(k, ";") || v.is_punct(k, ":"))
        })
        .map_or(0, |k| k + 1);
    // Drop a leading conjunction: "But …, he said."
    let mut start = start;
    while start < end
        && is_in(&["but", "and", "so", "yet"], v.word(start))
        && v.in_quote[start].is_none()
    {
        start += 1;
    }
    // Trim a comma inside the closing quotation: `“…,”`.
    let end = trim_end(v, start, end);
    let words = v.word_count(start, end);
    let quoted = (start..end).any(|k| v.in_quote[k].is_some());
    // A fronted adverbial ("In 2021, Iran held …") is not content; a number a preposition
    // bounds is ("At least 12 people were killed, according to …").
    let quantity = is_quantity_start(v, start);
    let adverbial = !quoted && !quantity && words < 6 && is_in(super::grammar::FRONTED_STARTERS, v.word(start))
        // "If the law was never tested, Giuliani said, …": one fronted clause, no statement.
        || !quoted
            && !quantity
            && (is_in(SUBORDINATORS, v.word(start)) || is_in(PREPOSITIONS, v.word(start)) || v.word(start) == "unless")
            && !(start..end).any(|k| v.is_punct(k, ","));
    (words >= 3 || quoted && words >= 1)
        .then_some((start, end))
        .filter(|_| !adverbial)
}

/// "the accusations as groundless", "the attack as a terrorist act": an object and what
/// it is called, with no comma or quotation before "as".
fn characterization(v: &SentenceView, (a, b): (usize, usize)) -> bool {
    (a + 1..b.saturating_sub(1))
        .take_while(|&k| v.is_word(k) && v.in_quote[k].is_none())
        .any(|k| {
            // Not "such as", "even as he …", "as well", "as the vote looms".
            v.word(k) == "as"
                && v.is_word(k + 1)
                && !is_in(&["such", "even", "just", "so"], v.word(k - 1))
                && !is_in(
                    &[
                        "well", "soon", "long", "much", "part", "he", "she", "it", "they", "we",
                        "i", "you", "the",
                    ],
                    v.word(k + 1),
                )
        })
}

/// "At least 12", "up to 40", "about 300", "over a dozen", "more than 300", "$2 billion": a
/// word that bounds or approximates a number (or its currency), opening a noun phrase
/// rather than an adjunct.
fn is_quantity_start(v: &SentenceView, k: usize) -> bool {
    // "over a dozen", "about dozens of", "about $2 billion": a count in words or digits, or
    // an approximate one.
    let number_at = |i: usize| {
        let w = v.word(i);
        super::speaker::is_count(w)
            || is_in(&["a", "dozens", "hundreds", "thousands"], w)
            || w == "$" && super::speaker::is_count(v.word(i + 1))
    };
    match v.word(k) {
        "at" => is_in(&["least", "most"], v.word(k + 1)),
        // "as many as 200", "as much as $3 billion"
        "as" => {
            is_in(&["many", "much", "few", "little"], v.word(k + 1))
                && v.word(k + 2) == "as"
                && number_at(k + 3)
        }
        "up" => v.word(k + 1) == "to" && number_at(k + 2),
        "more" | "fewer" | "less" => v.word(k + 1) == "than" && number_at(k + 2),
        "around" | "under" | "roughly" | "$" => number_at(k + 1),
        w => is_in(APPROXIMATORS, w) && number_at(k + 1),
    }
}

/// `, a news agency close to the Guards,` after a source at `end`, when a clause follows
/// it: where the apposition ends.
fn apposition_after(v: &SentenceView, lex: &Lexicon, end: usize) -> Option<usize> {
    if !v.is_punct(end, ",") || !is_in(&["a", "an"], v.word(end + 1)) {
        return None;
    }
    let close = (end + 2..v.len().min(end + 16))
        .take_while(|&k| v.in_quote[k].is_none() && !v.is_mark(k) && !v.is_punct(k, ";"))
        .find(|&k| v.is_punct(k, ","))?;
    let after = (close + 1, trim_end(v, close + 1, v.len()));
    (!has_finite_verb(v, lex, (end + 1, close)) && has_finite_verb(v, lex, after)).then_some(close)
}

/// The clause after an interrupting attribution ("…, according to X, who …, Z did Y"): from
/// the next comma to the end of the sentence, when it has a finite verb of its own.
fn resumed_after(v: &SentenceView, lex: &Lexicon, from: usize) -> Option<(usize, usize)> {
    let comma = (from..(from + 25).min(v.len()))
        .take_while(|&k| v.in_quote[k].is_none() && !v.is_punct(k, ";") && !v.is_punct(k, ":"))
        .find(|&k| v.is_punct(k, ","))?;
    let start = comma + 1;
    let end = trim_end(v, start, v.len());
    let words = v.word_count(start, end);
    // "…, according to Politico, which cited unnamed sources": a relative clause on the
    // source is no part of the content.
    (words >= 3
        && has_finite_verb(v, lex, (start, end))
        && !attribution_follows(v, lex, start)
        && !super::speaker::opens_relative(v, lex, start, end))
    .then_some((start, end))
}

/// Where the content after a cue starts and ends, plus any listener of `tell` verbs.
fn content_after(
    v: &SentenceView,
    lex: &Lexicon,
    from: usize,
    cue: &CueForm,
) -> Option<((usize, usize), Vec<Span>)> {
    let n = v.len();
    // "said, however, that …", "added, though, that …": an aside between commas.
    let from = if v.is_punct(from, ",")
        && v.is_punct(from + 2, ",")
        && super::speaker::is_parenthetical_adverb(v.word(from + 1))
    {
        from + 3
    } else if is_dash(v, from) {
        // "said — on Twitter, as it happens — that …": an aside between dashes.
        (from + 1..(from + 16).min(n))
            .take_while(|&k| v.in_quote[k].is_none() && !v.is_punct(k, "."))
            .find(|&k| is_dash(v, k))
            .filter(|&close| close > from + 1 && v.word(close + 1) == "that")
            .map_or(from, |close| close + 1)
    } else {
        from
    };
    let mut via = Vec::new();
    let mut start = None;
    // Twelve words of adjuncts; up to twenty when they end with a comma before "that"
    // ("said Sunday in Madison, Wisconsin, that …").
    let near = from + 12;
    let window = (from + 20).min(n);
    let after_adjunct_start = is_adjunct_start(v.word(from));
    for t in from..window {
        if v.in_quote[t].is_some() || v.is_mark(t) || v.is_punct(t, ";") || v.is_punct(t, ".") {
            break;
        }
        if v.word(t) == "that"
            && (t < near || v.is_punct(t - 1, ","))
            && t + 1 < n
            && !is_in(&["is", "was", "'s"], v.word(t + 1))
            && adjuncts_only(v, lex, cue, from, t)
        {
            start = Some(t + 1);
            if cue.lemma == "tell" && t > from {
                // "told parliament on Wednesday that": the listener, not when it was told.
                // A capitalised "This Week" or "TODAY" is a name's ("USA TODAY"); a weekday
                // or a month is capitalised anyway.
                let mut end = t;
                while end > from + 1 && {
                    let w = v.word(end - 1);
                    (is_time_word(w) || is_in(TIME_OPENERS, w) || v.is_punct(end - 1, ","))
                        && (!v.is_capitalized(end - 1) || crate::text::is_calendar_word(w))
                } {
                    end -= 1;
                }
                if names_outlet(v, lex, from, end) {
                    via.push(v.span_of(from, end));
                }
            }
            break;
        }
        if v.is_punct(t, ":") && t < near {
            start = Some(t + 1);
            break;
        }
        // A comma inside an adjunct, before a place's region or the "that" itself: "said
        // Thursday during a visit to Buffalo, New York, that …".
        let comma_in_adjunct = v.is_punct(t, ",")
            && (v.word(t + 1) == "that" || v.is_capitalized(t + 1))
            && after_adjunct_start;
        // "said on CNN, where he is now a paid contributor, that …": a relative aside on
        // the adjunct, then "that".
        if v.is_punct(t, ",")
            && after_adjunct_start
            && is_in(&["where", "which", "who", "when"], v.word(t + 1))
        {
            let that = (t + 2..window)
                .take_while(|&k| v.in_quote[k].is_none() && !v.is_mark(k) && !v.is_punct(k, "."))
                .find(|&k| v.is_punct(k, ",") && v.word(k + 1) == "that");
            if let Some(comma) = that {
                start = Some(comma + 2);
                break;
            }
        }
        // "said last week in Tel Aviv, "…"": the quotation after an adjunct and its comma.
        if v.is_punct(t, ",") && after_adjunct_start && t < near && v.is_open_mark(t + 1) {
            start = Some(t + 1);
            break;
        }
        // "said in a report released on Tuesday that …": a participle after a document
        // noun describes it.
        // "in a report": after a determiner the word is a noun.
        // "in a memo seen by Reuters": an irregular participle too.
        let not_a_verb = || {
            lex.documents.contains(v.word(t - 1))
                && (v.word(t).ends_with("ed")
                    || lex
                        .cue_of_lowercase(v.word(t))
                        .is_some_and(|c| c.form == VerbForm::PastParticiple))
                || is_in(DETERMINERS, v.word(t - 1))
                // "in a LinkedIn post that …": a document noun after a determiner and a
                // modifier.
                || t >= 2
                    && is_in(DETERMINERS, v.word(t - 2))
                    && lex.documents.contains(v.word(t))
                || lex
                    .cue_of_lowercase(v.word(t))
                    .is_some_and(|c| c.form == VerbForm::Base)
                    && is_compound_noun_head(v, lex, t)
        };
        if t > from
            && (v.is_punct(t, ",") && !comma_in_adjunct
                || lex.cue_of_lowercase(v.word(t)).is_some() && t > from + 1 && !not_a_verb())
        {
            break;
        }
        // The complement clause has begun without "that": "saying it was the first time …".
        let w = v.word(t);
        if is_in(BE_FORMS, w)
            || is_in(MODALS, w) && w != "to"
            || is_in(
                &["he", "she", "it", "they", "we", "i", "has", "have", "had"],
                w,
            )
        {
            break;
        }
    }
    let after_that_or_colon = start.is_some();
    let start = match start {
        Some(s) => s,
        None => {
            let mut s = from;
            // Only "tell" makes its listener a channel ("told Reuters"); the listener of
            // "advised Muslim countries not to …" belongs to the content.
            if cue.lemma == "tell" {
                if let Some(obj) = listener(v, lex, s) {
                    if obj.end - obj.start <= 5 {
                        if names_outlet(v, lex, obj.start, obj.end) {
                            via.push(v.span_of(obj.start, obj.end));
                        }
                        s = obj.end;
                    }
                }
            }
            while s < n && (v.is_punct(s, ",") || v.is_punct(s, ":") || v.is_punct(s, "—")) {
                s += 1;
            }
            // "said by telephone (on Monday) the talks …": how the words came is no content.
            if s + 1 < n && v.word(s) == "by" && lex.channels.contains(v.word(s + 1)) {
                s += 2;
            }
            // "said on Telegram (on Monday) it had …": where the words were posted.
            if is_in(&["on", "via"], v.word(s)) {
                if let Some(end) = platform_at(v, lex, s + 1) {
                    s = end;
                }
            }
            time_adjunct_end(v, s).unwrap_or(s)
        }
    };
    let mut end = content_end(v, lex, start);
    // "announced his candidacy in June 2015", "endorsed Tom Hale last week": after a noun
    // phrase, when it was said is not what was said.
    if !after_that_or_colon && !has_finite_verb(v, lex, (start, end)) {
        end = trailing_time_start(v, start, end).unwrap_or(end);
    }
    let words = v.word_count(start, end);
    // "testified for two days", "replied in writing", "responded angrily": how, where or
    // how long the words came, and no words.
    let unsaid = !after_that_or_colon && is_adjunct_only(v, start, end);
    (words >= 1 && !unsaid).then_some(((start, end), via))
}

/// Prepositions that open an adjunct of place, time or manner and never what was said
/// ("complained about …", "insisted on …", "called for …" are said).
const ADJUNCT_PREPOSITIONS: &WordList = &WordList::new(&[
    "in",
    "from",
    "under",
    "before",
    "after",
    "during",
    "since",
    "until",
    "through",
    "near",
    "outside",
    "inside",
    "within",
    "throughout",
]);

/// Whether the short words `start..end` after a cue are an adjunct alone: a preposition of
/// place or time ("in writing", "before the panel last fall"), "for" and a count ("for two
/// days"), or an adverb in "-ly" ("anonymously", "voluntarily in 1998").
fn is_adjunct_only(v: &SentenceView, start: usize, end: usize) -> bool {
    const SHORT: usize = 4;
    if v.word_count(start, end) > SHORT || (start..end).any(|k| v.in_quote[k].is_some()) {
        return false;
    }
    let first = v.word(start);
    is_in(ADJUNCT_PREPOSITIONS, first)
        || first == "for" && super::speaker::is_count(v.word(start + 1))
        || is_ly_adverb(first)
            && (start + 1 == end
                || is_in(ADJUNCT_PREPOSITIONS, v.word(start + 1))
                || is_in(&["at", "to"], v.word(start + 1)))
}

/// "said (on) Thursday the talks had failed", "said last week it would appeal": the time
/// of the saying between the cue and a clause without "that"; where the clause starts.
fn time_adjunct_end(v: &SentenceView, from: usize) -> Option<usize> {
    let n = v.len();
    let mut k = from;
    if is_in(TIME_OPENERS, v.word(k)) {
        k += 1;
    }
    let times = k;
    while k < n && v.in_quote[k].is_none() && is_time_word(v.word(k)) {
        k += 1;
    }
    let starts_clause = k < n
        && v.in_quote[k].is_none()
        && (is_in(CONTENT_STARTERS, v.word(k)) || v.is_capitalized(k));
    (k > times && starts_clause).then_some(k)
}

/// Where a time adjunct starts inside `start..end` after at least one word: "on Sunday",
/// "in June 2015", "last week", "yesterday".
fn trailing_time_start(v: &SentenceView, start: usize, end: usize) -> Option<usize> {
    let mut k = (start + 1..end).find(|&k| {
        let w = v.word(k);
        v.in_quote[k].is_none()
            && (is_in(&["yesterday", "today", "tonight"], w)
                || is_in(TIME_OPENERS, w)
                    && k + 1 < end
                    && (is_time_word(v.word(k + 1)) && v.word(k + 1) != "time"
                        || is_year(v.word(k + 1))))
    })?;
    // "in late June", "in the last week": the adjunct's preposition and determiner too.
    let mut after = k + 1;
    while k > start && (is_in(TIME_OPENERS, v.word(k - 1)) || v.word(k - 1) == "the") {
        k -= 1;
    }
    while after < end
        && (is_time_word(v.word(after)) || v.word(after).bytes().all(|b| b.is_ascii_digit()))
    {
        after += 1;
    }
    // Only a place may follow ("on Sunday at a university forum in Beijing"); "on Monday over
    // his stance on abortion", "last year on the most polluting plants" go on with the words.
    let rest_is_place = after >= end
        || is_in(&["at", "in"], v.word(after))
            && v.word_count(after, end) <= 6
            && (after..end).all(|t| !v.is_punct(t, ","));
    // "a vessel built in 1952", "asked the police to patrol the park at night": the time
    // belongs to a participle or an infinitive in the words, not to the saying.
    let verb_before = {
        let w = v.word(k.saturating_sub(1));
        w.ends_with("ed") || is_in(IRREGULAR_PARTICIPLES, w)
    };
    let infinitive = (start..k).any(|t| {
        v.word(t) == "to"
            && v.is_word(t + 1)
            && !v.is_capitalized(t + 1)
            && !is_in(DETERMINERS, v.word(t + 1))
            && !is_in(
                &["his", "her", "their", "its", "my", "our", "your"],
                v.word(t + 1),
            )
    });
    (k > start && rest_is_place && !verb_before && !infinitive).then_some(k)
}

/// A year written in digits: "2015", "1998".
fn is_year(w: &str) -> bool {
    w.len() == 4
        && (w.starts_with("19") || w.starts_with("20"))
        && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the words between a cue and "that" are adjuncts ("said on Friday that",
/// "claimed at the time that"), or the listener of "tell", rather than an object noun
/// phrase ("maintained its silence … that").
fn adjuncts_only(v: &SentenceView, lex: &Lexicon, cue: &CueForm, from: usize, that: usize) -> bool {
    if from == that {
        return true;
    }
    is_adjunct_start(v.word(from))
        || cue.lemma == "tell"
        || cue.has(Frame::Tell)
            && (forward_np(v, lex, from).is_some_and(|np| np.end == that)
                || bare_listener(v, lex, from).is_some_and(|np| np.end == that))
}

/// The listener after a verb of telling: "told Reuters", "warned the court", "told
/// reporters he …", "reminded them that …".
fn listener(v: &SentenceView, lex: &Lexicon, s: usize) -> Option<Np> {
    forward_np(v, lex, s).or_else(|| bare_listener(v, lex, s))
}

/// Whether the listener of "tell" is a reporting channel: a name ("Reuters", "the
/// Associated Press", "CBS News"), a news outlet ("state television", "a local newspaper")
/// or one reached by a channel ("analysts on a conference call"), not an audience
/// ("reporters", "the court", "supporters at a hotel").
fn names_outlet(v: &SentenceView, lex: &Lexicon, start: usize, end: usize) -> bool {
    (start..end).any(|k| {
        v.is_capitalized(k) || lex.media.contains(v.word(k)) || lex.channels.contains(v.word(k))
    })
}

/// A listener of one word: a bare plural of people or an object pronoun.
fn bare_listener(v: &SentenceView, lex: &Lexicon, s: usize) -> Option<Np> {
    let w = v.word(s);
    (v.is_word(s)
        && v.in_quote[s].is_none()
        && (is_in(&["him", "her", "them", "us", "me", "you"], w)
            || w.ends_with('s') && is_people_noun(lex, w)))
    .then_some(Np {
        start: s,
        end: s + 1,
    })
}

/// A word that opens an adjunct after a cue: a preposition, an adverb, a time word.
fn is_adjunct_start(first: &str) -> bool {
    is_in(PREPOSITIONS, first)
        || is_ly_adverb(first)
        || is_in(super::grammar::BETWEEN_SUBJECT_AND_CUE, first)
        || is_time_word(first)
        || is_in(
            &[
                "last",
                "this",
                "earlier",
                "later",
                "again",
                "repeatedly",
                "publicly",
                "privately",
                "twice",
                "once",
            ],
            first,
        )
}

/// The end of a content clause: the sentence end, or a comma before another attribution
/// (", saying", ", according to", ", Reuters reported").
fn content_end(v: &SentenceView, lex: &Lexicon, start: usize) -> usize {
    let n = v.len();
    let mut t = start;
    // "When Baku demanded action, it got …": inside a fronted subordinate clause the content
    // ends with that clause.
    // So does a perfect participle's clause.
    let subordinate = (is_in(SUBORDINATORS, v.word(0)) || opens_with_perfect_participle(v))
        && (0..start).all(|k| !v.is_punct(k, ","));
    while t < n {
        if v.is_close_mark(t)
            && t > 0
            && v.is_punct(t - 1, ",")
            && (attribution_follows(v, lex, t + 1)
                || new_clause_follows(v, lex, t + 1, t - start)
                // `said it was "too early to say," but did not rule it out`: the
                // speaker's next predicate.
                || is_coordinator(v.word(t + 1)) && predicate_at(v, t + 2, true).is_some())
        {
            // `…, "not to allow this," according to IRIB`; `said both are "non-entities in
            // the Senate," but he gave …`: the comma before the closing mark ends the content
            // as it would outside the quotation.
            return t + 1;
        }
        if v.is_close_mark(t)
            && v.is_open_mark(start)
            && v.in_quote[start + 1..t].iter().all(Option::is_some)
            && quotation_then_new_clause(v, t + 1)
        {
            // `said "Follow us," and the boys trailed behind`: the words end with the marks.
            return t + 1;
        }
        // Below, only punctuation or "and" and "but" can end the content or skip an aside:
        // any other word is passed over at once (most of them).
        if v.is_word(t) && !is_coordinator(v.word(t)) {
            t += 1;
            continue;
        }
        if v.in_quote[t].is_none() && !v.is_mark(t) {
            if v.is_punct(t, ";") {
                break;
            }
            if is_dash(v, t) {
                // A paired dash encloses an aside; a lone one starts a trailing comment.
                match (t + 1..n).find(|&k| is_dash(v, k) && v.in_quote[k].is_none()) {
                    Some(close) => {
                        t = close + 1;
                        continue;
                    }
                    None => break,
                }
            }
            // "said the attacker, who was arrested at the scene, had acted alone": a relative
            // aside inside the content, closed by a comma before the predicate resumes. Words
            // with no verb yet are a subject, which may take a longer aside or a second noun
            // ("said the loyalty of her voters, and the support for her, were factors").
            if v.is_punct(t, ",") {
                let relative = is_in(RELATIVE_PRONOUNS, v.word(t + 1));
                let short = relative && t - start <= 6;
                let joined = relative || v.word(t + 1) == "and";
                // Asked last, as it reads every word so far.
                let subject_only = || !has_finite_verb(v, lex, (start, t));
                if short || joined || may_open_subject_aside(v, start, t) {
                    let reach = if short { 16 } else { 28 };
                    let close = (t + 2..n.min(t + reach)).find(|&k| {
                        v.in_quote[k].is_none() && (v.is_punct(k, ",") || v.is_punct(k, ";"))
                    });
                    if let Some(close) = close.filter(|&c| v.is_punct(c, ",")) {
                        let resumes = if short {
                            predicate_at(v, close + 1, true).is_some()
                                || present_verb_at(v, close + 1) && subject_only()
                        } else if joined {
                            (predicate_at(v, close + 1, true).is_some()
                                || present_verb_at(v, close + 1))
                                && subject_only()
                        } else {
                            // "said the email scandal, while troublesome, was dealt with":
                            // any other aside in a subject, when a predicate that is no
                            // attribution resumes after it.
                            subject_aside(v, lex, t, close) && subject_only()
                        };
                        if resumes {
                            t = close + 1;
                            continue;
                        }
                    }
                }
            }
            if v.is_punct(t, ",") && new_clause_follows(v, lex, t + 1, t - start) {
                break;
            }
            if v.is_punct(t, ",")
                && (subordinate
                    || attribution_follows(v, lex, t + 1)
                    || speaker_and_cue_follow(v, lex, t + 1)
                    || is_in(TRAILING_CLAUSE, v.word(t + 1))
                    || t - start >= 4 && trailing_concession(v, t + 1)
                    || v.word(t + 1) == "compared" && is_in(&["with", "to"], v.word(t + 2))
                    // ", without giving further details": the writer's note on the telling.
                    || v.word(t + 1) == "without" && v.word(t + 2).ends_with("ing")
                    || trailing_comment(v, lex, t + 1, t - start)
                    || trailing_participle(v, lex, t + 1, t - start))
            {
                break;
            }
            if coordinated_predicate(v, lex, t, t - start)
                || pronoun_clause_follows(v, lex, t, t - start)
            {
                break;
            }
            // "… and one in four said …", "… and others have said …": another attribution
            // with "say", joined without a comma ("Congress and the president agreed" is one
            // subject of two nouns, so other verbs do not count).
            if t > start + 3 && is_coordinator(v.word(t)) && say_follows(v, lex, t + 1) {
                break;
            }
        }
        t += 1;
    }
    trim_end(v, start, t)
}

/// Whether the words `start..comma` are a subject that an aside `comma..close` interrupts:
/// "said the email scandal, while troublesome, was dealt with", "said his band and Brian
/// Burton, AKA Danger Mouse, wrote …". Neither the aside nor the verb after it may be an
/// attribution ("…, he said, protesters would …", "…, said an official"), a coordinator
/// does not open it, and an infinitive ("hoped to carry …") is no subject.
fn subject_aside(v: &SentenceView, lex: &Lexicon, comma: usize, close: usize) -> bool {
    let no_cue = |k: usize| lex.cue_of_lowercase(v.word(k)).is_none();
    (comma + 1..close).all(|k| v.in_quote[k].is_none() && no_cue(k))
        && predicate_at(v, close + 1, true).is_some_and(no_cue)
}

/// The cheap half of [`subject_aside`], asked before an aside's end is looked for: the
/// words before the comma hold no quotation and are no infinitive, and no coordinator
/// opens the aside.
fn may_open_subject_aside(v: &SentenceView, start: usize, comma: usize) -> bool {
    v.word(start) != "to"
        && !is_coordinator(v.word(comma + 1))
        && !is_in(&["or", "so", "yet", "whereas"], v.word(comma + 1))
        && (start..comma).all(|k| v.in_quote[k].is_none())
}

/// Adverbs that may open a predicate or a clause before its verb: "and also called …",
/// "…, later voted …", ", even a top strategist said …".
const PREDICATE_ADVERBS: &WordList = &WordList::new(&["also", "then", "later", "even", "still"]);

/// A predicate without a subject at `k`, past adverbs: "ultimately did not …", "notably
/// stopped …", "has yet to …", "was …".
fn predicate_resumes(v: &SentenceView, k: usize) -> bool {
    // A modal ("…, must do more") may well go on with the content's own subject.
    predicate_at(v, k, false).is_some()
}

/// Where a finite verb starts a predicate at `k`, past adverbs ("ultimately did not …"); a
/// modal counts only with `modal`.
fn predicate_at(v: &SentenceView, k: usize, modal: bool) -> Option<usize> {
    let mut k = k;
    while is_ly_adverb(v.word(k)) || is_in(PREDICATE_ADVERBS, v.word(k)) {
        k += 1;
    }
    (v.in_quote.get(k).copied().flatten().is_none()
        && !v.is_capitalized(k)
        && is_finite_verb(v.word(k), modal))
    .then_some(k)
}

/// Whether `w` is a finite verb that can open a predicate; a modal counts only with `modal`.
fn is_finite_verb(w: &str, modal: bool) -> bool {
    if is_in(MODALS, w) {
        modal
    } else {
        is_in(AUXILIARIES, w) || is_in(BE_FORMS, w) || is_past_form(w)
    }
}

/// ", a swipe at …", ", a reference to …", ", a move that …", ", a charge the council
/// denied": a noun phrase after the reported words that comments on them is the writer's.
fn trailing_comment(v: &SentenceView, lex: &Lexicon, i: usize, words_so_far: usize) -> bool {
    // ", in an apparent reference to …", ", in a veiled swipe at …": the same in a phrase.
    if v.word(i) == "in" && is_in(&["a", "an"], v.word(i + 1)) && words_so_far >= 4 {
        let pointed = |k: usize| {
            v.in_quote.get(k).copied().flatten().is_none()
                && is_in(&["to", "at", "against", "toward", "towards"], v.word(k))
        };
        return (pointed(i + 3) || pointed(i + 4) && v.is_word(i + 3))
            && v.is_word(i + 2)
            && !v.is_capitalized(i + 2);
    }
    words_so_far >= 4
        && is_in(&["a", "an"], v.word(i))
        && v.in_quote.get(i).copied().flatten().is_none()
        && v.is_word(i + 1)
        && !v.is_capitalized(i + 1)
        && (is_in(
            &[
                "at", "to", "on", "against", "that", "which", "toward", "towards", "the", "his",
                "her", "its", "their",
            ],
            v.word(i + 2),
        )
            // ", a charge Tehran denies", ", a claim rejected by Baku": a verdict on it.
            || lex.claim_nouns.contains(v.word(i + 1)) && v.word(i + 2) != "of")
}

/// After a quotation that opens the content: "and" or "but" (after a comma or not) and a
/// word that is not another quotation: the writer goes on with a clause of their own.
fn quotation_then_new_clause(v: &SentenceView, i: usize) -> bool {
    let i = if v.is_punct(i, ",") { i + 1 } else { i };
    is_coordinator(v.word(i))
        && v.is_word(i + 1)
        && !v.is_open_mark(i + 1)
        && v.in_quote.get(i + 1).copied().flatten().is_none()
        && !is_in(&["said", "says", "added", "that"], v.word(i + 1))
}

/// ", leading to a four-year conflict": a participle clause after a comma is the writer's
/// comment on the content, not part of it. One that counts what happened ("…, killing four
/// civilians", "…, wounding at least 12") is part of the reported event.
fn trailing_participle(v: &SentenceView, lex: &Lexicon, i: usize, words_so_far: usize) -> bool {
    let w = v.word(i);
    // "…, calling the two reports misleading" is a claim of its own.
    let counts = || {
        lex.cue_of_lowercase(w).is_none()
            && (i + 1..v.len().min(i + 4))
                .any(|k| super::speaker::is_count(v.word(k)) && v.word(k) != "one")
    };
    words_so_far >= 4
        && v.in_quote.get(i).copied().flatten().is_none()
        && w.len() > 5
        && w.ends_with("ing")
        && !v.is_capitalized(i)
        && !is_in(
            &[
                "including",
                "according",
                "regarding",
                "concerning",
                "during",
                "nothing",
                "something",
                "anything",
                "everything",
            ],
            w,
        )
        && !counts()
}

/// At `t`, a coordinated predicate that shares the main clause's subject: "said the plan
/// would fail, and called it …", "has proposed a rise and has asked …". It ends the content.
fn coordinated_predicate(v: &SentenceView, lex: &Lexicon, t: usize, words_so_far: usize) -> bool {
    // "refused to comment but added that …": a verb of speech and its "that" start the
    // speaker's next claim, however short the content before it.
    // So do "and tells the crowd that …", "but argues that …"; and after content with no
    // verb of its own (a noun phrase), any finite cue: "thanked the volunteers and said …",
    // "endorsed Tom Hale and criticized …". After a clause, such a verb may be the clause's
    // own ("said the plan protects workers and promises higher wages").
    if let Some((k, cue)) = finite_cue_after_coordinator(v, lex, t, words_so_far) {
        let that_at = |k: usize| v.word(k) == "that" && v.in_quote[k].is_none();
        if cue.has(Frame::Speech) && that_at(k + 1)
            || cue.has(Frame::Tell)
                && (k + 1..v.len().min(k + 6))
                    .take_while(|&j| v.is_word(j))
                    .any(that_at)
            || !has_finite_verb(v, lex, (t - words_so_far, t))
        {
            return true;
        }
    }
    if words_so_far < 3 {
        return false;
    }
    let comma = v.is_punct(t, ",");
    let and = if comma { t + 1 } else { t };
    if !is_coordinator(v.word(and)) || v.in_quote[and].is_some() {
        return false;
    }
    let mut k = and + 1;
    while k < v.len() && (is_ly_adverb(v.word(k)) || is_in(PREDICATE_ADVERBS, v.word(k))) {
        k += 1;
    }
    let w = v.word(k);
    if v.in_quote.get(k).copied().flatten().is_some() || v.is_capitalized(k) {
        return false;
    }
    // "… but suggesting …", ", and adding …": a participle of speech goes on with the
    // speaker, not with the content.
    let speech_participle = lex.cue_of_lowercase(w).is_some_and(|c| {
        c.form == VerbForm::Participle && (c.has(Frame::Speech) || c.has(Frame::Tell))
    });
    if speech_participle {
        return true;
    }
    if comma {
        is_in(
            &["has", "have", "had", "will", "would", "is", "was", "did"],
            w,
        ) || (w.ends_with("ed") && w.len() > 3)
            // ", but gave no details": an irregular past that is no participle.
            || is_in(PAST_NOT_PARTICIPLE, w)
            || lex
                .cue_of_lowercase(w)
                .is_some_and(|c| matches!(c.form, VerbForm::Past | VerbForm::ThirdPerson))
    } else {
        // "that Trump has a long history and has made …": after a clause of its own, a
        // perfect without a comma goes on with the content's subject.
        is_in(&["has", "have", "had"], w) && !has_finite_verb(v, lex, (t - words_so_far, t))
            || lex
                .cue_of_lowercase(w)
                .is_some_and(|c| c.form == VerbForm::Past)
    }
}

/// "and" or "but" at `t` after some content, then (past "also", "then", …) a cue in the past
/// or the present's -s form: where the cue is, and its form.
fn finite_cue_after_coordinator<'l>(
    v: &SentenceView,
    lex: &'l Lexicon,
    t: usize,
    words_so_far: usize,
) -> Option<(usize, &'l CueForm)> {
    if words_so_far == 0 || !is_coordinator(v.word(t)) || v.in_quote[t].is_some() {
        return None;
    }
    let mut k = t + 1;
    while k < v.len() && is_in(PREDICATE_ADVERBS, v.word(k)) {
        k += 1;
    }
    if v.in_quote.get(k).copied().flatten().is_some() || v.is_capitalized(k) {
        return None;
    }
    lex.cue_of_lowercase(v.word(k))
        .filter(|c| matches!(c.form, VerbForm::Past | VerbForm::ThirdPerson))
        .map(|c| (k, c))
}

/// Whether the content after `cue` is what the cue `needs` to report words: for stance and
/// clause-only verbs only the head of the object counts ("criticized Baku after it opened …"
/// has no clause of its own).
fn has_complement(
    v: &SentenceView,
    lex: &Lexicon,
    content: (usize, usize),
    cue: &CueForm,
    needs: Complement,
) -> bool {
    if needs == Complement::Figure {
        return puts_a_figure(v, content);
    }
    if needs == Complement::Quotation {
        return v.is_open_mark(content.0)
            || content.0 > 0 && v.is_open_mark(content.0 - 1) && v.in_quote[content.0].is_some();
    }
    needs == Complement::Any
        || says_something(
            v,
            lex,
            content,
            needs,
            cue.has(Frame::Stance) || needs == Complement::Clause,
        )
}

/// "the death toll at 40", "the number of dead at more than 300": a noun phrase of a few
/// words, "at" and a number.
fn puts_a_figure(v: &SentenceView, (a, b): (usize, usize)) -> bool {
    let Some(at) = (a + 1..b.min(a + 8)).find(|&k| v.word(k) == "at") else {
        return false;
    };
    // "at 40", or a bound or an approximation first: "at more than 300", "at about $2
    // billion".
    let figure = at + 1;
    figure < b
        && (super::speaker::is_count(v.word(figure)) || is_quantity_start(v, figure))
        && (a..at).all(|k| v.is_word(k) && v.in_quote[k].is_none())
}

/// Whether a content span carries words of its own: a that-clause, a quotation at its start,
/// a finite clause or (when `needs` is `Words`) an infinitive.
/// With `head_only`, for the object of a stance verb, a verb in an adjunct or relative
/// clause ("criticized Baku after it opened …") or past a comma does not count.
fn says_something(
    v: &SentenceView,
    lex: &Lexicon,
    (a, b): (usize, usize),
    needs: Complement,
    head_only: bool,
) -> bool {
    let head = (a..b)
        .find(|&k| {
            head_only
                && k > a
                && (v.is_open_mark(k) // the object's own words end at a quotation in it
                    || v.in_quote[k].is_none())
                && (v.is_open_mark(k)
                    || v.is_punct(k, ",")
                    // "noted the damage and closed the pier": a second predicate
                    || v.word(k) == "and" && is_past_form(v.word(k + 1))
                    || is_in(SUBORDINATORS, v.word(k))
                    || is_in(TRAILING_CLAUSE, v.word(k)))
        })
        .unwrap_or(b);
    let after = |w: &str| a > 0 && (v.word(a - 1) == w);
    after("that")
        || after(":")
        || v.is_open_mark(a.saturating_sub(1))
        || v.is_open_mark(a)
        // "continues to be the favourite": an infinitive is no clause, whatever verb is in it.
        || v.word(a) != "to" && has_finite_verb(v, lex, (a, head))
        || v.word(a) == "to" && needs == Complement::Words
}

/// Reported words resuming after a cue clause that interrupts them: "The breaking point,
/// Ash wrote, came on Friday", "It is no surprise, Garin said, that …".
fn clause_after_interruption(v: &SentenceView, lex: &Lexicon, f: &Found) -> Option<(usize, usize)> {
    // "The effects are hard to predict, many economists say, because …": the cue interrupts
    // its content, which resumes after the comma that closes the cue clause.
    let np = f.source?;
    if np.end > v.token_at(f.cue.start) {
        return None; // inverted ("…, said X, a senior …"): what follows is the apposition
    }
    let (a, b) = f.content;
    let unquoted = (a..b).all(|k| v.in_quote[k].is_none() && !v.is_mark(k));
    // The cue clause may end with a short adjunct ("…, Korr wrote in her report, came …")
    // when the reported words before it are no quotation.
    let cue_end = v.token_at(f.cue.end);
    let after = if v.is_punct(cue_end, ",") {
        cue_end
    } else if unquoted && is_in(PREPOSITIONS, v.word(cue_end)) {
        (cue_end + 1..(cue_end + MAX_ADJUNCT).min(v.len()))
            .take_while(|&k| {
                // "in her report": a noun after a determiner, not a verb.
                let noun = is_in(DETERMINERS, v.word(k - 1));
                v.in_quote[k].is_none()
                    && !v.is_mark(k)
                    && !v.is_punct(k, ".")
                    && (noun || lex.cue_of_lowercase(v.word(k)).is_none())
            })
            .find(|&k| v.is_punct(k, ","))?
    } else {
        return None;
    };
    if attribution_follows(v, lex, after + 1) {
        return None;
    }
    let start = after + 1;
    let end = content_end(v, lex, start);
    let words = v.word_count(start, end);
    if words == 0 || v.in_quote[start].is_some() {
        return None;
    }
    let resumed_clause = has_finite_verb(v, lex, (start, end));
    let first = v.word(start);
    // "…, said Ms. Vo, a senior analyst": a noun phrase after the cue clause describes the
    // speaker; a relative clause, a coordinated one or a participle ("…, she said,
    // referring to …") is the writer's.
    if is_in(&["a", "an", "the"], first) && !resumed_clause
        || is_in(CLAUSE_WORDS, first) && first != "that" && !is_in(SUBORDINATORS, first)
        || is_in(&["where", "while", "when", "as", "then"], first)
        // A participle, but not "during" ("…, she said, during which …")
        || first.ends_with("ing") && !is_in(PREPOSITIONS, first)
        // "Putting the show together, Butz said, allowed him …": after words with no verb,
        // a past form is their predicate, not a participle of the writer's.
        || first.ends_with("ed") && (!unquoted || has_finite_verb(v, lex, f.content))
    {
        return None;
    }
    // The content resumes when the part before the cue is no clause of its own ("The
    // breaking point, Ash wrote, came on Friday"), or what follows is a clause or its
    // complement ("It is no surprise, Garin said, that …", "… be aided, Devine said, by …").
    // The rules for an unfinished part are for reported words, not quotations.
    let completes = resumed_clause && words >= 3
        || unquoted
            && (!has_finite_verb(v, lex, f.content)
                || first == "that"
                || is_in(SUBORDINATORS, first) && words >= 3
                || is_in(PREPOSITIONS, first) && words >= 3);
    completes.then_some((start, end))
}

fn quote_after_cue(v: &SentenceView, lex: &Lexicon, cue_end: usize) -> Option<(usize, usize)> {
    // `said X, "…"`, `said: "…"`, `said "…"` (no comma), and past a short aside that is no
    // attribution of its own: `said Sherman, speaking of politicians, "…"`.
    let start = v.token_at(cue_end);
    let open = (start..(start + 25).min(v.len()))
        .take_while(|&k| {
            !v.is_punct(k, ".")
                && !v.is_close_mark(k)
                && v.in_quote[k].is_none()
                && (k == start
                    || v.word(k) != "that"
                        && (lex.cue_of_lowercase(v.word(k)).is_none()
                            // "said when asked about it, "…"": a short adverbial clause.
                            || is_in(&["when", "after", "if"], v.word(k - 1))))
        })
        .find(|&k| v.is_open_mark(k))?;
    if open > start && !v.is_punct(open - 1, ",") && !v.is_punct(open - 1, ":") {
        return None;
    }
    let q = v.in_quote.get(open + 1).copied().flatten()?;
    let last = (open + 1..v.len())
        .take_while(|&k| v.in_quote[k] == Some(q))
        .last()?;
    Some((open + 1, last + 1))
}

/// Whether a phrase whose head names no known kind of speaker ("the tenant advocates",
/// "About 40 rabbis") is the speaker anyway: a verb of speech follows it directly, and it
/// looks like a noun phrase, not the tail of a prepositional phrase ("on camera said") or a
/// verb's subject misread ("some posts in German"). The caller also asks for a clause after.
/// Words before a count that make it approximate: "About 40 rabbis", "nearly nine out of 10".
const APPROXIMATORS: &WordList = &WordList::new(&["about", "nearly", "almost", "some", "over"]);

fn speaks_by_verb(
    v: &SentenceView,
    facts: &crate::rules::FactPack,
    np: Np,
    cue: &CueForm,
    cue_end: usize,
) -> bool {
    let counted = |k: usize| {
        v.tokens[k].kind == crate::text::TokenKind::Number || facts.is_number_word(v.word(k))
    };
    // "Gun control advocates said": a bare plural with its modifiers.
    let bare_plural = np.end - np.start <= 4 && {
        let head = v.word(np.end - 1);
        head.len() > 3
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !v.is_capitalized(np.end - 1)
    };
    // "-- having suggested …": a lone participle is no subject.
    let lone_participle =
        np.end - np.start == 1 && !v.is_capitalized(np.start) && v.word(np.start).ends_with("ing");
    let starts_noun_phrase = is_in(DETERMINERS, v.word(np.start))
        || np.end - np.start == 1 && !lone_participle
        || bare_plural
        || counted(np.start)
        || is_in(APPROXIMATORS, v.word(np.start)) && np.start + 1 < np.end && counted(np.start + 1);
    (cue.has(Frame::Speech) || cue.has(Frame::Tell))
        && starts_noun_phrase
        && (np.start..np.end).all(|k| !v.word(k).contains('\'') && v.is_word(k))
        && !(np.start > 0
            && is_in(PREPOSITIONS, v.word(np.start - 1))
            && !(counted(np.start) && is_in(APPROXIMATORS, v.word(np.start - 1))))
        && !(cue_end < v.len()
            && is_in(PREPOSITIONS, v.word(cue_end))
            && !adjunct_then_that(v, cue_end))
}

/// A short time or channel adjunct after a cue and then "that": "said on Friday that …",
/// "said in a statement that …". The clause after it is what was said. Narrower than
/// [`adjuncts_only`], which reads content after a known speaker: here the speaker is a noun
/// no list names, and "adds to the controversy that …" must not make it one.
fn adjunct_then_that(v: &SentenceView, at: usize) -> bool {
    const REACH: usize = 6;
    if !matches!(v.word(at), "on" | "in" | "at" | "during" | "late" | "early") {
        return false;
    }
    let Some(that) = (at + 1..(at + REACH).min(v.len())).find(|&k| v.word(k) == "that") else {
        return false;
    };
    (at + 1..that).all(|k| v.is_word(k) && v.in_quote[k].is_none())
        && (at + 1..that).any(|k| is_time_word(v.word(k)) || is_in(CHANNEL_NOUNS, v.word(k)))
}

/// Agent nouns by their shape: "organizer", "specialist", "resident", "official".
/// A noun naming people, singular or plural: "residents", "families", "organizer", "women".
pub(super) fn is_people_noun(lex: &Lexicon, w: &str) -> bool {
    let singular = match w.strip_suffix("ies") {
        Some(stem) if w.len() > 4 => std::borrow::Cow::Owned(format!("{stem}y")),
        _ => std::borrow::Cow::Borrowed(w.strip_suffix('s').unwrap_or(w)),
    };
    is_agent_noun(&singular)
        || lex.people.contains(w)
        || lex.people.contains(singular.as_ref())
        // "executives", "diplomats": the plural of a role
        || singular.len() < w.len() && lex.titles.contains(singular.as_ref())
        // "firemen", "congressman", but not the given names "Carmen" or "Herman"
        || (is_plural_in_men(w) || w.len() > 4 && w.ends_with("man")) && !lex.is_given_name(w)
}

fn is_agent_noun(w: &str) -> bool {
    w.len() > 5
        && ["er", "or", "ist", "ant", "ent", "ian", "eer"]
            .iter()
            .any(|suffix| w.ends_with(suffix))
        && !matches!(
            w,
            "order"
                | "number"
                | "matter"
                | "letter"
                | "paper"
                | "water"
                | "center"
                | "border"
                | "factor"
                | "sector"
                | "percent"
                | "moment"
                | "content"
                | "element"
                | "statement"
                | "government"
                | "agreement"
                | "comment"
                | "argument"
                | "event"
                | "extent"
                | "amendment"
                | "department"
                | "treatment"
                | "movement"
                | "payment"
                | "document"
                | "instrument"
                | "environment"
        )
}

/// Verbs before "that" that do not report what someone says or thinks.
const NOT_THAT_VERBS: &WordList = &WordList::new(&[
    "ensured",
    "ensures",
    "means",
    "meant",
    "is",
    "was",
    "does",
    "did",
    "has",
    "had",
    "so",
    "given",
    "provided",
    "assuming",
    "assumed",
    "except",
    "seems",
    "seemed",
    "appears",
    "appeared",
    "happens",
    "happened",
    "follows",
    "followed",
    "added",
    "needed",
    "needs",
    "requires",
    "required",
    "stipulated",
    "proved",
    "turned",
    "resulted",
    "led",
    "caused",
    "causes",
    "helped",
    "helps",
    "noticed",
    "used",
    "passed",
    "reached",
    "signed",
    "voted",
    "states",
]);

/// Irregular past forms that take a that-clause.
const IRREGULAR_THAT_VERBS: &WordList = &WordList::new(&[
    "knew",
    "felt",
    "understood",
    "heard",
    "taught",
    "swore",
    "forgot",
    "foresaw",
]);

/// Adjectives of stance before a that-clause: "is confident that", "were hopeful that".
const THAT_ADJECTIVES: &WordList = &WordList::new(&[
    "confident",
    "hopeful",
    "sure",
    "certain",
    "aware",
    "adamant",
    "optimistic",
    "afraid",
    "convinced",
    "concerned",
    "worried",
    "skeptical",
    "sceptical",
    "glad",
    "happy",
    "unaware",
]);

/// Words opening a fronted subordinate clause.
pub(super) const SUBORDINATORS: &WordList = &WordList::new(&[
    "when", "if", "as", "after", "although", "while", "because", "since", "before", "once",
    "though", "whenever", "unless", "until",
]);

/// After a comma, words that start a trailing clause outside the reported content. ", when
/// …" and ", because …" go on with the reported words more often than not ("said the dyke
/// broke in 1953, when the sea rose", "believed it was closed, because the gate was locked").
const TRAILING_CLAUSE: &WordList = &WordList::new(&[
    "who", "which", "whose", "where", "while", "although", "though", "whereas",
]);

/// ", even though it was clear …", ", even as he understands …", ", both of whom are …":
/// a concession or a relative clause after "of" comments on the reported words. ("Even if"
/// and "even when" are more often the speaker's own condition: measured on PolNeAR, ending
/// the content there helped no match.)
fn trailing_concession(v: &SentenceView, i: usize) -> bool {
    v.word(i) == "even" && is_in(&["as", "though"], v.word(i + 1))
        || v.word(i + 1) == "of"
            && is_in(&["whom", "which"], v.word(i + 2))
            && is_in(super::speaker::PARTITIVES, v.word(i))
}

/// ", and the ACLU has sued …": a coordinated clause with a subject of its own ends the
/// reported content.
fn new_clause_follows(v: &SentenceView, lex: &Lexicon, i: usize, words_so_far: usize) -> bool {
    if words_so_far < 4 || !is_coordinator(v.word(i)) {
        return false;
    }
    let next = i + 1;
    let w = v.word(next);
    if is_in(SUBORDINATORS, w) && !is_in(&["as", "because"], w) {
        // ", but if he did, he would …": a subordinate clause opens the writer's own
        // sentence ("as" and "because" do not: "not because …, but because …" goes on).
        return v.in_quote.get(next).copied().flatten().is_none();
    }
    let subject = is_in(
        &[
            "the", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "some",
            "many", "other", "others", "several", "most", "both", "few",
        ],
        v.word(next),
    ) || v.is_capitalized(next)
        // ", but analysts at the bank estimated …": a group of people opens a clause.
        || super::speaker::is_plural_group(lex, w);
    subject && v.in_quote.get(next).copied().flatten().is_none()
}

/// At `t`, "and" or "but" without a comma, then a personal pronoun and a past or reporting
/// verb: "said hackers broke in and she accused …". A clause with a subject of its own, so
/// the content ends.
fn pronoun_clause_follows(v: &SentenceView, lex: &Lexicon, t: usize, words_so_far: usize) -> bool {
    if words_so_far < 4
        || v.in_quote[t].is_some()
        || !is_coordinator(v.word(t))
        || v.is_punct(t - 1, ",")
        || !is_in(&["he", "she", "they", "we", "i"], v.word(t + 1))
    {
        return false;
    }
    let verb = v.word(t + 2);
    is_past_form(verb) || lex.cue_of_lowercase(verb).is_some()
}

/// "and" or "but", which join a coordinated clause or predicate.
fn is_coordinator(w: &str) -> bool {
    is_in(&["and", "but"], w)
}

pub(super) fn is_dash(v: &SentenceView, k: usize) -> bool {
    v.is_punct(k, "—")
        || v.is_punct(k, "–")
        // "above- and below-ground": a hyphen on the word before it is no dash.
        || v.is_punct(k, "-") && !(k > 0 && v.tokens[k - 1].span.end == v.tokens[k].span.start)
}

/// `The move, analysts said, could trigger …`, `This, he said, is why …`: the reported words
/// are a subject of at most three words before the cue clause and the predicate after it.
fn short_subject_interrupted(
    v: &SentenceView,
    lex: &Lexicon,
    np: Np,
    cue_start: usize,
    cue_end: usize,
) -> Option<Found> {
    let comma = np.start.checked_sub(1)?;
    // Up to five words, a hashtag or handle among them ("The hashtag #RechercheParis"),
    // with no verb of their own.
    let words = v.word_count(0, comma);
    let short_subject = v.is_punct(comma, ",")
        && (1..=5).contains(&words)
        && (0..comma).all(|k| {
            v.in_quote[k].is_none()
                && (v.is_word(k) || v.is_punct(k, "#") || v.is_punct(k, "@") || v.is_punct(k, "-"))
        })
        && (is_in(DETERMINERS, v.word(0))
            || is_in(&["it", "he", "she", "they", "we"], v.word(0))
            // "Wage growth, he noted, was …", "Turnout, officials said, had …": a noun
            // with no determiner, not a fronted adjunct ("In May", "Later", "Yesterday").
            // "Cost estimates, he added, …": no word of it may be a cue of its own.
            || v.is_capitalized(0)
                && !is_time_word(v.word(0))
                && !is_ly_adverb(v.word(0))
                && !super::speaker::is_leading_function_word(v.word(0))
                && (0..comma).all(|k| lex.cue_of_lowercase(v.word(k)).is_none()))
        && !has_finite_verb(v, lex, (0, comma));
    if !short_subject {
        return None;
    }
    // The cue clause ends at a comma, past a short adjunct if any ("Ash, the airline said
    // in a statement, posed …").
    let comma_after = if v.is_punct(cue_end, ",") {
        cue_end
    } else if is_adjunct_start(v.word(cue_end)) {
        (cue_end + 1..v.len().min(cue_end + 7))
            .take_while(|&k| v.in_quote[k].is_none() && (v.is_word(k) || v.is_punct(k, ",")))
            .find(|&k| v.is_punct(k, ","))?
    } else {
        return None;
    };
    let resumed = comma_after + 1;
    // "could trigger": here a modal starts the predicate too. "The council, she wrote, "is
    // entitled …"": so does a quotation that opens with the predicate.
    let k = predicate_at(v, resumed, true).or_else(|| {
        (v.is_open_mark(resumed)
            && !v.is_capitalized(resumed + 1)
            && is_finite_verb(v.word(resumed + 1), true))
        .then_some(resumed)
    })?;
    let end = content_end(v, lex, resumed);
    if end <= k {
        return None;
    }
    let mut found = Found::new(
        np,
        v.span_of(cue_start, cue_end),
        (0, comma),
        Vec::new(),
        true,
    );
    found.more = Some((resumed, end));
    Some(found)
}

/// Nouns for a group, never one person whom "he" or "she" could be.
const COLLECTIVES: &WordList = &WordList::new(&[
    "group",
    "team",
    "crowd",
    "family",
    "majority",
    "minority",
    "half",
    "third",
    "quarter",
    "percent",
    "%",
    "people",
    "those",
    "others",
    "many",
    "both",
    "audience",
    "panel",
    "board",
    "committee",
    "couple",
    "staff",
    "public",
    "campaign",
    "party",
]);

/// The longest agent of a passive quoting verb: "was quoted by the semi-official Tasnim news
/// agency as saying".
const MAX_AGENT: usize = 8;

/// The longest words an adjunct between a coordinator and its cue may have: "but in a
/// later interview said".
const MAX_ADJUNCT: usize = 6;

/// At `i`, a short adjunct (a preposition and words, no mark, no cue) followed by a cue:
/// the cue's index.
fn adjunct_then_cue(v: &SentenceView, lex: &Lexicon, i: usize) -> Option<usize> {
    if !is_in(PREPOSITIONS, v.word(i)) {
        return None;
    }
    let limit = (i + 1 + MAX_ADJUNCT).min(v.len());
    let plain = |c: usize| v.is_word(c) && v.in_quote[c].is_none();
    // The first word that is not plain, or a cue: only a plain one is a cue.
    let c = (i + 1..limit).find(|&c| !plain(c) || lex.cue_of_lowercase(v.word(c)).is_some())?;
    plain(c).then_some(c)
}

/// The coordinator before a short adjunct that ends at the cue `k`: "but" in "denied it,
/// but in a later interview said".
fn coordinator_before_adjunct(v: &SentenceView, lex: &Lexicon, k: usize) -> Option<usize> {
    let conj = (k.saturating_sub(MAX_ADJUNCT + 2)..k)
        .rev()
        .find(|&j| is_coordinator(v.word(j)))?;
    (adjunct_then_cue(v, lex, conj + 1) == Some(k)).then_some(conj)
}

/// After a comma: a participle cue, "according to", "reported by", or a postposed
/// "X said" that closes the sentence.
fn attribution_follows(v: &SentenceView, lex: &Lexicon, i: usize) -> bool {
    if i >= v.len() {
        return false;
    }
    // ", and other leaders said …", ", but said …": a coordinated attribution.
    let coordinated = is_coordinator(v.word(i));
    let i = if coordinated { i + 1 } else { i };
    if i >= v.len() {
        return false;
    }
    let w = v.word(i);
    // ", but in a later interview said …".
    if coordinated {
        if let Some(cue) = adjunct_then_cue(v, lex, i).and_then(|c| lex.cue_of_lowercase(v.word(c)))
        {
            return cue.has(Frame::Speech)
                && matches!(cue.form, VerbForm::Past | VerbForm::ThirdPerson);
        }
    }
    if lex.according.iter().any(|p| v.matches_at(i, p)) {
        return true;
    }
    if is_in(&["reported", "as"], w) && v.word(i + 1) == "by"
        || w == "as" && lex.cue_of_lowercase(v.word(i + 2)).is_some()
    {
        return true;
    }
    if let Some(c) = lex.cue_of_lowercase(w) {
        if c.form == VerbForm::Participle && (c.has(Frame::Speech) || c.has(Frame::Tell)) {
            return true;
        }
        if c.has(Frame::Speech) && matches!(c.form, VerbForm::Past | VerbForm::ThirdPerson) {
            return true; // ", said X."
        }
    }
    // ", X said." / ", the ministry told Reuters."
    cue_after_subject(v, lex, i).is_some_and(|(c, cue)| {
        (cue.has(Frame::Speech) || cue.has(Frame::Tell))
            && matches!(cue.form, VerbForm::Past | VerbForm::ThirdPerson)
            && clause_ends_after(v, c + 1)
    })
}

/// A quotation mark next to a cue (`"…," she continued`, `he continued: "…"`), past a
/// speaker or a short adjunct: what a quotation-only cue needs before it is tried.
fn quotation_near(v: &SentenceView, i: usize, cue_end: usize) -> bool {
    let n = v.len();
    (i.saturating_sub(6)..i).any(|k| v.is_close_mark(k))
        || (cue_end..(cue_end + 10).min(n)).any(|k| v.is_open_mark(k))
}

/// The cue right after a noun phrase at `i` and any auxiliaries or adverbs ("the ministry
/// has also said"), and the cue's token.
fn cue_after_subject<'l>(
    v: &SentenceView,
    lex: &'l Lexicon,
    i: usize,
) -> Option<(usize, &'l CueForm)> {
    cue_after(v, lex, forward_np(v, lex, i)?.end)
}

/// The cue at `end`, the end of a subject, past any auxiliaries or adverbs, and its token.
fn cue_after<'l>(v: &SentenceView, lex: &'l Lexicon, end: usize) -> Option<(usize, &'l CueForm)> {
    let mut c = end;
    while c < v.len() && is_in(BETWEEN_SUBJECT_AND_CUE, v.word(c)) {
        c += 1;
    }
    lex.cue_of_lowercase(v.word(c)).map(|cue| (c, cue))
}

/// A subject and a form of "say" at `i`: "one in four said", "others have said", "Trump
/// says".
fn say_follows(v: &SentenceView, lex: &Lexicon, i: usize) -> bool {
    v.in_quote[i].is_none()
        && (share_then_say(v, lex, i)
            || cue_after_subject(v, lex, i).is_some_and(|(_, cue)| {
                cue.lemma == "say"
                    && matches!(
                        cue.form,
                        VerbForm::Past | VerbForm::ThirdPerson | VerbForm::Base
                    )
            }))
}

/// ", NBC's Chuck Todd asked the frontrunner …", ", even a top strategist said …", ", and
/// one in five say …": a subject and a reporting verb after a comma start another
/// attribution, whatever follows the verb, so the content before the comma ends there.
fn speaker_and_cue_follow(v: &SentenceView, lex: &Lexicon, i: usize) -> bool {
    let mut i = i;
    if is_coordinator(v.word(i)) {
        i += 1;
    }
    while is_in(PREDICATE_ADVERBS, v.word(i)) {
        i += 1;
    }
    if v.in_quote.get(i).copied().flatten().is_some() {
        return false;
    }
    let reports = |cue: &CueForm| {
        (cue.has(Frame::Speech) || cue.has(Frame::Tell))
            && matches!(cue.form, VerbForm::Past | VerbForm::ThirdPerson)
    };
    cue_after_subject(v, lex, i).is_some_and(|(_, cue)| reports(cue))
        || share_then_say(v, lex, i)
        || named_in_apposition_then_cue(v, lex, i).is_some_and(reports)
}

/// "one, retired teacher Frank Doyle, told …", "a neighbour, Ada Brun, said …": a subject,
/// a name between commas, and the cue after it.
fn named_in_apposition_then_cue<'l>(
    v: &SentenceView,
    lex: &'l Lexicon,
    i: usize,
) -> Option<&'l CueForm> {
    let head_end = match forward_np(v, lex, i) {
        Some(np) => np.end,
        None if v.word(i) == "one" => i + 1,
        None => return None,
    };
    if !v.is_punct(head_end, ",") {
        return None;
    }
    let name = super::speaker::role_then_name(v, lex, head_end + 1)
        .filter(|np| v.is_capitalized(np.end - 1))?;
    if !v.is_punct(name.end, ",") {
        return None;
    }
    cue_after(v, lex, name.end + 1).map(|(_, cue)| cue)
}

/// A share of a group and "say": "one in five say", "nearly a third said", "55 percent of
/// voters said".
fn share_then_say(v: &SentenceView, lex: &Lexicon, i: usize) -> bool {
    let w = v.word(i);
    let share = w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || is_share_in(v, i + 1)
        || is_in(APPROXIMATORS, w)
        || is_in(&["half", "most", "a"], w)
        // "and more than 4 in 10 said …"
        || is_in(&["more", "fewer", "less"], w) && v.word(i + 1) == "than"
        || ["quarters", "thirds", "fifths"]
            .iter()
            .any(|f| w.ends_with(f));
    let from = if v.word(i + 1) == "than" {
        i + 2
    } else {
        i + 1
    };
    share
        && (from..(i + 8).min(v.len()))
            .take_while(|&k| {
                v.is_word(k)
                    && v.in_quote[k].is_none()
                    && !is_in(CLAUSE_WORDS, v.word(k))
                    && v.word(k) != "who"
            })
            .any(|k| {
                lex.cue_of_lowercase(v.word(k)).is_some_and(|cue| {
                    cue.has(Frame::Speech)
                        && cue.lemma == "say"
                        && matches!(cue.form, VerbForm::Past | VerbForm::Base)
                })
            })
}

/// Whether the clause ends soon after `i` (a postposed cue closes its sentence, or is
/// followed only by a short adjunct or a reporting chain).
fn clause_ends_after(v: &SentenceView, i: usize) -> bool {
    let n = v.len();
    let mut k = i;
    let mut words = 0;
    if is_in(CONTENT_STARTERS, v.word(i)) {
        return false; // "he said he's not worried": the content follows
    }
    if (v.is_punct(i, ",") || v.is_punct(i, ":")) && v.is_open_mark(i + 1) {
        return false; // "Mr. Trump said, "…""
    }
    // "…, she said in a video message to the convention.": an adjunct may run longer.
    let limit = if is_in(PREPOSITIONS, v.word(i)) || is_time_word(v.word(i)) {
        10
    } else {
        5
    };
    while k < n {
        if v.is_punct(k, ".")
            || v.is_punct(k, ",")
            || v.is_punct(k, ";")
            || v.is_punct(k, "!")
            || v.is_punct(k, "?")
            || v.is_punct(k, "—")
        {
            return true;
        }
        // "…, she said Friday on CNN's “New Day.”": a quoted title after a preposition is
        // part of the adjunct.
        if v.is_open_mark(k) && k > i && titles_after_preposition(v, i, k) {
            match (k + 1..n).find(|&j| v.is_close_mark(j)) {
                Some(close) => {
                    words += 1;
                    k = close + 1;
                    continue;
                }
                None => return false,
            }
        }
        if v.is_open_mark(k) || v.is_punct(k, ":") || v.word(k) == "that" {
            return false; // the content follows the cue
        }
        words += 1;
        if words > limit {
            return false;
        }
        k += 1;
    }
    true
}

/// Whether the quotation that closes at `close` (or just before it) is a title after a
/// preposition in an adjunct that opens the sentence: `Wednesday on Fox's “Hannity,”`,
/// `In an appearance on "Morning Joe,"`.
fn quoted_title_before(v: &SentenceView, close: usize) -> bool {
    let close = if v.is_close_mark(close) {
        Some(close)
    } else {
        close.checked_sub(1)
    };
    let first = close.and_then(|close| first_quoted_before(v, close));
    // The title is in a short adjunct that opens the sentence.
    let opener = v.word(0);
    let adjunct_opens = is_in(PREPOSITIONS, opener) || is_time_word(opener) || opener == "later";
    first.is_some_and(|first| {
        (2..=12).contains(&first)
            && adjunct_opens
            && v.is_open_mark(first - 1)
            && titles_after_preposition(v, 0, first - 1)
    })
}

/// Whether the quotation that closes at `close` follows a word of the sentence: `Citing
/// “obligations in Tennessee,” the spokeswoman told …`, not a quotation that opens it.
fn quotation_inside_phrase(v: &SentenceView, close: usize) -> bool {
    first_quoted_before(v, close).is_some_and(|first| first >= 2 && v.is_word(first - 2))
}

/// The token after the quotation that the mark at `open` opens (its closing mark when it
/// is closed in the sentence).
fn after_quotation(v: &SentenceView, open: usize) -> Option<usize> {
    let quote = v.in_quote.get(open + 1).copied().flatten()?;
    (open + 1..v.len()).find(|&k| v.in_quote[k] != Some(quote))
}

/// The first token inside the quotation whose closing mark is at `close`.
pub(super) fn first_quoted_before(v: &SentenceView, close: usize) -> Option<usize> {
    let quote = close.checked_sub(1).and_then(|k| v.in_quote[k])?;
    (0..close)
        .rev()
        .take_while(|&k| v.in_quote[k] == Some(quote))
        .last()
}

/// Whether the opening mark at `open` starts a title inside an adjunct that begins at `from`:
/// the mark follows a preposition ("on “New Day”") or a possessive after one ("on CNN's
/// “New Day”").
fn titles_after_preposition(v: &SentenceView, from: usize, open: usize) -> bool {
    let before = v.word(open - 1);
    is_in(PREPOSITIONS, before)
        || (before.ends_with("'s") || before.ends_with("’s"))
            && (from..open - 1).any(|k| is_in(PREPOSITIONS, v.word(k)))
}

/// Whether tokens a..b look like a clause (have a finite verb) rather than a bare noun phrase.
/// Whether a that-less clause follows a cue at `i`: `…," Rep. Darrell Issa said Clinton's
/// "judgment" is in question`, where the quotation before the speaker is no content.
/// The verb must come before any punctuation, subordinator or relative pronoun: in `…,"
/// Cruz said as the heckler yelled`, what follows is an adjunct.
fn clause_follows(v: &SentenceView, lex: &Lexicon, i: usize) -> bool {
    // "said if the governor picked her it would be …": a conditional is said.
    let subordinate = is_in(SUBORDINATORS, v.word(i)) && v.word(i) != "if";
    if !v.is_word(i) || is_adjunct_start(v.word(i)) || subordinate {
        return false;
    }
    let stop = (i + 1..(i + 24).min(v.len()))
        .find(|&k| {
            v.is_punct(k, ",")
                || v.is_punct(k, ".")
                || v.is_punct(k, ";")
                || v.is_punct(k, ":")
                || is_dash(v, k)
                || is_in(SUBORDINATORS, v.word(k))
                || lex.relatives.contains(v.word(k))
        })
        .unwrap_or(v.len().min(i + 24));
    !clause_ends_after(v, i) && has_finite_verb(v, lex, (i + 1, stop))
}

fn has_clause(v: &SentenceView, lex: &Lexicon, (a, b): (usize, usize)) -> bool {
    (a..b).any(|k| v.in_quote[k].is_some()) || has_finite_verb(v, lex, (a, b))
}

/// A clause's subject pronoun: "by saying he is ready" says words; "by saying the rosary"
/// is an act.
fn opens_clause_with_pronoun(w: &str) -> bool {
    is_in(super::speaker::SUBJECT_PRONOUNS, w) || w == "it" || w == "there"
}

/// "Having announced that the quay would stay shut, the harbour master …": a perfect
/// participle opens a clause whose subject follows it, as "After saying …" does.
fn opens_with_perfect_participle(v: &SentenceView) -> bool {
    v.word(0) == "having"
}

/// The preposition or subordinator before the participle at `i`, over one adverb: "by
/// saying", "after initially saying", "before first saying".
fn preposition_of_participle(v: &SentenceView, i: usize) -> Option<usize> {
    const OPENERS: &WordList = &WordList::new(&[
        "after", "before", "by", "while", "from", "in", "since", "when", "despite", "upon",
    ]);
    let mut k = i.checked_sub(1)?;
    if k == 0 && opens_with_perfect_participle(v) {
        return Some(0);
    }
    if k > 0 && (is_ly_adverb(v.word(k)) || is_in(&["first", "later", "again"], v.word(k))) {
        k -= 1;
    }
    is_in(OPENERS, v.word(k)).then_some(k)
}

/// A title marker of one word ("titled", "called", "dubbed"): it names what comes before it.
fn is_one_word_title_marker(lex: &Lexicon, w: &str) -> bool {
    lex.title_markers.iter().any(|m| m.len() == 1 && m[0] == w)
}

/// A past-tense form: regular ("closed") or irregular ("held").
fn is_past_form(w: &str) -> bool {
    w.len() > 3 && w.ends_with("ed") || is_in(IRREGULAR_PAST, w)
}

/// A finite verb among tokens a..b, quotations not counted.
fn has_finite_verb(v: &SentenceView, lex: &Lexicon, (a, b): (usize, usize)) -> bool {
    (a..b).any(|k| {
        let w = v.word(k);
        v.in_quote[k].is_none()
            && (is_in(BE_FORMS, w)
                || is_in(AUXILIARIES, w)
                || (is_in(PAST_NOT_PARTICIPLE, w) && k > a && !is_in(DETERMINERS, v.word(k - 1)))
                || (w.ends_with("ed")
                    && k > a
                    && !is_in(DETERMINERS, v.word(k - 1))
                    // "a photo accompanied by …", "the danger posed by …": a participle
                    && v.word(k + 1) != "by"
                    // "a caption titled …"
                    && !is_one_word_title_marker(lex, w))
                || k == a && lex.pronouns.contains(w)
                // "this provides an incentive", "the tolls ensures her support": a
                // present verb before its object
                || present_verb_before_object(v, k, a)
                // "I'd consider", "we're ready": a pronoun and its auxiliary
                || contracted_pronoun(w, false).is_some())
    })
}

/// A verb in the present's -s form at `k`, after a subject: "the decision, which …,
/// illustrates …".
fn present_verb_at(v: &SentenceView, k: usize) -> bool {
    v.is_word(k) && v.in_quote.get(k).copied().flatten().is_none() && is_s_form(v, k)
}

/// A lowercase word that may be a verb's -s form: not "-ss", "-us", "-is" or a contraction.
fn is_s_form(v: &SentenceView, k: usize) -> bool {
    let w = v.word(k);
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.contains('\'')
        && !v.is_capitalized(k)
}

/// Whether token `k` is a verb in the present's -s form with its object after it: "this
/// provides an incentive", "the popularity of the tolls ensures her support". The word
/// before is no determiner or preposition (a noun: "the plans of the board").
fn present_verb_before_object(v: &SentenceView, k: usize, a: usize) -> bool {
    k > a
        && v.word(k).len() > 4
        && is_s_form(v, k)
        && v.is_word(k - 1)
        // "this provides …": a demonstrative opening the clause is its subject
        && (!is_in(DETERMINERS, v.word(k - 1))
            || k - 1 == a && is_in(&["this", "that"], v.word(k - 1)))
        && !is_in(PREPOSITIONS, v.word(k - 1))
        && (is_in(DETERMINERS, v.word(k + 1)) && v.word(k + 1) != "that"
            || is_in(&["him", "them", "us", "me"], v.word(k + 1)))
}

fn later_participle_cue(v: &SentenceView, lex: &Lexicon, from: usize) -> bool {
    (from..v.len()).any(|k| {
        v.in_quote[k].is_none()
            && lex
                .cue_of_lowercase(v.word(k))
                .is_some_and(|c| c.form == VerbForm::Participle && c.can_follow_content())
    })
}

/// Moves a content-first cue whose content holds another claim into that claim's
/// reporting chain: `X said …, Reuters reported` → via "Reuters reported".
fn fold_postposed_into_via(v: &SentenceView, found: &mut Vec<Found>) {
    let mut i = 0;
    while i < found.len() {
        if !found[i].postposed {
            i += 1;
            continue;
        }
        let (a, b) = found[i].content;
        let content_start = v.tokens.get(a).map_or(0, |t| t.span.start);
        let content_end = b
            .checked_sub(1)
            .and_then(|k| v.tokens.get(k))
            .map_or(0, |t| t.span.end);
        // The host's cue lies inside the content ("X said Y, the Times reported"), not
        // between it and the postposed cue ("…," one witness, who asked …, told Reuters),
        // and the host's words run to the end of that content: "After X asked about it,
        // the Graysons became agitated, according to a source" reports more than X's words.
        let host = found.iter().position(|g| {
            let host_end = g.more.map_or(g.content.1, |m| m.1.max(g.content.1));
            // "X claimed that …, advising …, according to IRIB": a participle after the
            // host's words goes on with its speaker.
            let participle_follows = host_end + 1 < b
                && v.is_punct(host_end, ",")
                && v.word(host_end + 1).ends_with("ing")
                && !v.is_capitalized(host_end + 1);
            !g.postposed
                && g.cue.start >= content_start
                && g.cue.end <= content_end
                && (host_end + 2 >= b || participle_follows)
        });
        match host {
            Some(h) => {
                let f = found.remove(i);
                let span = match f.source {
                    Some(np) => v.span_of(np.start, np.end).cover(f.cue),
                    None => f.cue,
                };
                let h = if h > i { h - 1 } else { h };
                found[h].via.push(span);
            }
            None => i += 1,
        }
    }
}

fn trim_end(v: &SentenceView, start: usize, mut end: usize) -> usize {
    while end > start {
        let k = end - 1;
        let trailing = v.in_quote[k].is_none()
            && !v.is_mark(k)
            && (v.is_punct(k, ".")
                || v.is_punct(k, ",")
                || v.is_punct(k, ";")
                || v.is_punct(k, ":")
                || v.is_punct(k, "—")
                || v.is_punct(k, "-"));
        if trailing {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// The content's byte span; a quotation's marks stay with it.
/// The bytes a find covers: its speaker in this sentence, its cue and its content.
fn extent(v: &SentenceView, f: &Found) -> Span {
    let (a, b) = f.content;
    let mut span = v.span_of(a, b).cover(f.cue);
    if let Some((c, d)) = f.more {
        span = span.cover(v.span_of(c, d));
    }
    if let Some(np) = f.source {
        span = span.cover(v.span_of(np.start, np.end));
    }
    span
}

/// Whether a hedge of the sentence qualifies find `k` (of finds covering `extents`). One inside
/// the find does; one inside another find qualifies that one ("Hale said the strike would
/// likely end, and Ortiz said it would not"); one before the find qualifies it unless a
/// comma sets it off in a clause of its own ("Asked whether the strike was likely to end,
/// Hale said …"), though a sentence adverb set off by its own comma ("Reportedly, …") still
/// does.
fn hedges_claim(v: &SentenceView, hedge: Span, k: usize, extents: &[Span]) -> bool {
    let own = extents[k];
    if own.contains(hedge) {
        return true;
    }
    if extents.iter().any(|e| e.contains(hedge)) {
        return false;
    }
    if hedge.end > own.start {
        return true;
    }
    let between = &v.text[hedge.end..own.start];
    match between.find(',') {
        None => true,
        Some(comma) => between[..comma].trim().is_empty(),
    }
}

fn content_span(v: &SentenceView, a: usize, b: usize) -> Span {
    let mut a = a;
    let mut b = b;
    while a < b && v.is_punct(a, ",") {
        a += 1;
    }
    // Include an opening mark right before and a closing mark right after.
    if a > 0 && v.is_open_mark(a - 1) && (a..b).all(|k| v.in_quote[k].is_some()) {
        a -= 1;
    }
    if b < v.len() && v.is_close_mark(b) {
        b += 1;
    }
    v.span_of(a, b)
}

/// Direct when every word is quoted; one word of the writer's (`said her "thoughts are …"`)
/// makes a claim mixed.
fn claim_kind(v: &SentenceView, a: usize, b: usize) -> ClaimKind {
    // Counted in one pass, with no list of the words.
    let (mut words, mut quoted) = (0, 0);
    for k in a..b {
        if v.is_word(k) {
            words += 1;
            quoted += usize::from(v.in_quote[k].is_some());
        }
    }
    if quoted == 0 {
        ClaimKind::Indirect
    } else if quoted == words {
        ClaimKind::Direct
    } else {
        ClaimKind::Mixed
    }
}

/// Whether any pattern can match, given the [`WordClass`]es of the sentence's words: every
/// one needs a cue form, a document verb, an `according` phrase, "that", a colon, or a
/// quotation opening the sentence. A new pattern with another trigger must be added here,
/// or sentences that need it are skipped.
fn may_attribute(v: &SentenceView, classes: WordClass) -> bool {
    classes & (CUE | DOCUMENT_VERB | ACCORDING | THAT | COLON) != 0 || starts_with_quote(v)
}

/// The indices of the words whose [`WordClass`] has a bit of `class`: the classes are read
/// in order, with no index checked against the sentence's length.
fn words_of_class(classes: &[WordClass], class: WordClass) -> impl Iterator<Item = usize> + '_ {
    classes
        .iter()
        .enumerate()
        .filter(move |&(_, &c)| c & class != 0)
        .map(|(i, _)| i)
}

/// A [`WordClass`] bit of the extractor's own: "that" (which [`Extractor::verb_that`] needs).
const THAT: WordClass = 0x80;
/// A [`WordClass`] bit of the extractor's own: a colon (which the colon patterns need).
const COLON: WordClass = 0x40;

/// A sentence that opens a quotation, or goes on with one begun in an earlier sentence.
fn starts_with_quote(v: &SentenceView) -> bool {
    v.is_open_mark(0) || v.in_quote.first().copied().flatten().is_some()
}

/// The source of "according to" runs to the comma or the end that closes the phrase when
/// no verb comes first: "according to Senate filings", "according to a person close to the
/// campaign", "according to a study last year by economists at Yale".
fn source_to_clause_end(v: &SentenceView, lex: &Lexicon, np: Np) -> Np {
    const MAX_EXTRA: usize = 12;
    let n = v.len();
    let end = (np.end..(np.end + MAX_EXTRA + 1).min(n + 1)).find(|&k| {
        k == n
            || v.is_punct(k, ",")
            || v.is_punct(k, ".")
            || v.is_punct(k, ";")
            || v.is_punct(k, ":")
            || is_dash(v, k)
    });
    match end {
        Some(end)
            if end > np.end
                && (np.end..end).all(|k| {
                    let w = v.word(k);
                    // Nouns joined by "and" ("USA TODAY contributor and monetary historian
                    // David Marsh"), and "that night": no clause begins.
                    let in_phrase =
                        is_in(&["and", "or"], w) || w == "that" && is_time_word(v.word(k + 1));
                    v.is_word(k)
                        && v.in_quote[k].is_none()
                        && (in_phrase || !is_in(CLAUSE_WORDS, w))
                        && !is_in(&["who", "whom"], w)
                        && lex.cue_of_lowercase(w).is_none()
                })
                // "according to an interview his brother gave to ITV": a relative clause
                // with no "that" and a subject of its own.
                && (is_in(super::speaker::POSSESSIVE_DETERMINERS, v.word(np.end))
                    || !has_finite_verb(v, lex, (np.end, end))) =>
        {
            Np {
                start: np.start,
                end,
            }
        }
        _ => np,
    }
}

/// The author of a document that speaks: "a statement from the ministry", "a letter by
/// Ali Reza" → the words after "from" or "by".
fn document_author(v: &SentenceView, lex: &Lexicon, np: Np) -> Option<Np> {
    let doc = (np.start..np.end).find(|&k| lex.documents.contains(v.word(k)))?;
    // "the ministry's statement", "Iran's Foreign Ministry's statement": the possessive
    // before the document that heads the phrase, with the name or title it ends.
    if doc > np.start
        && v.word(doc - 1).ends_with("'s")
        && super::speaker::head_end(v, np) == doc + 1
    {
        let mut start = doc - 1;
        while start > np.start
            && (v.is_capitalized(start - 1) || is_title_or_institution(lex, v.word(start - 1)))
        {
            start -= 1;
        }
        if start > np.start && is_in(DETERMINERS, v.word(start - 1)) {
            start -= 1;
        }
        return Some(Np { start, end: doc });
    }
    // "A Kremlin statement", "an Azerbaijani defence ministry statement": a name or an
    // institution before the document that heads the phrase.
    if doc == np.end - 1 {
        let mut start = np.start;
        while start < doc && is_in(DETERMINERS, v.word(start)) {
            start += 1;
        }
        let names = (start..doc)
            .any(|k| v.is_capitalized(k) && k > 0 || lex.institutions.contains(v.word(k)));
        // Only nouns and adjectives before it ("House Republicans supporting the bill" is no
        // author), and a capitalised document word is a name ("The Washington Post").
        let nouns = (start..doc).all(|k| {
            let w = v.word(k);
            v.is_word(k)
                && !w.ends_with("'s")
                && !w.ends_with("ing")
                && !is_in(DETERMINERS, w)
                && !is_in(PREPOSITIONS, w)
        });
        if start < doc && names && nouns && !v.is_capitalized(doc) {
            // "a recent Federal Elections Commission report": from the name on.
            if let Some(first) = (start..doc).find(|&k| v.is_capitalized(k) && k > 0) {
                start = first;
            }
            return Some(Np { start, end: doc });
        }
    }
    // "by" after any participle ("a lawsuit filed in Manhattan by …"), "from" right after.
    let by =
        (doc + 1..np.end).find(|&k| v.word(k) == "by" || k == doc + 1 && v.word(k) == "from")?;
    (by + 1 < np.end).then_some(Np {
        start: by + 1,
        end: np.end,
    })
}

/// Content that opens with a quotation of one lowercase "-ly" word ("decisively" to any
/// breach), the way a reporter quotes how something was said or done.
fn quoted_manner_adverb(v: &SentenceView, content: (usize, usize)) -> bool {
    let (a, b) = content;
    b >= a + 3
        && v.is_open_mark(a)
        && v.is_close_mark(a + 2)
        && v.is_word(a + 1)
        && !v.is_capitalized(a + 1)
        && v.word(a + 1).len() > 4
        && is_ly_adverb(v.word(a + 1))
}

/// A canonical name of two words or more (lowercase) that names a person: no institution
/// in it, no text at its end ("the campaign's statement"), and words a person's name has
/// ("Bill Clinton").
fn names_a_person(lex: &Lexicon, lowercase: &[&str]) -> bool {
    lowercase.len() >= 2
        && !lowercase
            .iter()
            .any(|w| lex.institutions.contains(without_possessive(w)))
        && !lowercase.last().is_some_and(|w| lex.documents.contains(*w))
        && lex.may_name_person(lowercase.iter().copied())
}

/// A title in the head of `np` ("Mr. Obama", "the head of the committee"), not in what a
/// person has ("Mr. Obama's campaign"): no possessive follows it before a preposition.
fn has_personal_title(v: &SentenceView, lex: &Lexicon, np: Np) -> bool {
    // A word is owned when a possessive follows it before the next preposition. Read from
    // the end, in one pass: `owned` is that for the word at `k` (whether a possessive lies
    // between `k` and the next preposition after it).
    let mut owned = false;
    for k in (np.start..np.end).rev() {
        let w = v.word(k);
        if !owned {
            // "Mr." is the title "mr" with its abbreviation dot.
            let t = w.strip_suffix('.').unwrap_or(w);
            if lex.titles.contains(t) && !lex.institutions.contains(t) {
                return true;
            }
        }
        if is_in(PREPOSITIONS, w) {
            owned = false;
        } else if w.ends_with("'s") || w.ends_with("’s") {
            owned = true;
        }
    }
    false
}

fn strip_determiner(v: &SentenceView, np: Np) -> String {
    let mut a = np.start;
    // "one in five" keeps its count, "most of the riders" its quantifier.
    while a + 1 < np.end
        && is_in(DETERMINERS, v.word(a))
        && !is_share_in(v, a + 1)
        && v.word(a + 1) != "of"
    {
        a += 1;
    }
    join(v, a, np.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{find_quotes, Abbreviations};

    #[test]
    fn words_of_class_are_those_with_a_bit_of_it() {
        let classes = [0, CUE | HEDGE, HEDGE, 0, CUE];
        assert_eq!(words_of_class(&classes, CUE).collect::<Vec<_>>(), [1, 4]);
        assert_eq!(words_of_class(&classes, HEDGE).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(words_of_class(&classes, CUE | ACCORDING).count(), 2);
        assert_eq!(words_of_class(&classes, ACCORDING).count(), 0);
    }

    #[test]
    fn tokens_outside_passes_over_those_a_part_holds_whole() {
        let text = "He said in a statement that the talks failed.";
        let span = Span::new(0, text.len());
        let quotes = find_quotes(text, span);
        let v = SentenceView::new(text, span, &quotes, &Abbreviations::default());
        let content = Span::new(text.find("the").unwrap(), text.find('.').unwrap());
        let words = |parts: &[Span], from: usize| -> Vec<&str> {
            tokens_outside(&v, parts, from).map(|k| v.raw(k)).collect()
        };
        assert_eq!(
            words(&[content], 0),
            ["He", "said", "in", "a", "statement", "that", "."]
        );
        // Parts in any order; a start past some tokens.
        let he_said = Span::new(0, 7);
        assert_eq!(
            words(&[content, he_said], 0),
            ["in", "a", "statement", "that", "."]
        );
        assert_eq!(
            words(&[he_said, content], 3),
            ["a", "statement", "that", "."]
        );
        // A part holding no token whole ("e sa") passes over none.
        assert_eq!(words(&[Span::new(1, 5)], 0).len(), v.len());
        assert!(words(&[span], 0).is_empty());
    }
}
