//! What a load found: counts, the rows left out and why, footnotes, unmapped indicators.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Details kept for at most this many problems; all are counted.
pub const MAX_PROBLEM_DETAILS: usize = 200;

/// The kind of file, told from its content (the extension only when the content does not say).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileFormat {
    /// Comma-, semicolon- or tab-separated text.
    Csv,
    /// Excel 2007 and later.
    Xlsx,
    /// Excel 97–2003.
    Xls,
    /// Apache Parquet.
    Parquet,
}

/// The text encoding a CSV file was found to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextEncoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (as Excel saves "CSV UTF-8").
    Utf8Bom,
    /// UTF-16 with a byte-order mark.
    Utf16,
    /// GBK or GB18030 (as Excel and WPS save CSV on Chinese Windows).
    Gb18030,
}

/// How the table is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Layout {
    /// One row per value: region, year, indicator, value.
    Long,
    /// One row per region and year, one column per indicator.
    WideByIndicator,
    /// One row per region and indicator, one column per year.
    WideByYear,
}

/// Why a row, or one value of it, was left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowProblemKind {
    /// The value is text that is not a number.
    NotANumber {
        /// The text found.
        value: String,
    },
    /// The region cell is empty.
    NoRegion,
    /// The year cell holds no year.
    BadYear {
        /// The text found.
        value: String,
    },
    /// The indicator cell is empty.
    NoIndicator,
    /// The same region, year and indicator came earlier; the first value is kept.
    Duplicate {
        /// The row of the value kept.
        first_row: usize,
        /// Both rows give the same value.
        same_value: bool,
        /// The indicator repeated.
        #[serde(default)]
        indicator: String,
    },
    /// The unit differs from the one this indicator had on an earlier row.
    UnitConflict {
        /// The unit on this row.
        unit: String,
        /// The unit seen first.
        first_unit: String,
    },
}

/// Something the reader inferred that the table did not say in a column of its own; each is said in the
/// load report, so a person can check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Guess {
    /// The workbook was protected with Excel's default password, which Excel opens without asking.
    DefaultPassword,
    /// The one indicator of the table is named in its title ("指标：…" or a numbered yearbook title).
    IndicatorFromTitle {
        /// The indicator.
        name: String,
    },
    /// Nothing names the indicator; the file name stands for it.
    IndicatorFromFileName {
        /// The indicator.
        name: String,
    },
    /// The unit of the table's indicators comes from a "单位：" line.
    UnitFromTitle {
        /// The unit.
        unit: String,
    },
    /// The one year of the table comes from the file name.
    YearFromFileName {
        /// The year.
        year: i32,
    },
    /// English translations beside the Chinese headers were set aside.
    EnglishHeaders {
        /// Headers that had one.
        count: usize,
    },
    /// A second region column holds the same places in English: not read.
    EnglishRegionColumn {
        /// Its header.
        column: String,
    },
    /// A region column holds groups of places (东部地区, North China): not read as the region.
    GroupColumn {
        /// Its header.
        column: String,
        /// The column read as the region instead.
        region: String,
    },
    /// A table continued further down the sheet (续表) was joined to the first, region by region.
    ContinuedTable {
        /// The row where the continuation starts, from 1.
        row: usize,
    },
}

/// One problem, where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    /// Row in the file, from 1 as a spreadsheet or editor shows it (the record number for Parquet).
    pub row: usize,
    /// The column's header, when one column is at fault.
    pub column: Option<String>,
    /// What is wrong.
    pub kind: RowProblemKind,
}

/// The outcome of reading a metrics file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadReport {
    /// The file.
    pub path: PathBuf,
    /// Its kind.
    pub format: FileFormat,
    /// The encoding, for text files.
    pub encoding: Option<TextEncoding>,
    /// The worksheet read, for workbooks.
    pub sheet: Option<String>,
    /// The layout detected.
    pub layout: Layout,
    /// Row of the header (the last header row when it spans several), from 1; 0 for Parquet.
    pub header_row: usize,
    /// Title rows above the header, joined.
    pub title: Option<String>,
    /// The year taken from the title when the table has no year column.
    pub year_from_title: Option<i32>,
    /// Data rows read (headers, titles, blank lines and footnotes aside).
    pub rows_read: usize,
    /// Rows that gave nothing because of a problem.
    pub rows_skipped: usize,
    /// Values kept.
    pub values: usize,
    /// Cells marked missing ("—", "…", "-", blank).
    pub missing: usize,
    /// Problems found, the first [`MAX_PROBLEM_DETAILS`] of them.
    pub problems: Vec<RowProblem>,
    /// All problems found.
    pub problem_count: usize,
    /// Footnote rows below the table ("注：…", "资料来源：…").
    pub footnotes: Vec<String>,
    /// Columns that are neither region, year, indicator, value, unit, source nor note, and were not read.
    pub ignored_columns: Vec<String>,
    /// Indicators the catalog does not know; kept in the panel and marked unmapped.
    pub unmapped: Vec<String>,
    /// Code, province and city columns: used to tell regions of the same name apart, not read as indicators.
    #[serde(default)]
    pub region_key_columns: Vec<String>,
    /// The one region of a table without a region column, taken from its title.
    #[serde(default)]
    pub region_from_title: Option<String>,
    /// That region came from the file name, the title naming none.
    #[serde(default)]
    pub region_from_file_name: bool,
    /// What the reader inferred, in the order it did.
    #[serde(default)]
    pub guesses: Vec<Guess>,
}

impl LoadReport {
    /// An empty report for a file.
    pub(super) fn new(path: PathBuf, format: FileFormat) -> Self {
        Self {
            path,
            format,
            encoding: None,
            sheet: None,
            layout: Layout::Long,
            header_row: 0,
            title: None,
            year_from_title: None,
            rows_read: 0,
            rows_skipped: 0,
            values: 0,
            missing: 0,
            problems: Vec::new(),
            problem_count: 0,
            footnotes: Vec::new(),
            ignored_columns: Vec::new(),
            unmapped: Vec::new(),
            region_key_columns: Vec::new(),
            region_from_title: None,
            region_from_file_name: false,
            guesses: Vec::new(),
        }
    }

    /// Records a problem.
    pub(super) fn problem(&mut self, row: usize, column: Option<&str>, kind: RowProblemKind) {
        self.problem_count += 1;
        if self.problems.len() < MAX_PROBLEM_DETAILS {
            self.problems.push(RowProblem { row, column: column.map(str::to_owned), kind });
        }
    }
}
