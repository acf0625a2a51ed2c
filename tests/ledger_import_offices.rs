//! Ledgers as other programs save them (tests/data/ledgers/, written by `make_ledgers.py` with openpyxl,
//! xlwt and as Excel's GBK “CSV (逗号分隔)”): title and 填报单位 rows above the header, header cells with
//! line breaks, a two-row header, group headings, blank rows, cells merged down, dates and percentages
//! in every common form, notes under the table. Row numbers are the ones Excel shows.
#![allow(clippy::unwrap_used)]

#[path = "common/cli.rs"]
mod cli_common;
use cli_common::{cockpit, text};

use std::path::{Path, PathBuf};

use jiff::civil::Date;
use policy_cockpit::domain::framework::Framework;
use policy_cockpit::domain::progress::{Entry, ProgressBook, Status};
use policy_cockpit::io::framework_file;
use policy_cockpit::io::ledger::Column;
use policy_cockpit::io::ledger_import::{self, CellProblemKind, ImportPlan, MatchedBy, SkippedKind, Unmatched};

fn ledger(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ledgers").join(name)
}

fn date(s: &str) -> Option<Date> {
    Some(s.parse().unwrap())
}

/// Opens and plans a fixture against an empty record; returns the plan and the record it would make.
fn import(name: &str) -> (ledger_import::Ledger, ImportPlan, ProgressBook) {
    let fw: Framework = framework_file::embedded().unwrap();
    let ledger = ledger_import::open(&ledger(name)).unwrap();
    let plan = ledger.plan(&fw, &ProgressBook::default()).unwrap();
    let mut book = ProgressBook::default();
    for (item, value) in plan.edits.clone() {
        book.set(&item, value, "导入", "2025-07-06T01:00:00Z".parse().unwrap());
    }
    (ledger, plan, book)
}

fn matched(plan: &ImportPlan) -> Vec<(usize, &str, MatchedBy)> {
    plan.matched.iter().map(|m| (m.row, m.item.as_str(), m.by)).collect()
}

fn problems(plan: &ImportPlan) -> Vec<(usize, &str, &str, CellProblemKind)> {
    plan.problems.iter().map(|p| (p.row, p.letter.as_str(), p.value.as_str(), p.kind)).collect()
}

fn skipped(plan: &ImportPlan) -> Vec<(usize, SkippedKind)> {
    plan.skipped.iter().map(|s| (s.row, s.kind)).collect()
}

fn entry<'a>(book: &'a ProgressBook, item: &str) -> &'a Entry {
    book.get(item)
}

#[test]
fn an_openpyxl_workbook_with_titles_groups_merges_and_mixed_dates_and_percentages_imports() {
    let (ledger, plan, book) = import("巴中市科技局-推进台账.xlsx");
    // The first sheet holds filling instructions; the ledger is on the second.
    assert_eq!(ledger.table.sheet.as_deref(), Some("推进台账"));
    assert_eq!(ledger.mapping.header_row + 1, 3, "below the merged title and the 填报单位 line");
    assert_eq!(ledger.mapping.columns[4].header, "完成时限", "a header typed over two lines");
    assert_eq!(ledger.mapping.index_of(Column::Percent), Some(6));
    let unknown: Vec<&str> = ledger.mapping.unknown().map(|c| c.header.as_str()).collect();
    assert_eq!(unknown, ["备注"]);

    assert_eq!(
        matched(&plan),
        [
            (5, "bz-6.1.1", MatchedBy::NormalizedTitle),
            (6, "bz-6.1.2", MatchedBy::Title),
            (7, "bz-6.1.3", MatchedBy::Title),
            (10, "bz-6.1.4", MatchedBy::Title),
            (11, "bz-6.1.5", MatchedBy::NormalizedTitle),
            (13, "bz-6.1.7", MatchedBy::NormalizedTitle),
        ]
    );
    let unmatched: Vec<(usize, &Unmatched)> = plan.unmatched.iter().map(|u| (u.row, &u.reason)).collect();
    assert_eq!(unmatched, [(12, &Unmatched::NotFound)]);
    assert_eq!(skipped(&plan), [(4, SkippedKind::Heading), (9, SkippedKind::Heading), (15, SkippedKind::Note)]);
    assert_eq!(
        problems(&plan),
        [(11, "G", "约一半", CellProblemKind::Percent), (13, "E", "长期", CellProblemKind::Date),]
    );

    assert_eq!(plan.late.iter().map(|l| (l.row, l.letter.as_str())).collect::<Vec<_>>(), [(11, "F")]);
    assert_eq!(entry(&book, "bz-6.1.5").status, Status::InProgress, "滞后 is read as 推进中");

    // A date cell, “2025年6月底”, “2025.06”, a serial number without its format and “2025-06-30”.
    for item in ["bz-6.1.1", "bz-6.1.2", "bz-6.1.3", "bz-6.1.4", "bz-6.1.5"] {
        assert_eq!(entry(&book, item).deadline, date("2025-06-30"), "{item}");
    }
    // “100%”, an Excel percent cell 0.6, 60 and “30%” in one column.
    let percents: Vec<u8> =
        ["bz-6.1.1", "bz-6.1.2", "bz-6.1.3", "bz-6.1.4"].iter().map(|i| entry(&book, i).percent).collect();
    assert_eq!(percents, [100, 60, 60, 30]);
    assert_eq!(entry(&book, "bz-6.1.1").status, Status::Done);
    assert_eq!(entry(&book, "bz-6.1.3").status, Status::InProgress, "正常推进");
    assert_eq!(entry(&book, "bz-6.1.2").lead_unit, "市科技局", "the lead unit merged over two rows");
    assert_eq!(entry(&book, "bz-6.1.3").co_units, ["市科技局", "市财政局"]);
    assert_eq!(entry(&book, "bz-6.1.2").problems, "编制未落实");
}

#[test]
fn an_xls_with_a_two_row_header_and_numbers_for_dates_imports() {
    let (ledger, plan, book) = import("巴中市经信局-推进台账.xls");
    assert_eq!(ledger.mapping.header_row + 1, 4, "the lower row of the two-row header");
    assert_eq!(ledger.mapping.index_of(Column::Seq), Some(0), "序号 merged down over both header rows");
    assert_eq!(ledger.mapping.index_of(Column::Deadline), Some(3), "原定 under 完成时限");
    assert_eq!(ledger.mapping.index_of(Column::RevisedDeadline), Some(4), "调整后 under 完成时限");
    assert_eq!(matched(&plan).len(), 3);
    assert!(plan.unmatched.is_empty() && plan.problems.is_empty(), "{:?} {:?}", plan.unmatched, plan.problems);
    let leader = entry(&book, "bz-6.1.1");
    assert_eq!((leader.deadline, leader.percent, leader.status), (date("2025-06-30"), 100, Status::Done));
    let office = entry(&book, "bz-6.1.2");
    assert_eq!(office.deadline, date("2025-06-30"), "2025.06 typed into a General cell");
    assert_eq!(office.revised_deadline, date("2025-09-30"));
    assert_eq!(office.percent, 60);
    let meeting = entry(&book, "bz-6.1.3");
    assert_eq!((meeting.deadline, meeting.percent), (date("2025-06-30"), 35), "a serial number; 0.35");
}

#[test]
fn a_gbk_csv_saved_by_excel_imports_with_excel_row_numbers() {
    let bytes = std::fs::read(ledger("巴中市发改委-推进台账-GBK.csv")).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture is GBK, not UTF-8");
    let (ledger, plan, book) = import("巴中市发改委-推进台账-GBK.csv");
    assert_eq!(ledger.mapping.header_row + 1, 3);
    assert_eq!(ledger.mapping.columns[3].header, "责任单位");
    assert_eq!(
        matched(&plan).iter().map(|m| (m.0, m.1)).collect::<Vec<_>>(),
        [(5, "bz-6.1.1"), (6, "bz-6.1.3"), (7, "bz-6.1.9"), (9, "bz-6.1.10"), (11, "bz-6.1.11")],
        "rows 6 and 7 hold line breaks inside cells and still count as one row each"
    );
    assert_eq!(plan.unmatched.iter().map(|u| u.row).collect::<Vec<_>>(), [10]);
    assert_eq!(skipped(&plan), [(4, SkippedKind::Heading), (12, SkippedKind::Note)]);
    assert_eq!(problems(&plan), [(11, "E", "年底", CellProblemKind::Date)]);
    assert_eq!(entry(&book, "bz-6.1.1").deadline, date("2025-06-30"), "2025/6/30 as Excel displays it");
    assert_eq!(entry(&book, "bz-6.1.3").note, "已召开第一次联席会议，\n明确了成员单位职责");
    assert_eq!(entry(&book, "bz-6.1.9").deadline, date("2025-06-30"), "2025.06");
    assert_eq!(entry(&book, "bz-6.1.10").deadline, date("2025-12-31"));
    assert_eq!(entry(&book, "bz-6.1.9").next_steps, "加快\n数据归集");
}

#[test]
fn the_command_line_reports_what_it_could_not_read_with_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let progress = dir.path().join("progress.json");
    let file = ledger("巴中市科技局-推进台账.xlsx");
    let out = cockpit(&["import-ledger", file.to_str().unwrap(), "--progress", progress.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for expected in [
        "「推进台账」：表头在第 3 行",
        "E 列“完成时限” → 原定时限",
        "匹配 6 行",
        "第 12 行“建设全市智慧农业大数据平台”：框架中没有此编号或名称的举措",
        "1 个状态写作滞后、延期等，按“推进中”导入",
        "第 11 行 F 列“推进状态”：“滞后”",
        "第 13 行 E 列“完成时限”：“长期”不是日期",
        "第 4 行“一、组织保障”：分组标题",
        "第 15 行“填表人：",
        "已保存到",
    ] {
        assert!(stdout.contains(expected), "{expected:?} missing from:\n{stdout}");
    }
}

#[test]
fn files_that_are_not_what_their_names_say_are_read_or_explained() {
    let dir = tempfile::tempdir().unwrap();
    // A workbook renamed .csv is read as the workbook it is.
    let renamed = dir.path().join("台账.csv");
    std::fs::copy(ledger("巴中市科技局-推进台账.xlsx"), &renamed).unwrap();
    assert_eq!(ledger_import::open(&renamed).unwrap().mapping.header_row + 1, 3);
    // A tab-separated text that a web system saved as .xls.
    let tsv = dir.path().join("导出.xls");
    std::fs::write(&tsv, "序号\t重点任务\t状态\r\n1\t成立科技创新与产业创新融合领导小组\t已完成\r\n").unwrap();
    assert_eq!(ledger_import::open(&tsv).unwrap().mapping.index_of(Column::Status), Some(2));
    // A web page saved as .xls is explained, not read as garbage.
    let html = dir.path().join("网页.xls");
    std::fs::write(&html, "<html><body><table><tr><td>序号</td></tr></table></body></html>").unwrap();
    let progress = dir.path().join("progress.json");
    let out = cockpit(&["import-ledger", html.to_str().unwrap(), "--progress", progress.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("另存为” .xlsx"), "{}", text(&out.stderr));
    assert!(!progress.exists(), "nothing written");
}
