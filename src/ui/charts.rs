//! Charts of the indicators that evidence what is selected (an element, a pillar or an item; otherwise one key
//! indicator per pillar), one small line chart per indicator: a line per region when a file has few, else the
//! spread of all regions with the chosen region against it. Illustrative data says so. What is drawn is worked
//! out in `app::charts` when the selection changes; this only draws it.

use egui::RichText;
use egui_plot::{FilledArea, Legend, Line, Plot, PlotPoints, Points};

use super::theme;
use crate::app::{AppState, Chart, Command, Dataset, Purpose};
use crate::i18n::{
    Lang, describe_metrics_details, describe_metrics_error, describe_metrics_summary, names::pick, strings as s,
};

/// Draws the charts section.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let metrics = &state.metrics;
    ui.horizontal(|ui| {
        ui.heading(s::CHARTS_HEADING.get(lang));
        if ui.button(s::OPEN_METRICS.get(lang)).on_hover_text(s::OPEN_METRICS_HINT.get(lang)).clicked() {
            commands.push(Command::ChooseFile(Purpose::OpenMetrics));
        }
        if metrics.loading.is_some() {
            ui.spinner();
            ui.label(RichText::new(s::LOADING.get(lang)).weak());
        }
    });
    if let Some(error) = &metrics.error {
        ui.label(RichText::new(describe_metrics_error(error, lang)).color(theme::palette(ui.ctx()).error_text));
    }
    if !metrics.datasets.is_empty() {
        let title = s::DATA_FILES.fill(lang, &[("count", &metrics.datasets.len())]);
        egui::CollapsingHeader::new(title).id_salt("metrics-files").show(ui, |ui| {
            for dataset in metrics.datasets.iter().rev() {
                // What was read, skipped and why, unmapped indicators: the same words as `validate`.
                ui.label(RichText::new(describe_metrics_summary(&dataset.loaded, lang)).small());
                for line in describe_metrics_details(&dataset.loaded, lang) {
                    ui.label(RichText::new(line).small().weak());
                }
            }
        });
    }
    super::region_picker::show(ui, state, commands);
    if state.charts.charts.is_empty() {
        ui.label(RichText::new(s::NO_CHARTS.get(lang)).weak());
        return;
    }
    egui::ScrollArea::vertical().id_salt("charts").show(ui, |ui| {
        for chart in &state.charts.charts {
            if let Some(dataset) = metrics.datasets.get(chart.dataset) {
                draw(ui, lang, chart, dataset);
            }
        }
    });
}

fn draw(ui: &mut egui::Ui, lang: Lang, chart: &Chart, dataset: &Dataset) {
    let indicator = &chart.indicator;
    ui.horizontal_wrapped(|ui| {
        let name = pick(lang, &indicator.name, &indicator.name_en);
        ui.label(RichText::new(format!("{name}（{}）", chart.unit)).strong());
        ui.label(RichText::new(&dataset.name).small().weak());
        if dataset.loaded.panel.is_illustrative() {
            ui.label(RichText::new(s::ILLUSTRATIVE.get(lang)).small().color(theme::palette(ui.ctx()).sample_text));
        }
    });
    // By the file's place, not its name: the same file may be loaded twice (dropped again, say).
    Plot::new(("chart", chart.dataset, &indicator.id))
        .height(150.0)
        .legend(Legend::default())
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .show(ui, |plot| {
            if let Some(spread) = &chart.spread {
                let band = s::CHART_QUARTILES.get(lang);
                plot.add(FilledArea::new(band, &spread.years, &spread.p25, &spread.p75).fill_color(theme::CHART_BAND));
                let median = PlotPoints::from(spread.median.clone());
                plot.line(Line::new(s::CHART_MEDIAN.get(lang), median).color(theme::CHART_MEDIAN));
            }
            for line in &chart.lines {
                let points = PlotPoints::from(line.points.clone());
                if chart.single_year || line.points.len() == 1 {
                    plot.points(Points::new(line.name.as_str(), points).radius(if line.chosen { 6.0 } else { 4.0 }));
                } else {
                    plot.line(Line::new(line.name.as_str(), points).width(if line.chosen { 3.0 } else { 1.5 }));
                }
            }
        });
    if let Some(spread) = &chart.spread {
        let mut text = s::CHART_SPREAD.fill(lang, &[("count", &spread.regions)]);
        if chart.lines.is_empty() {
            text = format!("{text}；{}", s::CHART_CHOOSE_REGION.get(lang));
        }
        ui.label(RichText::new(text).small().weak());
    }
    if let Some(source) = &chart.source {
        ui.label(RichText::new(format!("{}：{source}", s::SOURCE.get(lang))).small().weak());
    }
    ui.add_space(theme::GAP);
}
