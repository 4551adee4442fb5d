//! Unit tests of the JSON Resume import.

use super::*;

fn doc(json: &str) -> Resume {
    serde_json::from_str(json).unwrap()
}

#[test]
fn dates_of_any_precision_keep_year_and_month() {
    assert_eq!(parse_date("2019").unwrap().to_string(), "2019");
    assert_eq!(parse_date("2019-03").unwrap().to_string(), "2019-03");
    assert_eq!(parse_date("2019-03-01").unwrap().to_string(), "2019-03");
    assert_eq!(
        parse_date("2019-03-01T00:00:00Z").unwrap().to_string(),
        "2019-03"
    );
    assert!(parse_date("March 2019").is_none());
    assert!(parse_date("2019-13").is_none());
}

#[test]
fn a_role_summary_becomes_its_description_and_no_end_means_present() {
    let r = doc(
        r#"{"basics":{"name":"A"},"work":[{"name":"Acme","position":"Dev",
        "startDate":"2020-01-15","summary":"Built things.","highlights":["Shipped X"]}]}"#,
    );
    let p = import(&r).unwrap().profile;
    let e = &p.experience[0];
    assert_eq!(e.description.as_deref(), Some("Built things."));
    assert_eq!(e.highlights[0].text, "Shipped X");
    assert_eq!(e.end, Some(Date::Present));
    assert_eq!(e.company, "Acme");
}

#[test]
fn old_key_names_are_read() {
    let r = doc(r#"{"basics":{"name":"A","website":"http://a.example"},
        "work":[{"company":"Acme","position":"Dev","startDate":"2020","website":"http://acme"}]}"#);
    let i = import(&r).unwrap();
    assert_eq!(i.profile.experience[0].company, "Acme");
    assert_eq!(
        i.profile.contact.website.as_deref(),
        Some("http://a.example")
    );
    assert_eq!(i.profile.experience[0].url.as_deref(), Some("http://acme"));
    assert!(i.left_out.is_empty(), "{:?}", i.left_out);
}

#[test]
fn what_has_no_home_is_listed() {
    let r =
        doc(r#"{"basics":{"name":"A","image":"x.png"},"interests":[{"name":"Chess"}],"meta":{}}"#);
    let i = import(&r).unwrap();
    assert_eq!(
        i.left_out,
        vec![
            "`interests` has no place in a jobfit profile; left out",
            "`basics.image` has no place in a jobfit profile; left out"
        ]
    );
}

#[test]
fn skill_groups_and_keywords_become_skills() {
    let r = doc(
        r#"{"basics":{"name":"A"},"skills":[{"name":"Web","level":"Master",
        "keywords":["HTML","CSS"]},{"name":"Compression","level":"3/5","keywords":["HTML"]}]}"#,
    );
    let p = import(&r).unwrap().profile;
    let names: Vec<&str> = p.skills.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Web", "HTML", "CSS", "Compression"]);
    assert_eq!(p.skills[0].level, Some(Level::Expert));
    assert_eq!(p.skills[3].note.as_deref(), Some("level: 3/5"));
}

#[test]
fn a_role_without_start_or_a_bad_date_is_a_problem() {
    let r = doc(r#"{"basics":{},"work":[{"name":"Acme","position":"Dev"},
        {"name":"B","position":"C","startDate":"soon"}]}"#);
    let problems = import(&r).unwrap_err();
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        ["basics.name", "work[0].startDate", "work[1].startDate"]
    );
}

#[test]
fn awards_publications_volunteering_languages_and_profiles_have_a_home() {
    let r = doc(r#"{"basics":{"name":"A","url":"https://a.dev","profiles":[
            {"network":"GitHub","username":"a-dev","url":"https://github.com/a-dev"},
            {"network":"LinkedIn","url":"https://www.linkedin.com/in/a-dev"},
            {"network":"Mastodon","username":"a","url":"https://m.example/@a"}]},
        "volunteer":[{"organization":"Code Club","position":"Mentor","startDate":"2020-02",
            "summary":"Taught kids.","highlights":["Ran 40 sessions"]}],
        "awards":[{"title":"Best talk","awarder":"PyCon","date":"2023-05-01","summary":"Voted."}],
        "publications":[{"name":"On joins","publisher":"ACM","releaseDate":"2022","url":"https://x"}],
        "languages":[{"language":"German","fluency":"B2"},{"language":"Tamil","fluency":"Native speaker"},
            {"language":"French","fluency":"so-so"}]}"#);
    let i = import(&r).unwrap();
    let p = &i.profile;
    assert_eq!(p.contact.website.as_deref(), Some("https://a.dev"));
    assert_eq!(p.contact.github.as_deref(), Some("a-dev"));
    assert_eq!(
        p.contact.linkedin.as_deref(),
        Some("https://www.linkedin.com/in/a-dev")
    );
    assert_eq!(p.contact.links[0].label, "Mastodon (a)");
    let v = &p.volunteering[0];
    assert_eq!(
        (v.organization.as_str(), v.role.as_deref()),
        ("Code Club", Some("Mentor"))
    );
    assert_eq!(v.highlights[0].text, "Taught kids.");
    assert_eq!(p.awards[0].issuer.as_deref(), Some("PyCon"));
    assert_eq!(p.publications[0].title, "On joins");
    let langs: Vec<String> = p.languages.iter().map(|l| l.label()).collect();
    assert_eq!(langs, ["German (B2)", "Tamil (native)", "French"]);
    assert_eq!(
        i.left_out,
        [
            "`languages[2].fluency` (`so-so`) is not a level jobfit knows (A1–C2, native, fluent, \
          professional, conversational, basic); the language is kept without it"
        ]
    );
}
