//! One region in the evaluation view: its score over the years beside the others, a radar of its
//! pillar sub-indices against the mean of all regions, its coupling coordination with the class, and
//! its main obstacles with the checklist items that address them (a click opens the item).

use egui::{Color32, Pos2, RichText, Sense, Shape, Stroke, vec2};
use egui_plot::{Corner, Legend, Line, Plot, PlotPoints};

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::framework::PillarId;
use crate::domain::index::Evaluation;
use crate::domain::metrics::RegionId;
use crate::i18n::evaluation::pillar_name;
use crate::i18n::{Lang, names, strings as s};

/// Regions drawn in the trend chart when there are many: the year's best and the one chosen.
const TREND_TOP: usize = 5;
/// Obstacles listed.
const OBSTACLES: usize = 5;
/// Width of the radar (its labels need room left and right).
const RADAR: f32 = 320.0;

/// Draws the details of `region` in `year`.
pub fn show(
    ui: &mut egui::Ui,
    state: &AppState,
    e: &Evaluation,
    year: i32,
    region: RegionId,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width((ui.available_width() - RADAR - 4.0 * theme::GAP).max(320.0));
            trend(ui, state, e, year, region);
        });
        ui.vertical(|ui| radar(ui, state, e, year, region));
    });
    ui.separator();
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(320.0);
            coupling(ui, state, e, year, region);
        });
        ui.vertical(|ui| obstacles(ui, state, e, year, region, commands));
    });
}

fn trend(ui: &mut egui::Ui, state: &AppState, e: &Evaluation, year: i32, region: RegionId) {
    let lang = state.settings.lang;
    ui.label(RichText::new(s::EVAL_TREND.get(lang)).heading());
    let mut shown: Vec<RegionId> = if e.regions.len() <= 8 {
        (0..e.regions.len() as u32).map(RegionId).collect()
    } else {
        e.ranking(year).iter().take(TREND_TOP).map(|r| r.0).collect()
    };
    if !shown.contains(&region) {
        shown.push(region);
    }
    Plot::new("eval-trend")
        .height(220.0)
        .legend(Legend::default().position(Corner::LeftTop))
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .include_y(0.0)
        .include_y(1.0)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .show(ui, |plot| {
            for r in &shown {
                let points: Vec<[f64; 2]> = e.series(*r).iter().map(|(y, s)| [f64::from(*y), s.score]).collect();
                let width = if *r == region { 3.0 } else { 1.5 };
                plot.line(Line::new(e.regions[r.0 as usize].clone(), PlotPoints::from(points)).width(width));
            }
        });
    if e.regions.len() > 8 {
        ui.label(RichText::new(s::EVAL_TREND_SOME.fill(lang, &[("count", &e.regions.len())])).small().weak());
    }
}

/// The mean sub-index of each pillar over the regions scored in `year`.
fn pillar_means(e: &Evaluation, year: i32) -> [Option<f64>; 4] {
    let ranking = e.ranking(year);
    let mut out = [None; 4];
    for (k, slot) in out.iter_mut().enumerate() {
        let values: Vec<f64> = ranking.iter().filter_map(|(_, s)| s.pillars[k]).collect();
        if !values.is_empty() {
            *slot = Some(values.iter().sum::<f64>() / values.len() as f64);
        }
    }
    out
}

fn radar(ui: &mut egui::Ui, state: &AppState, e: &Evaluation, year: i32, region: RegionId) {
    let lang = state.settings.lang;
    let name = &e.regions[region.0 as usize];
    ui.label(RichText::new(s::EVAL_RADAR.fill(lang, &[("region", name), ("year", &year)])).strong());
    let Some(scored) = e.get(region, year) else { return };
    let (response, painter) = ui.allocate_painter(vec2(RADAR, RADAR * 0.8), Sense::hover());
    let pal = theme::palette(ui.ctx());
    let center = response.rect.center();
    let radius = RADAR * 0.26;
    // Axes up, right, down, left, in the order of 图1's pillars.
    let axis = |k: usize, r: f64| -> Pos2 {
        let angle = -std::f32::consts::FRAC_PI_2 + k as f32 * std::f32::consts::FRAC_PI_2;
        center + vec2(angle.cos(), angle.sin()) * radius * r as f32
    };
    for ring in [0.25, 0.5, 0.75, 1.0] {
        let points: Vec<Pos2> = (0..4).map(|k| axis(k, ring)).collect();
        painter.add(Shape::closed_line(points, Stroke::new(1.0, pal.empty_slot)));
    }
    for (k, pillar) in PillarId::ALL.iter().enumerate() {
        painter.line_segment([center, axis(k, 1.0)], Stroke::new(1.0, pal.empty_slot));
        let value = scored.pillars[k].map_or_else(|| "—".to_owned(), |v| format!("{v:.2}"));
        let label = format!("{}\n{value}", pillar_name(&state.framework, *pillar, lang));
        let anchor = [
            egui::Align2::CENTER_BOTTOM,
            egui::Align2::LEFT_CENTER,
            egui::Align2::CENTER_TOP,
            egui::Align2::RIGHT_CENTER,
        ][k];
        painter.text(
            axis(k, 1.12),
            anchor,
            label,
            egui::FontId::proportional(theme::SMALL),
            theme::pillar_color(*pillar),
        );
    }
    let means = pillar_means(e, year);
    let mean_points: Vec<Pos2> = (0..4).map(|k| axis(k, means[k].unwrap_or(0.0))).collect();
    for k in 0..4 {
        let dash =
            Shape::dashed_line(&[mean_points[k], mean_points[(k + 1) % 4]], Stroke::new(1.5, pal.weak), 4.0, 3.0);
        painter.extend(dash);
    }
    let points: Vec<Pos2> = (0..4).map(|k| axis(k, scored.pillars[k].unwrap_or(0.0))).collect();
    let fill = theme::GOAL.gamma_multiply(0.18);
    for k in 0..4 {
        // The polygon need not be convex; its triangles from the centre are.
        painter.add(Shape::convex_polygon(vec![center, points[k], points[(k + 1) % 4]], fill, Stroke::NONE));
    }
    painter.add(Shape::closed_line(points, Stroke::new(2.0, theme::GOAL)));
    ui.label(RichText::new(s::EVAL_RADAR_LEGEND.fill(lang, &[("region", name)])).small().weak());
}

fn coupling(ui: &mut egui::Ui, state: &AppState, e: &Evaluation, year: i32, region: RegionId) {
    let lang = state.settings.lang;
    ui.label(RichText::new(s::EVAL_COUPLING.get(lang)).heading());
    let Some(scored) = e.get(region, year) else { return };
    match scored.coupling {
        Some(k) => {
            for (text, value) in [(s::EVAL_COUPLING_C, k.c), (s::EVAL_COUPLING_T, k.t), (s::EVAL_COUPLING_D, k.d)] {
                ui.label(format!("{} {value:.3}", text.get(lang)));
            }
            let class = names::coordination_class(k.class).get(lang);
            let color = if k.class.is_coordinated() {
                theme::light_color(crate::domain::progress::Light::Green)
            } else {
                theme::palette(ui.ctx()).error_text
            };
            ui.label(
                RichText::new(s::EVAL_CLASS.fill(lang, &[("class", &class)]))
                    .size(theme::HEADING)
                    .strong()
                    .color(color),
            );
        }
        None => {
            ui.label(RichText::new(s::EVAL_NO_COUPLING.get(lang)).weak());
        }
    }
    let values: Vec<(PillarId, f64)> =
        PillarId::ALL.iter().zip(scored.pillars).filter_map(|(p, v)| v.map(|v| (*p, v))).collect();
    let weakest = values.iter().copied().min_by(|a, b| a.1.total_cmp(&b.1));
    let strongest = values.iter().map(|v| v.1).fold(f64::NEG_INFINITY, f64::max);
    // With all pillars level there is no weakest one to name.
    if let Some((pillar, value)) = weakest.filter(|w| w.1 < strongest) {
        let text = s::EVAL_WEAKEST
            .fill(lang, &[("pillar", &pillar_name(&state.framework, pillar, lang)), ("value", &format!("{value:.3}"))]);
        ui.label(RichText::new(text).strong().color(theme::pillar_color(pillar)));
    }
}

fn obstacles(
    ui: &mut egui::Ui,
    state: &AppState,
    e: &Evaluation,
    year: i32,
    region: RegionId,
    commands: &mut Vec<Command>,
) {
    let lang = state.settings.lang;
    let name = &e.regions[region.0 as usize];
    ui.label(RichText::new(s::EVAL_OBSTACLES.fill(lang, &[("region", name), ("year", &year)])).heading());
    let list = e.obstacles(region, year);
    if list.is_empty() {
        ui.label(RichText::new(s::EVAL_NO_OBSTACLES.get(lang)).weak());
        return;
    }
    for (rank, o) in list.iter().take(OBSTACLES).enumerate() {
        let indicator = &e.indicators[o.indicator];
        let pillar = crate::i18n::evaluation::counts_for(indicator, &state.framework, lang);
        let share = format!("{:.1}%", o.degree * 100.0);
        let text = s::EVAL_OBSTACLE_ROW
            .fill(lang, &[("rank", &(rank + 1)), ("name", &indicator.name), ("share", &share), ("pillar", &pillar)]);
        let color = indicator.pillar.map_or(theme::palette(ui.ctx()).text, theme::pillar_color);
        ui.label(RichText::new(text).strong().color(color));
        item_links(ui, state, &indicator.items, lang, commands);
        if let Some(catalog_id) = &indicator.catalog {
            task_links(ui, state, catalog_id, commands);
        }
    }
}

/// The county's tasks whose targets are set on an obstacle indicator (a click opens the task under its item).
fn task_links(ui: &mut egui::Ui, state: &AppState, catalog_id: &str, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let Some(catalog) = &state.metrics.catalog else { return };
    let tasks: Vec<(&str, &crate::domain::progress::Entry)> = state
        .progress
        .book
        .tasks()
        .filter(|(_, t)| {
            t.target.as_ref().and_then(|target| target.indicator_in(catalog)).is_some_and(|i| i.id == catalog_id)
        })
        .collect();
    if tasks.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.add_space(theme::GAP * 2.0);
        ui.label(RichText::new(s::EVAL_TASKS.get(lang)).small().weak());
        for (id, task) in tasks {
            let target = task.target.as_ref().map(|t| t.describe("")).unwrap_or_default();
            let text = format!("{}（{id}，{}）", task.title, target.trim());
            let selected = state.selected_task.as_deref() == Some(id);
            let link = ui.add(egui::Button::selectable(
                selected,
                RichText::new(text).small().color(Color32::from_rgb(0x1f, 0x5f, 0xa8)),
            ));
            if link.clicked() {
                commands.push(Command::SelectItem(task.parents.first().cloned()));
                commands.push(Command::SelectTask(Some(id.to_owned())));
                commands.push(Command::ShowEvaluation(false));
            }
        }
    });
}

fn item_links(ui: &mut egui::Ui, state: &AppState, items: &[String], lang: Lang, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.add_space(theme::GAP * 2.0);
        if items.is_empty() {
            ui.label(RichText::new(s::EVAL_NO_ITEMS.get(lang)).small().weak());
            return;
        }
        ui.label(RichText::new(s::EVAL_ITEMS.get(lang)).small().weak());
        for id in items {
            let title = state.framework.item(id).map_or(id.as_str(), |i| names::pick(lang, &i.title, &i.title_en));
            let selected = state.selected_item.as_deref() == Some(id.as_str());
            let link = ui.add(egui::Button::selectable(
                selected,
                RichText::new(title).small().color(Color32::from_rgb(0x1f, 0x5f, 0xa8)),
            ));
            if link.on_hover_text(id).clicked() {
                commands.push(Command::SelectItem(Some(id.clone())));
            }
        }
    });
}
