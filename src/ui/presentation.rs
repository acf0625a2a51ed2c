//! Presentation mode for planning meetings: full screen, no editing chrome, type sized from the screen (body
//! text at least 3 % of its height) and nothing below its bottom edge. The arrow keys step through overview →
//! each pillar → the overdue and blocked items (as many slides as they need) → key figures; Home and End go to
//! the first and last slide, Esc leaves. No tooltips: what the meeting needs is on the slide.

use egui::{Color32, Rect, RichText, UiBuilder, vec2};

use super::{pillar_diagram, slide_items, theme};
use crate::app::{AppState, Command};
use crate::domain::framework::{Item, Pillar};
use crate::domain::progress::rollup::Rollup;
use crate::domain::progress::{Light, Status};
use crate::i18n::{Lang, names, strings as s};

/// Type and spacing of the slides, in points, from the size of the screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Type {
    /// Corner, footer, sources and chart axes.
    pub small: f32,
    /// Rows and labels.
    pub body: f32,
    /// Slide titles.
    pub title: f32,
    /// The big numbers.
    pub figure: f32,
    /// Smallest text inside the diagram.
    pub diagram_text: f32,
    /// Space around the slide.
    pub margin: f32,
    /// Space between blocks.
    pub gap: f32,
}

impl Type {
    /// Sizes for a screen: in proportion to its height, or to its width on a narrow one.
    pub fn for_screen(screen: egui::Vec2) -> Self {
        let unit = screen.y.min(screen.x * 0.75).max(300.0);
        Self {
            small: unit * 0.026,
            body: unit * 0.034,
            title: unit * 0.054,
            figure: unit * 0.072,
            diagram_text: (unit * 0.02).max(14.0),
            margin: unit * 0.03,
            gap: unit * 0.012,
        }
    }

    /// Height of one line of body text on a slide.
    pub fn line(&self) -> f32 {
        self.body * 1.45
    }

    fn header(&self) -> f32 {
        self.title * 1.4 + self.gap
    }

    fn footer(&self) -> f32 {
        self.small * 1.6
    }

    /// The part of a screen between the slide's title and its footer.
    pub fn body(&self, screen: egui::Vec2) -> Rect {
        let area = Rect::from_min_size(egui::Pos2::ZERO, screen).shrink(self.margin);
        Rect::from_min_max(egui::pos2(area.left(), area.top() + self.header()), area.max - vec2(0.0, self.footer()))
    }

    /// The height of [`Type::body`].
    pub fn body_height(&self, screen: egui::Vec2) -> f32 {
        self.body(screen).height()
    }
}

/// One slide of the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    /// The diagram with progress.
    Overview,
    /// One pillar, by index in the framework.
    Pillar(usize),
    /// One page of the overdue and blocked items.
    Overdue {
        /// This page, from 0.
        page: usize,
        /// Pages in all.
        pages: usize,
    },
    /// Key figures.
    Figures,
}

/// The slides for this framework and progress on a screen of this size, in order.
pub fn slides(state: &AppState, screen: egui::Vec2) -> Vec<Slide> {
    let mut out = vec![Slide::Overview];
    out.extend((0..state.framework.pillars.len()).map(Slide::Pillar));
    let pages = slide_items::overdue_pages(state, &Type::for_screen(screen), screen).len().max(1);
    out.extend((0..pages).map(|page| Slide::Overdue { page, pages }));
    out.push(Slide::Figures);
    out
}

/// Draws slide `step` over the whole window.
pub fn show(ui: &mut egui::Ui, state: &AppState, step: usize, commands: &mut Vec<Command>) {
    let screen = ui.ctx().content_rect().size();
    let ty = Type::for_screen(screen);
    let deck = slides(state, screen);
    let step = step.min(deck.len().saturating_sub(1));
    let slide = deck.get(step).copied().unwrap_or(Slide::Overview);
    let frame = egui::Frame::new().fill(theme::palette(ui.ctx()).slide_bg).inner_margin(ty.margin);
    egui::CentralPanel::default().frame(frame).show(ui, |ui| {
        let area = ui.max_rect();
        let header = Rect::from_min_size(area.min, vec2(area.width(), ty.header()));
        let body = Rect::from_min_max(egui::pos2(area.left(), header.bottom()), area.max - vec2(0.0, ty.footer()));
        let (title, color) = title_of(state, slide);
        ui.scope_builder(UiBuilder::new().max_rect(header), |ui| {
            heading(ui, state, &ty, &title, color, (step, deck.len()))
        });
        footer(ui, state, &ty, area);
        ui.scope_builder(UiBuilder::new().max_rect(body), |ui| match slide {
            Slide::Overview => overview(ui, state, &ty, commands),
            Slide::Pillar(i) => {
                if let Some(pillar) = state.framework.pillars.get(i) {
                    pillar_slide(ui, state, &ty, pillar);
                }
            }
            Slide::Overdue { page, .. } => slide_items::overdue(ui, state, &ty, page),
            Slide::Figures => figures(ui, state, &ty),
        });
    });
    // The clock moves: repaint once a second or so, not every frame.
    ui.ctx().request_repaint_after(std::time::Duration::from_secs(1));
}

/// A slide's title and its colour.
fn title_of(state: &AppState, slide: Slide) -> (String, Color32) {
    let lang = state.settings.lang;
    match slide {
        Slide::Overview => {
            let title = match state.settings.region.trim() {
                "" => s::SLIDE_OVERVIEW.get(lang).to_owned(),
                region => s::SLIDE_OVERVIEW_REGION.fill(lang, &[("region", &region)]),
            };
            (title, theme::GOAL)
        }
        Slide::Pillar(i) => state.framework.pillars.get(i).map_or((String::new(), theme::GOAL), |p| {
            (names::pick(lang, &p.name, &p.name_en).to_owned(), theme::pillar_color(p.id))
        }),
        Slide::Overdue { page, pages } => {
            let mut title = s::SLIDE_OVERDUE.get(lang).to_owned();
            if pages > 1 {
                title.push_str(&s::SLIDE_PART.fill(lang, &[("page", &(page + 1)), ("pages", &pages)]));
            }
            (title, theme::light_color(Light::Red))
        }
        Slide::Figures => (s::SLIDE_FIGURES.get(lang).to_owned(), theme::GOAL),
    }
}

/// The title on the left; as-of date, page and clock on the right.
fn heading(ui: &mut egui::Ui, state: &AppState, ty: &Type, title: &str, color: Color32, (step, pages): (usize, usize)) {
    let lang = state.settings.lang;
    let now = jiff::ZonedDateTime::now();
    // The clock last, at the right edge, where it moves least.
    let corner = format!(
        "{}   {}   {}",
        s::AS_OF.fill(lang, &[("date", &super::long_date(state.today, lang))]),
        s::PAGE_OF.fill(lang, &[("page", &(step + 1)), ("pages", &pages)]),
        now.strftime("%H:%M"),
    );
    let text = theme::palette(ui.ctx()).text;
    ui.horizontal_top(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
            ui.label(RichText::new(corner).size(ty.small).color(text));
            ui.add_space(ty.gap * 2.0);
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Min), |ui| {
                ui.add(egui::Label::new(RichText::new(title).size(ty.title).strong().color(color)).truncate());
            });
        });
    });
}

/// Key hint at the bottom left; on the right, the progress record's note (e.g. that it is illustrative).
fn footer(ui: &mut egui::Ui, state: &AppState, ty: &Type, area: Rect) {
    let lang = state.settings.lang;
    let pal = theme::palette(ui.ctx());
    let strip = Rect::from_min_max(egui::pos2(area.left(), area.bottom() - ty.footer()), area.max);
    let layout = egui::Layout::left_to_right(egui::Align::Max);
    ui.scope_builder(UiBuilder::new().max_rect(strip).layout(layout), |ui| {
        ui.label(RichText::new(s::PRESENT_HINT.get(lang)).size(ty.small).color(pal.text));
        let label = &state.progress.book.label;
        if !label.is_empty() {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Max), |ui| {
                let note = RichText::new(label).size(ty.small).strong().color(pal.sample_text);
                ui.add(egui::Label::new(note).truncate());
            });
        }
    });
}

fn overview(ui: &mut egui::Ui, state: &AppState, ty: &Type, commands: &mut Vec<Command>) {
    figures_row(ui, &state.rollups.overall, state.settings.lang, ty);
    ui.add_space(ty.gap);
    let caption_h = if state.key_figures.pillars.is_empty() && state.key_figures.elements.is_empty() {
        0.0
    } else {
        ty.small * 1.6
    };
    // The whole width, and the largest drawing that fits above the caption.
    let room = vec2(ui.available_width(), ui.available_height() - caption_h);
    let at = |factor: f32| pillar_diagram::Scale { factor, min_text: ty.diagram_text };
    let fits = |factor: f32| pillar_diagram::height(ui, state, room.x, at(factor)) <= room.y;
    let (mut lo, mut hi) = (0.5_f32, 5.0_f32);
    for _ in 0..12 {
        let mid = (lo + hi) / 2.0;
        if fits(mid) { lo = mid } else { hi = mid }
    }
    ui.vertical_centered(|ui| pillar_diagram::draw(ui, state, commands, at(lo)));
    super::key_figures::slide_caption(ui, state, ty.small);
}

/// Big numbers: items, done, in progress, blocked, overdue, share done. Red only where something is wrong.
fn figures_row(ui: &mut egui::Ui, r: &Rollup, lang: Lang, ty: &Type) {
    let text = theme::palette(ui.ctx()).text;
    let red = |n: usize| if n > 0 { theme::light_color(Light::Red) } else { text };
    let share = format!("{:.0}%", r.share_done() * 100.0);
    let figures = [
        (s::FIG_ITEMS, r.items.to_string(), text),
        (s::FIG_DONE, r.done().to_string(), theme::light_color(Light::Green)),
        (s::FIG_IN_PROGRESS, r.count(Status::InProgress).to_string(), text),
        (s::FIG_BLOCKED, r.count(Status::Blocked).to_string(), red(r.count(Status::Blocked))),
        (s::FIG_OVERDUE, r.overdue.to_string(), red(r.overdue)),
        (s::FIG_SHARE, share, theme::GOAL),
    ];
    ui.columns(figures.len(), |cols| {
        for ((label, value, color), ui) in figures.into_iter().zip(cols) {
            ui.vertical_centered(|ui| {
                ui.label(RichText::new(value).size(ty.figure).strong().color(color));
                ui.label(RichText::new(label.get(lang)).size(ty.body).color(text));
            });
        }
    });
}

fn pillar_slide(ui: &mut egui::Ui, state: &AppState, ty: &Type, pillar: &Pillar) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    let text = theme::palette(ui.ctx()).text;
    ui.label(RichText::new(&pillar.statement).size(ty.body).color(text));
    let source = fw.cite(&pillar.source);
    ui.label(RichText::new(s::SLIDE_CLASSIFICATION.fill(lang, &[("source", &source)])).size(ty.small).color(text));
    ui.add_space(ty.gap);
    let rollup = state.rollups.pillars.get(&pillar.id).copied().unwrap_or_default();
    figures_row(ui, &rollup, lang, ty);
    ui.add_space(ty.gap);
    let book = &state.progress.book;
    let mut items: Vec<&Item> = fw.items_for_pillar(pillar.id).filter(|i| book.counts(&i.id)).collect();
    items.sort_by_key(|i| (slide_items::meeting_order(state, i), state.standing(&i.id).percent));
    if !state.key_figures.pillars.contains_key(&pillar.id) {
        slide_items::pillar_rows(ui, state, ty, &items);
        return;
    }
    // Items on the left, the pillar's indicators on the right.
    let size = ui.available_size();
    let column = egui::Layout::top_down(egui::Align::Min);
    ui.horizontal_top(|ui| {
        ui.allocate_ui_with_layout(vec2(size.x * 0.58, size.y), column, |ui| {
            slide_items::pillar_rows(ui, state, ty, &items);
        });
        ui.add_space(size.x * 0.02);
        let chart_size = vec2(ui.available_width(), size.y);
        ui.allocate_ui_with_layout(chart_size, column, |ui| super::slide_charts::show(ui, state, pillar, ty.small));
    });
}

fn figures(ui: &mut egui::Ui, state: &AppState, ty: &Type) {
    let lang = state.settings.lang;
    super::key_figures::slide_caption(ui, state, ty.small);
    figures_row(ui, &state.rollups.overall, lang, ty);
    ui.add_space(ty.gap * 2.0);
    let text = theme::palette(ui.ctx()).text;
    let name_w = ty.body * 7.0;
    for pillar in &state.framework.pillars {
        let r = state.rollups.pillars.get(&pillar.id).copied().unwrap_or_default();
        ui.horizontal(|ui| {
            let name = names::pick(lang, &pillar.name, &pillar.name_en);
            ui.add_sized(
                [name_w, ty.line()],
                egui::Label::new(RichText::new(name).size(ty.body).strong().color(theme::pillar_color(pillar.id))),
            );
            let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width() * 0.6, ty.body), egui::Sense::hover());
            ui.painter().rect_filled(rect, 4, theme::palette(ui.ctx()).empty_slot);
            let done = Rect::from_min_size(rect.min, vec2(rect.width() * r.share_done() as f32, rect.height()));
            ui.painter().rect_filled(done, 4, theme::pillar_color(pillar.id));
            let share = format!("{:.0}%  ({}/{})", r.share_done() * 100.0, r.done(), r.items);
            ui.label(RichText::new(share).size(ty.body).color(text));
        });
        // The pillar's key indicator under its bar, so the figures slide shows data as well as progress.
        if let Some(words) = state.key_figures.pillars.get(&pillar.id).and_then(|f| super::key_figures::words(state, f))
        {
            ui.horizontal(|ui| {
                ui.add_space(name_w + ui.spacing().item_spacing.x);
                ui.label(RichText::new(&words.name).size(ty.small).color(text));
                ui.label(RichText::new(&words.value).size(ty.small).strong().color(words.color));
            });
        }
        ui.add_space(ty.gap);
    }
}
