//! `policy-cockpit`: with no sub-command it opens the window; sub-commands serve scripts.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::Parser;
use policy_cockpit::app::screenshot::{Outcome, ScreenshotApp};
use policy_cockpit::app::{CockpitApp, Command, Settings};
use policy_cockpit::cli::{self, Cli};
use policy_cockpit::i18n::{Lang, strings as s};

fn main() -> ExitCode {
    let args = Cli::parse();
    let lang = args.message_lang();
    if let Some(command) = &args.command {
        return cli::run(command, lang);
    }
    let size = args.size.unwrap_or([1600.0, 1000.0]);
    let result = match &args.screenshot {
        Some(out) => screenshot(out.clone(), args.progress.clone(), size, lang, args.evaluation),
        None => open_window(args.progress.clone(), size, args.evaluation),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn options(size: [f32; 2]) -> eframe::NativeOptions {
    eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("政策驾驶舱 Policy Cockpit")
            .with_app_id("policy-cockpit")
            .with_inner_size(size)
            .with_min_inner_size([960.0, 600.0]),
        ..Default::default()
    }
}

fn no_display(e: &eframe::Error, lang: Lang) -> String {
    s::ERR_NO_DISPLAY.fill(lang, &[("reason", e)])
}

/// The app, on the evaluation view when asked.
fn on_view(mut app: CockpitApp, evaluation: bool) -> CockpitApp {
    if evaluation {
        app.state.apply(Command::ShowEvaluation(true));
    }
    app
}

fn open_window(progress: Option<PathBuf>, size: [f32; 2], evaluation: bool) -> Result<(), String> {
    let lang = Lang::default();
    let build = move |cc: &eframe::CreationContext<'_>| on_view(CockpitApp::new(cc, progress), evaluation);
    eframe::run_native("policy-cockpit", options(size), Box::new(move |cc| Ok(Box::new(build(cc)))))
        .map_err(|e| no_display(&e, lang))
}

/// The main screen on default settings (Chinese, the given progress file or none), photographed once.
fn screenshot(
    out: PathBuf,
    progress: Option<PathBuf>,
    size: [f32; 2],
    lang: Lang,
    evaluation: bool,
) -> Result<(), String> {
    let outcome: Outcome = Arc::new(Mutex::new(None));
    let slot = outcome.clone();
    let mut options = options(size);
    options.persist_window = false;
    eframe::run_native(
        "policy-cockpit-screenshot",
        options,
        Box::new(move |cc| {
            policy_cockpit::ui::fonts::install(&cc.egui_ctx);
            policy_cockpit::ui::theme::apply(&cc.egui_ctx);
            let settings = Settings { progress_path: progress, ..Settings::default() };
            Ok(Box::new(ScreenshotApp::new(on_view(CockpitApp::with_settings(settings), evaluation), out, slot)))
        }),
    )
    .map_err(|e| no_display(&e, lang))?;
    let result = outcome.lock().map_err(|e| e.to_string())?.take();
    match result {
        Some(Ok(())) => Ok(()),
        Some(Err(e)) => Err(s::ERR_SCREENSHOT.fill(lang, &[("reason", &e)])),
        None => Err(s::ERR_SCREENSHOT.fill(lang, &[("reason", &"the window closed before the picture was taken")])),
    }
}
