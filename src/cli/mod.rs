//! Command-line interface. Exit codes: 0 success, 1 findings at or above the failure
//! threshold (`check`), 2 usage, configuration or input errors. A closed pipe is not an error.

mod args;
mod check;
mod claims;
mod events;
mod progress;
mod rules;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;

use crosscheck::load::{
    load, plan, LoadOptions, LoadOutcome, LoadPlan, LoadProblem, ProblemSeverity,
};
use crosscheck::rules::RulePack;
use crosscheck::Article;

pub use args::{Cli, Command};
pub use progress::Progress;

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match &cli.command {
        Command::Claims(args) => claims::run(args),
        Command::Check(args) => check::run(args),
        Command::Events(args) => events::run(args),
        Command::Rules => rules::list(),
        Command::Explain(args) => rules::explain(args),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Articles and rules for a run, with every problem already reported on stderr.
pub struct Inputs {
    pub outcome: LoadOutcome,
    pub rules: RulePack,
    /// Some input could not be used: the run goes on, but exits 2.
    pub had_errors: bool,
}

/// Loads the articles and the rule pack (defaults + manifest rule files + `--rules`);
/// `max_file_size` replaces the default size limit.
pub fn load_inputs(
    paths: &[PathBuf],
    extra_rules: &[PathBuf],
    max_file_size: Option<u64>,
) -> anyhow::Result<Inputs> {
    load_inputs_with(paths, extra_rules, max_file_size, &Progress::none())
}

/// [`load_inputs`], keeping `progress` out of the way of the problems it reports.
pub fn load_inputs_with(
    paths: &[PathBuf],
    extra_rules: &[PathBuf],
    max_file_size: Option<u64>,
    progress: &Progress,
) -> anyhow::Result<Inputs> {
    let outcome = load(paths, &load_options(max_file_size));
    progress
        .suspend(|| report_problems(&outcome.problems, &outcome.rule_files, extra_rules))
        .and_then(|(files, had_errors)| {
            let rules = RulePack::with_user_files(files).map_err(|e| anyhow::anyhow!("{e}"))?;
            Ok(Inputs {
                outcome,
                rules,
                had_errors,
            })
        })
}

/// A planned load ([`crosscheck::load::plan`]) with the rule pack, for commands that read
/// articles in bounded batches.
pub struct PlannedInputs {
    pub plan: LoadPlan,
    pub options: LoadOptions,
    pub rules: RulePack,
    /// Some input could not be used so far (walking, manifests, rule files).
    pub had_errors: bool,
}

/// Plans the load and reads the rule pack, reporting problems found so far on stderr.
pub fn plan_inputs(
    paths: &[PathBuf],
    extra_rules: &[PathBuf],
    max_file_size: Option<u64>,
) -> anyhow::Result<PlannedInputs> {
    let options = load_options(max_file_size);
    let plan = plan(paths);
    let (files, had_errors) = report_problems(&plan.problems, &plan.rule_files, extra_rules)?;
    let rules = RulePack::with_user_files(files).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(PlannedInputs {
        plan,
        options,
        rules,
        had_errors,
    })
}

/// Files read and analysed at a time by a load in batches (`claims` with JSON output,
/// [`BatchedInputs`]): memory stays bounded however many articles there are.
const BATCH_FILES: usize = 1024;

/// The ranges of a plan's files loaded together, [`BATCH_FILES`] at a time in path order.
pub(crate) fn batch_ranges(plan: &LoadPlan) -> impl Iterator<Item = std::ops::Range<usize>> {
    let n = plan.len();
    (0..n)
        .step_by(BATCH_FILES)
        .map(move |start| start..(start + BATCH_FILES).min(n))
}

/// A load in bounded batches with the rule pack, for a command that keeps only part of each
/// article: its problems are reported once every batch is read, as [`load_inputs`] reports
/// them (every load problem in path order, then the rule files').
pub struct BatchedInputs {
    plan: LoadPlan,
    options: LoadOptions,
    rules: RulePack,
    /// Rule files that could not be read: (path, message).
    rule_errors: Vec<(PathBuf, String)>,
    /// Problems of the batches read so far.
    problems: Vec<LoadProblem>,
}

impl BatchedInputs {
    /// Plans the load and reads the rule pack. When the pack cannot be built, every problem
    /// is reported first (the files are read for theirs) and the error returned.
    pub fn new(
        paths: &[PathBuf],
        extra_rules: &[PathBuf],
        max_file_size: Option<u64>,
        progress: &Progress,
    ) -> anyhow::Result<Self> {
        let mut plan = plan(paths);
        let options = load_options(max_file_size);
        let (files, rule_errors) = read_rule_files(&plan.rule_files, extra_rules);
        let mut problems = Vec::new();
        match RulePack::with_user_files(files) {
            Ok(rules) => Ok(BatchedInputs {
                plan,
                options,
                rules,
                rule_errors,
                problems,
            }),
            Err(e) => {
                batches(&plan, &options, &mut problems).for_each(drop);
                report_batched(&mut plan, problems, &rule_errors, progress)?;
                Err(anyhow::anyhow!("{e}"))
            }
        }
    }

    /// Number of files to read.
    pub fn len(&self) -> usize {
        self.plan.len()
    }

    /// The rule pack, and the articles [`BATCH_FILES`] files at a time in path order (each
    /// batch's problems are kept for [`BatchedInputs::report`]).
    pub fn read(&mut self) -> (&RulePack, impl Iterator<Item = Vec<Article>> + '_) {
        (
            &self.rules,
            batches(&self.plan, &self.options, &mut self.problems),
        )
    }

    /// Writes every problem to stderr: whether some input could not be used.
    pub fn report(mut self, progress: &Progress) -> anyhow::Result<bool> {
        report_batched(&mut self.plan, self.problems, &self.rule_errors, progress)
    }
}

/// The articles of `plan`, [`BATCH_FILES`] files at a time, with their problems added to
/// `problems`.
fn batches<'p>(
    plan: &'p LoadPlan,
    options: &'p LoadOptions,
    problems: &'p mut Vec<LoadProblem>,
) -> impl Iterator<Item = Vec<Article>> + 'p {
    batch_ranges(plan).map(move |files| {
        let (articles, found) = plan.load(files, options);
        problems.extend(found);
        articles
    })
}

/// Writes a batched load's problems to stderr as [`load_inputs`] would: whether some input
/// could not be used.
fn report_batched(
    plan: &mut LoadPlan,
    mut problems: Vec<LoadProblem>,
    rule_errors: &[(PathBuf, String)],
    progress: &Progress,
) -> anyhow::Result<bool> {
    problems.splice(0..0, std::mem::take(&mut plan.problems));
    // In path order, as `crosscheck::load::load` sorts a whole load's problems.
    problems.sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
    progress.suspend(|| -> anyhow::Result<bool> {
        let had_errors = report_load_problems(&problems)?;
        Ok(report_rule_errors(rule_errors)? || had_errors)
    })
}

/// Writes problems to stderr; whether one of them is an error.
pub fn report_load_problems(problems: &[LoadProblem]) -> io::Result<bool> {
    let stderr = io::stderr();
    let mut err = stderr.lock();
    for p in problems {
        writeln!(err, "{p}")?;
    }
    Ok(problems
        .iter()
        .any(|p| p.severity == ProblemSeverity::Error))
}

/// Default load options, with `max_file_size` (from `--max-file-size`) replacing the limit.
fn load_options(max_file_size: Option<u64>) -> LoadOptions {
    let mut options = LoadOptions::default();
    if let Some(max) = max_file_size {
        options.max_file_size = max;
    }
    options
}

/// Rule files read: (name as shown, contents).
type RuleFiles = Vec<(String, String)>;

/// Writes load problems to stderr and reads the rule files: their contents, and whether
/// some input could not be used.
fn report_problems(
    problems: &[LoadProblem],
    rule_files: &[PathBuf],
    extra_rules: &[PathBuf],
) -> anyhow::Result<(RuleFiles, bool)> {
    let had_errors = report_load_problems(problems)?;
    let (files, errors) = read_rule_files(rule_files, extra_rules);
    let rule_errors = report_rule_errors(&errors)?;
    Ok((files, had_errors || rule_errors))
}

/// The rule files that could be read (name as shown, contents), and the others with why.
fn read_rule_files(
    rule_files: &[PathBuf],
    extra_rules: &[PathBuf],
) -> (RuleFiles, Vec<(PathBuf, String)>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in rule_files.iter().chain(extra_rules) {
        match read_rule_file(path) {
            Ok(src) => files.push((path.display().to_string(), src)),
            Err(msg) => errors.push((path.clone(), msg)),
        }
    }
    (files, errors)
}

/// Writes rule files that could not be read to stderr; whether there was one.
fn report_rule_errors(errors: &[(PathBuf, String)]) -> io::Result<bool> {
    let stderr = io::stderr();
    let mut err = stderr.lock();
    for (path, msg) in errors {
        writeln!(err, "{}: error: {msg}", path.display())?;
    }
    Ok(!errors.is_empty())
}

fn read_rule_file(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read rule file: {e}"))?;
    String::from_utf8(bytes).map_err(|_| "rule file is not UTF-8".to_string())
}

/// Terminal width for tables, when stdout is a terminal.
pub fn terminal_width() -> Option<u16> {
    if !io::stdout().is_terminal() {
        return None;
    }
    std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok())
}
