//! How to reach the candidate: email, phone, location, a website, GitHub, LinkedIn and other
//! links, as written; and the full address each shortcut stands for (`github: jane` →
//! `https://github.com/jane`). It must not decide how they are printed (the tailor does).

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    /// A personal site: `jane.dev` or a full address.
    #[serde(default)]
    pub website: Option<String>,
    /// A GitHub user name (`jane`) or profile address.
    #[serde(default)]
    pub github: Option<String>,
    /// A LinkedIn handle (`jane-doe`, `in/jane-doe`) or profile address.
    #[serde(default)]
    pub linkedin: Option<String>,
    /// Any other link, with the label it would have without an address.
    #[serde(default)]
    pub links: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub label: String,
    pub url: String,
}

impl Contact {
    /// `contact.website`, `github` and `linkedin` as full addresses, in that order.
    pub fn shortcut_urls(&self) -> Vec<String> {
        let c = self;
        let given = |s: &Option<String>| {
            s.as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        [
            given(&c.website).map(|w| website_url(&w)),
            given(&c.github).map(|g| github_url(&g)),
            given(&c.linkedin).map(|l| linkedin_url(&l)),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

fn has_scheme(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.starts_with("https://") || l.starts_with("http://")
}

/// `jane.dev/blog` → `https://jane.dev/blog`; a full address as it is.
pub fn website_url(w: &str) -> String {
    if has_scheme(w) {
        w.to_string()
    } else {
        format!("https://{w}")
    }
}

/// The part of `s` after a host prefix such as `github.com/` (any case, with or without `www.`).
fn after_host<'a>(s: &'a str, host: &str) -> &'a str {
    let lower = s.to_ascii_lowercase();
    let lower = lower.strip_prefix("www.").unwrap_or(&lower);
    let skip = s.len() - lower.len();
    match lower.strip_prefix(host) {
        Some(_) => &s[skip + host.len()..],
        None => s,
    }
}

/// `jane`, `@jane` or `github.com/jane` → `https://github.com/jane`; a full address as it is.
pub fn github_url(g: &str) -> String {
    if has_scheme(g) {
        return g.to_string();
    }
    let name = after_host(g, "github.com/").trim_start_matches('@');
    format!("https://github.com/{}", name.trim_matches('/'))
}

/// `jane-doe`, `in/jane-doe` or `linkedin.com/in/jane-doe` →
/// `https://www.linkedin.com/in/jane-doe`; a full address as it is.
pub fn linkedin_url(l: &str) -> String {
    if has_scheme(l) {
        return l.to_string();
    }
    let path = after_host(l, "linkedin.com/").trim_matches('/');
    if path.starts_with("in/") || path.starts_with("company/") {
        format!("https://www.linkedin.com/{path}")
    } else {
        format!("https://www.linkedin.com/in/{path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcuts_become_full_addresses() {
        assert_eq!(github_url("jane"), "https://github.com/jane");
        assert_eq!(github_url("@jane"), "https://github.com/jane");
        assert_eq!(github_url("GitHub.com/jane/"), "https://github.com/jane");
        assert_eq!(
            github_url("https://github.com/jane"),
            "https://github.com/jane"
        );
        assert_eq!(
            linkedin_url("jane-doe"),
            "https://www.linkedin.com/in/jane-doe"
        );
        assert_eq!(
            linkedin_url("in/jane-doe"),
            "https://www.linkedin.com/in/jane-doe"
        );
        assert_eq!(
            linkedin_url("www.linkedin.com/in/jane-doe/"),
            "https://www.linkedin.com/in/jane-doe"
        );
        assert_eq!(website_url("jane.dev/blog"), "https://jane.dev/blog");
    }
}
