//! Tests of the taxonomy: the compiled built-in equals its YAML and is clean, names and aliases
//! resolve, implications are transitive, suggestions, and user files over the built-in one.

use super::*;
use crate::diagnostic::Diagnostic;
use crate::input::yaml;
use crate::source::Source;

fn tax() -> Taxonomy {
    Taxonomy::builtin()
}

#[test]
fn compiled_builtin_equals_the_yaml() {
    let source = builtin_source();
    let parsed: TaxonomyFile = yaml::parse(&source).unwrap();
    let compiled = builtin_file();
    assert_eq!(
        serde_json::to_string(&parsed).unwrap(),
        serde_json::to_string(&compiled).unwrap()
    );
}

#[test]
fn builtin_is_large_and_clean() {
    let source = builtin_source();
    let file: TaxonomyFile = yaml::parse(&source).unwrap();
    let (t, diags) = Taxonomy::build(vec![(file, &source)]);
    assert!(diags.is_empty(), "{:#?}", diags);
    assert!(t.len() >= 600, "only {} skills", t.len());
}

#[test]
fn resolves_names_and_aliases_case_insensitively() {
    let t = tax();
    for (alias, canonical) in [
        ("k8s", "Kubernetes"),
        ("Postgres", "PostgreSQL"),
        ("golang", "Go"),
        ("GO", "Go"),
        ("csharp", "C#"),
        ("nodejs", "Node.js"),
        ("amazon web services", "AWS"),
        ("ci-cd", "CI/CD"),
    ] {
        let id = t
            .resolve(alias)
            .unwrap_or_else(|| panic!("{alias} unknown"));
        assert_eq!(t.name(id), canonical, "{alias}");
    }
    assert_eq!(t.resolve("Kuberentes"), None);
}

#[test]
fn implications_are_transitive() {
    let t = tax();
    let id = |n: &str| t.resolve(n).unwrap();
    assert!(t.implies(id("EKS"), id("Kubernetes")));
    assert!(t.implies(id("EKS"), id("AWS")));
    assert!(t.implies(id("GitHub Actions"), id("CI/CD")));
    assert!(t.implies(id("Prometheus"), id("Observability")));
    assert!(t.implies(id("Grafana"), id("Observability")));
    assert!(!t.implies(id("Kubernetes"), id("EKS")));
    assert!(t.related(id("AWS"), id("GCP")));
    assert!(t.related(id("GCP"), id("AWS")));
}

#[test]
fn suggestions_are_alias_aware_and_strict() {
    let t = tax();
    assert_eq!(t.suggest("Kuberentes"), Some("Kubernetes"));
    assert_eq!(t.suggest("Postgress"), Some("PostgreSQL"));
    assert_eq!(t.suggest("Terrafrom"), Some("Terraform"));
    assert_eq!(t.suggest("Javascrpt"), Some("JavaScript"));
    assert_eq!(t.suggest("Jav"), None);
    assert_eq!(t.suggest("Golfing"), None);
}

/// The built-in taxonomy with a user file (YAML text) over it.
fn with_user_file(text: &str) -> (Taxonomy, Vec<Diagnostic>) {
    let base_src = Source::new("base.yaml", BUILTIN);
    let base: TaxonomyFile = yaml::parse(&base_src).unwrap();
    let user_src = Source::new("mine.yaml", text);
    let user: TaxonomyFile = yaml::parse(&user_src).unwrap();
    Taxonomy::build(vec![(base, &base_src), (user, &user_src)])
}

#[test]
fn user_file_overrides_and_extends() {
    let (t, diags) = with_user_file(
        "skills:\n  - name: Go\n    category: language\n    aliases: [golang, gopher-lang]\n  - name: Booking Flows\n    category: practice\n    implies: [Nonexistent Thing]\n",
    );
    assert_eq!(t.name(t.resolve("gopher-lang").unwrap()), "Go");
    assert!(t.resolve("booking flows").is_some());
    assert_eq!(diags.len(), 1);
    assert_eq!(
        diags[0].message,
        "`Booking Flows` implies unknown skill `Nonexistent Thing`"
    );
    assert_eq!(diags[0].line, 7);
}

#[test]
fn ambiguous_aliases_name_their_skill_and_are_found_only_in_context() {
    let (t, diags) = with_user_file(
        "skills:\n  - name: Crane Deploy\n    category: devops\n    ambiguous_aliases: [Crane]\n  - name: Heron\n    category: tool\n    ambiguous_aliases: [Python]\n",
    );
    let crane = t.resolve("crane").unwrap();
    assert_eq!(t.name(crane), "Crane Deploy");
    assert_eq!(t.skill(crane).ambiguous_aliases.as_ref(), ["Crane"]);
    assert!(t.skill(crane).aliases.is_empty());
    // A clash with another skill's name is reported at the ambiguous alias.
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(diags[0].message.contains("alias `Python`"), "{diags:?}");
    assert_eq!(diags[0].line, 7);
    let finder = crate::skills::mentions::MentionFinder::new(&t);
    let found = |text: &str| finder.find(text).iter().any(|m| m.skill == crane);
    assert!(found("We deploy with Crane, Docker and Kubernetes."));
    assert!(!found("A crane lifted the containers."));
    assert!(!found("The Crane family sold the farm."));
}

#[test]
fn built_in_ambiguous_aliases_resolve() {
    let t = Taxonomy::builtin();
    for (alias, name) in [("Excel", "Microsoft Excel"), ("lambda", "AWS Lambda")] {
        assert_eq!(t.resolve(alias).map(|i| t.name(i)), Some(name));
    }
}
