//! The recommendation checklist, grouped by document and section; each item shows its light, percent and source.

use egui::RichText;

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::framework::{Framework, Item, PillarId};
use crate::domain::progress::Status;
use crate::i18n::{Lang, names, strings as s};

/// Draws the filter bar and the checklist.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    ui.add_space(theme::GAP);
    ui.heading(s::CHECKLIST_HEADING.get(lang));
    filter_bar(ui, state, commands);
    ui.separator();
    egui::ScrollArea::vertical().id_salt("checklist").auto_shrink([false, false]).show(ui, |ui| {
        let mut shown = 0;
        for document in &fw.documents {
            let groups: Vec<_> = fw.groups.iter().filter(|g| g.document == document.id).collect();
            let count: usize = groups.iter().map(|g| fw.items_in_group(&g.id).filter(|i| state.shows(i)).count()).sum();
            if count == 0 {
                continue;
            }
            shown += count;
            egui::CollapsingHeader::new(RichText::new(format!("{}《{}》", document.short, document.title)).strong())
                .id_salt(("doc", &document.id))
                .default_open(true)
                .show(ui, |ui| {
                    if ui.small_button(s::ABOUT_DOCUMENT.get(lang)).clicked() {
                        commands.push(Command::SelectDocument(document.id.clone()));
                    }
                    for group in groups {
                        let items: Vec<&Item> = fw.items_in_group(&group.id).filter(|i| state.shows(i)).collect();
                        if items.is_empty() {
                            continue;
                        }
                        ui.add_space(theme::GAP * 0.5);
                        ui.label(
                            RichText::new(format!(
                                "{} {} · {}",
                                group.section,
                                names::pick(lang, &group.title, &group.title_en),
                                names::group_kind(group.kind).get(lang)
                            ))
                            .color(theme::WEAK_TEXT),
                        );
                        for item in items {
                            item_row(ui, state, item, commands);
                        }
                    }
                });
        }
        if shown == 0 {
            ui.label(RichText::new(s::NO_ITEMS.get(lang)).color(theme::WEAK_TEXT));
        }
    });
}

fn filter_bar(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let filters = &state.filters;
    ui.horizontal_wrapped(|ui| {
        if let Some((pillar, element)) = filters.element.as_deref().and_then(|id| fw.element(id)) {
            let count = state.framework.items_for_element(&element.id).count();
            let name = names::pick(lang, &element.name, &element.name_en);
            ui.label(
                RichText::new(s::FILTERED_BY.fill(lang, &[("name", &name), ("count", &count)]))
                    .color(theme::pillar_color(pillar.id)),
            );
        }
        let status_text = filters.status.map_or(s::FILTER_ALL_STATUSES.get(lang), |st| names::status(st).get(lang));
        let label = ui.label(s::FILTER_STATUS.get(lang));
        let combo = egui::ComboBox::from_id_salt("filter-status").selected_text(status_text).show_ui(ui, |ui| {
            if ui.selectable_label(filters.status.is_none(), s::FILTER_ALL_STATUSES.get(lang)).clicked() {
                commands.push(Command::FilterStatus(None));
            }
            for status in Status::ALL {
                if ui.selectable_label(filters.status == Some(status), names::status(status).get(lang)).clicked() {
                    commands.push(Command::FilterStatus(Some(status)));
                }
            }
        });
        combo.response.labelled_by(label.id);
        let department_text = filters.department.as_deref().unwrap_or(s::FILTER_ALL_DEPARTMENTS.get(lang));
        let label = ui.label(s::FILTER_DEPARTMENT.get(lang));
        let combo =
            egui::ComboBox::from_id_salt("filter-department").selected_text(department_text).show_ui(ui, |ui| {
                if ui.selectable_label(filters.department.is_none(), s::FILTER_ALL_DEPARTMENTS.get(lang)).clicked() {
                    commands.push(Command::FilterDepartment(None));
                }
                for department in state.rollups.departments.keys() {
                    let chosen = filters.department.as_deref() == Some(department.as_str());
                    if ui.selectable_label(chosen, department).clicked() {
                        commands.push(Command::FilterDepartment(Some(department.clone())));
                    }
                }
            });
        combo.response.labelled_by(label.id);
        let mut overdue = filters.overdue_only;
        if ui.checkbox(&mut overdue, s::FILTER_OVERDUE.get(lang)).changed() {
            commands.push(Command::FilterOverdue(overdue));
        }
        let mut mine = filters.my_unit_only;
        let has_unit = !state.settings.user_unit.trim().is_empty();
        let response = ui.add_enabled(has_unit, egui::Checkbox::new(&mut mine, s::FILTER_MY_UNIT.get(lang)));
        if response.changed() {
            commands.push(Command::FilterMyUnit(mine));
        }
        if !has_unit {
            response.on_disabled_hover_text(s::MY_UNIT_HINT.get(lang));
        }
        if filters.any() && ui.button(s::CLEAR_FILTER.get(lang)).clicked() {
            commands.push(Command::SelectElement(None));
            commands.push(Command::FilterStatus(None));
            commands.push(Command::FilterDepartment(None));
            commands.push(Command::FilterOverdue(false));
            commands.push(Command::FilterMyUnit(false));
        }
    });
}

fn item_row(ui: &mut egui::Ui, state: &AppState, item: &Item, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let selected = state.selected_item.as_deref() == Some(item.id.as_str());
    let entry = state.entry(&item.id);
    ui.horizontal(|ui| {
        pillar_marks(ui, fw, item, lang);
        let title = names::pick(lang, &item.title, &item.title_en);
        let response = ui.selectable_label(selected, title);
        if response.clicked() {
            commands.push(Command::SelectItem(if selected { None } else { Some(item.id.clone()) }));
        }
    });
    ui.horizontal(|ui| {
        ui.add_space(5.0 * 4.0 + 3.0 * 2.0 + ui.spacing().item_spacing.x);
        let light = state.light(&item.id);
        ui.label(RichText::new(names::light(light).get(lang)).small().color(theme::light_color(light)));
        ui.label(
            RichText::new(format!("{} {}%", names::status(entry.status).get(lang), entry.percent))
                .small()
                .color(theme::STRONG_TEXT),
        );
        ui.label(RichText::new(format!("{} · {}", item.id, fw.cite(&item.source))).small().color(theme::WEAK_TEXT));
    });
}

/// Four slots in the order of 图1, filled where the item strengthens that pillar; the names are in the tooltip.
fn pillar_marks(ui: &mut egui::Ui, fw: &Framework, item: &Item, lang: Lang) {
    let strengthened = fw.pillars_of(item);
    let size = egui::vec2(5.0 * 4.0 + 3.0 * 2.0, theme::BODY + 4.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    for (i, pillar) in PillarId::ALL.into_iter().enumerate() {
        let slot = egui::Rect::from_min_size(rect.min + egui::vec2(i as f32 * 7.0, 0.0), egui::vec2(5.0, size.y));
        let color = if strengthened.contains(&pillar) { theme::pillar_color(pillar) } else { theme::EMPTY_SLOT };
        ui.painter().rect_filled(slot, 2, color);
    }
    let names: Vec<&str> =
        strengthened.iter().filter_map(|p| fw.pillar(*p)).map(|p| names::pick(lang, &p.name, &p.name_en)).collect();
    response.on_hover_text(names.join("、"));
}
