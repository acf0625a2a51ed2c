//! The app's runtime state and the one place that changes it: [`AppState::apply`].

use std::path::PathBuf;

use crate::domain::framework::Framework;
use crate::io::framework_file::{self, FrameworkLoadError};

use super::command::Command;
use super::settings::Settings;

/// Where the framework on screen came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameworkOrigin {
    /// The copy built into the app.
    BuiltIn,
    /// An office's file.
    File(PathBuf),
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
    /// Item shown in the detail view.
    pub selected_item: Option<String>,
    /// Document shown in the detail view when no item is selected.
    pub selected_document: Option<String>,
    /// Element the checklist is filtered to.
    pub selected_element: Option<String>,
    /// A lasting problem shown as a banner until dismissed.
    pub error: Option<FrameworkLoadError>,
}

impl AppState {
    /// State for these settings: their framework file if it loads, else the built-in one with a banner.
    pub fn new(settings: Settings) -> Self {
        let mut state = Self {
            settings: Settings { framework_path: None, ..settings.clone() },
            framework: built_in(),
            origin: FrameworkOrigin::BuiltIn,
            selected_item: None,
            selected_document: None,
            selected_element: None,
            error: None,
        };
        if let Some(path) = settings.framework_path {
            state.apply(Command::OpenFramework(path));
        }
        state
    }

    /// Applies one command.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::SelectItem(item) => {
                self.selected_item = item;
                self.selected_document = None;
            }
            Command::SelectDocument(document) => {
                self.selected_item = None;
                self.selected_document = Some(document);
            }
            Command::SelectElement(element) => self.selected_element = element,
            Command::SetLang(lang) => self.settings.lang = lang,
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
        }
    }

    fn replace_framework(&mut self, framework: Framework, origin: FrameworkOrigin) {
        if self.selected_item.as_deref().is_some_and(|id| framework.item(id).is_none()) {
            self.selected_item = None;
        }
        if self.selected_document.as_deref().is_some_and(|id| framework.document(id).is_none()) {
            self.selected_document = None;
        }
        if self.selected_element.as_deref().is_some_and(|id| framework.element(id).is_none()) {
            self.selected_element = None;
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

    #[test]
    fn a_broken_framework_file_leaves_the_current_framework_and_shows_why() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("broken.json");
        std::fs::write(&path, "{\"schema_version\": 1, \"pillars\": [").expect("write");
        let mut state = AppState::new(Settings::default());
        let before = state.framework.clone();
        state.apply(Command::OpenFramework(path));
        assert_eq!(state.framework, before);
        assert_eq!(state.origin, FrameworkOrigin::BuiltIn);
        assert!(matches!(state.error, Some(FrameworkLoadError::Json { truncated: true, .. })));
        assert_eq!(state.settings.framework_path, None);
    }

    #[test]
    fn a_remembered_framework_file_that_vanished_falls_back_to_the_built_in_one() {
        let settings = Settings { framework_path: Some("/nonexistent/framework.json".into()), ..Settings::default() };
        let state = AppState::new(settings);
        assert_eq!(state.origin, FrameworkOrigin::BuiltIn);
        assert!(matches!(state.error, Some(FrameworkLoadError::Read { .. })));
        assert_eq!(state.settings.framework_path, None);
    }
}
