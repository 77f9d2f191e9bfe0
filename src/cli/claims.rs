//! `crosscheck claims`.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use rayon::prelude::*;

use crosscheck::extract::{extract_claims, ExtractOptions};
use crosscheck::report::{claims_json, claims_table, Locator};

use super::args::{ClaimsArgs, ClaimsFormat};
use super::{load_inputs, terminal_width};

pub fn run(args: &ClaimsArgs) -> anyhow::Result<ExitCode> {
    let inputs = load_inputs(&args.paths, &args.rules, args.max_file_size)?;
    let articles = &inputs.outcome.articles;
    let options = ExtractOptions {
        unsourced: args.unsourced,
    };
    let claims: Vec<_> = articles
        .par_iter()
        .map(|a| extract_claims(a, &inputs.rules, options))
        .collect::<Vec<_>>()
        .into_iter()
        .flatten()
        .collect();
    let loc = Locator::new(articles);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        ClaimsFormat::Table => {
            claims_table::write_table(&mut out, &claims, &loc, terminal_width())?
        }
        ClaimsFormat::Json => claims_json::write_json(&mut out, &claims, &loc)?,
        ClaimsFormat::Jsonl => claims_json::write_jsonl(&mut out, &claims, &loc)?,
    }
    out.flush()?;
    Ok(if inputs.had_errors {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
