//! A metrics file (CSV in UTF-8/GBK/UTF-16, XLSX, XLS) read as the window reads it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_cockpit::io::metrics;
use policy_cockpit_fuzz::{CATALOG, file_name, watch};

fuzz_target!(|data: &[u8]| {
    // Parquet is left to mutate.py until a page that claims a huge value count is refused before polars
    // reserves memory for it: an abort no guard catches (fuzz/known-open/README.md).
    if data.starts_with(b"PAR1") {
        return;
    }
    let path = file_name(data, "x.csv");
    if let Ok(loaded) = watch(|| metrics::load_bytes(data, path, &CATALOG)) {
        assert!(loaded.report.rows_read > 0, "a panel from no rows");
    }
});
