//! Who "he", "the ministry" and "Mousavi" are: a per-article register of people and
//! organisations mentioned so far, searched from the latest mention back.

use super::grammar::{is_in, without_possessive, DETERMINERS, MODALS, PREPOSITIONS};
use super::sentence::SentenceView;
use super::speaker::{
    is_leading_function_word, is_nationality, is_title_or_institution, join, last_title,
    may_be_origin, Np,
};
use crate::rules::{Gender, Lexicon};
use crate::text::Token;

#[derive(Debug, Clone)]
struct Mention {
    /// The canonical name ("Abbas Mousavi", "Azerbaijan's Ministry of Foreign Affairs").
    name: String,
    /// Lowercase words of the whole mention, titles included, for descriptions: a range of
    /// [`Registry::words`] (no allocation of a mention's own).
    words: (usize, usize),
    person: bool,
    /// Known from a pronoun that referred to the person; otherwise the given name or a
    /// title tells it (`gender_of`, asked only of the few mentions a pronoun weighs).
    gender: Option<Gender>,
    speaker: bool,
    sentence: usize,
    /// The token after the mention's last word, in its sentence (0 for a speaker).
    end: usize,
    /// Named at the start of its sentence: most likely that sentence's subject.
    initial: bool,
    /// A speaker named by one word that may be a person or not ("Guterres", "Gazprom"):
    /// "he" in the next sentence tells.
    maybe_person: bool,
}

/// The part of `name` after its last space (`name.rsplit_once(' ')`'s second part), found
/// by reading its bytes back from the end: a name is a few words long, and the standard
/// library's search for a character cost ten times as much on strings this short.
#[inline]
fn after_last_space(name: &str) -> Option<&str> {
    let at = name.bytes().rposition(|b| b == b' ')?;
    Some(&name[at + 1..])
}

/// How many of the latest mentions a resolution searches. News articles hold a few hundred
/// at most; the bound keeps resolution linear on hostile text full of names and pronouns.
const LOOKBACK: usize = 1_000;

/// Mentions seen so far in one article.
#[derive(Debug)]
pub struct Registry {
    mentions: Vec<Mention>,
    /// The words of every mention, one after another.
    text: String,
    /// Each word's span in `text`: [`Mention::words`] is a range of these.
    words: Vec<(usize, usize)>,
    /// One bit for the lowercase last word of each person's name ([`surname_bit`]): most
    /// words [`Registry::full_name`] is asked about (a sentence's first) are no surname,
    /// and a clear bit says so before any mention is read.
    surname_bits: [u64; 16],
}

/// Room for the mentions of a typical article (a score of them, some fifty words): its
/// vectors are not grown (and copied) mention by mention.
impl Default for Registry {
    fn default() -> Self {
        Registry {
            mentions: Vec::with_capacity(32),
            text: String::with_capacity(512),
            words: Vec::with_capacity(64),
            surname_bits: [0; 16],
        }
    }
}

impl Registry {
    /// Adds a mention, setting the bit of a person's surname in [`Registry::surname_bits`].
    fn push(&mut self, mention: Mention) {
        if mention.person {
            if let Some(last) = after_last_space(&mention.name) {
                let bit = if last.is_ascii() {
                    surname_bit(last.as_bytes())
                } else {
                    surname_bit(last.to_lowercase().as_bytes())
                };
                self.surname_bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        self.mentions.push(mention);
    }

    /// Keeps `words` for a mention: their range of [`Registry::words`].
    fn push_words<'w>(&mut self, words: impl IntoIterator<Item = &'w str>) -> (usize, usize) {
        let first = self.words.len();
        for w in words {
            let start = self.text.len();
            self.text.push_str(w);
            self.words.push((start, self.text.len()));
        }
        (first, self.words.len())
    }

    /// A mention's lowercase words, in order.
    fn words_of<'r>(&'r self, m: &Mention) -> impl Iterator<Item = &'r str> {
        self.words[m.words.0..m.words.1]
            .iter()
            .map(|&(a, b)| &self.text[a..b])
    }

    /// The words that tell what kind of organisation a name is: its last word and its last
    /// before a preposition ("Tollan Corp", "Vessby Board of Fisheries", "Shares of Tollan
    /// Corp"); a word inside it ("Council Speaker Melissa Mark-Viverito") tells nothing.
    fn name_ends(&self, m: &Mention) -> impl Iterator<Item = &str> {
        let before = self
            .words_of(m)
            .take_while(|w| !is_in(PREPOSITIONS, w))
            .last();
        before.into_iter().chain(self.words_of(m).last())
    }

    /// A mention's known gender, else the one its words and name tell ([`gender_of`]).
    fn gender_of_mention(&self, lex: &Lexicon, m: &Mention) -> Option<Gender> {
        m.gender
            .or_else(|| gender_of_words(lex, self.words_of(m), &m.name))
    }

    /// Records a resolved speaker; `words` are the phrase that named it ("Mrs. Vox", "she").
    /// `maybe_person`: one name that may be a person's ("Guterres said").
    pub fn add_speaker<'w>(
        &mut self,
        name: &str,
        words: impl IntoIterator<Item = &'w str, IntoIter: Clone>,
        person: bool,
        maybe_person: bool,
        sentence: usize,
    ) {
        let words = words.into_iter();
        let gender = words.clone().find_map(|w| match w {
            "he" => Some(Gender::Male),
            "she" => Some(Gender::Female),
            _ => None,
        });
        let words = self.push_words(words);
        self.push(Mention {
            name: name.to_string(),
            words,
            person,
            gender: gender.filter(|_| person),
            speaker: true,
            sentence,
            end: 0,
            initial: false,
            maybe_person: maybe_person && !person,
        });
    }

    /// Records titled names and multi-word proper names anywhere in a sentence, so that a
    /// later surname or description can find them.
    pub fn scan_sentence(&mut self, v: &SentenceView, lex: &Lexicon, sentence: usize) {
        self.scan_runs(v, lex, sentence, v.len());
    }

    /// [`Registry::scan_sentence`] of the names that start before token `starts_before`.
    #[inline(always)]
    fn scan_runs(
        &mut self,
        v: &SentenceView,
        lex: &Lexicon,
        sentence: usize,
        starts_before: usize,
    ) {
        let n = v.len();
        // Capitalised and outside quotations, read from the two slices side by side.
        let tokens = &v.tokens[..n];
        let quoted = &v.in_quote[..n];
        let open = |k: usize| tokens[k].capital && quoted[k].is_none();
        let limit = starts_before.min(n);
        let mut i = 0;
        while i < limit {
            // Most words are not capitalised: the next one that is is found by a search of
            // the tokens alone (with the run's work out of line, in `add_run`, the search
            // keeps what it reads in registers), then asked whether it is quoted.
            let Some(start) = first_capital(&tokens[i..limit]) else {
                break;
            };
            i += start;
            if quoted[i].is_some() {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < n && open(j) {
                j += 1;
            }
            // "Ministry of Foreign Affairs": continue over "of" + capitalised words.
            while j + 1 < n && v.word(j) == "of" && v.is_capitalized(j + 1) {
                j += 1;
                while j < n && v.is_capitalized(j) {
                    j += 1;
                }
            }
            // One capitalised word ("The", "Mousavi") names nothing new unless it is an
            // institution: most runs end here, without a call.
            if j - i >= 2 || lex.institutions.contains(v.word(i)) {
                self.add_run(v, lex, i, j, sentence);
            } else if i == 0 {
                self.add_known_surname(v, lex, i, sentence);
            }
            i = j.max(i + 1);
        }
    }

    #[inline(never)]
    fn add_run(&mut self, v: &SentenceView, lex: &Lexicon, i: usize, j: usize, sentence: usize) {
        // (The caller leaves out runs of one word that is no institution.)
        // "Brakka Motors", "Tollan Corp": a name ending in a word of an organisation's kind
        // is one, unless a given name stands before that word ("Emily Post", "Mayor Don
        // Guardian").
        let last = v.word(j - 1);
        let organisation_ending = lex.ends_organisation_name(last);
        // "Senate Majority Leader Mitch McConnell": an institution's title before a name
        // makes the run a person's ("Queen Mary Hospital" is still a hospital).
        let institution = ((i..j).any(|k| lex.institutions.contains(v.word(k)))
            || j - i >= 2 && organisation_ending && !lex.is_given_name(v.word(j - 2)))
            && (lex.institutions.contains(last)
                || organisation_ending
                || last_title(v, lex, i, j).is_none());
        // A sentence's first word is capitalised whatever it is: "But Trump", "In May 2001",
        // "When Maddow" are a function word and a name (or no name at all).
        let mut i = i;
        // "Can Sanders win?", but "Will Hurd spoke": a modal opens only a question.
        let question = v.len() > 0 && v.is_punct(v.len() - 1, "?");
        while i < j && (is_leading_function_word(v.word(i)) || question && is_in(MODALS, v.word(i)))
        {
            i += 1;
        }
        // "Shares of Tollan Corp fell": a sentence's first word before "of" is capitalised
        // as the first, not as part of the name ("Ministry of Defence" is a name).
        if i == 0 && j > 2 && v.word(1) == "of" && !is_title_or_institution(lex, v.word(0)) {
            i = 2;
        }
        if !institution && j - i < 2 {
            if j - i == 1 {
                // "But Szabo condemned the threats."
                self.add_known_surname(v, lex, i, sentence);
            }
            return;
        }
        // The run's words (before any "of" below ends it), copied only for a mention kept.
        let words = (i..j).map(|k| v.word(k));
        // Strip titles and nationalities from the front: they describe, they do not name.
        // A title inside the run ends what stands before it: "New Jersey Gov. Chris
        // Christie", "Massachusetts Democratic Sen. Elizabeth Warren".
        let mut a = if institution {
            i
        } else {
            last_title(v, lex, i, j).map_or(i, |t| t + 1)
        };
        while a < j
            && (is_title_or_institution(lex, v.word(a)) && !lex.institutions.contains(v.word(a))
                // "Brian Fallon": a given name only shaped like a nationality. (A run of
                // two words is kept whole only in the canonical name: here "Manchurian
                // Candidate" would become a person.)
                || may_be_origin(lex, v.word(a))
                || v.word(a).ends_with("'s") && !institution)
        {
            a += 1;
        }
        // "The Huffington Post's Scott Conroy": an owner of two words or more before the
        // full name.
        if let Some(owner) = (a..j.saturating_sub(2)).rfind(|&k| v.word(k).ends_with("'s")) {
            if !institution {
                a = owner + 1;
            }
        }
        if institution {
            // Include a possessor right before: "Iran’s Ministry of Foreign Affairs".
            let mut start = i;
            if i > 0 && v.word(i - 1).ends_with("'s") && v.is_capitalized(i - 1) {
                start = i - 1;
            }
            // Include lowercase title/possessor context before, for "the Iranian Army".
            let nationality = (start > 0 && is_nationality(v.word(start - 1))).then(|| start - 1);
            let words = self.push_words(nationality.into_iter().chain(start..j).map(|k| v.word(k)));
            self.push(Mention {
                name: join(v, start, j),
                words,
                person: false,
                gender: None,
                speaker: false,
                sentence,
                end: j,
                initial: opens_sentence(v, start),
                maybe_person: false,
            });
            return;
        }
        // "Secretary of State John Kerry": the title's own "of" phrase, then the name;
        // "Lee Zeldin of New York": the name, then where the person is from.
        // "US Secretary of State Antony Blinken": a title still before "of" (after a word
        // that is no title) has its "of" phrase too.
        let mut j = j;
        if let Some(of) = (a..j).find(|&k| v.word(k) == "of") {
            let titled = of == a || is_title_word(lex, v.word(of - 1));
            if titled && j - of >= 4 {
                a = j - 2;
            } else if titled {
                a = j - 1;
            } else {
                j = of;
            }
        }
        if j - a >= 2 {
            // Titles written before the run in lowercase: "the commander X", and a role in
            // apposition before the name: "Iran's ambassador in Baku, Abbas Mousavi".
            let before = if i > 1 && v.is_punct(i - 1, ",") && v.is_word(i - 2) {
                i - 1
            } else {
                i
            };
            // Right before the name, its role runs back to a determiner or a preposition:
            // "the commander X", "convicted on Wednesday former mayor X"; "told the Kyiv
            // Independent" and "the campaign in South Carolina" give the name none. (An
            // apposition before a comma keeps its prepositions: "Iran's ambassador to
            // Azerbaijan, X".)
            let adjacent = before == i;
            let mut k = before;
            while k > 0
                && (v.is_word(k - 1))
                && !is_in(&["and", "said", "that"], v.word(k - 1))
                && !(adjacent
                    && (is_in(DETERMINERS, v.word(k - 1)) || is_in(PREPOSITIONS, v.word(k - 1))))
                && before - k < 6
            {
                k -= 1;
            }
            // Words before a comma describe the person only when they hold a title.
            let role = before == i || (k..before).any(|r| is_title_word(lex, v.word(r)));
            let role_words = if role { k..before } else { 0..0 };
            let mut apposition = 0..0;
            // An apposition after the name: "Gen. Ada Vox, commander of the navy, …".
            if v.is_punct(j, ",") && is_title_word(lex, v.word(j + 1)) {
                let mut e = j + 1;
                while e < v.len() && e < j + 8 && v.is_word(e) {
                    e += 1;
                }
                apposition = j + 1..e;
            }
            let context = role_words
                .map(|t| v.word(t))
                .chain(words)
                .chain(apposition.map(|t| v.word(t)));
            // "the mayor of Port Tamara": what a title is of is a place or a body, not the
            // person who holds it.
            // A person's name may still follow ("Secretary of State Clinton", "the minister
            // of Defence Ben Wallace"): a given name inside the run, or a surname the article
            // has given a person.
            let of_title = i > 0 && v.word(i - 1) == "of" && {
                let given_inside =
                    (a + 1..j.saturating_sub(1)).any(|k| lex.gender_of_word(v.word(k)).is_some());
                let known_surname = self.full_name(lex, v.raw(j - 1), None).is_some();
                !given_inside && !known_surname
            };
            let titled = !of_title && context.clone().any(|w| is_title_word(lex, w));
            // "the Kyiv Independent", "the Harlow Courier": a name right after "the" is a
            // newspaper, a body or a work, unless a title or a given name makes it a
            // person's ("the Bernie Sanders campaign"; in "the Blaze's Matt Walsh" the
            // article is the owner's).
            let after_article = a == i && i > 0 && v.word(i - 1) == "the";
            let person = titled
                || if after_article {
                    lex.is_given_name(v.word(a))
                } else {
                    lex.may_name_person((a..j).map(|k| v.word(k)))
                };
            let words = self.push_words(context);
            self.push(Mention {
                name: join(v, a, j),
                words,
                person,
                gender: None,
                speaker: false,
                sentence,
                end: j,
                initial: opens_sentence(v, i),
                maybe_person: false,
            });
        } else if j - a == 1
            && (i..a)
                .any(|k| is_title_word(lex, v.word(k)) && !lex.institutions.contains(v.word(k)))
            // "Former Marlow captain Steve Rennard": before a role, a name says whose role
            // it is, not who holds it.
            && !(j < v.len() && !v.is_capitalized(j) && is_title_word(lex, v.word(j)))
        {
            // "Mr. Trump", "President Obama": a titled surname is a person, named in full
            // when the article has given the full name (of the sex the title tells).
            let surname = join(v, a, j);
            let gender = described_gender(lex, (i..a).map(|k| v.word(k)));
            let name = self
                .full_name(lex, &surname, gender)
                .map_or(surname, str::to_string);
            let words = self.push_words(words);
            self.push(Mention {
                name,
                words,
                person: true,
                gender: None,
                speaker: false,
                sentence,
                end: j,
                initial: opens_sentence(v, i),
                maybe_person: false,
            });
        }
    }

    /// "Szabo condemned the threats.": a surname alone that opens a sentence (token `k`,
    /// before its verb or an apposition's comma) names its subject, the person the article
    /// named in full before, whom a "he" next may refer to.
    #[inline(never)]
    fn add_known_surname(&mut self, v: &SentenceView, lex: &Lexicon, k: usize, sentence: usize) {
        let w = v.word(k);
        let before_predicate = k + 1 < v.len()
            && (v.is_word(k + 1) && !v.is_capitalized(k + 1) || v.is_punct(k + 1, ","));
        if !before_predicate || w.ends_with("'s") {
            return;
        }
        // Few words are a surname the article has given: the lookup comes first.
        let Some(name) = self.full_name(lex, v.raw(k), None).map(str::to_string) else {
            return;
        };
        if is_leading_function_word(w) || lex.pronouns.contains(w) {
            return;
        }
        let gender = self
            .latest()
            .filter(|m| m.name == name)
            .find_map(|m| m.gender);
        let words = self.push_words(std::iter::once(w));
        self.push(Mention {
            name,
            words,
            person: true,
            gender,
            speaker: false,
            sentence,
            end: k + 1,
            initial: true,
            maybe_person: false,
        });
    }

    /// The latest mentions first, at most [`LOOKBACK`] of them.
    fn latest(&self) -> impl Iterator<Item = &Mention> {
        self.mentions.iter().rev().take(LOOKBACK)
    }

    /// A surname alone ("Mousavi") → the latest full name ending in it ("Abbas Mousavi"),
    /// of the sex a title tells when one does ("Mr. Trump" is not the Ivana Trump named
    /// before).
    pub fn full_name(&self, lex: &Lexicon, surname: &str, gender: Option<Gender>) -> Option<&str> {
        if surname.is_ascii() {
            let bit = surname_bit(surname.as_bytes());
            if self.surname_bits[bit / 64] & (1 << (bit % 64)) == 0 {
                return None;
            }
        }
        // An ASCII surname is compared without a lowercase copy: its lowercase is its ASCII
        // lowercase, which a name's lowercase (no ASCII capitals in it) equals exactly when
        // they are equal ignoring ASCII case.
        let key = (!surname.is_ascii()).then(|| surname.to_lowercase());
        let key = key.as_deref().unwrap_or(surname);
        let same = |last: &str| {
            if last.is_ascii() {
                last.eq_ignore_ascii_case(key)
            } else {
                last.to_lowercase().eq_ignore_ascii_case(key)
            }
        };
        // The surname is compared before the gender is asked (the same mentions are found,
        // and most fail the cheaper test).
        self.latest()
            .filter(|m| m.person)
            .filter(|m| after_last_space(&m.name).is_some_and(same))
            .find(|m| {
                gender.is_none_or(|want| self.gender_of_mention(lex, m).is_none_or(|g| g == want))
            })
            .map(|m| m.name.as_str())
    }

    /// The latest person (for "he"/"she") or organisation (for "it"/"they"), preferring
    /// recent speakers.
    pub fn pronoun(&self, lex: &Lexicon, pronoun: &str, sentence: usize) -> Option<&str> {
        let (want_person, want_gender) = match pronoun {
            "he" | "him" => (true, Some(Gender::Male)),
            "she" | "her" => (true, Some(Gender::Female)),
            "it" | "they" => (false, None),
            _ => return None,
        };
        // "she" never refers to a man the article has named as one, nor "he" to a woman.
        let gender_fits = |m: &Mention| {
            want_gender.is_none() || {
                let gender = self.gender_of_mention(lex, m);
                gender.is_none() || gender == want_gender
            }
        };
        let fits = |m: &Mention| m.person == want_person && gender_fits(m);
        // The subject of the last sentence or two ("Her assistant, Karl Obi, would not … "
        // → "he said"), then a recent speaker, then the latest mention.
        // Mentions are in sentence order, so the searches stop at the first one too old.
        let recent_subject = self
            .latest()
            .take_while(|m| sentence.saturating_sub(m.sentence) <= 2)
            .find(|m| m.initial && want_person && fits(m));
        // "…," Guterres said. He added …": a one-word speaker in the sentence before is
        // the person "he" or "she" is.
        let recent_speaker = self
            .latest()
            .take_while(|m| sentence.saturating_sub(m.sentence) <= 3)
            .find(|m| {
                m.speaker
                    && (fits(m)
                        || want_person
                            && m.maybe_person
                            && gender_fits(m)
                            && sentence.saturating_sub(m.sentence) <= 1)
            });
        let recent = match (recent_subject, recent_speaker) {
            (Some(a), Some(b)) if b.sentence > a.sentence => Some(b),
            (Some(a), _) => Some(a),
            (None, b) => b,
        };
        recent
            .or_else(|| {
                self.latest()
                    .find(|m| fits(m) && (want_person || m.speaker))
            })
            .map(|m| m.name.as_str())
    }

    /// A description resolved in its own sentence, to the first mention before it:
    /// "Brakka Motors will close a plant, the company said" (the sentence's names are
    /// registered only after its claims, and its subject is the likeliest antecedent).
    pub fn description_before(v: &SentenceView, lex: &Lexicon, np: Np) -> Option<String> {
        // Only names that start before the description can end before it.
        if np.start == 0 {
            return None;
        }
        // Of one sentence's few names: no room reserved (as `Registry::default` reserves).
        let mut here = Registry {
            mentions: Vec::new(),
            text: String::new(),
            words: Vec::new(),
            surname_bits: [0; 16],
        };
        here.scan_runs(v, lex, 0, np.start);
        here.mentions.retain(|m| m.end <= np.start);
        // `description` searches from the latest mention: the first comes last.
        here.mentions.reverse();
        here.description(v, lex, np).map(str::to_string)
    }

    /// A definite description ("the ministry", "the president of Azerbaijan",
    /// "the commander") → the latest mention with the same head and compatible modifiers.
    pub fn description(&self, v: &SentenceView, lex: &Lexicon, np: Np) -> Option<&str> {
        // "the ministry's" names the ministry.
        let words: Vec<&str> = (np.start..np.end)
            .map(|i| without_possessive(v.word(i)))
            .filter(|w| !is_in(DETERMINERS, w) && !is_in(PREPOSITIONS, w))
            .collect();
        let head_pos = words
            .iter()
            .rposition(|w| is_title_or_institution(lex, w))?;
        let head = words[head_pos];
        // "the campaign" is an organisation, not the person whose campaign it is.
        let organisation = lex.institutions.contains(head);
        // "the central bank" is the Bank of England; "a federal judge" is no judge named
        // before.
        let modifiers: Vec<&str> = words
            .iter()
            .enumerate()
            .filter(|&(i, w)| {
                i != head_pos
                    && !lex.titles.contains(*w)
                    && !(organisation && lex.descriptive.contains(*w))
            })
            .map(|(_, w)| *w)
            .collect();
        // "BrightPlay said … The company said": a speaker named by one word, of no kind the
        // name tells, is the company more recent than any name of the kind.
        // Only in the sentence before, and not a given name or the surname of a person named
        // before ("Zimmerman", "Clinton").
        let generic = organisation && words.len() == 1 && lex.is_kind_noun(head);
        let now = self.mentions.last().map_or(0, |m| m.sentence);
        let company_like = |m: &Mention| {
            m.speaker
                && m.maybe_person
                && m.sentence + 1 >= now
                && {
                    let word = m.name.to_lowercase();
                    // "Rescuers said": a group of people, no company.
                    !lex.is_given_name(&word) && !super::patterns::is_people_noun(lex, &word)
                }
                && self.full_name(lex, &m.name, None).is_none()
        };
        self.latest()
            .find(|m| {
                if generic && company_like(m) {
                    return true;
                }
                // "Bruno Bucci, a spokesman for the mayor" is no mayor: the head is looked
                // for before the mention's first preposition.
                !(organisation && m.person)
                    && (self
                        .words_of(m)
                        .take_while(|w| !is_in(PREPOSITIONS, w))
                        .any(|w| same_word(w, head))
                        || self.name_ends(m).any(|w| lex.names_kind(head, w)))
                    && modifiers
                        .iter()
                        .all(|md| self.words_of(m).any(|w| same_stem(w, md)))
                    // "the governor" is not "the deputy governor, Oren Falk".
                    && self.words_of(m).all(|w| {
                        !lex.ranks.contains(w)
                            || same_word(w, head)
                            || words.iter().any(|d| same_stem(w, d))
                    })
            })
            .map(|m| m.name.as_str())
    }
}

/// A surname's bit in [`Registry::surname_bits`], from the lowercase of its first and last
/// bytes (ASCII case folded) and its length.
fn surname_bit(word: &[u8]) -> usize {
    let first = usize::from(word.first().map_or(0, u8::to_ascii_lowercase));
    let last = usize::from(word.last().map_or(0, u8::to_ascii_lowercase));
    (first * 31 + last * 7 + word.len() * 131) % 1024
}

/// Whether a name at token `i` stands where a sentence's subject does: near its start, and
/// not in an apposition ("Maria Gonzalez, a Red Cross volunteer, said …": "she" next is
/// not the Red Cross).
fn opens_sentence(v: &SentenceView, i: usize) -> bool {
    i <= 6 && !(i >= 2 && is_in(DETERMINERS, v.word(i - 1)) && v.is_punct(i - 2, ","))
}

/// The first capitalised token of `tokens`, tested four at a time: most tokens are not
/// capitalised, and this runs over every token of every sentence.
fn first_capital(tokens: &[Token]) -> Option<usize> {
    let mut chunks = tokens.chunks_exact(4);
    let mut base = 0;
    for c in &mut chunks {
        if c[0].capital | c[1].capital | c[2].capital | c[3].capital {
            return c.iter().position(|t| t.capital).map(|p| base + p);
        }
        base += 4;
    }
    let rest = chunks.remainder();
    rest.iter().position(|t| t.capital).map(|p| base + p)
}

/// A person's gender from the words that named them (a title: "Mrs.", "congressman") or
/// from the given name that starts the name.
pub(crate) fn gender_of(lex: &Lexicon, words: &[String], name: &str) -> Option<Gender> {
    gender_of_words(lex, words.iter().map(String::as_str), name)
}

/// [`gender_of`] for words as any iterator gives them.
fn gender_of_words<'w>(
    lex: &Lexicon,
    words: impl IntoIterator<Item = &'w str>,
    name: &str,
) -> Option<Gender> {
    // The given name: the first known one before the surname ("Democrat Hillary Clinton").
    let before = || Some(&name[..name.len() - after_last_space(name)?.len() - 1]);
    let given =
        || crate::text::split_spaces(before()?).find_map(|w| lex.gender_of_word(&w.to_lowercase()));
    // A given name no list holds that ends in "-a" ("Sabina", "Oksana") is more often a
    // woman's, but not always ("Emeka", "Nikita"): it does not tell the sex, yet it
    // overrides a man's surname ending ("Sabina Petrov" is no man's name).
    let given_in_a = || {
        let first = before().and_then(|b| crate::text::split_spaces(b).next());
        first.is_some_and(|first| {
            first.len() >= 4
                && first.ends_with('a')
                && first.bytes().all(|b| b.is_ascii_alphabetic())
                && first.as_bytes()[0].is_ascii_uppercase()
        })
    };
    described_gender(lex, words).or_else(given).or_else(|| {
        let surname = lex.gender_of_surname(after_last_space(name).unwrap_or(name))?;
        (surname == Gender::Female || !given_in_a()).then_some(surname)
    })
}

fn same_word(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a)
}

/// "Iran" ~ "Iranian" ~ "Iran's"; "Azerbaijan" ~ "Azerbaijani".
fn same_stem(a: &str, b: &str) -> bool {
    let a = super::grammar::without_possessive(a);
    let b = super::grammar::without_possessive(b);
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 4.min(shorter) && common * 5 >= shorter * 4
}

/// The sex the titles and gendered nouns among `words` tell ("Mrs.", "congressman",
/// "mother"). Other words may name someone else ("Hillary Clinton met Bernie Sanders").
pub(crate) fn described_gender<'w>(
    lex: &Lexicon,
    words: impl IntoIterator<Item = &'w str>,
) -> Option<Gender> {
    words
        .into_iter()
        .filter(|w| is_title_word(lex, w) || lex.is_gendered_noun(w))
        .find_map(|w| lex.gender_of_word(w))
}

/// A title, with its abbreviation dot or without ("Mrs.", "mrs", "ambassador").
fn is_title_word(lex: &Lexicon, w: &str) -> bool {
    lex.titles.contains(w.strip_suffix('.').unwrap_or(w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RulePack;
    use crate::span::Span;
    use crate::text::find_quotes;

    /// The registry after scanning each sentence in turn.
    fn scanned(sentences: &[&str]) -> Registry {
        let pack = RulePack::default_pack();
        let mut registry = Registry::default();
        for (index, text) in sentences.iter().enumerate() {
            let span = Span::new(0, text.len());
            let quotes = find_quotes(text, span);
            let v = SentenceView::new(text, span, &quotes, &pack.abbreviations);
            registry.scan_sentence(&v, &pack.lexicon, index);
        }
        registry
    }

    #[test]
    fn a_sentence_opener_is_not_part_of_a_name() {
        let registry = scanned(&[
            "Donald Trump spoke first.",
            "But Trump, eager all evening, attacked the senator.",
            "When Maddow asked, nobody answered.",
            "In May 2001, the board met.",
            "Does Rubio agree?",
            "Can Sanders win?",
            "Will Hurd spoke next.",
        ]);
        let names: Vec<&str> = registry.mentions.iter().map(|m| m.name.as_str()).collect();
        // "But Trump, …": the subject is the Donald Trump named before, not "But Trump".
        assert_eq!(names, ["Donald Trump", "Donald Trump", "Will Hurd"]);
        assert!(registry.mentions[1].initial);
        let pack = RulePack::default_pack();
        assert_eq!(
            registry.full_name(&pack.lexicon, "Trump", None),
            Some("Donald Trump")
        );
    }

    #[test]
    fn a_title_tells_which_full_name_a_surname_is() {
        let pack = RulePack::default_pack();
        let registry = scanned(&["Donald Trump and Ivana Trump spoke first."]);
        let lex = &pack.lexicon;
        assert_eq!(
            registry.full_name(lex, "Trump", Some(Gender::Male)),
            Some("Donald Trump")
        );
        assert_eq!(
            registry.full_name(lex, "Trump", Some(Gender::Female)),
            Some("Ivana Trump")
        );
    }

    #[test]
    fn only_titles_in_the_words_around_a_name_tell_its_sex() {
        let pack = RulePack::default_pack();
        let lex = &pack.lexicon;
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        // "Anna Lund met Peter Berg": Anna is someone else.
        let around = words(&["anna", "lund", "met", "peter", "berg"]);
        assert_eq!(gender_of(lex, &around, "Peter Berg"), Some(Gender::Male));
        assert_eq!(
            gender_of(lex, &words(&["mrs.", "berg"]), "Berg"),
            Some(Gender::Female)
        );
        // The first given name the lexicon knows, past a descriptor.
        assert_eq!(
            gender_of(lex, &[], "Democrat Hillary Clinton"),
            Some(Gender::Female)
        );
    }

    #[test]
    fn a_titled_surname_is_a_person() {
        let registry = scanned(&[
            "Paul Manafort arrived.",
            "The rancor was so blatant that Mr. Manafort was asked about it.",
        ]);
        let last = registry.mentions.last().unwrap();
        assert_eq!((last.name.as_str(), last.person), ("Paul Manafort", true));
        let pack = RulePack::default_pack();
        assert_eq!(
            registry.pronoun(&pack.lexicon, "he", 2),
            Some("Paul Manafort")
        );
        let alone = scanned(&["Yesterday Sen. Vox spoke."]);
        assert_eq!(alone.pronoun(&pack.lexicon, "he", 1), Some("Vox"));
    }

    #[test]
    fn titles_and_places_around_a_name_are_not_part_of_it() {
        let registry = scanned(&[
            "Secretary of State Ada Vox flew in.",
            "Yesterday Rep. Rufus Firefly of New Sylvania spoke.",
            "Then Freedonia Trade Minister Chico Marx arrived.",
            "Yesterday the ships left South Harbor.",
            // A word before the title does not keep its "of" phrase in the name.
            "Then Freedonia Secretary of War Harpo Marx spoke.",
        ]);
        let people: Vec<&str> = registry
            .mentions
            .iter()
            .filter(|m| m.person)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(
            people,
            ["Ada Vox", "Rufus Firefly", "Chico Marx", "Harpo Marx"]
        );
    }

    #[test]
    fn pronouns_agree_in_gender_when_it_is_known() {
        let registry = scanned(&[
            "Maria Vox arrived with Mr. Firefly.",
            "Yesterday Paul Marx spoke.",
        ]);
        let pack = RulePack::default_pack();
        assert_eq!(registry.pronoun(&pack.lexicon, "she", 2), Some("Maria Vox"));
        assert_eq!(registry.pronoun(&pack.lexicon, "he", 2), Some("Paul Marx"));
        // An unknown given name fits either pronoun.
        let unknown = scanned(&["Yesterday Tarek Oyelaran spoke."]);
        assert_eq!(
            unknown.pronoun(&pack.lexicon, "she", 1),
            Some("Tarek Oyelaran")
        );
    }

    #[test]
    fn the_first_capital_is_found_four_tokens_at_a_time_as_one_at_a_time() {
        let token = |capital| Token {
            span: Span::new(0, 1),
            kind: crate::text::TokenKind::Word,
            capital,
        };
        for n in 0..11 {
            for at in 0..=n {
                let tokens: Vec<Token> = (0..n).map(|k| token(k == at || k == at + 5)).collect();
                let expected = tokens.iter().position(|t| t.capital);
                assert_eq!(first_capital(&tokens), expected, "{n} {at}");
            }
        }
    }

    #[test]
    fn stems() {
        assert!(same_stem("iranian", "iran's"));
        assert!(same_stem("azerbaijani", "azerbaijan"));
        assert!(!same_stem("israel", "iran"));
        assert!(same_word("ministries", "ministry") || same_word("forces", "force"));
    }
}
