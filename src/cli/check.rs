//! `crosscheck check`: exit 0 when no finding reaches the failure threshold (`--fail-on`,
//! default warning), 1 when one does, 2 when some input could not be used (input errors
//! win, even over `--exit-zero`). Configuration (`crosscheck.toml`) adjusts severities and
//! drops ignored findings first; then `--baseline` drops recorded findings, and
//! `--write-baseline` records what is left (and exits 0).

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use crosscheck::align::align_batches;
use crosscheck::check::{rules, run_checks, Finding, Severity};
use crosscheck::config::baseline::Baseline;
use crosscheck::config::{discover, Config, ConfigError};
use crosscheck::report::{
    findings_concise, findings_github, findings_human, findings_json, findings_sarif,
    findings_table, Locator,
};

use super::args::{CheckArgs, CheckFormat, ColorChoice};
use super::{terminal_width, BatchedInputs, Progress};

pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let config = match configuration(args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return Ok(ExitCode::from(2));
        }
    };
    let baseline = match &args.baseline {
        Some(path) => match read_baseline(path) {
            Ok(b) => Some(b),
            Err(e) => {
                eprintln!("{}: error: {e}", path.display());
                return Ok(ExitCode::from(2));
            }
        },
        None => None,
    };
    let progress = Progress::start("loading articles");
    let mut inputs = BatchedInputs::new(
        &args.paths,
        &args.rules,
        args.max_file_size.or(config.max_file_size),
        &progress,
    )?;
    let n = inputs.len();
    progress.set_message(format!(
        "checking {n} article{}",
        if n == 1 { "" } else { "s" }
    ));
    // Articles are read in batches and only the lines comparison reads are kept of each.
    let (pack, batches) = inputs.read();
    let mut alignment = align_batches(batches, pack);
    let mut findings = run_checks(&alignment);
    // Reporting needs only the findings and the kept lines: free the analysis first.
    let articles = std::mem::take(&mut alignment.articles);
    drop(alignment);
    let had_errors = inputs.report(&progress)?;
    progress.finish();
    config.apply(&mut findings);
    if let Some(b) = &baseline {
        b.filter(&mut findings);
    }
    if let Some(path) = &args.write_baseline {
        std::fs::write(path, Baseline::from_findings(&findings).to_json())
            .with_context(|| format!("cannot write baseline {}", path.display()))?;
    }
    let loc = Locator::kept(&articles);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        CheckFormat::Human => {
            findings_human::write_human(&mut out, &findings, &loc, colour(args.color))?
        }
        CheckFormat::Concise => findings_concise::write_concise(&mut out, &findings, &loc)?,
        CheckFormat::Table => {
            findings_table::write_table(&mut out, &findings, &loc, terminal_width())?
        }
        CheckFormat::Json => findings_json::write_json(&mut out, &findings, &loc)?,
        CheckFormat::Jsonl => findings_json::write_jsonl(&mut out, &findings, &loc)?,
        CheckFormat::Github => findings_github::write_github(&mut out, &findings, &loc)?,
        CheckFormat::Sarif => findings_sarif::write_sarif(&mut out, &findings, &rules(), &loc)?,
    }
    out.flush()?;
    let fail_on = args
        .fail_on
        .map(Severity::from)
        .or(config.fail_on)
        .unwrap_or(Severity::Warning);
    let exit_zero = args.exit_zero || args.write_baseline.is_some();
    Ok(exit_code(had_errors, &findings, fail_on, exit_zero))
}

/// Whether to colour: `--color always|never`, or by default when stdout is a terminal and
/// `NO_COLOR` is unset or empty (<https://no-color.org>).
fn colour(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

fn read_baseline(path: &Path) -> Result<Baseline, String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("cannot read baseline: {e}"))?;
    Baseline::parse(&src)
}

/// The configuration: none with `--isolated`, the `--config` file, or the nearest
/// `crosscheck.toml` from the current folder up.
fn configuration(args: &CheckArgs) -> Result<Config, ConfigError> {
    if args.isolated {
        return Ok(Config::default());
    }
    let path = match &args.config {
        Some(p) => Some(p.clone()),
        // Shown relative to the current folder when it is there, as users name files.
        None => std::env::current_dir().ok().and_then(|d| {
            discover(&d).map(|p| p.strip_prefix(&d).map_or(p.clone(), Path::to_path_buf))
        }),
    };
    path.map_or_else(|| Ok(Config::default()), |p| Config::load(&p))
}

/// 2 on input errors; otherwise 1 when a finding reaches `fail_on` (unless `exit_zero`).
fn exit_code(
    input_errors: bool,
    findings: &[Finding],
    fail_on: Severity,
    exit_zero: bool,
) -> ExitCode {
    if input_errors {
        ExitCode::from(2)
    } else if !exit_zero && findings.iter().any(|f| f.severity >= fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
