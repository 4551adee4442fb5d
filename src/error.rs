//! The errors jobfit reports, and the exit code each maps to.
//!
//! Owns the closed set of failures a command can end with. Messages are lowercase, name the
//! file, and put the user's value in backticks. Rendering of file diagnostics (line, column,
//! snippet) lives in `diagnostic`.

use crate::diagnostic::Diagnostic;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file-level problem: missing, empty, binary, a directory, too large…
    #[error("{path} {message}")]
    File { path: String, message: String },
    /// Problems located in a file (line, column).
    #[error("{}", .0.iter().map(|d| d.message.as_str()).collect::<Vec<_>>().join("; "))]
    Diagnostics(Vec<Diagnostic>),
    /// The command line was wrong (exit code 2).
    #[error("{0}")]
    Usage(String),
    /// Writing output failed.
    #[error("cannot write {path}: {message}")]
    Write { path: String, message: String },
    /// A failure whose details were already printed (e.g. by `check`).
    #[error("{0}")]
    Reported(String),
    /// The output pipe was closed by the reader (e.g. `| head`): not a failure.
    #[error("broken pipe")]
    BrokenPipe,
}

impl Error {
    pub fn file(path: &Path, message: impl Into<String>) -> Error {
        Error::File {
            path: path.display().to_string(),
            message: message.into(),
        }
    }

    pub fn io(path: &Path, e: std::io::Error) -> Error {
        let message = match e.kind() {
            std::io::ErrorKind::NotFound => "does not exist".to_string(),
            std::io::ErrorKind::PermissionDenied => "cannot be read: permission denied".to_string(),
            std::io::ErrorKind::IsADirectory => "is a directory, expected a file".to_string(),
            _ => format!("cannot be read: {}", io_message(&e)),
        };
        Error::file(path, message)
    }

    pub fn write(path: &Path, e: std::io::Error) -> Error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::BrokenPipe;
        }
        Error::Write {
            path: path.display().to_string(),
            message: io_message(&e),
        }
    }

    /// The process exit code: 0 ok, 1 error, 2 usage.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            Error::BrokenPipe => 0,
            _ => 1,
        }
    }
}

/// The OS message without Rust's ` (os error 2)` suffix, lowercased first letter.
pub fn io_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    let s = match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    };
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
