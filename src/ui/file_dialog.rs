//! The built-in file dialog, shown where the system has none (no XDG portal and no zenity, as on some UOS/Kylin
//! desktops): the folder (editable), its folders and the files of the chosen type, parent/home/documents/desktop,
//! the folders of recently chosen files, a file name, 确定/取消, and the keyboard (↑↓, Enter, Esc). Replacing a file
//! is asked first. It answers with `Command::FileChosen`; what the file is for is the app's business.

use std::path::{Path, PathBuf};

use egui::{Context, Id, Key, Modifiers, RichText};

use super::theme;
use crate::app::{AppState, Command, FileRequest, Mode};
use crate::i18n::{Lang, strings as s};

/// A folder or file in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    name: String,
    path: PathBuf,
    folder: bool,
}

/// The dialog's own state for one request, kept in egui's memory between frames.
#[derive(Debug, Clone)]
struct View {
    serial: u64,
    folder: PathBuf,
    folder_text: String,
    entries: Vec<Entry>,
    selected: Option<usize>,
    file_name: String,
    /// Index into the request's filters; one past the end lists every file.
    filter: usize,
    error: Option<String>,
    overwrite: Option<PathBuf>,
    /// The selection moved by key: bring it into view.
    scroll: bool,
}

fn view_id() -> Id {
    Id::unique("built-in-file-dialog")
}

fn file_name_id() -> Id {
    Id::unique("built-in-file-dialog-name")
}

fn folder_id() -> Id {
    Id::unique("built-in-file-dialog-folder")
}

/// Draws the built-in dialog if the app asked for it, or a note while the system's dialog is open.
pub fn show(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    if state.files.waiting.is_some() {
        waiting(ctx, state.settings.lang, commands);
    }
    let Some(request) = &state.files.built_in else { return };
    let lang = state.settings.lang;
    let stored = ctx.data(|d| d.get_temp::<View>(view_id())).filter(|v| v.serial == request.serial);
    let mut view = stored.unwrap_or_else(|| View::new(request, lang));
    let keys = ctx.input_mut(|i| {
        [Key::ArrowUp, Key::ArrowDown, Key::Enter, Key::Escape].map(|k| i.consume_key(Modifiers::NONE, k))
    });
    let [up, down, enter, escape] = keys;
    let mut answer: Option<Option<PathBuf>> = escape.then_some(None);
    if up || down {
        view.step(up, request);
    }
    if enter && answer.is_none() {
        if ctx.memory(|m| m.has_focus(folder_id())) {
            let typed = PathBuf::from(view.folder_text.trim());
            view.go(typed, lang);
        } else {
            answer = view.activate(request, lang);
        }
    }
    egui::Modal::new(Id::unique("built-in-file-dialog-modal")).show(ctx, |ui| {
        ui.set_width(760.0_f32.min(ctx.content_rect().width() - 80.0));
        ui.heading(&request.title);
        places(ui, &mut view, lang);
        ui.horizontal(|ui| {
            recent(ui, &mut view, &state.settings.recent_folders, lang);
            ui.separator();
            // Rows go down the list, not along the row the places column sits in.
            ui.vertical(|ui| list(ui, &mut view, request, lang, &mut answer));
        });
        bottom(ui, &mut view, request, lang, &mut answer);
    });
    match answer {
        Some(path) => {
            ctx.data_mut(|d| d.remove::<View>(view_id()));
            commands.push(Command::FileChosen(path));
        }
        None => {
            ctx.data_mut(|d| d.insert_temp(view_id(), view));
        }
    }
}

/// While the system's dialog is open (it may be behind the window, or never appear): say so, and offer the
/// built-in one.
fn waiting(ctx: &Context, lang: Lang, commands: &mut Vec<Command>) {
    egui::Modal::new(Id::unique("native-file-dialog-waiting")).show(ctx, |ui| {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(s::FD_WAITING.get(lang));
        });
        if ui.button(s::FD_USE_BUILT_IN.get(lang)).clicked() {
            commands.push(Command::UseBuiltInDialog);
        }
    });
}

/// Parent, home, documents and desktop, and the folder's path (type another and press Enter).
fn places(ui: &mut egui::Ui, view: &mut View, lang: Lang) {
    ui.horizontal(|ui| {
        let parent = view.folder.parent().map(Path::to_owned);
        if ui.add_enabled(parent.is_some(), egui::Button::new(s::FD_UP.get(lang))).clicked()
            && let Some(parent) = parent
        {
            view.go(parent, lang);
        }
        let dirs = directories::UserDirs::new();
        let home = dirs.as_ref().map(|d| d.home_dir().to_owned());
        let documents = dirs.as_ref().and_then(|d| d.document_dir().map(Path::to_owned));
        let desktop = dirs.as_ref().and_then(|d| d.desktop_dir().map(Path::to_owned));
        for (label, place) in [(s::FD_HOME, home), (s::FD_DOCUMENTS, documents), (s::FD_DESKTOP, desktop)] {
            if let Some(place) = place.filter(|p| p.is_dir())
                && ui.button(label.get(lang)).on_hover_text(place.display().to_string()).clicked()
            {
                view.go(place, lang);
            }
        }
        let label = ui.label(s::FD_FOLDER.get(lang));
        let edit = egui::TextEdit::singleline(&mut view.folder_text).id(folder_id()).desired_width(f32::INFINITY);
        ui.add(edit).labelled_by(label.id);
    });
}

/// The folders of recently chosen files.
fn recent(ui: &mut egui::Ui, view: &mut View, recent: &[PathBuf], lang: Lang) {
    ui.vertical(|ui| {
        ui.set_width(170.0);
        ui.label(RichText::new(s::FD_RECENT.get(lang)).strong());
        for folder in recent.iter().filter(|f| f.is_dir()) {
            let name = folder.file_name().map_or_else(|| folder.display().to_string(), |n| n.to_string_lossy().into());
            let chosen = view.folder == *folder;
            if ui.selectable_label(chosen, name).on_hover_text(folder.display().to_string()).clicked() {
                view.go(folder.clone(), lang);
            }
        }
    });
}

/// The folder's folders and files of the chosen type; a double click opens a folder or takes a file.
fn list(ui: &mut egui::Ui, view: &mut View, request: &FileRequest, lang: Lang, answer: &mut Option<Option<PathBuf>>) {
    let shown = view.shown(request);
    let mut go = None;
    egui::ScrollArea::vertical().max_height(320.0).min_scrolled_height(320.0).auto_shrink([false, false]).show(
        ui,
        |ui| {
            if let Some(error) = &view.error {
                ui.label(RichText::new(error).color(theme::palette(ui.ctx()).error_text));
            }
            if shown.is_empty() && view.error.is_none() {
                ui.label(RichText::new(s::FD_EMPTY.get(lang)).weak());
            }
            for (row, entry) in shown.iter().enumerate() {
                let text = if entry.folder {
                    RichText::new(s::FD_FOLDER_ENTRY.fill(lang, &[("name", &entry.name)])).strong()
                } else {
                    RichText::new(&entry.name)
                };
                let response = ui.selectable_label(view.selected == Some(row), text);
                if view.selected == Some(row) && view.scroll {
                    response.scroll_to_me(None);
                    view.scroll = false;
                }
                if response.clicked() {
                    view.select(row, &shown);
                }
                if response.double_clicked() {
                    if entry.folder {
                        go = Some(entry.path.clone());
                    } else {
                        *answer = view.accept(request, lang);
                    }
                }
            }
        },
    );
    if let Some(folder) = go {
        view.go(folder, lang);
    }
}

/// File name, file type, the question before replacing a file, the keys, and 确定/取消.
fn bottom(ui: &mut egui::Ui, view: &mut View, request: &FileRequest, lang: Lang, answer: &mut Option<Option<PathBuf>>) {
    ui.horizontal(|ui| {
        let label = ui.label(s::FD_FILE_NAME.get(lang));
        let edit = egui::TextEdit::singleline(&mut view.file_name).id(file_name_id()).desired_width(360.0);
        if ui.add(edit).labelled_by(label.id).changed() {
            view.selected = None;
            view.overwrite = None;
        }
        let label = ui.label(s::FD_FILE_TYPE.get(lang));
        let name = |i: usize| request.filters.get(i).map_or(s::FD_ALL_FILES.get(lang), |f| f.name.as_str());
        let combo = egui::ComboBox::from_id_salt("built-in-file-dialog-type").selected_text(name(view.filter)).show_ui(
            ui,
            |ui| {
                let mut changed = false;
                for i in 0..=request.filters.len() {
                    changed |= ui.selectable_value(&mut view.filter, i, name(i)).changed();
                }
                if changed {
                    view.selected = None;
                }
            },
        );
        combo.response.labelled_by(label.id);
    });
    if let Some(path) = view.overwrite.clone() {
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
        ui.horizontal(|ui| {
            ui.label(RichText::new(s::FD_OVERWRITE.fill(lang, &[("name", &name)])).strong());
            if ui.button(s::FD_REPLACE.get(lang)).clicked() {
                *answer = Some(Some(path));
            }
        });
    }
    ui.label(RichText::new(s::FD_KEYS.get(lang)).small().weak());
    ui.horizontal(|ui| {
        if ui.button(s::FD_OK.get(lang)).clicked() {
            *answer = view.activate(request, lang);
        }
        if ui.button(s::CANCEL.get(lang)).clicked() {
            *answer = Some(None);
        }
    });
}

impl View {
    /// Starts in the folder of the latest chosen file, else the documents folder, else home.
    fn new(request: &FileRequest, lang: Lang) -> Self {
        let dirs = directories::UserDirs::new();
        let start = request
            .folder
            .clone()
            .filter(|f| f.is_dir())
            .or_else(|| dirs.as_ref().and_then(|d| d.document_dir().map(Path::to_owned)).filter(|f| f.is_dir()))
            .or_else(|| dirs.as_ref().map(|d| d.home_dir().to_owned()))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let mut view = Self {
            serial: request.serial,
            folder: PathBuf::new(),
            folder_text: String::new(),
            entries: Vec::new(),
            selected: None,
            file_name: request.file_name.clone(),
            filter: 0,
            error: None,
            overwrite: None,
            scroll: false,
        };
        view.go(start, lang);
        view
    }

    /// Shows another folder (a typed one that does not exist is named in the list instead).
    fn go(&mut self, folder: PathBuf, lang: Lang) {
        if !folder.is_dir() {
            self.error = Some(s::FD_NO_FOLDER.fill(lang, &[("path", &folder.display())]));
            return;
        }
        match read_folder(&folder) {
            Ok(entries) => {
                self.entries = entries;
                self.error = None;
            }
            Err(e) => {
                self.entries.clear();
                self.error = Some(s::FD_CANNOT_READ.fill(lang, &[("path", &folder.display()), ("reason", &e)]));
            }
        }
        self.folder_text = folder.display().to_string();
        self.folder = folder;
        self.selected = None;
        self.overwrite = None;
    }

    /// Folders, then the files of the chosen type.
    fn shown(&self, request: &FileRequest) -> Vec<Entry> {
        let filter = request.filters.get(self.filter);
        let keep = |e: &&Entry| e.folder || filter.is_none_or(|f| f.matches(&e.path));
        self.entries.iter().filter(keep).cloned().collect()
    }

    /// Selects a row; a file's name goes into the name field.
    fn select(&mut self, row: usize, shown: &[Entry]) {
        self.selected = Some(row);
        self.overwrite = None;
        if let Some(entry) = shown.get(row).filter(|e| !e.folder) {
            self.file_name.clone_from(&entry.name);
        }
    }

    /// ↑ or ↓ moves the selection.
    fn step(&mut self, up: bool, request: &FileRequest) {
        let shown = self.shown(request);
        let Some(last) = shown.len().checked_sub(1) else { return };
        let row = match (self.selected, up) {
            (None, _) => 0,
            (Some(row), true) => row.saturating_sub(1),
            (Some(row), false) => (row + 1).min(last),
        };
        self.select(row, &shown);
        self.scroll = true;
    }

    /// Enter or 确定: a selected folder is opened, else the named file is taken.
    fn activate(&mut self, request: &FileRequest, lang: Lang) -> Option<Option<PathBuf>> {
        let shown = self.shown(request);
        if let Some(entry) = self.selected.and_then(|row| shown.get(row)).filter(|e| e.folder) {
            self.go(entry.path.clone(), lang);
            return None;
        }
        if let Some(path) = self.overwrite.clone() {
            return Some(Some(path));
        }
        self.accept(request, lang)
    }

    /// The named file, if it will do: it must exist to be opened; a file to be saved gets the type's extension when
    /// it has none, and replacing one is asked first.
    fn accept(&mut self, request: &FileRequest, lang: Lang) -> Option<Option<PathBuf>> {
        let name = self.file_name.trim();
        if name.is_empty() {
            return None;
        }
        let mut path = self.folder.join(name);
        if path.is_dir() {
            self.go(path, lang);
            self.file_name.clear();
            return None;
        }
        match request.mode {
            Mode::Open if !path.is_file() => {
                self.error = Some(s::FD_NO_FILE.fill(lang, &[("name", &name)]));
                None
            }
            Mode::Open | Mode::OpenOrCreate => Some(Some(path)),
            Mode::Save => {
                let extension = request.filters.get(self.filter).and_then(|f| f.extensions.first());
                if let Some(extension) = extension.filter(|_| path.extension().is_none()) {
                    path.set_extension(extension);
                }
                if path.exists() {
                    self.overwrite = Some(path);
                    None
                } else {
                    Some(Some(path))
                }
            }
        }
    }
}

/// The folder's visible entries: folders first, then files, each by name; hidden (dot) files left out.
fn read_folder(folder: &Path) -> std::io::Result<Vec<Entry>> {
    let mut entries: Vec<Entry> = std::fs::read_dir(folder)?
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let path = e.path();
            (!name.starts_with('.')).then(|| Entry { folder: path.is_dir(), name, path })
        })
        .collect();
    entries.sort_by_cached_key(|e| (!e.folder, e.name.to_lowercase()));
    Ok(entries)
}
