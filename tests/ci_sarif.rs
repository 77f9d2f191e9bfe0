//! The SARIF output against the OASIS SARIF 2.1.0 JSON schema (vendored, see
//! `tests/snapshots/ci_sarif/README.md`), and the parts of it the schema leaves optional
//! but code-scanning services need.

use assert_cmd::Command;
use serde_json::Value;

fn sarif(paths: &[&str]) -> Value {
    let out = Command::cargo_bin("crosscheck")
        .unwrap()
        .args(["check", "--format", "sarif"])
        .args(paths)
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).expect("SARIF output is JSON")
}

fn schema() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/snapshots/ci_sarif/sarif-schema-2.1.0.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn output_is_valid_against_the_official_schema() {
    let validator = jsonschema::validator_for(&schema()).expect("the schema compiles");
    for set in [
        vec!["fixtures/events/injured-count", "fixtures/events/sourcing"],
        vec!["fixtures/events/quote-drift", "fixtures/events/attribution"],
        vec!["fixtures/events/agreeing-figures"],
        vec!["fixtures/seeds", "fixtures/events"],
    ] {
        let log = sarif(&set);
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{set:?}: {errors:#?}");
    }
}

#[test]
fn the_schema_rejects_a_broken_log() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let mut log = sarif(&["fixtures/events/injured-count"]);
    log["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!validator.is_valid(&log));
}

#[test]
fn results_locations_and_rules() {
    let log = sarif(&["fixtures/events/injured-count", "fixtures/events/sourcing"]);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "crosscheck");
    assert_eq!(driver["version"], env!("CARGO_PKG_VERSION"));
    let rules = driver["rules"].as_array().unwrap();
    assert_eq!(rules.len(), crosscheck::check::rules().len());
    let count_rule = rules.iter().find(|r| r["id"] == "count-mismatch").unwrap();
    assert_eq!(count_rule["defaultConfiguration"]["level"], "warning");
    assert!(
        count_rule["shortDescription"]["text"]
            .as_str()
            .unwrap()
            .len()
            > 10
    );
    assert!(count_rule["fullDescription"]["text"]
        .as_str()
        .unwrap()
        .contains("interval"));
    assert!(count_rule["help"]["markdown"]
        .as_str()
        .unwrap()
        .contains("## Example"));

    let results = run["results"].as_array().unwrap();
    let r = results
        .iter()
        .find(|r| r["ruleId"] == "count-mismatch")
        .unwrap();
    assert_eq!(r["level"], "warning");
    assert_eq!(
        rules[r["ruleIndex"].as_u64().unwrap() as usize]["id"],
        "count-mismatch"
    );
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(
        loc["artifactLocation"]["uri"],
        "fixtures/events/injured-count/harbor-herald.txt"
    );
    assert_eq!(loc["region"]["startLine"], 3);
    assert_eq!(loc["region"]["startColumn"], 103);
    assert_eq!(loc["region"]["endLine"], 3);
    // "injuring several others" is 23 characters; the end column is exclusive.
    assert_eq!(loc["region"]["endColumn"], 126);
    let related = r["relatedLocations"].as_array().unwrap();
    assert_eq!(related.len(), 1);
    assert_eq!(
        related[0]["physicalLocation"]["artifactLocation"]["uri"],
        "fixtures/events/injured-count/north-wire.txt"
    );
    let fingerprint = r["partialFingerprints"]["crosscheck/v1"].as_str().unwrap();
    assert_eq!(fingerprint.len(), 16);
    let other = results
        .iter()
        .find(|r| r["ruleId"] == "unsourced-claim")
        .unwrap();
    assert_ne!(other["partialFingerprints"]["crosscheck/v1"], fingerprint);
    let info = results
        .iter()
        .find(|r| r["ruleId"] == "unsourced-claim")
        .unwrap();
    assert_eq!(info["level"], "note");
}
