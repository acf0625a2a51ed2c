//! Short confirmations (toasts) of what an action did and where its file went: saving after an edit, undo, redo,
//! snapshots and exports. Failures keep their lasting place (the banner, the information line); a toast only
//! confirms what went right, and goes by itself after a few seconds.

use std::path::Path;
use std::time::{Duration, Instant};

use super::command::Command;
use super::progress::{FileProblem, Progress};
use super::state::AppState;
use crate::i18n::{Lang, Text, strings as s};
use crate::io::export::ExportFormat;

/// How long a toast stays.
pub const TOAST_SHOWN: Duration = Duration::from_millis(2800);

/// One confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Toast {
    /// What happened, in the user's language.
    pub text: String,
    /// When it was said.
    pub at: Instant,
}

/// The confirmations on screen, oldest first.
#[derive(Debug, Default)]
pub struct Toasts {
    items: Vec<Toast>,
}

impl Toasts {
    /// Says something; the same words again restart their time instead of piling up.
    pub fn push(&mut self, text: String) {
        let now = Instant::now();
        self.items.retain(|t| t.text != text && now.duration_since(t.at) < TOAST_SHOWN);
        self.items.push(Toast { text, at: now });
    }

    /// The toasts still shown.
    pub fn shown(&self) -> impl Iterator<Item = &Toast> {
        self.items.iter().filter(|t| t.at.elapsed() < TOAST_SHOWN)
    }

    /// How long until the next toast goes (so the window redraws then).
    pub fn next_change(&self) -> Option<Duration> {
        self.shown().map(|t| TOAST_SHOWN.saturating_sub(t.at.elapsed())).min()
    }
}

/// What the progress file's state says after a change: saved where, or why not.
pub fn saved(progress: &Progress, lang: Lang, saved: Text) -> String {
    // Keeping another program's version as a backup is said in the banner, but the save itself went through.
    let written = matches!(progress.problem, None | Some(FileProblem::OutsideVersionKept(_)));
    match (&progress.path, written) {
        (_, false) => s::TOAST_NOT_SAVED.get(lang).to_owned(),
        (None, true) => s::TOAST_IN_MEMORY.get(lang).to_owned(),
        (Some(path), true) => saved.fill(lang, &[("path", &path.display())]),
    }
}

/// What the state looked like before a command, to tell what it did.
struct Before {
    history: usize,
    undo: (bool, bool),
    snapshots: usize,
    notice: Option<String>,
}

/// Applies a command as [`AppState::apply`] does, and confirms what it did in a toast.
pub fn apply(state: &mut AppState, command: Command) {
    // A file chosen in the built-in dialog is confirmed as what it was chosen for (an export, say).
    let command = match command {
        Command::FileChosen(path) => match state.files.chosen(path, &mut state.settings.recent_folders) {
            Some(next) => next,
            None => return,
        },
        other => other,
    };
    let before = Before {
        history: state.progress.book.history.len(),
        undo: state.progress.can_undo(),
        snapshots: state.progress.book.snapshots.len(),
        notice: state.notice.clone(),
    };
    let confirm = command.clone();
    state.apply(command);
    let lang = state.settings.lang;
    let text = match confirm {
        Command::Edit { .. } | Command::ApplyMerge(_) if state.progress.book.history.len() > before.history => {
            Some(saved(&state.progress, lang, s::TOAST_SAVED))
        }
        Command::Undo if before.undo.0 => Some(saved(&state.progress, lang, s::TOAST_UNDONE)),
        Command::Redo if before.undo.1 => Some(saved(&state.progress, lang, s::TOAST_REDONE)),
        Command::TakeSnapshot(name) if state.progress.book.snapshots.len() > before.snapshots => {
            let path = state.progress.path.as_deref().map(Path::display);
            let path = path.map_or_else(|| s::TOAST_IN_MEMORY.get(lang).to_owned(), |p| p.to_string());
            Some(s::TOAST_SNAPSHOT.fill(lang, &[("name", &name), ("path", &path)]))
        }
        Command::Export(format, path) => exported(state, before.notice, &path, export_toast(format)),
        Command::ExportAttention(path) => exported(state, before.notice, &path, s::TOAST_EXPORTED_REPORT),
        Command::ExportIndex(path) => exported(state, before.notice, &path, s::TOAST_EXPORTED_INDEX),
        _ => None,
    };
    if let Some(text) = text {
        state.toasts.push(text);
    }
}

/// A picture of the window was written (or not): a toast, or the reason in the information line.
pub fn view_saved(state: &mut AppState, outcome: Result<std::path::PathBuf, String>) {
    match outcome {
        Ok(path) => state.toasts.push(s::TOAST_EXPORTED_PNG.fill(state.settings.lang, &[("path", &path.display())])),
        Err(reason) => state.notice = Some(reason),
    }
}

fn export_toast(format: ExportFormat) -> Text {
    match format {
        ExportFormat::Report => s::TOAST_EXPORTED_REPORT,
        ExportFormat::Slides => s::TOAST_EXPORTED_SLIDES,
        ExportFormat::Xlsx => s::TOAST_EXPORTED_XLSX,
        ExportFormat::Csv => s::TOAST_EXPORTED_CSV,
    }
}

/// An export that went through is confirmed in a toast instead of the information line, which keeps what else
/// the export said (characters no font has) and every failure.
fn exported(state: &mut AppState, notice_before: Option<String>, path: &Path, toast: Text) -> Option<String> {
    let lang = state.settings.lang;
    let done = s::EXPORTED_TO.fill(lang, &[("path", &path.display())]);
    let rest = state.notice.as_deref()?.strip_prefix(done.as_str())?.trim().to_owned();
    state.notice = if rest.is_empty() { notice_before } else { Some(rest) };
    Some(toast.fill(lang, &[("path", &path.display())]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_words_again_restart_their_toast() {
        let mut toasts = Toasts::default();
        toasts.push("a".into());
        toasts.push("b".into());
        toasts.push("a".into());
        let shown: Vec<&str> = toasts.shown().map(|t| t.text.as_str()).collect();
        assert_eq!(shown, ["b", "a"]);
        assert!(toasts.next_change().is_some_and(|d| d <= TOAST_SHOWN));
    }
}
