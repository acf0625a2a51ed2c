//! Charts of the indicators that evidence what is selected (an element, a pillar or an item; otherwise one key
//! indicator per pillar), one small line chart per indicator with a line per region. Illustrative data says so.

use egui::RichText;
use egui_plot::{Legend, Line, Plot, PlotPoints, Points};

use super::theme;
use crate::app::{AppState, Command, Dataset};
use crate::domain::metrics::{CatalogIndicator, IndicatorId};
use crate::i18n::{
    Lang, describe_metrics_details, describe_metrics_error, describe_metrics_summary, names::pick, strings as s,
};

/// At most this many charts at once, so the panel stays readable and quick.
const MAX_CHARTS: usize = 6;
/// At most this many regions drawn per chart; the rest are summarised (a national panel has thousands).
const MAX_LINES: usize = 8;

/// The file types the metrics loader reads.
pub const METRICS_EXTENSIONS: [&str; 4] = ["csv", "xlsx", "xls", "parquet"];

/// Asks for a metrics file and returns the command to load it.
pub fn pick_metrics_file(lang: Lang) -> Option<Command> {
    rfd::FileDialog::new()
        .add_filter(s::METRICS_FILES.get(lang), &METRICS_EXTENSIONS)
        .pick_file()
        .map(Command::OpenMetrics)
}

/// Draws the charts section.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let metrics = &state.metrics;
    ui.horizontal(|ui| {
        ui.heading(s::CHARTS_HEADING.get(lang));
        if ui.button(s::OPEN_METRICS.get(lang)).on_hover_text(s::OPEN_METRICS_HINT.get(lang)).clicked()
            && let Some(command) = pick_metrics_file(lang)
        {
            commands.push(command);
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
    let Some(catalog) = &metrics.catalog else { return };
    let wanted = wanted_indicators(state, catalog);
    let mut charts = Vec::new();
    for indicator in &wanted {
        for dataset in metrics.datasets.iter().rev() {
            if let Some(id) = dataset.loaded.panel.indicator_id(&indicator.id) {
                charts.push((*indicator, dataset, id));
            }
        }
    }
    if charts.is_empty() {
        ui.label(RichText::new(s::NO_CHARTS.get(lang)).weak());
        return;
    }
    egui::ScrollArea::vertical().id_salt("charts").show(ui, |ui| {
        for (indicator, dataset, id) in charts.into_iter().take(MAX_CHARTS) {
            chart(ui, lang, indicator, dataset, id);
        }
    });
}

/// Catalog indicators for the current selection, in catalog order.
fn wanted_indicators<'a>(
    state: &'a AppState,
    catalog: &'a crate::domain::metrics::Catalog,
) -> Vec<&'a CatalogIndicator> {
    if let Some(element) = state.selected_element() {
        return catalog.for_element(element).collect();
    }
    if let Some(pillar) = state.filters.pillar {
        return catalog.for_pillar(pillar).collect();
    }
    if let Some(item) = state.selected_item.as_deref() {
        let found: Vec<_> = catalog.for_item(item).collect();
        if !found.is_empty() {
            return found;
        }
    }
    // Nothing chosen: the first indicator with data for each pillar.
    state
        .framework
        .pillars
        .iter()
        .filter_map(|p| {
            catalog
                .for_pillar(p.id)
                .find(|i| state.metrics.datasets.iter().any(|d| d.loaded.panel.indicator_id(&i.id).is_some()))
        })
        .collect()
}

fn chart(ui: &mut egui::Ui, lang: Lang, indicator: &CatalogIndicator, dataset: &Dataset, id: IndicatorId) {
    let panel = &dataset.loaded.panel;
    let info = panel.indicator(id);
    let unit = if info.unit.is_empty() { indicator.unit.as_str() } else { info.unit.as_str() };
    ui.horizontal_wrapped(|ui| {
        let name = pick(lang, &indicator.name, &indicator.name_en);
        ui.label(RichText::new(format!("{name}（{unit}）")).strong());
        ui.label(RichText::new(&dataset.name).small().weak());
        if panel.is_illustrative() {
            ui.label(RichText::new(s::ILLUSTRATIVE.get(lang)).small().color(theme::palette(ui.ctx()).sample_text));
        }
    });
    let regions: Vec<_> = panel.region_ids().filter(|r| !panel.series(*r, id).is_empty()).collect();
    let single_year = panel.years().len() <= 1;
    Plot::new(("chart", &dataset.name, id.0))
        .height(150.0)
        .legend(Legend::default())
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .show(ui, |plot| {
            for region in regions.iter().take(MAX_LINES) {
                let points: Vec<[f64; 2]> =
                    panel.series(*region, id).into_iter().map(|(year, v)| [f64::from(year), v]).collect();
                let name = panel.region_name(*region).to_owned();
                if single_year || points.len() == 1 {
                    plot.points(Points::new(name, PlotPoints::from(points)).radius(4.0));
                } else {
                    plot.line(Line::new(name, PlotPoints::from(points)));
                }
            }
        });
    if regions.len() > MAX_LINES {
        let more = s::MORE_REGIONS.fill(lang, &[("count", &(regions.len() - MAX_LINES))]);
        ui.label(RichText::new(more).small().weak());
    }
    if let Some(source) = regions.first().and_then(|r| {
        let latest = panel.latest(*r, id)?;
        panel.source(*r, latest.year, id)
    }) {
        ui.label(RichText::new(format!("{}：{source}", s::SOURCE.get(lang))).small().weak());
    }
    ui.add_space(theme::GAP);
}
