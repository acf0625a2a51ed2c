//! The system's file dialog (rfd), run on a worker thread, and whether the system has one at all.
//!
//! On Linux rfd 0.17 asks the XDG desktop portal over the session D-Bus and, when that fails, runs `zenity`; where
//! neither exists it returns `None` at once, exactly as if the user had cancelled. So the app looks first (is the
//! portal on the bus, or `zenity` on the PATH?) and also treats a `None` that came back faster than anyone can
//! cancel as "no dialog", and then shows its own.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::file_request::{FileRequest, Mode};

/// A `None` sooner than this cannot be a person cancelling: no dialog was shown.
pub const QUICK: Duration = Duration::from_millis(200);

/// What the system's dialog did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NativeOutcome {
    /// The system has no file dialog (no portal and no zenity).
    Unavailable,
    /// rfd answered "nothing" at once: no dialog appeared.
    Quick,
    /// The user chose a file, or cancelled (`None`).
    Chosen(Option<PathBuf>),
}

/// Shows the system's dialog for the request and waits for it (call on a worker thread: it blocks).
/// `check` first asks whether the system has a dialog, and reads a quick `None` as "it has none".
pub fn run(request: &FileRequest, check: bool) -> NativeOutcome {
    if check && !available() {
        return NativeOutcome::Unavailable;
    }
    let mut dialog = rfd::FileDialog::new().set_title(&request.title);
    for filter in &request.filters {
        dialog = dialog.add_filter(&filter.name, &filter.extensions);
    }
    if let Some(folder) = &request.folder {
        dialog = dialog.set_directory(folder);
    }
    let started = Instant::now();
    let picked = match request.mode {
        Mode::Open => dialog.pick_file(),
        Mode::OpenOrCreate | Mode::Save => dialog.set_file_name(&request.file_name).save_file(),
    };
    if check && picked.is_none() && started.elapsed() < QUICK {
        NativeOutcome::Quick
    } else {
        NativeOutcome::Chosen(picked)
    }
}

/// Whether the system has a file dialog rfd can show. Windows and macOS always do.
#[cfg(not(target_os = "linux"))]
pub fn available() -> bool {
    true
}

/// Whether the system has a file dialog rfd can show: the desktop portal is running or can be started on the
/// session bus, or `zenity` (rfd's only fallback; it never tries kdialog) is on the PATH.
#[cfg(target_os = "linux")]
pub fn available() -> bool {
    static AVAILABLE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| portal_on_session_bus() || on_path("zenity"))
}

#[cfg(target_os = "linux")]
fn portal_on_session_bus() -> bool {
    const PORTAL: &str = "org.freedesktop.portal.Desktop";
    let Ok(connection) = zbus::blocking::Connection::session() else { return false };
    let Ok(bus) = zbus::blocking::fdo::DBusProxy::new(&connection) else { return false };
    let Ok(name) = zbus::names::BusName::try_from(PORTAL) else { return false };
    bus.name_has_owner(name).unwrap_or(false)
        || bus.list_activatable_names().is_ok_and(|names| names.iter().any(|n| n.as_str() == PORTAL))
}

#[cfg(target_os = "linux")]
fn on_path(program: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let Some(path) = std::env::var_os("PATH") else { return false };
    std::env::split_paths(&path).any(|dir| {
        std::fs::metadata(dir.join(program)).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    })
}
