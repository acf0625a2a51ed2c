//! Rows of items on the slides, one line each and of one height, so what fits is known before drawing: a
//! pillar's items with their tasks indented under them, and the overdue and blocked items with their late tasks
//! (days overdue, lead unit, next step), paged over as many slides as they need.

use egui::{Align, Color32, Layout, RichText, Sense, UiBuilder, vec2};

use super::presentation::Type;
use super::theme;
use crate::app::AppState;
use crate::domain::framework::Item;
use crate::domain::progress::attention::{Attention, Late, attention};
use crate::domain::progress::{Light, Status};
use crate::i18n::{names, strings as s};

/// What a meeting discusses first: red, yellow, under way, not started, done.
pub fn meeting_order(state: &AppState, item: &Item) -> u8 {
    let standing = state.standing(&item.id);
    match (standing.light, standing.status) {
        (Light::Red, _) => 0,
        (Light::Yellow, _) => 1,
        (_, Status::Done) => 4,
        (_, Status::NotStarted) => 3,
        _ => 2,
    }
}

/// One line of `height`, its parts laid out left to right and centred on it; the last part should truncate.
fn line(ui: &mut egui::Ui, height: f32, indent: f32, add: impl FnOnce(&mut egui::Ui)) {
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    let inner = rect.with_min_x(rect.left() + indent);
    ui.scope_builder(UiBuilder::new().max_rect(inner).layout(Layout::left_to_right(Align::Center)), add);
}

/// A light's colour on a slide: "no deadline" in the text colour rather than grey.
fn light_color(ui: &egui::Ui, light: Light) -> Color32 {
    match light {
        Light::Unscheduled => theme::palette(ui.ctx()).text,
        light => theme::light_color(light),
    }
}

fn word(text: impl Into<String>, size: f32, color: Color32) -> RichText {
    RichText::new(text.into()).size(size).color(color)
}

/// The pillar's items, each followed by its tasks, as many lines as fit; then how many more items there are.
pub fn pillar_rows(ui: &mut egui::Ui, state: &AppState, ty: &Type, items: &[&Item]) {
    let lang = state.settings.lang;
    let text = theme::palette(ui.ctx()).text;
    // Lines of one height, back to back, so the count that fits is exact.
    ui.spacing_mut().item_spacing.y = 0.0;
    let room = ((ui.available_height() / ty.line()).floor() as usize).saturating_sub(1).max(1);
    let mut used = 0;
    let mut shown = 0;
    for item in items {
        if used == room {
            break;
        }
        let standing = state.standing(&item.id);
        let entry = state.entry(&item.id);
        line(ui, ty.line(), 0.0, |ui| {
            let light = standing.light;
            ui.label(word(names::light(light).get(lang), ty.body, light_color(ui, light)).strong());
            ui.label(word(format!("{}%", standing.percent), ty.body, text).strong());
            if !entry.lead_unit.is_empty() {
                ui.label(word(&entry.lead_unit, ty.body, text));
            }
            ui.add(egui::Label::new(word(names::pick(lang, &item.title, &item.title_en), ty.body, text)).truncate());
        });
        (used, shown) = (used + 1, shown + 1);
        for (id, task) in state.progress.book.tasks_of(&item.id) {
            if used == room {
                break;
            }
            let standing = state.standing(id);
            line(ui, ty.line(), ty.body * 1.2, |ui| {
                ui.label(word("└", ty.body, text));
                let light = standing.light;
                let status = format!("{} {}%", names::status(standing.status).get(lang), standing.percent);
                ui.label(word(status, ty.body, light_color(ui, light)).strong());
                if !task.lead_unit.is_empty() {
                    ui.label(word(&task.lead_unit, ty.body, text));
                }
                ui.add(egui::Label::new(word(format!("{}（{id}）", task.title), ty.body, text)).truncate());
            });
            used += 1;
        }
    }
    if items.len() > shown {
        let more = s::MORE_ROWS.fill(lang, &[("count", &(items.len() - shown))]);
        line(ui, ty.line(), 0.0, |ui| {
            ui.label(word(more, ty.body, text));
        });
    }
}

/// One row of the overdue slides: an item, or one of its tasks (by index into the list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// Index of the item in the attention list.
    pub item: usize,
    /// Index of the task among the item's late tasks; `None` for the item's own row.
    pub task: Option<usize>,
}

/// The items that are overdue or blocked, among those that count.
fn list(state: &AppState) -> Vec<Attention<'_>> {
    let book = &state.progress.book;
    let items = state.framework.items.iter().map(|i| i.id.as_str()).filter(|id| book.counts(id));
    attention(book, items, state.today, &state.settings.light_rule)
}

/// Text size of the overdue rows: a little larger than body text, as these slides are what the meeting is about.
fn row_size(ty: &Type) -> f32 {
    ty.body * 1.1
}

fn row_line(ty: &Type) -> f32 {
    row_size(ty) * 1.45
}

/// Height of a row: one line, or two when it has a lead unit, deadline or next step; and a gap.
fn row_height(ty: &Type, late: &Late<'_>, lang: crate::i18n::Lang) -> f32 {
    let lines = if details(late, lang).is_empty() { 1.0 } else { 2.0 };
    lines * row_line(ty) + ty.gap
}

/// The overdue slides' rows, page by page, for a screen of this size; a page that continues an item's tasks
/// starts with the item again.
pub fn overdue_pages(state: &AppState, ty: &Type, screen: egui::Vec2) -> Vec<Vec<Row>> {
    let lang = state.settings.lang;
    let room = ty.body_height(screen) - ty.line();
    let mut pages: Vec<Vec<Row>> = Vec::new();
    let (mut page, mut used): (Vec<Row>, f32) = (Vec::new(), 0.0);
    for (i, a) in list(state).iter().enumerate() {
        let item_h = row_height(ty, &a.item, lang);
        let rows = std::iter::once((None, item_h))
            .chain(a.tasks.iter().enumerate().map(|(k, t)| (Some(k), row_height(ty, t, lang))));
        for (task, h) in rows {
            if !page.is_empty() && used + h > room {
                pages.push(std::mem::take(&mut page));
                used = 0.0;
                if task.is_some() {
                    page.push(Row { item: i, task: None });
                    used = item_h;
                }
            }
            page.push(Row { item: i, task });
            used += h;
        }
    }
    if !page.is_empty() {
        pages.push(page);
    }
    pages
}

/// One page of the overdue and blocked items.
pub fn overdue(ui: &mut egui::Ui, state: &AppState, ty: &Type, page: usize) {
    let lang = state.settings.lang;
    let text = theme::palette(ui.ctx()).text;
    ui.spacing_mut().item_spacing.y = 0.0;
    let list = list(state);
    if list.is_empty() {
        line(ui, ty.line(), 0.0, |ui| {
            ui.label(word(s::NOTHING_OVERDUE.get(lang), ty.body, text));
        });
        return;
    }
    line(ui, ty.line(), 0.0, |ui| {
        ui.label(word(s::EXPORT_SLIDE_ATTENTION_COUNT.fill(lang, &[("count", &list.len())]), ty.body, text));
    });
    let screen = ui.ctx().content_rect().size();
    let pages = overdue_pages(state, ty, screen);
    for row in pages.get(page).map_or(&[][..], Vec::as_slice) {
        let Some(a) = list.get(row.item) else { continue };
        match row.task {
            None => {
                let item = state.framework.item(a.item.id);
                let title = item.map_or(a.item.id, |i| names::pick(lang, &i.title, &i.title_en));
                late_row(ui, state, ty, &a.item, title.to_owned(), false);
            }
            Some(k) => {
                if let Some(task) = a.tasks.get(k) {
                    let title = format!("{}（{}）", task.entry.title, task.id);
                    late_row(ui, state, ty, task, title, true);
                }
            }
        }
        ui.add_space(ty.gap);
    }
}

/// Lead unit, deadline and next step (or the problem when no next step is written).
fn details(late: &Late<'_>, lang: crate::i18n::Lang) -> String {
    let entry = late.entry;
    let mut parts = Vec::new();
    if !entry.lead_unit.is_empty() {
        parts.push(s::SLIDE_LEAD.fill(lang, &[("unit", &entry.lead_unit)]));
    }
    if let Some(due) = entry.effective_deadline() {
        parts.push(s::DUE.fill(lang, &[("date", &super::long_date(due, lang))]));
    }
    if !entry.next_steps.is_empty() {
        parts.push(format!("{}{}", s::NEXT_SHORT.get(lang), entry.next_steps));
    } else if !entry.problems.is_empty() {
        parts.push(format!("{}{}", s::PROBLEMS_SHORT.get(lang), entry.problems));
    }
    parts.join("　")
}

/// An item or task that is late or blocked: how late, percent and name; under it its details. A task is
/// indented under its item.
fn late_row(ui: &mut egui::Ui, state: &AppState, ty: &Type, late: &Late<'_>, title: String, task: bool) {
    let lang = state.settings.lang;
    let text = theme::palette(ui.ctx()).text;
    let red = theme::light_color(Light::Red);
    let size = row_size(ty);
    let standing = state.standing(late.id);
    let indent = if task { size * 1.2 } else { 0.0 };
    line(ui, row_line(ty), indent, |ui| {
        if task {
            ui.label(word("└", size, text));
        }
        let mut badge = Vec::new();
        if let Some(days) = late.days_overdue {
            badge.push(s::EXPORT_OVERDUE_DAYS.fill(lang, &[("days", &days)]));
        }
        if late.blocked {
            badge.push(s::FIG_BLOCKED.get(lang).to_owned());
        }
        ui.label(word(format!("■ {}", badge.join(" · ")), size, red).strong());
        ui.label(word(format!("{}%", standing.percent), size, text).strong());
        ui.add(egui::Label::new(word(title, size, text).strong()).truncate());
    });
    let details = details(late, lang);
    if !details.is_empty() {
        line(ui, row_line(ty), indent + size * 1.2, |ui| {
            ui.add(egui::Label::new(word(details, size, text)).truncate());
        });
    }
}
