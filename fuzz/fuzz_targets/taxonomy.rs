//! Any bytes as a user taxonomy (`--taxonomy`): parsed, merged with the built-in one, its
//! mention finder built and run over the bundled posting. A panic is a bug.
#![no_main]

use jobfit::extract;
use jobfit::input::load;
use jobfit::skills::mentions::MentionFinder;
use jobfit::source::Source;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

const POSTING: &str = include_str!("../../jobs/booking_go.txt");

fuzz_target!(|data: &[u8]| {
    let Ok(src) = Source::from_bytes(Path::new("t.yaml"), data.to_vec(), 1 << 20) else {
        return;
    };
    if let Ok((tax, _)) = load::taxonomy_from_source(&src) {
        let finder = MentionFinder::new(&tax);
        let _ = extract::extract(POSTING, &tax, &finder);
    }
});
