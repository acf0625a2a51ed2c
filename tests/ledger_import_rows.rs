//! Ledger rows that disagree with themselves or with the framework, as new users' files have them: a
//! status that contradicts the percent, a percent without a status, status words in a 完成情况 column,
//! an id and a title that name different items, unknown ids, titles that nearly match. Each is read by
//! the documented rule or reported, never guessed.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::framework;

#[path = "common/cli.rs"]
mod cli_common;
use cli_common::{cockpit, text};

use std::path::{Path, PathBuf};

use policy_cockpit::domain::progress::{FieldValue, ProgressBook, Status};
use policy_cockpit::io::ledger::Column;
use policy_cockpit::io::ledger_import::{self, CellProblemKind, ImportPlan, SkippedKind, Unmatched};

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Writes a UTF-8 CSV ledger into `dir`.
fn csv(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

/// Plans a ledger against an empty record.
fn plan(path: &Path) -> ImportPlan {
    ledger_import::open(path).unwrap().plan(&framework(), &ProgressBook::default()).unwrap()
}

/// The record the plan would make from an empty one.
fn imported(plan: &ImportPlan) -> ProgressBook {
    let mut book = ProgressBook::default();
    for (item, value) in plan.edits.clone() {
        book.set(&item, value, "导入", "2026-11-25T01:00:00Z".parse().unwrap());
    }
    book
}

#[test]
fn status_and_percent_of_a_row_follow_the_rule_and_a_contradiction_is_reported_not_imported() {
    let dir = tempfile::tempdir().unwrap();
    let path = csv(
        dir.path(),
        "rows.csv",
        "序号,政策举措,状态,完成比例,进展情况\r\n\
         bz-6.2.9,,完成,百分之五十,\r\n\
         bz-6.1.2,,,30%,已拟定方案\r\n\
         bz-6.1.3,,已完成,30%,已召开会议\r\n\
         bz-6.1.4,,未开始,20,\r\n\
         bz-6.1.5,,推进中,100%,待验收\r\n",
    );
    let plan = plan(&path);
    let book = imported(&plan);
    let state = |item: &str| (book.get(item).status, book.get(item).percent);
    assert_eq!(state("bz-6.2.9"), (Status::Done, 100), "完成 with an unreadable percent is done, 100 %");
    assert_eq!(state("bz-6.1.2"), (Status::InProgress, 30), "a percent without a status is 推进中");
    assert_eq!(state("bz-6.1.5"), (Status::InProgress, 100), "推进中 at 100 % is allowed");
    assert_eq!(state("bz-6.1.3"), (Status::NotStarted, 0), "a contradiction imports neither value");
    assert_eq!(book.get("bz-6.1.3").note, "已召开会议", "the row's other cells are imported");
    assert_eq!(state("bz-6.1.4"), (Status::NotStarted, 0));
    let problems: Vec<(usize, &str, &str, CellProblemKind)> =
        plan.problems.iter().map(|p| (p.row, p.letter.as_str(), p.value.as_str(), p.kind)).collect();
    assert_eq!(
        problems,
        [
            (2, "D", "百分之五十", CellProblemKind::Percent),
            (4, "C", "已完成", CellProblemKind::Contradiction { status: Status::Done, percent: 30 }),
            (5, "C", "未开始", CellProblemKind::Contradiction { status: Status::NotStarted, percent: 20 }),
        ]
    );
    // What the rule brings along counts as a change of the row.
    assert!(plan.edits.contains(&("bz-6.2.9".into(), FieldValue::Percent(100))));
    assert_eq!(plan.matched.iter().find(|m| m.item == "bz-6.1.2").unwrap().changes, 3);

    let progress = dir.path().join("progress.json");
    let out = cockpit(&["import-ledger", s(&path), "--progress", s(&progress), "--dry-run"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("第 4 行 C 列“状态”：“已完成”与完成比例 30% 相矛盾（应为 100%），状态和完成比例都未导入"),
        "{stdout}"
    );
    assert!(stdout.contains("第 5 行 C 列“状态”：“未开始”与完成比例 20% 相矛盾（应为 0%）"), "{stdout}");
}

#[test]
fn a_completion_column_of_status_words_is_the_status_and_an_exact_header_wins_over_another_name() {
    let dir = tempfile::tempdir().unwrap();
    // 完成情况 before 进展情况, holding statuses; 工作进展 competes with 进展情况 for the note.
    let path = csv(
        dir.path(),
        "both.csv",
        "序号,政策举措,完成情况,工作进展,进展情况\r\n\
         1,设立领导小组常设办公室,已完成,编制到位,已设立\r\n\
         2,建立产业创新顾问委员会,进行中,,已拟定人选名单\r\n",
    );
    let ledger = ledger_import::open(&path).unwrap();
    let targets: Vec<Option<Column>> = ledger.mapping.columns.iter().map(|c| c.target).collect();
    assert_eq!(targets, [Some(Column::Seq), Some(Column::Title), Some(Column::Status), None, Some(Column::Note)]);
    let book = imported(&ledger.plan(&framework(), &ProgressBook::default()).unwrap());
    let office = book.get("bz-6.1.2");
    assert_eq!((office.status, office.percent, office.note.as_str()), (Status::Done, 100, "已设立"));
    assert_eq!(book.get("bz-6.1.6").status, Status::InProgress);

    let out = cockpit(&["import-ledger", s(&path), "--progress", s(&dir.path().join("p.json")), "--dry-run"]);
    let stdout = text(&out.stdout);
    for expected in [
        "C 列“完成情况” → 状态（内容多为状态词）",
        "D 列“工作进展”：与 E 列重复（同为进展情况），不导入",
        "E 列“进展情况” → 进展情况",
    ] {
        assert!(stdout.contains(expected), "{expected:?} missing from:\n{stdout}");
    }
}

#[test]
fn an_id_and_a_title_that_name_different_items_are_reported_with_both_and_not_imported() {
    let dir = tempfile::tempdir().unwrap();
    let path = csv(
        dir.path(),
        "conflict.csv",
        "编号,政策举措,完成比例,进展情况\r\nbz-6.1.3,设立领导小组常设办公室,90,冲突行\r\n,设立“成果转化基金”,20,第一次\r\n",
    );
    let plan = plan(&path);
    assert_eq!(plan.matched.iter().map(|m| m.item.as_str()).collect::<Vec<_>>(), ["bz-6.2.9"]);
    assert_eq!(
        plan.unmatched.iter().map(|u| (u.row, &u.reason)).collect::<Vec<_>>(),
        [(
            2,
            &Unmatched::IdTitleConflict {
                id: "bz-6.1.3".into(),
                id_title: "建立局际联席会议制度".into(),
                title_item: "bz-6.1.2".into(),
            }
        )]
    );
    assert!(!plan.edits.iter().any(|(item, _)| item == "bz-6.1.3" || item == "bz-6.1.2"), "nothing guessed");
    let out = cockpit(&["import-ledger", s(&path), "--progress", s(&dir.path().join("p.json")), "--dry-run"]);
    let stdout = text(&out.stdout);
    let expected = "第 2 行：编号 bz-6.1.3 是“建立局际联席会议制度”，名称“设立领导小组常设办公室”却是 bz-6.1.2，两者指向不同举措，未导入";
    assert!(stdout.contains(expected), "{stdout}");
}

#[test]
fn an_unknown_id_without_a_title_is_named_as_such_and_ids_are_read_as_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path =
        csv(dir.path(), "ids.csv", "编号,政策举措,完成比例\r\n6.1.3,,30\r\nＢＺ－６．１．４,,40\r\n,,\r\n合计,,70\r\n");
    let plan = plan(&path);
    assert_eq!(plan.matched.iter().map(|m| m.item.as_str()).collect::<Vec<_>>(), ["bz-6.1.4"]);
    assert_eq!(plan.unmatched.iter().map(|u| (u.row, &u.reason)).collect::<Vec<_>>(), [(2, &Unmatched::UnknownId)]);
    assert_eq!(plan.skipped.iter().map(|s| (s.row, s.kind)).collect::<Vec<_>>(), [(5, SkippedKind::Total)]);
    let out = cockpit(&["import-ledger", s(&path), "--progress", s(&dir.path().join("p.json")), "--dry-run"]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("第 2 行：编号“6.1.3”不在框架中，也没有举措名称"), "{stdout}");
    assert!(stdout.contains("第 5 行“合计”：合计行"), "{stdout}");
    assert!(!stdout.contains("没有编号或举措名称"), "{stdout}");
}

#[test]
fn an_unmatched_row_gets_the_nearest_item_suggested_and_not_applied() {
    let dir = tempfile::tempdir().unwrap();
    let path = csv(
        dir.path(),
        "county.csv",
        "序号,重点任务,完成状态\r\n\
         1,建设县级产业科技大数据平台,进行中\r\n\
         2,建设全市智慧农业大数据平台,进行中\r\n\
         6.1.3,,推进中\r\n",
    );
    let plan = plan(&path);
    assert!(plan.matched.is_empty() && plan.edits.is_empty(), "suggestions are never applied");
    let nearest: Vec<(usize, Option<&str>)> =
        plan.unmatched.iter().map(|u| (u.row, u.nearest.as_ref().map(|n| n.id.as_str()))).collect();
    assert_eq!(nearest, [(2, Some("bz-6.1.9")), (3, None), (4, Some("bz-6.1.3"))]);

    let out = cockpit(&["import-ledger", s(&path), "--progress", s(&dir.path().join("p.json")), "--dry-run"]);
    assert_eq!(out.status.code(), Some(1), "no row matched");
    let stdout = text(&out.stdout);
    assert!(stdout.contains("（最接近：bz-6.1.9 建设市级产业科技大数据平台，未自动采用）"), "{stdout}");
    assert!(
        stdout.contains("编号“6.1.3”不在框架中，也没有举措名称（最接近：bz-6.1.3 建立局际联席会议制度"),
        "{stdout}"
    );
    let en =
        cockpit(&["--lang", "en", "import-ledger", s(&path), "--progress", s(&dir.path().join("p.json")), "--dry-run"]);
    assert!(
        text(&en.stdout)
            .contains("(closest: bz-6.1.9 Build a city-level industry and S&T big-data platform; not applied)")
    );
}
