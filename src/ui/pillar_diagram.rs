//! The four-pillar theory diagram (图1 of 袁野、邹桥 2025): the goal as a roof over four pillars, each with
//! its two elements and the progress of the items mapped to them. Hover for meaning and source; click a
//! pillar or an element to filter the checklist. Drawn at any scale (the presentation mode uses a large one);
//! on a slide it neither reacts to the mouse nor shows tooltips, and its text is in the strong colour.

use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Align2, Color32, FontId, Galley, Rect, RichText, Sense, Stroke, StrokeKind, pos2, vec2};

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::framework::{Element, Framework, Pillar};
use crate::domain::progress::Light;
use crate::domain::progress::rollup::Rollup;
use crate::i18n::{Lang, names::pick, strings as s};

/// Draws the diagram and, below it, what the selected element or the pillars mean.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    ui.heading(s::DIAGRAM_HEADING.get(lang));
    if let Some(first) = fw.pillars.first() {
        let short = fw.document(&first.source.document).map_or(first.source.document.as_str(), |d| d.short.as_str());
        ui.label(RichText::new(s::DIAGRAM_CAPTION.fill(lang, &[("source", &short)])).small().weak());
    }
    ui.add_space(theme::GAP);
    draw(ui, state, commands, Scale::ONE);
    super::key_figures::caption(ui, state);
    ui.label(RichText::new(s::DIAGRAM_HINT.get(lang)).small().weak());
    if state.selected_element().is_some() {
        explain(ui, fw, state, lang);
    }
}

/// How large to draw: a factor on the window's sizes, and the smallest text allowed (the slides need 20 px).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// Factor on the main window's sizes.
    pub factor: f32,
    /// No text smaller than this, in points.
    pub min_text: f32,
}

impl Scale {
    /// The main window's sizes.
    pub const ONE: Scale = Scale { factor: 1.0, min_text: 0.0 };
}

/// Sizes of the drawing at a scale.
struct Sizes {
    gap: f32,
    pad: f32,
    name: FontId,
    head: FontId,
    small: FontId,
    roof_h: f32,
    /// Colour of the secondary text: the weak one in the window, the strong one on a slide.
    quiet: Color32,
}

impl Sizes {
    fn at(Scale { factor, min_text }: Scale, quiet: Color32) -> Self {
        let text = |size: f32| FontId::proportional((size * factor).max(min_text));
        Self {
            gap: theme::GAP * factor,
            pad: 6.0 * factor,
            name: text(theme::BODY),
            head: text(theme::BODY + 1.0),
            small: text(theme::SMALL),
            roof_h: (44.0 * factor).max(min_text * 2.0),
            quiet,
        }
    }
}

/// Heights of the parts of the drawing at a width and scale.
struct Layout {
    z: Sizes,
    col_w: f32,
    card_h: f32,
    head_h: f32,
    bar_h: f32,
    figure_h: f32,
    total_h: f32,
}

impl Layout {
    fn measure(painter: &egui::Painter, state: &AppState, width: f32, scale: Scale) -> Self {
        let lang = state.settings.lang;
        let fw = &state.framework;
        let pal = theme::palette(painter.ctx());
        let z = Sizes::at(scale, if state.presentation.is_some() { pal.text } else { pal.weak });
        let n = fw.pillars.len().max(1) as f32;
        let col_w = (width - z.gap * (n - 1.0)) / n;
        let inner = col_w - 2.0 * z.pad;
        let line_h = z.small.size * 1.35;
        // Cards share one height so the pillars line up.
        let name_h = fw
            .pillars
            .iter()
            .flat_map(|p| &p.elements)
            .map(|e| centered(painter, pick(lang, &e.name, &e.name_en), &z.name, Color32::BLACK, inner).size().y)
            .fold(0.0_f32, f32::max);
        // Two more lines where a pillar or element has a key indicator value.
        let figure_h = 2.0 * line_h + z.pad * 0.5;
        let figures = &state.key_figures;
        let card_h = name_h + 2.0 * line_h + 3.0 * z.pad + if figures.elements.is_empty() { 0.0 } else { figure_h };
        let head_h = fw
            .pillars
            .iter()
            .map(|p| centered(painter, pick(lang, &p.name, &p.name_en), &z.head, Color32::BLACK, inner).size().y)
            .fold(0.0_f32, f32::max)
            + 2.0 * z.pad;
        let bar_h = 2.0 * line_h + 2.5 * z.pad + if figures.pillars.is_empty() { 0.0 } else { figure_h };
        let max_elements = fw.pillars.iter().map(|p| p.elements.len()).max().unwrap_or(0) as f32;
        let total_h = z.roof_h + z.gap + head_h + bar_h + max_elements * (card_h + z.gap) + z.gap;
        Self { z, col_w, card_h, head_h, bar_h, figure_h, total_h }
    }
}

/// Height of the drawing at a width and scale, so a slide can pick the scale that fills it.
pub fn height(ui: &egui::Ui, state: &AppState, width: f32, scale: Scale) -> f32 {
    Layout::measure(ui.painter(), state, width, scale).total_h
}

/// Paints roof, pillars with their progress, and element cards into the available width.
pub fn draw(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, scale: Scale) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let width = ui.available_width();
    let Layout { z, col_w, card_h, head_h, bar_h, figure_h, total_h } =
        Layout::measure(ui.painter(), state, width, scale);
    let figures = &state.key_figures;
    let (outer, _) = ui.allocate_exact_size(vec2(width, total_h), Sense::hover());
    let painter = ui.painter_at(outer);

    // Roof: the goal the four pillars hold up.
    let roof = Rect::from_min_size(outer.min, vec2(width, z.roof_h));
    let roof_shape = vec![
        pos2(roof.left() + width * 0.08, roof.top()),
        pos2(roof.right() - width * 0.08, roof.top()),
        pos2(roof.right(), roof.bottom()),
        pos2(roof.left(), roof.bottom()),
    ];
    painter.add(egui::Shape::convex_polygon(roof_shape, theme::GOAL, Stroke::NONE));
    painter.text(roof.center(), Align2::CENTER_CENTER, goal_text(lang), z.head.clone(), Color32::WHITE);

    let top = roof.bottom() + z.gap;
    for (i, pillar) in fw.pillars.iter().enumerate() {
        let x = outer.left() + i as f32 * (col_w + z.gap);
        let rollup = state.rollups.pillars.get(&pillar.id).copied().unwrap_or_default();
        let head = Rect::from_min_size(pos2(x, top), vec2(col_w, head_h));
        pillar_head(ui, &painter, head, pillar, state, commands, &z);
        let bar = Rect::from_min_size(pos2(x, head.bottom()), vec2(col_w, bar_h));
        let text = progress_bar(&painter, bar, &rollup, pillar, lang, &z);
        let response = ui.interact(bar, ui.scope_id().with(("pillar-progress", pillar.id)), Sense::hover());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
        if let Some(figure) = figures.pillars.get(&pillar.id) {
            let at = Rect::from_min_size(pos2(x + z.pad, bar.bottom() - figure_h), vec2(col_w - 2.0 * z.pad, figure_h));
            super::key_figures::paint(ui, &painter, at, ("pillar-figure", pillar.id), figure, state, &z.small);
        }
        // The pillar's shaft behind its element cards.
        let shaft = Rect::from_min_max(
            pos2(x + col_w * 0.1, bar.bottom()),
            pos2(x + col_w * 0.9, outer.bottom() - z.gap * 0.5),
        );
        painter.rect_filled(shaft, 0, theme::palette(ui.ctx()).tint(pillar.id));
        for (j, element) in pillar.elements.iter().enumerate() {
            let y = bar.bottom() + z.gap + j as f32 * (card_h + z.gap);
            let card = Rect::from_min_size(pos2(x, y), vec2(col_w, card_h));
            element_card(ui, &painter, card, fw, pillar, element, state, commands, &z);
        }
    }
    // Base the pillars stand on.
    let base = Rect::from_min_max(pos2(outer.left(), outer.bottom() - z.gap * 0.5), outer.max);
    painter.rect_filled(base, 0, theme::palette(ui.ctx()).weak);
}

fn pillar_head(
    ui: &egui::Ui,
    painter: &egui::Painter,
    head: Rect,
    pillar: &Pillar,
    state: &AppState,
    commands: &mut Vec<Command>,
    z: &Sizes,
) {
    let lang = state.settings.lang;
    let selected = state.filters.pillar == Some(pillar.id);
    let presenting = state.presentation.is_some();
    let sense = if presenting { Sense::hover() } else { Sense::click() };
    let response = ui.interact(head, ui.scope_id().with(("pillar", pillar.id)), sense);
    let color = theme::pillar_color(pillar.id);
    painter.rect_filled(head, theme::RADIUS, color);
    if selected || (response.hovered() && !presenting) {
        let stroke = Stroke::new(if selected { 3.0 } else { 1.5 }, theme::palette(ui.ctx()).text);
        painter.rect_stroke(head, theme::RADIUS, stroke, StrokeKind::Inside);
    }
    let name = pick(lang, &pillar.name, &pillar.name_en).to_owned();
    let galley = centered(painter, &name, &z.head, Color32::WHITE, head.width() - 2.0 * z.pad);
    painter.galley(pos2(head.center().x, head.center().y - galley.size().y / 2.0), galley, Color32::WHITE);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    if response.clicked() {
        commands.push(Command::SelectPillar(if selected { None } else { Some(pillar.id) }));
    }
    if !presenting {
        response.on_hover_ui(|ui| pillar_tooltip(ui, &state.framework, pillar));
    }
}

/// The pillar's share done as a bar, with counts and red/yellow numbers in words; returns the counts line.
fn progress_bar(
    painter: &egui::Painter,
    area: Rect,
    rollup: &Rollup,
    pillar: &Pillar,
    lang: Lang,
    z: &Sizes,
) -> String {
    let bar = Rect::from_min_size(area.min + vec2(0.0, z.pad * 0.5), vec2(area.width(), z.pad));
    let pal = theme::palette(painter.ctx());
    painter.rect_filled(bar, 2, pal.empty_slot);
    let done = Rect::from_min_size(bar.min, vec2(bar.width() * rollup.share_done() as f32, bar.height()));
    painter.rect_filled(done, 2, theme::pillar_color(pillar.id));
    let text = s::DIAGRAM_DONE.fill(lang, &[("done", &rollup.done()), ("items", &rollup.items)]);
    let at = pos2(area.center().x, bar.bottom() + z.pad * 0.5);
    painter.text(at, Align2::CENTER_TOP, &text, z.small.clone(), pal.text);
    lights_line(painter, at + vec2(0.0, z.small.size * 1.35), area.width(), rollup, lang, z);
    text
}

/// "■ 2 告警 ▲ 1 预警" in the lights' colours, or a dash when all is well.
fn lights_line(painter: &egui::Painter, at: egui::Pos2, width: f32, rollup: &Rollup, lang: Lang, z: &Sizes) {
    let weak = z.quiet;
    let line = |words: bool| {
        let wrap = egui::text::TextWrapping::truncate_at_width(width);
        let mut job = LayoutJob { halign: egui::Align::Center, wrap, ..LayoutJob::default() };
        for light in [Light::Red, Light::Yellow] {
            let count = rollup.count(light);
            if count > 0 {
                let short = crate::i18n::names::light_short(light).get(lang);
                // On a narrow card the icon alone (■ red, ▲ yellow: told apart by shape, not only colour).
                let label = if words { short } else { short.split_whitespace().next().unwrap_or(short) };
                let word = s::LIGHT_COUNT.fill(lang, &[("light", &label), ("count", &count)]);
                job.append(&word, 0.0, egui::TextFormat::simple(z.small.clone(), theme::light_color(light)));
                job.append("  ", 0.0, egui::TextFormat::simple(z.small.clone(), weak));
            }
        }
        if job.text.is_empty() {
            job.append("—", 0.0, egui::TextFormat::simple(z.small.clone(), weak));
        }
        painter.layout_job(job)
    };
    let full = line(true);
    let galley = if full.elided { line(false) } else { full };
    painter.galley(at, galley, weak);
}

#[allow(clippy::too_many_arguments)]
fn element_card(
    ui: &egui::Ui,
    painter: &egui::Painter,
    card: Rect,
    fw: &Framework,
    pillar: &Pillar,
    element: &Element,
    state: &AppState,
    commands: &mut Vec<Command>,
    z: &Sizes,
) {
    let lang = state.settings.lang;
    let selected = state.selected_element() == Some(element.id.as_str());
    let presenting = state.presentation.is_some();
    let sense = if presenting { Sense::hover() } else { Sense::click() };
    let response = ui.interact(card, ui.scope_id().with(("element", &element.id)), sense);
    let color = theme::pillar_color(pillar.id);
    let pal = theme::palette(ui.ctx());
    let (fill, stroke_w) = match (selected, response.hovered() && !presenting) {
        (true, _) => (pal.tint(pillar.id), 3.0),
        (false, true) => (pal.card, 2.0),
        (false, false) => (pal.card, 1.0),
    };
    painter.rect(card, theme::RADIUS, fill, Stroke::new(stroke_w, color), StrokeKind::Inside);
    let name = pick(lang, &element.name, &element.name_en).to_owned();
    let galley = centered(painter, &name, &z.name, pal.text, card.width() - 2.0 * z.pad);
    painter.galley(pos2(card.center().x, card.top() + z.pad), galley, pal.text);
    let rollup = state.rollups.elements.get(&element.id).copied().unwrap_or_default();
    let line_h = z.small.size * 1.35;
    let counts = s::ELEMENT_COUNTS.fill(lang, &[("items", &rollup.items), ("done", &rollup.done())]);
    let figure = state.key_figures.elements.get(&element.id);
    let figure_h = if state.key_figures.elements.is_empty() { 0.0 } else { 2.0 * line_h + z.pad * 0.5 };
    let bottom = card.bottom() - z.pad - figure_h;
    let counts_at = pos2(card.center().x, bottom - 2.0 * line_h);
    painter.text(counts_at, Align2::CENTER_TOP, counts, z.small.clone(), color);
    lights_line(painter, pos2(card.center().x, bottom - line_h), card.width() - 2.0 * z.pad, &rollup, lang, z);
    if let Some(figure) = figure {
        let at = Rect::from_min_size(pos2(card.left() + z.pad, bottom), vec2(card.width() - 2.0 * z.pad, figure_h));
        super::key_figures::paint(ui, painter, at, ("element-figure", element.id.as_str()), figure, state, &z.small);
    }
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    if response.clicked() {
        let next = if selected { None } else { Some(element.id.clone()) };
        commands.push(Command::SelectElement(next));
    }
    if !presenting {
        response.on_hover_ui(|ui| element_tooltip(ui, fw, element, lang));
    }
}

/// Text wrapped to `width` with every line centred on x = 0, so it is drawn at its centre-top point.
fn centered(painter: &egui::Painter, text: &str, font: &FontId, color: Color32, width: f32) -> Arc<Galley> {
    // A thin space after each en dash lets "Industry–university–research" wrap at its dashes, not mid-word.
    let text = text.replace('–', "–\u{2009}");
    let mut job = LayoutJob::simple(text, font.clone(), color, width);
    job.halign = egui::Align::Center;
    painter.layout_job(job)
}

fn goal_text(lang: Lang) -> &'static str {
    s::DIAGRAM_GOAL.get(lang)
}

fn pillar_tooltip(ui: &mut egui::Ui, fw: &Framework, pillar: &Pillar) {
    ui.set_max_width(360.0);
    ui.label(RichText::new(&pillar.statement).strong());
    ui.label(RichText::new(fw.cite(&pillar.source)).small().weak());
}

fn element_tooltip(ui: &mut egui::Ui, fw: &Framework, element: &Element, lang: Lang) {
    ui.set_max_width(380.0);
    ui.label(RichText::new(pick(lang, &element.name, &element.name_en)).strong());
    ui.label(&element.meaning);
    ui.label(RichText::new(format!("{}：{}", s::SOURCE.get(lang), fw.cite(&element.source))).small().weak());
}

/// Under the diagram: the selected element's meaning, or each pillar's statement.
fn explain(ui: &mut egui::Ui, fw: &Framework, state: &AppState, lang: Lang) {
    if let Some((pillar, element)) = state.selected_element().and_then(|id| fw.element(id)) {
        ui.label(
            RichText::new(pick(lang, &element.name, &element.name_en))
                .size(theme::HEADING - 2.0)
                .color(theme::pillar_color(pillar.id)),
        );
        ui.label(RichText::new(s::MEANING.get(lang)).small().weak());
        ui.label(&element.meaning);
        if let Some(note) = &element.editor_note {
            ui.label(RichText::new(s::EDITOR_NOTE.fill(lang, &[("note", note)])).small().italics().weak());
        }
        ui.label(RichText::new(format!("{}：{}", s::SOURCE.get(lang), fw.cite(&element.source))).small().weak());
        return;
    }
    for pillar in &fw.pillars {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(pick(lang, &pillar.name, &pillar.name_en)).strong().color(theme::pillar_color(pillar.id)),
            );
            ui.label(&pillar.statement);
        });
        ui.label(RichText::new(fw.cite(&pillar.source)).small().weak());
        ui.add_space(theme::GAP * 0.5);
    }
}
