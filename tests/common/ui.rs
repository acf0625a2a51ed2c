//! The whole app in an egui_kittest harness, shared by the UI test files.

use egui_kittest::Harness;
use policy_cockpit::app::{CockpitApp, Settings};

/// The main window at 1600×1000 with the CJK font and theme installed, past the first-run welcome
/// (tests/ui_settings_help.rs tests the welcome itself).
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
