//! Tests of the long tail in text: named cloud services, the .NET family, GIS and scientific
//! libraries, test tools and platforms found in realistic sentences, and ordinary words not.

use super::*;

fn names(text: &str) -> Vec<String> {
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    finder
        .find(text)
        .into_iter()
        .map(|m| tax.name(m.skill).to_string())
        .collect()
}

/// The long-tail skills found in `text` (not the curated ones).
fn tail_names(text: &str) -> Vec<String> {
    let tax = Taxonomy::builtin();
    let curated = Taxonomy::curated().len();
    MentionFinder::new(&tax)
        .find(text)
        .into_iter()
        .filter(|m| m.skill.0 as usize >= curated)
        .map(|m| tax.name(m.skill).to_string())
        .collect()
}

#[test]
fn long_tail_names_are_found_in_postings() {
    for (text, skills) in [
        (
            "Secrets live in Azure Key Vault; events go through Azure Event Grid.",
            &["Azure Key Vault", "Azure Event Grid"][..],
        ),
        (
            "Experience with Key Vault and Azure Functions.",
            &["Azure Key Vault"],
        ),
        (
            "You know Azure API Management (APIM).",
            &["Azure API Management"],
        ),
        (
            "Spatial analysis with GeoPandas, Rasterio, Xarray and PostGIS.",
            &["GeoPandas", "Rasterio", "Xarray", "PostGIS"],
        ),
        ("Realtime updates through Pusher and Laravel.", &["Pusher"]),
        ("Integrations with IBM i (AS/400) and RPG.", &["IBM i"]),
        (
            "Background jobs with Hangfire, logging with Serilog.",
            &["Hangfire", "Serilog"],
        ),
        (
            "CQRS with MediatR and Quartz.NET schedules.",
            &["MediatR", "Quartz.NET"],
        ),
        (
            "DAGs on Google Cloud Composer and Amazon Bedrock.",
            &["Google Cloud Composer", "Amazon Bedrock"],
        ),
    ] {
        let found = tail_names(text);
        for skill in skills {
            assert!(
                found.iter().any(|n| n == skill),
                "{skill} in {text:?}: {found:?}"
            );
        }
    }
}

#[test]
fn the_issues_thin_vocabulary_is_found_with_the_curated_taxonomy() {
    for (text, skill) in [
        (
            "Messaging with Azure Service Bus and Event Hubs.",
            "Azure Service Bus",
        ),
        (
            "Messaging with Azure Service Bus and Event Hubs.",
            "Azure Event Hubs",
        ),
        ("Deploys go to Azure App Service.", "Azure App Service"),
        ("Maintain legacy .NET Framework 4.8 services.", ".NET"),
        (
            "Customise Microsoft Dynamics CRM workflows.",
            "Microsoft Dynamics",
        ),
    ] {
        let found = names(text);
        assert!(
            found.iter().any(|n| n == skill),
            "{skill} in {text:?}: {found:?}"
        );
    }
}

#[test]
fn ordinary_words_are_not_long_tail_skills() {
    for text in [
        "You have what it takes to succeed.",
        "Flexible working times and a friendly team.",
        "Go ahead and apply today.",
        "Quick learner with a rich background; click apply.",
        "Render the decision, segment the market and make it happen.",
        "Room to grow, a fiber of curiosity and a vector of change.",
    ] {
        let found = tail_names(text);
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
    assert!(!names("Go ahead and apply today.").contains(&"Go".to_string()));
}

#[test]
fn the_cached_finder_equals_a_fresh_build() {
    let tax = Taxonomy::builtin();
    let fresh = MentionFinder::build(&Taxonomy::build_builtin().with_longtail());
    let cached = MentionFinder::new(&tax);
    let text = "Azure Service Bus, Key Vault, GeoPandas, Pusher, Go, Kubernetes and IBM i.";
    assert_eq!(fresh.find(text), cached.find(text));
}

#[test]
fn no_long_tail_form_is_known_before_it_is_added() {
    // What lets `builtin_finder` add the long tail without looking each form up: adding it
    // with the look-ups gives the same forms and patterns.
    let tax = Taxonomy::builtin();
    let mut checked = builtin::finder();
    for skill in &tax.skills()[checked.technical.len()..] {
        checked.add_skill(skill);
    }
    checked.lexicon.finish();
    let fast = builtin_finder();
    assert_eq!(checked.patterns.len(), fast.patterns.len());
    assert!(checked.patterns[..] == fast.patterns[..]);
}

#[test]
fn a_capitals_only_name_is_no_evidence_in_shouted_text() {
    // CAN (the CAN bus) is ambiguous in every case but capitals, and capitals say nothing where
    // every word is in capitals (SkillSpan dev: "YOU CAN FIND"), unless a word next to it is a
    // skill name as well (a list of technologies: "SQS S3 ELB", SkillSpan train).
    let (can, s3) = ("CAN bus".to_string(), "S3".to_string());
    for text in [
        "IF YOU CAN FIND BUGS IN C++ AND RUST, APPLY.",
        "Firmware in C++ and Rust. YOU CAN  FIND US ON LINUX.",
    ] {
        assert!(!names(text).contains(&can), "{text:?}: {:?}", names(text));
    }
    for text in [
        "Firmware in C++ for ECUs talking CAN over Linux drivers.",
        "Firmware in C++ and Rust: AUTOSAR CAN stack on Linux.",
        "Firmware in C++ and Rust: CAN LIN FlexRay.",
    ] {
        assert!(names(text).contains(&can), "{text:?}: {:?}", names(text));
    }
    let aws = "On AWS: Docker on ECS Lambda SNS SQS S3 ELB EC2 Cloudfront and more";
    assert!(names(aws).contains(&s3), "{:?}", names(aws));
    use super::context::caps_run;
    for (text, form, shouted) in [
        ("YOU CAN FIND", "CAN", true),
        ("I CAN'T\tWAIT", "CAN", false),
        ("WE'LL  CAN DO", "CAN", true),
        ("A REST API", "REST", true),
        ("AUTOSAR CAN stack", "CAN", false),
        ("CAN FIND", "CAN", false),
        ("YOU CAN", "CAN", false),
        ("YOU, CAN FIND", "CAN", false),
        ("YOU CAN\nFIND", "CAN", false),
        ("SAE J1939 CAN BUS", "CAN", false),
    ] {
        let s = text.find(form).unwrap();
        assert_eq!(
            caps_run(text, s, s + form.len()).is_some(),
            shouted,
            "{text:?}"
        );
    }
}

#[test]
fn asp_net_web_api_is_one_curated_skill_that_implies_asp_net_and_apis() {
    // The long tail once had "ASP.NET Core Web API" as an alias of ASP.NET Core MVC, which took
    // the line's "API" and gave neither ASP.NET nor APIs.
    let tax = Taxonomy::builtin();
    for text in [
        "Experience with ASP.NET Core Web API",
        "Services in ASP.NET WebAPI and Web API 2.",
        "We build on ASP.NET Web API.",
    ] {
        let found = names(text);
        assert!(
            found.iter().all(|n| n == "ASP.NET Web API"),
            "{text:?}: {found:?}"
        );
        assert!(!found.is_empty(), "{text:?}");
        assert!(tail_names(text).is_empty(), "{text:?}");
    }
    let api = tax.resolve("ASP.NET Core Web API").unwrap();
    assert_eq!(tax.name(api), "ASP.NET Web API");
    for implied in ["ASP.NET", ".NET", "APIs", "REST"] {
        let want = tax.resolve(implied).unwrap();
        assert!(tax.implies(api, want), "ASP.NET Web API ⇒ {implied}");
    }
    // An ASP.NET developer without Web API is a near miss for it, not a stranger to it.
    assert!(tax.related(tax.resolve("ASP.NET").unwrap(), api));
    // Nor do ASP.NET Core MVC and Microsoft ASP.NET Core (O*NET) take ASP.NET's place.
    assert_eq!(names("Razor views in ASP.NET Core MVC."), ["ASP.NET"]);
    assert_eq!(names("Apps on Microsoft ASP.NET Core."), ["ASP.NET"]);
    assert_eq!(names("Sites on ASP.NET Core."), ["ASP.NET"]);
}
