//! Reading a ledger file into a grid of cells: XLSX/XLS/ODS through calamine, CSV in UTF-8 (with or
//! without BOM), UTF-16 with BOM, or GBK. What a file holds is told from its bytes, not only its name.

use std::path::Path;

use calamine::{Data, Dimensions};
use jiff::civil::Date;

use super::LedgerImportError;
use crate::io::text;
use crate::io::workbook::{SheetCells, Workbook, WorkbookError, WorkbookKind};

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

/// What a file holds, told from its first bytes: offices rename files, and web systems export CSV or
/// HTML under an .xls name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Xlsb,
    Ods,
    Xls,
    Text,
    WebPage,
}

/// Extensions of files read as workbooks, and as text.
const WORKBOOK_EXTENSIONS: [&str; 5] = ["xlsx", "xlsm", "xlsb", "xls", "ods"];
const TEXT_EXTENSIONS: [&str; 3] = ["csv", "txt", "tsv"];

/// Reads a ledger file: every sheet of a workbook, in order, or the one table of a CSV.
pub fn read(path: &Path) -> Result<Vec<Table>, LedgerImportError> {
    // Refused by its name before a byte is read.
    extension(path)?;
    let bytes = std::fs::read(path).map_err(|source| LedgerImportError::Read { path: path.to_owned(), source })?;
    read_bytes(&bytes, path)
}

/// Reads a ledger file's bytes; `path` names it in messages and its extension says whether it should be a
/// workbook or text.
pub fn read_bytes(bytes: &[u8], path: &Path) -> Result<Vec<Table>, LedgerImportError> {
    let (ext, workbook_ext) = extension(path)?;
    if is_empty(bytes) {
        return Err(LedgerImportError::Empty { path: path.to_owned() });
    }
    match sniff(bytes, &ext) {
        Kind::WebPage => Err(LedgerImportError::WebPage { path: path.to_owned() }),
        Kind::Text if workbook_ext && !looks_like_csv(bytes) => {
            Err(LedgerImportError::NotAWorkbook { path: path.to_owned() })
        }
        Kind::Text => Ok(vec![read_csv(path, bytes)?]),
        kind => read_workbook(path, bytes, kind),
    }
}

/// The file's extension in lower case and whether it names a workbook; any other than a workbook's or text's
/// is refused.
fn extension(path: &Path) -> Result<(String, bool), LedgerImportError> {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    let workbook_ext = WORKBOOK_EXTENSIONS.contains(&ext.as_str());
    if !workbook_ext && !TEXT_EXTENSIONS.contains(&ext.as_str()) {
        return Err(LedgerImportError::UnknownFormat { path: path.to_owned() });
    }
    Ok((ext, workbook_ext))
}

/// Nothing in the file, or only a byte-order mark and spaces or line breaks.
fn is_empty(bytes: &[u8]) -> bool {
    let without_bom = [&b"\xEF\xBB\xBF"[..], b"\xFF\xFE", b"\xFE\xFF"]
        .iter()
        .find_map(|bom| bytes.strip_prefix(*bom))
        .unwrap_or(bytes);
    // UTF-16 spaces and line breaks carry a zero byte.
    without_bom.iter().all(|b| b.is_ascii_whitespace() || *b == 0)
}

fn sniff(bytes: &[u8], ext: &str) -> Kind {
    const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.starts_with(b"PK\x03\x04") {
        match ext {
            "ods" => Kind::Ods,
            "xlsb" => Kind::Xlsb,
            _ => Kind::Xlsx,
        }
    } else if bytes.starts_with(&OLE) {
        Kind::Xls
    } else if bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes).trim_ascii_start().starts_with(b"<") {
        Kind::WebPage
    } else {
        Kind::Text
    }
}

/// Whether text under a workbook's name is a table (its first line has a tab or a comma).
fn looks_like_csv(bytes: &[u8]) -> bool {
    decode(bytes).is_some_and(|text| text.lines().next().is_some_and(|line| line.contains(['\t', ','])))
}

fn read_workbook(path: &Path, bytes: &[u8], kind: Kind) -> Result<Vec<Table>, LedgerImportError> {
    let workbook_error = |e: WorkbookError| match e {
        WorkbookError::Damaged(detail) => LedgerImportError::Workbook { path: path.to_owned(), detail },
        WorkbookError::Protected => LedgerImportError::Protected { path: path.to_owned() },
        WorkbookError::TooLarge { sheet, area, cells } => {
            LedgerImportError::TooLarge { path: path.to_owned(), sheet, area, cells }
        }
    };
    let kind = match kind {
        Kind::Xls => WorkbookKind::Xls,
        Kind::Xlsb => WorkbookKind::Xlsb,
        Kind::Ods => WorkbookKind::Ods,
        _ => WorkbookKind::Xlsx,
    };
    let mut workbook = Workbook::open(bytes, kind).map_err(workbook_error)?;
    let mut tables = Vec::new();
    for name in workbook.sheet_names() {
        // Without merge information (ODS, XLSB) the cells read as stored: the value in the first row only.
        let SheetCells { range, merges, .. } = workbook.sheet(&name).map_err(workbook_error)?;
        // Keep row and column numbers as the spreadsheet shows them, whatever the used range.
        let (first_row, first_col) = range.start().map_or((0, 0), |(r, c)| (r as usize, c as usize));
        let mut rows = vec![Vec::new(); first_row];
        for row in range.rows() {
            let mut cells = vec![CellValue::Empty; first_col];
            cells.extend(row.iter().map(cell));
            rows.push(cells);
        }
        fill_merged_down(&mut rows, &merges);
        tables.push(Table { sheet: Some(name), rows });
    }
    Ok(tables)
}

/// A value merged down over rows (one 牵头单位 for three items, a header cell over two header rows)
/// is copied into each row of its first column; a merge across columns stays in its first cell, so a
/// group heading merged across the table is still one cell.
fn fill_merged_down(rows: &mut [Vec<CellValue>], merges: &[Dimensions]) {
    for merge in merges {
        let (top, col) = (merge.start.0 as usize, merge.start.1 as usize);
        let value = rows.get(top).and_then(|row| row.get(col)).cloned().unwrap_or(CellValue::Empty);
        if value.is_blank() {
            continue;
        }
        for row in rows.iter_mut().take(merge.end.0 as usize + 1).skip(top + 1) {
            if row.len() <= col {
                row.resize(col + 1, CellValue::Empty);
            }
            row[col] = value.clone();
        }
    }
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
fn read_csv(path: &Path, bytes: &[u8]) -> Result<Table, LedgerImportError> {
    let text = decode(bytes).ok_or_else(|| LedgerImportError::Encoding { path: path.to_owned() })?;
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
    fn files_with_nothing_but_a_bom_or_spaces_are_empty() {
        for bytes in [&b""[..], b"\xEF\xBB\xBF", b" \r\n", b"\xFF\xFE\n\x00"] {
            assert!(is_empty(bytes), "{bytes:?}");
        }
        assert!(!is_empty(b"\xEF\xBB\xBFa"));
        assert!(!is_empty(b"PK\x03\x04"));
    }

    #[test]
    fn gbk_is_read_when_the_bytes_are_not_utf8() {
        let (gbk, _, _) = encoding_rs::GBK.encode("政策举措,状态");
        assert_eq!(decode(&gbk).as_deref(), Some("政策举措,状态"));
        assert_eq!(decode("\u{feff}状态".as_bytes()).as_deref(), Some("状态"));
    }
}
