//! `crosscheck claims`.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use rayon::prelude::*;

use crosscheck::extract::{extract_claims, Claim, ExtractOptions};
use crosscheck::load::LoadProblem;
use crosscheck::report::{claims_json, claims_table, Locator};
use crosscheck::rules::RulePack;
use crosscheck::Article;

use super::args::{ClaimsArgs, ClaimsFormat};
use super::{batch_ranges, load_inputs, plan_inputs, report_load_problems, terminal_width};

pub fn run(args: &ClaimsArgs) -> anyhow::Result<ExitCode> {
    let options = ExtractOptions {
        unsourced: args.unsourced,
    };
    // Unlocked: the JSON formats write one batch while the pool reads the next, so the
    // writer moves between threads (it locks stdout once per 64 KiB it flushes).
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
    let had_errors = if let ClaimsFormat::Table = args.format {
        // A table is laid out from all its rows at once.
        let inputs = load_inputs(&args.paths, &args.rules, args.max_file_size)?;
        let articles = &inputs.outcome.articles;
        let claims = extract_all(articles, &inputs.rules, options);
        let loc = Locator::new(articles);
        claims_table::write_table(&mut out, &claims, &loc, terminal_width())?;
        inputs.had_errors
    } else {
        let inputs = plan_inputs(&args.paths, &args.rules, args.max_file_size)?;
        let plan = &inputs.plan;
        let mut had_errors = inputs.had_errors;
        let mut array = claims_json::JsonArray::default();
        let json = matches!(args.format, ClaimsFormat::Json);
        // Batch k is written while batch k + 1 is read and analysed: writing is one thread's
        // work, and the others would wait for it.
        let mut pending: Option<Batch> = None;
        // Two batches are in memory at a time.
        for files in batch_ranges(plan).map(Some).chain([None]) {
            let (next, written) = rayon::join(
                || {
                    files.map(|files| {
                        let (articles, problems) = plan.load(files, &inputs.options);
                        let claims = extract_each(&articles, &inputs.rules, options);
                        Batch {
                            articles,
                            problems,
                            claims,
                        }
                    })
                },
                || match pending.take() {
                    Some(batch) => batch.write(&mut out, &mut array, json),
                    None => Ok(false),
                },
            );
            had_errors |= written?;
            pending = next;
        }
        if json {
            array.finish(&mut out)?;
        }
        had_errors
    };
    out.flush()?;
    Ok(if had_errors {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// One batch of articles, read and analysed, waiting to be written.
struct Batch {
    articles: Vec<Article>,
    problems: Vec<LoadProblem>,
    claims: Vec<Vec<Claim>>,
}

impl Batch {
    /// Reports the batch's load problems and writes its claims: whether a problem was an
    /// error.
    fn write(
        self,
        out: &mut impl Write,
        array: &mut claims_json::JsonArray,
        json: bool,
    ) -> io::Result<bool> {
        let had_errors = report_load_problems(&self.problems)?;
        // Each article's claims are its own (`extract_each` keeps them in article order):
        // written with the article at hand, with no locator to build over them all.
        for (claims, article) in self.claims.iter().zip(&self.articles) {
            if json {
                array.write_article(out, claims, article)?;
            } else {
                claims_json::write_jsonl_article(out, claims, article)?;
            }
        }
        Ok(had_errors)
    }
}

/// Claims of `articles` in article order, extracted in parallel.
fn extract_all(articles: &[Article], rules: &RulePack, options: ExtractOptions) -> Vec<Claim> {
    extract_each(articles, rules, options)
        .into_iter()
        .flatten()
        .collect()
}

/// The claims of each article, in article order, extracted in parallel.
fn extract_each(
    articles: &[Article],
    rules: &RulePack,
    options: ExtractOptions,
) -> Vec<Vec<Claim>> {
    articles
        .par_iter()
        .map(|a| extract_claims(a, rules, options))
        .collect()
}
