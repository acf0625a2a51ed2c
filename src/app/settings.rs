//! What the app remembers between runs (eframe persistence): small, serde, separate from runtime state.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Persisted user settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// UI language.
    pub lang: Lang,
    /// An office's framework file used instead of the built-in one.
    pub framework_path: Option<PathBuf>,
}

impl Settings {
    /// Key under which eframe stores the settings.
    pub const STORAGE_KEY: &'static str = "policy-cockpit.settings";
}
