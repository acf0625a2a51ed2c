//! The detail view of a local task: its name, the items it serves (add, remove: how a task moves under
//! another item), its quantified target, every progress field an item has, and deleting it (undoable).

use egui::RichText;

use super::{fields, theme};
use crate::app::{AppState, Command};
use crate::domain::progress::FieldValue;
use crate::i18n::{names, strings as s};

/// Draws the editor of `task`; every change is a command applied after the pass.
pub fn show(ui: &mut egui::Ui, state: &AppState, task: &str, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let entry = state.entry(task);
    let edit = |value: FieldValue| Command::Edit { item: task.to_owned(), value };
    ui.horizontal(|ui| {
        if ui.link(s::BACK_TO_ITEM.get(lang)).clicked() {
            commands.push(Command::SelectTask(None));
        }
        // At the top, beside the way back: the editor is long, and deleting is undone by Ctrl+Z.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let color = theme::palette(ui.ctx()).error_text;
            let delete = egui::Button::new(RichText::new(s::REMOVE_TASK.get(lang)).color(color)).small();
            if ui.add_enabled(state.progress.can_edit(), delete).clicked() {
                commands.push(edit(FieldValue::Removed(true)));
            }
        });
    });
    ui.label(RichText::new(&entry.title).size(theme::HEADING - 1.0).strong());
    ui.label(RichText::new(s::TASK_HEADING.fill(lang, &[("id", &task)])).small().weak());
    ui.add_enabled_ui(state.progress.can_edit(), |ui| {
        let id = egui::Id::unique(("task-title", task));
        if let Some(title) = fields::text(ui, id, s::FIELD_TITLE.get(lang), &entry.title, "", false)
            && !title.trim().is_empty()
        {
            commands.push(edit(FieldValue::Title(title.trim().to_owned())));
        }
        ui.add_space(theme::GAP * 0.5);
        parents(ui, state, task, commands);
        ui.add_space(theme::GAP * 0.5);
        super::target_editor::show(ui, state, task, commands);
    });
    ui.separator();
    super::progress_editor::show(ui, state, task, commands);
}

/// The items the task serves, each removable while another remains, and a list to add one.
fn parents(ui: &mut egui::Ui, state: &AppState, task: &str, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let current = &state.entry(task).parents;
    ui.label(RichText::new(s::FIELD_PARENTS.get(lang)).small().weak());
    for parent in current {
        ui.horizontal(|ui| {
            let title = fw.item(parent).map_or(parent.as_str(), |i| names::pick(lang, &i.title, &i.title_en));
            let only = current.len() == 1;
            let remove = ui.add_enabled(!only, egui::Button::new(s::REMOVE_PARENT.get(lang)).small());
            if remove.clicked() {
                let items = current.iter().filter(|p| *p != parent).cloned().collect();
                commands.push(Command::SetTaskItems { task: task.to_owned(), items });
            }
            remove.on_disabled_hover_text(s::LAST_PARENT.get(lang));
            if ui.link(format!("{parent} {title}")).clicked() {
                commands.push(Command::SelectItem(Some(parent.clone())));
            }
        });
    }
    if let Some(item) = super::item_picker::add_item(ui, state, ("task-add-parent", task), s::ADD_PARENT, current) {
        let mut items = current.clone();
        items.push(item);
        commands.push(Command::SetTaskItems { task: task.to_owned(), items });
    }
}
