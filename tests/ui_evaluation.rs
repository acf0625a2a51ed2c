//! The evaluation view in the window, on the sample data: opened from the header, ranking with
//! classes and the small-sample caution, the one-click switch to equal weights, and obstacles that
//! open the checklist items addressing them.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::harness;

use egui_kittest::kittest::Queryable;
use policy_cockpit::app::Settings;
use policy_cockpit::domain::index::{WeightMethod, Weighting};

#[test]
fn the_evaluation_view_ranks_the_sample_counties_and_names_their_coordination_class() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_label("评价指数").click();
    h.run();
    assert!(h.state().state.evaluation.open);
    h.get_by_label("融合发展评价指数");
    h.get_by_label("2025 年排名");
    for county in ["巴州区", "恩阳区", "通江县", "南江县", "平昌县"] {
        assert!(h.query_all_by_label(county).next().is_some(), "{county} is not in the ranking");
    }
    let computed = h.state().state.evaluation.computed().unwrap();
    let e = &computed.evaluation;
    assert_eq!((e.regions.len(), e.method), (5, WeightMethod::Entropy));
    // Every class in the ranking is on screen by name.
    for (_, scored) in e.ranking(2025) {
        let class = policy_cockpit::i18n::names::coordination_class(scored.coupling.unwrap().class).zh;
        assert!(h.query_all_by_label(class).next().is_some(), "{class} is not shown");
    }
    assert!(h.query_all_by_label_contains("只有 5 个地区（少于 10 个）").next().is_some(), "no small-sample caution");
    assert!(h.query_all_by_label_contains("去掉任一地区重算").next().is_some(), "no leave-one-out check");
}

#[test]
fn one_click_switches_to_equal_weights_and_back_to_the_checklist() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_label("评价指数").click();
    h.run();
    h.get_by_label("改用等权").click();
    h.run();
    assert_eq!(h.state().state.evaluation.weighting, Weighting::Equal);
    assert_eq!(h.state().state.evaluation.computed().unwrap().evaluation.method, WeightMethod::Equal);
    assert!(h.query_all_by_label_contains("只有 5 个地区").next().is_none(), "equal weights need no caution");
    h.get_by_label("返回清单").click();
    h.run();
    h.get_by_label("政策举措清单");
}

#[test]
fn a_regions_obstacles_link_to_the_items_that_address_them() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_label("评价指数").click();
    h.run();
    h.query_all_by_label("恩阳区").next().unwrap().click();
    h.run();
    let state = &h.state().state;
    let e = &state.evaluation.computed().unwrap().evaluation;
    let region = e.region_id("恩阳区").unwrap();
    assert_eq!(state.evaluation.region, Some(region));
    h.get_by_label("恩阳区 2025 年主要障碍因素");
    let item = e
        .obstacles(region, 2025)
        .iter()
        .take(5)
        .find_map(|o| e.indicators[o.indicator].items.first().cloned())
        .expect("a top obstacle linked to an item");
    let title = state.framework.item(&item).unwrap().title.clone();
    h.query_all_by_label(&title).next().unwrap().scroll_to_me();
    h.run();
    h.query_all_by_label(&title).next().unwrap().click();
    h.run();
    assert_eq!(h.state().state.selected_item.as_deref(), Some(item.as_str()));
}

#[test]
fn the_view_speaks_english_when_the_window_does() {
    let mut h = harness(Settings { lang: policy_cockpit::i18n::Lang::En, ..Settings::default() });
    h.run();
    h.get_by_label("Evaluation index").click();
    h.run();
    h.get_by_label("Ranking 2025");
    h.get_by_label("Indicator weights (entropy weights)");
    assert!(h.query_all_by_label("high-quality coordination").next().is_some());
    assert!(h.query_all_by_label_contains("Caution: only 5 regions").next().is_some());
}

/// With the county's plan loaded, an obstacle indicator that a task's target is set on links to that task:
/// a click leaves the evaluation and opens the task under its item.
#[test]
fn an_obstacle_links_to_the_tasks_whose_targets_address_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(common::sample_plan(dir.path()));
    h.run();
    h.get_by_label("评价指数").click();
    h.run();
    h.query_all_by_label("通江县").next().unwrap().click();
    h.run();
    let state = &h.state().state;
    let e = &state.evaluation.computed().unwrap().evaluation;
    let region = e.region_id("通江县").unwrap();
    let catalog = state.metrics.catalog.as_ref().unwrap();
    // The first of the top obstacles that some task's target is set on, and that task.
    let (task, title) = e
        .obstacles(region, 2025)
        .iter()
        .take(5)
        .filter_map(|o| e.indicators[o.indicator].catalog.clone())
        .find_map(|id| {
            state.progress.book.tasks().find(|(_, t)| {
                t.target.as_ref().and_then(|target| target.indicator_in(catalog)).is_some_and(|i| i.id == id)
            })
        })
        .map(|(id, t)| (id.to_owned(), t.title.clone()))
        .expect("a top obstacle of 通江县 with a targeted task in the sample plan");
    let label = format!("{title}（{task}");
    h.get_by_label_contains(&label).scroll_to_me();
    h.run();
    h.get_by_label_contains(&label).click();
    h.run();
    let state = &h.state().state;
    assert_eq!(state.selected_task.as_deref(), Some(task.as_str()));
    assert!(!state.evaluation.open, "back to the checklist");
    assert_eq!(state.selected_item.as_deref(), state.progress.book.get(&task).parents.first().map(String::as_str));
}
