//! What the app remembers between runs (eframe persistence): small, serde, separate from runtime state.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::domain::progress::LightRule;
use crate::i18n::Lang;

/// Persisted user settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// UI language.
    pub lang: Lang,
    /// Dark theme instead of the light default.
    pub dark: bool,
    /// An office's framework file used instead of the built-in one.
    pub framework_path: Option<PathBuf>,
    /// The progress file; `None` keeps progress in memory (the window fills in the default file).
    pub progress_path: Option<PathBuf>,
    /// The user's name, recorded with every change.
    pub user_name: String,
    /// The region named in reports, e.g. 巴中市 or 通江县.
    pub region: String,
    /// The user's unit, for the "my unit" filter.
    pub user_unit: String,
    /// Thresholds of the red/yellow/green rule.
    pub light_rule: LightRule,
    /// Folders of the files chosen lately, newest first: the built-in file dialog offers them as places.
    pub recent_folders: Vec<PathBuf>,
    /// The first-run welcome was answered or put off: it is not shown again.
    pub welcomed: bool,
}

impl Settings {
    /// Key under which eframe stores the settings.
    pub const STORAGE_KEY: &'static str = "policy-cockpit.settings";

    /// True on a first run: nobody has said who they are, for which unit and region, nor put the question off.
    pub fn wants_welcome(&self) -> bool {
        !self.welcomed && [&self.user_name, &self.user_unit, &self.region].iter().all(|v| v.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::Settings;

    #[test]
    fn fresh_settings_want_the_welcome_until_answered_or_partly_filled_in() {
        assert!(Settings::default().wants_welcome());
        assert!(!Settings { welcomed: true, ..Settings::default() }.wants_welcome());
        assert!(!Settings { region: "通江县".into(), ..Settings::default() }.wants_welcome());
        assert!(Settings { user_name: "  ".into(), ..Settings::default() }.wants_welcome());
    }
}
