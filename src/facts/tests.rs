//! End-to-end tests of `extract_facts` on whole sentences.

use super::*;

fn facts(s: &str, published: Option<PartialDate>) -> Vec<Fact> {
    extract_facts(s, Span::new(0, s.len()), published, FactRules::builtin())
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

#[test]
fn never_panics_on_random_word_salad() {
    // Deterministic pseudo-random sentences built from rule words, numbers and odd characters,
    // so that every grammar path meets every neighbour.
    let vocab = [
        "a",
        "an",
        "another",
        "the",
        "one",
        "two",
        "forty",
        "-",
        "five",
        "hundred",
        "thousand",
        "dozen",
        "several",
        "others",
        "of",
        "more",
        "than",
        "at",
        "least",
        "about",
        "up",
        "to",
        "between",
        "and",
        "or",
        "killed",
        "killing",
        "dead",
        "death",
        "toll",
        "rose",
        "injured",
        "injuring",
        "were",
        "was",
        "people",
        "guard",
        "guards",
        "'s",
        "’s",
        "'",
        ",",
        ".",
        ":",
        "43",
        "1,000",
        "6.1",
        "2023",
        "07",
        "37",
        "3.45",
        "pm",
        "p.m.",
        "GMT",
        "UTC",
        "+",
        "3:30",
        "local",
        "time",
        "January",
        "Jan.",
        "27",
        "27th",
        "May",
        "Wednesday",
        "last",
        "year",
        "years",
        "ago",
        "later",
        "earlier",
        "this",
        "week",
        "autumn",
        "early",
        "mid",
        "minutes",
        "km",
        "m",
        "metres",
        "tall",
        "magnitude",
        "M",
        "aged",
        "year-old",
        "%",
        "percent",
        "$",
        "€",
        "5m",
        "bn",
        "million",
        "dollars",
        "drills",
        "three",
        "military",
        "Chief",
        "Orkhan",
        "Askerov",
        "including",
        "neither",
        "no",
        "one",
        "not",
        "noon",
        "é",
        "—",
        "🙂",
        "\u{200b}",
        "(",
        ")",
        "another’s",
        "injury",
    ];
    let r = FactRules::builtin();
    let pubs = [
        None,
        Some(PartialDate::Month(2022, 10)),
        Some(PartialDate::Day(2023, 3, 31)),
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for k in 0..4000 {
        let len = (next() % 24) as usize + 1;
        let mut s = String::new();
        for _ in 0..len {
            let w = vocab[(next() % vocab.len() as u64) as usize];
            match next() % 3 {
                0 => {}
                _ => s.push(' '),
            }
            s.push_str(w);
        }
        let facts = extract_facts(&s, Span::new(0, s.len()), pubs[k % pubs.len()], r);
        for f in &facts {
            assert!(
                f.span.end <= s.len()
                    && s.is_char_boundary(f.span.start)
                    && s.is_char_boundary(f.span.end)
            );
            let _ = f.value.clone();
            let _ = serde_json::to_string(f).unwrap();
        }
        assert!(facts
            .windows(2)
            .all(|w| (w[0].span.start, w[0].span.end) <= (w[1].span.start, w[1].span.end)));
    }
}
