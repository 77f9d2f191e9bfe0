//! Alignment: which sentences of different articles are about the same event, and which
//! quotations are the same statement, so that checks compare like with like.
//!
//! Work is in three passes, each linear in the number of articles:
//!
//! 1. per article, in parallel ([`analyze_article`]): sentences, claims, facts (each
//!    remembering its sentence and the claim that carries it), names, and event mentions;
//! 2. [`events::cluster`]: mentions grouped into events through blocking indexes keyed by
//!    (event type, entity) and (event type, entity, month), never all pairs;
//! 3. [`quotes::align`]: quotations indexed by rare word shingles, compared only when they
//!    share one.
//!
//! Output does not depend on the number of threads: every parallel pass collects in article
//! order and every sequential pass sorts its input first.

pub mod entities;
pub mod events;
pub mod kept;
pub mod quotes;
pub mod rules;

use rustc_hash::FxHashSet as HashSet;

use rayon::prelude::*;

use crate::article::Article;
use crate::extract::{extract_claims, Claim, ClaimKind, ExtractOptions, SourceKind};
use crate::facts::{extract_facts, Fact, FactRules};
use crate::rules::RulePack;
use crate::span::Span;
use crate::text::{find_quotes, paragraphs, sentences, tokenize};

pub use entities::{same_entity, skeleton, EntityDef, EntityMention, Gazetteer};
pub use events::{Event, EventDef, EventRules, Mention};
pub use kept::{KeptArticle, KeptText};
pub use quotes::{QuoteGroup, QuoteUnit};
pub use rules::AlignRules;

/// One sentence of an article body (page furniture excluded).
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    /// Index of its paragraph in the article.
    pub paragraph: usize,
}

/// A fact with what it needs to be reported: where it was said and by whom.
#[derive(Debug, Clone)]
///
/// The indices are `u32` (an article has far fewer than 2^32 sentences, claims or mentions):
/// a corpus keeps about 20 facts an article until the checks have run, and this saves 16
/// bytes on each.
pub struct DocFact {
    pub fact: Fact,
    /// Index into [`Doc::sentences`].
    pub sentence: u32,
    /// Index into [`Doc::claims`] of the claim whose words contain the fact: its source is
    /// who gave the value.
    pub claim: Option<u32>,
    /// Index into [`Doc::mentions`] of the event mention the fact belongs to.
    pub mention: Option<u32>,
}

/// An index kept as `u32` in [`DocFact`].
pub(crate) fn index_u32(i: usize) -> u32 {
    u32::try_from(i).expect("an article is at most 4 GiB (`--max-file-size`), so it has fewer than 2^32 sentences, claims and mentions")
}

/// A claim as the checks need it: spans into the article's [`KeptText`] instead of copied
/// strings. A corpus holds about 12 claims an article until the checks have
/// run; this is 160 bytes a claim where a [`Claim`] is 312 plus its strings.
#[derive(Debug, Clone)]
pub struct DocClaim {
    pub kind: ClaimKind,
    /// None only for unsourced hedged statements.
    pub source: Option<DocSource>,
    pub cue: Span,
    /// The first hedge, if any.
    pub hedge: Option<Span>,
    /// The reported words: from the first to the last byte of all their parts.
    pub content: Span,
    /// For content split around its cue: the parts, in order; empty for one part.
    pub parts: Box<[Span]>,
    /// From the first to the last byte of source, cue and content.
    pub span: Span,
    pub sentence: Span,
}

/// Who made a claim; the words as written are `span` of the article text.
#[derive(Debug, Clone)]
pub struct DocSource {
    pub canonical: String,
    pub kind: SourceKind,
    pub span: Span,
}

impl From<Claim> for DocClaim {
    fn from(c: Claim) -> Self {
        DocClaim {
            kind: c.kind,
            source: c.source.map(|s| DocSource {
                canonical: s.canonical,
                kind: s.kind,
                span: s.span,
            }),
            cue: c.cue.span,
            hedge: c.hedges.first().map(|h| h.span),
            content: c.content.span,
            parts: c.content.parts.into_boxed_slice(),
            span: c.span,
            sentence: c.sentence,
        }
    }
}

/// Everything the checks need to know about one article.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub sentences: Vec<Sentence>,
    /// Claims, including unsourced hedged ones (source `None`).
    pub claims: Vec<DocClaim>,
    pub facts: Vec<DocFact>,
    pub mentions: Vec<Mention>,
}

impl Doc {
    /// The claim carrying a fact, if any.
    pub fn claim_of(&self, fact: &DocFact) -> Option<&DocClaim> {
        fact.claim.and_then(|c| self.claims.get(c as usize))
    }
}

/// The aligned corpus: per-article analysis, events and quotation groups.
#[derive(Debug)]
pub struct Alignment<'a> {
    /// What comparison keeps of each article, in input order.
    pub articles: Vec<KeptArticle>,
    pub docs: Vec<Doc>,
    pub events: Vec<Event>,
    pub quotes: Vec<QuoteGroup>,
    pub rules: &'a RulePack,
}

/// Analyses and aligns a set of articles.
pub fn align<'a>(articles: &[Article], rules: &'a RulePack) -> Alignment<'a> {
    align_batches([articles], rules)
}

/// Analyses and aligns articles arriving in batches (input order), keeping of each article
/// only its analysis and the lines comparison reads ([`KeptArticle`]): a caller that reads
/// the batches one at a time never holds every text of a large corpus.
pub fn align_batches<'a, B: std::ops::Deref<Target = [Article]>>(
    batches: impl IntoIterator<Item = B>,
    rules: &'a RulePack,
) -> Alignment<'a> {
    let facts = rules.facts.rules();
    let mut docs: Vec<Doc> = Vec::new();
    let mut kept: Vec<KeptArticle> = Vec::new();
    for batch in batches {
        let analysed: Vec<(Doc, KeptArticle)> = batch
            .par_iter()
            .map(|a| {
                let doc = analyze_article(a, rules, facts);
                let article = KeptArticle::new(a, read_spans(&doc));
                (doc, article)
            })
            .collect();
        docs.reserve(analysed.len());
        kept.reserve(analysed.len());
        for (doc, article) in analysed {
            docs.push(doc);
            kept.push(article);
        }
    }
    let events = events::cluster(&mut docs, rules.align());
    // Names only serve clustering; a large corpus holds millions of them.
    for doc in &mut docs {
        for m in &mut doc.mentions {
            m.names = Vec::new();
        }
    }
    let quotes = quotes::align(&kept, &docs, &rules.align().gazetteer);
    Alignment {
        articles: kept,
        docs,
        events,
        quotes,
        rules,
    }
}

/// Every span of an article that comparison and reporting read: the sentences of its facts
/// and mentions, and its claims from source to content with their sentences.
fn read_spans(doc: &Doc) -> impl Iterator<Item = Span> + '_ {
    let sentence = move |i: usize| doc.sentences[i].span;
    let facts = doc
        .facts
        .iter()
        .flat_map(move |f| [f.fact.span, sentence(f.sentence as usize)]);
    let claims = doc.claims.iter().flat_map(|c| {
        let mut hull = c.span.cover(c.sentence).cover(c.content).cover(c.cue);
        for s in c.hedge.iter().chain(c.source.as_ref().map(|s| &s.span)) {
            hull = hull.cover(*s);
        }
        c.parts.iter().copied().chain([hull])
    });
    let mentions = doc.mentions.iter().flat_map(move |m| {
        m.sentences
            .iter()
            .map(move |&i| sentence(i))
            .chain(m.triggers.iter().copied())
            .chain(
                m.status
                    .iter()
                    .flat_map(move |&(_, words, i)| [words, sentence(i)]),
            )
    });
    facts.chain(claims).chain(mentions)
}

/// Pass 1 for one article.
pub fn analyze_article(article: &Article, rules: &RulePack, facts: &FactRules) -> Doc {
    let text = article.text.as_str();
    let claims = extract_claims(article, rules, ExtractOptions { unsourced: true });
    let mut doc = Doc::default();
    for (p, para) in paragraphs(text, article.body).into_iter().enumerate() {
        if article.in_furniture(para) {
            continue;
        }
        let quotes = find_quotes(text, para);
        for sent in sentences(text, para, &quotes, &rules.abbreviations) {
            if article.in_furniture(sent) {
                continue;
            }
            let index = doc.sentences.len();
            doc.sentences.push(Sentence {
                span: sent,
                paragraph: p,
            });
            for fact in extract_facts(text, sent, article.meta.published, facts) {
                let claim = claims
                    .iter()
                    .position(|c| claim_covers(c, fact.span))
                    .or_else(|| {
                        claims
                            .iter()
                            .position(|c| c.span.contains(fact.span) && c.source.is_some())
                    });
                doc.facts.push(DocFact {
                    fact,
                    sentence: index_u32(index),
                    claim: claim.map(index_u32),
                    mention: None,
                });
            }
        }
    }
    doc.claims = claims.into_iter().map(DocClaim::from).collect();
    doc.mentions = events::find_mentions(article, &mut doc, rules.align());
    // A corpus keeps every article's analysis until the checks have run: no spare capacity.
    doc.sentences.shrink_to_fit();
    doc.claims.shrink_to_fit();
    doc.facts.shrink_to_fit();
    doc.mentions.shrink_to_fit();
    for m in &mut doc.mentions {
        m.sentences.shrink_to_fit();
        m.triggers.shrink_to_fit();
        m.date_facts.shrink_to_fit();
        m.status.shrink_to_fit();
    }
    doc
}

/// Whether a claim's reported words contain a span.
fn claim_covers(claim: &Claim, span: Span) -> bool {
    if claim.content.parts.is_empty() {
        claim.content.span.contains(span)
    } else {
        claim.content.parts.iter().any(|p| p.contains(span))
    }
}

/// Words the article also writes in lowercase (folded): a capitalised form of one of them
/// at a sentence start is an ordinary word, not a name.
pub(crate) fn lowercase_words(text: &str, body: Span) -> HashSet<String> {
    let tokens = tokenize(text, body);
    // About one word in three is a distinct lowercase word: sized once, never rehashed.
    let mut set = HashSet::with_capacity_and_hasher(tokens.len() / 3, Default::default());
    let mut key = String::new();
    for t in tokens.into_iter().filter(|t| t.is_word()) {
        let w = t.text(text);
        if !w.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        let w = entities::strip_possessive(w);
        key.clear();
        if w.is_ascii() {
            // What deunicode and to_lowercase would give, without two allocations.
            key.push_str(w);
            key.make_ascii_lowercase();
        } else {
            key.push_str(&deunicode::deunicode(w).to_lowercase());
        }
        if !set.contains(key.as_str()) {
            set.insert(key.clone());
        }
    }
    set
}
