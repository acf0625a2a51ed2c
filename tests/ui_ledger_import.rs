//! Importing an office's ledger in the window: the preview dialog, correcting a column, confirming,
//! undoing, unmatched rows listed, and a read-only window that refuses.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::{harness, open_ledger};

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use policy_cockpit::app::{Command, Settings};
use policy_cockpit::domain::progress::Status;
use policy_cockpit::io::ledger::Column;
use policy_cockpit::io::progress_file::ProgressStore;

/// A department's ledger as a CSV: a title row, the header, a row matched by id, one by title, and one
/// that matches nothing. The 备注 column holds progress notes but is not recognised by its name.
fn write_ledger(dir: &Path) -> PathBuf {
    let path = dir.join("科技局台账.csv");
    let csv = "巴中市科技创新与产业创新深度融合重点任务推进台账,,,\r\n\
               编号,重点任务,推进状态,备注\r\n\
               bz-6.1.5,揭榜挂帅,推进中,已发布首批榜单\r\n\
               ,打造自主可控的技术生态供给体系,已完成,已验收\r\n\
               ,建设全市智慧农业大数据平台,推进中,\r\n";
    std::fs::write(&path, csv).unwrap();
    path
}

#[test]
fn a_corrected_column_is_imported_as_one_undoable_change_and_unmatched_rows_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Settings::default());
    h.run();
    open_ledger(&mut h, write_ledger(dir.path()));

    assert!(h.state().state.ledger.preview.is_some(), "{:?}", h.state().state.ledger.error);
    h.get_by_label_contains("表头在第 2 行");
    h.get_by_label_contains("匹配 2 行（按编号 1，按名称 1，按规范化名称 0）");
    h.get_by_role_and_label(Role::CheckBox, "第 5 行“建设全市智慧农业大数据平台” → 作为任务放在");

    // 备注 is not recognised; the user says it holds the progress notes.
    h.get_by_label("备注").click();
    h.run();
    // The list is longer than the space below the box: scroll to the choice as a user would.
    h.get_all_by_label("进展情况").last().unwrap().scroll_to_me();
    h.run();
    h.get_all_by_label("进展情况").last().unwrap().click();
    h.run();
    let mapping = &h.state().state.ledger.preview.as_ref().unwrap().ledger.mapping;
    assert_eq!(mapping.index_of(Column::Note), Some(3));
    // 已完成 brings 100 % along: one change more than the cells.
    h.get_by_label_contains("导入后将更新 2 项举措，共 5 处修改");

    h.get_by_label("导入").click();
    h.run();
    let state = &h.state().state;
    assert!(state.ledger.preview.is_none(), "the dialog closes");
    assert_eq!(state.entry("bz-6.1.5").note, "已发布首批榜单");
    assert_eq!(state.entry("bz-6.1.5").status, Status::InProgress);
    assert_eq!((state.entry("yz-3.1.1").status, state.entry("yz-3.1.1").percent), (Status::Done, 100));
    // Five values, and the two items the ledger keeps rows for become adopted in the plan.
    assert_eq!(state.progress.book.history.len(), 7, "every change is in the history");
    assert_eq!(state.progress.book.scope("bz-6.1.5"), policy_cockpit::domain::progress::Scope::Adopted);
    h.get_by_label_contains("已从 科技局台账.csv 导入台账：2 项举措更新，共 5 处修改");

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let state = &h.state().state;
    assert_eq!(state.entry("bz-6.1.5").note, "", "one Ctrl+Z reverts the whole import");
    assert_eq!(state.entry("bz-6.1.5").status, Status::NotStarted);
    assert_eq!((state.entry("yz-3.1.1").status, state.entry("yz-3.1.1").percent), (Status::NotStarted, 0));
}

#[test]
fn cancelling_the_preview_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(Settings::default());
    h.run();
    open_ledger(&mut h, write_ledger(dir.path()));
    h.get_by_label("取消").click();
    h.run();
    let state = &h.state().state;
    assert!(state.ledger.preview.is_none());
    assert!(state.progress.book.history.is_empty());
}

#[test]
fn a_file_that_is_not_a_ledger_is_explained_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("通讯录.csv");
    std::fs::write(&path, "姓名,电话\r\n张三,123\r\n").unwrap();
    let mut h = harness(Settings::default());
    h.run();
    open_ledger(&mut h, path);
    h.get_by_label("无法导入台账");
    h.get_by_label_contains("前 10 行中找不到表头");
    h.get_by_label("关闭").click();
    h.run();
    assert!(h.state().state.ledger.error.is_none());
    assert!(h.state().state.progress.book.history.is_empty());
}

#[test]
fn a_read_only_window_previews_but_refuses_to_import() {
    let dir = tempfile::tempdir().unwrap();
    let progress = dir.path().join("progress.json");
    // Another window holds the progress file.
    let (_other, _) = ProgressStore::open(&progress).unwrap();
    let mut h = harness(Settings { progress_path: Some(progress.clone()), ..Settings::default() });
    h.run();
    open_ledger(&mut h, write_ledger(dir.path()));
    h.get_by_label_contains("台账未导入，进度未作任何修改");
    assert!(h.get_by_label("导入").accesskit_node().is_disabled(), "the import button is disabled");

    h.state_mut().state.apply(Command::ApplyLedger);
    h.run();
    let state = &h.state().state;
    assert!(state.ledger.preview.is_some(), "the preview stays open");
    assert!(state.notice.as_deref().is_some_and(|n| n.contains("只读")), "{:?}", state.notice);
    assert_eq!(state.entry("bz-6.1.5").status, Status::NotStarted);
    assert!(!progress.exists() || ProgressStore::read(&progress).unwrap().history.is_empty());
}

#[test]
fn the_preview_suggests_the_nearest_item_for_an_unmatched_row_and_lists_contradictions_without_applying_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("通江县台账.csv");
    let csv = "序号,重点任务,完成状态,完成比例\r\n\
               1,建设县级产业科技大数据平台,进行中,30%\r\n\
               2,建立局际联席会议制度,已完成,30%\r\n\
               3,设立领导小组常设办公室,完成,\r\n";
    std::fs::write(&path, csv).unwrap();
    let mut h = harness(Settings::default());
    h.run();
    open_ledger(&mut h, path);
    let combo = h.get_by_role_and_label(Role::ComboBox, "第 2 行“建设县级产业科技大数据平台” → 作为任务放在");
    assert_eq!(
        combo.accesskit_node().value().as_deref(),
        Some("bz-6.1.9 建设市级产业科技大数据平台"),
        "the nearest item is offered"
    );
    h.get_by_label_contains("第 3 行 C 列“完成状态”：“已完成”与完成比例 30% 相矛盾");
    h.get_by_label("导入").click();
    h.run();
    let state = &h.state().state;
    assert_eq!(state.entry("bz-6.1.9").status, Status::NotStarted, "a suggestion is never applied");
    assert_eq!(state.entry("bz-6.1.3").status, Status::NotStarted, "a contradiction is not imported");
    assert_eq!((state.entry("bz-6.1.2").status, state.entry("bz-6.1.2").percent), (Status::Done, 100));
}

/// A row that matches no item becomes a task only once the user ticks it; the nearest item is offered, and
/// another can be picked. The import adopts that item, and one Ctrl+Z takes the task away again.
#[test]
fn an_unmatched_row_is_placed_as_a_task_under_the_item_the_user_picks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("通江县台账.csv");
    let csv = "序号,重点任务,完成状态,完成比例\r\n\
               1,建设县级产业科技大数据平台,进行中,30%\r\n\
               2,建立局际联席会议制度,推进中,30%\r\n\
               3,设立领导小组常设办公室,完成,\r\n";
    std::fs::write(&path, csv).unwrap();
    let mut h = harness(Settings::default());
    h.run();
    open_ledger(&mut h, path);
    h.get_by_label_contains("未对应到举措的 1 行，可作为本地任务导入（已选 0 行）");
    let placeable = &h.state().state.ledger.preview.as_ref().unwrap().placeable;
    let nearest = placeable[0].nearest.clone().expect("a suggestion").id;
    h.get_by_label_contains("匹配 2 行");

    let row = "第 2 行“建设县级产业科技大数据平台” → 作为任务放在";
    h.get_by_role_and_label(Role::CheckBox, row).click();
    h.run();
    h.get_by_label_contains("已选 1 行");
    h.get_by_label_contains("匹配 3 行");
    assert_eq!(h.state().state.ledger.preview.as_ref().unwrap().placements.get(&2), Some(&nearest));

    // The suggestion is wrong: put the row under 揭榜挂帅 instead.
    h.get_by_role_and_label(Role::ComboBox, row).click();
    h.run();
    let option = h.get_by_label("bz-6.1.5 实施“揭榜挂帅”和“赛马”机制");
    option.scroll_to_me();
    h.run();
    h.get_by_label("bz-6.1.5 实施“揭榜挂帅”和“赛马”机制").click();
    h.run();
    h.get_by_label("导入").click();
    h.run();
    let book = &h.state().state.progress.book;
    let tasks: Vec<_> = book.tasks_of("bz-6.1.5").map(|(_, t)| t.title.clone()).collect();
    assert_eq!(tasks, ["建设县级产业科技大数据平台"]);
    assert_eq!(book.tasks_of(&nearest).count(), 0, "nothing under the suggestion");
    assert_eq!(book.scope("bz-6.1.5"), policy_cockpit::domain::progress::Scope::Adopted);

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().state.progress.book.tasks().count(), 0, "one Ctrl+Z takes the placed task away");
}

#[cfg(unix)]
#[test]
fn a_ledger_that_takes_long_to_read_can_be_cancelled_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = common::never_ending_file(dir.path(), "科技局台账.csv");
    let mut h = harness(Settings::default());
    h.run();
    h.state_mut().state.apply(Command::OpenLedger(pipe.clone()));
    h.run_steps(3);
    h.get_by_label_contains("正在读取台账");
    h.get_by_label("取消").click();
    h.run_steps(3);
    assert!(h.state().state.ledger.loading.is_none(), "the window stops waiting at once");
    assert!(h.query_by_label_contains("正在读取台账").is_none());
    common::release(&pipe, "事项,进度\n打造自主可控的技术生态供给体系,50%\n".as_bytes());
    for _ in 0..20 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    let state = &h.state().state;
    assert!(state.ledger.preview.is_none() && state.ledger.error.is_none(), "what the thread read is dropped");
    assert!(state.progress.book.history.is_empty());
}
