//! PATCH(policy-cockpit): mutation ("fuzz") test over real small workbooks.
//!
//! Each mutated workbook is opened and fully read inside `catch_unwind`. The
//! test fails if any single input takes more than 10 s. Panics are tallied by
//! location and printed (they are caught by the app) but do not fail the test
//! unless `HOSTILE_NO_PANICS=1`. Run it under a memory limit to prove that no
//! input makes calamine allocate without bound, e.g.
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target-calamine cargo test --test hostile --no-run
//! prlimit --as=2000000000 /work/target-calamine/debug/deps/hostile-* --nocapture
//! ```
//!
//! Env: `HOSTILE_CASES` (per fixture, default 1000), `HOSTILE_SEED`,
//! `HOSTILE_START` (skip cases before this global index), `HOSTILE_TRACE=1`
//! (print each case index to stderr before running it).

mod common;

use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use common::*;

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn mutated_workbooks_do_not_abort_or_hang() {
    let per_fixture = env_usize("HOSTILE_CASES", 1000);
    let seed = env_usize("HOSTILE_SEED", 0x5EED_CA1A) as u64;
    let start = env_usize("HOSTILE_START", 0);
    let trace = std::env::var("HOSTILE_TRACE").is_ok();
    let fixtures = [
        ("yearbook-2024.xls", true),
        ("ledger.xls", true),
        ("yearbook-2024.xlsx", false),
        ("ledger.xlsx", false),
    ];

    panic::set_hook(Box::new(|info| {
        let loc = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let msg: String = msg.chars().take(60).collect();
        *LAST_PANIC.lock().unwrap() = Some(format!("{loc} ({msg})"));
    }));

    let mut tally = PanicTally::new();
    let mut panicked = 0usize;
    let mut run = 0usize;
    let mut slowest = (Duration::ZERO, 0usize);
    let mut global = 0usize;
    for (fi, (name, is_xls)) in fixtures.iter().enumerate() {
        let base = fixture(name);
        // sanity: the pristine fixture reads fine
        read_all(&base);
        let mut rng = Rng(seed ^ ((fi as u64 + 1) << 32) | 1);
        for _ in 0..per_fixture {
            let case = make_case(&mut rng, &base, *is_xls);
            let idx = global;
            global += 1;
            if idx < start {
                continue;
            }
            if trace {
                eprintln!("CASE {idx} {name}");
                let _ = std::io::stderr().flush();
            }
            let t = Instant::now();
            let res = panic::catch_unwind(AssertUnwindSafe(|| read_all(&case)));
            let dt = t.elapsed();
            run += 1;
            if dt > slowest.0 {
                slowest = (dt, idx);
            }
            if res.is_err() {
                panicked += 1;
                let loc = LAST_PANIC
                    .lock()
                    .unwrap()
                    .take()
                    .unwrap_or_else(|| "?".into());
                if trace {
                    eprintln!("PANIC {idx} {loc}");
                }
                *tally.entry(loc).or_default() += 1;
            }
            assert!(
                dt < Duration::from_secs(10),
                "case {idx} ({name}) took {dt:?}"
            );
        }
    }
    let _ = panic::take_hook();

    println!("hostile: {run} mutated workbooks read, {panicked} panicked (caught)");
    println!("hostile: slowest case {} took {:?}", slowest.1, slowest.0);
    for (loc, n) in &tally {
        println!("hostile:   {n:5}  {loc}");
    }
    if std::env::var("HOSTILE_NO_PANICS").is_ok() {
        assert_eq!(panicked, 0, "panics: {tally:?}");
    }
}
