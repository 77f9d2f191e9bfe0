//! `crosscheck claims`.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use rayon::prelude::*;

use crosscheck::extract::{extract_claims, Claim, ExtractOptions};
use crosscheck::report::{claims_json, claims_table, Locator};
use crosscheck::rules::RulePack;
use crosscheck::Article;

use super::args::{ClaimsArgs, ClaimsFormat};
use super::{load_inputs, plan_inputs, report_load_problems, terminal_width};

/// Files read, analysed and written per batch in the JSON formats: memory stays bounded
/// however many articles there are.
const BATCH_FILES: usize = 1024;

pub fn run(args: &ClaimsArgs) -> anyhow::Result<ExitCode> {
    let options = ExtractOptions {
        unsourced: args.unsourced,
    };
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
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
        for start in (0..plan.len()).step_by(BATCH_FILES) {
            let (articles, problems) = plan.load(
                start..(start + BATCH_FILES).min(plan.len()),
                &inputs.options,
            );
            had_errors |= report_load_problems(&problems)?;
            // Each article's claims written as they are: one vector for the whole batch
            // would grow, by copies, into fresh memory.
            let claims = extract_each(&articles, &inputs.rules, options);
            let loc = Locator::new(&articles);
            for claims in &claims {
                if let ClaimsFormat::Json = args.format {
                    array.write(&mut out, claims, &loc)?;
                } else {
                    claims_json::write_jsonl(&mut out, claims, &loc)?;
                }
            }
        }
        if let ClaimsFormat::Json = args.format {
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
