//! Writing a file so that it appears whole or not at all, even if the program or the machine stops midway:
//! the bytes go to a temporary file in the same folder, are flushed to disk, and that file is renamed over the
//! target; then the folder is flushed so the rename lasts too. A file replaced keeps its permissions (and on
//! unix its owner, where the system allows), given to the temporary file before any byte is written.
//!
//! Exports, the metrics cache and screenshots use [`write_atomic`]; the progress store builds its saves (lock,
//! outside-change check, backups) from the same pieces.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Marks a temporary file: `dir/.name.tmp-<pid>` for `dir/name`.
pub(crate) const TEMP_MARK: &str = ".tmp-";

/// Writes `bytes` as the whole content of `path`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// Writes what `fill` writes as the whole content of `path` (for content made while it is written). A
/// failure, of `fill` or of the system, removes the temporary file and leaves `path` as it was.
pub fn write_atomic_with(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    // A target that cannot be looked at is replaced with default permissions (if the folder lets us).
    let like = fs::metadata(path).ok();
    let temp = temp_path(path);
    let written = (|| {
        let mut file = create_temp(&temp, like.as_ref())?;
        fill(&mut file)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        // Best effort: the temporary file holds nothing anyone needs, and the error reported is the write's.
        let _ = fs::remove_file(&temp);
    }
    written?;
    sync_folder(folder(path))
}

/// Creates (or truncates) the temporary file `temp`. With `like`, the file gets those permissions (and on unix
/// that owner, where the system allows) before any byte is written, so a private file is never readable by
/// others, not even for a moment.
pub(crate) fn create_temp(temp: &Path, like: Option<&fs::Metadata>) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    if like.is_some() {
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    }
    let file = options.open(temp)?;
    if let Some(like) = like {
        file.set_permissions(like.permissions())?;
        #[cfg(unix)]
        keep_owner(&file, like);
    }
    Ok(file)
}

/// Gives the file the owner and group of `like`, or at least its group: only root may give a file away, and a
/// save by anyone else makes a file of their own, as any editor does.
#[cfg(unix)]
fn keep_owner(file: &File, like: &fs::Metadata) {
    use std::os::unix::fs::{MetadataExt, fchown};
    if fchown(file, Some(like.uid()), Some(like.gid())).is_err() {
        // Best effort: a group the user is not in is refused too, and the save need not fail for it.
        let _ = fchown(file, None, Some(like.gid()));
    }
}

/// `dir/progress.json` → `dir/.progress.json.tmp-<pid>`: hidden, beside the target (a rename cannot cross file
/// systems), and unique per process.
pub(crate) fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    folder(path).join(format!(".{name}{TEMP_MARK}{}", std::process::id()))
}

/// Makes a rename durable: on unix a rename lives in the folder, which has to be flushed too.
/// Some file systems (network and FUSE mounts) cannot flush a folder; there the rename has happened and the
/// write stands, as reporting it failed would make the caller think the old content is still on disk.
#[cfg(unix)]
pub(crate) fn sync_folder(dir: &Path) -> io::Result<()> {
    match File::open(dir)?.sync_all() {
        Err(e) if matches!(e.kind(), io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported) => Ok(()),
        result => result,
    }
}

/// Windows cannot open a folder to flush it; NTFS's journal keeps the rename whole across a crash.
#[cfg(not(unix))]
pub(crate) fn sync_folder(_dir: &Path) -> io::Result<()> {
    Ok(())
}

/// The folder a file is in (`.` for a bare file name).
pub(crate) fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            fs::read_dir(dir).expect("list").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn a_write_replaces_the_file_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("报告.pdf");
        fs::write(&path, "old").expect("seed");
        write_atomic(&path, "新".as_bytes()).expect("write");
        assert_eq!(fs::read_to_string(&path).expect("read"), "新");
        assert_eq!(names(dir.path()), ["报告.pdf"]);
    }

    #[test]
    fn a_failed_fill_leaves_the_old_file_and_no_temporary_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("entry.bin");
        fs::write(&path, "old").expect("seed");
        let result = write_atomic_with(&path, |out| {
            out.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(result.is_err());
        assert_eq!(fs::read_to_string(&path).expect("read"), "old");
        assert_eq!(names(dir.path()), ["entry.bin"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions_and_a_new_one_gets_the_default() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let private = dir.path().join("台账.xlsx");
        fs::write(&private, "old").expect("seed");
        fs::set_permissions(&private, fs::Permissions::from_mode(0o640)).expect("chmod");
        write_atomic(&private, b"new").expect("write");
        assert_eq!(fs::metadata(&private).expect("stat").permissions().mode() & 0o777, 0o640);

        let fresh = dir.path().join("new.csv");
        write_atomic(&fresh, b"new").expect("write");
        let plain = dir.path().join("plain.csv");
        fs::write(&plain, b"new").expect("write");
        let mode = |p: &Path| fs::metadata(p).expect("stat").permissions().mode() & 0o777;
        assert_eq!(mode(&fresh), mode(&plain), "as any new file (umask)");
    }

    #[test]
    fn a_bare_file_name_is_in_the_current_folder() {
        assert_eq!(folder(Path::new("progress.json")), Path::new("."));
    }
}
