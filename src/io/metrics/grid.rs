//! One view of a table whatever the file: cells by data row and column, and where each row is in the file.

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

/// A polars frame (CSV, Parquet): numeric columns read as numbers, everything else as text.
pub(super) struct FrameGrid {
    columns: Vec<FrameColumn>,
    height: usize,
    /// File row of each data row; empty when data row `i` is file row `i + 1 + offset`.
    row_numbers: Vec<u32>,
    offset: usize,
}

impl FrameGrid {
    /// Wraps a frame; `row_numbers` maps data rows to file rows, or is empty to count from `offset + 1`.
    pub(super) fn new(df: &DataFrame, row_numbers: Vec<u32>, offset: usize) -> PolarsResult<Self> {
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
        Ok(Self { columns, height: df.height(), row_numbers, offset })
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
        self.row_numbers.get(row).map_or(row + 1 + self.offset, |&n| n as usize)
    }
}
