//! Pictures of the main screen and of presentation slides (a laptop's 1366×768 and a projector's 1920×1080), rendered on the CPU and compared with the PNGs in
//! `tests/snapshots/`. Behind the `snapshots` feature because rendering needs Vulkan or GL from Mesa:
//! `apt-get install mesa-vulkan-drivers`, then `WGPU_BACKEND=vulkan cargo test --features snapshots --test snapshots`
//! (`.ci/run` does this). `UPDATE_SNAPSHOTS=1` rewrites the pictures after an intended change; look at them first.
#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
#[path = "common/slides.rs"]
mod plan;

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::{CockpitApp, Settings};
use policy_cockpit::ui::presentation::{Slide, Type, slides};

/// The window at 1600×1000 on the illustrative progress record, on a fixed day so lights and dates never drift.
fn harness(dir: &Path, region: &str) -> Harness<'static, CockpitApp> {
    // A copy, so the progress file's lock and backups go to a temporary folder, not into sample-data/.
    let progress = dir.join("progress.json");
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/progress-示例数据.json");
    std::fs::copy(sample, &progress).unwrap();
    harness_on(progress, region, egui::vec2(1600.0, 1000.0), "2026-11-25")
}

/// The window at a size on a progress file, on a fixed day.
fn harness_on(progress: PathBuf, region: &str, size: egui::Vec2, today: &str) -> Harness<'static, CockpitApp> {
    let settings =
        Settings { progress_path: Some(progress), region: region.into(), welcomed: true, ..Settings::default() };
    window(settings, size, today)
}

/// The window at a size on these settings, on a fixed day.
fn window(settings: Settings, size: egui::Vec2, today: &str) -> Harness<'static, CockpitApp> {
    let today = today.parse().unwrap();
    // A few anti-aliased edge pixels may differ between CPUs running Mesa; a new four-character label is ~190.
    let options = egui_kittest::SnapshotOptions::new().max_failed_pixels(20);
    Harness::builder().with_size(size).with_options(options).wgpu().build_eframe(move |cc| {
        policy_cockpit::ui::fonts::install(&cc.egui_ctx);
        policy_cockpit::ui::theme::apply(&cc.egui_ctx);
        let mut app = CockpitApp::with_settings(settings);
        app.freeze_today(today);
        app
    })
}

/// Slide `slide` of the test plan (tests/common/slides.rs) on a screen of `width`×`height`, as `name`.
fn slide_picture(width: f32, height: f32, slide: impl Fn(&[Slide]) -> usize, name: &str) {
    let dir = tempfile::tempdir().unwrap();
    let size = egui::vec2(width, height);
    let mut h = harness_on(plan::write_plan(dir.path()), "通江县", size, plan::TODAY);
    h.run();
    h.key_press(egui::Key::F5);
    h.run();
    let step = slide(&slides(&h.state().state, size));
    h.state_mut().state.apply(policy_cockpit::app::Command::Present(Some(step)));
    h.run();
    // The clock at the right end of the top line changes every minute.
    let ty = Type::for_screen(size);
    let top = ty.margin + ty.title * 1.4;
    h.mask(egui::Rect::from_min_max(egui::pos2(width - ty.margin - ty.small * 3.2, 0.0), egui::pos2(width, top)));
    h.snapshot(name);
}

#[test]
fn presentation_overview_1366x768() {
    slide_picture(1366.0, 768.0, |_| 0, "presentation_overview_1366x768");
}

#[test]
fn presentation_overview_1920x1080() {
    slide_picture(1920.0, 1080.0, |_| 0, "presentation_overview_1920x1080");
}

fn first_overdue(deck: &[Slide]) -> usize {
    deck.iter().position(|s| matches!(s, Slide::Overdue { .. })).unwrap()
}

#[test]
fn presentation_overdue_1366x768() {
    slide_picture(1366.0, 768.0, first_overdue, "presentation_overdue_1366x768");
}

#[test]
fn presentation_overdue_1920x1080() {
    slide_picture(1920.0, 1080.0, first_overdue, "presentation_overdue_1920x1080");
}

/// Masks the header line that names the progress file, whose temporary folder differs from run to run.
fn mask_progress_path(h: &mut Harness<'static, CockpitApp>) {
    // To the window's right edge: the line's own width follows the random folder name's glyphs.
    let line = h.get_by_label_contains("进度文件：").rect();
    h.mask(egui::Rect::from_min_max(line.min, egui::pos2(2000.0, line.max.y)));
}

#[test]
fn main_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), "通江县");
    h.run();
    mask_progress_path(&mut h);
    h.snapshot("main_screen");
}

#[test]
fn presentation_first_pillar() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), "通江县");
    h.run();
    h.key_press(egui::Key::F5);
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    // The clock in the top-right corner changes every minute.
    h.mask(egui::Rect::from_min_max(egui::pos2(700.0, 0.0), egui::pos2(1600.0, 90.0)));
    h.snapshot("presentation_first_pillar");
}

#[test]
fn ledger_import_preview() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), "通江县");
    h.run();
    let ledger = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ledgers/巴中市科技局-推进台账.xlsx");
    common::open_ledger(&mut h, ledger);
    mask_progress_path(&mut h);
    // The dialog names the ledger by its full path, which depends on where the repository is; the band is
    // found from the line itself, as the dialog's height (and so its top) follows what the preview lists.
    let line = h.get_by_label_contains("表头在第 3 行").rect();
    h.mask(egui::Rect::from_min_max(egui::pos2(345.0, line.top() - 2.0), egui::pos2(1250.0, line.bottom() + 2.0)));
    h.snapshot("ledger_import_preview");
}

#[test]
fn evaluation_index_view() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), "通江县");
    h.run();
    h.state_mut().state.apply(policy_cockpit::app::Command::ShowEvaluation(true));
    let start = std::time::Instant::now();
    while h.state().state.evaluation.computed().is_none() {
        assert!(start.elapsed().as_secs() < 30, "the index was never computed");
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    h.run();
    mask_progress_path(&mut h);
    h.snapshot("evaluation_index_view");
}

/// An adopted item with its tasks: the checklist expanded, the detail with the tasks, and the charts of the
/// targets' indicators with their straight lines from base to target.
#[test]
fn item_with_targeted_tasks() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), "通江县");
    h.run();
    h.state_mut().state.apply(policy_cockpit::app::Command::SelectItem(Some("sz-3.3.2".into())));
    h.run();
    mask_progress_path(&mut h);
    h.snapshot("item_with_targeted_tasks");
}

/// The first-run welcome on a laptop screen: every field, its reason and both buttons in view.
#[test]
fn welcome_1366x768() {
    let dir = tempfile::tempdir().unwrap();
    let settings = Settings { progress_path: Some(dir.path().join("progress.json")), ..Settings::default() };
    let mut h = window(settings, egui::vec2(1366.0, 768.0), "2026-11-25");
    h.run();
    mask_progress_path(&mut h);
    h.snapshot("welcome_1366x768");
}

/// 帮助 on a laptop screen: the shortcuts page, and the 说明 page on the lights, tasks and the index.
#[test]
fn help_1366x768() {
    let dir = tempfile::tempdir().unwrap();
    let progress = dir.path().join("progress.json");
    let mut h = harness_on(progress, "通江县", egui::vec2(1366.0, 768.0), "2026-11-25");
    h.run();
    h.get_by_role_and_label(egui::accesskit::Role::Button, "帮助").click();
    h.run();
    // Only the part of the progress-file line left of the window shows; the window's own tabs stay in the picture.
    let line = h.get_by_label_contains("进度文件：").rect();
    let left = h.get_by_label("快捷键").rect().left() - 12.0;
    h.mask(egui::Rect::from_min_max(line.min, egui::pos2(left, line.max.y)));
    h.snapshot("help_shortcuts_1366x768");
    // Two clicks within 0.3 s make a double click, which a button does not take as a click.
    for _ in 0..30 {
        h.step();
    }
    h.get_by_label("说明").click();
    h.run();
    h.snapshot("help_notes_1366x768");
}

/// A county ledger whose own tasks match no item: each row placed under its suggested item, ready to import.
#[test]
fn ledger_import_placing_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), "通江县");
    h.run();
    let ledger = dir.path().join("通江县科技局台账.csv");
    let csv = "序号,重点任务,牵头单位,完成时限,完成状态,完成比例\r\n\
               1,建立局际联席会议制度,县发改局,2026-12-31,推进中,60%\r\n\
               2,实施“揭榜挂帅”和“赛马”机制,县科技局,2026-12-31,推进中,40%\r\n\
               3,建设县级产业科技大数据平台,县大数据中心,2027-06-30,推进中,30%\r\n\
               4,组建县级知识产权联盟,县市场监管局,2027-06-30,未开始,0\r\n\
               5,设立县级成果转化基金,县财政局,2027-03-31,推进中,20%\r\n\
               6,开展企业科技特派员服务,县科技局,2026-12-31,推进中,50%\r\n";
    std::fs::write(&ledger, csv).unwrap();
    common::open_ledger(&mut h, ledger);
    h.get_by_label("全部放在建议的举措下").click();
    h.run();
    mask_progress_path(&mut h);
    let line = h.get_by_label_contains("表头在第 1 行").rect();
    h.mask(egui::Rect::from_min_max(
        egui::pos2(line.left(), line.top() - 2.0),
        egui::pos2(1250.0, line.bottom() + 2.0),
    ));
    h.snapshot("ledger_import_placing_rows");
}

/// The 问题/短板 tab on a laptop screen, on 巴中's 研发投入强度不足: the list with each problem's remedies and
/// indicators, the checklist filtered to its remedies, and the problem's words, links and the county's figures.
#[test]
fn problem_view_1366x768() {
    let dir = tempfile::tempdir().unwrap();
    let progress = dir.path().join("progress.json");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/progress-示例数据.json"), &progress).unwrap();
    let mut h = harness_on(progress, "通江县", egui::vec2(1366.0, 768.0), "2026-11-25");
    h.state_mut().state.apply(policy_cockpit::app::Command::ShowProblems(true));
    h.state_mut().state.apply(policy_cockpit::app::Command::SelectProblem(Some("bz-p5.1".into())));
    h.run();
    mask_progress_path(&mut h);
    h.snapshot("problem_view_1366x768");
}
