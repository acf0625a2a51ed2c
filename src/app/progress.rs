//! The progress record behind the window: the book, its file, undo/redo, and what is wrong with the file.
//! Every edit is saved at once; a file that cannot be read is never written.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::domain::progress::consistency::{self, Contradiction};
use crate::domain::progress::{FieldValue, ProgressBook};
use crate::io::progress_file::{self, ProgressFileError, ProgressStore};

/// One undoable step: the items and the values they had before it.
type Step = Vec<(String, FieldValue)>;

/// Why the progress file needs the user's attention.
#[derive(Debug)]
pub enum FileProblem {
    /// Another window or command holds the file: this window shows it but does not save.
    ReadOnly,
    /// Another program changed the file since it was loaded; our latest edit is not saved yet.
    ChangedOnDisk,
    /// The file cannot be read; it is left as it is and nothing is saved.
    Broken(ProgressFileError),
    /// Writing failed (disk full, permissions…); the edit is kept in memory.
    SaveFailed(ProgressFileError),
    /// Saved, but another program wrote the file at the same moment; its version is in the backups
    /// ([`ProgressFileError::OutsideVersionKept`]).
    OutsideVersionKept(ProgressFileError),
}

/// The progress record and its file.
#[derive(Debug, Default)]
pub struct Progress {
    /// Entries, history and snapshots.
    pub book: ProgressBook,
    /// The file, if one is open (none in tests or before one is chosen).
    pub path: Option<PathBuf>,
    /// What is wrong with the file, if anything.
    pub problem: Option<FileProblem>,
    /// For a broken file: the newest backup that loads, found once when the file was opened.
    pub good_backup: Option<PathBuf>,
    store: Option<ProgressStore>,
    undo: Vec<Step>,
    redo: Vec<Step>,
}

impl Progress {
    /// Progress kept in memory only.
    pub fn in_memory(book: ProgressBook) -> Self {
        Self { book, ..Self::default() }
    }

    /// Opens a progress file: locked for this window, read-only if another holds it, or broken.
    pub fn open(path: &Path) -> Self {
        let mut out = Self { path: Some(path.to_owned()), ..Self::default() };
        match ProgressStore::open(path) {
            Ok((store, book)) => {
                out.book = book;
                out.store = Some(store);
            }
            // Another window holds it; show what is on disk (nothing yet is an empty record).
            Err(ProgressFileError::Locked { .. }) => match ProgressStore::read_or_empty(path) {
                Ok(book) => {
                    out.book = book;
                    out.problem = Some(FileProblem::ReadOnly);
                }
                Err(e) => out.problem = Some(FileProblem::Broken(e)),
            },
            Err(e) => out.problem = Some(FileProblem::Broken(e)),
        }
        if matches!(out.problem, Some(FileProblem::Broken(_))) {
            out.good_backup = progress_file::newest_good_backup(path).map(|(backup, _)| backup);
        }
        out
    }

    /// Whether edits are allowed (not read-only, not broken).
    pub fn can_edit(&self) -> bool {
        !matches!(self.problem, Some(FileProblem::ReadOnly | FileProblem::Broken(_)))
    }

    /// Applies edits as one undoable step, with what the status–percent rule brings along
    /// ([`consistency::complete`]), records them in the history and saves. Returns the items whose status
    /// and percent given together contradict each other; neither of their two values was applied.
    pub fn edit(&mut self, edits: Vec<(String, FieldValue)>, by: &str, at: Timestamp) -> Vec<Contradiction> {
        if !self.can_edit() {
            return Vec::new();
        }
        let settled = consistency::complete(&self.book, edits);
        let step = self.apply(settled.edits, by, at);
        if !step.is_empty() {
            self.undo.push(step);
            self.redo.clear();
            self.save();
        }
        settled.contradictions
    }

    /// Undoes the last step (itself recorded in the history).
    pub fn undo(&mut self, by: &str, at: Timestamp) {
        if !self.can_edit() {
            return;
        }
        if let Some(step) = self.undo.pop() {
            let inverse = self.apply(step, by, at);
            self.redo.push(inverse);
            self.save();
        }
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self, by: &str, at: Timestamp) {
        if !self.can_edit() {
            return;
        }
        if let Some(step) = self.redo.pop() {
            let inverse = self.apply(step, by, at);
            self.undo.push(inverse);
            self.save();
        }
    }

    /// Whether there is something to undo / redo.
    pub fn can_undo(&self) -> (bool, bool) {
        (self.can_edit() && !self.undo.is_empty(), self.can_edit() && !self.redo.is_empty())
    }

    /// Names the current entries and saves.
    pub fn take_snapshot(&mut self, name: &str, at: Timestamp) {
        if self.can_edit() {
            self.book.take_snapshot(name, at);
            self.save();
        }
    }

    /// After a change on disk: drop ours and load theirs.
    pub fn reload(&mut self) {
        if let Some(store) = &mut self.store {
            match store.reload() {
                Ok(book) => {
                    self.book = book;
                    self.problem = None;
                    self.undo.clear();
                    self.redo.clear();
                }
                Err(e) => self.problem = Some(FileProblem::Broken(e)),
            }
        }
    }

    /// After a change on disk: keep ours and overwrite the file.
    pub fn keep_mine(&mut self) {
        if let Some(store) = &mut self.store {
            self.problem = problem_after_save(store.overwrite(&self.book));
        }
    }

    /// Restores a backup over a broken file (the broken one is kept aside) and reopens it.
    pub fn restore_backup(&mut self, backup: &Path) {
        let Some(path) = self.path.clone() else { return };
        self.store = None;
        match progress_file::restore_backup(&path, backup) {
            Ok(_) => *self = Self::open(&path),
            Err(e) => self.problem = Some(FileProblem::Broken(e)),
        }
    }

    /// Opens the same file again (after the other window closed).
    pub fn reopen(&mut self) {
        if let Some(path) = self.path.clone() {
            self.store = None;
            *self = Self::open(&path);
        }
    }

    /// Sets each value in order (so the history reads as given); returns the values they replaced, last
    /// first (the inverse step).
    fn apply(&mut self, edits: Vec<(String, FieldValue)>, by: &str, at: Timestamp) -> Step {
        let mut inverse: Step = edits
            .into_iter()
            .filter_map(|(item, value)| self.book.set(&item, value, by, at).map(|old| (item, old)))
            .collect();
        inverse.reverse();
        inverse
    }

    fn save(&mut self) {
        let Some(store) = &mut self.store else { return };
        self.problem = problem_after_save(store.save(&self.book));
    }
}

/// What the window tells after a save or an overwrite.
fn problem_after_save(result: Result<(), ProgressFileError>) -> Option<FileProblem> {
    match result {
        Ok(()) => None,
        Err(ProgressFileError::ExternallyModified { .. }) => Some(FileProblem::ChangedOnDisk),
        Err(e @ ProgressFileError::OutsideVersionKept { .. }) => Some(FileProblem::OutsideVersionKept(e)),
        Err(e) => Some(FileProblem::SaveFailed(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::progress::Status;

    fn at() -> Timestamp {
        "2026-11-25T01:00:00Z".parse().expect("ts")
    }

    #[test]
    fn undo_and_redo_restore_values_and_keep_the_history_truthful() {
        let mut p = Progress::in_memory(ProgressBook::default());
        p.edit(vec![("a".into(), FieldValue::Percent(40))], "我", at());
        p.edit(
            vec![("a".into(), FieldValue::Status(Status::Blocked)), ("b".into(), FieldValue::Percent(10))],
            "我",
            at(),
        );
        p.undo("我", at());
        // 40 % made a 推进中; 10 % did the same for b, and undoing takes both back.
        assert_eq!((p.book.entry("a").status, p.book.entry("b").percent), (Status::InProgress, 0));
        assert_eq!((p.book.entry("a").percent, p.book.entry("b").status), (40, Status::NotStarted));
        p.redo("我", at());
        assert_eq!((p.book.entry("a").status, p.book.entry("b").percent), (Status::Blocked, 10));
        // 5 changes (two brought along), 3 undone, 3 redone: every change is in the history.
        assert_eq!(p.book.history.len(), 11);
        p.undo("我", at());
        p.undo("我", at());
        assert_eq!((p.book.entry("a").status, p.book.entry("a").percent), (Status::NotStarted, 0));
        assert_eq!(p.can_undo(), (false, true));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut p = Progress::in_memory(ProgressBook::default());
        p.edit(vec![("a".into(), FieldValue::Percent(40))], "我", at());
        p.undo("我", at());
        p.edit(vec![("a".into(), FieldValue::Percent(50))], "我", at());
        assert_eq!(p.can_undo(), (true, false));
    }

    #[test]
    fn marking_done_brings_100_percent_and_one_undo_reverts_both() {
        let mut p = Progress::in_memory(ProgressBook::default());
        p.edit(vec![("a".into(), FieldValue::Percent(40))], "我", at());
        assert_eq!((p.book.entry("a").status, p.book.entry("a").percent), (Status::InProgress, 40));
        p.edit(vec![("a".into(), FieldValue::Status(Status::Done))], "我", at());
        assert_eq!((p.book.entry("a").status, p.book.entry("a").percent), (Status::Done, 100));
        let recorded: Vec<(&str, &str)> =
            p.book.history.iter().skip(2).map(|c| (c.old.as_str(), c.new.as_str())).collect();
        assert_eq!(recorded, [("推进中", "已完成"), ("40", "100")], "the history names both values");
        p.undo("我", at());
        assert_eq!((p.book.entry("a").status, p.book.entry("a").percent), (Status::InProgress, 40));
        p.redo("我", at());
        assert_eq!((p.book.entry("a").status, p.book.entry("a").percent), (Status::Done, 100));
    }

    #[test]
    fn a_contradicting_status_and_percent_are_returned_and_not_applied() {
        let mut p = Progress::in_memory(ProgressBook::default());
        let refused = p.edit(
            vec![
                ("a".into(), FieldValue::Status(Status::Done)),
                ("a".into(), FieldValue::Percent(30)),
                ("a".into(), FieldValue::Note("已验收".into())),
            ],
            "我",
            at(),
        );
        assert_eq!(refused.len(), 1);
        let entry = p.book.entry("a");
        assert_eq!((entry.status, entry.percent, entry.note.as_str()), (Status::NotStarted, 0, "已验收"));
    }
}
