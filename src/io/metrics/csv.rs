//! CSV: decoded whatever the encoding, header found below any title lines, parsed by polars with
//! every column as text (the reader decides what is a number, so "1,224" and "—" survive).

use std::io::Cursor;

use polars::prelude::{CsvParseOptions, CsvReadOptions, SerReader};

use super::grid::FrameGrid;
use super::layout::is_region_header;
use super::report::TextEncoding;
use super::value::trim;

/// A CSV file read into a grid.
pub(super) struct CsvTable {
    /// Cells below the header.
    pub grid: FrameGrid,
    /// Column headers.
    pub headers: Vec<String>,
    /// Line of the header, from 1.
    pub header_row: usize,
    /// Lines above the header (a title), joined.
    pub title: Option<String>,
    /// The encoding found.
    pub encoding: TextEncoding,
}

/// Why a CSV file could not be parsed.
pub(super) enum CsvError {
    /// No line with any content.
    Empty,
    /// polars refused the text.
    Parse(String),
}

/// How many lines to look through for the header.
const HEADER_SEARCH_LINES: usize = 30;

/// Parses decoded CSV text.
pub(super) fn read(text: &str, encoding: TextEncoding) -> Result<CsvTable, CsvError> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n').take(HEADER_SEARCH_LINES) {
        lines.push((offset, line.trim_end_matches(['\n', '\r'])));
        offset += line.len();
    }
    let Some(first) = lines.iter().position(|(_, l)| !trim(l).is_empty()) else { return Err(CsvError::Empty) };
    // The header is the first line naming a region column, split by whichever separator shows it;
    // without one, the first line with content (and the layout check then says what it found).
    let found = lines.iter().enumerate().find_map(|(n, (_, l))| {
        SEPARATORS
            .into_iter()
            .find(|&sep| l.split(char::from(sep)).any(|f| is_region_header(f.trim_matches('"'))))
            .map(|sep| (n, sep))
    });
    let (header_line, sep) = found.unwrap_or((first, separator(lines[first].1)));
    let title: Vec<&str> = lines[..header_line]
        .iter()
        .map(|(_, l)| trim(l.trim_matches(|c| c == char::from(sep) || c == '"')))
        .filter(|l| !l.is_empty())
        .collect();
    let body = &text[lines[header_line].0..];

    let parse = CsvParseOptions::default().with_separator(sep).with_truncate_ragged_lines(true);
    let df = CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .with_raise_if_empty(false)
        .with_parse_options(parse)
        .into_reader_with_file_handle(Cursor::new(body.as_bytes()))
        .finish()
        .map_err(|e| CsvError::Parse(e.to_string()))?;
    let headers: Vec<String> = df.get_column_names().iter().map(|n| n.to_string()).collect();
    if headers.is_empty() {
        return Err(CsvError::Empty);
    }
    let row_numbers = record_lines(body, header_line);
    let grid = FrameGrid::new(&df, row_numbers, header_line + 1).map_err(|e| CsvError::Parse(e.to_string()))?;
    let title = (!title.is_empty()).then(|| title.join(" "));
    Ok(CsvTable { grid, headers, header_row: header_line + 1, title, encoding })
}

/// Separators a CSV file may use.
const SEPARATORS: [u8; 3] = [b',', b'\t', b';'];

/// The separator of the header line: comma, tab or semicolon, whichever it has most of.
fn separator(line: &str) -> u8 {
    SEPARATORS.into_iter().max_by_key(|&s| line.bytes().filter(|&b| b == s).count()).unwrap_or(b',')
}

/// The line number of each record after the header line that `body` starts with, skipping empty
/// lines and counting newlines inside quoted fields, so messages name the line an editor shows.
/// `lines_before` is the number of lines above `body` in the file.
fn record_lines(body: &str, lines_before: usize) -> Vec<u32> {
    let mut out = Vec::new();
    let mut line = u32::try_from(lines_before).unwrap_or(u32::MAX).saturating_add(1);
    let mut in_quotes = false;
    let mut record_start: Option<u32> = None;
    let mut at_line_start = true;
    let mut header_seen = false;
    let mut finish = |start: u32, header_seen: &mut bool| {
        if *header_seen {
            out.push(start);
        } else {
            *header_seen = true;
        }
    };
    for b in body.bytes() {
        if at_line_start && !in_quotes && record_start.is_none() && b != b'\n' && b != b'\r' {
            record_start = Some(line);
        }
        at_line_start = false;
        match b {
            b'"' => in_quotes = !in_quotes,
            b'\n' => {
                line = line.saturating_add(1);
                at_line_start = true;
                if !in_quotes && let Some(start) = record_start.take() {
                    finish(start, &mut header_seen);
                }
            }
            _ => {}
        }
    }
    if let Some(start) = record_start {
        finish(start, &mut header_seen);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_lines_skip_blank_lines_and_follow_quoted_newlines() {
        let text = "地区,值\n\n巴州区,1\n\"恩阳\n区\",2\n\n通江县,3";
        assert_eq!(record_lines(text, 0), vec![3, 4, 7]);
        assert_eq!(record_lines("地区,值\r\n巴州区,1\r\n", 2), vec![4]);
    }

    #[test]
    fn the_separator_is_the_most_frequent_one() {
        assert_eq!(separator("地区;年份;值"), b';');
        assert_eq!(separator("地区\t年份\t值"), b'\t');
        assert_eq!(separator("地区,年份"), b',');
    }
}
