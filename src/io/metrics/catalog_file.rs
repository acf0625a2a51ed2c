//! Reading the indicator catalog: the copy embedded in the binary, or an office's own file.

use std::path::{Path, PathBuf};

use crate::domain::framework::Framework;
use crate::domain::metrics::{Catalog, CatalogProblem};
use crate::i18n::{Lang, describe_catalog_error};
use crate::io::json_file::{self, JsonFileError};

/// The catalog shipped with the app (`assets/indicators.json`).
pub const EMBEDDED_JSON: &str = include_str!("../../../assets/indicators.json");

/// Why a catalog file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_catalog_error(self, Lang::En))]
pub enum CatalogLoadError {
    /// The file could not be read, is not text, or not JSON of the catalog's shape.
    File(#[from] JsonFileError),
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
    check(json_file::parse(json, path)?, path, framework)
}

/// Reads, parses and checks a catalog file.
pub fn load(path: &Path, framework: &Framework) -> Result<Catalog, CatalogLoadError> {
    check(json_file::read_json(path)?, path, framework)
}

/// The catalog if it keeps its rules and refers only to what `framework` has.
fn check(catalog: Catalog, path: &Path, framework: &Framework) -> Result<Catalog, CatalogLoadError> {
    let problems = catalog.problems(framework);
    if problems.is_empty() { Ok(catalog) } else { Err(CatalogLoadError::Invalid { path: path.to_owned(), problems }) }
}

/// The catalog embedded in the binary, checked against `framework`.
pub fn embedded(framework: &Framework) -> Result<Catalog, CatalogLoadError> {
    parse(EMBEDDED_JSON, Path::new("assets/indicators.json"), framework)
}
