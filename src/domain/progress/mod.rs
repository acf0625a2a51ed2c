//! Implementation progress: one [`Entry`] per framework item, the history of every change,
//! and named snapshots. Plain data; the file format lives in `io::progress_file`.

pub mod attention;
pub mod compare;
pub mod consistency;
mod edit;
mod light;
pub mod local_problems;
pub mod merge;
pub mod plan;
pub mod remedies;
pub mod rollup;
pub mod status_words;

use std::collections::BTreeMap;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

pub use edit::{Field, FieldValue};
pub use light::{Light, LightReason, LightRule, days_overdue, is_overdue};
pub use plan::{Scope, Standing, Target, TargetProgress, is_task_id, item_standing};

/// The progress file format this build writes (3: the work plan — scopes and local tasks).
pub const SCHEMA_VERSION: u32 = 3;

/// Where an item stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 未开始.
    #[default]
    NotStarted,
    /// 推进中.
    InProgress,
    /// 已完成.
    Done,
    /// 受阻.
    Blocked,
    /// 暂缓.
    Paused,
}

impl Status {
    /// All statuses in the order officials list them.
    pub const ALL: [Status; 5] = [Self::NotStarted, Self::InProgress, Self::Done, Self::Blocked, Self::Paused];

    /// The Chinese word, as in ledgers.
    pub fn zh(self) -> &'static str {
        match self {
            Self::NotStarted => "未开始",
            Self::InProgress => "推进中",
            Self::Done => "已完成",
            Self::Blocked => "受阻",
            Self::Paused => "暂缓",
        }
    }

    /// The English word used on the command line.
    pub fn en(self) -> &'static str {
        match self {
            Self::NotStarted => "not-started",
            Self::InProgress => "in-progress",
            Self::Done => "done",
            Self::Blocked => "blocked",
            Self::Paused => "paused",
        }
    }

    /// Reads a status from its Chinese word, its English word or its file name (`in_progress`); for the
    /// words people write (进行中, 滞后 …) see [`status_words::read`].
    pub fn parse(text: &str) -> Option<Status> {
        let t = text.trim();
        Self::ALL.into_iter().find(|s| {
            t == s.zh() || t.eq_ignore_ascii_case(s.en()) || t.eq_ignore_ascii_case(&s.en().replace('-', "_"))
        })
    }
}

/// The progress of one framework item, or of one local task (see [`plan`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Entry {
    /// An item's place in the county's plan: 采纳, 不适用 or 待定.
    #[serde(skip_serializing_if = "is_undecided")]
    pub scope: Scope,
    /// Why an item was set aside (or adopted).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub scope_reason: String,
    /// A task's name, e.g. "2026 年新增科技型中小企业 50 家".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The framework items a task serves.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parents: Vec<String>,
    /// The number a task is to reach.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// A task deleted (kept, so undo and merging know it).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
    /// A county's own problem (问题/短板): the catalog indicators that measure it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
    /// Where it stands.
    pub status: Status,
    /// Percent complete, 0–100.
    pub percent: u8,
    /// 牵头单位.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lead_unit: String,
    /// 责任单位 (co-units).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub co_units: Vec<String>,
    /// When work started; with the deadline it sets the straight-line schedule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<Date>,
    /// 原定时限.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Date>,
    /// 调整时限.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revised_deadline: Option<Date>,
    /// 进展情况.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// 存在问题.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub problems: String,
    /// 下步打算.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub next_steps: String,
    /// Evidence: file paths or document numbers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// When it last changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    /// Who changed it last.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub updated_by: String,
}

impl Entry {
    /// The deadline that applies: the revised one if set, else the original.
    pub fn effective_deadline(&self) -> Option<Date> {
        self.revised_deadline.or(self.deadline)
    }

    /// Lead unit and co-units.
    pub fn units(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.lead_unit.as_str())
            .filter(|u| !u.is_empty())
            .chain(self.co_units.iter().map(String::as_str))
    }
}

/// One recorded change of one field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// When.
    pub at: Timestamp,
    /// Who (the user's name from settings).
    #[serde(default)]
    pub by: String,
    /// Item id.
    pub item: String,
    /// Which field.
    pub field: Field,
    /// Value before, as text.
    pub old: String,
    /// Value after, as text.
    pub new: String,
}

/// A named copy of all entries at one moment, e.g. "第三次推进会 2026-11-20".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// The name the user gave.
    pub name: String,
    /// When it was taken.
    pub at: Timestamp,
    /// The entries then.
    pub entries: BTreeMap<String, Entry>,
}

/// Everything in a progress file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgressBook {
    /// Format version; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// A note shown with the record wherever it is shown, e.g. "示例数据" for illustrative sample progress.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Entries by item id; an item without an entry has not started.
    #[serde(default)]
    pub entries: BTreeMap<String, Entry>,
    /// Every change, oldest first.
    #[serde(default)]
    pub history: Vec<Change>,
    /// Named snapshots, oldest first.
    #[serde(default)]
    pub snapshots: Vec<Snapshot>,
}

impl Default for ProgressBook {
    fn default() -> Self {
        Self {
            schema_version: SCHEMA_VERSION,
            label: String::new(),
            entries: BTreeMap::new(),
            history: Vec::new(),
            snapshots: Vec::new(),
        }
    }
}

fn is_undecided(scope: &Scope) -> bool {
    *scope == Scope::Undecided
}

/// The entry of an item never touched: 未开始, 0 %, nothing else.
pub static UNTOUCHED: Entry = Entry {
    scope: Scope::Undecided,
    scope_reason: String::new(),
    title: String::new(),
    parents: Vec::new(),
    target: None,
    removed: false,
    indicators: Vec::new(),
    status: Status::NotStarted,
    percent: 0,
    lead_unit: String::new(),
    co_units: Vec::new(),
    start: None,
    deadline: None,
    revised_deadline: None,
    note: String::new(),
    problems: String::new(),
    next_steps: String::new(),
    evidence: Vec::new(),
    updated_at: None,
    updated_by: String::new(),
};

impl ProgressBook {
    /// The entry of an item, owned; an item never touched has the default (未开始, 0 %).
    pub fn entry(&self, item: &str) -> Entry {
        self.get(item).clone()
    }

    /// The entry of an item, borrowed; [`UNTOUCHED`] for an item never touched.
    pub fn get(&self, item: &str) -> &Entry {
        self.entries.get(item).unwrap_or(&UNTOUCHED)
    }

    /// Sets one field of one item, recording the change in the history; returns the old value,
    /// or `None` when the value was already that (nothing recorded).
    pub fn set(&mut self, item: &str, value: FieldValue, by: &str, at: Timestamp) -> Option<FieldValue> {
        let entry = self.entries.entry(item.to_owned()).or_default();
        let old = entry.get(value.field());
        if old == value {
            return None;
        }
        self.history.push(Change {
            at,
            by: by.to_owned(),
            item: item.to_owned(),
            field: value.field(),
            old: old.to_text(),
            new: value.to_text(),
        });
        entry.set(value);
        entry.updated_at = Some(at);
        entry.updated_by = by.to_owned();
        Some(old)
    }

    /// Changes of one item, newest first.
    pub fn history_of<'a>(&'a self, item: &'a str) -> impl Iterator<Item = &'a Change> + 'a {
        self.history.iter().rev().filter(move |c| c.item == item)
    }

    /// Saves the current entries under a name.
    pub fn take_snapshot(&mut self, name: &str, at: Timestamp) {
        self.snapshots.push(Snapshot { name: name.to_owned(), at, entries: self.entries.clone() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        s.parse().expect("timestamp")
    }

    #[test]
    fn setting_a_field_records_who_when_old_and_new() {
        let mut book = ProgressBook::default();
        let old = book.set("yz-3.1.1", FieldValue::Percent(40), "张三", at("2026-11-20T02:00:00Z"));
        assert_eq!(old, Some(FieldValue::Percent(0)));
        let change = &book.history[0];
        assert_eq!(
            (change.by.as_str(), change.field, change.old.as_str(), change.new.as_str()),
            ("张三", Field::Percent, "0", "40")
        );
        assert_eq!(book.entry("yz-3.1.1").updated_by, "张三");
    }

    #[test]
    fn setting_the_same_value_records_nothing() {
        let mut book = ProgressBook::default();
        assert_eq!(book.set("a", FieldValue::Status(Status::NotStarted), "", at("2026-11-20T02:00:00Z")), None);
        assert!(book.history.is_empty());
    }

    #[test]
    fn statuses_parse_from_chinese_english_and_file_words() {
        assert_eq!(Status::parse("推进中"), Some(Status::InProgress));
        assert_eq!(Status::parse("Done"), Some(Status::Done));
        assert_eq!(Status::parse("not_started"), Some(Status::NotStarted));
        assert_eq!(Status::parse("finished"), None);
    }
}
