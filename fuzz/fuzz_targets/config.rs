//! Configuration and rule files from any text: `crosscheck.toml` ([`Config::parse`]), a user
//! rule file ([`RulePack::from_sources`]), page furniture rules (which hold regexes) and
//! fact rules. Each must return a value or an error located inside the file, never panic.
#![no_main]

use std::path::Path;

use crosscheck::config::Config;
use crosscheck::facts::FactRules;
use crosscheck::load::FurnitureRules;
use crosscheck::rules::RulePack;
use libfuzzer_sys::fuzz_target;

/// An error's 1-based line must exist in `src` (a line past the last newline is allowed:
/// errors at the end of the file point there).
fn check_line(src: &str, line: usize, column: usize, what: &str) {
    let lines = src.matches('\n').count() + 1;
    assert!(
        (1..=lines).contains(&line) && column >= 1,
        "{what} error at {line}:{column}, but the file has {lines} lines"
    );
}

fuzz_target!(|src: &str| {
    match Config::parse(Path::new("crosscheck.toml"), src) {
        Ok(_) => {}
        Err(e) => {
            if let (Some(line), Some(column)) = (e.line, e.column) {
                check_line(src, line, column, "config");
            }
        }
    }
    // `from_sources` with the user's file alone: the same parsers as `with_user_files`
    // without re-reading the built-in pack on every run (which made the target 10x slower).
    if let Err(e) = RulePack::from_sources([("mine.toml".to_string(), src.to_string())]) {
        // Errors in the built-in files would name them; only the user's file can be wrong.
        assert_eq!(e.origin, "mine.toml", "{e}");
        check_line(src, e.line, e.column, "rule file");
    }
    if let Err(e) = FurnitureRules::from_toml(src, "furniture.toml") {
        if let (Some(line), Some(column)) = (e.line, e.column) {
            check_line(src, line, column, "furniture");
        }
    }
    if let Err(e) = FactRules::from_toml(src, "facts.toml") {
        assert_eq!(e.origin, "facts.toml", "{e}");
        check_line(src, e.line, e.column, "facts");
    }
});
