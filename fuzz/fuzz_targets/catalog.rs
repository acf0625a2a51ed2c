//! An indicator catalog, checked against the built-in framework.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use policy_cockpit::io::{metrics::catalog_file, text};
use policy_cockpit_fuzz::FRAMEWORK;

fuzz_target!(|data: &[u8]| {
    if let Ok(json) = text::decode(data) {
        let _ = catalog_file::parse(&json, Path::new("indicators.json"), &FRAMEWORK);
    }
});
