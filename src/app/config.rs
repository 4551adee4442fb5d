//! Settings derived from flags and the environment, validated once: clap's values stop here.
//!
//! Owns turning the command line's global flags (and the `--paper`, `--theme` and `--accent` of
//! the resume commands) into typed settings, and the one colour decision. It must not read files or run any stage; the
//! commands receive a [`Config`] and never see clap's `Global`.

use crate::app::cli::{self, Cli, ColorChoice, Command, PaperArg, ThemeArg};
use crate::error::Error;
use crate::model::design::{Colour, ThemeName};
use crate::model::Profile;
use crate::model::YearMonth;
use crate::render::layout::Look;
use crate::render::ReportFormat;
use crate::style::Style;
use crate::tailor::resume::Paper;
use std::io::IsTerminal;
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Config {
    /// Style for standard output.
    pub out_style: Style,
    /// Style for diagnostics on standard error.
    pub err_style: Style,
    pub as_of: YearMonth,
    /// The date written into documents (the PDF's creation date), in Unix seconds:
    /// `SOURCE_DATE_EPOCH` when set, else the start of today (UTC), so that runs on the same
    /// day give the same bytes and the date is still the day the resume was made.
    pub doc_date: i64,
    /// A taxonomy file that adds to or overrides the built-in skills (`--taxonomy`).
    pub taxonomy: Option<PathBuf>,
    /// Paper of the printed resume (`--paper` of `tailor` and `render`; A4 otherwise).
    pub paper: Paper,
    /// `--theme` of `tailor` and `render`: wins over the profile's `style.theme`.
    pub theme: Option<ThemeName>,
    /// `--accent` of `tailor` and `render`: wins over the profile's `style.accent`.
    pub accent: Option<Colour>,
    /// `-q/--quiet`: no warnings or progress on standard error.
    pub quiet: bool,
    /// Whether a long run may show progress on standard error: a terminal, not `--quiet`, and
    /// neither `NO_COLOR` nor `TERM=dumb` (both say: no cursor tricks).
    pub progress: bool,
}

fn use_color(choice: ColorChoice, tty: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// The style for standard error under `choice`. The one place the colour of diagnostics is
/// decided; `lib::run` uses it too, to colour the error when [`Config::new`] itself failed.
pub fn err_style(choice: ColorChoice) -> Style {
    Style {
        color: use_color(choice, std::io::stderr().is_terminal()),
    }
}

/// Year and month of a unix timestamp (UTC).
pub fn year_month_of(secs: i64) -> YearMonth {
    let (y, m, _) = crate::model::date::civil_date(secs);
    YearMonth {
        year: y.clamp(1900, 2200) as u16,
        month: Some(m),
    }
}

impl Config {
    pub fn new(cli: &Cli) -> Result<Config, Error> {
        let g = &cli.global;
        let epoch = match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(v) if !v.trim().is_empty() => Some(v.trim().parse::<i64>().map_err(|_| {
                Error::Usage(format!(
                    "SOURCE_DATE_EPOCH must be a number of seconds, got `{v}`"
                ))
            })?),
            _ => None,
        };
        let now = epoch.unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0)
        });
        let doc_date = epoch.unwrap_or(now - now.rem_euclid(86_400));
        let as_of = match &g.as_of {
            Some(s) => match YearMonth::parse(s) {
                Some(ym) if ym.month.is_some() => ym,
                _ => {
                    return Err(Error::Usage(format!(
                        "--as-of must look like 2026-11, got `{s}`"
                    )))
                }
            },
            None => year_month_of(now),
        };
        let look = match &cli.command {
            Command::Tailor(a) => Some(&a.look),
            Command::Render(a) => Some(&a.look),
            _ => None,
        };
        let accent = match look.and_then(|l| l.accent.as_deref()) {
            Some(s) => Some(Colour::parse(s).ok_or_else(|| {
                Error::Usage(format!(
                    "--accent must be a colour such as '#0b7285' (quoted: the shell reads # as a comment), got `{s}`"
                ))
            })?),
            None => None,
        };
        Ok(Config {
            theme: look.and_then(|l| l.theme).map(ThemeName::from),
            accent,
            out_style: Style {
                color: use_color(g.color, std::io::stdout().is_terminal()),
            },
            err_style: err_style(g.color),
            as_of,
            doc_date,
            taxonomy: g.taxonomy.clone(),
            paper: match &cli.command {
                Command::Tailor(a) => a.paper.into(),
                Command::Render(a) => a.paper.into(),
                Command::Prep(a) => a.paper.into(),
                _ => Paper::default(),
            },
            quiet: g.quiet,
            progress: !g.quiet
                && std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var_os("TERM").is_none_or(|t| t != "dumb"),
        })
    }

    /// The look of `profile`'s resume: the command line's theme and accent, else the profile's.
    pub fn look(&self, profile: &Profile) -> Look {
        Look {
            theme: self.theme.or(profile.style.theme).unwrap_or_default(),
            accent: self.accent.or(profile.style.accent),
        }
    }

    /// The paper's name as the tailor's summary line prints it.
    pub fn paper_name(&self) -> &'static str {
        match self.paper {
            Paper::A4 => "A4",
            Paper::Letter => "US Letter",
        }
    }
}

impl From<PaperArg> for Paper {
    fn from(p: PaperArg) -> Paper {
        match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }
    }
}

impl From<ThemeArg> for ThemeName {
    fn from(t: ThemeArg) -> ThemeName {
        match t {
            ThemeArg::Classic => ThemeName::Classic,
            ThemeArg::Compact => ThemeName::Compact,
            ThemeArg::Modern => ThemeName::Modern,
        }
    }
}

impl From<cli::ReportFormat> for ReportFormat {
    fn from(f: cli::ReportFormat) -> ReportFormat {
        match f {
            cli::ReportFormat::Text => ReportFormat::Text,
            cli::ReportFormat::Markdown => ReportFormat::Markdown,
            cli::ReportFormat::Json => ReportFormat::Json,
            cli::ReportFormat::Html => ReportFormat::Html,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_to_month() {
        assert_eq!(year_month_of(0).to_string(), "1970-01");
        assert_eq!(year_month_of(1_795_000_000).to_string(), "2026-11");
        assert_eq!(year_month_of(951_782_400).to_string(), "2000-02"); // 2000-02-29
    }
}
