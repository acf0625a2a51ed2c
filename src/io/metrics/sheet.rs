//! Workbooks (XLSX, XLS) as statistical yearbooks lay them out: title rows above the header, header
//! cells merged across columns and rows, units inside headers, footnotes below the table.

use std::collections::{HashMap, HashSet};

use calamine::{CellErrorType, Data, Dimensions, Range};

use super::grid::{Cell, Grid};
use super::layout::{is_region_header, is_regionless_header};
use super::report::FileFormat;
use super::value::{parse_year, trim, year_from_number};
use crate::domain::metrics::split_unit;
use crate::io::workbook::{Workbook, WorkbookError, WorkbookKind};

/// How many rows from the top to look through for the header.
const HEADER_SEARCH_ROWS: u32 = 20;

/// The table found in a workbook.
pub(super) struct SheetTable {
    /// Cells below the header.
    pub grid: SheetGrid,
    /// Column headers, merged header rows combined.
    pub headers: Vec<String>,
    /// Row of the last header row, from 1.
    pub header_row: usize,
    /// Title rows above the header, joined.
    pub title: Option<String>,
    /// The worksheet.
    pub sheet: String,
}

/// Why no table could be read from a workbook.
pub(super) enum SheetError {
    /// The workbook or a sheet could not be read.
    Workbook(WorkbookError),
    /// No sheet has a row naming a region column; what the first sheet's first row holds.
    NoTable {
        /// The first sheet.
        sheet: String,
        /// Its first non-empty row, from 1.
        row: usize,
        /// The texts of that row.
        found: Vec<String>,
    },
    /// The workbook has no sheet with any cell.
    Empty,
}

/// Reads the first sheet that holds a table with a region column; `known` tells which header names the
/// indicator catalog knows, to choose between a merged group header joined to its sub-header or not.
pub(super) fn read(bytes: &[u8], format: FileFormat, known: &dyn Fn(&str) -> bool) -> Result<SheetTable, SheetError> {
    let kind = if format == FileFormat::Xls { WorkbookKind::Xls } else { WorkbookKind::Xlsx };
    let mut book = Workbook::open(bytes, kind).map_err(SheetError::Workbook)?;
    let mut first_seen: Option<SheetError> = None;
    for name in book.sheet_names() {
        let cells = book.sheet(&name).map_err(SheetError::Workbook)?;
        let grid = SheetGrid::new(cells.range, &cells.merges, cells.percent);
        match find_table(grid, &name, known) {
            Ok(table) => return Ok(table),
            Err(e) => {
                if first_seen.is_none() {
                    first_seen = e;
                }
            }
        }
    }
    Err(first_seen.unwrap_or(SheetError::Empty))
}

/// Finds the header, the title above it and the data rows below it.
fn find_table(
    mut grid: SheetGrid,
    sheet: &str,
    known: &dyn Fn(&str) -> bool,
) -> Result<SheetTable, Option<SheetError>> {
    let (Some((top, _)), Some((bottom, _))) = (grid.range.start(), grid.range.end()) else { return Err(None) };
    let last_search = bottom.min(top + HEADER_SEARCH_ROWS);
    let regionless = |r: u32| is_regionless_header(&grid.row_texts(r).iter().map(String::as_str).collect::<Vec<_>>());
    let header_top = (top..=last_search).find(|&r| grid.row_texts(r).iter().any(|t| is_region_header(t)));
    // A one-region table has no region column: its header is the row naming the indicator column.
    let Some(header_top) = header_top.or_else(|| (top..=last_search).find(|&r| regionless(r))) else {
        let row = (top..=bottom).find(|&r| !grid.row_texts(r).is_empty()).unwrap_or(top);
        return Err(Some(SheetError::NoTable {
            sheet: sheet.to_owned(),
            row: row as usize + 1,
            found: grid.row_texts(row),
        }));
    };
    let region_col = grid.columns().find(|&c| grid.text(header_top, c).is_some_and(|t| is_region_header(&t)));
    let region_col = region_col.unwrap_or(grid.first_col);
    let mut header_bottom = header_top;
    while header_bottom < bottom && grid.is_header_continuation(header_bottom + 1, header_top, region_col) {
        header_bottom += 1;
    }
    let title: Vec<String> = (top..header_top).flat_map(|r| grid.row_texts(r)).collect();
    let headers = combine_headers(&grid, header_top, header_bottom, known);
    grid.data_top = header_bottom + 1;
    grid.data_bottom = bottom;
    Ok(SheetTable {
        grid,
        headers,
        header_row: header_bottom as usize + 1,
        title: (!title.is_empty()).then(|| title.join(" ")),
        sheet: sheet.to_owned(),
    })
}

/// One header per column from the header rows. The lowest part names it, unless two columns share that part
/// ("高新技术企业" + "增速（%）"), or the parts joined are a name the catalog knows and the lowest part alone is
/// not (a yearbook's "R&D经费" merged over "内部支出" and "投入强度"); then the parts are joined. A unit anywhere
/// is kept.
fn combine_headers(grid: &SheetGrid, top: u32, bottom: u32, known: &dyn Fn(&str) -> bool) -> Vec<String> {
    let parts: Vec<Vec<String>> = grid
        .columns()
        .map(|c| {
            let mut p: Vec<String> = (top..=bottom).filter_map(|r| grid.text(r, c).map(|t| t.into_owned())).collect();
            p.dedup();
            p
        })
        .collect();
    let leaf = |p: &[String]| p.last().cloned().unwrap_or_default();
    parts
        .iter()
        .map(|p| {
            let shared = parts.iter().filter(|q| !leaf(q).is_empty() && leaf(q) == leaf(p)).count() > 1;
            let unit = p.iter().rev().find_map(|part| split_unit(part).1);
            let joined: String = p.iter().map(|part| split_unit(part).0).collect();
            let last = leaf(p);
            let alone = split_unit(&last).0;
            let name =
                if shared || (p.len() > 1 && known(&joined) && !known(alone)) { joined } else { alone.to_owned() };
            match unit {
                Some(u) if !name.is_empty() => format!("{name}（{u}）"),
                _ => name,
            }
        })
        .collect()
}

/// A worksheet's used range, with merged cells reading as their top-left cell.
pub(super) struct SheetGrid {
    range: Range<Data>,
    /// Cell inside a merged area (not its top-left) → its top-left cell.
    merged: HashMap<(u32, u32), (u32, u32)>,
    /// Cells shown as a percent.
    percent: HashSet<(u32, u32)>,
    first_col: u32,
    last_col: u32,
    data_top: u32,
    data_bottom: u32,
}

impl SheetGrid {
    fn new(range: Range<Data>, merges: &[Dimensions], percent: HashSet<(u32, u32)>) -> Self {
        let mut merged = HashMap::new();
        for m in merges {
            for r in m.start.0..=m.end.0 {
                for c in m.start.1..=m.end.1 {
                    if (r, c) != m.start {
                        merged.insert((r, c), m.start);
                    }
                }
            }
        }
        let first_col = range.start().map_or(0, |s| s.1);
        let last_col = range.end().map_or(0, |e| e.1);
        Self { range, merged, percent, first_col, last_col, data_top: 1, data_bottom: 0 }
    }

    fn columns(&self) -> std::ops::RangeInclusive<u32> {
        self.first_col..=self.last_col
    }

    fn raw(&self, r: u32, c: u32) -> Cell<'_> {
        let at = self.merged.get(&(r, c)).copied().unwrap_or((r, c));
        match self.range.get_value(at) {
            None | Some(Data::Empty) => Cell::Empty,
            Some(Data::Float(f)) if self.percent.contains(&at) => Cell::Percent(*f),
            Some(Data::Int(i)) if self.percent.contains(&at) => Cell::Percent(*i as f64),
            Some(Data::Int(i)) => Cell::Number(*i as f64),
            Some(Data::Float(f)) => Cell::Number(*f),
            Some(Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s)) => Cell::Text(s),
            Some(Data::Bool(b)) => Cell::Text(if *b { "TRUE" } else { "FALSE" }),
            Some(Data::DateTime(d)) => Cell::Number(d.as_f64()),
            Some(Data::Error(CellErrorType::NA)) => Cell::Text("#N/A"),
            Some(Data::Error(_)) => Cell::Text("#ERROR"),
        }
    }

    /// A cell's text, numbers written out; `None` when blank.
    fn text(&self, r: u32, c: u32) -> Option<std::borrow::Cow<'_, str>> {
        match self.raw(r, c) {
            Cell::Empty => None,
            Cell::Text(t) => Some(trim(t)).filter(|t| !t.is_empty()).map(std::borrow::Cow::Borrowed),
            Cell::Number(v) | Cell::Percent(v) if v.fract() == 0.0 => Some(format!("{}", v as i64).into()),
            Cell::Number(v) | Cell::Percent(v) => Some(v.to_string().into()),
        }
    }

    /// The texts of a row, a cell merged across columns once.
    fn row_texts(&self, r: u32) -> Vec<String> {
        let mut texts: Vec<String> = self.columns().filter_map(|c| self.text(r, c).map(|t| t.into_owned())).collect();
        texts.dedup();
        texts
    }

    /// A row below the header belongs to it when its region cell is blank or merged down from the
    /// header, it has some text, and no number other than a year.
    fn is_header_continuation(&self, r: u32, header_top: u32, region_col: u32) -> bool {
        let region_blank = self.range.get_value((r, region_col)).is_none_or(|d| matches!(d, Data::Empty));
        let region_merged_from_header =
            self.merged.get(&(r, region_col)).is_some_and(|start| start.0 >= header_top && start.0 < r);
        let texts = self.row_texts(r);
        let only_labels = self.columns().all(|c| match self.raw(r, c) {
            Cell::Number(v) | Cell::Percent(v) => year_from_number(v).is_some(),
            Cell::Text(t) => !trim(t).chars().next().is_some_and(|ch| ch.is_ascii_digit()) || parse_year(t).is_some(),
            Cell::Empty => true,
        });
        (region_blank || region_merged_from_header) && !texts.is_empty() && only_labels
    }
}

impl Grid for SheetGrid {
    fn height(&self) -> usize {
        (self.data_bottom + 1).saturating_sub(self.data_top) as usize
    }

    fn cell(&self, row: usize, col: usize) -> Cell<'_> {
        self.raw(self.data_top + row as u32, self.first_col + col as u32)
    }

    fn row_number(&self, row: usize) -> usize {
        self.data_top as usize + row + 1
    }
}
