//! `jobfit import` and `jobfit export`: JSON Resume in and out, and `.json` profiles everywhere.
//!
//! Owns: the three real JSON Resume documents (tests/fixtures/jsonresume, see its SOURCE.md)
//! importing, checking and tailoring cleanly with every highlight and skill kept; the export's
//! shape against the official schema's required forms; the round trip keeping the match report;
//! and the error messages of a broken JSON Resume.

use crate::harness::{repo_file, Test, AS_OF, BOOKING, JUAN};
use jobfit::model::Profile;
use serde_json::Value;

const REAL: [&str; 3] = [
    "tests/fixtures/jsonresume/richard-hendriks.json",
    "tests/fixtures/jsonresume/daniel-reyes-career-changer.json",
    "tests/fixtures/jsonresume/maya-okonkwo-new-grad.json",
];

const PROFILES: [&str; 6] = [
    JUAN,
    "tests/fixtures/sections/profile.yaml",
    "tests/fixtures/alice/profile.yaml",
    "tests/fixtures/long/profile.yaml",
    "tests/fixtures/hostile/profile.yaml",
    "tests/fixtures/richard/profile.yaml",
];

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(|s| s.trim().to_string()))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn real_json_resumes_keep_every_highlight_and_skill() {
    for path in REAL {
        let out = Test::new()
            .fixture(path)
            .args(["import", path, "-o", "p.yaml"])
            .ignore_stderr()
            .run();
        let yaml = out.read_to_string("p.yaml");
        let p: Profile = serde_yaml::from_str(&yaml).expect("the import parses as a profile");
        let doc: Value = serde_json::from_str(&repo_file(path)).unwrap();
        let mut lines: Vec<String> = Vec::new();
        for e in &p.experience {
            lines.extend(e.highlights.iter().map(|h| h.text.clone()));
            lines.extend(e.description.clone());
        }
        for v in &p.volunteering {
            lines.extend(v.highlights.iter().map(|h| h.text.clone()));
        }
        for pr in &p.projects {
            lines.extend(pr.highlights.iter().map(|h| h.text.clone()));
        }
        for section in ["work", "volunteer", "projects"] {
            for item in doc[section].as_array().into_iter().flatten() {
                for h in strings(&item["highlights"]) {
                    assert!(lines.contains(&h), "{path}: highlight {h:?} lost");
                }
                if let Some(s) = item["summary"].as_str().filter(|_| section != "projects") {
                    assert!(
                        lines.contains(&s.trim().to_string()),
                        "{path}: summary lost"
                    );
                }
            }
        }
        let skills: Vec<String> = p.skills.iter().map(|s| s.name.to_lowercase()).collect();
        for group in doc["skills"].as_array().into_iter().flatten() {
            let mut names = strings(&group["keywords"]);
            names.extend(group["name"].as_str().map(str::to_string));
            for n in names {
                assert!(
                    skills.contains(&n.to_lowercase()),
                    "{path}: skill {n:?} lost"
                );
            }
        }
    }
}

#[test]
fn real_json_resumes_check_and_tailor_cleanly() {
    for path in REAL {
        Test::new()
            .fixture(path)
            .args(["check", path])
            .stdout_contains(": ok (JSON Resume,")
            .ignore_stderr()
            .run();
        Test::new()
            .fixtures([path, BOOKING])
            .args(["tailor", path, BOOKING, "-o", "out", AS_OF])
            .ignore_stdout()
            .ignore_stderr()
            .run();
    }
}

#[test]
fn import_lists_what_has_no_home_on_stderr() {
    Test::new()
        .file(
            "r.json",
            r#"{"basics":{"name":"Ada","image":"ada.png"},"interests":[{"name":"Chess"}],
               "work":[{"name":"Acme","position":"Dev","startDate":"2019","summary":"Ran the API team."}]}"#,
        )
        .args(["import", "r.json"])
        .stdout_contains("description: Ran the API team.")
        .stderr(
            "
            warning: `interests` has no place in a jobfit profile; left out
              --> r.json

            warning: `basics.image` has no place in a jobfit profile; left out
              --> r.json

            ",
        )
        .run();
}

#[test]
fn other_commands_sum_up_what_a_json_resume_leaves_out() {
    Test::new()
        .file(
            "r.json",
            r#"{"basics":{"name":"Ada","image":"ada.png"},"skills":[{"name":"Go"}]}"#,
        )
        .fixture(BOOKING)
        .args(["match", "r.json", BOOKING, AS_OF])
        .ignore_stdout()
        .stderr(
            "
            warning: 1 field(s) of this JSON Resume have no place in a jobfit profile and are left out
              --> r.json
              = help: `jobfit import r.json` lists them

            ",
        )
        .run();
}

/// The forms the official schema (tests/fixtures/jsonresume/schema.json) requires of what
/// `export` writes: objects and arrays where it says, ISO 8601 dates of its pattern, strings
/// elsewhere. `tools/interop/validate_json_resume.py` runs the full schema check.
fn assert_schema_shapes(v: &Value, path: &str) {
    let schema: Value =
        serde_json::from_str(&repo_file("tests/fixtures/jsonresume/schema.json")).unwrap();
    let props = schema["properties"].as_object().unwrap();
    let obj = v.as_object().unwrap();
    for (key, value) in obj {
        if key == "x-jobfit" {
            continue;
        }
        let want = props
            .get(key)
            .unwrap_or_else(|| panic!("{path}: `{key}` is not in the schema"))["type"]
            .as_str()
            .unwrap_or("string");
        let items: Vec<&Value> = match want {
            "array" => value.as_array().expect("an array").iter().collect(),
            "object" => vec![value],
            _ => {
                assert!(value.is_string(), "{path}: `{key}` is not a string");
                continue;
            }
        };
        let item_schema = if want == "array" {
            &props[key]["items"]["properties"]
        } else {
            &props[key]["properties"]
        };
        for item in items {
            for (k, val) in item.as_object().unwrap() {
                if k == "x-jobfit" {
                    continue;
                }
                let s = &item_schema[k];
                assert!(!s.is_null(), "{path}: `{key}.{k}` is not in the schema");
                if s["$ref"].as_str() == Some("#/definitions/iso8601") {
                    let d = val.as_str().unwrap();
                    let ok = matches!(d.len(), 4 | 7 | 10)
                        && d.bytes().enumerate().all(|(i, b)| {
                            if i == 4 || i == 7 {
                                b == b'-'
                            } else {
                                b.is_ascii_digit()
                            }
                        });
                    assert!(ok, "{path}: `{key}.{k}` = {d:?} is not an ISO 8601 date");
                }
                match s["type"].as_str() {
                    Some("string") => assert!(val.is_string(), "{path}: `{key}.{k}`"),
                    Some("array") => assert!(val.is_array(), "{path}: `{key}.{k}`"),
                    Some("object") => assert!(val.is_object(), "{path}: `{key}.{k}`"),
                    _ => {}
                }
            }
        }
    }
}

#[test]
fn export_has_the_schema_shapes_and_the_round_trip_keeps_the_report() {
    for path in PROFILES {
        let out = Test::new()
            .fixture(path)
            .args(["export", path, "--format", "json-resume", "-o", "r.json"])
            .run();
        let exported: Value = serde_json::from_str(&out.read_to_string("r.json")).unwrap();
        assert_schema_shapes(&exported, path);
        let direct = Test::new()
            .fixtures([path, BOOKING])
            .args(["match", path, BOOKING, "-f", "json", AS_OF])
            .ignore_stdout()
            .ignore_stderr()
            .run()
            .json();
        let round = Test::new()
            .fixture(BOOKING)
            .file("r.json", &out.read_to_string("r.json"))
            .args(["match", "r.json", BOOKING, "-f", "json", AS_OF])
            .ignore_stdout()
            .ignore_stderr()
            .run()
            .json();
        assert_eq!(direct, round, "{path}: the round trip changed the report");
    }
}

#[test]
fn a_json_syntax_error_points_at_line_and_column() {
    Test::new()
        .file("r.json", "{\n  \"basics\": {\"name\": \"Ada\",}\n}\n")
        .args(["check", "r.json"])
        .status(1)
        .stdout(
            "
            r.json: invalid (JSON Resume), 1 error(s), 0 warning(s)
            ",
        )
        .stderr(
            r#"
            error: trailing comma
             --> r.json:2:28
              |
            2 |   "basics": {"name": "Ada",}
              |                            ^
              = help: a `.json` profile is read as a JSON Resume document (https://jsonresume.org/schema)

            error: 1 of 1 file(s) have errors
            "#,
        )
        .run();
}

#[test]
fn a_role_without_start_and_a_bad_date_are_errors_at_their_place() {
    Test::new()
        .file(
            "r.json",
            r#"
            {
              "basics": {"name": "Ada"},
              "work": [
                {"name": "Acme", "position": "Dev"},
                {"name": "B", "position": "C", "startDate": "soon"}
              ]
            }
            "#,
        )
        .args(["import", "r.json"])
        .status(1)
        .stderr(
            r#"
            error: `work[0].startDate`: `work[0]` has no `startDate`
             --> r.json:4:5
              |
            4 |     {"name": "Acme", "position": "Dev"},
              |     ^
              = help: jobfit counts years of experience from every role's start: add `"startDate": "2019-03"`

            error: `work[1].startDate`: `soon` is not a date
             --> r.json:5:49
              |
            5 |     {"name": "B", "position": "C", "startDate": "soon"}
              |                                                 ^^^^^^
              = help: write it as JSON Resume does: `2019`, `2019-03` or `2019-03-01`

            error: 2 errors
            "#,
        )
        .run();
}

#[test]
fn a_resume_without_a_name_is_an_error_at_basics() {
    Test::new()
        .file("r.json", r#"{"basics":{}}"#)
        .args(["import", "r.json"])
        .status(1)
        .stderr(
            r#"
            error: `basics.name`: the resume has no `basics.name`
             --> r.json:1:11
              |
            1 | {"basics":{}}
              |           ^
              = help: a jobfit profile starts with the candidate's name: add `"name"` under `"basics"`

            "#,
        )
        .run();
}

#[test]
fn a_value_of_the_wrong_type_is_named_by_its_path_at_its_place() {
    Test::new()
        .file(
            "r.json",
            r#"
            {
              "basics": {"name": "Ada", "profiles": {"network": "GitHub"}},
              "work": [{"name": "Acme", "position": 3, "startDate": "2019"}],
              "skills": [{"name": "Go", "keywords": "go, grpc"}]
            }
            "#,
        )
        .args(["check", "r.json"])
        .status(1)
        .stdout("r.json: invalid (JSON Resume), 1 error(s), 0 warning(s)\n")
        .stderr(
            r#"
            error: `basics.profiles`: invalid type: map, expected a sequence
             --> r.json:2:41
              |
            2 |   "basics": {"name": "Ada", "profiles": {"network": "GitHub"}},
              |                                         ^
              = help: JSON Resume has a list here: `"profiles": [ … ]`; see https://jsonresume.org/schema

            error: 1 of 1 file(s) have errors
            "#,
        )
        .run()
        .then()
        .file(
            "r.json",
            r#"
            {
              "basics": {"name": "Ada"},
              "work": [{"name": "Acme", "position": 3, "startDate": "2019"}]
            }
            "#,
        )
        .args(["match", "r.json", "job.yaml"])
        .job(
            "
            title: Dev
            requirements:
              - skill: Go
            ",
        )
        .status(1)
        .stderr(
            r#"
            error: `work[0].position`: invalid type: integer `3`, expected a string
             --> r.json:3:41
              |
            3 |   "work": [{"name": "Acme", "position": 3, "startDate": "2019"}]
              |                                         ^
              = help: JSON Resume has text here: `"position": "…"`; see https://jsonresume.org/schema

            "#,
        )
        .run();
}

#[test]
fn an_unknown_x_jobfit_key_points_at_the_key_with_a_suggestion() {
    Test::new()
        .file(
            "r.json",
            r#"
            {
              "basics": {"name": "Ada"},
              "x-jobfit": {"strenghts": ["Calm under pressure"]}
            }
            "#,
        )
        .args(["import", "r.json"])
        .status(1)
        .stderr(
            r#"
            error: `x-jobfit.strenghts`: unknown field `strenghts`, expected one of `highlightSkills`, `note`, `years`, `location`, `highlights`, `strengths`, `skills`, `kind`, `style`, `sections`
             --> r.json:3:16
              |
            3 |   "x-jobfit": {"strenghts": ["Calm under pressure"]}
              |                ^^^^^^^^^^^
              = help: did you mean `strengths`?

            "#,
        )
        .run();
}

#[test]
fn import_refuses_to_write_over_its_input() {
    Test::new()
        .file("r.json", r#"{"basics":{"name":"Ada"}}"#)
        .args(["import", "r.json", "-o", "r.json"])
        .status(2)
        .stderr_contains("the output r.json is the input r.json: refusing to overwrite it")
        .run();
}
