//! `policy-cockpit`: with no sub-command it opens the window; sub-commands serve scripts.

use std::process::ExitCode;

use clap::Parser;
use policy_cockpit::app::CockpitApp;
use policy_cockpit::cli::{self, Cli};
use policy_cockpit::i18n::strings as s;

fn main() -> ExitCode {
    let args = Cli::parse();
    let lang = args.message_lang();
    match &args.command {
        Some(command) => cli::run(command, lang),
        None => match open_window() {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{}", s::ERR_NO_DISPLAY.fill(lang, &[("reason", &e)]));
                ExitCode::FAILURE
            }
        },
    }
}

fn open_window() -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("政策驾驶舱 Policy Cockpit")
            .with_app_id("policy-cockpit")
            .with_inner_size([1600.0, 1000.0])
            .with_min_inner_size([960.0, 600.0]),
        ..Default::default()
    };
    eframe::run_native("policy-cockpit", options, Box::new(|cc| Ok(Box::new(CockpitApp::new(cc)))))
}
