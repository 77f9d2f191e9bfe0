//! `crosscheck check`: exit 0 when no finding reaches warning, 1 when one does, 2 when some
//! input could not be used (input errors win).

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use crosscheck::align::align;
use crosscheck::check::{max_severity, run_checks, Severity};
use crosscheck::report::{findings_human, findings_json, Locator};

use super::args::{CheckArgs, CheckFormat};
use super::load_inputs;

pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let inputs = load_inputs(&args.paths, &args.rules)?;
    let articles = &inputs.outcome.articles;
    let alignment = align(articles, &inputs.rules);
    let findings = run_checks(&alignment);
    let loc = Locator::new(articles);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        CheckFormat::Human => findings_human::write_human(&mut out, &findings, &loc)?,
        CheckFormat::Json => findings_json::write_json(&mut out, &findings, &loc)?,
        CheckFormat::Jsonl => findings_json::write_jsonl(&mut out, &findings, &loc)?,
    }
    out.flush()?;
    Ok(if inputs.had_errors {
        ExitCode::from(2)
    } else if max_severity(&findings) >= Some(Severity::Warning) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
