//! A framework file (pillars, elements, sections, items, documents).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use policy_cockpit::io::{framework_file, text};

fuzz_target!(|data: &[u8]| {
    if let Ok(json) = text::decode(data) {
        let _ = framework_file::parse(&json, Path::new("framework.json"));
    }
});
