//! Counts tied to a role: "40 people were killed", "killing a guard", "injuring several
//! others", "one security guard's death", "the death toll rose to 43".
//!
//! Only numbers tied to a role word are counts; everything else ("1,000 operatives", "in
//! 2020", "30-year history") is left alone. The grammar shapes are:
//!
//! - subject: `[number] [of the]? [noun]* ('s [role noun] | [filler]* [participle] | [role noun])`
//! - counted: `[number] [modifier]* [counted noun]` ("three military drills")
//! - verb:    `[verb] [object]` where the object is a number phrase, "others", a definite noun
//!   phrase, a name or a bare plural
//! - noun:    `[role noun] of [object]` ("the detention of hundreds of individuals")
//! - toll:    `[toll] [link]* [number]` ("death toll has risen to 43")
//! - definite subject: `[the NP | Name] ('s [role noun] | [filler]* [participle])`

use super::number::{NumKind, NumPhrase};
use super::phrase::flag;
use super::rules::FactRules;
use super::tokens::{Kind, Toks};
use super::{Claim, Fact, FactValue, Interval};

/// Flags of words that cannot be part of a counted noun phrase.
const NOT_NOUN: u64 = flag::BREAKER
    | flag::FILLER
    | flag::DET
    | flag::PARTICIPLE
    | flag::VERB
    | flag::ROLE_NOUN
    | flag::TOLL
    | flag::ARTICLE
    | flag::NUM_WORD
    | flag::VAGUE
    | flag::QUAL_BEFORE
    | flag::PASSIVE
    | flag::PARTITIVE;

/// Flags of words that may start a number phrase.
pub(crate) const NUM_START: u64 =
    flag::NUM | flag::NUM_WORD | flag::VAGUE | flag::ARTICLE | flag::QUAL_BEFORE | flag::BETWEEN;

/// Flags of capitalized words that cannot start or continue a name.
const NOT_NAME: u64 = NOT_NOUN | flag::MONTH | flag::WEEKDAY | flag::PLURAL_PRON | flag::RELATIVE;

struct Cand {
    prio: u8,
    role: usize,
    n: Interval,
    subject: Option<(usize, usize)>,
    start: usize,
    end: usize,
}

/// A counted object: the interval, where it ends, and the subject's token range.
type Object = (Interval, usize, Option<(usize, usize)>);

struct Cx<'a, 't> {
    t: &'a Toks<'t>,
    r: &'a FactRules,
    claimed: &'a [Claim],
    cands: Vec<Cand>,
}

/// A noun phrase after a determiner: where it ends and its head word.
struct Np {
    head: usize,
    end: usize,
}

pub(crate) fn extract(t: &Toks, r: &FactRules, claimed: &[Claim], out: &mut Vec<Fact>) {
    let mut cx = Cx {
        t,
        r,
        claimed,
        cands: Vec::new(),
    };
    for (i, &claim) in claimed.iter().enumerate().take(t.len()) {
        if claim != Claim::Free {
            continue;
        }
        let f = t.flags(i);
        if f & flag::TOLL != 0 {
            cx.toll(i);
        }
        if f & flag::ROLE_NOUN != 0 {
            cx.noun_of(i);
        }
        if f & flag::VERB != 0 {
            cx.verb(i);
        }
        cx.subject(i);
        if f & flag::DET != 0 || (t.cap(i) && t.is(i, Kind::Word)) {
            cx.definite_subject(i);
        }
    }
    let mut cands = cx.cands;
    cands.sort_by_key(|c| (c.prio, c.start, std::cmp::Reverse(c.end)));
    let mut kept: Vec<Cand> = Vec::new();
    for c in cands {
        let clash = kept
            .iter()
            .any(|k| k.role == c.role && k.start < c.end && c.start < k.end);
        if !clash {
            kept.push(c);
        }
    }
    for c in kept {
        out.push(Fact {
            span: t.span(c.start, c.end),
            value: FactValue::Count {
                role: r.roles[c.role].role.clone(),
                n: c.n,
                subject: c.subject.map(|(a, b)| t.text_of(a, b).to_string()),
            },
        });
    }
}

impl Cx<'_, '_> {
    fn free(&self, a: usize, b: usize) -> bool {
        a <= b && b <= self.claimed.len() && self.claimed[a..b].iter().all(|&c| c == Claim::Free)
    }

    fn emit(
        &mut self,
        prio: u8,
        role: usize,
        n: Interval,
        subject: Option<(usize, usize)>,
        start: usize,
        end: usize,
    ) {
        if end > start && !n.is_empty() {
            self.cands.push(Cand {
                prio,
                role,
                n,
                subject,
                start,
                end,
            });
        }
    }

    fn is_ly(&self, i: usize) -> bool {
        let t = self.t;
        let w = t.low(i);
        t.is(i, Kind::Word)
            && !t.cap(i)
            && w.len() >= 5
            && w.ends_with("ly")
            && t.flags(i) & (flag::PARTICIPLE | flag::VERB | flag::ROLE_NOUN) == 0
    }

    fn plain_noun(&self, i: usize) -> bool {
        let t = self.t;
        if !t.is(i, Kind::Word) || self.claimed.get(i) != Some(&Claim::Free) {
            return false;
        }
        let mut not = NOT_NOUN;
        if t.cap(i) {
            not |= flag::MONTH | flag::WEEKDAY;
        }
        t.flags(i) & not == 0
    }

    /// A word that can be part of a counted noun phrase. An "-ly" word is an adverb unless a
    /// noun follows ("family members" vs "people reportedly killed").
    fn noun_word(&self, i: usize) -> bool {
        self.plain_noun(i) && (!self.is_ly(i) || self.plain_noun(i + 1))
    }

    /// End of the noun words starting at `i` (a measure such as "34-year-old" may lead).
    fn noun_run(&self, i: usize) -> usize {
        let t = self.t;
        let mut k = i;
        let mut n = 0;
        while k < t.len() {
            if n == 0 && self.claimed[k] == Claim::Measure {
                k += 1;
                continue;
            }
            if n < self.r.max_noun_words && self.noun_word(k) {
                k += 1;
                n += 1;
                if t.is_join(k) && self.noun_word(k + 1) {
                    k += 1;
                }
                continue;
            }
            break;
        }
        if n == 0 {
            i
        } else {
            k
        }
    }

    /// Skips a subset aside after a subject: "four people, including two children, were
    /// killed" and "four people including two children were killed".
    fn skip_subset(&self, k: usize) -> usize {
        let t = self.t;
        if t.low(k) == "," && t.has(k + 1, flag::SUBSET) {
            for e in k + 2..(k + 12).min(t.len()) {
                match t.low(e) {
                    "," => return e + 1,
                    "." | ";" | ":" => return k,
                    _ => {}
                }
            }
            return k;
        }
        if t.has(k, flag::SUBSET) {
            if let Some(n) = self.count_number(k + 1) {
                let (_, end) = match self.after_number(&n) {
                    Some(x) => x,
                    None => return k,
                };
                return end;
            }
        }
        k
    }

    fn fillers(&self, k: usize) -> usize {
        let mut m = k;
        let mut c = 0;
        while c < self.r.max_fillers
            && (self.t.has(m, flag::FILLER | flag::PASSIVE) || self.is_ly(m))
        {
            m += 1;
            c += 1;
        }
        m
    }

    fn has_passive(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.t.has(i, flag::PASSIVE))
    }

    fn plural(&self, i: usize) -> bool {
        let t = self.t;
        if t.has(i, flag::IRREG_PLURAL | flag::PLURAL_PRON) {
            return true;
        }
        if t.has(i, flag::SINGULAR_S) {
            return false;
        }
        let w = t.low(i);
        w.len() >= 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
    }

    /// A number phrase that may be a count: unclaimed and not part of a word ("COVID-19").
    fn count_number(&self, i: usize) -> Option<NumPhrase> {
        let t = self.t;
        if !t.has(i, NUM_START) {
            return None;
        }
        let n = t.num_at(i, self.r)?;
        if !self.free(n.start, n.end) || (t.is(n.core, Kind::Num) && t.num_glued_to_word(n.core)) {
            return None;
        }
        // "12%" or "3:1" belong to something else.
        if t.glued(n.end)
            && t.is(n.end, Kind::Punct)
            && !matches!(t.low(n.end), "," | "." | ";" | ")")
        {
            return None;
        }
        Some(n)
    }

    /// The noun after a number: "of the guards", "security guards", or nothing. Returns the
    /// subject range and where the phrase ends; `None` for an article with no noun.
    fn after_number(&self, n: &NumPhrase) -> Option<(Option<(usize, usize)>, usize)> {
        let t = self.t;
        let mut j = n.end;
        while t.has(j, flag::MORE) {
            j += 1;
        }
        if t.has(j, flag::PARTITIVE) {
            let mut p = j + 1;
            if t.has(p, flag::DET) {
                p += 1;
            }
            // "one of the two guards", "neither of the 40 passengers"
            if let Some(inner) = self.count_number(p).filter(|m| m.kind != NumKind::Article) {
                p = inner.end;
            }
            if t.has(p, flag::PLURAL_PRON) {
                return Some((Some((p, p + 1)), p + 1));
            }
            let k = self.noun_run(p);
            if k > p {
                return Some((Some((p, k)), k));
            }
        }
        let k = self.noun_run(j);
        if k > j {
            return Some((Some((j, k)), k));
        }
        if n.kind == NumKind::Article && !t.has(n.core, flag::STANDALONE) {
            return None;
        }
        Some((None, j))
    }

    /// A definite noun phrase starting at `p` (after its determiner): "head of the
    /// embassy's security", "embassy's guards".
    fn definite_np(&self, p: usize) -> Option<Np> {
        let t = self.t;
        let mut end = self.noun_run(p);
        if end == p {
            return None;
        }
        let mut head = end - 1;
        while t.is(end, Kind::Poss) {
            let k = self.noun_run(end + 1);
            if k == end + 1 || t.has(end + 1, flag::ROLE_NOUN) {
                break;
            }
            head = k - 1;
            end = k;
        }
        if t.has(end, flag::PARTITIVE) {
            let mut q = end + 1;
            if t.has(q, flag::DET) {
                q += 1;
            }
            let k = self.noun_run(q);
            if k > q {
                end = k;
                while t.is(end, Kind::Poss) {
                    let k = self.noun_run(end + 1);
                    if k == end + 1 {
                        break;
                    }
                    end = k;
                }
            }
        }
        Some(Np { head, end })
    }

    fn name_word(&self, i: usize) -> bool {
        let t = self.t;
        t.is(i, Kind::Word)
            && t.cap(i)
            && self.claimed.get(i) == Some(&Claim::Free)
            && t.flags(i) & NOT_NAME == 0
    }

    /// A person's name or title: "Orkhan Askerov", "Chief of Security Orkhan Askerov".
    fn name(&self, j: usize) -> Option<usize> {
        let t = self.t;
        if !self.name_word(j) {
            return None;
        }
        let mut k = j;
        let mut last = j;
        let mut words = 0;
        loop {
            if self.name_word(k) {
                last = k;
                words += 1;
                k += 1;
                if t.is_join(k) && self.name_word(k + 1) {
                    k += 1;
                }
                continue;
            }
            if words > 0 && t.has(k, flag::NAME_CONN) && !t.cap(k) && self.name_word(k + 1) {
                k += 1;
                continue;
            }
            break;
        }
        // A lone capitalized plural is a group ("Iranians"), not one person.
        if words == 1 && self.plural(j) {
            return None;
        }
        Some(last + 1)
    }

    /// The object of a role verb or of "[role noun] of".
    fn object_at(&self, j: usize, role: usize) -> Option<Object> {
        let t = self.t;
        let def = &self.r.roles[role];
        if t.has(j, flag::PLURAL_PRON) && self.free(j, j + 1) {
            return Some((Interval::at_least(2.0), j + 1, Some((j, j + 1))));
        }
        if let Some(n) = self.count_number(j) {
            if n.kind == NumKind::Article && !def.articles {
                return None;
            }
            let (subj, end) = self.after_number(&n)?;
            return Some((n.iv, end, subj));
        }
        if !def.objects {
            return None;
        }
        let one = Interval::exact(1.0);
        let some = Interval::at_least(2.0);
        if t.has(j, flag::DET) {
            let np = self.definite_np(j + 1)?;
            let n = if self.plural(np.head) { some } else { one };
            return Some((n, np.end, Some((j + 1, np.end))));
        }
        if let Some(end) = self.name(j) {
            return Some((one, end, Some((j, end))));
        }
        // A bare plural ("kill jobs", "killing civilians") is too often figurative or
        // generic to count.
        None
    }

    /// Whether something that reads as an object follows `e`, making a participle an active
    /// verb ("two gunmen killed a guard": the gunmen were not killed).
    fn object_follows(&self, e: usize) -> bool {
        let t = self.t;
        if !self.free(e, e + 1) {
            return false;
        }
        t.has(e, flag::PLURAL_PRON | flag::DET)
            || self.count_number(e).is_some()
            || self.name(e).is_some()
    }

    /// `[filler]* [participle]` after a subject ending at `k`: the role and the end.
    fn participle_after(&self, k: usize) -> Option<(usize, usize)> {
        let m = self.fillers(k);
        let (&role, e) = self.r.participles.longest(self.t, m)?;
        if !self.free(m, e) {
            return None;
        }
        let active = !self.has_passive(k, m)
            && self.r.verbs.longest(self.t, m).is_some()
            && self.object_follows(e);
        (!active).then_some((role, e))
    }

    fn subject(&mut self, i: usize) {
        let t = self.t;
        let Some(n) = self.count_number(i) else {
            return;
        };
        // "a third of the 300 staff", "including two children": the number counts a whole
        // or a part, not the people the role applies to.
        let before = |k: usize| i.checked_sub(k).map_or(0, |p| t.flags(p));
        if before(1) & (flag::PARTITIVE | flag::SUBSET) != 0
            || (before(1) & flag::DET != 0 && before(2) & flag::PARTITIVE != 0)
        {
            return;
        }
        let Some((subj, mut k)) = self.after_number(&n) else {
            return;
        };
        k = self.skip_subset(k);
        let article = n.kind == NumKind::Article;
        let allowed = |cx: &Self, role: usize| !article || cx.r.roles[role].articles;
        // "one security guard's death", "another's injury"
        if t.is(k, Kind::Poss) {
            if let Some((&role, e)) = self.r.role_nouns.longest(t, k + 1) {
                if allowed(self, role) {
                    self.emit(3, role, n.iv, subj, i, e);
                }
                return;
            }
        }
        // "three military drills": the counted noun closes the phrase.
        if let Some((s0, s1)) = subj {
            let mut best = None;
            for p in s0..s1 {
                if let Some((&role, e)) = self.r.counted.longest(t, p) {
                    if e <= s1 {
                        best = Some((role, e));
                    }
                }
            }
            if let Some((role, e)) = best {
                if allowed(self, role) {
                    self.emit(3, role, n.iv, Some((s0, e)), i, e);
                }
            }
        }
        if let Some((role, e)) = self.participle_after(k) {
            if allowed(self, role) {
                self.emit(3, role, n.iv, subj, i, e);
            }
            return;
        }
        // "43 deaths", "two civilian deaths"
        if let Some((&role, e)) = self.r.role_nouns.longest(t, k) {
            if allowed(self, role) && !article {
                self.emit(3, role, n.iv, subj, i, e);
            }
        }
    }

    fn verb(&mut self, v: usize) {
        let t = self.t;
        let Some((&role, e)) = self.r.verbs.longest(t, v) else {
            return;
        };
        // "were killed 40 km away" has no object; "the wound" and "a murder" are nouns;
        // "had not expelled" did not happen.
        let before = |k: usize| v.checked_sub(k).map_or(0, |p| t.flags(p));
        if before(1) & (flag::PASSIVE | flag::DET | flag::ARTICLE | flag::NEGATION) != 0
            || before(2) & flag::NEGATION != 0
            || !self.free(v, e)
        {
            return;
        }
        if let Some((n, end, subj)) = self.object_at(e, role) {
            self.emit(2, role, n, subj, v, end);
        }
    }

    fn noun_of(&mut self, i: usize) {
        let t = self.t;
        let Some((&role, e)) = self.r.role_nouns.longest(t, i) else {
            return;
        };
        if !t.has(e, flag::PARTITIVE) || !self.free(i, e) {
            return;
        }
        if let Some((n, end, subj)) = self.object_at(e + 1, role) {
            self.emit(1, role, n, subj, i, end);
        }
    }

    fn toll(&mut self, i: usize) {
        let t = self.t;
        let Some((&role, e)) = self.r.tolls.longest(t, i) else {
            return;
        };
        for k in e..=e + self.r.max_toll_links {
            if let Some(n) = self.count_number(k) {
                if n.kind != NumKind::Article {
                    self.emit(0, role, n.iv, None, i, n.end);
                }
                return;
            }
            if !t.has(k, flag::TOLL_LINK) {
                return;
            }
        }
    }

    /// "The guard was killed", "Orkhan Askerov was murdered", "the guard's death".
    fn definite_subject(&mut self, i: usize) {
        let t = self.t;
        let (np_start, end, head) = if t.has(i, flag::DET) {
            match self.definite_np(i + 1) {
                Some(np) => (i + 1, np.end, np.head),
                None => return,
            }
        } else {
            if i > 0 && (self.name_word(i - 1) || t.has(i - 1, flag::NAME_CONN)) {
                return; // inside a longer name
            }
            match self.name(i) {
                Some(end) => (i, end, i),
                None => return,
            }
        };
        let n = if t.has(i, flag::DET) && self.plural(head) {
            Interval::at_least(2.0)
        } else {
            Interval::exact(1.0)
        };
        let subj = Some((np_start, end));
        if t.is(end, Kind::Poss) {
            if let Some((&role, e)) = self.r.role_nouns.longest(t, end + 1) {
                if self.r.roles[role].objects {
                    self.emit(4, role, n, subj, i, e);
                }
                return;
            }
        }
        if let Some((role, e)) = self.participle_after(end) {
            if self.r.roles[role].objects {
                self.emit(4, role, n, subj, i, e);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::facts::{extract_facts, FactRules, FactValue};
    use crate::span::Span;

    /// Counts as (span text, role, interval, subject).
    fn counts(s: &str) -> Vec<(String, String, String, Option<String>)> {
        extract_facts(s, Span::new(0, s.len()), None, FactRules::builtin())
            .into_iter()
            .filter_map(|f| match f.value {
                FactValue::Count { role, n, subject } => Some((
                    f.span.of(s).to_string(),
                    role.to_string(),
                    n.to_string(),
                    subject,
                )),
                _ => None,
            })
            .collect()
    }

    fn roles(s: &str) -> Vec<(String, String)> {
        counts(s).into_iter().map(|c| (c.1, c.2)).collect()
    }

    fn rn(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn consulate_attack_counts() {
        let s = "A gunman stormed the consulate, killing a guard and injuring several others.";
        let c = counts(s);
        assert_eq!(
            roles(s),
            rn(&[("killed", "1"), ("injured", ">= 2")]),
            "{c:?}"
        );
        assert_eq!(c[0].0, "killing a guard");
        assert_eq!(c[0].3.as_deref(), Some("guard"));
        assert_eq!(c[1].0, "injuring several others");
    }

    #[test]
    fn left_dead_and_another_injured() {
        let s = "The raid, which left one guard dead and another injured, lasted minutes.";
        assert_eq!(roles(s), rn(&[("killed", "1"), ("injured", "1")]));
    }

    #[test]
    fn possessive_role_nouns() {
        let s = "The assault ended in one watchman’s death and another’s injury.";
        let c = counts(s);
        assert_eq!(roles(s), rn(&[("killed", "1"), ("injured", "1")]));
        assert_eq!(c[0].0, "one watchman’s death");
        assert_eq!(c[0].3.as_deref(), Some("watchman"));
        assert_eq!(c[1].0, "another’s injury");
    }

    #[test]
    fn definite_and_named_objects_count_one() {
        assert_eq!(
            roles("A man opened fire, killing the head of the mission's security."),
            rn(&[("killed", "1")])
        );
        let s =
        "An assailant entered, murdering Deputy Consul Ivan Petrov and injuring several others.";
        let c = counts(s);
        assert_eq!(roles(s), rn(&[("killed", "1"), ("injured", ">= 2")]));
        assert_eq!(c[0].3.as_deref(), Some("Deputy Consul Ivan Petrov"));
        let s = "A gunman storms the building, kills the head of security, injures others.";
        assert_eq!(roles(s), rn(&[("killed", "1"), ("injured", ">= 2")]));
        assert_eq!(
            roles("Soldiers killed the guards."),
            rn(&[("killed", ">= 2")])
        );
    }

    #[test]
    fn number_before_role() {
        assert_eq!(
            roles("At least 43 people were killed in the blast."),
            rn(&[("killed", ">= 43")])
        );
        assert_eq!(
            roles("More than 40 people were reportedly killed."),
            rn(&[("killed", "> 40")])
        );
        assert_eq!(
            roles("Officials said 43 dead and 12 wounded."),
            rn(&[("killed", "43"), ("injured", "12")])
        );
        assert_eq!(
            roles("About 40 civilians were killed."),
            rn(&[("killed", "36..=44")])
        );
        assert_eq!(
            roles("Up to 30 people were detained."),
            rn(&[("detained", "<= 30")])
        );
        assert_eq!(roles("Forty people died."), rn(&[("killed", "40")]));
        assert_eq!(
            roles("Two security guards were critically injured."),
            rn(&[("injured", "2")])
        );
        assert_eq!(roles("A guard was injured."), rn(&[("injured", "1")]));
        assert_eq!(
            roles("One of the guards was killed."),
            rn(&[("killed", "1")])
        );
        assert_eq!(
            roles("An Iranian military commander was killed early Friday."),
            rn(&[("killed", "1")])
        );
        assert_eq!(roles("There were 43 deaths."), rn(&[("killed", "43")]));
        assert_eq!(roles("No one was hurt."), rn(&[("injured", "0")]));
        assert_eq!(roles("Dozens were wounded."), rn(&[("injured", ">= 24")]));
        assert_eq!(
            roles("Two or three people were arrested."),
            rn(&[("arrested", "2..=3")])
        );
    }

    #[test]
    fn verb_then_number() {
        assert_eq!(
            roles("The blast killed 40 people and injured 1,000."),
            rn(&[("killed", "40"), ("injured", "1000")])
        );
        assert_eq!(
            roles("Police arrested two dozen protesters."),
            rn(&[("arrested", "24")])
        );
        assert_eq!(
            roles("Troops detained hundreds of people."),
            rn(&[("detained", ">= 200")])
        );
        // The subject of an active verb is not its victim.
        assert_eq!(roles("Two gunmen killed a guard."), rn(&[("killed", "1")]));
    }

    #[test]
    fn role_noun_of_object_and_tolls() {
        assert_eq!(
            roles("It led to the death of 3 people."),
            rn(&[("killed", "3")])
        );
        assert_eq!(
            roles("The sweep resulted in the detention of hundreds of individuals as suspects."),
            rn(&[("detained", ">= 200")])
        );
        assert_eq!(roles("The death toll rose to 43."), rn(&[("killed", "43")]));
        assert_eq!(
            roles("The death toll has risen to at least 43."),
            rn(&[("killed", ">= 43")])
        );
        assert_eq!(roles("a toll of 43"), rn(&[("killed", "43")]));
        assert!(roles("They imposed large tolls on heavy vehicles.").is_empty());
    }

    #[test]
    fn counted_things() {
        let s = "Iran conducted three military drills along its border.";
        let c = counts(s);
        assert_eq!(roles(s), rn(&[("drills", "3")]));
        assert_eq!(c[0].3.as_deref(), Some("military drills"));
        assert_eq!(
            roles("They fired dozens of shells."),
            rn(&[("shells", ">= 24")])
        );
        assert_eq!(
            roles("Hundreds of people were sheltering in the metro."),
            rn(&[("sheltering", ">= 200")])
        );
        assert_eq!(
            roles("The ministry expelled four diplomats."),
            rn(&[("expelled", "4")])
        );
        assert_eq!(
            roles("Azerbaijan evacuated 53 embassy staff."),
            rn(&[("evacuated", "53")])
        );
        // "evacuated" counts no bare noun phrase: the embassy is not one evacuee.
        assert!(roles("Azerbaijan evacuated its embassy.").is_empty());
    }

    #[test]
    fn numbers_that_are_not_counts() {
        for s in [
            "In 2020, the war with Armenia ended.",
            "It was the first time in its 30-year history of independence.",
            "There were 1,000 Israeli operatives and 1,800 ISIS ones, he claimed.",
            "One of the most important allies is Turkey.",
            "The 2021 election of a hardline president raised tensions.",
            "Police arrived 40 minutes after the violence began.",
            "The 30 million Azerbaijanis who live there were inspired.",
            "The third guard was unharmed.",
            "A COVID-19 outbreak killed.",
            "The wound festers still.",
            "It was a murder most foul.",
            "The ministry said it had not expelled any diplomats.",
            "About a third of the 300 staff were evacuated.",
        ] {
            assert!(counts(s).is_empty(), "{s}: {:?}", counts(s));
        }
    }
}
