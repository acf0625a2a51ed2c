//! A ledger (台账) read, mapped and planned against the built-in framework and an empty progress record.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_cockpit::domain::progress::ProgressBook;
use policy_cockpit::io::ledger_import;
use policy_cockpit_fuzz::{FRAMEWORK, file_name, watch};

fuzz_target!(|data: &[u8]| {
    let path = file_name(data, "x.csv");
    if let Ok(ledger) = watch(|| ledger_import::open_bytes(data, path)) {
        let _ = ledger.plan(&FRAMEWORK, &ProgressBook::default());
    }
});
