//! Error values in the user's words.

use super::{Lang, Text, strings as s};
use crate::domain::framework::{Entity, PillarId, Problem, SCHEMA_VERSION};
use crate::io::framework_file::FrameworkLoadError;

fn entity(e: Entity) -> Text {
    match e {
        Entity::Document => s::ENTITY_DOCUMENT,
        Entity::Pillar => s::ENTITY_PILLAR,
        Entity::Element => s::ENTITY_ELEMENT,
        Entity::Group => s::ENTITY_GROUP,
        Entity::Item => s::ENTITY_ITEM,
    }
}

fn pillar_name(p: PillarId, lang: Lang) -> String {
    let zh = match p {
        PillarId::Foundation => "基础支撑",
        PillarId::Carrier => "关键载体",
        PillarId::Means => "重要手段",
        PillarId::Core => "核心要素",
    };
    match lang {
        Lang::Zh => format!("{zh}（{}）", p.as_str()),
        Lang::En => p.as_str().to_owned(),
    }
}

/// One framework problem as a sentence.
pub fn describe_problem(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::UnsupportedSchema { found } => {
            s::ERR_SCHEMA.fill(lang, &[("found", found), ("supported", &SCHEMA_VERSION)])
        }
        Problem::MissingPillar(p) => s::ERR_MISSING_PILLAR.fill(lang, &[("pillar", &pillar_name(*p, lang))]),
        Problem::DuplicatePillar(p) => s::ERR_DUPLICATE_PILLAR.fill(lang, &[("pillar", &pillar_name(*p, lang))]),
        Problem::BadId { entity: e, position, id } => {
            s::ERR_BAD_ID.fill(lang, &[("entity", &entity(*e).get(lang)), ("position", position), ("id", id)])
        }
        Problem::DuplicateId { entity: e, id } => {
            s::ERR_DUPLICATE_ID.fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id)])
        }
        Problem::Missing { entity: e, id, field } => {
            s::ERR_MISSING_FIELD.fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id), ("field", field)])
        }
        Problem::UnknownReference { entity: e, id, field, value } => s::ERR_UNKNOWN_REFERENCE
            .fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id), ("field", field), ("value", value)]),
    }
}

/// A framework loading error as text; an invalid framework lists each problem on its own line.
pub fn describe_load_error(error: &FrameworkLoadError, lang: Lang) -> String {
    match error {
        FrameworkLoadError::Read { path, source } => {
            s::ERR_READ.fill(lang, &[("path", &path.display()), ("reason", source)])
        }
        FrameworkLoadError::Encoding { path, source } => {
            s::ERR_ENCODING.fill(lang, &[("path", &path.display()), ("offset", &source.offset)])
        }
        FrameworkLoadError::Json { path, line, column, truncated, detail } => {
            let text = if *truncated { s::ERR_JSON_TRUNCATED } else { s::ERR_JSON };
            text.fill(lang, &[("path", &path.display()), ("line", line), ("column", column), ("detail", detail)])
        }
        FrameworkLoadError::Invalid { path, problems } => {
            let mut out = s::ERR_INVALID_FRAMEWORK.fill(lang, &[("path", &path.display()), ("count", &problems.len())]);
            for p in problems {
                out.push_str("\n  - ");
                out.push_str(&describe_problem(p, lang));
            }
            out
        }
    }
}

/// A progress file error as text; when the file does not load, it adds where its backups are.
pub fn describe_progress_error(error: &crate::io::progress_file::ProgressFileError, lang: Lang) -> String {
    use crate::domain::progress::SCHEMA_VERSION as PROGRESS_SCHEMA;
    use crate::io::progress_file::{ProgressFileError as E, ValueProblem as V, backup_dir};

    let with_hint = |message: String, path: &std::path::Path| {
        let hint = s::PROGRESS_HINT_RESTORE.fill(lang, &[("dir", &backup_dir(path).display())]);
        format!("{message}\n{hint}")
    };
    match error {
        E::Read { path, source } => s::ERR_READ.fill(lang, &[("path", &path.display()), ("reason", source)]),
        E::Encoding { path, source } => {
            with_hint(s::ERR_ENCODING.fill(lang, &[("path", &path.display()), ("offset", &source.offset)]), path)
        }
        E::Json { path, line, column, truncated, detail } => {
            let text = if *truncated { s::ERR_JSON_TRUNCATED } else { s::ERR_JSON };
            let message =
                text.fill(lang, &[("path", &path.display()), ("line", line), ("column", column), ("detail", detail)]);
            with_hint(message, path)
        }
        E::UnsupportedSchema { path, found } => {
            let text = if *found > u64::from(PROGRESS_SCHEMA) {
                s::PROGRESS_ERR_NEWER_SCHEMA
            } else {
                s::PROGRESS_ERR_BAD_SCHEMA
            };
            text.fill(lang, &[("path", &path.display()), ("found", found), ("supported", &PROGRESS_SCHEMA)])
        }
        E::BadValue { path, item, field, problem } => {
            let value = |problem: String| {
                s::PROGRESS_ERR_BAD_VALUE
                    .fill(lang, &[("path", &path.display()), ("item", item), ("field", field), ("problem", &problem)])
            };
            let message = match problem {
                V::EmptyId { position } => {
                    s::PROGRESS_ERR_EMPTY_ID.fill(lang, &[("path", &path.display()), ("position", position)])
                }
                V::PercentOver100 { found } => value(s::PROGRESS_PERCENT_OVER_100.fill(lang, &[("found", found)])),
                V::UnknownStatus { word } => value(s::PROGRESS_UNKNOWN_STATUS.fill(lang, &[("word", word)])),
                V::BadDate { text } => value(s::PROGRESS_BAD_DATE.fill(lang, &[("text", text)])),
                V::DuplicateItem => value(s::PROGRESS_DUPLICATE_ITEM.get(lang).to_owned()),
            };
            with_hint(message, path)
        }
        E::Locked { path } => s::PROGRESS_ERR_LOCKED.fill(lang, &[("path", &path.display())]),
        E::Lock { path, source } => s::PROGRESS_ERR_LOCK.fill(lang, &[("path", &path.display()), ("reason", source)]),
        E::ExternallyModified { path } => s::PROGRESS_ERR_MODIFIED.fill(lang, &[("path", &path.display())]),
        E::Write { path, source } => s::PROGRESS_ERR_WRITE.fill(lang, &[("path", &path.display()), ("reason", source)]),
    }
}

/// An export error as text.
pub fn describe_export_error(error: &crate::io::export::ExportError, lang: Lang) -> String {
    use crate::io::export::ExportError as E;
    match error {
        E::Font => s::EXPORT_ERR_FONT.get(lang).to_owned(),
        E::Pdf { detail } => s::EXPORT_ERR_PDF.fill(lang, &[("detail", detail)]),
        E::Xlsx { detail } => s::EXPORT_ERR_XLSX.fill(lang, &[("detail", detail)]),
        E::Write { path, source } => s::EXPORT_ERR_WRITE.fill(lang, &[("path", &path.display()), ("reason", source)]),
    }
}

/// A ledger import error as text.
pub fn describe_import_error(error: &crate::io::ledger_import::LedgerImportError, lang: Lang) -> String {
    use crate::io::ledger_import::LedgerImportError as E;
    match error {
        E::Read { path, source } => s::ERR_READ.fill(lang, &[("path", &path.display()), ("reason", source)]),
        E::UnknownFormat { path } => s::IMPORT_ERR_UNKNOWN_FORMAT.fill(lang, &[("path", &path.display())]),
        E::Workbook { path, detail } => {
            s::IMPORT_ERR_WORKBOOK.fill(lang, &[("path", &path.display()), ("detail", detail)])
        }
        E::Encoding { path } => s::IMPORT_ERR_ENCODING.fill(lang, &[("path", &path.display())]),
        E::NoColumns { path } => s::IMPORT_ERR_NO_COLUMNS.fill(lang, &[("path", &path.display())]),
        E::NoKeyColumn { path } => s::IMPORT_ERR_NO_KEY.fill(lang, &[("path", &path.display())]),
        E::NoFieldColumn { path } => s::IMPORT_ERR_NO_FIELD.fill(lang, &[("path", &path.display())]),
    }
}

/// A ledger row that matched no item, as one line.
pub fn describe_unmatched(row: &crate::io::ledger_import::UnmatchedRow, lang: Lang) -> String {
    use crate::io::ledger_import::Unmatched as U;
    let (n, text) = (&row.row, &row.text);
    match &row.reason {
        U::NoKey => s::IMPORT_ROW_NO_KEY.fill(lang, &[("row", n)]),
        U::NotFound => s::IMPORT_ROW_NOT_FOUND.fill(lang, &[("row", n), ("text", text)]),
        U::Ambiguous(ids) => {
            s::IMPORT_ROW_AMBIGUOUS.fill(lang, &[("row", n), ("text", text), ("ids", &ids.join(", "))])
        }
        U::Duplicate { item, first_row } => {
            s::IMPORT_ROW_DUPLICATE.fill(lang, &[("row", n), ("text", text), ("item", item), ("first", first_row)])
        }
    }
}

/// A ledger cell that was left out, as one line.
pub fn describe_cell_problem(problem: &crate::io::ledger_import::CellProblem, lang: Lang) -> String {
    use crate::io::ledger_import::CellProblemKind as K;
    let text = match problem.kind {
        K::Status => s::IMPORT_CELL_STATUS,
        K::Percent => s::IMPORT_CELL_PERCENT,
        K::Date => s::IMPORT_CELL_DATE,
    };
    text.fill(lang, &[("row", &problem.row), ("column", &problem.column), ("value", &problem.value)])
}
