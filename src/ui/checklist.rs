//! The recommendation checklist, grouped by document and section; each item shows its light, percent and source.

use egui::RichText;

use super::{scope, tasks, theme};
use crate::app::{AppState, Command, ScopeSet};
use crate::domain::framework::{Framework, Item, PillarId};
use crate::domain::progress::plan::severity;
use crate::domain::progress::{Light, Scope, Status};
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
                    ui.horizontal(|ui| {
                        if ui.small_button(s::ABOUT_DOCUMENT.get(lang)).clicked() {
                            commands.push(Command::SelectDocument(document.id.clone()));
                        }
                        let what = s::BULK_WHAT_DOCUMENT.get(lang).to_owned();
                        scope::bulk_menu(
                            ui,
                            state,
                            s::BULK_MENU_SHORT.get(lang),
                            &[(ScopeSet::Document(document.id.clone()), what)],
                            commands,
                        );
                    });
                    for group in groups {
                        let mut items: Vec<&Item> = fw.items_in_group(&group.id).filter(|i| state.shows(i)).collect();
                        if state.filters.worst_first {
                            // Stable: items of one light keep the documents' order.
                            items.sort_by_key(|i| std::cmp::Reverse(severity(state.standing(&i.id).light)));
                        }
                        if items.is_empty() {
                            continue;
                        }
                        ui.add_space(theme::GAP * 0.5);
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                RichText::new(format!(
                                    "{} {} · {}",
                                    group.section,
                                    names::pick(lang, &group.title, &group.title_en),
                                    names::group_kind(group.kind).get(lang)
                                ))
                                .weak(),
                            );
                            let what = s::BULK_WHAT_GROUP.get(lang).to_owned();
                            scope::bulk_menu(
                                ui,
                                state,
                                s::BULK_MENU_SHORT.get(lang),
                                &[(ScopeSet::Group(group.id.clone()), what)],
                                commands,
                            );
                        });
                        for item in items {
                            item_row(ui, state, item, commands);
                        }
                    }
                });
        }
        if shown == 0 {
            ui.label(RichText::new(s::NO_ITEMS.get(lang)).weak());
        }
    });
}

/// Id of the search box, so Ctrl+F can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("checklist-search")
}

fn filter_bar(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let filters = &state.filters;
    let mut search = filters.search.clone();
    let label = ui.label(RichText::new(s::SEARCH.get(lang)).small().weak());
    let edit = egui::TextEdit::singleline(&mut search)
        .id(search_id())
        .hint_text(s::SEARCH_HINT.get(lang))
        .desired_width(f32::INFINITY);
    if ui.add(edit).labelled_by(label.id).changed() {
        commands.push(Command::Search(search));
    }
    ui.horizontal_wrapped(|ui| {
        if let Some(problem) = filters.problem.as_deref().and_then(|id| fw.problem(id)) {
            let name = names::pick(lang, &problem.title, &problem.title_en);
            let chip = s::FILTERED_BY_PROBLEM.fill(lang, &[("name", &name), ("count", &problem.remedies.len())]);
            ui.label(RichText::new(chip).strong());
        }
        if let Some(pillar) = filters.pillar.and_then(|p| fw.pillar(p)) {
            let name = names::pick(lang, &pillar.name, &pillar.name_en);
            let chip = RichText::new(s::FILTERED_BY_PILLAR.fill(lang, &[("name", &name)]));
            ui.label(chip.color(theme::pillar_color(pillar.id)).strong());
        }
        if let Some((pillar, element)) = filters.element.as_deref().and_then(|id| fw.element(id)) {
            let count = fw.items_for_element(&element.id).count();
            let name = names::pick(lang, &element.name, &element.name_en);
            ui.label(
                RichText::new(s::FILTERED_BY.fill(lang, &[("name", &name), ("count", &count)]))
                    .color(theme::pillar_color(pillar.id))
                    .strong(),
            );
        }
        choice(
            ui,
            s::FILTER_SCOPE.get(lang),
            "filter-scope",
            s::FILTER_ALL_SCOPES.get(lang),
            filters.scope,
            Scope::ALL.iter().map(|sc| (*sc, names::scope(*sc).get(lang).to_owned())),
            |v| commands.push(Command::FilterScope(v)),
        );
        choice(
            ui,
            s::FILTER_STATUS.get(lang),
            "filter-status",
            s::FILTER_ALL_STATUSES.get(lang),
            filters.status,
            Status::ALL.iter().map(|st| (*st, names::status(*st).get(lang).to_owned())),
            |v| commands.push(Command::FilterStatus(v)),
        );
        choice(
            ui,
            s::FILTER_DEPARTMENT.get(lang),
            "filter-department",
            s::FILTER_ALL_DEPARTMENTS.get(lang),
            filters.department.clone(),
            state.rollups.departments.keys().map(|d| (d.clone(), d.clone())),
            |v| commands.push(Command::FilterDepartment(v)),
        );
        choice(
            ui,
            s::FILTER_DOCUMENT.get(lang),
            "filter-document",
            s::FILTER_ALL_DOCUMENTS.get(lang),
            filters.document.clone(),
            fw.documents.iter().map(|d| (d.id.clone(), d.short.clone())),
            |v| commands.push(Command::FilterDocument(v)),
        );
        choice(
            ui,
            s::FILTER_LIGHT.get(lang),
            "filter-light",
            s::FILTER_ALL_LIGHTS.get(lang),
            filters.light,
            [Light::Red, Light::Yellow, Light::Green, Light::Unscheduled]
                .into_iter()
                .map(|l| (l, names::light(l).get(lang).to_owned())),
            |v| commands.push(Command::FilterLight(v)),
        );
        let mut worst_first = filters.worst_first;
        if ui.checkbox(&mut worst_first, s::SORT_WORST_FIRST.get(lang)).changed() {
            commands.push(Command::SortWorstFirst(worst_first));
        }
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
            commands.push(Command::ClearFilters);
        }
    });
}

/// A labelled drop-down: "all" or one of `options` (value, shown name); `pick` receives the choice.
fn choice<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    salt: &str,
    all: &str,
    current: Option<T>,
    options: impl Iterator<Item = (T, String)>,
    mut pick: impl FnMut(Option<T>),
) {
    let options: Vec<(T, String)> = options.collect();
    let shown = current
        .as_ref()
        .and_then(|c| options.iter().find(|(v, _)| v == c))
        .map_or(all.to_owned(), |(_, name)| name.clone());
    let label = ui.label(label);
    let combo = egui::ComboBox::from_id_salt(salt).selected_text(shown).show_ui(ui, |ui| {
        if ui.selectable_label(current.is_none(), all).clicked() {
            pick(None);
        }
        for (value, name) in &options {
            if ui.selectable_label(current.as_ref() == Some(value), name).clicked() {
                pick(Some(value.clone()));
            }
        }
    });
    combo.response.labelled_by(label.id);
}

fn item_row(ui: &mut egui::Ui, state: &AppState, item: &Item, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let selected = state.selected_item.as_deref() == Some(item.id.as_str());
    ui.horizontal(|ui| {
        pillar_marks(ui, fw, item, lang);
        let title = names::pick(lang, &item.title, &item.title_en);
        let response = ui.selectable_label(selected, title);
        if response.clicked() {
            commands.push(Command::SelectItem(if selected { None } else { Some(item.id.clone()) }));
        }
    });
    let indent = 5.0 * 4.0 + 3.0 * 2.0 + ui.spacing().item_spacing.x;
    ui.horizontal(|ui| {
        ui.add_space(indent);
        // An item with tasks shows where its tasks stand together (see `domain::progress::plan`).
        let standing = state.standing(&item.id);
        let light = standing.light;
        ui.label(RichText::new(names::light(light).get(lang)).small().color(theme::light_color(light))).on_hover_ui(
            |ui| {
                ui.label(state.light_reason(&item.id));
            },
        );
        ui.label(
            RichText::new(format!("{} {}%", names::status(standing.status).get(lang), standing.percent))
                .small()
                .strong(),
        );
        scope::tag(ui, state, &item.id, lang);
        ui.label(RichText::new(format!("{} · {}", item.id, fw.cite(&item.source))).small().weak());
    });
    tasks::checklist_rows(ui, state, item, indent, commands);
}

/// Four slots in the order of 图1, filled where the item strengthens that pillar; the names are in the tooltip.
fn pillar_marks(ui: &mut egui::Ui, fw: &Framework, item: &Item, lang: Lang) {
    let strengthened = fw.pillars_of(item);
    let size = egui::vec2(5.0 * 4.0 + 3.0 * 2.0, theme::BODY + 4.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    for (i, pillar) in PillarId::ALL.into_iter().enumerate() {
        let slot = egui::Rect::from_min_size(rect.min + egui::vec2(i as f32 * 7.0, 0.0), egui::vec2(5.0, size.y));
        let empty = theme::palette(ui.ctx()).empty_slot;
        let color = if strengthened.contains(&pillar) { theme::pillar_color(pillar) } else { empty };
        ui.painter().rect_filled(slot, 2, color);
    }
    let names: Vec<&str> =
        strengthened.iter().filter_map(|p| fw.pillar(*p)).map(|p| names::pick(lang, &p.name, &p.name_en)).collect();
    response.on_hover_text(names.join("、"));
}
