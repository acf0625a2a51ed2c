//! The header: title, which framework is open, the error banner, settings and the language switch.

use egui::RichText;

use super::theme;
use crate::app::{AppState, Command, FrameworkOrigin};
use crate::i18n::{Lang, describe_load_error, strings as s};

/// Draws the header.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    ui.add_space(theme::GAP * 0.5);
    ui.horizontal(|ui| {
        ui.label(RichText::new(s::APP_TITLE.get(lang)).size(theme::TITLE).strong().color(theme::GOAL));
        ui.label(RichText::new(s::APP_SUBTITLE.get(lang)).color(theme::WEAK_TEXT));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            language_switch(ui, lang, commands);
            settings_menu(ui, state, commands);
            ui.label(RichText::new(origin_line(state)).small().color(theme::WEAK_TEXT));
        });
    });
    if let Some(error) = &state.error {
        egui::Frame::new().fill(theme::ERROR_BG).inner_margin(theme::GAP).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!(
                        "{}\n{}",
                        s::FRAMEWORK_LOAD_FAILED.get(lang),
                        describe_load_error(error, lang)
                    ))
                    .color(theme::ERROR_TEXT),
                );
                if ui.button(s::DISMISS.get(lang)).clicked() {
                    commands.push(Command::DismissError);
                }
            });
        });
    }
    ui.add_space(theme::GAP * 0.5);
}

fn origin_line(state: &AppState) -> String {
    let lang = state.settings.lang;
    let c = state.framework.counts();
    let origin = match &state.origin {
        FrameworkOrigin::BuiltIn => s::FRAMEWORK_BUILT_IN.get(lang).to_owned(),
        FrameworkOrigin::File(path) => path.display().to_string(),
    };
    let counts = s::FRAMEWORK_COUNTS.fill(
        lang,
        &[("documents", &c.documents), ("pillars", &c.pillars), ("elements", &c.elements), ("items", &c.items)],
    );
    format!("{origin} · {counts}")
}

fn language_switch(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    for option in Lang::ALL.into_iter().rev() {
        if ui.selectable_label(lang == option, option.native_name()).clicked() && lang != option {
            commands.push(Command::SetLang(option));
        }
    }
    ui.label(RichText::new(s::LANGUAGE.get(lang)).color(theme::WEAK_TEXT));
}

fn settings_menu(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    ui.menu_button(s::SETTINGS.get(lang), |ui| {
        if ui.button(s::OPEN_FRAMEWORK.get(lang)).clicked() {
            ui.close();
            let picked = rfd::FileDialog::new().add_filter(s::FRAMEWORK_FILES.get(lang), &["json"]).pick_file();
            if let Some(path) = picked {
                commands.push(Command::OpenFramework(path));
            }
        }
        let built_in = state.origin == FrameworkOrigin::BuiltIn;
        if ui.add_enabled(!built_in, egui::Button::new(s::USE_BUILT_IN_FRAMEWORK.get(lang))).clicked() {
            ui.close();
            commands.push(Command::UseBuiltInFramework);
        }
    });
}
