//! Presentation mode on a laptop (1366×768) and a projector (1920×1080): every slide fits the screen, type grows
//! with it, Home and End go to the first and last slide, nothing pops up over a slide, and the overdue slides
//! say how late each item and task is, who leads it and what comes next.
#![allow(clippy::unwrap_used)]

#[path = "common/slides.rs"]
mod plan;

use egui::epaint::{Shape, TextShape};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::{CockpitApp, Settings};
use policy_cockpit::ui::presentation::{Slide, Type, slides};

fn harness(progress: std::path::PathBuf, size: egui::Vec2) -> Harness<'static, CockpitApp> {
    let settings = Settings { progress_path: Some(progress), region: "通江县".into(), ..Settings::default() };
    Harness::builder().with_size(size).build_eframe(move |cc| {
        policy_cockpit::ui::fonts::install(&cc.egui_ctx);
        policy_cockpit::ui::theme::apply(&cc.egui_ctx);
        let mut app = CockpitApp::with_settings(settings);
        app.freeze_today(plan::TODAY.parse().unwrap());
        app
    })
}

fn presenting(dir: &std::path::Path, size: egui::Vec2) -> Harness<'static, CockpitApp> {
    let mut h = harness(plan::write_plan(dir), size);
    h.run();
    h.key_press(egui::Key::F5);
    h.run();
    h
}

fn deck(h: &Harness<'static, CockpitApp>, size: egui::Vec2) -> Vec<Slide> {
    slides(&h.state().state, size)
}

fn go(h: &mut Harness<'static, CockpitApp>, step: usize) {
    h.state_mut().state.apply(policy_cockpit::app::Command::Present(Some(step)));
    h.run();
}

/// Every piece of text painted this frame.
fn texts(h: &Harness<'static, CockpitApp>) -> Vec<TextShape> {
    fn walk(shape: &Shape, out: &mut Vec<TextShape>) {
        match shape {
            Shape::Text(t) => out.push(t.clone()),
            Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    h.output().shapes.iter().for_each(|clipped| walk(&clipped.shape, &mut out));
    out
}

fn size_of(text: &TextShape) -> f32 {
    text.galley.job.sections.iter().map(|s| s.format.font_id.size).fold(0.0, f32::max)
}

#[test]
fn home_and_end_go_to_the_first_and_last_slide() {
    let dir = tempfile::tempdir().unwrap();
    let size = egui::vec2(1366.0, 768.0);
    let mut h = presenting(dir.path(), size);
    let last = deck(&h, size).len() - 1;
    h.key_press(egui::Key::End);
    h.run();
    assert_eq!(h.state().state.presentation, Some(last));
    h.key_press(egui::Key::Home);
    h.run();
    assert_eq!(h.state().state.presentation, Some(0));
}

#[test]
fn no_text_on_any_slide_reaches_past_the_edge_of_a_1366x768_screen_or_into_its_footer() {
    let dir = tempfile::tempdir().unwrap();
    let size = egui::vec2(1366.0, 768.0);
    let footer = Type::for_screen(size).body(size).bottom();
    let mut h = presenting(dir.path(), size);
    for step in 0..deck(&h, size).len() {
        go(&mut h, step);
        for text in texts(&h).iter().filter(|t| !t.galley.text().trim().is_empty()) {
            let rect = text.visual_bounding_rect();
            let what = format!("slide {}: “{}” at {rect:?}", step + 1, text.galley.text());
            assert!(rect.bottom() <= size.y && rect.right() <= size.x + 0.5, "{what} leaves the screen");
            assert!(rect.bottom() <= footer + 1.0 || rect.top() >= footer - 1.0, "{what} runs into the footer");
        }
    }
}

#[test]
fn the_overdue_slides_say_how_late_who_leads_and_the_next_step_in_type_3_percent_of_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let size = egui::vec2(1920.0, 1080.0);
    let mut h = presenting(dir.path(), size);
    let all = deck(&h, size);
    let first = all.iter().position(|s| matches!(s, Slide::Overdue { .. })).unwrap();
    let pages = all.iter().filter(|s| matches!(s, Slide::Overdue { .. })).count();
    assert!(pages > 1, "eight late items and their tasks take more than one slide");
    go(&mut h, first);
    // Longest overdue first, with the lead unit, the deadline and the next step.
    h.get_by_label("■ 逾期 148 天");
    h.get_by_label("牵头：县财政局　时限 2026年6月30日　下步：年底前完成基金设立方案");
    // An item late through its task lists the task under it.
    h.get_by_label("县级产业数据平台与市平台对接（T-A004）");
    for text in texts(&h).iter().filter(|t| t.galley.text().starts_with("牵头")) {
        assert!(size_of(text) >= 0.03 * size.y, "“{}” is {} pt", text.galley.text(), size_of(text));
    }
    // The blocked ones come last, on a later page.
    go(&mut h, first + pages - 1);
    assert!(h.query_all_by_label("■ 受阻").next().is_some(), "the blocked items say so");
    h.get_by_label_contains("问题：联盟发起企业不足");
}

#[test]
fn the_overview_names_the_region_labels_illustrative_figures_and_shows_no_tooltip() {
    let dir = tempfile::tempdir().unwrap();
    let size = egui::vec2(1366.0, 768.0);
    let mut h = presenting(dir.path(), size);
    h.get_by_label("通江县科技创新与产业创新深度融合推进情况");
    h.get_by_label("示例数据");
    h.get_by_label("示例数据：测试用推进情况");
    let pillar = h.state().state.framework.pillars[0].clone();
    let head = h.get_by_label(&pillar.name).rect();
    h.hover_at(head.center());
    h.run();
    h.run();
    assert!(h.query_by_label(&pillar.statement).is_none(), "a tooltip shows over the slide");
}

#[test]
fn a_pillar_slide_lists_an_items_tasks_under_it() {
    let dir = tempfile::tempdir().unwrap();
    let size = egui::vec2(1920.0, 1080.0);
    let mut h = presenting(dir.path(), size);
    let state = &h.state().state;
    let item = state.framework.item("bz-6.1.5").unwrap();
    let pillar = state.framework.pillars_of(item)[0];
    let index = state.framework.pillars.iter().position(|p| p.id == pillar).unwrap();
    go(&mut h, 1 + index);
    // The items are under this pillar by the editors' reading, and the slide says so (issue 15).
    h.get_by_label_contains("举措归入本支柱为编者归类");
    h.get_by_label("实施“揭榜挂帅”和“赛马”机制");
    h.get_by_label("2026 年新增揭榜挂帅项目 6 个（T-A001）");
    h.get_by_label("揭榜项目资金拨付（T-A003）");
}

#[test]
fn zero_blocked_and_overdue_are_not_red() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.json");
    std::fs::write(&empty, r#"{"schema_version": 3, "entries": {}}"#).unwrap();
    let mut h = harness(empty, egui::vec2(1366.0, 768.0));
    h.run();
    h.key_press(egui::Key::F5);
    h.run();
    let red = policy_cockpit::ui::theme::light_color(policy_cockpit::domain::progress::Light::Red);
    let zeros: Vec<TextShape> = texts(&h).into_iter().filter(|t| t.galley.text() == "0").collect();
    assert!(zeros.len() >= 2, "the figures row shows its zeros");
    assert!(zeros.iter().all(|t| t.galley.job.sections.iter().all(|s| s.format.color != red)), "a zero is red");
}
