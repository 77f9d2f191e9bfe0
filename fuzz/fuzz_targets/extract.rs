//! The whole pipeline on any text: the input is split into two articles (with page
//! furniture detected as the loader does and a publication date), each is analysed
//! (claims, facts, entities, event mentions), then aligned and checked. Every span must be
//! in bounds and on character boundaries.
#![no_main]

use std::sync::LazyLock;

use crosscheck::align::{align, analyze_article};
use crosscheck::check::run_checks;
use crosscheck::extract::{extract_claims, Claim, ExtractOptions};
use crosscheck::load::{detect_furniture, FurnitureRules};
use crosscheck::rules::RulePack;
use crosscheck::{Article, PartialDate, Span};
use crosscheck_fuzz::{check_inside, check_span};
use libfuzzer_sys::fuzz_target;

static RULES: LazyLock<RulePack> = LazyLock::new(RulePack::default_pack);
static FURNITURE: LazyLock<FurnitureRules> = LazyLock::new(FurnitureRules::default_pack);

fn article(id: &str, text: &str, published: Option<PartialDate>) -> Article {
    let mut a = Article::from_text(id, text);
    a.furniture = detect_furniture(&a.text, a.body, &FURNITURE);
    a.meta.published = published;
    a
}

fn check_claim(text: &str, c: &Claim) {
    check_span(text, c.sentence, "claim sentence");
    check_span(text, c.span, "claim");
    check_span(text, c.cue.span, "cue");
    check_span(text, c.content.span, "content");
    for p in &c.content.parts {
        check_inside(text, *p, c.content.span, "content part");
    }
    if let Some(s) = &c.source {
        check_span(text, s.span, "source");
        assert_eq!(s.text, s.span.of(text), "source text is not its span");
    }
    for p in c.via.iter().chain(&c.hedges) {
        check_span(text, p.span, "via/hedge");
    }
    if c.content.parts.is_empty() {
        assert_eq!(
            c.content.text,
            c.content.span.of(text),
            "content text is not its span"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&d, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let published = match d % 4 {
        0 => None,
        1 => Some(PartialDate::Year(2020 + i16::from(d % 7))),
        2 => Some(PartialDate::Month(2023, 1 + d % 12)),
        _ => Some(PartialDate::Day(2024, 2, 1 + d % 29)),
    };
    let mut mid = text.len() / 2;
    while !text.is_char_boundary(mid) {
        mid -= 1;
    }
    let articles = [
        article("a", &text[..mid], published),
        article("b", &text[mid..], None),
    ];
    for a in &articles {
        for f in &a.furniture {
            check_inside(&a.text, *f, a.body, "furniture");
        }
        let doc = analyze_article(a, &RULES, &RULES.facts);
        for c in &extract_claims(a, &RULES, ExtractOptions { unsourced: true }) {
            check_claim(&a.text, c);
        }
        for s in &doc.sentences {
            check_inside(&a.text, s.span, Span::new(0, a.text.len()), "sentence");
        }
        for f in &doc.facts {
            check_span(&a.text, f.fact.span, "fact");
        }
    }
    let alignment = align(&articles, &RULES);
    for finding in run_checks(&alignment) {
        for account in &finding.accounts {
            let a = articles.iter().find(|a| a.id == account.article);
            let a = a.expect("a finding names an article of the set");
            check_span(&a.text, account.span(), "finding account");
        }
    }
});
