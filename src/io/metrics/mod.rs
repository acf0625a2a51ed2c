//! Reading regional metrics files as officials get them — CSV in UTF-8 or GBK, statistical
//! yearbook workbooks, Parquet — into one [`Panel`], with a [`LoadReport`] of what was read,
//! what was left out and why. A loader only reads: it never changes a file.
//!
//! The kind of file is told from its first bytes (the extension only when they do not say), the
//! text encoding from the bytes, and the layout (long, wide by indicator, wide by year) from the
//! headers. Indicators the catalog does not know are kept and listed as unmapped.

pub mod catalog_file;
mod csv;
mod grid;
mod layout;
mod parquet;
mod report;
mod rows;
mod sheet;
mod sniff;
mod value;

use std::path::{Path, PathBuf};

use crate::domain::metrics::{Catalog, Panel, PanelBuilder};
use crate::i18n::{Lang, describe_metrics_error};

pub use layout::{ColumnRole, LayoutProblem};
pub use report::{FileFormat, Layout, LoadReport, MAX_PROBLEM_DETAILS, RowProblem, RowProblemKind, TextEncoding};
pub use sniff::is_metrics_path;

/// A panel and the report of reading it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The values.
    pub panel: Panel,
    /// What was read, skipped and why.
    pub report: LoadReport,
}

/// Why a metrics file could not be used at all.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_metrics_error(self, Lang::En))]
pub enum MetricsLoadError {
    /// The file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Neither the content nor the extension says CSV, Excel or Parquet.
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// A file named as text (.csv) holds binary data.
    Binary {
        /// The file.
        path: PathBuf,
    },
    /// Text in neither UTF-8 nor GBK/GB18030.
    Encoding {
        /// The file.
        path: PathBuf,
        /// Offset of the first byte that is not UTF-8.
        offset: usize,
    },
    /// No content at all.
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The parser of the format refused the file (damaged, truncated, or not what its name says).
    Malformed {
        /// The file.
        path: PathBuf,
        /// Its kind.
        format: FileFormat,
        /// The parser's words.
        detail: String,
    },
    /// The columns do not make a table this reader can use.
    Layout {
        /// The file.
        path: PathBuf,
        /// The worksheet, for workbooks.
        sheet: Option<String>,
        /// Row of the header examined, from 1.
        row: usize,
        /// The headers found there.
        found: Vec<String>,
        /// What is wrong or ambiguous.
        problem: LayoutProblem,
    },
    /// A header and no data rows.
    NoDataRows {
        /// The file.
        path: PathBuf,
        /// Row of the header, from 1.
        header_row: usize,
    },
    /// Every data row has a problem; the first ones say which and where.
    NothingUsable {
        /// The file.
        path: PathBuf,
        /// Data rows read.
        rows_read: usize,
        /// The first problems.
        problems: Vec<RowProblem>,
    },
}

/// How many problems [`MetricsLoadError::NothingUsable`] shows.
const SHOWN_PROBLEMS: usize = 5;

/// Reads a metrics file; the catalog marks which indicators it knows.
pub fn load(path: &Path, catalog: &Catalog) -> Result<Loaded, MetricsLoadError> {
    let bytes = std::fs::read(path).map_err(|source| MetricsLoadError::Read { path: path.to_owned(), source })?;
    load_bytes(&bytes, path, catalog)
}

/// Reads a metrics file's bytes; `path` names it in messages and its extension is a hint.
pub fn load_bytes(bytes: &[u8], path: &Path, catalog: &Catalog) -> Result<Loaded, MetricsLoadError> {
    let err_path = || path.to_owned();
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(MetricsLoadError::Empty { path: err_path() });
    }
    let format = sniff::format(bytes, path).ok_or_else(|| MetricsLoadError::UnknownFormat { path: err_path() })?;
    let malformed = |detail: String| MetricsLoadError::Malformed { path: err_path(), format, detail };
    let mut report = LoadReport::new(path.to_owned(), format);
    let (grid, headers): (Box<dyn grid::Grid>, Vec<String>) = match format {
        FileFormat::Csv => {
            let (text, encoding) = sniff::decode(bytes).map_err(|e| match e {
                sniff::NotText::Binary => MetricsLoadError::Binary { path: err_path() },
                sniff::NotText::Undecodable(offset) => MetricsLoadError::Encoding { path: err_path(), offset },
            })?;
            let table = csv::read(&text, encoding).map_err(|e| match e {
                csv::CsvError::Empty => MetricsLoadError::Empty { path: err_path() },
                csv::CsvError::Parse(detail) => malformed(detail),
            })?;
            report.encoding = Some(table.encoding);
            report.header_row = table.header_row;
            report.title = table.title;
            (Box::new(table.grid), table.headers)
        }
        FileFormat::Xlsx | FileFormat::Xls => {
            let table = sheet::read(bytes, format, &|name| catalog.find(name).is_some()).map_err(|e| match e {
                sheet::SheetError::Open(detail) => malformed(detail),
                sheet::SheetError::Empty => MetricsLoadError::Empty { path: err_path() },
                sheet::SheetError::NoTable { sheet, row, found } => MetricsLoadError::Layout {
                    path: err_path(),
                    sheet: Some(sheet),
                    row,
                    found,
                    problem: LayoutProblem::NoRegionColumn,
                },
            })?;
            report.sheet = Some(table.sheet);
            report.header_row = table.header_row;
            report.title = table.title;
            (Box::new(table.grid), table.headers)
        }
        FileFormat::Parquet => {
            let (grid, headers) = parquet::read(bytes).map_err(malformed)?;
            (Box::new(grid), headers)
        }
    };

    let title_year = report.title.as_deref().and_then(value::year_in_title);
    let columns = layout::detect(&headers, title_year).map_err(|problem| MetricsLoadError::Layout {
        path: err_path(),
        sheet: report.sheet.clone(),
        row: report.header_row,
        found: headers.iter().filter(|h| !h.trim().is_empty()).cloned().collect(),
        problem,
    })?;
    report.layout = columns.layout;
    report.ignored_columns.clone_from(&columns.ignored);
    if columns.year.is_none() && columns.years.is_empty() {
        report.year_from_title = title_year;
    }

    let file_name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let mut builder = PanelBuilder::new(&file_name);
    if let Some(title) = &report.title {
        builder.note(title);
    }
    let source =
        rows::Source { grid: grid.as_ref(), headers: &headers, columns: &columns, year_from_title: title_year };
    rows::read(&source, &mut builder, &mut report);
    drop(grid);

    if report.rows_read == 0 {
        return Err(MetricsLoadError::NoDataRows { path: err_path(), header_row: report.header_row });
    }
    if builder.is_empty() {
        let problems = report.problems.iter().take(SHOWN_PROBLEMS).cloned().collect();
        return Err(MetricsLoadError::NothingUsable { path: err_path(), rows_read: report.rows_read, problems });
    }
    let (mut panel, duplicates) = builder.build();
    let mut skipped_rows: Vec<u32> = Vec::new();
    for d in duplicates {
        let kind = RowProblemKind::Duplicate { first_row: d.first as usize, same_value: d.same_value };
        report.problem(d.origin as usize, None, kind);
        skipped_rows.push(d.origin);
    }
    skipped_rows.dedup();
    report.problems.sort_by_key(|p| p.row);
    report.rows_skipped += skipped_rows.len();
    panel.link_catalog(catalog);
    let counts = panel.counts();
    report.values = counts.values;
    report.missing = counts.missing;
    report.unmapped = panel.unmapped().map(|i| panel.indicator(i).name.clone()).collect();
    Ok(Loaded { panel, report })
}
