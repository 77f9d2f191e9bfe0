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

/// Every rule the pipeline uses, compiled once.
#[derive(Debug, Clone)]
pub struct RulePack {
    pub lexicon: Lexicon,
    pub abbreviations: Abbreviations,
    /// Count, measure, date and time rules (`rules/facts.toml` plus user extensions).
    pub facts: FactRules,
    /// Entities and event types for lining up articles (`[[entities]]`, `[[events]]`).
    pub align: AlignRules,
}

impl RulePack {
    /// The embedded default pack.
    pub fn default_pack() -> Self {
        Self::from_sources(
            DEFAULT_FILES
                .iter()
                .map(|&(n, s)| (n.to_string(), s.to_string())),
        )
        .expect("the embedded rule pack is valid (checked by tests)")
    }

    /// The default pack extended with user files given as (origin, contents).
    pub fn with_user_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, RuleError> {
        let defaults = DEFAULT_FILES
            .iter()
            .map(|&(n, s)| (n.to_string(), s.to_string()));
        Self::from_sources(defaults.chain(files))
    }

    /// Builds a pack from rule files (origin, contents), in order. Each file may hold
    /// sections of any stage; each stage reads its own.
    pub fn from_sources(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, RuleError> {
        let mut raw = lexicon::RawRules::default();
        let mut fact_sources: Vec<(String, String)> = Vec::new();
        let mut align = AlignDefs::default();
        for (origin, src) in files {
            let lexicon_part = partition::view(&origin, &src, Owner::Extractor)?;
            raw.merge(lexicon::RawRules::parse(&origin, &lexicon_part)?);
            let facts_part = partition::view(&origin, &src, Owner::Facts)?;
            if !facts_part.trim().is_empty() {
                fact_sources.push((origin.clone(), facts_part));
            }
            let align_part = partition::view(&origin, &src, Owner::Comparer)?;
            if !align_part.trim().is_empty() {
                align.add_file(&origin, &align_part)?;
            }
            let furniture_part = partition::view(&origin, &src, Owner::Furniture)?;
            if let Some(offset) = furniture_part.find("[furniture") {
                // `offset` is into the view, which keeps lines but not byte offsets.
                return Err(RuleError::at(
                    &origin,
                    &furniture_part,
                    offset,
                    "a [furniture] section cannot be given in a rule file yet; page furniture uses the built-in rules",
                ));
            }
        }
        let align = align.build(raw.title_words());
        let abbreviations = Abbreviations::new(
            &raw.abbreviations.words,
            &raw.abbreviations.sentence_starters,
        );
        let facts = if fact_sources.is_empty() {
            FactRules::builtin().clone()
        } else {
            // (contents, origin) pairs, in order.
            let mut sources: Vec<(&str, &str)> = vec![(FACTS_DEFAULT, FACTS_ORIGIN)];
            sources.extend(fact_sources.iter().map(|(o, s)| (s.as_str(), o.as_str())));
            FactRules::from_toml_sources(&sources).map_err(|e| RuleError {
                origin: e.origin,
                line: e.line,
                column: e.column,
                message: e.message,
            })?
        };
        Ok(RulePack {
            lexicon: Lexicon::build(raw),
            abbreviations,
            facts,
            align,
        })
    }
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
        let found = pack.align.gazetteer.find(
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
        assert!(pack.facts.roles().any(|r| format!("{r}") == "rescued"));
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
    fn unknown_frame_is_an_error() {
        let err = RulePack::with_user_files([(
            "x.toml".to_string(),
            "[[cues]]\nframe = \"shout\"\nverbs = [\"a\"]\n".to_string(),
        )])
        .unwrap_err();
        assert!(err.to_string().contains("x.toml:2:9"), "{err}");
    }
}
