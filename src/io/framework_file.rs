//! Reading the framework: the copy embedded in the binary, or an office's updated file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::domain::framework::{Flaw, Framework};
use crate::domain::metrics::Catalog;
use crate::i18n::{Lang, describe_load_error};

use super::json_file::{self, JsonFileError};
use super::metrics::catalog_file;

/// The framework shipped with the app (`assets/framework.json`).
pub const EMBEDDED_JSON: &str = include_str!("../../assets/framework.json");

/// Why a framework file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_load_error(self, Lang::En))]
pub enum FrameworkLoadError {
    /// The file could not be read, is not text, or not JSON of the framework's shape.
    File(#[from] JsonFileError),
    /// The JSON is well-formed but the framework breaks its rules.
    Invalid {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        flaws: Vec<Flaw>,
    },
}

/// Parses and checks framework JSON; `path` names the origin in errors. The indicators its diagnoses name
/// must be in the catalog shipped with the app, the one the window and the command line read.
pub fn parse(json: &str, path: &Path) -> Result<Framework, FrameworkLoadError> {
    check(json_file::parse(json, path)?, path)
}

/// Reads, parses and checks a framework file.
pub fn load(path: &Path) -> Result<Framework, FrameworkLoadError> {
    check(json_file::read_json(path)?, path)
}

/// The framework if it keeps its rules and names only indicators of the shipped catalog.
fn check(framework: Framework, path: &Path) -> Result<Framework, FrameworkLoadError> {
    let mut flaws = framework.flaws();
    let catalog = catalog_indicator_ids();
    flaws.extend(framework.unknown_indicators(|id| catalog.contains(id)));
    if flaws.is_empty() { Ok(framework) } else { Err(FrameworkLoadError::Invalid { path: path.to_owned(), flaws }) }
}

/// Ids of the shipped catalog's indicators; none when it does not parse (its own loader reports that).
fn catalog_indicator_ids() -> HashSet<String> {
    serde_json::from_str::<Catalog>(catalog_file::EMBEDDED_JSON)
        .map(|c| c.indicators.into_iter().map(|i| i.id).collect())
        .unwrap_or_default()
}

/// The framework embedded in the binary.
pub fn embedded() -> Result<Framework, FrameworkLoadError> {
    parse(EMBEDDED_JSON, Path::new("assets/framework.json"))
}
