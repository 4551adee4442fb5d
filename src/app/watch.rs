//! `--watch`: run a command now, then again each time one of its input files changes.
//!
//! Owns the loop around a command: which directories to watch for which files, which file events
//! are changes to an input (not the command's own reading of it, not other files), collapsing a
//! burst of them into one run (the debounce: 150 ms of quiet), and the lines on standard error
//! that say what changed and how long the run took. It watches the parent directory of each
//! input, not the file: editors save by writing a new file and renaming it over the old one,
//! and a watch on the old file's inode sees nothing after the first save. It must not know what a
//! command does: it gets the input paths and a closure that runs the command once, prints the
//! error a run ends with, and goes on watching. Ctrl-C (SIGINT, default action) ends it.

use crate::app::config::Config;
use crate::app::output;
use crate::error::Error;
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How long the inputs must be still before a run: an editor's save (a temp file renamed over
/// the input, a chmod) is one run, not three.
const QUIET: Duration = Duration::from_millis(150);

/// One input file, as the user named it, and the paths a file event may name it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// As given on the command line (for messages).
    pub shown: PathBuf,
    /// Its directory, with links resolved, joined with its name (what the watch on that
    /// directory reports); and where the file leads when it is a symbolic link.
    names: Vec<PathBuf>,
}

impl Input {
    /// The input at `path`; its directory must exist (the file itself need not yet).
    pub fn new(path: &Path) -> Result<Input, Error> {
        let name = path
            .file_name()
            .ok_or_else(|| Error::Usage(format!("--watch: {} is not a file", path.display())))?;
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let dir = std::fs::canonicalize(dir).map_err(|e| Error::io(dir, e))?;
        let mut names = vec![dir.join(name)];
        if let Ok(target) = std::fs::canonicalize(path) {
            if !names.contains(&target) {
                names.push(target);
            }
        }
        Ok(Input {
            shown: path.to_path_buf(),
            names,
        })
    }

    /// An input whose names are given (tests).
    #[cfg(test)]
    fn named(shown: &str, names: &[&str]) -> Input {
        Input {
            shown: shown.into(),
            names: names.iter().map(PathBuf::from).collect(),
        }
    }
}

/// Refuse standard input: there is no file to watch.
pub fn refuse_stdin(paths: &[&Path]) -> Result<(), Error> {
    if paths.contains(&Path::new("-")) {
        return Err(Error::Usage(
            "--watch re-reads its inputs when they change, and standard input (`-`) cannot \
             change: save it to a file and name the file"
                .to_string(),
        ));
    }
    Ok(())
}

/// The directories to watch: the parent of every name of every input, each once, in order.
pub fn dirs(inputs: &[Input]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    for name in inputs.iter().flat_map(|i| &i.names) {
        if let Some(dir) = name.parent() {
            if !out.iter().any(|d| d == dir) {
                out.push(dir.to_path_buf());
            }
        }
    }
    out
}

/// The inputs that the events' paths name, in input order, each once. Other files in the
/// watched directories (the command's own output, an editor's swap file) are not inputs.
pub fn changed<'i>(inputs: &'i [Input], events: &[PathBuf]) -> Vec<&'i Input> {
    inputs
        .iter()
        .filter(|i| events.iter().any(|e| i.names.contains(e)))
        .collect()
}

/// Can an event of this kind mean new content? Opening, reading and closing a file cannot: the
/// command's own reading of its inputs makes such events, which must not start another run.
pub fn is_change(kind: &EventKind) -> bool {
    !matches!(kind, EventKind::Access(_) | EventKind::Other)
}

/// Is `event` a change to one of `inputs`?
fn concerns(inputs: &[Input], event: &Event) -> bool {
    is_change(&event.kind) && !changed(inputs, &event.paths).is_empty()
}

/// One burst of changes to the inputs, as the paths they name: `first`'s, then those of every
/// change to an input that comes within `quiet` of the one before. Other events neither count
/// nor extend the wait (a file written every 100 ms beside the profile cannot postpone a run).
/// `next(wait)` gives the next event, or `None` when `wait` passed without one or the watch
/// ended; the watcher's errors are collected.
pub fn gather(
    inputs: &[Input],
    first: Event,
    quiet: Duration,
    mut next: impl FnMut(Duration) -> Option<notify::Result<Event>>,
) -> (Vec<PathBuf>, Vec<notify::Error>) {
    let mut paths = first.paths;
    let mut errors = Vec::new();
    let mut until = Instant::now() + quiet;
    loop {
        let wait = until.saturating_duration_since(Instant::now());
        if wait.is_zero() {
            break;
        }
        match next(wait) {
            None => break,
            Some(Ok(event)) if concerns(inputs, &event) => {
                paths.extend(event.paths);
                until = Instant::now() + quiet;
            }
            Some(Ok(_)) => {}
            Some(Err(e)) => errors.push(e),
        }
    }
    (paths, errors)
}

/// `4.2 ms`, `1.35 s`.
pub fn took(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 1000.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// `profile.yaml, job.yaml`.
fn list(inputs: &[&Input]) -> String {
    inputs
        .iter()
        .map(|i| i.shown.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Run `once` now and again whenever a file of `paths` changes, until the process is ended
/// (Ctrl-C) or standard output closes. An error a run ends with is printed, as it would be at
/// exit, and the loop goes on; only a failure to watch ends it.
pub fn run(
    paths: &[&Path],
    cfg: &Config,
    mut once: impl FnMut() -> Result<(), Error>,
) -> Result<(), Error> {
    refuse_stdin(paths)?;
    let inputs = paths
        .iter()
        .map(|p| Input::new(p))
        .collect::<Result<Vec<_>, _>>()?;
    let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
    // Watching starts before the first run, so that a save during it is not missed.
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Error::file(Path::new("--watch"), format!("cannot start: {e}")))?;
    for dir in dirs(&inputs) {
        watcher
            .watch(&dir, RecursiveMode::NonRecursive)
            .map_err(|e| Error::file(&dir, format!("cannot be watched: {e}")))?;
    }
    let all: Vec<&Input> = inputs.iter().collect();
    let st = &cfg.err_style;
    let say = |line: String| {
        if !cfg.quiet {
            eprintln!("{}", st.dim(&crate::terminal::escape(&line)));
        }
    };
    let ended = || Error::file(Path::new("--watch"), "stopped: the file watcher ended");
    // The first run's line names the files watched, whether it failed or not.
    let mut watching = format!("watching {} for changes (Ctrl-C to stop)", list(&all));
    let mut first = true;
    loop {
        let start = Instant::now();
        let result = once();
        let time = took(start.elapsed());
        match result {
            Err(Error::BrokenPipe) => return Ok(()),
            Err(e) => {
                output::print_error(&e, st);
                say(format!("failed in {time}; {watching}"));
            }
            Ok(()) if first => say(format!("ran in {time}; {watching}")),
            Ok(()) => say(format!("re-ran in {time}")),
        }
        first = false;
        watching = "watching for changes".to_string();
        // Wait for a change to an input, then for the burst it starts to end.
        let start = loop {
            match rx.recv().map_err(|_| ended())? {
                Ok(event) if concerns(&inputs, &event) => break event,
                Ok(_) => {}
                Err(e) => say(format!("--watch: {e}")),
            }
        };
        let (paths, errors) = gather(&inputs, start, QUIET, |wait| rx.recv_timeout(wait).ok());
        for e in errors {
            say(format!("--watch: {e}"));
        }
        say(format!("changed: {}", list(&changed(&inputs, &paths))));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs() -> Vec<Input> {
        vec![
            Input::named("p.yaml", &["/w/p.yaml"]),
            Input::named("jobs/j.yaml", &["/w/jobs/j.yaml", "/data/real/j.yaml"]),
            Input::named("tax.yaml", &["/w/tax.yaml"]),
        ]
    }

    fn shown(hit: Vec<&Input>) -> Vec<String> {
        hit.iter().map(|i| i.shown.display().to_string()).collect()
    }

    #[test]
    fn events_on_other_files_in_the_same_directories_are_not_changes() {
        let ins = inputs();
        let events = [
            "/w/out.txt",
            "/w/.jobfit-a1b2c3",
            "/w/.p.yaml.swp",
            "/w/p.yaml~",
            "/w/jobs",
            "/w/jobs/j.yaml.tmp",
        ]
        .map(PathBuf::from);
        assert!(changed(&ins, &events).is_empty());
    }

    #[test]
    fn a_burst_of_events_names_each_input_once_in_input_order() {
        let ins = inputs();
        // An editor's save: a temp file, the rename over the input, a chmod; and the link's
        // target changed in its own directory.
        let events = [
            "/w/tax.yaml",
            "/w/.p.yaml.tmp",
            "/w/p.yaml",
            "/w/p.yaml",
            "/data/real/j.yaml",
        ]
        .map(PathBuf::from);
        assert_eq!(
            shown(changed(&ins, &events)),
            ["p.yaml", "jobs/j.yaml", "tax.yaml"]
        );
        assert_eq!(
            shown(changed(&ins, &[PathBuf::from("/w/jobs/j.yaml")])),
            ["jobs/j.yaml"]
        );
    }

    fn event(kind: EventKind, path: &str) -> notify::Result<Event> {
        Ok(Event::new(kind).add_path(PathBuf::from(path)))
    }

    #[test]
    fn reading_a_file_is_not_a_change() {
        use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind, RenameMode};
        assert!(!is_change(&EventKind::Access(AccessKind::Open(
            AccessMode::Any
        ))));
        assert!(!is_change(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(is_change(&EventKind::Modify(ModifyKind::Name(
            RenameMode::To
        ))));
        assert!(is_change(&EventKind::Create(CreateKind::File)));
        assert!(is_change(&EventKind::Remove(
            notify::event::RemoveKind::File
        )));
        assert!(is_change(&EventKind::Any));
    }

    #[test]
    fn a_burst_of_changes_is_gathered_into_one_and_other_events_are_passed_over() {
        use notify::event::{AccessKind, AccessMode, ModifyKind};
        let ins = inputs();
        let modify = EventKind::Modify(ModifyKind::Any);
        let read = EventKind::Access(AccessKind::Open(AccessMode::Any));
        let mut queue = vec![
            event(modify, "/w/out.txt"),
            event(read, "/w/p.yaml"),
            Err(notify::Error::generic("queue overflow")),
            event(modify, "/w/tax.yaml"),
            event(modify, "/w/p.yaml"),
        ];
        let mut waits = Vec::new();
        let first = event(modify, "/w/jobs/j.yaml").unwrap();
        let (paths, errors) = gather(&ins, first, Duration::from_secs(60), |wait| {
            waits.push(wait);
            queue.pop()
        });
        assert_eq!(
            paths,
            ["/w/jobs/j.yaml", "/w/p.yaml", "/w/tax.yaml"].map(PathBuf::from)
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(
            shown(changed(&ins, &paths)),
            ["p.yaml", "jobs/j.yaml", "tax.yaml"]
        );
        // Every wait is at most the quiet time, and the source was asked until it had no more.
        assert_eq!(waits.len(), 6);
        assert!(waits.iter().all(|w| *w <= Duration::from_secs(60)));
    }

    #[test]
    fn the_burst_ends_when_the_quiet_time_passes() {
        let ins = inputs();
        let first = event(EventKind::Any, "/w/p.yaml").unwrap();
        let mut asked = 0;
        // A source that always has an unrelated event: the wait still ends.
        let (paths, _) = gather(&ins, first, Duration::from_millis(1), |_| {
            asked += 1;
            std::thread::sleep(Duration::from_millis(2));
            Some(event(EventKind::Any, "/w/log.txt"))
        });
        assert_eq!(paths, [PathBuf::from("/w/p.yaml")]);
        assert!(asked >= 1);
    }

    #[test]
    fn each_directory_is_watched_once() {
        assert_eq!(
            dirs(&inputs()),
            ["/w", "/w/jobs", "/data/real"].map(PathBuf::from)
        );
    }

    #[test]
    fn an_input_is_known_by_its_resolved_directory_and_its_link_target() {
        let tmp = tempfile::tempdir().unwrap();
        let real = std::fs::canonicalize(tmp.path()).unwrap();
        std::fs::create_dir(real.join("data")).unwrap();
        std::fs::write(real.join("data/p.yaml"), "name: A\n").unwrap();
        std::os::unix::fs::symlink(real.join("data/p.yaml"), real.join("link.yaml")).unwrap();
        let link = Input::new(&tmp.path().join("link.yaml")).unwrap();
        assert_eq!(
            link.names,
            [real.join("link.yaml"), real.join("data/p.yaml")]
        );
        // A file that does not exist yet is watched for in its directory.
        let new = Input::new(&tmp.path().join("new.yaml")).unwrap();
        assert_eq!(new.names, [real.join("new.yaml")]);
        // A path with no file name is no file to watch.
        let err = Input::new(Path::new("..")).unwrap_err();
        assert_eq!(err.to_string(), "--watch: .. is not a file");
        // A directory that does not exist cannot be watched.
        let err = Input::new(&tmp.path().join("nope/p.yaml")).unwrap_err();
        assert!(err.to_string().ends_with("nope does not exist"), "{err}");
    }

    #[test]
    fn standard_input_is_refused() {
        let err = refuse_stdin(&[Path::new("p.yaml"), Path::new("-")]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "--watch re-reads its inputs when they change, and standard input (`-`) cannot \
             change: save it to a file and name the file"
        );
        assert!(refuse_stdin(&[Path::new("p.yaml")]).is_ok());
    }

    #[test]
    fn run_times_read_as_milliseconds_or_seconds() {
        assert_eq!(took(Duration::from_micros(4_200)), "4.2 ms");
        assert_eq!(took(Duration::from_micros(999_940)), "999.9 ms");
        assert_eq!(took(Duration::from_millis(1_350)), "1.35 s");
    }
}
