//! Choosing each section of the pack. Every function is pure and small: it reads the report,
//! the job, the profile's lines or the bank, and returns the section in order.

use super::bank::{Bank, Trigger, When};
use super::{Advice, AskThem, CompanySummary, Overview, Review, Status, Story, Technical};
use crate::analyze::{LineKind, ProfileFacts};
use crate::fit::matcher::Verdict;
use crate::fit::{EvidenceItem, FitReport, RequirementReport, ThemeKind};
use crate::model::{Importance, Job, Place};
use crate::skills::taxonomy::Kind;

/// Where `cue` starts in `text` (both lowercase) at the start of a word, if it does.
pub(super) fn cue_at(text: &str, cue: &str) -> Option<usize> {
    let cue = cue.trim();
    if cue.is_empty() {
        return None;
    }
    // A cue that starts with a sign (`%`) matches anywhere; a word must start a word.
    let signed = !cue.starts_with(char::is_alphanumeric);
    let word_start = |at: usize| {
        signed
            || text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    // The texts are a posting or a profile line and the cues a word or two, so the costly part
    // of `str::match_indices` was building its two-way searcher for every (text, cue) pair
    // (2,700 of them for one pack); candidates at the cue's first byte cost nothing to set up.
    // One Aho-Corasick automaton over all 200 cues was tried: building it cost twice what it saved.
    let first = cue.as_bytes()[0];
    memchr::memchr_iter(first, text.as_bytes())
        .filter(|&at| text.as_bytes()[at..].starts_with(cue.as_bytes()))
        .find(|&at| word_start(at))
}

fn has_cue(text: &str, cues: &[String]) -> bool {
    cues.iter()
        .any(|c| cue_at(text, &c.to_lowercase()).is_some())
}

/// A job board's `Label: value` line ("Date posted: 2021-01-03", "REPORTS TO: Manager"): a field,
/// not a sentence of the posting.
fn is_field(line: &str) -> bool {
    line.split_once(':')
        .is_some_and(|(label, _)| label.chars().count() <= 30 && !label.contains(['.', '!', '?']))
}

/// A sentence worth quoting: six words or more, mostly words rather than numbers, not starting
/// in lower case (a line of tags such as "amazon-web-services mysql java" is not a sentence).
fn is_prose(s: &str) -> bool {
    if s.chars().next().is_none_or(char::is_lowercase) {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    let wordy = words
        .iter()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    words.len() >= 6 && wordy * 4 >= words.len() * 3 && s.chars().count() >= 20
}

/// At most `n` sentences of `text`, as written (fields, bullets and fragments skipped).
fn sentences(text: &str, n: usize) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.starts_with(['-', '*', '•']) || is_field(line) {
            continue;
        }
        for s in line.split_inclusive(". ") {
            let s = s.trim();
            if is_prose(s) && out.len() < n {
                out.push(crate::render::clip(s, 300));
            }
        }
    }
    out
}

/// The job's own words: its summary, else its description, else its first responsibilities,
/// else (a text posting) the first sentences after its title line.
pub(super) fn overview(job: &Job, report: &FitReport, posting: &str) -> Overview {
    let summary = match (&job.summary, &job.description) {
        (Some(s), _) => sentences(s, 3),
        (None, Some(d)) => sentences(d, 3),
        _ if !job.responsibilities.is_empty() => {
            job.responsibilities.iter().take(3).cloned().collect()
        }
        _ => {
            let body = posting.split_once('\n').map_or("", |(_, rest)| rest);
            sentences(body, 3)
        }
    };
    Overview {
        title: report.job_title.clone(),
        company: report.company.clone(),
        location: job.location.clone(),
        seniority: job.seniority.map(|s| s.as_str().to_string()),
        summary,
    }
}

/// A skill's own note, a listed skill or the headline: labels, not stories.
fn is_label(place: Place) -> bool {
    matches!(
        place,
        Place::SkillNote(_) | Place::Skill(_) | Place::Headline
    )
}

/// The lines that prove most of what the posting asks, weighted by the requirements they prove.
pub(super) fn highlights(report: &FitReport, n: usize) -> Vec<EvidenceItem> {
    let mut scored: Vec<(f32, usize, EvidenceItem)> = Vec::new();
    for r in report
        .requirements
        .iter()
        .filter(|r| r.verdict != Verdict::Missing)
    {
        let w = if r.kind.is_scored() { r.weight } else { 0.5 };
        for (k, e) in r.evidence.iter().enumerate() {
            if is_label(e.source) {
                continue;
            }
            let w = if k == 0 { w } else { w * 0.5 };
            match scored.iter_mut().find(|(_, _, x)| x.source == e.source) {
                Some(x) => x.0 += w,
                None => {
                    let order = scored.len();
                    let mut e = e.clone();
                    e.via = None;
                    scored.push((w, order, e));
                }
            }
        }
    }
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(n).map(|(_, _, e)| e).collect()
}

pub(super) fn company(job: &Job) -> Option<CompanySummary> {
    let c = CompanySummary {
        mission: job.mission.clone(),
        values: job.values.clone(),
        facts: job.facts.clone(),
        tech_highlights: job.tech_highlights.clone(),
    };
    let empty = c.mission.is_none()
        && c.values.is_empty()
        && c.facts.is_empty()
        && c.tech_highlights.is_empty();
    (!empty).then_some(c)
}

/// Gaps first, then partial, then met; required before preferred before the rest.
fn study_order(r: &RequirementReport) -> (Importance, u8) {
    let v = match r.verdict {
        Verdict::Missing => 0,
        Verdict::Partial => 1,
        Verdict::Met => 2,
    };
    (r.importance, v)
}

fn why(r: &RequirementReport) -> String {
    format!("{}, {}", r.importance.as_str(), r.verdict.as_str())
}

/// Technical questions for up to `n` of the posting's technologies: gaps and partial matches
/// first (two questions each for the first three), then what the candidate meets (one each);
/// required before preferred before the rest.
pub(super) fn technical(report: &FitReport, bank: &Bank, n: usize) -> Vec<Technical> {
    let mut rows: Vec<&RequirementReport> = report
        .requirements
        .iter()
        .filter(|r| r.kind == Kind::Technology)
        .collect();
    rows.sort_by_key(|r| study_order(r));
    rows.into_iter()
        .take(n)
        .enumerate()
        .map(|(k, r)| {
            let deep = k < 3 && r.verdict != Verdict::Met;
            let (questions, _) = bank.for_skill(&r.skill, r.category);
            Technical {
                skill: r.skill.clone(),
                why: why(r),
                questions: questions
                    .into_iter()
                    .take(if deep { 2 } else { 1 })
                    .collect(),
                evidence: r
                    .evidence
                    .iter()
                    .filter(|e| !is_label(e.source))
                    .take(2)
                    .cloned()
                    .collect(),
            }
        })
        .filter(|t| !t.questions.is_empty())
        .collect()
}

pub(super) fn system_design(bank: &Bank, posting: &str) -> String {
    let designs = &bank.people.system_design;
    designs
        .iter()
        .find(|d| !d.cues.is_empty() && has_cue(posting, &d.cues))
        .or_else(|| designs.iter().find(|d| d.cues.is_empty()))
        .map(|d| d.question.clone())
        .unwrap_or_default()
}

/// Questions to ask: about what the posting talks about first, then about what it leaves unsaid.
pub(super) fn ask(bank: &Bank, posting: &str, n: usize) -> Vec<AskThem> {
    let pick = |when: When| {
        bank.people.ask.iter().filter(move |a| {
            a.when == when && has_cue(posting, &a.cues) == (when == When::Mentioned)
        })
    };
    let mut topics: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    let mentioned = pick(When::Mentioned).take(n.div_ceil(2) + 1);
    for a in mentioned.chain(pick(When::Unsaid)) {
        // One question per topic.
        if out.len() < n && !topics.contains(&a.topic.as_str()) {
            topics.push(&a.topic);
            out.push(AskThem {
                question: a.question.clone(),
                topic: a.topic.clone(),
            });
        }
    }
    out
}

/// Topics to revise: every gap and partial match the score counts, then the core required
/// technologies already met.
pub(super) fn review(report: &FitReport, bank: &Bank, n: usize) -> Vec<Review> {
    let mut rows: Vec<&RequirementReport> = report
        .requirements
        .iter()
        .filter(|r| {
            matches!(r.kind, Kind::Technology | Kind::Concept | Kind::Practice)
                && (r.verdict != Verdict::Met
                    || (r.importance == Importance::Required && r.kind == Kind::Technology))
        })
        .collect();
    rows.sort_by_key(|r| study_order(r));
    rows.into_iter()
        .map(|r| Review {
            skill: r.skill.clone(),
            status: match r.verdict {
                Verdict::Missing => Status::Gap,
                Verdict::Partial => Status::Partial,
                Verdict::Met => Status::Core,
            },
            why: if r.verdict == Verdict::Met {
                "a core requirement you meet: be ready to go deep".to_string()
            } else {
                why(r)
            },
            topics: bank
                .for_skill(&r.skill, r.category)
                .1
                .into_iter()
                .take(5)
                .collect(),
        })
        .filter(|r| !r.topics.is_empty())
        .take(n)
        .collect()
}

/// Advice: what to focus on (one line per rule that applies), which stories to prepare, and
/// the posting's red flags.
pub(super) fn advice(
    report: &FitReport,
    bank: &Bank,
    facts: &ProfileFacts,
    posting: &str,
    stories: &[Story],
) -> Advice {
    let rule = |t: Trigger| bank.people.advice.iter().find(|a| a.when == t);
    let mut out: Vec<String> = Vec::new();
    let mut say = |t: Trigger, skill: &str, theme: &str, cue: &str| {
        if let Some(a) = rule(t) {
            out.push(
                a.text
                    .replace("{skill}", skill)
                    .replace("{theme}", theme)
                    .replace("{cue}", cue),
            );
        }
    };
    let scored = |v: Verdict, imp: Option<Importance>| {
        report.requirements.iter().filter(move |r| {
            r.kind.is_scored() && r.verdict == v && imp.is_none_or(|i| r.importance == i)
        })
    };
    // The strongest match: a required technology met and proved by a line of the work.
    let strongest = report.requirements.iter().find(|r| {
        r.kind == Kind::Technology
            && r.importance == Importance::Required
            && r.verdict == Verdict::Met
            && r.evidence.iter().any(|e| e.source.is_achievement())
    });
    let theme = report
        .narrative
        .iter()
        .find(|t| !matches!(t.kind, ThemeKind::Balance | ThemeKind::LittleOverlap));
    if let (Some(r), Some(t)) = (strongest, theme) {
        say(Trigger::StrongTheme, &r.skill, &t.title.to_lowercase(), "");
    }
    for r in scored(Verdict::Missing, Some(Importance::Required)).take(2) {
        say(Trigger::RequiredGap, &r.skill, "", "");
    }
    let learning = report.requirements.iter().find(|r| {
        r.reasons
            .iter()
            .any(|x| matches!(x, crate::fit::reason::Reason::Learning { .. }))
    });
    if let Some(r) = learning {
        say(Trigger::Learning, &r.skill, "", "");
    } else if let Some(r) = scored(Verdict::Partial, None).next() {
        say(Trigger::Partial, &r.skill, "", "");
    }
    if report
        .experience
        .as_ref()
        .is_some_and(|e| e.verdict != Verdict::Met)
    {
        say(Trigger::LowExperience, "", "", "");
    }
    let quantified = facts
        .lines
        .iter()
        .any(|l| l.kind == LineKind::Highlight && l.text.chars().any(|c| c.is_ascii_digit()));
    if !quantified {
        say(Trigger::NoQuantifiedWins, "", "", "");
    }
    if report.score < crate::fit::narrative::WEAK_FIT {
        say(Trigger::WeakFit, "", "", "");
    }
    let red_flags = bank
        .people
        .advice
        .iter()
        .filter(|a| matches!(a.when, Trigger::RedFlag | Trigger::Unsaid))
        .filter_map(|a| {
            let said = |c: &&String| cue_at(posting, &c.to_lowercase()).is_some();
            let c = a.cues.iter().find(said)?;
            if a.unless.iter().any(|u| said(&u)) {
                return None;
            }
            Some(a.text.replace("{cue}", c))
        })
        .collect();
    Advice {
        focus: out,
        stories: stories_to_prepare(stories),
        red_flags,
    }
}

/// The stories to have ready: each told by a profile line, then the themes nothing tells yet.
fn stories_to_prepare(stories: &[Story]) -> Vec<String> {
    let mut out: Vec<String> = stories
        .iter()
        .filter_map(|s| {
            let l = s.story.as_ref()?;
            let text = crate::render::clip(&l.text, 70);
            Some(format!("{}: “{text}” ({})", s.theme, l.source))
        })
        .collect();
    let missing: Vec<String> = stories
        .iter()
        .filter(|s| s.story.is_none())
        .map(|s| s.theme.clone())
        .collect();
    if !missing.is_empty() {
        out.push(format!(
            "nothing in your profile tells a story of {} yet: prepare one for each",
            crate::fit::narrative::join_and(&missing)
        ));
    }
    out
}

#[cfg(test)]
mod summary_tests {
    use super::sentences;

    #[test]
    fn the_summary_skips_job_board_fields_and_fragments() {
        let posting = "Copenhagen 2 - Copenhagen\nDate posted: 2021-01-03\nLikes: 0 Dislikes: 0 Love: 0\n\
            REPORTS TO: Manager DevOps\nFull-time\n\
            Do you want to be a key part of an engineering team that builds products? We ship daily.\n\
            Acme builds cloud based SaaS solutions used by pharmaceutical companies.";
        assert_eq!(
            sentences(posting, 3),
            [
                "Do you want to be a key part of an engineering team that builds products? We ship daily.",
                "Acme builds cloud based SaaS solutions used by pharmaceutical companies."
            ]
        );
    }
}

#[cfg(test)]
mod cue_tests {
    use super::cue_at;

    #[test]
    fn a_cue_is_found_only_where_a_word_starts() {
        assert_eq!(cue_at("we scale kafka streams", "kafka"), Some(9));
        assert_eq!(cue_at("bookkeeping and booking", "booking"), Some(16));
        assert_eq!(cue_at("rebooking", "booking"), None);
        assert_eq!(cue_at("rebooking, booking", "booking"), Some(11));
        assert_eq!(cue_at("on-call rota", "call"), Some(3));
        assert_eq!(cue_at("", "kafka"), None);
        assert_eq!(cue_at("kafka", "  "), None);
        assert_eq!(cue_at("we use kafka", " kafka "), Some(7));
    }

    #[test]
    fn a_sign_cue_matches_anywhere_and_text_in_any_script_is_safe() {
        assert_eq!(cue_at("grew 40% in a year", "%"), Some(7));
        assert_eq!(cue_at("équipe de données, data team", "data"), Some(21));
        assert_eq!(cue_at("数据data团队", "data"), None);
        assert_eq!(cue_at("数据 data 团队", "data"), Some(7));
        assert_eq!(cue_at("über", "über"), Some(0));
    }
}
