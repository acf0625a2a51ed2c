//! Importing an office's ledger in the window: the file is read on a background thread, then previewed
//! with a column mapping the user may correct; the plan is recomputed after each correction and applied
//! (by [`super::AppState::apply`]) as one undoable step. Rows that match no item can be placed as new tasks
//! under an item the user picks (the nearest item is offered first); nothing is placed without the user's OK.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::loading::Loading;
use crate::domain::framework::Framework;
use crate::domain::progress::ProgressBook;
use crate::io::ledger::Column;
use crate::io::ledger_import::{self, ImportPlan, Ledger, LedgerImportError, Placements, UnmatchedRow};
use crate::io::load_progress::LoadProgress;

/// A ledger read and matched, waiting for the user's decision.
#[derive(Debug)]
pub struct LedgerPreview {
    /// The file, its cells and the current mapping.
    pub ledger: Ledger,
    /// What importing would do with the current mapping and placements, or why it cannot (no key or no field column).
    pub plan: Result<ImportPlan, LedgerImportError>,
    /// Rows that match no item and can become tasks, as matched with nothing placed (so a placed row stays listed).
    pub placeable: Vec<UnmatchedRow>,
    /// Rows the user placed as new tasks (row from 1), with the item each goes under.
    pub placements: Placements,
}

impl LedgerPreview {
    /// Plans a ledger just read: nothing placed yet.
    pub fn new(ledger: Ledger, fw: &Framework, book: &ProgressBook) -> Self {
        let mut preview =
            Self { ledger, plan: Ok(ImportPlan::default()), placeable: Vec::new(), placements: Placements::new() };
        preview.replan(fw, book);
        preview
    }

    /// Matches the file again: the rows that could be placed, then the plan with the user's placements.
    pub fn replan(&mut self, fw: &Framework, book: &ProgressBook) {
        let unplaced = self.ledger.plan(fw, book);
        self.placeable = match &unplaced {
            Ok(plan) => plan.unmatched.iter().filter(|r| r.placeable()).cloned().collect(),
            Err(_) => Vec::new(),
        };
        // A placement outlives a mapping change only while its row can still be placed.
        self.placements.retain(|row, _| self.placeable.iter().any(|r| r.row == *row));
        self.plan =
            if self.placements.is_empty() { unplaced } else { self.ledger.plan_placing(fw, book, &self.placements) };
    }

    /// Places a row as a new task under `item`, or (`None`) leaves it out again.
    pub fn place(&mut self, row: usize, item: Option<String>) {
        match item {
            Some(item) if self.placeable.iter().any(|r| r.row == row) => {
                self.placements.insert(row, item);
            }
            _ => {
                self.placements.remove(&row);
            }
        }
    }

    /// Places every row that has a suggestion under it (`true`), or none (`false`).
    pub fn place_all_suggested(&mut self, place: bool) {
        self.placements.clear();
        if place {
            let suggested = self.placeable.iter().filter_map(|r| r.nearest.as_ref().map(|n| (r.row, n.id.clone())));
            self.placements.extend(suggested);
        }
    }
}

/// The ledger import of the window: at most one file being read, one preview, or one error.
#[derive(Debug, Default)]
pub struct LedgerImport {
    /// The file being read in the background.
    pub loading: Option<Loading>,
    /// The preview dialog's content.
    pub preview: Option<LedgerPreview>,
    /// Why the last file could not be read, shown until dismissed.
    pub error: Option<LedgerImportError>,
    pending: Option<Receiver<Result<Ledger, LedgerImportError>>>,
}

impl LedgerImport {
    /// Starts reading a ledger on a background thread (a workbook picked by mistake may be large);
    /// [`Self::poll`] picks it up.
    pub fn open(&mut self, path: PathBuf) {
        let (tx, rx) = channel();
        let thread_path = path.clone();
        let spawned = std::thread::Builder::new().name("ledger-read".into()).spawn(move || {
            // The receiver is gone only if the window closed meanwhile; nothing to do then.
            let _ = tx.send(ledger_import::open(&thread_path));
        });
        self.preview = None;
        match spawned {
            Ok(_) => {
                self.error = None;
                // A ledger is read whole, in one step: the window can stop waiting, not see a share.
                self.loading = Some(Loading::new(path, LoadProgress::new()));
                self.pending = Some(rx);
            }
            Err(source) => self.error = Some(LedgerImportError::Read { path, source }),
        }
    }

    /// Stops waiting for the ledger being read; whatever its thread still sends is dropped. Returns the file.
    pub fn cancel(&mut self) -> Option<PathBuf> {
        let loading = self.loading.take()?;
        loading.cancel();
        self.pending = None;
        Some(loading.path)
    }

    /// Takes a finished read, if any, and plans it against `book`; true when something changed.
    pub fn poll(&mut self, fw: &Framework, book: &ProgressBook) -> bool {
        let Some(rx) = &self.pending else { return false };
        let result = match rx.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => {
                let path = self.loading.take().map(|l| l.path).unwrap_or_default();
                let source = std::io::Error::other("the reading thread stopped");
                self.error = Some(LedgerImportError::Read { path, source });
                self.pending = None;
                return true;
            }
        };
        self.pending = None;
        self.loading = None;
        match result {
            Ok(ledger) => self.preview = Some(LedgerPreview::new(ledger, fw, book)),
            Err(e) => self.error = Some(e),
        }
        true
    }

    /// Changes what a column of the previewed file holds.
    pub fn set_column(&mut self, index: usize, target: Option<Column>) {
        if let Some(preview) = &mut self.preview {
            preview.ledger.mapping.set(index, target);
        }
    }

    /// Matches the previewed file again (after the mapping or the progress changed).
    pub fn replan(&mut self, fw: &Framework, book: &ProgressBook) {
        if let Some(preview) = &mut self.preview {
            preview.replan(fw, book);
        }
    }
}
