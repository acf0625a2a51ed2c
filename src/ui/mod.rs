//! The window's panels. Each reads [`AppState`] and pushes [`Command`]s; none mutates state while drawing.

pub mod charts;
mod checklist;
mod detail;
mod dialogs;
mod drop;
mod evaluation;
mod evaluation_detail;
mod fields;
mod file_dialog;
pub mod fonts;
mod header;
mod help;
mod item_picker;
mod key_figures;
mod ledger_dialog;
mod pillar_diagram;
pub mod presentation;
mod problem_detail;
mod problems;
mod progress_editor;
mod reading;
mod region_picker;
mod scope;
mod settings_window;
pub mod shortcuts;
mod slide_charts;
mod slide_items;
mod target_editor;
mod task_editor;
mod tasks;
pub mod theme;
mod toast;
mod user_fields;
mod welcome;

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
    main_screen(ui, state, commands);
    settings_window::show(ui.ctx(), state, commands);
    help::show(ui.ctx(), state);
    welcome::show(ui.ctx(), state, commands);
    file_dialog::show(ui.ctx(), state, commands);
    drop::show(ui.ctx(), state, commands);
    toast::show(ui.ctx(), state);
}

fn main_screen(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
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
    // Shares of the window rather than fixed widths, so the checklist keeps room on a 1366-pixel laptop.
    let width = ui.available_width();
    egui::Panel::left("diagram")
        .resizable(true)
        .default_size((width * 0.38).clamp(320.0, 760.0))
        .size_range(320.0..=1200.0)
        .show(ui, |ui| left_panel(ui, state, commands));
    egui::Panel::right("detail")
        .resizable(true)
        .default_size((width * 0.24).clamp(280.0, 520.0))
        .size_range(280.0..=900.0)
        .show(ui, |ui| detail::show(ui, state, commands));
    egui::CentralPanel::default().show(ui, |ui| checklist::show(ui, state, commands));
    dialogs::show(ui.ctx(), state, commands);
    ledger_dialog::show(ui.ctx(), state, commands);
}

/// The diagram or the problems (the tabs choose), and the charts below either.
fn left_panel(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    ui.add_space(theme::GAP * 0.5);
    problems::tabs(ui, state, commands);
    if state.problems_open {
        problems::show(ui, state, commands);
    } else {
        pillar_diagram::show(ui, state, commands);
    }
    ui.separator();
    charts::show(ui, state, commands);
}

/// A light as icon, word and colour together (never colour alone).
pub fn light_badge(ui: &mut egui::Ui, light: Light, lang: Lang) -> egui::Response {
    ui.label(RichText::new(names::light(light).get(lang)).color(theme::light_color(light)).strong())
}

/// A statistic as shown beside the diagram: thousands grouped, fewer decimals the larger it is.
pub fn figure_value(v: f64) -> String {
    let decimals = match v.abs() {
        a if a >= 100.0 => 0,
        a if a >= 10.0 => 1,
        _ => 2,
    };
    let text = format!("{:.*}", decimals, v.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let fraction = fraction.trim_end_matches('0');
    let sign = if v < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') { "-" } else { "" };
    if fraction.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}.{fraction}") }
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

#[cfg(test)]
mod tests {
    use super::figure_value;

    #[test]
    fn figures_are_grouped_and_rounded_by_size() {
        assert_eq!(figure_value(1_234_567.8), "1,234,568");
        assert_eq!(figure_value(123.4), "123");
        assert_eq!(figure_value(12.34), "12.3");
        assert_eq!(figure_value(2.10), "2.1");
        assert_eq!(figure_value(0.0), "0");
        assert_eq!(figure_value(-1500.0), "-1,500");
        assert_eq!(figure_value(-0.001), "0");
    }
}
