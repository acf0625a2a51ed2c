//! `policy-cockpit`: with no sub-command it opens the window; sub-commands serve scripts.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::Parser;
use policy_cockpit::app::screenshot::{Outcome, ScreenshotApp};
use policy_cockpit::app::{CockpitApp, Command, Settings};
use policy_cockpit::cli::{self, Cli};
use policy_cockpit::i18n::{Lang, describe_metrics_error, strings as s};

fn main() -> ExitCode {
    let args = Cli::parse();
    let lang = args.message_lang();
    if let Some(command) = &args.command {
        return cli::run(command, lang);
    }
    let size = args.size.unwrap_or([1600.0, 1000.0]);
    let result = match &args.screenshot {
        Some(out) => {
            // The picture is in Chinese unless --lang asks otherwise (the locale only decides the messages).
            let ui_lang = if args.lang.is_some() { lang } else { Lang::Zh };
            let view =
                View { metrics: args.metrics.clone(), evaluation: args.evaluation, problem: args.problem.clone() };
            screenshot(out.clone(), args.progress.clone(), view, size, (ui_lang, lang))
        }
        None => {
            let view =
                View { metrics: args.metrics.clone(), evaluation: args.evaluation, problem: args.problem.clone() };
            open_window(args.progress.clone(), view, size)
        }
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

/// What the window or the picture opens on, from the command line.
struct View {
    /// A metrics file to load.
    metrics: Option<PathBuf>,
    /// Open on the evaluation index.
    evaluation: bool,
    /// Open on this problem (问题/短板).
    problem: Option<String>,
}

/// The app, on the evaluation view or a problem when asked (a problem its framework lacks is not chosen).
fn on_view(mut app: CockpitApp, evaluation: bool, problem: Option<String>) -> CockpitApp {
    if evaluation {
        app.state.apply(Command::ShowEvaluation(true));
    }
    if let Some(id) = problem {
        app.state.apply(Command::ShowProblems(true));
        app.state.apply(Command::SelectProblem(Some(id)));
    }
    app
}

/// Refuses a problem id the built-in framework does not have, before any window opens.
fn check_problem(problem: Option<&str>, lang: Lang) -> Result<(), String> {
    match problem {
        Some(id) if !policy_cockpit::io::framework_file::embedded().is_ok_and(|fw| fw.problem(id).is_some()) => {
            Err(s::ERR_UNKNOWN_PROBLEM.fill(lang, &[("id", &id)]))
        }
        _ => Ok(()),
    }
}

/// The window, opened on `view`.
fn open_window(
    progress: Option<PathBuf>,
    View { metrics, evaluation, problem }: View,
    size: [f32; 2],
) -> Result<(), String> {
    let lang = Lang::default();
    check_problem(problem.as_deref(), lang)?;
    eframe::run_native(
        "policy-cockpit",
        options(size),
        Box::new(move |cc| {
            let mut app = CockpitApp::new(cc, progress);
            if let Some(path) = metrics {
                // Read in the background like Ctrl+O; a bad file shows its message in the charts panel.
                app.state.apply(Command::OpenMetrics(path));
            }
            Ok(Box::new(on_view(app, evaluation, problem)))
        }),
    )
    .map_err(|e| no_display(&e, lang))
}

/// The main screen on default settings (Chinese unless `--lang en`, the given progress file or none, the sample
/// data and the given metrics file), or the evaluation index, photographed once. A metrics file that cannot be
/// read stops here, before any window opens.
fn screenshot(
    out: PathBuf,
    progress: Option<PathBuf>,
    View { metrics, evaluation, problem }: View,
    size: [f32; 2],
    (ui_lang, lang): (Lang, Lang),
) -> Result<(), String> {
    check_problem(problem.as_deref(), lang)?;
    let settings = Settings { progress_path: progress, lang: ui_lang, ..Settings::default() };
    let mut app = CockpitApp::with_settings(settings);
    if let Some(path) = metrics {
        app.state.load_metrics_now(&path).map_err(|e| describe_metrics_error(&e, lang))?;
    }
    let app = on_view(app, evaluation, problem);
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
            Ok(Box::new(ScreenshotApp::new(app, out, slot)))
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
