//! `crosscheck events`: every event reported by two or more articles, side by side.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use crosscheck::align::align;
use crosscheck::report::findings_events;

use super::args::EventsArgs;
use super::{load_inputs, terminal_width};

pub fn run(args: &EventsArgs) -> anyhow::Result<ExitCode> {
    let inputs = load_inputs(&args.paths, &args.rules, args.max_file_size)?;
    let alignment = align(&inputs.outcome.articles, &inputs.rules);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    findings_events::write_events(&mut out, &alignment, terminal_width())?;
    out.flush()?;
    Ok(if inputs.had_errors {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
