//! The eframe application: runtime state, commands from the UI, and applying them after each pass.

mod charts;
mod command;
mod dropped;
mod evaluation;
pub mod feedback;
mod file_choice;
mod file_request;
mod filters;
mod ledger;
mod loading;
mod metrics;
mod native_dialog;
mod open_folder;
mod plan;
mod progress;
pub mod screenshot;
mod settings;
mod state;

pub use charts::{Chart, ChartLine, ChartSet, ChartSpread, MAX_CHARTS, MAX_LINES};
pub use command::Command;
pub use evaluation::{Computed, EvaluationView};
pub use feedback::{Toast, Toasts};
pub use file_choice::{Arrival, DIALOG_ENV, DialogKind, FileChoice};
pub use file_request::{FileFilter, FileRequest, LEDGER_EXTENSIONS, METRICS_EXTENSIONS, Mode, Purpose};
pub use filters::Filters;
pub use ledger::{LedgerImport, LedgerPreview};
pub use loading::Loading;
pub use metrics::{Dataset, DatasetFigure, KeyFigures, Metrics};
pub use plan::{PlanView, ScopeSet, TargetReading};
pub use progress::{FileProblem, Progress};
pub use settings::Settings;
pub use state::{AppState, FrameworkOrigin, PendingMerge};

use std::sync::{Arc, Mutex};

use crate::i18n::strings as s;
use crate::ui;

/// The window's application object.
pub struct CockpitApp {
    /// What the panels read.
    pub state: AppState,
    /// Title last sent to the window, so it is only sent when it changes.
    shown_title: String,
    /// Where a picture of the window went (or why not), filled in by the screenshot callback.
    view_saved: Arc<Mutex<Option<Result<std::path::PathBuf, String>>>>,
    /// A fixed day instead of the computer's (for pictures that must not change from day to day).
    frozen_today: Option<jiff::civil::Date>,
}

impl CockpitApp {
    /// Builds the app with fonts and theme installed, the remembered settings restored, and the
    /// progress file opened (the default one in the user's data folder unless another was chosen).
    /// `progress` overrides the remembered progress file (the `--progress` option).
    pub fn new(cc: &eframe::CreationContext<'_>, progress: Option<std::path::PathBuf>) -> Self {
        ui::fonts::install(&cc.egui_ctx);
        ui::theme::apply(&cc.egui_ctx);
        let mut settings: Settings =
            cc.storage.and_then(|storage| eframe::get_value(storage, Settings::STORAGE_KEY)).unwrap_or_default();
        if progress.is_some() {
            settings.progress_path = progress;
        }
        if settings.progress_path.is_none() {
            settings.progress_path = default_progress_path();
        }
        let mut app = Self::with_settings(settings);
        app.state.metrics.cache = metrics_cache();
        app.state.files.set_kind(DialogKind::from_env());
        app
    }

    /// Builds the app state for these settings (fonts and theme are the caller's); metrics files are
    /// read in full each time (no cache).
    pub fn with_settings(settings: Settings) -> Self {
        Self {
            state: AppState::new(settings, today()),
            shown_title: String::new(),
            view_saved: Arc::default(),
            frozen_today: None,
        }
    }

    /// Keeps the app on one day (lights, "as of" dates), whatever the clock says: for reproducible pictures.
    pub fn freeze_today(&mut self, day: jiff::civil::Date) {
        self.frozen_today = Some(day);
        self.state.set_today(day);
    }

    fn window_title(&self) -> String {
        let lang = self.state.settings.lang;
        let file = match &self.state.progress.path {
            Some(path) => path.display().to_string(),
            None => s::PROGRESS_IN_MEMORY.get(lang).to_owned(),
        };
        let unsaved = if self.state.progress.problem.is_some() { " *" } else { "" };
        format!("{} — {file}{unsaved}", s::APP_TITLE.get(lang))
    }
}

impl CockpitApp {
    /// Asks for a picture of the next frame and writes it as PNG; the outcome becomes a toast or the notice.
    fn save_view(&self, ctx: &egui::Context, path: std::path::PathBuf) {
        let (slot, lang, repaint) = (self.view_saved.clone(), self.state.settings.lang, ctx.clone());
        ctx.request_screenshot(move |image| {
            let message = match screenshot::save_png(&path, &image) {
                Ok(()) => Ok(path),
                Err(e) => Err(s::ERR_SCREENSHOT.fill(lang, &[("reason", &e)])),
            };
            if let Ok(mut slot) = slot.lock() {
                *slot = Some(message);
            }
            repaint.request_repaint();
        });
    }
}

impl CockpitApp {
    /// Carries out what the file dialogs and dropped files sent since the last frame.
    fn take_chosen_files(&mut self, ctx: &egui::Context) {
        if !self.state.files.has_wake() {
            let ctx = ctx.clone();
            self.state.files.set_wake(move || ctx.request_repaint());
        }
        for arrival in self.state.files.poll(&mut self.state.settings.recent_folders) {
            match arrival {
                Arrival::Command(command) => feedback::apply(&mut self.state, command),
                Arrival::Unrecognised(path) => {
                    let name =
                        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
                    self.state.toasts.push(s::DROP_UNKNOWN.fill(self.state.settings.lang, &[("name", &name)]));
                }
            }
        }
    }
}

/// Today in the computer's time zone.
fn today() -> jiff::civil::Date {
    jiff::ZonedDateTime::now().date()
}

/// `progress.json` in the user's data folder (e.g. `~/.local/share/policy-cockpit/` on Linux): the window's
/// default file, which the command line reads when no `--progress` is given.
pub fn default_progress_file() -> Option<std::path::PathBuf> {
    // Looked up once: the header asks every frame whether the open file is this one.
    static DEFAULT: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    DEFAULT
        .get_or_init(|| {
            directories::ProjectDirs::from("", "", "policy-cockpit").map(|dirs| dirs.data_dir().join("progress.json"))
        })
        .clone()
}

/// [`default_progress_file`], its folder made if missing.
fn default_progress_path() -> Option<std::path::PathBuf> {
    let path = default_progress_file()?;
    std::fs::create_dir_all(path.parent()?).ok()?;
    Some(path)
}

/// The cache of metrics files: `metrics-cache/` in the user's data folder.
fn metrics_cache() -> Option<crate::io::metrics::cache::MetricsCache> {
    let dirs = directories::ProjectDirs::from("", "", "policy-cockpit")?;
    Some(crate::io::metrics::cache::MetricsCache::new(dirs.data_dir().join("metrics-cache")))
}

impl eframe::App for CockpitApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.state.set_today(self.frozen_today.unwrap_or_else(today));
        self.state.poll_metrics();
        self.state.poll_ledger();
        self.state.evaluation.update(&self.state.metrics);
        self.take_chosen_files(ui.ctx());
        let busy = self.state.ledger.loading.is_some() || self.state.evaluation.is_computing();
        if self.state.metrics.loading.is_some() || busy {
            // Look for the background read's result a few times a second.
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        }
        let ctx = ui.ctx().clone();
        let theme = if self.state.settings.dark { egui::Theme::Dark } else { egui::Theme::Light };
        if ctx.theme() != theme {
            ctx.set_theme(theme);
        }
        let mut commands = ui::shortcuts::read(&ctx, &self.state);
        ui::show(ui, &self.state, &mut commands);
        let was_presenting = self.state.presentation.is_some();
        for command in commands {
            feedback::apply(&mut self.state, command);
        }
        if let Some(path) = self.state.view_export.take() {
            self.save_view(&ctx, path);
        }
        if let Some(outcome) = self.view_saved.lock().ok().and_then(|mut slot| slot.take()) {
            feedback::view_saved(&mut self.state, outcome);
        }
        let presenting = self.state.presentation.is_some();
        if presenting != was_presenting {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(presenting));
        }
        let title = self.window_title();
        if title != self.shown_title {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::STORAGE_KEY, &self.state.settings);
    }
}
