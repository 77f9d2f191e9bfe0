//! Page furniture: text that belongs to the web page rather than the story.
//!
//! Saved pages carry menus, share buttons, copyright lines, counters and author bios. They
//! must stay in the text (spans and line numbers refer to the file as the user sees it) but
//! must not yield claims. Detection is line based and driven by data
//! (`rules/furniture.toml`), so new sites need new rules, not new code.

use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;
use toml::Spanned;

use super::line_col;
use crate::span::Span;
use crate::text::count_words;

const DEFAULT_PACK: &str = include_str!("../../rules/furniture.toml");
const DEFAULT_ORIGIN: &str = "<built-in rules/furniture.toml>";

/// A furniture rule file that cannot be used, located so the user can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// Where the rules came from (a path, or a name for built-in rules).
    pub origin: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.origin)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for RuleError {}

/// Compiled furniture rules; see `rules/furniture.toml` for the meaning of each setting.
///
/// One `RegexSet` (or one alternation) per list is one pass over a line, but the patterns
/// use Unicode `\b`, which the fast automaton cannot handle past a non-ASCII byte: a whole
/// set then falls back to the slowest engine, and the loader's share of a run over real
/// pages (PolNeAR) grew four times over. So each list is one set of its patterns' ASCII
/// parts, used on ASCII text and on text whose other characters have ASCII stand-ins (see
/// [`PatternList`]), with each pattern as written compiled only for other text.
#[derive(Debug, Clone)]
pub struct FurnitureRules {
    nav_max_words: usize,
    pattern_max_words: usize,
    block_max_words: usize,
    bio_max_words: usize,
    nav_words: HashSet<String>,
    line_patterns: PatternList,
    bio_start_patterns: PatternList,
    bio_patterns: PatternList,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRules {
    #[serde(default = "default_nav_max_words")]
    nav_max_words: usize,
    #[serde(default = "default_pattern_max_words")]
    pattern_max_words: usize,
    #[serde(default = "default_block_max_words")]
    block_max_words: usize,
    #[serde(default = "default_bio_max_words")]
    bio_max_words: usize,
    #[serde(default)]
    nav_words: Vec<String>,
    #[serde(default)]
    language_codes: Vec<String>,
    #[serde(default)]
    line_patterns: Vec<Spanned<String>>,
    #[serde(default)]
    bio_start_patterns: Vec<Spanned<String>>,
    #[serde(default)]
    bio_patterns: Vec<Spanned<String>>,
}

fn default_nav_max_words() -> usize {
    4
}
fn default_pattern_max_words() -> usize {
    25
}
fn default_block_max_words() -> usize {
    8
}
fn default_bio_max_words() -> usize {
    150
}

impl FurnitureRules {
    /// Parses and compiles a furniture rule file; `origin` names it in errors.
    pub fn from_toml(src: &str, origin: &str) -> Result<Self, RuleError> {
        let error_at = |offset: Option<usize>, message: String| {
            let (line, column) = match offset {
                Some(o) => {
                    let (l, c) = line_col(src, o);
                    (Some(l), Some(c))
                }
                None => (None, None),
            };
            RuleError {
                origin: origin.to_string(),
                line,
                column,
                message,
            }
        };
        let raw: RawRules = toml::from_str(src)
            .map_err(|e| error_at(e.span().map(|s| s.start), e.message().to_string()))?;
        let nav_words = raw
            .nav_words
            .iter()
            .chain(&raw.language_codes)
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        Ok(FurnitureRules {
            nav_max_words: raw.nav_max_words,
            pattern_max_words: raw.pattern_max_words,
            block_max_words: raw.block_max_words,
            bio_max_words: raw.bio_max_words,
            nav_words,
            line_patterns: PatternList::new(&raw.line_patterns, &error_at)?,
            bio_start_patterns: PatternList::new(&raw.bio_start_patterns, &error_at)?,
            bio_patterns: PatternList::new(&raw.bio_patterns, &error_at)?,
        })
    }

    /// The built-in rules, shipped with the binary so loading works with no setup.
    pub fn default_pack() -> Self {
        // The embedded pack is part of the program, not user input; a unit test keeps it valid.
        Self::from_toml(DEFAULT_PACK, DEFAULT_ORIGIN).expect("built-in furniture rules are valid")
    }

    /// Rules that find no furniture, for callers who want every line considered.
    pub fn empty() -> Self {
        FurnitureRules {
            nav_max_words: 0,
            pattern_max_words: 0,
            block_max_words: 0,
            bio_max_words: 0,
            nav_words: HashSet::default(),
            line_patterns: PatternList::default(),
            bio_start_patterns: PatternList::default(),
            bio_patterns: PatternList::default(),
        }
    }
}

impl Default for FurnitureRules {
    fn default() -> Self {
        Self::default_pack()
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Blank,
    /// Matched a rule on its own.
    Furniture,
    /// Short and not sentence-like: furniture only if its neighbours are.
    Short,
    Prose,
}

struct Line<'t> {
    /// The trimmed line.
    span: Span,
    text: &'t str,
    /// Counted up to one more than the largest word limit of the rules.
    words: usize,
    class: Class,
}

/// Finds page furniture in `body` (a part of `text`); returns sorted, merged byte spans.
pub fn detect_furniture(text: &str, body: Span, rules: &FurnitureRules) -> Vec<Span> {
    let Some(body_text) = text.get(body.start..body.end) else {
        return Vec::new();
    };
    // Word counts are only compared with these limits, so counting stops past the largest:
    // a paragraph on one line can be thousands of words.
    let count_cap = rules
        .nav_max_words
        .max(rules.pattern_max_words)
        .max(rules.block_max_words)
        + 1;
    let mut lines = split_lines(body_text, body.start, count_cap);
    for line in &mut lines {
        line.class = classify(line, rules);
    }

    mark_trailing_block(&mut lines);
    let bio = find_bio(text, &lines, rules);
    mark_sandwiched(&mut lines);

    let mut spans: Vec<Span> = lines
        .iter()
        .filter(|l| l.class == Class::Furniture)
        .map(|l| l.span)
        .chain(bio)
        .collect();
    spans.sort();
    merge(text, spans)
}

fn split_lines(body_text: &str, base: usize, count_cap: usize) -> Vec<Line<'_>> {
    // Room for a line in every 64 bytes (news pages have fewer), up to a bound a huge file
    // cannot push it past: the vector seldom grows, and the breaks are not counted first
    // (which cost as much as growing it).
    let mut lines = Vec::with_capacity((body_text.len() / 64 + 1).min(4096));
    let mut start = 0;
    for raw in crate::text::lines_inclusive(body_text) {
        // As `str::trim_start` and `trim_end`, decoding only characters outside ASCII.
        let after_leading = crate::text::trim_start(raw);
        let leading = raw.len() - after_leading.len();
        let trimmed = crate::text::trim_end(after_leading);
        let s = base + start + leading;
        lines.push(Line {
            span: Span::new(s, s + trimmed.len()),
            text: trimmed,
            words: count_words(trimmed, count_cap),
            class: Class::Blank,
        });
        start += raw.len();
    }
    lines
}

/// A list of patterns asked only whether any of them matches, built for text that is nearly
/// all ASCII. Compiling a pattern as written is costly where it has Unicode classes (`\w`,
/// `\p{L}`, `.` repeated 150 times): most of what loading the rules cost, paid on every run.
/// On ASCII text a pattern matches as its ASCII part does (its classes cut down to ASCII, its
/// non-ASCII literals never matching, `\b` the ASCII one), which compiles at a fraction of
/// the cost, all patterns as one set. A text with other characters is asked of that set too
/// when each of them has an ASCII stand-in ([`StandIns`]), as the dash and curly quotes of
/// most such lines do. Each pattern as written is compiled only the first time a text needs
/// it.
#[derive(Debug, Clone)]
struct PatternList {
    /// The ASCII parts, as one automaton asked whether any matches.
    ascii: AnyMatch,
    /// The ASCII parts with long bounded repetitions made unbounded ([`widen`]), when a
    /// part has one: they match whatever the parts match, so a text they reject is
    /// rejected without running `ascii`, whose automaton counts through such a repetition
    /// in new states for each text (an author bio's `.{0,150}?`).
    relaxed: Option<AnyMatch>,
    stand_ins: StandIns,
    unicode: Vec<LazyRegex>,
}

impl Default for PatternList {
    fn default() -> Self {
        PatternList {
            ascii: AnyMatch::new::<regex_syntax::hir::Hir>(&[], 10 << 20)
                .expect("an empty set of patterns compiles"),
            relaxed: None,
            stand_ins: StandIns::default(),
            unicode: Vec::new(),
        }
    }
}

/// A pattern, compiled when first used.
#[derive(Debug, Clone)]
struct LazyRegex {
    pattern: String,
    regex: OnceLock<Regex>,
}

impl LazyRegex {
    fn get(&self) -> &Regex {
        self.regex.get_or_init(|| {
            // The pattern parsed when the rules were loaded; compiled with no size limit, as
            // the limit can no longer be reported where the pattern is written.
            regex::RegexBuilder::new(&self.pattern)
                .size_limit(usize::MAX)
                .build()
                .expect("a pattern that parsed when the rules were loaded compiles")
        })
    }
}

impl PatternList {
    /// Parses each pattern as `Regex::new` does, so an invalid one is reported (with the
    /// same message) where it is written.
    fn new(
        list: &[Spanned<String>],
        error_at: &dyn Fn(Option<usize>, String) -> RuleError,
    ) -> Result<Self, RuleError> {
        let mut ascii = Vec::with_capacity(list.len());
        let mut stand_ins = StandIns::builder();
        for p in list {
            let hir = parse_pattern(p.get_ref()).map_err(|e| {
                error_at(
                    Some(p.span().start),
                    format!("invalid regex: {}", one_line(&e)),
                )
            })?;
            ascii.push(ascii_part(&hir));
            stand_ins.add(&hir);
        }
        // The ASCII parts are no larger than the patterns, each of which fits the default
        // limit (10 MiB): the set of them fits that much per pattern.
        let limit = (10 << 20) * list.len().max(1);
        let relaxed = if ascii.iter().any(has_wide_repetition) {
            // Only the parts with such a repetition are rebuilt; the others are lent as
            // they are (copying a part cost more than building its automaton).
            let parts: Vec<Cow<'_, regex_syntax::hir::Hir>> = ascii
                .iter()
                .map(|part| match has_wide_repetition(part) {
                    true => Cow::Owned(widen(part).0),
                    false => Cow::Borrowed(part),
                })
                .collect();
            // No larger than the parts, which compile below (or the error is theirs).
            AnyMatch::new(&parts, limit).ok()
        } else {
            None
        };
        let ascii = AnyMatch::new(&ascii, limit).map_err(|e| {
            // Only the size limit can be exceeded: the parts parsed. Reported as
            // `Regex::new` reports it.
            let message = match e.size_limit() {
                Some(limit) => regex::Error::CompiledTooBig(limit).to_string(),
                // As the meta regex this replaces reported it.
                None => "error building NFA".to_string(),
            };
            error_at(
                list.first().map(|p| p.span().start),
                format!("invalid regex: {}", one_line(&message)),
            )
        })?;
        let unicode = list
            .iter()
            .map(|p| LazyRegex {
                pattern: p.get_ref().clone(),
                regex: OnceLock::new(),
            })
            .collect();
        Ok(PatternList {
            ascii,
            relaxed,
            stand_ins: stand_ins.build(),
            unicode,
        })
    }

    fn is_empty(&self) -> bool {
        self.unicode.is_empty()
    }

    /// Whether any pattern matches `text`.
    fn is_match(&self, text: &str) -> bool {
        let ascii = if text.is_ascii() {
            self.ascii_match(text.as_bytes())
        } else if let Some(stood_in) = self.stand_ins.replace(text) {
            self.ascii_match(stood_in.as_slice())
        } else {
            None
        };
        ascii.unwrap_or_else(|| self.unicode.iter().any(|p| p.get().is_match(text)))
    }

    /// Whether an ASCII part matches ASCII `text`, the relaxed parts asked first; `None`
    /// if an automaton could not tell.
    fn ascii_match(&self, text: &[u8]) -> Option<bool> {
        if let Some(relaxed) = &self.relaxed {
            if !relaxed.is_match(text)? {
                return Some(false);
            }
        }
        self.ascii.is_match(text)
    }
}

/// The cache a lazy DFA searches with, one for each thread searching at a time.
type CachePool = regex_automata::util::pool::Pool<
    regex_automata::hybrid::dfa::Cache,
    Box<
        dyn Fn() -> regex_automata::hybrid::dfa::Cache
            + Send
            + Sync
            + std::panic::UnwindSafe
            + std::panic::RefUnwindSafe,
    >,
>;

/// Patterns asked only whether any of them matches: one forward lazy DFA, as the meta
/// regex used here searched with, without the engines a meta regex builds besides it for
/// searches that report where a match is (a reverse automaton, compiled on every run for
/// nothing, was most of the cost of building one). No prefilter, as before: lines are
/// short, and finding a set's prefixes (case-insensitive alternations) cost more than
/// every search it sped up.
struct AnyMatch {
    dfa: regex_automata::hybrid::dfa::DFA,
    caches: CachePool,
}

impl AnyMatch {
    /// `parts` as one automaton, its NFA at most `limit` bytes.
    fn new<H: std::borrow::Borrow<regex_syntax::hir::Hir>>(
        parts: &[H],
        limit: usize,
    ) -> Result<Self, Box<regex_automata::nfa::thompson::BuildError>> {
        use regex_automata::nfa::thompson;
        // As `meta::Regex` configured its automata (see `PatternList::new`): no captures,
        // empty matches not split at characters.
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .nfa_size_limit(Some(limit))
                    .which_captures(thompson::WhichCaptures::None)
                    .utf8(false)
                    .shrink(false),
            )
            .build_many_from_hir(parts)
            .map_err(Box::new)?;
        let config = regex_automata::hybrid::dfa::Config::new()
            .match_kind(regex_automata::MatchKind::All)
            .cache_capacity(2 << 20)
            // A cache too small for the NFA gets the least it needs rather than failing
            // the build: the meta regex would then have searched without a lazy DFA, and
            // the answers are the same.
            .skip_cache_capacity_check(true);
        let dfa = regex_automata::hybrid::dfa::Builder::new()
            .configure(config)
            .build_from_nfa(nfa)
            .expect("a lazy DFA builds from any NFA when its cache is not checked");
        Ok(AnyMatch::from_dfa(dfa))
    }

    fn from_dfa(dfa: regex_automata::hybrid::dfa::DFA) -> Self {
        let for_caches = dfa.clone();
        AnyMatch {
            dfa,
            caches: CachePool::new(Box::new(move || for_caches.create_cache())),
        }
    }

    /// Whether a part matches `text`; `None` if the search gave up (it is configured never
    /// to, and quits at no byte).
    fn is_match(&self, text: &[u8]) -> Option<bool> {
        let mut cache = self.caches.get();
        let input = regex_automata::Input::new(text).earliest(true);
        self.dfa
            .try_search_fwd(&mut cache, &input)
            .ok()
            .map(|m| m.is_some())
    }
}

impl Clone for AnyMatch {
    fn clone(&self) -> Self {
        AnyMatch::from_dfa(self.dfa.clone())
    }
}

impl fmt::Debug for AnyMatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AnyMatch").field("dfa", &self.dfa).finish()
    }
}

/// Repetitions with more than this many optional copies are widened by [`widen`].
const WIDE_REPETITION: u32 = 100;

/// Whether [`widen`] would widen a repetition of `hir` (and so return something else).
fn has_wide_repetition(hir: &regex_syntax::hir::Hir) -> bool {
    use regex_syntax::hir::HirKind;
    match hir.kind() {
        HirKind::Repetition(repetition) => {
            repetition
                .max
                .is_some_and(|max| max - repetition.min > WIDE_REPETITION)
                || has_wide_repetition(&repetition.sub)
        }
        HirKind::Capture(capture) => has_wide_repetition(&capture.sub),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().any(has_wide_repetition),
        _ => false,
    }
}

/// `hir` with each repetition that may repeat more than [`WIDE_REPETITION`] times beyond
/// its minimum made unbounded, and whether there was one: it matches at least what `hir`
/// matches, with an automaton that need not count (an `x{0,150}` is 150 states in a row,
/// each met again with every combination of what else is being matched).
fn widen(hir: &regex_syntax::hir::Hir) -> (regex_syntax::hir::Hir, bool) {
    use regex_syntax::hir::{Capture, Hir, HirKind, Repetition};
    let many = |subs: &[Hir]| {
        let (subs, wider): (Vec<_>, Vec<_>) = subs.iter().map(widen).unzip();
        (subs, wider.contains(&true))
    };
    match hir.kind() {
        HirKind::Repetition(repetition) => {
            let (sub, wider) = widen(&repetition.sub);
            let long = repetition
                .max
                .is_some_and(|max| max - repetition.min > WIDE_REPETITION);
            let hir = Hir::repetition(Repetition {
                min: repetition.min,
                max: if long { None } else { repetition.max },
                greedy: repetition.greedy,
                sub: Box::new(sub),
            });
            (hir, wider || long)
        }
        HirKind::Capture(capture) => {
            let (sub, wider) = widen(&capture.sub);
            let hir = Hir::capture(Capture {
                index: capture.index,
                name: capture.name.clone(),
                sub: Box::new(sub),
            });
            (hir, wider)
        }
        HirKind::Concat(subs) => {
            let (subs, wider) = many(subs);
            (Hir::concat(subs), wider)
        }
        HirKind::Alternation(subs) => {
            let (subs, wider) = many(subs);
            (Hir::alternation(subs), wider)
        }
        _ => (hir.clone(), false),
    }
}

/// Parses a pattern into the HIR `regex_syntax::Parser::parse` gives, with the same errors,
/// but without case folding the bracketed classes that case folding leaves as they are.
/// Under `(?i)`, a class such as `[\w ]` is folded as a whole: for the Unicode `\w`, most of
/// what the line patterns cost to parse. A class made of Perl classes (`\w`, `\d`, `\s` and
/// their negations, each a union of case-folding orbits) and ASCII characters that are not
/// letters (which have no other case) is its own case folding, so it is translated as if
/// written `(?-i:[…])`: the same class, not folded.
fn parse_pattern(pattern: &str) -> Result<regex_syntax::hir::Hir, String> {
    let translated = regex_syntax::ast::parse::Parser::new()
        .parse(pattern)
        .ok()
        .and_then(|mut ast| {
            unfold_closed_classes(&mut ast);
            regex_syntax::hir::translate::Translator::new()
                .translate(pattern, &ast)
                .ok()
        });
    match translated {
        Some(hir) => Ok(hir),
        // An invalid pattern: the error as the parser reports it where it is written.
        None => regex_syntax::Parser::new()
            .parse(pattern)
            .map_err(|e| e.to_string()),
    }
}

/// Puts each bracketed class of `ast` that case folding leaves as it is in a group that
/// turns case folding off (see [`parse_pattern`]).
fn unfold_closed_classes(ast: &mut regex_syntax::ast::Ast) {
    use regex_syntax::ast::{Ast, Flag, Flags, FlagsItem, FlagsItemKind, Group, GroupKind};
    match ast {
        Ast::ClassBracketed(class) if is_own_case_folding(&class.kind) => {
            let span = class.span;
            let item = |kind| FlagsItem { span, kind };
            let class = std::mem::replace(ast, Ast::empty(span));
            *ast = Ast::group(Group {
                span,
                kind: GroupKind::NonCapturing(Flags {
                    span,
                    items: vec![
                        item(FlagsItemKind::Negation),
                        item(FlagsItemKind::Flag(Flag::CaseInsensitive)),
                    ],
                }),
                ast: Box::new(class),
            });
        }
        Ast::Repetition(repetition) => unfold_closed_classes(&mut repetition.ast),
        Ast::Group(group) => unfold_closed_classes(&mut group.ast),
        Ast::Alternation(alternation) => {
            alternation.asts.iter_mut().for_each(unfold_closed_classes)
        }
        Ast::Concat(concat) => concat.asts.iter_mut().for_each(unfold_closed_classes),
        _ => {}
    }
}

/// Whether a class set is its own simple case folding, by how it is written: built by set
/// operations from Perl classes and ASCII characters that are not letters.
fn is_own_case_folding(set: &regex_syntax::ast::ClassSet) -> bool {
    use regex_syntax::ast::{ClassSet, ClassSetItem};
    fn caseless(c: char) -> bool {
        c.is_ascii() && !c.is_ascii_alphabetic()
    }
    fn item(i: &ClassSetItem) -> bool {
        match i {
            ClassSetItem::Empty(_) | ClassSetItem::Perl(_) => true,
            ClassSetItem::Literal(l) => caseless(l.c),
            ClassSetItem::Range(r) => r.end.c.is_ascii() && (r.start.c..=r.end.c).all(caseless),
            ClassSetItem::Bracketed(b) => is_own_case_folding(&b.kind),
            ClassSetItem::Union(u) => u.items.iter().all(item),
            ClassSetItem::Ascii(_) | ClassSetItem::Unicode(_) => false,
        }
    }
    match set {
        ClassSet::Item(i) => item(i),
        ClassSet::BinaryOp(op) => is_own_case_folding(&op.lhs) && is_own_case_folding(&op.rhs),
    }
}

/// ASCII characters that stand in for others: `r` for `c` when `c` and `r` belong to the
/// same classes and literals of every pattern of a list, and are both word characters or
/// both not (for `\b`), and neither ends a line. A pattern then matches a text exactly when
/// it matches the text with each `c` replaced by its `r`, character for character; and on
/// that ASCII text a pattern matches as its ASCII part does. An em dash, a curly quote or a
/// no-break space has a stand-in unless a pattern names it.
#[derive(Debug, Clone, Default)]
struct StandIns {
    /// The character sets a character's membership of is compared: each class and each
    /// literal character of the patterns, and the word characters.
    sets: Vec<Vec<(char, char)>>,
    /// For each membership of the sets (one bit a set), the ASCII character with it.
    ascii: rustc_hash::FxHashMap<Vec<u64>, u8>,
    /// A pattern has a part this does not model (bytes outside ASCII): no stand-ins.
    none: bool,
}

/// The sets of a [`StandIns`], gathered pattern by pattern.
struct StandInsBuilder {
    sets: Vec<Vec<(char, char)>>,
    none: bool,
}

impl StandIns {
    fn builder() -> StandInsBuilder {
        StandInsBuilder {
            sets: Vec::new(),
            none: false,
        }
    }

    /// Which of the sets hold `c`, one bit a set.
    fn membership(sets: &[Vec<(char, char)>], c: char) -> Vec<u64> {
        let mut bits = vec![0u64; sets.len().div_ceil(64)];
        for (k, ranges) in sets.iter().enumerate() {
            let at = ranges.partition_point(|&(_, end)| end < c);
            if ranges.get(at).is_some_and(|&(start, _)| start <= c) {
                bits[k / 64] |= 1 << (k % 64);
            }
        }
        bits
    }

    /// `text` with each character outside ASCII replaced by its stand-in; None if one has
    /// none.
    fn replace(&self, text: &str) -> Option<Vec<u8>> {
        if self.none {
            return None;
        }
        let mut out = Vec::with_capacity(text.len());
        // A line repeats its few characters outside ASCII (quotes, dashes).
        let mut seen: Vec<(char, u8)> = Vec::new();
        for c in text.chars() {
            if c.is_ascii() {
                out.push(c as u8);
                continue;
            }
            let r = match seen.iter().find(|&&(s, _)| s == c) {
                Some(&(_, r)) => r,
                None => {
                    let r = *self.ascii.get(&Self::membership(&self.sets, c))?;
                    seen.push((c, r));
                    r
                }
            };
            out.push(r);
        }
        Some(out)
    }
}

impl StandInsBuilder {
    /// Adds the sets of one pattern.
    fn add(&mut self, hir: &regex_syntax::hir::Hir) {
        use regex_syntax::hir::{Class, HirKind, Look};
        match hir.kind() {
            HirKind::Empty => {}
            HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
                Ok(s) => self.sets.extend(s.chars().map(|c| vec![(c, c)])),
                Err(_) => self.none = true,
            },
            HirKind::Class(Class::Unicode(class)) => self.sets.push(
                class
                    .ranges()
                    .iter()
                    .map(|r| (r.start(), r.end()))
                    .collect(),
            ),
            HirKind::Class(Class::Bytes(class)) => {
                if class.ranges().iter().any(|r| !r.end().is_ascii()) {
                    self.none = true;
                }
                self.sets.push(
                    class
                        .ranges()
                        .iter()
                        .map(|r| (char::from(r.start()), char::from(r.end())))
                        .collect(),
                );
            }
            HirKind::Look(look) => {
                let word = !matches!(
                    look,
                    Look::Start
                        | Look::End
                        | Look::StartLF
                        | Look::EndLF
                        | Look::StartCRLF
                        | Look::EndCRLF
                );
                if word {
                    self.sets.push(word_characters());
                }
            }
            HirKind::Repetition(repetition) => self.add(&repetition.sub),
            HirKind::Capture(capture) => self.add(&capture.sub),
            HirKind::Concat(subs) | HirKind::Alternation(subs) => {
                for sub in subs {
                    self.add(sub);
                }
            }
        }
    }

    fn build(mut self) -> StandIns {
        // Most sets are one character of a literal, met again and again: the copies are
        // dropped by hash before the few left are sorted (sorting them all compared the
        // long classes, such as `\w`, range by range, over and over).
        let unique: rustc_hash::FxHashSet<Vec<(char, char)>> = self.sets.drain(..).collect();
        self.sets.extend(unique);
        self.sets.sort_unstable();
        let mut ascii = rustc_hash::FxHashMap::default();
        // Not a line end: `\n` and `\r` are what the line anchors look for.
        for b in (0..0x80u8).filter(|b| !matches!(b, b'\n' | b'\r')) {
            ascii
                .entry(StandIns::membership(&self.sets, char::from(b)))
                .or_insert(b);
        }
        StandIns {
            sets: self.sets,
            ascii,
            none: self.none,
        }
    }
}

/// The Unicode word characters (`\w`), as the word boundaries of a pattern know them.
fn word_characters() -> Vec<(char, char)> {
    static WORD: OnceLock<Vec<(char, char)>> = OnceLock::new();
    WORD.get_or_init(|| {
        let hir = regex_syntax::Parser::new()
            .parse(r"\w")
            .expect("\\w is a valid pattern");
        match hir.kind() {
            regex_syntax::hir::HirKind::Class(regex_syntax::hir::Class::Unicode(class)) => class
                .ranges()
                .iter()
                .map(|r| (r.start(), r.end()))
                .collect(),
            _ => unreachable!("\\w parses to a class"),
        }
    })
    .clone()
}

/// What of `hir` can match ASCII text, matching there exactly as `hir` does: classes keep
/// their ASCII members, a literal with a byte outside ASCII never matches, and word
/// boundaries are ASCII ones (on ASCII text a Unicode word character is an ASCII one).
fn ascii_part(hir: &regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{
        Capture, Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange, Hir, HirKind,
        Look, Repetition,
    };
    match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(literal) if literal.0.is_ascii() => Hir::literal(literal.0.clone()),
        HirKind::Literal(_) => Hir::fail(),
        // The ranges are sorted: the ASCII ones come first, the last of them cut at 0x7F (a
        // Unicode class such as `\w` has hundreds of ranges, not copied to be intersected).
        HirKind::Class(Class::Unicode(class)) => Hir::class(Class::Unicode(ClassUnicode::new(
            class
                .ranges()
                .iter()
                .take_while(|r| r.start().is_ascii())
                .map(|r| ClassUnicodeRange::new(r.start(), r.end().min('\x7F'))),
        ))),
        HirKind::Class(Class::Bytes(class)) => Hir::class(Class::Bytes(ClassBytes::new(
            class
                .ranges()
                .iter()
                .take_while(|r| r.start().is_ascii())
                .map(|r| ClassBytesRange::new(r.start(), r.end().min(0x7F))),
        ))),
        HirKind::Look(look) => Hir::look(match *look {
            Look::WordUnicode => Look::WordAscii,
            Look::WordUnicodeNegate => Look::WordAsciiNegate,
            Look::WordStartUnicode => Look::WordStartAscii,
            Look::WordEndUnicode => Look::WordEndAscii,
            Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
            Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
            other => other,
        }),
        HirKind::Repetition(repetition) => Hir::repetition(Repetition {
            min: repetition.min,
            max: repetition.max,
            greedy: repetition.greedy,
            sub: Box::new(ascii_part(&repetition.sub)),
        }),
        HirKind::Capture(capture) => Hir::capture(Capture {
            index: capture.index,
            name: capture.name.clone(),
            sub: Box::new(ascii_part(&capture.sub)),
        }),
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(ascii_part).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(ascii_part).collect()),
    }
}

/// Whether a line pattern matches.
fn matches_line_pattern(text: &str, rules: &FurnitureRules) -> bool {
    rules.line_patterns.is_match(text)
}

fn classify(line: &Line<'_>, rules: &FurnitureRules) -> Class {
    if line.text.is_empty() {
        return Class::Blank;
    }
    if is_nav(line, rules)
        || (line.words <= rules.pattern_max_words && matches_line_pattern(line.text, rules))
    {
        return Class::Furniture;
    }
    if line.words <= rules.block_max_words && !ends_like_sentence(line.text) {
        Class::Short
    } else {
        Class::Prose
    }
}

fn is_nav(line: &Line<'_>, rules: &FurnitureRules) -> bool {
    if line.words > rules.nav_max_words || ends_like_sentence(line.text) {
        return false;
    }
    let mut any = false;
    for token in line
        .text
        .split(|c: char| c.is_whitespace() || "|/·•,".contains(c))
    {
        let token = token.trim_matches(|c: char| !c.is_alphanumeric());
        if token.is_empty() {
            continue;
        }
        // Most tokens are lowercase already: looked up as they are, with no new String.
        if !rules
            .nav_words
            .contains(crate::text::lowercase(token).as_ref())
        {
            return false;
        }
        any = true;
    }
    any
}

fn ends_like_sentence(s: &str) -> bool {
    let s = s.trim_end_matches(|c: char| "\"'”’)]»".contains(c) || c.is_whitespace());
    s.ends_with(['.', '!', '?', '…'])
}

/// After the last prose line, short leftovers (outlet name, untranslated widget text) are
/// furniture if the run holds at least one line that matched a rule.
fn mark_trailing_block(lines: &mut [Line<'_>]) {
    let mut block = Vec::new();
    let mut has_furniture = false;
    for (i, line) in lines.iter().enumerate().rev() {
        match line.class {
            Class::Blank => {}
            Class::Furniture => has_furniture = true,
            Class::Short => block.push(i),
            Class::Prose => break,
        }
    }
    if has_furniture {
        for i in block {
            lines[i].class = Class::Furniture;
        }
    }
}

/// A run of short lines with furniture on both sides (blank lines aside) is furniture.
fn mark_sandwiched(lines: &mut [Line<'_>]) {
    let non_blank: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].class != Class::Blank)
        .collect();
    let mut k = 0;
    while k < non_blank.len() {
        if lines[non_blank[k]].class != Class::Short {
            k += 1;
            continue;
        }
        let run_start = k;
        while k < non_blank.len() && lines[non_blank[k]].class == Class::Short {
            k += 1;
        }
        let before = run_start
            .checked_sub(1)
            .map(|j| lines[non_blank[j]].class == Class::Furniture);
        let after = non_blank
            .get(k)
            .map(|&j| lines[j].class == Class::Furniture);
        if before == Some(true) && after == Some(true) {
            for &i in &non_blank[run_start..k] {
                lines[i].class = Class::Furniture;
            }
        }
    }
}

/// The author bio at the end: trailing sentences that all look like a bio, starting at the
/// first one that introduces the author.
fn find_bio(text: &str, lines: &[Line<'_>], rules: &FurnitureRules) -> Option<Span> {
    if rules.bio_start_patterns.is_empty() {
        return None;
    }
    // (sentence, starts a bio), from the end backwards.
    let mut found: Vec<(Span, bool)> = Vec::new();
    let mut words = 0;
    let mut seen_content = false;
    'lines: for line in lines.iter().rev() {
        match line.class {
            Class::Blank => continue,
            Class::Furniture if !seen_content => continue,
            Class::Furniture => break,
            Class::Short | Class::Prose => seen_content = true,
        }
        for sentence in sentences(text, line.span).into_iter().rev() {
            let s = sentence.of(text);
            let w = s.split_whitespace().count();
            if words + w > rules.bio_max_words {
                break 'lines;
            }
            let starts = rules.bio_start_patterns.is_match(s);
            if !starts && !rules.bio_patterns.is_match(s) {
                break 'lines;
            }
            words += w;
            found.push((sentence, starts));
        }
    }
    let first = found.iter().rposition(|&(_, starts)| starts)?;
    let end = found.first()?.0.end;
    Some(Span::new(found[first].0.start, end))
}

const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "mx", "prof", "st", "jr", "sr", "gen", "col", "lt", "capt", "sgt",
    "sen", "rep", "gov", "pres", "mt", "no", "vs", "etc", "e.g", "i.e", "inc", "co", "corp", "ltd",
    "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec",
];

/// Splits a line into trimmed sentences. Conservative: a break needs sentence punctuation,
/// whitespace, then something that can start a sentence, and not an abbreviation or initial.
fn sentences(text: &str, span: Span) -> Vec<Span> {
    let line = span.of(text);
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Candidates found byte-wise (a bio is looked for in the last lines, which can be long
    // paragraphs): the ASCII marks, and 0xE2, which begins '…' (and other characters).
    let mut marks = crate::text::AnyFinder::new(bytes, [b'.', b'!', b'?', 0xE2]);
    loop {
        let pos = marks.next(i);
        if pos >= bytes.len() {
            break;
        }
        let c = line[pos..]
            .chars()
            .next()
            .expect("a character at a boundary");
        let after = pos + c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '…') {
            i = after;
            continue;
        }
        let closed = line[after..].trim_start_matches(|c: char| "\"'”’)]»".contains(c));
        let end = line.len() - closed.len();
        let next = closed.trim_start();
        let k = line.len() - next.len();
        let breaks = k > end
            && next.chars().next().is_some_and(can_start_sentence)
            && !(c == '.' && is_abbreviation(&line[start..pos]));
        if breaks {
            out.push(Span::new(span.start + start, span.start + end));
            start = k;
            i = k;
        } else {
            i = after;
        }
    }
    if start < line.len() {
        let rest = line[start..].trim_end();
        if !rest.is_empty() {
            out.push(Span::new(
                span.start + start,
                span.start + start + rest.len(),
            ));
        }
    }
    out
}

fn can_start_sentence(c: char) -> bool {
    c.is_uppercase() || c.is_ascii_digit() || "\"'“‘(@[".contains(c)
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&lower.as_str())
}

/// Merges overlapping spans and spans separated only by whitespace.
fn merge(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(last) = out.last_mut() {
            let gap_is_blank = s.start <= last.end
                || text
                    .get(last.end..s.start)
                    .is_some_and(|g| g.trim().is_empty());
            if gap_is_blank {
                *last = last.cover(s);
                continue;
            }
        }
        out.push(s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_match_answers_as_a_meta_regex_set_does() {
        let raw: RawRules = toml::from_str(DEFAULT_PACK).unwrap();
        let texts = [
            "",
            "Copyright 2021 Daily Harbour Gazette. All rights reserved.",
            "(c) 2020",
            "views: 1,234",
            "12 comments",
            "Share this article on Facebook",
            "Read more:",
            "dark_mode",
            "A+ A-",
            "She is a journalist based in Oslo.",
            "Anna Berg is an Oslo-based analyst and writer on energy.",
            "He tweets at @someone",
            "contact: me@example.com",
            "The union said on Friday that 80 percent of members backed the offer.",
            "Subscribe to our free newsletter",
            "5 min read",
            "Loading...",
        ];
        for list in [
            &raw.line_patterns,
            &raw.bio_start_patterns,
            &raw.bio_patterns,
        ] {
            let parts: Vec<_> = list
                .iter()
                .map(|p| ascii_part(&parse_pattern(p.get_ref()).unwrap()))
                .collect();
            let meta = regex_automata::meta::Builder::new()
                .configure(
                    regex_automata::meta::Config::new()
                        .match_kind(regex_automata::MatchKind::All)
                        .utf8_empty(false)
                        .which_captures(regex_automata::nfa::thompson::WhichCaptures::None),
                )
                .build_many_from_hir(&parts)
                .unwrap();
            let any = AnyMatch::new(&parts, 10 << 20).unwrap();
            let cloned = any.clone();
            let mut matched = 0;
            for t in texts {
                assert_eq!(any.is_match(t.as_bytes()), Some(meta.is_match(t)), "{t}");
                assert_eq!(cloned.is_match(t.as_bytes()), Some(meta.is_match(t)), "{t}");
                matched += usize::from(meta.is_match(t));
            }
            assert!(matched > 0);
        }
        let none = AnyMatch::new::<regex_syntax::hir::Hir>(&[], 10 << 20).unwrap();
        assert_eq!(none.is_match(b"anything"), Some(false));
    }

    #[test]
    fn wide_repetitions_are_found_where_widen_finds_them() {
        for (pattern, wide) in [
            (".{0,150}", true),
            (".{0,80}", false),
            ("a{3,104}", true),
            ("a{3,103}", false),
            ("(?:x|(y.{2,500}?))z", true),
            ("a*b+c{0,100}", false),
        ] {
            let hir = parse_pattern(pattern).unwrap();
            assert_eq!(has_wide_repetition(&hir), wide, "{pattern}");
            assert_eq!(widen(&hir).1, wide, "{pattern}");
        }
        let raw: RawRules = toml::from_str(DEFAULT_PACK).unwrap();
        for p in raw
            .line_patterns
            .iter()
            .chain(&raw.bio_start_patterns)
            .chain(&raw.bio_patterns)
        {
            let part = ascii_part(&parse_pattern(p.get_ref()).unwrap());
            assert_eq!(
                has_wide_repetition(&part),
                widen(&part).1,
                "{}",
                p.get_ref()
            );
        }
    }

    fn furniture_of(text: &str) -> Vec<&str> {
        let rules = FurnitureRules::default_pack();
        detect_furniture(text, Span::new(0, text.len()), &rules)
            .into_iter()
            .map(|s| s.of(text))
            .collect()
    }

    fn is_furniture(text: &str, needle: &str) -> bool {
        let rules = FurnitureRules::default_pack();
        let start = text.find(needle).expect("needle in text");
        let span = Span::new(start, start + needle.len());
        detect_furniture(text, Span::new(0, text.len()), &rules)
            .iter()
            .any(|f| f.overlaps(span))
    }

    const PAGE: &str = "\
Facebook
X
LinkedIn
en | fr | de
Type to search...
Toggle
Daily Harbour Gazette
Copyright © 2021 Daily Harbour Gazette. All rights reserved.
WORLD

Harbour workers vote to end strike after pay deal

12 March 2021

The union said on Friday that 80 percent of members backed the offer, ending a walkout that had idled the port for three weeks.

Talks broke down twice before the agreement was reached, according to the mediator.

What comes next

The port authority expects traffic to recover within a month, a spokesperson said.

Daily Harbour
Reads: 4,210

Enjoyed this article? Share it with your friends!
email
copy link
Lien copié
Recommended
Loading...
";

    #[test]
    fn the_line_set_agrees_with_each_pattern_on_lines_in_and_outside_ascii() {
        let rules = FurnitureRules::default_pack();
        let raw: RawRules = toml::from_str(DEFAULT_PACK).expect("the default pack parses");
        let patterns: Vec<Regex> = raw
            .line_patterns
            .iter()
            .map(|p| Regex::new(p.get_ref()).expect("a valid pattern"))
            .collect();
        let lines = [
            "Copyright 2024 Foo Media",
            "(c) 2023 Bar",
            "All rights reserved.",
            "Views: 1,234",
            "12K views",
            "Leave a reply",
            "Comments are closed.",
            "Share this story on Facebook",
            "Liked this article?",
            "Share",
            "Print this article",
            "Link copied",
            "Type to search...",
            "A+ A-",
            "A+ A- A",
            "dark_mode",
            "Read more:",
            "Subscribe to our newsletter for free",
            "Follow us on Twitter",
            "Tags: politics",
            "Advertisement",
            "We use cookies to improve",
            "Skip to content",
            "Loading...",
            "5 min read",
            "3 hours ago",
            "The minister said the talks would resume.",
            "Reading the reports, analysts disagreed.",
            "He shares a view",
            "SHARE ON X",
            "",
            // Outside ASCII: stand-ins, and characters the patterns name.
            "© 2024 Foo Media",
            "Views:\u{a0}1\u{a0}234",
            "A+ A−",
            "A− A+ Ä",
            "Type to search…",
            "Loading…",
            "KELSTON, Nortessa (Granite Gazette) — A mudslide swept through",
            "“Share this story on Facebook”",
            "Share on Facebook ·",
            "Ｓhare this",
            "\u{212a}eywords: x",
            "Tag\u{17f}: politics",
            "read more from Zürich:",
            "Read more from Zürich —:",
            "café_mode",
            "5 min read ‘",
        ];
        for line in lines {
            let each = patterns.iter().any(|r| r.is_match(line));
            assert_eq!(matches_line_pattern(line, &rules), each, "{line:?}");
        }
        // Many of the probes are furniture, some are not: the test sees both answers.
        assert!(
            lines
                .iter()
                .filter(|l| matches_line_pattern(l, &rules))
                .count()
                > 20
        );
        assert!(lines.iter().any(|l| !matches_line_pattern(l, &rules)));
    }

    /// Every pattern of the default pack as written, compiled, the list of them, and the
    /// set of their ASCII parts as a meta regex (which tells which part matches): built
    /// once for all the tests that compare them.
    fn default_patterns() -> &'static (Vec<Regex>, PatternList, regex_automata::meta::Regex) {
        static PATTERNS: OnceLock<(Vec<Regex>, PatternList, regex_automata::meta::Regex)> =
            OnceLock::new();
        PATTERNS.get_or_init(|| {
            let raw: RawRules = toml::from_str(DEFAULT_PACK).expect("the default pack parses");
            let spanned: Vec<Spanned<String>> = raw
                .line_patterns
                .into_iter()
                .chain(raw.bio_start_patterns)
                .chain(raw.bio_patterns)
                .collect();
            let no_error = |_: Option<usize>, m: String| -> RuleError { panic!("{m}") };
            let parts =
                PatternList::new(&spanned, &no_error).expect("the default patterns are valid");
            let patterns = spanned
                .iter()
                .map(|p| Regex::new(p.get_ref()).expect("a valid pattern"))
                .collect();
            let ascii: Vec<_> = spanned
                .iter()
                .map(|p| ascii_part(&parse_pattern(p.get_ref()).expect("a valid pattern")))
                .collect();
            let set = regex_automata::meta::Builder::new()
                .configure(
                    regex_automata::meta::Config::new()
                        .match_kind(regex_automata::MatchKind::All)
                        .utf8_empty(false)
                        .which_captures(regex_automata::nfa::thompson::WhichCaptures::None),
                )
                .build_many_from_hir(&ascii)
                .expect("the ASCII parts compile");
            (patterns, parts, set)
        })
    }

    /// Whether each pattern's ASCII part matches `text` exactly when the pattern does.
    /// Also whether the relaxed parts match wherever a part does.
    fn assert_ascii_parts_agree(text: &str) {
        let (patterns, list, parts) = default_patterns();
        let relaxed = list
            .relaxed
            .as_ref()
            .expect("the bio start has `.{0,150}?`");
        // The list's automaton answers as the set does, and the relaxed one at least so.
        let any = list.ascii.is_match(text.as_bytes());
        assert_eq!(any, Some(parts.is_match(text)), "{text:?}");
        assert!(any == Some(false) || relaxed.is_match(text.as_bytes()) == Some(true));
        let mut found = regex_automata::PatternSet::new(parts.pattern_len());
        parts.which_overlapping_matches(&regex_automata::Input::new(text), &mut found);
        for (k, p) in patterns.iter().enumerate() {
            let pattern = regex_automata::PatternID::must(k);
            assert_eq!(found.contains(pattern), p.is_match(text), "{p} on {text:?}");
        }
    }

    #[test]
    fn patterns_parse_as_the_parser_parses_them() {
        let raw: RawRules = toml::from_str(DEFAULT_PACK).expect("the default pack parses");
        let pack = raw
            .line_patterns
            .iter()
            .chain(&raw.bio_start_patterns)
            .chain(&raw.bio_patterns)
            .map(|p| p.get_ref().clone());
        let classes = [
            r"[\w ]+",
            r"[\w .]",
            r"[\w.+-]+",
            r"[^\W\d]",
            r"[\S]",
            r"[\D_]",
            r"[^\s,]",
            r"[\w--\d]",
            r"[\w&&[^_]]",
            r"[\w~~\s]",
            r"[[\w] -]",
            r"[0-9:]",
            r"[ -/]",
            r"[\w a]",
            r"[\wK]",
            r"[a-z]",
            r"[\w\pL]",
            r"[[:alpha:]\d]",
            r"[\w\x{212A}]",
            r"[\w!-~]",
            r"[\w©]",
            r"\w+[\w ]*",
        ];
        let flagged = ["", "(?i)", "(?i-u)", "(?-u)", "(?i)(?-i)", "(?i:x)"];
        let ascii: Vec<String> = (0..0x80u8)
            .map(char::from)
            .filter(|c| !c.is_ascii_control())
            .map(|c| format!("[\\w{}]", regex_syntax::escape(&c.to_string())))
            .collect();
        let written = pack.chain(flagged.iter().flat_map(|f| {
            classes
                .iter()
                .map(|c| c.to_string())
                .chain(ascii.clone())
                .map(move |c| format!("{f}{c}"))
        }));
        for p in written {
            let plain = regex_syntax::Parser::new().parse(&p);
            let ours = parse_pattern(&p);
            match (plain, ours) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{p}"),
                (Err(a), Err(b)) => assert_eq!(a.to_string(), b, "{p}"),
                (a, b) => panic!("{p}: {a:?} but {b:?}"),
            }
        }
        // Errors are the parser's, in the AST and in the translation.
        for p in ["(?i)[\\w", "(?i)[\\w]\\p{Nope}", "(?i-u)[\\w\\xFF]"] {
            assert_eq!(
                parse_pattern(p).unwrap_err().to_string(),
                regex_syntax::Parser::new()
                    .parse(p)
                    .unwrap_err()
                    .to_string()
            );
        }
    }

    #[test]
    fn ascii_parts_match_ascii_text_as_the_patterns_do() {
        let texts = [
            "Maria Lindqvist is a Bergen-based analyst of Nordic politics.",
            "Dr. Tom Reyes is a senior fellow at a policy institute.",
            "Prof Ann O'Neil-Smith was an editor at the Daily.",
            "Lee Park is a freelance journalist based in Busan.",
            "lee park is a freelance journalist based in Busan.",
            "Smith is a writer_s",
            // The role past the bio start's `.{0,150}?`: the relaxed parts alone match.
            "Ann Lee is a very, very, very, very, very, very, very, very, very, very, very, very, \
             very, very, very, very, very, very, very, very, very, very, very, very, very, very, \
             very, very, very, very, very, very, very, good analyst.",
            "The author is a researcher.",
            "About the author",
            "She tweets @mlind_writes",
            "He can be reached at tom@example.org.",
            "tom@example.org",
            "a.b+c-d@mail-host.example.co.uk",
            "mail@host",
            "@x",
            " @ab",
            "Email: tom@example.org",
            "Twitter @handle",
            "His research focuses on ports.",
            "They have agreed to meet.",
            "Follow her on X",
            "Copyright 2024 Foo Media",
            "(c) 2023 Bar",
            "A+ A-",
            "A- A+ A",
            "dark_mode",
            "Share this story on Facebook",
            "Subscribe to our newsletter for free",
            "5 min read",
            "The minister said the talks would resume.",
            "",
        ];
        for text in texts {
            assert_ascii_parts_agree(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_parts_agree_on_generated_ascii_text(
            words in proptest::collection::vec(
                proptest::sample::select(&[
                    "Maria", "Lee", "Dr.", "Ms", "O'Neil", "K.", "is", "was", "a", "an",
                    "the", "analyst", "writers", "He", "she", "They", "tweets", "email",
                    "@ab", "x@y.z", "_", "-", "+", "A+", "A-", "(c)", "2024", "copyright",
                    "share", "on", "X", "read", "more", ":", "...", "\t", "views", "12K",
                    "all", "rights", "reserved", "min", "ago", "her", "work",
                ][..]),
                0..10,
            ),
            glue in proptest::sample::select(&[" ", "", "  ", ".", " \n"][..]),
        ) {
            assert_ascii_parts_agree(&words.join(glue));
        }
    }

    #[test]
    fn bio_patterns_match_text_outside_ascii_as_written() {
        let text = "The council met on Tuesday.\nZoë Ström is a Bergen-based analyst of Nordic politics.\n";
        assert_eq!(
            furniture_of(text),
            vec!["Zoë Ström is a Bergen-based analyst of Nordic politics."]
        );
    }

    #[test]
    fn invalid_bio_regex_reports_its_position() {
        let src = "bio_patterns = [\n  '^ok$',\n  '\\p{Nope}',\n]\n";
        let err = FurnitureRules::from_toml(src, "custom.toml").unwrap_err();
        assert_eq!((err.line, err.column), (Some(3), Some(3)));
        let unknown_class = String::from("\\p{Nope}");
        let compiled = Regex::new(&unknown_class).unwrap_err().to_string();
        assert_eq!(
            err.message,
            format!("invalid regex: {}", one_line(&compiled))
        );
    }

    #[test]
    fn default_pack_compiles() {
        let rules = FurnitureRules::default_pack();
        assert!(rules.nav_words.contains("twitter"));
        assert!(!rules.line_patterns.is_empty());
    }

    #[test]
    fn finds_navigation_copyright_and_footer() {
        for line in [
            "Facebook",
            "en | fr | de",
            "Type to search...",
            "Copyright © 2021 Daily Harbour Gazette. All rights reserved.",
            "WORLD",
            "Reads: 4,210",
            "Enjoyed this article? Share it with your friends!",
            "copy link",
            "Lien copié",
            "Loading...",
        ] {
            assert!(is_furniture(PAGE, line), "{line:?} should be furniture");
        }
        // Sandwiched between navigation and the copyright line.
        assert!(is_furniture(PAGE, "Daily Harbour Gazette\nCopyright"));
        // A short outlet name in the trailing block.
        assert!(is_furniture(PAGE, "Daily Harbour\nReads"));
    }

    #[test]
    fn keeps_headline_heading_dateline_and_prose() {
        for line in [
            "Harbour workers vote to end strike after pay deal",
            "12 March 2021",
            "The union said on Friday",
            "What comes next",
            "The port authority expects traffic",
        ] {
            assert!(
                !is_furniture(PAGE, line),
                "{line:?} should not be furniture"
            );
        }
    }

    #[test]
    fn spans_are_merged_and_sorted() {
        let found = furniture_of(PAGE);
        assert!(found[0].starts_with("Facebook\nX\nLinkedIn"));
        assert!(found[0].ends_with("WORLD"));
        assert!(found.last().unwrap().starts_with("Daily Harbour\nReads"));
        assert!(found.last().unwrap().ends_with("Loading..."));
    }

    #[test]
    fn finds_author_bio_on_its_own_line() {
        let text = "The council approved the budget on Tuesday. Critics said it favoured the centre.\n\
                    Maria Lindqvist is a Bergen-based analyst of Nordic politics. She has written for \
                    several papers, incl. regional dailies. She tweets @mlind_writes\n";
        assert_eq!(
            furniture_of(text),
            vec!["Maria Lindqvist is a Bergen-based analyst of Nordic politics. She has written for several papers, incl. regional dailies. She tweets @mlind_writes"]
        );
    }

    #[test]
    fn finds_bio_sentences_at_paragraph_end() {
        let text = "Ministers will meet again in June, officials said. \
                    Dr. Tom Reyes is a senior fellow at a policy institute. He can be reached at tom@example.org.";
        assert_eq!(
            furniture_of(text),
            vec!["Dr. Tom Reyes is a senior fellow at a policy institute. He can be reached at tom@example.org."]
        );
    }

    #[test]
    fn pronoun_sentences_alone_are_not_a_bio() {
        let text =
            "The mayor spoke first. She has said the plan will go ahead. They have agreed to meet.";
        assert!(furniture_of(text).is_empty());
        let text =
            "Smith spoke at the event in May, where he was a guest. He is a keen sailor.\n\n\
                    The talks resume next week.";
        assert!(furniture_of(text).is_empty());
    }

    #[test]
    fn bio_before_trailing_furniture() {
        let text = "Prices rose for a third month, the bureau said.\n\
                    Lee Park is a freelance journalist based in Busan.\n\
                    Leave a Reply\n";
        let found = furniture_of(text);
        assert_eq!(
            found,
            vec!["Lee Park is a freelance journalist based in Busan.\nLeave a Reply"]
        );
    }

    #[test]
    fn prose_mentioning_copyright_is_not_furniture() {
        let text = "The court ruled that the copyright claim, filed in 2019 by a group of authors \
                    against the publisher over the reuse of their work in textbooks sold abroad, \
                    could proceed to trial later this year despite objections.";
        assert!(furniture_of(text).is_empty());
    }

    #[test]
    fn respects_body_bounds() {
        let text = "twitter\nBody text here.\nprint\n";
        let rules = FurnitureRules::default_pack();
        let body = Span::new(8, text.len());
        let found = detect_furniture(text, body, &rules);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].of(text), "print");
        // A span outside the text yields nothing rather than panicking.
        assert!(detect_furniture(text, Span::new(5, 500), &rules).is_empty());
    }

    #[test]
    fn handles_crlf_and_unicode() {
        let text = "instagram\r\nÜber die Straße gingen viele Menschen am Montag.\r\n©\u{a0}2020 Zeitung\r\n";
        let found = furniture_of(text);
        assert_eq!(found, vec!["instagram", "©\u{a0}2020 Zeitung"]);
    }

    /// The sentence splitter as first written (over a vector of characters), to check the
    /// byte-wise one against.
    fn sentences_by_chars(text: &str, span: Span) -> Vec<Span> {
        let line = span.of(text);
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if !matches!(c, '.' | '!' | '?' | '…') {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() && "\"'”’)]»".contains(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(line.len(), |&(p, _)| p);
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let breaks = k > j
                && k < chars.len()
                && can_start_sentence(chars[k].1)
                && !(c == '.' && is_abbreviation(&line[start..pos]));
            if breaks {
                out.push(Span::new(span.start + start, span.start + end));
                start = chars[k].0;
                i = k;
            } else {
                i += 1;
            }
        }
        if start < line.len() {
            let rest = line[start..].trim_end();
            if !rest.is_empty() {
                out.push(Span::new(
                    span.start + start,
                    span.start + start + rest.len(),
                ));
            }
        }
        out
    }

    #[test]
    fn sentences_split_as_the_character_splitter_did() {
        for text in [
            "",
            "No mark at all",
            "One. Two! Three? Four… Five",
            "Quoted.” Next one.’ “Then” (this). [And] «that».» Über alles. 3 items.",
            "Dr. Who. Mr. X. J. K. Smith came. etc. Done!",
            "Ends with a mark.",
            "Ends with spaces after a mark.   ",
            "Dash — and “quotes” — with no break… and then… Lower. after",
            "Mark then\u{a0}no-break space. Next\u{3000}sentence.\u{2028}New",
            "…leading ellipsis. …",
            "@handle. 'Single' quote. (Paren) start. ‘Curly’ start.",
        ] {
            for from in [0, 1] {
                let from = text.char_indices().nth(from).map_or(text.len(), |(i, _)| i);
                let span = Span::new(from, text.len());
                assert_eq!(
                    sentences(text, span),
                    sentences_by_chars(text, span),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn sentence_split_respects_abbreviations() {
        let text = "She has done M.Phil. from a university. Dr. Ann Lee is here. J. K. Smith came.";
        let got: Vec<&str> = sentences(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| s.of(text))
            .collect();
        assert_eq!(
            got,
            vec![
                "She has done M.Phil. from a university.",
                "Dr. Ann Lee is here.",
                "J. K. Smith came."
            ]
        );
    }

    #[test]
    fn malformed_toml_reports_line_and_column() {
        let err = FurnitureRules::from_toml("nav_max_words = 3\nnav_words = [\"a\",", "my.toml")
            .unwrap_err();
        assert_eq!(err.origin, "my.toml");
        assert_eq!(err.line, Some(2));
        assert!(err.column.is_some());
    }

    #[test]
    fn unknown_key_is_an_error() {
        let err = FurnitureRules::from_toml("nav_max_wordz = 3\n", "my.toml").unwrap_err();
        assert_eq!(err.line, Some(1));
        assert!(err.message.contains("nav_max_wordz"), "{}", err.message);
    }

    #[test]
    fn invalid_regex_reports_its_position() {
        let src = "line_patterns = [\n  '^ok$',\n  '(unclosed',\n]\n";
        let err = FurnitureRules::from_toml(src, "custom.toml").unwrap_err();
        assert_eq!((err.line, err.column), (Some(3), Some(3)));
        assert!(err.message.starts_with("invalid regex"));
        assert!(err
            .to_string()
            .starts_with("custom.toml:3:3: invalid regex"));
    }

    #[test]
    fn empty_rules_find_nothing() {
        let text = "twitter\nLeave a Reply\n";
        assert!(
            detect_furniture(text, Span::new(0, text.len()), &FurnitureRules::empty()).is_empty()
        );
    }
}
