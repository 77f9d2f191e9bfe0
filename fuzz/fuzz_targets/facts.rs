//! The number, date, time and measure readers on any text, with any publication date and
//! any (even out-of-range or mid-character) sentence span: facts must lie inside the
//! sentence, on character boundaries, sorted, with sane intervals.
#![no_main]

use crosscheck::facts::{extract_facts, parse_number_phrase, FactRules};
use crosscheck::{PartialDate, Span};
use crosscheck_fuzz::{check_inside, check_span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 4 {
        return;
    }
    let (head, rest) = data.split_at(4);
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let rules = FactRules::builtin();

    // The number phrase reader on the whole text, and on a window from each word start
    // (the window keeps the harness linear: each call tokenizes all it is given).
    for (i, _) in text
        .char_indices()
        .filter(|&(i, _)| i == 0 || text[..i].ends_with(' '))
    {
        let mut end = (i + 96).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let s = if i == 0 { text } else { &text[i..end] };
        if let Some((iv, used)) = parse_number_phrase(s, rules) {
            assert!(used <= s.len(), "consumed {used} bytes of {}", s.len());
            assert!(s.is_char_boundary(used), "consumed up to mid-character");
            assert!(!iv.lo.is_nan() && !iv.hi.is_nan(), "NaN interval {iv:?}");
        }
    }

    // ISO dates as in front matter and manifests.
    let _ = PartialDate::parse_iso(text);

    let published = match head[0] % 4 {
        0 => None,
        1 => Some(PartialDate::Year(1900 + i16::from(head[1]))),
        2 => Some(PartialDate::Month(
            1990 + i16::from(head[1] % 64),
            1 + head[2] % 12,
        )),
        _ => Some(PartialDate::Day(
            1990 + i16::from(head[1] % 64),
            1 + head[2] % 12,
            1 + head[3] % 28,
        )),
    };
    // Usually the whole text; sometimes an arbitrary (possibly invalid) span.
    let sentence = if head[0] & 0x80 == 0 {
        Span::new(0, text.len())
    } else {
        let a = usize::from(head[2]) * text.len() / 256;
        let b = usize::from(head[3]) * text.len() / 200;
        Span::new(a, b)
    };
    let facts = extract_facts(text, sentence, published, rules);
    for w in facts.windows(2) {
        assert!(
            w[0].span <= w[1].span,
            "facts not sorted: {:?} {:?}",
            w[0].span,
            w[1].span
        );
    }
    for f in &facts {
        if sentence.end <= text.len() && sentence.start <= sentence.end {
            check_inside(text, f.span, sentence, "fact");
        } else {
            check_span(text, f.span, "fact");
        }
    }
});
