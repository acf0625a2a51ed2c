//! The line that says a file is being read: a spinner, its name, the share read, the time taken once it
//! is more than a moment, and 取消.

use egui::RichText;

use crate::app::{Command, Loading};
use crate::i18n::{Lang, strings as s};

/// Seconds after which the time taken is shown: a quick read should not flicker a clock.
const SHOW_SECONDS_AFTER: u64 = 2;

/// Draws the reading line; a click on 取消 pushes `cancel`.
pub fn show(ui: &mut egui::Ui, loading: &Loading, lang: Lang, cancel: Command, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.spinner();
        let name =
            loading.path.file_name().map_or_else(|| loading.path.display().to_string(), |n| n.to_string_lossy().into());
        ui.label(s::LOADING_FILE.fill(lang, &[("name", &name)]));
        if let Some(fraction) = loading.fraction() {
            let percent = (fraction * 100.0).floor() as u32;
            ui.label(RichText::new(s::LOADING_SHARE.fill(lang, &[("percent", &percent)])).weak());
        }
        let seconds = loading.elapsed().as_secs();
        if seconds >= SHOW_SECONDS_AFTER {
            ui.label(RichText::new(s::LOADING_SECONDS.fill(lang, &[("seconds", &seconds)])).weak());
        }
        if ui.button(s::CANCEL.get(lang)).on_hover_text(s::CANCEL_READ_HINT.get(lang)).clicked() {
            commands.push(cancel);
        }
    });
}
