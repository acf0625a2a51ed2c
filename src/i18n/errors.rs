//! Error values in the user's words.

use super::{Lang, Text, strings as s};
use crate::domain::framework::{Entity, Flaw, PillarId, SCHEMA_VERSION};
use crate::io::framework_file::FrameworkLoadError;
use crate::io::json_file::JsonFileError;
use crate::io::workbook::MAX_CELLS;

fn entity(e: Entity) -> Text {
    match e {
        Entity::Document => s::ENTITY_DOCUMENT,
        Entity::Pillar => s::ENTITY_PILLAR,
        Entity::Element => s::ENTITY_ELEMENT,
        Entity::Group => s::ENTITY_GROUP,
        Entity::Item => s::ENTITY_ITEM,
        Entity::Problem => s::ENTITY_PROBLEM,
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

/// One flaw of a framework file as a sentence.
pub fn describe_flaw(flaw: &Flaw, lang: Lang) -> String {
    match flaw {
        Flaw::UnsupportedSchema { found } => {
            s::ERR_SCHEMA.fill(lang, &[("found", found), ("supported", &SCHEMA_VERSION)])
        }
        Flaw::MissingPillar(p) => s::ERR_MISSING_PILLAR.fill(lang, &[("pillar", &pillar_name(*p, lang))]),
        Flaw::DuplicatePillar(p) => s::ERR_DUPLICATE_PILLAR.fill(lang, &[("pillar", &pillar_name(*p, lang))]),
        Flaw::BadId { entity: e, position, id } => {
            s::ERR_BAD_ID.fill(lang, &[("entity", &entity(*e).get(lang)), ("position", position), ("id", id)])
        }
        Flaw::DuplicateId { entity: e, id } => {
            s::ERR_DUPLICATE_ID.fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id)])
        }
        Flaw::Missing { entity: e, id, field } => {
            s::ERR_MISSING_FIELD.fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id), ("field", field)])
        }
        Flaw::UnknownReference { entity: e, id, field, value } => s::ERR_UNKNOWN_REFERENCE
            .fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id), ("field", field), ("value", value)]),
        Flaw::UnknownAudience { item, word } => s::ERR_UNKNOWN_AUDIENCE
            .fill(lang, &[("id", item), ("word", word), ("known", &super::names::audience_words())]),
        Flaw::ProblemWithoutRemedy { problem } => s::ERR_PROBLEM_WITHOUT_REMEDY.fill(lang, &[("id", problem)]),
        Flaw::UnknownRemedy { problem, item } => s::ERR_UNKNOWN_REMEDY.fill(lang, &[("id", problem), ("item", item)]),
        Flaw::UnknownIndicator { problem, indicator } => {
            s::ERR_UNKNOWN_INDICATOR.fill(lang, &[("id", problem), ("indicator", indicator)])
        }
    }
}

/// A JSON file that cannot be read as JSON, as text naming the file and, for bad JSON, the place.
pub fn describe_json_file_error(error: &JsonFileError, lang: Lang) -> String {
    match error {
        JsonFileError::Read { path, source } => {
            s::ERR_READ.fill(lang, &[("path", &path.display()), ("reason", &io_reason(source, lang))])
        }
        JsonFileError::Encoding { path, source } => {
            s::ERR_ENCODING.fill(lang, &[("path", &path.display()), ("offset", &source.offset)])
        }
        JsonFileError::Json { path, line, column, truncated, detail } => {
            let text = if *truncated { s::ERR_JSON_TRUNCATED } else { s::ERR_JSON };
            text.fill(lang, &[("path", &path.display()), ("line", line), ("column", column), ("detail", detail)])
        }
    }
}

/// A framework loading error as text; an invalid framework lists each problem on its own line.
pub fn describe_load_error(error: &FrameworkLoadError, lang: Lang) -> String {
    match error {
        FrameworkLoadError::File(e) => describe_json_file_error(e, lang),
        FrameworkLoadError::Invalid { path, flaws } => {
            let mut out = s::ERR_INVALID_FRAMEWORK.fill(lang, &[("path", &path.display()), ("count", &flaws.len())]);
            for p in flaws {
                out.push_str("\n  - ");
                out.push_str(&describe_flaw(p, lang));
            }
            out
        }
    }
}

/// A progress file error as text; when the file does not load, it adds where its backups are.
pub fn describe_progress_error(error: &crate::io::progress_file::ProgressFileError, lang: Lang) -> String {
    use crate::domain::progress::SCHEMA_VERSION as PROGRESS_SCHEMA;
    use crate::io::progress_file::{ProgressFileError as E, ValueProblem as V, newest_good_backup};

    // Name the backup only when there is a good one to restore.
    let with_hint = |message: String, path: &std::path::Path| {
        let hint = match newest_good_backup(path) {
            Some((backup, _)) => s::PROGRESS_HINT_RESTORE.fill(lang, &[("backup", &backup.display())]),
            None => s::PROGRESS_HINT_NO_BACKUP.get(lang).to_owned(),
        };
        format!("{message}\n{hint}")
    };
    match error {
        E::File(e @ JsonFileError::Read { .. }) => describe_json_file_error(e, lang),
        E::File(e) => with_hint(describe_json_file_error(e, lang), e.path()),
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
        E::Lock { path, source } => {
            s::PROGRESS_ERR_LOCK.fill(lang, &[("path", &path.display()), ("reason", &io_reason(source, lang))])
        }
        E::ExternallyModified { path } => s::PROGRESS_ERR_MODIFIED.fill(lang, &[("path", &path.display())]),
        E::ReadOnlyFile { path } => s::PROGRESS_ERR_READ_ONLY.fill(lang, &[("path", &path.display())]),
        E::DanglingSymlink { path, target } => {
            s::PROGRESS_ERR_DANGLING_LINK.fill(lang, &[("path", &path.display()), ("target", &target.display())])
        }
        E::OutsideVersionKept { path, backup } => {
            s::PROGRESS_ERR_OUTSIDE_KEPT.fill(lang, &[("path", &path.display()), ("backup", &backup.display())])
        }
        E::Write { path, source } => {
            s::PROGRESS_ERR_WRITE.fill(lang, &[("path", &path.display()), ("reason", &io_reason(source, lang))])
        }
    }
}

/// One catalog problem as a sentence.
pub fn describe_catalog_problem(problem: &crate::domain::metrics::CatalogProblem, lang: Lang) -> String {
    use crate::domain::metrics::{CATALOG_SCHEMA_VERSION, CatalogProblem as P};
    match problem {
        P::UnsupportedSchema { found } => {
            s::CATALOG_ERR_SCHEMA.fill(lang, &[("found", found), ("supported", &CATALOG_SCHEMA_VERSION)])
        }
        P::BadId { position, id } => s::CATALOG_ERR_BAD_ID.fill(lang, &[("position", position), ("id", id)]),
        P::DuplicateId { id } => s::CATALOG_ERR_DUPLICATE_ID.fill(lang, &[("id", id)]),
        P::Missing { id, field } => s::CATALOG_ERR_MISSING.fill(lang, &[("id", id), ("field", field)]),
        P::DuplicateName { id, name, first } => {
            s::CATALOG_ERR_DUPLICATE_NAME.fill(lang, &[("id", id), ("name", name), ("first", first)])
        }
        P::UnknownReference { id, field, value } => {
            s::CATALOG_ERR_UNKNOWN_REFERENCE.fill(lang, &[("id", id), ("field", field), ("value", value)])
        }
        P::ElementOutsidePillar { id, element } => {
            s::CATALOG_ERR_ELEMENT_OUTSIDE_PILLAR.fill(lang, &[("id", id), ("element", element)])
        }
    }
}

/// A catalog loading error as text; an invalid catalog lists each problem on its own line.
pub fn describe_catalog_error(error: &crate::io::metrics::catalog_file::CatalogLoadError, lang: Lang) -> String {
    use crate::io::metrics::catalog_file::CatalogLoadError as E;
    match error {
        E::File(e) => describe_json_file_error(e, lang),
        E::Invalid { path, problems } => {
            let mut out = s::CATALOG_ERR_INVALID.fill(lang, &[("path", &path.display()), ("count", &problems.len())]);
            for p in problems {
                out.push_str("\n  - ");
                out.push_str(&describe_catalog_problem(p, lang));
            }
            out
        }
    }
}

/// Name of a column's part.
pub fn column_role(role: crate::io::metrics::ColumnRole) -> Text {
    use crate::io::metrics::ColumnRole as R;
    match role {
        R::Region => s::METRICS_ROLE_REGION,
        R::Year => s::METRICS_ROLE_YEAR,
        R::Indicator => s::METRICS_ROLE_INDICATOR,
        R::Value => s::METRICS_ROLE_VALUE,
        R::Unit => s::METRICS_ROLE_UNIT,
        R::Source => s::METRICS_ROLE_SOURCE,
        R::Note => s::METRICS_ROLE_NOTE,
        R::Code => s::METRICS_ROLE_CODE,
        R::Province => s::METRICS_ROLE_PROVINCE,
        R::City => s::METRICS_ROLE_CITY,
    }
}

/// Name of a layout.
pub fn layout_name(layout: crate::io::metrics::Layout) -> Text {
    use crate::io::metrics::Layout as L;
    match layout {
        L::Long => s::METRICS_LAYOUT_LONG,
        L::WideByIndicator => s::METRICS_LAYOUT_WIDE_INDICATOR,
        L::WideByYear => s::METRICS_LAYOUT_WIDE_YEAR,
    }
}

/// A file's kind with its encoding, e.g. "CSV, GBK/GB18030".
pub fn format_name(
    format: crate::io::metrics::FileFormat,
    encoding: Option<crate::io::metrics::TextEncoding>,
    lang: Lang,
) -> String {
    use crate::io::metrics::{FileFormat as F, TextEncoding as T};
    let kind = match format {
        F::Csv => "CSV",
        F::Xlsx => "XLSX",
        F::Xls => "XLS",
        F::Parquet => "Parquet",
    };
    let encoding = match encoding {
        None => return kind.to_owned(),
        Some(T::Utf8) => "UTF-8",
        Some(T::Utf8Bom) => s::METRICS_UTF8_BOM.get(lang),
        Some(T::Utf16) => "UTF-16",
        Some(T::Gb18030) => "GBK/GB18030",
    };
    let sep = if lang == Lang::Zh { "，" } else { ", " };
    format!("{kind}{sep}{encoding}")
}

fn quoted_list(items: &[String], lang: Lang) -> String {
    match lang {
        Lang::Zh => items.iter().map(|i| format!("“{i}”")).collect::<Vec<_>>().join("、"),
        Lang::En => items.iter().map(|i| format!("“{i}”")).collect::<Vec<_>>().join(", "),
    }
}

/// Where in a file a problem is: the row, and the column when one is at fault.
pub fn describe_row_problem_place(problem: &crate::io::metrics::RowProblem, lang: Lang) -> String {
    match &problem.column {
        Some(column) => s::METRICS_AT_CELL.fill(lang, &[("row", &problem.row), ("column", column)]),
        None => s::METRICS_AT_ROW.fill(lang, &[("row", &problem.row)]),
    }
}

/// What is wrong with a row, as a sentence.
pub fn describe_row_problem(problem: &crate::io::metrics::RowProblem, lang: Lang) -> String {
    use crate::io::metrics::RowProblemKind as K;
    let what = match &problem.kind {
        K::NotANumber { value } => s::METRICS_NOT_A_NUMBER.fill(lang, &[("value", value)]),
        K::NoRegion => s::METRICS_NO_REGION.get(lang).to_owned(),
        K::BadYear { value } => s::METRICS_BAD_YEAR.fill(lang, &[("value", value)]),
        K::NoIndicator => s::METRICS_NO_INDICATOR.get(lang).to_owned(),
        K::Duplicate { first_row, same_value: true, indicator } => {
            s::METRICS_DUPLICATE_SAME.fill(lang, &[("first", first_row), ("indicator", indicator)])
        }
        K::Duplicate { first_row, same_value: false, indicator } => {
            s::METRICS_DUPLICATE_DIFFERENT.fill(lang, &[("first", first_row), ("indicator", indicator)])
        }
        K::UnitConflict { unit, first_unit } => {
            s::METRICS_UNIT_CONFLICT.fill(lang, &[("unit", unit), ("first_unit", first_unit)])
        }
    };
    s::METRICS_PROBLEM_LINE.fill(lang, &[("at", &describe_row_problem_place(problem, lang)), ("what", &what)])
}

/// Why a table's layout could not be used, as a clause.
pub fn describe_layout_problem(problem: &crate::io::metrics::LayoutProblem, lang: Lang) -> String {
    use crate::io::metrics::LayoutProblem as P;
    match problem {
        P::NoRegionColumn => s::METRICS_NO_REGION_COLUMN.get(lang).to_owned(),
        P::Ambiguous { role, columns } => s::METRICS_AMBIGUOUS_COLUMNS
            .fill(lang, &[("role", &column_role(*role).get(lang)), ("columns", &quoted_list(columns, lang))]),
        P::ValueAndYearColumns { years } => s::METRICS_VALUE_AND_YEARS.fill(lang, &[("years", &years.join("、"))]),
        P::YearColumnAndYearColumns { years } => s::METRICS_YEAR_AND_YEARS.fill(lang, &[("years", &years.join("、"))]),
        P::YearsWithoutIndicator { years } => {
            s::METRICS_YEARS_WITHOUT_INDICATOR.fill(lang, &[("years", &years.join("、"))])
        }
        P::NoYear => s::METRICS_NO_YEAR.get(lang).to_owned(),
        P::NoValueColumn => s::METRICS_NO_VALUE_COLUMN.get(lang).to_owned(),
        P::NoIndicatorColumns => s::METRICS_NO_INDICATOR_COLUMNS.get(lang).to_owned(),
    }
}

/// A metrics file that cannot be used, as text naming the file and where.
pub fn describe_metrics_error(error: &crate::io::metrics::MetricsLoadError, lang: Lang) -> String {
    use crate::io::metrics::MetricsLoadError as E;
    match error {
        E::Read { path, source } => {
            s::ERR_READ.fill(lang, &[("path", &path.display()), ("reason", &io_reason(source, lang))])
        }
        E::UnknownFormat { path } => s::METRICS_ERR_UNKNOWN_FORMAT.fill(lang, &[("path", &path.display())]),
        E::Binary { path } => s::METRICS_ERR_BINARY.fill(lang, &[("path", &path.display())]),
        E::Encoding { path, offset } => {
            s::METRICS_ERR_ENCODING.fill(lang, &[("path", &path.display()), ("offset", offset)])
        }
        E::Empty { path } => s::METRICS_ERR_EMPTY.fill(lang, &[("path", &path.display())]),
        E::Cancelled { path } => s::METRICS_ERR_CANCELLED.fill(lang, &[("path", &path.display())]),
        E::Malformed { path, format, detail } => s::METRICS_ERR_MALFORMED.fill(
            lang,
            &[("path", &path.display()), ("format", &format_name(*format, None, lang)), ("detail", detail)],
        ),
        E::WebPage { path } => s::METRICS_ERR_WEB_PAGE.fill(lang, &[("path", &path.display())]),
        E::Protected { path, format } => s::WORKBOOK_ERR_PROTECTED
            .fill(lang, &[("path", &path.display()), ("format", &format_name(*format, None, lang))]),
        E::TooLarge { path, sheet, area, cells } => s::WORKBOOK_ERR_TOO_LARGE.fill(
            lang,
            &[("path", &path.display()), ("sheet", sheet), ("area", area), ("cells", cells), ("limit", &MAX_CELLS)],
        ),
        E::Layout { path, sheet, row, found, problem } => {
            let sheet =
                sheet.as_ref().map(|name| s::METRICS_IN_SHEET.fill(lang, &[("sheet", name)])).unwrap_or_default();
            s::METRICS_ERR_LAYOUT.fill(
                lang,
                &[
                    ("path", &path.display()),
                    ("sheet", &sheet),
                    ("row", row),
                    ("found", &quoted_list(found, lang)),
                    ("problem", &describe_layout_problem(problem, lang)),
                ],
            )
        }
        E::NoDataRows { path, header_row } => {
            s::METRICS_ERR_NO_DATA.fill(lang, &[("path", &path.display()), ("row", header_row)])
        }
        E::NothingUsable { path, rows_read, problems } => {
            let mut out = s::METRICS_ERR_NOTHING_USABLE.fill(lang, &[("path", &path.display()), ("rows", rows_read)]);
            for p in problems {
                out.push('\n');
                out.push_str(&describe_row_problem(p, lang));
            }
            out
        }
    }
}

/// A loaded metrics file in one line: kind, layout, regions, years, indicators, rows read and skipped.
pub fn describe_metrics_summary(loaded: &crate::io::metrics::Loaded, lang: Lang) -> String {
    let (panel, report) = (&loaded.panel, &loaded.report);
    let c = panel.counts();
    let span = match (panel.years().first(), panel.years().last()) {
        (Some(first), Some(last)) if first == last => s::METRICS_ONE_YEAR.fill(lang, &[("year", first)]),
        (Some(first), Some(last)) => s::METRICS_YEAR_SPAN.fill(lang, &[("first", first), ("last", last)]),
        _ => String::new(),
    };
    s::METRICS_CLI_OK.fill(
        lang,
        &[
            ("path", &report.path.display()),
            ("format", &format_name(report.format, report.encoding, lang)),
            ("layout", &layout_name(report.layout).get(lang)),
            ("regions", &(c.regions - panel.non_places().len())),
            ("years", &c.years),
            ("span", &span),
            ("indicators", &c.indicators),
            ("unmapped", &c.unmapped),
            ("read", &report.rows_read),
            ("skipped", &report.rows_skipped),
            ("missing", &report.missing),
        ],
    )
}

/// The details of a load beyond the summary line: label, year from title, unmapped indicators,
/// columns not read, footnotes and problems, one line each.
pub fn describe_metrics_details(loaded: &crate::io::metrics::Loaded, lang: Lang) -> Vec<String> {
    let report = &loaded.report;
    let mut out = Vec::new();
    if loaded.panel.is_illustrative() {
        out.push(format!("  {}", s::METRICS_ILLUSTRATIVE.get(lang)));
    }
    if let Some(year) = report.year_from_title {
        out.push(s::METRICS_YEAR_FROM_TITLE.fill(lang, &[("year", &year)]));
    }
    if !report.unmapped.is_empty() {
        out.push(s::METRICS_UNMAPPED.fill(lang, &[("names", &quoted_list(&report.unmapped, lang))]));
    }
    if !report.ignored_columns.is_empty() {
        out.push(s::METRICS_IGNORED_COLUMNS.fill(lang, &[("columns", &quoted_list(&report.ignored_columns, lang))]));
    }
    if !report.region_key_columns.is_empty() {
        let columns = quoted_list(&report.region_key_columns, lang);
        out.push(s::METRICS_REGION_KEY_COLUMNS.fill(lang, &[("columns", &columns)]));
    }
    if let Some(region) = &report.region_from_title {
        let text =
            if report.region_from_file_name { s::METRICS_REGION_FROM_FILE_NAME } else { s::METRICS_REGION_FROM_TITLE };
        out.push(text.fill(lang, &[("region", region)]));
    }
    if !report.footnotes.is_empty() {
        out.push(s::METRICS_FOOTNOTES.fill(lang, &[("count", &report.footnotes.len())]));
    }
    let totals: Vec<String> = loaded.panel.non_places().into_iter().map(str::to_owned).collect();
    if !totals.is_empty() {
        out.push(s::METRICS_TOTAL_ROWS.fill(lang, &[("names", &quoted_list(&totals, lang))]));
    }
    out.extend(report.guesses.iter().map(|g| describe_guess(g, lang)));
    out.extend(report.problems.iter().map(|p| describe_row_problem(p, lang)));
    if report.problem_count > report.problems.len() {
        out.push(s::METRICS_MORE_PROBLEMS.fill(lang, &[("count", &(report.problem_count - report.problems.len()))]));
    }
    out
}

/// One thing the reader inferred, as a line of the load report.
pub fn describe_guess(guess: &crate::io::metrics::Guess, lang: Lang) -> String {
    use crate::io::metrics::Guess as G;
    match guess {
        G::DefaultPassword => s::METRICS_GUESS_DEFAULT_PASSWORD.get(lang).to_owned(),
        G::IndicatorFromTitle { name } => s::METRICS_GUESS_INDICATOR_FROM_TITLE.fill(lang, &[("name", name)]),
        G::IndicatorFromFileName { name } => s::METRICS_GUESS_INDICATOR_FROM_FILE_NAME.fill(lang, &[("name", name)]),
        G::UnitFromTitle { unit } => s::METRICS_GUESS_UNIT_FROM_TITLE.fill(lang, &[("unit", unit)]),
        G::YearFromFileName { year } => s::METRICS_GUESS_YEAR_FROM_FILE_NAME.fill(lang, &[("year", year)]),
        G::EnglishHeaders { count } => s::METRICS_GUESS_ENGLISH_HEADERS.fill(lang, &[("count", count)]),
        G::EnglishRegionColumn { column } => s::METRICS_GUESS_ENGLISH_REGION.fill(lang, &[("column", column)]),
        G::GroupColumn { column, region } => {
            s::METRICS_GUESS_GROUP_COLUMN.fill(lang, &[("column", column), ("region", region)])
        }
        G::ContinuedTable { row } => s::METRICS_GUESS_CONTINUED.fill(lang, &[("row", row)]),
    }
}

/// An export error as text.
pub fn describe_export_error(error: &crate::io::export::ExportError, lang: Lang) -> String {
    use crate::io::export::ExportError as E;
    match error {
        E::Font => s::EXPORT_ERR_FONT.get(lang).to_owned(),
        E::Pdf { detail } => s::EXPORT_ERR_PDF.fill(lang, &[("detail", detail)]),
        E::Xlsx { detail } => s::EXPORT_ERR_XLSX.fill(lang, &[("detail", detail)]),
        E::Write { path, source } => {
            s::EXPORT_ERR_WRITE.fill(lang, &[("path", &path.display()), ("reason", &io_reason(source, lang))])
        }
    }
}

/// A ledger import error as text.
pub fn describe_import_error(error: &crate::io::ledger_import::LedgerImportError, lang: Lang) -> String {
    use crate::io::ledger_import::LedgerImportError as E;
    match error {
        E::Read { path, source } => {
            s::ERR_READ.fill(lang, &[("path", &path.display()), ("reason", &io_reason(source, lang))])
        }
        E::UnknownFormat { path } => s::IMPORT_ERR_UNKNOWN_FORMAT.fill(lang, &[("path", &path.display())]),
        E::Workbook { path, detail } => {
            s::IMPORT_ERR_WORKBOOK.fill(lang, &[("path", &path.display()), ("detail", detail)])
        }
        E::Protected { path } => {
            s::WORKBOOK_ERR_PROTECTED.fill(lang, &[("path", &path.display()), ("format", &"Excel")])
        }
        E::TooLarge { path, sheet, area, cells } => s::WORKBOOK_ERR_TOO_LARGE.fill(
            lang,
            &[("path", &path.display()), ("sheet", sheet), ("area", area), ("cells", cells), ("limit", &MAX_CELLS)],
        ),
        E::Encoding { path } => s::IMPORT_ERR_ENCODING.fill(lang, &[("path", &path.display())]),
        E::NotAWorkbook { path } => s::IMPORT_ERR_NOT_A_WORKBOOK.fill(lang, &[("path", &path.display())]),
        E::WebPage { path } => s::IMPORT_ERR_WEB_PAGE.fill(lang, &[("path", &path.display())]),
        E::Empty { path } => s::IMPORT_ERR_EMPTY.fill(lang, &[("path", &path.display())]),
        E::NoColumns { path } => s::IMPORT_ERR_NO_COLUMNS.fill(lang, &[("path", &path.display())]),
        E::NoKeyColumn { path } => s::IMPORT_ERR_NO_KEY.fill(lang, &[("path", &path.display())]),
        E::NoFieldColumn { path } => s::IMPORT_ERR_NO_FIELD.fill(lang, &[("path", &path.display())]),
    }
}

/// A ledger row that matched no item, as one line.
pub fn describe_unmatched(row: &crate::io::ledger_import::UnmatchedRow, lang: Lang) -> String {
    use crate::io::ledger_import::Unmatched as U;
    let (n, text) = (&row.row, &row.text);
    let nearest = row.nearest.as_ref().map(|near| {
        let title = super::names::pick(lang, &near.title, &near.title_en);
        s::IMPORT_ROW_NEAREST.fill(lang, &[("id", &near.id), ("title", &title)])
    });
    let line = match &row.reason {
        U::NoKey => s::IMPORT_ROW_NO_KEY.fill(lang, &[("row", n)]),
        U::UnknownId => s::IMPORT_ROW_UNKNOWN_ID.fill(lang, &[("row", n), ("text", text)]),
        U::NotFound => s::IMPORT_ROW_NOT_FOUND.fill(lang, &[("row", n), ("text", text)]),
        U::Ambiguous(ids) => {
            s::IMPORT_ROW_AMBIGUOUS.fill(lang, &[("row", n), ("text", text), ("ids", &ids.join(", "))])
        }
        U::IdTitleConflict { id, id_title, title_item } => s::IMPORT_ROW_ID_TITLE_CONFLICT
            .fill(lang, &[("row", n), ("text", text), ("id", id), ("id_title", id_title), ("title_item", title_item)]),
        U::Duplicate { item, first_row } => {
            s::IMPORT_ROW_DUPLICATE.fill(lang, &[("row", n), ("text", text), ("item", item), ("first", first_row)])
        }
    };
    match (nearest, &row.reason) {
        (Some(nearest), _) => line + &nearest,
        (None, U::UnknownId) => line + s::IMPORT_ROW_IDS_HINT.get(lang),
        (None, _) => line,
    }
}

/// A ledger cell that was left out, as one line.
pub fn describe_cell_problem(problem: &crate::io::ledger_import::CellProblem, lang: Lang) -> String {
    use crate::io::ledger_import::CellProblemKind as K;
    let text = match problem.kind {
        K::Status => s::IMPORT_CELL_STATUS,
        K::Percent => s::IMPORT_CELL_PERCENT,
        K::Date => s::IMPORT_CELL_DATE,
        K::Target => s::IMPORT_CELL_TARGET,
        K::Contradiction { .. } => s::IMPORT_CELL_CONTRADICTION,
    };
    let (percent, required) = match problem.kind {
        K::Contradiction { status, percent } => {
            (percent, crate::domain::progress::consistency::required_percent(status).unwrap_or(percent))
        }
        _ => (0, 0),
    };
    let args: [(&str, &dyn std::fmt::Display); 6] = [
        ("row", &problem.row),
        ("letter", &problem.letter),
        ("column", &problem.column),
        ("value", &problem.value),
        ("percent", &percent),
        ("required", &required),
    ];
    text.fill(lang, &args)
}

/// A status and a percent that contradict each other, as one phrase (no leading spaces, no full stop).
pub fn describe_contradiction(c: &crate::domain::progress::consistency::Contradiction, lang: Lang) -> String {
    s::CONTRADICTION.fill(
        lang,
        &[
            ("item", &c.item),
            ("status", &super::names::status(c.status).get(lang)),
            ("percent", &c.percent),
            ("required", &c.required_percent()),
        ],
    )
}

/// A status cell saying the item is behind, imported as 推进中, as one line.
pub fn describe_late_status(cell: &crate::io::ledger_import::LateStatus, lang: Lang) -> String {
    let args: [(&str, &dyn std::fmt::Display); 4] =
        [("row", &cell.row), ("letter", &cell.letter), ("column", &cell.column), ("value", &cell.value)];
    s::IMPORT_LATE_CELL.fill(lang, &args)
}

/// A ledger row that is not data (a group heading or a note under the table), as one line.
pub fn describe_skipped(row: &crate::io::ledger_import::SkippedRow, lang: Lang) -> String {
    use crate::io::ledger_import::SkippedKind as K;
    let text = match row.kind {
        K::Heading => s::IMPORT_SKIPPED_HEADING,
        K::Note => s::IMPORT_SKIPPED_NOTE,
        K::Total => s::IMPORT_SKIPPED_TOTAL,
    };
    text.fill(lang, &[("row", &row.row), ("text", &row.text)])
}

/// What to add to an export message when a PDF holds characters no font could draw; `None` when all were drawn.
pub fn describe_missing_glyphs(missing: &[char], lang: Lang) -> Option<String> {
    const SHOWN: usize = 10;
    if missing.is_empty() {
        return None;
    }
    let mut chars: String = missing.iter().take(SHOWN).map(|c| format!("“{c}”（U+{:04X}）", u32::from(*c))).collect();
    if missing.len() > SHOWN {
        chars.push('…');
    }
    Some(s::EXPORT_MISSING_GLYPHS.fill(lang, &[("count", &missing.len()), ("chars", &chars)]))
}

/// Why a file operation failed, in the user's words: the common cases by kind, anything else with the
/// system's own text (English on most systems) after a Chinese lead-in.
pub fn io_reason(error: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    let text = match error.kind() {
        K::NotFound => s::IO_NOT_FOUND,
        K::PermissionDenied => s::IO_PERMISSION,
        K::IsADirectory => s::IO_IS_DIRECTORY,
        K::NotADirectory => s::IO_NOT_DIRECTORY,
        K::StorageFull => s::IO_DISK_FULL,
        K::ReadOnlyFilesystem => s::IO_READ_ONLY,
        K::AlreadyExists => s::IO_EXISTS,
        K::InvalidFilename => s::IO_BAD_NAME,
        _ => return s::IO_OTHER.fill(lang, &[("detail", error)]),
    };
    text.get(lang).to_owned()
}

/// An evaluation index error as text.
pub fn describe_index_error(error: &crate::domain::index::IndexError, lang: Lang) -> String {
    use crate::domain::index::IndexError as E;
    match error {
        E::TooFewRegions { found, region } => {
            let region = region.as_ref().map(|r| format!("（{r}）")).unwrap_or_default();
            s::INDEX_ERR_TOO_FEW_REGIONS.fill(lang, &[("found", found), ("region", &region)])
        }
        E::NoUsableIndicator { dropped } => {
            let list: Vec<String> = dropped.iter().map(|d| describe_dropped_indicator(d, lang)).collect();
            let sep = if lang == Lang::Zh { "；" } else { "; " };
            s::INDEX_ERR_NO_INDICATOR.fill(lang, &[("list", &list.join(sep))])
        }
        E::UnknownWeightKeys { keys } => s::INDEX_ERR_UNKNOWN_KEYS.fill(lang, &[("keys", &quoted_list(keys, lang))]),
        E::BadWeight { key, value } => s::INDEX_ERR_BAD_WEIGHT.fill(lang, &[("key", key), ("value", value)]),
    }
}

/// An indicator left out of the index, with why, e.g. “5G基站数”：所有数值相同（0）.
pub fn describe_dropped_indicator(dropped: &crate::domain::index::DroppedIndicator, lang: Lang) -> String {
    use crate::domain::index::DropReason as R;
    let why = match dropped.reason {
        R::NoVariance { value } => s::INDEX_DROP_NO_VARIANCE.fill(lang, &[("value", &value)]),
        R::TooFewValues { count } => s::INDEX_DROP_TOO_FEW.fill(lang, &[("count", &count)]),
        R::NotWeighted => s::INDEX_DROP_NOT_WEIGHTED.get(lang).to_owned(),
    };
    s::INDEX_DROPPED_ONE.fill(lang, &[("name", &dropped.name), ("why", &why)])
}

/// An expert weights file error as text.
pub fn describe_weights_file_error(error: &crate::io::index_weights::WeightsFileError, lang: Lang) -> String {
    use crate::io::index_weights::WeightsFileError as E;
    match error {
        E::File(e) => describe_json_file_error(e, lang),
        E::Shape { path } => s::INDEX_WEIGHTS_ERR_SHAPE.fill(lang, &[("path", &path.display())]),
        E::NotANumber { path, key, value } => {
            s::INDEX_WEIGHTS_ERR_NOT_NUMBER.fill(lang, &[("path", &path.display()), ("key", key), ("value", value)])
        }
        E::Empty { path } => s::INDEX_WEIGHTS_ERR_EMPTY.fill(lang, &[("path", &path.display())]),
    }
}
