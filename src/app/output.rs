//! Writing results: whole files or nothing (temp file + rename), and stdout that tolerates a
//! closed pipe. Only the command layer calls this.

use crate::error::Error;
use std::io::Write;
use std::path::Path;

/// Write `bytes` to `path` atomically: a temp file in the same directory, then a rename.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    std::fs::create_dir_all(dir).map_err(|e| Error::write(dir, e))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".jobfit-");
    // A temp file is private (0600); the result is an ordinary file (0644 before the umask).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| Error::write(path, e))?;
    // No fsync: the rename makes the file appear whole or not at all to every reader; surviving
    // a power cut is not worth ~10 ms per file for a document that can be regenerated.
    tmp.write_all(bytes).map_err(|e| Error::write(path, e))?;
    tmp.persist(path).map_err(|e| Error::write(path, e.error))?;
    Ok(())
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
