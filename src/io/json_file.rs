//! Reading a JSON file a person may have written or edited: its bytes, its text whatever editor saved it (see
//! [`text`](super::text)) and its value, with errors that name the file and the place. The framework, the
//! catalog, the progress file and the expert weights are read this way; what their content must satisfy is
//! each loader's own business, in its own error type, which wraps [`JsonFileError`].

use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::text::{self, NotText};
use crate::i18n::{Lang, describe_json_file_error};

/// Why a file could not be read as JSON.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_json_file_error(self, Lang::En))]
pub enum JsonFileError {
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
    /// The text is not valid JSON, or does not have the shape the file should have.
    Json {
        /// The file.
        path: PathBuf,
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error, from 1 (0 when the file is empty).
        column: usize,
        /// The file ends before the JSON does (truncated).
        truncated: bool,
        /// The parser's own words.
        detail: String,
    },
}

impl JsonFileError {
    /// `path` could not be read.
    pub fn read(path: &Path, source: std::io::Error) -> Self {
        Self::Read { path: path.to_owned(), source }
    }

    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Read { path, .. } | Self::Encoding { path, .. } | Self::Json { path, .. } => path,
        }
    }
}

/// Reads, decodes and parses a JSON file.
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T, JsonFileError> {
    let bytes = std::fs::read(path).map_err(|source| JsonFileError::read(path, source))?;
    parse_bytes(&bytes, path)
}

/// Decodes and parses the bytes of a JSON file; `path` names it in errors.
pub fn parse_bytes<T: DeserializeOwned>(bytes: &[u8], path: &Path) -> Result<T, JsonFileError> {
    parse(&decode(bytes, path)?, path)
}

/// The text of a file's bytes; `path` names it in errors.
pub fn decode(bytes: &[u8], path: &Path) -> Result<String, JsonFileError> {
    text::decode(bytes).map_err(|source| JsonFileError::Encoding { path: path.to_owned(), source })
}

/// Parses JSON text; `path` names its file in errors.
pub fn parse<T: DeserializeOwned>(json: &str, path: &Path) -> Result<T, JsonFileError> {
    serde_json::from_str(json).map_err(|e| JsonFileError::Json {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        truncated: e.is_eof(),
        detail: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_a_read_error_naming_it() {
        let err = read_json::<serde_json::Value>(Path::new("no/such.json")).expect_err("missing");
        assert!(matches!(&err, JsonFileError::Read { .. }), "{err:?}");
        assert_eq!(err.path(), Path::new("no/such.json"));
    }

    #[test]
    fn utf16_text_is_parsed_and_gbk_bytes_are_an_encoding_error() {
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("[\"支柱\"]".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(parse_bytes::<Vec<String>>(&utf16, Path::new("a.json")).expect("utf-16"), ["支柱"]);
        let err = parse_bytes::<Vec<String>>(b"[\"\xD5\xFE\"]", Path::new("a.json")).expect_err("gbk");
        assert!(matches!(err, JsonFileError::Encoding { source: NotText { offset: 2 }, .. }), "{err:?}");
    }

    #[test]
    fn a_cut_file_is_told_from_a_wrong_one_with_its_place() {
        let cut = parse::<Vec<u8>>("[1,\n2,", Path::new("a.json")).expect_err("cut");
        assert!(matches!(cut, JsonFileError::Json { line: 2, truncated: true, .. }), "{cut:?}");
        let wrong = parse::<Vec<u8>>("[1,\n x]", Path::new("a.json")).expect_err("wrong");
        assert!(matches!(wrong, JsonFileError::Json { line: 2, column: 2, truncated: false, .. }), "{wrong:?}");
    }
}
