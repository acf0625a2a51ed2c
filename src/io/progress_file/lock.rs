//! One writer per progress file: an operating-system lock on the sidecar `<file>.lock`.
//!
//! The lock is on a separate file so the progress file itself can be replaced by rename while locked.
//! The sidecar is never deleted: removing it while another process waits on it would let two processes
//! each lock a different file of the same name.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::ProgressFileError;

/// A held lock; dropping it (or the process ending in any way) releases it.
#[derive(Debug)]
pub(super) struct FileLock {
    _file: File,
}

impl FileLock {
    /// Locks `<path>.lock`, or fails with [`ProgressFileError::Locked`] at once if another holder has it —
    /// another process, or another store in this one.
    pub(super) fn acquire(path: &Path) -> Result<FileLock, ProgressFileError> {
        let lock_path = lock_path(path);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&lock_path)
            .map_err(|source| ProgressFileError::Lock { path: lock_path.clone(), source })?;
        match file.try_lock() {
            Ok(()) => Ok(FileLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(ProgressFileError::Locked { path: path.to_owned() }),
            Err(TryLockError::Error(source)) => Err(ProgressFileError::Lock { path: lock_path, source }),
        }
    }
}

/// `progress.json` → `progress.json.lock`.
fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_file_is_refused_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.json");
        let first = FileLock::acquire(&path).expect("first lock");
        assert!(matches!(FileLock::acquire(&path), Err(ProgressFileError::Locked { .. })));
        drop(first);
        assert!(FileLock::acquire(&path).is_ok());
        assert!(dir.path().join("progress.json.lock").exists());
    }
}
