//! The extraction tests on real postings' phrasings (SkillSpan train, the examples):
//! any-of groups from prose, sections told by their wording, lines that state a requirement
//! themselves, and titles and companies only where the text states them.

use super::*;
use crate::model::Importance::{Preferred, Required, Unspecified};

/// Each requirement of a posting as its skill names (one, or an `any_of`) and importance.
fn reqs(text: &str) -> Vec<(Vec<String>, Importance)> {
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    let job = extract(text, &tax, &finder).to_job();
    job.requirements
        .into_iter()
        .map(|r| (r.skill.into_iter().chain(r.any_of).collect(), r.importance))
        .collect()
}

/// The importance of each named skill in a posting.
fn importance(text: &str, name: &str) -> Importance {
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    let ex = extract(text, &tax, &finder);
    let found = ex.skills.iter().find(|s| s.name == name);
    found
        .unwrap_or_else(|| panic!("{name} not in {text:?}"))
        .importance
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn alternatives_in_prose_are_one_requirement() {
    for (line, group) in [
        (
            "Experience in one or more of the following programming languages: Scala Java Go",
            &["Scala", "Java", "Go"][..],
        ),
        (
            "C# F# and/or Typescript … one or more will do",
            &["C#", "F#", "TypeScript"],
        ),
        ("C# Python or Java", &["C#", "Python", "Java"]),
        ("Spark or Databricks", &["Spark", "Databricks"]),
        (
            "Frontend work, especially Angular React or Vue",
            &["Angular", "React", "Vue.js"],
        ),
        (
            "Experience with a frontend framework such as React, Vue or Angular",
            &["React", "Vue.js", "Angular"],
        ),
        ("Cloud providers (e.g. AWS, GCP)", &["AWS", "GCP"]),
        (
            "Good knowledge of Kotlin and/or Swift",
            &["Kotlin", "Swift"],
        ),
        (
            "Fluent in Java/Python/Go or similar",
            &["Java", "Python", "Go"],
        ),
        (
            "Heavy experience in at least one or more of: Docker Kubernetes Rancher",
            &["Docker", "Kubernetes", "Rancher"],
        ),
    ] {
        let text = format!("Requirements\n- {line}\n");
        let got = reqs(&text);
        let want = (names(group), Required);
        assert!(got.contains(&want), "{line}: {got:?}");
    }
}

#[test]
fn lists_without_an_alternative_are_separate_requirements() {
    let one = |n: &str| (names(&[n]), Required);
    // "Java and Python" is two requirements; "Kafka or similar" is Kafka; a comma list is
    // one requirement per skill.
    assert_eq!(
        reqs("Requirements\n- Java and Python\n"),
        [one("Java"), one("Python")]
    );
    assert_eq!(reqs("Requirements\n- Kafka or similar\n"), [one("Kafka")]);
    assert_eq!(
        reqs("Requirements\n- Go, Docker, Kubernetes\n"),
        [one("Go"), one("Docker"), one("Kubernetes")]
    );
    // Two groups joined by "and"; a list that ends its sentence does not reach the next one.
    assert_eq!(
        reqs("Requirements\n- Java or Kotlin and JavaScript or TypeScript\n"),
        [
            (names(&["Java", "Kotlin"]), Required),
            (names(&["JavaScript", "TypeScript"]), Required)
        ]
    );
    assert_eq!(
        reqs("Requirements\n- We use Python. Docker or Podman is fine\n")[0],
        one("Python")
    );
    // "like" as a verb introduces nothing.
    assert_eq!(
        reqs("Requirements\n- You like Go and Rust\n"),
        [one("Go"), one("Rust")]
    );
}

#[test]
fn sections_are_told_by_their_wording() {
    for heading in [
        "Your qualifications skills & experience",
        "Your Skills",
        "Your competences include",
        "What you bring",
        "Who you are",
        "You have",
        "We expect",
        "Must have",
        "YOUR QUALIFICATIONS",
    ] {
        let text = format!("About the job\nWe build things.\n{heading}\nPython and Docker\n");
        assert_eq!(importance(&text, "Python"), Required, "{heading}");
    }
    for heading in [
        "Nice to have",
        "Bonus points",
        "It's a plus if",
        "Preferred",
    ] {
        let text = format!("Requirements\n- Go\n{heading}\nPython and Docker\n");
        assert_eq!(importance(&text, "Python"), Preferred, "{heading}");
        assert_eq!(importance(&text, "Go"), Required, "{heading}");
    }
    // A section of another kind ends the requirements.
    let text = "Your Skills\nPython\nYour tasks\nDocker and Kubernetes\n";
    assert_eq!(importance(text, "Python"), Required);
    assert_eq!(importance(text, "Docker"), Unspecified);
    // A sentence that introduces a list keeps the section; a short label ends it.
    let text =
        "Requirements\nKnowledge in at least one of these:\n- Python\nOur promise:\n- Docker\n";
    assert_eq!(importance(text, "Python"), Required);
    assert_eq!(importance(text, "Docker"), Unspecified);
    // A line that names a skill is no heading, whatever its wording.
    let text = "Requirements\n- Go\nWho we are: Kafka fans\n- Docker\n";
    assert_eq!(importance(text, "Docker"), Required);
}

#[test]
fn headings_glued_to_their_text_are_found() {
    for text in [
        "RequirementsExperience with Java\n",
        "Requirements: 5+ years with Java\n",
        "Your qualifications The candidate must know Java\n",
        "Qualifications  Many years of Java\n",
        "Profile: Qualifications: Java\n",
        "Skills: Java, Go\n",
        "Who are you? You have a degree and know Java\n",
        "WHAT YOU WILL BRING First and foremost Java\n",
        "You'll be great in this role if you:\nKnow Java\n",
    ] {
        assert_eq!(importance(text, "Java"), Required, "{text}");
    }
    // At the end of the line before: the section starts on the next line.
    let text =
        "Develop and maintain analysis tools with Docker Your qualifications\nPython and SQL\n";
    assert_eq!(importance(text, "Docker"), Unspecified);
    assert_eq!(importance(text, "Python"), Required);
    // Not a heading: a word that merely starts a sentence.
    assert_eq!(
        importance("requirements engineering with Java\n", "Java"),
        Unspecified
    );
}

#[test]
fn headings_inside_a_long_line_end_and_start_sections() {
    // A posting whose line breaks were lost (SkillSpan tech-079, shortened).
    let filler = "Plan conduct and document test cases to ensure product quality ".repeat(4);
    let text = format!(
        "WHAT YOU WILL DO Work on our audio SDK with Docker {filler}WHAT YOU BRING TO THE TABLE: \
         3+ years of experience in testing Experience with Python Fluent in English {filler}Good \
         to have Experience with Appium {filler}WHAT WE OFFER A budget for Kubernetes courses\n"
    );
    assert_eq!(importance(&text, "Docker"), Unspecified);
    assert_eq!(importance(&text, "Python"), Required);
    assert_eq!(importance(&text, "Appium"), Preferred);
    assert_eq!(importance(&text, "Kubernetes"), Unspecified);
    // A requirement stated inside such a line, under a heading no list knows.
    let text = format!(
        "We build medical devices with Docker {filler}YOUR FITNESS LEVEL You have 5+ years of \
         experience with Python {filler}\n"
    );
    assert_eq!(importance(&text, "Docker"), Unspecified);
    assert_eq!(importance(&text, "Python"), Required);
}

#[test]
fn lines_that_state_a_requirement_are_required_anywhere() {
    for line in [
        "You have 3+ years of experience with Python.",
        "Strong knowledge of Python",
        "Python is a must",
        "Experience with Python",
        "- Proficiency in Python",
        "5+ years of Python",
        "Solid hands-on experience with Python",
        "The role requires Python",
        "* Have solid experience with Python programming.",
        "You are fluent in Python",
        "The applicant must be fluent in Python",
    ] {
        let text = format!("About the role\nWe build things.\n{line}\n");
        assert_eq!(importance(&text, "Python"), Required, "{line}");
    }
    for line in [
        "Python is a plus",
        "Python nice to have",
        "Bonus: Python",
        "Ideally you know Python",
        "Experience with Python is an advantage",
        "Experience with Python would be an asset",
    ] {
        let text = format!("About the role\n{line}\n");
        assert_eq!(importance(&text, "Python"), Preferred, "{line}");
    }
    for line in [
        "We use Python in production.",
        "Java plus Spring",
        "You will work with Python",
        "You are responsible for our Python services",
        "You have the opportunity to learn Python",
    ] {
        let text = format!("About the role\n{line}\n");
        let first = reqs(&text)[0].clone();
        assert_eq!(first.1, Unspecified, "{line}");
    }
}

#[test]
fn a_cue_reaches_its_own_clause() {
    let text = "Requirements\n- Experience with CircleCI pipelines; Jenkins is a plus.\n";
    assert_eq!(importance(text, "CircleCI"), Required);
    assert_eq!(importance(text, "Jenkins"), Preferred);
    let text = "Requirements\n- Python and/or Node.js nice to have.\n";
    assert_eq!(importance(text, "Python"), Preferred);
}

/// The title and company `extract` guesses.
fn guesses(text: &str) -> (String, Option<String>) {
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    let ex = extract(text, &tax, &finder);
    (ex.title, ex.company)
}

#[test]
fn titles_and_companies_only_where_the_text_states_them() {
    for text in [
        "It is a great once a lifetime opportunity .\nWe are looking for talented people.\n",
        "We are hiring!\nWe are looking for someone who knows Go.\n",
        "Experience level:\nSenior Lead\nRole:\nDevOps\n",
        "For the summer Acme in Copenhagen is looking for dancers.\n",
    ] {
        let want = ("Untitled posting".to_string(), None);
        assert_eq!(guesses(text), want, "{text}");
    }
    for (text, title, company) in [
        (
            "Head of IT (m/f/d)\nAcme is hiring.\n",
            "Head of IT (m/f/d)",
            Some("Acme"),
        ),
        (
            "Are you a sports fan?\nWe are looking for a Content Manager to take ownership.\n",
            "Content Manager",
            None,
        ),
        (
            "Software Developer (f/m/d) Acme Copenhagen Date posted: 2021-04-12 Job type: Full-time\n",
            "Software Developer",
            None,
        ),
        (
            "Backend Engineer\nAbout Fjordline\nFjordline runs ferries.\n",
            "Backend Engineer",
            Some("Fjordline"),
        ),
        (
            "Backend Engineer\nJoin Fjordline and build ferries.\nJoin us!\n",
            "Backend Engineer",
            Some("Fjordline"),
        ),
        (
            "Backend Engineer\nAt Fjordline, we build ferries.\n",
            "Backend Engineer",
            Some("Fjordline"),
        ),
        (
            "Data Engineer\nAbout us\nJoin us and our team!\n",
            "Data Engineer",
            None,
        ),
        (
            "Acme CEO Alex Alex demos Dynamics 365 Customer Insights AI\nWe are looking for an \
             enthusiastic experienced and driven Software Development Engineer who can make a \
             large impact.\n",
            "Software Development Engineer",
            None,
        ),
        (
            "React (Native) Developer Acme Copenhagen Date posted: 2021-04-20 Likes: 0 Dislikes: 0 \
             Love: 0 Job description: Job type: Full-time\n",
            "React (Native) Developer",
            None,
        ),
        (
            "(Sen.) Backend Engineer at Acme - The Mobile Wallet 50 mio users (full-time) Acme\n",
            "(Sen.) Backend Engineer",
            None,
        ),
        (
            "What we do Acme runs an onboarding platform.\nWhat we are looking for We seek a \
             full-time DevOps Engineer to help us build it.\n",
            "DevOps Engineer",
            None,
        ),
        ("CEO\nAcme is hiring.\n", "CEO", Some("Acme")),
        (
            "Vice President\nWe build ferries.\n",
            "Vice President",
            None,
        ),
    ] {
        assert_eq!(
            guesses(text),
            (title.to_string(), company.map(str::to_string)),
            "{text}"
        );
    }
}
