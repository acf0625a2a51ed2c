//! Importing an office's ledger in the window: the file is read on a background thread, then previewed
//! with a column mapping the user may correct; the plan is recomputed after each correction and applied
//! (by [`super::AppState::apply`]) as one undoable step.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use crate::domain::framework::Framework;
use crate::domain::progress::ProgressBook;
use crate::io::ledger::Column;
use crate::io::ledger_import::{self, ImportPlan, Ledger, LedgerImportError};

/// A ledger read and matched, waiting for the user's decision.
#[derive(Debug)]
pub struct LedgerPreview {
    /// The file, its cells and the current mapping.
    pub ledger: Ledger,
    /// What importing would do with the current mapping, or why it cannot (no key or no field column).
    pub plan: Result<ImportPlan, LedgerImportError>,
}

/// The ledger import of the window: at most one file being read, one preview, or one error.
#[derive(Debug, Default)]
pub struct LedgerImport {
    /// The file being read in the background.
    pub loading: Option<PathBuf>,
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
                self.loading = Some(path);
                self.pending = Some(rx);
            }
            Err(source) => self.error = Some(LedgerImportError::Read { path, source }),
        }
    }

    /// Takes a finished read, if any, and plans it against `book`; true when something changed.
    pub fn poll(&mut self, fw: &Framework, book: &ProgressBook) -> bool {
        let Some(rx) = &self.pending else { return false };
        let result = match rx.try_recv() {
            Ok(result) => result,
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => {
                let path = self.loading.take().unwrap_or_default();
                let source = std::io::Error::other("the reading thread stopped");
                self.error = Some(LedgerImportError::Read { path, source });
                self.pending = None;
                return true;
            }
        };
        self.pending = None;
        self.loading = None;
        match result {
            Ok(ledger) => {
                let plan = ledger.plan(fw, book);
                self.preview = Some(LedgerPreview { ledger, plan });
            }
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
            preview.plan = preview.ledger.plan(fw, book);
        }
    }
}
