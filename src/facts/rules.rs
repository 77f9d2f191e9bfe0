//! Fact rules: the data (role words, number words, qualifiers, units, month names, relative
//! dates, time zones) that drives fact extraction, compiled once into lookup tables.
//!
//! Behaviour lives in `rules/facts.toml` rather than in code so that users can teach the tool
//! new roles, units or languages' worth of phrasing without recompiling.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use serde::Deserialize;
use toml::Spanned;

use super::interval::Interval;
use super::phrase::{flag, phrase_words, FxMap, Lexicon, PhraseTable};
use super::{Quantity, Role};

/// The built-in rule pack.
pub const DEFAULT_RULES: &str = include_str!("../../rules/facts.toml");

/// A rule pack that could not be loaded, located in its source.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}:{column}: {message}")]
pub struct FactRuleError {
    /// Where the pack came from (a path, or `<builtin>`).
    pub origin: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    pub message: String,
}

impl FactRuleError {
    fn at(src: &str, origin: &str, offset: usize, message: impl Into<String>) -> Self {
        let mut offset = offset.min(src.len());
        while !src.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &src[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |p| p + 1);
        let column = before[line_start..].chars().count() + 1;
        FactRuleError {
            origin: origin.to_string(),
            line,
            column,
            message: message.into(),
        }
    }
}

/// How a qualifier turns a number into an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qual {
    Gt,
    Ge,
    Lt,
    Le,
    About,
    Below,
    Above,
    Exact,
}

/// A number word's part in a compound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumWord {
    One(f64),
    Ten(f64),
    Hundred(f64),
    Scale(f64),
}

#[derive(Debug, Clone)]
pub(crate) struct RoleDef {
    pub role: Role,
    pub articles: bool,
    pub objects: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct MeasureDef {
    pub quantity: Quantity,
    pub unit: Arc<str>,
    pub articles: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateUnit {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Modifier {
    Previous,
    Current,
    Next,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelDef {
    /// `lo..=hi` units from the publication date, optionally clipped at it.
    Offset {
        unit: DateUnit,
        lo: i32,
        hi: i32,
        until_publication: bool,
        from_publication: bool,
    },
    /// No computable date; `before` bounds it by the publication date.
    Unknown { before: bool },
}

/// Compiled fact rules. Build once and share: extraction only reads them.
#[derive(Debug, Clone)]
pub struct FactRules {
    pub(crate) lex: Lexicon,
    // numbers
    pub(crate) num_words: PhraseTable<NumWord>,
    pub(crate) glued_scales: PhraseTable<f64>,
    pub(crate) vague: PhraseTable<Interval>,
    pub(crate) qual_before: PhraseTable<Qual>,
    pub(crate) qual_after: PhraseTable<Qual>,
    pub(crate) about_relative: f64,
    pub(crate) about_min_integer: f64,
    // grammar
    pub(crate) max_noun_words: usize,
    pub(crate) max_fillers: usize,
    pub(crate) max_toll_links: usize,
    // roles
    pub(crate) roles: Vec<RoleDef>,
    pub(crate) participles: PhraseTable<usize>,
    pub(crate) verbs: PhraseTable<usize>,
    pub(crate) role_nouns: PhraseTable<usize>,
    pub(crate) tolls: PhraseTable<usize>,
    pub(crate) counted: PhraseTable<usize>,
    // measures
    pub(crate) measures: Vec<MeasureDef>,
    pub(crate) unit_suffix: PhraseTable<(usize, f64)>,
    pub(crate) unit_prefix: PhraseTable<(usize, f64)>,
    pub(crate) glued_prefix: FxMap<Box<str>, (usize, f64)>,
    pub(crate) retags: Vec<(usize, usize)>,
    pub(crate) retag_after: PhraseTable<usize>,
    pub(crate) retag_before: PhraseTable<usize>,
    pub(crate) money_prefix: PhraseTable<Arc<str>>,
    pub(crate) money_suffix: PhraseTable<Arc<str>>,
    pub(crate) money_glued: PhraseTable<f64>,
    pub(crate) money: Option<usize>,
    // dates
    pub(crate) year_min: i32,
    pub(crate) year_max: i32,
    pub(crate) months: PhraseTable<u8>,
    pub(crate) weekdays: PhraseTable<u8>,
    pub(crate) seasons: PhraseTable<(u8, u8)>,
    pub(crate) fuzzy: PhraseTable<()>,
    pub(crate) date_preps: PhraseTable<()>,
    pub(crate) modifiers: PhraseTable<Modifier>,
    pub(crate) offset_units: PhraseTable<(DateUnit, i32)>,
    pub(crate) relative: PhraseTable<RelDef>,
    // times
    pub(crate) named_times: PhraseTable<u16>,
    pub(crate) local_zone: PhraseTable<()>,
    pub(crate) zones: FxMap<Box<str>, i16>,
}

// ------------------------------------------------------------------------------------------
// Raw TOML shape

type Words = Vec<Spanned<String>>;
type Map<V> = BTreeMap<String, Spanned<V>>;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPack {
    #[serde(default)]
    numbers: RawNumbers,
    #[serde(default)]
    qualifiers: RawQualifiers,
    #[serde(default)]
    grammar: RawGrammar,
    #[serde(default)]
    roles: Vec<RawRole>,
    #[serde(default)]
    measures: Vec<RawMeasure>,
    #[serde(default)]
    retag: Vec<RawRetag>,
    #[serde(default)]
    money: RawMoney,
    #[serde(default)]
    dates: RawDates,
    #[serde(default)]
    times: RawTimes,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawNumbers {
    #[serde(default)]
    ones: Map<f64>,
    #[serde(default)]
    tens: Map<f64>,
    #[serde(default)]
    hundreds: Map<f64>,
    #[serde(default)]
    scales: Map<f64>,
    #[serde(default)]
    glued_scales: Map<f64>,
    #[serde(default)]
    articles: Words,
    #[serde(default)]
    range_joiners: Words,
    #[serde(default)]
    between: Words,
    #[serde(default)]
    between_and: Words,
    #[serde(default)]
    compound_and: Words,
    #[serde(default)]
    vague: Map<RawRange>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRange {
    lo: f64,
    hi: Option<f64>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawQualifiers {
    about_relative: Option<Spanned<f64>>,
    about_min_integer: Option<Spanned<f64>>,
    #[serde(default)]
    before: Map<String>,
    #[serde(default)]
    after: Map<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawGrammar {
    #[serde(default)]
    fillers: Words,
    #[serde(default)]
    toll_links: Words,
    #[serde(default)]
    determiners: Words,
    #[serde(default)]
    plural_pronouns: Words,
    #[serde(default)]
    partitive: Words,
    #[serde(default)]
    breakers: Words,
    #[serde(default)]
    name_connectors: Words,
    #[serde(default)]
    irregular_plurals: Words,
    #[serde(default)]
    singular_s: Words,
    #[serde(default)]
    passive: Words,
    #[serde(default)]
    standalone: Words,
    #[serde(default)]
    more: Words,
    #[serde(default)]
    negations: Words,
    #[serde(default)]
    subset_markers: Words,
    max_noun_words: Option<Spanned<i64>>,
    max_fillers: Option<Spanned<i64>>,
    max_toll_links: Option<Spanned<i64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    name: Spanned<String>,
    #[serde(default)]
    participles: Words,
    #[serde(default)]
    verbs: Words,
    #[serde(default)]
    nouns: Words,
    #[serde(default)]
    tolls: Words,
    #[serde(default)]
    counted: Words,
    articles: Option<bool>,
    objects: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeasure {
    quantity: Spanned<String>,
    unit: Option<String>,
    articles: Option<bool>,
    #[serde(default)]
    prefixes: Map<f64>,
    #[serde(default)]
    suffixes: Map<f64>,
    #[serde(default)]
    glued_prefixes: Map<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRetag {
    from: Spanned<String>,
    to: Spanned<String>,
    #[serde(default)]
    after: Words,
    #[serde(default)]
    before: Words,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawMoney {
    #[serde(default)]
    prefixes: Map<String>,
    #[serde(default)]
    suffixes: Map<String>,
    #[serde(default)]
    glued_scales: Map<f64>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDates {
    year_range: Option<Spanned<[i64; 2]>>,
    #[serde(default)]
    months: Map<i64>,
    #[serde(default)]
    weekdays: Map<i64>,
    #[serde(default)]
    seasons: Map<[i64; 2]>,
    #[serde(default)]
    fuzzy: Words,
    #[serde(default)]
    prepositions: Words,
    #[serde(default)]
    ordinal_suffixes: Words,
    #[serde(default)]
    modifiers: Map<String>,
    #[serde(default)]
    offset_units: Map<(String, i64)>,
    #[serde(default)]
    ago: Words,
    #[serde(default)]
    later: Words,
    #[serde(default)]
    not_followed_by: Words,
    #[serde(default)]
    relative: Map<RawRelative>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawOffset {
    One(i64),
    Range([i64; 2]),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelative {
    unit: String,
    offset: Option<RawOffset>,
    #[serde(default)]
    until_publication: bool,
    #[serde(default)]
    from_publication: bool,
    #[serde(default)]
    before_publication: bool,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawTimes {
    #[serde(default)]
    am: Words,
    #[serde(default)]
    pm: Words,
    #[serde(default)]
    named: Map<i64>,
    #[serde(default)]
    local: Words,
    #[serde(default)]
    zones: Map<f64>,
}

// ------------------------------------------------------------------------------------------
// Building

struct Ctx<'a> {
    src: &'a str,
    origin: &'a str,
}

impl Ctx<'_> {
    fn err<T>(&self, at: &Spanned<T>, msg: impl Into<String>) -> FactRuleError {
        FactRuleError::at(self.src, self.origin, at.span().start, msg)
    }
}

impl FactRules {
    fn empty() -> Self {
        FactRules {
            lex: Lexicon::default(),
            num_words: PhraseTable::new(flag::NUM_WORD),
            glued_scales: PhraseTable::new(flag::GLUED_SCALE),
            vague: PhraseTable::new(flag::VAGUE),
            qual_before: PhraseTable::new(flag::QUAL_BEFORE),
            qual_after: PhraseTable::new(flag::QUAL_AFTER),
            about_relative: 0.1,
            about_min_integer: 1.0,
            max_noun_words: 4,
            max_fillers: 4,
            max_toll_links: 4,
            roles: Vec::new(),
            participles: PhraseTable::new(flag::PARTICIPLE),
            verbs: PhraseTable::new(flag::VERB),
            role_nouns: PhraseTable::new(flag::ROLE_NOUN),
            tolls: PhraseTable::new(flag::TOLL),
            counted: PhraseTable::new(flag::COUNTED),
            measures: Vec::new(),
            unit_suffix: PhraseTable::new(flag::UNIT_SUFFIX),
            unit_prefix: PhraseTable::new(flag::UNIT_PREFIX),
            glued_prefix: FxMap::default(),
            retags: Vec::new(),
            retag_after: PhraseTable::new(flag::RETAG_AFTER),
            retag_before: PhraseTable::new(flag::RETAG_BEFORE),
            money_prefix: PhraseTable::new(flag::MONEY_PREFIX),
            money_suffix: PhraseTable::new(flag::MONEY_SUFFIX),
            money_glued: PhraseTable::new(flag::MONEY_GLUED),
            money: None,
            year_min: 1800,
            year_max: 2100,
            months: PhraseTable::new(flag::MONTH),
            weekdays: PhraseTable::new(flag::WEEKDAY),
            seasons: PhraseTable::new(flag::SEASON),
            fuzzy: PhraseTable::new(flag::FUZZY),
            date_preps: PhraseTable::new(flag::DATE_PREP),
            modifiers: PhraseTable::new(flag::MODIFIER),
            offset_units: PhraseTable::new(flag::OFFSET_UNIT),
            relative: PhraseTable::new(flag::RELATIVE),
            named_times: PhraseTable::new(flag::NAMED_TIME),
            local_zone: PhraseTable::new(flag::LOCAL),
            zones: FxMap::default(),
        }
    }

    /// The built-in pack (`rules/facts.toml`).
    pub fn default_pack() -> Self {
        // The embedded pack is checked by a unit test; failing here would be a build defect.
        FactRules::from_toml(DEFAULT_RULES, "<builtin>")
            .expect("built-in rules/facts.toml is valid")
    }

    /// A shared copy of the built-in pack, compiled on first use.
    pub fn builtin() -> &'static FactRules {
        static RULES: OnceLock<FactRules> = OnceLock::new();
        RULES.get_or_init(FactRules::default_pack)
    }

    /// Compiles one rule pack. `origin` names it in errors.
    pub fn from_toml(src: &str, origin: &str) -> Result<Self, FactRuleError> {
        FactRules::from_toml_sources(&[(src, origin)])
    }

    /// Compiles several packs in order, each extending the ones before: typically the built-in
    /// pack followed by a user's additions.
    pub fn from_toml_sources(sources: &[(&str, &str)]) -> Result<Self, FactRuleError> {
        let mut rules = FactRules::empty();
        for &(src, origin) in sources {
            rules.add_source(src, origin)?;
        }
        Ok(rules)
    }

    /// The built-in pack extended by a user pack.
    pub fn default_with(src: &str, origin: &str) -> Result<Self, FactRuleError> {
        FactRules::from_toml_sources(&[(DEFAULT_RULES, "<builtin>"), (src, origin)])
    }

    /// Role names this pack knows, in definition order.
    /// Whether `word` alone starts a number of the rules ("forty", "two", "hundred"): the
    /// extractor reads "Forty rabbis said" as a counted subject.
    pub fn is_number_word(&self, word: &str) -> bool {
        self.lex.get(word).0 & flag::NUM_WORD != 0
    }

    /// Every word [`FactRules::is_number_word`] holds, in no particular order.
    pub fn number_words(&self) -> impl Iterator<Item = &str> {
        self.lex.words_with(flag::NUM_WORD)
    }

    pub fn roles(&self) -> impl Iterator<Item = &Role> {
        self.roles.iter().map(|r| &r.role)
    }

    fn add_source(&mut self, src: &str, origin: &str) -> Result<(), FactRuleError> {
        let raw: RawPack = toml::from_str(src).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            FactRuleError::at(src, origin, at, e.message().trim())
        })?;
        let cx = Ctx { src, origin };
        self.add_numbers(&cx, raw.numbers)?;
        self.add_qualifiers(&cx, raw.qualifiers)?;
        self.add_grammar(&cx, raw.grammar)?;
        for role in raw.roles {
            self.add_role(&cx, role)?;
        }
        for m in raw.measures {
            self.add_measure(&cx, m)?;
        }
        for r in raw.retag {
            self.add_retag(&cx, r)?;
        }
        self.add_money(&cx, raw.money)?;
        self.add_dates(&cx, raw.dates)?;
        self.add_times(&cx, raw.times)?;
        Ok(())
    }

    fn add_numbers(&mut self, cx: &Ctx, n: RawNumbers) -> Result<(), FactRuleError> {
        type Group = (Map<f64>, fn(f64) -> NumWord);
        let groups: [Group; 4] = [
            (n.ones, NumWord::One),
            (n.tens, NumWord::Ten),
            (n.hundreds, NumWord::Hundred),
            (n.scales, NumWord::Scale),
        ];
        for (map, make) in groups {
            for (word, v) in map {
                let x = non_negative(cx, &v)?;
                single(cx, &v, &word)?;
                insert(cx, &mut self.lex, &mut self.num_words, &word, &v, make(x))?;
            }
        }
        for (word, v) in n.glued_scales {
            let x = positive(cx, &v)?;
            insert(cx, &mut self.lex, &mut self.glued_scales, &word, &v, x)?;
        }
        for (bits, words) in [
            (flag::ARTICLE, n.articles),
            (flag::RANGE, n.range_joiners),
            (flag::BETWEEN, n.between),
            (flag::BETWEEN_AND, n.between_and),
            (flag::COMPOUND_AND, n.compound_and),
        ] {
            self.add_set(cx, bits, &words)?;
        }
        for (phrase, v) in n.vague {
            let r = v.get_ref();
            let hi = r.hi.unwrap_or(f64::INFINITY);
            if !(r.lo.is_finite() && r.lo >= 0.0 && hi >= r.lo) {
                return Err(cx.err(&v, "vague quantity needs 0 <= lo <= hi"));
            }
            let iv = Interval::closed(r.lo, hi);
            insert(cx, &mut self.lex, &mut self.vague, &phrase, &v, iv)?;
        }
        Ok(())
    }

    fn add_qualifiers(&mut self, cx: &Ctx, q: RawQualifiers) -> Result<(), FactRuleError> {
        if let Some(v) = q.about_relative {
            let x = *v.get_ref();
            if !(0.0..1.0).contains(&x) {
                return Err(cx.err(&v, "about_relative must be in 0..1"));
            }
            self.about_relative = x;
        }
        if let Some(v) = q.about_min_integer {
            self.about_min_integer = non_negative(cx, &v)?;
        }
        for (before, map) in [(true, q.before), (false, q.after)] {
            for (phrase, v) in map {
                let kind = match v.get_ref().as_str() {
                    "gt" => Qual::Gt,
                    "ge" => Qual::Ge,
                    "lt" => Qual::Lt,
                    "le" => Qual::Le,
                    "about" => Qual::About,
                    "below" => Qual::Below,
                    "above" => Qual::Above,
                    "exact" => Qual::Exact,
                    other => {
                        return Err(cx.err(
                            &v,
                            format!(
                                "unknown qualifier kind {other:?} \
                                 (expected gt, ge, lt, le, about, below, above or exact)"
                            ),
                        ))
                    }
                };
                let table = if before {
                    &mut self.qual_before
                } else {
                    &mut self.qual_after
                };
                insert(cx, &mut self.lex, table, &phrase, &v, kind)?;
            }
        }
        Ok(())
    }

    fn add_grammar(&mut self, cx: &Ctx, g: RawGrammar) -> Result<(), FactRuleError> {
        for (bits, words) in [
            (flag::FILLER, g.fillers),
            (flag::TOLL_LINK, g.toll_links),
            (flag::DET, g.determiners),
            (flag::PLURAL_PRON, g.plural_pronouns),
            (flag::PARTITIVE, g.partitive),
            (flag::BREAKER, g.breakers),
            (flag::NAME_CONN, g.name_connectors),
            (flag::IRREG_PLURAL, g.irregular_plurals),
            (flag::SINGULAR_S, g.singular_s),
            (flag::PASSIVE, g.passive),
            (flag::STANDALONE, g.standalone),
            (flag::MORE, g.more),
            (flag::NEGATION, g.negations),
            (flag::SUBSET, g.subset_markers),
        ] {
            self.add_set(cx, bits, &words)?;
        }
        for (slot, v) in [
            (&mut self.max_noun_words, g.max_noun_words),
            (&mut self.max_fillers, g.max_fillers),
            (&mut self.max_toll_links, g.max_toll_links),
        ] {
            if let Some(v) = v {
                let x = *v.get_ref();
                if !(0..=16).contains(&x) {
                    return Err(cx.err(&v, "limit must be in 0..=16"));
                }
                *slot = x as usize;
            }
        }
        Ok(())
    }

    fn add_role(&mut self, cx: &Ctx, r: RawRole) -> Result<(), FactRuleError> {
        let name = r.name.get_ref().trim();
        if name.is_empty() {
            return Err(cx.err(&r.name, "role name is empty"));
        }
        let id = match self.roles.iter().position(|d| d.role.as_str() == name) {
            Some(id) => id,
            None => {
                self.roles.push(RoleDef {
                    role: Role::new(name),
                    articles: false,
                    objects: false,
                });
                self.roles.len() - 1
            }
        };
        if let Some(a) = r.articles {
            self.roles[id].articles = a;
        }
        if let Some(o) = r.objects {
            self.roles[id].objects = o;
        }
        for (table, words) in [
            (&mut self.participles, r.participles),
            (&mut self.verbs, r.verbs),
            (&mut self.role_nouns, r.nouns),
            (&mut self.tolls, r.tolls),
            (&mut self.counted, r.counted),
        ] {
            for w in &words {
                insert(cx, &mut self.lex, table, w.get_ref(), w, id)?;
            }
        }
        Ok(())
    }

    fn measure_id(
        &mut self,
        cx: &Ctx,
        q: &Spanned<String>,
        unit: Option<&str>,
    ) -> Result<usize, FactRuleError> {
        let name = q.get_ref().trim();
        if name.is_empty() {
            return Err(cx.err(q, "quantity name is empty"));
        }
        let quantity = Quantity::from_name(name);
        if let Some(id) = self.measures.iter().position(|m| m.quantity == quantity) {
            if let Some(u) = unit {
                if *self.measures[id].unit != *u {
                    return Err(cx.err(
                        q,
                        format!(
                            "quantity {name:?} already has unit {:?}",
                            &*self.measures[id].unit
                        ),
                    ));
                }
            }
            return Ok(id);
        }
        let Some(unit) = unit else {
            return Err(cx.err(
                q,
                format!("unknown quantity {name:?}: define it with a unit first"),
            ));
        };
        self.measures.push(MeasureDef {
            quantity,
            unit: unit.into(),
            articles: false,
        });
        Ok(self.measures.len() - 1)
    }

    fn add_measure(&mut self, cx: &Ctx, m: RawMeasure) -> Result<(), FactRuleError> {
        if Quantity::from_name(m.quantity.get_ref().trim()) == Quantity::Money {
            return Err(cx.err(&m.quantity, "money is defined in the [money] table"));
        }
        let unit = m.unit.as_deref().map(str::trim);
        if unit == Some("") {
            return Err(cx.err(&m.quantity, "unit is empty"));
        }
        let id = self.measure_id(cx, &m.quantity, unit)?;
        if let Some(a) = m.articles {
            self.measures[id].articles = a;
        }
        for (prefix, map) in [(false, m.suffixes), (true, m.prefixes)] {
            for (phrase, v) in map {
                let k = positive(cx, &v)?;
                let table = if prefix {
                    &mut self.unit_prefix
                } else {
                    &mut self.unit_suffix
                };
                insert(cx, &mut self.lex, table, &phrase, &v, (id, k))?;
            }
        }
        for (word, v) in m.glued_prefixes {
            let k = positive(cx, &v)?;
            if word.is_empty() || word.chars().any(|c| !c.is_alphabetic()) {
                return Err(cx.err(&v, "a glued prefix is a single word of letters"));
            }
            self.glued_prefix.insert(word.as_str().into(), (id, k));
        }
        Ok(())
    }

    fn add_retag(&mut self, cx: &Ctx, r: RawRetag) -> Result<(), FactRuleError> {
        let from = self.measure_id(cx, &r.from, None)?;
        let to_unit = self.measures[from].unit.clone();
        let to = self.measure_id(cx, &r.to, Some(&to_unit))?;
        let idx = self.retags.len();
        self.retags.push((from, to));
        for w in &r.after {
            insert(
                cx,
                &mut self.lex,
                &mut self.retag_after,
                w.get_ref(),
                w,
                idx,
            )?;
        }
        for w in &r.before {
            insert(
                cx,
                &mut self.lex,
                &mut self.retag_before,
                w.get_ref(),
                w,
                idx,
            )?;
        }
        Ok(())
    }

    fn add_money(&mut self, cx: &Ctx, m: RawMoney) -> Result<(), FactRuleError> {
        if m.prefixes.is_empty() && m.suffixes.is_empty() && m.glued_scales.is_empty() {
            return Ok(());
        }
        if self.money.is_none() {
            self.measures.push(MeasureDef {
                quantity: Quantity::Money,
                unit: "".into(),
                articles: true,
            });
            self.money = Some(self.measures.len() - 1);
        }
        for (prefix, map) in [(true, m.prefixes), (false, m.suffixes)] {
            for (phrase, v) in map {
                let code = v.get_ref().trim();
                if code.is_empty() {
                    return Err(cx.err(&v, "currency code is empty"));
                }
                let table = if prefix {
                    &mut self.money_prefix
                } else {
                    &mut self.money_suffix
                };
                insert(cx, &mut self.lex, table, &phrase, &v, Arc::from(code))?;
            }
        }
        for (word, v) in m.glued_scales {
            let k = positive(cx, &v)?;
            insert(cx, &mut self.lex, &mut self.money_glued, &word, &v, k)?;
        }
        Ok(())
    }

    fn add_dates(&mut self, cx: &Ctx, d: RawDates) -> Result<(), FactRuleError> {
        if let Some(r) = d.year_range {
            let [a, b] = *r.get_ref();
            if !(1..=9000).contains(&a) || !(a..=9000).contains(&b) {
                return Err(cx.err(&r, "year_range must be [first, last] within 1..=9000"));
            }
            self.year_min = a as i32;
            self.year_max = b as i32;
        }
        for (word, v) in d.months {
            let m = *v.get_ref();
            if !(1..=12).contains(&m) {
                return Err(cx.err(&v, "month must be 1..=12"));
            }
            single(cx, &v, &word)?;
            insert(cx, &mut self.lex, &mut self.months, &word, &v, m as u8)?;
        }
        for (word, v) in d.weekdays {
            let w = *v.get_ref();
            if !(1..=7).contains(&w) {
                return Err(cx.err(&v, "weekday must be 1 (Monday) ..= 7 (Sunday)"));
            }
            single(cx, &v, &word)?;
            insert(cx, &mut self.lex, &mut self.weekdays, &word, &v, w as u8)?;
        }
        for (word, v) in d.seasons {
            let [a, b] = *v.get_ref();
            if !(1..=12).contains(&a) || !(1..=12).contains(&b) {
                return Err(cx.err(&v, "season months must be 1..=12"));
            }
            insert(
                cx,
                &mut self.lex,
                &mut self.seasons,
                &word,
                &v,
                (a as u8, b as u8),
            )?;
        }
        for w in &d.fuzzy {
            insert(cx, &mut self.lex, &mut self.fuzzy, w.get_ref(), w, ())?;
        }
        for w in &d.prepositions {
            insert(cx, &mut self.lex, &mut self.date_preps, w.get_ref(), w, ())?;
        }
        for (word, v) in d.modifiers {
            let m = match v.get_ref().as_str() {
                "previous" => Modifier::Previous,
                "current" => Modifier::Current,
                "next" => Modifier::Next,
                other => {
                    return Err(cx.err(
                        &v,
                        format!("unknown modifier {other:?} (expected previous, current or next)"),
                    ))
                }
            };
            single(cx, &v, &word)?;
            insert(cx, &mut self.lex, &mut self.modifiers, &word, &v, m)?;
        }
        for (word, v) in d.offset_units {
            let (unit, n) = v.get_ref();
            let unit = date_unit(unit)
                .ok_or_else(|| cx.err(&v, "unit must be day, week, month or year"))?;
            if !(1..=1000).contains(n) {
                return Err(cx.err(&v, "multiplier must be in 1..=1000"));
            }
            insert(
                cx,
                &mut self.lex,
                &mut self.offset_units,
                &word,
                &v,
                (unit, *n as i32),
            )?;
        }
        for (bits, words) in [
            (flag::ORDINAL, &d.ordinal_suffixes),
            (flag::AGO, &d.ago),
            (flag::LATER, &d.later),
            (flag::NOT_FOLLOWED, &d.not_followed_by),
        ] {
            self.add_set(cx, bits, words)?;
        }
        for (phrase, v) in d.relative {
            let r = v.get_ref();
            let def = if r.unit == "unknown" {
                if r.offset.is_some() {
                    return Err(cx.err(&v, "an unknown date has no offset"));
                }
                RelDef::Unknown {
                    before: r.before_publication,
                }
            } else {
                let unit = date_unit(&r.unit)
                    .ok_or_else(|| cx.err(&v, "unit must be day, week, month, year or unknown"))?;
                let (lo, hi) = match r.offset {
                    Some(RawOffset::One(n)) => (n, n),
                    Some(RawOffset::Range([a, b])) => (a, b),
                    None => return Err(cx.err(&v, "offset is required")),
                };
                if lo > hi || lo.abs() > 10_000 || hi.abs() > 10_000 {
                    return Err(cx.err(&v, "offset must be n or [lo, hi] with lo <= hi"));
                }
                RelDef::Offset {
                    unit,
                    lo: lo as i32,
                    hi: hi as i32,
                    until_publication: r.until_publication,
                    from_publication: r.from_publication,
                }
            };
            insert(cx, &mut self.lex, &mut self.relative, &phrase, &v, def)?;
        }
        Ok(())
    }

    fn add_times(&mut self, cx: &Ctx, t: RawTimes) -> Result<(), FactRuleError> {
        self.add_set(cx, flag::AM, &t.am)?;
        self.add_set(cx, flag::PM, &t.pm)?;
        for (phrase, v) in t.named {
            let m = *v.get_ref();
            if !(0..1440).contains(&m) {
                return Err(cx.err(&v, "minutes of day must be in 0..1440"));
            }
            insert(
                cx,
                &mut self.lex,
                &mut self.named_times,
                &phrase,
                &v,
                m as u16,
            )?;
        }
        for w in &t.local {
            insert(cx, &mut self.lex, &mut self.local_zone, w.get_ref(), w, ())?;
        }
        for (zone, v) in t.zones {
            let h = *v.get_ref();
            if !(-14.0..=14.0).contains(&h)
                || zone.is_empty()
                || zone.chars().any(char::is_whitespace)
            {
                return Err(cx.err(&v, "zone is one word with an offset in -14..=14 hours"));
            }
            self.zones
                .insert(zone.as_str().into(), (h * 60.0).round() as i16);
        }
        Ok(())
    }

    fn add_set(
        &mut self,
        cx: &Ctx,
        bits: u64,
        words: &[Spanned<String>],
    ) -> Result<(), FactRuleError> {
        for w in words {
            let parts = phrase_words(w.get_ref());
            match parts.as_slice() {
                [one] => {
                    self.lex.add(one, bits);
                }
                [] => return Err(cx.err(w, "empty word")),
                _ => return Err(cx.err(w, "expected a single word")),
            }
        }
        Ok(())
    }
}

fn date_unit(s: &str) -> Option<DateUnit> {
    match s {
        "day" => Some(DateUnit::Day),
        "week" => Some(DateUnit::Week),
        "month" => Some(DateUnit::Month),
        "year" => Some(DateUnit::Year),
        _ => None,
    }
}

fn positive(cx: &Ctx, v: &Spanned<f64>) -> Result<f64, FactRuleError> {
    let x = *v.get_ref();
    if x.is_finite() && x > 0.0 {
        Ok(x)
    } else {
        Err(cx.err(v, "value must be a positive number"))
    }
}

fn non_negative(cx: &Ctx, v: &Spanned<f64>) -> Result<f64, FactRuleError> {
    let x = *v.get_ref();
    if x.is_finite() && x >= 0.0 {
        Ok(x)
    } else {
        Err(cx.err(v, "value must be a non-negative number"))
    }
}

fn single<T>(cx: &Ctx, at: &Spanned<T>, word: &str) -> Result<(), FactRuleError> {
    if phrase_words(word).len() == 1 {
        Ok(())
    } else {
        Err(cx.err(at, format!("{word:?} must be a single word")))
    }
}

fn insert<T, S>(
    cx: &Ctx,
    lex: &mut Lexicon,
    table: &mut PhraseTable<T>,
    phrase: &str,
    at: &Spanned<S>,
    value: T,
) -> Result<(), FactRuleError> {
    if table.insert(lex, phrase, value) {
        Ok(())
    } else {
        Err(cx.err(at, format!("phrase {phrase:?} has no words")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_pack_compiles() {
        let r = FactRules::default_pack();
        let names: Vec<&str> = r.roles().map(Role::as_str).collect();
        for want in [
            "killed",
            "injured",
            "arrested",
            "detained",
            "evacuated",
            "expelled",
            "drills",
        ] {
            assert!(names.contains(&want), "{want} missing from {names:?}");
        }
        assert!(r.money.is_some());
        assert_eq!(r.zones.get("IRST"), Some(&210));
    }

    #[test]
    fn syntax_errors_are_located() {
        let src = "[numbers]\nones = { one = 1 }\n\n[grammar]\nfillers = [\"was\",, ]\n";
        let e = FactRules::from_toml(src, "user.toml").unwrap_err();
        assert_eq!(e.origin, "user.toml");
        assert_eq!(e.line, 5);
        assert!(e.column > 1, "{e}");
        assert!(e.to_string().starts_with("user.toml:5:"), "{e}");
    }

    #[test]
    fn semantic_errors_are_located() {
        let src = "[qualifiers.before]\n\"more than\" = \"gt\"\n\"tops\" = \"sorta\"\n";
        let e = FactRules::from_toml(src, "q.toml").unwrap_err();
        assert_eq!((e.line, e.column), (3, 10), "{e}");
        assert!(e.message.contains("sorta"));

        let src = "[dates]\nmonths = { smarch = 13 }\n";
        let e = FactRules::from_toml(src, "d.toml").unwrap_err();
        assert_eq!(e.line, 2, "{e}");

        let src = "[[roles]]\nname = \"killed\"\nbogus = 1\n";
        let e = FactRules::from_toml(src, "r.toml").unwrap_err();
        assert_eq!(e.line, 3, "{e}");

        let src = "[[retag]]\nfrom = \"nothing\"\nto = \"height\"\n";
        let e = FactRules::from_toml(src, "t.toml").unwrap_err();
        assert_eq!(e.line, 2, "{e}");
    }

    #[test]
    fn user_pack_extends_builtin() {
        let user = "[[roles]]\nname = \"killed\"\nparticiples = [\"martyred\"]\n\n\
                    [[roles]]\nname = \"rescued\"\nparticiples = [\"rescued\"]\narticles = true\n";
        let r = FactRules::default_with(user, "user.toml").unwrap();
        let names: Vec<&str> = r.roles().map(Role::as_str).collect();
        assert_eq!(names.iter().filter(|n| **n == "killed").count(), 1);
        assert!(names.contains(&"rescued"));
    }
}
