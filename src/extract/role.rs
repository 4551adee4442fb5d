//! What names a role and what names a company, for the title and company guesses.
//!
//! Owns the role nouns ("engineer", "developer", "architect", …), the title shape (a short
//! line naming a role, not a sentence) and the proper-name test for a company (never a
//! pronoun or a common word: "We", "Our team"). It must not read a posting's lines: `guess`
//! does, and asks here.

/// Words that name a role (lower case; a plural `s` is allowed).
const ROLE_NOUNS: &[&str] = &[
    "engineer",
    "developer",
    "architect",
    "analyst",
    "manager",
    "designer",
    "scientist",
    "consultant",
    "specialist",
    "lead",
    "leader",
    "head",
    "director",
    "officer",
    "administrator",
    "programmer",
    "tester",
    "researcher",
    "postdoc",
    "phd",
    "professor",
    "lecturer",
    "fellow",
    "student",
    "intern",
    "trainee",
    "apprentice",
    "assistant",
    "technician",
    "coordinator",
    "advisor",
    "adviser",
    "accountant",
    "controller",
    "owner",
    "master",
    "expert",
    "writer",
    "editor",
    "marketer",
    "recruiter",
    "representative",
    "executive",
    "strategist",
    "planner",
    "operator",
    "nurse",
    "doctor",
    "physician",
    "chemist",
    "physicist",
    "biologist",
    "economist",
    "statistician",
    "mathematician",
    "lawyer",
    "counsel",
    "auditor",
    "buyer",
    "agent",
    "chauffeur",
    "driver",
    "worker",
    "chef",
    "cook",
    "teacher",
    "instructor",
    "trainer",
    "supervisor",
    "cto",
    "ceo",
    "cfo",
    "vp",
    "president",
    "dba",
    "sre",
    "secretary",
    "receptionist",
    "clerk",
    "devops",
    "qa",
    "internship",
    "postdoctoral",
    "scholarship",
    "graduate",
];

/// Is `w` (any case) a role noun, or its plural?
pub(super) fn is_role_word(w: &str) -> bool {
    // No role noun is shorter than two letters or longer than 16.
    if !(2..=17).contains(&w.len()) || !w.is_ascii() {
        return false;
    }
    static SORTED: std::sync::OnceLock<Vec<&str>> = std::sync::OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut v = ROLE_NOUNS.to_vec();
        v.sort_unstable();
        v
    });
    let mut buf = [0u8; 17];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).expect("ASCII");
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    const NOT_ROLES: &[&str] = &["persist", "consist", "checklist", "playlist", "wishlist"];
    sorted.binary_search(&lower).is_ok()
        || sorted.binary_search(&singular).is_ok()
        // Bioinformatician, Pharmacist, Journalist.
        || (singular.len() >= 7
            && (singular.ends_with("ician") || singular.ends_with("ist"))
            && !NOT_ROLES.contains(&singular))
}

/// Does a line read as a job title: at most 12 words, not a sentence (no `.`, `!` or `?` at
/// its end, no `we`/`you`/`is`/`are` among its words), and naming a role?
pub(super) fn reads_as_title(t: &str) -> bool {
    if t.len() > 100 || t.ends_with(['.', '!', '?', ',', ';']) {
        return false;
    }
    let words = t
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    const SENTENCE: &[&str] = &[
        "we", "you", "is", "are", "our", "your", "it", "this", "will", "can", "have", "has",
    ];
    // `we`, `We`, not `IT`.
    let sentence_word = |w: &str| {
        let mut c = w.chars();
        let first = c.next().map(|f| f.to_ascii_lowercase());
        SENTENCE
            .iter()
            .any(|s| first.is_some_and(|f| s.starts_with(f) && c.as_str() == &s[1..]))
    };
    let (mut n, mut role) = (0, false);
    // The 1-based positions of the first and last executive word; 0 for none.
    let (mut first_exec, mut last_exec) = (0, 0);
    for w in words {
        n += 1;
        if n > 12 || sentence_word(w) {
            return false;
        }
        if is_executive(w) {
            first_exec = if first_exec == 0 { n } else { first_exec };
            last_exec = n;
        } else {
            role = role || is_role_word(w);
        }
    }
    role || first_exec == 1 || (last_exec > 0 && last_exec == n)
}

/// An executive's title (`CEO`, `President`). It names the posting's role only at a line's
/// start or end ("CEO", "Vice President"); inside a line it is a person ("Acme CEO Alex Alex
/// demos Dynamics 365 Customer Insights").
fn is_executive(w: &str) -> bool {
    ["ceo", "cfo", "president"]
        .iter()
        .any(|e| w.eq_ignore_ascii_case(e))
}

/// Words that are never a company's name, however capitalised.
const NOT_NAMES: &[&str] = &[
    "we",
    "you",
    "i",
    "they",
    "he",
    "she",
    "it",
    "us",
    "our",
    "your",
    "their",
    "my",
    "its",
    "this",
    "that",
    "these",
    "those",
    "the",
    "a",
    "an",
    "company",
    "team",
    "department",
    "position",
    "role",
    "job",
    "here",
    "there",
    "now",
    "today",
    "who",
    "what",
    "why",
    "how",
    "where",
    "when",
    "client",
    "customer",
    "employer",
    "organisation",
    "organization",
    "group",
    "everyone",
    "someone",
    "anyone",
    "all",
    "with",
    "in",
    "at",
    "as",
    "for",
    "and",
    "if",
    "since",
    "founded",
    "together",
    "join",
    "about",
    "apply",
    "please",
];

/// A company's name from the words at the start of `s`: up to four capitalised words (`&`,
/// `of`, `and` may join them), none of them a pronoun or a common word of `NOT_NAMES`
/// ("About Acme With a worldwide …" gives "Acme"). `None` when the first word is not a name.
pub(super) fn proper_name(s: &str) -> Option<String> {
    let mut words = Vec::new();
    let s = s.lines().next().unwrap_or("");
    for raw in s.split(' ') {
        let w = raw.trim_end_matches([',', '.', ':', ';', '!', '?', ')', '\'']);
        let name_word = w.starts_with(|c: char| c.is_uppercase())
            && !NOT_NAMES.iter().any(|n| w.eq_ignore_ascii_case(n));
        let joiner = !words.is_empty() && matches!(w, "&" | "of" | "and");
        // `About PIPPI PIPPI is …`: a heading glued to a sentence that names it again.
        let again = words.last() == Some(&w);
        if !(name_word || joiner) || again || words.len() == 4 {
            break;
        }
        words.push(w);
        if w.len() < raw.len() {
            break;
        }
    }
    while words
        .last()
        .is_some_and(|w| matches!(*w, "&" | "of" | "and"))
    {
        words.pop();
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// Is `name` a company's name as `proper_name` reads one, whole?
pub(super) fn is_proper_name(name: &str) -> bool {
    proper_name(name).is_some_and(|n| n == name.trim_end_matches(['.', ',']))
}

/// Words that may join a title's capitalised words ("Head of IT", "QA/Test Developer").
const JOINERS: &[&str] = &["of", "&", "and", "/", "-", "–", "for"];

/// The role named at the start of `s`: its capitalised words up to the last role noun among
/// the first seven ("Senior QA Engineer to join …" gives "Senior QA Engineer").
pub(super) fn role_phrase(s: &str) -> Option<&str> {
    let mut end = None;
    let mut at = 0;
    let s = s.lines().next().unwrap_or("");
    for (k, raw) in s.split(' ').enumerate() {
        let w = raw.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        // A capitalised word in brackets belongs to the title: "React (Native) Developer",
        // "(Sen.) Backend Engineer".
        let capital = w
            .strip_prefix('(')
            .unwrap_or(w)
            .starts_with(|c: char| c.is_uppercase());
        let article = k == 0 && NOT_NAMES.iter().any(|n| w.eq_ignore_ascii_case(n));
        if k == 7 || article || !(capital || (k > 0 && JOINERS.contains(&w))) {
            break;
        }
        if capital && w.split(['/', '-']).any(is_role_word) && (k == 0 || !is_executive(w)) {
            end = Some(at + w.len());
        }
        if w.len() < raw.len() {
            break;
        }
        at += raw.len() + 1;
    }
    end.map(|e| &s[..e])
}
