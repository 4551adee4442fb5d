//! The ranking as a terminal table: rank, relevance, fit score, stack overlap, role fit,
//! posting and missing required skills.
//!
//! Owns the table's columns and colours. It must not filter, order or score rows (`rank` did)
//! and must not write anywhere (the command does).

use super::clip;
use crate::rank::Ranked;
use crate::style::Style;

/// The table of `rows`, a header line first, each row followed by its id (dimmed).
pub fn render(rows: &[&Ranked], st: &Style) -> String {
    let mut out = format!(
        "{:>4}  {:>5}  {:>5}  {:>5}  {:>4}  {:<48}  {}\n",
        "rank", "relev", "fit", "stack", "role", "posting", "missing required"
    );
    for r in rows {
        let title = match &r.company {
            Some(c) => format!("{} — {}", r.title, c),
            None => r.title.clone(),
        };
        let title = clip(&title, 48);
        let missing = if r.low_confidence {
            st.yellow("no requirements section found (low confidence)")
        } else if r.missing_required.is_empty() {
            st.green("none")
        } else {
            let mut m: Vec<&str> = r
                .missing_required
                .iter()
                .take(4)
                .map(String::as_str)
                .collect();
            if r.missing_required.len() > 4 {
                m.push("…");
            }
            st.red(&m.join(", "))
        };
        // The title names a kind of job the candidate has held, only others, or none.
        let role = match r.role {
            x if x >= 100.0 => "yes",
            x if x <= 0.0 => "no",
            _ => "?",
        };
        out.push_str(&format!(
            "{:>4}  {:>5.1}  {:>5.1}  {:>5.1}  {:>4}  {:<48}  {}\n",
            r.rank, r.relevance, r.score, r.stack, role, title, missing
        ));
        out.push_str(&format!("{:>33}{}\n", "", st.dim(&r.id)));
    }
    out
}
