//! Choosing the region the charts compare (and reports name) among the regions of the loaded files:
//! a drop-down with a search field. A national panel names 2,844 counties, so the list draws
//! only the rows in view, and the matches are found again only when the search text changes.

use egui::{Id, RichText};

use crate::app::{AppState, Command};
use crate::i18n::strings as s;

/// Rows of the list in view at once.
const VISIBLE_ROWS: f32 = 12.0;

/// The matches of a search, kept between frames.
#[derive(Clone, Default)]
struct Matches {
    query: String,
    /// The data generation of the region list the matches index into.
    generation: u64,
    /// Indices into the region list.
    found: std::sync::Arc<Vec<u32>>,
}

/// Draws the picker; choosing pushes [`Command::SetRegion`].
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let regions = &state.charts.regions;
    if regions.len() < 2 {
        return;
    }
    let chosen = state.settings.region.trim();
    let text = if chosen.is_empty() { s::REGION_NONE.get(lang) } else { chosen };
    // Clicks in the search field must not close the list.
    egui::ComboBox::new("region-picker", s::REGION_PICKER.get(lang))
        .selected_text(text)
        .width(180.0)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show_ui(ui, |ui| list(ui, state, chosen, commands));
}

/// The search field and the rows that match it.
fn list(ui: &mut egui::Ui, state: &AppState, chosen: &str, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let regions = &state.charts.regions;
    let query_id = Id::unique("region-picker-query");
    let mut query: String = ui.data(|d| d.get_temp(query_id)).unwrap_or_default();
    let label = ui.label(RichText::new(s::REGION_SEARCH.get(lang)).small());
    let field = egui::TextEdit::singleline(&mut query).hint_text(s::REGION_SEARCH.get(lang)).desired_width(240.0);
    if ui.add(field).labelled_by(label.id).changed() {
        ui.data_mut(|d| d.insert_temp(query_id, query.clone()));
    }
    let found = matches(ui, regions, state.metrics.generation, query.trim());
    let counts = s::REGION_MATCHES.fill(lang, &[("shown", &found.len()), ("total", &regions.len())]);
    ui.label(RichText::new(counts).small().weak());
    if !chosen.is_empty() && ui.small_button(s::REGION_CLEAR.get(lang)).clicked() {
        commands.push(Command::SetRegion(String::new()));
        ui.close();
    }
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical().id_salt("region-picker-rows").max_height(row_height * VISIBLE_ROWS).show_rows(
        ui,
        row_height,
        found.len(),
        |ui, rows| {
            for &index in &found[rows] {
                let name = &regions[index as usize];
                if ui.selectable_label(name == chosen, name).clicked() {
                    commands.push(Command::SetRegion(name.clone()));
                    ui.close();
                }
            }
        },
    );
}

/// Indices of the regions whose name contains `query`, found again only when the query or the list changed.
fn matches(ui: &egui::Ui, regions: &[String], generation: u64, query: &str) -> std::sync::Arc<Vec<u32>> {
    let id = Id::unique("region-picker-matches");
    let kept: Option<Matches> = ui.data(|d| d.get_temp(id));
    if let Some(kept) = kept.filter(|m| m.query == query && m.generation == generation) {
        return kept.found;
    }
    let found: Vec<u32> = (0..regions.len() as u32).filter(|&i| regions[i as usize].contains(query)).collect();
    let found = std::sync::Arc::new(found);
    ui.data_mut(|d| d.insert_temp(id, Matches { query: query.to_owned(), generation, found: found.clone() }));
    found
}
