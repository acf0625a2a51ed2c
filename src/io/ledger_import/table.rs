//! Reading a ledger file into a grid of cells: XLSX/XLS/ODS through calamine, CSV in UTF-8 (with or
//! without BOM), UTF-16 with BOM, or GBK.

use std::path::Path;

use calamine::{Data, Reader};
use jiff::civil::Date;

use super::LedgerImportError;
use crate::io::text;

/// One cell as read.
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    /// Nothing in it.
    Empty,
    /// Text (CSV cells are always text).
    Text(String),
    /// A number from a spreadsheet.
    Number(f64),
    /// A date from a spreadsheet's date cell.
    Date(Date),
}

impl CellValue {
    /// The cell as a person reads it, trimmed.
    pub fn text(&self) -> String {
        match self {
            Self::Empty => String::new(),
            Self::Text(t) => t.trim().to_owned(),
            Self::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{n:.0}"),
            Self::Number(n) => n.to_string(),
            Self::Date(d) => d.to_string(),
        }
    }

    /// Whether there is nothing in it but spaces.
    pub fn is_blank(&self) -> bool {
        match self {
            Self::Empty => true,
            Self::Text(t) => t.trim().is_empty(),
            Self::Number(_) | Self::Date(_) => false,
        }
    }
}

/// The cells of one sheet; `rows[0]` is the sheet's first row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The sheet's name (`None` for CSV).
    pub sheet: Option<String>,
    /// Rows of cells.
    pub rows: Vec<Vec<CellValue>>,
}

impl Table {
    /// The cell at a row and column (empty outside the grid).
    pub fn cell(&self, row: usize, col: usize) -> &CellValue {
        self.rows.get(row).and_then(|r| r.get(col)).unwrap_or(&CellValue::Empty)
    }
}

/// How a file is read, from its extension.
pub fn is_spreadsheet(path: &Path) -> Option<bool> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Some(true),
        "csv" | "txt" | "tsv" => Some(false),
        _ => None,
    }
}

/// Every sheet of a workbook, in order.
pub fn read_workbook(path: &Path) -> Result<Vec<Table>, LedgerImportError> {
    let workbook_error =
        |e: calamine::Error| LedgerImportError::Workbook { path: path.to_owned(), detail: e.to_string() };
    let mut workbook = calamine::open_workbook_auto(path).map_err(workbook_error)?;
    let mut tables = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(workbook_error)?;
        // Keep row and column numbers as the spreadsheet shows them, whatever the used range.
        let (first_row, first_col) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows = vec![Vec::new(); first_row];
        for row in range.rows() {
            let mut cells = vec![CellValue::Empty; first_col];
            cells.extend(row.iter().map(cell));
            rows.push(cells);
        }
        tables.push(Table { sheet: Some(name), rows });
    }
    Ok(tables)
}

fn cell(data: &Data) -> CellValue {
    match data {
        Data::Empty | Data::Error(_) => CellValue::Empty,
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => CellValue::Text(s.clone()),
        Data::Int(i) => CellValue::Number(*i as f64),
        Data::Float(f) => CellValue::Number(*f),
        Data::Bool(b) => CellValue::Text(b.to_string()),
        Data::DateTime(dt) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            let date = i16::try_from(y).ok().and_then(|y| Date::new(y, m as i8, d as i8).ok());
            date.map_or_else(|| CellValue::Number(dt.as_f64()), CellValue::Date)
        }
    }
}

/// A CSV file as one table.
pub fn read_csv(path: &Path) -> Result<Table, LedgerImportError> {
    let bytes = std::fs::read(path).map_err(|source| LedgerImportError::Read { path: path.to_owned(), source })?;
    let text = decode(&bytes).ok_or_else(|| LedgerImportError::Encoding { path: path.to_owned() })?;
    let rows = parse_csv(&text)
        .into_iter()
        .map(|row| row.into_iter().map(|f| if f.is_empty() { CellValue::Empty } else { CellValue::Text(f) }).collect())
        .collect();
    Ok(Table { sheet: None, rows })
}

/// UTF-8 (a BOM is dropped), UTF-16 with a BOM, else GBK; `None` when it is none of them.
pub fn decode(bytes: &[u8]) -> Option<String> {
    text::decode(bytes)
        .ok()
        .or_else(|| encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(bytes).map(|s| s.into_owned()))
}

/// Splits CSV text into rows of fields: quoted fields may hold separators, quotes ("") and line breaks.
/// The separator is the comma, or a tab or semicolon when the first line has more of those.
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let first = text.lines().next().unwrap_or_default();
    let sep = [',', '\t', ';'].into_iter().max_by_key(|c| (first.matches(*c).count(), *c == ',')).unwrap_or(',');
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, _) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n' | '\r') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) if c == sep => row.push(std::mem::take(&mut field)),
            (false, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_quotes_and_line_breaks() {
        let rows = parse_csv("a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\r\n");
        assert_eq!(rows, [vec!["a", "b,1", "say \"hi\""], vec!["two\nlines", "", "x"]]);
    }

    #[test]
    fn tab_separated_text_is_recognised() {
        assert_eq!(parse_csv("序号\t状态\n1\t已完成"), [vec!["序号", "状态"], vec!["1", "已完成"]]);
    }

    #[test]
    fn gbk_is_read_when_the_bytes_are_not_utf8() {
        let (gbk, _, _) = encoding_rs::GBK.encode("政策举措,状态");
        assert_eq!(decode(&gbk).as_deref(), Some("政策举措,状态"));
        assert_eq!(decode("\u{feff}状态".as_bytes()).as_deref(), Some("状态"));
    }
}
