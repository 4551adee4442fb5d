//! The extraction tests: each fast routine against its plain definition, and whole texts.

use super::anyof::*;
use super::cues::*;
use super::guess::*;
use super::sections::*;
use super::text::*;
use super::*;

#[test]
fn lines_are_str_lines() {
    let pieces = ["a", "\n", "\r", "\r\n", " ", "é", "\n\n"];
    for t in crate::testgen::texts(&pieces, 10, 5000, 3) {
        assert_eq!(
            lines(&t).collect::<Vec<_>>(),
            t.lines().collect::<Vec<_>>(),
            "{t:?}"
        );
    }
}

#[test]
fn labels_are_matched_as_lower_casing_does() {
    let pieces = [
        "Title:", "TITLE:", "tİtle:", "Job ", "Ⱥ", "ẞ", "K", ":", " x", "é",
    ];
    for t in crate::testgen::texts(&pieces, 5, 5000, 11) {
        for label in ["job title:", "title:", "position:", "role:", "company:"] {
            let got = strip_label(&t, label);
            assert_eq!(got.is_some(), t.to_lowercase().starts_with(label), "{t:?}");
            if let Some(rest) = got {
                assert!(
                    t.ends_with(rest) && t.len() - rest.len() == label.len(),
                    "{t:?}"
                );
            }
        }
    }
}

#[test]
fn hiring_match_is_the_regex() {
    let re = regex::Regex::new(
        r"\b([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) (?:is|are) (?:hiring|looking for)",
    )
    .unwrap();
    let words = [
        "Acme", "Corp", "is", "are", "hiring", "looking", "for", "we", "Zürich", "É", "Ltd.",
        "A&B", "x", "The", "Big", "Data", "Team", "\n", "–", "O'Neil", "a-b", "Is", "Straße",
        "\u{301}", "٣", "²", "‿", "日本", "\u{200D}", "Ⅻ", "\u{212A}", "·",
    ];
    let (mut rng, mut hits) = (crate::testgen::XorShift(0x2545_F491_4F6C_DD1D), 0);
    let mut next = || rng.next();
    for _ in 0..500_000 {
        let mut t = String::new();
        for k in 0..next() % 12 {
            let r = next();
            if k > 0 && r % 7 != 0 {
                t.push(' ');
            }
            t.push_str(words[(r / 7 % words.len() as u64) as usize]);
        }
        let want = re.captures(&t).map(|c| c[1].to_string());
        hits += usize::from(want.is_some());
        assert_eq!(hiring_match(&t), want, "{t:?}");
    }
    assert!(hits > 1000, "{hits}");
}

#[test]
fn only_these_characters_lower_case_to_ascii() {
    let found: Vec<char> = (0x80..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
        .collect();
    assert_eq!(found, {
        let mut v = LOWER_TO_ASCII.to_vec();
        v.sort();
        v
    });
}

#[test]
fn lower_to_ascii_is_found_by_its_bytes() {
    let pieces = [
        "\u{212A}", "\u{130}", "\u{2129}", "\u{212B}", "\u{131}", "\u{C4}", "—", "’", "K", "İ",
        "é", "a", " ",
    ];
    for t in crate::testgen::texts(&pieces, 12, 5000, 7) {
        assert_eq!(has_lower_to_ascii(&t), t.contains(LOWER_TO_ASCII), "{t:?}");
    }
}

#[test]
fn inline_cues_ignore_case_as_lower_casing_does() {
    for (line, want) in [
        ("Kafka is A PLUS", Some(Importance::Preferred)),
        (
            "Go (MUST HAVE), Rust nice-to-have",
            Some(Importance::Preferred),
        ),
        ("Zürich: Go is Required", Some(Importance::Required)),
        ("Go • ideally Rust", Some(Importance::Preferred)),
        ("nice to \u{212A}now", None),
        ("Pİ: mandatory", Some(Importance::Required)),
        ("Python and Go", None),
    ] {
        assert_eq!(inline_importance(line), want, "{line}");
        let cues = inline_cues(line);
        let fast = cue_importance(cues.iter().map(|c| c.1));
        if !line.contains(LOWER_TO_ASCII) {
            assert_eq!(fast, want, "{line}");
        }
    }
}

#[test]
fn all_inline_cues_are_found() {
    // No cue starts another (what `inline_cues` relies on).
    let all: Vec<&str> = INLINE_PREFERRED
        .iter()
        .chain(INLINE_REQUIRED)
        .copied()
        .collect();
    for a in &all {
        for b in &all {
            assert!(a == b || !a.starts_with(b), "{a} / {b}");
        }
    }
    let pieces = [
        "nice to have",
        "required",
        "desirable",
        "must",
        " ",
        "have",
        "-",
        "is a",
        " bonus",
        ":",
        "a plus",
        "essential",
        "you ",
        "x",
        "Required",
        "é",
        "ideally",
        "advantage",
        "ous",
    ];
    for t in crate::testgen::texts(&pieces, 12, 20_000, 0x2545_F491_4F6C_DD1D) {
        let want = inline_cues_one_by_one(&t.as_bytes().to_ascii_lowercase());
        assert_eq!(inline_cues(&t), want, "{t:?}");
    }
}

#[test]
fn headings_are_classified() {
    let required = Heading {
        importance: Importance::Required,
        known: true,
        worded: false,
    };
    assert_eq!(heading("## Requirements"), Some(required));
    assert_eq!(heading("**Must-have skills:**"), Some(required));
    assert_eq!(heading("WHAT YOU BRING"), Some(required));
    assert_eq!(
        heading("Über uns:"),
        Some(Heading {
            importance: Importance::Unspecified,
            known: false,
            worded: false,
        })
    );
    for k in OTHER_HEADINGS {
        assert!(heading(k).is_some_and(|h| h.known), "{k}");
    }
    assert_eq!(classify("nice to have"), Importance::Preferred);
    assert_eq!(classify("what you bring"), Importance::Required);
    assert_eq!(classify("responsibilities"), Importance::Unspecified);
    assert_eq!(
        heading("We build Go services for travellers across the world and more."),
        None
    );
    // A list item in capitals is an item, not a heading that ends the list.
    for item in ["- SQL", "• AWS", "* ASP.NET", "2. GCP"] {
        assert_eq!(heading(item), None, "{item}");
    }
    assert_eq!(heading("REQUIREMENTS"), Some(required));
}

#[test]
fn a_capitals_item_keeps_its_list_in_the_section() {
    let text =
        "Dev\n\nRequirements\n- Go\n- SQL\n- ASP.NET\n- Docker\n\nNice to have\n- AWS\n- Kafka\n";
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    let ex = extract(text, &tax, &finder);
    let imp = |n: &str| {
        ex.skills
            .iter()
            .find(|s| s.name == n)
            .unwrap_or_else(|| panic!("{n}"))
            .importance
    };
    for n in ["Go", "SQL", "ASP.NET", "Docker"] {
        assert_eq!(imp(n), Importance::Required, "{n}");
    }
    for n in ["AWS", "Kafka"] {
        assert_eq!(imp(n), Importance::Preferred, "{n}");
    }
}

#[test]
fn plain_lines_are_shaped_as_shape_says() {
    // `heading` skips `shape` for a line without `#*_` at its start or `:*_` at its end.
    let pieces = [
        " ", "\t", "a", "Go", "é", "#", "*", "_", ":", "**", "\u{a0}", "x y", "  ",
    ];
    let mut plain = 0;
    for l in crate::testgen::texts(&pieces, 16, 50_000, 0x5AFE) {
        let t = trim(&l);
        let Some((&first, &last)) = t.as_bytes().first().zip(t.as_bytes().last()) else {
            continue;
        };
        if matches!(first, b'#' | b'*' | b'_') || matches!(last, b':' | b'*' | b'_') {
            continue;
        }
        plain += 1;
        let want = (word_count(t, 6) <= 5).then_some((t, false));
        assert_eq!(shape(t), want, "{l:?}");
    }
    assert!(plain > 10_000, "{plain}");
}

#[test]
fn trim_is_str_trim() {
    let pieces = [
        " ", "\t", "\n", "\r", "\u{b}", "\u{c}", "\u{a0}", "\u{2003}", "\u{85}", "a", "é", "#", ":",
    ];
    for t in crate::testgen::texts(&pieces, 8, 50_000, 0x7819) {
        assert_eq!(trim(&t), t.trim(), "{t:?}");
        for cap in [3, 8] {
            let want = t.split_whitespace().take(cap).count();
            assert_eq!(word_count(&t, cap), want, "{t:?}");
        }
    }
}

#[test]
fn alternative_gaps_are_what_trimming_says() {
    let pieces = [
        " ", "\t", "\n", "\u{b}", "\u{a0}", "\u{2003}", "/", "|", "or", "o", "r", ",", "and", "é",
    ];
    for gap in crate::testgen::texts(&pieces, 6, 50_000, 0x0A17_E4A7) {
        let want = if gap.len() > 12 || gap.contains('\n') {
            Gap::Break
        } else {
            match gap.trim() {
                "" | "," => Gap::List,
                "/" => Gap::Slash,
                "or" | ", or" | ",or" | "|" | "and/or" | ", and/or" | "and / or" | "or/and" => {
                    Gap::Or
                }
                "and" | ", and" | "&" | "as well as" => Gap::And,
                _ => Gap::Break,
            }
        };
        assert_eq!(gap_kind(&gap), want, "{gap:?}");
    }
}

#[test]
fn company_guess_never_cuts_a_character() {
    let mut text = "Acme is hiring.\n".to_string();
    while text.len() < 1999 {
        text.push('x');
    }
    text.push_str("’• more");
    assert_eq!(guess_company(&text, "Engineer").as_deref(), Some("Acme"));
}

#[test]
fn any_text_is_extracted_whole() {
    // Labels, headings, cues, years and names, cut and joined with characters whose case
    // changes their length: nothing panics, every mention is a slice of the text, and
    // `extract_reqs` says what `extract` says.
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    let pieces = [
        "Title:",
        "Company:",
        "Requirements",
        "\n",
        "\r\n",
        "## ",
        "**",
        "Nice to have:",
        "- ",
        " ",
        "Go",
        "AWS",
        "/",
        "Node.js",
        "5+",
        " years",
        " of experience",
        "3-",
        "Ⱥ",
        "ẞ",
        "İ",
        "\u{212A}",
        "’",
        "is hiring",
        " is ",
        "Acme",
        "a plus",
        "REQUIRED",
        "é",
        "#",
        ":",
        "C#",
        "\t",
    ];
    for t in crate::testgen::texts(&pieces, 24, 3000, 0x5EED_0F7E_47AA) {
        let ex = extract(&t, &tax, &finder);
        for s in &ex.skills {
            for m in &s.mentions {
                assert_eq!(t.get(m.start..m.end), Some(m.text), "{t:?}");
            }
        }
        let reqs = extract_reqs(&t, &tax, &finder);
        assert_eq!(
            (&reqs.title, &reqs.company, reqs.seniority, reqs.min_years),
            (&ex.title, &ex.company, ex.seniority, ex.min_years),
            "{t:?}"
        );
        let names: Vec<(Vec<&str>, Importance)> = reqs
            .reqs
            .iter()
            .map(|(ids, imp)| (ids.iter().map(|&i| tax.name(i)).collect(), *imp))
            .collect();
        let requirements = ex.requirements();
        let job: Vec<(Vec<&str>, Importance)> = requirements
            .iter()
            .map(|r| {
                let names = r.skill.iter().chain(&r.any_of).map(String::as_str);
                (names.collect(), r.importance)
            })
            .collect();
        assert_eq!(names, job, "{t:?}");
    }
}

#[test]
fn ascii_case_search_is_lower_casing() {
    let pieces = [
        "experience",
        "EXPERİENCE",
        "Of",
        " ",
        "of ",
        "\u{212A}",
        "İ",
        "ẞ",
        "e",
        "x",
    ];
    for t in crate::testgen::texts(&pieces, 6, 20_000, 0xCA5E) {
        for needle in ["experience", " of "] {
            let want = t.to_lowercase().contains(needle);
            let got = contains_ignore_ascii_case(t.as_bytes(), needle.as_bytes());
            assert_eq!(got, want, "{t:?} {needle:?}");
        }
    }
}

#[test]
fn seniority_is_read_from_the_lower_cased_words() {
    let by_definition = |title: &str| {
        let t = title.to_lowercase();
        let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).collect();
        let has = |w: &str| words.contains(&w);
        [
            (has("principal"), Seniority::Principal),
            (has("staff"), Seniority::Staff),
            (has("lead"), Seniority::Lead),
            (has("senior") || has("sr"), Seniority::Senior),
            (
                has("junior") || has("jr") || has("graduate"),
                Seniority::Junior,
            ),
            (has("intern") || has("internship"), Seniority::Intern),
            (has("mid"), Seniority::Mid),
        ]
        .into_iter()
        .find_map(|(h, s)| h.then_some(s))
    };
    let pieces = [
        "Senior",
        "SR",
        "lead",
        "Staff",
        "İntern",
        "intern",
        "ship",
        "Mid",
        "-",
        " ",
        ".",
        "é",
        "Jr",
        "principal",
        "Graduate",
        "x",
        "\u{212A}",
    ];
    for t in crate::testgen::texts(&pieces, 6, 20_000, 0x5E41) {
        assert_eq!(guess_seniority(&t), by_definition(&t), "{t:?}");
    }
}

#[test]
fn a_title_is_not_a_list_item_or_a_lead_in() {
    let title = |t: &str| guess_title(t);
    assert_eq!(title("Requirements\n- Go and Kafka\n"), "Untitled posting");
    assert_eq!(title("Requirements\n* Go\n"), "Untitled posting");
    assert_eq!(
        title("• Go\n1. Kafka\n2) Redis\nWhat we offer:\n"),
        "Untitled posting"
    );
    assert_eq!(
        title("\n# Senior Go Developer\n\nRequirements:\n- Go\n"),
        "Senior Go Developer"
    );
    assert_eq!(title("**Backend Engineer**\n- Go\n"), "Backend Engineer");
    assert_eq!(title("- Go\nData Engineer\n"), "Data Engineer");
    // Not list markers: a hyphenated word, a number in a title.
    assert_eq!(title("-Go- Engineer\n"), "-Go- Engineer");
    assert_eq!(title("3D Graphics Engineer\n"), "3D Graphics Engineer");
    assert_eq!(
        title("2026 Graduate Programme\n"),
        "2026 Graduate Programme"
    );
}

#[test]
fn guesses_years_and_seniority() {
    assert_eq!(
        guess_min_years("You have 5+ years of experience with Go."),
        Some(5.0)
    );
    assert_eq!(
        guess_min_years("3-5 years of professional experience"),
        Some(3.0)
    );
    assert_eq!(guess_min_years("founded 20 years ago"), None);
    assert_eq!(
        guess_seniority("Senior Go Developer"),
        Some(Seniority::Senior)
    );
    assert_eq!(
        guess_seniority("Staff Engineer, Platform"),
        Some(Seniority::Staff)
    );
    assert_eq!(guess_seniority("Backend Engineer"), None);
}
