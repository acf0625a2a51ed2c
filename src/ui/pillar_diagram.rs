//! The four-pillar theory diagram (图1 of 袁野、邹桥 2025): the goal as a roof over four pillars,
//! each with its two elements. Hover an element for its meaning and source; click to filter the checklist.

use std::sync::Arc;

use egui::text::LayoutJob;
use egui::{Align2, Color32, FontId, Galley, Rect, RichText, Sense, Stroke, StrokeKind, pos2, vec2};

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::framework::{Element, Framework, Pillar};
use crate::i18n::{Lang, names::pick, strings as s};

/// Inner margin of pillar heads and element cards.
const PAD: f32 = 6.0;

/// Draws the diagram and, below it, what the selected element or the pillars mean.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    ui.add_space(theme::GAP);
    ui.heading(s::DIAGRAM_HEADING.get(lang));
    if let Some(first) = fw.pillars.first() {
        let source = fw.cite(&first.source);
        let source = source.split('，').next().unwrap_or_default();
        ui.label(RichText::new(s::DIAGRAM_CAPTION.fill(lang, &[("source", &source)])).small().color(theme::WEAK_TEXT));
    }
    ui.add_space(theme::GAP);
    draw(ui, state, commands);
    ui.label(RichText::new(s::DIAGRAM_HINT.get(lang)).small().color(theme::WEAK_TEXT));
    ui.separator();
    egui::ScrollArea::vertical().id_salt("pillar-notes").show(ui, |ui| explain(ui, fw, state, lang));
}

/// Paints roof, pillars and element cards into the available width.
fn draw(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let n = fw.pillars.len().max(1) as f32;
    let width = ui.available_width();
    let gap = theme::GAP;
    let col_w = (width - gap * (n - 1.0)) / n;
    let pad = PAD;
    let painter = ui.painter();
    let name_font = FontId::proportional(theme::BODY);
    let head_font = FontId::proportional(theme::BODY + 1.0);
    let small = FontId::proportional(theme::SMALL);

    // Cards share one height so the pillars line up.
    let card_text_h = fw
        .pillars
        .iter()
        .flat_map(|p| &p.elements)
        .map(|e| {
            centered(painter, pick(lang, &e.name, &e.name_en), &name_font, Color32::BLACK, col_w - 2.0 * pad).size().y
        })
        .fold(0.0_f32, f32::max);
    let card_h = card_text_h + theme::SMALL * 1.4 + 3.0 * pad;
    let head_h = fw
        .pillars
        .iter()
        .map(|p| {
            centered(painter, pick(lang, &p.name, &p.name_en), &head_font, Color32::BLACK, col_w - 2.0 * pad).size().y
        })
        .fold(0.0_f32, f32::max)
        + 2.0 * pad;
    let roof_h = 44.0;
    let max_elements = fw.pillars.iter().map(|p| p.elements.len()).max().unwrap_or(0) as f32;
    let total_h = roof_h + gap + head_h + max_elements * (card_h + gap) + gap;
    let (outer, _) = ui.allocate_exact_size(vec2(width, total_h), Sense::hover());
    let painter = ui.painter_at(outer);

    // Roof: the goal the four pillars hold up.
    let roof = Rect::from_min_size(outer.min, vec2(width, roof_h));
    let roof_shape = vec![
        pos2(roof.left() + width * 0.08, roof.top()),
        pos2(roof.right() - width * 0.08, roof.top()),
        pos2(roof.right(), roof.bottom()),
        pos2(roof.left(), roof.bottom()),
    ];
    painter.add(egui::Shape::convex_polygon(roof_shape, theme::GOAL, Stroke::NONE));
    painter.text(
        roof.center(),
        Align2::CENTER_CENTER,
        goal_text(lang),
        FontId::proportional(theme::BODY + 1.0),
        Color32::WHITE,
    );

    let top = roof.bottom() + gap;
    for (i, pillar) in fw.pillars.iter().enumerate() {
        let x = outer.left() + i as f32 * (col_w + gap);
        let color = theme::pillar_color(pillar.id);
        let head = Rect::from_min_size(pos2(x, top), vec2(col_w, head_h));
        painter.rect_filled(head, theme::RADIUS, color);
        let galley = centered(
            &painter,
            pick(lang, &pillar.name, &pillar.name_en),
            &head_font,
            Color32::WHITE,
            col_w - 2.0 * pad,
        );
        painter.galley(pos2(head.center().x, head.center().y - galley.size().y / 2.0), galley, Color32::WHITE);
        let head_response = ui.interact(head, ui.scope_id().with(("pillar", pillar.id)), Sense::hover());
        head_response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Label, true, pick(lang, &pillar.name, &pillar.name_en))
        });
        head_response.on_hover_ui(|ui| pillar_tooltip(ui, fw, pillar));
        // The pillar's shaft behind its element cards.
        let shaft =
            Rect::from_min_max(pos2(x + col_w * 0.1, head.bottom()), pos2(x + col_w * 0.9, outer.bottom() - gap * 0.5));
        painter.rect_filled(shaft, 0, theme::pillar_tint(pillar.id));

        for (j, element) in pillar.elements.iter().enumerate() {
            let card =
                Rect::from_min_size(pos2(x, head.bottom() + gap + j as f32 * (card_h + gap)), vec2(col_w, card_h));
            element_card(ui, &painter, card, fw, pillar, element, state, commands, (&name_font, &small));
        }
    }
    // Base the pillars stand on.
    let base = Rect::from_min_max(pos2(outer.left(), outer.bottom() - gap * 0.5), outer.max);
    painter.rect_filled(base, 0, theme::WEAK_TEXT);
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
    (name_font, small): (&FontId, &FontId),
) {
    let lang = state.settings.lang;
    let selected = state.selected_element() == Some(element.id.as_str());
    let response = ui.interact(card, ui.scope_id().with(("element", &element.id)), Sense::click());
    let color = theme::pillar_color(pillar.id);
    let (fill, stroke_w) = match (selected, response.hovered()) {
        (true, _) => (theme::pillar_tint(pillar.id).gamma_multiply(0.9), 3.0),
        (false, true) => (Color32::WHITE, 2.0),
        (false, false) => (Color32::WHITE, 1.0),
    };
    painter.rect(card, theme::RADIUS, fill, Stroke::new(stroke_w, color), StrokeKind::Inside);
    let name = pick(lang, &element.name, &element.name_en).to_owned();
    let galley = centered(painter, &name, name_font, theme::STRONG_TEXT, card.width() - 2.0 * PAD);
    painter.galley(pos2(card.center().x, card.top() + PAD), galley, theme::STRONG_TEXT);
    let count = fw.items_for_element(&element.id).count();
    painter.text(
        pos2(card.center().x, card.bottom() - PAD),
        Align2::CENTER_BOTTOM,
        s::ITEM_COUNT.fill(lang, &[("count", &count)]),
        small.clone(),
        color,
    );
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    if response.clicked() {
        let next = if selected { None } else { Some(element.id.clone()) };
        commands.push(Command::SelectElement(next));
    }
    response.on_hover_ui(|ui| element_tooltip(ui, fw, element, lang));
}

/// Text wrapped to `width` with every line centred on x = 0, so it is drawn at its centre-top point.
fn centered(painter: &egui::Painter, text: &str, font: &FontId, color: Color32, width: f32) -> Arc<Galley> {
    let mut job = LayoutJob::simple(text.to_owned(), font.clone(), color, width);
    job.halign = egui::Align::Center;
    painter.layout_job(job)
}

fn goal_text(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "科技创新与产业创新深度融合",
        Lang::En => "Deep integration of sci-tech and industrial innovation",
    }
}

fn pillar_tooltip(ui: &mut egui::Ui, fw: &Framework, pillar: &Pillar) {
    ui.set_max_width(360.0);
    ui.label(RichText::new(&pillar.statement).strong());
    ui.label(RichText::new(fw.cite(&pillar.source)).small().color(theme::WEAK_TEXT));
}

fn element_tooltip(ui: &mut egui::Ui, fw: &Framework, element: &Element, lang: Lang) {
    ui.set_max_width(380.0);
    ui.label(RichText::new(pick(lang, &element.name, &element.name_en)).strong());
    ui.label(&element.meaning);
    ui.label(
        RichText::new(format!("{}：{}", s::SOURCE.get(lang), fw.cite(&element.source))).small().color(theme::WEAK_TEXT),
    );
}

/// Under the diagram: the selected element's meaning, or each pillar's statement.
fn explain(ui: &mut egui::Ui, fw: &Framework, state: &AppState, lang: Lang) {
    if let Some((pillar, element)) = state.selected_element().and_then(|id| fw.element(id)) {
        ui.label(
            RichText::new(pick(lang, &element.name, &element.name_en))
                .size(theme::HEADING - 2.0)
                .color(theme::pillar_color(pillar.id)),
        );
        ui.label(RichText::new(s::MEANING.get(lang)).small().color(theme::WEAK_TEXT));
        ui.label(&element.meaning);
        ui.label(
            RichText::new(format!("{}：{}", s::SOURCE.get(lang), fw.cite(&element.source)))
                .small()
                .color(theme::WEAK_TEXT),
        );
        return;
    }
    for pillar in &fw.pillars {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(pick(lang, &pillar.name, &pillar.name_en)).strong().color(theme::pillar_color(pillar.id)),
            );
            ui.label(&pillar.statement);
        });
        ui.label(RichText::new(fw.cite(&pillar.source)).small().color(theme::WEAK_TEXT));
        ui.add_space(theme::GAP * 0.5);
    }
}
