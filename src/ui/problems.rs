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
        local(ui, state, commands);
        for document in &fw.documents {
            let problems: Vec<&Problem> = fw.problems.iter().filter(|p| p.source.document == document.id).collect();
            if problems.is_empty() {
                continue;
            }
            ui.add_space(theme::GAP * 0.5);
            ui.label(RichText::new(format!("{}《{}》", document.short, document.title)).strong());
            for problem in problems {
                let title = names::pick(lang, &problem.title, &problem.title_en);
                row(ui, state, &problem.id, title, &fw.cite(&problem.source), lang, commands);
            }
        }
    });
}

/// The county's own problems first (they are its own words), with a field to add one.
fn local(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let book = &state.progress.book;
    ui.label(
        RichText::new(s::LOCAL_PROBLEMS_HEADING.fill(lang, &[("count", &book.local_problems().count())])).strong(),
    );
    for (id, entry) in book.local_problems() {
        let source = s::LOCAL_PROBLEM_KIND.fill(lang, &[("id", &id)]);
        row(ui, state, id, &entry.title, &source, lang, commands);
    }
    ui.add_enabled_ui(state.progress.can_edit(), |ui| {
        ui.horizontal(|ui| {
            let id = egui::Id::unique("local-problem-draft");
            let mut draft: String = ui.data_mut(|d| d.get_temp(id)).unwrap_or_default();
            let field = egui::TextEdit::singleline(&mut draft)
                .hint_text(s::LOCAL_PROBLEM_ADD_HINT.get(lang))
                .desired_width((ui.available_width() - 90.0).max(120.0));
            let response = ui.add(field);
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let clicked =
                ui.add_enabled(!draft.trim().is_empty(), egui::Button::new(s::LOCAL_PROBLEM_ADD.get(lang))).clicked();
            if (entered || clicked) && !draft.trim().is_empty() {
                commands.push(Command::AddLocalProblem(std::mem::take(&mut draft)));
            }
            ui.data_mut(|d| d.insert_temp(id, draft));
        });
    });
}

/// How far a problem's remedies have got in the open progress record.
pub fn rollup(state: &AppState, problem_id: &str) -> RemedyRollup {
    let book = &state.progress.book;
    let (remedies, _) = state.problem_links(problem_id);
    remedy_rollup(remedies.into_iter().map(|r| (book.get(r), state.standing(r))))
}

fn row(
    ui: &mut egui::Ui,
    state: &AppState,
    id: &str,
    title: &str,
    source: &str,
    lang: Lang,
    commands: &mut Vec<Command>,
) {
    let selected = state.selected_problem.as_deref() == Some(id);
    let response = ui.selectable_label(selected, RichText::new(title).strong());
    if response.clicked() {
        commands.push(Command::SelectProblem(if selected { None } else { Some(id.to_owned()) }));
    }
    // A problem chosen elsewhere (--problem, a new one) is scrolled into view once.
    let shown_id = egui::Id::unique("problem-scrolled-to");
    if selected && ui.data(|d| d.get_temp::<String>(shown_id)).as_deref() != Some(id) {
        response.scroll_to_me(Some(egui::Align::Center));
        ui.data_mut(|d| d.insert_temp(shown_id, id.to_owned()));
    }
    ui.horizontal_wrapped(|ui| {
        ui.add_space(theme::GAP);
        progress_words(ui, &rollup(state, id), lang);
        ui.label(RichText::new(source).small().weak());
    });
    // The first indicators the loaded data has a value of.
    let (_, indicators) = state.problem_links(id);
    let figures = indicators.into_iter().filter_map(|id| {
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
