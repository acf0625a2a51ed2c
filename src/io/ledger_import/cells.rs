//! Reading one ledger cell as its field, in the forms offices write: status words beyond the app's own
//! (`domain::progress::status_words`),
//! percentages as “60%”, 0.6 or 60, dates as date cells, Excel serial numbers, “2025-06-30”,
//! “2025年6月底”, “2025.06”. A cell that cannot be read is reported, never guessed.

use jiff::civil::Date;

use super::plan::CellProblemKind;
use super::table::CellValue;
use crate::domain::progress::{FieldValue, Target, status_words};
use crate::io::ledger::{self, Column};

/// Excel's serial day numbers of 2000-01-01 and 2099-12-31: a bare number in a date column within
/// them is a date whose cell lost its format (pasted values, WPS/CSV exports).
const SERIAL_DATES: std::ops::RangeInclusive<f64> = 36526.0..=73050.0;

/// The field value of a cell; `None` for columns that are not imported. `fractions`: the percent
/// column holds fractions (see [`read_percent`]).
pub(super) fn read_value(
    column: Column,
    cell: &CellValue,
    fractions: bool,
) -> Option<Result<FieldValue, CellProblemKind>> {
    let text = ledger::unguard(&cell.text()).to_owned();
    Some(match column {
        Column::Status => {
            status_words::read(&text).map(|w| FieldValue::Status(w.status)).ok_or(CellProblemKind::Status)
        }
        Column::Percent => read_percent(cell, fractions).map(FieldValue::Percent).ok_or(CellProblemKind::Percent),
        Column::Deadline => read_date(cell).map(|d| FieldValue::Deadline(Some(d))).ok_or(CellProblemKind::Date),
        Column::RevisedDeadline => {
            read_date(cell).map(|d| FieldValue::RevisedDeadline(Some(d))).ok_or(CellProblemKind::Date)
        }
        Column::LeadUnit => Ok(FieldValue::LeadUnit(text)),
        Column::CoUnits => Ok(FieldValue::CoUnits(split_units(&text))),
        Column::Note => Ok(FieldValue::Note(text)),
        Column::Problems => Ok(FieldValue::Problems(text)),
        Column::NextSteps => Ok(FieldValue::NextSteps(text)),
        Column::Target => {
            Target::parse_described(&text).map(|t| FieldValue::Target(Some(t))).ok_or(CellProblemKind::Target)
        }
        Column::Seq
        | Column::Id
        | Column::Title
        | Column::Parent
        | Column::Pillars
        | Column::Source
        | Column::Current
        | Column::UpdatedAt => return None,
    })
}

/// A percentage: “60%”, “６０％”, 60, or a fraction: a number strictly between 0 and 1 (an Excel
/// percent cell, 0.6 shown as 60%) is always one, and 1 is 100% when `fractions` says the column
/// holds fractions. Nobody records 0.6 percent of a policy done.
pub fn read_percent(cell: &CellValue, fractions: bool) -> Option<u8> {
    let value = match bare_number(cell) {
        Some(n) if fractions || (n > 0.0 && n < 1.0) => n * 100.0,
        Some(n) => n,
        None => match cell {
            CellValue::Text(t) => half_width_text(t).strip_suffix('%')?.trim().parse::<f64>().ok()?,
            _ => return None,
        },
    };
    let rounded = value.round();
    (0.0..=100.0).contains(&rounded).then_some(rounded as u8)
}

/// A number written without a % sign.
pub(super) fn bare_number(cell: &CellValue) -> Option<f64> {
    match cell {
        CellValue::Number(n) => Some(*n),
        CellValue::Text(t) => half_width_text(t).parse().ok(),
        CellValue::Empty | CellValue::Date(_) => None,
    }
}

/// A date: a spreadsheet date cell, an Excel serial number (2000–2099), or text: 2026-12-31,
/// 2026/12/31, 2026.12.31, 2026年12月31日 (a time after it is ignored); a deadline given as a month,
/// quarter, half or year (2026年6月底, 2026.06, 2026年三季度, 2026年上半年, 2026年底, “…前”) is its last day.
pub fn read_date(cell: &CellValue) -> Option<Date> {
    match cell {
        CellValue::Date(d) => Some(*d),
        CellValue::Number(n) => serial_date(*n).or_else(|| year_dot_month(*n)),
        CellValue::Text(t) => date_text(t),
        CellValue::Empty => None,
    }
}

/// A date as officials type it, in any form a ledger cell may hold (2026-06-30, 2026/6/30, 2026年6月30日,
/// 2026年6月底, 2026年三季度 …): the one reader of the window, the command line and ledger import.
pub fn read_date_text(text: &str) -> Option<Date> {
    read_date(&CellValue::Text(text.trim().to_owned()))
}

/// The day of an Excel serial number (days since 1899-12-30 in the 1900 date system).
fn serial_date(n: f64) -> Option<Date> {
    if !SERIAL_DATES.contains(&n) {
        return None;
    }
    let base = Date::new(1899, 12, 30).ok()?;
    base.checked_add(jiff::Span::new().days(n.floor() as i64)).ok()
}

/// “2025.06” typed into a General cell, which Excel keeps as the number 2025.06: the end of that month.
/// 2025.1 is left out, as it was typed either “2025.1” or “2025.10”.
fn year_dot_month(n: f64) -> Option<Date> {
    if !(2000.0..2100.0).contains(&n) || n.fract() == 0.0 {
        return None;
    }
    let written = n.to_string();
    let (_, month) = written.split_once('.')?;
    if month == "1" {
        return None;
    }
    date_text(&written)
}

fn date_text(text: &str) -> Option<Date> {
    let text = half_width_text(text);
    let day_part = text.split([' ', 'T']).next().unwrap_or_default();
    let t = ["以前", "之前", "前", "止"].iter().find_map(|s| day_part.strip_suffix(s)).unwrap_or(day_part);
    if t.len() == 5 && t.bytes().all(|b| b.is_ascii_digit()) {
        return serial_date(t.parse().ok()?);
    }
    let (year, rest) = leading_number(t)?;
    if !(1900..=2200).contains(&year) {
        return None;
    }
    let year = i16::try_from(year).ok()?;
    let rest = rest.strip_prefix(['年', '-', '/', '.'])?;
    let end_of = |month: i8| Date::new(year, month, 1).ok().map(Date::last_of_month);
    match rest {
        "" | "底" | "末" | "内" | "全年" | "年底" | "年末" => return end_of(12),
        "上半年" => return end_of(6),
        "下半年" => return end_of(12),
        _ => {}
    }
    if let Some(quarter) = quarter(rest) {
        return end_of(quarter * 3);
    }
    let (month, rest) = leading_number(rest)?;
    let month = i8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
    let rest = rest.strip_prefix(['月', '-', '/', '.']).unwrap_or(rest);
    match rest {
        "" | "底" | "末" | "份" | "下旬" => end_of(month),
        "上旬" => Date::new(year, month, 10).ok(),
        "中旬" => Date::new(year, month, 20).ok(),
        _ => {
            let (day, rest) = leading_number(rest)?;
            matches!(rest, "" | "日" | "号").then_some(())?;
            Date::new(year, month, i8::try_from(day).ok()?).ok()
        }
    }
}

/// “一季度”, “第三季度”, “3季度”, “三季度末”, “Q3” → 1–4.
fn quarter(text: &str) -> Option<i8> {
    let t = text.strip_prefix('第').unwrap_or(text);
    let t = t.strip_suffix('末').or_else(|| t.strip_suffix('底')).unwrap_or(t);
    let n = match t.strip_prefix(['Q', 'q']) {
        Some(n) => n,
        None => t.strip_suffix("季度")?,
    };
    match n {
        "1" | "一" => Some(1),
        "2" | "二" => Some(2),
        "3" | "三" => Some(3),
        "4" | "四" => Some(4),
        _ => None,
    }
}

/// The ASCII digits at the start of the text, as a number, and what follows.
fn leading_number(text: &str) -> Option<(u32, &str)> {
    let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let n = text[..end].parse().ok()?;
    Some((n, &text[end..]))
}

/// Units as a list: split at 、 , ， ; ； / and line breaks.
pub(super) fn split_units(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；', '/', '\n'])
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Full-width letters, digits and signs as their half-width twins; the ideographic space as a space.
pub(super) fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

fn half_width_text(text: &str) -> String {
    text.trim().chars().map(half_width).collect::<String>().trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> CellValue {
        CellValue::Text(t.into())
    }

    fn date(t: &str) -> Date {
        t.parse().expect("date")
    }

    #[test]
    fn dates_are_read_in_the_forms_offices_write_them() {
        for t in [
            "2026-12-31",
            "2026/12/31",
            "2026.12.31",
            "2026年12月31日",
            "2026-12-31 00:00:00",
            "２０２６年１２月３１日",
        ] {
            assert_eq!(read_date(&text(t)), Some(date("2026-12-31")), "{t}");
        }
        assert_eq!(read_date(&text("2025/6/3")), Some(date("2025-06-03")));
        assert_eq!(read_date(&text("2025年6月30日前")), Some(date("2025-06-30")));
    }

    #[test]
    fn a_month_quarter_half_or_year_is_read_as_its_last_day() {
        for (t, d) in [
            ("2025年6月底", "2025-06-30"),
            ("2025年6月底前", "2025-06-30"),
            ("2025年6月", "2025-06-30"),
            ("2025.06", "2025-06-30"),
            ("2025-02", "2025-02-28"),
            ("2025年底", "2025-12-31"),
            ("2025年", "2025-12-31"),
            ("2025年上半年", "2025-06-30"),
            ("2025年三季度", "2025-09-30"),
            ("2025年第一季度末", "2025-03-31"),
            ("2025年9月中旬", "2025-09-20"),
        ] {
            assert_eq!(read_date(&text(t)), Some(date(d)), "{t}");
        }
    }

    #[test]
    fn excel_serial_numbers_are_dates_and_other_numbers_are_not() {
        assert_eq!(read_date(&CellValue::Number(45838.0)), Some(date("2025-06-30")));
        assert_eq!(read_date(&text("45838")), Some(date("2025-06-30")));
        assert_eq!(read_date(&CellValue::Number(2025.0)), None);
        assert_eq!(read_date(&CellValue::Number(60.0)), None);
        assert_eq!(read_date(&CellValue::Number(2025.06)), Some(date("2025-06-30")));
        assert_eq!(read_date(&CellValue::Number(2025.12)), Some(date("2025-12-31")));
        assert_eq!(read_date(&CellValue::Number(2025.1)), None, "January or October");
    }

    #[test]
    fn text_that_is_not_a_date_is_not_guessed() {
        for t in ["年底", "年底前", "长期", "待定", "2025年13月", "2025年2月30日", "25.6.30", "6月底"] {
            assert_eq!(read_date(&text(t)), None, "{t}");
        }
    }

    #[test]
    fn percentages_are_read_as_numbers_text_or_fractions() {
        assert_eq!(read_percent(&text("40%"), false), Some(40));
        assert_eq!(read_percent(&text("４０％"), false), Some(40));
        assert_eq!(read_percent(&text("40 %"), false), Some(40));
        assert_eq!(read_percent(&CellValue::Number(40.0), false), Some(40));
        assert_eq!(read_percent(&CellValue::Number(0.4), true), Some(40));
        assert_eq!(read_percent(&text("0.4"), true), Some(40));
        assert_eq!(read_percent(&text("40%"), true), Some(40));
        assert_eq!(read_percent(&text("150"), false), None);
        assert_eq!(read_percent(&text("大部分"), false), None);
    }

    #[test]
    fn a_fraction_among_whole_percentages_is_still_a_fraction() {
        // One column written three ways: “60%”, an Excel percent cell (0.6) and 60.
        assert_eq!(read_percent(&CellValue::Number(0.6), false), Some(60));
        assert_eq!(read_percent(&CellValue::Number(1.0), false), Some(1));
        assert_eq!(read_percent(&CellValue::Number(1.0), true), Some(100));
    }

    #[test]
    fn units_are_split_at_the_usual_separators() {
        assert_eq!(split_units("市财政局、市经信局; 市科技局"), ["市财政局", "市经信局", "市科技局"]);
    }
}
