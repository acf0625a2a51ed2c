//! Reading regional metrics files as officials get them — CSV in UTF-8 or GBK, statistical
//! yearbook workbooks, Parquet — into one [`Panel`], with a [`LoadReport`] of what was read,
//! what was left out and why. A loader only reads: it never changes a file.
//!
//! The kind of file is told from its first bytes (the extension only when they do not say), the
//! text encoding from the bytes, and the layout (long, wide by indicator, wide by year) from the
//! headers. Indicators the catalog does not know are kept and listed as unmapped.

pub mod cache;
pub mod catalog_file;
mod csv;
mod grid;
mod layout;
mod parquet;
mod records;
mod report;
mod rows;
mod sheet;
mod sniff;
mod title;
mod value;

use std::io::{Cursor, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use crate::domain::metrics::{Catalog, Panel, PanelBuilder, RegionKind, split_unit};
use crate::i18n::{Lang, describe_metrics_error};
use crate::io::guard;
use crate::io::load_progress::LoadProgress;
use crate::io::workbook::WorkbookError;

pub use layout::{ColumnRole, LayoutProblem};
pub use report::{
    FileFormat, Guess, Layout, LoadReport, MAX_PROBLEM_DETAILS, RowProblem, RowProblemKind, TextEncoding,
};
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
    /// A web page (HTML) or XML saved under a workbook's name, as some systems export tables.
    WebPage {
        /// The file.
        path: PathBuf,
    },
    /// A workbook protected by a password.
    Protected {
        /// The file.
        path: PathBuf,
        /// Its kind.
        format: FileFormat,
    },
    /// A sheet larger than any real table (a stray cell far away, or a damaged file).
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The worksheet.
        sheet: String,
        /// Its used range as Excel writes it.
        area: String,
        /// Cells in that range.
        cells: u64,
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
    /// The user stopped the read.
    Cancelled {
        /// The file.
        path: PathBuf,
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

/// Bytes read first, to tell the kind of file and its encoding.
const HEAD: usize = 64 * 1024;

/// Reads a metrics file; the catalog marks which indicators it knows. CSV is read a block at a time.
pub fn load(path: &Path, catalog: &Catalog) -> Result<Loaded, MetricsLoadError> {
    let file = std::fs::File::open(path).map_err(|source| MetricsLoadError::Read { path: path.to_owned(), source })?;
    load_reader(file, path, catalog)
}

/// Reads a metrics file as [`load`] does, telling `progress` how far it got and stopping soon after it is
/// cancelled.
pub fn load_with(path: &Path, catalog: &Catalog, progress: &LoadProgress) -> Result<Loaded, MetricsLoadError> {
    let file = std::fs::File::open(path).map_err(|source| MetricsLoadError::Read { path: path.to_owned(), source })?;
    let size = file.metadata().map_or(0, |m| m.len());
    let loaded = load_reader(progress.reader(file, size), path, catalog);
    if progress.is_cancelled() {
        return Err(MetricsLoadError::Cancelled { path: path.to_owned() });
    }
    loaded
}

/// Reads a metrics file's bytes; `path` names it in messages and its extension is a hint.
pub fn load_bytes(bytes: &[u8], path: &Path, catalog: &Catalog) -> Result<Loaded, MetricsLoadError> {
    load_reader(Cursor::new(bytes), path, catalog)
}

/// Reads a metrics file from `input`, from its start to its end, once; GBK and UTF-16 text and workbooks
/// are read whole (GBK after a seek back to the start, when a byte turns out not to be UTF-8).
pub fn load_reader<R: Read + Seek + Send>(
    mut input: R,
    path: &Path,
    catalog: &Catalog,
) -> Result<Loaded, MetricsLoadError> {
    let read_error = |source| MetricsLoadError::Read { path: path.to_owned(), source };
    let mut head = Vec::with_capacity(HEAD);
    (&mut input).take(HEAD as u64).read_to_end(&mut head).map_err(read_error)?;
    if head.len() < HEAD && head.iter().all(u8::is_ascii_whitespace) {
        return Err(MetricsLoadError::Empty { path: path.to_owned() });
    }
    let format = sniff::format(&head, path).ok_or_else(|| MetricsLoadError::UnknownFormat { path: path.to_owned() })?;
    if format != FileFormat::Csv && sniff::is_web_page(&head) {
        return Err(MetricsLoadError::WebPage { path: path.to_owned() });
    }
    // A panic while parsing, in a library or in this reader, says the file is damaged; the caller lives on.
    let parsed = guard::contain(|| {
        if format == FileFormat::Csv {
            return load_csv(input, head, path, catalog);
        }
        let mut bytes = head;
        input.read_to_end(&mut bytes).map_err(read_error)?;
        load_table(bytes, format, path, catalog)
    });
    parsed.unwrap_or_else(|detail| Err(MetricsLoadError::Malformed { path: path.to_owned(), format, detail }))
}

/// CSV in UTF-8 streams; UTF-16 and GBK/GB18030 are decoded whole first.
fn load_csv<R: Read + Seek + Send>(
    mut input: R,
    head: Vec<u8>,
    path: &Path,
    catalog: &Catalog,
) -> Result<Loaded, MetricsLoadError> {
    let read_error = |source| MetricsLoadError::Read { path: path.to_owned(), source };
    let whole = |mut input: R, mut bytes: Vec<u8>| -> Result<Vec<u8>, MetricsLoadError> {
        input.read_to_end(&mut bytes).map_err(read_error)?;
        Ok(bytes)
    };
    if sniff::is_utf16(&head) {
        let bytes = whole(input, head)?;
        let text = sniff::decode_utf16(&bytes);
        return parse_csv(&mut text.as_bytes(), Vec::new(), 0, TextEncoding::Utf16, path, catalog)
            .map_err(|e| e.into_error(path));
    }
    let bom = head.starts_with(sniff::UTF8_BOM);
    if !bom && head[..head.len().min(8192)].contains(&0) {
        return Err(MetricsLoadError::Binary { path: path.to_owned() });
    }
    let (skip, encoding) = if bom { (3, TextEncoding::Utf8Bom) } else { (0, TextEncoding::Utf8) };
    let start = head[skip..].to_vec();
    match parse_csv(&mut input, start, skip, encoding, path, catalog) {
        Err(CsvFail::NotUtf8(offset)) if !bom => {
            input.seek(SeekFrom::Start(0)).map_err(read_error)?;
            let bytes = whole(input, Vec::new())?;
            let Some(text) = sniff::decode_gb18030(&bytes) else {
                return Err(MetricsLoadError::Encoding { path: path.to_owned(), offset });
            };
            parse_csv(&mut text.as_bytes(), Vec::new(), 0, TextEncoding::Gb18030, path, catalog)
                .map_err(|e| e.into_error(path))
        }
        result => result.map_err(|e| e.into_error(path)),
    }
}

/// Why a CSV read stopped.
enum CsvFail {
    /// A byte at this offset is not UTF-8: try GBK, or say where.
    NotUtf8(usize),
    /// Anything else.
    Load(MetricsLoadError),
}

impl CsvFail {
    /// The error to show when there is nothing to fall back to.
    fn into_error(self, path: &Path) -> MetricsLoadError {
        match self {
            CsvFail::Load(e) => e,
            CsvFail::NotUtf8(offset) => MetricsLoadError::Encoding { path: path.to_owned(), offset },
        }
    }
}

/// Reads UTF-8 CSV whose first bytes, `head`, start at file offset `base`.
fn parse_csv(
    input: &mut (dyn Read + Send),
    head: Vec<u8>,
    base: usize,
    encoding: TextEncoding,
    path: &Path,
    catalog: &Catalog,
) -> Result<Loaded, CsvFail> {
    let fail = |e: csv::CsvError| match e {
        csv::CsvError::Empty => CsvFail::Load(MetricsLoadError::Empty { path: path.to_owned() }),
        csv::CsvError::NotUtf8(offset) => CsvFail::NotUtf8(offset),
        csv::CsvError::Read(source) => CsvFail::Load(MetricsLoadError::Read { path: path.to_owned(), source }),
    };
    let (stream, header) = csv::CsvStream::open(input, head, base).map_err(fail)?;
    let mut report = LoadReport::new(path.to_owned(), FileFormat::Csv);
    report.encoding = Some(encoding);
    report.header_row = header.header_row;
    let mut headers = header.headers;
    let sample = stream.sample(SAMPLE_ROWS);
    let (columns, title_year) =
        columns(&mut headers, &header.title, &sample, catalog, &mut report).map_err(CsvFail::Load)?;
    let mut builder = new_builder(path, &report);
    let mut reader = rows::RowReader::new(&headers, &columns, title_year, &mut builder);
    stream.for_each(|line, cells| reader.row(line, cells, &mut builder, &mut report)).map_err(fail)?;
    finish(builder, report, catalog).map_err(CsvFail::Load)
}

/// Reads a workbook or a Parquet file held in memory (`format` is not CSV); Parquet keeps the bytes.
fn load_table(bytes: Vec<u8>, format: FileFormat, path: &Path, catalog: &Catalog) -> Result<Loaded, MetricsLoadError> {
    let err_path = || path.to_owned();
    let malformed = |detail: String| MetricsLoadError::Malformed { path: err_path(), format, detail };
    let mut report = LoadReport::new(path.to_owned(), format);
    let (grid, mut headers, title_lines): (Box<dyn grid::Grid>, Vec<String>, Vec<String>) = match format {
        FileFormat::Xlsx | FileFormat::Xls => {
            let table = sheet::read(&bytes, format, &|name| catalog.find(name).is_some()).map_err(|e| match e {
                sheet::SheetError::Workbook(WorkbookError::Damaged(detail)) => malformed(detail),
                sheet::SheetError::Workbook(WorkbookError::Protected) => {
                    MetricsLoadError::Protected { path: err_path(), format }
                }
                sheet::SheetError::Workbook(WorkbookError::TooLarge { sheet, area, cells }) => {
                    MetricsLoadError::TooLarge { path: err_path(), sheet, area, cells }
                }
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
            if table.decrypted {
                report.guesses.push(Guess::DefaultPassword);
            }
            if table.english_headers > 0 {
                report.guesses.push(Guess::EnglishHeaders { count: table.english_headers });
            }
            report.guesses.extend(table.continued.iter().map(|&row| Guess::ContinuedTable { row }));
            (table.grid, table.headers, table.title_lines)
        }
        FileFormat::Parquet | FileFormat::Csv => {
            // CSV never comes here (`load_reader` streams it); Parquet is the only other kind.
            let (grid, headers) = parquet::read(bytes).map_err(malformed)?;
            (Box::new(grid) as Box<dyn grid::Grid>, headers, Vec::new())
        }
    };
    let sample = grid_sample(grid.as_ref(), headers.len());
    let (columns, title_year) = columns(&mut headers, &title_lines, &sample, catalog, &mut report)?;
    let mut builder = new_builder(path, &report);
    let mut reader = rows::RowReader::new(&headers, &columns, title_year, &mut builder);
    reader.read_grid(grid.as_ref(), &mut builder, &mut report);
    drop(grid);
    finish(builder, report, catalog)
}

/// Data rows looked at to tell what a column holds (places or their groups).
const SAMPLE_ROWS: usize = 200;

/// The first rows of a grid as text, for [`columns`].
fn grid_sample(grid: &dyn grid::Grid, width: usize) -> Vec<Vec<String>> {
    (0..grid.height().min(SAMPLE_ROWS))
        .map(|r| {
            (0..width)
                .map(|c| match grid.cell(r, c) {
                    grid::Cell::Text(t) => value::trim(t).to_owned(),
                    grid::Cell::Number(v) | grid::Cell::Percent(v) => v.to_string(),
                    grid::Cell::Empty => String::new(),
                })
                .collect()
        })
        .collect()
}

/// Tells the layout from the headers, the title lines above them and the first data rows, noting in the
/// report what it inferred. English translations beside Chinese headers are set aside first.
fn columns(
    headers: &mut [String],
    title_lines: &[String],
    sample: &[Vec<String>],
    catalog: &Catalog,
    report: &mut LoadReport,
) -> Result<(layout::Columns, Option<i32>), MetricsLoadError> {
    let english = headers.iter_mut().fold(0, |count, h| {
        let (chinese, english) = title::without_english(h);
        *h = title::squeeze_spaces(&chinese);
        count + usize::from(english.is_some())
    });
    if english > 0 {
        report.guesses.push(Guess::EnglishHeaders { count: english });
    }
    report.title = (!title_lines.is_empty()).then(|| title_lines.join(" "));
    let facts = title::read(title_lines);
    let file_stem = report.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let title_year = report.title.as_deref().and_then(value::year_in_title);
    let file_year = value::year_in_title(&file_stem);
    let has_region = headers.iter().any(|h| layout::is_region_header(h));
    if !has_region {
        let from_title = facts.region.clone().or_else(|| report.title.as_deref().and_then(layout::region_in_title));
        report.region_from_file_name = from_title.is_none() && layout::region_in_title(&file_stem).is_some();
        report.region_from_title = from_title.or_else(|| layout::region_in_title(&file_stem));
    }
    // The one indicator of a table whose columns are years: named by a "指标：" line, the table's title, or
    // else the file name (as the data portal names its exports).
    let (named, from_title) = match (&facts.indicator, &facts.table_subject) {
        (Some((name, unit)), _) => (Some((name.clone(), unit.clone().or(facts.unit.clone()))), true),
        (None, Some(subject)) => (Some((subject.clone(), facts.unit.clone())), true),
        (None, None) => (Some((file_stem.clone(), facts.unit.clone())).filter(|(n, _)| !n.trim().is_empty()), false),
    };
    let is_group = |name: &str| catalog.region_kind(name) == RegionKind::Aggregate;
    let hints = |year| layout::Hints {
        year,
        region_from_title: report.region_from_title.is_some(),
        indicator_named: named.is_some(),
        sample,
        is_group: Some(&is_group),
    };
    let layout_error = |problem, report: &LoadReport, headers: &[String]| MetricsLoadError::Layout {
        path: report.path.clone(),
        sheet: report.sheet.clone(),
        row: report.header_row,
        found: headers.iter().filter(|h| !h.trim().is_empty()).cloned().collect(),
        problem,
    };
    let (mut columns, year) = match layout::detect_with(headers, hints(title_year)) {
        // Without a year anywhere else, a year in the file name ("…_raw-2023.xlsx") is the table's year.
        Err(LayoutProblem::NoYear) if title_year.is_none() && file_year.is_some() => {
            let columns =
                layout::detect_with(headers, hints(file_year)).map_err(|p| layout_error(p, report, headers))?;
            report.guesses.push(Guess::YearFromFileName { year: file_year.unwrap_or_default() });
            (columns, file_year)
        }
        result => (result.map_err(|p| layout_error(p, report, headers))?, title_year),
    };
    if columns.layout == report::Layout::WideByYear && columns.indicator.is_none() {
        let (name, unit) = named.unwrap_or_default();
        report.guesses.push(if from_title {
            Guess::IndicatorFromTitle { name: name.clone() }
        } else {
            Guess::IndicatorFromFileName { name: name.clone() }
        });
        if let Some(unit) = unit.as_ref().filter(|_| facts.unit.is_some()) {
            report.guesses.push(Guess::UnitFromTitle { unit: unit.clone() });
        }
        columns.fixed_indicator = Some((name, unit.unwrap_or_default()));
    } else {
        if let Some(subject) = &facts.table_subject {
            title::name_by_subject(&mut columns.indicators, subject);
        }
        if let Some(unit) = &facts.unit {
            // A "单位：万元" line gives the unit of every indicator whose header has none.
            let mut given = false;
            for (_, header) in &mut columns.indicators {
                if split_unit(header).1.is_none() {
                    *header = format!("{header}（{unit}）");
                    given = true;
                }
            }
            if given {
                report.guesses.push(Guess::UnitFromTitle { unit: unit.clone() });
            }
        }
    }
    report.guesses.append(&mut columns.guesses);
    report.layout = columns.layout;
    report.ignored_columns.clone_from(&columns.ignored);
    report.region_key_columns = columns.region_keys.iter().flatten().map(|&i| headers[i].clone()).collect();
    if columns.year.is_none()
        && columns.years.is_empty()
        && report.guesses.iter().all(|g| !matches!(g, Guess::YearFromFileName { .. }))
    {
        report.year_from_title = year;
    }
    Ok((columns, year))
}

/// A builder titled with the file name, the title rows as its first note.
fn new_builder(path: &Path, report: &LoadReport) -> PanelBuilder {
    let file_name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let mut builder = PanelBuilder::new(&file_name);
    if let Some(title) = &report.title {
        builder.note(title);
    }
    builder
}

/// Builds the panel once every row is read: duplicates reported, the catalog linked, the counts noted.
fn finish(builder: PanelBuilder, mut report: LoadReport, catalog: &Catalog) -> Result<Loaded, MetricsLoadError> {
    if report.rows_read == 0 {
        return Err(MetricsLoadError::NoDataRows { path: report.path, header_row: report.header_row });
    }
    if builder.is_empty() {
        let problems = report.problems.iter().take(SHOWN_PROBLEMS).cloned().collect();
        return Err(MetricsLoadError::NothingUsable { path: report.path, rows_read: report.rows_read, problems });
    }
    let (mut panel, duplicates) = builder.build();
    let mut skipped_rows: Vec<u32> = Vec::new();
    for d in duplicates {
        let indicator = panel.indicator(d.indicator).name.clone();
        let kind = RowProblemKind::Duplicate { first_row: d.first as usize, same_value: d.same_value, indicator };
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
