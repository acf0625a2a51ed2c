//! Marking progress in the window: status, notes, undo/redo and the overall figure.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::harness;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::{CockpitApp, Command, Settings};
use policy_cockpit::domain::progress::{Field, FieldValue, Status};
use policy_cockpit::io::progress_file::ProgressStore;

fn select_first_item(h: &mut Harness<'static, CockpitApp>) {
    h.get_by_label("打造自主可控的技术生态供给体系").click();
    h.run();
}

#[test]
fn marking_an_item_done_updates_the_checklist_and_the_overall_figure() {
    let mut h = harness(Settings::default());
    h.run();
    select_first_item(&mut h);
    h.get_by_label("状态").click();
    h.run();
    // The open list shows every status; pick 已完成.
    h.get_all_by_label("已完成").last().unwrap().click();
    h.run();
    assert_eq!(h.state().state.entry("yz-3.1.1").status, Status::Done);
    assert_eq!(h.state().state.rollups.overall.done(), 1);
    let items = h.state().state.framework.items.len();
    assert!(h.query_by_label_contains(&format!("已完成 1/{items}")).is_some());
}

#[test]
fn marking_an_item_done_brings_100_percent_and_one_ctrl_z_takes_both_back() {
    let mut h = harness(Settings::default());
    h.run();
    select_first_item(&mut h);
    h.get_by_label("状态").click();
    h.run();
    h.get_all_by_label("已完成").last().unwrap().click();
    h.run();
    let entry = h.state().state.entry("yz-3.1.1");
    assert_eq!((entry.status, entry.percent), (Status::Done, 100));
    let fields: Vec<_> = h.state().state.progress.book.history.iter().map(|c| c.field).collect();
    assert_eq!(fields, [Field::Status, Field::Percent], "the history records both");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let entry = h.state().state.entry("yz-3.1.1");
    assert_eq!((entry.status, entry.percent), (Status::NotStarted, 0));
    assert_eq!(h.state().state.progress.can_undo(), (false, true));
}

#[test]
fn ctrl_z_undoes_and_ctrl_y_redoes_an_edit() {
    let mut h = harness(Settings::default());
    h.run();
    select_first_item(&mut h);
    h.get_by_label("状态").click();
    h.run();
    h.get_all_by_label("受阻").last().unwrap().click();
    h.run();
    assert_eq!(h.state().state.entry("yz-3.1.1").status, Status::Blocked);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().state.entry("yz-3.1.1").status, Status::NotStarted);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    h.run();
    assert_eq!(h.state().state.entry("yz-3.1.1").status, Status::Blocked);
}

#[test]
fn a_note_is_saved_once_when_the_field_is_left() {
    let mut h = harness(Settings { user_name: "王五".into(), ..Settings::default() });
    h.run();
    select_first_item(&mut h);
    // The editor is below the item's text: scroll to it as a user would.
    h.get_by_label("进展情况").scroll_to_me();
    h.run();
    h.get_by_label("进展情况").click();
    h.run();
    h.get_by_label("进展情况").type_text("已召开专题会");
    h.run();
    assert_eq!(h.state().state.entry("yz-3.1.1").note, "", "nothing is saved while typing");
    h.key_press(egui::Key::Escape);
    h.run();
    let state = &h.state().state;
    assert_eq!(state.entry("yz-3.1.1").note, "已召开专题会");
    assert_eq!(state.progress.book.history.len(), 1, "one edit, one history entry");
    assert_eq!(state.progress.book.history[0].by, "王五");
}

#[test]
fn a_snapshot_taken_from_the_menu_is_compared_with_now() {
    let mut h = harness(Settings::default());
    h.run();
    select_first_item(&mut h);
    h.get_by_label("进度").click();
    h.run();
    // The entry shows its shortcut beside the words.
    h.get_by_label_contains("保存快照…").click();
    h.run();
    h.get_by_label("保存").click();
    h.run();
    let snapshots = &h.state().state.progress.book.snapshots;
    assert_eq!(snapshots.len(), 1);
    assert!(snapshots[0].name.starts_with("推进会 "), "{}", snapshots[0].name);

    h.get_by_label("状态").click();
    h.run();
    h.get_all_by_label("推进中").last().unwrap().click();
    h.run();
    h.get_by_label("进度").click();
    h.run();
    h.get_by_label("对比快照…").click();
    h.run();
    h.get_by_label("▲ 推进");
}

/// 进度另存为… writes the whole record (history included) to the new file and goes on there; the old file
/// keeps what it had.
#[test]
fn progress_saved_as_another_file_goes_on_in_that_file() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("progress.json");
    let mut h = harness(Settings { progress_path: Some(old.clone()), ..Settings::default() });
    h.run();
    h.state_mut().state.apply(Command::Edit { item: "bz-6.1.5".into(), value: FieldValue::Percent(30) });
    let new = dir.path().join("科技局 进度.json");
    h.state_mut().state.apply(Command::SaveProgressAs(new.clone()));
    h.run();
    assert_eq!(h.state().state.settings.progress_path.as_deref(), Some(new.as_path()));
    h.state_mut().state.apply(Command::Edit { item: "bz-6.1.5".into(), value: FieldValue::Percent(60) });
    h.run();
    let saved = ProgressStore::read(&new).unwrap();
    assert_eq!(saved.get("bz-6.1.5").percent, 60);
    assert!(saved.history.len() >= 2, "the history came along");
    assert_eq!(ProgressStore::read(&old).unwrap().get("bz-6.1.5").percent, 30, "the old file is left as it was");
    h.get_by_label_contains("进度已另存为");
}
