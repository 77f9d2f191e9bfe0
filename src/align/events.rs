//! Event alignment: which sentences of different articles report the same happening.
//!
//! A *mention* is a run of sentences in one paragraph with triggers of one event type
//! (`rules/events.toml`), with the names in and around them and the date they give (or, when
//! they give none, the latest date earlier in the paragraph). Mentions become *events* when
//! their types are equal, they share a place or participant, and their dates can be the same
//! day at the precision known: "January 2023" joins "January 27, 2023", but two earthquakes
//! dated a day apart stay two events.
//!
//! Grouping is greedy and blocked, so it is near-linear in the number of mentions:
//! dated mentions are taken most precise first and each joins the best existing event found
//! through an index keyed by (type, entity, month); a mention that fits two events equally
//! well joins neither. Undated mentions then join the event that shares the most names with
//! them (with a bonus for an event their own article already dated), found through a
//! (type, entity) index whose overly common keys are skipped.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use jiff::civil::Date;
use serde::Deserialize;

use super::entities::{strip_possessive, EntityMention};
use super::{index_u32, lowercase_words, AlignRules, Doc};
use crate::article::Article;
use crate::facts::{DateValue, FactValue, Precision};
use crate::span::Span;
use crate::text::{push_fold_lower, tokenize_into, Token};

/// One event type as written in a rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    #[serde(rename = "type")]
    pub kind: String,
    pub triggers: Vec<String>,
    /// Words saying the happening is a first ("first ever").
    #[serde(default)]
    pub first: Vec<String>,
    /// Words saying it happened before ("reopening").
    #[serde(default)]
    pub repeat: Vec<String>,
}

#[derive(Debug, Clone, Default)]
struct TypeRules {
    name: String,
    first: Vec<Vec<String>>,
    repeat: Vec<Vec<String>>,
}

/// Compiled event types.
#[derive(Debug, Clone, Default)]
pub struct EventRules {
    types: Vec<TypeRules>,
    /// First trigger word → (type, trigger words).
    by_first: HashMap<String, Vec<(usize, Vec<String>)>>,
}

/// Whether an account calls the happening a first or a repeat.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    First,
    Repeat,
}

/// How many other words may stand between the words of a trigger phrase.
const MAX_GAP: usize = 2;
/// How far (in words) a status word may stand from the trigger.
const STATUS_WINDOW: usize = 3;
/// Facts this many sentences away from a mention's sentences are not given to it.
const FACT_REACH: usize = 2;
/// Date intervals wider than this are no help for telling events apart.
const MAX_DATE_DAYS: i64 = 400;
/// Dated mentions spanning more months than this are grouped as undated.
const MAX_MONTHS: i32 = 24;
/// Keys shared by more events than this are too common to find candidates by.
const MAX_BUCKET: usize = 200;

fn phrase_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(fold_word)
        .filter(|w| !w.is_empty())
        .collect()
}

fn fold_word(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    push_fold_lower(&mut out, trim_to_word(w));
    out
}

fn trim_to_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// The tokens' words folded as [`fold_word`] does, written over the strings of `pool`
/// (grown as needed) so that a sentence costs no allocation once the pool is large enough.
fn fold_words<'p>(text: &str, tokens: &[Token], pool: &'p mut Vec<String>) -> &'p [String] {
    if pool.len() < tokens.len() {
        pool.resize_with(tokens.len(), String::new);
    }
    for (t, out) in tokens.iter().zip(pool.iter_mut()) {
        out.clear();
        push_fold_lower(out, trim_to_word(t.text(text)));
    }
    &pool[..tokens.len()]
}

impl EventRules {
    pub fn new(defs: Vec<EventDef>) -> Self {
        let mut rules = EventRules::default();
        for def in defs {
            let t = match rules.types.iter().position(|t| t.name == def.kind) {
                Some(t) => t,
                None => {
                    rules.types.push(TypeRules {
                        name: def.kind.clone(),
                        ..TypeRules::default()
                    });
                    rules.types.len() - 1
                }
            };
            for trig in &def.triggers {
                let words = phrase_words(trig);
                if let Some(first) = words.first().cloned() {
                    rules.by_first.entry(first).or_default().push((t, words));
                }
            }
            rules.types[t]
                .first
                .extend(def.first.iter().map(|p| phrase_words(p)));
            rules.types[t]
                .repeat
                .extend(def.repeat.iter().map(|p| phrase_words(p)));
        }
        for list in rules.by_first.values_mut() {
            list.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        }
        rules
    }

    /// The name of an event type.
    pub fn type_name(&self, kind: usize) -> &str {
        self.types.get(kind).map_or("event", |t| t.name.as_str())
    }

    /// The first trigger in a sentence: (type, span, first and last word index).
    fn trigger(&self, words: &[String]) -> Option<(usize, usize, usize)> {
        for i in 0..words.len() {
            let Some(list) = self.by_first.get(&words[i]) else {
                continue;
            };
            for (t, phrase) in list {
                if let Some(end) = match_gapped(words, i, phrase) {
                    return Some((*t, i, end));
                }
            }
        }
        None
    }

    fn status(
        &self,
        kind: usize,
        words: &[String],
        first: usize,
        last: usize,
    ) -> Option<(Status, usize, usize)> {
        let t = self.types.get(kind)?;
        let lo = first.saturating_sub(STATUS_WINDOW);
        let hi = (last + STATUS_WINDOW).min(words.len().saturating_sub(1));
        let mut best: Option<(Status, usize, usize)> = None;
        for (status, phrases) in [(Status::Repeat, &t.repeat), (Status::First, &t.first)] {
            for p in phrases {
                for i in lo..=hi {
                    if i + p.len() <= words.len() && words[i..i + p.len()] == p[..] {
                        let cand = (status, i, i + p.len() - 1);
                        // Prefer the longer phrase, then the earlier; repeat wins ties
                        // ("first reopening" is a repeat).
                        if best.is_none_or(|b| (b.2 - b.1) < (cand.2 - cand.1)) {
                            best = Some(cand);
                        }
                    }
                }
            }
        }
        best
    }
}

/// Matches `phrase` at `i` with up to [`MAX_GAP`] words between its words; returns the index
/// of the last matched word.
fn match_gapped(words: &[String], i: usize, phrase: &[String]) -> Option<usize> {
    let mut at = i;
    for (k, w) in phrase.iter().enumerate().skip(1) {
        let _ = k;
        let next = (at + 1..=(at + 1 + MAX_GAP).min(words.len().saturating_sub(1)))
            .find(|&j| words.get(j) == Some(w))?;
        at = next;
    }
    (words.get(i) == phrase.first()).then_some(at)
}

/// A run of sentences in one article reporting one happening.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Index of the event type in [`EventRules`].
    pub kind: usize,
    /// Indices into [`Doc::sentences`].
    pub sentences: Vec<usize>,
    /// The trigger words, one per sentence.
    pub triggers: Vec<Span>,
    /// Entity keys in and around the sentences, each with how the article writes it;
    /// sorted by key, keys unique. A sorted vector rather than a map: a corpus holds
    /// millions of mentions with a handful of names each. Emptied by [`super::align`] once
    /// events are clustered.
    pub names: Vec<(String, String)>,
    /// The interval of days the mention allows.
    pub date: Option<(Date, Date)>,
    /// Indices into [`Doc::facts`] of the dates that set `date`.
    pub date_facts: Vec<usize>,
    /// "first ever" / "reopening" words near a trigger: (status, words, sentence).
    pub status: Vec<(Status, Span, usize)>,
    /// Index into [`Alignment::events`](super::Alignment::events).
    pub event: Option<usize>,
}

/// An event: mentions from one or more articles that report the same happening.
#[derive(Debug, Clone)]
pub struct Event {
    pub kind: String,
    /// "attack — Azerbaijan, Tehran — 2023-01-27".
    pub label: String,
    pub date: Option<(Date, Date)>,
    /// (article index, mention index), in article order.
    pub members: Vec<(usize, usize)>,
    /// Article indices, sorted, unique.
    pub articles: Vec<usize>,
}

fn usable_date(d: &DateValue) -> bool {
    let bounded = d.earliest.year() > -9000 && d.latest.year() < 9000;
    bounded
        && (d.precision != Precision::Unknown || days_between(d.earliest, d.latest) <= 62)
        && days_between(d.earliest, d.latest) <= MAX_DATE_DAYS
}

fn days_between(a: Date, b: Date) -> i64 {
    a.until(b).map_or(i64::MAX, |s| i64::from(s.get_days()))
}

fn intersect(a: (Date, Date), b: (Date, Date)) -> Option<(Date, Date)> {
    let lo = a.0.max(b.0);
    let hi = a.1.min(b.1);
    (lo <= hi).then_some((lo, hi))
}

/// Pass 1 (per article): finds mentions and gives each fact its mention.
pub fn find_mentions(article: &Article, doc: &mut Doc, rules: &AlignRules) -> Vec<Mention> {
    let text = article.text.as_str();
    let er = &rules.events;
    let mut mentions: Vec<Mention> = Vec::new();
    let mut of_sentence: Vec<Option<usize>> = vec![None; doc.sentences.len()];
    let mut facts_by_sentence: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences.len()];
    for (i, f) in doc.facts.iter().enumerate() {
        facts_by_sentence[f.sentence as usize].push(i);
    }
    let mut para = usize::MAX;
    let mut open: HashMap<usize, usize> = HashMap::default();
    let mut last_date: Option<usize> = None;
    // Reused from sentence to sentence: most sentences hold no trigger, and folding their
    // words into fresh strings was the larger part of this pass.
    let mut tokens: Vec<Token> = Vec::new();
    let mut pool: Vec<String> = Vec::new();
    for s in 0..doc.sentences.len() {
        let sent = &doc.sentences[s];
        if sent.paragraph != para {
            para = sent.paragraph;
            open.clear();
            last_date = None;
        }
        let dates: Vec<usize> = facts_by_sentence[s]
            .iter()
            .copied()
            .filter(|&f| matches!(&doc.facts[f].fact.value, FactValue::Date(d) if usable_date(d)))
            .collect();
        tokenize_into(text, sent.span, &mut tokens);
        tokens.retain(Token::is_word);
        let words = fold_words(text, &tokens, &mut pool);
        if let Some((kind, first, last)) = er.trigger(words) {
            let trigger = Span::new(tokens[first].span.start, tokens[last].span.end);
            // A date separated from the trigger by "after", "before", … dates another
            // happening: "criticized Azerbaijan on Friday after it opened its embassy".
            let own = dates
                .iter()
                .copied()
                .filter(|&f| !subordinated(text, doc.facts[f].fact.span, trigger))
                .min_by_key(|&f| distance(doc.facts[f].fact.span, trigger));
            let date_fact = if dates.is_empty() { last_date } else { own };
            let date = date_fact.and_then(|f| match &doc.facts[f].fact.value {
                FactValue::Date(d) => Some((d.earliest, d.latest)),
                _ => None,
            });
            let status = er
                .status(kind, words, first, last)
                .map(|(st, a, b)| (st, Span::new(tokens[a].span.start, tokens[b].span.end), s));
            let joined = open
                .get(&kind)
                .copied()
                .filter(|&m| match (mentions[m].date, date) {
                    (Some(a), Some(b)) => intersect(a, b).is_some(),
                    _ => true,
                });
            let m = match joined {
                Some(m) => m,
                None => {
                    mentions.push(Mention {
                        kind,
                        sentences: Vec::new(),
                        triggers: Vec::new(),
                        names: Vec::new(),
                        date: None,
                        date_facts: Vec::new(),
                        status: Vec::new(),
                        event: None,
                    });
                    open.insert(kind, mentions.len() - 1);
                    mentions.len() - 1
                }
            };
            let mention = &mut mentions[m];
            mention.sentences.push(s);
            mention.triggers.push(trigger);
            mention.status.extend(status);
            if let (Some(f), Some(d)) = (date_fact, date) {
                mention.date = Some(match mention.date {
                    Some(prev) => intersect(prev, d).unwrap_or(prev),
                    None => d,
                });
                if !mention.date_facts.contains(&f) {
                    mention.date_facts.push(f);
                }
            }
            of_sentence[s] = Some(m);
        }
        if let Some(&d) = dates.last() {
            last_date = Some(d);
        }
    }
    // Names in and around each mention's sentences, found only for those sentences (most
    // sentences are near no mention, and finding names is one of the costlier passes).
    let mut lowercase: Option<HashSet<String>> = None;
    let mut entities: Vec<Option<Vec<EntityMention>>> = vec![None; doc.sentences.len()];
    for m in &mut mentions {
        let mut names = BTreeMap::new();
        for &s in &m.sentences {
            let p = doc.sentences[s].paragraph;
            let lo = s.saturating_sub(1);
            let hi = (s + 1).min(doc.sentences.len() - 1);
            for (near, cached) in doc.sentences[lo..=hi].iter().zip(&mut entities[lo..=hi]) {
                if near.paragraph != p {
                    continue;
                }
                let found = cached.get_or_insert_with(|| {
                    let lowercase =
                        lowercase.get_or_insert_with(|| lowercase_words(text, article.body));
                    rules.gazetteer.find(text, near.span, lowercase)
                });
                for e in found.iter() {
                    names
                        .entry(e.key.clone())
                        .or_insert_with(|| e.display.clone());
                }
            }
        }
        m.names = names.into_iter().collect();
    }
    // Facts belong to the mention of their sentence, else to the nearest mention sentence
    // of their paragraph (earlier first) within reach.
    for f in 0..doc.facts.len() {
        let s = doc.facts[f].sentence as usize;
        let p = doc.sentences[s].paragraph;
        let mut found = of_sentence[s];
        for d in 1..=FACT_REACH {
            if found.is_some() {
                break;
            }
            for cand in [s.checked_sub(d), Some(s + d)].into_iter().flatten() {
                if cand < doc.sentences.len() && doc.sentences[cand].paragraph == p {
                    if let Some(m) = of_sentence[cand] {
                        found = Some(m);
                        break;
                    }
                }
            }
        }
        doc.facts[f].mention = found.map(index_u32);
    }
    mentions
}

/// Words that put a date on another happening than the one after them.
const SUBORDINATORS: &[&str] = &["after", "before", "since", "following", "until", "ahead"];

/// Whether a subordinating word stands between a date and the trigger after it.
fn subordinated(text: &str, date: Span, trigger: Span) -> bool {
    if date.end > trigger.start {
        return false;
    }
    text[date.end..trigger.start]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| SUBORDINATORS.contains(&w.to_lowercase().as_str()))
}

fn distance(a: Span, b: Span) -> usize {
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

struct Cluster {
    kind: usize,
    date: Option<(Date, Date)>,
    keys: HashMap<u32, u32>,
    members: Vec<(usize, usize)>,
    docs: HashSet<usize>,
    /// Exact figures reported for the event: what ("killed", "magnitude") → values.
    prints: BTreeMap<String, HashSet<String>>,
}

impl Cluster {
    fn new(kind: usize, date: Option<(Date, Date)>) -> Self {
        Cluster {
            kind,
            date,
            keys: HashMap::default(),
            members: Vec::new(),
            docs: HashSet::default(),
            prints: BTreeMap::new(),
        }
    }

    /// (figures in common, figures in conflict) with a mention's or another event's figures.
    fn compare_prints(&self, prints: &[(String, String)]) -> (usize, usize) {
        let mut same = 0;
        let mut conflict = 0;
        for (what, v) in prints {
            if let Some(values) = self.prints.get(what) {
                if values.contains(v) {
                    same += 1;
                } else {
                    conflict += 1;
                }
            }
        }
        (same, conflict)
    }
}

/// Exact figures a mention's facts give: ("killed", "12"), ("magnitude", "6.1").
fn fingerprints(doc: &Doc, mention: usize) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = doc
        .facts
        .iter()
        .filter(|f| f.mention == Some(index_u32(mention)))
        .filter_map(|f| match &f.fact.value {
            FactValue::Count { role, n, .. } if n.is_exact() => {
                Some((role.as_str().to_string(), n.to_string()))
            }
            FactValue::Measure {
                quantity, value, ..
            } if value.is_exact() => Some((quantity.name().to_string(), value.to_string())),
            _ => None,
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Events dated this many days apart may still be one event reported with a wrong date.
const DATE_SLIP_DAYS: i64 = 14;

fn month_id(d: Date) -> i32 {
    i32::from(d.year()) * 12 + i32::from(d.month()) - 1
}

fn months(date: (Date, Date)) -> Option<std::ops::RangeInclusive<i32>> {
    let (a, b) = (month_id(date.0), month_id(date.1));
    (b - a < MAX_MONTHS).then_some(a..=b)
}

/// Pass 2: groups every article's mentions into events and records each mention's event.
pub fn cluster(docs: &mut [Doc], rules: &AlignRules) -> Vec<Event> {
    // Intern keys.
    let mut key_ids: HashMap<String, u32> = HashMap::default();
    let mut mention_keys: Vec<Vec<Vec<u32>>> = Vec::with_capacity(docs.len());
    for doc in docs.iter() {
        let mut per_doc = Vec::with_capacity(doc.mentions.len());
        for m in &doc.mentions {
            let ids: Vec<u32> = m
                .names
                .iter()
                .map(|(k, _)| {
                    let n = key_ids.len() as u32;
                    *key_ids.entry(k.clone()).or_insert(n)
                })
                .collect();
            per_doc.push(ids);
        }
        mention_keys.push(per_doc);
    }
    let mut dated: Vec<(i64, Date, usize, usize)> = Vec::new();
    let mut undated: Vec<(usize, usize)> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (i, m) in doc.mentions.iter().enumerate() {
            match m.date.filter(|&dt| months(dt).is_some()) {
                Some(dt) => dated.push((days_between(dt.0, dt.1), dt.0, d, i)),
                None => undated.push((d, i)),
            }
        }
    }
    dated.sort();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_month: HashMap<(usize, u32, i32), Vec<usize>> = HashMap::default();
    let mut by_key: HashMap<(usize, u32), Vec<usize>> = HashMap::default();
    let mut by_doc: HashMap<usize, Vec<usize>> = HashMap::default();

    // Shared names with a bonus for an event the mention's own article already reports;
    // ties are broken by figures in common, then (for undated mentions) by the number of
    // articles reporting the event.
    let score = |c: &Cluster, keys: &[u32], doc: usize, p: &[(String, String)], undated: bool| {
        let shared = keys.iter().filter(|k| c.keys.contains_key(k)).count();
        let bonus = if c.docs.contains(&doc) { 2 } else { 0 };
        let (same, _) = c.compare_prints(p);
        (shared + bonus, same, if undated { c.docs.len() } else { 0 })
    };

    for &(_, _, d, i) in &dated {
        let m = &docs[d].mentions[i];
        let date = m.date.unwrap_or_else(unreachable_date);
        let keys = &mention_keys[d][i];
        // Worked out when the mention is placed (once each), not kept for all mentions.
        let prints = fingerprints(&docs[d], i);
        let mut cands: Vec<usize> = Vec::new();
        if let Some(range) = months(date) {
            for k in keys {
                for mo in range.clone() {
                    if let Some(list) = by_month.get(&(m.kind, *k, mo)) {
                        cands.extend(list.iter().rev().take(MAX_BUCKET));
                    }
                }
            }
        }
        if let Some(list) = by_doc.get(&d) {
            cands.extend(list);
        }
        cands.sort_unstable();
        cands.dedup();
        let best = pick(cands.iter().filter_map(|&c| {
            let cl = &clusters[c];
            let fits = !cl.members.is_empty()
                && cl.kind == m.kind
                && cl.date.is_none_or(|cd| intersect(cd, date).is_some());
            let s = score(cl, keys, d, &prints, false);
            (fits && s.0 >= 1).then_some((c, s))
        }));
        let c = match best {
            Some(c) => c,
            None => {
                clusters.push(Cluster::new(m.kind, Some(date)));
                clusters.len() - 1
            }
        };
        let cl = &mut clusters[c];
        cl.date = Some(cl.date.and_then(|cd| intersect(cd, date)).unwrap_or(date));
        join(cl, c, d, i, keys, &prints, &mut by_key, &mut by_doc);
        if let Some(range) = cl.date.and_then(months) {
            for k in cl.keys.keys() {
                for mo in range.clone() {
                    let list = by_month.entry((cl.kind, *k, mo)).or_default();
                    if list.last() != Some(&c) {
                        list.push(c);
                    }
                }
            }
        }
    }
    merge_date_slips(&mut clusters, &by_key, &mut by_doc);
    for &(d, i) in &undated {
        let m = &docs[d].mentions[i];
        let keys = &mention_keys[d][i];
        let prints = fingerprints(&docs[d], i);
        let mut cands: Vec<usize> = Vec::new();
        for k in keys {
            if let Some(list) = by_key.get(&(m.kind, *k)) {
                if list.len() <= MAX_BUCKET {
                    cands.extend(list);
                }
            }
        }
        if let Some(list) = by_doc.get(&d) {
            cands.extend(list);
        }
        cands.sort_unstable();
        cands.dedup();
        let best = pick(cands.iter().filter_map(|&c| {
            let cl = &clusters[c];
            let s = score(cl, keys, d, &prints, true);
            (cl.kind == m.kind && s.0 >= 2 && !cl.members.is_empty()).then_some((c, s))
        }));
        let c = match best {
            Some(c) => c,
            None => {
                clusters.push(Cluster::new(m.kind, None));
                clusters.len() - 1
            }
        };
        join(
            &mut clusters[c],
            c,
            d,
            i,
            keys,
            &prints,
            &mut by_key,
            &mut by_doc,
        );
    }
    clusters.retain(|c| !c.members.is_empty());
    // Events in text order of their first mention.
    for cl in &mut clusters {
        cl.members.sort_unstable();
    }
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&c| {
        let (d, i) = clusters[c].members[0];
        let s = docs[d].mentions[i].sentences[0];
        (d, docs[d].sentences[s].span.start)
    });
    let mut events = Vec::with_capacity(clusters.len());
    for c in order {
        let cl = &clusters[c];
        let id = events.len();
        for &(d, i) in &cl.members {
            docs[d].mentions[i].event = Some(id);
        }
        let mut arts: Vec<usize> = cl.docs.iter().copied().collect();
        arts.sort_unstable();
        let kind = rules.events.type_name(cl.kind).to_string();
        let label = label(&kind, cl, docs);
        events.push(Event {
            kind,
            label,
            date: cl.date,
            members: cl.members.clone(),
            articles: arts,
        });
    }
    events
}

fn unreachable_date() -> (Date, Date) {
    let d = Date::constant(2000, 1, 1);
    (d, d)
}

/// The candidate with the highest score; none when two tie for it.
fn pick<S: Ord + Copy>(cands: impl Iterator<Item = (usize, S)>) -> Option<usize> {
    let mut best: Option<(usize, S)> = None;
    let mut tie = false;
    for (c, s) in cands {
        match best {
            Some((_, bs)) if s < bs => {}
            Some((_, bs)) if s == bs => tie = true,
            _ => {
                best = Some((c, s));
                tie = false;
            }
        }
    }
    if tie {
        None
    } else {
        best.map(|b| b.0)
    }
}

/// Joins events of one type that share a name and a figure (three of either in all),
/// conflict on no figure, and
/// are dated at most [`DATE_SLIP_DAYS`] apart: one happening reported with different dates
/// (which the `date-mismatch` rule then reports). Two earthquakes a day apart differ in
/// magnitude or toll and stay apart.
fn merge_date_slips(
    clusters: &mut [Cluster],
    by_key: &HashMap<(usize, u32), Vec<usize>>,
    by_doc: &mut HashMap<usize, Vec<usize>>,
) {
    for c in 0..clusters.len() {
        if clusters[c].members.is_empty() || clusters[c].prints.is_empty() {
            continue;
        }
        let mut cands: Vec<usize> = Vec::new();
        for k in clusters[c].keys.keys() {
            if let Some(list) = by_key.get(&(clusters[c].kind, *k)) {
                if list.len() <= MAX_BUCKET {
                    cands.extend(list.iter().filter(|&&o| o > c));
                }
            }
        }
        cands.sort_unstable();
        cands.dedup();
        for o in cands {
            let (a, b) = (&clusters[c], &clusters[o]);
            if b.members.is_empty() {
                continue;
            }
            let (Some(da), Some(db)) = (a.date, b.date) else {
                continue;
            };
            if intersect(da, db).is_some() {
                continue;
            }
            let gap = days_between(da.1, db.0).max(days_between(db.1, da.0));
            if gap > DATE_SLIP_DAYS {
                continue;
            }
            let shared = b.keys.keys().filter(|k| a.keys.contains_key(k)).count();
            let bp: Vec<(String, String)> = b
                .prints
                .iter()
                .flat_map(|(w, vs)| vs.iter().map(move |v| (w.clone(), v.clone())))
                .collect();
            let (same, conflict) = a.compare_prints(&bp);
            if shared == 0 || same == 0 || shared + same < 3 || conflict > 0 {
                continue;
            }
            let kind = b.kind;
            let other = std::mem::replace(&mut clusters[o], Cluster::new(kind, None));
            let cl = &mut clusters[c];
            cl.date = Some((da.0.min(db.0), da.1.max(db.1)));
            for (k, n) in other.keys {
                *cl.keys.entry(k).or_insert(0) += n;
            }
            for (w, vs) in other.prints {
                cl.prints.entry(w).or_default().extend(vs);
            }
            for d in other.docs {
                if cl.docs.insert(d) {
                    by_doc.entry(d).or_default().push(c);
                }
            }
            cl.members.extend(other.members);
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn join(
    cl: &mut Cluster,
    c: usize,
    d: usize,
    i: usize,
    keys: &[u32],
    prints: &[(String, String)],
    by_key: &mut HashMap<(usize, u32), Vec<usize>>,
    by_doc: &mut HashMap<usize, Vec<usize>>,
) {
    for (w, v) in prints {
        cl.prints.entry(w.clone()).or_default().insert(v.clone());
    }
    cl.members.push((d, i));
    if cl.docs.insert(d) {
        by_doc.entry(d).or_default().push(c);
    }
    for &k in keys {
        let n = cl.keys.entry(k).or_insert(0);
        *n += 1;
        if *n == 1 {
            by_key.entry((cl.kind, k)).or_default().push(c);
        }
    }
}

/// "attack — Azerbaijan, Tehran — 2023-01-27": the type, the two names most articles use,
/// and the date at the precision all accounts allow.
fn label(kind: &str, cl: &Cluster, docs: &[Doc]) -> String {
    let mut counts: BTreeMap<&str, (usize, usize, &str)> = BTreeMap::new();
    let mut seen: HashSet<(usize, &str)> = HashSet::default();
    for (order, &(d, i)) in cl.members.iter().enumerate() {
        let m = &docs[d].mentions[i];
        // Names in the trigger sentences themselves rank above neighbours'.
        for (key, display) in &m.names {
            if seen.insert((d, key.as_str())) {
                let e = counts
                    .entry(key.as_str())
                    .or_insert((0, order, display.as_str()));
                e.0 += 1;
            }
        }
    }
    let mut ranked: Vec<(&str, (usize, usize, &str))> = counts.into_iter().collect();
    ranked.sort_by(|a, b| {
        b.1 .0
            .cmp(&a.1 .0)
            .then(a.1 .1.cmp(&b.1 .1))
            .then(a.0.cmp(b.0))
    });
    let names: Vec<&str> = ranked
        .iter()
        .take(2)
        .map(|(_, (_, _, display))| strip_possessive(display))
        .collect();
    let mut label = kind.to_string();
    if !names.is_empty() {
        label.push_str(" — ");
        label.push_str(&names.join(", "));
    }
    label.push_str(" — ");
    label.push_str(
        &cl.date
            .map_or_else(|| "date unknown".to_string(), format_days),
    );
    label
}

/// An interval of days at the precision it has: a day, a month, a year, or a range.
pub fn format_days((a, b): (Date, Date)) -> String {
    if a == b {
        return a.to_string();
    }
    let month_start = a.day() == 1;
    let month_end = b.tomorrow().is_ok_and(|t| t.day() == 1);
    if month_start && month_end && a.year() == b.year() {
        if a.month() == b.month() {
            return format!("{:04}-{:02}", a.year(), a.month());
        }
        if a.month() == 1 && b.month() == 12 {
            return format!("{:04}", a.year());
        }
    }
    format!("{a}..{b}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PartialDate;
    use crate::rules::RulePack;

    #[test]
    fn folding_into_the_pool_matches_folding_each_word() {
        let mut pool = Vec::new();
        let mut tokens = Vec::new();
        // A long sentence first, then a shorter one: no word of the first may leak.
        for text in [
            "\u{201c}Forty Guards\u{201d} were injured, Khaybar’s MINISTRY said on Tuesday.",
            "Two élite units left.",
        ] {
            tokenize_into(text, Span::new(0, text.len()), &mut tokens);
            tokens.retain(Token::is_word);
            let expected: Vec<String> = tokens.iter().map(|t| fold_word(t.text(text))).collect();
            assert_eq!(fold_words(text, &tokens, &mut pool), &expected[..]);
        }
    }

    fn align(texts: &[(&str, &str, &str)]) -> (Vec<Article>, RulePack) {
        let arts = texts
            .iter()
            .map(|(id, date, text)| {
                let mut a = Article::from_text(*id, *text);
                a.meta.published = PartialDate::parse_iso(date);
                a
            })
            .collect();
        (arts, RulePack::default_pack())
    }

    #[test]
    fn gapped_triggers_and_first_trigger_wins() {
        let r = EventRules::new(vec![
            EventDef {
                kind: "storm".into(),
                triggers: vec!["storms".into()],
                first: vec![],
                repeat: vec![],
            },
            EventDef {
                kind: "attack".into(),
                triggers: vec!["gunman".into(), "opened its embassy".into()],
                first: vec![],
                repeat: vec![],
            },
        ]);
        let w = phrase_words("A gunman storms the building");
        assert_eq!(r.trigger(&w).map(|t| t.0), Some(1));
        let w = phrase_words("Chile opened its new embassy");
        assert_eq!(r.trigger(&w), Some((1, 1, 4)));
        assert_eq!(r.trigger(&phrase_words("nothing happened")), None);
    }

    #[test]
    fn dates_format_at_their_precision() {
        let d = |y, m, dd| Date::constant(y, m, dd);
        assert_eq!(format_days((d(2023, 1, 27), d(2023, 1, 27))), "2023-01-27");
        assert_eq!(format_days((d(2023, 1, 1), d(2023, 1, 31))), "2023-01");
        assert_eq!(format_days((d(2021, 1, 1), d(2021, 12, 31))), "2021");
        assert_eq!(
            format_days((d(2021, 1, 3), d(2021, 1, 9))),
            "2021-01-03..2021-01-09"
        );
    }

    #[test]
    fn month_joins_day_but_different_days_stay_apart() {
        let (arts, rules) = align(&[
            (
                "a",
                "2023-02-10",
                "A strong earthquake struck Malatya on February 6, 2023, killing 40 people.",
            ),
            (
                "b",
                "2023-02-10",
                "The earthquake that hit Malatya in February 2023 killed 40 people.",
            ),
            (
                "c",
                "2023-02-10",
                "Another earthquake struck Malatya on February 7, 2023, killing three people.",
            ),
            (
                "d",
                "2023-02-10",
                "A quake shook Malatya on February 7, 2023 and killed three.",
            ),
        ]);
        let al = crate::align::align(&arts, &rules);
        let by_article: Vec<Vec<usize>> = al.events.iter().map(|e| e.articles.clone()).collect();
        assert!(by_article.contains(&vec![2, 3]), "{by_article:?}");
        assert!(
            !by_article.iter().any(|a| a.contains(&0) && a.contains(&2)),
            "{by_article:?}"
        );
        // "February 2023" fits both days equally: it joins neither.
        assert!(!by_article
            .iter()
            .any(|a| a.contains(&1) && a.len() > 1 && a.contains(&2)));
    }

    #[test]
    fn undated_mention_joins_its_article_event() {
        let (arts, rules) = align(&[
            ("a", "2023-02-01", "Gunmen attacked a hotel in Mogadishu on January 28, 2023. Police said the attack killed 9 people."),
            ("b", "2023-02-01", "The hotel attack in Mogadishu on January 28, 2023 shocked Somalia.\n\nThe assault killed 12 people, police in Mogadishu said."),
        ]);
        let al = crate::align::align(&arts, &rules);
        let multi: Vec<&Event> = al.events.iter().filter(|e| e.articles.len() == 2).collect();
        assert_eq!(multi.len(), 1, "{:?}", al.events);
        assert!(
            multi[0].label.starts_with("attack — Mogadishu"),
            "{}",
            multi[0].label
        );
        assert!(multi[0].label.ends_with("2023-01-28"), "{}", multi[0].label);
    }
}
