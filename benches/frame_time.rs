//! CPU time of one frame of the main screen (the whole `ui` pass, no GPU; the thread's own CPU time,
//! so other work on the machine does not count), measured headless with egui_kittest over a few hundred frames while selecting items, pillars and elements, searching,
//! scrolling, switching regions and searching the region list: once on the sample data, once with the
//! national panel loaded (2,844 counties × 25 years × 40 indicators, or `METRICS_BENCH_FILE`).
//! Run: `cargo bench --bench frame_time`. Issue 9's target with the national panel: p95 ≤ 4 ms.

#[path = "common/national.rs"]
mod national;

use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use policy_cockpit::app::{CockpitApp, Command, Dataset, Settings};
use policy_cockpit::domain::framework::PillarId;
use policy_cockpit::io::framework_file;
use policy_cockpit::io::metrics::{self, catalog_file};

const FRAMES: usize = 400;

fn harness(dir: &std::path::Path) -> Harness<'static, CockpitApp> {
    let progress = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/progress-示例数据.json");
    // A copy, so the bench never touches the sample file.
    let copy = dir.join("progress.json");
    std::fs::copy(&progress, &copy).expect("copy sample progress");
    let mut harness = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_eframe(move |cc| {
        policy_cockpit::ui::fonts::install(&cc.egui_ctx);
        policy_cockpit::ui::theme::apply(&cc.egui_ctx);
        CockpitApp::with_settings(Settings { progress_path: Some(copy), welcomed: true, ..Settings::default() })
    });
    harness.run();
    harness
}

fn wheel(harness: &mut Harness<'static, CockpitApp>, dy: f32) {
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, dy),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
}

/// Steps `FRAMES` frames; every few frames the user does something. The time of each `step`, and of
/// applying each command (where the charts are worked out again, between frames).
fn run(harness: &mut Harness<'static, CockpitApp>) -> (Vec<Duration>, Vec<Duration>) {
    let state = &harness.state().state;
    let ids: Vec<String> = state.framework.items.iter().map(|i| i.id.clone()).collect();
    let elements: Vec<String> =
        state.framework.pillars.iter().flat_map(|p| &p.elements).map(|e| e.id.clone()).collect();
    let regions = state.charts.regions.clone();
    let mut times = Vec::with_capacity(FRAMES);
    let mut commands = Vec::new();
    for n in 0..FRAMES {
        let mut apply = |harness: &mut Harness<'static, CockpitApp>, command| {
            let start = cpu_time();
            harness.state_mut().state.apply(command);
            commands.push(cpu_time().saturating_sub(start));
        };
        match (n % 10, n) {
            // The region list: open it, search it, scroll it, choose nothing, close it.
            (_, 150) => harness.get_by_role_and_label(Role::ComboBox, "地区").click(),
            (_, 152) => harness.get_by_role_and_label(Role::TextInput, "搜索地区").click(),
            (_, 154) => harness.get_by_role_and_label(Role::TextInput, "搜索地区").type_text("1"),
            (_, 156..=176) => wheel(harness, -60.0),
            (_, 178) => harness.key_press(egui::Key::Escape),
            (0, _) => apply(harness, Command::SelectItem(Some(ids[n % ids.len()].clone()))),
            (1, _) => apply(harness, Command::SelectPillar(PillarId::ALL.get((n / 10) % 5).copied())),
            (3, _) => apply(harness, Command::Search(if n % 20 == 3 { "科技局".into() } else { String::new() })),
            (4, _) if !regions.is_empty() => {
                apply(harness, Command::SetRegion(regions[(n * 7919) % regions.len()].clone()));
            }
            (5 | 8, _) => wheel(harness, -120.0),
            (6, _) => apply(harness, Command::SelectElement(elements.get((n / 10) % 12).cloned())),
            _ => {}
        }
        let start = cpu_time();
        harness.step();
        times.push(cpu_time().saturating_sub(start));
    }
    (times, commands)
}

/// CPU time of this thread so far.
#[cfg(unix)]
fn cpu_time() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(t.tv_sec.unsigned_abs(), u32::try_from(t.tv_nsec).unwrap_or(0))
}

/// Elsewhere, wall time since the first call stands in.
#[cfg(not(unix))]
fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

fn report(what: &str, (mut times, mut commands): (Vec<Duration>, Vec<Duration>)) {
    times.sort();
    commands.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "frame_time ({what}, 1600×1000, {FRAMES} frames), CPU time: median {:.2} ms, p95 {:.2} ms, max {:.2} ms; \
         {} commands applied between frames: median {:.2} ms, max {:.2} ms",
        ms(times[FRAMES / 2]),
        ms(times[FRAMES * 95 / 100]),
        ms(times[FRAMES - 1]),
        commands.len(),
        ms(commands[commands.len() / 2]),
        ms(commands[commands.len() - 1])
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut sample = harness(dir.path());
    report("sample data", run(&mut sample));
    drop(sample);

    let path = national::file(dir.path());
    let catalog = catalog_file::embedded(&framework_file::embedded().expect("framework")).expect("catalog");
    let loaded = metrics::load(&path, &catalog).expect("national panel");
    let c = loaded.panel.counts();
    let what = format!("{} regions × {} years × {} indicators loaded", c.regions, c.years, c.indicators);
    let mut national = harness(dir.path());
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    national.state_mut().state.add_dataset(Dataset { name, loaded });
    national.run();
    report(&what, run(&mut national));
}
