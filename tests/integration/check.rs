//! `jobfit check`: validating profiles, jobs, postings and taxonomies without matching them.
//!
//! Owns: the tests of what `check` says about good files, one or many at a time.
//! Must not: pin the error messages of broken files (`errors` does).

use crate::harness::{Test, BOOKING, BOOKING_TXT, JUAN};

#[test]
fn check_accepts_all_bundled_files() {
    Test::juan_booking()
        .fixtures([
            "tests/fixtures/alice/profile.yaml",
            "tests/fixtures/alice/job.yaml",
            "tests/fixtures/long/profile.yaml",
            "tests/fixtures/long/job.yaml",
            "tests/fixtures/hostile/profile.yaml",
            "data/taxonomy.yaml",
        ])
        .args([
            "check",
            JUAN,
            BOOKING,
            BOOKING_TXT,
            "tests/fixtures/alice/profile.yaml",
            "tests/fixtures/alice/job.yaml",
            "tests/fixtures/long/profile.yaml",
            "tests/fixtures/long/job.yaml",
            "tests/fixtures/hostile/profile.yaml",
            "data/taxonomy.yaml",
        ])
        .stdout(
            "
            profiles/juan.yaml: ok (profile, 20 skills, 2 roles, 7 highlights)
            jobs/booking_go.yaml: ok (job, 35 requirements)
            jobs/booking_go.txt: ok (plain-text posting, 44 skills found)
            tests/fixtures/alice/profile.yaml: ok (profile, 21 skills, 3 roles, 8 highlights)
            tests/fixtures/alice/job.yaml: ok (job, 15 requirements)
            tests/fixtures/long/profile.yaml: ok (profile, 20 skills, 5 roles, 43 highlights)
            tests/fixtures/long/job.yaml: ok (job, 14 requirements)
            tests/fixtures/hostile/profile.yaml: ok (profile, 2 skills, 1 role, 3 highlights)
            data/taxonomy.yaml: ok (taxonomy, 1050 skills)
            ",
        )
        .run();
}

const PROFILE: &str = "
    name: Ada Test
    skills:
      - name: Go
    experience:
      - title: Backend Engineer
        company: Acme
        start: 2022-01
        end: present
        highlights:
          - Built payment services in Go.
    ";

const JOB: &str = "
    title: Platform Engineer
    requirements:
      - skill: Go
      - any_of: [AWS, GCP]
    ";

#[test]
fn check_reports_each_file_of_several() {
    Test::new()
        .profile(PROFILE)
        .job(JOB)
        .file(
            "posting.txt",
            "Go Developer\n\nRequirements:\n- Go and Docker\n",
        )
        .args(["check", "profile.yaml", "job.yaml", "posting.txt"])
        .stdout(
            "
            profile.yaml: ok (profile, 1 skill, 1 role, 1 highlight)
            job.yaml: ok (job, 2 requirements)
            posting.txt: ok (plain-text posting, 2 skills found)
            ",
        )
        .run();
}

#[test]
fn check_of_several_files_goes_on_past_a_broken_one() {
    Test::new()
        .profile(PROFILE)
        .file("broken.yaml", "x: [")
        .job(JOB)
        .args(["check", "profile.yaml", "broken.yaml", "job.yaml"])
        .status(1)
        .stdout(
            "
            profile.yaml: ok (profile, 1 skill, 1 role, 1 highlight)
            broken.yaml: invalid
            job.yaml: ok (job, 2 requirements)
            ",
        )
        .stderr(
            "
            error: did not find expected node content
             --> broken.yaml:2:1

            error: 1 of 3 file(s) have errors
            ",
        )
        .run();
}

#[test]
fn every_profile_section_checks_and_an_unknown_spoken_language_is_no_warning() {
    let path = "tests/fixtures/sections/profile.yaml";
    Test::new()
        .fixture(path)
        .args(["check", path, "--as-of", "2026-11"])
        .stdout(
            "
            tests/fixtures/sections/profile.yaml: ok (profile, 12 skills, 3 roles, 9 highlights)
            ",
        )
        .run();
    // Tamil is not in the taxonomy and is matched by name quietly; `Germna` is a typo of German.
    Test::new()
        .file(
            "p.yaml",
            "name: A\nlanguages: [Tamil (native), Germna (B2)]\n",
        )
        .args(["check", "p.yaml", "--as-of", "2026-11"])
        .stdout_contains("p.yaml: ok (profile, 0 skills, 0 roles, 0 highlights), 1 warning(s)")
        .stderr(
            "
            warning: unknown skill `Germna`
             --> p.yaml:2:29
              |
            2 | languages: [Tamil (native), Germna (B2)]
              |                             ^^^^^^
              = help: did you mean `German`? (unknown skills are matched by exact name only)

            ",
        )
        .run();
}
