//! The illustrative progress record is a believable county work plan (written by
//! `sample-data/make_work_plan.py`): items adopted and set aside with reasons, tasks across the county's
//! units, and targets that the illustrative county panel can track.
#![allow(clippy::unwrap_used)]

use std::collections::HashSet;
use std::path::Path;

use policy_cockpit::app::{Metrics, PlanView};
use policy_cockpit::domain::progress::{Light, LightRule, Scope, Status};
use policy_cockpit::io::progress_file::ProgressStore;

const SAMPLE: &str = "sample-data/progress-示例数据.json";

fn sample() -> policy_cockpit::domain::progress::ProgressBook {
    ProgressStore::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)).unwrap()
}

/// The window's state on a copy of the sample in `dir`, for 通江县, on 2026-11-25.
fn window_on_sample(dir: &Path) -> policy_cockpit::app::AppState {
    use policy_cockpit::app::{AppState, Settings};
    let progress = dir.join("progress.json");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE), &progress).unwrap();
    let settings = Settings { progress_path: Some(progress), region: "通江县".into(), ..Settings::default() };
    AppState::new(settings, "2026-11-25".parse().unwrap())
}

#[test]
fn the_sample_adopts_about_forty_items_and_sets_aside_about_twenty_five_each_with_a_reason() {
    let fw = policy_cockpit::io::framework_file::embedded().unwrap();
    let book = sample();
    assert!(book.label.contains("示例数据"), "{}", book.label);
    let adopted = fw.items.iter().filter(|i| book.scope(&i.id) == Scope::Adopted).count();
    let aside: Vec<_> = fw.items.iter().filter(|i| book.scope(&i.id) == Scope::NotApplicable).collect();
    assert!((35..=45).contains(&adopted), "{adopted} adopted");
    assert!((20..=30).contains(&aside.len()), "{} set aside", aside.len());
    for item in aside {
        assert!(!book.get(&item.id).scope_reason.trim().is_empty(), "{} set aside without a reason", item.id);
    }
}

#[test]
fn the_sample_has_about_sixty_tasks_across_eight_units_each_under_adopted_items() {
    let book = sample();
    let tasks: Vec<_> = book.tasks().collect();
    assert!((55..=70).contains(&tasks.len()), "{} tasks", tasks.len());
    let units: HashSet<&str> = tasks.iter().map(|(_, t)| t.lead_unit.as_str()).collect();
    assert!(units.len() >= 8, "{units:?}");
    for (id, task) in &tasks {
        assert!(!task.title.is_empty() && task.deadline.is_some(), "{id}");
        assert!(!task.parents.is_empty(), "{id} serves no item");
        for parent in &task.parents {
            assert_eq!(book.scope(parent), Scope::Adopted, "{id} serves {parent}, which is not adopted");
        }
    }
    assert!(tasks.iter().any(|(_, t)| t.parents.len() > 1), "a task serving two items");
    assert!(tasks.iter().any(|(_, t)| t.status == Status::Blocked && !t.next_steps.is_empty()));
}

#[test]
fn the_sample_targets_are_tracked_from_the_illustrative_county_panel_and_move_the_lights() {
    let fw = policy_cockpit::io::framework_file::embedded().unwrap();
    let book = sample();
    let metrics = Metrics::with_samples(&fw);
    let today = "2026-11-25".parse().unwrap();
    let view = PlanView::compute(&fw, &book, (today, &LightRule::default()), &metrics, "通江县");
    let with_target: Vec<&str> = book.tasks().filter(|(_, t)| t.target.is_some()).map(|(id, _)| id).collect();
    assert!(with_target.len() >= 5, "{with_target:?}");
    let mut lights = HashSet::new();
    for id in &with_target {
        let reading = view.targets.get(*id).unwrap_or_else(|| panic!("{id}: target not found in the sample panel"));
        assert_eq!(reading.region, "通江县");
        assert!(reading.file.contains("示例数据"), "{}", reading.file);
        assert_eq!(reading.progress.current.0, 2025, "{id}: the newest year of the panel");
        lights.insert(reading.progress.light);
    }
    assert!(lights.contains(&Light::Green) && lights.contains(&Light::Yellow), "{lights:?}");
    // A task behind its straight line turns its item yellow at least, though the task's dates alone are fine.
    let behind = with_target.iter().find(|id| view.targets[**id].progress.light == Light::Yellow).unwrap();
    assert_ne!(view.standings[*behind].light, Light::Green, "{behind}");
    for parent in &book.get(behind).parents {
        assert_ne!(view.standings[parent].light, Light::Green, "{behind} under {parent}");
    }
}

/// Choosing an item with targeted tasks charts their indicators first, with each target's straight line
/// from base to target; a chart of a county panel draws the counties, not a total row.
#[test]
fn an_item_with_targeted_tasks_charts_their_indicators_with_the_target_lines() {
    use policy_cockpit::app::Command;
    let dir = tempfile::tempdir().unwrap();
    let mut state = window_on_sample(dir.path());
    state.apply(Command::SelectItem(Some("sz-3.3.2".into())));
    let charts = &state.charts.charts;
    let mut first: Vec<&str> = charts.iter().map(|c| c.indicator.id.as_str()).collect();
    first.dedup();
    assert_eq!(first[..2], ["tech-smes", "high-tech-enterprises"], "the targets' indicators come first");
    let smes = charts.iter().find(|c| c.indicator.id == "tech-smes" && !c.targets.is_empty()).unwrap();
    assert_eq!(smes.targets.len(), 1);
    assert_eq!(smes.targets[0].points, [[2024.0, 60.0], [2026.0, 100.0]]);
    assert!(smes.lines.iter().any(|l| l.chosen && l.name == "通江县"));
    // Another task selected: only its own target is drawn.
    let other = state.progress.book.tasks_of("sz-3.3.2").find(|(_, t)| t.target.is_none()).unwrap().0.to_owned();
    state.apply(Command::SelectTask(Some(other)));
    assert!(state.charts.charts.iter().all(|c| c.targets.is_empty()));
}

/// A task on schedule whose number lags its straight line turns yellow from the data, and the header's
/// figures count it so: the window's roll-ups use the same lights as its list.
#[test]
fn a_target_behind_its_line_turns_an_on_schedule_task_yellow_in_the_figures_too() {
    use policy_cockpit::domain::progress::rollup::Rollups;
    let dir = tempfile::tempdir().unwrap();
    let today = "2026-11-25".parse().unwrap();
    let state = window_on_sample(dir.path());
    let book = &state.progress.book;
    let rule = LightRule::default();
    let lagging: Vec<&str> = book
        .tasks()
        .filter(|(id, t)| rule.light(t, today) == Light::Green && state.standing(id).light == Light::Yellow)
        .map(|(id, _)| id)
        .collect();
    assert!(!lagging.is_empty(), "a task on schedule but behind its target");
    assert!(lagging.iter().all(|id| state.target_reading(id).is_some()));
    let by_schedule = Rollups::compute(&state.framework, book, today, &rule);
    assert_eq!(
        state.rollups.overall.count(Light::Yellow),
        by_schedule.overall.count(Light::Yellow) + lagging.len(),
        "the header counts the lights of the list"
    );
}
