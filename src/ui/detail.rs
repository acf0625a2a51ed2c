//! The detail view of the selected item: its full text, citation, pillars, level, audience and departments, then
//! whether it is adopted, its local tasks and its progress; or the editor of the selected task.

use egui::RichText;

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::framework::{Document, Framework, Item};
use crate::i18n::{Lang, Text, names, strings as s};

/// Draws the selected item's details, or a hint when nothing is selected.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let item = state.selected_item.as_deref().and_then(|id| fw.item(id));
    let document = state.selected_document.as_deref().and_then(|id| fw.document(id));
    let problem = state.selected_problem.as_deref().and_then(|id| fw.problem(id));
    let local = state.selected_problem.as_deref().filter(|id| state.progress.book.local_problem(id).is_some());
    ui.add_space(theme::GAP);
    let heading = if item.is_none() && (problem.is_some() || local.is_some()) {
        s::PROBLEM_DETAIL_HEADING
    } else {
        s::DETAIL_HEADING
    };
    ui.heading(heading.get(lang));
    ui.separator();
    if let (None, Some(problem)) = (item, problem) {
        egui::ScrollArea::vertical()
            .id_salt(("detail-problem", &problem.id))
            .show(ui, |ui| super::problem_detail::show(ui, state, problem, commands));
        return;
    }
    if let (None, Some(id)) = (item, local) {
        egui::ScrollArea::vertical()
            .id_salt(("detail-problem", id))
            .show(ui, |ui| super::problem_detail::show_local(ui, state, id, commands));
        return;
    }
    match (item, document, state.live_selected_task()) {
        (Some(_), _, Some(task)) => {
            egui::ScrollArea::vertical().id_salt(("detail-task", task)).show(ui, |ui| {
                super::task_editor::show(ui, state, task, commands);
            });
        }
        (Some(item), _, None) => {
            // Each item opens at its top: the scroll position is the item's own.
            egui::ScrollArea::vertical().id_salt(("detail", &item.id)).show(ui, |ui| {
                ui.label(
                    RichText::new(names::pick(lang, &item.title, &item.title_en)).size(theme::HEADING - 1.0).strong(),
                );
                ui.add_space(theme::GAP * 0.5);
                // What the documents say and where, before what the county does about it.
                item_text(ui, fw, item, lang);
                ui.separator();
                super::scope::show(ui, state, item, commands);
                ui.separator();
                super::tasks::detail_list(ui, state, item, commands);
                ui.separator();
                super::progress_editor::show(ui, state, &item.id, commands);
                ui.separator();
                item_facts(ui, fw, item, lang);
            });
        }
        (None, Some(document), _) => {
            egui::ScrollArea::vertical().id_salt("detail").show(ui, |ui| document_detail(ui, fw, document, lang));
        }
        (None, None, _) => {
            ui.label(RichText::new(s::NOTHING_SELECTED.get(lang)).weak());
        }
    }
}

fn document_detail(ui: &mut egui::Ui, fw: &Framework, document: &Document, lang: Lang) {
    ui.label(RichText::new(s::DOCUMENT_HEADING.get(lang)).small().weak());
    ui.label(RichText::new(format!("《{}》", document.title)).size(theme::HEADING - 1.0).strong());
    field(ui, lang, s::REFERENCE, &document.citation);
    let items = fw.items.iter().filter(|i| i.source.document == document.id).count();
    ui.label(RichText::new(s::ITEM_COUNT.fill(lang, &[("count", &items)])).weak());
    if !document.theory.is_empty() {
        ui.add_space(theme::GAP);
        ui.label(RichText::new(s::THEORY.get(lang)).strong());
        for note in &document.theory {
            ui.add_space(theme::GAP * 0.5);
            ui.label(RichText::new(names::pick(lang, &note.title, &note.title_en)).strong());
            ui.label(&note.summary);
            ui.label(RichText::new(format!("{}，{}", document.short, note.section)).small().weak());
        }
    }
}

/// The item's text as the document words it, and where it says so.
fn item_text(ui: &mut egui::Ui, fw: &Framework, item: &Item, lang: Lang) {
    if lang == Lang::En && !item.title_en.is_empty() {
        ui.label(RichText::new(&item.title).weak());
    }
    ui.add_space(theme::GAP * 0.5);
    ui.label(&item.summary);
    if let Some(note) = &item.editor_note {
        ui.label(RichText::new(s::EDITOR_NOTE.fill(lang, &[("note", note)])).small().italics().weak());
    }
    ui.add_space(theme::GAP);
    field(ui, lang, s::SOURCE, &fw.cite(&item.source));
}

/// The full reference, section, pillars, level, audience and departments.
fn item_facts(ui: &mut egui::Ui, fw: &Framework, item: &Item, lang: Lang) {
    if let Some(doc) = fw.document(&item.source.document) {
        field(ui, lang, s::REFERENCE, &doc.citation);
    }
    if let Some(group) = fw.group(&item.group) {
        let kind = names::group_kind(group.kind).get(lang);
        field(
            ui,
            lang,
            s::SECTION,
            &format!("{} {}（{kind}）", group.section, names::pick(lang, &group.title, &group.title_en)),
        );
    }
    // The mapping to 图1 is this project's reading, not the documents': said wherever it is shown.
    ui.label(RichText::new(s::STRENGTHENS_EDITORIAL.get(lang)).small().weak()).on_hover_text(names::pick(
        lang,
        &fw.classification_note,
        &fw.classification_note_en,
    ));
    for element_id in &item.elements {
        if let Some((pillar, element)) = fw.element(element_id) {
            ui.label(
                RichText::new(format!(
                    "■ {} · {}",
                    names::pick(lang, &pillar.name, &pillar.name_en),
                    names::pick(lang, &element.name, &element.name_en)
                ))
                .color(theme::pillar_color(pillar.id)),
            );
        }
    }
    let note = names::pick(lang, &fw.classification_note, &fw.classification_note_en);
    if !note.is_empty() {
        ui.label(RichText::new(note).small().weak());
    }
    ui.add_space(theme::GAP * 0.5);
    field(ui, lang, s::LEVEL, names::level(item.level).get(lang));
    field(ui, lang, s::ADDRESSED_TO, &names::addressed_to(&item.addressed_to, lang));
    let departments = if item.departments.is_empty() {
        s::DEPARTMENTS_NONE.get(lang).to_owned()
    } else {
        item.departments.join("、")
    };
    field(ui, lang, s::DEPARTMENTS, &departments);
    field(ui, lang, s::ITEM_ID, &item.id);
}

/// A labelled value, small label above.
pub fn field(ui: &mut egui::Ui, lang: Lang, label: Text, value: &str) {
    ui.label(RichText::new(label.get(lang)).small().weak());
    ui.label(value);
    ui.add_space(theme::GAP * 0.25);
}
