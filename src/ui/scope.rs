//! Whether the county adopts an item (采纳 / 不适用 with a reason / 待定), shown with the item's level and the
//! departments its document names and whom its text addresses, so the choice is informed, and the same
//! decision for a whole section, document, level or audience in one step.

use egui::RichText;

use super::fields;
use crate::app::{AppState, Command, ScopeSet};
use crate::domain::framework::Item;
use crate::domain::progress::{FieldValue, Scope};
use crate::i18n::{Lang, names, strings as s};

/// Draws the scope choice of `item` in the detail view.
pub fn show(ui: &mut egui::Ui, state: &AppState, item: &Item, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let entry = state.entry(&item.id);
    ui.label(RichText::new(s::SCOPE_HEADING.get(lang)).strong());
    let departments = if item.departments.is_empty() {
        s::DEPARTMENTS_NONE.get(lang).to_owned()
    } else {
        item.departments.join("、")
    };
    let context = s::SCOPE_CONTEXT.fill(
        lang,
        &[
            ("level", &names::level(item.level).get(lang)),
            ("audience", &names::addressed_to(&item.addressed_to, lang)),
            ("departments", &departments),
        ],
    );
    ui.label(RichText::new(context).small().weak());
    ui.add_enabled_ui(state.progress.can_edit(), |ui| {
        ui.horizontal(|ui| {
            for scope in Scope::ALL {
                if ui.radio(entry.scope == scope, names::scope(scope).get(lang)).clicked() && entry.scope != scope {
                    let set = ScopeSet::Item(item.id.clone());
                    commands.push(Command::SetScope { set, scope, reason: String::new() });
                }
            }
            bulk_menu(ui, state, s::BULK_MENU.get(lang), &sets_of(state, item), commands);
        });
        if entry.scope == Scope::NotApplicable {
            let id = egui::Id::unique(("scope-reason", &item.id));
            let label = s::FIELD_SCOPE_REASON.get(lang);
            if let Some(t) = fields::text(ui, id, label, &entry.scope_reason, s::SCOPE_REASON_HINT.get(lang), false) {
                commands.push(Command::Edit { item: item.id.clone(), value: FieldValue::ScopeReason(t.trim().into()) });
            }
        }
    });
}

/// The section, document, level and audiences of an item, each with the words the bulk menu uses for it.
fn sets_of(state: &AppState, item: &Item) -> Vec<(ScopeSet, String)> {
    let lang = state.settings.lang;
    let level = names::level(item.level).get(lang);
    let mut sets = vec![
        (ScopeSet::Group(item.group.clone()), s::BULK_WHAT_GROUP.get(lang).to_owned()),
        (ScopeSet::Document(item.source.document.clone()), s::BULK_WHAT_DOCUMENT.get(lang).to_owned()),
        (ScopeSet::Level(item.level), s::BULK_WHAT_LEVEL.fill(lang, &[("level", &level)])),
    ];
    sets.extend(item.addressed_to.iter().map(|a| {
        let what = s::BULK_WHAT_AUDIENCE.fill(lang, &[("audience", &names::audience(a, lang))]);
        (ScopeSet::Audience(a.clone()), what)
    }));
    sets
}

/// A menu (named `title`) that adopts, sets aside or makes undecided every item of one of `sets` (each with
/// its words), as one undoable step; the reason for setting aside is asked once, in the menu, for all of them.
pub fn bulk_menu(
    ui: &mut egui::Ui,
    state: &AppState,
    title: &str,
    sets: &[(ScopeSet, String)],
    commands: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let salt = sets.first().map(|(set, _)| format!("{set:?}")).unwrap_or_default();
    // Typing the reason is a click inside the menu: only a click elsewhere (or a choice) closes it.
    let config =
        egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside);
    egui::containers::menu::MenuButton::new(RichText::new(title).small()).config(config).ui(ui, |ui| {
        let reason_id = egui::Id::unique(("bulk-reason", &salt));
        let mut reason = ui.data_mut(|d| d.get_temp::<String>(reason_id)).unwrap_or_default();
        let label = ui.label(RichText::new(s::BULK_REASON.get(lang)).small().weak());
        let edit = egui::TextEdit::singleline(&mut reason).hint_text(s::SCOPE_REASON_HINT.get(lang));
        if ui.add(edit).labelled_by(label.id).changed() {
            ui.data_mut(|d| d.insert_temp(reason_id, reason.clone()));
        }
        for (set, what) in sets {
            ui.separator();
            let count = set.count(&state.framework);
            let args: [(&str, &dyn std::fmt::Display); 2] = [("what", what), ("count", &count)];
            let mut choose = |scope: Scope, reason: &str| {
                commands.push(Command::SetScope { set: set.clone(), scope, reason: reason.to_owned() });
            };
            if ui.button(s::BULK_ADOPT.fill(lang, &args)).clicked() {
                choose(Scope::Adopted, "");
                ui.close();
            }
            let has_reason = !reason.trim().is_empty();
            let aside = ui.add_enabled(has_reason, egui::Button::new(s::BULK_ASIDE.fill(lang, &args)));
            if aside.clicked() {
                choose(Scope::NotApplicable, &reason);
                ui.data_mut(|d| d.remove::<String>(reason_id));
                ui.close();
            }
            aside.on_disabled_hover_text(s::BULK_REASON_NEEDED.get(lang));
            if ui.button(s::BULK_UNDECIDED.fill(lang, &args)).clicked() {
                choose(Scope::Undecided, "");
                ui.close();
            }
        }
    });
}

/// A small tag with an item's scope for the checklist, once the plan has started (before, every item counts
/// and the tag would only repeat 待定).
pub fn tag(ui: &mut egui::Ui, state: &AppState, item: &str, lang: Lang) {
    if !state.rollups.plan_started {
        return;
    }
    let scope = state.entry(item).scope;
    let text = RichText::new(format!("[{}]", names::scope(scope).get(lang))).small();
    let text = match scope {
        Scope::Adopted => text.strong(),
        Scope::NotApplicable => text.weak().italics(),
        Scope::Undecided => text.weak(),
    };
    ui.label(text);
}
