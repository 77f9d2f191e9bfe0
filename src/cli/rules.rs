//! `crosscheck rules` and `crosscheck explain RULE`: the rule registry and each rule's
//! documentation (its file's doc comment).

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use crosscheck::check::{rule, rule_doc, rules};
use crosscheck::config::closest;

use super::args::ExplainArgs;

/// One line per rule: id, kind, default severity, summary, in aligned columns.
pub fn list() -> anyhow::Result<ExitCode> {
    let all = rules();
    let id_w = all.iter().map(|r| r.id.len()).max().unwrap_or(0).max(2);
    let kind_w = all.iter().map(|r| r.kind.len()).max().unwrap_or(0).max(4);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    writeln!(
        out,
        "{:id_w$}  {:kind_w$}  {:8}  summary",
        "id", "kind", "severity"
    )?;
    for r in all {
        writeln!(
            out,
            "{:id_w$}  {:kind_w$}  {:8}  {}",
            r.id,
            r.kind,
            r.severity.as_str(),
            r.summary
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The rule's documentation, headed by its kind and default severity. An unknown rule is a
/// usage error (exit 2) with the nearest rule id suggested.
pub fn explain(args: &ExplainArgs) -> anyhow::Result<ExitCode> {
    let (Some(r), Some(doc)) = (rule(&args.rule), rule_doc(&args.rule)) else {
        let ids: Vec<&str> = rules().iter().map(|r| r.id).collect();
        let mut message = format!("error: unknown rule `{}`", args.rule);
        match closest(&args.rule, &ids) {
            Some(best) => message.push_str(&format!("; did you mean `{best}`?")),
            None => message.push_str("; see `crosscheck rules` for the list"),
        }
        eprintln!("{message}");
        return Ok(ExitCode::from(2));
    };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    writeln!(out, "{doc}")?;
    writeln!(out)?;
    writeln!(
        out,
        "kind: {}; default severity: {}",
        r.kind,
        r.severity.as_str()
    )?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
