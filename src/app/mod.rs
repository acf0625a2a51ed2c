//! The eframe application: runtime state, commands from the UI, and applying them after each pass.

mod command;
mod settings;
mod state;

pub use command::Command;
pub use settings::Settings;
pub use state::{AppState, FrameworkOrigin};

use crate::i18n::strings as s;
use crate::ui;

/// The window's application object.
pub struct CockpitApp {
    /// What the panels read.
    pub state: AppState,
    /// Title last sent to the window, so it is only sent when it changes.
    shown_title: String,
}

impl CockpitApp {
    /// Builds the app with fonts and theme installed and the remembered settings restored.
    pub fn new(cc: &eframe::CreationContext<'_>) -> Self {
        ui::fonts::install(&cc.egui_ctx);
        ui::theme::apply(&cc.egui_ctx);
        let settings: Settings =
            cc.storage.and_then(|storage| eframe::get_value(storage, Settings::STORAGE_KEY)).unwrap_or_default();
        Self::with_settings(settings)
    }

    /// Builds the app state for these settings (fonts and theme are the caller's).
    pub fn with_settings(settings: Settings) -> Self {
        Self { state: AppState::new(settings), shown_title: String::new() }
    }

    fn window_title(&self) -> String {
        let lang = self.state.settings.lang;
        let origin = match &self.state.origin {
            FrameworkOrigin::BuiltIn => s::FRAMEWORK_BUILT_IN.get(lang).to_owned(),
            FrameworkOrigin::File(path) => path.display().to_string(),
        };
        format!("{} — {origin}", s::APP_TITLE.get(lang))
    }
}

impl eframe::App for CockpitApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut commands = Vec::new();
        ui::show(ui, &self.state, &mut commands);
        for command in commands {
            self.state.apply(command);
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
