//! Running the binary from integration tests, shared by the command-line test files.

use std::process::{Command, Output};

/// The binary with Chinese messages, for a test that adds pipes or environment before running it.
pub fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_policy-cockpit"));
    command.args(args).env("LANG", "zh_CN.UTF-8");
    command
}

/// Runs `policy-cockpit` with Chinese messages.
pub fn cockpit(args: &[&str]) -> Output {
    command(args).output().expect("the binary runs")
}

/// Runs `policy-cockpit` with Chinese messages and no graphical display, as on a server.
#[allow(dead_code)]
pub fn cockpit_without_display(args: &[&str]) -> Output {
    command(args).env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY").output().expect("the binary runs")
}

/// Output bytes as text.
#[allow(dead_code)]
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
