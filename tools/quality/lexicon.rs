//! The independent gold lexicon: technology terms from GitHub Linguist, O*NET Technology Skills
//! (mechanically cleaned) and the hand list, normalised for lookup.
//!
//! Must not: use jobfit's taxonomy (the gold side must not depend on what is being measured).

use super::*;

/// Normalise a term or span for lookup.
pub(crate) fn norm(s: &str) -> String {
    let s = s.replace(['’', '‘', '`'], "'").to_lowercase();
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '-' | '_' => out.push(' '),
            ' ' => {
                // Drop spaces next to `.`, `/`, `#`, `+` (tokenised `Node . js`, `C #`).
                let prev = out.chars().last();
                let next = chars[i + 1..].iter().find(|&&c| c != ' ').copied();
                let glue = |c: Option<char>| matches!(c, Some('.' | '/' | '#' | '+'));
                if glue(prev) || glue(next) || prev == Some(' ') || prev.is_none() {
                    continue;
                }
                out.push(' ');
            }
            _ => out.push(c),
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) struct Lexicon {
    /// Normalised term → where it came from.
    pub(crate) terms: HashMap<String, String>,
    /// Same terms with spaces removed → normalised term.
    pub(crate) nospace: HashMap<String, String>,
}

impl Lexicon {
    pub(crate) fn load(data: &Path) -> Lexicon {
        let mut terms: HashMap<String, String> = HashMap::new();
        let deny: HashSet<String> = NOT_TECH.iter().map(|t| norm(t)).collect();
        let mut add = |t: &str, src: &str| {
            let n = norm(t.trim());
            if n.is_empty() || deny.contains(&n) {
                return;
            }
            terms.entry(n).or_insert_with(|| src.to_string());
        };
        // 1. GitHub Linguist.
        let tsv = read(&data.join("github-linguist-languages/languages_aliases.tsv"));
        for line in tsv.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 || !matches!(f[1], "programming" | "markup" | "data") {
                continue;
            }
            let src = format!("linguist:{}", f[0]);
            add(f[0], &src);
            for a in f[3].split('|').filter(|a| !a.is_empty()) {
                add(a, &src);
            }
        }
        // 2. O*NET Technology Skills.
        let onet = read(&data.join("onet-technology-skills/Technology_Skills.txt"));
        let mut seen = HashSet::new();
        for line in onet.lines().skip(1) {
            let f: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
            if f.len() < 5 || !seen.insert(f[1].to_string()) {
                continue;
            }
            let hot = f[4] == "Y";
            for t in onet_terms(f[1], hot) {
                add(&t, &format!("onet:{}", f[1]));
            }
        }
        // 3. Hand-reviewed.
        for t in HAND_TERMS {
            add(t, "hand");
        }
        let nospace = terms.keys().map(|k| (squash(k), k.clone())).collect();
        Lexicon { terms, nospace }
    }

    /// The lexicon term `cand` (normalised) stands for, allowing versions, plurals, `js`.
    pub(crate) fn lookup(&self, cand: &str) -> Option<&str> {
        let direct = |c: &str| {
            self.terms
                .get_key_value(c)
                .map(|(k, _)| k.as_str())
                .or_else(|| {
                    // `Elastic Search` → `elasticsearch`, `Maria DB` → `mariadb`, but not
                    // `in cs` → `incs`.
                    let words_ok = c.split(' ').all(|w| {
                        w.len() >= 2 && !matches!(w, "in" | "of" | "on" | "at" | "to" | "or" | "an")
                    });
                    words_ok
                        .then(|| self.nospace.get(&squash(c)).map(String::as_str))
                        .flatten()
                })
        };
        let cand = cand.trim_end_matches(['+', '.', '*', '?', '!', '\'', '"']);
        if cand.is_empty() {
            return None;
        }
        let mut variants = vec![cand.to_string()];
        // `MS Office`, `MS SQL Server`.
        if let Some(rest) = cand.strip_prefix("ms ") {
            variants.push(format!("microsoft {rest}"));
        }
        // Version: `java 8`, `html5`, `es6`, `java se v.8+`, `python 3.10`.
        let unversioned = strip_version(cand);
        if unversioned != cand && !unversioned.is_empty() {
            variants.push(unversioned.to_string());
        }
        for v in variants.clone() {
            for suf in ["'s", "s", "es"] {
                if let Some(s) = v.strip_suffix(suf) {
                    if s.len() >= 2 {
                        variants.push(s.to_string());
                    }
                }
            }
            for suf in [".js", " js", "js"] {
                if let Some(s) = v.strip_suffix(suf) {
                    if s.len() >= 3 {
                        variants.push(s.to_string());
                        variants.push(format!("{s}.js"));
                    }
                }
            }
        }
        variants.iter().find_map(|v| direct(v))
    }
}

/// A term without spaces and slashes: `elastic search` → `elasticsearch`, `ci/cd` → `cicd`.
pub(crate) fn squash(s: &str) -> String {
    s.chars().filter(|&c| c != ' ' && c != '/').collect()
}

pub(crate) fn strip_version(s: &str) -> &str {
    let t = s.trim_end_matches('+');
    let t2 = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    if !t[t2.len()..].contains(|c: char| c.is_ascii_digit()) {
        return s;
    }
    let spaced = t2.ends_with(' ');
    let t3 = t2.trim_end();
    let t3 = t3
        .strip_suffix(" v")
        .or_else(|| t3.strip_suffix(" version"))
        .unwrap_or(t3)
        .trim_end();
    // `html5`, `python3`, `java 8`, `c 11`; not `ts16949` (a standard, not TypeScript 16949).
    if t3.is_empty() || (!spaced && t3.len() < 3) {
        s
    } else {
        t3
    }
}

/// Terms an O*NET `Example` contributes (see the protocol at the top).
pub(crate) fn onet_terms(example: &str, hot: bool) -> Vec<String> {
    let e = example.trim();
    let (name, had_software) = match e.strip_suffix(" software") {
        Some(n) => (n.trim(), true),
        None => (e, false),
    };
    // `AWS Elastic MapReduce (EMR)` → name without the parenthesis, acronym EMR.
    let mut paren_acr = None;
    let mut name = name.to_string();
    if let (Some(a), Some(b)) = (name.find('('), name.rfind(')')) {
        if a < b {
            paren_acr = Some(name[a + 1..b].trim().to_string());
            name = format!("{}{}", &name[..a], &name[b + 1..])
                .trim()
                .to_string();
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let is_acr = |w: &str| {
        w.len() >= 2
            && w.chars().any(|c| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || "/.+#-&".contains(c))
    };
    let mut out = Vec::new();
    let last = *words.last().unwrap();
    // A trailing acronym spelled out by the words before it: `Structured query language SQL`,
    // `Multiprotocol Label Switching MPLS`, `Apache Subversion SVN`: its letters appear in order
    // in those words, the first one starting a word.
    let spelled = |acr: &str, before: &[&str]| {
        let letters: Vec<char> = acr
            .chars()
            .filter(|c| c.is_ascii_alphabetic())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let Some(&first) = letters.first() else {
            return false;
        };
        let Some(start) = before
            .iter()
            .position(|w| w.to_lowercase().starts_with(first))
        else {
            return false;
        };
        let joined = before[start..].join("").to_lowercase();
        let mut it = joined.chars();
        letters.iter().all(|&l| it.any(|c| c == l))
    };
    let trailing_acr = words.len() >= 2 && is_acr(last);
    let spelled_acr = trailing_acr && spelled(last, &words[..words.len() - 1]);
    if spelled_acr {
        out.push(last.to_string());
    }
    if let Some(p) = &paren_acr {
        if is_acr(p) {
            out.push(p.clone());
        }
    }
    // The name without a trailing all-caps token that spells it (`… language SQL`) or qualifies
    // it (`Jenkins CI`), but not when that token is the product (`Atlassian JIRA`).
    let drop_last =
        trailing_acr && (spelled_acr || !(words.len() == 2 && VENDORS.contains(&words[0])));
    let body: Vec<&str> = if drop_last {
        words[..words.len() - 1].to_vec()
    } else {
        words.clone()
    };
    // Generic description: every word after the first is lower case (`Cost estimating`), or a
    // single plain word before ` software` that O*NET does not flag hot (`Testing software`).
    let plain = |w: &str| {
        w.chars().skip(1).all(|c| c.is_ascii_lowercase()) && w.chars().all(char::is_alphabetic)
    };
    let lower_word = |w: &&str| w.chars().all(|c| !c.is_uppercase());
    let generic = (body.len() > 1 && body[1..].iter().all(lower_word))
        || (body.len() == 1 && had_software && !hot && plain(body[0]))
        || body
            .first()
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase) && body.len() > 1);
    if generic {
        return out;
    }
    out.push(name.clone());
    if drop_last && !body.is_empty() {
        out.push(body.join(" "));
    }
    let mut stems = vec![body.clone()];
    if body.len() >= 2 && VENDORS.contains(&body[0]) {
        let rest: Vec<&str> = if body[0] == "Red" && body.get(1) == Some(&"Hat") {
            body[2..].to_vec()
        } else {
            body[1..].to_vec()
        };
        if !rest.is_empty() {
            out.push(rest.join(" "));
            stems.push(rest);
        }
    }
    for s in stems {
        if s.len() >= 2
            && s.last()
                .is_some_and(|w| w.eq_ignore_ascii_case("framework"))
        {
            out.push(s[..s.len() - 1].join(" "));
        }
    }
    out
}
