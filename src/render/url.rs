//! How a URL is printed, shared by the PDF layout and the HTML resume.
//!
//! Owns the printed form of a link only; it must not decide whether a link is safe
//! (`tailor::resume::safe_url` does).

/// A URL as printed: without scheme, `www.` and trailing slash.
pub fn display_url(url: &str) -> &str {
    let u = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .or_else(|| url.strip_prefix("mailto:"))
        .or_else(|| url.strip_prefix("tel:"))
        .unwrap_or(url);
    let u = u.strip_prefix("www.").unwrap_or(u);
    u.strip_suffix('/').unwrap_or(u)
}
