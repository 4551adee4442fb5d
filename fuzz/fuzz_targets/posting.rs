//! Any bytes as a plain-text posting: extracted (sections, any-of groups, title, company) and
//! matched with the bundled profile. A panic is a bug.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::match_job("fuzz.txt", data));
