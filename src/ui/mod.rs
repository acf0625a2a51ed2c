//! The window's panels. Each reads [`AppState`] and pushes [`Command`]s; none mutates state while drawing.

pub mod charts;
mod checklist;
mod detail;
mod dialogs;
mod evaluation;
mod evaluation_detail;
mod fields;
pub mod fonts;
mod header;
mod pillar_diagram;
pub mod presentation;
mod progress_editor;
pub mod shortcuts;
pub mod theme;

use egui::RichText;

use crate::app::{AppState, Command};
use crate::domain::progress::Light;
use crate::i18n::{Lang, names};

/// Draws the whole main screen: header on top, diagram left, detail right, checklist in the middle.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    if let Some(step) = state.presentation {
        presentation::show(ui, state, step, commands);
        return;
    }
    egui::Panel::top("header").show(ui, |ui| header::show(ui, state, commands));
    if state.evaluation.open {
        // The evaluation takes the diagram's and checklist's place; the detail stays for the items it links to.
        egui::Panel::right("detail")
            .resizable(true)
            .default_size(380.0)
            .size_range(280.0..=900.0)
            .show(ui, |ui| detail::show(ui, state, commands));
        egui::CentralPanel::default().show(ui, |ui| evaluation::show(ui, state, commands));
        dialogs::show(ui.ctx(), state, commands);
        return;
    }
    egui::Panel::left("diagram")
        .resizable(true)
        .default_size(600.0)
        .size_range(320.0..=1200.0)
        .show(ui, |ui| pillar_diagram::show(ui, state, commands));
    egui::Panel::right("detail")
        .resizable(true)
        .default_size(420.0)
        .size_range(280.0..=900.0)
        .show(ui, |ui| detail::show(ui, state, commands));
    egui::CentralPanel::default().show(ui, |ui| checklist::show(ui, state, commands));
    dialogs::show(ui.ctx(), state, commands);
}

/// A light as icon, word and colour together (never colour alone).
pub fn light_badge(ui: &mut egui::Ui, light: Light, lang: Lang) -> egui::Response {
    ui.label(RichText::new(names::light(light).get(lang)).color(theme::light_color(light)).strong())
}

/// A moment as the user's wall-clock time, e.g. "2026-11-25 16:22".
pub fn local_time(at: jiff::Timestamp) -> String {
    at.to_zoned_datetime(jiff::tz::TimeZone::system()).strftime("%Y-%m-%d %H:%M").to_string()
}

/// A date as officials write it: "2026年11月25日" in Chinese, "2026-11-25" in English.
pub fn long_date(date: jiff::civil::Date, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => date.to_string(),
    }
}
