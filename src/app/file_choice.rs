//! The one file-choosing service. Menus and shortcuts ask for a [`Purpose`]; the system's dialog runs on a worker
//! thread so the window keeps drawing (the answer comes back over a channel, and the worker wakes the window); where
//! the system has no dialog the built-in one (`ui::file_dialog`) is shown instead. Dropped files are sorted by
//! their contents on a worker too. Whatever the way, the chosen file ends in the purpose's command.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use jiff::civil::Date;

use super::command::Command;
use super::file_request::{FileRequest, Purpose};
use super::native_dialog::{self, NativeOutcome};
use crate::i18n::Lang;

/// How many recent folders are remembered.
const RECENT_FOLDERS: usize = 8;
/// The environment variable that chooses the dialog: `builtin`, `native` or `auto` (the default).
pub const DIALOG_ENV: &str = "POLICY_COCKPIT_FILE_DIALOG";

/// Which file dialog is used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DialogKind {
    /// The system's where it has one, else the built-in one.
    #[default]
    Auto,
    /// Always the system's (no check, a quick "nothing" is taken as a cancel).
    Native,
    /// Always the built-in one.
    BuiltIn,
}

impl DialogKind {
    /// The kind [`DIALOG_ENV`] asks for (`auto` when unset or unknown).
    pub fn from_env() -> Self {
        match std::env::var(DIALOG_ENV).map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            Ok("builtin" | "built-in") => Self::BuiltIn,
            Ok("native") => Self::Native,
            _ => Self::Auto,
        }
    }
}

/// What a worker sends back.
#[derive(Debug)]
enum Message {
    /// The system's dialog for request `serial` closed.
    Native { serial: u64, outcome: NativeOutcome },
    /// A dropped file's kind (`None`: not one the app opens).
    Dropped(PathBuf, Option<Purpose>),
}

/// What the frame loop gets from [`FileChoice::poll`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arrival {
    /// Carry out this command (a file was chosen or dropped).
    Command(Command),
    /// A dropped file the app does not open.
    Unrecognised(PathBuf),
}

/// Wakes the window when a worker has an answer.
type Wake = Arc<dyn Fn() + Send + Sync>;

/// The file-choosing service: which dialog is open, for what.
pub struct FileChoice {
    kind: DialogKind,
    /// The system turned out to have no dialog: the built-in one is used for the rest of the session.
    native_missing: bool,
    /// The built-in dialog is open for this request.
    pub built_in: Option<FileRequest>,
    /// The system's dialog is open (on a worker) for this request.
    pub waiting: Option<FileRequest>,
    serial: u64,
    wake: Option<Wake>,
    sender: Sender<Message>,
    receiver: Receiver<Message>,
}

impl std::fmt::Debug for FileChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileChoice")
            .field("kind", &self.kind)
            .field("native_missing", &self.native_missing)
            .field("built_in", &self.built_in)
            .field("waiting", &self.waiting)
            .finish_non_exhaustive()
    }
}

impl Default for FileChoice {
    fn default() -> Self {
        let (sender, receiver) = channel();
        Self {
            kind: DialogKind::Auto,
            native_missing: false,
            built_in: None,
            waiting: None,
            serial: 0,
            wake: None,
            sender,
            receiver,
        }
    }
}

impl FileChoice {
    /// Uses this kind of dialog from now on.
    pub fn set_kind(&mut self, kind: DialogKind) {
        self.kind = kind;
    }

    /// Which kind of dialog is used.
    pub fn kind(&self) -> DialogKind {
        self.kind
    }

    /// Sets how a worker wakes the window (the frame loop passes `ctx.request_repaint`).
    pub fn set_wake(&mut self, wake: impl Fn() + Send + Sync + 'static) {
        self.wake = Some(Arc::new(wake));
    }

    /// True when a worker could wake the window.
    pub fn has_wake(&self) -> bool {
        self.wake.is_some()
    }

    /// True while a dialog of either kind is open.
    pub fn is_open(&self) -> bool {
        self.built_in.is_some() || self.waiting.is_some()
    }

    /// Shows a dialog for the purpose; ignored while another is open (only one file is chosen at a time).
    pub fn request(&mut self, purpose: Purpose, lang: Lang, today: Date, recent: &[PathBuf]) {
        if self.is_open() {
            return;
        }
        self.serial += 1;
        let request = purpose.request(lang, today, recent.first().cloned(), self.serial);
        if self.kind == DialogKind::BuiltIn || (self.kind == DialogKind::Auto && self.native_missing) {
            self.built_in = Some(request);
            return;
        }
        let check = self.kind == DialogKind::Auto;
        let (sender, wake, shown) = (self.sender.clone(), self.wake.clone(), request.clone());
        self.waiting = Some(request);
        std::thread::spawn(move || {
            let outcome = native_dialog::run(&shown, check);
            // The window may have closed meanwhile; then nobody needs the answer.
            let _ = sender.send(Message::Native { serial: shown.serial, outcome });
            if let Some(wake) = wake {
                wake();
            }
        });
    }

    /// Leaves the system's dialog (one that never appeared, say) and shows the built-in one for the same request;
    /// whatever the system's dialog answers later is ignored.
    pub fn use_built_in(&mut self) {
        if let Some(request) = self.waiting.take() {
            self.built_in = Some(request);
        }
    }

    /// The built-in dialog closed: the command for the chosen file (`None` when cancelled).
    pub fn chosen(&mut self, path: Option<PathBuf>, recent: &mut Vec<PathBuf>) -> Option<Command> {
        let request = self.built_in.take()?;
        let path = path?;
        remember(recent, &path);
        Some(request.purpose.command(path))
    }

    /// Sorts dropped files by their contents on a worker; the commands arrive through [`FileChoice::poll`].
    pub fn classify(&mut self, paths: Vec<PathBuf>) {
        let (sender, wake) = (self.sender.clone(), self.wake.clone());
        std::thread::spawn(move || {
            for path in paths {
                let purpose = super::dropped::classify(&path);
                if sender.send(Message::Dropped(path, purpose)).is_err() {
                    return;
                }
            }
            if let Some(wake) = wake {
                wake();
            }
        });
    }

    /// Takes what the workers sent: chosen and dropped files become commands; a system without a dialog opens
    /// the built-in one for the same request.
    pub fn poll(&mut self, recent: &mut Vec<PathBuf>) -> Vec<Arrival> {
        let mut out = Vec::new();
        while let Ok(message) = self.receiver.try_recv() {
            match message {
                Message::Native { serial, outcome } => {
                    if self.waiting.as_ref().is_none_or(|r| r.serial != serial) {
                        continue;
                    }
                    match outcome {
                        NativeOutcome::Unavailable | NativeOutcome::Quick => {
                            self.native_missing = true;
                            self.use_built_in();
                        }
                        NativeOutcome::Chosen(path) => {
                            let request = self.waiting.take();
                            if let (Some(request), Some(path)) = (request, path) {
                                remember(recent, &path);
                                out.push(Arrival::Command(request.purpose.command(path)));
                            }
                        }
                    }
                }
                Message::Dropped(path, Some(purpose)) => {
                    remember(recent, &path);
                    out.push(Arrival::Command(purpose.command(path)));
                }
                Message::Dropped(path, None) => out.push(Arrival::Unrecognised(path)),
            }
        }
        out
    }
}

/// Puts the file's folder first among the recent ones.
fn remember(recent: &mut Vec<PathBuf>, file: &Path) {
    let Some(folder) = file.parent().filter(|f| !f.as_os_str().is_empty()) else { return };
    recent.retain(|f| f != folder);
    recent.insert(0, folder.to_owned());
    recent.truncate(RECENT_FOLDERS);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        "2026-11-25".parse().expect("date")
    }

    #[test]
    fn the_built_in_dialog_gives_the_purposes_command_and_remembers_the_folder() {
        let mut files = FileChoice::default();
        files.set_kind(DialogKind::BuiltIn);
        let mut recent = vec![PathBuf::from("/a")];
        files.request(Purpose::ImportLedger, Lang::Zh, today(), &recent);
        let request = files.built_in.clone().expect("the built-in dialog is open");
        assert_eq!(request.folder, Some(PathBuf::from("/a")));
        let command = files.chosen(Some("/b/台账.xlsx".into()), &mut recent);
        assert_eq!(command, Some(Command::OpenLedger("/b/台账.xlsx".into())));
        assert_eq!(recent, [PathBuf::from("/b"), PathBuf::from("/a")]);
        assert!(!files.is_open());
    }

    #[test]
    fn a_cancelled_dialog_does_nothing() {
        let mut files = FileChoice::default();
        files.set_kind(DialogKind::BuiltIn);
        files.request(Purpose::OpenMetrics, Lang::Zh, today(), &[]);
        assert_eq!(files.chosen(None, &mut Vec::new()), None);
        assert!(!files.is_open());
    }
}
