//! The evaluation view: which data and weights, the caution for few regions with a one-click switch,
//! the ranking of a year with the weights beside it, and below it the chosen region's trend, pillar
//! radar, coupling coordination and obstacles ([`super::evaluation_detail`]).

use egui::{RichText, vec2};

use super::{evaluation_detail, theme};
use crate::app::{AppState, Command, Computed, Purpose};
use crate::domain::framework::PillarId;
use crate::domain::index::{Evaluation, Scored, WeightMethod, Weighting};
use crate::domain::metrics::{Direction, RegionId};
use crate::i18n::evaluation::{self as words, pillar_name};
use crate::i18n::{describe_index_error, describe_weights_file_error, help, names, strings as s};

/// Height of a ranking row.
const ROW: f32 = 24.0;
/// Rows of the ranking shown before it scrolls.
const VISIBLE_ROWS: f32 = 12.0;

/// Draws the view in the central area.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    controls(ui, state, commands);
    let view = &state.evaluation;
    let error_text = theme::palette(ui.ctx()).error_text;
    if let Some(e) = &view.weights_error {
        ui.label(RichText::new(describe_weights_file_error(e, lang)).color(error_text));
    }
    ui.separator();
    if view.is_computing() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(s::EVAL_COMPUTING.get(lang));
        });
        return;
    }
    match &view.result {
        None => {
            ui.label(RichText::new(s::EVAL_NO_DATA.get(lang)).weak());
        }
        Some(Err(e)) => {
            ui.label(RichText::new(describe_index_error(e, lang)).color(error_text));
        }
        Some(Ok(computed)) => {
            egui::ScrollArea::vertical().id_salt("evaluation").show(ui, |ui| body(ui, state, computed, commands));
        }
    }
}

/// The year shown: the chosen one, else the newest with scores.
pub fn shown_year(state: &AppState, e: &Evaluation) -> Option<i32> {
    state.evaluation.year.filter(|y| e.years.contains(y)).or_else(|| e.latest_year())
}

/// The region shown: the chosen one, else the region named in the settings (the user's own), else
/// the first of the year's ranking.
pub fn shown_region(state: &AppState, e: &Evaluation, year: i32) -> Option<RegionId> {
    let chosen = state.evaluation.region.filter(|r| (r.0 as usize) < e.regions.len());
    let own = || e.region_id(state.settings.region.trim());
    chosen.or_else(own).or_else(|| e.ranking(year).first().map(|r| r.0))
}

fn controls(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let view = &state.evaluation;
    ui.horizontal_wrapped(|ui| {
        ui.heading(s::EVAL_HEADING.get(lang));
        if ui.button(s::EVAL_BACK.get(lang)).clicked() {
            commands.push(Command::ShowEvaluation(false));
        }
        ui.separator();
        let label = ui.label(s::EVAL_DATASET.get(lang));
        let datasets = &state.metrics.datasets;
        let current = view.dataset.and_then(|i| datasets.get(i)).map_or("—", |d| d.name.as_str());
        let combo = egui::ComboBox::from_id_salt("eval-dataset").selected_text(current).show_ui(ui, |ui| {
            for (i, d) in datasets.iter().enumerate() {
                if ui.selectable_label(view.dataset == Some(i), &d.name).clicked() {
                    commands.push(Command::EvaluateDataset(i));
                }
            }
        });
        combo.response.labelled_by(label.id);
        if let Some(e) = view.computed().map(|c| &c.evaluation)
            && let Some(year) = shown_year(state, e)
        {
            let label = ui.label(s::EVAL_YEAR.get(lang));
            let combo = egui::ComboBox::from_id_salt("eval-year").selected_text(year.to_string()).show_ui(ui, |ui| {
                for &y in e.years.iter().rev() {
                    if ui.selectable_label(y == year, y.to_string()).clicked() {
                        commands.push(Command::EvaluationYear(y));
                    }
                }
            });
            combo.response.labelled_by(label.id);
        }
        ui.separator();
        ui.label(s::EVAL_WEIGHTS.get(lang));
        let method = view.weighting.method();
        for (choice, weighting) in
            [(WeightMethod::Entropy, Weighting::Entropy), (WeightMethod::Equal, Weighting::Equal)]
        {
            if ui.selectable_label(method == choice, names::weight_method(choice).get(lang)).clicked()
                && method != choice
            {
                commands.push(Command::SetWeighting(weighting));
            }
        }
        let expert_label = match (&view.expert_file, method) {
            (Some(path), WeightMethod::Expert) => {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                format!("{}：{name}", names::weight_method(WeightMethod::Expert).get(lang))
            }
            _ => s::EVAL_EXPERT_FILE.get(lang).to_owned(),
        };
        if ui.selectable_label(method == WeightMethod::Expert, expert_label).clicked() {
            commands.push(Command::ChooseFile(Purpose::ExpertWeights));
        }
        ui.separator();
        if ui.add_enabled(view.computed().is_some(), egui::Button::new(s::EVAL_EXPORT_CSV.get(lang))).clicked() {
            commands.push(Command::ChooseFile(Purpose::ExportIndex));
        }
    });
}

fn body(ui: &mut egui::Ui, state: &AppState, computed: &Computed, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let e = &computed.evaluation;
    let pal = theme::palette(ui.ctx());
    ui.label(RichText::new(words::summary(e, lang)).strong());
    if e.illustrative {
        ui.label(RichText::new(s::METRICS_ILLUSTRATIVE.get(lang)).color(pal.sample_text).strong());
    }
    if let Some(caution) = words::small_sample(e, lang) {
        egui::Frame::new()
            .fill(theme::light_color(crate::domain::progress::Light::Yellow).gamma_multiply(0.15))
            .inner_margin(theme::GAP)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(RichText::new(caution).strong());
                if let Some(st) = &computed.stability {
                    ui.label(words::stability_line(e, st, lang));
                }
                if ui.button(s::EVAL_USE_EQUAL.get(lang)).clicked() {
                    commands.push(Command::SetWeighting(Weighting::Equal));
                }
            });
    }
    let notes: Vec<String> = words::notes(e, None, &state.framework, lang)
        .into_iter()
        .filter(|n| Some(n) != words::small_sample(e, lang).as_ref() && n != s::METRICS_ILLUSTRATIVE.get(lang))
        .collect();
    for note in notes {
        ui.label(RichText::new(note).small().weak());
    }
    let Some(year) = shown_year(state, e) else { return };
    let region = shown_region(state, e, year);
    ui.add_space(theme::GAP);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| ranking(ui, state, e, year, region, commands));
        ui.add_space(theme::GAP * 2.0);
        ui.vertical(|ui| weights(ui, state, e, commands));
    });
    let method = names::weight_method(e.method).get(lang);
    ui.horizontal_wrapped(|ui| {
        let note = ui.label(RichText::new(s::EVAL_METHOD_NOTE.fill(lang, &[("method", &method)])).small().weak());
        note.on_hover_text(s::EVAL_METHOD_DETAIL.fill(lang, &[("method", &method)]));
        if ui.link(RichText::new(help::NOTES_INDEX_LINK.get(lang)).small()).clicked() {
            super::help::open(ui.ctx(), super::help::Page::Notes);
        }
    });
    ui.separator();
    if let Some(region) = region {
        evaluation_detail::show(ui, state, e, year, region, commands);
    }
}

/// The ranking's column of how much of the data a region has.
const COVERAGE_COLUMN: usize = 3;

/// Column widths of the ranking: rank, region, score, coverage, four pillars, D, class.
const WIDTHS: [f32; 10] = [36.0, 96.0, 60.0, 50.0, 62.0, 62.0, 62.0, 62.0, 52.0, 96.0];

fn ranking(
    ui: &mut egui::Ui,
    state: &AppState,
    e: &Evaluation,
    year: i32,
    region: Option<RegionId>,
    commands: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    ui.label(RichText::new(s::EVAL_RANKING.fill(lang, &[("year", &year)])).heading());
    let mut header: Vec<String> = [s::INDEX_COL_RANK, s::INDEX_COL_REGION, s::INDEX_COL_SCORE, s::EVAL_COVERAGE]
        .iter()
        .map(|t| t.get(lang).to_owned())
        .collect();
    header.extend(PillarId::ALL.iter().map(|p| pillar_name(&state.framework, *p, lang)));
    header.extend(["D".to_owned(), s::INDEX_COL_CLASS.get(lang).to_owned()]);
    ui.horizontal(|ui| {
        for (i, (text, w)) in header.iter().zip(WIDTHS).enumerate() {
            let cell = ui.add_sized(vec2(w, ROW), egui::Label::new(RichText::new(text).small().strong()).truncate());
            if i == COVERAGE_COLUMN {
                cell.on_hover_text(help::COVERAGE_HINT.get(lang));
            }
        }
    });
    let rows = e.ranking(year);
    egui::ScrollArea::vertical().id_salt("eval-ranking").max_height(ROW * VISIBLE_ROWS).show_rows(
        ui,
        ROW,
        rows.len(),
        |ui, range| {
            for &(r, scored) in &rows[range] {
                ranking_row(ui, state, e, r, scored, region == Some(r), commands);
            }
        },
    );
    ui.label(RichText::new(s::EVAL_PICK_REGION.get(lang)).small().weak());
}

fn ranking_row(
    ui: &mut egui::Ui,
    state: &AppState,
    e: &Evaluation,
    region: RegionId,
    scored: &Scored,
    selected: bool,
    commands: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let number = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| format!("{v:.3}"));
    ui.horizontal(|ui| {
        let cell =
            |ui: &mut egui::Ui, w: f32, text: String| ui.add_sized(vec2(w, ROW), egui::Label::new(text).truncate());
        cell(ui, WIDTHS[0], scored.rank.to_string());
        let name = &e.regions[region.0 as usize];
        if ui.add_sized(vec2(WIDTHS[1], ROW), egui::Button::selectable(selected, name.as_str()).truncate()).clicked() {
            commands.push(Command::EvaluationRegion(region));
        }
        cell(ui, WIDTHS[2], format!("{:.4}", scored.score));
        cell(ui, WIDTHS[3], format!("{:.0}%", scored.coverage * 100.0));
        for (k, value) in scored.pillars.iter().enumerate() {
            cell(ui, WIDTHS[4 + k], number(*value));
        }
        cell(ui, WIDTHS[8], number(scored.coupling.map(|k| k.d)));
        let class = scored.coupling.map_or("—", |k| names::coordination_class(k.class).get(lang));
        cell(ui, WIDTHS[9], class.to_owned());
    });
}

fn weights(ui: &mut egui::Ui, state: &AppState, e: &Evaluation, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let method = names::weight_method(e.method).get(lang);
    ui.label(RichText::new(s::EVAL_WEIGHTS_HEADING.fill(lang, &[("method", &method)])).heading());
    let mut order: Vec<_> = e.indicators.iter().collect();
    order.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let max = order.first().map_or(1.0, |i| i.weight).max(f64::EPSILON);
    let pal = theme::palette(ui.ctx());
    egui::ScrollArea::vertical().id_salt("eval-weights").max_height(ROW * (VISIBLE_ROWS + 1.0)).show(ui, |ui| {
        for indicator in order {
            ui.horizontal(|ui| {
                let (rect, _) = ui.allocate_exact_size(vec2(60.0, 10.0), egui::Sense::hover());
                let color = indicator.pillar.map_or(pal.weak, theme::pillar_color);
                ui.painter().rect_filled(rect, 2, pal.empty_slot);
                let filled = egui::Rect::from_min_size(
                    rect.min,
                    vec2(rect.width() * (indicator.weight / max) as f32, rect.height()),
                );
                ui.painter().rect_filled(filled, 2, color);
                ui.label(RichText::new(format!("{:.4}", indicator.weight)).monospace());
                ui.label(&indicator.name).on_hover_text(words::counts_for(indicator, &state.framework, lang));
                // The catalog does not say which way is good: the guess from the name is shown and can be turned.
                if indicator.direction_assumed || state.evaluation.directions.contains_key(&indicator.name) {
                    let label = words::direction(indicator.direction).get(lang);
                    let marked = if indicator.direction_assumed { format!("{label}？") } else { label.to_owned() };
                    if ui.small_button(marked).on_hover_text(s::EVAL_DIRECTION_HINT.get(lang)).clicked() {
                        let direction = match indicator.direction {
                            Direction::HigherIsBetter => Direction::LowerIsBetter,
                            Direction::LowerIsBetter => Direction::HigherIsBetter,
                        };
                        commands.push(Command::SetDirection { indicator: indicator.name.clone(), direction });
                    }
                }
            });
        }
    });
}
