//! The whole app in an egui_kittest harness, shared by the UI test files.

use egui_kittest::Harness;
use policy_cockpit::app::{CockpitApp, Settings};

/// The main window at 1600×1000 with the CJK font and theme installed, past the first-run welcome
/// (tests/ui_settings_help.rs tests the welcome itself).
#[allow(dead_code)]
pub fn harness(settings: Settings) -> Harness<'static, CockpitApp> {
    harness_as_is(Settings { welcomed: true, ..settings })
}

/// The main window at 1600×1000 on exactly these settings, welcome included when they want it.
#[allow(dead_code)]
pub fn harness_as_is(settings: Settings) -> Harness<'static, CockpitApp> {
    Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_eframe(move |cc| {
        policy_cockpit::ui::fonts::install(&cc.egui_ctx);
        policy_cockpit::ui::theme::apply(&cc.egui_ctx);
        CockpitApp::with_settings(settings)
    })
}

/// Settings on a copy of the illustrative county plan in `dir` (so its lock and backups stay out of
/// sample-data/), for 通江县, the county the plan and the sample panel share.
#[allow(dead_code)]
pub fn sample_plan(dir: &std::path::Path) -> Settings {
    let progress = dir.join("progress.json");
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/progress-示例数据.json");
    std::fs::copy(sample, &progress).expect("copy of the sample plan");
    Settings { progress_path: Some(progress), region: "通江县".into(), ..Settings::default() }
}

/// Opens a ledger through the command the menu sends, and waits for the background read.
#[allow(dead_code)]
pub fn open_ledger(h: &mut Harness<'static, CockpitApp>, path: std::path::PathBuf) {
    h.state_mut().state.apply(policy_cockpit::app::Command::OpenLedger(path));
    let start = std::time::Instant::now();
    while h.state().state.ledger.loading.is_some() {
        assert!(start.elapsed().as_secs() < 30, "the ledger was never read");
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    h.run();
}

/// A named pipe in `dir` that no one writes to: opening it to read blocks, so a read of it never ends
/// until the test writes (a slow file, without waiting for one).
#[allow(dead_code)]
#[cfg(unix)]
pub fn never_ending_file(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    let made = std::process::Command::new("mkfifo").arg(&path).status().expect("mkfifo runs");
    assert!(made.success(), "mkfifo made {}", path.display());
    path
}

/// Lets the reader blocked on a [`never_ending_file`] go: opens the pipe's other end and writes `bytes`.
#[allow(dead_code)]
#[cfg(unix)]
pub fn release(pipe: &std::path::Path, bytes: &[u8]) {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    /// Linux's O_NONBLOCK: with no reader left the open fails at once instead of waiting for one.
    const O_NONBLOCK: i32 = 0o4000;
    // The open or the write fails if the reader has already given up; either way nothing waits.
    if let Ok(mut end) = std::fs::OpenOptions::new().write(true).custom_flags(O_NONBLOCK).open(pipe) {
        let _ = end.write_all(bytes);
    }
}
