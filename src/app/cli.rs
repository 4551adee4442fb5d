//! The command line, declared with clap. The only module that knows clap.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "jobfit",
    version,
    about = "Honest, evidence-linked job fit reports and tailored resumes from one YAML profile",
    after_help = "Examples:\n  jobfit match profiles/juan.yaml jobs/booking_go.yaml\n  jobfit tailor profiles/juan.yaml jobs/booking_go.yaml\n  jobfit rank profiles/juan.yaml postings/ --top 10\n  jobfit extract posting.txt > job.yaml\n  jobfit check profiles/juan.yaml jobs/*.yaml"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub global: Global,
}

#[derive(Debug, Args)]
pub struct Global {
    /// A taxonomy file that adds to or overrides the built-in skills
    #[arg(long, global = true, value_name = "FILE")]
    pub taxonomy: Option<PathBuf>,
    /// When to colour terminal output
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The month `present` stands for, as YYYY-MM (default: SOURCE_DATE_EPOCH, else today)
    #[arg(long, global = true, value_name = "YYYY-MM")]
    pub as_of: Option<String>,
    /// Print no warnings or progress on standard error, only errors
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare a profile with a job posting and write a fit report
    Match(MatchArgs),
    /// Write a resume tailored to a posting (PDF, HTML, DOCX) and the fit report beside it
    Tailor(TailorArgs),
    /// Render the whole, untailored resume (PDF, HTML, DOCX)
    Render(RenderArgs),
    /// Turn a plain-text posting into a structured job (skills, importance, offsets)
    Extract(ExtractArgs),
    /// Write an interview-prep pack: questions, your stories, questions to ask, what to review
    Prep(PrepArgs),
    /// Rank many postings by fit, best first
    Rank(RankArgs),
    /// Validate profiles, jobs and taxonomy files and print every problem
    Check(CheckArgs),
    /// Convert a JSON Resume document (resume.json) into a jobfit profile (YAML)
    Import(ImportArgs),
    /// Write a profile in another format (JSON Resume)
    Export(ExportArgs),
    /// Write a commented starter profile (fictional values) to PATH (default: profile.yaml)
    New(NewArgs),
    /// Print a shell completion script (e.g. `jobfit completions bash > /etc/bash_completion.d/jobfit`)
    Completions(CompletionsArgs),
    /// Print the manual page (roff) with every command and its options, e.g. `jobfit man > jobfit.1; man -l jobfit.1`
    Man,
    /// Print the JSON Schema of a profile or a job file (for editors; published in schema/)
    Schema(SchemaArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    Profile,
    Job,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which file's schema
    #[arg(value_enum)]
    pub kind: SchemaKind,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Where to write the profile; an existing file is never overwritten
    pub path: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The JSON Resume document (schema 1.x)
    pub file: PathBuf,
    /// Write the profile to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// JSON Resume, schema 1.x (https://jsonresume.org/schema)
    JsonResume,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The candidate profile (YAML, or a JSON Resume)
    pub profile: PathBuf,
    /// Output format
    #[arg(long, short = 'f', value_enum)]
    pub format: ExportFormat,
    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Markdown,
    Json,
    Html,
}

#[derive(Debug, Args)]
pub struct MatchArgs {
    /// The candidate profile (YAML)
    pub profile: PathBuf,
    /// The job: a YAML job file, or a posting as plain text / Markdown
    pub job: PathBuf,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Run again each time an input file (profile, job, taxonomy, bank) is saved; Ctrl-C stops
    #[arg(long)]
    pub watch: bool,
}
/// The look of the resume: these override the profile's `style:`.
#[derive(Debug, Args)]
pub struct LookArgs {
    /// Theme of the PDF, HTML and DOCX [default: the profile's `style.theme`, else classic]
    #[arg(long, value_enum)]
    pub theme: Option<ThemeArg>,
    /// Colour of the name, headings and rules, e.g. '#0b7285' [default: the profile's `style.accent`]
    #[arg(long, value_name = "COLOUR")]
    pub accent: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Centred header, headings over a rule
    Classic,
    /// Classic, tighter: more on a page
    Compact,
    /// Left-aligned, small upper-case headings
    Modern,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

#[derive(Debug, Args)]
pub struct TailorArgs {
    /// The candidate profile (YAML)
    pub profile: PathBuf,
    /// The job: a YAML job file, or a posting as plain text / Markdown
    pub job: PathBuf,
    /// Output directory (default: out/<profile>-<job>/)
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Page budget: leave out the least relevant lines until the resume fits
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=10))]
    pub pages: u32,
    /// Paper size
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
    #[command(flatten)]
    pub look: LookArgs,
    /// Run again each time an input file (profile, job, taxonomy, bank) is saved; Ctrl-C stops
    #[arg(long)]
    pub watch: bool,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PrepFormat {
    Markdown,
    Text,
    Json,
    Html,
    Pdf,
}

#[derive(Debug, Args)]
pub struct PrepArgs {
    /// The candidate profile (YAML)
    pub profile: PathBuf,
    /// The job: a YAML job file, or a posting as plain text / Markdown
    pub job: PathBuf,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = PrepFormat::Markdown)]
    pub format: PrepFormat,
    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Paper size (PDF)
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
    /// Your own questions and topics (YAML, the keys of data/prep/*.yaml), over the built-in bank
    #[arg(long, value_name = "FILE")]
    pub bank: Option<PathBuf>,
    /// Run again each time an input file (profile, job, taxonomy, bank) is saved; Ctrl-C stops
    #[arg(long)]
    pub watch: bool,
}
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The candidate profile (YAML)
    pub profile: PathBuf,
    /// Output directory (default: out/<profile>/)
    #[arg(long, short = 'o', value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Paper size
    #[arg(long, value_enum, default_value_t = PaperArg::A4)]
    pub paper: PaperArg,
    #[command(flatten)]
    pub look: LookArgs,
    /// Run again each time an input file (profile, job, taxonomy, bank) is saved; Ctrl-C stops
    #[arg(long)]
    pub watch: bool,
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    Yaml,
    Json,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The posting (plain text or Markdown); `-` reads standard input
    pub posting: PathBuf,
    /// Output format: YAML is a job file for `match` and `tailor`; JSON has mention offsets
    #[arg(long, short = 'f', value_enum, default_value_t = ExtractFormat::Yaml)]
    pub format: ExtractFormat,
    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RankFormat {
    Table,
    Json,
    Jsonl,
}

#[derive(Debug, Args)]
pub struct RankArgs {
    /// The candidate profile (YAML)
    pub profile: PathBuf,
    /// Postings: files, directories (searched for .yaml .yml .txt .md) or .jsonl files
    #[arg(required = true)]
    pub jobs: Vec<PathBuf>,
    /// Output format
    #[arg(long, short = 'f', value_enum, default_value_t = RankFormat::Table)]
    pub format: RankFormat,
    /// Show only the best N
    #[arg(long, value_name = "N")]
    pub top: Option<usize>,
    /// Hide postings scoring below S
    #[arg(long, value_name = "S")]
    pub min_score: Option<f32>,
    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Profiles, jobs, postings or taxonomy files
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}
