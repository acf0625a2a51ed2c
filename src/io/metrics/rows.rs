//! Reading data rows into a panel, whatever the layout: blank rows and footnotes set aside, every
//! value that cannot be used reported with its row and column. Rows arrive one at a time (a CSV
//! file streams them), so the reader keeps what repeats from row to row — the region, the year, the
//! indicators seen — and a national panel's millions of rows cost a comparison, not a lookup, each.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::domain::metrics::{
    IndicatorId, Observation, PanelBuilder, RegionId, is_percent_measure, split_number_unit, split_unit,
};

use super::grid::{Cell, Grid};
use super::layout::Columns;
use super::report::{Layout, LoadReport, RowProblemKind as K};
use super::value::{Value, parse_value, parse_year, trim, year_from_number, year_of_date_text, year_of_excel_serial};

/// Words a footnote row starts with.
const FOOTNOTE_MARKS: [&str; 11] = ["注", "资料来源", "数据来源", "说明", "备注", "*", "※", "①", "note", "source", "#"];

/// Reads rows into a builder, counting and reporting in a load report.
pub(super) struct RowReader<'a> {
    headers: &'a [String],
    columns: &'a Columns,
    year_from_title: Option<i32>,
    /// Indicator columns (wide by indicator) and their indicators.
    indicator_columns: Vec<(usize, IndicatorId)>,
    last_region: Option<(String, RegionId)>,
    indicators: IndicatorCells,
    /// The one indicator of a table that names it in its title or file name.
    fixed: Option<IndicatorId>,
    /// A footnote has been read: the lines of one cell below it are its continuation ("　　2.城镇单位…").
    in_notes: bool,
}

impl<'a> RowReader<'a> {
    /// A reader for a table with these headers and columns; indicator columns are added to `builder` now.
    pub(super) fn new(
        headers: &'a [String],
        columns: &'a Columns,
        year_from_title: Option<i32>,
        builder: &mut PanelBuilder,
    ) -> Self {
        let indicator_columns = columns
            .indicators
            .iter()
            .map(|(col, header)| {
                let (name, unit) = split_unit(header);
                (*col, builder.indicator(name, unit.unwrap_or("")).0)
            })
            .collect();
        let fixed = columns.fixed_indicator.as_ref().map(|(name, unit)| builder.indicator(name, unit).0);
        Self {
            headers,
            columns,
            year_from_title,
            indicator_columns,
            last_region: None,
            indicators: IndicatorCells::default(),
            fixed,
            in_notes: false,
        }
    }

    /// Reads every row of a grid.
    pub(super) fn read_grid(&mut self, grid: &dyn Grid, builder: &mut PanelBuilder, report: &mut LoadReport) {
        let mut cells = Vec::with_capacity(self.headers.len());
        for r in 0..grid.height() {
            cells.clear();
            cells.extend((0..self.headers.len()).map(|col| grid.cell(r, col)));
            self.row(grid.row_number(r), &cells, builder, report);
        }
    }

    /// Reads one row: `row` is its number in the file, `cells` its cells (missing ones at the end are empty).
    pub(super) fn row(&mut self, row: usize, cells: &[Cell<'_>], builder: &mut PanelBuilder, report: &mut LoadReport) {
        let cell = |col: usize| cells.get(col).copied().unwrap_or(Cell::Empty);
        let c = self.columns;
        let mut filled = (0..self.headers.len()).filter(|&col| !is_blank(cell(col)));
        match (filled.next(), filled.next()) {
            (None, _) => return,
            (Some(only), None) if self.in_notes || text(cell(only)).is_some_and(|t| is_footnote(&t)) => {
                self.in_notes = true;
                let note = text(cell(only)).unwrap_or_default().into_owned();
                builder.note(&note);
                report.footnotes.push(note);
                return;
            }
            _ => {}
        }
        report.rows_read += 1;
        let problems_before = report.problem_count;
        let region_cell = match c.region {
            Some(col) => text(cell(col)),
            None => report.region_from_title.clone().map(Cow::Owned),
        };
        let Some(region_name) = region_cell else {
            report.problem(row, c.region.map(|col| self.headers[col].as_str()), K::NoRegion);
            report.rows_skipped += 1;
            return;
        };
        let year = match c.year {
            Some(col) => match year_of(cell(col)) {
                Ok(y) => Some(y),
                Err(value) => {
                    report.problem(row, Some(&self.headers[col]), K::BadYear { value });
                    report.rows_skipped += 1;
                    return;
                }
            },
            None => self.year_from_title,
        };
        let row_indicator = match c.layout {
            Layout::WideByIndicator => None,
            Layout::Long | Layout::WideByYear => {
                let Some(indicator) = self.row_indicator(cells, row, builder, report) else {
                    report.rows_skipped += 1;
                    return;
                };
                Some(indicator)
            }
        };
        let region = match c.region_keys {
            [None, None, None] => self.region(&region_name, builder),
            keys => {
                let keys = keys.map(|k| k.and_then(|col| text(cell(col))));
                let keys = [0, 1, 2].map(|n| keys[n].as_deref().unwrap_or(""));
                self.last_region = None;
                builder.region_keyed(&region_name, keys)
            }
        };
        let source = c.source.and_then(|col| text(cell(col))).map(|s| builder.source(&s));
        if let Some(note) = c.note.and_then(|col| text(cell(col))) {
            builder.note(&note);
        }
        let origin = u32::try_from(row).unwrap_or(u32::MAX);
        let mut used = 0;
        let mut push = |builder: &mut PanelBuilder, report: &mut LoadReport, year, indicator, col: usize| match value_in(
            cell(col),
            indicator,
            builder,
        ) {
            Ok(value) => {
                builder.push(Observation { region, year, indicator, value, source, origin });
                used += 1;
            }
            Err(value) => report.problem(row, Some(&self.headers[col]), K::NotANumber { value }),
        };
        match row_indicator {
            None => {
                for &(col, indicator) in &self.indicator_columns {
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

    /// The region of a row; the same as the last row's costs one comparison.
    fn region(&mut self, name: &str, builder: &mut PanelBuilder) -> RegionId {
        if let Some((last, id)) = &self.last_region
            && last == name
        {
            return *id;
        }
        let id = builder.region(name);
        self.last_region = Some((name.to_owned(), id));
        id
    }

    /// The indicator of a long or wide-by-year row, with its unit; reports an empty cell or a unit
    /// that contradicts an earlier row.
    fn row_indicator(
        &mut self,
        cells: &[Cell<'_>],
        row: usize,
        builder: &mut PanelBuilder,
        report: &mut LoadReport,
    ) -> Option<IndicatorId> {
        let c = self.columns;
        let cell = |col: usize| cells.get(col).copied().unwrap_or(Cell::Empty);
        let Some(col) = c.indicator else { return self.fixed };
        let Some(raw) = text(cell(col)) else {
            report.problem(row, Some(&self.headers[col]), K::NoIndicator);
            return None;
        };
        let unit_cell = c.unit.and_then(|u| text(cell(u)));
        let at = match self.indicators.find(&raw) {
            Some(at) => at,
            None => {
                let (name, bracket_unit) = split_unit(&raw);
                let unit = unit_cell.as_deref().or(bracket_unit).unwrap_or("");
                let id = builder.indicator(name, unit).0;
                let first_unit = builder.unit(id);
                let conflict = bracket_unit.is_some_and(|u| !first_unit.is_empty() && first_unit != u);
                self.indicators.add(IndicatorCell {
                    raw: raw.to_string(),
                    id,
                    bracket_unit: bracket_unit.map(str::to_owned),
                    conflict,
                })
            }
        };
        let seen = &self.indicators.seen[at];
        let unit = match unit_cell.as_deref().or(seen.bracket_unit.as_deref()) {
            // Without a unit cell the answer is the same on every row with this text.
            Some(_) if unit_cell.is_none() && !seen.conflict => return Some(seen.id),
            Some(unit) => unit,
            None => return Some(seen.id),
        };
        let first_unit = builder.unit(seen.id);
        if !unit.is_empty() && !first_unit.is_empty() && first_unit != unit {
            let kind = K::UnitConflict { unit: unit.to_owned(), first_unit: first_unit.to_owned() };
            report.problem(row, Some(&self.headers[c.unit.unwrap_or(col)]), kind);
            return None;
        }
        Some(seen.id)
    }
}

/// An indicator cell text seen before: its indicator, the unit in its brackets, and whether that unit
/// contradicts the indicator's first unit.
#[derive(Debug)]
struct IndicatorCell {
    raw: String,
    id: IndicatorId,
    bracket_unit: Option<String>,
    conflict: bool,
}

/// Indicator cell texts seen so far. Long files repeat their indicators in the same order, so the one
/// after the last found is tried first.
#[derive(Debug, Default)]
struct IndicatorCells {
    seen: Vec<IndicatorCell>,
    index: HashMap<String, usize>,
    next: usize,
}

impl IndicatorCells {
    /// Where a text is in `seen`.
    fn find(&mut self, raw: &str) -> Option<usize> {
        let at = match self.seen.get(self.next) {
            Some(cell) if cell.raw == raw => self.next,
            _ => *self.index.get(raw)?,
        };
        self.next = if at + 1 == self.seen.len() { 0 } else { at + 1 };
        Some(at)
    }

    /// Adds a text; where it is in `seen`.
    fn add(&mut self, cell: IndicatorCell) -> usize {
        self.index.insert(cell.raw.clone(), self.seen.len());
        self.seen.push(cell);
        self.next = 0;
        self.seen.len() - 1
    }
}

/// A cell's text, trimmed; numbers written out (a region code, a year); `None` when blank.
fn text(cell: Cell<'_>) -> Option<Cow<'_, str>> {
    match cell {
        Cell::Empty => None,
        Cell::Text(t) => Some(trim(t)).filter(|t| !t.is_empty()).map(Cow::Borrowed),
        Cell::Number(v) | Cell::Percent(v) if v.fract() == 0.0 && v.abs() < 1e15 => {
            Some(Cow::Owned(format!("{}", v as i64)))
        }
        Cell::Number(v) | Cell::Percent(v) => Some(Cow::Owned(v.to_string())),
    }
}

/// True for an empty cell or one holding only spaces.
fn is_blank(cell: Cell<'_>) -> bool {
    match cell {
        Cell::Empty => true,
        Cell::Text(t) => trim(t).is_empty(),
        Cell::Number(_) | Cell::Percent(_) => false,
    }
}

/// A value, missing (`None`), or the text that is not a number.
fn value_of(cell: Cell<'_>) -> Result<Option<f64>, String> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number(v) | Cell::Percent(v) if v.is_finite() => Ok(Some(v)),
        Cell::Number(v) | Cell::Percent(v) => Err(v.to_string()),
        Cell::Text(t) => match parse_value(t) {
            Value::Missing => Ok(None),
            Value::Number(v) => Ok(Some(v)),
            Value::Bad => Err(trim(t).to_owned()),
        },
    }
}

/// A value of an indicator: a cell the workbook shows as a percent is read in percent when the indicator is
/// one, and a number written with the indicator's unit ("12家", "1.88亿元") is read as the number. An
/// indicator without a unit takes the one its cells are written in.
fn value_in(cell: Cell<'_>, indicator: IndicatorId, builder: &mut PanelBuilder) -> Result<Option<f64>, String> {
    match cell {
        Cell::Percent(v) if is_percent_measure(builder.indicator_name(indicator), builder.unit(indicator)) => {
            value_of(Cell::Number(v * 100.0))
        }
        Cell::Text(t) => value_of(cell).or_else(|bad| {
            let Some((number, unit)) = split_number_unit(t) else { return Err(bad) };
            let Value::Number(v) = parse_value(number) else { return Err(bad) };
            builder.adopt_unit(indicator, unit);
            if builder.unit(indicator) == unit { Ok(Some(v)) } else { Err(bad) }
        }),
        _ => value_of(cell),
    }
}

/// A year, or the text that is not one: a date (or an Excel date serial) gives its year.
fn year_of(cell: Cell<'_>) -> Result<i32, String> {
    match cell {
        Cell::Number(v) | Cell::Percent(v) => {
            year_from_number(v).or_else(|| year_of_excel_serial(v)).ok_or_else(|| v.to_string())
        }
        Cell::Text(t) => parse_year(t).or_else(|| year_of_date_text(t)).ok_or_else(|| trim(t).to_owned()),
        Cell::Empty => Err(String::new()),
    }
}

/// A row holding only a remark: "注：…", "资料来源：…", or a sentence too long to be a region name.
fn is_footnote(text: &str) -> bool {
    let lower = text.to_lowercase();
    FOOTNOTE_MARKS.iter().any(|m| lower.starts_with(m)) || text.chars().count() > 20
}
