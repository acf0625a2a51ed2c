//! The work plan in the window: adopting items one by one and in bulk, local tasks under an item, editing
//! and deleting them, each undone as one step.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::harness;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::{CockpitApp, Settings};
use policy_cockpit::domain::framework::Audience;
use policy_cockpit::domain::progress::{Scope, Status};

const SECTION: [&str; 3] = ["yz-3.1.1", "yz-3.1.2", "yz-3.1.3"];

fn scope_of(h: &Harness<'static, CockpitApp>, item: &str) -> Scope {
    h.state().state.entry(item).scope
}

fn undo(h: &mut Harness<'static, CockpitApp>) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
}

/// Finds bz-6.1.5 in the checklist, opens it and adds a task under it by its name.
fn add_task(h: &mut Harness<'static, CockpitApp>, title: &str) -> String {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("搜索").type_text("bz-6.1.5");
    h.run();
    h.get_by_label("实施“揭榜挂帅”和“赛马”机制").click();
    h.run();
    h.get_by_label("新任务名称").click();
    h.run();
    h.get_by_label("新任务名称").type_text(title);
    h.run();
    h.get_by_label("新增任务").click();
    h.run();
    let state = &h.state().state;
    let (id, _) = state.progress.book.tasks().find(|(_, t)| t.title == title).expect("the task was added");
    id.to_owned()
}

#[test]
fn adopting_an_item_then_setting_its_section_aside_in_bulk_is_undone_as_one_step() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_label("打造自主可控的技术生态供给体系").click();
    h.run();
    // The choice is informed: the level, whom the text addresses and the departments it names sit beside it.
    h.get_by_label_contains("国家层面 · 面向：企业、科研院所 · 原文所指部门");
    h.get_by_role_and_label(Role::RadioButton, "采纳").click();
    h.run();
    assert_eq!(scope_of(&h, "yz-3.1.1"), Scope::Adopted);
    assert!(h.query_by_label_contains("已采纳 1 项举措、0 项任务中").is_some(), "the header says what it counts");

    h.get_by_label("批量设定…").click();
    h.run();
    h.get_by_label("不适用理由（一次填写，用于全部）").click();
    h.run();
    h.get_by_label("不适用理由（一次填写，用于全部）").type_text("面向企业");
    h.run();
    h.get_by_label("本节全部 3 项设为不适用").click();
    h.run();
    for item in SECTION {
        let entry = h.state().state.entry(item);
        assert_eq!((entry.scope, entry.scope_reason.as_str()), (Scope::NotApplicable, "面向企业"), "{item}");
    }

    // The checklist filter by scope shows exactly the items set aside.
    h.get_by_label("按采纳情况").click();
    h.run();
    h.get_all_by_label("不适用").last().unwrap().click();
    h.run();
    let state = &h.state().state;
    let shown: Vec<&str> = state.framework.items.iter().filter(|i| state.shows(i)).map(|i| i.id.as_str()).collect();
    assert_eq!(shown, SECTION);

    undo(&mut h);
    assert_eq!(scope_of(&h, "yz-3.1.1"), Scope::Adopted, "one Ctrl+Z takes the whole bulk step back");
    assert_eq!((scope_of(&h, "yz-3.1.2"), scope_of(&h, "yz-3.1.3")), (Scope::Undecided, Scope::Undecided));
    assert_eq!(h.state().state.entry("yz-3.1.2").scope_reason, "");
    undo(&mut h);
    assert_eq!(scope_of(&h, "yz-3.1.1"), Scope::Undecided);
}

#[test]
fn a_task_added_under_an_item_shows_under_it_in_the_checklist_and_in_the_header() {
    let mut h = harness(Settings::default());
    h.run();
    let task = add_task(&mut h, "新增揭榜挂帅项目 6 个");
    let state = &h.state().state;
    assert_eq!(state.entry(&task).parents, ["bz-6.1.5"]);
    assert_eq!(state.entry("bz-6.1.5").scope, Scope::Adopted, "breaking an item into tasks adopts it");
    assert_eq!(state.live_selected_task(), Some(task.as_str()), "the new task opens in its editor");
    h.get_by_label("← 返回举措");
    h.get_by_label("－ 任务 1 项");
    assert!(!h.get_all_by_label("新增揭榜挂帅项目 6 个").collect::<Vec<_>>().is_empty());
    h.get_by_label_contains("已采纳 1 项举措、1 项任务中，已完成 0 项（0%）");
}

#[test]
fn editing_a_task_percent_moves_its_item_and_the_header() {
    let mut h = harness(Settings::default());
    h.run();
    let task = add_task(&mut h, "揭榜挂帅首批榜单");
    h.get_by_role_and_label(Role::Slider, "完成比例").set_value_accesskit(100.0);
    h.run();
    let state = &h.state().state;
    assert_eq!((state.entry(&task).status, state.entry(&task).percent), (Status::Done, 100));
    assert_eq!(state.standing("bz-6.1.5").percent, 100, "the item takes its percent from its task");
    assert_eq!(state.entry("bz-6.1.5").percent, 0, "the item's own record is left as it was");
    h.get_by_label_contains("已采纳 1 项举措、1 项任务中，已完成 1 项（100%）");
}

#[test]
fn deleting_a_task_takes_it_out_of_the_checklist_and_ctrl_z_brings_it_back() {
    let mut h = harness(Settings::default());
    h.run();
    let task = add_task(&mut h, "建立榜单征集机制");
    h.get_by_label("删除任务").click();
    h.run();
    let state = &h.state().state;
    assert!(state.entry(&task).removed);
    assert_eq!(state.live_selected_task(), None, "the detail shows the item again");
    assert!(h.query_by_label("－ 任务 1 项").is_none());
    h.get_by_label_contains("已采纳 1 项举措、0 项任务中");
    undo(&mut h);
    assert!(!h.state().state.entry(&task).removed);
    h.get_by_label("－ 任务 1 项");
    h.get_by_label_contains("已采纳 1 项举措、1 项任务中");
}

#[test]
fn a_firm_addressed_item_shows_firms_and_every_firm_item_is_adopted_in_one_step() {
    let mut h = harness(Settings::default());
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("搜索").type_text("bz-6.1.14");
    h.run();
    h.get_by_label("树立企业知识产权战略意识").click();
    h.run();
    // The detail names whom the text addresses (CEO/CTO: the firm itself), beside the level.
    h.get_by_label("面向");
    h.get_by_label("企业");
    h.get_by_label_contains("市县层面 · 面向：企业 · 原文所指部门：原文未指明");

    let framework = &h.state().state.framework;
    let firm_items: Vec<String> =
        framework.items.iter().filter(|i| i.addressed_to.contains(&Audience::Firms)).map(|i| i.id.clone()).collect();
    h.get_by_label("批量设定…").click();
    h.run();
    h.get_by_label(&format!("采纳面向“企业”的举措全部 {} 项", firm_items.len())).click();
    h.run();
    let state = &h.state().state;
    for item in &state.framework.items {
        let expected = if firm_items.contains(&item.id) { Scope::Adopted } else { Scope::Undecided };
        assert_eq!(state.entry(&item.id).scope, expected, "{}", item.id);
    }
    undo(&mut h);
    assert!(firm_items.iter().all(|i| scope_of(&h, i) == Scope::Undecided), "one Ctrl+Z takes the bulk step back");
}
