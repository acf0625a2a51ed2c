//! The detail view of a problem (问题/短板): the document's words and where, the items that answer it (each
//! marked 文献明示 or 编者归类, with its light and percent, a click opens it), and the indicators that measure
//! it with the region's newest values.

use egui::RichText;

use super::{detail::field, theme};
use crate::app::{AppState, Command};
use crate::domain::framework::{LinkBasis, Problem};
use crate::i18n::{names, strings as s};

/// Draws one problem.
pub fn show(ui: &mut egui::Ui, state: &AppState, problem: &Problem, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    ui.label(RichText::new(s::PROBLEM_KIND.get(lang)).small().weak());
    ui.label(RichText::new(names::pick(lang, &problem.title, &problem.title_en)).size(theme::HEADING - 1.0).strong());
    ui.add_space(theme::GAP * 0.5);
    ui.label(RichText::new(s::PROBLEM_QUOTE.get(lang)).small().weak());
    ui.label(format!("“{}”", problem.quote));
    ui.add_space(theme::GAP * 0.5);
    field(ui, lang, s::SOURCE, &fw.cite(&problem.source));
    ui.separator();

    ui.label(RichText::new(s::PROBLEM_REMEDIES.fill(lang, &[("count", &problem.remedies.len())])).strong());
    super::problems::progress_words(ui, &super::problems::rollup(state, problem), lang);
    for remedy in &problem.remedies {
        let Some(item) = fw.item(&remedy.item) else { continue };
        let standing = state.standing(&item.id);
        ui.horizontal_wrapped(|ui| {
            let basis = match remedy.basis {
                LinkBasis::Stated => s::LINK_STATED,
                LinkBasis::Editorial => s::LINK_EDITORIAL,
            };
            ui.label(RichText::new(format!("[{}]", basis.get(lang))).small().weak());
            if ui.link(names::pick(lang, &item.title, &item.title_en)).clicked() {
                commands.push(Command::SelectItem(Some(item.id.clone())));
            }
            ui.label(
                RichText::new(names::light(standing.light).get(lang)).small().color(theme::light_color(standing.light)),
            );
            ui.label(RichText::new(format!("{}%", standing.percent)).small());
            ui.label(RichText::new(fw.cite(&item.source)).small().weak());
        });
    }
    ui.label(RichText::new(s::LINK_BASIS_NOTE.get(lang)).small().weak());
    ui.separator();

    let region = state.settings.region.trim();
    let shown_for = state.metrics.focus(region).unwrap_or(region);
    ui.label(RichText::new(s::PROBLEM_INDICATORS.fill(lang, &[("region", &shown_for)])).strong());
    if problem.indicators.is_empty() {
        ui.label(RichText::new(s::PROBLEM_NO_INDICATORS.get(lang)).weak());
    }
    let catalog = state.metrics.catalog.as_ref();
    for id in &problem.indicators {
        let name = catalog.and_then(|c| c.get(id)).map_or(id.as_str(), |e| names::pick(lang, &e.name, &e.name_en));
        ui.horizontal_wrapped(|ui| {
            let shown = state.metrics.figure(region, id);
            match shown.as_ref().and_then(|f| super::key_figures::words(state, f).map(|w| (f, w))) {
                Some((figure, words)) => {
                    ui.label(format!("{}：", words.name));
                    let year = figure.figure.latest.year;
                    ui.label(RichText::new(format!("{}（{year}）", words.value)).color(words.color))
                        .on_hover_ui(|ui| super::key_figures::tooltip(ui, state, figure));
                }
                None => {
                    ui.label(format!("{name}："));
                    ui.label(RichText::new(s::PROBLEM_NO_DATA.get(lang)).weak());
                }
            }
        });
    }
}
