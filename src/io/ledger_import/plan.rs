//! From a mapped ledger to edits: each row is matched to a framework item by id, else by title (exact,
//! then normalised); its cells become field values. Nothing is guessed: rows that match no item, or
//! more than one, are listed; cells that do not read as their field are listed and left out. Group
//! headings (“一、基础支撑”) and notes under the table (“填表人：…”) are told apart and skipped. A row's
//! status and percent follow the rule of `domain::progress::consistency`: one brings the other along,
//! and two that contradict each other are reported and neither is imported.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::cells::{bare_number, read_value};
use super::mapping::{Mapping, column_letter};
use super::matching::Matcher;
use super::table::{CellValue, Table};
use crate::domain::framework::Framework;
use crate::domain::progress::plan::task_id_as_written;
use crate::domain::progress::{FieldValue, ProgressBook, Scope, Status, consistency, is_task_id, status_words};
use crate::io::ledger::{self, Column};

/// How notes under a table start (after spaces are dropped).
const NOTE_STARTS: [&str; 13] = [
    "注:",
    "注：",
    "注1",
    "说明",
    "备注:",
    "备注：",
    "填表人",
    "填报人",
    "审核人",
    "联系人",
    "联系电话",
    "制表",
    "负责人",
];

/// How a row found its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchedBy {
    /// The 序号/编号 cell holds the item's id.
    Id,
    /// The title is the item's title, character for character.
    Title,
    /// The title equals the item's after dropping spaces and punctuation and unifying full-width letters.
    NormalizedTitle,
    /// The 编号 cell holds a local task's id (T-xxxx): the task, or a new one under its 上级举措.
    TaskId,
    /// The title is that of a local task already in the record (the same ledger imported again).
    TaskTitle,
    /// A row that matched nothing, placed by the user as a new task under an item.
    Placed,
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
    /// No title, and the id in the 序号/编号 cell is not one of the framework's.
    UnknownId,
    /// No item has this id or title.
    NotFound,
    /// The normalised title fits several items.
    Ambiguous(Vec<String>),
    /// The id is one item's and the title another's: the row is not imported until one is corrected.
    IdTitleConflict {
        /// The item of the id.
        id: String,
        /// That item's title.
        id_title: String,
        /// The item the title names.
        title_item: String,
    },
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
    /// For a row whose id or title no item has: the item it most likely means, shown, never applied.
    pub nearest: Option<Nearest>,
}

impl UnmatchedRow {
    /// Whether the row can become a new task under an item: it names something no item has (not a row
    /// without a key, an ambiguous title, a conflict or a repeat).
    pub fn placeable(&self) -> bool {
        matches!(self.reason, Unmatched::NotFound | Unmatched::UnknownId)
    }
}

/// A framework item suggested for a row that matched none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Nearest {
    /// Item id.
    pub id: String,
    /// Item title.
    pub title: String,
    /// Item title in English (may be empty).
    pub title_en: String,
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
    /// Not a quantified target written as the ledger writes one ("指标 14项（2025）→ 20项（2026）").
    Target,
    /// A status that contradicts the row's percent (已完成 with 30 %, 未开始 with 20 %): neither is imported.
    Contradiction {
        /// The status in the cell.
        status: Status,
        /// The row's percent.
        percent: u8,
    },
}

/// A cell that was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// Row in the sheet, from 1.
    pub row: usize,
    /// The column's letters in the sheet, e.g. "F".
    pub letter: String,
    /// The column's header as written.
    pub column: String,
    /// The cell as written.
    pub value: String,
    /// What is wrong.
    pub kind: CellProblemKind,
}

/// A status cell saying the item is behind (滞后, 延期 …), imported as 推进中: the user is told, as the
/// light works lateness out from the deadline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LateStatus {
    /// Row in the sheet, from 1.
    pub row: usize,
    /// The column's letters in the sheet.
    pub letter: String,
    /// The column's header as written.
    pub column: String,
    /// The cell as written.
    pub value: String,
}

/// Why a row that is not data was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkippedKind {
    /// A group heading inside the table, e.g. “一、基础支撑” or “（二）产业创新”.
    Heading,
    /// A note or signature line under the table, e.g. “注：…” or “填表人：…”.
    Note,
    /// A total row (合计, 总计, 小计).
    Total,
}

/// A row that is not data, skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedRow {
    /// Row in the sheet, from 1.
    pub row: usize,
    /// Its text.
    pub text: String,
    /// What it is.
    pub kind: SkippedKind,
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
    /// Group headings and notes, skipped.
    pub skipped: Vec<SkippedRow>,
    /// Status cells saying the item is behind, imported as 推进中.
    pub late: Vec<LateStatus>,
    /// The values that differ from the record: apply them as one undoable step (`Progress::edit`).
    pub edits: Vec<(String, FieldValue)>,
}

impl ImportPlan {
    /// How many items and tasks the row values change (adoption that comes along aside).
    pub fn changed_items(&self) -> usize {
        let changed = self.edits.iter().filter(|(_, v)| !is_adoption(v)).map(|(item, _)| item.as_str());
        changed.collect::<std::collections::HashSet<_>>().len()
    }

    /// How many values the rows change (adoption that comes along aside).
    pub fn value_changes(&self) -> usize {
        self.edits.iter().filter(|(_, v)| !is_adoption(v)).count()
    }

    /// How many items importing adopts: those the ledger keeps rows for and those its tasks serve.
    pub fn adoptions(&self) -> usize {
        self.edits.iter().filter(|(_, v)| is_adoption(v)).count()
    }

    /// How many rows matched their item this way.
    pub fn matched_by(&self, how: MatchedBy) -> usize {
        self.matched.iter().filter(|m| m.by == how).count()
    }
}

/// Rows (from 1) the user placed as new tasks, with the item each goes under.
pub type Placements = BTreeMap<usize, String>;

/// Matches every data row and turns its cells into edits against `book`; rows that match nothing are placed as
/// new tasks under the items the user chose for them (`placements`). A row whose
/// 编号 is a task id updates that task (or makes it again under its 上级举措), and a row whose title is an
/// existing task's updates it, so importing a ledger twice adds nothing twice.
pub fn plan_with(
    table: &Table,
    mapping: &Mapping,
    fw: &Framework,
    book: &ProgressBook,
    placements: &Placements,
) -> ImportPlan {
    let matcher = Matcher::new(fw);
    let fractions = percent_fractions(table, mapping);
    let mut out = ImportPlan::default();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut new_ids: BTreeSet<String> = BTreeSet::new();
    for r in mapping.header_row + 1..table.rows.len() {
        let row = r + 1;
        let cell = |c: Column| mapping.index_of(c).map_or(&CellValue::Empty, |i| table.cell(r, i));
        if table.rows[r].iter().all(CellValue::is_blank) {
            continue;
        }
        let id_cell = if cell(Column::Id).is_blank() { cell(Column::Seq) } else { cell(Column::Id) };
        let id = ledger::unguard(&id_cell.text()).to_owned();
        let title = ledger::unguard(&cell(Column::Title).text()).to_owned();
        let text = if title.is_empty() { id.clone() } else { title.clone() };
        let parents: Vec<String> = split_items(&cell(Column::Parent).text())
            .filter_map(|p| matcher.find(&p, "").ok().map(|(item, _)| item))
            .collect();
        // Edits that make or rename a task, before its cells.
        let mut task_edits: Vec<FieldValue> = Vec::new();
        let found = match task_id_as_written(&id) {
            Some(task) => {
                let existing = book.tasks().any(|(t, _)| t == task);
                let current = book.get(&task);
                if !existing && parents.is_empty() {
                    Err(Unmatched::UnknownId)
                } else {
                    if !title.is_empty() && current.title != title {
                        task_edits.push(FieldValue::Title(title.clone()));
                    }
                    if !parents.is_empty() && current.parents != parents {
                        task_edits.push(FieldValue::Parents(parents.clone()));
                    }
                    if current.removed {
                        task_edits.push(FieldValue::Removed(false));
                    }
                    Ok((task, MatchedBy::TaskId))
                }
            }
            None => matcher.find(&id, &title),
        };
        let found = found.or_else(|reason| {
            if !matches!(reason, Unmatched::NotFound | Unmatched::UnknownId | Unmatched::NoKey) || title.is_empty() {
                return Err(reason);
            }
            if let Some((task, _)) = book.tasks().find(|(_, t)| same_title(&t.title, &title)) {
                return Ok((task.to_owned(), MatchedBy::TaskTitle));
            }
            let Some(item) = placements.get(&row) else { return Err(reason) };
            let task = fresh_task_id(book, &title, row, &new_ids);
            new_ids.insert(task.clone());
            task_edits.extend([FieldValue::Title(title.clone()), FieldValue::Parents(vec![item.clone()])]);
            Ok((task, MatchedBy::Placed))
        });
        let (item, by) = match found {
            Ok(found) => found,
            Err(reason) => {
                match skipped_kind(&table.rows[r]) {
                    Some((kind, text)) => out.skipped.push(SkippedRow { row, text, kind }),
                    None => {
                        // The item the ledger itself names as the row's 上级举措 comes first.
                        let named = parents.first().and_then(|p| fw.item(p)).map(|i| Nearest {
                            id: i.id.clone(),
                            title: i.title.clone(),
                            title_en: i.title_en.clone(),
                        });
                        let nearest = matches!(reason, Unmatched::NotFound | Unmatched::UnknownId)
                            .then(|| named.or_else(|| matcher.nearest(&id, &title)))
                            .flatten();
                        out.unmatched.push(UnmatchedRow { row, text, reason, nearest });
                    }
                }
                continue;
            }
        };
        if let Some(first_row) = seen.get(&item) {
            out.unmatched.push(UnmatchedRow {
                row,
                text,
                reason: Unmatched::Duplicate { item, first_row: *first_row },
                nearest: None,
            });
            continue;
        }
        seen.insert(item.clone(), row);
        let entry = book.get(&item);
        let mut values = Vec::new();
        // The status (with its cell, to report a contradiction) and the percent, for the status–percent rule.
        let (mut status, mut percent) = (None, None);
        for source in &mapping.columns {
            let Some(target) = source.target else { continue };
            let value = table.cell(r, source.index);
            if value.is_blank() {
                continue;
            }
            let problem = |kind| CellProblem {
                row,
                letter: column_letter(source.index),
                column: source.header.clone(),
                value: value.text(),
                kind,
            };
            match read_value(target, value, fractions) {
                Some(Ok(FieldValue::Status(s))) => {
                    if status_words::read(&value.text()).is_some_and(|w| w.late) {
                        let (letter, column) = (column_letter(source.index), source.header.clone());
                        out.late.push(LateStatus { row, letter, column, value: value.text() });
                    }
                    status = Some((s, problem(CellProblemKind::Status)));
                }
                Some(Ok(FieldValue::Percent(p))) => percent = Some(p),
                Some(Ok(v)) => values.push(v),
                None => {}
                Some(Err(kind)) => out.problems.push(problem(kind)),
            }
        }
        match consistency::settle(entry, status.as_ref().map(|(s, _)| *s), percent) {
            // Values the row leaves as they are drop out below; one brought along counts as a change.
            Ok((s, p)) => values.extend([FieldValue::Status(s), FieldValue::Percent(p)]),
            Err((s, p)) => {
                if let Some((_, cell)) = status {
                    let kind = CellProblemKind::Contradiction { status: s, percent: p };
                    out.problems.push(CellProblem { kind, ..cell });
                }
            }
        }
        // An item a ledger keeps a row for, and a task's items, are taken up in the plan (an item set aside stays so).
        let own_item = (!is_task_id(&item)).then(|| item.clone());
        let parents_set = task_edits
            .iter()
            .filter_map(|v| if let FieldValue::Parents(p) = v { Some(p.clone()) } else { None })
            .flatten();
        let adopt: Vec<(String, FieldValue)> = own_item
            .into_iter()
            .chain(parents_set)
            .filter(|p| book.scope(p) == Scope::Undecided)
            .map(|p| (p, FieldValue::Scope(Scope::Adopted)))
            .collect();
        let edits: Vec<(String, FieldValue)> = task_edits
            .into_iter()
            .chain(values.into_iter().filter(|v| entry.get(v.field()) != *v))
            .map(|v| (item.clone(), v))
            .collect();
        // Adoption comes along with the row; the row's own changes are what it says.
        let changes = edits.len();
        let edits: Vec<(String, FieldValue)> = edits.into_iter().chain(adopt).collect();
        out.edits.extend(edits);
        out.matched.push(MatchedRow { row, item, by, changes });
    }
    out
}

fn is_adoption(value: &FieldValue) -> bool {
    matches!(value, FieldValue::Scope(Scope::Adopted))
}

/// Item ids as a 上级举措 cell lists them: "bz-6.1.5、bz-6.1.1".
fn split_items(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(['、', ',', '，', ';', '；', ' ']).map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned)
}

/// Two task names are the same when they differ only in spaces and punctuation.
fn same_title(a: &str, b: &str) -> bool {
    let key = |t: &str| t.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    !b.trim().is_empty() && key(a) == key(b)
}

/// A task id for a placed row: the same for the same title and row (so the preview and the import agree),
/// free in the record and in this import.
fn fresh_task_id(book: &ProgressBook, title: &str, row: usize, taken: &BTreeSet<String>) -> String {
    let mut salt = row as i64;
    loop {
        let at = jiff::Timestamp::from_second(salt).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let id = book.new_task_id(title, at);
        if !taken.contains(&id) {
            return id;
        }
        salt += 1_000_003;
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

/// A row that matched nothing but is a group heading (its only text starts with a list number such as
/// “一、” or “（二）”) or a note under the table; with its text.
fn skipped_kind(cells: &[CellValue]) -> Option<(SkippedKind, String)> {
    let texts: Vec<String> = cells.iter().map(CellValue::text).filter(|t| !t.is_empty()).collect();
    let first = texts.first()?;
    let compact: String = first.chars().filter(|c| !c.is_whitespace()).collect();
    if NOTE_STARTS.iter().any(|start| compact.starts_with(start)) {
        return Some((SkippedKind::Note, texts.join(" ")));
    }
    if ["合计", "总计", "小计"].contains(&compact.as_str()) {
        return Some((SkippedKind::Total, first.clone()));
    }
    (texts.len() == 1 && is_heading(&compact)).then(|| (SkippedKind::Heading, first.clone()))
}

/// “一、…”, “（一）…”, “(一)…”, “第一部分…”: how offices number the groups of a ledger.
fn is_heading(text: &str) -> bool {
    let numeral = |c: char| "一二三四五六七八九十".contains(c);
    let rest = text.strip_prefix(['（', '(']).or_else(|| text.strip_prefix('第')).unwrap_or(text);
    let end = rest.find(|c: char| !numeral(c)).unwrap_or(rest.len());
    end > 0 && rest[end..].starts_with(['、', '）', ')', '部', '章', '类', '项', '是'])
}
