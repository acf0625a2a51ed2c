//! From a mapped ledger to edits: each row is matched to a framework item by id, else by title (exact,
//! then normalised); its cells become field values. Nothing is guessed: rows that match no item, or
//! more than one, are listed; cells that do not read as their field are listed and left out.

use std::collections::HashMap;

use jiff::civil::Date;

use super::mapping::Mapping;
use super::table::{CellValue, Table};
use crate::domain::framework::Framework;
use crate::domain::progress::{FieldValue, ProgressBook, Status};
use crate::io::ledger::{self, Column};

/// How a row found its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchedBy {
    /// The 序号/编号 cell holds the item's id.
    Id,
    /// The title is the item's title, character for character.
    Title,
    /// The title equals the item's after dropping spaces and punctuation and unifying full-width letters.
    NormalizedTitle,
}

/// A row matched to an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchedRow {
    /// Row in the sheet, from 1 as a spreadsheet counts.
    pub row: usize,
    /// The item id.
    pub item: String,
    /// How it matched.
    pub by: MatchedBy,
    /// How many of its values differ from the progress record.
    pub changes: usize,
}

/// Why a row was not matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmatched {
    /// Neither an id nor a title in the row.
    NoKey,
    /// No item has this id or title.
    NotFound,
    /// The normalised title fits several items.
    Ambiguous(Vec<String>),
    /// An earlier row already matched the same item; only the first is imported.
    Duplicate {
        /// The item id.
        item: String,
        /// The earlier row, from 1.
        first_row: usize,
    },
}

/// A row that matched no item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmatchedRow {
    /// Row in the sheet, from 1.
    pub row: usize,
    /// The title (or id) as written, to show the user.
    pub text: String,
    /// Why.
    pub reason: Unmatched,
}

/// What is wrong with a cell that was left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellProblemKind {
    /// Not a status word.
    Status,
    /// Not a percentage from 0 to 100.
    Percent,
    /// Not a date with year, month and day.
    Date,
}

/// A cell that was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// Row in the sheet, from 1.
    pub row: usize,
    /// The column's header as written.
    pub column: String,
    /// The cell as written.
    pub value: String,
    /// What is wrong.
    pub kind: CellProblemKind,
}

/// What importing the ledger would do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportPlan {
    /// Rows matched to items.
    pub matched: Vec<MatchedRow>,
    /// Rows that matched none (blank rows are not listed).
    pub unmatched: Vec<UnmatchedRow>,
    /// Cells left out.
    pub problems: Vec<CellProblem>,
    /// The values that differ from the record: apply them as one undoable step (`Progress::edit`).
    pub edits: Vec<(String, FieldValue)>,
}

impl ImportPlan {
    /// How many items the edits change.
    pub fn changed_items(&self) -> usize {
        self.edits.iter().map(|(item, _)| item.as_str()).collect::<std::collections::HashSet<_>>().len()
    }

    /// How many rows matched their item this way.
    pub fn matched_by(&self, how: MatchedBy) -> usize {
        self.matched.iter().filter(|m| m.by == how).count()
    }
}

/// Matches every data row and turns its cells into edits against `book`.
pub fn plan(table: &Table, mapping: &Mapping, fw: &Framework, book: &ProgressBook) -> ImportPlan {
    let titles = TitleIndex::new(fw);
    let fractions = percent_fractions(table, mapping);
    let mut out = ImportPlan::default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for r in mapping.header_row + 1..table.rows.len() {
        let row = r + 1;
        let cell = |c: Column| mapping.index_of(c).map_or(&CellValue::Empty, |i| table.cell(r, i));
        if table.rows[r].iter().all(CellValue::is_blank) {
            continue;
        }
        let id = ledger::unguard(&cell(Column::Seq).text()).to_owned();
        let title = ledger::unguard(&cell(Column::Title).text()).to_owned();
        let text = if title.is_empty() { id.clone() } else { title.clone() };
        let found = if fw.item(&id).is_some() { Ok((id.clone(), MatchedBy::Id)) } else { titles.find(&title) };
        let (item, by) = match found {
            Ok(found) => found,
            Err(reason) => {
                out.unmatched.push(UnmatchedRow { row, text, reason });
                continue;
            }
        };
        if let Some(first_row) = seen.get(&item) {
            out.unmatched.push(UnmatchedRow {
                row,
                text,
                reason: Unmatched::Duplicate { item, first_row: *first_row },
            });
            continue;
        }
        seen.insert(item.clone(), row);
        let entry = book.entry(&item);
        let mut changes = 0;
        for source in &mapping.columns {
            let Some(target) = source.target else { continue };
            let value = table.cell(r, source.index);
            if value.is_blank() {
                continue;
            }
            match read_value(target, value, fractions) {
                Some(Ok(v)) if entry.get(v.field()) != v => {
                    out.edits.push((item.clone(), v));
                    changes += 1;
                }
                Some(Ok(_)) | None => {}
                Some(Err(kind)) => {
                    out.problems.push(CellProblem { row, column: source.header.clone(), value: value.text(), kind })
                }
            }
        }
        out.matched.push(MatchedRow { row, item, by, changes });
    }
    out
}

/// Items by exact and by normalised title.
struct TitleIndex<'a> {
    exact: HashMap<&'a str, &'a str>,
    normalized: HashMap<String, Vec<&'a str>>,
}

impl<'a> TitleIndex<'a> {
    fn new(fw: &'a Framework) -> Self {
        let mut exact = HashMap::new();
        let mut normalized: HashMap<String, Vec<&str>> = HashMap::new();
        for item in &fw.items {
            exact.insert(item.title.as_str(), item.id.as_str());
            normalized.entry(normalize_title(&item.title)).or_default().push(item.id.as_str());
        }
        Self { exact, normalized }
    }

    fn find(&self, title: &str) -> Result<(String, MatchedBy), Unmatched> {
        if title.is_empty() {
            return Err(Unmatched::NoKey);
        }
        if let Some(id) = self.exact.get(title) {
            return Ok(((*id).to_owned(), MatchedBy::Title));
        }
        match self.normalized.get(&normalize_title(title)).map(Vec::as_slice) {
            Some([id]) => Ok(((*id).to_owned(), MatchedBy::NormalizedTitle)),
            Some(ids) if !ids.is_empty() => Err(Unmatched::Ambiguous(ids.iter().map(|s| (*s).to_owned()).collect())),
            _ => Err(Unmatched::NotFound),
        }
    }
}

/// A title as compared after the exact match failed: letters and digits only (full-width ones made
/// half-width), Latin in lower case, so "打造自主可控的 技术生态供给体系。" equals "打造自主可控的技术生态供给体系".
pub fn normalize_title(title: &str) -> String {
    title.chars().map(half_width).filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Whether the percent column holds fractions (Excel percent cells, 0.4 shown as 40%, or "0.4" in a CSV):
/// true when every bare number in it (one without a % sign) lies between 0 and 1 and at least one is not whole.
fn percent_fractions(table: &Table, mapping: &Mapping) -> bool {
    let Some(col) = mapping.index_of(Column::Percent) else { return false };
    let numbers: Vec<f64> =
        (mapping.header_row + 1..table.rows.len()).filter_map(|r| bare_number(table.cell(r, col))).collect();
    numbers.iter().all(|n| (0.0..=1.0).contains(n)) && numbers.iter().any(|n| n.fract() != 0.0)
}

/// A number written without a % sign.
fn bare_number(cell: &CellValue) -> Option<f64> {
    match cell {
        CellValue::Number(n) => Some(*n),
        CellValue::Text(t) => half_width_text(t).parse().ok(),
        CellValue::Empty | CellValue::Date(_) => None,
    }
}

fn half_width_text(text: &str) -> String {
    text.trim().chars().map(half_width).collect()
}

/// The field value of a cell; `None` for columns that are not imported.
fn read_value(column: Column, cell: &CellValue, fractions: bool) -> Option<Result<FieldValue, CellProblemKind>> {
    let text = ledger::unguard(&cell.text()).to_owned();
    Some(match column {
        Column::Status => read_status(&text).map(FieldValue::Status).ok_or(CellProblemKind::Status),
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
        Column::Seq | Column::Title | Column::Pillars | Column::Source | Column::UpdatedAt => return None,
    })
}

/// A status word: the app's own (Chinese or English), or one of the words ledgers commonly use for it.
pub fn read_status(text: &str) -> Option<Status> {
    const WORDS: [(&str, Status); 12] = [
        ("进行中", Status::InProgress),
        ("正在推进", Status::InProgress),
        ("正在实施", Status::InProgress),
        ("实施中", Status::InProgress),
        ("完成", Status::Done),
        ("已办结", Status::Done),
        ("未启动", Status::NotStarted),
        ("尚未启动", Status::NotStarted),
        ("暂停", Status::Paused),
        ("已暂缓", Status::Paused),
        ("阻滞", Status::Blocked),
        ("已受阻", Status::Blocked),
    ];
    let t = text.trim();
    Status::parse(t).or_else(|| WORDS.iter().find(|(w, _)| *w == t).map(|(_, s)| *s))
}

/// A percentage: a number 0–100 ("40", "40%", "４０％"), or a fraction when the column holds fractions.
fn read_percent(cell: &CellValue, fractions: bool) -> Option<u8> {
    let value = match bare_number(cell) {
        Some(n) if fractions => n * 100.0,
        Some(n) => n,
        None => match cell {
            CellValue::Text(t) => half_width_text(t).strip_suffix('%')?.trim().parse::<f64>().ok()?,
            _ => return None,
        },
    };
    let rounded = value.round();
    (0.0..=100.0).contains(&rounded).then_some(rounded as u8)
}

/// A date: a spreadsheet date cell, or text as 2026-12-31, 2026/12/31, 2026.12.31 or 2026年12月31日
/// (a time after it is ignored). A month without a day ("2026年12月") is not a date here.
pub fn read_date(cell: &CellValue) -> Option<Date> {
    let text = match cell {
        CellValue::Date(d) => return Some(*d),
        CellValue::Text(t) => t.trim(),
        CellValue::Empty | CellValue::Number(_) => return None,
    };
    let day_part = text.split([' ', 'T']).next().unwrap_or_default().trim_end_matches('日');
    let parts: Vec<&str> = day_part.split(['-', '/', '.', '年', '月']).collect();
    let [y, m, d] = parts.as_slice() else { return None };
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()
}

/// Units as a list: split at 、 , ， ; ； / and line breaks.
fn split_units(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；', '/', '\n'])
        .map(str::trim)
        .filter(|u| !u.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_the_forms_offices_write_them() {
        let date: Date = "2026-12-31".parse().expect("date");
        for text in ["2026-12-31", "2026/12/31", "2026.12.31", "2026年12月31日", "2026-12-31 00:00:00"] {
            assert_eq!(read_date(&CellValue::Text(text.into())), Some(date), "{text}");
        }
        assert_eq!(read_date(&CellValue::Text("2026年12月".into())), None);
        assert_eq!(read_date(&CellValue::Text("年底".into())), None);
    }

    #[test]
    fn percentages_are_read_as_numbers_text_or_fractions() {
        assert_eq!(read_percent(&CellValue::Text("40%".into()), false), Some(40));
        assert_eq!(read_percent(&CellValue::Text("４０％".into()), false), Some(40));
        assert_eq!(read_percent(&CellValue::Number(40.0), false), Some(40));
        assert_eq!(read_percent(&CellValue::Number(0.4), true), Some(40));
        assert_eq!(read_percent(&CellValue::Text("0.4".into()), true), Some(40));
        assert_eq!(read_percent(&CellValue::Text("40%".into()), true), Some(40));
        assert_eq!(read_percent(&CellValue::Text("150".into()), false), None);
        assert_eq!(read_percent(&CellValue::Text("大部分".into()), false), None);
    }

    #[test]
    fn ledger_status_words_are_understood_and_others_are_not() {
        assert_eq!(read_status("进行中"), Some(Status::InProgress));
        assert_eq!(read_status("已完成"), Some(Status::Done));
        assert_eq!(read_status("滞后"), None);
    }

    #[test]
    fn normalised_titles_ignore_spaces_punctuation_and_width() {
        assert_eq!(normalize_title("打造 自主可控的“技术生态”。"), normalize_title("打造自主可控的技术生态"));
        assert_eq!(normalize_title("ＡＩ平台"), "ai平台");
    }

    #[test]
    fn units_are_split_at_the_usual_separators() {
        assert_eq!(split_units("市财政局、市经信局; 市科技局"), ["市财政局", "市经信局", "市科技局"]);
    }
}
