//! Snapshots of `check` (JSON) and `events` (table text) on every article set under
//! `fixtures/events/`. Changing behaviour means reviewing a snapshot diff
//! (`INSTA_UPDATE=always cargo test --test check_snapshots`, then `git diff`).

use std::path::PathBuf;

use crosscheck::align::align;
use crosscheck::check::run_checks;
use crosscheck::load::{load, LoadOptions};
use crosscheck::report::{findings_events, findings_json, Locator};
use crosscheck::rules::RulePack;

fn outputs(set: &str) -> (String, String) {
    let path = PathBuf::from(format!("fixtures/events/{set}"));
    let loaded = load(&[path], &LoadOptions::default());
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let rules = RulePack::default_pack();
    let al = align(&loaded.articles, &rules);
    let findings = run_checks(&al);
    let loc = Locator::new(&loaded.articles);
    let mut json = Vec::new();
    findings_json::write_json(&mut json, &findings, &loc).unwrap();
    let mut table = Vec::new();
    findings_events::write_events(&mut table, &al, Some(140)).unwrap();
    (
        String::from_utf8(json).unwrap(),
        String::from_utf8(table).unwrap(),
    )
}

macro_rules! set {
    ($name:ident, $dir:literal) => {
        #[test]
        fn $name() {
            let (json, table) = outputs($dir);
            insta::assert_snapshot!(concat!(stringify!($name), "_check"), json);
            insta::assert_snapshot!(concat!(stringify!($name), "_events"), table);
        }
    };
}

set!(injured_count, "injured-count");
set!(agreeing_figures, "agreeing-figures");
set!(two_quakes, "two-quakes");
set!(dates_agree, "dates-agree");
set!(date_slip, "date-slip");
set!(quote_drift, "quote-drift");
set!(statement, "statement");
set!(attribution, "attribution");
set!(magnitude_time, "magnitude-time");
set!(duration, "duration");
set!(status, "status");
set!(sourcing, "sourcing");

/// The agreement sets must stay free of warnings: they are the traps.
#[test]
fn agreement_sets_have_no_warnings() {
    for set in ["agreeing-figures", "two-quakes", "dates-agree", "sourcing"] {
        let (json, _) = outputs(set);
        let findings: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        for f in findings {
            assert_eq!(f["severity"], "info", "{set}: {f}");
        }
    }
}

/// Output does not depend on the number of threads.
#[test]
fn same_output_with_one_thread() {
    let (many, _) = outputs("injured-count");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let (one, _) = pool.install(|| outputs("injured-count"));
    assert_eq!(many, one);
}
