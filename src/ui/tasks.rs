//! An item's local tasks as lists: under the item in the checklist (expandable) and in its detail view, where
//! new tasks are added. Each line shows status, percent, light (icon and word), lead unit and deadline.

use egui::RichText;

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::framework::Item;
use crate::domain::progress::Entry;
use crate::i18n::{Lang, names, strings as s};

/// The live tasks of an item, by id.
fn tasks_of<'a>(state: &'a AppState, item: &'a str) -> Vec<(&'a str, &'a Entry)> {
    state.progress.book.tasks_of(item).collect()
}

/// Under an item's row in the checklist: a toggle and, when open (the default), one line per task.
pub fn checklist_rows(ui: &mut egui::Ui, state: &AppState, item: &Item, indent: f32, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let tasks = tasks_of(state, &item.id);
    if tasks.is_empty() {
        return;
    }
    let open_id = egui::Id::unique(("tasks-open", &item.id));
    let open = ui.data(|d| d.get_temp::<bool>(open_id)).unwrap_or(true);
    ui.horizontal(|ui| {
        ui.add_space(indent);
        let arrow = if open { "－" } else { "＋" };
        let toggle = format!("{arrow} {}", s::TASKS_TOGGLE.fill(lang, &[("count", &tasks.len())]));
        // Whether the list is open is how this panel looks, not the app's state: egui's memory keeps it.
        if ui.add(egui::Button::new(RichText::new(toggle).small()).frame(false)).clicked() {
            ui.data_mut(|d| d.insert_temp(open_id, !open));
        }
    });
    if !open {
        return;
    }
    for (id, task) in tasks {
        ui.horizontal(|ui| {
            ui.add_space(indent + theme::GAP * 1.5);
            ui.vertical(|ui| task_line(ui, state, item, id, task, commands));
        });
    }
}

/// In an item's detail view: its tasks, how the item's standing comes from them, and adding one.
pub fn detail_list(ui: &mut egui::Ui, state: &AppState, item: &Item, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let tasks = tasks_of(state, &item.id);
    ui.label(RichText::new(s::TASKS_HEADING.fill(lang, &[("count", &tasks.len())])).strong());
    if tasks.is_empty() {
        ui.label(RichText::new(s::TASKS_NONE.get(lang)).small().weak());
    } else {
        let standing = state.standing(&item.id);
        let status = names::status(standing.status).get(lang);
        let line = s::STANDING_FROM_TASKS.fill(lang, &[("status", &status), ("percent", &standing.percent)]);
        ui.horizontal(|ui| {
            super::light_badge(ui, standing.light, lang).on_hover_ui(|ui| {
                ui.label(state.light_reason(&item.id));
            });
            ui.label(RichText::new(line).small());
        });
    }
    for (id, task) in tasks {
        egui::Frame::new().inner_margin(egui::Margin::symmetric(4, 2)).show(ui, |ui| {
            task_line(ui, state, item, id, task, commands);
        });
    }
    ui.add_enabled_ui(state.progress.can_edit(), |ui| new_task(ui, state, item, commands));
}

/// The name field and button that add a task under `item`.
fn new_task(ui: &mut egui::Ui, state: &AppState, item: &Item, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let id = egui::Id::unique(("new-task", &item.id));
    let mut title = ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or_default();
    let label = ui.label(RichText::new(s::NEW_TASK_TITLE.get(lang)).small().weak());
    ui.horizontal(|ui| {
        let edit = egui::TextEdit::singleline(&mut title).hint_text(s::NEW_TASK_HINT.get(lang)).desired_width(240.0);
        let response = ui.add(edit).labelled_by(label.id);
        if response.changed() {
            ui.data_mut(|d| d.insert_temp(id, title.clone()));
        }
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let add = ui.add_enabled(!title.trim().is_empty(), egui::Button::new(s::ADD_TASK.get(lang)));
        if (add.clicked() || entered) && !title.trim().is_empty() {
            commands.push(Command::AddTask { item: item.id.clone(), title: title.trim().to_owned() });
            ui.data_mut(|d| d.remove::<String>(id));
        }
    });
}

/// One task: its name (click to edit it) and a line with light, status and percent, lead unit and deadline.
fn task_line(ui: &mut egui::Ui, state: &AppState, item: &Item, id: &str, task: &Entry, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let selected = state.live_selected_task() == Some(id);
    if ui.selectable_label(selected, &task.title).clicked() {
        commands.push(Command::SelectItem(Some(item.id.clone())));
        commands.push(Command::SelectTask(Some(id.to_owned())));
    }
    ui.horizontal_wrapped(|ui| {
        let standing = state.standing(id);
        ui.label(
            RichText::new(names::light(standing.light).get(lang)).small().color(theme::light_color(standing.light)),
        )
        .on_hover_ui(|ui| {
            ui.label(state.light_reason(id));
        });
        let status = format!("{} {}%", names::status(standing.status).get(lang), standing.percent);
        ui.label(RichText::new(status).small().strong());
        ui.label(RichText::new(details(id, task, lang)).small().weak());
    });
}

/// Lead unit and deadline, as far as they are known, and the id a ledger carries.
fn details(id: &str, task: &Entry, lang: Lang) -> String {
    let mut parts = Vec::new();
    if !task.lead_unit.is_empty() {
        parts.push(s::TASK_LEAD.fill(lang, &[("unit", &task.lead_unit)]));
    }
    if let Some(deadline) = task.effective_deadline() {
        parts.push(s::TASK_DEADLINE.fill(lang, &[("date", &deadline)]));
    }
    parts.push(id.to_owned());
    parts.join(" · ")
}
