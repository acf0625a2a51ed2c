//! The file's JSON: reading every schema version (older ones migrated step by step to the current one)
//! and writing the current one, pretty-printed UTF-8 with keys in a stable order.
//!
//! Schema 1 is the first, minimal layout — what a person or a script writes by hand:
//! `{"schema_version": 1, "items": [{"id": "yz-3.1.1", "status": "推进中", "percent": 40,
//! "deadline": "2026-12-31", "lead_unit": "市科技局", "note": "…"}]}`; only `id` and `status` are required.
//! Schema 2 is [`ProgressBook`] as serde writes it. Schema 3 adds the work plan (an item's scope, local
//! tasks as entries of their own): a schema-2 file reads unchanged, every item 待定 and no tasks.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;
use serde::Deserialize;

use crate::domain::progress::{Entry, ProgressBook, SCHEMA_VERSION, Status};
use crate::io::json_file;

use super::{ProgressFileError, ValueProblem};

/// A book read from a file, with the schema version the file had.
pub(super) struct Parsed {
    pub book: ProgressBook,
    pub from_version: u32,
}

/// Reads a progress file of any supported schema; `path` names the origin in errors.
pub(super) fn parse(bytes: &[u8], path: &Path) -> Result<Parsed, ProgressFileError> {
    let text = json_file::decode(bytes, path)?;
    // The version first, so the whole file is then read with the layout of that version and errors
    // point at the line that breaks it.
    let version = json_file::parse::<ProgressFile>(&text, path)?.schema_version;
    // Each older version becomes the next one up, until the current one: a new version adds one step here.
    let (book, from_version) = match version {
        1 => (v2_from_v1(json_file::parse(&text, path)?, path)?, 1),
        // Schema 3 only adds fields with defaults: a schema-2 book is a schema-3 book without a plan.
        2 => (ProgressBook { schema_version: SCHEMA_VERSION, ..json_file::parse(&text, path)? }, 2),
        3 => (json_file::parse(&text, path)?, 3),
        found => return Err(ProgressFileError::UnsupportedSchema { path: path.to_owned(), found }),
    };
    check(&book, path)?;
    Ok(Parsed { book, from_version })
}

/// The file's bytes in the current schema.
pub(super) fn to_bytes(book: &ProgressBook, path: &Path) -> Result<Vec<u8>, ProgressFileError> {
    if book.schema_version != SCHEMA_VERSION {
        // This build writes the current layout whatever the book says, so the number has to match it.
        let current = ProgressBook { schema_version: SCHEMA_VERSION, ..book.clone() };
        return to_bytes(&current, path);
    }
    check(book, path)?;
    let mut bytes = serde_json::to_vec_pretty(book)
        .map_err(|e| ProgressFileError::Write { path: path.to_owned(), source: std::io::Error::other(e) })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Values the types allow but a progress book must not hold; checked on reading and before writing,
/// so a file this build writes is always one it reads.
fn check(book: &ProgressBook, path: &Path) -> Result<(), ProgressFileError> {
    match book.entries.iter().find(|(_, entry)| entry.percent > 100) {
        Some((item, entry)) => Err(ProgressFileError::BadValue {
            path: path.to_owned(),
            item: item.clone(),
            field: "percent",
            problem: ValueProblem::PercentOver100 { found: u64::from(entry.percent) },
        }),
        None => Ok(()),
    }
}

/// Only the version, whatever the rest holds.
#[derive(Deserialize)]
struct ProgressFile {
    schema_version: u64,
}

/// Schema 1.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileV1 {
    #[serde(rename = "schema_version")]
    _schema_version: u64,
    #[serde(default)]
    items: Vec<ItemV1>,
}

/// One item of schema 1. Unknown fields are refused rather than dropped, so no one's data vanishes unseen.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ItemV1 {
    id: String,
    status: String,
    percent: Option<u64>,
    deadline: Option<String>,
    lead_unit: Option<String>,
    note: Option<String>,
}

/// Schema 1 → 2 (and so 3): items become entries by id; no history, no snapshots, no plan.
fn v2_from_v1(file: FileV1, path: &Path) -> Result<ProgressBook, ProgressFileError> {
    let mut entries = BTreeMap::new();
    for (index, item) in file.items.into_iter().enumerate() {
        let id = item.id.trim().to_owned();
        let bad = |field: &'static str, problem: ValueProblem| ProgressFileError::BadValue {
            path: path.to_owned(),
            item: id.clone(),
            field,
            problem,
        };
        if id.is_empty() {
            return Err(bad("id", ValueProblem::EmptyId { position: index + 1 }));
        }
        if entries.contains_key(&id) {
            return Err(bad("id", ValueProblem::DuplicateItem));
        }
        let status = Status::parse(&item.status)
            .ok_or_else(|| bad("status", ValueProblem::UnknownStatus { word: item.status.clone() }))?;
        let percent = match item.percent {
            None => 0,
            Some(found) => u8::try_from(found)
                .ok()
                .filter(|p| *p <= 100)
                .ok_or_else(|| bad("percent", ValueProblem::PercentOver100 { found }))?,
        };
        let deadline = match item.deadline.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => Some(
                text.parse::<Date>().map_err(|_| bad("deadline", ValueProblem::BadDate { text: text.to_owned() }))?,
            ),
        };
        let entry = Entry {
            status,
            percent,
            deadline,
            lead_unit: item.lead_unit.unwrap_or_default().trim().to_owned(),
            note: item.note.unwrap_or_default(),
            ..Entry::default()
        };
        entries.insert(id, entry);
    }
    Ok(ProgressBook { schema_version: SCHEMA_VERSION, entries, ..ProgressBook::default() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::json_file::JsonFileError;

    fn v1(items: &str) -> Result<Parsed, ProgressFileError> {
        parse(format!(r#"{{"schema_version": 1, "items": [{items}]}}"#).as_bytes(), Path::new("p.json"))
    }

    fn problem(result: Result<Parsed, ProgressFileError>) -> (String, &'static str, ValueProblem) {
        match result {
            Err(ProgressFileError::BadValue { item, field, problem, .. }) => (item, field, problem),
            Err(other) => panic!("expected a bad value, got {other:?}"),
            Ok(_) => panic!("expected a bad value, got a book"),
        }
    }

    #[test]
    fn schema_1_statuses_may_be_chinese_or_english_and_blank_fields_are_empty() {
        let parsed =
            v1(r#"{"id": "a", "status": "受阻"}, {"id": "b", "status": "done", "deadline": "", "percent": null}"#)
                .expect("parses");
        assert_eq!(parsed.from_version, 1);
        assert_eq!(parsed.book.schema_version, SCHEMA_VERSION);
        assert_eq!(parsed.book.entry("a").status, Status::Blocked);
        assert_eq!(parsed.book.entry("b"), Entry { status: Status::Done, ..Entry::default() });
    }

    #[test]
    fn schema_1_values_that_do_not_fit_name_the_item_and_field() {
        let over = v1(r#"{"id": "a", "status": "推进中", "percent": 140}"#);
        assert_eq!(problem(over), ("a".into(), "percent", ValueProblem::PercentOver100 { found: 140 }));
        let word = v1(r#"{"id": "a", "status": "进行中"}"#);
        assert_eq!(problem(word), ("a".into(), "status", ValueProblem::UnknownStatus { word: "进行中".into() }));
        let date = v1(r#"{"id": "a", "status": "推进中", "deadline": "2026年底"}"#);
        assert_eq!(problem(date), ("a".into(), "deadline", ValueProblem::BadDate { text: "2026年底".into() }));
        let twice = v1(r#"{"id": "a", "status": "推进中"}, {"id": "a", "status": "done"}"#);
        assert_eq!(problem(twice), ("a".into(), "id", ValueProblem::DuplicateItem));
        let empty = v1(r#"{"id": "a", "status": "推进中"}, {"id": " ", "status": "done"}"#);
        assert_eq!(problem(empty), (String::new(), "id", ValueProblem::EmptyId { position: 2 }));
    }

    #[test]
    fn an_unknown_field_in_schema_1_is_refused_with_its_place() {
        let result = parse(
            b"{\"schema_version\": 1,\n \"items\": [{\"id\": \"a\", \"status\": \"done\", \"owner\": \"x\"}]}",
            Path::new("p.json"),
        );
        assert!(
            matches!(result, Err(ProgressFileError::File(JsonFileError::Json { line: 2, truncated: false, .. }))),
            "{result:?}",
            result = result.err()
        );
    }

    #[test]
    fn versions_this_build_does_not_know_are_refused() {
        for found in [0, 4] {
            let result = parse(format!(r#"{{"schema_version": {found}}}"#).as_bytes(), Path::new("p.json"));
            assert!(matches!(result, Err(ProgressFileError::UnsupportedSchema { found: f, .. }) if f == found));
        }
    }

    #[test]
    fn a_book_with_a_percent_over_100_is_not_written() {
        let mut book = ProgressBook::default();
        book.entries.insert("a".into(), Entry { percent: 101, ..Entry::default() });
        assert!(matches!(
            to_bytes(&book, Path::new("p.json")),
            Err(ProgressFileError::BadValue { field: "percent", .. })
        ));
    }
}
