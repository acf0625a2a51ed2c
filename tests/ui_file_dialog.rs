//! Choosing files where the system has no file dialog (no XDG portal, no zenity): exports and opens go through the
//! built-in dialog end to end, replacing a file is asked first, dropped files are sorted by their contents, and
//! Ctrl+S says that progress is saved automatically.
#![allow(clippy::unwrap_used)]

#[path = "common/ui.rs"]
mod common;
use common::harness;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::{CockpitApp, DialogKind, Settings};
use policy_cockpit::i18n::Lang;
use policy_cockpit::io::export::ExportFormat;

const METRICS: &str = "巴中县区指标_2019-2025_示例数据.csv";
const PROGRESS: &str = "progress-示例数据.json";

fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data").join(name)
}

/// The window with the built-in dialog forced, progress saved in `dir`, and `dir` as the latest folder used (so
/// the dialog starts there).
fn window(dir: &Path) -> Harness<'static, CockpitApp> {
    let settings = Settings {
        progress_path: Some(dir.join("progress.json")),
        recent_folders: vec![dir.to_owned()],
        ..Settings::default()
    };
    let mut h = harness(settings);
    h.state_mut().state.files.set_kind(DialogKind::BuiltIn);
    h.run();
    h
}

/// Steps the window until `done` holds (background reads and sorting happen on worker threads).
fn wait_for(h: &mut Harness<'static, CockpitApp>, what: &str, done: impl Fn(&CockpitApp) -> bool) {
    let start = Instant::now();
    while !done(h.state()) {
        assert!(start.elapsed() < Duration::from_secs(60), "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    h.run();
}

fn export_through_the_dialog(h: &mut Harness<'static, CockpitApp>, entry: &str) {
    h.get_by_label("导出").click();
    h.run();
    h.get_by_label(entry).click();
    h.run();
}

#[test]
fn the_pdf_report_is_exported_through_the_built_in_dialog_and_replacing_it_is_asked_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(dir.path());
    export_through_the_dialog(&mut h, "推进情况报告（PDF，A4）…");
    h.get_by_label("导出：推进情况报告（PDF，A4）");
    h.get_by_label("确定").click();
    h.run();

    let name = ExportFormat::Report.default_file_name(h.state().state.today, Lang::Zh);
    let path = dir.path().join(&name);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "a PDF was written to {}", path.display());
    h.get_by_label_contains(&format!("已导出 PDF 报告：{}", path.display()));
    assert!(h.state().state.files.built_in.is_none(), "the dialog closed");

    // Again: the file is there now, so the dialog asks before replacing it.
    std::fs::write(&path, b"old").unwrap();
    export_through_the_dialog(&mut h, "推进情况报告（PDF，A4）…");
    h.get_by_label("确定").click();
    h.run();
    h.get_by_label_contains(&format!("“{name}”已存在。要替换它吗？"));
    assert_eq!(std::fs::read(&path).unwrap(), b"old", "nothing is replaced before the answer");
    h.get_by_label("替换").click();
    h.run();
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
}

#[test]
fn the_report_of_red_and_yellow_items_and_the_users_unit_is_a_choice_of_the_export_menu() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(sample(PROGRESS), dir.path().join("progress.json")).unwrap();
    let settings = Settings {
        progress_path: Some(dir.path().join("progress.json")),
        recent_folders: vec![dir.path().to_owned()],
        user_unit: "县财政局".into(),
        ..Settings::default()
    };
    let mut h = harness(settings);
    h.state_mut().state.files.set_kind(DialogKind::BuiltIn);
    h.run();
    export_through_the_dialog(&mut h, "推进情况报告（只列红黄及本单位）…");
    h.get_by_label("确定").click();
    h.run();

    let today = h.state().state.today;
    let path = dir.path().join(format!("政策落实重点事项报告-{today}.pdf"));
    assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"), "a PDF at {}", path.display());
    let text = Command::new("pdftotext").arg(&path).arg("-").output().unwrap().stdout;
    let text: String = String::from_utf8(text).unwrap().split_whitespace().collect();
    assert!(text.contains("及县财政局牵头或参与的事项"), "the unit set in Settings: {text}");
}

#[test]
fn the_excel_ledger_is_exported_under_a_typed_name_and_gets_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(dir.path());
    export_through_the_dialog(&mut h, "台账（Excel）…");
    h.get_by_label("文件名").click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run();
    h.get_by_label("文件名").type_text("科技局台账");
    h.run();
    h.get_by_label("确定").click();
    h.run();

    let path = dir.path().join("科技局台账.xlsx");
    assert!(std::fs::read(&path).unwrap().starts_with(b"PK"), "an XLSX workbook at {}", path.display());
    h.get_by_label_contains(&format!("已导出 Excel 台账：{}", path.display()));
}

#[test]
fn ctrl_o_opens_a_metrics_file_chosen_in_the_built_in_dialog() {
    let dir = tempfile::tempdir().unwrap();
    // Under another name than the sample the window has loaded already, so the list shows it once.
    std::fs::copy(sample(METRICS), dir.path().join("县区指标_示例数据.csv")).unwrap();
    std::fs::write(dir.path().join("说明.txt"), "not data").unwrap();
    std::fs::create_dir(dir.path().join("子文件夹")).unwrap();
    let mut h = window(dir.path());
    let before = h.state().state.metrics.datasets.len();

    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label("打开指标数据");
    h.get_by_label("子文件夹/");
    assert!(h.query_by_label("progress.json").is_none(), "only the chosen type is listed");
    h.get_by_label("县区指标_示例数据.csv").click();
    h.run();
    h.get_by_label("确定").click();
    h.run();

    wait_for(&mut h, "the metrics file", |app| app.state.metrics.loading.is_none());
    let metrics = &h.state().state.metrics;
    assert_eq!(metrics.datasets.len(), before + 1, "{:?}", metrics.error);
    let recent = &h.state().state.settings.recent_folders;
    assert_eq!(recent.first().map(PathBuf::as_path), Some(dir.path()), "the folder is remembered");
}

#[test]
fn a_ledger_is_chosen_with_the_keyboard_and_previewed() {
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("科技局台账.csv");
    std::fs::write(&ledger, "编号,重点任务,推进状态,完成比例\r\nbz-6.1.5,揭榜挂帅,推进中,40\r\n").unwrap();
    let mut h = window(dir.path());

    h.get_by_label("进度").click();
    h.run();
    h.get_by_label("导入台账…").click();
    h.run();
    h.get_by_label("导入台账");
    h.key_press(Key::ArrowDown);
    h.run();
    h.key_press(Key::Enter);
    h.run();

    wait_for(&mut h, "the ledger", |app| app.state.ledger.loading.is_none());
    let preview = h.state().state.ledger.preview.as_ref();
    assert_eq!(preview.map(|p| p.ledger.path.clone()), Some(ledger), "{:?}", h.state().state.ledger.error);
}

#[test]
fn escape_closes_the_built_in_dialog_without_choosing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label("打开指标数据");
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().state.files.is_open());
    assert!(h.query_by_label("打开指标数据").is_none());
}

/// A file dropped on the window, as winit hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'static, CockpitApp>, path: PathBuf) {
    h.input_mut().dropped_files.push(Arc::new(Dropped(path)));
    h.step();
}

#[test]
fn a_dropped_metrics_file_is_loaded_and_a_dropped_progress_file_opened() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(dir.path());
    let before = h.state().state.metrics.datasets.len();

    drop_file(&mut h, sample(METRICS));
    wait_for(&mut h, "the dropped metrics file", |app| {
        app.state.metrics.loading.is_none() && app.state.metrics.datasets.len() > before
    });

    let progress = dir.path().join(PROGRESS);
    std::fs::copy(sample(PROGRESS), &progress).unwrap();
    drop_file(&mut h, progress.clone());
    wait_for(&mut h, "the dropped progress file", |app| app.state.progress.path.as_ref() == Some(&progress));
    assert_eq!(h.state().state.settings.progress_path.as_ref(), Some(&progress));
    assert!(!h.state().state.progress.book.entries.is_empty());

    drop_file(&mut h, PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"));
    wait_for(&mut h, "the unknown file's message", |app| app.state.toasts.shown().next().is_some());
    h.get_by_label_contains("未打开 Cargo.toml");
}

#[test]
fn ctrl_s_says_progress_is_saved_automatically_and_ctrl_shift_s_takes_a_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(dir.path());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let path = dir.path().join("progress.json");
    h.get_by_label_contains(&format!("已自动保存：每次修改后都会保存到 {}", path.display()));
    assert!(h.query_by_label("保存快照").is_none(), "Ctrl+S no longer opens the snapshot dialog");

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    h.get_by_label("保存快照");
    h.get_by_label("保存").click();
    h.run();
    assert_eq!(h.state().state.progress.book.snapshots.len(), 1);
    h.get_by_label_contains("已保存快照“");
}
