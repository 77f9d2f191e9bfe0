//! The text layer on any string: paragraphs, quotations, sentences and tokens must be in
//! bounds, on character boundaries, nested in their containers and in order.
#![no_main]

use std::sync::LazyLock;

use crosscheck::rules::RulePack;
use crosscheck::text::{find_quotes, paragraphs, sentences, tokenize, Abbreviations};
use crosscheck::Span;
use crosscheck_fuzz::{check_inside, check_ordered, check_span};
use libfuzzer_sys::fuzz_target;

static ABBREVIATIONS: LazyLock<Abbreviations> =
    LazyLock::new(|| RulePack::default_pack().abbreviations);

fuzz_target!(|text: &str| {
    let body = Span::new(0, text.len());
    let paras = paragraphs(text, body);
    check_ordered(&paras, "paragraph");
    for &para in &paras {
        check_inside(text, para, body, "paragraph");
        let quotes = find_quotes(text, para);
        for q in &quotes {
            check_inside(text, q.span, para, "quote");
            check_inside(text, q.inner, q.span, "quote inner");
        }
        check_ordered(&quotes.iter().map(|q| q.span).collect::<Vec<_>>(), "quote");
        let sents = sentences(text, para, &quotes, &ABBREVIATIONS);
        check_ordered(&sents, "sentence");
        for &s in &sents {
            check_inside(text, s, para, "sentence");
            let tokens = tokenize(text, s);
            check_ordered(&tokens.iter().map(|t| t.span).collect::<Vec<_>>(), "token");
            for t in &tokens {
                check_inside(text, t.span, s, "token");
                assert!(!t.span.is_empty(), "empty token at {:?}", t.span);
            }
        }
    }
    for t in tokenize(text, body) {
        check_span(text, t.span, "token");
    }
});
