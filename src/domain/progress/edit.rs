//! The editable fields of an entry and their values, so one code path records, undoes and merges edits.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Entry, Status};

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
}

impl Field {
    /// Every field, in the order of the ledger.
    pub const ALL: [Field; 11] = [
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
