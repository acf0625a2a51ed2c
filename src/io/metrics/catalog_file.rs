//! Reading the indicator catalog: the copy embedded in the binary, or an office's own file.

use std::path::{Path, PathBuf};

use crate::domain::framework::Framework;
use crate::domain::metrics::{Catalog, CatalogProblem};
use crate::i18n::{Lang, describe_catalog_error};
use crate::io::text::{self, NotText};

/// The catalog shipped with the app (`assets/indicators.json`).
pub const EMBEDDED_JSON: &str = include_str!("../../../assets/indicators.json");

/// Why a catalog file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_catalog_error(self, Lang::En))]
pub enum CatalogLoadError {
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
    /// Not valid JSON, or not the catalog's shape.
    Json {
        /// The file.
        path: PathBuf,
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// The file ends before the JSON does.
        truncated: bool,
        /// The parser's words.
        detail: String,
    },
    /// Well-formed, but entries break the catalog's rules or refer to what the framework lacks.
    Invalid {
        /// The file.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<CatalogProblem>,
    },
}

/// Parses and checks catalog JSON against a framework; `path` names the origin in errors.
pub fn parse(json: &str, path: &Path, framework: &Framework) -> Result<Catalog, CatalogLoadError> {
    let catalog: Catalog = serde_json::from_str(json).map_err(|e| CatalogLoadError::Json {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        truncated: e.is_eof(),
        detail: e.to_string(),
    })?;
    let problems = catalog.problems(framework);
    if problems.is_empty() { Ok(catalog) } else { Err(CatalogLoadError::Invalid { path: path.to_owned(), problems }) }
}

/// Reads, parses and checks a catalog file.
pub fn load(path: &Path, framework: &Framework) -> Result<Catalog, CatalogLoadError> {
    let bytes = std::fs::read(path).map_err(|source| CatalogLoadError::Read { path: path.to_owned(), source })?;
    let json = text::decode(&bytes).map_err(|source| CatalogLoadError::Encoding { path: path.to_owned(), source })?;
    parse(&json, path, framework)
}

/// The catalog embedded in the binary, checked against `framework`.
pub fn embedded(framework: &Framework) -> Result<Catalog, CatalogLoadError> {
    parse(EMBEDDED_JSON, Path::new("assets/indicators.json"), framework)
}
