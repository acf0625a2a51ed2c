//! The editable fields of an entry and their values, so one code path records, undoes and merges edits.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Entry, Scope, Status, Target};

/// An editable field of an [`Entry`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// 状态.
    Status,
    /// 完成比例.
    Percent,
    /// 牵头单位.
    LeadUnit,
    /// 责任单位.
    CoUnits,
    /// 开始日期.
    Start,
    /// 原定时限.
    Deadline,
    /// 调整时限.
    RevisedDeadline,
    /// 进展情况.
    Note,
    /// 存在问题.
    Problems,
    /// 下步打算.
    NextSteps,
    /// 佐证材料.
    Evidence,
    /// 采纳情况 (an item's scope).
    Scope,
    /// 不适用理由.
    ScopeReason,
    /// 任务名称.
    Title,
    /// 上级举措 (the items a task serves).
    Parents,
    /// 量化目标.
    Target,
    /// A task deleted.
    Removed,
    /// 衡量指标 (a county's own problem: the catalog indicators that measure it).
    Indicators,
}

impl Field {
    /// Every field, in the order of the ledger.
    pub const ALL: [Field; 18] = [
        Self::Scope,
        Self::ScopeReason,
        Self::Title,
        Self::Parents,
        Self::Target,
        Self::Removed,
        Self::Indicators,
        Self::Status,
        Self::Percent,
        Self::LeadUnit,
        Self::CoUnits,
        Self::Start,
        Self::Deadline,
        Self::RevisedDeadline,
        Self::Note,
        Self::Problems,
        Self::NextSteps,
        Self::Evidence,
    ];
}

/// A value for one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// 状态.
    Status(Status),
    /// 完成比例 (0–100).
    Percent(u8),
    /// 牵头单位.
    LeadUnit(String),
    /// 责任单位.
    CoUnits(Vec<String>),
    /// 开始日期.
    Start(Option<Date>),
    /// 原定时限.
    Deadline(Option<Date>),
    /// 调整时限.
    RevisedDeadline(Option<Date>),
    /// 进展情况.
    Note(String),
    /// 存在问题.
    Problems(String),
    /// 下步打算.
    NextSteps(String),
    /// 佐证材料.
    Evidence(Vec<String>),
    /// 采纳情况.
    Scope(Scope),
    /// 不适用理由.
    ScopeReason(String),
    /// 任务名称.
    Title(String),
    /// 上级举措.
    Parents(Vec<String>),
    /// 量化目标.
    Target(Option<Target>),
    /// Deleted (a task).
    Removed(bool),
    /// 衡量指标: catalog indicator ids.
    Indicators(Vec<String>),
}

impl FieldValue {
    /// The field this value is for.
    pub fn field(&self) -> Field {
        match self {
            Self::Status(_) => Field::Status,
            Self::Percent(_) => Field::Percent,
            Self::LeadUnit(_) => Field::LeadUnit,
            Self::CoUnits(_) => Field::CoUnits,
            Self::Start(_) => Field::Start,
            Self::Deadline(_) => Field::Deadline,
            Self::RevisedDeadline(_) => Field::RevisedDeadline,
            Self::Note(_) => Field::Note,
            Self::Problems(_) => Field::Problems,
            Self::NextSteps(_) => Field::NextSteps,
            Self::Evidence(_) => Field::Evidence,
            Self::Scope(_) => Field::Scope,
            Self::ScopeReason(_) => Field::ScopeReason,
            Self::Title(_) => Field::Title,
            Self::Parents(_) => Field::Parents,
            Self::Target(_) => Field::Target,
            Self::Removed(_) => Field::Removed,
            Self::Indicators(_) => Field::Indicators,
        }
    }

    /// The value as a person reads it in the history: statuses in Chinese, dates as YYYY-MM-DD, lists joined by "、".
    pub fn to_text(&self) -> String {
        let date = |d: &Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
        match self {
            Self::Status(s) => s.zh().to_owned(),
            Self::Percent(p) => p.to_string(),
            Self::LeadUnit(t) | Self::Note(t) | Self::Problems(t) | Self::NextSteps(t) => t.clone(),
            Self::CoUnits(list) | Self::Evidence(list) => list.join("、"),
            Self::Start(d) | Self::Deadline(d) | Self::RevisedDeadline(d) => date(d),
            Self::Scope(s) => s.zh().to_owned(),
            Self::ScopeReason(t) | Self::Title(t) => t.clone(),
            Self::Parents(list) | Self::Indicators(list) => list.join("、"),
            Self::Target(t) => t.as_ref().map(|t| t.describe(&t.indicator)).unwrap_or_default(),
            Self::Removed(r) => {
                if *r {
                    "已删除".to_owned()
                } else {
                    String::new()
                }
            }
        }
    }
}

impl Entry {
    /// The current value of a field.
    pub fn get(&self, field: Field) -> FieldValue {
        match field {
            Field::Status => FieldValue::Status(self.status),
            Field::Percent => FieldValue::Percent(self.percent),
            Field::LeadUnit => FieldValue::LeadUnit(self.lead_unit.clone()),
            Field::CoUnits => FieldValue::CoUnits(self.co_units.clone()),
            Field::Start => FieldValue::Start(self.start),
            Field::Deadline => FieldValue::Deadline(self.deadline),
            Field::RevisedDeadline => FieldValue::RevisedDeadline(self.revised_deadline),
            Field::Note => FieldValue::Note(self.note.clone()),
            Field::Problems => FieldValue::Problems(self.problems.clone()),
            Field::NextSteps => FieldValue::NextSteps(self.next_steps.clone()),
            Field::Evidence => FieldValue::Evidence(self.evidence.clone()),
            Field::Scope => FieldValue::Scope(self.scope),
            Field::ScopeReason => FieldValue::ScopeReason(self.scope_reason.clone()),
            Field::Title => FieldValue::Title(self.title.clone()),
            Field::Parents => FieldValue::Parents(self.parents.clone()),
            Field::Target => FieldValue::Target(self.target.clone()),
            Field::Removed => FieldValue::Removed(self.removed),
            Field::Indicators => FieldValue::Indicators(self.indicators.clone()),
        }
    }

    /// Sets a field; percent is capped at 100.
    pub fn set(&mut self, value: FieldValue) {
        match value {
            FieldValue::Status(v) => self.status = v,
            FieldValue::Percent(v) => self.percent = v.min(100),
            FieldValue::LeadUnit(v) => self.lead_unit = v,
            FieldValue::CoUnits(v) => self.co_units = v,
            FieldValue::Start(v) => self.start = v,
            FieldValue::Deadline(v) => self.deadline = v,
            FieldValue::RevisedDeadline(v) => self.revised_deadline = v,
            FieldValue::Note(v) => self.note = v,
            FieldValue::Problems(v) => self.problems = v,
            FieldValue::NextSteps(v) => self.next_steps = v,
            FieldValue::Evidence(v) => self.evidence = v,
            FieldValue::Scope(v) => self.scope = v,
            FieldValue::ScopeReason(v) => self.scope_reason = v,
            FieldValue::Title(v) => self.title = v,
            FieldValue::Parents(v) => self.parents = v,
            FieldValue::Target(v) => self.target = v,
            FieldValue::Indicators(v) => self.indicators = v,
            FieldValue::Removed(v) => self.removed = v,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_reads_back_what_was_set() {
        let date: Date = "2026-12-31".parse().expect("date");
        let values = [
            FieldValue::Status(Status::Blocked),
            FieldValue::Percent(55),
            FieldValue::LeadUnit("市科技局".into()),
            FieldValue::CoUnits(vec!["市财政局".into(), "市经信局".into()]),
            FieldValue::Start(Some(date)),
            FieldValue::Deadline(Some(date)),
            FieldValue::RevisedDeadline(Some(date)),
            FieldValue::Note("进展".into()),
            FieldValue::Problems("问题".into()),
            FieldValue::NextSteps("打算".into()),
            FieldValue::Evidence(vec!["巴科发〔2026〕1号".into()]),
            FieldValue::Scope(Scope::NotApplicable),
            FieldValue::ScopeReason("国家层面举措".into()),
            FieldValue::Title("新增科技型中小企业 50 家".into()),
            FieldValue::Parents(vec!["bz-6.1.5".into()]),
            FieldValue::Target(Some(Target {
                indicator: "tech-smes".into(),
                unit: "家".into(),
                base_value: 267.0,
                base_year: 2024,
                target_value: 317.0,
                target_year: 2026,
            })),
            FieldValue::Removed(true),
            FieldValue::Indicators(vec!["rd-intensity".into()]),
        ];
        assert_eq!(values.len(), Field::ALL.len());
        let mut entry = Entry::default();
        for value in values {
            entry.set(value.clone());
            assert_eq!(entry.get(value.field()), value);
        }
    }

    #[test]
    fn percent_is_capped_at_100() {
        let mut entry = Entry::default();
        entry.set(FieldValue::Percent(180));
        assert_eq!(entry.percent, 100);
    }
}
