//! The `Test` builder: one run of the real `jobfit` binary in a temporary folder of its own, in the
//! style of `just`'s `tests/test.rs`.
//!
//! Owns: writing a test's inputs into a fresh temp dir (inline text, raw bytes, or links to the
//! repository's fixture files under the same relative path), running the binary there with
//! `NO_COLOR=1` and no `SOURCE_DATE_EPOCH`, and checking its status, stdout and stderr.
//! Expectations are pinned by default: a test that says nothing expects status 0 and empty stdout
//! and stderr, and loosening that is always explicit (`stdout_contains`, `stdout_with`,
//! `ignore_stdout`, …). A command that keeps running (`--watch`) is started instead
//! ([`Test::start`]): the [`Running`] handle edits its inputs as an editor would, waits (up to a
//! generous limit) for what should follow, and kills the process at the end.
//!
//! Must not: know what any jobfit command does (those checks live in the feature modules), or write
//! into the repository (fixtures are linked for reading, never changed).

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// The worked example's profile (Juan Pérez).
pub const JUAN: &str = "profiles/juan.yaml";
/// The worked example's posting as a job file (Booking.com, Senior Go Developer).
pub const BOOKING: &str = "jobs/booking_go.yaml";
/// The same posting as plain text.
pub const BOOKING_TXT: &str = "jobs/booking_go.txt";
/// The present that most tests fix, so that years of experience do not drift.
pub const AS_OF: &str = "--as-of=2026-11";
/// 2026-11-01 00:00 UTC as `SOURCE_DATE_EPOCH`.
pub const EPOCH_2026_11: &str = "1793491200";

type Check = Box<dyn FnOnce(&str)>;

/// What one output stream must be: exactly a text (empty by default), and/or pass some checks.
struct Expect {
    exact: Option<String>,
    checks: Vec<Check>,
}

impl Expect {
    fn empty() -> Expect {
        Expect {
            exact: Some(String::new()),
            checks: Vec::new(),
        }
    }

    fn check(&mut self, check: Check) {
        self.exact = None;
        self.checks.push(check);
    }
}

/// One run of `jobfit`: inputs, arguments and expectations, then [`Test::run`].
#[must_use]
pub struct Test {
    dir: TempDir,
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<Vec<u8>>,
    close_stdout: bool,
    status: i32,
    stdout: Expect,
    stderr: Expect,
}

/// What a run left behind: its outputs, and the folder with any files it wrote.
pub struct Output {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
    dir: TempDir,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A text that starts with a newline is an indented block (inline YAML or expected output, indented
/// with the code): the newline and the indentation its non-blank lines share are dropped, and its
/// blank lines become empty. Any other text is taken as it is.
pub fn unindent(text: &str) -> String {
    let Some(text) = text.strip_prefix('\n') else {
        return text.to_string();
    };
    let blank = |line: &str| line.trim_end_matches('\n').trim_matches(' ').is_empty();
    let indent = text
        .split_inclusive('\n')
        .filter(|line| !blank(line))
        .map(|line| line.len() - line.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        if blank(line) {
            out.push_str(if line.ends_with('\n') { "\n" } else { "" });
        } else {
            out.push_str(&line[indent..]);
        }
    }
    out
}

impl Test {
    /// An empty temp dir as the working directory, no arguments, and the pinned defaults.
    pub fn new() -> Test {
        Test::in_dir(tempfile::tempdir().expect("temp dir"))
    }

    fn in_dir(dir: TempDir) -> Test {
        Test {
            dir,
            args: Vec::new(),
            env: vec![("NO_COLOR".into(), "1".into())],
            stdin: None,
            close_stdout: false,
            status: 0,
            stdout: Expect::empty(),
            stderr: Expect::empty(),
        }
    }

    // ------------------------------------------------------------------ inputs

    /// Links the repository's file at `path` into the temp dir under the same relative path (a
    /// symbolic link: cheaper than a copy, and read-only use is all a test makes of it), so that
    /// messages naming it read as they would in the repository.
    pub fn fixture(self, path: &str) -> Test {
        let to = self.dir.path().join(path);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(root().join(path), &to)
            .unwrap_or_else(|e| panic!("fixture {path}: {e}"));
        self
    }

    /// [`Test::fixture`] for each path.
    pub fn fixtures<'a>(self, paths: impl IntoIterator<Item = &'a str>) -> Test {
        paths.into_iter().fold(self, Test::fixture)
    }

    /// The worked example: `profiles/juan.yaml` and `jobs/booking_go.yaml` (and `.txt`).
    pub fn juan_booking() -> Test {
        Test::new().fixtures([JUAN, BOOKING, BOOKING_TXT])
    }

    /// Writes `text`, unindented, to `name` in the temp dir (parent folders are created).
    pub fn file(self, name: &str, text: &str) -> Test {
        self.bytes(name, unindent(text))
    }

    /// Writes `bytes` as they are to `name` in the temp dir.
    pub fn bytes(self, name: &str, bytes: impl AsRef<[u8]>) -> Test {
        let path = self.dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
        self
    }

    /// A file of `len` bytes that takes no disk space (a sparse file of zeros).
    pub fn sparse_file(self, name: &str, len: u64) -> Test {
        let file = fs::File::create(self.dir.path().join(name)).unwrap();
        file.set_len(len).unwrap();
        self
    }

    /// An inline profile, written (unindented) to `profile.yaml`.
    pub fn profile(self, yaml: &str) -> Test {
        self.file("profile.yaml", yaml)
    }

    /// An inline job, written (unindented) to `job.yaml`.
    pub fn job(self, yaml: &str) -> Test {
        self.file("job.yaml", yaml)
    }

    // ------------------------------------------------------------------ the run

    pub fn arg(mut self, arg: impl Into<String>) -> Test {
        self.args.push(arg.into());
        self
    }

    pub fn args<I, S>(self, args: I) -> Test
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        args.into_iter().fold(self, Test::arg)
    }

    pub fn env(mut self, key: &str, value: &str) -> Test {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn stdin(mut self, bytes: impl AsRef<[u8]>) -> Test {
        self.stdin = Some(bytes.as_ref().to_vec());
        self
    }

    /// Closes the read end of stdout as soon as the process starts (a reader that went away, as in
    /// `jobfit … | head -0`); stdout is then not checked.
    pub fn close_stdout(mut self) -> Test {
        self.close_stdout = true;
        self.ignore_stdout()
    }

    // ------------------------------------------------------------------ expectations

    pub fn status(mut self, status: i32) -> Test {
        self.status = status;
        self
    }

    /// Stdout must be exactly `text` (unindented).
    pub fn stdout(mut self, text: &str) -> Test {
        self.stdout = Expect {
            exact: Some(unindent(text)),
            checks: Vec::new(),
        };
        self
    }

    /// Stdout must contain `part` (can be given more than once).
    pub fn stdout_contains(mut self, part: &str) -> Test {
        self.stdout.check(contains("stdout", part));
        self
    }

    /// Stdout is handed to `check` (an insta snapshot, a parse, …) instead of being pinned.
    pub fn stdout_with(mut self, check: impl FnOnce(&str) + 'static) -> Test {
        self.stdout.check(Box::new(check));
        self
    }

    pub fn ignore_stdout(mut self) -> Test {
        self.stdout.check(Box::new(|_| {}));
        self
    }

    /// Stderr must be exactly `text` (unindented).
    pub fn stderr(mut self, text: &str) -> Test {
        self.stderr = Expect {
            exact: Some(unindent(text)),
            checks: Vec::new(),
        };
        self
    }

    /// Stderr must contain `part` (can be given more than once).
    pub fn stderr_contains(mut self, part: &str) -> Test {
        self.stderr.check(contains("stderr", part));
        self
    }

    pub fn ignore_stderr(mut self) -> Test {
        self.stderr.check(Box::new(|_| {}));
        self
    }

    /// Runs `jobfit` in the temp dir and checks every expectation; panics with the whole output on
    /// the first mismatch.
    #[track_caller]
    pub fn run(self) -> Output {
        let (status, stdout, stderr) = self.spawn();
        let shown = format!(
            "jobfit {}\n--- status {status}\n--- stdout\n{stdout}--- stderr\n{stderr}---",
            self.args.join(" ")
        );
        let mut wrong = Vec::new();
        if status != self.status {
            wrong.push(format!("status: expected {}, got {status}", self.status));
        }
        for (name, expect, have) in [
            ("stdout", &self.stdout, &stdout),
            ("stderr", &self.stderr, &stderr),
        ] {
            if let Some(want) = expect.exact.as_ref().filter(|want| *want != have) {
                wrong.push(format!(
                    "{name}: expected\n{want}---\nas a string: {want:?}\ngot:         {have:?}"
                ));
            }
        }
        assert!(wrong.is_empty(), "{}\n{shown}", wrong.join("\n"));
        for check in self.stdout.checks {
            check(&stdout);
        }
        for check in self.stderr.checks {
            check(&stderr);
        }
        Output {
            status,
            stdout,
            stderr,
            dir: self.dir,
        }
    }

    /// Starts `jobfit` in the background (a command that keeps running, such as `--watch`) with
    /// stdin and stdout closed; its stderr is collected as it comes. The expectations are not
    /// checked: the test asks the [`Running`] handle, which kills the process when dropped.
    pub fn start(self) -> Running {
        let mut child = self
            .command()
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("jobfit starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        let mut pipe = child.stderr.take().unwrap();
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = std::io::Read::read(&mut pipe, &mut buf) {
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Running {
            child,
            stderr,
            dir: self.dir,
            args: self.args,
        }
    }

    fn command(&self) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_jobfit"));
        command
            .current_dir(self.dir.path())
            .args(&self.args)
            .env_remove("SOURCE_DATE_EPOCH")
            .env_remove("NO_COLOR")
            .envs(self.env.iter().map(|(k, v)| (k, v)));
        command
    }

    fn spawn(&self) -> (i32, String, String) {
        let mut command = self.command();
        command
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("jobfit runs");
        if self.close_stdout {
            drop(child.stdout.take());
        }
        if let Some(bytes) = &self.stdin {
            // A command may exit without reading its input (a refusal of its arguments): a
            // closed pipe is then no failure.
            if let Err(e) = child.stdin.take().unwrap().write_all(bytes) {
                assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
            }
        }
        let out = child.wait_with_output().expect("jobfit finishes");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8(out.stdout).expect("stdout is UTF-8"),
            String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        )
    }
}

fn contains(name: &'static str, part: &str) -> Check {
    let part = part.to_string();
    Box::new(move |have: &str| assert!(have.contains(&part), "{name} lacks {part:?}:\n{have}"))
}

impl Output {
    /// Stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        json(&self.stdout)
    }

    /// The absolute path of `name` in the run's folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A file the run wrote (or a test wrote before it).
    pub fn read(&self, name: &str) -> Vec<u8> {
        fs::read(self.path(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }

    pub fn read_to_string(&self, name: &str) -> String {
        String::from_utf8(self.read(name)).expect("UTF-8")
    }

    /// Another run in the same folder, with the files of this one and fresh expectations.
    pub fn then(self) -> Test {
        Test::in_dir(self.dir)
    }
}

/// A `jobfit` running in the background in its temp dir ([`Test::start`]); killed when dropped.
pub struct Running {
    child: Child,
    stderr: Arc<Mutex<String>>,
    dir: TempDir,
    args: Vec<String>,
}

/// How long [`Running::wait_until`] waits: generous, for a loaded machine. Only a limit on a
/// wait for something that should happen, never a measure of speed.
const PATIENCE: Duration = Duration::from_secs(20);

impl Running {
    /// Stderr so far.
    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// A file in the run's folder, or an empty text while it does not exist.
    pub fn read(&self, name: &str) -> String {
        fs::read_to_string(self.dir.path().join(name)).unwrap_or_default()
    }

    /// Replaces `name` as an editor saves: the new text (unindented) written to a temporary
    /// file beside it, then renamed over it.
    pub fn save(&self, name: &str, text: &str) {
        let path = self.dir.path().join(name);
        let tmp = self.dir.path().join(format!(".{name}.swp"));
        fs::write(&tmp, unindent(text)).unwrap();
        fs::rename(&tmp, &path).unwrap();
    }

    /// Whether the process is still running.
    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().expect("try_wait").is_none()
    }

    /// Polls `done` every 50 ms until it holds; panics with stderr after [`PATIENCE`] or when the
    /// process has ended.
    #[track_caller]
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&Running) -> bool) {
        let start = Instant::now();
        while !done(self) {
            let ended = !self.is_running();
            assert!(
                !ended && start.elapsed() < PATIENCE,
                "jobfit {}: {} while waiting for {what}\n--- stderr\n{}---",
                self.args.join(" "),
                if ended { "ended" } else { "timed out" },
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `text` parsed as JSON.
pub fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).expect("valid JSON")
}

/// Reads a file of the repository (to compare outputs with the inputs they came from).
pub fn repo_file(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}
