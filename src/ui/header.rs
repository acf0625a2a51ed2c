//! The header: title, overall progress, menus, the language switch, and banners for lasting problems.

use egui::RichText;

use super::{dialogs, theme};
use crate::app::{AppState, Command, FileProblem, FrameworkOrigin, Purpose};
use crate::domain::progress::Light;
use crate::i18n::{Lang, describe_load_error, describe_progress_error, help, names, strings as s};
use crate::io::export::ExportFormat;

/// Draws the header: the title and the menus on the first line (the menus first, so the title gives way on a
/// narrow screen and nothing overlaps), then the region, the day and the figures, whose counts filter the list.
pub fn show(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    ui.add_space(theme::GAP * 0.5);
    egui::containers::Sides::new().shrink_left().show(
        ui,
        |ui| {
            ui.add(
                egui::Label::new(RichText::new(s::APP_TITLE.get(lang)).size(theme::TITLE).strong().color(theme::GOAL))
                    .truncate(),
            );
            ui.add(egui::Label::new(RichText::new(s::APP_SUBTITLE.get(lang)).weak()).truncate());
        },
        |ui| {
            language_switch(ui, lang, commands);
            help_button(ui, lang);
            settings_button(ui, lang);
            progress_menu(ui, state, commands);
            export_menu(ui, state, commands);
            if ui.button(s::PRESENT.get(lang)).clicked() {
                commands.push(Command::Present(Some(0)));
            }
            let open = state.evaluation.open;
            if ui.selectable_label(open, s::EVAL_OPEN.get(lang)).on_hover_text(s::EVAL_OPEN_HINT.get(lang)).clicked() {
                commands.push(Command::ShowEvaluation(!open));
            }
        },
    );
    ui.horizontal_wrapped(|ui| {
        let region = match state.settings.region.trim() {
            "" => String::new(),
            region => format!("{region} · "),
        };
        let as_of = s::AS_OF.fill(lang, &[("date", &super::long_date(state.today, lang))]);
        ui.label(RichText::new(format!("{region}{as_of}")).strong());
        overall(ui, state, commands);
    });
    let origin = ui.label(RichText::new(origin_line(state)).small().weak());
    if let Some(path) = &state.progress.path {
        origin.on_hover_text(path.display().to_string());
    }
    // Illustrative progress says so wherever it is shown (its own line, so it never hides the menus).
    let label = &state.progress.book.label;
    if !label.is_empty() {
        ui.label(RichText::new(label).small().strong().color(theme::palette(ui.ctx()).sample_text));
    }
    framework_banner(ui, state, commands);
    if let Some(notice) = &state.notice {
        ui.horizontal(|ui| {
            ui.label(RichText::new(notice).strong());
            if ui.small_button(s::DISMISS.get(lang)).clicked() {
                commands.push(Command::DismissNotice);
            }
        });
    }
    progress_banner(ui, state, commands);
    ui.add_space(theme::GAP * 0.5);
}

/// What is done, then the red, yellow and overdue counts as buttons that show just those items in the list.
fn overall(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let r = &state.rollups.overall;
    let share = format!("{:.0}", r.share_done() * 100.0);
    let rollups = &state.rollups;
    // Once the county has adopted items, the figure says it counts them and their tasks, not the documents.
    let (template, items) =
        if rollups.plan_started { (s::OVERALL_PLAN, rollups.counted_items) } else { (s::OVERALL, r.items) };
    let text = template
        .fill(lang, &[("done", &r.done()), ("items", &items), ("tasks", &rollups.counted_tasks), ("share", &share)]);
    ui.label(RichText::new(text).strong());
    let filters = &state.filters;
    for light in [Light::Red, Light::Yellow] {
        let count = r.count(light);
        let word = format!("{} {count}", names::light_short(light).get(lang));
        let color = if count > 0 { theme::light_color(light) } else { theme::palette(ui.ctx()).text };
        let on = filters.light == Some(light);
        let button = ui.selectable_label(on, RichText::new(word).strong().color(color));
        if button.on_hover_text(s::HEADER_COUNT_HINT.get(lang)).clicked() {
            commands.push(Command::FilterLight(if on { None } else { Some(light) }));
        }
    }
    let overdue = s::HEADER_OVERDUE.fill(lang, &[("count", &r.overdue)]);
    let color = if r.overdue > 0 { theme::light_color(Light::Red) } else { theme::palette(ui.ctx()).text };
    let on = filters.overdue_only;
    let button = ui.selectable_label(on, RichText::new(overdue).strong().color(color));
    if button.on_hover_text(s::HEADER_COUNT_HINT.get(lang)).clicked() {
        commands.push(Command::FilterOverdue(!on));
    }
}

fn origin_line(state: &AppState) -> String {
    let lang = state.settings.lang;
    let c = state.framework.counts();
    let origin = match &state.origin {
        FrameworkOrigin::BuiltIn => s::FRAMEWORK_BUILT_IN.get(lang).to_owned(),
        FrameworkOrigin::File(path) => path.display().to_string(),
    };
    let counts = s::FRAMEWORK_COUNTS.fill(
        lang,
        &[("documents", &c.documents), ("pillars", &c.pillars), ("elements", &c.elements), ("items", &c.items)],
    );
    let progress = match &state.progress.path {
        // The default file lives in a hidden data folder: named plainly, the full path on hover and in 进度.
        Some(path) if crate::app::default_progress_file().as_deref() == Some(path.as_path()) => {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            s::PROGRESS_FILE_DEFAULT.fill(lang, &[("name", &name)])
        }
        Some(path) => s::PROGRESS_FILE.fill(lang, &[("path", &path.display())]),
        None => s::PROGRESS_IN_MEMORY.get(lang).to_owned(),
    };
    format!("{origin} · {counts} · {progress}")
}

fn language_switch(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    for option in Lang::ALL.into_iter().rev() {
        if ui.selectable_label(lang == option, option.native_name()).clicked() && lang != option {
            commands.push(Command::SetLang(option));
        }
    }
    ui.label(RichText::new(s::LANGUAGE.get(lang)).weak());
}

fn settings_button(ui: &mut egui::Ui, lang: Lang) {
    if ui.button(s::SETTINGS.get(lang)).clicked() {
        super::settings_window::open(ui.ctx());
    }
}

fn help_button(ui: &mut egui::Ui, lang: Lang) {
    if ui.button(help::HELP.get(lang)).clicked() {
        super::help::open(ui.ctx(), super::help::Page::default());
    }
}

fn export_menu(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    ui.menu_button(s::MENU_EXPORT.get(lang), |ui| {
        for (format, label) in [
            (ExportFormat::Report, s::EXPORT_REPORT),
            (ExportFormat::Slides, s::EXPORT_SLIDES),
            (ExportFormat::Xlsx, s::EXPORT_XLSX),
            (ExportFormat::Csv, s::EXPORT_CSV),
        ] {
            if ui.button(label.get(lang)).clicked() {
                ui.close();
                commands.push(Command::ChooseFile(Purpose::Export(format)));
            }
            if format == ExportFormat::Report {
                let attention = ui.button(s::EXPORT_REPORT_ATTENTION.get(lang));
                if attention.on_hover_text(s::EXPORT_REPORT_ATTENTION_HINT.get(lang)).clicked() {
                    ui.close();
                    commands.push(Command::ChooseFile(Purpose::ExportAttention));
                }
            }
        }
        if ui.button(s::EXPORT_INDEX_CSV.get(lang)).clicked() {
            ui.close();
            commands.push(Command::ChooseFile(Purpose::ExportIndex));
        }
        ui.separator();
        if ui.button(s::EXPORT_PNG.get(lang)).clicked() {
            ui.close();
            commands.push(Command::ChooseFile(Purpose::ExportView));
        }
    });
}

fn progress_menu(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let can_edit = state.progress.can_edit();
    ui.menu_button(s::MENU_PROGRESS.get(lang), |ui| {
        let (undo, redo) = state.progress.can_undo();
        if ui.add_enabled(undo, egui::Button::new(s::UNDO.get(lang))).clicked() {
            commands.push(Command::Undo);
        }
        if ui.add_enabled(redo, egui::Button::new(s::REDO.get(lang))).clicked() {
            commands.push(Command::Redo);
        }
        ui.separator();
        let snapshot = egui::Button::new(s::TAKE_SNAPSHOT.get(lang))
            .shortcut_text(super::shortcuts::labels(&super::shortcuts::SNAPSHOT, lang));
        if ui.add_enabled(can_edit, snapshot).clicked() {
            ui.close();
            dialogs::open(ui.ctx(), dialogs::Dialog::Snapshot);
        }
        if ui.button(s::COMPARE_SNAPSHOTS.get(lang)).clicked() {
            ui.close();
            dialogs::open(ui.ctx(), dialogs::Dialog::Compare);
        }
        ui.separator();
        if ui.button(s::OPEN_PROGRESS.get(lang)).clicked() {
            ui.close();
            commands.push(Command::ChooseFile(Purpose::OpenProgress));
        }
        if ui.add_enabled(can_edit, egui::Button::new(s::IMPORT_PROGRESS.get(lang))).clicked() {
            ui.close();
            commands.push(Command::ChooseFile(Purpose::MergeProgress));
        }
        // Enabled even when read-only: the preview still helps, and its dialog says why it cannot import.
        if ui.button(s::IMPORT_LEDGER.get(lang)).clicked() {
            ui.close();
            commands.push(Command::ChooseFile(Purpose::ImportLedger));
        }
        ui.separator();
        if ui.button(s::SAVE_PROGRESS_AS.get(lang)).clicked() {
            ui.close();
            commands.push(Command::ChooseFile(Purpose::SaveProgressAs));
        }
        if ui.add_enabled(state.progress.path.is_some(), egui::Button::new(s::SHOW_PROGRESS_FOLDER.get(lang))).clicked()
        {
            ui.close();
            commands.push(Command::ShowProgressFolder);
        }
    });
}

fn banner(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    egui::Frame::new().fill(theme::palette(ui.ctx()).error_bg).inner_margin(theme::GAP).show(ui, |ui| {
        ui.set_width(ui.available_width());
        add(ui);
    });
}

fn framework_banner(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let Some(error) = &state.error else { return };
    let error_text = theme::palette(ui.ctx()).error_text;
    banner(ui, |ui| {
        ui.label(RichText::new(s::FRAMEWORK_LOAD_FAILED.get(lang)).color(error_text).strong());
        ui.label(RichText::new(describe_load_error(error, lang)).color(error_text));
        if ui.button(s::DISMISS.get(lang)).clicked() {
            commands.push(Command::DismissError);
        }
    });
}

fn progress_banner(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.settings.lang;
    let Some(problem) = &state.progress.problem else { return };
    let error_text = theme::palette(ui.ctx()).error_text;
    banner(ui, |ui| match problem {
        FileProblem::ReadOnly => {
            ui.label(RichText::new(s::PROGRESS_READ_ONLY.get(lang)).color(error_text));
            if ui.button(s::REOPEN.get(lang)).clicked() {
                commands.push(Command::ReopenProgress);
            }
        }
        FileProblem::ChangedOnDisk => {
            ui.label(RichText::new(s::PROGRESS_CHANGED_ON_DISK.get(lang)).color(error_text).strong());
            ui.horizontal(|ui| {
                if ui.button(s::RELOAD_THEIRS.get(lang)).clicked() {
                    commands.push(Command::ReloadProgress);
                }
                if ui.button(s::KEEP_MINE.get(lang)).clicked() {
                    commands.push(Command::KeepMyProgress);
                }
            });
        }
        FileProblem::Broken(error) => {
            ui.label(RichText::new(s::PROGRESS_BROKEN.get(lang)).color(error_text).strong());
            ui.label(RichText::new(describe_progress_error(error, lang)).color(error_text));
            // The message above already says when there is no backup.
            if let Some(backup) = state.progress.good_backup.clone() {
                let name = backup.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                if ui.button(s::RESTORE_BACKUP.fill(lang, &[("name", &name)])).clicked() {
                    commands.push(Command::RestoreBackup(backup));
                }
            }
        }
        FileProblem::SaveFailed(error) => {
            ui.label(RichText::new(s::SAVE_FAILED.get(lang)).color(error_text).strong());
            ui.label(RichText::new(describe_progress_error(error, lang)).color(error_text));
        }
        // The message says the save went through and which backup holds the other program's version.
        FileProblem::OutsideVersionKept(error) => {
            ui.label(RichText::new(describe_progress_error(error, lang)).color(error_text).strong());
        }
    });
}
