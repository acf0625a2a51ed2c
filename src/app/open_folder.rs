//! Shows a folder in the system's file manager (Explorer, Finder, or the desktop's own through `xdg-open`).
//! A local program is started; nothing goes over the network.

use std::path::Path;
use std::process::Command;

/// Starts the file manager on `folder`; an error when no file manager could be started.
pub fn open(folder: &Path) -> std::io::Result<()> {
    let program = if cfg!(windows) {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    // Not waited for: the file manager lives on after the window closes. Explorer exits 1 on success, so
    // only a failure to start it at all is reported.
    Command::new(program).arg(folder).spawn().map(|_| ())
}
