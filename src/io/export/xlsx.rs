//! The ledger as an Excel workbook, as an office sends it: a title row, a row with 填报单位 and 截至, then the
//! header row and the rows; column widths, frozen header, status cells coloured, dates (时限, 更新时间) as date
//! cells and the percent as a number. Text that looks like a formula is written as text with Excel's quote
//! prefix, so it is shown and kept as typed, never run. The ledger import finds the header below the two
//! top rows, so the workbook reads back as it was written.
//!
//! Like the headers, the top rows are Chinese whatever the interface language: the ledger goes between offices.

use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use super::ExportInput;
use crate::domain::progress::Status;
use crate::io::ledger::{self, Column, LedgerRow};

/// Sheet name of the ledger.
const SHEET: &str = "台账";
/// The title after the region's name: "通江县科技创新与产业创新深度融合工作台账".
const TITLE: &str = "科技创新与产业创新深度融合工作台账";
/// The header row (from 0), under the title and the 填报单位 row.
const HEADER_ROW: u32 = 2;
/// Columns the 填报单位 cell spans; 截至 takes the rest of its row.
const UNIT_COLS: u16 = 8;

/// The workbook's bytes.
pub fn render(input: &ExportInput<'_>) -> Result<Vec<u8>, XlsxError> {
    let rows = ledger::rows(input.framework, input.book);
    let mut workbook = Workbook::new();
    let title = super::report_title(input);
    workbook.set_properties(&DocProperties::new().set_title(&title).set_subject(input.region));
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET)?;
    let formats = Formats::new();
    let last_col = (Column::ALL.len() - 1) as u16;
    sheet.merge_range(0, 0, 0, last_col, &format!("{}{TITLE}", input.region), &formats.title)?;
    sheet.set_row_height(0, 32)?;
    let (unit, as_of) = (input.unit.trim(), input.as_of);
    let as_of = format!("截至：{}年{}月{}日", as_of.year(), as_of.month(), as_of.day());
    sheet.merge_range(1, 0, 1, UNIT_COLS - 1, &format!("填报单位：{unit}"), &formats.info)?;
    sheet.merge_range(1, UNIT_COLS, 1, last_col, &as_of, &formats.info)?;
    sheet.set_row_height(1, 20)?;
    for (col, column) in (0_u16..).zip(Column::ALL) {
        sheet.set_column_width(col, column.width())?;
        sheet.write_string_with_format(HEADER_ROW, col, column.header(), &formats.header)?;
    }
    sheet.set_row_height(HEADER_ROW, 30)?;
    for (row, data) in (HEADER_ROW + 1..).zip(&rows) {
        write_row(sheet, row, data, &formats)?;
    }
    sheet.set_freeze_panes(HEADER_ROW + 1, 0)?;
    let last_row = HEADER_ROW.saturating_add(u32::try_from(rows.len()).unwrap_or(u32::MAX));
    sheet.autofilter(HEADER_ROW, 0, last_row, last_col)?;
    // Printed: A4 landscape, one page wide, title on the first page and the header on every page.
    sheet.set_paper_size(9).set_landscape().set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    workbook.save_to_buffer()
}

fn write_row(sheet: &mut Worksheet, row: u32, data: &LedgerRow, f: &Formats) -> Result<(), XlsxError> {
    for (col, column) in (0_u16..).zip(Column::ALL) {
        match column {
            // An item's running number as a number; a task's ("12.1") as text, so 12.10 stays 12.10.
            Column::Seq => match data.seq.parse::<u32>() {
                Ok(n) => {
                    sheet.write_number_with_format(row, col, f64::from(n), &f.centred)?;
                }
                Err(_) => {
                    sheet.write_string_with_format(row, col, &data.seq, &f.centred)?;
                }
            },
            Column::Percent => {
                sheet.write_number_with_format(row, col, f64::from(data.percent), &f.percent)?;
            }
            Column::Status => {
                sheet.write_string_with_format(row, col, data.status.zh(), &f.status(data.status))?;
            }
            Column::Deadline | Column::RevisedDeadline => {
                let date = if column == Column::Deadline { data.deadline } else { data.revised_deadline };
                match date.map(|d| (d, excel_date(d))) {
                    Some((_, Some(cell))) => {
                        sheet.write_datetime_with_format(row, col, &cell, &f.date)?;
                    }
                    // Excel has no dates before 1900 (a typed 0226-06-30): the date stays as written, as text.
                    Some((d, None)) => {
                        sheet.write_string_with_format(row, col, d.to_string(), &f.centred)?;
                    }
                    None => {
                        sheet.write_blank(row, col, &f.text)?;
                    }
                }
            }
            Column::UpdatedAt => match data.updated_at.and_then(excel_datetime) {
                Some(cell) => {
                    sheet.write_datetime_with_format(row, col, &cell, &f.datetime)?;
                }
                None => {
                    sheet.write_string_with_format(row, col, data.text(column), &f.centred)?;
                }
            },
            _ => {
                let text = data.text(column);
                let format = if ledger::formula_like(&text) { &f.quoted } else { &f.text };
                sheet.write_string_with_format(row, col, &text, format)?;
            }
        }
    }
    Ok(())
}

/// The date as an Excel date cell, or `None` outside the years Excel shows (1900–9999).
fn excel_date(d: jiff::civil::Date) -> Option<ExcelDateTime> {
    let year = u16::try_from(d.year()).ok().filter(|y| (1900..=9999).contains(y))?;
    ExcelDateTime::from_ymd(year, u8::try_from(d.month()).ok()?, u8::try_from(d.day()).ok()?).ok()
}

/// The time as an Excel date-and-time cell, or `None` outside the years Excel shows.
fn excel_datetime(t: jiff::civil::DateTime) -> Option<ExcelDateTime> {
    excel_date(t.date())?.and_hms(u16::try_from(t.hour()).ok()?, u8::try_from(t.minute()).ok()?, 0).ok()
}

/// The cell formats of the sheet.
struct Formats {
    title: Format,
    info: Format,
    header: Format,
    text: Format,
    quoted: Format,
    centred: Format,
    percent: Format,
    date: Format,
    datetime: Format,
}

impl Formats {
    fn new() -> Self {
        let body = Format::new().set_border(FormatBorder::Thin).set_align(FormatAlign::Top).set_text_wrap();
        Self {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            info: Format::new().set_align(FormatAlign::Left).set_align(FormatAlign::VerticalCenter),
            header: Format::new()
                .set_bold()
                .set_border(FormatBorder::Thin)
                .set_background_color(Color::RGB(0xD9E2F3))
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_text_wrap(),
            quoted: body.clone().set_quote_prefix(),
            centred: body.clone().set_align(FormatAlign::Center),
            percent: body.clone().set_align(FormatAlign::Center).set_num_format("0\"%\""),
            date: body.clone().set_align(FormatAlign::Center).set_num_format("yyyy-mm-dd"),
            datetime: body.clone().set_align(FormatAlign::Center).set_num_format("yyyy-mm-dd hh:mm"),
            text: body,
        }
    }

    /// A status cell: the word on the colour offices use for it.
    fn status(&self, status: Status) -> Format {
        let (fill, font) = match status {
            Status::Done => (0xC6EFCE, 0x006100),
            Status::InProgress => (0xDDEBF7, 0x1F4E79),
            Status::Blocked => (0xFFC7CE, 0x9C0006),
            Status::Paused => (0xFFEB9C, 0x9C5700),
            Status::NotStarted => (0xEDEDED, 0x404040),
        };
        self.centred.clone().set_background_color(Color::RGB(fill)).set_font_color(Color::RGB(font))
    }
}
