//! A list to add one framework item to a set (the items a task serves, the items that answer a problem):
//! adopted items first, each with its id and scope.

use egui::RichText;

use crate::app::AppState;
use crate::domain::progress::Scope;
use crate::i18n::{Text, names};

/// Draws the labelled list; returns the item picked this frame, if any.
pub fn add_item(
    ui: &mut egui::Ui,
    state: &AppState,
    salt: impl egui::AsIdSalt,
    label: Text,
    current: &[String],
) -> Option<String> {
    let lang = state.settings.lang;
    // Adopted items first: a county links what it has taken up.
    let mut candidates: Vec<_> = state.framework.items.iter().filter(|i| !current.contains(&i.id)).collect();
    candidates.sort_by_key(|i| state.entry(&i.id).scope != Scope::Adopted);
    let label = ui.label(RichText::new(label.get(lang)).small().weak());
    let mut picked = None;
    egui::ComboBox::from_id_salt(salt)
        .selected_text("…")
        .width(ui.available_width().min(360.0))
        .show_ui(ui, |ui| {
            for item in candidates {
                let title = names::pick(lang, &item.title, &item.title_en);
                let scope = names::scope(state.entry(&item.id).scope).get(lang);
                if ui.selectable_label(false, format!("{} {title}（{scope}）", item.id)).clicked() {
                    picked = Some(item.id.clone());
                }
            }
        })
        .response
        .labelled_by(label.id);
    picked
}
