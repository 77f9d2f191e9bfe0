//! Word lists of the extractor: cue verbs with their forms and frames, source words, titles,
//! hedges.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use serde::Deserialize;

use super::RuleError;
use crate::text::{FullSketch, ShortMap, SHORT_WORD};

/// Which personal pronoun refers back to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// Where speaker and content stand around a cue; see `rules/cues.toml`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Frame {
    Speech,
    Tell,
    Belief,
    Object,
    Finding,
    /// An attitude toward a thing ("condemned the attack", "expressed concern"): a statement
    /// only with a clause, an infinitive or a quotation, not with a bare noun phrase.
    Stance,
}

/// The grammatical form of a cue verb, which decides how its speaker is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    ThirdPerson,
    Past,
    /// A past participle distinct from the past tense ("known", "written"): a cue only in
    /// perfect tenses ("has written").
    PastParticiple,
    /// `-ing`: "…, saying that": the speaker is the subject of the main clause.
    Participle,
}

/// What must follow a cue for it to report words rather than an act, from the loosest to
/// the strictest: "noted the danger", "asserted its role" and "sought to alter" report no
/// statement, "noted that …" does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Complement {
    /// Anything, a bare noun phrase too ("said nothing", "tweeted a threat").
    #[default]
    Any,
    /// A clause, a to-infinitive or a quotation ("urged him to resign").
    Words,
    /// A clause or a quotation: a that-clause, a colon, a finite verb heading the object.
    Clause,
    /// A quotation only, right after the cue or its colon or comma ("continued, "…""); the
    /// verb's other uses ("the talks continued until …") report nothing.
    Quotation,
    /// A figure: "put the death toll at 40", "placed the cost at $2 billion"; the verb's
    /// other uses ("put pressure on") report nothing.
    Figure,
}

/// What a cue word form means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueForm {
    pub lemma: String,
    pub frames: Vec<Frame>,
    pub form: VerbForm,
    /// Further words of a multi-word cue ("point out" → ["out"]).
    pub rest: Vec<String>,
    /// The strictest `complement` of the groups that list the verb.
    pub complement: Complement,
}

impl CueForm {
    pub fn has(&self, frame: Frame) -> bool {
        self.frames.contains(&frame)
    }

    /// Whether the verb can stand after its content ("…, he said") or before its speaker
    /// ("…, said Smith").
    pub fn can_follow_content(&self) -> bool {
        self.has(Frame::Speech)
            || self.has(Frame::Tell)
            || self.has(Frame::Belief)
            || self.has(Frame::Finding)
    }

    /// What must follow the cue for it to report a statement: stance verbs and verbs of
    /// belief need at least a clause, an infinitive or a quotation ("condemned the attack"
    /// is not a statement), and a group may ask for more (`complement = "clause"`).
    pub fn needs(&self) -> Complement {
        let by_frame = if self.has(Frame::Stance) || self.frames.iter().all(|&f| f == Frame::Belief)
        {
            Complement::Words
        } else {
            Complement::Any
        };
        by_frame.max(self.complement)
    }

    /// Whether the cue is only a finding verb ("show", "find"), which needs a poll or study as
    /// its subject.
    pub fn finding_only(&self) -> bool {
        self.frames.iter().all(|&f| f == Frame::Finding)
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueGroup {
    frame: Option<Frame>,
    verbs: Vec<String>,
    /// What must follow the verb for it to report a statement; see [`Complement`].
    #[serde(default)]
    complement: Complement,
    /// Forms that are not cues although the lemma is ("states" of "state").
    #[serde(default)]
    except_forms: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Phrases {
    #[serde(default)]
    according: Vec<String>,
    #[serde(default)]
    finding_subjects: Vec<String>,
    #[serde(default)]
    documents: Vec<String>,
    #[serde(default)]
    document_verbs: Vec<String>,
    #[serde(default)]
    title_markers: Vec<String>,
    #[serde(default)]
    colon_non_speakers: Vec<String>,
    #[serde(default)]
    catenatives: Vec<String>,
    #[serde(default)]
    quoting_verbs: Vec<String>,
    #[serde(default)]
    claim_nouns: Vec<String>,
    #[serde(default)]
    verdict_verbs: Vec<String>,
    #[serde(default)]
    anonymity_requests: Vec<String>,
    #[serde(default)]
    channels: Vec<String>,
    #[serde(default)]
    platforms: Vec<String>,
    #[serde(default)]
    media: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sources {
    #[serde(default)]
    anonymous: Vec<String>,
    #[serde(default)]
    vague: Vec<String>,
    #[serde(default)]
    pronouns: Vec<String>,
    #[serde(default)]
    relatives: Vec<String>,
    #[serde(default)]
    not_speakers: Vec<String>,
    #[serde(default)]
    people: Vec<String>,
    #[serde(default)]
    affiliations: Vec<String>,
}

/// `[names]`: what a name tells of whom it names (`rules/names.toml`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Names {
    #[serde(default)]
    female: Vec<String>,
    #[serde(default)]
    male: Vec<String>,
    #[serde(default)]
    female_titles: Vec<String>,
    #[serde(default)]
    male_titles: Vec<String>,
    #[serde(default)]
    female_nouns: Vec<String>,
    #[serde(default)]
    male_nouns: Vec<String>,
    #[serde(default)]
    place_words: Vec<String>,
    #[serde(default)]
    female_surname_endings: Vec<String>,
    #[serde(default)]
    male_surname_endings: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Titles {
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    institutions: Vec<String>,
    #[serde(default)]
    kinds: Vec<OrganisationKind>,
    #[serde(default)]
    descriptive: Vec<String>,
    #[serde(default)]
    ranks: Vec<String>,
}

/// `[[titles.kinds]]`: generic nouns for an organisation ("the company") and the words that
/// make a name one of them ("Brakka Motors", "Tollan Corp").
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct OrganisationKind {
    nouns: Vec<String>,
    names: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Hedges {
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    unsourced: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AbbreviationSection {
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub sentence_starters: Vec<String>,
}

/// The extractor's sections of one rule file (see `partition` for the other stages').
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRules {
    #[serde(default)]
    cues: Vec<CueGroup>,
    #[serde(default)]
    phrases: Phrases,
    #[serde(default)]
    irregular: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    sources: Sources,
    #[serde(default)]
    titles: Titles,
    #[serde(default)]
    names: Names,
    #[serde(default)]
    hedges: Hedges,
    #[serde(default)]
    pub abbreviations: AbbreviationSection,
}

impl RawRules {
    pub(super) fn parse(origin: &str, src: &str) -> Result<Self, RuleError> {
        let raw: RawRules =
            toml::from_str(src).map_err(|e| RuleError::from_toml(origin, src, &e))?;
        for (lemma, forms) in &raw.irregular {
            if forms.len() != 4 {
                let offset = src.find(&format!("{lemma} =")).unwrap_or(0);
                return Err(RuleError::at(
                    origin,
                    src,
                    offset,
                    format!(
                        "irregular verb `{lemma}` needs 4 forms (third person, past, past participle, -ing), got {}",
                        forms.len()
                    ),
                ));
            }
        }
        Ok(raw)
    }

    /// Whether the file has sections for the aligner, which parses them itself.
    /// The title words, for stripping titles from names.
    /// Words that describe someone without naming them: titles, and the heads of
    /// anonymous and vague sources ("Officials", "Witnesses" opening a sentence are no
    /// names to align events on).
    pub(super) fn title_words(&self) -> Vec<String> {
        let mut words = self.titles.words.clone();
        words.extend(self.sources.anonymous.iter().cloned());
        words.extend(self.sources.vague.iter().cloned());
        words
    }

    pub(super) fn merge(&mut self, other: RawRules) {
        self.cues.extend(other.cues);
        let p = other.phrases;
        self.phrases.according.extend(p.according);
        self.phrases.finding_subjects.extend(p.finding_subjects);
        self.phrases.documents.extend(p.documents);
        self.phrases.document_verbs.extend(p.document_verbs);
        self.phrases.title_markers.extend(p.title_markers);
        self.phrases.colon_non_speakers.extend(p.colon_non_speakers);
        self.phrases.catenatives.extend(p.catenatives);
        self.phrases.quoting_verbs.extend(p.quoting_verbs);
        self.phrases.claim_nouns.extend(p.claim_nouns);
        self.phrases.verdict_verbs.extend(p.verdict_verbs);
        self.phrases.anonymity_requests.extend(p.anonymity_requests);
        self.phrases.channels.extend(p.channels);
        self.phrases.platforms.extend(p.platforms);
        self.phrases.media.extend(p.media);
        self.irregular.extend(other.irregular);
        let s = other.sources;
        self.sources.anonymous.extend(s.anonymous);
        self.sources.vague.extend(s.vague);
        self.sources.pronouns.extend(s.pronouns);
        self.sources.relatives.extend(s.relatives);
        self.sources.not_speakers.extend(s.not_speakers);
        self.sources.people.extend(s.people);
        self.sources.affiliations.extend(s.affiliations);
        self.titles.words.extend(other.titles.words);
        self.titles.institutions.extend(other.titles.institutions);
        self.titles.kinds.extend(other.titles.kinds);
        self.titles.descriptive.extend(other.titles.descriptive);
        self.titles.ranks.extend(other.titles.ranks);
        let n = other.names;
        self.names.female.extend(n.female);
        self.names.male.extend(n.male);
        self.names.female_titles.extend(n.female_titles);
        self.names.male_titles.extend(n.male_titles);
        self.names.female_nouns.extend(n.female_nouns);
        self.names.male_nouns.extend(n.male_nouns);
        self.names
            .female_surname_endings
            .extend(n.female_surname_endings);
        self.names
            .male_surname_endings
            .extend(n.male_surname_endings);
        self.names.place_words.extend(n.place_words);
        self.hedges.words.extend(other.hedges.words);
        self.hedges.phrases.extend(other.hedges.phrases);
        self.hedges.unsourced.extend(other.hedges.unsourced);
        self.abbreviations.words.extend(other.abbreviations.words);
        self.abbreviations
            .sentence_starters
            .extend(other.abbreviations.sentence_starters);
    }
}

const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

pub use crate::text::WordSet;

/// Multi-word phrases, indexed by their first word so a sentence is scanned once, not once
/// per phrase.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    phrases: Vec<Vec<String>>,
    by_first: FxHashMap<String, Vec<usize>>,
}

impl PhraseSet {
    pub fn new(phrases: Vec<Vec<String>>) -> Self {
        let mut by_first: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (k, p) in phrases.iter().enumerate() {
            if let Some(first) = p.first() {
                by_first.entry(first.clone()).or_default().push(k);
            }
        }
        PhraseSet { phrases, by_first }
    }

    /// The phrases whose first word is `word` (lowercase), in rule order.
    pub fn starting_with<'s>(&'s self, word: &str) -> impl Iterator<Item = &'s [String]> + 's {
        self.by_first
            .get(word)
            .into_iter()
            .flatten()
            .map(|&k| self.phrases[k].as_slice())
    }

    pub fn contains(&self, phrase: &[String]) -> bool {
        self.phrases.iter().any(|p| p == phrase)
    }
}

/// The extractor's compiled word lists. All keys are lowercase.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    cues: FxHashMap<String, Vec<CueForm>>,
    /// Multi-word phrases as word sequences.
    pub according: Vec<Vec<String>>,
    pub finding_subjects: WordSet,
    pub documents: WordSet,
    pub document_verbs: WordSet,
    pub title_markers: Vec<Vec<String>>,
    /// Labels that stand before a colon without being speakers ("Update:", "Related:").
    pub colon_non_speakers: WordSet,
    /// Verbs that carry the tense of a cue in the infinitive: "went on to say".
    pub catenatives: Vec<Vec<String>>,
    /// Verbs whose object is the speaker of an "as saying" participle: "quoted X as saying".
    pub quoting_verbs: WordSet,
    /// Nouns that sum up the words before them as a claim: ", a charge it denies".
    pub claim_nouns: WordSet,
    /// Cue lemmas that answer a claim noun: "a charge the minister *denied*".
    pub verdict_verbs: WordSet,
    /// What follows a cue that only asks not to be named: "who asked not to be identified".
    pub anonymity_requests: Vec<Vec<String>>,
    /// How words were sent, after "by": "said by phone", "told AFP by telephone".
    pub channels: WordSet,
    /// Where words were posted, after "on" or "via": "said on Telegram" (a phrase of
    /// several words is its words).
    pub platforms: Vec<Vec<String>>,
    /// Nouns of news outlets: a listener they head ("told state television") is a reporting
    /// channel, where an audience ("told reporters", "told the court") is none.
    pub media: WordSet,
    pub anonymous: WordSet,
    pub vague: WordSet,
    pub pronouns: WordSet,
    pub relatives: WordSet,
    pub not_speakers: WordSet,
    /// Nouns naming people: a phrase they head can be a speaker.
    pub people: WordSet,
    /// Capitalised adjectives of party or affiliation, which describe and do not name.
    pub affiliations: WordSet,
    pub titles: WordSet,
    pub institutions: WordSet,
    /// Words before an institution's noun that describe any one of its kind ("the central
    /// bank"): a mention need not have them to be the one described.
    pub descriptive: WordSet,
    /// Words before a title that make it another office ("deputy governor", "former
    /// president"): "the governor" is not the deputy named before.
    pub ranks: WordSet,
    /// For each generic noun of an organisation ("company"), the words that make a name one
    /// ("motors", "corp"): "the company" refers to "Brakka Motors".
    kind_names: FxHashMap<String, WordSet>,
    /// Every word of `kind_names`' sets: a capitalised run ending in one names an
    /// organisation.
    organisation_endings: WordSet,
    /// Given names, titles and nouns that tell a gender ("maria", "mrs.", "woman").
    genders: FxHashMap<String, Gender>,
    /// Surname endings that tell a sex, longest first.
    surname_endings: Vec<(String, Gender)>,
    /// Given names of either gender: a run that starts with one names a person.
    given_names: WordSet,
    /// Nouns for one person of a known sex: "woman", "father".
    gendered_nouns: WordSet,
    /// Words that make a capitalised run a place or an organisation ("New York").
    place_words: WordSet,
    pub hedge_words: WordSet,
    pub hedge_phrases: PhraseSet,
    pub unsourced_hedges: Vec<Vec<String>>,
    /// What each word may start ([`WordClass`]), so the extractor looks a word up once and
    /// skips the patterns a sentence has no word for.
    classes: FxHashMap<String, WordClass>,
    /// A sketch of `classes`' keys: most words of a sentence are in none of the lists,
    /// and a clear bit says so without hashing.
    sketched: FullSketch,
    /// `classes`' keys of one to [`SHORT_WORD`] bytes, most of the words of a sentence, each
    /// found or rejected without hashing its bytes.
    short_classes: ShortMap,
    /// The cue readings of the short words of `short_classes`: a short word's value there
    /// is its class, and above [`SHORT_CUES`] one more than the index of its readings here
    /// (0 for a word with none).
    short_cues: Vec<Vec<CueForm>>,
}

/// Where, in a value of `short_classes`, the index of a word's cue readings starts.
const SHORT_CUES: u32 = 8;

/// Bits of [`Lexicon::word_class`]: what a word may start.
pub type WordClass = u8;
/// A cue form: [`Lexicon::cues_for`] is not empty.
pub const CUE: WordClass = 1;
/// A document verb ("reading", "read").
pub const DOCUMENT_VERB: WordClass = 2;
/// The first word of an `according` phrase.
pub const ACCORDING: WordClass = 4;
/// A hedge word or the first word of a hedge phrase.
pub const HEDGE: WordClass = 8;

impl Lexicon {
    pub(super) fn build(raw: RawRules) -> Self {
        let mut lex = Lexicon::default();
        for group in &raw.cues {
            let frame = group.frame.unwrap_or(Frame::Speech);
            for verb in &group.verbs {
                lex.add_verb(
                    &verb.to_lowercase(),
                    frame,
                    group.complement,
                    &raw.irregular,
                    &group.except_forms,
                );
            }
        }
        let words = |v: &[String]| -> Vec<Vec<String>> {
            v.iter()
                .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
                .filter(|p: &Vec<String>| !p.is_empty())
                .collect()
        };
        let set = |v: &[String]| -> WordSet { v.iter().map(|w| w.to_lowercase()).collect() };
        lex.according = words(&raw.phrases.according);
        lex.finding_subjects = set(&raw.phrases.finding_subjects);
        lex.documents = set(&raw.phrases.documents);
        lex.document_verbs = set(&raw.phrases.document_verbs);
        lex.title_markers = words(&raw.phrases.title_markers);
        lex.colon_non_speakers = set(&raw.phrases.colon_non_speakers);
        lex.catenatives = words(&raw.phrases.catenatives);
        lex.quoting_verbs = set(&raw.phrases.quoting_verbs);
        lex.claim_nouns = set(&raw.phrases.claim_nouns);
        lex.verdict_verbs = set(&raw.phrases.verdict_verbs);
        lex.anonymity_requests = words(&raw.phrases.anonymity_requests);
        lex.channels = set(&raw.phrases.channels);
        lex.platforms = words(&raw.phrases.platforms);
        lex.media = set(&raw.phrases.media);
        lex.anonymous = set(&raw.sources.anonymous);
        lex.vague = set(&raw.sources.vague);
        lex.pronouns = set(&raw.sources.pronouns);
        lex.relatives = set(&raw.sources.relatives);
        lex.not_speakers = set(&raw.sources.not_speakers);
        lex.people = set(&raw.sources.people);
        lex.affiliations = set(&raw.sources.affiliations);
        lex.titles = set(&raw.titles.words);
        lex.institutions = set(&raw.titles.institutions);
        lex.descriptive = set(&raw.titles.descriptive);
        lex.ranks = set(&raw.titles.ranks);
        // "Vice-Chancellor", "deputy-governor": a rank joined to a title by a hyphen is a
        // title too, written out here so that a lookup stays one lookup.
        let hyphenated: Vec<String> = raw
            .titles
            .ranks
            .iter()
            .flat_map(|rank| {
                raw.titles
                    .words
                    .iter()
                    .map(move |title| format!("{rank}-{title}").to_lowercase())
            })
            .collect();
        lex.titles.extend(hyphenated);
        for kind in &raw.titles.kinds {
            let names = set(&kind.names);
            lex.organisation_endings.extend(names.iter().cloned());
            // A generic noun heads a description of an organisation, as "ministry" does.
            lex.institutions.extend(set(&kind.nouns));
            for noun in &kind.nouns {
                lex.kind_names
                    .entry(noun.to_lowercase())
                    .or_default()
                    .extend(names.iter().cloned());
            }
        }
        for (words, gender) in [
            (&raw.names.female, Gender::Female),
            (&raw.names.female_titles, Gender::Female),
            (&raw.names.male, Gender::Male),
            (&raw.names.male_titles, Gender::Male),
            (&raw.names.female_nouns, Gender::Female),
            (&raw.names.male_nouns, Gender::Male),
        ] {
            for w in words {
                lex.genders.entry(w.to_lowercase()).or_insert(gender);
            }
        }
        lex.given_names = set(&raw.names.female);
        lex.given_names.extend(set(&raw.names.male));
        lex.gendered_nouns = set(&raw.names.female_nouns);
        lex.gendered_nouns.extend(set(&raw.names.male_nouns));
        lex.place_words = set(&raw.names.place_words);
        for (endings, gender) in [
            (&raw.names.female_surname_endings, Gender::Female),
            (&raw.names.male_surname_endings, Gender::Male),
        ] {
            lex.surname_endings
                .extend(endings.iter().map(|e| (e.to_lowercase(), gender)));
        }
        // The longest ending first: "-ova" before "-ov".
        lex.surname_endings
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        lex.hedge_words = set(&raw.hedges.words);
        lex.hedge_phrases = PhraseSet::new(expand_be(words(&raw.hedges.phrases)));
        lex.unsourced_hedges = expand_be(words(&raw.hedges.unsourced));
        let mut classes: FxHashMap<String, WordClass> = FxHashMap::default();
        let mut mark = |w: &String, class: WordClass| {
            *classes.entry(w.clone()).or_default() |= class;
        };
        lex.cues.keys().for_each(|w| mark(w, CUE));
        lex.document_verbs
            .iter()
            .for_each(|w| mark(w, DOCUMENT_VERB));
        lex.according
            .iter()
            .filter_map(|p| p.first())
            .for_each(|w| mark(w, ACCORDING));
        lex.hedge_words.iter().for_each(|w| mark(w, HEDGE));
        lex.hedge_phrases
            .by_first
            .keys()
            .for_each(|w| mark(w, HEDGE));
        lex.sketched = FullSketch::of(classes.keys().map(String::as_str));
        let mut short_cues = Vec::new();
        lex.short_classes = ShortMap::of(classes.iter().map(|(w, &c)| {
            let readings = match lex.cues.get(w) {
                Some(forms) if w.len() <= SHORT_WORD => {
                    short_cues.push(forms.clone());
                    short_cues.len() as u32
                }
                _ => 0,
            };
            (w.as_str(), u32::from(c) | readings << SHORT_CUES)
        }));
        lex.short_cues = short_cues;
        lex.classes = classes;
        lex
    }

    fn add_verb(
        &mut self,
        verb: &str,
        frame: Frame,
        complement: Complement,
        irregular: &BTreeMap<String, Vec<String>>,
        except: &[String],
    ) {
        let mut parts = verb.split_whitespace();
        let Some(head) = parts.next() else { return };
        let rest: Vec<String> = parts.map(str::to_string).collect();
        let forms: Vec<(String, VerbForm)> = match irregular.get(head) {
            Some(f) if f.len() == 4 => vec![
                (head.to_string(), VerbForm::Base),
                (f[0].clone(), VerbForm::ThirdPerson),
                (f[1].clone(), VerbForm::Past),
                (
                    f[2].clone(),
                    if f[2] == f[1] {
                        VerbForm::Past
                    } else {
                        VerbForm::PastParticiple
                    },
                ),
                (f[3].clone(), VerbForm::Participle),
            ],
            _ => vec![
                (head.to_string(), VerbForm::Base),
                (third_person(head), VerbForm::ThirdPerson),
                (past(head), VerbForm::Past),
                (participle(head), VerbForm::Participle),
            ],
        };
        for (form, verb_form) in forms {
            if except.iter().any(|e| e.eq_ignore_ascii_case(&form)) {
                continue;
            }
            let entry = self.cues.entry(form.to_lowercase()).or_default();
            match entry
                .iter_mut()
                .find(|c| c.lemma == head && c.rest == rest && c.form == verb_form)
            {
                Some(existing) => {
                    if !existing.frames.contains(&frame) {
                        existing.frames.push(frame);
                    }
                    existing.complement = existing.complement.max(complement);
                }
                None => entry.push(CueForm {
                    lemma: head.to_string(),
                    frames: vec![frame],
                    form: verb_form,
                    rest: rest.clone(),
                    complement,
                }),
            }
        }
    }

    /// The gender a lowercase given name ("maria") or title ("mrs.", "congressman") tells,
    /// if it tells one.
    pub fn gender_of_word(&self, word: &str) -> Option<Gender> {
        self.genders.get(word).copied()
    }

    /// A person's sex from the ending of a surname whose form says it ("Aliyeva",
    /// "Zakharova" / "Aliyev", "Lavrov"), for names no title or given name has told.
    pub fn gender_of_surname(&self, surname: &str) -> Option<Gender> {
        let lower = surname.to_lowercase();
        self.surname_endings
            .iter()
            .find(|(ending, _)| lower.len() >= ending.len() + 3 && lower.ends_with(ending.as_str()))
            .map(|&(_, gender)| gender)
    }

    /// Whether a lowercase word is a noun for one person of a known sex ("woman", "son").
    pub fn is_gendered_noun(&self, word: &str) -> bool {
        self.gendered_nouns.contains(word)
    }

    /// Whether a lowercase word is a generic noun of an organisation's kind ("company",
    /// "airline").
    pub fn is_kind_noun(&self, noun: &str) -> bool {
        self.kind_names.contains_key(noun)
    }

    /// Whether a name's lowercase word makes it an organisation that the generic noun
    /// `noun` describes: "corp" for "company", "airways" for "airline".
    pub fn names_kind(&self, noun: &str, word: &str) -> bool {
        self.kind_names
            .get(noun)
            .is_some_and(|names| names.contains(word))
    }

    /// Whether a lowercase word, last in a capitalised run, makes the run an organisation's
    /// name ("Brakka Motors", "Tollan Corp").
    pub fn ends_organisation_name(&self, word: &str) -> bool {
        self.organisation_endings.contains(word)
    }

    /// Whether a lowercase word is a known given name ("maria", "paul").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }

    /// Whether a run of capitalised words (lowercase) can name a person: it starts with a
    /// known given name ("Anita Hill"), or none of its words names a place or an
    /// organisation ("New York", "Islamic State", "Palm Beach").
    pub fn may_name_person<'w>(&self, mut words: impl Iterator<Item = &'w str>) -> bool {
        let Some(first) = words.next() else {
            return false;
        };
        self.given_names.contains(first)
            || !self.place_words.contains(first) && !words.any(|w| self.place_words.contains(w))
    }

    /// The single-word cue for a word form, if any (lowercase or not).
    pub fn cue(&self, word: &str) -> Option<&CueForm> {
        self.cues_for(word).iter().find(|c| c.rest.is_empty())
    }

    /// What `word` may start, in one hash lookup: [`CUE`] when [`Lexicon::cues_for`] has
    /// readings of it, [`DOCUMENT_VERB`], [`ACCORDING`] and [`HEDGE`] when it is (exactly)
    /// such a word or a phrase's first word.
    pub fn word_class(&self, word: &str) -> WordClass {
        let class = |w: &str| self.classes.get(w).copied().unwrap_or(0);
        if crate::text::is_plain_lowercase(word.as_bytes()) {
            return self.word_class_of_lowercase(word);
        }
        match crate::text::lowercase(word) {
            std::borrow::Cow::Borrowed(w) => class(w),
            std::borrow::Cow::Owned(key) => (class(&key) & CUE) | (class(word) & !CUE),
        }
    }

    /// [`Lexicon::word_class`] of a word already lowercase (the extractor's folded forms),
    /// its own key: looked up only when its sketch bit is set, and without checking its case,
    /// as this runs for every word of every sentence.
    #[inline(always)]
    pub fn word_class_of_lowercase(&self, word: &str) -> WordClass {
        if !self.may_have_class(word) {
            return 0;
        }
        if (1..=SHORT_WORD).contains(&word.len()) {
            return self.short_classes.get(word.as_bytes()) as WordClass;
        }
        self.classes.get(word).copied().unwrap_or(0)
    }

    /// Every cue reading of a word form: single-word ones and the heads of multi-word ones.
    pub fn cues_for(&self, word: &str) -> &[CueForm] {
        self.cues_for_lowercase(&crate::text::lowercase(word))
    }

    /// [`Lexicon::cue`] of a word already lowercase (the extractor's folded forms), its own
    /// key: lowercasing is idempotent, so its case need not be checked again.
    #[inline]
    pub fn cue_of_lowercase(&self, word: &str) -> Option<&CueForm> {
        self.cues_for_lowercase(word)
            .iter()
            .find(|c| c.rest.is_empty())
    }

    /// [`Lexicon::cues_for`] of a word already lowercase, as for
    /// [`Lexicon::cue_of_lowercase`].
    #[inline]
    pub fn cues_for_lowercase(&self, word: &str) -> &[CueForm] {
        // Every cue form is a key of `classes` (marked CUE when the lexicon is built): a
        // word whose sketch bit is clear has no reading, found without hashing it.
        if !self.may_have_class(word) {
            return &[];
        }
        if (1..=SHORT_WORD).contains(&word.len()) {
            let at = self.short_classes.get(word.as_bytes()) >> SHORT_CUES;
            return match at.checked_sub(1) {
                Some(k) => &self.short_cues[k as usize],
                None => &[],
            };
        }
        self.cues.get(word).map_or(&[], Vec::as_slice)
    }

    /// False when `word` is surely no key of `classes` (its sketch bit is clear).
    #[inline(always)]
    fn may_have_class(&self, word: &str) -> bool {
        self.sketched.may_hold(word)
    }
}

fn expand_be(phrases: Vec<Vec<String>>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for p in phrases {
        if p.iter().any(|w| w == "{be}") {
            for be in BE_FORMS {
                out.push(
                    p.iter()
                        .map(|w| {
                            if w == "{be}" {
                                be.to_string()
                            } else {
                                w.clone()
                            }
                        })
                        .collect(),
                );
            }
        } else {
            out.push(p);
        }
    }
    out
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn third_person(v: &str) -> String {
    if v.ends_with(['s', 'x', 'z']) || v.ends_with("ch") || v.ends_with("sh") {
        format!("{v}es")
    } else if consonant_y(v) {
        format!("{}ies", &v[..v.len() - 1])
    } else {
        format!("{v}s")
    }
}

fn past(v: &str) -> String {
    if v.ends_with('e') {
        format!("{v}d")
    } else if consonant_y(v) {
        format!("{}ied", &v[..v.len() - 1])
    } else {
        format!("{v}ed")
    }
}

fn participle(v: &str) -> String {
    if let Some(stem) = v.strip_suffix("ie") {
        format!("{stem}ying")
    } else if v.ends_with('e') && !v.ends_with("ee") && !v.ends_with("ye") && !v.ends_with("oe") {
        format!("{}ing", &v[..v.len() - 1])
    } else {
        format!("{v}ing")
    }
}

fn consonant_y(v: &str) -> bool {
    let mut rev = v.chars().rev();
    rev.next() == Some('y') && rev.next().is_some_and(|c| !is_vowel(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_tell_person_and_gender() {
        let raw = RawRules::parse(
            "names.toml",
            "[names]\nfemale = [\"Anita\"]\nmale = [\"Paul\"]\nmale_titles = [\"mr.\"]\nplace_words = [\"hill\", \"york\"]\n",
        )
        .unwrap();
        let lex = Lexicon::build(raw);
        assert_eq!(lex.gender_of_word("anita"), Some(Gender::Female));
        assert_eq!(lex.gender_of_word("mr."), Some(Gender::Male));
        assert_eq!(lex.gender_of_word("tarek"), None);
        assert!(lex.may_name_person(["anita", "hill"].into_iter()));
        assert!(!lex.may_name_person(["new", "york"].into_iter()));
        assert!(lex.may_name_person(["tarek", "oyelaran"].into_iter()));
    }

    #[test]
    fn regular_inflections() {
        assert_eq!(third_person("stress"), "stresses");
        assert_eq!(third_person("reply"), "replies");
        assert_eq!(past("state"), "stated");
        assert_eq!(past("reply"), "replied");
        assert_eq!(past("warn"), "warned");
        assert_eq!(participle("state"), "stating");
        assert_eq!(participle("agree"), "agreeing");
        assert_eq!(participle("warn"), "warning");
    }

    #[test]
    fn multi_word_cues_are_keyed_by_their_first_word() {
        let raw = RawRules::parse(
            "t.toml",
            "[[cues]]\nframe = \"speech\"\nverbs = [\"point out\"]\n",
        )
        .unwrap();
        let lex = Lexicon::build(raw);
        let forms = lex.cues_for("pointed");
        assert_eq!(forms.len(), 1);
        assert_eq!(forms[0].rest, vec!["out".to_string()]);
        assert!(lex.cue("pointed").is_none());
    }

    #[test]
    fn be_phrases_expand() {
        let raw = RawRules::parse("t.toml", "[hedges]\nphrases = [\"{be} said to\"]\n").unwrap();
        let lex = Lexicon::build(raw);
        assert!(lex.hedge_phrases.contains(&[
            "is".to_string(),
            "said".to_string(),
            "to".to_string()
        ]));
        let starting: Vec<_> = lex.hedge_phrases.starting_with("was").collect();
        assert_eq!(starting, [["was", "said", "to"]]);
    }
}
