//! Integration tests: the real `jobfit` binary, run on inline inputs and fixture files.
//!
//! One test binary (`autotests = false` and a `[[test]]` entry in Cargo.toml), one module per
//! feature, in the style of `just`'s `tests/lib.rs`. Every test goes through the [`harness::Test`]
//! builder: a temp dir of its own, inputs written into it, and status, stdout and stderr pinned
//! unless the test says otherwise. Every user-facing error message is pinned (exact text or an insta
//! snapshot under `snapshots/`).

mod harness;

mod check;
mod design;
mod docx;
mod hostile;
mod house;
mod interop;
mod languages;
mod errors;
mod extract;
mod prep;
mod rank;
mod render;
mod report;
mod scripts;
mod shell;
mod starter;
mod tailor;
mod watch;
