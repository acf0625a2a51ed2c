//! The region picker above the charts: a searchable list of the loaded files' regions; choosing one
//! marks its line in the charts (and names it in reports).
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::harness;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::Settings;

#[test]
fn searching_the_region_list_and_choosing_a_county_marks_it_in_the_charts() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "地区").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "搜索地区").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "搜索地区").type_text("通江");
    h.run();
    h.get_by_label("1 / 7 个地区");
    h.get_by_role_and_label(Role::Button, "通江县").click();
    h.run();
    let state = &h.state().state;
    assert_eq!(state.settings.region, "通江县");
    let chosen: Vec<&str> =
        state.charts.charts.iter().flat_map(|c| &c.lines).filter(|l| l.chosen).map(|l| l.name.as_str()).collect();
    assert!(!chosen.is_empty() && chosen.iter().all(|n| *n == "通江县"), "{chosen:?}");
}
