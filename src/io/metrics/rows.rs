//! Reading the data rows of a grid into a panel, whatever the layout: blank rows and footnotes
//! set aside, every value that cannot be used reported with its row and column.

use std::borrow::Cow;

use crate::domain::metrics::{IndicatorId, Observation, PanelBuilder, split_unit};

use super::grid::{Cell, Grid};
use super::layout::Columns;
use super::report::{Layout, LoadReport, RowProblemKind as K};
use super::value::{Value, parse_value, parse_year, trim, year_from_number};

/// Where the rows come from and how they are laid out.
pub(super) struct Source<'a> {
    /// The cells.
    pub grid: &'a dyn Grid,
    /// Column headers.
    pub headers: &'a [String],
    /// Which column is which.
    pub columns: &'a Columns,
    /// Year for every row when the table has no year column.
    pub year_from_title: Option<i32>,
}

/// Words a footnote row starts with.
const FOOTNOTE_MARKS: [&str; 11] = ["注", "资料来源", "数据来源", "说明", "备注", "*", "※", "①", "note", "source", "#"];

/// Reads every data row into `builder`, counting and reporting in `report`.
pub(super) fn read(src: &Source<'_>, builder: &mut PanelBuilder, report: &mut LoadReport) {
    let width = src.headers.len();
    let c = src.columns;
    let indicator_columns: Vec<(usize, IndicatorId)> = c
        .indicators
        .iter()
        .map(|(col, header)| {
            let (name, unit) = split_unit(header);
            (*col, builder.indicator(name, unit.unwrap_or("")).0)
        })
        .collect();
    for r in 0..src.grid.height() {
        let row = src.grid.row_number(r);
        let cell = |col: usize| src.grid.cell(r, col);
        let mut filled = (0..width).filter(|&col| !is_blank(cell(col)));
        match (filled.next(), filled.next()) {
            (None, _) => continue,
            (Some(only), None) if text(cell(only)).is_some_and(|t| is_footnote(&t)) => {
                let note = text(cell(only)).unwrap_or_default().into_owned();
                builder.note(&note);
                report.footnotes.push(note);
                continue;
            }
            _ => {}
        }
        report.rows_read += 1;
        let problems_before = report.problem_count;
        let Some(region_name) = text(cell(c.region)) else {
            report.problem(row, Some(&src.headers[c.region]), K::NoRegion);
            report.rows_skipped += 1;
            continue;
        };
        let year = match c.year {
            Some(col) => match year_of(cell(col)) {
                Ok(y) => Some(y),
                Err(value) => {
                    report.problem(row, Some(&src.headers[col]), K::BadYear { value });
                    report.rows_skipped += 1;
                    continue;
                }
            },
            None => src.year_from_title,
        };
        let row_indicator_id = match c.layout {
            Layout::WideByIndicator => None,
            Layout::Long | Layout::WideByYear => {
                let Some(indicator) = row_indicator(src, r, row, builder, report) else {
                    report.rows_skipped += 1;
                    continue;
                };
                Some(indicator)
            }
        };
        let region = builder.region(&region_name);
        let source = c.source.and_then(|col| text(cell(col))).map(|s| builder.source(&s));
        if let Some(note) = c.note.and_then(|col| text(cell(col))) {
            builder.note(&note);
        }
        let origin = u32::try_from(row).unwrap_or(u32::MAX);
        let mut used = 0;
        let mut push = |builder: &mut PanelBuilder, report: &mut LoadReport, year, indicator, col: usize| {
            let read = value_of(cell(col));
            match read {
                Ok(value) => {
                    builder.push(Observation { region, year, indicator, value, source, origin });
                    used += 1;
                }
                Err(value) => report.problem(row, Some(&src.headers[col]), K::NotANumber { value }),
            }
        };
        match row_indicator_id {
            None => {
                for &(col, indicator) in &indicator_columns {
                    push(builder, report, year.unwrap_or_default(), indicator, col);
                }
            }
            Some(indicator) => {
                if let Some(col) = c.value {
                    push(builder, report, year.unwrap_or_default(), indicator, col);
                }
                for &(col, y) in &c.years {
                    push(builder, report, y, indicator, col);
                }
            }
        }
        if used == 0 && report.problem_count > problems_before {
            report.rows_skipped += 1;
        }
    }
}

/// The indicator of a long or wide-by-year row, with its unit; reports an empty cell or a unit
/// that contradicts an earlier row.
fn row_indicator(
    src: &Source<'_>,
    r: usize,
    row: usize,
    builder: &mut PanelBuilder,
    report: &mut LoadReport,
) -> Option<IndicatorId> {
    let c = src.columns;
    let col = c.indicator?;
    let Some(raw) = text(src.grid.cell(r, col)) else {
        report.problem(row, Some(&src.headers[col]), K::NoIndicator);
        return None;
    };
    let (name, bracket_unit) = split_unit(&raw);
    let unit_cell = c.unit.and_then(|u| text(src.grid.cell(r, u)));
    let unit = unit_cell.as_deref().or(bracket_unit).unwrap_or("");
    let (id, first_unit) = builder.indicator(name, unit);
    if !unit.is_empty() && !first_unit.is_empty() && first_unit != unit {
        let kind = K::UnitConflict { unit: unit.to_owned(), first_unit: first_unit.to_owned() };
        report.problem(row, Some(&src.headers[c.unit.unwrap_or(col)]), kind);
        return None;
    }
    Some(id)
}

/// A cell's text, trimmed; numbers written out (a region code, a year); `None` when blank.
fn text(cell: Cell<'_>) -> Option<Cow<'_, str>> {
    match cell {
        Cell::Empty => None,
        Cell::Text(t) => Some(trim(t)).filter(|t| !t.is_empty()).map(Cow::Borrowed),
        Cell::Number(v) if v.fract() == 0.0 && v.abs() < 1e15 => Some(Cow::Owned(format!("{}", v as i64))),
        Cell::Number(v) => Some(Cow::Owned(v.to_string())),
    }
}

/// True for an empty cell or one holding only spaces.
fn is_blank(cell: Cell<'_>) -> bool {
    match cell {
        Cell::Empty => true,
        Cell::Text(t) => trim(t).is_empty(),
        Cell::Number(_) => false,
    }
}

/// A value, missing (`None`), or the text that is not a number.
fn value_of(cell: Cell<'_>) -> Result<Option<f64>, String> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number(v) if v.is_finite() => Ok(Some(v)),
        Cell::Number(v) => Err(v.to_string()),
        Cell::Text(t) => match parse_value(t) {
            Value::Missing => Ok(None),
            Value::Number(v) => Ok(Some(v)),
            Value::Bad => Err(trim(t).to_owned()),
        },
    }
}

/// A year, or the text that is not one.
fn year_of(cell: Cell<'_>) -> Result<i32, String> {
    match cell {
        Cell::Number(v) => year_from_number(v).ok_or_else(|| v.to_string()),
        Cell::Text(t) => parse_year(t).ok_or_else(|| trim(t).to_owned()),
        Cell::Empty => Err(String::new()),
    }
}

/// A row holding only a remark: "注：…", "资料来源：…", or a sentence too long to be a region name.
fn is_footnote(text: &str) -> bool {
    let lower = text.to_lowercase();
    FOOTNOTE_MARKS.iter().any(|m| lower.starts_with(m)) || text.chars().count() > 20
}
