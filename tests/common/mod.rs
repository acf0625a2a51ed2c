//! Sample progress shared by the export and import tests.
#![allow(clippy::unwrap_used, dead_code)]

use jiff::Timestamp;
use jiff::civil::Date;
use policy_cockpit::domain::progress::{FieldValue, ProgressBook, Status};

/// The as-of day of the tests.
pub fn as_of() -> Date {
    "2026-11-25".parse().unwrap()
}

pub fn date(s: &str) -> Date {
    s.parse().unwrap()
}

/// Progress marked on a few items: done, in progress, blocked, overdue (with a revised deadline),
/// a note that looks like a formula, co-units, problems and next steps.
pub fn sample_book() -> ProgressBook {
    let at: Timestamp = "2026-11-20T02:00:00Z".parse().unwrap();
    let mut book = ProgressBook::default();
    let edits = [
        ("yz-3.1.1", FieldValue::Status(Status::Done)),
        ("yz-3.1.1", FieldValue::Percent(100)),
        ("yz-3.1.1", FieldValue::LeadUnit("市科技局".into())),
        ("yz-3.1.1", FieldValue::Deadline(Some(date("2026-10-31")))),
        ("bz-6.1.5", FieldValue::Status(Status::InProgress)),
        ("bz-6.1.5", FieldValue::Percent(40)),
        ("bz-6.1.5", FieldValue::LeadUnit("市经信局".into())),
        ("bz-6.1.5", FieldValue::CoUnits(vec!["市财政局".into(), "市发改委".into()])),
        ("bz-6.1.5", FieldValue::Deadline(Some(date("2026-12-31")))),
        ("bz-6.1.5", FieldValue::Note("已发布首批榜单，\"揭榜挂帅\"项目 3 个".into())),
        ("yz-3.1.2", FieldValue::Status(Status::Blocked)),
        ("yz-3.1.2", FieldValue::Percent(20)),
        ("yz-3.1.2", FieldValue::Note("=SUM(A1:A9)".into())),
        ("yz-3.1.2", FieldValue::Problems("省级资金未到位".into())),
        ("yz-3.1.2", FieldValue::NextSteps("-与省厅对接".into())),
        ("yz-3.1.3", FieldValue::Status(Status::InProgress)),
        ("yz-3.1.3", FieldValue::Percent(60)),
        ("yz-3.1.3", FieldValue::LeadUnit("市数据局".into())),
        ("yz-3.1.3", FieldValue::Deadline(Some(date("2026-06-30")))),
        ("yz-3.1.3", FieldValue::RevisedDeadline(Some(date("2026-09-30")))),
        ("yz-3.1.3", FieldValue::Problems("场景清单未发布".into())),
        ("yz-3.1.3", FieldValue::NextSteps("12 月底前发布首批场景清单".into())),
    ];
    for (item, value) in edits {
        book.set(item, value, "测试", at);
    }
    book
}
