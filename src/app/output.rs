//! Writing results: whole files or nothing (temp file + rename), and stdout that tolerates a
//! closed pipe. Only the command layer calls this.

use super::cleanup::{self, Tracked};
use crate::error::Error;
use crate::style::Style;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Write `bytes` to `path` atomically: a temp file in the same directory, then a rename.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let (tmp, _tracked) = stage(path, bytes)?;
    tmp.persist(path).map_err(|e| Error::write(path, e.error))?;
    Ok(())
}

/// Write several files as a set: every one is written to a temp file beside it first, and
/// only when all are written are they renamed into place, so a failed write (a full disk, a
/// directory that cannot be written) leaves the old set untouched and no temp files behind.
/// The renames themselves come last and one after the other.
pub fn write_files(files: &[(PathBuf, Vec<u8>)]) -> Result<(), Error> {
    // What would make a rename fail (a directory or a device where a file goes) is refused
    // before anything is written.
    for (path, _) in files {
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            return Err(Error::Usage(format!(
                "{} exists and is not a regular file; nothing was written",
                path.display()
            )));
        }
    }
    let staged = files
        .iter()
        .map(|(path, bytes)| stage(path, bytes))
        .collect::<Result<Vec<_>, Error>>()?;
    pause_before_rename();
    for ((tmp, _tracked), (path, _)) in staged.into_iter().zip(files) {
        tmp.persist(path).map_err(|e| Error::write(path, e.error))?;
    }
    Ok(())
}

/// Lets a test interrupt `write_files` while its temp files exist (debug builds only).
fn pause_before_rename() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("JOBFIT_TEST_PAUSE_BEFORE_RENAME_MS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// `bytes` in a temp file in `path`'s directory, with the mode `path` will have; the file is
/// removed when the handle is dropped unless it is persisted, and by the signal handler if the
/// process is interrupted first.
fn stage(path: &Path, bytes: &[u8]) -> Result<(tempfile::NamedTempFile, Tracked), Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".jobfit-");
    // A temp file is private (0600); the result is an ordinary file (0644 before the umask), or
    // keeps the mode of the file it replaces (a private 0600 report stays private).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let existing = std::fs::metadata(path).ok().map(|m| m.permissions());
    // The temp file is removed when `tmp` is dropped: on every error below, before the rename.
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| Error::write(path, e))?;
    let tracked = cleanup::track(tmp.path());
    if let Some(perms) = existing {
        tmp.as_file()
            .set_permissions(perms)
            .map_err(|e| Error::write(path, e))?;
    }
    // No fsync: the rename makes the file appear whole or not at all to every reader; surviving
    // a power cut is not worth ~10 ms per file for a document that can be regenerated.
    tmp.write_all(bytes).map_err(|e| Error::write(path, e))?;
    Ok((tmp, tracked))
}

/// Text for a terminal (a report, a table, a summary) with control characters from user text
/// escaped; this program's own colours stay when `style` colours.
pub fn terminal_text<'t>(text: &'t str, style: &Style) -> std::borrow::Cow<'t, str> {
    crate::terminal::escape_output(text, style.color)
}

/// Print the error a command ended with on standard error: diagnostics with their place and
/// line (and a count when there are several), anything else on one line. A closed pipe is not
/// printed.
pub fn print_error(e: &Error, style: &Style) {
    match e {
        Error::BrokenPipe => {}
        Error::Diagnostics(d) => {
            eprint!("{}", crate::diagnostic::render_all(d, style));
            let n = d.iter().filter(|x| x.is_error()).count();
            if n > 1 {
                eprintln!("{}: {n} errors", style.red_bold("error"));
            }
        }
        other => eprintln!(
            "{}: {}",
            style.red_bold("error"),
            crate::terminal::escape(&other.to_string())
        ),
    }
}

/// Write to stdout; a closed pipe (`| head`) is not an error.
pub fn write_stdout(bytes: &[u8]) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|_| out.flush())
        .map_err(|e| Error::write(Path::new("<stdout>"), e))
}

/// Refuse an output file that is one of the command's inputs (`match P J -o P` would replace
/// the master profile with a report) or is not a regular file (`-o /dev/null` as root would
/// become a regular file; standard output is `-o -`). Checked before any work is done.
pub fn check_target(out: Option<&Path>, inputs: &[&Path]) -> Result<(), Error> {
    let Some(out) = out.filter(|p| *p != Path::new("-")) else {
        return Ok(());
    };
    let Ok(meta) = std::fs::metadata(out) else {
        return Ok(()); // a new file
    };
    if !meta.is_file() {
        let what = if meta.is_dir() {
            "a directory"
        } else {
            "not a regular file"
        };
        return Err(Error::Usage(format!(
            "the output {} is {what}; name a file, or `-o -` for standard output",
            out.display()
        )));
    }
    let same = |input: &Path| match (std::fs::canonicalize(out), std::fs::canonicalize(input)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if let Some(input) = inputs.iter().find(|i| same(i)) {
        return Err(Error::Usage(format!(
            "the output {} is the input {}: refusing to overwrite it; write the output elsewhere",
            out.display(),
            input.display()
        )));
    }
    Ok(())
}

/// Write to a file when given, else stdout.
pub fn emit(path: Option<&Path>, bytes: &[u8]) -> Result<(), Error> {
    match path {
        Some(p) if p != Path::new("-") => write_file(p, bytes),
        _ => write_stdout(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn overwriting_keeps_the_mode_and_leaves_no_temp_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("report.txt");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_file(&p, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_failed_write_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        // Renaming a file over a non-empty directory fails after the temp file was written.
        let target = dir.path().join("out");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("x"), "x").unwrap();
        assert!(write_file(&target, b"data").is_err());
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec!["out".to_string()]);
    }
}
