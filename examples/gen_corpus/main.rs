//! Writes a synthetic news corpus for benchmarks, deterministic from a seed.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --articles 10000 --events 1000 --seed 1 --out /tmp/corpus
//! ```
//!
//! Article `i` goes to `OUT/{i/1000:03}/{i:06}-{outlet}.txt` (at most 1000 files a folder),
//! with TOML front matter (title, outlet, published). `OUT/.conflicts.tsv` lists the
//! conflicting accounts that were injected (article, event, kind); as a hidden file,
//! crosscheck does not read it. `--events` defaults to a tenth of `--articles`, and
//! `--conflict-rate` (the fraction of articles with one conflicting account) to 0.2.
//! The output folder must be empty or absent.

#[path = "corpus.rs"]
mod corpus;

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use corpus::{Config, Corpus};

const USAGE: &str =
    "usage: gen_corpus --articles N [--events M] [--seed S] [--conflict-rate F] --out DIR";

fn parse_args() -> Result<(Config, PathBuf), String> {
    let mut articles = None;
    let mut events = None;
    let mut seed = 1u64;
    let mut conflict_rate = 0.2f64;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            return Err(String::new());
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let bad = |e: &dyn std::fmt::Display| format!("{flag} {value}: {e}");
        match flag.as_str() {
            "--articles" => articles = Some(value.parse::<usize>().map_err(|e| bad(&e))?),
            "--events" => events = Some(value.parse::<usize>().map_err(|e| bad(&e))?),
            "--seed" => seed = value.parse().map_err(|e| bad(&e))?,
            "--conflict-rate" => conflict_rate = value.parse().map_err(|e| bad(&e))?,
            "--out" => out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown flag {flag}")),
        }
    }
    let articles = articles.ok_or("--articles is required")?;
    let out = out.ok_or("--out is required")?;
    let events = events.unwrap_or((articles / 10).max(1));
    if events == 0 {
        return Err("--events must be at least 1".into());
    }
    if !(0.0..=1.0).contains(&conflict_rate) {
        return Err("--conflict-rate must be between 0 and 1".into());
    }
    Ok((
        Config {
            articles,
            events,
            seed,
            conflict_rate,
        },
        out,
    ))
}

fn run(config: Config, out: PathBuf) -> Result<(), String> {
    if out.exists()
        && fs::read_dir(&out)
            .map_err(|e| format!("{}: {e}", out.display()))?
            .next()
            .is_some()
    {
        return Err(format!("{}: not empty; remove it first", out.display()));
    }
    fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let corpus = Corpus::new(config.clone());
    let mut truth = String::from("article\tevent\toutlet\tconflict\n");
    let mut bytes = 0usize;
    let mut conflicts = std::collections::BTreeMap::<&str, usize>::new();
    let mut dir_made = usize::MAX;
    for i in 0..config.articles {
        let a = corpus.article(i);
        if i / 1000 != dir_made {
            dir_made = i / 1000;
            let d = out.join(format!("{:03}", i / 1000));
            fs::create_dir_all(&d).map_err(|e| format!("{}: {e}", d.display()))?;
        }
        let path = out.join(&a.rel_path);
        fs::write(&path, &a.text).map_err(|e| format!("{}: {e}", path.display()))?;
        bytes += a.text.len();
        if let Some(kind) = a.conflict {
            *conflicts.entry(kind).or_default() += 1;
            let stem = a.rel_path.rsplit('/').next().unwrap_or(&a.rel_path);
            let stem = stem.trim_end_matches(".txt");
            truth.push_str(&format!("{stem}\t{}\t{}\t{kind}\n", a.event, a.outlet));
        }
    }
    let t = out.join(".conflicts.tsv");
    fs::write(&t, truth).map_err(|e| format!("{}: {e}", t.display()))?;
    let total: usize = conflicts.values().sum();
    let summary: Vec<String> = conflicts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "gen_corpus: {} articles about {} events, {} bytes (mean {} per article), {} conflicting accounts ({}) in {}",
        config.articles,
        config.events,
        bytes,
        bytes / config.articles.max(1),
        total,
        summary.join(", "),
        out.display()
    );
    Ok(())
}

fn main() -> ExitCode {
    match parse_args() {
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_corpus: {e}\n{USAGE}");
            ExitCode::from(2)
        }
        Ok((config, out)) => match run(config, out) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("gen_corpus: {e}");
                ExitCode::FAILURE
            }
        },
    }
}
