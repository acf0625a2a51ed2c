//! Key figures in words: a pillar's or element's key indicator as "name" and "value unit ▲ 向好", painted in the
//! diagram, listed on the presentation's figures slide, and explained on hover.

use egui::text::LayoutJob;
use egui::{Color32, FontId, Rect, RichText, Sense, pos2};

use super::{figure_value, theme};
use crate::app::{AppState, DatasetFigure};
use crate::domain::metrics::{CatalogIndicator, KeyFigure, Panel, Trend};
use crate::i18n::{names, names::pick, strings as s};

/// A key figure as text.
pub struct Words {
    /// The indicator's name.
    pub name: String,
    /// Value, unit and movement, e.g. "1.68亿元 ▲ 向好".
    pub value: String,
    /// Colour of the movement (the arrow and word say the same).
    pub color: Color32,
}

/// The words for a key figure, if its file and catalog entry are still there.
pub fn words(state: &AppState, shown: &DatasetFigure) -> Option<Words> {
    let lang = state.settings.lang;
    let dataset = state.metrics.datasets.get(shown.dataset)?;
    let entry = state.metrics.catalog.as_ref()?.get(&shown.figure.catalog_id)?;
    let figure = &shown.figure;
    let unit = names::unit(unit(&dataset.loaded.panel, figure, entry), lang);
    let number = figure_value(figure.latest.value);
    let value = match figure.latest.trend() {
        Trend::Unknown => format!("{number}{unit}"),
        trend => format!("{number}{unit} {}", names::trend(trend, figure.judgement).get(lang)),
    };
    Some(Words {
        name: pick(lang, &entry.name, &entry.name_en).to_owned(),
        value,
        color: theme::judgement_color(figure.judgement),
    })
}

/// The unit the file gives, else the catalog's.
fn unit<'a>(panel: &'a Panel, figure: &KeyFigure, entry: &'a CatalogIndicator) -> &'a str {
    match panel.indicator(figure.indicator).unit.as_str() {
        "" => entry.unit.as_str(),
        unit => unit,
    }
}

/// A key indicator's newest value in two centred lines ("name · year", "value unit ▲ 向好"), with details on hover (not on a slide).
pub fn paint(
    ui: &egui::Ui,
    painter: &egui::Painter,
    area: Rect,
    salt: impl std::hash::Hash + std::fmt::Debug,
    shown: &DatasetFigure,
    state: &AppState,
    font: &FontId,
) {
    let Some(words) = words(state, shown) else { return };
    let pal = theme::palette(ui.ctx());
    let presenting = state.presentation.is_some();
    let name_color = if presenting { pal.text } else { pal.weak };
    let line_h = font.size * 1.35;
    let mut top = area.top();
    for (text, color) in [(&words.name, name_color), (&words.value, words.color)] {
        let mut job = LayoutJob::simple(text.clone(), font.clone(), color, area.width());
        job.halign = egui::Align::Center;
        job.wrap = egui::text::TextWrapping::truncate_at_width(area.width());
        painter.galley(pos2(area.center().x, top), painter.layout_job(job), color);
        top += line_h;
    }
    let response = ui.interact(area, ui.scope_id().with(salt), Sense::hover());
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, format!("{}：{}", words.name, words.value)));
    // On a slide nothing pops up over the picture.
    if !presenting {
        response.on_hover_ui(|ui| tooltip(ui, state, shown));
    }
}

/// Details of a key figure: region, year, value, the value before, source, file.
pub fn tooltip(ui: &mut egui::Ui, state: &AppState, shown: &DatasetFigure) {
    let lang = state.settings.lang;
    let Some(dataset) = state.metrics.datasets.get(shown.dataset) else { return };
    let Some(entry) = state.metrics.catalog.as_ref().and_then(|c| c.get(&shown.figure.catalog_id)) else { return };
    let (panel, figure, pal) = (&dataset.loaded.panel, &shown.figure, theme::palette(ui.ctx()));
    let unit = unit(panel, figure, entry);
    let trend = names::trend(figure.latest.trend(), figure.judgement).get(lang);
    ui.set_max_width(380.0);
    ui.label(RichText::new(pick(lang, &entry.name, &entry.name_en)).strong());
    let region = panel.region_name(figure.region);
    let now = figure_value(figure.latest.value);
    ui.label(
        s::KEY_FIGURE_VALUE
            .fill(lang, &[("region", &region), ("year", &figure.latest.year), ("value", &now), ("unit", &unit)]),
    );
    if let Some((year, before)) = figure.latest.previous {
        let before = figure_value(before);
        ui.label(s::KEY_FIGURE_PREVIOUS.fill(lang, &[("year", &year), ("value", &before), ("unit", &unit)]));
    }
    ui.label(RichText::new(trend).color(theme::judgement_color(figure.judgement)));
    if let Some(source) = panel.source(figure.region, figure.latest.year, figure.indicator) {
        ui.label(RichText::new(format!("{}：{source}", s::SOURCE.get(lang))).small().weak());
    }
    ui.label(RichText::new(s::KEY_FIGURE_FILE.fill(lang, &[("file", &dataset.name)])).small().weak());
    if panel.is_illustrative() {
        ui.label(RichText::new(s::ILLUSTRATIVE.get(lang)).small().color(pal.sample_text));
    }
}

/// Under the diagram: the region, years and files the key figures come from, illustrative data labelled.
pub fn caption(ui: &mut egui::Ui, state: &AppState) {
    if let Some((text, _)) = sources(state) {
        ui.label(RichText::new(text).size(theme::SMALL).weak());
    }
}

/// The caption on a slide, in the strong text colour, one line, led by a 示例数据 badge when a file is illustrative.
pub fn slide_caption(ui: &mut egui::Ui, state: &AppState, size: f32) {
    let Some((text, illustrative)) = sources(state) else { return };
    let pal = theme::palette(ui.ctx());
    ui.horizontal(|ui| {
        if illustrative {
            let badge = RichText::new(s::ILLUSTRATIVE.get(state.settings.lang)).size(size).strong();
            ui.label(badge.color(pal.sample_text));
        }
        ui.add(egui::Label::new(RichText::new(text).size(size).color(pal.text)).truncate());
    });
}

/// "关键指标（region，years 年）取自：files", and whether any of the files is illustrative.
fn sources(state: &AppState) -> Option<(String, bool)> {
    let lang = state.settings.lang;
    let shown: Vec<&DatasetFigure> =
        state.key_figures.pillars.values().chain(state.key_figures.elements.values()).collect();
    let first = shown.first()?;
    let region = state.metrics.datasets.get(first.dataset).map(|d| d.loaded.panel.region_name(first.figure.region))?;
    let years = shown.iter().map(|f| f.figure.latest.year);
    let (from, to) = (years.clone().min().unwrap_or_default(), years.max().unwrap_or_default());
    let years = if from == to { from.to_string() } else { format!("{from}–{to}") };
    let mut used: Vec<usize> = shown.iter().map(|f| f.dataset).collect();
    used.sort_unstable();
    used.dedup();
    let datasets: Vec<_> = used.iter().filter_map(|&i| state.metrics.datasets.get(i)).collect();
    let files: Vec<String> = datasets
        .iter()
        .map(|d| match d.loaded.panel.is_illustrative() {
            true => format!("{}（{}）", d.name, s::ILLUSTRATIVE.get(lang)),
            false => d.name.clone(),
        })
        .collect();
    let text = s::KEY_FIGURES_FROM.fill(lang, &[("region", &region), ("years", &years), ("files", &files.join("、"))]);
    Some((text, datasets.iter().any(|d| d.loaded.panel.is_illustrative())))
}
