//! The detail view of a problem (问题/短板): the document's words and where, the items that answer it (each
//! marked 文献明示 or 编者归类, with its light and percent, a click opens it), and the indicators that measure
//! it with the region's newest values.

use egui::RichText;

use super::{detail::field, theme};
use crate::app::{AppState, Command};
use crate::domain::framework::{LinkBasis, Problem};
use crate::domain::progress::FieldValue;
use crate::i18n::{names, strings as s};

/// Draws one problem.
pub fn show(ui: &mut egui::Ui, state: &AppState, problem: &Problem, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    ui.label(RichText::new(s::PROBLEM_KIND.get(lang)).small().weak());
    ui.label(RichText::new(names::pick(lang, &problem.title, &problem.title_en)).size(theme::HEADING - 1.0).strong());
    ui.add_space(theme::GAP * 0.5);
    ui.label(RichText::new(s::PROBLEM_QUOTE.get(lang)).small().weak());
    ui.label(format!("“{}”", problem.quote));
    ui.add_space(theme::GAP * 0.5);
    field(ui, lang, s::SOURCE, &fw.cite(&problem.source));
    ui.separator();

    ui.label(RichText::new(s::PROBLEM_REMEDIES.fill(lang, &[("count", &problem.remedies.len())])).strong());
    super::problems::progress_words(ui, &super::problems::rollup(state, &problem.id), lang);
    for remedy in &problem.remedies {
        let Some(item) = fw.item(&remedy.item) else { continue };
        ui.horizontal_wrapped(|ui| {
            let basis = match remedy.basis {
                LinkBasis::Stated => s::LINK_STATED,
                LinkBasis::Editorial => s::LINK_EDITORIAL,
            };
            ui.label(RichText::new(format!("[{}]", basis.get(lang))).small().weak());
            remedy_row(ui, state, &item.id, commands);
            ui.label(RichText::new(fw.cite(&item.source)).small().weak());
        });
    }
    ui.label(RichText::new(s::LINK_BASIS_NOTE.get(lang)).small().weak());
    ui.separator();

    let ids: Vec<&str> = problem.indicators.iter().map(String::as_str).collect();
    indicators(ui, state, &ids, None, commands);
}

/// A remedy as a link that opens it, with its light and percent.
fn remedy_row(ui: &mut egui::Ui, state: &AppState, item: &str, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let title = state.framework.item(item).map_or(item, |i| names::pick(lang, &i.title, &i.title_en));
    if ui.link(title).clicked() {
        commands.push(Command::SelectItem(Some(item.to_owned())));
    }
    let standing = state.standing(item);
    ui.label(RichText::new(names::light(standing.light).get(lang)).small().color(theme::light_color(standing.light)));
    ui.label(RichText::new(format!("{}%", standing.percent)).small());
}

/// The indicators that measure a problem with the region's newest values; with `edit` (a county's own
/// problem), each removable and a list to add one.
fn indicators(ui: &mut egui::Ui, state: &AppState, ids: &[&str], edit: Option<&str>, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let region = state.settings.region.trim();
    let shown_for = state.metrics.focus(region).unwrap_or(region);
    ui.label(RichText::new(s::PROBLEM_INDICATORS.fill(lang, &[("region", &shown_for)])).strong());
    if ids.is_empty() {
        ui.label(RichText::new(s::PROBLEM_NO_INDICATORS.get(lang)).weak());
    }
    let catalog = state.metrics.catalog.as_ref();
    for &id in ids {
        let name = catalog.and_then(|c| c.get(id)).map_or(id, |e| names::pick(lang, &e.name, &e.name_en));
        ui.horizontal_wrapped(|ui| {
            if let Some(problem) = edit
                && ui.small_button(s::LOCAL_PROBLEM_REMOVE_LINK.get(lang)).clicked()
            {
                let rest = ids.iter().filter(|i| **i != id).map(|i| (*i).to_owned()).collect();
                commands.push(Command::Edit { item: problem.to_owned(), value: FieldValue::Indicators(rest) });
            }
            let shown = state.metrics.figure(region, id);
            match shown.as_ref().and_then(|f| super::key_figures::words(state, f).map(|w| (f, w))) {
                Some((figure, words)) => {
                    ui.label(format!("{}：", words.name));
                    let year = figure.figure.latest.year;
                    ui.label(RichText::new(format!("{}（{year}）", words.value)).color(words.color))
                        .on_hover_ui(|ui| super::key_figures::tooltip(ui, state, figure));
                }
                None => {
                    ui.label(format!("{name}："));
                    ui.label(RichText::new(s::PROBLEM_NO_DATA.get(lang)).weak());
                }
            }
        });
    }
    let (Some(problem), Some(catalog)) = (edit, catalog) else { return };
    let label = ui.label(RichText::new(s::LOCAL_PROBLEM_ADD_INDICATOR.get(lang)).small().weak());
    egui::ComboBox::from_id_salt(("local-problem-indicator", problem))
        .selected_text("…")
        .width(ui.available_width().min(360.0))
        .show_ui(ui, |ui| {
            for entry in catalog.indicators.iter().filter(|e| !ids.contains(&e.id.as_str())) {
                if ui.selectable_label(false, names::pick(lang, &entry.name, &entry.name_en)).clicked() {
                    let mut all: Vec<String> = ids.iter().map(|i| (*i).to_owned()).collect();
                    all.push(entry.id.clone());
                    commands.push(Command::Edit { item: problem.to_owned(), value: FieldValue::Indicators(all) });
                }
            }
        })
        .response
        .labelled_by(label.id);
}

/// The editor of one of the county's own problems: its title and description, the items that answer it
/// and the indicators that measure it (each added or removed), and deleting it; every change undoable.
pub fn show_local(ui: &mut egui::Ui, state: &AppState, id: &str, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let entry = state.entry(id);
    let edit = |value: FieldValue| Command::Edit { item: id.to_owned(), value };
    ui.horizontal(|ui| {
        ui.label(RichText::new(s::LOCAL_PROBLEM_KIND.fill(lang, &[("id", &id)])).small().weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let color = theme::palette(ui.ctx()).error_text;
            let delete = egui::Button::new(RichText::new(s::LOCAL_PROBLEM_DELETE.get(lang)).color(color)).small();
            if ui.add_enabled(state.progress.can_edit(), delete).clicked() {
                commands.push(edit(FieldValue::Removed(true)));
            }
        });
    });
    ui.label(RichText::new(&entry.title).size(theme::HEADING - 1.0).strong());
    ui.add_enabled_ui(state.progress.can_edit(), |ui| {
        let title_id = egui::Id::unique(("local-problem-title", id));
        if let Some(title) = super::fields::text(ui, title_id, s::FIELD_TITLE.get(lang), &entry.title, "", false)
            && !title.trim().is_empty()
        {
            commands.push(edit(FieldValue::Title(title.trim().to_owned())));
        }
        let note_id = egui::Id::unique(("local-problem-note", id));
        let label = s::LOCAL_PROBLEM_DESCRIPTION.get(lang);
        if let Some(note) = super::fields::text(ui, note_id, label, &entry.note, "", true) {
            commands.push(edit(FieldValue::Note(note)));
        }
        ui.separator();
        ui.label(RichText::new(s::LOCAL_PROBLEM_REMEDIES.get(lang)).strong());
        super::problems::progress_words(ui, &super::problems::rollup(state, id), lang);
        if entry.parents.is_empty() {
            ui.label(RichText::new(s::LOCAL_PROBLEM_NO_REMEDY.get(lang)).weak());
        }
        for parent in &entry.parents {
            ui.horizontal_wrapped(|ui| {
                if ui.small_button(s::LOCAL_PROBLEM_REMOVE_LINK.get(lang)).clicked() {
                    let rest = entry.parents.iter().filter(|p| *p != parent).cloned().collect();
                    commands.push(edit(FieldValue::Parents(rest)));
                }
                remedy_row(ui, state, parent, commands);
            });
        }
        let salt = ("local-problem-remedy", id);
        if let Some(item) = super::item_picker::add_item(ui, state, salt, s::LOCAL_PROBLEM_ADD_REMEDY, &entry.parents) {
            let mut items = entry.parents.clone();
            items.push(item);
            commands.push(edit(FieldValue::Parents(items)));
        }
        ui.separator();
        let ids: Vec<&str> = entry.indicators.iter().map(String::as_str).collect();
        indicators(ui, state, &ids, Some(id), commands);
    });
}
