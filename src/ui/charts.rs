//! Charts of the indicators that evidence what is selected (an element, a pillar or an item; otherwise one key
//! indicator per pillar), one small line chart per indicator: a line per region when a file has few, else the
//! spread of all regions with the chosen region against it. Illustrative data says so. What is drawn is worked
//! out in `app::charts` when the selection changes; this only draws it.

use egui::RichText;
use egui_plot::{FilledArea, GridInput, GridMark, Line, LineStyle, Plot, PlotPoints, Points};

use super::theme;
use crate::app::{AppState, Chart, Command, Dataset, Purpose};
use crate::i18n::{
    Lang, describe_metrics_details, describe_metrics_error, describe_metrics_summary, names, names::pick, strings as s,
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
    });
    if let Some(loading) = &metrics.loading {
        super::reading::show(ui, loading, lang, Command::CancelMetricsRead, commands);
    }
    if let Some(error) = &metrics.error {
        ui.label(RichText::new(describe_metrics_error(error, lang)).color(theme::palette(ui.ctx()).error_text));
    }
    if !metrics.datasets.is_empty() {
        let title = s::DATA_FILES.fill(lang, &[("count", &metrics.datasets.len())]);
        egui::CollapsingHeader::new(title).id_salt("metrics-files").show(ui, |ui| {
            for (index, dataset) in metrics.datasets.iter().enumerate().rev() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&dataset.name).strong());
                    if ui
                        .small_button(s::REMOVE_DATASET.get(lang))
                        .on_hover_text(s::REMOVE_DATASET_HINT.get(lang))
                        .clicked()
                    {
                        commands.push(Command::RemoveDataset(index));
                    }
                });
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
        let unit = names::unit(&chart.unit, lang);
        let unit = unit.trim();
        ui.label(RichText::new(if unit.is_empty() { name.to_owned() } else { format!("{name}（{unit}）") }).strong());
        ui.label(RichText::new(&dataset.name).small().weak());
        if dataset.loaded.panel.is_illustrative() {
            ui.label(RichText::new(s::ILLUSTRATIVE.get(lang)).small().color(theme::palette(ui.ctx()).sample_text));
        }
    });
    legend(ui, lang, chart);
    // By the file's place, not its name: the same file may be loaded twice (dropped again, say).
    let mut plot = Plot::new(("chart", chart.dataset, &indicator.id))
        .height(150.0)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .x_grid_spacer(year_marks)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value));
    for target in &chart.targets {
        plot = plot.include_x(target.points[1][0]).include_y(target.points[1][1]);
    }
    plot.show(ui, |plot| {
        if let Some(spread) = &chart.spread {
            let band = s::CHART_QUARTILES.get(lang);
            plot.add(FilledArea::new(band, &spread.years, &spread.p25, &spread.p75).fill_color(theme::CHART_BAND));
            let median = PlotPoints::from(spread.median.clone());
            plot.line(Line::new(s::CHART_MEDIAN.get(lang), median).color(theme::CHART_MEDIAN));
        }
        for (n, line) in chart.lines.iter().enumerate() {
            let points = PlotPoints::from(line.points.clone());
            let color = theme::chart_line(n);
            if chart.single_year || line.points.len() == 1 {
                let radius = if line.chosen { 6.0 } else { 4.0 };
                plot.points(Points::new(line.name.as_str(), points).radius(radius).color(color));
            } else {
                plot.line(
                    Line::new(line.name.as_str(), points).width(if line.chosen { 3.0 } else { 1.5 }).color(color),
                );
            }
        }
        for target in &chart.targets {
            let name = s::CHART_TARGET.fill(lang, &[("task", &target.task)]);
            let points = PlotPoints::from(target.points.to_vec());
            plot.line(Line::new(name, points).color(theme::GOAL).width(2.0).style(LineStyle::dashed_loose()));
        }
    });
    if let Some(spread) = &chart.spread {
        let mut text = s::CHART_SPREAD.fill(lang, &[("count", &spread.regions)]);
        if chart.lines.is_empty() {
            text = format!("{text}；{}", s::CHART_CHOOSE_REGION.get(lang));
        }
        ui.label(RichText::new(text).small().weak());
    }
    if !chart.left_out.is_empty() {
        let text = s::CHART_TOTALS_LEFT_OUT.fill(lang, &[("names", &chart.left_out.join("、"))]);
        ui.label(RichText::new(text).small().weak());
    }
    if let Some(source) = &chart.source {
        ui.label(RichText::new(format!("{}：{source}", s::SOURCE.get(lang))).small().weak());
    }
    ui.add_space(theme::GAP);
}

/// The names of the lines above the chart, in their colours, so that no legend covers the newest years.
fn legend(ui: &mut egui::Ui, lang: Lang, chart: &Chart) {
    if chart.lines.len() < 2 && chart.targets.is_empty() && chart.spread.is_none() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 10.0;
        if chart.spread.is_some() {
            ui.label(RichText::new(format!("━ {}", s::CHART_MEDIAN.get(lang))).small().color(theme::CHART_MEDIAN));
        }
        for (n, line) in chart.lines.iter().enumerate() {
            let text = RichText::new(format!("━ {}", line.name)).small().color(theme::chart_line(n));
            ui.label(if line.chosen { text.strong() } else { text });
        }
        for target in &chart.targets {
            let name = s::CHART_TARGET.fill(lang, &[("task", &target.task)]);
            ui.label(RichText::new(format!("┅ {name}")).small().color(theme::GOAL));
        }
    });
}

/// Grid marks on whole years only (every year, or every 5 or 10 on a long axis), so no year repeats.
pub fn year_marks(input: GridInput) -> Vec<GridMark> {
    let (low, high) = input.bounds;
    let step = match high - low {
        span if span <= 12.0 => 1.0,
        span if span <= 40.0 => 5.0,
        _ => 10.0,
    };
    let mut marks = Vec::new();
    let mut year = (low / step).ceil() * step;
    while year <= high && marks.len() < 200 {
        marks.push(GridMark { value: year, step_size: step });
        year += step;
    }
    marks
}
