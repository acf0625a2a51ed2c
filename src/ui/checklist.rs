//! The recommendation checklist, grouped by document and section; each item shows its source.

use egui::RichText;

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::framework::{Framework, Item, PillarId};
use crate::i18n::{Lang, names, strings as s};

/// Draws the checklist, filtered to the selected element if there is one.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    ui.add_space(theme::GAP);
    ui.heading(s::CHECKLIST_HEADING.get(lang));
    let filter = state.selected_element.as_deref().and_then(|id| fw.element(id));
    if let Some((pillar, element)) = filter {
        ui.horizontal(|ui| {
            let count = fw.items_for_element(&element.id).count();
            let name = names::pick(lang, &element.name, &element.name_en);
            ui.label(
                RichText::new(s::FILTERED_BY.fill(lang, &[("name", &name), ("count", &count)]))
                    .color(theme::pillar_color(pillar.id)),
            );
            if ui.button(s::CLEAR_FILTER.get(lang)).clicked() {
                commands.push(Command::SelectElement(None));
            }
        });
    }
    ui.separator();
    let visible = |item: &Item| filter.is_none_or(|(_, e)| item.elements.contains(&e.id));
    egui::ScrollArea::vertical().id_salt("checklist").auto_shrink([false, false]).show(ui, |ui| {
        let mut shown = 0;
        for document in &fw.documents {
            let groups: Vec<_> = fw.groups.iter().filter(|g| g.document == document.id).collect();
            let count: usize = groups.iter().map(|g| fw.items_in_group(&g.id).filter(|i| visible(i)).count()).sum();
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
                        let items: Vec<&Item> = fw.items_in_group(&group.id).filter(|i| visible(i)).collect();
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
                            item_row(ui, fw, item, state, lang, commands);
                        }
                    }
                });
        }
        if shown == 0 {
            ui.label(RichText::new(s::NO_ITEMS.get(lang)).color(theme::WEAK_TEXT));
        }
    });
}

fn item_row(ui: &mut egui::Ui, fw: &Framework, item: &Item, state: &AppState, lang: Lang, commands: &mut Vec<Command>) {
    let selected = state.selected_item.as_deref() == Some(item.id.as_str());
    ui.horizontal(|ui| {
        pillar_marks(ui, fw, item, lang);
        let title = names::pick(lang, &item.title, &item.title_en);
        let response = ui.selectable_label(selected, title);
        if response.clicked() {
            commands.push(Command::SelectItem(if selected { None } else { Some(item.id.clone()) }));
        }
    });
    ui.label(RichText::new(format!("{} · {}", item.id, fw.cite(&item.source))).small().color(theme::WEAK_TEXT));
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
