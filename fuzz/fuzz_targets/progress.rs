//! A progress file (any schema) read as `progress list` and the window read it.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use policy_cockpit::io::progress_file::ProgressStore;

fuzz_target!(|data: &[u8]| {
    if let Ok(book) = ProgressStore::parse(data, Path::new("progress.json")) {
        assert!(book.entries.values().all(|e| e.percent <= 100), "a percent over 100 was read");
    }
});
