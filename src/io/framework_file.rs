//! Reading the framework: the copy embedded in the binary, or an office's updated file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::domain::framework::{Flaw, Framework};
use crate::domain::metrics::Catalog;
use crate::i18n::{Lang, describe_load_error};

use super::metrics::catalog_file;
use super::text::{self, NotText};

/// The framework shipped with the app (`assets/framework.json`).
pub const EMBEDDED_JSON: &str = include_str!("../../assets/framework.json");

/// Why a framework file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_load_error(self, Lang::En))]
pub enum FrameworkLoadError {
    /// The file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not UTF-8 (or UTF-16 with a BOM) text.
    Encoding {
        /// The file.
        path: PathBuf,
        /// Where decoding failed.
        source: NotText,
    },
    /// The text is not valid JSON, or does not have the framework's shape.
    Json {
        /// The file.
        path: PathBuf,
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1.
        column: usize,
        /// The file ends before the JSON does (truncated).
        truncated: bool,
        /// The parser's own words.
        detail: String,
    },
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
    let framework: Framework = serde_json::from_str(json).map_err(|e| FrameworkLoadError::Json {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        truncated: e.is_eof(),
        detail: e.to_string(),
    })?;
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

/// Reads, parses and checks a framework file.
pub fn load(path: &Path) -> Result<Framework, FrameworkLoadError> {
    let bytes = std::fs::read(path).map_err(|source| FrameworkLoadError::Read { path: path.to_owned(), source })?;
    let json = text::decode(&bytes).map_err(|source| FrameworkLoadError::Encoding { path: path.to_owned(), source })?;
    parse(&json, path)
}

/// The framework embedded in the binary.
pub fn embedded() -> Result<Framework, FrameworkLoadError> {
    parse(EMBEDDED_JSON, Path::new("assets/framework.json"))
}
