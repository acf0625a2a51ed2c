//! Parquet: columns keep their types; numbers are read as numbers, everything else as text. Before polars
//! reads a file, its footer and every page header are checked against sizes a real table can have: polars
//! reserves memory for what a page header claims, and a damaged header claiming 2^61 values aborts the
//! process, which no guard can catch.

use std::io::Cursor;

use polars::prelude::{ParquetReader, SerReader};
use polars_buffer::Buffer;
use polars_parquet::parquet::metadata::FileMetadata;
use polars_parquet::parquet::page::CompressedPage;
use polars_parquet::parquet::read::{get_page_iterator, read_metadata};

use super::grid::FrameGrid;
use crate::io::workbook::MAX_CELLS;

/// The largest page the check reads, compressed or not: far above what a writer makes (about 1 MB).
const MAX_PAGE_BYTES: usize = 256 * 1024 * 1024;

/// A Parquet file read into a grid, with its column names. The bytes are shared by the check and polars,
/// and the footer checked is the one polars reads by.
pub(super) fn read(bytes: Vec<u8>) -> Result<(FrameGrid, Vec<String>), String> {
    let buffer = Buffer::from_vec(bytes);
    let metadata = check_sizes(&buffer)?;
    let mut reader = ParquetReader::new(Cursor::new(buffer));
    reader.set_metadata(std::sync::Arc::new(metadata));
    let df = reader.finish().map_err(|e| e.to_string())?;
    let headers = df.get_column_names().iter().map(|n| n.to_string()).collect();
    let grid = FrameGrid::new(&df).map_err(|e| e.to_string())?;
    Ok((grid, headers))
}

/// Refuses a file whose footer or page headers claim more values than a table of [`MAX_CELLS`] cells holds,
/// or more than the file's own row counts; reads headers only, never a page's values. Returns the footer.
fn check_sizes(buffer: &Buffer<u8>) -> Result<FileMetadata, String> {
    let metadata = read_metadata(&mut Cursor::new(&buffer[..])).map_err(|e| e.to_string())?;
    let columns = metadata.schema().columns().len().max(1);
    let rows = metadata.num_rows;
    if rows.saturating_mul(columns) > MAX_CELLS as usize {
        return Err(format!("the file claims {rows} rows × {columns} columns, more than {MAX_CELLS} cells"));
    }
    for (group, row_group) in metadata.row_groups.iter().enumerate() {
        let group_rows = row_group.num_rows();
        if group_rows > rows {
            return Err(format!("row group {group} claims {group_rows} rows, the file {rows}"));
        }
        for column in row_group.parquet_columns() {
            let name = &column.descriptor().path_in_schema;
            // A flat column has at most one value per row in each page; a list column (repeated) may have
            // many, and is bounded by the cells a table can have instead.
            let flat = column.descriptor().descriptor.max_rep_level == 0;
            let most = if flat { group_rows.max(1) } else { MAX_CELLS as usize };
            let pages = get_page_iterator(column, Cursor::new(buffer.clone()), Vec::new(), MAX_PAGE_BYTES)
                .map_err(|e| e.to_string())?;
            for page in pages {
                // A dictionary page's count is not public; its size is bounded by MAX_PAGE_BYTES above.
                let CompressedPage::Data(page) = page.map_err(|e| e.to_string())? else { continue };
                let values = page.num_values();
                // A negative count reads as huge.
                if values > most {
                    return Err(format!(
                        "a page of column {name:?} in row group {group} claims {values} values, the group {group_rows} rows"
                    ));
                }
            }
        }
    }
    Ok(metadata)
}
