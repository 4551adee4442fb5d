//! The resume header's ways to reach the candidate: email, phone, location, website, GitHub,
//! LinkedIn and other links, each printed as a readable address (`github.com/jane`) that
//! links to the full one.
//!
//! Owns turning `contact.github: jane` into `https://github.com/jane` and every address into
//! what is printed. It must not print anything the profile does not give (a link with no
//! usable address keeps the label the user wrote).

use crate::model::Profile;
use crate::tailor::resume::{safe_url, ContactItem};

/// Email, phone, location, website, GitHub, LinkedIn and links, with safe URLs.
pub(super) fn contact(p: &Profile) -> Vec<ContactItem> {
    let c = &p.contact;
    let mut contact = Vec::new();
    if let Some(e) = &c.email {
        contact.push(ContactItem {
            text: e.clone(),
            url: safe_url(&format!("mailto:{}", e.trim())).map(str::to_string),
        });
    }
    if let Some(ph) = &c.phone {
        let digits: String = ph
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        contact.push(ContactItem {
            text: ph.clone(),
            url: (!digits.is_empty()).then(|| format!("tel:{digits}")),
        });
    }
    if let Some(l) = &c.location {
        contact.push(ContactItem {
            text: l.clone(),
            url: None,
        });
    }
    for url in c.shortcut_urls() {
        contact.push(link_item(&url, &url));
    }
    for l in &c.links {
        contact.push(link_item(&l.url, &l.label));
    }
    contact
}

/// On paper and to an ATS the address is what counts: `github.com/juan`, not `GitHub`.
fn link_item(url: &str, label: &str) -> ContactItem {
    let url = safe_url(url);
    let text = url
        .map(readable_url)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| label.to_string());
    ContactItem {
        text,
        url: url.map(str::to_string),
    }
}

/// `https://www.github.com/juan/` → `github.com/juan`: the address without scheme, `www.` or a
/// trailing slash; `mailto:`/`tel:` without the scheme.
pub(super) fn readable_url(url: &str) -> String {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    let rest = ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .find(|p| lower.starts_with(*p))
        .map_or(u, |p| &u[p.len()..]);
    let rest = if rest.to_ascii_lowercase().starts_with("www.") {
        &rest[4..]
    } else {
        rest
    };
    rest.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_print_readably() {
        use crate::model::profile::Contact;
        let c = Contact {
            website: Some("jane.dev/blog/".into()),
            github: Some("jane".into()),
            linkedin: Some("jane-doe".into()),
            ..Contact::default()
        };
        let shown: Vec<String> = c.shortcut_urls().iter().map(|u| readable_url(u)).collect();
        assert_eq!(
            shown,
            [
                "jane.dev/blog",
                "github.com/jane",
                "linkedin.com/in/jane-doe"
            ]
        );
    }
}
