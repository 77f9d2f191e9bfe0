//! The rule pack: word lists and patterns as data.
//!
//! The default pack is the TOML files under `rules/`, embedded in the binary. Users extend it
//! with their own files (named in `crosscheck.toml`); every file may hold any of the sections,
//! and lists are appended to the defaults. A malformed file is an error naming file, line and
//! column.

mod error;
mod lexicon;
mod partition;

pub(crate) use error::key_of_bad_value;
pub use error::RuleError;
pub use lexicon::{
    Complement, CueForm, Frame, Gender, Lexicon, VerbForm, WordClass, ACCORDING, CUE,
    DOCUMENT_VERB, HEDGE,
};

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::align::{rules::AlignDefs, AlignRules};
use crate::facts::FactRules;
use crate::text::Abbreviations;
use partition::Owner;

/// The default rule files, embedded at compile time: (name, contents).
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    ("rules/cues.toml", include_str!("../../rules/cues.toml")),
    (
        "rules/sources.toml",
        include_str!("../../rules/sources.toml"),
    ),
    ("rules/names.toml", include_str!("../../rules/names.toml")),
    ("rules/hedges.toml", include_str!("../../rules/hedges.toml")),
    (
        "rules/abbreviations.toml",
        include_str!("../../rules/abbreviations.toml"),
    ),
    (
        "rules/entities.toml",
        include_str!("../../rules/entities.toml"),
    ),
    ("rules/events.toml", include_str!("../../rules/events.toml")),
];

/// Every rule the pipeline uses, compiled once. The fact rules and the alignment rules are
/// compiled when first asked for (`claims` asks for neither, bar the number words; compiling
/// them was a third of what building the pack cost), but a user file's sections for them
/// are checked when the pack is built, so a malformed one is still reported at start.
#[derive(Debug, Clone)]
pub struct RulePack {
    pub lexicon: Lexicon,
    pub abbreviations: Abbreviations,
    /// Count, measure, date and time rules (`rules/facts.toml` plus user extensions).
    pub facts: FactPack,
    /// Entities and event types for lining up articles (`[[entities]]`, `[[events]]`).
    align: LazyAlign,
}

impl RulePack {
    /// The embedded default pack.
    pub fn default_pack() -> Self {
        Self::with_user_files([]).expect("the embedded rule pack is valid (checked by tests)")
    }

    /// The default pack extended with user files given as (origin, contents), in order. Each
    /// file may hold sections of any stage; each stage reads its own.
    pub fn with_user_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, RuleError> {
        let mut raw = lexicon::RawRules::default();
        for &(origin, src) in DEFAULT_FILES {
            // Their facts and alignment sections are read when first needed, and they have
            // no `[furniture]` section (a test checks).
            raw.merge(lexicon::RawRules::parse(
                origin,
                &partition::view(origin, src, Owner::Extractor)?,
            )?);
        }
        let mut user_facts: Vec<(String, String)> = Vec::new();
        let mut user_align: Vec<(String, String)> = Vec::new();
        for (origin, src) in files {
            let lexicon_part = partition::view(&origin, &src, Owner::Extractor)?;
            raw.merge(lexicon::RawRules::parse(&origin, &lexicon_part)?);
            let facts_part = partition::view(&origin, &src, Owner::Facts)?;
            if !facts_part.trim().is_empty() {
                user_facts.push((origin.clone(), facts_part));
            }
            let align_part = partition::view(&origin, &src, Owner::Comparer)?;
            if !align_part.trim().is_empty() {
                // Read now for its errors; read again with the defaults when first needed.
                AlignDefs::default().add_file(&origin, &align_part)?;
                user_align.push((origin.clone(), align_part));
            }
            refuse_furniture(&origin, &src)?;
        }
        let align = LazyAlign {
            titles: raw.title_words(),
            user: user_align,
            built: OnceLock::new(),
        };
        let abbreviations = Abbreviations::new(
            &raw.abbreviations.words,
            &raw.abbreviations.sentence_starters,
        );
        Ok(RulePack {
            lexicon: Lexicon::build(raw),
            abbreviations,
            facts: FactPack::new(user_facts)?,
            align,
        })
    }

    /// The alignment rules, compiled on first use.
    pub fn align(&self) -> &AlignRules {
        self.align.built.get_or_init(|| {
            let mut defs = AlignDefs::default();
            let defaults = DEFAULT_FILES.iter().map(|&(origin, src)| {
                let part = partition::view(origin, src, Owner::Comparer)
                    .expect("the embedded rule files partition (checked by tests)");
                (origin, part)
            });
            let user = self.align.user.iter().map(|(o, p)| (o.as_str(), p.clone()));
            for (origin, part) in defaults.chain(user) {
                if !part.trim().is_empty() {
                    defs.add_file(origin, &part)
                        .expect("alignment sections were read when the pack was built");
                }
            }
            defs.build(self.align.titles.iter().cloned())
        })
    }
}

/// A file's `[furniture]` section, which rule files cannot give yet, as an error.
fn refuse_furniture(origin: &str, src: &str) -> Result<(), RuleError> {
    let furniture_part = partition::view(origin, src, Owner::Furniture)?;
    match furniture_part.find("[furniture") {
        // `offset` is into the view, which keeps lines but not byte offsets.
        Some(offset) => Err(RuleError::at(
            origin,
            &furniture_part,
            offset,
            "a [furniture] section cannot be given in a rule file yet; page furniture uses the built-in rules",
        )),
        None => Ok(()),
    }
}

/// The alignment rules of a pack, built by [`RulePack::align`] when first asked for.
#[derive(Debug, Clone)]
struct LazyAlign {
    /// The pack's title words, which names are stripped of.
    titles: Vec<String>,
    /// The alignment sections of the user's files (origin, view), in order.
    user: Vec<(String, String)>,
    built: OnceLock<AlignRules>,
}

/// The fact rules of a pack: compiled when first asked for ([`FactPack::rules`]) unless a
/// user file extends them, which is compiled at once for its errors. The extractor asks only
/// [`FactPack::is_number_word`], answered without compiling them.
#[derive(Debug, Clone)]
pub struct FactPack {
    /// The words that alone start a number of the rules.
    number_words: FxHashSet<Box<str>>,
    compiled: OnceLock<FactRules>,
}

impl FactPack {
    /// The fact rules of the defaults extended by `user` (origin, facts view of a file).
    fn new(user: Vec<(String, String)>) -> Result<Self, RuleError> {
        if user.is_empty() {
            // The number words of the built-in pack are those of its `[numbers]` table,
            // which is read alone (a test checks the words are the whole pack's).
            let numbers = FactRules::from_toml(numbers_table(FACTS_DEFAULT), FACTS_ORIGIN)
                .expect("the built-in fact rules are valid (checked by tests)");
            return Ok(FactPack {
                number_words: numbers.number_words().map(Box::from).collect(),
                compiled: OnceLock::new(),
            });
        }
        let rules = compile_facts(&user).map_err(|e| RuleError {
            origin: e.origin,
            line: e.line,
            column: e.column,
            message: e.message,
        })?;
        Ok(FactPack {
            number_words: rules.number_words().map(Box::from).collect(),
            compiled: OnceLock::from(rules),
        })
    }

    /// The compiled fact rules.
    pub fn rules(&self) -> &FactRules {
        self.compiled.get_or_init(|| {
            compile_facts(&[]).expect("the built-in fact rules are valid (checked by tests)")
        })
    }

    /// Whether `word` alone starts a number of the rules, as [`FactRules::is_number_word`].
    pub fn is_number_word(&self, word: &str) -> bool {
        self.number_words.contains(word)
    }
}

/// The built-in fact rules, the facts sections of the default rule files and `user`'s
/// (origin, view), in order.
fn compile_facts(user: &[(String, String)]) -> Result<FactRules, crate::facts::FactRuleError> {
    let defaults: Vec<(String, String)> = DEFAULT_FILES
        .iter()
        .map(|&(origin, src)| {
            let part = partition::view(origin, src, Owner::Facts)
                .expect("the embedded rule files partition (checked by tests)");
            (origin.to_string(), part)
        })
        .filter(|(_, part)| !part.trim().is_empty())
        .collect();
    let parts: Vec<&(String, String)> = defaults.iter().chain(user).collect();
    if parts.is_empty() {
        return Ok(FactRules::builtin().clone());
    }
    // (contents, origin) pairs, in order.
    let mut sources: Vec<(&str, &str)> = vec![(FACTS_DEFAULT, FACTS_ORIGIN)];
    sources.extend(parts.iter().map(|(o, s)| (s.as_str(), o.as_str())));
    FactRules::from_toml_sources(&sources)
}

/// The `[numbers]` table of a fact rule file, without its subtables (`[numbers.vague]`),
/// which start no number word: from its header to the next header.
fn numbers_table(src: &str) -> &str {
    let mut start = None;
    let mut offset = 0;
    for line in src.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let header = line.trim_start();
        match start {
            None if header.starts_with("[numbers]") => start = Some(line_start),
            Some(s) if header.starts_with('[') => return &src[s..line_start],
            _ => {}
        }
    }
    start.map_or("", |s| &src[s..])
}

const FACTS_ORIGIN: &str = "rules/facts.toml";
const FACTS_DEFAULT: &str = include_str!("../../rules/facts.toml");

#[cfg(test)]
mod tests {
    use super::*;

    /// The default pack extended by one user rule file, `mine.toml`.
    fn with_mine(src: &str) -> Result<RulePack, RuleError> {
        RulePack::with_user_files([("mine.toml".to_string(), src.to_string())])
    }

    fn needs(pack: &RulePack, form: &str) -> Complement {
        pack.lexicon.cue(form).unwrap().needs()
    }

    #[test]
    fn default_files_have_no_furniture_section() {
        for &(origin, src) in DEFAULT_FILES {
            assert!(refuse_furniture(origin, src).is_ok(), "{origin}");
        }
    }

    #[test]
    fn default_pack_loads() {
        let pack = RulePack::default_pack();
        let said = pack.lexicon.cue("said").expect("said is a cue");
        assert_eq!(said.lemma, "say");
        assert!(said.frames.contains(&Frame::Speech));
        assert!(pack.lexicon.cue("tweeted").is_some());
        assert!(pack.lexicon.cue("claiming").is_some());
        assert!(pack.lexicon.cue("the").is_none());
    }

    #[test]
    fn unnamed_source_words_open_no_entity_names() {
        // "Officials" opening a sentence is capitalised but names no one: events must not
        // be aligned on it.
        let pack = RulePack::default_pack();
        let text = "Officials put the toll at 40 in Valmora.";
        let found = pack.align().gazetteer.find(
            text,
            crate::span::Span::new(0, text.len()),
            &Default::default(),
        );
        let names: Vec<&str> = found.iter().map(|m| m.span.of(text)).collect();
        assert_eq!(names, ["Valmora"]);
    }

    #[test]
    fn surname_endings_tell_a_sex_longest_first() {
        let lex = RulePack::default_pack().lexicon;
        assert_eq!(lex.gender_of_surname("Zakharova"), Some(Gender::Female));
        assert_eq!(lex.gender_of_surname("Lavrov"), Some(Gender::Male));
        assert_eq!(lex.gender_of_surname("Aliyeva"), Some(Gender::Female));
        assert_eq!(lex.gender_of_surname("Aliyev"), Some(Gender::Male));
        // Too short to carry an ending, or none.
        assert_eq!(lex.gender_of_surname("Eva"), None);
        assert_eq!(lex.gender_of_surname("Smith"), None);
    }

    #[test]
    fn user_file_extends_defaults() {
        let pack = with_mine("[[cues]]\nframe = \"speech\"\nverbs = [\"harrumph\"]\n").unwrap();
        assert!(pack.lexicon.cue("harrumphed").is_some());
        assert!(pack.lexicon.cue("said").is_some());
    }

    #[test]
    fn the_strictest_complement_of_a_verb_wins() {
        let pack = RulePack::default_pack();
        assert_eq!(needs(&pack, "said"), Complement::Any);
        assert_eq!(needs(&pack, "noted"), Complement::Clause);
        assert_eq!(needs(&pack, "condemned"), Complement::Words);
        assert_eq!(needs(&pack, "continued"), Complement::Quotation);
        // A user group asking for a clause makes a default speech verb stricter, not looser.
        let pack = with_mine(
            "[[cues]]\nframe = \"speech\"\ncomplement = \"clause\"\nverbs = [\"report\"]\n\n\
             [[cues]]\nframe = \"speech\"\ncomplement = \"any\"\nverbs = [\"note\"]\n",
        )
        .unwrap();
        assert_eq!(needs(&pack, "reported"), Complement::Clause);
        assert_eq!(needs(&pack, "noted"), Complement::Clause);
    }

    #[test]
    fn people_nouns_are_data_a_user_file_extends() {
        assert!(RulePack::default_pack().lexicon.people.contains("family"));
        let pack = with_mine("[sources]\npeople = [\"shepherd\"]\n").unwrap();
        assert!(pack.lexicon.people.contains("shepherd"));
        assert!(pack.lexicon.people.contains("family"));
    }

    #[test]
    fn an_unknown_complement_is_an_error_with_its_position() {
        let err =
            with_mine("[[cues]]\nframe = \"speech\"\ncomplement = \"sentence\"\nverbs = [\"x\"]\n")
                .unwrap_err()
                .to_string();
        assert!(err.contains("mine.toml:3:"), "{err}");
    }

    #[test]
    fn malformed_file_names_file_line_and_column() {
        let err = with_mine("[[cues]]\nframe = \"speech\"\nverbs = [\"a\",\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("mine.toml:"), "{msg}");
        assert!(msg.contains(":4:") || msg.contains(":3:"), "{msg}");
    }

    #[test]
    fn unknown_key_suggests_the_right_one() {
        let err = with_mine("[[cues]]\nframe = \"speech\"\nverb = [\"a\"]\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("mine.toml:3:1"), "{msg}");
        assert!(msg.contains("did you mean `verbs`"), "{msg}");
    }

    #[test]
    fn one_user_file_can_extend_cues_and_facts() {
        let pack = with_mine("[[cues]]\nframe = \"speech\"\nverbs = [\"harrumph\"]\n\n[[roles]]\nname = \"rescued\"\nparticiples = [\"rescued\"]\n");
        let pack = pack.unwrap_or_else(|e| panic!("{e}"));
        assert!(pack.lexicon.cue("harrumphed").is_some());
        assert!(pack
            .facts
            .rules()
            .roles()
            .any(|r| format!("{r}") == "rescued"));
    }

    #[test]
    fn a_value_of_the_wrong_type_names_its_key() {
        let err = RulePack::with_user_files([(
            "x.toml".to_string(),
            "[[cues]]\nframe = \"speech\"\nverbs = \"harrumph\"\n".to_string(),
        )])
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("x.toml:3:9: `verbs`: invalid type"),
            "{err}"
        );
        let err = RulePack::with_user_files([(
            "x.toml".to_string(),
            "[[cues]]\nframe = \"speech\"\nverbs = [\n  \"a\",\n  3,\n]\n".to_string(),
        )])
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("x.toml:5:3: `verbs`: invalid type"),
            "{err}"
        );
    }

    #[test]
    fn furniture_section_is_located_after_other_sections() {
        let err = RulePack::with_user_files([(
            "x.toml".to_string(),
            "[[cues]]\nframe = \"speech\"\nverbs = [\"a\"]\n\n[furniture]\nnav_words = []\n"
                .to_string(),
        )])
        .unwrap_err();
        assert_eq!((err.line, err.column), (5, 1), "{err}");
    }

    #[test]
    fn number_words_of_the_numbers_table_are_the_whole_packs() {
        let pack = RulePack::default_pack();
        let mut table: Vec<&str> = pack.facts.number_words.iter().map(|w| &**w).collect();
        let whole = compile_facts(&[]).unwrap();
        let mut all: Vec<&str> = whole.number_words().collect();
        table.sort_unstable();
        all.sort_unstable();
        assert!(all.contains(&"forty"), "{all:?}");
        assert_eq!(table, all);
    }

    #[test]
    fn user_facts_and_alignment_sections_are_checked_when_the_pack_is_built() {
        let err = with_mine("[numbers]\nones = { one = -1 }\n").unwrap_err();
        assert!(err.to_string().starts_with("mine.toml:2:"), "{err}");
        let err = with_mine("[[events]]\ntype = \"quake\"\ntriggers = [\" \"]\n").unwrap_err();
        assert!(err.to_string().contains("has no triggers"), "{err}");
        // Read with the defaults when first asked for.
        let pack = with_mine("[numbers]\nones = { uno = 1 }\n").unwrap();
        assert!(pack.facts.is_number_word("uno"));
        assert!(pack.facts.is_number_word("forty"));
        assert!(pack.facts.rules().is_number_word("uno"));
    }

    #[test]
    fn unknown_frame_is_an_error() {
        let err = RulePack::with_user_files([(
            "x.toml".to_string(),
            "[[cues]]\nframe = \"shout\"\nverbs = [\"a\"]\n".to_string(),
        )])
        .unwrap_err();
        assert!(err.to_string().contains("x.toml:2:9"), "{err}");
    }
}
