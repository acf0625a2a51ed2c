//! Parquet: columns keep their types; numbers are read as numbers, everything else as text.

use std::io::Cursor;

use polars::prelude::{ParquetReader, SerReader};

use super::grid::FrameGrid;

/// A Parquet file read into a grid, with its column names.
pub(super) fn read(bytes: &[u8]) -> Result<(FrameGrid, Vec<String>), String> {
    let df = ParquetReader::new(Cursor::new(bytes)).finish().map_err(|e| e.to_string())?;
    let headers = df.get_column_names().iter().map(|n| n.to_string()).collect();
    let grid = FrameGrid::new(&df).map_err(|e| e.to_string())?;
    Ok((grid, headers))
}
