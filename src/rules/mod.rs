//! The rule pack: word lists and patterns as data.
//!
//! The default pack is the TOML files under `rules/`, embedded in the binary. Users extend it
//! with their own files (named in `crosscheck.toml`); every file may hold any of the sections,
//! and lists are appended to the defaults. A malformed file is an error naming file, line and
//! column.

mod error;
mod lexicon;

pub use error::RuleError;
pub use lexicon::{CueForm, Frame, Lexicon, VerbForm};

use crate::align::{rules::AlignDefs, AlignRules};
use crate::text::Abbreviations;

/// The default rule files, embedded at compile time: (name, contents).
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    ("rules/cues.toml", include_str!("../../rules/cues.toml")),
    (
        "rules/sources.toml",
        include_str!("../../rules/sources.toml"),
    ),
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

    /// Builds a pack from rule files (origin, contents), in order.
    pub fn from_sources(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Self, RuleError> {
        let mut raw = lexicon::RawRules::default();
        let mut align = AlignDefs::default();
        for (origin, src) in files {
            let file = lexicon::RawRules::parse(&origin, &src)?;
            if file.has_align_sections() {
                align.add_file(&origin, &src)?;
            }
            raw.merge(file);
        }
        let align = align.build(raw.title_words());
        let abbreviations = Abbreviations::new(
            &raw.abbreviations.words,
            &raw.abbreviations.sentence_starters,
        );
        Ok(RulePack {
            lexicon: Lexicon::build(raw),
            abbreviations,
            align,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn user_file_extends_defaults() {
        let pack = RulePack::with_user_files([(
            "mine.toml".to_string(),
            "[[cues]]\nframe = \"speech\"\nverbs = [\"harrumph\"]\n".to_string(),
        )])
        .unwrap();
        assert!(pack.lexicon.cue("harrumphed").is_some());
        assert!(pack.lexicon.cue("said").is_some());
    }

    #[test]
    fn malformed_file_names_file_line_and_column() {
        let err = RulePack::with_user_files([(
            "mine.toml".to_string(),
            "[[cues]]\nframe = \"speech\"\nverbs = [\"a\",\n".to_string(),
        )])
        .unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("mine.toml:"), "{msg}");
        assert!(msg.contains(":4:") || msg.contains(":3:"), "{msg}");
    }

    #[test]
    fn unknown_key_suggests_the_right_one() {
        let err = RulePack::with_user_files([(
            "mine.toml".to_string(),
            "[[cues]]\nframe = \"speech\"\nverb = [\"a\"]\n".to_string(),
        )])
        .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("mine.toml:3:1"), "{msg}");
        assert!(msg.contains("did you mean `verbs`"), "{msg}");
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
