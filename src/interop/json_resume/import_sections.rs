//! JSON Resume → jobfit for the sections beyond work and study: `volunteer` → `volunteering`,
//! `awards`, `publications`, `languages` (a `fluency` jobfit knows → `level`), and the
//! GitHub and LinkedIn entries of `basics.profiles` → `contact.github` / `contact.linkedin`.

use super::{tagged, text, Cx};
use crate::interop::json_resume::doc::{self, Resume};
use crate::model::profile::{
    Award, Fluency, Highlight, Publication, PublicationKind, SpokenLanguage, Volunteering,
};

impl Cx {
    pub(super) fn volunteering(&mut self, doc: &Resume) -> Vec<Volunteering> {
        let mut out = Vec::new();
        for (i, v) in doc.volunteer.iter().enumerate() {
            let at = format!("volunteer[{i}]");
            self.others(&at, &v.other);
            let Some(organization) = text(&v.organization) else {
                self.left_out(&at, "has no `organization`");
                continue;
            };
            let mut highlights: Vec<Highlight> =
                text(&v.summary).into_iter().map(Highlight::new).collect();
            highlights.extend(tagged(&v.highlights, &v.jobfit));
            out.push(Volunteering {
                organization,
                role: text(&v.position),
                start: self.date(&format!("{at}.startDate"), &v.start_date),
                end: self.date(&format!("{at}.endDate"), &v.end_date),
                url: text(&v.url),
                highlights,
            });
        }
        out
    }

    pub(super) fn awards(&mut self, doc: &Resume) -> Vec<Award> {
        let mut out = Vec::new();
        for (i, a) in doc.awards.iter().enumerate() {
            let at = format!("awards[{i}]");
            self.others(&at, &a.other);
            let Some(title) = text(&a.title) else {
                self.left_out(&at, "has no `title`");
                continue;
            };
            out.push(Award {
                title,
                issuer: text(&a.awarder),
                date: self.date(&format!("{at}.date"), &a.date),
                summary: text(&a.summary),
            });
        }
        out
    }

    pub(super) fn publications(&mut self, doc: &Resume) -> Vec<Publication> {
        let mut out = Vec::new();
        for (i, p) in doc.publications.iter().enumerate() {
            let at = format!("publications[{i}]");
            self.others(&at, &p.other);
            let Some(title) = text(&p.name) else {
                self.left_out(&at, "has no `name`");
                continue;
            };
            let kind = p.jobfit.kind.as_deref().and_then(|k| {
                serde_json::from_value::<PublicationKind>(k.trim().to_lowercase().into()).ok()
            });
            out.push(Publication {
                title,
                kind,
                publisher: text(&p.publisher),
                date: self.date(&format!("{at}.releaseDate"), &p.release_date),
                url: text(&p.url),
                summary: text(&p.summary),
            });
        }
        out
    }

    pub(super) fn languages(&mut self, doc: &Resume) -> Vec<SpokenLanguage> {
        let mut out = Vec::new();
        for (i, l) in doc.languages.iter().enumerate() {
            let at = format!("languages[{i}]");
            self.others(&at, &l.other);
            let Some(name) = text(&l.language) else {
                self.left_out(&at, "has no `language`");
                continue;
            };
            let written = text(&l.fluency);
            let level = written.as_deref().and_then(fluency);
            if let (Some(w), None) = (&written, level) {
                self.left_out(
                    &format!("{at}.fluency"),
                    &format!(
                        "(`{w}`) is not a level jobfit knows (A1–C2, native, fluent, \
                         professional, conversational, basic); the language is kept without it"
                    ),
                );
            }
            out.push(SpokenLanguage { name, level });
        }
        out
    }

    /// The GitHub and LinkedIn entries of `profiles` (the first of each), by user name or
    /// address; the rest stay links.
    pub(super) fn shortcut(
        &mut self,
        network: Option<&str>,
        p: &doc::SocialProfile,
        github: &mut Option<String>,
        linkedin: &mut Option<String>,
    ) -> bool {
        let slot = match network.map(str::to_ascii_lowercase).as_deref() {
            Some("github") => github,
            Some("linkedin") => linkedin,
            _ => return false,
        };
        if slot.is_some() {
            return false;
        }
        *slot = text(&p.username).or_else(|| text(&p.url));
        slot.is_some()
    }
}

/// A JSON Resume `fluency` as one of ours: the level itself (`C1`, `Native`), or the words
/// resumes use for one (`Native speaker`, `Full professional proficiency`, `Elementary`).
pub fn fluency(word: &str) -> Option<Fluency> {
    if let Some(f) = Fluency::parse(word) {
        return Some(f);
    }
    let w = word.to_lowercase();
    let has = |k: &str| w.contains(k);
    if has("native") || has("mother tongue") || has("bilingual") {
        Some(Fluency::Native)
    } else if has("fluent") {
        Some(Fluency::Fluent)
    } else if has("professional") {
        Some(Fluency::Professional)
    } else if has("conversational") || has("limited working") || has("intermediate") {
        Some(Fluency::Conversational)
    } else if has("elementary") || has("basic") || has("beginner") {
        Some(Fluency::Basic)
    } else {
        w.split(|c: char| !c.is_alphanumeric())
            .filter(|t| t.len() == 2)
            .find_map(Fluency::parse)
    }
}
