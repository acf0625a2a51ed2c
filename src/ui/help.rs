//! 帮助: a window with three pages — the keyboard shortcuts (from [`super::shortcuts::LIST`], so the list is the
//! one the keys follow), a short guide for a new user, and 说明: the light rule, how an item with tasks takes its
//! standing, and what the evaluation index is, in plain words. Other panels open the 说明 page instead of pointing
//! to a file.

use egui::{Context, Id, RichText};

use super::shortcuts::{self, Where};
use super::theme;
use crate::app::AppState;
use crate::domain::index::SMALL_SAMPLE_REGIONS;
use crate::domain::progress::Light;
use crate::i18n::{Lang, help as h};

/// A page of the help window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Page {
    /// The keyboard shortcuts.
    #[default]
    Shortcuts,
    /// The short guide.
    Guide,
    /// How the lights, items with tasks and the evaluation index work.
    Notes,
}

fn page_id() -> Id {
    Id::unique("help-window-page")
}

/// Opens the window on a page.
pub fn open(ctx: &Context, page: Page) {
    ctx.data_mut(|d| d.insert_temp(page_id(), page));
}

/// Draws the window when it is open.
pub fn show(ctx: &Context, state: &AppState) {
    let Some(mut page) = ctx.data(|d| d.get_temp::<Page>(page_id())) else { return };
    let lang = state.settings.lang;
    let mut close = false;
    // The pages fill a fixed height, so switching pages does not make the window jump.
    let height = (ctx.content_rect().height() - 220.0).clamp(200.0, 640.0);
    let modal = egui::Modal::new(Id::unique("help-window")).show(ctx, |ui| {
        ui.set_width(640.0);
        ui.heading(h::HELP.get(lang));
        ui.horizontal(|ui| {
            for (choice, name) in
                [(Page::Shortcuts, h::HELP_SHORTCUTS), (Page::Guide, h::HELP_GUIDE), (Page::Notes, h::HELP_NOTES)]
            {
                ui.selectable_value(&mut page, choice, name.get(lang));
            }
        });
        ui.separator();
        // A solid bar, always drawn: a laptop screen shows only part of the notes, and the reader should see so.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::vertical()
            .max_height(height)
            .min_scrolled_height(height)
            .auto_shrink(false)
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
            .show(ui, |ui| match page {
                Page::Shortcuts => keys(ui, lang),
                Page::Guide => guide(ui, lang),
                Page::Notes => notes(ui, state),
            });
        ui.separator();
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(h::CLOSE.get(lang)).clicked() {
                close = true;
            }
        });
    });
    if close || modal.should_close() {
        ctx.data_mut(|d| d.remove::<Page>(page_id()));
    } else {
        open(ctx, page);
    }
}

fn keys(ui: &mut egui::Ui, lang: Lang) {
    // One grid for every group, so the keys and what they do line up down the page.
    egui::Grid::new("help-keys").num_columns(2).spacing([24.0, 6.0]).show(ui, |ui| {
        for (place, heading) in
            [(Where::Main, h::KEYS_MAIN), (Where::Presenting, h::KEYS_PRESENTING), (Where::Anywhere, h::KEYS_ANYWHERE)]
        {
            ui.label(RichText::new(heading.get(lang)).strong());
            ui.end_row();
            for shortcut in shortcuts::LIST.iter().filter(|s| s.place == place) {
                ui.label(RichText::new(shortcuts::labels(shortcut.keys, lang)).monospace().strong());
                ui.label(shortcut.does.get(lang));
                ui.end_row();
            }
        }
    });
}

fn guide(ui: &mut egui::Ui, lang: Lang) {
    for (i, step) in h::GUIDE_STEPS.iter().enumerate() {
        ui.horizontal_top(|ui| {
            ui.label(RichText::new(format!("{}.", i + 1)).strong());
            ui.add(egui::Label::new(step.get(lang)).wrap());
        });
        ui.add_space(6.0);
    }
}

fn notes(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.settings.lang;
    let rule = state.settings.light_rule;
    ui.label(RichText::new(h::NOTES_LIGHTS.get(lang)).strong());
    let lights = [Light::Green, Light::Yellow, Light::Red, Light::Unscheduled];
    for (i, text) in h::NOTES_LIGHT_RULE.iter().enumerate() {
        let text = text.fill(lang, &[("days", &rule.warn_days), ("points", &rule.tolerance)]);
        ui.horizontal_top(|ui| {
            // A dot in the light's colour beside its line; the closing remark gets a plain bullet.
            let dot =
                lights.get(i).map_or_else(|| RichText::new("·"), |l| RichText::new("●").color(theme::light_color(*l)));
            ui.label(dot);
            ui.add(egui::Label::new(text).wrap());
        });
    }
    ui.add_space(10.0);
    ui.label(RichText::new(h::NOTES_TASKS.get(lang)).strong());
    ui.add(egui::Label::new(h::NOTES_TASK_RULE.get(lang)).wrap());
    ui.add_space(10.0);
    ui.label(RichText::new(h::NOTES_INDEX.get(lang)).strong());
    for text in &h::NOTES_INDEX_BODY {
        ui.add(egui::Label::new(text.fill(lang, &[("threshold", &SMALL_SAMPLE_REGIONS)])).wrap());
        ui.add_space(4.0);
    }
}
