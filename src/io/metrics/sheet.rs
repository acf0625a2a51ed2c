//! Workbooks (XLSX, XLS) as statistical yearbooks lay them out: title rows above the header, header
//! cells merged across columns and rows, units inside headers, footnotes below the table.

use std::collections::{HashMap, HashSet};

use calamine::{CellErrorType, Data, Dimensions, Range};

use super::grid::{Cell, Grid, OwnedCell, OwnedGrid};
use super::layout::{is_region_header, is_regionless_header};
use super::report::FileFormat;
use super::title::{is_english, squeeze_spaces, without_english};
use super::value::{parse_year, trim, year_from_number};
use crate::domain::metrics::{region_name, split_unit};
use crate::io::workbook::{Workbook, WorkbookError, WorkbookKind};

/// How many rows from the top to look through for the header.
const HEADER_SEARCH_ROWS: u32 = 20;

/// The table found in a workbook.
pub(super) struct SheetTable {
    /// Cells below the header (with any continued table joined on).
    pub grid: Box<dyn Grid>,
    /// Column headers, merged header rows combined.
    pub headers: Vec<String>,
    /// Row of the last header row, from 1.
    pub header_row: usize,
    /// Title cells above the header, English translations left out.
    pub title_lines: Vec<String>,
    /// The worksheet.
    pub sheet: String,
    /// Headers that had an English translation beside the Chinese, set aside.
    pub english_headers: usize,
    /// Rows (from 1) where a continued table (续表) starts, in this sheet or the next ones.
    pub continued: Vec<usize>,
    /// The workbook was encrypted with Excel's default password.
    pub decrypted: bool,
}

/// One table of a sheet: where its header and data rows are, and its headers.
struct Block {
    header_top: u32,
    header_bottom: u32,
    data_bottom: u32,
    headers: Vec<String>,
    english_headers: usize,
    title_lines: Vec<String>,
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
    let names = book.sheet_names();
    for (n, name) in names.iter().enumerate() {
        let cells = book.sheet(name).map_err(SheetError::Workbook)?;
        let grid = SheetGrid::new(cells.range, &cells.merges, cells.percent);
        let block = match find_block(&grid, name, known) {
            Ok(block) => block,
            Err(e) => {
                if first_seen.is_none() {
                    first_seen = e;
                }
                continue;
            }
        };
        // A table continued on the following sheets ("7-6 续表2") is joined on.
        let mut later = Vec::new();
        for next in &names[n + 1..] {
            let Ok(cells) = book.sheet(next) else { break };
            let next_grid = SheetGrid::new(cells.range, &cells.merges, cells.percent);
            let Some(top) = next_grid.range.start().map(|s| s.0) else { break };
            if !is_continuation_mark(&next_grid.row_texts(top)) {
                break;
            }
            match find_block(&next_grid, next, known) {
                Ok(next_block) => later.push((next_grid, next_block)),
                Err(_) => break,
            }
        }
        return Ok(table(grid, block, later, name, book.decrypted, known));
    }
    Err(first_seen.unwrap_or(SheetError::Empty))
}

/// The table of the first block, with the blocks that continue it (on this sheet and on `later` ones)
/// joined on, region by region.
fn table(
    mut grid: SheetGrid,
    mut first: Block,
    later: Vec<(SheetGrid, Block)>,
    sheet: &str,
    decrypted: bool,
    known: &dyn Fn(&str) -> bool,
) -> SheetTable {
    // Each part is a block and the grid it is on: 0 for this sheet, then the later sheets in order.
    let mut parts: Vec<(usize, Block)> = Vec::new();
    let cut = continuation_below(&grid, &mut first);
    continuations(&grid, cut, 0, known, &mut parts);
    let mut grids = vec![];
    for (k, (g, mut block)) in later.into_iter().enumerate() {
        let cut = continuation_below(&g, &mut block);
        parts.push((k + 1, block));
        continuations(&g, cut, k + 1, known, &mut parts);
        grids.push(g);
    }
    let english_headers = first.english_headers + parts.iter().map(|(_, b)| b.english_headers).sum::<usize>();
    let continued = parts.iter().map(|(_, b)| b.header_top as usize + 1).collect();
    let (grid, headers): (Box<dyn Grid>, Vec<String>) = if parts.is_empty() {
        grid.data_top = first.header_bottom + 1;
        grid.data_bottom = first.data_bottom;
        (Box::new(grid), first.headers.clone())
    } else {
        let all: Vec<&SheetGrid> = std::iter::once(&grid).chain(grids.iter()).collect();
        let (joined, headers) = join(&all, &first, &parts);
        (Box::new(joined), headers)
    };
    SheetTable {
        grid,
        headers,
        header_row: first.header_bottom as usize + 1,
        title_lines: first.title_lines,
        sheet: sheet.to_owned(),
        english_headers,
        continued,
        decrypted,
    }
}

/// The blocks that follow a continuation mark at row `cut` of a grid, and those that follow theirs.
fn continuations(
    grid: &SheetGrid,
    mut cut: Option<u32>,
    on: usize,
    known: &dyn Fn(&str) -> bool,
    parts: &mut Vec<(usize, Block)>,
) {
    while let Some(start) = cut {
        let Some(mut block) = find_block_from(grid, start, known) else { break };
        cut = continuation_below(grid, &mut block);
        parts.push((on, block));
    }
}

/// A row that marks a continued table: "5-4 续表", "7-6续表1", "continued".
fn is_continuation_mark(texts: &[String]) -> bool {
    texts.iter().any(|t| t.contains("续表") || t.trim().eq_ignore_ascii_case("continued"))
}

/// Ends `block` above a continuation mark among its data rows; the row of the mark, if any.
fn continuation_below(grid: &SheetGrid, block: &mut Block) -> Option<u32> {
    let mark = (block.header_bottom + 1..=block.data_bottom).find(|&r| is_continuation_mark(&grid.row_texts(r)))?;
    let bottom = block.data_bottom;
    block.data_bottom = mark.saturating_sub(1);
    (mark < bottom).then_some(mark)
}

/// The next table at or below row `from` whose header names a region column.
fn find_block_from(grid: &SheetGrid, from: u32, known: &dyn Fn(&str) -> bool) -> Option<Block> {
    let bottom = grid.range.end()?.0;
    let last = bottom.min(from + HEADER_SEARCH_ROWS);
    let header_top = (from..=last).find(|&r| grid.row_texts(r).iter().any(|t| is_region_header(t)))?;
    Some(block_at(grid, header_top, from, bottom, known))
}

/// The rows of one table: the title cells from `title_top` to the header, the header rows from `header_top`,
/// the data rows down to `bottom`.
fn block_at(grid: &SheetGrid, header_top: u32, title_top: u32, bottom: u32, known: &dyn Fn(&str) -> bool) -> Block {
    let region_col = grid.columns().find(|&c| grid.text(header_top, c).is_some_and(|t| is_region_header(&t)));
    let region_col = region_col.unwrap_or(grid.first_col);
    let mut header_bottom = header_top;
    while header_bottom < bottom && grid.is_header_continuation(header_bottom + 1, header_top, region_col) {
        header_bottom += 1;
    }
    // English titles beside the Chinese ("Statistics on …", "(10000 yuan)") are translations, not facts.
    let title_lines: Vec<String> = (title_top..header_top)
        .flat_map(|r| grid.row_texts(r))
        .map(|t| without_english(&t).0)
        .filter(|t| !is_english(t))
        .collect();
    let (headers, english_headers) = combine_headers(grid, header_top, header_bottom, known);
    Block { header_top, header_bottom, data_bottom: bottom, headers, english_headers, title_lines }
}

/// Finds the first table of a sheet: its header, the title above it and the data rows below it.
fn find_block(grid: &SheetGrid, sheet: &str, known: &dyn Fn(&str) -> bool) -> Result<Block, Option<SheetError>> {
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
    Ok(block_at(grid, header_top, top, bottom, known))
}

/// The first table with the columns of its continuations added, each row of a continuation placed beside
/// the row of the first table with the same region; columns a continuation repeats (region, its English
/// name) are not added again.
fn join(grids: &[&SheetGrid], first: &Block, parts: &[(usize, Block)]) -> (OwnedGrid, Vec<String>) {
    let base = grids[0];
    let key = |g: &SheetGrid, r: u32, col: u32| g.text(r, col).map(|t| region_name(&t).into_owned());
    let region_col = |b: &Block| b.headers.iter().position(|h| is_region_header(h)).unwrap_or(0) as u32;
    let first_region = base.first_col + region_col(first);
    let mut headers = first.headers.clone();
    let mut rows: Vec<(usize, Vec<OwnedCell>)> = (first.header_bottom + 1..=first.data_bottom)
        .map(|r| (r as usize + 1, (0..first.headers.len() as u32).map(|c| base.owned(r, base.first_col + c)).collect()))
        .collect();
    let row_of: HashMap<String, usize> = (first.header_bottom + 1..=first.data_bottom)
        .enumerate()
        .filter_map(|(i, r)| key(base, r, first_region).map(|k| (k, i)))
        .collect();
    for (g, block) in parts {
        let grid = grids[*g];
        let their_region = grid.first_col + region_col(block);
        let added: Vec<usize> = (0..block.headers.len()).filter(|c| !headers.contains(&block.headers[*c])).collect();
        let width_before = headers.len();
        headers.extend(added.iter().map(|&c| block.headers[c].clone()));
        for row in &mut rows {
            row.1.resize(headers.len(), OwnedCell::Empty);
        }
        for r in block.header_bottom + 1..=block.data_bottom {
            let Some(i) = key(grid, r, their_region).and_then(|k| row_of.get(&k).copied()) else { continue };
            for (k, &c) in added.iter().enumerate() {
                rows[i].1[width_before + k] = grid.owned(r, grid.first_col + c as u32);
            }
        }
    }
    (OwnedGrid { rows }, headers)
}

/// One header per column from the header rows. The lowest part names it, unless two columns share that part
/// ("高新技术企业" + "增速（%）"), or the parts joined are a name the catalog knows and the lowest part alone is
/// not (a yearbook's "R&D经费" merged over "内部支出" and "投入强度"); then the parts are joined. A unit anywhere
/// is kept.
fn combine_headers(grid: &SheetGrid, top: u32, bottom: u32, known: &dyn Fn(&str) -> bool) -> (Vec<String>, usize) {
    let mut english = 0;
    let parts: Vec<Vec<String>> = grid
        .columns()
        .map(|c| {
            let mut p: Vec<String> = Vec::new();
            let mut translated = false;
            for r in top..=bottom {
                let Some(text) = grid.text(r, c) else { continue };
                let (chinese, english) = without_english(&text);
                translated |= english.is_some();
                // A cell of English alone under a Chinese header is its translation.
                if !is_english(&chinese) || p.is_empty() {
                    p.push(squeeze_spaces(&chinese.lines().map(str::trim).collect::<String>()));
                }
            }
            english += usize::from(translated);
            p.dedup();
            p
        })
        .collect();
    // A "#" column is part of the column before it (yearbook "#女性" under "R&D人员（人）") and counts in its unit.
    let mut inherited: Vec<Option<&str>> = vec![None; parts.len()];
    let mut last_unit: Option<&str> = None;
    for (k, p) in parts.iter().enumerate() {
        let own = p.iter().rev().find_map(|part| split_unit(part).1);
        let part_of = p.last().is_some_and(|leaf| leaf.starts_with('#'));
        if own.is_none() && part_of {
            inherited[k] = last_unit;
        }
        last_unit = own.or(if part_of { last_unit } else { None });
    }
    let leaf = |p: &[String]| p.last().cloned().unwrap_or_default();
    // Counted once: comparing every column with every other hung on a sheet hundreds of thousands wide.
    let mut leaves: HashMap<String, usize> = HashMap::new();
    for p in parts.iter().map(|p| leaf(p)).filter(|l| !l.is_empty()) {
        *leaves.entry(p).or_default() += 1;
    }
    let headers = parts
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let shared = leaves.get(&leaf(p)).is_some_and(|&n| n > 1);
            let unit = p.iter().rev().find_map(|part| split_unit(part).1).or(inherited[k]);
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
        .collect();
    (headers, english)
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

    /// A cell held by value.
    fn owned(&self, r: u32, c: u32) -> OwnedCell {
        match self.raw(r, c) {
            Cell::Empty => OwnedCell::Empty,
            Cell::Text(t) => OwnedCell::Text(t.to_owned()),
            Cell::Number(v) => OwnedCell::Number(v),
            Cell::Percent(v) => OwnedCell::Percent(v),
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
