//! The header fits the office laptop and the projector in both languages: at 1366×768 and 1600×1000, in Chinese
//! and English, no two texts or buttons of the header overlap and none leaves the window.
#![allow(clippy::unwrap_used)]

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{By, NodeT, Queryable};
use policy_cockpit::app::{CockpitApp, Settings};
use policy_cockpit::i18n::{Lang, strings as s};

fn harness(lang: Lang, size: egui::Vec2, progress: std::path::PathBuf) -> Harness<'static, CockpitApp> {
    let settings = Settings { lang, progress_path: Some(progress), region: "通江县".into(), ..Settings::default() };
    Harness::builder().with_size(size).build_eframe(move |cc| {
        policy_cockpit::ui::fonts::install(&cc.egui_ctx);
        policy_cockpit::ui::theme::apply(&cc.egui_ctx);
        let mut app = CockpitApp::with_settings(settings);
        app.freeze_today("2026-11-25".parse().unwrap());
        app
    })
}

#[test]
fn the_header_has_no_overlapping_or_cut_off_texts_in_either_language_at_laptop_and_projector_sizes() {
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/progress-示例数据.json");
    for lang in [Lang::Zh, Lang::En] {
        for (w, h) in [(1366.0, 768.0), (1600.0, 1000.0)] {
            let dir = tempfile::tempdir().unwrap();
            let progress = dir.path().join("progress.json");
            std::fs::copy(&sample, &progress).unwrap();
            let mut harness = harness(lang, egui::vec2(w, h), progress);
            harness.run();
            let case = format!("{lang:?} at {w}×{h}");
            // The header ends where the panels begin.
            let bottom = harness.get_by_label(s::CHECKLIST_HEADING.get(lang)).rect().top();
            let leaf = |role: Role| matches!(role, Role::Label | Role::Button | Role::CheckBox | Role::ComboBox);
            let nodes: Vec<(String, egui::Rect)> = harness
                .query_all(By::new().predicate(move |n| leaf(n.role())))
                .map(|n| {
                    let node = n.accesskit_node();
                    (node.label().or_else(|| node.value()).unwrap_or_default(), n.rect())
                })
                .filter(|(_, r)| r.bottom() <= bottom && r.area() > 0.0)
                .collect();
            assert!(nodes.len() >= 10, "{case}: only {} header nodes", nodes.len());
            for (label, rect) in &nodes {
                assert!(
                    rect.left() >= -0.5 && rect.right() <= w + 0.5,
                    "{case}: “{label}” leaves the window: {rect:?}"
                );
            }
            for (i, (a, ra)) in nodes.iter().enumerate() {
                for (b, rb) in &nodes[i + 1..] {
                    let overlap = ra.intersect(*rb);
                    let area = if overlap.is_positive() { overlap.area() } else { 0.0 };
                    assert!(area < 4.0, "{case}: “{a}” {ra:?} overlaps “{b}” {rb:?}");
                }
            }
            // Every menu of the header can be reached.
            for menu in [s::SETTINGS, s::PRESENT, s::EVAL_OPEN] {
                let node = harness.get_by_label(menu.get(lang));
                assert!(node.rect().right() <= w + 0.5, "{case}: {} is off screen", menu.get(lang));
            }
        }
    }
}
