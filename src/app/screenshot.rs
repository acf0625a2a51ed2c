//! `policy-cockpit --screenshot OUT.png`: open the main screen once, let it settle, save a picture, close.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use super::CockpitApp;
use crate::io::png_file::{self, PngError};

/// Frames drawn before the picture is taken, so fonts and layout have settled.
const SETTLE_FRAMES: u32 = 5;

/// What the screenshot run produced, read by `main` after the window closed.
pub type Outcome = Arc<Mutex<Option<Result<(), PngError>>>>;

/// Writes a picture of the window as PNG.
pub fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), PngError> {
    let rgba: Vec<u8> = image.pixels.iter().flat_map(|p| p.to_array()).collect();
    let [w, h] = image.size.map(|n| u32::try_from(n).unwrap_or(u32::MAX));
    png_file::write_rgba(path, w, h, &rgba)
}

/// The main screen, drawn a few times, then photographed.
pub struct ScreenshotApp {
    inner: CockpitApp,
    out: PathBuf,
    frames: u32,
    outcome: Outcome,
}

impl ScreenshotApp {
    /// Wraps the app; the result arrives in `outcome`. The picture shows the main screen, never the first-run
    /// welcome (this run saves no settings, so nothing is remembered).
    pub fn new(mut inner: CockpitApp, out: PathBuf, outcome: Outcome) -> Self {
        inner.state.settings.welcomed = true;
        Self { inner, out, frames: 0, outcome }
    }
}

impl eframe::App for ScreenshotApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.inner.ui(ui, frame);
        self.frames += 1;
        let ctx = ui.ctx().clone();
        if self.frames == SETTLE_FRAMES {
            let (out, outcome, close) = (self.out.clone(), self.outcome.clone(), ctx.clone());
            ctx.request_screenshot(move |image| {
                let result = save_png(&out, &image);
                if let Ok(mut slot) = outcome.lock() {
                    *slot = Some(result);
                }
                close.send_viewport_cmd(egui::ViewportCommand::Close);
                close.request_repaint();
            });
        }
        ctx.request_repaint();
    }
}
