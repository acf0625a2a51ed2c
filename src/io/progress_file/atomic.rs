//! Writing a file so that a crash at any moment leaves either the old or the new content:
//! a temporary file in the same folder, flushed, renamed over the target, then the folder flushed.
//! Callers hold the file's lock, so the temporary name only needs to be unique per process.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::ProgressFileError;

/// Replaces `path` with `bytes` atomically.
pub(super) fn write(path: &Path, bytes: &[u8]) -> Result<(), ProgressFileError> {
    let temp = temp_path(path);
    let result = write_then_rename(&temp, path, bytes);
    if result.is_err() {
        // Best effort: the temporary file holds nothing anyone needs, and the error reported is the write's.
        let _ = fs::remove_file(&temp);
    }
    result.map_err(|source| ProgressFileError::Write { path: path.to_owned(), source })
}

fn write_then_rename(temp: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = File::create(temp)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    drop(file);
    fs::rename(temp, path)?;
    sync_folder(folder(path))
}

/// Makes the rename itself durable: on unix a rename lives in the folder, which has to be flushed too.
/// Some file systems (network and FUSE mounts) cannot flush a folder; there the rename has happened and the
/// save stands, as reporting it failed would make the caller think the old content is still on disk.
#[cfg(unix)]
fn sync_folder(dir: &Path) -> io::Result<()> {
    match File::open(dir)?.sync_all() {
        Err(e) if matches!(e.kind(), io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported) => Ok(()),
        result => result,
    }
}

/// Windows cannot open a folder to flush it; NTFS's journal keeps the rename whole across a crash.
#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// The file's bytes, or `None` if there is no file.
pub(super) fn read_if_exists(path: &Path) -> Result<Option<Vec<u8>>, ProgressFileError> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(ProgressFileError::Read { path: path.to_owned(), source }),
    }
}

/// The folder a file is in (`.` for a bare file name).
pub(super) fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

/// `dir/progress.json` → `dir/.progress.json.tmp-<pid>`.
fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    folder(path).join(format!(".{name}{TEMP_MARK}{}", std::process::id()))
}

const TEMP_MARK: &str = ".tmp-";

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
        write(&path, "新".as_bytes()).expect("write");
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

    #[test]
    fn a_bare_file_name_is_in_the_current_folder() {
        assert_eq!(folder(Path::new("progress.json")), Path::new("."));
    }
}
