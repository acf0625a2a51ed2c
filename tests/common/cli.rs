//! Running the binary from integration tests, shared by the command-line test files.

use std::process::{Command, Output};

/// Runs `policy-cockpit` with Chinese messages.
pub fn cockpit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_policy-cockpit"))
        .args(args)
        .env("LANG", "zh_CN.UTF-8")
        .output()
        .expect("the binary runs")
}

/// Output bytes as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
