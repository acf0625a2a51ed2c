//! The progress file: a person-readable JSON file that one process at a time may change.
//!
//! On disk, beside `progress.json`:
//! - `progress.json.lock` — empty; an operating-system lock on it marks the file as open for writing.
//!   The system drops the lock when the process ends, however it ends, so a crash never leaves it locked.
//! - `progress.backups/progress-20261120T020000.123Z.json` — the version each save replaced, newest 10 kept;
//!   `progress-…-schema1.json` — the original of a file migrated from an older schema, never pruned.
//! - `progress.broken-20261120T020000.123Z.json` — a broken file set aside when a backup was restored over it.
//!
//! Every write goes to a temporary file in the same folder, is flushed to disk and renamed over the
//! target, so the file always holds either the old or the new content, never a mix. The new file keeps the
//! old one's permissions (and owner, where allowed); a file no one may write is refused.
//!
//! A progress file that is a symbolic link is resolved when opened: the temporary file, the rename, the lock
//! and the backups are all beside the link's target, so the link stays a link and every link to one file
//! shares one lock. A link to a missing file is refused rather than replaced. How a save guards against
//! another program writing at the same moment: see `replace.rs`.

mod atomic;
mod backup;
mod format;
mod lock;
mod replace;

use std::hash::{DefaultHasher, Hasher};
use std::path::{Path, PathBuf};

use crate::domain::progress::{ProgressBook, SCHEMA_VERSION};
use crate::i18n::{Lang, describe_progress_error};

use super::json_file::JsonFileError;

pub use atomic::{FaultHook, SaveStep, no_fault};
pub use backup::{KEEP_BACKUPS, backup_dir, backups, newest_good_backup, restore_backup};

/// Why a progress file could not be read or written.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_progress_error(self, Lang::En))]
pub enum ProgressFileError {
    /// The file (or a backup) could not be read, is not text, or not JSON of its schema version's layout.
    File(#[from] JsonFileError),
    /// The file's `schema_version` is one this build cannot read (0, or from a newer build).
    UnsupportedSchema {
        /// The file.
        path: PathBuf,
        /// The version found.
        found: u64,
    },
    /// Well-formed JSON with a value the progress book cannot hold.
    BadValue {
        /// The file.
        path: PathBuf,
        /// The item id (empty when the id itself is missing).
        item: String,
        /// The field, as named in the file.
        field: &'static str,
        /// What is wrong with it.
        problem: ValueProblem,
    },
    /// Another window or command holds the file open for writing.
    Locked {
        /// The progress file.
        path: PathBuf,
    },
    /// The lock file could not be created or locked (read-only folder, a share without locks).
    Lock {
        /// The lock file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file changed on disk since it was loaded or saved here; nothing was written.
    ExternallyModified {
        /// The file.
        path: PathBuf,
    },
    /// The progress file may not be written by anyone (no write permission bit, e.g. mode 444); nothing was written.
    /// Checked from the mode bits, as root may write such a file regardless.
    ReadOnlyFile {
        /// The file.
        path: PathBuf,
    },
    /// The progress file is a symbolic link whose target does not exist; nothing was written, the link is kept.
    DanglingSymlink {
        /// The link.
        path: PathBuf,
        /// Where it points (the first missing file on the way).
        target: PathBuf,
    },
    /// The save went through, but another program wrote the file in the instant before it was replaced;
    /// that version is not lost but kept as `backup`.
    OutsideVersionKept {
        /// The file.
        path: PathBuf,
        /// The backup holding the other program's version.
        backup: PathBuf,
    },
    /// A file (the progress file, a backup or a temporary file) could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// What is wrong with one value of a progress file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueProblem {
    /// A percentage above 100.
    PercentOver100 {
        /// The number found.
        found: u64,
    },
    /// A status word that is none of 未开始/推进中/已完成/受阻/暂缓 or their English names.
    UnknownStatus {
        /// The word found.
        word: String,
    },
    /// A date not written as YYYY-MM-DD.
    BadDate {
        /// The text found.
        text: String,
    },
    /// The same item id appears twice.
    DuplicateItem,
    /// An item with an empty id.
    EmptyId {
        /// Its position in the list, from 1.
        position: usize,
    },
}

/// What this process last saw on disk: enough to tell whether another program has changed the file.
/// The content is compared (not the modification time), so a `touch` is not a change and an edit
/// within the time stamp's resolution still is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    fn of(bytes: &[u8]) -> Self {
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        Self { len: bytes.len(), hash: hasher.finish() }
    }
}

/// A progress file held open for writing: while it lives, no other store can open the same file.
#[derive(Debug)]
pub struct ProgressStore {
    /// As given (what the user chose and sees).
    path: PathBuf,
    /// The file written: `path`, or its target if it is a symbolic link.
    target: PathBuf,
    _lock: lock::FileLock,
    /// `None`: there was no file.
    on_disk: Option<Fingerprint>,
    /// [`no_fault`] except in tests of failing saves.
    hook: FaultHook,
}

impl ProgressStore {
    /// Locks and loads a progress file; a missing file is an empty book, a symbolic link to a missing file an
    /// error. A file of an older schema is migrated: its original is kept in the backups first, then the file
    /// is rewritten in the current schema.
    pub fn open(path: &Path) -> Result<(ProgressStore, ProgressBook), ProgressFileError> {
        let target = atomic::resolve(path)?;
        let lock = lock::FileLock::acquire(&target)?;
        atomic::remove_stale_temp_files(&target);
        let mut store = ProgressStore { path: path.to_owned(), target, _lock: lock, on_disk: None, hook: no_fault };
        let book = store.load()?;
        Ok((store, book))
    }

    /// Reads a progress file without locking it or writing anything (older schemas are migrated in memory).
    pub fn read(path: &Path) -> Result<ProgressBook, ProgressFileError> {
        let bytes = std::fs::read(path).map_err(|source| JsonFileError::read(path, source))?;
        Self::parse(&bytes, path)
    }

    /// Reads a progress file's bytes as [`Self::read`] reads the file; `path` names it in messages.
    pub fn parse(bytes: &[u8], path: &Path) -> Result<ProgressBook, ProgressFileError> {
        Ok(format::parse(bytes, path)?.book)
    }

    /// Like [`Self::read`], but a file that does not exist yet is an empty record, not an error.
    pub fn read_or_empty(path: &Path) -> Result<ProgressBook, ProgressFileError> {
        if path.exists() { Self::read(path) } else { Ok(ProgressBook::default()) }
    }

    /// Saves the book, keeping the version it replaces as a backup.
    /// Fails with [`ProgressFileError::ExternallyModified`] if another program changed the file since it was
    /// loaded or saved here; the caller then offers [`Self::reload`] or [`Self::overwrite`].
    pub fn save(&mut self, book: &ProgressBook) -> Result<(), ProgressFileError> {
        let current = atomic::read_if_exists(&self.target)?;
        if current.as_deref().map(Fingerprint::of) != self.on_disk {
            return Err(ProgressFileError::ExternallyModified { path: self.target.clone() });
        }
        // What is on disk is what this store wrote or loaded, so it is known to load.
        self.write(&format::to_bytes(book, &self.target)?, current.as_deref(), true).map(drop)
    }

    /// Saves the book whatever is on disk now (the user chose to keep this version). What it replaces is
    /// not lost: it goes to the backups, or is set aside as `<stem>.broken-<time>.json` if it does not load.
    pub fn overwrite(&mut self, book: &ProgressBook) -> Result<(), ProgressFileError> {
        let current = atomic::read_if_exists(&self.target)?;
        let ours = current.as_deref().map(Fingerprint::of) == self.on_disk;
        self.write(&format::to_bytes(book, &self.target)?, current.as_deref(), ours).map(drop)
    }

    /// Loads the file again, e.g. after another program changed it; the book in memory is the caller's to drop.
    pub fn reload(&mut self) -> Result<ProgressBook, ProgressFileError> {
        self.load()
    }

    /// Runs `hook` at each step of every later save: for tests of a full disk or of another program writing
    /// at the worst moment.
    pub fn set_fault_hook(&mut self, hook: FaultHook) {
        self.hook = hook;
    }

    /// The progress file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn load(&mut self) -> Result<ProgressBook, ProgressFileError> {
        let Some(bytes) = atomic::read_if_exists(&self.target)? else {
            self.on_disk = None;
            return Ok(ProgressBook::default());
        };
        let parsed = format::parse(&bytes, &self.target)?;
        self.on_disk = Some(Fingerprint::of(&bytes));
        if parsed.from_version < SCHEMA_VERSION {
            backup::keep_original(&self.target, &bytes, parsed.from_version)?;
            // The replaced bytes are the original just kept, so no second backup of them stays.
            self.write(&format::to_bytes(&parsed.book, &self.target)?, Some(&bytes), true)?;
        }
        Ok(parsed.book)
    }

    /// Writes `bytes` in place of `previous` (what is on disk now; `known_good`: it loads), which is kept.
    /// Returns where a previous version that does not load was set aside.
    fn write(
        &mut self,
        bytes: &[u8],
        previous: Option<&[u8]>,
        known_good: bool,
    ) -> Result<Option<PathBuf>, ProgressFileError> {
        let result = replace::replace(&self.target, bytes, previous, known_good, self.hook);
        if matches!(result, Ok(_) | Err(ProgressFileError::OutsideVersionKept { .. })) {
            self.on_disk = Some(Fingerprint::of(bytes));
            backup::prune(&self.target);
        }
        result
    }
}
