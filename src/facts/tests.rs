//! End-to-end tests of `extract_facts` on whole sentences.

use super::*;

fn facts(s: &str, published: Option<PartialDate>) -> Vec<Fact> {
    extract_facts(s, Span::new(0, s.len()), published, FactRules::builtin())
}

/// Counts as (span text, role, interval, subject).
fn counts(s: &str) -> Vec<(String, String, String, Option<String>)> {
    facts(s, None)
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

#[test]
fn year_like_numbers_can_be_counts() {
    let s = "2000 people were killed";
    let f = facts(s, None);
    assert_eq!(f.len(), 1, "{f:?}");
    assert!(matches!(&f[0].value, FactValue::Count { n, .. } if n.to_string() == "2000"));
    let s = "In 2020 people protested.";
    assert!(matches!(&facts(s, None)[0].value, FactValue::Date(_)));
}

#[test]
fn durations_written_both_ways_agree() {
    let a = "Police arrived 40 minutes later.";
    let b = "Police showed up after forty minutes.";
    let get = |s: &str| {
        facts(s, None)
            .into_iter()
            .find_map(|f| match f.value {
                FactValue::Measure {
                    quantity: Quantity::Duration,
                    value,
                    ..
                } => Some(value),
                _ => None,
            })
            .unwrap()
    };
    assert_eq!(get(a), Interval::exact(2400.0));
    assert_eq!(get(b), Interval::exact(2400.0));
}

#[test]
fn dates_against_publication() {
    let p = Some(PartialDate::Day(2023, 3, 31));
    let date = |s: &str, p| {
        facts(s, p)
            .into_iter()
            .find_map(|f| match f.value {
                FactValue::Date(d) => {
                    Some((d.earliest.to_string(), d.latest.to_string(), d.precision))
                }
                _ => None,
            })
            .unwrap()
    };
    assert_eq!(
        date("The minister visited last October.", p),
        ("2022-10-01".into(), "2022-10-31".into(), Precision::Month)
    );
    assert_eq!(
        date("It escalated in January when a man attacked.", p),
        ("2023-01-01".into(), "2023-01-31".into(), Precision::Month)
    );
    assert_eq!(
        date(
            "Last year, tensions spiked.",
            Some(PartialDate::Month(2022, 10))
        ),
        ("2021-01-01".into(), "2021-12-31".into(), Precision::Year)
    );
    assert_eq!(
        date("In 2021, Iran held exercises.", p),
        ("2021-01-01".into(), "2021-12-31".into(), Precision::Year)
    );
}

#[test]
fn mixed_sentence_is_sorted_and_spans_are_inside() {
    let text = "Intro. On January 27, 2023, at 8:30 a.m. local time, an armed man killed 1 guard, \
                and police came 40 minutes later. Outro.";
    let start = text.find("On").unwrap();
    let end = text.find(" Outro").unwrap();
    let sentence = Span::new(start, end);
    let f = extract_facts(text, sentence, None, FactRules::builtin());
    let kinds: Vec<&str> = f
        .iter()
        .map(|f| match &f.value {
            FactValue::Count { .. } => "count",
            FactValue::Measure { .. } => "measure",
            FactValue::Date(_) => "date",
            FactValue::Time(_) => "time",
        })
        .collect();
    assert_eq!(kinds, ["date", "time", "count", "measure"], "{f:#?}");
    assert!(f.windows(2).all(|w| w[0].span <= w[1].span));
    for x in &f {
        assert!(sentence.contains(x.span));
    }
    assert_eq!(f[1].span.of(text), "8:30 a.m. local time");
}

#[test]
fn serializes_to_json() {
    let f = facts("A guard was killed on 2023-01-27.", None);
    let j = serde_json::to_string(&f).unwrap();
    assert!(j.contains(r#""kind":"count""#), "{j}");
    assert!(j.contains(r#""role":"killed""#), "{j}");
    assert!(j.contains(r#""earliest":"2023-01-27""#), "{j}");
}

#[test]
fn user_rules_add_roles_without_code() {
    let user = "[[roles]]\nname = \"rescued\"\nparticiples = [\"rescued\", \"pulled alive\"]\nverbs = [\"rescued\"]\narticles = true\n";
    let r = FactRules::default_with(user, "user.toml").unwrap();
    let s = "Twelve miners were pulled alive from the rubble.";
    let f = extract_facts(s, Span::new(0, s.len()), None, &r);
    assert!(
        matches!(&f[0].value, FactValue::Count { role, n, .. } if *role == "rescued" && n.to_string() == "12"),
        "{f:?}"
    );
}

#[test]
fn bad_sentence_spans_are_clipped() {
    let s = "héllo 40 people were killed";
    let r = FactRules::builtin();
    assert!(extract_facts(s, Span::new(2, 2), None, r).is_empty());
    assert!(extract_facts(s, Span::new(50, 60), None, r).is_empty());
    assert!(extract_facts(s, Span::new(9, 3), None, r).is_empty());
    // Starts inside "é": clipped to the next boundary.
    let f = extract_facts(s, Span::new(2, 999), None, r);
    assert_eq!(f.len(), 1);
}

#[test]
fn never_panics_on_messy_unicode() {
    let messy = "Ünïcödé — “43” killed; 1,00,0 ’s ’ $€£¥₽₼ 3.45.6pm 07:37:99 GMT+99:99 UTC-3:3 \
                 २०२३ 2023-13-45 Jan. 32, 2023 ٤٣ قتلى 🙂🙂 at least at most -- 40-50-60 \
                 forty-five-hundred a a a another’s ’s’s M6.1M magnitude magnitude 6.1-magnitude- \
                 0x1F 1e9 9999999999999999999999 killed killed killing the the, Mr. A. B. C. \
                 between and between 5 and the death toll toll of of more than more than \
                 last last Wednesday yesterday 99 years ago 1e308 years ago 10000000 years ago \
                 twenty twenty twenty-twenty hundred thousand million billion trillion dozen \u{0}\u{200b}\u{feff}\
                 \r\n\t p.m.p.m. a.m 12am 0pm 13:60 24:00 (GMT) ( GMT ) UTC+ IRST+3:30 €3bnm $5mk";
    let r = FactRules::builtin();
    let pubs = [
        None,
        Some(PartialDate::Year(2023)),
        Some(PartialDate::Month(2022, 10)),
        Some(PartialDate::Day(2023, 3, 31)),
        Some(PartialDate::Day(-9999, 1, 1)),
        Some(PartialDate::Year(9999)),
    ];
    let bounds: Vec<usize> = (0..=messy.len())
        .filter(|&i| messy.is_char_boundary(i))
        .collect();
    let mut n = 0usize;
    for (ai, &a) in bounds.iter().enumerate() {
        // Every start, with ends at a spread of lengths (full quadratic is too slow in debug).
        for &b in bounds[ai..]
            .iter()
            .step_by(7)
            .chain(std::iter::once(&messy.len()))
        {
            let p = pubs[n % pubs.len()];
            n += 1;
            for f in extract_facts(messy, Span::new(a, b), p, r) {
                assert!(
                    a <= f.span.start && f.span.end <= b,
                    "span {:?} outside {a}..{b}",
                    f.span
                );
                let _ = f.span.of(messy);
            }
        }
    }
    // Out-of-range and reversed spans, and spans inside multi-byte characters.
    for (a, b) in [
        (0, usize::MAX),
        (usize::MAX, 0),
        (1, 2),
        (messy.len(), messy.len() + 5),
    ] {
        let _ = extract_facts(messy, Span::new(a, b), None, r);
    }
    for s in [
        "",
        " ",
        "-",
        "'s",
        "$",
        "€",
        "M",
        "a",
        "0",
        "00:00",
        "magnitude",
    ] {
        let _ = extract_facts(
            s,
            Span::new(0, s.len()),
            Some(PartialDate::Day(2023, 1, 1)),
            r,
        );
        let _ = parse_number_phrase(s, r);
    }
}
