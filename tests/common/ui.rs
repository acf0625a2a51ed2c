//! The whole app in an egui_kittest harness, shared by the UI test files.

use egui_kittest::Harness;
use policy_cockpit::app::{CockpitApp, Settings};

/// The main window at 1600×1000 with the CJK font and theme installed.
pub fn harness(settings: Settings) -> Harness<'static, CockpitApp> {
    Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_eframe(move |cc| {
        policy_cockpit::ui::fonts::install(&cc.egui_ctx);
        policy_cockpit::ui::theme::apply(&cc.egui_ctx);
        CockpitApp::with_settings(settings)
    })
}
