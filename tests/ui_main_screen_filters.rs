//! The main screen's parts answer each other: pillar clicks filter, search finds by department,
//! and presentation mode steps with the keyboard.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::{harness, sample_plan};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::{CockpitApp, Command, Settings};
use policy_cockpit::domain::framework::{LinkBasis, PillarId};
use policy_cockpit::domain::progress::{FieldValue, Status};

fn shown_items(h: &Harness<'static, CockpitApp>) -> Vec<String> {
    let state = &h.state().state;
    state.framework.items.iter().filter(|i| state.shows(i)).map(|i| i.id.clone()).collect()
}

#[test]
fn clicking_a_pillar_filters_the_checklist_to_its_items() {
    let mut h = harness(Settings::default());
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "核心要素").click();
    h.run();
    assert_eq!(h.state().state.filters.pillar, Some(PillarId::Core));
    let fw = &h.state().state.framework;
    let expected: Vec<String> = fw.items_for_pillar(PillarId::Core).map(|i| i.id.clone()).collect();
    assert_eq!(shown_items(&h), expected);
    assert!(expected.len() < fw.items.len());
    h.get_by_label("支柱：核心要素");
}

#[test]
fn marking_an_item_done_changes_its_pillars_figure() {
    let mut h = harness(Settings::default());
    h.run();
    let items = h.state().state.rollups.pillars[&PillarId::Foundation].items;
    h.get_by_label(&format!("已完成 0/{items}"));
    let item = h.state().state.framework.items_for_pillar(PillarId::Foundation).next().unwrap().id.clone();
    h.state_mut().state.apply(Command::Edit { item, value: FieldValue::Status(Status::Done) });
    h.run();
    let r = h.state().state.rollups.pillars[&PillarId::Foundation];
    assert_eq!(r.done(), 1);
    h.get_by_label(&format!("已完成 1/{items}"));
    h.get_by_label_contains(&format!("已完成 1/{}", h.state().state.framework.items.len()));
}

#[test]
fn search_finds_an_item_by_a_departments_name() {
    let mut h = harness(Settings::default());
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.get_by_label("搜索").type_text("国资委");
    h.run();
    let shown = shown_items(&h);
    assert!(!shown.is_empty());
    let fw = &h.state().state.framework;
    for id in &shown {
        let item = fw.item(id).unwrap();
        assert!(
            item.departments.iter().any(|d| d.contains("国资委")) || item.summary.contains("国资委"),
            "{id} does not mention 国资委"
        );
    }
    assert!(shown.contains(&"bz-6.1.1".to_owned()), "the leading group names 国资委");
}

#[test]
fn presentation_mode_steps_with_the_arrow_keys_and_leaves_with_escape() {
    let mut h = harness(Settings::default());
    h.run();
    h.key_press(egui::Key::F5);
    h.run();
    assert_eq!(h.state().state.presentation, Some(0));
    h.get_by_label("科技创新与产业创新深度融合推进情况");
    h.key_press(egui::Key::ArrowRight);
    h.run();
    assert_eq!(h.state().state.presentation, Some(1));
    h.get_by_label("有为政府和有效市场是融合的基础支撑");
    for _ in 0..10 {
        h.key_press(egui::Key::ArrowRight);
        h.run();
    }
    assert_eq!(h.state().state.presentation, Some(6), "stops at the last slide");
    h.get_by_label("关键数字");
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    h.get_by_label("超期与受阻事项");
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().state.presentation, None);
    h.get_by_label("政策举措清单");
}

/// The smallest text drawn in the last frame, in points.
fn smallest_text(h: &egui_kittest::Harness<'static, policy_cockpit::app::CockpitApp>) -> f32 {
    fn walk(shape: &egui::Shape, min: &mut f32) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, min)),
            egui::Shape::Text(text) if !text.galley.text().trim().is_empty() => {
                for section in &text.galley.job.sections {
                    *min = min.min(section.format.font_id.size);
                }
            }
            _ => {}
        }
    }
    let mut min = f32::INFINITY;
    h.output().shapes.iter().for_each(|clipped| walk(&clipped.shape, &mut min));
    min
}

#[test]
fn every_slide_is_readable_from_the_back_of_the_room_and_pillar_slides_chart_their_indicators() {
    let settings = Settings { region: "通江县".into(), ..Settings::default() };
    let mut h = harness(settings);
    h.run();
    h.key_press(egui::Key::F5);
    h.run();
    let slides = policy_cockpit::ui::presentation::slides(&h.state().state, egui::vec2(1600.0, 1000.0)).len();
    for step in 0..slides {
        assert!(smallest_text(&h) >= 20.0, "slide {} has text of {} pt", step + 1, smallest_text(&h));
        if step == 1 {
            // The first pillar's slide charts its indicators for the region of the key figures.
            h.get_by_label_contains("（亿元）");
            assert!(h.query_all_by_label_contains("通江县").next().is_some(), "the chart's legend names the region");
        }
        h.key_press(egui::Key::ArrowRight);
        h.run();
    }
}

/// The header's red count is a button: it lists only the red items (an item with tasks by the worst of
/// theirs), a second click lists all again; the list can put red and yellow first; each light says why.
#[test]
fn the_header_counts_filter_the_list_by_light_and_each_light_says_why() {
    use policy_cockpit::domain::progress::{Light, plan::severity};
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(common::sample_plan(dir.path()));
    h.run();
    let red = h.state().state.rollups.overall.count(Light::Red);
    assert!(red > 0);
    h.get_by_label(&format!("■ 告警 {red}")).click();
    h.run();
    let shown = shown_items(&h);
    assert!(!shown.is_empty());
    let state = &h.state().state;
    assert!(shown.iter().all(|id| state.standing(id).light == Light::Red), "{shown:?}");
    let blocked = shown.iter().find(|id| state.progress.book.tasks_of(id).next().is_some()).unwrap();
    assert!(state.light_reason(blocked).contains("告警 1 项"), "{}", state.light_reason(blocked));

    h.get_by_label(&format!("■ 告警 {red}")).click();
    h.run();
    assert_eq!(h.state().state.filters.light, None, "a second click lists all again");

    h.get_by_label("告警、预警在前").click();
    h.run();
    assert!(h.state().state.filters.worst_first);
    // The first item listed in a section is one of its worst.
    let state = &h.state().state;
    let group: Vec<&str> =
        state.framework.items_in_group("bz-6.1").filter(|i| state.shows(i)).map(|i| i.id.as_str()).collect();
    let worst = group.iter().map(|id| severity(state.standing(id).light)).max().unwrap();
    let first = state.framework.items_in_group("bz-6.1").find(|i| severity(state.standing(&i.id).light) == worst);
    assert!(first.is_some());
    let title = &first.unwrap().title;
    let rows: Vec<f32> =
        group.iter().map(|id| h.get_by_label(&state.framework.item(id).unwrap().title).rect().top()).collect();
    let top = h.get_by_label(title).rect().top();
    assert_eq!(rows.iter().cloned().fold(f32::INFINITY, f32::min), top, "the worst item comes first");

    // A task on schedule whose number lags its target says so.
    let lagging = state.progress.book.tasks().find(|(_, t)| t.title.starts_with("国家高新技术企业")).unwrap().0;
    let why = state.light_reason(lagging);
    assert!(why.starts_with("量化目标：国家高新技术企业数 2025 年为 21"), "{why}");
}

// The problems (问题/短板) view and the editors' classification labelled where it is shown (issue 15).

#[test]
fn a_problem_filters_the_checklist_to_its_remedies_and_shows_its_words_links_and_indicators() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(sample_plan(dir.path()));
    h.run();
    h.get_by_label_contains("问题/短板（").click();
    h.run();
    assert!(h.state().state.problems_open);
    // Below the fold of the list at this size: scrolled to as a user would.
    h.get_by_label("研发投入强度不足").scroll_to_me();
    h.run();
    h.get_by_label("研发投入强度不足").click();
    h.run();
    assert_eq!(h.state().state.selected_problem.as_deref(), Some("bz-p5.1"));

    let state = &h.state().state;
    let problem = state.framework.problem("bz-p5.1").unwrap().clone();
    let remedies: Vec<&str> = problem.remedies.iter().map(|r| r.item.as_str()).collect();
    let shown: Vec<&str> = state.framework.items.iter().filter(|i| state.shows(i)).map(|i| i.id.as_str()).collect();
    assert_eq!(
        shown,
        state.framework.items.iter().map(|i| i.id.as_str()).filter(|id| remedies.contains(id)).collect::<Vec<_>>()
    );
    assert!(!shown.is_empty());

    // The detail view: the document's words, each remedy with who made the link, the indicators' values.
    h.get_by_label_contains(&problem.quote[..problem.quote.char_indices().nth(12).unwrap().0]);
    let editorial = problem.remedies.iter().filter(|r| r.basis == LinkBasis::Editorial).count();
    assert_eq!(h.query_all_by_label("[编者归类]").count(), editorial);
    h.get_by_label_contains("问题：研发投入强度不足");
    h.get_by_label_contains("衡量指标（通江县）");
    // In the list and in the detail, with the county's newest value.
    assert!(h.query_all_by_label("R&D经费投入强度：").count() >= 1);

    // A remedy opens its item; clearing the filters shows every item again.
    let first = state.framework.item(remedies[0]).unwrap().title.clone();
    h.get_all_by_label(&first).last().unwrap().click();
    h.run();
    assert_eq!(h.state().state.selected_item.as_deref(), Some(remedies[0]));
    h.state_mut().state.apply(Command::ClearFilters);
    h.run();
    let state = &h.state().state;
    assert!(state.selected_problem.is_none());
    assert_eq!(state.framework.items.iter().filter(|i| state.shows(i)).count(), state.framework.items.len());
}

#[test]
fn an_items_pillars_are_shown_as_the_editors_classification_with_how_it_was_made() {
    let mut h = harness(Settings::default());
    h.state_mut().state.apply(Command::SelectItem(Some("yz-3.1.1".into())));
    h.run();
    assert!(h.query_by_label("对应支柱与要素").is_none(), "the mapping is never shown as the documents' own");
    h.get_by_label("对应支柱与要素（编者归类）");
    let note = h.state().state.framework.classification_note.clone();
    assert!(note.contains("编者"), "{note}");
    h.get_by_label(&note);
}

#[test]
fn the_county_adds_its_own_problem_links_its_remedies_and_the_checklist_follows_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let settings = sample_plan(dir.path());
    let path = settings.progress_path.clone().unwrap();
    let mut h = harness(settings);
    h.run();
    h.get_by_label_contains("问题/短板（").click();
    h.run();
    h.get_by_label("本县问题（0）");
    h.state_mut().state.apply(Command::AddLocalProblem("研发投入强度低于全省平均".into()));
    h.run();
    let id = h.state().state.selected_problem.clone().expect("the new problem is shown");
    assert!(id.starts_with("P-"), "{id}");
    h.get_by_label("本县问题（1）");
    h.get_by_label_contains("尚未关联举措");

    // Linked to two items and one indicator, through the same edits as any field.
    for value in [
        FieldValue::Parents(vec!["bz-6.1.5".into(), "bz-6.1.7".into()]),
        FieldValue::Indicators(vec!["rd-intensity".into()]),
    ] {
        h.state_mut().state.apply(Command::Edit { item: id.clone(), value });
    }
    h.run();
    let state = &h.state().state;
    let shown: Vec<&str> = state.framework.items.iter().filter(|i| state.shows(i)).map(|i| i.id.as_str()).collect();
    assert_eq!(shown, ["bz-6.1.5", "bz-6.1.7"]);
    assert!(h.query_all_by_label("R&D经费投入强度：").count() >= 1, "its indicator with the county's value");

    // Saved in the progress file, beside the items.
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("研发投入强度低于全省平均") && saved.contains("rd-intensity"));

    // Each step undoes; undoing the creation takes the problem and its filter away.
    for _ in 0..3 {
        h.state_mut().state.apply(Command::Undo);
    }
    h.run();
    let state = &h.state().state;
    assert!(state.selected_problem.is_none() && state.filters.problem.is_none());
    assert_eq!(state.progress.book.local_problems().count(), 0);
    h.get_by_label("本县问题（0）");
}
