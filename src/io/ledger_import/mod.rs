//! Importing an office's existing ledger (台账) so nobody types it twice.
//!
//! 1. [`open`] reads the file (XLSX/XLS/ODS, or CSV in UTF-8, UTF-8 with BOM or GBK) and finds the header
//!    row and what each column holds ([`Mapping`]), from the header names and their common variants.
//! 2. The user sees the mapping and may correct it ([`Mapping::set`]).
//! 3. [`plan`] matches each row to a framework item and lists the edits, unmatched rows and bad cells;
//!    the app applies `plan.edits` as one undoable change (`Progress::edit`), the command line through
//!    the progress store.

mod cells;
mod mapping;
mod matching;
mod plan;
mod table;
mod titles;

use std::path::{Path, PathBuf};

use crate::domain::framework::Framework;
use crate::domain::progress::ProgressBook;
use crate::i18n::{Lang, describe_import_error};
use crate::io::guard;
use crate::io::ledger::Column;

pub use cells::{read_date, read_date_text, read_percent};
pub use mapping::{Mapping, SourceColumn, column_letter};
pub use plan::{
    CellProblem, CellProblemKind, ImportPlan, LateStatus, MatchedBy, MatchedRow, Nearest, Placements, SkippedKind,
    SkippedRow, Unmatched, UnmatchedRow,
};
pub use table::{CellValue, Table};
pub use titles::normalize_title;

/// Why a ledger could not be imported.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_import_error(self, Lang::En))]
pub enum LedgerImportError {
    /// The file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The extension is not one of a spreadsheet or CSV file.
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// The spreadsheet could not be opened.
    Workbook {
        /// The file.
        path: PathBuf,
        /// The reader's words.
        detail: String,
    },
    /// A workbook protected by a password.
    Protected {
        /// The file.
        path: PathBuf,
    },
    /// A sheet larger than any real ledger (a stray cell far away, or a damaged file).
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
    /// A file named as a workbook whose content is neither a workbook nor a table of text.
    NotAWorkbook {
        /// The file.
        path: PathBuf,
    },
    /// A web page (HTML) or XML saved under a workbook's name, as some systems export.
    WebPage {
        /// The file.
        path: PathBuf,
    },
    /// A CSV file in none of UTF-8, UTF-16 with BOM or GBK.
    Encoding {
        /// The file.
        path: PathBuf,
    },
    /// The file holds nothing (0 bytes, only a byte-order mark, or sheets without a filled cell).
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// No row near the top names at least two ledger columns.
    NoColumns {
        /// The file.
        path: PathBuf,
    },
    /// Neither 序号/编号 nor 政策举措 is mapped, so rows cannot be matched to items.
    NoKeyColumn {
        /// The file.
        path: PathBuf,
    },
    /// No column that holds progress (状态, 完成比例, 进展情况 …) is mapped.
    NoFieldColumn {
        /// The file.
        path: PathBuf,
    },
}

/// A ledger read from a file, with the mapping found for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ledger {
    /// The file.
    pub path: PathBuf,
    /// Its cells (the first sheet with a recognisable header, for a workbook).
    pub table: Table,
    /// What each column holds; the user may correct it before [`Ledger::plan`].
    pub mapping: Mapping,
}

/// Reads a ledger and finds its header and columns.
pub fn open(path: &Path) -> Result<Ledger, LedgerImportError> {
    // A panic while reading, in a library or here, says the file is damaged; the caller lives on.
    guard::contain(|| find_columns(table::read(path)?, path))
        .unwrap_or_else(|detail| Err(LedgerImportError::Workbook { path: path.to_owned(), detail }))
}

/// Reads a ledger from its bytes, as [`open`] reads a file; `path` names it in messages and its extension
/// says whether it should be a workbook or text.
pub fn open_bytes(bytes: &[u8], path: &Path) -> Result<Ledger, LedgerImportError> {
    guard::contain(|| find_columns(table::read_bytes(bytes, path)?, path))
        .unwrap_or_else(|detail| Err(LedgerImportError::Workbook { path: path.to_owned(), detail }))
}

/// Larger than any office's ledger: a table this large is not tried as one (that would read it whole again).
const LEDGER_MAX_BYTES: u64 = 20 * 1024 * 1024;

/// The file as a ledger when its header names the item (序号 or a title column) and at least one field to import;
/// `None` for anything else, a file larger than any ledger included. The window sorts dropped files with it, and
/// `validate` tells a ledger given in place of indicator data.
pub fn as_ledger(path: &Path) -> Option<Ledger> {
    if std::fs::metadata(path).ok()?.len() > LEDGER_MAX_BYTES {
        return None;
    }
    let ledger = open(path).ok()?;
    let mapping = &ledger.mapping;
    let keyed = mapping.index_of(Column::Seq).is_some() || mapping.index_of(Column::Title).is_some();
    let imports = mapping.columns.iter().any(|c| c.target.and_then(Column::field).is_some());
    (keyed && imports).then_some(ledger)
}

/// The first table with a recognisable header, as a ledger.
fn find_columns(tables: Vec<Table>, path: &Path) -> Result<Ledger, LedgerImportError> {
    if tables.iter().all(|t| t.rows.iter().flatten().all(CellValue::is_blank)) {
        return Err(LedgerImportError::Empty { path: path.to_owned() });
    }
    tables
        .into_iter()
        .find_map(|table| Mapping::detect(&table).map(|mapping| Ledger { path: path.to_owned(), table, mapping }))
        .ok_or_else(|| LedgerImportError::NoColumns { path: path.to_owned() })
}

impl Ledger {
    /// Matches the rows with the current mapping and lists what importing would change.
    /// Fails when the mapping can match no row or import no field.
    pub fn plan(&self, fw: &Framework, book: &ProgressBook) -> Result<ImportPlan, LedgerImportError> {
        self.plan_placing(fw, book, &Placements::new())
    }

    /// [`Ledger::plan`], with unmatched rows placed as new tasks under the items chosen for them.
    pub fn plan_placing(
        &self,
        fw: &Framework,
        book: &ProgressBook,
        placements: &Placements,
    ) -> Result<ImportPlan, LedgerImportError> {
        let path = self.path.clone();
        if self.mapping.index_of(Column::Seq).is_none()
            && self.mapping.index_of(Column::Id).is_none()
            && self.mapping.index_of(Column::Title).is_none()
        {
            return Err(LedgerImportError::NoKeyColumn { path });
        }
        if !self.mapping.columns.iter().any(|c| c.target.and_then(Column::field).is_some()) {
            return Err(LedgerImportError::NoFieldColumn { path });
        }
        Ok(plan::plan_with(&self.table, &self.mapping, fw, book, placements))
    }
}
