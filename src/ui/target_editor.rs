//! A task's quantified target: the indicator (from the catalog, or a name of one's own with a unit), base
//! value and year, target value and year; and, when the loaded data has the indicator for the report region,
//! the current value with its file and year, how far it has come, and whether it is on the straight line.

use egui::RichText;

use super::{fields, theme};
use crate::app::{AppState, Command, TargetReading};
use crate::domain::progress::{FieldValue, Target};
use crate::i18n::{Lang, names, strings as s};

/// Draws the target part of the task editor.
pub fn show(ui: &mut egui::Ui, state: &AppState, task: &str, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let entry = state.entry(task);
    let mut set = |target: Option<Target>| {
        commands.push(Command::Edit { item: task.to_owned(), value: FieldValue::Target(target) });
    };
    ui.label(RichText::new(s::FIELD_TARGET.get(lang)).small().weak());
    let Some(target) = &entry.target else {
        if ui.button(s::TARGET_SET.get(lang)).clicked() {
            set(Some(starting_target(state, &entry.parents)));
        }
        return;
    };
    let id = |key: &str| egui::Id::unique(("task-target", task, key));
    indicator(ui, state, target, id("indicator"), &mut set);
    let unit_hint = catalog_unit(state, &target.indicator);
    if let Some(unit) = fields::text(ui, id("unit"), s::TARGET_UNIT.get(lang), &target.unit, &unit_hint, false) {
        set(Some(Target { unit: unit.trim().to_owned(), ..target.clone() }));
    }
    ui.columns(4, |cols| {
        let [a, b, c, d] = cols else { return };
        if let Some(v) = number(a, id("base"), s::TARGET_BASE_VALUE.get(lang), target.base_value, lang) {
            set(Some(Target { base_value: v, ..target.clone() }));
        }
        if let Some(y) = year(b, id("base-year"), s::TARGET_BASE_YEAR.get(lang), target.base_year, lang) {
            let changed = Target { base_year: y, ..target.clone() };
            // A target year before the base year is refused (as on the command line); the field shows what is saved.
            if changed.base_year <= changed.target_year {
                set(Some(changed));
            }
        }
        if let Some(v) = number(c, id("target"), s::TARGET_VALUE.get(lang), target.target_value, lang) {
            set(Some(Target { target_value: v, ..target.clone() }));
        }
        if let Some(y) = year(d, id("target-year"), s::TARGET_YEAR.get(lang), target.target_year, lang) {
            let changed = Target { target_year: y, ..target.clone() };
            // A target year before the base year is refused (as on the command line); the field shows what is saved.
            if changed.base_year <= changed.target_year {
                set(Some(changed));
            }
        }
    });
    match state.target_reading(task) {
        Some(reading) => tracked(ui, reading, lang),
        None => {
            let region = state.data_region();
            let region = if region.is_empty() { s::TARGET_ANY_REGION.get(lang).to_owned() } else { region };
            let name = indicator_name(state, &target.indicator, lang);
            let text = s::TARGET_NO_DATA.fill(lang, &[("region", &region), ("indicator", &name)]);
            ui.label(RichText::new(text).small().weak());
        }
    }
    if ui.small_button(s::TARGET_CLEAR.get(lang)).clicked() {
        set(None);
    }
}

/// The indicator: a catalog entry from the list, or a name typed in.
fn indicator(ui: &mut egui::Ui, state: &AppState, target: &Target, id: egui::Id, set: &mut dyn FnMut(Option<Target>)) {
    let lang = state.settings.lang;
    let Some(catalog) = &state.metrics.catalog else { return };
    let chosen = catalog.get(&target.indicator);
    let label = ui.label(RichText::new(s::TARGET_INDICATOR.get(lang)).small().weak());
    let shown = chosen.map_or("—", |c| names::pick(lang, &c.name, &c.name_en));
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .width(ui.available_width().min(360.0))
        .show_ui(ui, |ui| {
            for entry in &catalog.indicators {
                let name = names::pick(lang, &entry.name, &entry.name_en);
                if ui.selectable_label(chosen.is_some_and(|c| c.id == entry.id), name).clicked() {
                    // The catalog's unit applies unless one of the task's own was given.
                    set(Some(Target { indicator: entry.id.clone(), ..target.clone() }));
                }
            }
        })
        .response
        .labelled_by(label.id);
    let own = if chosen.is_some() { "" } else { target.indicator.as_str() };
    if let Some(name) = fields::text(ui, id.with("own"), s::TARGET_OWN_INDICATOR.get(lang), own, "", false)
        && !name.trim().is_empty()
    {
        set(Some(Target { indicator: name.trim().to_owned(), ..target.clone() }));
    }
}

/// What the data says: current value with region, year and file; a bar from base to target with the straight
/// line's place marked; the target's light in icon and word.
fn tracked(ui: &mut egui::Ui, reading: &TargetReading, lang: Lang) {
    let p = &reading.progress;
    let (year, value) = p.current;
    let current = s::TARGET_CURRENT.fill(
        lang,
        &[
            ("value", &super::figure_value(value)),
            ("unit", &reading.unit),
            ("region", &reading.region),
            ("year", &year),
            ("file", &reading.file),
        ],
    );
    ui.label(RichText::new(current).small());
    let share = (p.share * 100.0).round();
    let expected = (p.expected * 100.0).round();
    let bar = egui::ProgressBar::new(p.share.clamp(0.0, 1.0) as f32)
        .text(format!("{share:.0}%"))
        .fill(theme::light_color(p.light))
        .desired_width(ui.available_width().min(360.0));
    let response = ui.add(bar);
    // The straight line's place on the bar, so behind or ahead is seen as well as read.
    let x = response.rect.left() + response.rect.width() * p.expected.clamp(0.0, 1.0) as f32;
    let stroke = egui::Stroke::new(2.0, ui.visuals().strong_text_color());
    ui.painter().vline(x, response.rect.y_range().expand(2.0), stroke);
    let line =
        s::TARGET_SHARE.fill(lang, &[("share", &format!("{share:.0}")), ("expected", &format!("{expected:.0}"))]);
    ui.label(RichText::new(line).small());
    let light = names::light(p.light).get(lang);
    ui.label(
        RichText::new(s::TARGET_LIGHT.fill(lang, &[("light", &light)]))
            .small()
            .strong()
            .color(theme::light_color(p.light)),
    );
}

/// A target to start from: the first catalog indicator that tracks one of the task's items, from last year
/// to next year.
fn starting_target(state: &AppState, parents: &[String]) -> Target {
    let indicator = state
        .metrics
        .catalog
        .as_ref()
        .and_then(|c| parents.iter().find_map(|p| c.for_item(p).next()))
        .map(|c| c.id.clone())
        .unwrap_or_default();
    let year = i32::from(state.today.year());
    Target {
        indicator,
        unit: String::new(),
        base_value: 0.0,
        base_year: year - 1,
        target_value: 0.0,
        target_year: year + 1,
    }
}

/// The catalog's unit for an indicator, as a hint when the task gives none.
fn catalog_unit(state: &AppState, indicator: &str) -> String {
    let catalog = state.metrics.catalog.as_ref();
    catalog.and_then(|c| c.get(indicator).or_else(|| c.find(indicator))).map(|c| c.unit.clone()).unwrap_or_default()
}

/// An indicator's name for a message: the catalog's when it is a catalog id, else as typed.
fn indicator_name(state: &AppState, indicator: &str, lang: Lang) -> String {
    let catalog = state.metrics.catalog.as_ref();
    match catalog.and_then(|c| c.get(indicator)) {
        Some(entry) => names::pick(lang, &entry.name, &entry.name_en).to_owned(),
        None => indicator.to_owned(),
    }
}

/// A finite number field; what is not a number is shown as an error and not saved.
fn number(ui: &mut egui::Ui, id: egui::Id, label: &str, current: f64, lang: Lang) -> Option<f64> {
    let text = crate::domain::progress::plan::number(current);
    checked(ui, id, label, &text, lang, |t| t.parse::<f64>().ok().filter(|v| v.is_finite()))
}

/// A year field (1900–2200, "2026年" too).
fn year(ui: &mut egui::Ui, id: egui::Id, label: &str, current: i32, lang: Lang) -> Option<i32> {
    checked(ui, id, label, &current.to_string(), lang, |t| {
        t.trim_end_matches('年').parse::<i32>().ok().filter(|y| (1900..=2200).contains(y))
    })
}

fn checked<T>(
    ui: &mut egui::Ui,
    id: egui::Id,
    label: &str,
    current: &str,
    lang: Lang,
    parse: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    let error_id = id.with("error");
    let mut out = None;
    if let Some(text) = fields::text(ui, id, label, current, "", false) {
        match parse(text.trim()) {
            Some(value) => {
                ui.data_mut(|d| d.remove::<String>(error_id));
                out = Some(value);
            }
            None => {
                ui.data_mut(|d| d.insert_temp(error_id, text));
            }
        }
    }
    if let Some(bad) = ui.data(|d| d.get_temp::<String>(error_id)) {
        let color = theme::palette(ui.ctx()).error_text;
        ui.label(RichText::new(s::BAD_NUMBER.fill(lang, &[("text", &bad)])).small().color(color));
    }
    out
}
