//! The progress fields as command-line options, shared by `progress set`, `task add` and `task set`, and the
//! checks that turn them into field values (dates as the ledger import reads them, units split at 、 or ,).

use clap::Args;

use crate::domain::framework::Framework;
use crate::domain::progress::plan::typed_id;
use crate::domain::progress::{FieldValue, Target, status_words};
use crate::i18n::{Lang, strings as s};

/// Options that set the fields of an item or a task.
#[derive(Debug, Clone, Default, Args)]
pub struct FieldArgs {
    /// 状态：未开始 推进中 已完成 受阻 暂缓（也认 进行中、已办结 等）/ status: not-started in-progress done blocked paused
    #[arg(long, value_name = "S")]
    pub status: Option<String>,
    /// 完成比例 0–100 / percent complete 0–100
    #[arg(long, value_name = "N")]
    #[arg(value_parser = super::parse_percent)]
    pub percent: Option<u32>,
    /// 牵头单位 / lead unit
    #[arg(long, value_name = "UNIT")]
    pub lead: Option<String>,
    /// 责任单位，用“、”或逗号分隔 / co-units, separated by 、 or commas
    #[arg(long, value_name = "UNITS")]
    pub co_units: Option<String>,
    /// 开始日期 / start date
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub start: Option<jiff::civil::Date>,
    /// 原定时限，如 2026-06-30、2026年6月底 / deadline, e.g. 2026-06-30
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub deadline: Option<jiff::civil::Date>,
    /// 调整时限 / revised deadline
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub revised_deadline: Option<jiff::civil::Date>,
    /// 进展情况 / progress note
    #[arg(long, value_name = "TEXT")]
    pub note: Option<String>,
    /// 存在问题 / problems
    #[arg(long, value_name = "TEXT")]
    pub problems: Option<String>,
    /// 下步打算 / next steps
    #[arg(long, value_name = "TEXT")]
    pub next_steps: Option<String>,
}

impl FieldArgs {
    /// The field values given, checked; a bad status or percent is an error in the user's words.
    pub fn values(&self, lang: Lang) -> Result<Vec<FieldValue>, String> {
        let mut out = Vec::new();
        if let Some(word) = &self.status {
            let read = status_words::read(word).ok_or_else(|| s::CLI_BAD_STATUS.fill(lang, &[("status", word)]))?;
            out.push(FieldValue::Status(read.status));
        }
        if let Some(percent) = self.percent {
            let percent = u8::try_from(percent)
                .ok()
                .filter(|p| *p <= 100)
                .ok_or_else(|| s::CLI_BAD_PERCENT.fill(lang, &[("percent", &percent)]))?;
            out.push(FieldValue::Percent(percent));
        }
        if let Some(lead) = &self.lead {
            out.push(FieldValue::LeadUnit(lead.trim().to_owned()));
        }
        if let Some(units) = &self.co_units {
            out.push(FieldValue::CoUnits(split_units(units)));
        }
        out.extend(self.start.map(|d| FieldValue::Start(Some(d))));
        out.extend(self.deadline.map(|d| FieldValue::Deadline(Some(d))));
        out.extend(self.revised_deadline.map(|d| FieldValue::RevisedDeadline(Some(d))));
        out.extend(self.note.clone().map(FieldValue::Note));
        out.extend(self.problems.clone().map(FieldValue::Problems));
        out.extend(self.next_steps.clone().map(FieldValue::NextSteps));
        Ok(out)
    }

    /// The status word given, if it says the work is behind (滞后 …), to tell the user how it was read.
    pub fn late_word(&self) -> Option<&str> {
        self.status.as_deref().filter(|w| status_words::read(w).is_some_and(|r| r.late)).map(str::trim)
    }
}

/// Units as people list them: "市财政局、市发改委" or "市财政局,市发改委".
pub fn split_units(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；']).map(str::trim).filter(|u| !u.is_empty()).map(str::to_owned).collect()
}

/// A framework item id as typed (BZ-6.1.5, ｂｚ－６．１．５), in the framework's own form.
pub fn item_id<'a>(fw: &'a Framework, typed: &str) -> Option<&'a str> {
    let folded = typed_id(typed);
    fw.items.iter().find(|i| i.id.eq_ignore_ascii_case(&folded)).map(|i| i.id.as_str())
}

/// A quantified target written "指标,基期值,基期年,目标值,目标年[,单位]", e.g. "揭榜挂帅项目数,14,2025,20,2026,项".
pub fn parse_target(text: &str) -> Result<Target, String> {
    let parts: Vec<&str> = text.split([',', '，']).map(str::trim).collect();
    let bad = || {
        format!(
            "“{text}”不是量化目标，请写作 指标,基期值,基期年,目标值,目标年[,单位]，如 揭榜挂帅项目数,14,2025,20,2026,项 / \
             “{text}” is not a target: write INDICATOR,BASE,BASE_YEAR,TARGET,TARGET_YEAR[,UNIT]"
        )
    };
    let [indicator, base, base_year, target, target_year, rest @ ..] = parts.as_slice() else { return Err(bad()) };
    let number = |t: &str| t.parse::<f64>().ok().filter(|v| v.is_finite());
    let year = |t: &str| t.trim_end_matches('年').parse::<i32>().ok().filter(|y| (1900..=2200).contains(y));
    match (number(base), year(base_year), number(target), year(target_year)) {
        (Some(base_value), Some(base_year), Some(target_value), Some(target_year))
            if !indicator.is_empty() && target_year >= base_year && rest.len() <= 1 =>
        {
            Ok(Target {
                indicator: (*indicator).to_owned(),
                unit: rest.first().map(|u| (*u).to_owned()).unwrap_or_default(),
                base_value,
                base_year,
                target_value,
                target_year,
            })
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_units_and_ids_read_as_typed() {
        let t = parse_target("揭榜挂帅项目数,14,2025,20,2026年,项").expect("target");
        assert_eq!(
            (t.indicator.as_str(), t.base_value, t.target_year, t.unit.as_str()),
            ("揭榜挂帅项目数", 14.0, 2026, "项")
        );
        assert!(parse_target("揭榜挂帅项目数,14,2026,20,2025").is_err(), "the target year comes after the base");
        assert!(parse_target("揭榜挂帅项目数,很多,2025,20,2026").is_err());
        assert_eq!(split_units("市财政局、市发改委, 县科技局"), ["市财政局", "市发改委", "县科技局"]);
        let fw = crate::io::framework_file::embedded().expect("framework");
        assert_eq!(item_id(&fw, "BZ-6.1.5"), Some("bz-6.1.5"));
        assert_eq!(item_id(&fw, "ｂｚ－６．１．５"), Some("bz-6.1.5"));
        assert_eq!(item_id(&fw, "bz-9.9.9"), None);
    }
}
