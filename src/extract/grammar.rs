//! Closed-class English words the patterns lean on. These are grammar, not domain rules:
//! the domain word lists (cues, sources, titles, hedges) are data in `rules/*.toml`.

pub const DETERMINERS: &WordList = &WordList::new(&[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "many", "several", "both", "each", "every", "another", "other", "one", "two",
    "three", "four", "five", "no", "any", "such", "most", "all",
]);

/// Prepositions that say where someone is: "engineers at the site", "a first officer based
/// in Orsund".
pub const PLACE_PREPOSITIONS: &WordList =
    &WordList::new(&["in", "at", "near", "on", "from", "inside", "outside"]);

/// Prepositions that open what a cue reports ("warned of …", "complained about …"), not
/// when or where it was said.
pub const CUE_COMPLEMENT_PREPOSITIONS: &WordList =
    &WordList::new(&["of", "about", "against", "for"]);

/// Relative pronouns that open a clause about a person or thing ("engineers, who spoke …",
/// "the plan, which …"); "that" is left out, as it opens reported words too.
pub const RELATIVE_PRONOUNS: &WordList = &WordList::new(&["who", "which"]);

pub const PREPOSITIONS: &WordList = &WordList::new(&[
    "of",
    "to",
    "for",
    "in",
    "at",
    "from",
    "on",
    "with",
    "by",
    "about",
    "against",
    "over",
    "under",
    "into",
    "during",
    "after",
    "before",
    "without",
    "between",
    "among",
    "through",
    "near",
    "toward",
    "towards",
    "across",
    "behind",
    "upon",
    "within",
    "amid",
    "despite",
    "like",
    "via",
    "per",
    "inside",
    "outside",
    "around",
    "throughout",
    "below",
    "above",
    "beyond",
    "beneath",
    "alongside",
    "beside",
    "unlike",
]);

/// Words that start a new clause: a speaker noun phrase never spans them.
pub const CLAUSE_WORDS: &WordList = &WordList::new(&[
    "that", "which", "because", "when", "while", "if", "although", "though", "as", "since", "but",
    "and", "or", "so", "than", "where", "whether", "until", "unless", "what", "how", "why", "nor",
    "whereas", "whom", "whose", "yet", "then", "after", "before", "once", "even",
]);

/// Irregular past forms that are never nouns: a noun phrase ends before them ("the
/// minister held talks", "the ministry sent a note").
pub const IRREGULAR_PAST: &WordList = &WordList::new(&[
    "held",
    "made",
    "took",
    "gave",
    "went",
    "came",
    "sent",
    "kept",
    "brought",
    "bought",
    "built",
    "spent",
    "stood",
    "struck",
    "fought",
    "caught",
    "chose",
    "drew",
    "drove",
    "fell",
    "flew",
    "forgot",
    "got",
    "grew",
    "knew",
    "meant",
    "rose",
    "sold",
    "sank",
    "slept",
    "spoke",
    "stole",
    "swore",
    "taught",
    "threw",
    "understood",
    "wore",
    "wrote",
    "broke",
    "began",
    "ran",
    "won",
    "paid",
    "met",
    "told",
    "said",
    "thought",
    "found",
    "saw",
    "became",
    "sought",
    "heard",
    "felt",
    "shook",
    "withdrew",
    "overtook",
    "undertook",
    "forbade",
    "forgave",
    "foresaw",
]);

/// Irregular past forms that are not also participles ("rose", not "won" or "made", which
/// may head a reduced relative: "the advantage won in the war").
pub const PAST_NOT_PARTICIPLE: &WordList = &WordList::new(&[
    "rose",
    "saw",
    "went",
    "came",
    "took",
    "gave",
    "knew",
    "wrote",
    "began",
    "ran",
    "drew",
    "drove",
    "flew",
    "grew",
    "threw",
    "spoke",
    "broke",
    "chose",
    "fell",
    "ate",
    "stole",
    "wore",
    "swore",
    "shook",
    "withdrew",
    "forgave",
    "foresaw",
    "overtook",
    "undertook",
    "sank",
    "became",
]);

/// Irregular past participles that may end a reduced relative before an adjunct: "a vessel
/// built in 1952", "the bonds sold last year".
pub const IRREGULAR_PARTICIPLES: &WordList = &WordList::new(&[
    "built", "made", "held", "won", "done", "given", "taken", "written", "seen", "paid", "sent",
    "sold", "set", "shot", "hit", "put", "brought", "bought", "caught", "taught", "found", "lost",
    "kept", "left", "told", "known", "shown", "drawn", "grown", "thrown", "born", "sworn", "spent",
    "struck", "begun", "run", "cut", "read", "heard", "met", "led", "laid", "said",
]);

/// Words right after a cue that show its content follows ("said he was …", "said the …"),
/// so the cue does not close its clause.
pub const CONTENT_STARTERS: &WordList = &WordList::new(&[
    "he", "she", "they", "we", "i", "it", "there", "the", "a", "an", "his", "her", "their", "its",
    "our",
]);

/// Auxiliaries and modals, negated ones too: each makes a clause finite ("aren't set", "will
/// pay").
pub const AUXILIARIES: &Union = &Union(PLAIN_AUXILIARIES, NEGATED_AUXILIARIES);

const PLAIN_AUXILIARIES: &WordList = &WordList::new(&[
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "do",
    "does", "did",
]);

const NEGATED_AUXILIARIES: &WordList = &WordList::new(&[
    "won't",
    "can't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "hasn't",
    "haven't",
    "hadn't",
    "wouldn't",
    "couldn't",
    "shouldn't",
]);

/// Auxiliaries and adverbs that may stand between a speaker and its cue.
pub const BETWEEN_SUBJECT_AND_CUE: &Union = &Union(PLAIN_AUXILIARIES, ADVERBS_BEFORE_CUE);

/// Adverbs that may stand between a speaker and its cue: "has also said", "publicly warned".
const ADVERBS_BEFORE_CUE: &WordList = &WordList::new(&[
    "shall",
    "also",
    "not",
    "never",
    "then",
    "again",
    "previously",
    "later",
    "recently",
    "once",
    "first",
    "already",
    "still",
    "just",
    "further",
    "repeatedly",
    "often",
    "frequently",
    "publicly",
    "privately",
    "openly",
    "reportedly",
    "allegedly",
    "apparently",
    "even",
    "always",
    "now",
    "long",
    "both",
    "all",
    "himself",
    "herself",
    "itself",
    "themselves",
    "earlier",
    "subsequently",
    "similarly",
    "likewise",
    "too",
    "soon",
    "ever",
    "n't",
    "cannot",
]);

pub const BE_FORMS: &WordList =
    &WordList::new(&["is", "are", "was", "were", "be", "been", "being", "am"]);

pub const MODALS: &WordList = &WordList::new(&[
    "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "do",
    "does", "not", "never", "also", "to",
]);

/// Words after which a base-form verb ("say", "report") is a noun or infinitive, not a cue.
pub const NOUN_MARKERS: &WordList = &WordList::new(&[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "to", "of", "in", "on", "for", "with", "by", "no", "any", "every", "each",
]);

/// Subject pronouns that take a base-form verb ("they say", "I think").
pub const PLURAL_SUBJECTS: &WordList = &WordList::new(&[
    "i", "you", "we", "they", "who", "people", "some", "many", "others", "few", "most", "both",
    "those", "these", "all", "several", "children", "police",
]);

/// A plural in -men: "men", "women", "fishermen", "congresswomen".
pub fn is_plural_in_men(w: &str) -> bool {
    w == "men" || w.len() > 4 && w.ends_with("men")
}

/// A share of a group written as a fraction: "two-thirds", "three-fourths", "half".
pub fn is_fraction(w: &str) -> bool {
    w == "half"
        || ["thirds", "fourths", "fifths", "quarters", "tenths"]
            .iter()
            .any(|f| w.strip_suffix(f).is_some_and(|stem| stem.ends_with('-')))
}

/// Fronted adverbials end at a comma: "At the time, …", "On Friday, …", "However, …".
pub const FRONTED_STARTERS: &WordList = &WordList::new(&[
    "at",
    "on",
    "in",
    "during",
    "after",
    "before",
    "last",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "still",
    "then",
    "now",
    "today",
    "yesterday",
    "since",
    "for",
    "with",
    "without",
    "by",
    "from",
    "as",
    "instead",
    "indeed",
    "also",
    "moreover",
    "furthermore",
    "nevertheless",
    "separately",
    "similarly",
    "likewise",
    "additionally",
    "relatedly",
    "hence",
    "thus",
    "therefore",
    "consequently",
    "accordingly",
    "again",
    "yet",
    "first",
    "second",
    "third",
    "finally",
    "overall",
    "otherwise",
    "and",
    "but",
    "so",
    "while",
    "when",
    "although",
    "though",
    "if",
    "despite",
    "amid",
    "under",
    "speaking",
    "asked",
    "responding",
    "there",
    "here",
    "earlier",
    "this",
    "next",
    "first",
    "second",
    "finally",
    "overall",
]);

/// The pronoun of a contraction that carries an auxiliary: "she's" → "she", "they've" →
/// "they", "i'm" → "i". With `be_only`, only a form of "be" ('s, 're, 'm) counts.
pub fn contracted_pronoun(w: &str, be_only: bool) -> Option<&str> {
    // At most "they'll": longer words are ruled out before any search.
    if w.len() > 7 {
        return None;
    }
    let apostrophe = w.bytes().position(|b| b == b'\'')?;
    let (stem, rest) = (&w[..apostrophe], &w[apostrophe + 1..]);
    let aux = if be_only {
        is_in(&["s", "re", "m"], rest)
    } else {
        is_in(&["s", "re", "m", "ve", "d", "ll"], rest)
    };
    (aux && is_in(&["he", "she", "they", "we", "i", "you", "it"], stem)).then_some(stem)
}

/// `w` without its possessive endings: `trim_end_matches("'s")` without building a
/// substring searcher (this runs for many words of every sentence).
#[inline]
pub fn without_possessive(mut w: &str) -> &str {
    while let Some(stem) = w.strip_suffix("'s") {
        w = stem;
    }
    w
}

/// Whether `w` is one of the words of `list`: a [`WordList`] or a short literal list.
#[inline]
pub fn is_in<L: WordLookup + ?Sized>(list: &L, w: &str) -> bool {
    list.has(w)
}

/// Something [`is_in`] can search.
pub trait WordLookup {
    fn has(&self, w: &str) -> bool;
}

impl WordLookup for [&str] {
    #[inline]
    fn has(&self, w: &str) -> bool {
        // The length and first byte rule out nearly every entry before a full comparison.
        let first = w.as_bytes().first();
        self.iter()
            .any(|x| x.len() == w.len() && x.as_bytes().first() == first && *x == w)
    }
}

impl<const N: usize> WordLookup for [&str; N] {
    #[inline]
    fn has(&self, w: &str) -> bool {
        self.as_slice().has(w)
    }
}

/// Two lists searched as one.
#[derive(Debug)]
pub struct Union(pub &'static WordList, pub &'static WordList);

impl WordLookup for Union {
    #[inline]
    fn has(&self, w: &str) -> bool {
        self.0.has(w) || self.1.has(w)
    }
}

/// A fixed list of words with a table over a function of their length, first and last
/// bytes: the patterns ask these lists of nearly every word they pass, and most words are in
/// none, so an empty slot answers without comparing, and a slot of one word (most of them)
/// with one comparison rather than a search of the list.
#[derive(Debug)]
pub struct WordList {
    words: &'static [&'static str],
    /// For each [`filter_bit`] value: [`NO_WORD`], the index of the only word with it, or
    /// [`SEVERAL_WORDS`].
    slots: [u8; 256],
}

/// A [`WordList`] slot that no word has.
const NO_WORD: u8 = u8::MAX;
/// A [`WordList`] slot that two words or more have: the list is searched.
const SEVERAL_WORDS: u8 = u8::MAX - 1;

impl WordList {
    pub const fn new(words: &'static [&'static str]) -> Self {
        assert!(
            words.len() < SEVERAL_WORDS as usize,
            "a word list fits in u8 slots"
        );
        let mut slots = [NO_WORD; 256];
        let mut i = 0;
        while i < words.len() {
            let bit = filter_bit(words[i].as_bytes());
            slots[bit] = if slots[bit] == NO_WORD {
                i as u8
            } else {
                SEVERAL_WORDS
            };
            i += 1;
        }
        WordList { words, slots }
    }

    /// The words, as listed.
    pub const fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

impl WordLookup for WordList {
    #[inline]
    fn has(&self, w: &str) -> bool {
        match self.slots[filter_bit(w.as_bytes())] {
            NO_WORD => false,
            SEVERAL_WORDS => self.words.has(w),
            k => self.words.get(usize::from(k)).is_some_and(|x| *x == w),
        }
    }
}

/// A word's slot in a [`WordList`]: a function of its length, first and last bytes.
#[inline]
const fn filter_bit(w: &[u8]) -> usize {
    match w {
        [] => 0,
        [first, ..] => {
            let last = w[w.len() - 1] as usize;
            (w.len() * 97 + *first as usize * 31 + last * 7) % 256
        }
    }
}

/// An adverb by its shape: lowercase, ending in "-ly" ("flatly", "specifically").
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "only"
                | "family"
                | "ally"
                | "rally"
                | "italy"
                | "july"
                | "supply"
                | "reply"
                | "apply"
                | "belly"
                | "holy"
                | "daily"
                | "early"
        )
}

/// Words of time that can follow "on"/"in" inside a subject ("the statement on Friday"),
/// besides weekday and month names.
const TIME_NOUNS: &WordList = &WordList::new(&[
    "morning",
    "afternoon",
    "evening",
    "night",
    "today",
    "yesterday",
    "week",
    "month",
    "year",
    "weekend",
    "time",
]);

/// Words that open or modify a time phrase: "on Friday", "last week", "earlier this month".
pub const TIME_OPENERS: &WordList = &WordList::new(&[
    "on", "in", "at", "during", "last", "this", "next", "early", "late", "earlier", "later",
]);

/// A weekday, month or time noun. Inside a subject ("the statement on May 3") "may" is the
/// month.
pub fn is_time_word(w: &str) -> bool {
    crate::text::is_calendar_word(w) || is_in(TIME_NOUNS, w) || w == "may"
}

/// Nouns that name a channel of a statement: "in a statement", "in an interview with X".
pub const CHANNEL_NOUNS: &WordList = &WordList::new(&[
    "statement",
    "interview",
    "tweet",
    "post",
    "letter",
    "speech",
    "op-ed",
    "article",
    "email",
    "video",
    "message",
    "release",
    "briefing",
    "conference",
    "broadcast",
    "address",
    "podcast",
    "memo",
    "report",
    "filing",
    "remarks",
    "appearance",
    "call",
    "note",
    "ruling",
    "testimony",
    "comments",
]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_finds_exactly_its_words() {
        const LIST: &WordList = &WordList::new(&["of", "to", "throughout", "a", "é"]);
        for w in ["of", "to", "throughout", "a", "é"] {
            assert!(is_in(LIST, w), "{w}");
        }
        // Same length, first or last byte as a member, and the empty word: all outside.
        for w in ["", "on", "ta", "throughouts", "b", "e", "off", "throughput"] {
            assert!(!is_in(LIST, w), "{w}");
        }
        for w in PREPOSITIONS.words.iter().chain(DETERMINERS.words) {
            assert!(is_in(PREPOSITIONS, w) == PREPOSITIONS.words.contains(w));
            assert!(is_in(DETERMINERS, w) == DETERMINERS.words.contains(w));
        }
    }

    #[test]
    fn contractions_of_pronouns_with_an_auxiliary() {
        assert_eq!(contracted_pronoun("she's", true), Some("she"));
        assert_eq!(contracted_pronoun("they're", true), Some("they"));
        assert_eq!(contracted_pronoun("they've", true), None);
        assert_eq!(contracted_pronoun("they've", false), Some("they"));
        // A possessive is no contraction; a name is no pronoun.
        assert_eq!(contracted_pronoun("iran's", false), None);
        assert_eq!(contracted_pronoun("he", false), None);
    }
}
