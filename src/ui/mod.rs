//! The window's panels. Each reads [`AppState`] and pushes [`Command`]s; none mutates state while drawing.

mod checklist;
mod detail;
pub mod fonts;
mod header;
mod pillar_diagram;
pub mod theme;

use crate::app::{AppState, Command};

/// Draws the whole main screen: header on top, diagram left, detail right, checklist in the middle.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::Panel::top("header").show(ui, |ui| header::show(ui, state, commands));
    egui::Panel::left("diagram")
        .resizable(true)
        .default_size(600.0)
        .size_range(320.0..=1200.0)
        .show(ui, |ui| pillar_diagram::show(ui, state, commands));
    egui::Panel::right("detail")
        .resizable(true)
        .default_size(420.0)
        .size_range(280.0..=900.0)
        .show(ui, |ui| detail::show(ui, state));
    egui::CentralPanel::default().show(ui, |ui| checklist::show(ui, state, commands));
}
