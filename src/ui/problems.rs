//! The problems (问题/短板) the documents diagnose, in the left panel instead of the diagram: each with its
//! source, how far the items that answer it have got, and the indicators that measure it for the region.
//! A click filters the checklist to its remedies and shows the problem in the detail view.

use egui::RichText;

use super::theme;
use crate::app::{AppState, Command};
use crate::domain::framework::Problem;
use crate::domain::progress::remedies::{RemedyRollup, remedy_rollup};
use crate::i18n::{Lang, names, strings as s};

/// Indicators shown under a problem in the list; the detail view shows all.
const LISTED_INDICATORS: usize = 2;

/// The tab row above the left panel: the diagram or the problems.
pub fn tabs(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let count = state.framework.problems.len();
    ui.horizontal(|ui| {
        if ui.selectable_label(!state.problems_open, s::TAB_DIAGRAM.get(lang)).clicked() {
            commands.push(Command::ShowProblems(false));
        }
        if count > 0
            && ui.selectable_label(state.problems_open, s::TAB_PROBLEMS.fill(lang, &[("count", &count)])).clicked()
        {
            commands.push(Command::ShowProblems(true));
        }
    });
}

/// Draws the list of problems, by document.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let fw = &state.framework;
    ui.heading(s::PROBLEMS_HEADING.get(lang));
    ui.label(RichText::new(s::PROBLEMS_HINT.get(lang)).small().weak());
    ui.add_space(theme::GAP * 0.5);
    // The charts below keep at least their share of the panel.
    let height = (ui.available_height() * 0.55).max(160.0);
    egui::ScrollArea::vertical().id_salt("problems").max_height(height).auto_shrink([false, true]).show(ui, |ui| {
        for document in &fw.documents {
            let problems: Vec<&Problem> = fw.problems.iter().filter(|p| p.source.document == document.id).collect();
            if problems.is_empty() {
                continue;
            }
            ui.add_space(theme::GAP * 0.5);
            ui.label(RichText::new(format!("{}《{}》", document.short, document.title)).strong());
            for problem in problems {
                row(ui, state, problem, lang, commands);
            }
        }
    });
}

/// How far a problem's remedies have got in the open progress record.
pub fn rollup(state: &AppState, problem: &Problem) -> RemedyRollup {
    let book = &state.progress.book;
    remedy_rollup(problem.remedies.iter().map(|r| (book.get(&r.item), state.standing(&r.item))))
}

fn row(ui: &mut egui::Ui, state: &AppState, problem: &Problem, lang: Lang, commands: &mut Vec<Command>) {
    let selected = state.selected_problem.as_deref() == Some(problem.id.as_str());
    let title = names::pick(lang, &problem.title, &problem.title_en);
    if ui.selectable_label(selected, RichText::new(title).strong()).clicked() {
        commands.push(Command::SelectProblem(if selected { None } else { Some(problem.id.clone()) }));
    }
    ui.horizontal_wrapped(|ui| {
        ui.add_space(theme::GAP);
        progress_words(ui, &rollup(state, problem), lang);
        ui.label(RichText::new(state.framework.cite(&problem.source)).small().weak());
    });
    // The first indicators the loaded data has a value of.
    let figures = problem.indicators.iter().filter_map(|id| {
        let shown = state.metrics.figure(&state.settings.region, id)?;
        super::key_figures::words(state, &shown).map(|words| (shown, words))
    });
    for (shown, words) in figures.take(LISTED_INDICATORS) {
        ui.horizontal_wrapped(|ui| {
            ui.add_space(theme::GAP);
            ui.label(RichText::new(format!("{}：", words.name)).small());
            ui.label(RichText::new(words.value).small().color(words.color))
                .on_hover_ui(|ui| super::key_figures::tooltip(ui, state, &shown));
        });
    }
}

/// "对策 5 项 · 已采纳 3 项 · 平均进度 40% · ▲预警", the light in words and colour.
pub fn progress_words(ui: &mut egui::Ui, rollup: &RemedyRollup, lang: Lang) {
    let remedies = s::PROBLEM_REMEDIES_LINE.fill(lang, &[("count", &rollup.remedies), ("adopted", &rollup.adopted)]);
    ui.label(RichText::new(remedies).small());
    if let Some(percent) = rollup.percent {
        ui.label(RichText::new(s::PROBLEM_PERCENT.fill(lang, &[("percent", &percent)])).small().strong());
        ui.label(RichText::new(names::light(rollup.worst).get(lang)).small().color(theme::light_color(rollup.worst)));
    }
}
