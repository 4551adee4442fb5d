//! Temp files that must not outlive an interrupted run. `output` stages every file as a
//! `.jobfit-*` temp file beside its target and renames it into place; if Ctrl-C, `kill` or a
//! closed terminal (SIGINT, SIGTERM, SIGHUP) ends the process in between, the handler installed
//! here removes the staged files before the process exits with 128 + the signal's number.
//! It owns only that list and that handler; it must not write or rename anything itself.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temp files staged now and not yet renamed or removed.
static PENDING: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

/// A staged temp file on the pending list; dropping it takes it off (after its rename, or after
/// `tempfile` removed it on an error).
#[must_use]
pub struct Tracked(PathBuf);

/// Put `path` on the list of files to remove if a signal ends the process, installing the
/// handler on first use (commands that write no file never start its thread).
pub fn track(path: &Path) -> Tracked {
    install();
    lock().insert(path.to_path_buf());
    Tracked(path.to_path_buf())
}

impl Drop for Tracked {
    fn drop(&mut self) {
        lock().remove(&self.0);
    }
}

/// Remove `paths`; returns how many were there to remove.
fn remove(paths: &BTreeSet<PathBuf>) -> usize {
    paths
        .iter()
        .filter(|p| std::fs::remove_file(p).is_ok())
        .count()
}

/// A panic while the list was locked must not stop the clean-up of the others.
fn lock() -> std::sync::MutexGuard<'static, BTreeSet<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(unix)]
fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    use std::sync::OnceLock;
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        // If the handler cannot be installed the signal keeps its default action: the run
        // still ends, only a temp file may stay behind, as before.
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        let spawned = std::thread::Builder::new()
            .name("jobfit-signals".into())
            .spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    remove(&std::mem::take(&mut *lock()));
                    std::process::exit(128 + sig);
                }
            });
        drop(spawned);
    });
}

#[cfg(not(unix))]
fn install() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tracked_file_is_listed_until_dropped_and_removed_by_the_handler_step() {
        let dir = tempfile::tempdir().unwrap();
        let staged = dir.path().join(".jobfit-a");
        std::fs::write(&staged, "x").unwrap();
        let tracked = track(&staged);
        assert!(lock().contains(&staged));
        // Other tests stage files concurrently: remove only this one, as the handler would.
        assert_eq!(remove(&BTreeSet::from([staged.clone()])), 1);
        assert!(!staged.exists());
        assert_eq!(remove(&BTreeSet::from([staged.clone()])), 0);
        drop(tracked);
        assert!(!lock().contains(&staged));
    }
}
