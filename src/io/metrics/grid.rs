//! One view of a table held in memory (a workbook's sheet, a Parquet file): cells by data row and
//! column, and where each row is in the file. CSV is not held: its rows stream past as cells.

use polars::prelude::{DataFrame, DataType, Float64Chunked, PolarsResult, StringChunked};

/// A cell as the reader sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Cell<'a> {
    /// Nothing.
    Empty,
    /// Text, as stored (may still be a number written as text).
    Text(&'a str),
    /// A number stored as a number.
    Number(f64),
    /// A number the workbook shows as a percent: 0.013 formatted "0.0%" shows as 1.3%.
    Percent(f64),
}

/// Data rows below the header.
pub(super) trait Grid {
    /// Number of data rows.
    fn height(&self) -> usize;
    /// The cell at a data row and column.
    fn cell(&self, row: usize, col: usize) -> Cell<'_>;
    /// The row's number in the file, from 1.
    fn row_number(&self, row: usize) -> usize;
}

enum FrameColumn {
    Text(StringChunked),
    Number(Float64Chunked),
}

/// A polars frame (Parquet): numeric columns read as numbers, everything else as text. Records are
/// numbered from 1, as a viewer shows them; there is no header line.
pub(super) struct FrameGrid {
    columns: Vec<FrameColumn>,
    height: usize,
}

impl FrameGrid {
    /// Wraps a frame.
    pub(super) fn new(df: &DataFrame) -> PolarsResult<Self> {
        let mut columns = Vec::with_capacity(df.width());
        for column in df.columns() {
            let series = column.as_materialized_series();
            if series.dtype().is_primitive_numeric() {
                let cast = series.cast(&DataType::Float64)?;
                columns.push(FrameColumn::Number(cast.f64()?.rechunk().into_owned()));
            } else {
                let cast = series.cast(&DataType::String)?;
                columns.push(FrameColumn::Text(cast.str()?.rechunk().into_owned()));
            }
        }
        Ok(Self { columns, height: df.height() })
    }
}

impl Grid for FrameGrid {
    fn height(&self) -> usize {
        self.height
    }

    fn cell(&self, row: usize, col: usize) -> Cell<'_> {
        match self.columns.get(col) {
            Some(FrameColumn::Text(c)) => c.get(row).map_or(Cell::Empty, Cell::Text),
            Some(FrameColumn::Number(c)) => c.get(row).map_or(Cell::Empty, Cell::Number),
            None => Cell::Empty,
        }
    }

    fn row_number(&self, row: usize) -> usize {
        row + 1
    }
}

/// A cell held by value.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum OwnedCell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A number shown as a percent.
    Percent(f64),
}

/// Rows held by value, each with its number in the file: a table put together from parts (a yearbook
/// table and its continuations, joined by region).
pub(super) struct OwnedGrid {
    /// Each row's number in the file and its cells.
    pub rows: Vec<(usize, Vec<OwnedCell>)>,
}

impl Grid for OwnedGrid {
    fn height(&self) -> usize {
        self.rows.len()
    }

    fn cell(&self, row: usize, col: usize) -> Cell<'_> {
        match self.rows.get(row).and_then(|(_, cells)| cells.get(col)) {
            None | Some(OwnedCell::Empty) => Cell::Empty,
            Some(OwnedCell::Text(t)) => Cell::Text(t),
            Some(OwnedCell::Number(v)) => Cell::Number(*v),
            Some(OwnedCell::Percent(v)) => Cell::Percent(*v),
        }
    }

    fn row_number(&self, row: usize) -> usize {
        self.rows.get(row).map_or(row + 1, |(n, _)| *n)
    }
}
