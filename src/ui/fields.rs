//! Edit fields that commit once, when the user is done (focus leaves, or a drag ends), so one edit is one
//! history entry and one save — not one per keystroke. Drafts live in egui's temporary memory.

use egui::{Id, Response, TextEdit, Ui};

/// A labelled text field; returns the new text when the user leaves a changed field.
pub fn text(ui: &mut Ui, id: Id, label: &str, current: &str, hint: &str, multiline: bool) -> Option<String> {
    let label = ui.label(egui::RichText::new(label).small().weak());
    let mut draft = ui.data_mut(|d| d.get_temp::<String>(id)).unwrap_or_else(|| current.to_owned());
    let edit =
        if multiline { TextEdit::multiline(&mut draft).desired_rows(2) } else { TextEdit::singleline(&mut draft) };
    let response = ui.add(edit.id(id).hint_text(hint).desired_width(f32::INFINITY)).labelled_by(label.id);
    finish(ui, id, &response, draft, current)
}

fn finish(ui: &mut Ui, id: Id, response: &Response, draft: String, current: &str) -> Option<String> {
    let committed = (response.lost_focus() && draft != current).then(|| draft.clone());
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, draft));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    committed
}

/// A labelled 0–100 % slider; returns the new percent when a drag ends or a typed value is entered.
pub fn percent(ui: &mut Ui, id: Id, label: &str, current: u8, enabled: bool) -> Option<u8> {
    let label = ui.label(egui::RichText::new(label).small().weak());
    let mut draft = ui.data_mut(|d| d.get_temp::<u8>(id)).unwrap_or(current);
    ui.spacing_mut().slider_width = (ui.available_width() - 90.0).clamp(120.0, 320.0);
    let slider = egui::Slider::new(&mut draft, 0..=100).suffix(" %").step_by(5.0);
    let response = ui.add_enabled(enabled, slider).labelled_by(label.id);
    let dragging = response.dragged();
    let done = response.drag_stopped() || (response.changed() && !dragging);
    if dragging {
        ui.data_mut(|d| d.insert_temp(id, draft));
    } else {
        ui.data_mut(|d| d.remove::<u8>(id));
    }
    (done && draft != current).then_some(draft)
}
