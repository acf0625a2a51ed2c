//! The ledger (台账): the columns offices keep, shared by the XLSX and CSV exporters and the importer.
//!
//! The headers are part of the file format (offices and the importer match on them), so they stay
//! Chinese whatever the interface language.
//!
//! Once the county has adopted items, the ledger is its work plan: the adopted items, each followed by its
//! local tasks (编号 T-xxxx, 上级举措 the items they serve, 量化目标 and 当前值), so a ledger exported and
//! imported again gives the same plan.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;

use crate::domain::framework::{Framework, Item, PillarId};
use crate::domain::progress::{Entry, Field, ProgressBook, Status, Target};

/// A column of the ledger, in the order offices use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// 序号: the running number (or, in an office's ledger, possibly the item id).
    Seq,
    /// 编号: the item's or task's id.
    Id,
    /// 政策举措: the item's title (a task's name on a task's row).
    Title,
    /// 上级举措: the items a task serves.
    Parent,
    /// 所属支柱.
    Pillars,
    /// 来源: the document and section.
    Source,
    /// 牵头单位.
    LeadUnit,
    /// 责任单位.
    CoUnits,
    /// 原定时限.
    Deadline,
    /// 调整时限.
    RevisedDeadline,
    /// 状态.
    Status,
    /// 完成比例.
    Percent,
    /// 量化目标.
    Target,
    /// 当前值: the target indicator's newest value.
    Current,
    /// 进展情况.
    Note,
    /// 存在问题.
    Problems,
    /// 下步打算.
    NextSteps,
    /// 更新时间.
    UpdatedAt,
}

impl Column {
    /// Every column, in the ledger's order.
    pub const ALL: [Column; 18] = [
        Self::Seq,
        Self::Id,
        Self::Title,
        Self::Parent,
        Self::Pillars,
        Self::Source,
        Self::LeadUnit,
        Self::CoUnits,
        Self::Deadline,
        Self::RevisedDeadline,
        Self::Status,
        Self::Percent,
        Self::Target,
        Self::Current,
        Self::Note,
        Self::Problems,
        Self::NextSteps,
        Self::UpdatedAt,
    ];

    /// The header as written in the ledger.
    pub fn header(self) -> &'static str {
        self.names()[0]
    }

    /// The header and the other names offices give the column, as [`normalize_header`] leaves them.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Self::Seq => &["序号", "no", "no."],
            Self::Id => &["编号", "举措编号", "任务编号", "id"],
            Self::Parent => &["上级举措", "所属举措", "对应举措", "上级举措编号"],
            Self::Target => &["量化目标", "目标任务", "预期目标"],
            Self::Current => &["当前值", "最新值", "实际值"],
            Self::Title => &[
                "政策举措",
                "举措",
                "具体举措",
                "举措名称",
                "政策措施",
                "重点任务",
                "主要任务",
                "工作任务",
                "任务名称",
            ],
            Self::Pillars => &["所属支柱", "支柱"],
            Self::Source => &["来源", "出处", "政策来源", "文件依据", "依据"],
            Self::LeadUnit => &["牵头单位", "牵头部门", "主责单位"],
            Self::CoUnits => &["责任单位", "配合单位", "责任部门", "配合部门", "协同单位", "参与单位"],
            // “原定” and “调整后” alone are the sub-headers under a “完成时限” spanning two columns.
            Self::Deadline => &[
                "原定时限",
                "完成时限",
                "时限",
                "时间节点",
                "完成时间",
                "计划完成时间",
                "截止时间",
                "时限要求",
                "原定",
                "原定完成时间",
            ],
            Self::RevisedDeadline => &["调整时限", "调整后时限", "调整后完成时间", "延期至", "调整后", "调整后时间"],
            Self::Status => &["状态", "推进状态", "完成状态", "进度状态"],
            Self::Percent => &["完成比例", "完成进度", "进度", "完成率"],
            Self::Note => &["进展情况", "完成情况", "推进情况", "工作进展", "进展"],
            Self::Problems => &["存在问题", "问题", "存在困难", "困难问题"],
            Self::NextSteps => &["下步打算", "下一步打算", "下步计划", "下一步计划", "下步工作", "下一步工作"],
            Self::UpdatedAt => &["更新时间", "更新日期", "填报时间", "填报日期"],
        }
    }

    /// The column a header names, if any (see [`Self::names`]).
    pub fn from_header(header: &str) -> Option<Column> {
        let key = normalize_header(header);
        Self::ALL.into_iter().find(|c| c.names().contains(&key.as_str()))
    }

    /// The progress field the column imports into; `None` for columns that identify the item or
    /// come from the framework (序号, 政策举措, 所属支柱, 来源, 更新时间).
    pub fn field(self) -> Option<Field> {
        match self {
            Self::LeadUnit => Some(Field::LeadUnit),
            Self::CoUnits => Some(Field::CoUnits),
            Self::Deadline => Some(Field::Deadline),
            Self::RevisedDeadline => Some(Field::RevisedDeadline),
            Self::Status => Some(Field::Status),
            Self::Percent => Some(Field::Percent),
            Self::Note => Some(Field::Note),
            Self::Problems => Some(Field::Problems),
            Self::NextSteps => Some(Field::NextSteps),
            Self::Target => Some(Field::Target),
            Self::Seq
            | Self::Id
            | Self::Title
            | Self::Parent
            | Self::Pillars
            | Self::Source
            | Self::Current
            | Self::UpdatedAt => None,
        }
    }

    /// Column width in characters of a spreadsheet's default font (a Chinese character counts about two).
    pub fn width(self) -> f64 {
        match self {
            Self::Seq => 6.0,
            Self::Id => 10.0,
            Self::Parent => 12.0,
            Self::Target | Self::Current => 20.0,
            Self::Pillars | Self::Status | Self::Percent => 10.0,
            Self::Deadline | Self::RevisedDeadline => 12.0,
            Self::LeadUnit | Self::CoUnits => 16.0,
            Self::UpdatedAt => 17.0,
            Self::Source => 22.0,
            Self::Title => 34.0,
            Self::Note | Self::Problems | Self::NextSteps => 40.0,
        }
    }
}

/// A header as compared: no spaces or line breaks, no part in brackets (“完成比例（%）”), no marks
/// such as `*` or a colon, Latin letters in lower case.
pub fn normalize_header(header: &str) -> String {
    let mut out = String::new();
    let mut depth = 0_u32;
    for c in header.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            _ if depth > 0 || c.is_whitespace() || matches!(c, '*' | '＊' | ':' | '：') => {}
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// One item or task as a ledger row, with the values typed so each format writes them its own way.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerRow {
    /// Running number, from 1, in the order of [`plan_items`]; a task's is its item's with ".1", ".2" ….
    pub seq: String,
    /// Item or task id.
    pub id: String,
    /// Item title, or the task's name.
    pub title: String,
    /// For a task: the items it serves, joined by “、”.
    pub parent: String,
    /// For a task: its quantified target, as a person says it.
    pub target: String,
    /// For a task with a target: the indicator's newest value, with its year.
    pub current: String,
    /// Names of the pillars it strengthens, joined by “、”.
    pub pillars: String,
    /// Citation of its document and section.
    pub source: String,
    /// 牵头单位.
    pub lead_unit: String,
    /// 责任单位, joined by “、”.
    pub co_units: String,
    /// 原定时限.
    pub deadline: Option<Date>,
    /// 调整时限.
    pub revised_deadline: Option<Date>,
    /// 状态.
    pub status: Status,
    /// 完成比例.
    pub percent: u8,
    /// 进展情况.
    pub note: String,
    /// 存在问题.
    pub problems: String,
    /// 下步打算.
    pub next_steps: String,
    /// 更新时间 in the computer's time zone, to the minute; `None` when never changed.
    pub updated_at: Option<DateTime>,
}

impl LedgerRow {
    /// The cell as text, for CSV and previews: dates as YYYY-MM-DD, the percent as “40%”.
    pub fn text(&self, column: Column) -> String {
        let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        match column {
            Column::Seq => self.seq.clone(),
            Column::Id => self.id.clone(),
            Column::Title => self.title.clone(),
            Column::Parent => self.parent.clone(),
            Column::Target => self.target.clone(),
            Column::Current => self.current.clone(),
            Column::Pillars => self.pillars.clone(),
            Column::Source => self.source.clone(),
            Column::LeadUnit => self.lead_unit.clone(),
            Column::CoUnits => self.co_units.clone(),
            Column::Deadline => date(self.deadline),
            Column::RevisedDeadline => date(self.revised_deadline),
            Column::Status => self.status.zh().to_owned(),
            Column::Percent => format!("{}%", self.percent),
            Column::Note => self.note.clone(),
            Column::Problems => self.problems.clone(),
            Column::NextSteps => self.next_steps.clone(),
            Column::UpdatedAt => self.updated_at.map(|t| t.strftime("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(),
        }
    }
}

/// The ledger's rows: every item counted in the figures, in the order of [`plan_items`], each followed by its
/// live tasks. `current` gives a target's newest value as text.
pub fn rows(fw: &Framework, book: &ProgressBook) -> Vec<LedgerRow> {
    rows_with(fw, book, &|_| None)
}

/// [`rows`], with the newest value of each target's indicator from the loaded data.
pub fn rows_with(fw: &Framework, book: &ProgressBook, current: &dyn Fn(&Target) -> Option<String>) -> Vec<LedgerRow> {
    let tz = TimeZone::system();
    let updated = |entry: &Entry| {
        // To the minute, as offices write it.
        entry
            .updated_at
            .and_then(|t| t.to_zoned_datetime(tz.clone()).datetime().with().second(0).subsec_nanosecond(0).build().ok())
    };
    let mut out = Vec::new();
    // A task serving two items is one row, under the first of them (its 上级举措 names both), so that a ledger
    // read back has no repeated rows.
    let mut written = std::collections::HashSet::new();
    for (i, item) in plan_items(fw, book).into_iter().enumerate() {
        let entry = book.get(&item.id);
        let pillars: Vec<&str> =
            fw.pillars_of(item).into_iter().filter_map(|p| fw.pillar(p)).map(|p| p.name.as_str()).collect();
        let row = |seq: String, id: &str, title: &str, e: &Entry| LedgerRow {
            seq,
            id: id.to_owned(),
            title: title.to_owned(),
            parent: e.parents.join("、"),
            target: e.target.as_ref().map(|t| t.describe(&t.indicator)).unwrap_or_default(),
            current: e.target.as_ref().and_then(current).unwrap_or_default(),
            pillars: pillars.join("、"),
            source: fw.cite(&item.source),
            lead_unit: e.lead_unit.clone(),
            co_units: e.co_units.join("、"),
            deadline: e.deadline,
            revised_deadline: e.revised_deadline,
            status: e.status,
            percent: e.percent,
            note: e.note.clone(),
            problems: e.problems.clone(),
            next_steps: e.next_steps.clone(),
            updated_at: updated(e),
        };
        out.push(row((i + 1).to_string(), &item.id, &item.title, entry));
        for (k, (id, task)) in book.tasks_of(&item.id).filter(|(id, _)| written.insert(*id)).enumerate() {
            out.push(row(format!("{}.{}", i + 1, k + 1), id, &task.title, task));
        }
    }
    out
}

/// The pillar an item is listed under in the ledger and the report: its first, or the framework's first for an
/// item of none, so each item is listed once.
pub fn listing_pillar(fw: &Framework, item: &Item) -> Option<PillarId> {
    fw.pillars_of(item).first().copied().or_else(|| fw.pillars.first().map(|p| p.id))
}

/// The items counted in the figures (the adopted ones once the plan has started, else all), in the order of the
/// ledger and the report, numbered 1, 2, … from it: by [`listing_pillar`] in the framework's order of pillars,
/// then in the framework's order of items.
pub fn plan_items<'f>(fw: &'f Framework, book: &ProgressBook) -> Vec<&'f Item> {
    let pillar_rank = |item: &Item| listing_pillar(fw, item).and_then(|p| fw.pillars.iter().position(|q| q.id == p));
    let mut items: Vec<&Item> = fw.items.iter().filter(|i| book.counts(&i.id)).collect();
    // A stable sort keeps the framework's order within a pillar.
    items.sort_by_key(|item| pillar_rank(item));
    items
}

/// Whether a spreadsheet would run the text as a formula (it starts with = + - @, a tab or a carriage return).
pub fn formula_like(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// The text with a leading apostrophe when it is [`formula_like`], so a spreadsheet opening a CSV shows it as text.
pub fn guard(text: &str) -> std::borrow::Cow<'_, str> {
    if formula_like(text) { format!("'{text}").into() } else { text.into() }
}

/// Undoes [`guard`]: an apostrophe followed by formula-like text is dropped.
pub fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if formula_like(rest) => rest,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_with_variants_brackets_and_spaces() {
        assert_eq!(Column::from_header("完成比例（%）"), Some(Column::Percent));
        assert_eq!(Column::from_header(" 配合单位 "), Some(Column::CoUnits));
        assert_eq!(Column::from_header("完成\n时限"), Some(Column::Deadline));
        assert_eq!(Column::from_header("*编号"), Some(Column::Id));
        assert_eq!(Column::from_header("序号"), Some(Column::Seq));
        assert_eq!(Column::from_header("完成情况"), Some(Column::Note));
        assert_eq!(Column::from_header("备注"), None);
    }

    #[test]
    fn every_header_names_its_own_column_only() {
        for column in Column::ALL {
            for name in column.names() {
                assert_eq!(Column::from_header(name), Some(column), "{name}");
            }
        }
    }

    #[test]
    fn the_guard_marks_formula_text_and_is_undone_on_reading() {
        for text in ["=1+1", "+86 123", "-5", "@SUM(A1)", "\tx", "\rx"] {
            assert!(formula_like(text), "{text:?}");
            assert_eq!(unguard(&guard(text)), text);
        }
        assert_eq!(guard("已发布首批榜单"), "已发布首批榜单");
        assert_eq!(unguard("'quoted"), "'quoted");
    }
}
