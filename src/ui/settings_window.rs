//! 设置 as a window over the main screen (a modal, so typing, Tab and Enter stay inside it): who you are, your
//! unit and region, the theme, the light rule in force, and the framework file. A field is applied when the user
//! leaves it or presses Enter, and whatever is still typed is applied when the window closes (关闭, Esc, or a
//! click beside it), so nothing typed is lost.

use egui::{Context, Id, RichText};

use super::user_fields::{self, Draft};
use crate::app::{AppState, Command, FrameworkOrigin, Purpose};
use crate::i18n::{help as h, strings as s};

fn open_id() -> Id {
    Id::unique("settings-window-open")
}

fn draft_id() -> Id {
    Id::unique("settings-window-draft")
}

/// Opens the window on the next frame.
pub fn open(ctx: &Context) {
    ctx.data_mut(|d| d.insert_temp(open_id(), true));
}

/// Draws the window when it is open.
pub fn show(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    if !ctx.data(|d| d.get_temp::<bool>(open_id())).unwrap_or(false) {
        return;
    }
    let lang = state.settings.lang;
    let mut draft = ctx.data(|d| d.get_temp::<Draft>(draft_id())).unwrap_or_else(|| Draft::of(&state.settings));
    let mut close = false;
    let modal = egui::Modal::new(Id::unique("settings-window")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading(s::SETTINGS.get(lang));
        ui.label(h::SETTINGS_INTRO.get(lang));
        ui.add_space(6.0);
        if user_fields::show(ui, state, &mut draft, "settings") {
            commands.extend(draft.commands(&state.settings));
        }
        ui.separator();
        ui.label(RichText::new(h::SETTINGS_LOOK.get(lang)).strong());
        let mut dark = state.settings.dark;
        if ui.checkbox(&mut dark, s::DARK_THEME.get(lang)).changed() {
            commands.push(Command::SetDark(dark));
        }
        ui.add_space(4.0);
        ui.label(RichText::new(h::SETTINGS_LIGHTS.get(lang)).strong());
        let rule = state.settings.light_rule;
        ui.label(h::SETTINGS_LIGHTS_NOW.fill(lang, &[("days", &rule.warn_days), ("points", &rule.tolerance)]));
        if ui.link(h::HELP_NOTES.get(lang)).clicked() {
            close = true;
            super::help::open(ui.ctx(), super::help::Page::Notes);
        }
        ui.add_space(4.0);
        ui.label(RichText::new(h::SETTINGS_FRAMEWORK.get(lang)).strong());
        ui.horizontal_wrapped(|ui| {
            if ui.button(s::OPEN_FRAMEWORK.get(lang)).clicked() {
                close = true;
                commands.push(Command::ChooseFile(Purpose::OpenFramework));
            }
            let built_in = state.origin == FrameworkOrigin::BuiltIn;
            if ui.add_enabled(!built_in, egui::Button::new(s::USE_BUILT_IN_FRAMEWORK.get(lang))).clicked() {
                close = true;
                commands.push(Command::UseBuiltInFramework);
            }
        });
        ui.separator();
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui.button(h::CLOSE.get(lang)).clicked() {
                close = true;
            }
        });
    });
    if close || modal.should_close() {
        commands.extend(draft.commands(&state.settings));
        ctx.data_mut(|d| {
            d.remove::<bool>(open_id());
            d.remove::<Draft>(draft_id());
        });
    } else {
        ctx.data_mut(|d| d.insert_temp(draft_id(), draft));
    }
}
