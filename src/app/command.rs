//! What the UI asks for. Panels push commands while drawing; the app applies them after the pass.

use std::path::PathBuf;

use crate::i18n::Lang;

/// One request from the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select an item (or none) for the detail view.
    SelectItem(Option<String>),
    /// Show a source document, its citation and theory, in the detail view.
    SelectDocument(String),
    /// Filter the checklist to an element's items (or clear the filter).
    SelectElement(Option<String>),
    /// Switch the UI language.
    SetLang(Lang),
    /// Load a framework file instead of the current one.
    OpenFramework(PathBuf),
    /// Go back to the framework built into the app.
    UseBuiltInFramework,
    /// Close the error banner.
    DismissError,
}
