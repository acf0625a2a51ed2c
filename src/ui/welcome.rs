//! The first-run welcome: while nobody has said who they are, for which unit and region (and has not put it
//! off), a window asks for the three and says in plain words what each is for. 开始使用 applies what was typed;
//! 以后再说 leaves them empty. Either way it is not shown again (`Settings::welcomed`).

use egui::{Context, Id, RichText};

use super::user_fields::{self, Draft};
use crate::app::{AppState, Command};
use crate::i18n::help as h;

fn draft_id() -> Id {
    Id::unique("welcome-draft")
}

/// Draws the welcome when the settings want it.
pub fn show(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    if !state.settings.wants_welcome() {
        return;
    }
    let lang = state.settings.lang;
    let mut draft = ctx.data(|d| d.get_temp::<Draft>(draft_id())).unwrap_or_default();
    let mut answer = None;
    egui::Modal::new(Id::unique("welcome")).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.heading(h::WELCOME_TITLE.get(lang));
        ui.label(h::WELCOME_BODY.get(lang));
        ui.add_space(8.0);
        user_fields::show(ui, state, &mut draft, "welcome");
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(RichText::new(h::WELCOME_START.get(lang)).strong()).clicked() {
                answer = Some(true);
            }
            if ui.button(h::WELCOME_LATER.get(lang)).clicked() {
                answer = Some(false);
            }
        });
    });
    // Esc and a click beside the window do not count as an answer: the three values matter too much.
    match answer {
        Some(start) => {
            if start {
                commands.extend(draft.commands(&state.settings));
            }
            commands.push(Command::Welcomed);
            ctx.data_mut(|d| d.remove::<Draft>(draft_id()));
        }
        None => ctx.data_mut(|d| {
            d.insert_temp(draft_id(), draft);
        }),
    }
}
