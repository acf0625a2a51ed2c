//! Windows over the main screen: taking a snapshot, comparing snapshots, and deciding a merge.

use egui::{Context, Id, RichText};

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::progress::compare::{self, Movement};
use crate::domain::progress::merge::Incoming;
use crate::i18n::{Lang, names, strings as s};

/// A dialog that menus can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialog {
    /// Name and save a snapshot.
    Snapshot,
    /// Compare two snapshots (or one with now).
    Compare,
}

fn key(dialog: Dialog) -> Id {
    Id::unique(("dialog-open", dialog))
}

/// Opens a dialog on the next frame.
pub fn open(ctx: &Context, dialog: Dialog) {
    ctx.data_mut(|d| d.insert_temp(key(dialog), true));
}

fn is_open(ctx: &Context, dialog: Dialog) -> bool {
    ctx.data(|d| d.get_temp::<bool>(key(dialog))).unwrap_or(false)
}

fn close(ctx: &Context, dialog: Dialog) {
    ctx.data_mut(|d| d.remove::<bool>(key(dialog)));
}

/// Draws whichever dialogs are open.
pub fn show(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    if is_open(ctx, Dialog::Snapshot) {
        snapshot(ctx, state, commands);
    }
    if is_open(ctx, Dialog::Compare) {
        compare_window(ctx, state);
    }
    if state.pending_merge.is_some() {
        merge(ctx, state, commands);
    }
    if let Some(error) = &state.import_error {
        let lang = state.settings.lang;
        egui::Window::new(s::IMPORT_FAILED.get(lang)).collapsible(false).show(ctx, |ui| {
            ui.label(
                RichText::new(crate::i18n::describe_progress_error(error, lang))
                    .color(theme::palette(ui.ctx()).error_text),
            );
        });
    }
}

fn snapshot(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let name_id = Id::unique("snapshot-name");
    let default = s::SNAPSHOT_DEFAULT_NAME.fill(lang, &[("date", &state.today)]);
    let mut name = ctx.data(|d| d.get_temp::<String>(name_id)).unwrap_or(default);
    let mut done = false;
    let modal = egui::Modal::new(Id::unique("snapshot-modal")).show(ctx, |ui| {
        ui.heading(s::SNAPSHOT_TITLE.get(lang));
        let label = ui.label(s::SNAPSHOT_NAME.get(lang));
        ui.text_edit_singleline(&mut name).labelled_by(label.id);
        ui.horizontal(|ui| {
            if ui.add_enabled(!name.trim().is_empty(), egui::Button::new(s::SAVE.get(lang))).clicked() {
                commands.push(Command::TakeSnapshot(name.trim().to_owned()));
                done = true;
            }
            if ui.button(s::CANCEL.get(lang)).clicked() {
                done = true;
            }
        });
    });
    if done || modal.should_close() {
        close(ctx, Dialog::Snapshot);
        ctx.data_mut(|d| d.remove::<String>(name_id));
    } else {
        ctx.data_mut(|d| d.insert_temp(name_id, name));
    }
}

/// Which moments are compared: an index into the snapshots, or `None` for now.
type Pick = Option<usize>;

fn compare_window(ctx: &Context, state: &AppState) {
    let lang = state.settings.lang;
    let book = &state.progress.book;
    let picks_id = Id::unique("compare-picks");
    let last = book.snapshots.len().checked_sub(1);
    let (mut from, mut to): (Pick, Pick) = ctx.data(|d| d.get_temp(picks_id)).unwrap_or((last, None));
    let mut open = true;
    let window = egui::Window::new(s::COMPARE_TITLE.get(lang)).open(&mut open).default_width(560.0);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(ctx.content_rect().center()).show(ctx, |ui| {
        if book.snapshots.is_empty() {
            ui.label(s::NO_SNAPSHOTS.get(lang));
            return;
        }
        let name = |pick: Pick| pick.and_then(|i| book.snapshots.get(i)).map_or(s::NOW.get(lang), |s| s.name.as_str());
        ui.horizontal(|ui| {
            for (label, pick, salt) in [(s::FROM, &mut from, "from"), (s::TO, &mut to, "to")] {
                let label = ui.label(label.get(lang));
                let combo =
                    egui::ComboBox::from_id_salt(("compare", salt)).selected_text(name(*pick)).show_ui(ui, |ui| {
                        for i in 0..book.snapshots.len() {
                            ui.selectable_value(pick, Some(i), book.snapshots[i].name.as_str());
                        }
                        ui.selectable_value(pick, None, s::NOW.get(lang));
                    });
                combo.response.labelled_by(label.id);
            }
        });
        let entries = |pick: Pick| pick.and_then(|i| book.snapshots.get(i)).map_or(&book.entries, |s| &s.entries);
        let changes = compare::compare(entries(from), entries(to));
        ui.separator();
        if changes.is_empty() {
            ui.label(s::NO_CHANGES.get(lang));
        }
        egui::ScrollArea::vertical().max_height(480.0).show(ui, |ui| {
            for change in &changes {
                let (word, color) = match change.movement {
                    Movement::Moved => (s::MOVED, theme::light_color(crate::domain::progress::Light::Green)),
                    Movement::Slipped => (s::SLIPPED, theme::light_color(crate::domain::progress::Light::Red)),
                };
                let title = state
                    .framework
                    .item(&change.item)
                    .map_or(change.item.as_str(), |i| names::pick(lang, &i.title, &i.title_en));
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(word.get(lang)).color(color).strong());
                    ui.label(title);
                    ui.label(
                        RichText::new(format!(
                            "{} {}% → {} {}%",
                            names::status(change.before.status).get(lang),
                            change.before.percent,
                            names::status(change.after.status).get(lang),
                            change.after.percent
                        ))
                        .small()
                        .weak(),
                    );
                });
            }
        });
    });
    if open {
        ctx.data_mut(|d| d.insert_temp(picks_id, (from, to)));
    } else {
        close(ctx, Dialog::Compare);
        ctx.data_mut(|d| d.remove::<(Pick, Pick)>(picks_id));
    }
}

fn merge(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let Some(pending) = &state.pending_merge else { return };
    let plan = &pending.plan;
    let choices_id = Id::unique(("merge-choices", &pending.path));
    let mut choices: Vec<bool> =
        ctx.data(|d| d.get_temp(choices_id)).unwrap_or_else(|| vec![false; plan.conflicts.len()]);
    let title = s::MERGE_TITLE.fill(lang, &[("path", &pending.path.display())]);
    egui::Modal::new(Id::unique("merge-modal")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.heading(title);
        if plan.is_empty() {
            ui.label(s::MERGE_NOTHING.get(lang));
        }
        egui::ScrollArea::vertical().max_height(520.0).show(ui, |ui| {
            if !plan.incoming.is_empty() {
                ui.label(RichText::new(s::MERGE_INCOMING.fill(lang, &[("count", &plan.incoming.len())])).strong());
                for row in &plan.incoming {
                    ui.label(describe(state, row, lang));
                }
            }
            if !plan.conflicts.is_empty() {
                ui.add_space(theme::GAP);
                ui.label(RichText::new(s::MERGE_CONFLICTS.fill(lang, &[("count", &plan.conflicts.len())])).strong());
                for (row, take_theirs) in plan.conflicts.iter().zip(choices.iter_mut()) {
                    ui.label(describe(state, row, lang));
                    ui.horizontal(|ui| {
                        ui.radio_value(take_theirs, false, s::OURS.fill(lang, &[("value", &row.ours.to_text())]));
                        ui.radio_value(
                            take_theirs,
                            true,
                            s::THEIRS.fill(lang, &[("by", &row.by), ("value", &row.theirs.to_text())]),
                        );
                    });
                }
            }
        });
        ui.separator();
        ui.horizontal(|ui| {
            if ui.add_enabled(!plan.is_empty(), egui::Button::new(s::MERGE_APPLY.get(lang))).clicked() {
                commands.push(Command::ApplyMerge(choices.clone()));
            }
            if ui.button(s::CANCEL.get(lang)).clicked() {
                commands.push(Command::CancelMerge);
            }
        });
    });
    ctx.data_mut(|d| d.insert_temp(choices_id, choices));
}

/// "item title · field: ours → theirs".
fn describe(state: &AppState, row: &Incoming, lang: Lang) -> String {
    let title = state.framework.item(&row.item).map_or(row.item.as_str(), |i| names::pick(lang, &i.title, &i.title_en));
    format!(
        "{title} · {}：{} → {}",
        names::field(row.theirs.field()).get(lang),
        row.ours.to_text(),
        row.theirs.to_text()
    )
}
