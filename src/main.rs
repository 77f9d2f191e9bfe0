use std::path::PathBuf;
use std::process::ExitCode;

use crosscheck::extract::{extract_claims, ExtractOptions};
use crosscheck::report::{claims_json, Locator};
use crosscheck::rules::RulePack;
use crosscheck::Article;

fn main() -> ExitCode {
    // Temporary driver until the CLI lands: crosscheck claims DIR
    let args: Vec<String> = std::env::args().collect();
    let dir = PathBuf::from(&args[2]);
    let mut articles = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&p).unwrap();
            let id = p.file_stem().unwrap().to_string_lossy().to_string();
            articles.push(Article::from_text(id, text));
        }
    }
    let rules = RulePack::default_pack();
    let unsourced = args.iter().any(|a| a == "--unsourced");
    let mut claims = Vec::new();
    for a in &articles {
        claims.extend(extract_claims(a, &rules, ExtractOptions { unsourced }));
    }
    let loc = Locator::new(&articles);
    claims_json::write_json(&mut std::io::stdout().lock(), &claims, &loc).unwrap();
    ExitCode::SUCCESS
}
