//! Dates as profiles write them: `YYYY-MM` (or `YYYY`) and `present`.

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: u16,
    /// 1–12; `None` when only the year was given.
    pub month: Option<u8>,
}

/// A start or end date: a month, or `present`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Date {
    Month(YearMonth),
    Present,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The UTC calendar date (year, month, day) of Unix seconds (Howard Hinnant's civil_from_days).
pub fn civil_date(secs: i64) -> (i64, u8, u8) {
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month as u8, day as u8)
}

impl YearMonth {
    /// Parse `YYYY-MM` or `YYYY`.
    pub fn parse(s: &str) -> Option<YearMonth> {
        let s = s.trim();
        let (y, m) = match s.split_once('-') {
            Some((y, m)) => (y, Some(m)),
            None => (s, None),
        };
        if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: u16 = y.parse().ok()?;
        if !(1900..=2200).contains(&year) {
            return None;
        }
        let month = match m {
            None => None,
            Some(m) => {
                if m.is_empty() || m.len() > 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let m: u8 = m.parse().ok()?;
                if !(1..=12).contains(&m) {
                    return None;
                }
                Some(m)
            }
        };
        Some(YearMonth { year, month })
    }

    /// Months since year 0, for durations; a bare year counts as January.
    pub fn ordinal(self) -> i32 {
        self.year as i32 * 12 + self.month.unwrap_or(1) as i32 - 1
    }

    /// `Mar 2022`, or `2022` when no month was given.
    pub fn display(self) -> String {
        match self.month {
            Some(m) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            None => self.year.to_string(),
        }
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.month {
            Some(m) => write!(f, "{:04}-{:02}", self.year, m),
            None => write!(f, "{:04}", self.year),
        }
    }
}

impl Date {
    pub fn parse(s: &str) -> Option<Date> {
        if s.trim().eq_ignore_ascii_case("present") {
            Some(Date::Present)
        } else {
            YearMonth::parse(s).map(Date::Month)
        }
    }

    /// Human form for a resume: `Mar 2022` or `present`.
    pub fn display(self) -> String {
        match self {
            Date::Month(m) => m.display(),
            Date::Present => "present".to_string(),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Date::Month(m) => m.fmt(f),
            Date::Present => f.write_str("present"),
        }
    }
}

/// Months between two dates, `present` meaning `as_of`.
pub fn months(start: Date, end: Option<Date>, as_of: YearMonth) -> (i32, i32) {
    let s = match start {
        Date::Month(m) => m.ordinal(),
        Date::Present => as_of.ordinal(),
    };
    let e = match end {
        Some(Date::Month(m)) => m.ordinal() + if m.month.is_none() { 11 } else { 0 },
        Some(Date::Present) | None => as_of.ordinal(),
    };
    (s, e.max(s) + 1)
}

/// Total length of a set of month intervals, overlaps counted once.
pub fn union_months(mut spans: Vec<(i32, i32)>) -> i32 {
    spans.sort();
    let mut total = 0;
    let mut cur: Option<(i32, i32)> = None;
    for (s, e) in spans {
        match cur {
            Some((cs, ce)) if s <= ce => cur = Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                total += ce - cs;
                cur = Some((s, e));
            }
            None => cur = Some((s, e)),
        }
    }
    if let Some((cs, ce)) = cur {
        total += ce - cs;
    }
    total
}

/// `Mar 2022 – present`, `2019 – 2021`, `Jun 2023`.
pub fn display_range(start: Option<Date>, end: Option<Date>) -> Option<String> {
    match (start, end) {
        (Some(s), Some(e)) if s == e => Some(s.display()),
        (Some(s), Some(e)) => Some(format!("{} – {}", s.display(), e.display())),
        (Some(s), None) => Some(s.display()),
        (None, Some(e)) => Some(e.display()),
        (None, None) => None,
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = Date;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date as YYYY-MM, YYYY or `present`")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Date, E> {
        Date::parse(v).ok_or_else(|| {
            E::custom(format!(
                "invalid date `{v}`, expected YYYY-MM (e.g. 2022-03), YYYY or `present`"
            ))
        })
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Date, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Date, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Date, E> {
        Err(E::custom(format!(
            "invalid date `{v}`, expected YYYY-MM (e.g. 2022-03), YYYY or `present`"
        )))
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A month as `YYYY-MM` (or a year as `YYYY`), or `present`.",
            "anyOf": [
                {
                    "type": "string",
                    "pattern": "^\\s*([0-9]{4}(-(0?[1-9]|1[0-2]))?|[Pp][Rr][Ee][Ss][Ee][Nn][Tt])\\s*$"
                },
                { "type": "integer", "minimum": 1900, "maximum": 2200 }
            ]
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        d.deserialize_any(DateVisitor)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn months_of_a_role() {
        let as_of = YearMonth::parse("2026-11").unwrap();
        let m = |s: &str, e: Option<&str>| {
            let (a, b) = months(ym(s), e.map(ym), as_of);
            b - a
        };
        // (start, end, months counted): both ends inclusive.
        let rows = [
            ("2024-01", Some("2024-12"), 12),
            ("2024-03", Some("2024-03"), 1),
            ("2026-01", Some("present"), 11),
            ("2026-01", None, 11),
            // A year alone ends in its December.
            ("2020-01", Some("2021"), 24),
            ("2020", Some("2020"), 12),
            // An end before the start counts one month, not a negative span.
            ("2024-05", Some("2024-01"), 1),
            // A start in the future (after as_of) still counts its month.
            ("2027-02", Some("present"), 1),
        ];
        for (s, e, want) in rows {
            assert_eq!(m(s, e), want, "{s} – {e:?}");
        }
    }

    #[test]
    fn union_counts_overlaps_once() {
        let rows: [(&[(i32, i32)], i32); 6] = [
            (&[], 0),
            (&[(0, 12)], 12),
            (&[(0, 12), (6, 18)], 18),
            (&[(0, 12), (12, 24)], 24),
            (&[(0, 12), (24, 36)], 24),
            (&[(10, 20), (0, 30), (5, 6)], 30),
        ];
        for (spans, want) in rows {
            assert_eq!(union_months(spans.to_vec()), want, "{spans:?}");
        }
    }

    #[test]
    fn parses_months_years_and_present() {
        assert_eq!(
            Date::parse("2022-03"),
            Some(Date::Month(YearMonth {
                year: 2022,
                month: Some(3)
            }))
        );
        assert_eq!(Date::parse("2022-3").unwrap().to_string(), "2022-03");
        assert_eq!(Date::parse("2019").unwrap().display(), "2019");
        assert_eq!(Date::parse("Present"), Some(Date::Present));
    }

    #[test]
    fn rejects_bad_dates() {
        for bad in [
            "2022-13",
            "2022-00",
            "22-03",
            "2022/03",
            "",
            "soon",
            "2022-03-01",
            "0999",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn displays_ranges() {
        let s = Date::parse("2022-03");
        let e = Date::parse("present");
        assert_eq!(display_range(s, e).unwrap(), "Mar 2022 – present");
        assert_eq!(display_range(s, s).unwrap(), "Mar 2022");
        assert_eq!(display_range(None, None), None);
    }
}
