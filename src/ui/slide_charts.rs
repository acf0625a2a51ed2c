//! Indicator charts on a pillar's slide: the pillar's indicators for the region the key figures are about, with
//! the other regions drawn thin in one colour when there are few, or their median when there are many. Large type throughout,
//! and no hover read-outs (nothing pops up over a slide).

use egui::{FontFamily, FontId, RichText, TextStyle};
use egui_plot::{Line, LineStyle, Plot, PlotPoints};

use super::theme;
use crate::app::{AppState, Dataset};
use crate::domain::framework::Pillar;
use crate::domain::metrics::{IndicatorId, Panel, RegionId, RegionKind};
use crate::i18n::{Lang, names::pick, strings as s};

/// Charts per slide: more would be too small to read from the back of the room.
const MAX_CHARTS: usize = 2;
/// Up to this many regions every one gets a line; above it, the median stands for the rest.
const MAX_LINES: usize = 8;

/// Draws up to two charts of the pillar's indicators for the key figures' region with text of `size` points;
/// false when the data has none.
pub fn show(ui: &mut egui::Ui, state: &AppState, pillar: &Pillar, size: f32) -> bool {
    let lang = state.settings.lang;
    let Some(catalog) = &state.metrics.catalog else { return false };
    // The region of the key figures, so the slide and the diagram speak of the same place.
    let Some(focus) = state.key_figures.pillars.get(&pillar.id) else { return false };
    let Some(focus_dataset) = state.metrics.datasets.get(focus.dataset) else { return false };
    let region_name = focus_dataset.loaded.panel.region_name(focus.figure.region).to_owned();
    let mut charts: Vec<(&crate::domain::metrics::CatalogIndicator, &Dataset, IndicatorId, RegionId)> = Vec::new();
    for entry in catalog.for_pillar(pillar.id) {
        let found = state.metrics.datasets.iter().rev().find_map(|d| {
            let panel = &d.loaded.panel;
            let indicator = panel.indicator_id(&entry.id)?;
            let region = panel.region_id(&region_name)?;
            (!panel.series(region, indicator).is_empty()).then_some((d, indicator, region))
        });
        if let Some((dataset, indicator, region)) = found {
            charts.push((entry, dataset, indicator, region));
        }
        if charts.len() == MAX_CHARTS {
            break;
        }
    }
    if charts.is_empty() {
        return false;
    }
    ui.scope(|ui| {
        // Axis labels and legends use the text styles: raise them all to slide size.
        for style in [TextStyle::Small, TextStyle::Body, TextStyle::Button] {
            ui.style_mut().text_styles.insert(style, FontId::new(size, FontFamily::Proportional));
        }
        let text = theme::palette(ui.ctx()).text;
        ui.visuals_mut().override_text_color = Some(text);
        let count = charts.len();
        for (k, (entry, dataset, indicator, region)) in charts.into_iter().enumerate() {
            let panel = &dataset.loaded.panel;
            let unit = match panel.indicator(indicator).unit.as_str() {
                "" => entry.unit.as_str(),
                unit => unit,
            };
            ui.horizontal_wrapped(|ui| {
                let name = pick(lang, &entry.name, &entry.name_en);
                ui.label(RichText::new(format!("{name}（{unit}）")).size(size).strong());
                if panel.is_illustrative() {
                    let color = theme::palette(ui.ctx()).sample_text;
                    ui.label(RichText::new(s::ILLUSTRATIVE.get(lang)).size(size).strong().color(color));
                }
            });
            // What is left, shared with the charts still to come (each with a caption line of its own); the
            // year labels go below the height asked for.
            let left = (count - k) as f32;
            let height = (ui.available_height() - (left - 1.0) * size * 2.0) / left - size * 1.5;
            let color = theme::pillar_color(pillar.id);
            chart(ui, lang, panel, (indicator, region), height.max(size * 5.0), color);
        }
    });
    true
}

/// One chart: the focus region thick in `color`, the others thin (or their median).
fn chart(
    ui: &mut egui::Ui,
    lang: Lang,
    panel: &Panel,
    (indicator, focus): (IndicatorId, RegionId),
    height: f32,
    color: egui::Color32,
) {
    let points = |region| -> Vec<[f64; 2]> {
        panel.series(region, indicator).into_iter().map(|(year, v)| [f64::from(year), v]).collect()
    };
    let few = panel.regions().len() <= MAX_LINES;
    let median = if few { Vec::new() } else { median_by_year(panel, indicator) };
    // Totals (全市, 合计) would squash the counties to the floor: only places are drawn beside the focus.
    let others: Vec<RegionId> =
        panel.region_ids().filter(|r| *r != focus && panel.region_kind(*r) == RegionKind::Place).collect();
    let others_name = if few {
        s::OTHER_REGIONS.fill(lang, &[("count", &others.len())])
    } else {
        s::MEDIAN_OF_REGIONS.fill(lang, &[("count", &panel.regions().len())])
    };
    // The names above the chart, not over it, so no legend hides the newest years.
    let legend = ui.horizontal(|ui| {
        ui.label(RichText::new(format!("━ {}", panel.region_name(focus))).strong().color(color));
        ui.label(RichText::new(format!("━ {others_name}")).color(theme::CHART_MEDIAN));
    });
    // The names take their line out of the chart's height, so the slide still fits.
    let height = (height - legend.response.rect.height() - ui.spacing().item_spacing.y).max(height * 0.5);
    Plot::new(("slide-chart", panel.title(), indicator.0))
        .height(height)
        .x_grid_spacer(super::charts::year_marks)
        .allow_scroll(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .show_crosshair(false)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .show(ui, |plot| {
            if few {
                for region in &others {
                    let line = Line::new(others_name.as_str(), PlotPoints::from(points(*region)));
                    plot.line(line.color(theme::CHART_MEDIAN).width(1.5));
                }
            } else {
                let line = Line::new(others_name.as_str(), PlotPoints::from(median));
                plot.line(line.color(theme::CHART_MEDIAN).style(LineStyle::dashed_loose()).width(2.0));
            }
            plot.line(Line::new(panel.region_name(focus), PlotPoints::from(points(focus))).color(color).width(5.0));
        });
}

/// The median over regions of each year's values (years where no region has a value are left out).
fn median_by_year(panel: &Panel, indicator: IndicatorId) -> Vec<[f64; 2]> {
    let mut column = Vec::with_capacity(panel.regions().len());
    panel
        .years()
        .iter()
        .filter_map(|&year| {
            column.clear();
            column.extend(panel.region_ids().filter_map(|r| panel.value(r, year, indicator)));
            median(&mut column).map(|m| [f64::from(year), m])
        })
        .collect()
}

/// The median of some values (reorders them); `None` when there are none.
fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let (mid, odd) = (values.len() / 2, values.len() % 2 == 1);
    let (below, &mut upper, _) = values.select_nth_unstable_by(mid, f64::total_cmp);
    if odd {
        return Some(upper);
    }
    let lower = below.iter().copied().max_by(f64::total_cmp).unwrap_or(upper);
    Some((lower + upper) / 2.0)
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn the_median_of_odd_and_even_counts() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}
