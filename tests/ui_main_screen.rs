//! The window as a user sees it, driven headless with egui_kittest.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::harness;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::{CockpitApp, Settings};
use policy_cockpit::i18n::Lang;

/// The label is on screen at least once (pillar names show in the diagram and in the notes under it).
fn assert_shown(h: &Harness<'static, CockpitApp>, label: &str) {
    assert!(h.query_all_by_label(label).next().is_some(), "“{label}” is not shown");
}

#[test]
fn the_window_opens_in_chinese_with_the_four_pillars_and_the_checklist() {
    let mut h = harness(Settings::default());
    h.run();
    for name in ["基础支撑", "关键载体", "重要手段", "核心要素"] {
        assert_shown(&h, name);
    }
    for element in ["有为政府", "有效市场", "有容环境", "有力主体", "开源开放创新生态", "产学研协同", "应用场景"]
    {
        h.get_by_label(element);
    }
    h.get_by_label("政策举措清单");
    h.get_by_label("四支柱理论图");
    h.get_by_label("打造自主可控的技术生态供给体系");
}

#[test]
fn clicking_an_item_shows_its_full_text_and_citation() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_label("打造自主可控的技术生态供给体系").click();
    h.run();
    assert_eq!(h.state().state.selected_item.as_deref(), Some("yz-3.1.1"));
    h.get_by_label("袁野、邹桥 2025，三（一）一");
    let summary = h.state().state.framework.item("yz-3.1.1").unwrap().summary.clone();
    h.get_by_label(&summary);
}

#[test]
fn clicking_an_element_filters_the_checklist_to_its_items() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_label("有为政府").click();
    h.run();
    assert_eq!(h.state().state.selected_element(), Some("foundation.government"));
    // An item that strengthens only 应用场景 disappears from the list.
    let fw = &h.state().state.framework;
    let hidden = fw.items.iter().find(|i| !i.elements.iter().any(|e| e == "foundation.government")).unwrap();
    let title = hidden.title.clone();
    assert!(h.query_by_label(&title).is_none(), "{title} should be filtered out");
    h.get_by_label("清除筛选").click();
    h.run();
    assert_eq!(h.state().state.selected_element(), None);
}

#[test]
fn the_language_switch_turns_the_window_english() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_label("English").click();
    h.run();
    assert_eq!(h.state().state.settings.lang, Lang::En);
    h.get_by_label("Recommendation checklist");
    assert_shown(&h, "Foundational support");
}

#[test]
fn a_document_shows_its_citation_and_theory() {
    let mut h = harness(Settings::default());
    h.run();
    let buttons: Vec<_> = h.query_all_by_label("ⓘ 文献信息与理论要点").collect();
    assert_eq!(buttons.len(), h.state().state.framework.documents.len());
    let du_li = h.state().state.framework.documents.iter().position(|d| d.id == "du-li").unwrap();
    buttons[du_li].scroll_to_me();
    h.run();
    h.query_all_by_label("ⓘ 文献信息与理论要点").nth(du_li).unwrap().click();
    h.run();
    assert_eq!(h.state().state.selected_document.as_deref(), Some("du-li"));
    h.get_by_label("数据冶炼");
}

#[cfg(unix)]
#[test]
fn a_slow_metrics_file_shows_that_it_is_being_read_and_can_be_cancelled() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pipe = common::never_ending_file(dir.path(), "慢.csv");
    let mut h = harness(Settings::default());
    let before = h.state().state.metrics.datasets.len();
    h.state_mut().state.apply(policy_cockpit::app::Command::OpenMetrics(pipe.clone()));
    h.run_steps(3);
    assert_shown(&h, "正在读取 慢.csv…");
    h.get_by_label("取消").click();
    h.run_steps(3);
    assert!(h.state().state.metrics.loading.is_none(), "the window stops waiting at once");
    assert!(h.query_by_label("正在读取 慢.csv…").is_none());
    assert!(h.query_by_label_contains("已取消读取").is_some(), "a toast says the read was cancelled");
    // The reading thread, let go, finds the read cancelled: nothing it read reaches the window.
    common::release(&pipe, "地区,年份,R&D经费投入强度\n通江县,2024,1.1\n".as_bytes());
    for _ in 0..20 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    assert_eq!(h.state().state.metrics.datasets.len(), before);
    assert!(h.state().state.metrics.error.is_none());
}
