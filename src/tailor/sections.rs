//! Composing the resume's shorter sections: publications and talks, awards, volunteering and
//! spoken languages.
//!
//! Owns each one's entries and their order (the most relevant first when tailoring). Every word
//! comes from the profile; only headings and formatted dates are added. It must not decide what
//! to leave out (`budget` does): it only honours `dropped`.

use crate::model::date::display_range;
use crate::model::profile::PublicationKind;
use crate::model::{Date, Place, Profile};
use crate::tailor::relevance::Full;
use crate::tailor::resume::{safe_url, Entry, Rich, Section, SectionBody};
use std::collections::BTreeSet;

/// The indices of a list's entries that are kept, the most relevant first when reordering.
fn kept(
    full: &Full,
    n: usize,
    place: impl Fn(usize) -> Place,
    dropped: &BTreeSet<Place>,
    reorder: bool,
) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).filter(|&i| !dropped.contains(&place(i))).collect();
    if reorder {
        idx.sort_by(|&a, &b| {
            full.rel(place(b))
                .total_cmp(&full.rel(place(a)))
                .then(a.cmp(&b))
        });
    }
    idx
}

fn section(title: &str, entries: Vec<Entry>) -> Option<Section> {
    (!entries.is_empty()).then(|| Section {
        title: title.into(),
        body: SectionBody::Entries(entries),
    })
}

fn plain(s: &Option<String>) -> Option<Rich> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(Rich::plain)
}

/// Papers, articles, books and talks; titled `Talks` or `Publications` when all are one kind.
pub(super) fn publications(
    full: &Full,
    dropped: &BTreeSet<Place>,
    reorder: bool,
) -> Option<Section> {
    let ps = &full.profile.publications;
    let idx = kept(full, ps.len(), Place::Publication, dropped, reorder);
    let talks = idx
        .iter()
        .filter(|&&i| ps[i].kind == Some(PublicationKind::Talk))
        .count();
    let title = match talks {
        0 => "Publications",
        n if n == idx.len() => "Talks",
        _ => "Publications & Talks",
    };
    let entries = idx
        .into_iter()
        .map(|i| {
            let p = &ps[i];
            Entry {
                title: p.title.clone(),
                subtitle: p.publisher.clone(),
                dates: p.date.map(|d| d.display()),
                // Its kind, as the profile says it (`talk`), where a role has its place; only
                // when the heading does not say it already.
                location: p
                    .kind
                    .filter(|_| title == "Publications & Talks")
                    .map(|k| k.as_str().to_string()),
                url: p.url.as_deref().and_then(safe_url).map(str::to_string),
                description: plain(&p.summary),
                bullets: Vec::new(),
            }
        })
        .collect();
    section(title, entries)
}

/// Prizes and recognitions.
pub(super) fn awards(full: &Full, dropped: &BTreeSet<Place>, reorder: bool) -> Option<Section> {
    let aw = &full.profile.awards;
    let entries = kept(full, aw.len(), Place::Award, dropped, reorder)
        .into_iter()
        .map(|i| {
            let a = &aw[i];
            Entry {
                title: a.title.clone(),
                subtitle: a.issuer.clone(),
                dates: a.date.map(|d| d.display()),
                location: None,
                url: None,
                description: plain(&a.summary),
                bullets: Vec::new(),
            }
        })
        .collect();
    section("Awards", entries)
}

/// Unpaid roles, with their kept highlights.
pub(super) fn volunteering(
    full: &Full,
    dropped: &BTreeSet<Place>,
    reorder: bool,
) -> Option<Section> {
    let vs = &full.profile.volunteering;
    let entries = kept(full, vs.len(), Place::Volunteering, dropped, reorder)
        .into_iter()
        .map(|i| {
            let v = &vs[i];
            let (title, subtitle) = match v.role.as_deref().filter(|r| !r.trim().is_empty()) {
                Some(r) => (r.to_string(), Some(v.organization.clone())),
                None => (v.organization.clone(), None),
            };
            Entry {
                title,
                subtitle,
                // Begun and not ended is ongoing, as a role is.
                dates: display_range(v.start, v.end.or(v.start.map(|_| Date::Present))),
                location: None,
                url: v.url.as_deref().and_then(safe_url).map(str::to_string),
                description: None,
                bullets: full.bullets(
                    |j| Place::VolunteeringHighlight { entry: i, i: j },
                    &v.highlights,
                    dropped,
                    reorder,
                ),
            }
        })
        .collect();
    section("Volunteering", entries)
}

/// `Spanish (native) · German (B2)`: short, so never left out.
pub(super) fn languages(p: &Profile) -> Option<Section> {
    if p.languages.is_empty() {
        return None;
    }
    let line: Vec<String> = p.languages.iter().map(|l| l.label()).collect();
    Some(Section {
        title: "Languages".into(),
        body: SectionBody::Paragraph(Rich::plain(line.join(" · "))),
    })
}
