//! Presentation mode for planning meetings: full screen, large type, no editing chrome. The arrow keys step
//! through overview → each pillar → overdue and blocked items → key figures; Esc leaves. Nothing is smaller
//! than 20 px at 1080p.

use egui::{Color32, RichText};

use super::{pillar_diagram, theme};
use crate::app::{AppState, Command};
use crate::domain::framework::{Item, Pillar};
use crate::domain::progress::rollup::Rollup;
use crate::domain::progress::{Light, Status};
use crate::i18n::{Lang, names, strings as s};

/// Smallest text on a slide, in points.
pub const SMALLEST: f32 = 22.0;
const BODY: f32 = 26.0;
const TITLE: f32 = 42.0;
const FIGURE: f32 = 64.0;

/// One slide of the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The diagram with progress.
    Overview,
    /// One pillar, by index in the framework.
    Pillar(usize),
    /// Overdue and blocked items.
    Overdue,
    /// Key figures.
    Figures,
}

/// The slides for this framework, in order.
pub fn slides(state: &AppState) -> Vec<Slide> {
    let mut out = vec![Slide::Overview];
    out.extend((0..state.framework.pillars.len()).map(Slide::Pillar));
    out.push(Slide::Overdue);
    out.push(Slide::Figures);
    out
}

/// Draws slide `step` over the whole window.
pub fn show(ui: &mut egui::Ui, state: &AppState, step: usize, commands: &mut Vec<Command>) {
    let deck = slides(state);
    let step = step.min(deck.len().saturating_sub(1));
    let frame = egui::Frame::new().fill(theme::palette(ui.ctx()).slide_bg).inner_margin(32.0);
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        corner(ui, state, step, deck.len());
        match deck.get(step).copied().unwrap_or(Slide::Overview) {
            Slide::Overview => overview(ui, state, commands),
            Slide::Pillar(i) => {
                if let Some(pillar) = state.framework.pillars.get(i) {
                    pillar_slide(ui, state, pillar);
                }
            }
            Slide::Overdue => overdue(ui, state),
            Slide::Figures => figures(ui, state),
        }
    });
}

/// Clock, as-of date and page in the top-right corner; key hint at the bottom.
fn corner(ui: &mut egui::Ui, state: &AppState, step: usize, pages: usize) {
    let lang = state.settings.lang;
    let rect = ui.max_rect();
    let now = jiff::ZonedDateTime::now();
    let text = format!(
        "{}   {}   {}",
        now.strftime("%H:%M"),
        s::AS_OF.fill(lang, &[("date", &super::long_date(state.today, lang))]),
        s::PAGE_OF.fill(lang, &[("page", &(step + 1)), ("pages", &pages)])
    );
    let font = egui::FontId::proportional(SMALLEST);
    let weak = theme::palette(ui.ctx()).weak;
    ui.painter().text(rect.right_top(), egui::Align2::RIGHT_TOP, text, font.clone(), weak);
    ui.painter().text(rect.left_bottom(), egui::Align2::LEFT_BOTTOM, s::PRESENT_HINT.get(lang), font, weak);
    // The clock moves: repaint once a second or so, not every frame.
    ui.ctx().request_repaint_after(std::time::Duration::from_secs(1));
}

fn title(ui: &mut egui::Ui, text: &str, color: Color32) {
    ui.label(RichText::new(text).size(TITLE).strong().color(color));
    ui.add_space(12.0);
}

fn overview(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    title(ui, s::SLIDE_OVERVIEW.get(lang), theme::GOAL);
    figures_row(ui, &state.rollups.overall, lang);
    ui.add_space(16.0);
    // The whole width, and the largest sizes whose drawing fits above the footer; text never under SMALLEST.
    let room = egui::vec2(ui.available_width(), ui.available_height() - SMALLEST * 2.0);
    let at = |factor: f32| pillar_diagram::Scale { factor, min_text: SMALLEST };
    let fits = |factor: f32| pillar_diagram::height(ui, state, room.x, at(factor)) <= room.y;
    let (mut lo, mut hi) = (1.0_f32, 4.0_f32);
    for _ in 0..10 {
        let mid = (lo + hi) / 2.0;
        if fits(mid) { lo = mid } else { hi = mid }
    }
    let scale = at(lo);
    ui.vertical_centered(|ui| {
        pillar_diagram::draw(ui, state, commands, scale);
    });
}

/// Big numbers: items, done, in progress, blocked, overdue, share done.
fn figures_row(ui: &mut egui::Ui, r: &Rollup, lang: Lang) {
    let text = theme::palette(ui.ctx()).text;
    let share = format!("{:.0}%", r.share_done() * 100.0);
    let figures = [
        (s::FIG_ITEMS, r.items.to_string(), text),
        (s::FIG_DONE, r.done().to_string(), theme::light_color(Light::Green)),
        (s::FIG_IN_PROGRESS, r.by_status[1].to_string(), text),
        (s::FIG_BLOCKED, r.by_status[3].to_string(), theme::light_color(Light::Red)),
        (s::FIG_OVERDUE, r.overdue.to_string(), theme::light_color(Light::Red)),
        (s::FIG_SHARE, share, theme::GOAL),
    ];
    ui.columns(figures.len(), |cols| {
        for ((label, value, color), ui) in figures.into_iter().zip(cols) {
            ui.vertical_centered(|ui| {
                ui.label(RichText::new(value).size(FIGURE).strong().color(color));
                ui.label(RichText::new(label.get(lang)).size(BODY).weak());
            });
        }
    });
}

fn pillar_slide(ui: &mut egui::Ui, state: &AppState, pillar: &Pillar) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    title(ui, names::pick(lang, &pillar.name, &pillar.name_en), theme::pillar_color(pillar.id));
    ui.label(RichText::new(&pillar.statement).size(BODY));
    ui.label(RichText::new(fw.cite(&pillar.source)).size(SMALLEST).weak());
    ui.add_space(12.0);
    let rollup = state.rollups.pillars.get(&pillar.id).copied().unwrap_or_default();
    figures_row(ui, &rollup, lang);
    ui.add_space(16.0);
    let mut items: Vec<&Item> = fw.items_for_pillar(pillar.id).collect();
    items.sort_by_key(|i| (meeting_order(state, i), state.entry(&i.id).percent));
    if !state.key_figures.pillars.contains_key(&pillar.id) {
        item_rows(ui, state, &items);
        return;
    }
    // Items on the left, the pillar's indicators on the right.
    let size = ui.available_size();
    let column = egui::Layout::top_down(egui::Align::Min);
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(egui::vec2(size.x * 0.58, size.y), column, |ui| item_rows(ui, state, &items));
        ui.add_space(size.x * 0.02);
        let chart_size = egui::vec2(ui.available_width(), size.y - SMALLEST * 2.0);
        ui.allocate_ui_with_layout(chart_size, column, |ui| super::slide_charts::show(ui, state, pillar));
    });
}

/// What a meeting discusses first: red, yellow, under way, not started, done.
fn meeting_order(state: &AppState, item: &Item) -> u8 {
    match (state.light(&item.id), state.entry(&item.id).status) {
        (Light::Red, _) => 0,
        (Light::Yellow, _) => 1,
        (_, Status::Done) => 4,
        (_, Status::NotStarted) => 3,
        _ => 2,
    }
}

/// As many item rows as fit above the footer, then how many more there are.
fn item_rows(ui: &mut egui::Ui, state: &AppState, items: &[&Item]) {
    let lang = state.settings.lang;
    let row_h = BODY * 1.6;
    let fit = ((ui.available_height() - 2.5 * row_h) / row_h).floor().max(1.0) as usize;
    for item in items.iter().take(fit) {
        let entry = state.entry(&item.id);
        let light = state.light(&item.id);
        ui.horizontal(|ui| {
            ui.label(RichText::new(names::light(light).get(lang)).size(BODY).color(theme::light_color(light)).strong());
            ui.label(RichText::new(format!("{}%", entry.percent)).size(BODY).strong());
            if !entry.lead_unit.is_empty() {
                ui.label(RichText::new(&entry.lead_unit).size(SMALLEST).weak());
            }
            // Truncated last, so a long title never runs into the charts beside the list.
            ui.add(
                egui::Label::new(RichText::new(names::pick(lang, &item.title, &item.title_en)).size(BODY)).truncate(),
            );
        });
    }
    if items.len() > fit {
        let more = s::MORE_ROWS.fill(lang, &[("count", &(items.len() - fit))]);
        ui.label(RichText::new(more).size(SMALLEST).weak());
    }
}

fn overdue(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.settings.lang;
    title(ui, s::SLIDE_OVERDUE.get(lang), theme::light_color(Light::Red));
    let red: Vec<&Item> = state.framework.items.iter().filter(|i| state.light(&i.id) == Light::Red).collect();
    if red.is_empty() {
        ui.label(RichText::new(s::NOTHING_OVERDUE.get(lang)).size(BODY));
        return;
    }
    egui::ScrollArea::vertical().show(ui, |ui| {
        for item in red {
            let entry = state.entry(&item.id);
            ui.horizontal_wrapped(|ui| {
                let word = if entry.status == Status::Blocked { s::FIG_BLOCKED } else { s::FIG_OVERDUE };
                ui.label(
                    RichText::new(format!("■ {}", word.get(lang)))
                        .size(BODY)
                        .strong()
                        .color(theme::light_color(Light::Red)),
                );
                ui.label(RichText::new(names::pick(lang, &item.title, &item.title_en)).size(BODY).strong());
                if let Some(due) = entry.effective_deadline() {
                    ui.label(RichText::new(s::DUE.fill(lang, &[("date", &due)])).size(SMALLEST).weak());
                }
                if !entry.lead_unit.is_empty() {
                    ui.label(RichText::new(&entry.lead_unit).size(SMALLEST).weak());
                }
            });
            for (label, text) in [(s::PROBLEMS_SHORT, &entry.problems), (s::NEXT_SHORT, &entry.next_steps)] {
                if !text.is_empty() {
                    ui.label(RichText::new(format!("{}{text}", label.get(lang))).size(SMALLEST));
                }
            }
            ui.add_space(10.0);
        }
    });
}

fn figures(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.settings.lang;
    title(ui, s::SLIDE_FIGURES.get(lang), theme::GOAL);
    super::key_figures::caption_sized(ui, state, SMALLEST);
    figures_row(ui, &state.rollups.overall, lang);
    ui.add_space(24.0);
    for pillar in &state.framework.pillars {
        let r = state.rollups.pillars.get(&pillar.id).copied().unwrap_or_default();
        ui.horizontal(|ui| {
            let name = names::pick(lang, &pillar.name, &pillar.name_en);
            ui.add_sized(
                [220.0, BODY * 1.5],
                egui::Label::new(RichText::new(name).size(BODY).strong().color(theme::pillar_color(pillar.id))),
            );
            let (rect, _) = ui.allocate_exact_size(egui::vec2(ui.available_width() * 0.6, BODY), egui::Sense::hover());
            ui.painter().rect_filled(rect, 4, theme::palette(ui.ctx()).empty_slot);
            let done =
                egui::Rect::from_min_size(rect.min, egui::vec2(rect.width() * r.share_done() as f32, rect.height()));
            ui.painter().rect_filled(done, 4, theme::pillar_color(pillar.id));
            let text = format!("{:.0}%  ({}/{})", r.share_done() * 100.0, r.done(), r.items);
            ui.label(RichText::new(text).size(BODY));
        });
        // The pillar's key indicator under its bar, so the figures slide shows data as well as progress.
        if let Some(words) = state.key_figures.pillars.get(&pillar.id).and_then(|f| super::key_figures::words(state, f))
        {
            ui.horizontal(|ui| {
                ui.add_space(220.0 + ui.spacing().item_spacing.x);
                ui.label(RichText::new(&words.name).size(SMALLEST).weak());
                ui.label(RichText::new(&words.value).size(SMALLEST).strong().color(words.color));
            });
        }
        ui.add_space(8.0);
    }
}
