//! Quote alignment: the same statement quoted by several articles.
//!
//! Every quotation inside a direct or mixed claim becomes a unit of words (folded with
//! [`match_key`]). Units are indexed by their word 3-grams; two units from different articles
//! are compared only when they share a 3-gram, and match when at least half of the shorter
//! one's 3-grams are in the other (a fragment matches the full quote it was cut from).
//! Each 3-gram's list stops growing at [`MAX_POSTINGS`], so a quotation repeated by
//! thousands of articles costs each of them a bounded number of comparisons.
//!
//! Matches whose speakers are the same entity ([`same_entity`]) form groups for the
//! `quote-drift` rule; near-identical long quotations credited to different named speakers
//! are kept for the `attribution-conflict` rule.

use std::hash::{Hash, Hasher};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHasher};
use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::entities::{EntityName, Gazetteer};
use super::{Doc, KeptArticle, KeptText};
use crate::extract::{ClaimKind, SourceKind};
use crate::span::Span;
use crate::text::{find_quotes, fold_char, match_key, tokenize};

/// Quotations shorter than this (in words) are too common to align.
const MIN_WORDS: usize = 4;
/// Shingle postings kept per 3-gram.
pub const MAX_POSTINGS: usize = 64;
/// Share of the shorter quotation's 3-grams that must be found in the other.
const MIN_CONTAINMENT: f64 = 0.5;

/// One quotation.
#[derive(Debug, Clone)]
pub struct QuoteUnit {
    /// Index of the article.
    pub article: usize,
    /// Index into the article's [`Doc::claims`].
    pub claim: usize,
    /// The quoted words without the marks.
    pub inner: Span,
    /// Number of words in `inner`. The words themselves ([`QuoteUnit::words`]) are found
    /// again from the text when a quotation is compared: keeping them for every quotation
    /// of a large corpus would cost more memory than the text.
    pub word_count: usize,
}

impl QuoteUnit {
    pub fn text<'t>(&self, text: &'t KeptText) -> &'t str {
        text.of(self.inner)
    }

    /// Word spans inside `inner` (punctuation left out); `text` is the article's text.
    pub fn words(&self, text: &KeptText) -> Vec<Span> {
        words_in(text, self.inner)
    }
}

/// The words of a quotation (`words`, spans inside `inner`) cut from its own text, found
/// in the kept lines once rather than once a word.
fn word_strs<'t>(text: &'t KeptText, inner: Span, words: &[Span]) -> Vec<&'t str> {
    let quotation = text.of(inner);
    words
        .iter()
        .map(|w| &quotation[w.start - inner.start..w.end - inner.start])
        .collect()
}

/// Word spans inside a quotation (punctuation left out).
fn words_in(text: &KeptText, inner: Span) -> Vec<Span> {
    // The tokenizer reads only the words it is given: the quotation alone, shifted back.
    let words = text.of(inner);
    tokenize(words, Span::new(0, words.len()))
        .into_iter()
        .filter(|t| !matches!(t.kind, crate::text::TokenKind::Punct))
        .map(|t| Span::new(inner.start + t.span.start, inner.start + t.span.end))
        .collect()
}

/// Quotations of one statement. `units[0]` is the reference: the one other units were
/// matched to (the fullest quotation from the earliest article in input order).
#[derive(Debug, Clone)]
pub struct QuoteGroup {
    pub units: Vec<QuoteUnit>,
    /// Whether all units are credited to the same speaker; otherwise the group has two
    /// units with different named speakers.
    pub same_speaker: bool,
}

/// How two quotations of one statement differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Drift {
    Same,
    /// Case, quote marks or punctuation only.
    Cosmetic,
    /// Words added, dropped or changed.
    Words,
}

/// The comparison of a quotation with its group's reference.
#[derive(Debug, Clone)]
pub struct QuoteDiff {
    pub drift: Drift,
    /// A word diff: `[-removed-]` and `{+added+}` against the reference.
    pub diff: String,
    /// The part of the reference the quotation lines up with.
    pub reference_window: Span,
    /// The part of the quotation that lines up.
    pub window: Span,
}

/// One article's quotations with what comparing them needs, worked out once.
#[derive(Default)]
struct ArticleUnits {
    units: Vec<QuoteUnit>,
    /// Each unit's sorted, distinct word 3-gram hashes.
    shingles: Vec<Vec<u64>>,
    /// Each unit's index into `speakers`.
    speaker: Vec<usize>,
    /// The article's distinct speakers (canonical names).
    speakers: Vec<(String, SourceKind)>,
}

fn units_of(article: usize, text: &KeptText, doc: &Doc) -> ArticleUnits {
    let mut out = ArticleUnits::default();
    let mut speaker_index: FxHashMap<(&str, SourceKind), usize> = FxHashMap::default();
    for (ci, claim) in doc.claims.iter().enumerate() {
        if claim.kind == ClaimKind::Indirect {
            continue;
        }
        let Some(source) = claim.source.as_ref() else {
            continue;
        };
        let parts = if claim.parts.is_empty() {
            vec![claim.content]
        } else {
            claim.parts.to_vec()
        };
        let mut inners: Vec<Span> = Vec::new();
        for part in &parts {
            // Quotation marks are found in the part alone, as in a whole text.
            let words = text.of(*part);
            inners.extend(
                find_quotes(words, Span::new(0, words.len()))
                    .into_iter()
                    .map(|q| Span::new(part.start + q.inner.start, part.start + q.inner.end)),
            );
        }
        if inners.is_empty() && claim.kind == ClaimKind::Direct {
            inners = parts;
        }
        for inner in inners {
            let words = words_in(text, inner);
            if words.len() < MIN_WORDS {
                continue;
            }
            let keys: Vec<String> = word_strs(text, inner, &words)
                .into_iter()
                .map(word_key)
                .collect();
            let speaker = *speaker_index
                .entry((source.canonical.as_str(), source.kind))
                .or_insert_with(|| {
                    out.speakers.push((source.canonical.clone(), source.kind));
                    out.speakers.len() - 1
                });
            out.shingles.push(shingles(&keys));
            out.speaker.push(speaker);
            out.units.push(QuoteUnit {
                article,
                claim: ci,
                inner,
                word_count: words.len(),
            });
        }
    }
    out
}

/// A word folded for comparison: [`match_key`] with only letters and digits kept.
fn word_key(w: &str) -> String {
    if w.is_ascii() {
        // `match_key` of ASCII only lowercases (and turns '`' into '\'', dropped here).
        return w
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    match_key(w)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

fn shingles(keys: &[String]) -> Vec<u64> {
    let words: Vec<u64> = keys
        .iter()
        .map(|k| {
            let mut h = FxHasher::default();
            k.hash(&mut h);
            h.finish()
        })
        .collect();
    let mut out: Vec<u64> = words
        .windows(3)
        .map(|w| {
            let mut h = FxHasher::default();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// How a unit relates to an earlier unit it matches.
enum Link {
    /// Same speaker: one group.
    Same(usize),
    /// Near-identical long quotations credited to different named speakers.
    Other(usize),
}

/// Pass 3: finds the quotations of one statement across articles.
///
/// Units and their keys are built per article in parallel; each unit is then compared with
/// the earlier units it shares 3-grams with, in parallel, and the matches are merged in unit
/// order, so the result does not depend on the number of threads.
pub fn align(articles: &[KeptArticle], docs: &[Doc], gazetteer: &Gazetteer) -> Vec<QuoteGroup> {
    let per_article: Vec<ArticleUnits> = docs
        .par_iter()
        .enumerate()
        .map(|(a, doc)| units_of(a, &articles[a].text, doc))
        .collect();
    let total: usize = per_article.iter().map(|p| p.units.len()).sum();
    let mut units: Vec<QuoteUnit> = Vec::with_capacity(total);
    let mut sh: Vec<Vec<u64>> = Vec::with_capacity(total);
    let mut speaker: Vec<usize> = Vec::with_capacity(total);
    // Speakers are made comparable once per distinct name in the corpus, not per article:
    // the same people are quoted by many articles.
    let mut distinct: FxHashMap<(String, SourceKind), usize> = FxHashMap::default();
    let mut names: Vec<(String, SourceKind)> = Vec::new();
    for p in per_article {
        let ids: Vec<usize> = p
            .speakers
            .into_iter()
            .map(|key| {
                *distinct.entry(key).or_insert_with_key(|key| {
                    names.push(key.clone());
                    names.len() - 1
                })
            })
            .collect();
        units.extend(p.units);
        sh.extend(p.shingles);
        speaker.extend(p.speaker.into_iter().map(|s| ids[s]));
    }
    drop(distinct);
    let speakers: Vec<(EntityName, SourceKind)> = names
        .par_iter()
        .map(|(name, kind)| (EntityName::new(name, gazetteer), *kind))
        .collect();
    drop(names);
    // Each 3-gram's first MAX_POSTINGS units. The units before `u` in a list are exactly
    // those an index grown unit by unit would hold when `u` is reached. Not reserved for
    // every 3-gram: quotations repeat across articles, so distinct 3-grams are a small
    // share of them all (30 thousand of 1.1 million in 10,000 generated articles).
    let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (u, shingles) in sh.iter().enumerate() {
        for s in shingles {
            let list = index.entry(*s).or_default();
            if list.len() < MAX_POSTINGS {
                list.push(u);
            }
        }
    }
    // Shared 3-grams are counted per earlier unit in a per-thread table as long as the
    // units (zeroed again after each unit), not by sorting every posting: a quotation
    // repeated across many articles shares hundreds of postings with a handful of units.
    let links: Vec<Vec<Link>> = (0..units.len())
        .into_par_iter()
        .map_init(
            || (vec![0u32; units.len()], Vec::new()),
            |(counts, touched): &mut (Vec<u32>, Vec<usize>), u| {
                touched.clear();
                for s in &sh[u] {
                    if let Some(list) = index.get(s) {
                        for &v in list.iter().take_while(|&&v| v < u) {
                            if units[v].article != units[u].article {
                                if counts[v] == 0 {
                                    touched.push(v);
                                }
                                counts[v] += 1;
                            }
                        }
                    }
                }
                touched.sort_unstable();
                let mut out = Vec::new();
                for &v in touched.iter() {
                    let n = std::mem::take(&mut counts[v]) as usize;
                    let min = sh[u].len().min(sh[v].len()).max(1);
                    let containment = n as f64 / min as f64;
                    if n < 2 || containment < MIN_CONTAINMENT {
                        continue;
                    }
                    let (su, ku) = &speakers[speaker[u]];
                    let (sv, kv) = &speakers[speaker[v]];
                    if su.same(sv) {
                        out.push(Link::Same(v));
                    } else if *ku == SourceKind::Named
                        && *kv == SourceKind::Named
                        && containment >= 0.8
                        && units[u].word_count.min(units[v].word_count) >= 6
                    {
                        out.push(Link::Other(v));
                    }
                }
                out
            },
        )
        .collect();
    // Union-find over same-speaker matches; different-speaker matches kept aside.
    let mut parent: Vec<usize> = (0..units.len()).collect();
    let mut other_speaker: Vec<(usize, usize)> = Vec::new();
    for (u, links) in links.into_iter().enumerate() {
        for link in links {
            match link {
                Link::Same(v) => {
                    let (ru, rv) = (find(&mut parent, u), find(&mut parent, v));
                    if ru != rv {
                        parent[ru.max(rv)] = ru.min(rv);
                    }
                }
                Link::Other(v) => other_speaker.push((v, u)),
            }
        }
    }
    // Different-speaker pairs first: their units may also be in a group, and the groups
    // take their units rather than copy them.
    other_speaker.sort_unstable();
    other_speaker.dedup();
    let pairs: Vec<QuoteGroup> = other_speaker
        .into_iter()
        .map(|(a, b)| QuoteGroup {
            units: vec![units[a].clone(), units[b].clone()],
            same_speaker: false,
        })
        .collect();
    // A set's root is its smallest unit, so groups come out in order of their first unit.
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); units.len()];
    for u in 0..units.len() {
        let r = find(&mut parent, u);
        groups[r].push(u);
    }
    let mut units: Vec<Option<QuoteUnit>> = units.into_iter().map(Some).collect();
    let mut out: Vec<QuoteGroup> = Vec::new();
    for mut members in groups {
        if members.len() < 2 {
            continue;
        }
        let unit = |m: usize| units[m].as_ref().expect("a unit is in one group");
        // Reference: the longest quotation of the first article.
        let first_article = members.iter().map(|&m| unit(m).article).min().unwrap_or(0);
        members.sort_by_key(|&m| {
            let u = unit(m);
            (
                u.article != first_article,
                usize::MAX - u.word_count,
                u.article,
                u.inner.start,
            )
        });
        out.push(QuoteGroup {
            units: members
                .iter()
                .map(|&m| units[m].take().expect("a unit is in one group"))
                .collect(),
            same_speaker: true,
        });
    }
    out.extend(pairs);
    out
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

fn has_ellipsis(s: &str) -> bool {
    s.contains("...") || s.contains('…')
}

/// Compares a quotation with a reference quotation of the same statement.
pub fn diff(
    reference: &QuoteUnit,
    ref_text: &KeptText,
    other: &QuoteUnit,
    text: &KeptText,
) -> QuoteDiff {
    // Line the shorter quotation up with the part of the other that its first and last
    // shared 3-grams point to, so a fragment is not diffed against stray words ("is")
    // elsewhere in a long quotation.
    let ref_words = reference.words(ref_text);
    let other_words = other.words(text);
    let ref_strs = word_strs(ref_text, reference.inner, &ref_words);
    let other_strs = word_strs(text, other.inner, &other_words);
    let ref_keys: Vec<String> = ref_strs.iter().map(|w| word_key(w)).collect();
    let other_keys: Vec<String> = other_strs.iter().map(|w| word_key(w)).collect();
    let (lo, hi) = anchor(&ref_keys, &other_keys);
    let ops: Vec<DiffOp> = capture_diff_slices(Algorithm::Myers, &ref_keys[lo..hi], &other_keys)
        .into_iter()
        .map(|op| shift_old(op, lo))
        .collect();
    let equal: Vec<&DiffOp> = ops
        .iter()
        .filter(|o| matches!(o, DiffOp::Equal { .. }))
        .collect();
    let (Some(first), Some(last)) = (equal.first(), equal.last()) else {
        return QuoteDiff {
            drift: Drift::Words,
            diff: String::new(),
            reference_window: reference.inner,
            window: other.inner,
        };
    };
    let (r0, o0) = (first.old_range().start, first.new_range().start);
    let (r1, o1) = (last.old_range().end, last.new_range().end);
    let ref_ellipsis = has_ellipsis(reference.text(ref_text));
    let other_ellipsis = has_ellipsis(other.text(text));
    let mut drift = Drift::Same;
    let mut excused_gap = false;
    let mut pieces: Vec<String> = Vec::new();
    let rw = |i: usize| ref_strs[i];
    let ow = |i: usize| other_strs[i];
    for op in &ops {
        let (or, nr) = (op.old_range(), op.new_range());
        // Only what lies between the first and last shared word: a fragment is not drift.
        let or = or.start.max(r0)..or.end.min(r1);
        let nr = nr.start.max(o0)..nr.end.min(o1);
        match op {
            DiffOp::Equal { .. } => {
                let n = or.len().min(nr.len());
                let mut plain: Vec<String> = Vec::new();
                for k in 0..n {
                    let (a, b) = (rw(or.start + k), ow(nr.start + k));
                    if a == b {
                        plain.push(a.to_string());
                    } else {
                        drift = drift.max(Drift::Cosmetic);
                        flush(&mut pieces, &mut plain);
                        pieces.push(format!("[-{a}-]{{+{b}+}}"));
                    }
                }
                flush(&mut pieces, &mut plain);
            }
            _ => {
                let removed: Vec<&str> = or.clone().map(rw).collect();
                let added: Vec<&str> = nr.clone().map(ow).collect();
                // Words left out where the quotation marks an omission are not drift.
                let excused =
                    (added.is_empty() && other_ellipsis) || (removed.is_empty() && ref_ellipsis);
                if removed.is_empty() && added.is_empty() {
                    continue;
                }
                if excused {
                    excused_gap = true;
                } else {
                    drift = Drift::Words;
                }
                let mut p = String::new();
                if !removed.is_empty() {
                    p.push_str(&format!("[-{}-]", removed.join(" ")));
                }
                if !added.is_empty() {
                    p.push_str(&format!("{{+{}+}}", added.join(" ")));
                }
                pieces.push(p);
            }
        }
    }
    let reference_window = Span::new(ref_words[r0].start, ref_words[r1 - 1].end);
    let window = Span::new(other_words[o0].start, other_words[o1 - 1].end);
    if drift == Drift::Same
        && !excused_gap
        && folded(ref_text.of(reference_window)) != folded(text.of(window))
    {
        drift = Drift::Cosmetic;
    }
    QuoteDiff {
        drift,
        diff: pieces.join(" "),
        reference_window,
        window,
    }
}

/// The range of `reference` that `other` lines up with: from where its first shared 3-gram
/// puts its start to where its last shared 3-gram puts its end.
fn anchor(reference: &[String], other: &[String]) -> (usize, usize) {
    let full = (0, reference.len());
    if reference.len() < 3 || other.len() < 3 {
        return full;
    }
    let find = |i: usize| reference.windows(3).position(|w| w == &other[i..i + 3]);
    let first = (0..other.len() - 2).find_map(|i| find(i).map(|j| (i, j)));
    let last = (0..other.len() - 2).rev().find_map(|i| {
        reference
            .windows(3)
            .rposition(|w| w == &other[i..i + 3])
            .map(|j| (i, j))
    });
    match (first, last) {
        (Some((i, j)), Some((i2, j2))) => {
            let lo = j.saturating_sub(i);
            let hi = (j2 + 3 + (other.len() - (i2 + 3))).min(reference.len());
            if lo < hi {
                (lo, hi)
            } else {
                full
            }
        }
        _ => full,
    }
}

fn shift_old(op: DiffOp, by: usize) -> DiffOp {
    match op {
        DiffOp::Equal {
            old_index,
            new_index,
            len,
        } => DiffOp::Equal {
            old_index: old_index + by,
            new_index,
            len,
        },
        DiffOp::Delete {
            old_index,
            old_len,
            new_index,
        } => DiffOp::Delete {
            old_index: old_index + by,
            old_len,
            new_index,
        },
        DiffOp::Insert {
            old_index,
            new_index,
            new_len,
        } => DiffOp::Insert {
            old_index: old_index + by,
            new_index,
            new_len,
        },
        DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } => DiffOp::Replace {
            old_index: old_index + by,
            old_len,
            new_index,
            new_len,
        },
    }
}

/// Keeps at most three words of context on each side of a change.
fn flush(pieces: &mut Vec<String>, plain: &mut Vec<String>) {
    if plain.is_empty() {
        return;
    }
    let at_start = pieces.is_empty();
    if plain.len() > 6 {
        let head = if at_start {
            Vec::new()
        } else {
            plain[..3].to_vec()
        };
        let tail = plain[plain.len() - 3..].to_vec();
        let mut s = head.join(" ");
        if !s.is_empty() {
            s.push(' ');
        }
        s.push('…');
        s.push(' ');
        s.push_str(&tail.join(" "));
        pieces.push(s);
    } else {
        pieces.push(plain.join(" "));
    }
    plain.clear();
}

fn folded(s: &str) -> String {
    s.chars()
        .map(fold_char)
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(text: &str) -> QuoteUnit {
        let inner = Span::new(0, text.len());
        QuoteUnit {
            article: 0,
            claim: 0,
            inner,
            word_count: words_in(&whole(text), inner).len(),
        }
    }

    /// A text kept whole.
    fn whole(text: &str) -> KeptText {
        KeptText::new(text, [Span::new(0, text.len())])
    }

    #[test]
    fn case_only_is_cosmetic() {
        let a = "the FIRST Evil Zionist is going to be buried";
        let b = "First Evil Zionist";
        let d = diff(&unit(a), &whole(a), &unit(b), &whole(b));
        assert_eq!(d.drift, Drift::Cosmetic, "{}", d.diff);
        assert!(d.diff.contains("[-FIRST-]{+First+}"), "{}", d.diff);
    }

    #[test]
    fn changed_words_are_drift() {
        let a = "we will never accept the presence of foreign troops";
        let b = "we will not accept the presence of foreign troops";
        let d = diff(&unit(a), &whole(a), &unit(b), &whole(b));
        assert_eq!(d.drift, Drift::Words);
        assert!(d.diff.contains("[-never-]{+not+}"), "{}", d.diff);
    }

    #[test]
    fn fragments_and_marked_omissions_are_not_drift() {
        let a = "we will never accept the presence of foreign troops on our soil";
        let b = "the presence of foreign troops";
        assert_eq!(
            diff(&unit(a), &whole(a), &unit(b), &whole(b)).drift,
            Drift::Same
        );
        let c = "we will never accept … foreign troops on our soil";
        assert_eq!(
            diff(&unit(a), &whole(a), &unit(c), &whole(c)).drift,
            Drift::Same
        );
        let e = "we will never accept the presence of foreign troops, on our soil";
        assert_eq!(
            diff(&unit(a), &whole(a), &unit(e), &whole(e)).drift,
            Drift::Cosmetic
        );
    }
}
