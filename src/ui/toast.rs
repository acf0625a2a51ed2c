//! Short confirmations at the bottom right: what was saved or exported, and where. They go by themselves.

use egui::{Align2, Context, Id, RichText};

use super::theme;
use crate::app::AppState;

/// Draws the toasts still shown and wakes the window when the next one is due to go.
pub fn show(ctx: &Context, state: &AppState) {
    let toasts = &state.toasts;
    let Some(next) = toasts.next_change() else { return };
    ctx.request_repaint_after(next);
    egui::Area::new(Id::unique("toasts"))
        .order(egui::Order::Tooltip)
        .anchor(Align2::RIGHT_BOTTOM, [-theme::GAP * 2.0, -theme::GAP * 2.0])
        .interactable(false)
        .show(ctx, |ui| {
            ui.set_max_width(520.0);
            for toast in toasts.shown() {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.label(RichText::new(&toast.text).strong());
                });
                ui.add_space(theme::GAP * 0.5);
            }
        });
}
