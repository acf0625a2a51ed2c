//! The three things the app asks of its user — name (填报人), unit (本单位) and region (地区) — each with a line
//! saying why, as the settings window and the first-run welcome show them. The region field takes any text and
//! offers the regions of the loaded data that match what is typed.

use egui::{Id, RichText, TextEdit};

use crate::app::{AppState, Command, Settings};
use crate::i18n::{Lang, help as h, strings as s};

/// Regions of the data offered under the region field at once.
const OFFERED: usize = 8;

/// What is typed but not yet applied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// 填报人.
    pub user_name: String,
    /// 本单位.
    pub user_unit: String,
    /// 地区.
    pub region: String,
}

impl Draft {
    /// The values the settings hold now.
    pub fn of(settings: &Settings) -> Self {
        Self {
            user_name: settings.user_name.clone(),
            user_unit: settings.user_unit.clone(),
            region: settings.region.clone(),
        }
    }

    /// The commands that make the settings hold the draft (trimmed): one for each value that differs.
    pub fn commands(&self, settings: &Settings) -> Vec<Command> {
        let mut out = Vec::new();
        let (name, unit, region) = (self.user_name.trim(), self.user_unit.trim(), self.region.trim());
        if name != settings.user_name {
            out.push(Command::SetUserName(name.to_owned()));
        }
        if unit != settings.user_unit {
            out.push(Command::SetUserUnit(unit.to_owned()));
        }
        if region != settings.region {
            out.push(Command::SetRegion(region.to_owned()));
        }
        out
    }
}

/// Draws the three fields on `draft`; true when the user is done with one (left it, pressed Enter, or chose a
/// region), the moment to apply it.
pub fn show(ui: &mut egui::Ui, state: &AppState, draft: &mut Draft, salt: &str) -> bool {
    let lang = state.settings.lang;
    let mut done = false;
    for (i, (label, why, hint, value)) in [
        (s::USER_NAME, h::USER_NAME_WHY, h::USER_NAME_HINT, &mut draft.user_name),
        (s::USER_UNIT, h::USER_UNIT_WHY, h::USER_UNIT_HINT, &mut draft.user_unit),
        (s::REGION_PICKER, h::REGION_WHY, h::REGION_HINT, &mut draft.region),
    ]
    .into_iter()
    .enumerate()
    {
        let label = ui.label(RichText::new(label.get(lang)).strong());
        let edit = TextEdit::singleline(value).id(Id::unique((salt, i))).hint_text(hint.get(lang));
        let response = ui.add(edit.desired_width(f32::INFINITY)).labelled_by(label.id);
        done |= response.lost_focus();
        ui.label(RichText::new(why.get(lang)).small().weak());
        ui.add_space(4.0);
    }
    done |= regions_offered(ui, state, &mut draft.region, lang);
    done
}

/// The regions of the loaded data that contain what is typed, as buttons that fill the field; true on a click.
fn regions_offered(ui: &mut egui::Ui, state: &AppState, region: &mut String, lang: Lang) -> bool {
    let regions = &state.charts.regions;
    if regions.is_empty() {
        return false;
    }
    let typed = region.trim().to_owned();
    let found: Vec<&String> = regions.iter().filter(|r| r.contains(typed.as_str()) && **r != typed).collect();
    if found.is_empty() {
        return false;
    }
    let mut chosen = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(h::REGION_FROM_DATA.get(lang)).small().weak());
        for name in found.iter().take(OFFERED) {
            if ui.small_button(name.as_str()).clicked() {
                region.clone_from(name);
                chosen = true;
            }
        }
        if found.len() > OFFERED {
            let more = h::REGION_MORE.fill(lang, &[("count", &(found.len() - OFFERED))]);
            ui.label(RichText::new(more).small().weak());
        }
    });
    chosen
}
