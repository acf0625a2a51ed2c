//! The diagram shows each pillar's and element's key indicator value for the region in the settings.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;

use egui_kittest::kittest::Queryable;
use policy_cockpit::app::Settings;
use policy_cockpit::domain::framework::PillarId;
use policy_cockpit::ui::figure_value;

#[test]
fn the_diagram_shows_the_regions_newest_value_and_says_which_way_it_moved() {
    let settings = Settings { region: "通江县".into(), ..Settings::default() };
    let mut h = common::harness(settings);
    h.run();
    let state = &h.state().state;
    let shown = state.key_figures.pillars.get(&PillarId::Foundation).expect("基础支撑 has a key figure").clone();
    let dataset = &state.metrics.datasets[shown.dataset];
    let panel = &dataset.loaded.panel;
    assert_eq!(panel.region_name(shown.figure.region), "通江县");
    assert_eq!(shown.figure.latest.year, 2025, "the newest year of the sample panel");
    let (_, before) = shown.figure.latest.previous.expect("the panel has 2024 too");
    let word = if shown.figure.latest.value > before { "▲ 向好" } else { "▼ 变差" };
    let entry = state.metrics.catalog.as_ref().and_then(|c| c.get(&shown.figure.catalog_id)).expect("catalog entry");
    let unit = &panel.indicator(shown.figure.indicator).unit;
    let unit = if unit.is_empty() { &entry.unit } else { unit };
    // The figure under the pillar reads "name：value unit ▲ 向好".
    let label = format!("{}：{}{unit} {word}", entry.name, figure_value(shown.figure.latest.value));
    // An element of the pillar may share the indicator, so the label can show twice.
    assert!(h.query_all_by_label(&label).next().is_some(), "“{label}” is not shown");
    h.get_by_label_contains("关键指标（通江县，2025 年）");
    h.get_by_label_contains("巴中县区指标_2019-2025_示例数据.csv（示例数据）");
}

#[test]
fn without_a_named_region_the_figures_are_those_of_the_newest_files_first_region() {
    let mut h = common::harness(Settings::default());
    h.run();
    let state = &h.state().state;
    let regions: Vec<&str> = state
        .key_figures
        .pillars
        .values()
        .chain(state.key_figures.elements.values())
        .map(|f| state.metrics.datasets[f.dataset].loaded.panel.region_name(f.figure.region))
        .collect();
    assert!(!regions.is_empty());
    let newest = state.metrics.datasets.last().expect("sample data").loaded.panel.regions()[0].clone();
    assert!(regions.iter().all(|r| *r == newest), "one region only: {regions:?}");
    h.get_by_label_contains(&format!("关键指标（{newest}"));
}

/// Within one pillar's card (the pillar and its two elements) no indicator shows twice, and a file loaded
/// later with older years does not replace the newest value of an earlier file.
#[test]
fn a_card_repeats_no_indicator_and_a_later_file_with_older_years_does_not_hide_the_newest_value() {
    use policy_cockpit::app::AppState;
    let mut state =
        AppState::new(Settings { region: "通江县".into(), ..Settings::default() }, "2026-11-25".parse().unwrap());
    for pillar in &state.framework.pillars {
        let mut ids: Vec<&str> =
            state.key_figures.pillars.get(&pillar.id).map(|f| f.figure.catalog_id.as_str()).into_iter().collect();
        ids.extend(
            pillar
                .elements
                .iter()
                .filter_map(|e| state.key_figures.elements.get(&e.id))
                .map(|f| f.figure.catalog_id.as_str()),
        );
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "{:?} repeats an indicator: {ids:?}", pillar.id);
    }
    let before = state.key_figures.pillars[&PillarId::Foundation].figure.clone();
    let dir = tempfile::tempdir().unwrap();
    let older = dir.path().join("通江县_2020.csv");
    std::fs::write(&older, "地区,年份,R&D经费投入（亿元）\n通江县,2020,9.9\n南江县,2020,8.8\n").unwrap();
    state.load_metrics_now(&older).unwrap();
    let after = &state.key_figures.pillars[&PillarId::Foundation];
    assert_eq!(state.metrics.datasets.len(), 3, "the file was loaded");
    assert_eq!((after.figure.latest.year, after.figure.latest.value), (before.latest.year, before.latest.value));
}

/// The built-in sample can be unloaded from the window: its invented figures leave the diagram.
#[test]
fn the_illustrative_sample_can_be_removed_and_its_figures_leave_the_diagram() {
    let mut h = common::harness(Settings { region: "通江县".into(), ..Settings::default() });
    h.run();
    let state = &h.state().state;
    let sample = state.metrics.datasets.iter().position(|d| d.loaded.panel.is_illustrative()).unwrap();
    assert!(state.key_figures.pillars.values().any(|f| f.dataset == sample));
    h.get_by_label_contains("已载入的数据文件").click();
    h.run();
    let buttons: Vec<_> = h.get_all_by_label("移除").collect();
    assert_eq!(buttons.len(), 2, "one button per loaded file");
    // Listed newest first: the sample panel (loaded first) is the last button.
    buttons.last().unwrap().click();
    h.run();
    let state = &h.state().state;
    assert_eq!(state.metrics.datasets.len(), 1);
    assert!(!state.metrics.datasets.iter().any(|d| d.loaded.panel.is_illustrative()));
    assert!(
        state.key_figures.pillars.values().all(|f| !state.metrics.datasets[f.dataset].loaded.panel.is_illustrative())
    );
}
