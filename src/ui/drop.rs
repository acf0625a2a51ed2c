//! Files dragged onto the window: while they hover, a veil says "松开以打开：…"; once dropped, the app sorts them by
//! their contents and each does what the menu entry for its kind does.

use egui::{Align2, Color32, Context, FontId, Id, LayerId, Order};

use crate::app::{AppState, Command};
use crate::i18n::strings as s;

/// Draws the veil while files hover and sends dropped files to the app.
pub fn show(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    let (hovered, dropped) = ctx.input(|i| {
        let names: Vec<String> = i
            .raw
            .hovered_files
            .iter()
            .map(|f| match &f.path {
                Some(path) => {
                    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into())
                }
                None => f.mime.clone(),
            })
            .collect();
        let dropped: Vec<std::path::PathBuf> = i.raw.dropped_files.iter().map(|f| f.path().to_path_buf()).collect();
        (names, dropped)
    });
    if !dropped.is_empty() {
        commands.push(Command::OpenDropped(dropped));
    }
    if hovered.is_empty() {
        return;
    }
    let painter = ctx.layer_painter(LayerId::new(Order::Foreground, Id::unique("file-drop-veil")));
    let rect = ctx.content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(170));
    let text = s::DROP_HOVER.fill(state.settings.lang, &[("files", &hovered.join("、"))]);
    painter.text(rect.center(), Align2::CENTER_CENTER, text, FontId::proportional(28.0), Color32::WHITE);
}
