//! Workbooks (XLSX, XLS, XLSB, ODS) read into cell grids within bounds, for the metrics loader and the
//! ledger import alike. A size a file claims is never trusted: XLSX cells are streamed and counted, a used
//! range larger than any real table is refused with its extent, merged areas are clipped to the used range,
//! and a panic inside the parser becomes [`WorkbookError::Damaged`].

mod default_password;

use std::borrow::Cow;
use std::collections::HashSet;
use std::io::Cursor;

use calamine::{Data, Dimensions, Range, Reader, Sheets, Xls, Xlsb, Xlsx, open_workbook_from_rs};

use crate::io::guard;

/// Cells a sheet's used range may span: far above any yearbook or ledger (a national county panel of
/// 2,844 counties × 40 indicators × 25 years laid out wide is 2.8 million), far below what would exhaust
/// an office PC (each cell takes 32 bytes).
pub const MAX_CELLS: u64 = 5_000_000;

/// Cell records an XLSX sheet may hold, blank ones included (styled blank cells cost time, not memory).
const MAX_CELL_RECORDS: u64 = 4 * MAX_CELLS;

/// The kinds of workbook calamine reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkbookKind {
    /// Office Open XML.
    Xlsx,
    /// Excel 97–2003 (BIFF8 in a compound file).
    Xls,
    /// Excel binary workbook.
    Xlsb,
    /// OpenDocument spreadsheet.
    Ods,
}

/// Positions of the cells shown as a percent.
type PercentCells = HashSet<(u32, u32)>;

/// One worksheet's cells.
#[derive(Debug, Clone)]
pub struct SheetCells {
    /// The values over the used range, positions as the sheet numbers them.
    pub range: Range<Data>,
    /// Merged areas, clipped to the used range.
    pub merges: Vec<Dimensions>,
    /// Cells whose number format shows them as a percent (XLSX only; calamine gives no XLS formats).
    pub percent: PercentCells,
}

/// Why a workbook or one of its sheets cannot be read.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WorkbookError {
    /// The parser refused it or failed inside: damaged, truncated, or not what its name says. The detail
    /// is the parser's own (English) words, shown only as a technical detail.
    #[error("damaged workbook: {0}")]
    Damaged(String),
    /// Protected by a password (Excel may open it without asking when the password is its default one).
    #[error("the workbook is protected by a password")]
    Protected,
    /// A sheet's used range is larger than any real table.
    #[error("sheet “{sheet}” spans {area} ({cells} cells)")]
    TooLarge {
        /// The sheet.
        sheet: String,
        /// Its extent as Excel writes it ("A1:XFD1048576").
        area: String,
        /// Cells in that extent.
        cells: u64,
    },
}

/// An open workbook.
pub struct Workbook<'a> {
    book: Sheets<Cursor<Cow<'a, [u8]>>>,
    /// It was encrypted with Excel's default password and has been decrypted.
    pub decrypted: bool,
}

impl<'a> Workbook<'a> {
    /// Opens a workbook held in memory; an XLS encrypted with Excel's default password is decrypted first.
    pub fn open(bytes: &'a [u8], kind: WorkbookKind) -> Result<Self, WorkbookError> {
        match Self::open_as_is(Cow::Borrowed(bytes), kind) {
            Err(WorkbookError::Protected) if kind == WorkbookKind::Xls => {
                let plain = guard::contain(|| default_password::decrypt(bytes)).ok().flatten();
                let plain = plain.ok_or(WorkbookError::Protected)?;
                let book = Self::open_as_is(Cow::Owned(plain), kind)?;
                Ok(Self { decrypted: true, ..book })
            }
            result => result,
        }
    }

    fn open_as_is(bytes: Cow<'a, [u8]>, kind: WorkbookKind) -> Result<Self, WorkbookError> {
        let cursor = Cursor::new(bytes);
        let opened = guard::contain(|| match kind {
            WorkbookKind::Xlsx => open_workbook_from_rs::<Xlsx<_>, _>(cursor).map(Sheets::Xlsx).map_err(|e| {
                if matches!(e, calamine::XlsxError::Password) { WorkbookError::Protected } else { damaged(&e) }
            }),
            WorkbookKind::Xls => open_workbook_from_rs::<Xls<_>, _>(cursor).map(Sheets::Xls).map_err(|e| {
                if matches!(e, calamine::XlsError::Password) { WorkbookError::Protected } else { damaged(&e) }
            }),
            WorkbookKind::Xlsb => {
                open_workbook_from_rs::<Xlsb<_>, _>(cursor).map(Sheets::Xlsb).map_err(|e| damaged(&e))
            }
            WorkbookKind::Ods => {
                open_workbook_from_rs::<calamine::Ods<_>, _>(cursor).map(Sheets::Ods).map_err(|e| damaged(&e))
            }
        });
        let book = opened.map_err(WorkbookError::Damaged)??;
        Ok(Self { book, decrypted: false })
    }

    /// The worksheets' names, in the workbook's order.
    pub fn sheet_names(&self) -> Vec<String> {
        self.book.sheet_names()
    }

    /// Reads one worksheet.
    pub fn sheet(&mut self, name: &str) -> Result<SheetCells, WorkbookError> {
        guard::contain(|| read_sheet(&mut self.book, name)).map_err(WorkbookError::Damaged)?
    }
}

fn damaged(e: &dyn std::fmt::Display) -> WorkbookError {
    WorkbookError::Damaged(e.to_string())
}

fn read_sheet(book: &mut Sheets<Cursor<Cow<'_, [u8]>>>, name: &str) -> Result<SheetCells, WorkbookError> {
    let (range, percent) = match &mut *book {
        Sheets::Xlsx(x) => streamed_cells(x, name)?,
        other => {
            let range = other.worksheet_range(name).map_err(|e| damaged(&e))?;
            check_extent(name, range.start(), range.end())?;
            (range, HashSet::new())
        }
    };
    let merges = match &mut *book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xlsb(_) | Sheets::Ods(_) => Vec::new(),
    };
    let merges = clip_merges(&merges, &range);
    Ok(SheetCells { range, merges, percent })
}

/// An XLSX sheet's cells, streamed: only cells with a value count towards the used range, so a formatted
/// blank cell far away neither widens it nor costs memory.
fn streamed_cells(
    book: &mut Xlsx<Cursor<Cow<'_, [u8]>>>,
    name: &str,
) -> Result<(Range<Data>, PercentCells), WorkbookError> {
    let mut reader = book.worksheet_cells_reader(name).map_err(|e| damaged(&e))?;
    let percent_styles: Vec<bool> = reader
        .styles()
        .iter()
        .map(|style| style.number_format.as_ref().is_some_and(|f| is_percent_format(&f.format_code)))
        .collect();
    let (mut cells, mut percent, mut records) = (Vec::new(), HashSet::new(), 0u64);
    let (mut first, mut last) = ((u32::MAX, u32::MAX), (0u32, 0u32));
    while let Some((cell, style)) = reader.next_cell_with_style_id().map_err(|e| damaged(&e))? {
        records += 1;
        if records > MAX_CELL_RECORDS {
            return Err(WorkbookError::TooLarge {
                sheet: name.to_owned(),
                area: extent((first.0.min(last.0), first.1.min(last.1)), last),
                cells: records,
            });
        }
        let data = Data::from(cell.get_value().clone());
        if matches!(data, Data::Empty) {
            continue;
        }
        let at = cell.get_position();
        (first, last) = ((first.0.min(at.0), first.1.min(at.1)), (last.0.max(at.0), last.1.max(at.1)));
        if percent_styles.get(style).copied().unwrap_or(false) {
            percent.insert(at);
        }
        cells.push(calamine::Cell::new(at, data));
        if cells.len() as u64 > MAX_CELLS {
            return Err(WorkbookError::TooLarge { sheet: name.to_owned(), area: extent(first, last), cells: records });
        }
    }
    if cells.is_empty() {
        return Ok((Range::empty(), percent));
    }
    check_extent(name, Some(first), Some(last))?;
    Ok((Range::from_sparse(cells), percent))
}

fn check_extent(sheet: &str, start: Option<(u32, u32)>, end: Option<(u32, u32)>) -> Result<(), WorkbookError> {
    let (Some(start), Some(end)) = (start, end) else { return Ok(()) };
    let cells = (u64::from(end.0) - u64::from(start.0) + 1) * (u64::from(end.1) - u64::from(start.1) + 1);
    if cells > MAX_CELLS {
        return Err(WorkbookError::TooLarge { sheet: sheet.to_owned(), area: extent(start, end), cells });
    }
    Ok(())
}

/// Merged areas cut to the used range, dropping those outside it; their cells together stay within
/// [`MAX_CELLS`] (a merge of A1:XFD1048576 on a small table covers only the table).
fn clip_merges(merges: &[Dimensions], range: &Range<Data>) -> Vec<Dimensions> {
    let (Some(start), Some(end)) = (range.start(), range.end()) else { return Vec::new() };
    let mut budget = MAX_CELLS;
    let mut out = Vec::new();
    for m in merges {
        let top = (m.start.0.max(start.0), m.start.1.max(start.1));
        let bottom = (m.end.0.min(end.0), m.end.1.min(end.1));
        if top.0 > bottom.0 || top.1 > bottom.1 || m.start.0 < start.0 || m.start.1 < start.1 {
            // A merge whose top-left cell is outside the used range holds no value to spread.
            continue;
        }
        let cells = (u64::from(bottom.0 - top.0) + 1) * (u64::from(bottom.1 - top.1) + 1);
        if cells > budget {
            break;
        }
        budget -= cells;
        out.push(Dimensions::new(top, bottom));
    }
    out
}

/// A range as Excel writes it: "A1:XFD1048576".
fn extent(start: (u32, u32), end: (u32, u32)) -> String {
    format!("{}:{}", cell_name(start), cell_name(end))
}

/// A cell's name as Excel writes it ("B12"), from its row and column counted from 0.
pub fn cell_name((row, col): (u32, u32)) -> String {
    let mut letters = Vec::new();
    let mut c = col + 1;
    while c > 0 {
        let d = (c - 1) % 26;
        letters.push(char::from(b'A' + d as u8));
        c = (c - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(u64::from(row) + 1).to_string()
}

/// A number format that multiplies by 100 and shows a percent sign: "0%", "0.0%", but not a "%" in quotes.
fn is_percent_format(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for c in code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_excel_names_them() {
        assert_eq!(cell_name((0, 0)), "A1");
        assert_eq!(cell_name((11, 1)), "B12");
        assert_eq!(cell_name((0, 26)), "AA1");
        assert_eq!(cell_name((1_048_575, 16_383)), "XFD1048576");
    }

    #[test]
    fn percent_formats_are_told_from_a_quoted_percent_sign() {
        assert!(is_percent_format("0.0%"));
        assert!(is_percent_format("0%"));
        assert!(!is_percent_format("0.0\"%\""));
        assert!(!is_percent_format("0.0\\%"));
        assert!(!is_percent_format("#,##0"));
    }

    #[test]
    fn merges_are_clipped_to_the_used_range_and_those_outside_dropped() {
        let range: Range<Data> = Range::new((0, 0), (9, 3));
        let merges = [
            Dimensions::new((0, 0), (1_048_575, 16_383)),
            Dimensions::new((2, 1), (3, 2)),
            Dimensions::new((20, 0), (30, 2)),
        ];
        assert_eq!(
            clip_merges(&merges, &range),
            vec![Dimensions::new((0, 0), (9, 3)), Dimensions::new((2, 1), (3, 2))]
        );
    }
}
