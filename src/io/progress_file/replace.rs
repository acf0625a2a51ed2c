//! Replacing the progress file without losing any version, even when another program writes it at the same
//! moment.
//!
//! The new content goes to a flushed temporary file first. Then the current file is hard-linked to its
//! backup name, and the linked bytes are compared with what the store expects: a link names the very file
//! it was made from, so what is compared is what the rename will replace. Right before the rename the
//! link and the file are checked to still be one file (one inode); after the rename the link is read again.
//! - Another program's write before the link: the compare catches it; nothing is written.
//! - Its write in place (same file) after the link: it lands in the backup too, so it is kept; the save
//!   reports [`ProgressFileError::OutsideVersionKept`].
//! - Its replacement by rename after the link: caught by the inode check, unless it lands in the few
//!   microseconds between that check and the rename — the one window left, as portable Rust has no
//!   atomic exchange of two files.
//!
//! A save that fails leaves no backup behind: the link is removed again, so failed saves (a full disk)
//! cannot fill the backups with copies of one version.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::atomic::{self, FaultHook, SaveStep};
use super::{ProgressFileError, backup, format};

/// Replaces `path` (a real file, not a link) with `bytes`. `expected` is what the caller believes is on disk
/// (`None`: no file); anything else there is an outside change and nothing is written. The replaced version
/// is kept: in the backups if it loads (`known_good` skips that check), else set aside beside the file, whose
/// path is returned.
pub(super) fn replace(
    path: &Path,
    bytes: &[u8],
    expected: Option<&[u8]>,
    known_good: bool,
    hook: FaultHook,
) -> Result<Option<PathBuf>, ProgressFileError> {
    atomic::check_writable(path)?;
    let like = expected.is_some().then_some(path);
    let temp = atomic::write_temp(path, bytes, like, hook)?;
    let result = match expected {
        None => create(path, &temp, hook),
        Some(expected) => {
            let good = known_good || format::parse(expected, path).is_ok();
            swap(path, &temp, expected, good, hook)
        }
    };
    // Best effort: after a rename there is no temporary file; after a failure it holds nothing anyone needs.
    let _ = fs::remove_file(&temp);
    result
}

/// No file is expected: link the temporary file to the name, which fails if another program made one meanwhile.
fn create(path: &Path, temp: &Path, hook: FaultHook) -> Result<Option<PathBuf>, ProgressFileError> {
    let write_error = |source| ProgressFileError::Write { path: path.to_owned(), source };
    hook(SaveStep::BeforeRename, path).map_err(write_error)?;
    match fs::hard_link(temp, path) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(modified(path)),
        // No hard links here (FAT, some shares): check, then rename.
        Err(_) if path.exists() => return Err(modified(path)),
        Err(_) => fs::rename(temp, path).map_err(write_error)?,
    }
    atomic::sync_folder(atomic::folder(path)).map_err(write_error)?;
    Ok(None)
}

/// A file is expected: keep it aside by a hard link, check the link, rename over it, check the link again.
fn swap(
    path: &Path,
    temp: &Path,
    expected: &[u8],
    good: bool,
    hook: FaultHook,
) -> Result<Option<PathBuf>, ProgressFileError> {
    let write_error = |source| ProgressFileError::Write { path: path.to_owned(), source };
    let Some(kept) = backup::link_aside(path, good)? else {
        return copy_then_rename(path, temp, expected, good, hook);
    };
    let renamed = (|| {
        if atomic::read_if_exists(&kept)?.as_deref() != Some(expected) || !atomic::same_file(path, &kept) {
            return Err(modified(path));
        }
        hook(SaveStep::BeforeRename, path).map_err(write_error)?;
        fs::rename(temp, path).map_err(write_error)
    })();
    if let Err(error) = renamed {
        // Nothing was replaced: the link names a version that is still the file (or an outside one, which is).
        let _ = fs::remove_file(&kept);
        return Err(error);
    }
    atomic::sync_folder(atomic::folder(path)).map_err(write_error)?;
    if atomic::read_if_exists(&kept)?.as_deref() != Some(expected) {
        return Err(ProgressFileError::OutsideVersionKept { path: path.to_owned(), backup: kept });
    }
    if !good {
        return Ok(Some(kept));
    }
    if backup::repeats_newest(path, &kept, expected) {
        // Saving an unchanged book replaces a version the backups already hold.
        let _ = fs::remove_file(&kept);
    }
    Ok(None)
}

/// Where hard links are not supported: compare the file, copy it to the backups, rename over it.
fn copy_then_rename(
    path: &Path,
    temp: &Path,
    expected: &[u8],
    good: bool,
    hook: FaultHook,
) -> Result<Option<PathBuf>, ProgressFileError> {
    let write_error = |source| ProgressFileError::Write { path: path.to_owned(), source };
    if atomic::read_if_exists(path)?.as_deref() != Some(expected) {
        return Err(modified(path));
    }
    let kept = backup::copy_aside(path, expected, good)?;
    let renamed = hook(SaveStep::BeforeRename, path).and_then(|()| fs::rename(temp, path));
    if let Err(source) = renamed {
        // The copy is of a version that is still the file.
        let _ = fs::remove_file(&kept);
        return Err(write_error(source));
    }
    atomic::sync_folder(atomic::folder(path)).map_err(write_error)?;
    Ok((!good).then_some(kept))
}

fn modified(path: &Path) -> ProgressFileError {
    ProgressFileError::ExternallyModified { path: path.to_owned() }
}
