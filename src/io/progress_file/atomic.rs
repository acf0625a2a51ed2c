//! Writing the progress file and its backups so that a crash at any moment leaves either the old or the new
//! content, from the pieces of [`atomic_file`](crate::io::atomic_file) (a temporary file in the same folder,
//! flushed, renamed over the target, then the folder flushed), with a hook at each step for tests.
//! Callers hold the file's lock, so the temporary name only needs to be unique per process.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::ProgressFileError;
use crate::io::atomic_file::{TEMP_MARK, create_temp, temp_path};
use crate::io::json_file::JsonFileError;

pub(super) use crate::io::atomic_file::{folder, sync_folder};

/// A step of a save at which a [`FaultHook`] runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveStep {
    /// The new content is in the temporary file and flushed; an error here fails the write (as a full disk does).
    TempWritten,
    /// The file on disk has been checked against what the store expects; the rename comes next.
    BeforeRename,
}

/// Runs at each [`SaveStep`] with the file being replaced, so tests can fill the disk or write the file as
/// another program at the worst moment; it is [`no_fault`] in the app.
pub type FaultHook = fn(SaveStep, &Path) -> io::Result<()>;

/// The hook that does nothing.
pub fn no_fault(_step: SaveStep, _path: &Path) -> io::Result<()> {
    Ok(())
}

/// Writes a new file at `path` atomically (used for backup copies): `like` gives it that file's permissions.
pub(super) fn write(path: &Path, bytes: &[u8], like: Option<&Path>) -> Result<(), ProgressFileError> {
    let temp = write_temp(path, bytes, like, no_fault)?;
    fs::rename(&temp, path).and_then(|()| sync_folder(folder(path))).map_err(|source| {
        // Best effort: the temporary file holds nothing anyone needs, and the error reported is the rename's.
        let _ = fs::remove_file(&temp);
        ProgressFileError::Write { path: path.to_owned(), source }
    })
}

/// Writes `bytes` to a flushed temporary file beside `path` and returns its name. With `like`, the file gets
/// that file's permissions (and on unix its owner, where the system allows) before any byte is written, so a
/// private record is never readable by others, not even for a moment.
pub(super) fn write_temp(
    path: &Path,
    bytes: &[u8],
    like: Option<&Path>,
    hook: FaultHook,
) -> Result<PathBuf, ProgressFileError> {
    let temp = temp_path(path);
    let result = fill_temp(&temp, path, bytes, like, hook);
    if result.is_err() {
        // Best effort: the temporary file holds nothing anyone needs, and the error reported is the write's.
        let _ = fs::remove_file(&temp);
    }
    result.map(|()| temp).map_err(|source| ProgressFileError::Write { path: path.to_owned(), source })
}

fn fill_temp(temp: &Path, path: &Path, bytes: &[u8], like: Option<&Path>, hook: FaultHook) -> io::Result<()> {
    let like = like.map(fs::metadata).transpose()?;
    let mut file = create_temp(temp, like.as_ref())?;
    file.write_all(bytes)?;
    file.sync_all()?;
    hook(SaveStep::TempWritten, path)
}

/// Refuses a file no one may write (mode 444, or the read-only attribute): root and the owner could replace it,
/// but its owner marked it as not to be changed.
pub(super) fn check_writable(path: &Path) -> Result<(), ProgressFileError> {
    match fs::metadata(path) {
        Ok(meta) if meta.permissions().readonly() => Err(ProgressFileError::ReadOnlyFile { path: path.to_owned() }),
        _ => Ok(()),
    }
}

/// The file a path names, following symbolic links (a save writes the target and keeps the link). A missing
/// file is fine (a first save creates it); a link to a missing file is refused, as saving would replace the link.
pub(super) fn resolve(path: &Path) -> Result<PathBuf, ProgressFileError> {
    let mut current = path.to_owned();
    // As many links as Linux follows before it gives up with ELOOP.
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = fs::read_link(&current).map_err(|source| JsonFileError::read(&current, source))?;
                current = folder(&current).join(to);
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == io::ErrorKind::NotFound && current != path => {
                return Err(ProgressFileError::DanglingSymlink { path: path.to_owned(), target: current });
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(source) => return Err(JsonFileError::read(&current, source).into()),
        }
    }
    let source = io::Error::other("too many levels of symbolic links");
    Err(JsonFileError::read(path, source).into())
}

/// Whether two names are one file (one inode): a hard link made a moment ago still names what `path` does.
#[cfg(unix)]
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (fs::metadata(a), fs::metadata(b)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    }
}

/// Without inode numbers, the content check before it stands alone.
#[cfg(not(unix))]
pub(super) fn same_file(_a: &Path, _b: &Path) -> bool {
    true
}

/// The file's bytes, or `None` if there is no file.
pub(super) fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, ProgressFileError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(JsonFileError::read(path, source).into()),
    }
}

/// Removes temporary files a killed process left behind, beside the file and in its backups folder.
/// Only called with the lock held, when no other process can be writing one.
pub(super) fn remove_stale_temp_files(path: &Path) {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let beside = format!(".{stem}");
    remove_temp_files_in(folder(path), |name| name.starts_with(&beside));
    remove_temp_files_in(&super::backup_dir(path), |name| name.starts_with('.'));
}

fn remove_temp_files_in(dir: &Path, ours: impl Fn(&str) -> bool) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if ours(&name) && name.contains(TEMP_MARK) {
            // Best effort: a leftover that cannot be removed does no harm; the next open tries again.
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.json");
        fs::write(&path, "old").expect("seed");
        write(&path, "新".as_bytes(), None).expect("write");
        assert_eq!(fs::read_to_string(&path).expect("read"), "新");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, ["progress.json"]);
    }

    #[test]
    fn stale_temporary_files_are_removed_and_other_files_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.json");
        fs::write(dir.path().join(".progress.json.tmp-4242"), "half").expect("seed");
        fs::write(dir.path().join(".other.json.tmp-4242"), "not ours").expect("seed");
        remove_stale_temp_files(&path);
        assert!(!dir.path().join(".progress.json.tmp-4242").exists());
        assert!(dir.path().join(".other.json.tmp-4242").exists());
    }
}
