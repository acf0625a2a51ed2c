//! The ledger import dialog: how each column of an office's ledger was read (the user may correct it),
//! which rows matched and which did not, the cells that could not be read, and 导入 / 取消.

use egui::{Context, Id, RichText};

use super::theme;
use crate::app::{AppState, Command, LedgerPreview};
use crate::i18n::{
    Lang, describe_cell_problem, describe_import_error, describe_late_status, describe_skipped, describe_unmatched,
    names, strings as s,
};
use crate::io::ledger::Column;
use crate::io::ledger_import::{ImportPlan, Ledger, Mapping, MatchedBy, SourceColumn};

/// How many values of each column the preview shows.
const SAMPLES: usize = 3;
/// Characters of a sample value shown before it is cut with “…”.
const SAMPLE_CHARS: usize = 14;

/// Draws the reading spinner, the preview or the error, whichever applies.
pub fn show(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    if let Some(loading) = &state.ledger.loading {
        egui::Modal::new(Id::unique("ledger-reading")).show(ctx, |ui| {
            ui.label(s::LEDGER_READING.fill(lang, &[("path", &loading.path.display())]));
            super::reading::show(ui, loading, lang, Command::CancelLedgerRead, commands);
        });
    }
    if let Some(error) = &state.ledger.error {
        egui::Modal::new(Id::unique("ledger-error")).show(ctx, |ui| {
            ui.set_max_width(640.0);
            ui.heading(s::LEDGER_OPEN_FAILED.get(lang));
            ui.label(RichText::new(describe_import_error(error, lang)).color(theme::palette(ctx).error_text));
            if ui.button(s::DISMISS.get(lang)).clicked() {
                commands.push(Command::DismissLedgerError);
            }
        });
    }
    if let Some(preview) = &state.ledger.preview {
        // Closed by its buttons only: a click in an open mapping list must not count as a click outside.
        egui::Modal::new(Id::unique("ledger-preview")).show(ctx, |ui| {
            ui.set_max_width(900.0);
            ui.heading(s::LEDGER_TITLE.get(lang));
            ui.label(header_line(&preview.ledger, lang));
            ui.label(RichText::new(s::LEDGER_HINT.get(lang)).small().weak());
            columns(ui, &preview.ledger, lang, commands);
            ui.separator();
            summary(ui, preview, lang);
            placements(ui, state, preview, commands);
            let can_edit = state.progress.can_edit();
            if !can_edit {
                ui.label(RichText::new(s::LEDGER_CANNOT_EDIT.get(lang)).color(theme::palette(ctx).error_text).strong());
            }
            let matches = preview.plan.as_ref().is_ok_and(|plan| !plan.matched.is_empty());
            ui.separator();
            ui.horizontal(|ui| {
                if ui.add_enabled(can_edit && matches, egui::Button::new(s::IMPORT.get(lang))).clicked() {
                    commands.push(Command::ApplyLedger);
                }
                if ui.button(s::CANCEL.get(lang)).clicked() {
                    commands.push(Command::CancelLedger);
                }
            });
        });
    }
}

/// "file「sheet」: header in row n".
fn header_line(ledger: &Ledger, lang: Lang) -> String {
    let sheet = ledger.table.sheet.as_ref().map(|name| format!("「{name}」")).unwrap_or_default();
    let row = ledger.mapping.header_row + 1;
    s::IMPORT_HEADER.fill(lang, &[("path", &ledger.path.display()), ("sheet", &sheet), ("row", &row)])
}

/// One line per column of the file: letter, header, first values, what it is imported as, and what that does.
fn columns(ui: &mut egui::Ui, ledger: &Ledger, lang: Lang, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical().id_salt("ledger-columns").max_height(300.0).show(ui, |ui| {
        egui::Grid::new("ledger-columns-grid").striped(true).num_columns(5).show(ui, |ui| {
            for heading in [s::LEDGER_GRID_COLUMN, s::LEDGER_GRID_HEADER, s::LEDGER_GRID_SAMPLES, s::LEDGER_GRID_TARGET]
            {
                ui.label(RichText::new(heading.get(lang)).strong());
            }
            ui.end_row();
            for column in &ledger.mapping.columns {
                ui.label(column.letter());
                let header = ui.label(&column.header);
                ui.label(RichText::new(samples(ledger, column.index)).small().weak());
                target_combo(ui, column, header.id, lang, commands);
                ui.label(RichText::new(role(&ledger.mapping, column, lang)).small().weak());
                ui.end_row();
            }
        });
    });
}

fn target_combo(ui: &mut egui::Ui, column: &SourceColumn, label: Id, lang: Lang, commands: &mut Vec<Command>) {
    let name = |target: Option<Column>| target.map_or(s::LEDGER_SKIP, names::ledger_column).get(lang);
    egui::ComboBox::from_id_salt(("ledger-target", column.index))
        .selected_text(name(column.target))
        .width(200.0)
        // Most of the fifteen choices at once; the default height shows only five.
        .height(480.0)
        .show_ui(ui, |ui| {
            for option in std::iter::once(None).chain(Column::ALL.map(Some)) {
                if ui.selectable_label(column.target == option, name(option)).clicked() && column.target != option {
                    commands.push(Command::SetLedgerColumn { index: column.index, target: option });
                }
            }
        })
        .response
        .labelled_by(label);
}

/// What importing a column as it is mapped does, and why a column is skipped when another holds its meaning.
fn role(mapping: &Mapping, column: &SourceColumn, lang: Lang) -> String {
    if let Some(other) = mapping.duplicate_of(column) {
        return s::LEDGER_ROLE_DUPLICATE.fill(lang, &[("other", &other.letter())]);
    }
    let text = match column.target {
        None => s::LEDGER_SKIP,
        Some(Column::Seq | Column::Title) => s::LEDGER_ROLE_KEY,
        Some(c) if column.by_values && column.named == Some(c) => s::LEDGER_ROLE_BY_VALUES,
        Some(c) if c.field().is_some() => s::LEDGER_ROLE_FIELD,
        Some(_) => s::LEDGER_ROLE_IGNORED,
    };
    text.get(lang).to_owned()
}

/// The first few values below the header, shortened, on one line.
fn samples(ledger: &Ledger, index: usize) -> String {
    let values: Vec<String> = (ledger.mapping.header_row + 1..ledger.table.rows.len())
        .map(|r| ledger.table.cell(r, index).text())
        .filter(|t| !t.is_empty())
        .take(SAMPLES)
        .map(|t| {
            let one_line = t.split_whitespace().collect::<Vec<_>>().join(" ");
            match one_line.char_indices().nth(SAMPLE_CHARS) {
                Some((cut, _)) => format!("{}…", &one_line[..cut]),
                None => one_line,
            }
        })
        .collect();
    values.join(" · ")
}

/// What matched, what importing would change, the rows that matched nothing and the cells left out.
fn summary(ui: &mut egui::Ui, preview: &LedgerPreview, lang: Lang) {
    let error_text = theme::palette(ui.ctx()).error_text;
    let plan = match &preview.plan {
        Ok(plan) => plan,
        Err(e) => {
            ui.label(RichText::new(describe_import_error(e, lang)).color(error_text));
            return;
        }
    };
    ui.label(RichText::new(matched_line(plan, lang)).strong());
    if plan.matched.is_empty() {
        ui.label(RichText::new(s::LEDGER_NO_MATCH.get(lang)).color(error_text));
    } else if plan.edits.is_empty() {
        ui.label(s::IMPORT_NO_CHANGES.get(lang));
    } else {
        let (items, changes) = (plan.changed_items(), plan.value_changes());
        let mut text = s::LEDGER_WILL_CHANGE.fill(lang, &[("items", &items), ("changes", &changes)]);
        if plan.adoptions() > 0 {
            text.push_str(&s::LEDGER_ALSO_ADOPTS.fill(lang, &[("count", &plan.adoptions())]));
        }
        ui.label(text);
    }
    // Rows that could become tasks are listed once, below, with the item to place them under.
    let unmatched: Vec<String> =
        plan.unmatched.iter().filter(|r| !r.placeable()).map(|row| describe_unmatched(row, lang)).collect();
    listing(ui, "ledger-unmatched", s::IMPORT_UNMATCHED.fill(lang, &[("count", &unmatched.len())]), &unmatched);
    let problems: Vec<String> = plan.problems.iter().map(|p| describe_cell_problem(p, lang)).collect();
    listing(ui, "ledger-problems", s::IMPORT_PROBLEMS.fill(lang, &[("count", &problems.len())]), &problems);
    let late: Vec<String> = plan.late.iter().map(|cell| describe_late_status(cell, lang)).collect();
    listing(ui, "ledger-late", s::IMPORT_LATE.fill(lang, &[("count", &late.len())]), &late);
    let skipped: Vec<String> = plan.skipped.iter().map(|row| describe_skipped(row, lang)).collect();
    listing(ui, "ledger-skipped", s::IMPORT_SKIPPED.fill(lang, &[("count", &skipped.len())]), &skipped);
}

fn matched_line(plan: &ImportPlan, lang: Lang) -> String {
    s::IMPORT_MATCHED.fill(
        lang,
        &[
            ("count", &plan.matched.len()),
            ("by_id", &plan.matched_by(MatchedBy::Id)),
            ("by_title", &plan.matched_by(MatchedBy::Title)),
            ("by_normalized", &plan.matched_by(MatchedBy::NormalizedTitle)),
        ],
    )
}

/// A heading and its lines in a short scrolling box; nothing when there are no lines.
fn listing(ui: &mut egui::Ui, id: &str, heading: String, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    ui.add_space(theme::GAP * 0.5);
    ui.label(RichText::new(heading).strong());
    egui::ScrollArea::vertical().id_salt(id).max_height(140.0).show(ui, |ui| {
        for line in lines {
            ui.label(line.trim_start());
        }
    });
}

/// Rows that match no item, each with a box to import it as a new task and the item it goes under (the
/// nearest one offered first). Nothing is placed until the user ticks it.
fn placements(ui: &mut egui::Ui, state: &AppState, preview: &LedgerPreview, commands: &mut Vec<Command>) {
    if preview.placeable.is_empty() {
        return;
    }
    let lang = state.settings.lang;
    ui.add_space(theme::GAP * 0.5);
    let placed = preview.placements.len();
    ui.horizontal_wrapped(|ui| {
        let heading = s::LEDGER_PLACE_HEADING.fill(lang, &[("count", &preview.placeable.len()), ("placed", &placed)]);
        ui.label(RichText::new(heading).strong());
        if ui.small_button(s::LEDGER_PLACE_ALL.get(lang)).clicked() {
            commands.push(Command::PlaceAllLedgerRows(true));
        }
        if placed > 0 && ui.small_button(s::LEDGER_PLACE_NONE.get(lang)).clicked() {
            commands.push(Command::PlaceAllLedgerRows(false));
        }
    });
    ui.label(RichText::new(s::LEDGER_PLACE_HINT.get(lang)).small().weak());
    egui::ScrollArea::vertical().id_salt("ledger-placements").max_height(220.0).show(ui, |ui| {
        for row in &preview.placeable {
            let chosen = preview.placements.get(&row.row);
            let offered = chosen.cloned().or_else(|| row.nearest.as_ref().map(|n| n.id.clone()));
            let mut on = chosen.is_some();
            let text = s::LEDGER_PLACE_ROW.fill(lang, &[("row", &row.row), ("text", &row.text)]);
            ui.horizontal(|ui| {
                let check = ui.add_enabled(offered.is_some(), egui::Checkbox::new(&mut on, text));
                if check.changed() {
                    commands
                        .push(Command::PlaceLedgerRow { row: row.row, item: if on { offered.clone() } else { None } });
                }
                item_combo(ui, state, row.row, offered.as_deref(), commands).labelled_by(check.id);
            });
        }
    });
}

/// The item a row goes under: every framework item, by id and title.
fn item_combo(
    ui: &mut egui::Ui,
    state: &AppState,
    row: usize,
    offered: Option<&str>,
    commands: &mut Vec<Command>,
) -> egui::Response {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let name = |id: &str| {
        fw.item(id).map_or_else(|| id.to_owned(), |i| format!("{} {}", i.id, names::pick(lang, &i.title, &i.title_en)))
    };
    let selected = offered.map_or_else(|| s::LEDGER_PLACE_PICK.get(lang).to_owned(), name);
    egui::ComboBox::from_id_salt(("ledger-place", row))
        .selected_text(RichText::new(selected).small())
        .width(320.0)
        .height(360.0)
        .truncate()
        .show_ui(ui, |ui| {
            for item in &fw.items {
                let picked = offered == Some(item.id.as_str());
                if ui.selectable_label(picked, name(&item.id)).clicked() && !picked {
                    commands.push(Command::PlaceLedgerRow { row, item: Some(item.id.clone()) });
                }
            }
        })
        .response
}
