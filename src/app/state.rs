//! The app's runtime state and the one place that changes it: [`AppState::apply`].

use std::collections::HashSet;
use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::Date;

use super::charts::{ChartInputs, ChartSet};
use super::command::Command;
use super::evaluation::EvaluationView;
use super::feedback::Toasts;
use super::file_choice::FileChoice;
use super::filters::Filters;
use super::ledger::LedgerImport;
use super::metrics::{KeyFigures, Metrics};
use super::plan::{self, PlanView, TargetReading};
use super::progress::Progress;
use super::settings::Settings;
use crate::domain::framework::{Framework, Item};
use crate::domain::progress::merge::{self, MergePlan};
use crate::domain::progress::plan::{number, severity};
use crate::domain::progress::rollup::Rollups;
use crate::domain::progress::{Entry, FieldValue, Light, Standing, is_task_id};
use crate::i18n::{describe_contradiction, describe_export_error, describe_progress_error, strings as s};
use crate::io::export::{self, ExportFormat, ExportInput};
use crate::io::framework_file::{self, FrameworkLoadError};
use crate::io::metrics::MetricsLoadError;
use crate::io::progress_file::{ProgressFileError, ProgressStore};

/// Where the framework on screen came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameworkOrigin {
    /// The copy built into the app.
    BuiltIn,
    /// An office's file.
    File(PathBuf),
}

/// A merge waiting for the user's decision.
#[derive(Debug)]
pub struct PendingMerge {
    /// The other department's file.
    pub path: PathBuf,
    /// What would change.
    pub plan: MergePlan,
}

/// Everything the panels read.
#[derive(Debug)]
pub struct AppState {
    /// Persisted settings.
    pub settings: Settings,
    /// The framework on screen.
    pub framework: Framework,
    /// Where it came from.
    pub origin: FrameworkOrigin,
    /// The progress record and its file.
    pub progress: Progress,
    /// Roll-ups of the progress, recomputed after each change.
    pub rollups: Rollups,
    /// Where each item and live task stands, with task targets read from the data, recomputed after each change.
    plan: PlanView,
    /// Items the checklist shows under the current filters, recomputed after each change.
    shown: HashSet<String>,
    /// The day lights are computed for.
    pub today: Date,
    /// Item shown in the detail view.
    pub selected_item: Option<String>,
    /// Local task shown in the detail view instead of its item.
    pub selected_task: Option<String>,
    /// Document shown in the detail view when no item is selected.
    pub selected_document: Option<String>,
    /// Problem (问题/短板) shown in the detail view when no item is selected; the checklist shows its remedies.
    pub selected_problem: Option<String>,
    /// The left panel lists the problems instead of drawing the diagram.
    pub problems_open: bool,
    /// Checklist filters (the element filter is set from the diagram).
    pub filters: Filters,
    /// The slide shown in presentation mode, if presenting.
    pub presentation: Option<usize>,
    /// Regional metrics for the charts.
    pub metrics: Metrics,
    /// Each pillar's and element's key indicator value for the diagram (see [`Metrics::key_figures`]).
    pub key_figures: KeyFigures,
    /// The charts for the current selection, worked out when it or the data change.
    pub charts: ChartSet,
    /// A passing message, e.g. where an export went (already in the user's language).
    pub notice: Option<String>,
    /// A picture of the window the frame loop should take and save here.
    pub view_export: Option<PathBuf>,
    /// A merge the user has not decided on yet.
    pub pending_merge: Option<PendingMerge>,
    /// An import that failed, shown until the next import.
    pub import_error: Option<ProgressFileError>,
    /// An office's ledger being read, previewed, or that could not be read.
    pub ledger: LedgerImport,
    /// A lasting framework problem shown as a banner until dismissed.
    pub error: Option<FrameworkLoadError>,
    /// The evaluation index view.
    pub evaluation: EvaluationView,
    /// The file dialog open (the system's or the built-in one) and dropped files being sorted.
    pub files: FileChoice,
    /// Short confirmations of what was saved or exported, and where.
    pub toasts: Toasts,
}

impl AppState {
    /// State for these settings on `today`: their framework file if it loads (else the built-in one with a
    /// banner) and their progress file (in memory when none is set).
    pub fn new(settings: Settings, today: Date) -> Self {
        let framework = built_in();
        let progress = match &settings.progress_path {
            Some(path) => Progress::open(path),
            None => Progress::default(),
        };
        let rollups = Rollups::compute(&framework, &progress.book, today, &settings.light_rule);
        let mut state = Self {
            settings: Settings { framework_path: None, ..settings.clone() },
            framework,
            origin: FrameworkOrigin::BuiltIn,
            progress,
            rollups,
            plan: PlanView::default(),
            shown: HashSet::new(),
            today,
            selected_item: None,
            selected_task: None,
            selected_document: None,
            selected_problem: None,
            problems_open: false,
            filters: Filters::default(),
            presentation: None,
            notice: None,
            view_export: None,
            metrics: Metrics::default(),
            key_figures: KeyFigures::default(),
            charts: ChartSet::default(),
            pending_merge: None,
            import_error: None,
            ledger: LedgerImport::default(),
            error: None,
            evaluation: EvaluationView::default(),
            files: FileChoice::default(),
            toasts: Toasts::default(),
        };
        if let Some(path) = settings.framework_path {
            state.apply(Command::OpenFramework(path));
        }
        state.metrics = Metrics::with_samples(&state.framework);
        state.evaluation.update(&state.metrics);
        state.refresh();
        state
    }

    /// The element filter chosen in the diagram.
    pub fn selected_element(&self) -> Option<&str> {
        self.filters.element.as_deref()
    }

    /// An item's progress entry.
    pub fn entry(&self, item: &str) -> &Entry {
        self.progress.book.get(item)
    }

    /// An item's or a task's light today (an item with tasks: the worst of theirs; a task: the worse of its
    /// schedule and its target).
    pub fn light(&self, item: &str) -> Light {
        self.standing(item).light
    }

    /// Where an item (from its tasks when it has any) or a task stands today.
    pub fn standing(&self, id: &str) -> Standing {
        self.plan
            .standings
            .get(id)
            .copied()
            .unwrap_or_else(|| Standing::of(self.entry(id), self.today, &self.settings.light_rule))
    }

    /// Why an item or task has its light, in the user's language: its tasks' lights for an item that has
    /// tasks, else the schedule rule, and a target lagging the data when that is what makes a task worse.
    pub fn light_reason(&self, id: &str) -> String {
        let lang = self.settings.lang;
        let book = &self.progress.book;
        if !is_task_id(id) {
            let tasks: Vec<Light> = book.tasks_of(id).map(|(t, _)| self.standing(t).light).collect();
            if !tasks.is_empty() {
                let count = |l: Light| tasks.iter().filter(|t| **t == l).count();
                return s::LIGHT_WHY_TASKS.fill(
                    lang,
                    &[("count", &tasks.len()), ("red", &count(Light::Red)), ("yellow", &count(Light::Yellow))],
                );
            }
        }
        let reason = self.settings.light_rule.reason(self.entry(id), self.today);
        let mut text = crate::i18n::names::light_reason(reason, lang);
        if let Some(reading) = self.target_reading(id).filter(|r| severity(r.progress.light) > severity(reason.light()))
        {
            let p = &reading.progress;
            let (year, value) = p.current;
            let target = s::LIGHT_WHY_TARGET.fill(
                lang,
                &[
                    ("indicator", &reading.indicator),
                    ("year", &year),
                    ("value", &format!("{}{}", number(value), reading.unit)),
                    ("share", &format!("{:.0}", p.share * 100.0)),
                    ("expected", &format!("{:.0}", p.expected * 100.0)),
                ],
            );
            text = format!("{target}；{text}");
        }
        text
    }

    /// A task's target as the loaded data shows it, if the data has its indicator for the report region.
    pub fn target_reading(&self, task: &str) -> Option<&TargetReading> {
        self.plan.targets.get(task)
    }

    /// The region targets and key figures are read for: the one in the settings, else the key figures'.
    pub fn data_region(&self) -> String {
        match self.settings.region.trim() {
            "" => {
                let shown = self.key_figures.pillars.values().chain(self.key_figures.elements.values()).next();
                shown
                    .and_then(|f| {
                        let panel = &self.metrics.datasets.get(f.dataset)?.loaded.panel;
                        Some(panel.region_name(f.figure.region).to_owned())
                    })
                    .unwrap_or_default()
            }
            region => region.to_owned(),
        }
    }

    /// The selected task, if it is still live (a deleted one shows its item again).
    pub fn live_selected_task(&self) -> Option<&str> {
        let task = self.selected_task.as_deref()?;
        self.progress.book.tasks().any(|(id, _)| id == task).then_some(task)
    }

    /// Whether the checklist shows an item under the current filters (worked out once per change, not per frame).
    pub fn shows(&self, item: &Item) -> bool {
        self.shown.contains(&item.id)
    }

    /// Adds a loaded file to the charts' data (a load the caller made itself, e.g. a benchmark's).
    pub fn add_dataset(&mut self, dataset: super::Dataset) {
        self.metrics.datasets.push(dataset);
        self.metrics.generation += 1;
        self.refresh();
    }

    /// Takes the result of a background metrics load, if any; true when something changed.
    pub fn poll_metrics(&mut self) -> bool {
        let changed = self.metrics.poll();
        if changed {
            // Key figures and charts both follow the data.
            self.refresh();
        }
        changed
    }

    /// Moves to another day (lights depend on it).
    pub fn set_today(&mut self, today: Date) {
        if today != self.today {
            self.today = today;
            self.refresh();
        }
    }

    /// Loads a metrics file at once (see [`Metrics::load_now`]) and updates what depends on the data.
    pub fn load_metrics_now(&mut self, path: &std::path::Path) -> Result<(), MetricsLoadError> {
        self.metrics.load_now(path)?;
        self.refresh();
        Ok(())
    }

    /// Takes a ledger read in the background and previews it; true when something changed.
    pub fn poll_ledger(&mut self) -> bool {
        self.ledger.poll(&self.framework, &self.progress.book)
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        let by = self.settings.user_name.clone();
        let now = Timestamp::now();
        match command {
            Command::SelectItem(item) => {
                self.selected_item = item;
                self.selected_task = None;
                self.selected_document = None;
            }
            Command::SelectTask(task) => self.selected_task = task,
            Command::SetScope { set, scope, reason } => {
                let edits = plan::scope_edits(&self.framework, &set, scope, &reason);
                self.edit(edits, &by, now);
            }
            Command::AddTask { item, title } => {
                if !title.trim().is_empty() && self.framework.item(&item).is_some() {
                    let (task, edits) = plan::new_task(&self.progress.book, &item, &title, now);
                    self.edit(edits, &by, now);
                    // A read-only window adds nothing, and then there is nothing to show.
                    if self.progress.book.tasks().any(|(id, _)| id == task) {
                        self.selected_item = Some(item);
                        self.selected_task = Some(task);
                    }
                }
            }
            Command::SetTaskItems { task, items } => {
                let edits = plan::items_edits(&self.progress.book, &task, items);
                self.edit(edits, &by, now);
            }
            Command::SelectDocument(document) => {
                self.selected_item = None;
                self.selected_document = Some(document);
            }
            Command::ShowProblems(open) => self.problems_open = open,
            Command::AddLocalProblem(title) => {
                if let Some((id, value)) = self.progress.book.new_local_problem(&title, now) {
                    self.edit(vec![(id.clone(), value)], &by, now);
                    // A read-only window adds nothing, and then there is nothing to show.
                    if self.progress.book.local_problem(&id).is_some() {
                        self.problems_open = true;
                        self.select_problem(Some(id));
                    }
                }
            }
            Command::SelectProblem(problem) => self.select_problem(problem),
            Command::SelectElement(element) => self.filters.element = element,
            Command::SelectPillar(pillar) => self.filters.pillar = pillar,
            Command::FilterDocument(document) => self.filters.document = document,
            Command::Search(text) => self.filters.search = text,
            Command::ClearFilters => {
                self.filters = Filters { worst_first: self.filters.worst_first, ..Filters::default() };
                self.selected_problem = None;
            }
            Command::FilterLight(light) => self.filters.light = light,
            Command::SortWorstFirst(on) => self.filters.worst_first = on,
            Command::FilterStatus(status) => self.filters.status = status,
            Command::FilterScope(scope) => self.filters.scope = scope,
            Command::FilterDepartment(department) => self.filters.department = department,
            Command::FilterOverdue(on) => self.filters.overdue_only = on,
            Command::FilterMyUnit(on) => self.filters.my_unit_only = on,
            Command::Present(step) => self.presentation = step,
            Command::SetLang(lang) => self.settings.lang = lang,
            Command::SetDark(dark) => self.settings.dark = dark,
            Command::SetUserName(name) => self.settings.user_name = name,
            Command::SetUserUnit(unit) => self.settings.user_unit = unit,
            Command::Welcomed => self.settings.welcomed = true,
            Command::OpenFramework(path) => match framework_file::load(&path) {
                Ok(framework) => {
                    self.replace_framework(framework, FrameworkOrigin::File(path.clone()));
                    self.settings.framework_path = Some(path);
                }
                Err(e) => self.error = Some(e),
            },
            Command::UseBuiltInFramework => {
                self.replace_framework(built_in(), FrameworkOrigin::BuiltIn);
                self.settings.framework_path = None;
            }
            Command::DismissError => self.error = None,
            Command::Edit { item, value } => self.edit(vec![(item, value)], &by, now),
            Command::OpenMetrics(path) => self.metrics.open(path),
            Command::RemoveDataset(index) => {
                self.metrics.remove(index);
                self.evaluation.data_removed();
            }
            Command::Export(format, path) => self.notice = Some(self.export(format, false, &path)),
            Command::ExportAttention(path) => self.notice = Some(self.export(ExportFormat::Report, true, &path)),
            Command::ExportView(path) => self.view_export = Some(path),
            Command::SetRegion(region) => self.settings.region = region,
            Command::DismissNotice => self.notice = None,
            Command::Undo => self.progress.undo(&by, now),
            Command::Redo => self.progress.redo(&by, now),
            Command::TakeSnapshot(name) => self.progress.take_snapshot(&name, now),
            Command::OpenProgress(path) => {
                self.progress = Progress::open(&path);
                self.settings.progress_path = Some(path);
            }
            Command::SaveProgressAs(path) => {
                let lang = self.settings.lang;
                let result = ProgressStore::open(&path).and_then(|(mut store, _)| store.overwrite(&self.progress.book));
                match result {
                    Ok(()) => {
                        // The copy is written and its lock released; the window goes on in it.
                        self.progress = Progress::open(&path);
                        self.settings.progress_path = Some(path.clone());
                        self.toasts.push(s::SAVED_PROGRESS_AS.fill(lang, &[("path", &path.display())]));
                    }
                    Err(e) => self.notice = Some(describe_progress_error(&e, lang)),
                }
            }
            Command::ShowProgressFolder => {
                if let Some(folder) = self.progress.path.as_deref().and_then(std::path::Path::parent)
                    && let Err(e) = super::open_folder::open(folder)
                {
                    let detail = e.to_string();
                    let fill = [("path", &folder.display() as &dyn std::fmt::Display), ("detail", &detail)];
                    self.notice = Some(s::OPEN_FOLDER_FAILED.fill(self.settings.lang, &fill));
                }
            }
            Command::ReopenProgress => self.progress.reopen(),
            Command::ReloadProgress => self.progress.reload(),
            Command::KeepMyProgress => self.progress.keep_mine(),
            Command::RestoreBackup(backup) => self.progress.restore_backup(&backup),
            Command::ImportProgress(path) => match ProgressStore::read(&path) {
                Ok(theirs) => {
                    self.import_error = None;
                    let plan = merge::plan(&self.progress.book, &theirs);
                    self.pending_merge = Some(PendingMerge { path, plan });
                }
                Err(e) => self.import_error = Some(e),
            },
            Command::ApplyMerge(take_theirs) => {
                if let Some(pending) = self.pending_merge.take() {
                    let chosen = pending.plan.conflicts.into_iter().zip(take_theirs).filter(|(_, take)| *take);
                    let edits = pending
                        .plan
                        .incoming
                        .into_iter()
                        .chain(chosen.map(|(c, _)| c))
                        .map(|row| (row.item, row.theirs))
                        .collect();
                    self.edit(edits, &by, now);
                }
            }
            Command::CancelMerge => self.pending_merge = None,
            Command::OpenLedger(path) => self.ledger.open(path),
            Command::SetLedgerColumn { index, target } => self.ledger.set_column(index, target),
            Command::PlaceLedgerRow { row, item } => {
                if let Some(preview) = &mut self.ledger.preview {
                    preview.place(row, item);
                }
            }
            Command::PlaceAllLedgerRows(place) => {
                if let Some(preview) = &mut self.ledger.preview {
                    preview.place_all_suggested(place);
                }
            }
            Command::ApplyLedger => {
                if let Some(notice) = self.import_ledger(&by, now) {
                    self.notice = Some(notice);
                }
            }
            Command::CancelLedger => self.ledger.preview = None,
            Command::CancelMetricsRead => {
                if let Some(path) = self.metrics.cancel() {
                    self.toasts.push(s::READ_CANCELLED.fill(self.settings.lang, &[("path", &path.display())]));
                }
            }
            Command::CancelLedgerRead => {
                if let Some(path) = self.ledger.cancel() {
                    self.toasts.push(s::READ_CANCELLED.fill(self.settings.lang, &[("path", &path.display())]));
                }
            }
            Command::DismissLedgerError => self.ledger.error = None,
            Command::ShowEvaluation(open) => self.evaluation.open = open,
            Command::EvaluateDataset(dataset) => self.evaluation.dataset = Some(dataset),
            Command::SetWeighting(weighting) => self.evaluation.set_weighting(weighting),
            Command::SetDirection { indicator, direction } => self.evaluation.set_direction(indicator, direction),
            Command::OpenWeights(path) => self.evaluation.open_weights(path),
            Command::EvaluationYear(year) => self.evaluation.year = Some(year),
            Command::EvaluationRegion(region) => self.evaluation.region = Some(region),
            Command::ExportIndex(path) => self.notice = Some(self.export_index(&path)),
            Command::ChooseFile(purpose) => {
                self.files.request(purpose, self.settings.lang, self.today, &self.settings.recent_folders);
            }
            Command::FileChosen(path) => {
                if let Some(next) = self.files.chosen(path, &mut self.settings.recent_folders) {
                    self.apply(next);
                }
            }
            Command::UseBuiltInDialog => self.files.use_built_in(),
            Command::OpenDropped(paths) => self.files.classify(paths),
            Command::ShowSaved => {
                let saved = super::feedback::saved(&self.progress, self.settings.lang, s::TOAST_AUTOSAVED);
                self.toasts.push(saved);
            }
        }
        self.evaluation.update(&self.metrics);
        self.refresh();
    }

    /// Applies edits as one undoable step; status–percent contradictions (only a merged file that holds
    /// them can bring any) are left out and named in the information line.
    fn edit(&mut self, edits: Vec<(String, FieldValue)>, by: &str, now: Timestamp) {
        let refused = self.progress.edit(edits, by, now);
        if !refused.is_empty() {
            let lang = self.settings.lang;
            let items: Vec<String> = refused.iter().map(|c| describe_contradiction(c, lang)).collect();
            self.notice = Some(s::CONTRADICTIONS_LEFT_OUT.fill(lang, &[("items", &items.join("；"))]));
        }
    }

    /// Imports the previewed ledger as one undoable change; returns what to tell the user. A window that
    /// cannot save refuses and keeps the preview open, so nothing is lost and the reason is shown.
    fn import_ledger(&mut self, by: &str, now: Timestamp) -> Option<String> {
        let lang = self.settings.lang;
        if !self.progress.can_edit() {
            return Some(s::LEDGER_CANNOT_EDIT.get(lang).to_owned());
        }
        let preview = self.ledger.preview.take()?;
        // Planned again against the record as it is now, so the edits are exactly what is saved.
        let plan = match preview.ledger.plan_placing(&self.framework, &self.progress.book, &preview.placements) {
            Ok(plan) if !plan.matched.is_empty() => plan,
            _ => {
                self.ledger.preview = Some(preview);
                return None;
            }
        };
        let (items, changes) = (plan.changed_items(), plan.value_changes());
        if plan.edits.is_empty() {
            return Some(s::IMPORT_NO_CHANGES.get(lang).to_owned());
        }
        self.progress.edit(plan.edits, by, now);
        let path = &preview.ledger.path;
        let file = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        Some(s::LEDGER_IMPORTED.fill(lang, &[("file", &file), ("items", &items), ("changes", &changes)]))
    }

    /// Writes a meeting output (a report of only what needs attention when asked); returns what to tell the user.
    fn export(&self, format: ExportFormat, only_attention: bool, path: &std::path::Path) -> String {
        let lang = self.settings.lang;
        let region = match self.settings.region.trim() {
            "" => s::REGION_UNSET.get(lang),
            region => region,
        };
        // Key-indicator charts from the newest loaded data that has them, for the region the diagram shows.
        let shown = self.key_figures.pillars.values().chain(self.key_figures.elements.values()).next();
        let chart_region = shown.and_then(|f| {
            self.metrics.datasets.get(f.dataset).map(|d| d.loaded.panel.region_name(f.figure.region).to_owned())
        });
        let series = self.metrics.catalog.as_ref().map_or_else(Vec::new, |catalog| {
            self.metrics
                .datasets
                .iter()
                .rev()
                .map(|d| export::key_indicators(&d.loaded.panel, catalog, chart_region.as_deref(), &d.name, lang))
                .find(|series| !series.is_empty())
                .unwrap_or_default()
        });
        // The evaluation index of the data and weights chosen in its view, when the data allows one.
        let computed = self.evaluation.evaluate_now(&self.metrics).and_then(Result::ok);
        let mut input = ExportInput::new(&self.framework, &self.progress.book, self.today, region);
        input.lang = lang;
        input.rule = self.settings.light_rule;
        input.indicators = &series;
        input.evaluation = computed.as_deref().map(|c| &c.evaluation);
        let target_lights = self.plan.target_lights();
        input.target_lights = Some(&target_lights);
        input.unit = &self.settings.user_unit;
        input.only_attention = only_attention;
        match export::export(format, &input, path) {
            Ok(exported) => {
                let done = s::EXPORTED_TO.fill(lang, &[("path", &path.display())]);
                match crate::i18n::describe_missing_glyphs(&exported.missing_glyphs, lang) {
                    Some(missing) => format!("{done}{missing}"),
                    None => done,
                }
            }
            Err(e) => describe_export_error(&e, lang),
        }
    }

    /// Writes the evaluation index on screen as CSV; returns what to tell the user.
    fn export_index(&self, path: &std::path::Path) -> String {
        let lang = self.settings.lang;
        let computed = match self.evaluation.evaluate_now(&self.metrics) {
            Some(Ok(computed)) => computed,
            Some(Err(e)) => return crate::i18n::describe_index_error(&e, lang),
            None => return s::EVAL_NOTHING_TO_EXPORT.get(lang).to_owned(),
        };
        match export::index_csv::export(&computed.evaluation, &self.framework, lang, None, path) {
            Ok(_) => s::EXPORTED_TO.fill(lang, &[("path", &path.display())]),
            Err(e) => describe_export_error(&e, lang),
        }
    }

    /// Recomputes what depends on the progress, the filters and the day: roll-ups, lights, shown items.
    fn refresh(&mut self) {
        let (book, rule, today) = (&self.progress.book, &self.settings.light_rule, self.today);
        // An open preview always shows what importing would do to the record as it is now.
        self.ledger.replan(&self.framework, book);
        self.key_figures = self.metrics.key_figures(&self.framework, &self.settings.region);
        let region = self.data_region();
        let book = &self.progress.book;
        self.plan = PlanView::compute(&self.framework, book, (today, rule), &self.metrics, &region);
        // The figures use the same lights as the list: targets judged against the loaded data included.
        self.rollups = Rollups::from_standings(&self.framework, book, &self.plan.standings);
        // A problem deleted (or its creation undone) no longer filters.
        if self.selected_problem.as_deref().is_some_and(|id| !self.problem_exists(id)) {
            self.selected_problem = None;
            self.filters.problem = None;
        }
        let book = &self.progress.book;
        let unit = &self.settings.user_unit;
        let remedies = self.filters.problem.as_deref().map(|id| self.problem_links(id).0).unwrap_or_default();
        self.shown = self
            .framework
            .items
            .iter()
            .filter(|i| self.filters.shows(&self.framework, i, book.get(&i.id), &self.standing(&i.id), unit, &remedies))
            .map(|i| i.id.clone())
            .collect();
        self.refresh_charts();
    }

    /// Shows a problem in the detail view and filters the checklist to its remedies; `None` (or a problem not
    /// there) clears both.
    fn select_problem(&mut self, problem: Option<String>) {
        let problem = problem.filter(|id| self.problem_exists(id));
        if problem.is_some() {
            self.selected_item = None;
            self.selected_task = None;
        }
        self.filters.problem.clone_from(&problem);
        self.selected_problem = problem;
    }

    /// Whether a problem is there: the framework's, or the county's own in the record.
    pub fn problem_exists(&self, id: &str) -> bool {
        self.framework.problem(id).is_some() || self.progress.book.local_problem(id).is_some()
    }

    /// A problem's remedies (item ids) and indicators (catalog ids), the framework's or the county's own.
    pub fn problem_links(&self, id: &str) -> (Vec<&str>, Vec<&str>) {
        if let Some(p) = self.framework.problem(id) {
            let remedies = p.remedies.iter().map(|r| r.item.as_str()).collect();
            return (remedies, p.indicators.iter().map(String::as_str).collect());
        }
        match self.progress.book.local_problem(id) {
            Some(e) => {
                (e.parents.iter().map(String::as_str).collect(), e.indicators.iter().map(String::as_str).collect())
            }
            None => (Vec::new(), Vec::new()),
        }
    }

    /// The targets to chart: the selected task's, else those of the selected item's tasks.
    fn chart_targets(&self) -> Vec<(String, crate::domain::progress::Target)> {
        let book = &self.progress.book;
        let with_target = |(id, e): (&str, &Entry)| e.target.clone().map(|t| (id.to_owned(), t));
        if let Some(task) = self.selected_task.as_deref() {
            return book.tasks().filter(|(id, _)| *id == task).filter_map(with_target).collect();
        }
        match self.selected_item.as_deref() {
            Some(item) => book.tasks_of(item).filter_map(with_target).collect(),
            None => Vec::new(),
        }
    }

    /// Works the charts out again if the selection, the region or the data changed.
    fn refresh_charts(&mut self) {
        let Some(catalog) = &self.metrics.catalog else { return };
        let inputs = ChartInputs {
            element: self.filters.element.clone(),
            pillar: self.filters.pillar,
            item: self.selected_item.clone(),
            problem_indicators: self
                .selected_problem
                .as_deref()
                .map(|id| self.problem_links(id).1.into_iter().map(str::to_owned).collect())
                .unwrap_or_default(),
            region: self.settings.region.trim().to_owned(),
            data_generation: self.metrics.generation,
            targets: self.chart_targets(),
        };
        self.charts.update(inputs, &self.framework, catalog, &self.metrics.datasets);
    }

    fn replace_framework(&mut self, framework: Framework, origin: FrameworkOrigin) {
        if self.selected_item.as_deref().is_some_and(|id| framework.item(id).is_none()) {
            self.selected_item = None;
        }
        if self.selected_document.as_deref().is_some_and(|id| framework.document(id).is_none()) {
            self.selected_document = None;
        }
        if self.filters.element.as_deref().is_some_and(|id| framework.element(id).is_none()) {
            self.filters.element = None;
        }
        self.framework = framework;
        self.origin = origin;
        self.error = None;
    }
}

/// The embedded framework; tests check it, so failing here is a build defect, not bad input.
fn built_in() -> Framework {
    #[allow(clippy::expect_used)]
    framework_file::embedded().expect("the embedded assets/framework.json is checked by the test suite")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::progress::{FieldValue, Status};
    use crate::io::json_file::JsonFileError;

    fn today() -> Date {
        "2026-11-25".parse().expect("date")
    }

    #[test]
    fn a_broken_framework_file_leaves_the_current_framework_and_shows_why() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("broken.json");
        std::fs::write(&path, "{\"schema_version\": 1, \"pillars\": [").expect("write");
        let mut state = AppState::new(Settings::default(), today());
        let before = state.framework.clone();
        state.apply(Command::OpenFramework(path));
        assert_eq!(state.framework, before);
        assert_eq!(state.origin, FrameworkOrigin::BuiltIn);
        assert!(matches!(state.error, Some(FrameworkLoadError::File(JsonFileError::Json { truncated: true, .. }))));
        assert_eq!(state.settings.framework_path, None);
    }

    #[test]
    fn a_remembered_framework_file_that_vanished_falls_back_to_the_built_in_one() {
        let settings = Settings { framework_path: Some("/nonexistent/framework.json".into()), ..Settings::default() };
        let state = AppState::new(settings, today());
        assert_eq!(state.origin, FrameworkOrigin::BuiltIn);
        assert!(matches!(state.error, Some(FrameworkLoadError::File(JsonFileError::Read { .. }))));
        assert_eq!(state.settings.framework_path, None);
    }

    #[test]
    fn an_edit_is_saved_and_survives_reopening() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.json");
        let settings =
            Settings { progress_path: Some(path.clone()), user_name: "李四".into(), ..Settings::default() };
        let mut state = AppState::new(settings.clone(), today());
        state.apply(Command::Edit { item: "yz-3.1.1".into(), value: FieldValue::Status(Status::Done) });
        assert_eq!(state.rollups.overall.done(), 1);
        drop(state);
        let reopened = AppState::new(settings, today());
        assert_eq!(reopened.entry("yz-3.1.1").status, Status::Done);
        assert_eq!(reopened.progress.book.history[0].by, "李四");
    }

    #[test]
    fn filters_combine_status_department_and_overdue() {
        let mut state = AppState::new(Settings::default(), today());
        let item = "bz-6.1.1".to_owned();
        state.apply(Command::Edit { item: item.clone(), value: FieldValue::LeadUnit("市经信局".into()) });
        state.apply(Command::Edit {
            item: item.clone(),
            value: FieldValue::Deadline(Some("2026-11-01".parse().expect("d"))),
        });
        state.apply(Command::FilterDepartment(Some("市经信局".into())));
        state.apply(Command::FilterOverdue(true));
        let shown: Vec<&str> = state.framework.items.iter().filter(|i| state.shows(i)).map(|i| i.id.as_str()).collect();
        assert_eq!(shown, [item.as_str()]);
        state.apply(Command::FilterStatus(Some(Status::Done)));
        assert!(!state.framework.items.iter().any(|i| state.shows(i)));
    }

    #[test]
    fn importing_a_department_file_merges_only_after_the_user_decides_and_undoes_as_one_step() {
        let dir = tempfile::tempdir().expect("temp dir");
        let theirs_path = dir.path().join("科技局.json");
        let mut theirs = crate::domain::progress::ProgressBook::default();
        let at = Timestamp::now();
        theirs.set("bz-6.1.4", FieldValue::Percent(60), "科技局", at);
        theirs.set("bz-6.1.5", FieldValue::Status(Status::Blocked), "科技局", at);
        let (mut store, _) = ProgressStore::open(&theirs_path).expect("open");
        store.save(&theirs).expect("save");
        drop(store);

        let mut state = AppState::new(Settings::default(), today());
        state.apply(Command::Edit { item: "bz-6.1.5".into(), value: FieldValue::Status(Status::InProgress) });
        state.apply(Command::ImportProgress(theirs_path));
        let plan = &state.pending_merge.as_ref().expect("a plan waits for the user").plan;
        assert_eq!((plan.incoming.len(), plan.conflicts.len()), (1, 1));
        assert_eq!(state.entry("bz-6.1.4").percent, 0, "nothing merged before the user decides");

        state.apply(Command::ApplyMerge(vec![false]));
        assert!(state.pending_merge.is_none());
        assert_eq!(state.entry("bz-6.1.4").percent, 60);
        assert_eq!(state.entry("bz-6.1.5").status, Status::InProgress, "the user kept ours");
        state.apply(Command::Undo);
        assert_eq!(state.entry("bz-6.1.4").percent, 0);
        assert_eq!(state.entry("bz-6.1.5").status, Status::InProgress);
    }

    #[test]
    fn a_merged_file_whose_status_contradicts_its_percent_brings_neither_and_says_so() {
        let dir = tempfile::tempdir().expect("temp dir");
        let theirs_path = dir.path().join("经信局.json");
        let mut theirs = crate::domain::progress::ProgressBook::default();
        let at = Timestamp::now();
        // Written before the status–percent rule: 已完成 at 30 %.
        theirs.set("bz-6.1.1", FieldValue::Status(Status::Done), "经信局", at);
        theirs.set("bz-6.1.1", FieldValue::Percent(30), "经信局", at);
        theirs.set("bz-6.1.1", FieldValue::Note("已印发文件".into()), "经信局", at);
        let (mut store, _) = ProgressStore::open(&theirs_path).expect("open");
        store.save(&theirs).expect("save");
        drop(store);

        let mut state = AppState::new(Settings::default(), today());
        state.apply(Command::ImportProgress(theirs_path));
        state.apply(Command::ApplyMerge(Vec::new()));
        let entry = state.entry("bz-6.1.1");
        assert_eq!((entry.status, entry.percent, entry.note.as_str()), (Status::NotStarted, 0, "已印发文件"));
        let notice = state.notice.as_deref().unwrap_or_default();
        assert!(notice.contains("bz-6.1.1：状态“已完成”与完成比例 30% 相矛盾"), "{notice}");
    }

    #[test]
    fn a_snapshot_keeps_the_entries_of_its_moment() {
        let mut state = AppState::new(Settings::default(), today());
        state.apply(Command::Edit { item: "yz-3.1.1".into(), value: FieldValue::Percent(30) });
        state.apply(Command::TakeSnapshot("第三次推进会 2026-11-20".into()));
        state.apply(Command::Edit { item: "yz-3.1.1".into(), value: FieldValue::Percent(70) });
        let snapshot = &state.progress.book.snapshots[0];
        assert_eq!(snapshot.name, "第三次推进会 2026-11-20");
        assert_eq!(snapshot.entries["yz-3.1.1"].percent, 30);
        let changes = crate::domain::progress::compare::compare(&snapshot.entries, &state.progress.book.entries);
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].movement, crate::domain::progress::compare::Movement::Moved);
    }

    #[test]
    fn a_second_window_on_the_same_file_is_read_only_and_says_so() {
        let dir = tempfile::tempdir().expect("temp dir");
        let settings = Settings { progress_path: Some(dir.path().join("progress.json")), ..Settings::default() };
        let first = AppState::new(settings.clone(), today());
        let mut second = AppState::new(settings, today());
        assert!(matches!(second.progress.problem, Some(super::super::FileProblem::ReadOnly)));
        second.apply(Command::Edit { item: "yz-3.1.1".into(), value: FieldValue::Percent(30) });
        assert_eq!(second.entry("yz-3.1.1").percent, 0, "a read-only window does not edit");
        drop(first);
        second.apply(Command::ReopenProgress);
        assert!(second.progress.problem.is_none());
    }

    #[test]
    fn the_sample_metrics_load_at_start_and_a_file_loads_in_the_background() {
        let mut state = AppState::new(Settings::default(), today());
        assert_eq!(state.metrics.datasets.len(), 2, "the illustrative panel and the sourced figures");
        assert!(state.metrics.datasets.iter().any(|d| d.loaded.panel.is_illustrative()));
        let sample =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/四川巴中_2024-2025_文献数据.csv");
        state.apply(Command::OpenMetrics(sample));
        assert!(state.metrics.loading.is_some());
        let start = std::time::Instant::now();
        while !state.metrics.poll() {
            assert!(start.elapsed().as_secs() < 30, "the background load never finished");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert_eq!(state.metrics.datasets.len(), 3);
        assert!(state.metrics.error.is_none());
    }

    #[test]
    fn an_export_writes_the_file_and_says_where() {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = dir.path().join("台账.xlsx");
        let mut state = AppState::new(Settings::default(), today());
        state.apply(Command::Export(ExportFormat::Xlsx, out.clone()));
        assert!(out.exists());
        assert!(state.notice.as_deref().is_some_and(|n| n.starts_with("已导出：")), "{:?}", state.notice);
    }

    #[test]
    fn asking_for_a_picture_of_the_view_leaves_it_to_the_frame_loop() {
        let mut state = AppState::new(Settings::default(), today());
        state.apply(Command::ExportView("view.png".into()));
        assert_eq!(state.view_export.as_deref(), Some(std::path::Path::new("view.png")));
    }
}
