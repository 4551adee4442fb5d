//! Extraction throughput over a directory of real-looking postings, one core.
//!
//! `cargo run --release --example extract_speed -- DIR [ROUNDS [STEP]]`
//!
//! Reads every file of DIR into memory first (file reading is not timed), then times, on this
//! thread only, each of: `MentionFinder::find` (mention finding), `extract::extract` (the whole
//! structured extraction `jobfit extract` prints) and `extract::extract_reqs` (what `rank` runs
//! per posting), over all postings, ROUNDS times (default 5), and prints the best round of each
//! in MB/s (10^6 bytes), by the wall clock and by the thread's CPU time (the honest figure on a
//! shared machine, where a thread also waits for a core). STEP (`find`, `extract` or `extract_reqs`) times that one alone, for a
//! profiler. The corpus of `tools/bench/bench_rank.sh` (`/tmp/jobfit-corpus`, built by
//! `tools/bench/make_corpus.py` from the shared data) is the intended input; the criterion bench
//! `benches/extract.rs` times the same functions on three embedded texts.

use jobfit::extract::{extract, extract_reqs};
use jobfit::skills::mentions::MentionFinder;
use jobfit::skills::taxonomy::Taxonomy;
use std::hint::black_box;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: extract_speed DIR [ROUNDS]");
        std::process::exit(2);
    };
    let rounds: usize = args
        .next()
        .map_or(5, |r| r.parse().expect("ROUNDS is a number"));
    let step = args.next();
    let on = |name: &str| step.as_deref().is_none_or(|s| s == name);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("DIR is readable")
        .map(|e| e.expect("directory entry").path())
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let tax = Taxonomy::builtin();
    let finder = MentionFinder::new(&tax);
    // Each round's MB/s by the wall clock and by this thread's time on a CPU (Linux: from
    // /proc/thread-self/schedstat, in ns; elsewhere the wall clock): on a shared machine a
    // thread waits for a core, which the wall clock counts and the CPU time does not.
    let time = |f: &dyn Fn(&str) -> usize| {
        (0..rounds.max(1))
            .map(|_| {
                let (t, cpu) = (Instant::now(), cpu_ns());
                let n: usize = texts.iter().map(|x| f(black_box(x))).sum();
                black_box(n);
                let wall = t.elapsed().as_secs_f64();
                let cpu = cpu_ns()
                    .zip(cpu)
                    .map_or(wall, |(b, a)| (b - a) as f64 / 1e9);
                (mb / wall, mb / cpu)
            })
            .fold((0.0, 0.0), |(w, c), (x, y)| {
                (f64::max(w, x), f64::max(c, y))
            })
    };
    println!(
        "{} postings, {mb:.1} MB, best of {rounds} rounds on one core (wall clock; CPU time):",
        texts.len()
    );
    let show = |name: &str, (wall, cpu): (f64, f64)| {
        println!("  {name:<12}  {wall:7.1} MB/s; {cpu:7.1} MB/s of CPU time")
    };
    if on("find") {
        show("find", time(&|x| finder.find(x).len()));
    }
    if on("extract") {
        show("extract", time(&|x| extract(x, &tax, &finder).skills.len()));
    }
    if on("extract_reqs") {
        show(
            "extract_reqs",
            time(&|x| extract_reqs(x, &tax, &finder).reqs.len()),
        );
    }
}

/// This thread's time on a CPU so far, in ns (Linux), else `None`.
fn cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}
