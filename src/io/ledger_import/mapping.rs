//! Which column of an office's ledger holds what: found from the header names, shown to the user,
//! and correctable before anything is imported.

use super::table::Table;
use crate::domain::progress::status_words;
use crate::io::ledger::{Column, normalize_header};

/// How many rows from the top are searched for the header (ledgers often start with a title row or two).
const HEADER_SEARCH_ROWS: usize = 10;

/// A column of the file and what it was taken to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceColumn {
    /// Position in the sheet, from 0 (column A).
    pub index: usize,
    /// The header as written.
    pub header: String,
    /// The ledger column it holds; `None`: not imported.
    pub target: Option<Column>,
    /// What its header names, or, for a 完成情况-like column whose cells are mostly status words, 状态;
    /// kept when another column holds that meaning, so the clash can be shown.
    pub named: Option<Column>,
    /// `named` was read from the cells, not the header.
    pub by_values: bool,
}

impl SourceColumn {
    /// The spreadsheet's letters for the column, e.g. "C" or "AB".
    pub fn letter(&self) -> String {
        column_letter(self.index)
    }
}

/// The header row and what each column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    /// The header row, from 0; data starts below it.
    pub header_row: usize,
    /// Every column with a header, left to right.
    pub columns: Vec<SourceColumn>,
}

/// How strongly a column claims its meaning: its header is the ledger's own name for it, one of the
/// other names, or the meaning was read from its cells. The strongest claim wins, then the leftmost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Claim {
    ExactHeader,
    OtherName,
    Values,
}

impl Mapping {
    /// Finds the header row (the row among the first ten that names the most known columns, at least two)
    /// and maps each header by name; `None` when no row names two known columns. A column named like
    /// 进展情况 (完成情况, 推进情况 …) whose cells are mostly status words holds the status. When two
    /// columns name one meaning, the exact header wins over another name, and that over cell contents;
    /// the other is left unmapped and shown as a duplicate, so the user sees it and can choose.
    pub fn detect(table: &Table) -> Option<Mapping> {
        let (header_row, known) = table
            .rows
            .iter()
            .take(HEADER_SEARCH_ROWS)
            .enumerate()
            .map(|(i, row)| (i, row.iter().filter(|c| Column::from_header(&c.text()).is_some()).count()))
            // On a tie the lower row: under a two-row header whose cells are merged down, the lower row
            // holds the sub-headers as well as the merged ones.
            .max_by_key(|(i, known)| (*known, *i))?;
        if known < 2 {
            return None;
        }
        let mut mapping = Mapping { header_row, columns: Vec::new() };
        let mut claims = Vec::new();
        for (index, cell) in table.rows[header_row].iter().enumerate() {
            let header = one_line(&cell.text());
            if header.is_empty() {
                continue;
            }
            let mut named = Column::from_header(&header);
            let mut claim = match named {
                Some(c) if normalize_header(&header) == c.header() => Claim::ExactHeader,
                _ => Claim::OtherName,
            };
            let by_values = named == Some(Column::Note) && mostly_status_words(table, header_row, index);
            if by_values {
                (named, claim) = (Some(Column::Status), Claim::Values);
            }
            if let Some(named) = named {
                claims.push((claim, mapping.columns.len(), named));
            }
            mapping.columns.push(SourceColumn { index, header, target: None, named, by_values });
        }
        claims.sort();
        for (_, position, named) in claims {
            if mapping.index_of(named).is_none() {
                mapping.columns[position].target = Some(named);
            }
        }
        Some(mapping)
    }

    /// Sets what a column holds (the user's correction); a target another column had is taken from it.
    pub fn set(&mut self, index: usize, target: Option<Column>) {
        for column in &mut self.columns {
            if column.index == index {
                column.target = target;
            } else if target.is_some() && column.target == target {
                column.target = None;
            }
        }
    }

    /// The file's column holding a ledger column.
    pub fn index_of(&self, target: Column) -> Option<usize> {
        self.columns.iter().find(|c| c.target == Some(target)).map(|c| c.index)
    }

    /// Columns not imported: unknown headers, and second columns of a meaning already mapped.
    pub fn unknown(&self) -> impl Iterator<Item = &SourceColumn> {
        self.columns.iter().filter(|c| c.target.is_none())
    }

    /// For a column not imported whose meaning another column holds: that column.
    pub fn duplicate_of(&self, column: &SourceColumn) -> Option<&SourceColumn> {
        let named = column.named.filter(|_| column.target.is_none())?;
        self.columns.iter().find(|c| c.index != column.index && c.target == Some(named))
    }
}

/// Share of a column's non-blank cells below the header that must be status words for it to hold the status.
const STATUS_SHARE: f64 = 0.6;

/// Whether most of the column's cells below the header are status words (已完成, 推进中, 进行中 …).
fn mostly_status_words(table: &Table, header_row: usize, index: usize) -> bool {
    let texts: Vec<String> =
        (header_row + 1..table.rows.len()).map(|r| table.cell(r, index).text()).filter(|t| !t.is_empty()).collect();
    let words = texts.iter().filter(|t| status_words::read(t).is_some()).count();
    !texts.is_empty() && words as f64 >= STATUS_SHARE * texts.len() as f64
}

/// A header typed with line breaks (Alt+Enter, “完成\n时限”) as one line: Chinese parts joined
/// directly, Latin words with a space.
fn one_line(text: &str) -> String {
    let mut out = String::new();
    for part in text.lines().map(str::trim).filter(|p| !p.is_empty()) {
        let latin_join =
            out.ends_with(|c: char| c.is_ascii_alphanumeric()) && part.starts_with(|c: char| c.is_ascii_alphanumeric());
        if latin_join {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

/// "A", "B", …, "Z", "AA", … for a column index from 0.
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::super::table::CellValue;
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        let rows = rows.iter().map(|r| r.iter().map(|c| CellValue::Text((*c).to_owned())).collect()).collect();
        Table { sheet: None, rows }
    }

    #[test]
    fn the_header_is_found_below_a_title_row() {
        let t = table(&[&["巴中市政策落实台账"], &["编号", "举措", "配合单位", "备注"], &["1", "x", "y", "z"]]);
        let m = Mapping::detect(&t).expect("mapping");
        assert_eq!(m.header_row, 1);
        let targets: Vec<Option<Column>> = m.columns.iter().map(|c| c.target).collect();
        assert_eq!(targets, [Some(Column::Id), Some(Column::Title), Some(Column::CoUnits), None]);
        assert_eq!(m.unknown().map(|c| c.letter()).collect::<Vec<_>>(), ["D"]);
    }

    #[test]
    fn a_second_column_of_the_same_meaning_is_left_for_the_user() {
        let t = table(&[&["政策举措", "进展情况", "完成情况"]]);
        let mut m = Mapping::detect(&t).expect("mapping");
        assert_eq!(m.index_of(Column::Note), Some(1));
        assert_eq!(m.columns[2].target, None);
        m.set(2, Some(Column::Note));
        assert_eq!(m.index_of(Column::Note), Some(2));
        assert_eq!(m.columns[1].target, None);
    }

    #[test]
    fn an_exact_header_wins_over_another_name_and_the_loser_is_shown_as_a_duplicate() {
        let t = table(&[&["政策举措", "工作进展", "进展情况"], &["x", "召开会议", "已召开"]]);
        let m = Mapping::detect(&t).expect("mapping");
        assert_eq!(m.index_of(Column::Note), Some(2), "进展情况 is the ledger's own name");
        assert_eq!(m.columns[1].target, None);
        assert_eq!(m.duplicate_of(&m.columns[1]).map(SourceColumn::letter).as_deref(), Some("C"));
        assert_eq!(m.duplicate_of(&m.columns[0]), None);
    }

    #[test]
    fn a_completion_column_of_status_words_holds_the_status() {
        let t = table(&[
            &["序号", "政策举措", "完成情况", "进展情况"],
            &["1", "x", "已完成", "已设立"],
            &["2", "y", "进行中", "已拟定人选"],
            &["3", "z", "", "已召开会议"],
        ]);
        let m = Mapping::detect(&t).expect("mapping");
        assert_eq!((m.index_of(Column::Status), m.index_of(Column::Note)), (Some(2), Some(3)));
        assert!(m.columns[2].by_values);
        assert!(m.unknown().next().is_none());
        // With a 状态 column of its own, the status words are a second status column.
        let t = table(&[&["政策举措", "状态", "完成情况"], &["x", "推进中", "已完成"]]);
        let m = Mapping::detect(&t).expect("mapping");
        assert_eq!(m.index_of(Column::Status), Some(1));
        assert_eq!(m.duplicate_of(&m.columns[2]).map(|c| c.index), Some(1));
        // Notes that start like a status are still notes.
        let t = table(&[&["政策举措", "完成情况"], &["x", "已完成需求调研"], &["y", "推进中"]]);
        assert_eq!(Mapping::detect(&t).expect("mapping").index_of(Column::Note), Some(1));
    }

    #[test]
    fn a_sheet_without_known_headers_has_no_mapping() {
        assert_eq!(Mapping::detect(&table(&[&["姓名", "电话"], &["张三", "123"]])), None);
    }

    #[test]
    fn headers_typed_over_two_lines_read_as_one() {
        let t = table(&[&["序号", "完成\n时限", "Due\ndate", "推进\r\n状态"]]);
        let m = Mapping::detect(&t).expect("mapping");
        let headers: Vec<&str> = m.columns.iter().map(|c| c.header.as_str()).collect();
        assert_eq!(headers, ["序号", "完成时限", "Due date", "推进状态"]);
        assert_eq!(m.index_of(Column::Deadline), Some(1));
    }

    #[test]
    fn column_letters_run_past_z() {
        assert_eq!(
            (column_letter(0), column_letter(25), column_letter(26), column_letter(27)),
            ("A".into(), "Z".into(), "AA".into(), "AB".into())
        );
    }
}
