//! Expert weights for the evaluation index: a small JSON file an office writes by hand, e.g.
//!
//! ```json
//! { "note": "2026年专家论证会", "weights": { "rd-spending": 3, "国家高新技术企业数": 2, "5G基站数": 1 } }
//! ```
//!
//! Keys are catalog ids or indicator names as the data file writes them; values are relative
//! weights (any scale, divided by their sum). Indicators not listed are left out of the index.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::json_file::{self, JsonFileError};
use crate::domain::index::ExpertWeights;
use crate::i18n::{Lang, describe_weights_file_error};

/// Why a weights file cannot be used.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_weights_file_error(self, Lang::En))]
pub enum WeightsFileError {
    /// The file could not be read, is not text, or not JSON.
    File(#[from] JsonFileError),
    /// JSON, but without a `weights` object.
    Shape {
        /// The file.
        path: PathBuf,
    },
    /// A weight that is not a number.
    NotANumber {
        /// The file.
        path: PathBuf,
        /// The indicator.
        key: String,
        /// What was written instead.
        value: String,
    },
    /// No indicator listed.
    Empty {
        /// The file.
        path: PathBuf,
    },
}

/// Reads a weights file.
pub fn load(path: &Path) -> Result<ExpertWeights, WeightsFileError> {
    weights(json_file::read_json(path)?, path)
}

/// Reads weights from the bytes of a file at `path` (named in messages).
pub fn parse(bytes: &[u8], path: &Path) -> Result<ExpertWeights, WeightsFileError> {
    weights(json_file::parse_bytes(bytes, path)?, path)
}

/// The weights a file's JSON value lists.
fn weights(value: Value, path: &Path) -> Result<ExpertWeights, WeightsFileError> {
    let path = path.to_owned();
    let Some(map) = value.get("weights").and_then(Value::as_object) else {
        return Err(WeightsFileError::Shape { path });
    };
    let mut weights = Vec::with_capacity(map.len());
    for (key, value) in map {
        match value.as_f64() {
            Some(w) => weights.push((key.trim().to_owned(), w)),
            None => return Err(WeightsFileError::NotANumber { path, key: key.clone(), value: value.to_string() }),
        }
    }
    if weights.is_empty() {
        return Err(WeightsFileError::Empty { path });
    }
    Ok(ExpertWeights { weights })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<ExpertWeights, WeightsFileError> {
        parse(text.as_bytes(), Path::new("w.json"))
    }

    #[test]
    fn weights_are_read_by_catalog_id_or_name() {
        let w = parse_str(r#"{"note": "论证会", "weights": {"rd-spending": 3, " 5G基站数 ": 1.5}}"#).expect("valid");
        assert!(w.weights.contains(&("rd-spending".to_owned(), 3.0)));
        assert!(w.weights.contains(&("5G基站数".to_owned(), 1.5)));
    }

    #[test]
    fn a_weight_written_as_text_names_its_indicator() {
        let err = parse_str(r#"{"weights": {"rd-spending": "三"}}"#).expect_err("text");
        assert!(matches!(err, WeightsFileError::NotANumber { key, .. } if key == "rd-spending"));
    }

    #[test]
    fn a_file_without_weights_is_refused() {
        assert!(matches!(parse_str(r#"{"rd-spending": 3}"#), Err(WeightsFileError::Shape { .. })));
        assert!(matches!(parse_str(r#"{"weights": {}}"#), Err(WeightsFileError::Empty { .. })));
        assert!(matches!(
            parse_str(r#"{"weights": {"#),
            Err(WeightsFileError::File(JsonFileError::Json { truncated: true, .. }))
        ));
    }
}
