//! CPU time of one frame of the main screen (the whole `ui` pass, no GPU), measured headless with
//! egui_kittest over a few hundred frames while selecting items, filtering and scrolling.
//! Run: `cargo bench --bench frame_time`. Issue 9's target with the national panel: p95 ≤ 4 ms.

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use policy_cockpit::app::{CockpitApp, Command, Settings};

const FRAMES: usize = 400;

fn main() {
    let progress = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/progress-示例数据.json");
    let dir = tempfile::tempdir().expect("temp dir");
    // A copy, so the bench never touches the sample file.
    let copy = dir.path().join("progress.json");
    std::fs::copy(&progress, &copy).expect("copy sample progress");
    let mut harness = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_eframe(move |cc| {
        policy_cockpit::ui::fonts::install(&cc.egui_ctx);
        policy_cockpit::ui::theme::apply(&cc.egui_ctx);
        CockpitApp::with_settings(Settings { progress_path: Some(copy), ..Settings::default() })
    });
    harness.run();
    let ids: Vec<String> = harness.state().state.framework.items.iter().map(|i| i.id.clone()).collect();
    let mut times: Vec<Duration> = Vec::with_capacity(FRAMES);
    for n in 0..FRAMES {
        // Every few frames the user does something: select, filter, scroll.
        match n % 8 {
            0 => harness.state_mut().state.apply(Command::SelectItem(Some(ids[n % ids.len()].clone()))),
            3 => harness.state_mut().state.apply(Command::Search(if n % 16 == 3 {
                "科技局".into()
            } else {
                String::new()
            })),
            5 => harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, -120.0),
                modifiers: egui::Modifiers::NONE,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
            }),
            _ => {}
        }
        let start = Instant::now();
        harness.step();
        times.push(start.elapsed());
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "frame_time (sample data, 1600×1000, {FRAMES} frames): median {:.2} ms, p95 {:.2} ms, max {:.2} ms",
        ms(times[FRAMES / 2]),
        ms(times[FRAMES * 95 / 100]),
        ms(times[FRAMES - 1])
    );
}
