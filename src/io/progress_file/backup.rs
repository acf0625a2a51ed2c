//! Backups of a progress file: the version each save replaced, the original of a migrated file, and
//! restoring one of them over a broken file without losing the broken one.

use std::fs;
use std::path::{Path, PathBuf};

use jiff::{SignedDuration, Timestamp};

use crate::domain::progress::ProgressBook;
use crate::io::json_file::JsonFileError;

use super::atomic::{self, folder};
use super::lock::FileLock;
use super::{ProgressFileError, ProgressStore, format, replace};

/// How many backups of replaced versions are kept (originals of migrated files are kept besides).
pub const KEEP_BACKUPS: usize = 10;

/// UTC with milliseconds, without `:` (not allowed in Windows file names); names sort by time.
const TIME_FORMAT: &str = "%Y%m%dT%H%M%S%.3fZ";
/// Length of a time written with [`TIME_FORMAT`], e.g. `20261120T020000.123Z`.
const TIME_LEN: usize = 20;

/// The backups folder of a progress file: `dir/progress.json` → `dir/progress.backups`.
pub fn backup_dir(path: &Path) -> PathBuf {
    folder(path).join(format!("{}.backups", stem(path)))
}

/// Every backup of a progress file, newest first; a symbolic link's are those of its target.
pub fn backups(path: &Path) -> Vec<PathBuf> {
    listed(&real(path)).into_iter().map(|b| b.path).collect()
}

/// The newest backup that loads, with its book.
pub fn newest_good_backup(path: &Path) -> Option<(PathBuf, ProgressBook)> {
    backups(path).into_iter().find_map(|backup| ProgressStore::read(&backup).ok().map(|book| (backup, book)))
}

/// Puts a backup (any file that loads) in place of the progress file. The file it replaces is kept: in the
/// backups if it loads, else beside it as `<stem>.broken-<time>.json`, whose path is returned.
/// Fails with [`ProgressFileError::Locked`] while a store has the file open, in this process or another.
pub fn restore_backup(path: &Path, backup: &Path) -> Result<Option<PathBuf>, ProgressFileError> {
    let path = &atomic::resolve(path)?;
    let _lock = FileLock::acquire(path)?;
    let bytes = fs::read(backup).map_err(|source| JsonFileError::read(backup, source))?;
    format::parse(&bytes, backup)?;
    let current = atomic::read_if_exists(path)?;
    let set_aside = replace::replace(path, &bytes, current.as_deref(), false, atomic::no_fault)?;
    prune(path);
    Ok(set_aside)
}

/// The file behind a path: its target if it is a symbolic link, else itself.
fn real(path: &Path) -> PathBuf {
    atomic::resolve(path).unwrap_or_else(|_| path.to_owned())
}

/// Hard-links the file about to be replaced to a new name: in the backups if `good`, else beside it as
/// `<stem>.broken-<time>.json`. `None` where hard links are not supported (FAT, some shares).
pub(super) fn link_aside(path: &Path, good: bool) -> Result<Option<PathBuf>, ProgressFileError> {
    let (dir, prefix) = aside(path, good);
    fs::create_dir_all(&dir).map_err(|source| ProgressFileError::Write { path: dir.clone(), source })?;
    let target = free_name(&dir, &prefix, ".json");
    match fs::hard_link(path, &target) {
        Ok(()) => Ok(Some(target)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(ProgressFileError::ExternallyModified { path: path.to_owned() })
        }
        Err(_) => Ok(None),
    }
}

/// Copies the content about to be replaced where [`link_aside`] would have linked it, with the file's permissions.
pub(super) fn copy_aside(path: &Path, bytes: &[u8], good: bool) -> Result<PathBuf, ProgressFileError> {
    let (dir, prefix) = aside(path, good);
    write_new(&dir, &prefix, ".json", bytes, path)
}

/// Folder and name prefix of a replaced version: the backups, or beside the file for one that does not load.
fn aside(path: &Path, good: bool) -> (PathBuf, String) {
    let stem = stem(path);
    if good { (backup_dir(path), format!("{stem}-")) } else { (folder(path).to_owned(), format!("{stem}.broken-")) }
}

/// Whether the newest backup other than `kept` holds `bytes` already.
pub(super) fn repeats_newest(path: &Path, kept: &Path, bytes: &[u8]) -> bool {
    let newest = listed(path).into_iter().find(|b| b.path != kept);
    newest.is_some_and(|b| fs::read(&b.path).is_ok_and(|other| other == bytes))
}

/// Keeps the original of a file about to be migrated from schema `version`; never pruned.
pub(super) fn keep_original(path: &Path, bytes: &[u8], version: u32) -> Result<(), ProgressFileError> {
    let suffix = format!("-schema{version}.json");
    write_new(&backup_dir(path), &format!("{}-", stem(path)), &suffix, bytes, path).map(drop)
}

/// Deletes all but the newest [`KEEP_BACKUPS`] distinct versions among the backups of replaced versions: a
/// copy of a version kept newer is deleted first, so copies (left by an older build after failed saves) never
/// push out older versions.
pub(super) fn prune(path: &Path) {
    let mut kept: Vec<Version> = Vec::new();
    for backup in listed(path).into_iter().filter(|b| !b.original) {
        let version = Version::of(backup.path);
        if kept.len() >= KEEP_BACKUPS || kept.iter().any(|k| k.same_as(&version)) {
            // Best effort: a backup that cannot be deleted costs only space, and the save itself succeeded.
            let _ = fs::remove_file(&version.path);
        } else {
            kept.push(version);
        }
    }
}

/// A backup compared by content, read only when another has its length (most versions differ in length).
struct Version {
    path: PathBuf,
    len: Option<u64>,
    bytes: std::cell::OnceCell<Option<Vec<u8>>>,
}

impl Version {
    fn of(path: PathBuf) -> Self {
        let len = fs::metadata(&path).ok().map(|m| m.len());
        Self { path, len, bytes: std::cell::OnceCell::new() }
    }

    fn bytes(&self) -> Option<&Vec<u8>> {
        self.bytes.get_or_init(|| fs::read(&self.path).ok()).as_ref()
    }

    /// Same content; a backup that cannot be read is never taken for a copy.
    fn same_as(&self, other: &Version) -> bool {
        self.len.is_some() && self.len == other.len && self.bytes().is_some_and(|b| Some(b) == other.bytes())
    }
}

/// Writes `bytes` to a new file named by [`free_name`], with the permissions of `like`.
fn write_new(dir: &Path, prefix: &str, suffix: &str, bytes: &[u8], like: &Path) -> Result<PathBuf, ProgressFileError> {
    fs::create_dir_all(dir).map_err(|source| ProgressFileError::Write { path: dir.to_owned(), source })?;
    let target = free_name(dir, prefix, suffix);
    atomic::write(&target, bytes, Some(like).filter(|like| like.exists()))?;
    Ok(target)
}

/// `dir/<prefix><now><suffix>`, a millisecond later if that name is taken.
fn free_name(dir: &Path, prefix: &str, suffix: &str) -> PathBuf {
    let now = Timestamp::now();
    let mut target = dir.join(format!("{prefix}{}{suffix}", now.strftime(TIME_FORMAT)));
    for later in 1_i64.. {
        if !target.exists() {
            break;
        }
        let time = now + SignedDuration::from_millis(later);
        target = dir.join(format!("{prefix}{}{suffix}", time.strftime(TIME_FORMAT)));
    }
    target
}

/// A file in the backups folder.
struct Backup {
    time: String,
    /// The original of a migrated file.
    original: bool,
    path: PathBuf,
}

/// The backups, newest first.
fn listed(path: &Path) -> Vec<Backup> {
    let Ok(entries) = fs::read_dir(backup_dir(path)) else { return Vec::new() };
    let prefix = format!("{}-", stem(path));
    let mut found: Vec<Backup> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let (time, original) = parse_name(&name, &prefix)?;
            Some(Backup { time: time.to_owned(), original, path: entry.path() })
        })
        .collect();
    found.sort_by(|a, b| b.time.cmp(&a.time));
    found
}

/// `<prefix><time>.json` → (time, false); `<prefix><time>-schema<n>.json` → (time, true); else `None`.
fn parse_name<'a>(name: &'a str, prefix: &str) -> Option<(&'a str, bool)> {
    let rest = name.strip_prefix(prefix)?.strip_suffix(".json")?;
    let time = rest.get(..TIME_LEN)?;
    jiff::civil::DateTime::strptime(TIME_FORMAT, time).ok()?;
    match &rest[TIME_LEN..] {
        "" => Some((time, false)),
        tail if tail.strip_prefix("-schema").is_some_and(|n| n.parse::<u32>().is_ok()) => Some((time, true)),
        _ => None,
    }
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_names_are_read_as_time_and_kind() {
        let p = "progress-";
        assert_eq!(parse_name("progress-20261120T020000.123Z.json", p), Some(("20261120T020000.123Z", false)));
        assert_eq!(parse_name("progress-20261120T020000.123Z-schema1.json", p), Some(("20261120T020000.123Z", true)));
        assert_eq!(parse_name("progress-20261120T020000.123Z-copy.json", p), None);
        assert_eq!(parse_name("progress-notatime-and-more.json", p), None);
        assert_eq!(parse_name("other-20261120T020000.123Z.json", p), None);
    }

    #[test]
    fn backup_times_are_utc_with_milliseconds_and_of_the_length_names_are_parsed_with() {
        let time = Timestamp::from_millisecond(1_795_140_000_123).expect("time").strftime(TIME_FORMAT).to_string();
        assert_eq!(time, "20261120T020000.123Z");
        assert_eq!(time.len(), TIME_LEN);
    }

    #[test]
    fn backups_of_a_file_live_in_a_folder_named_for_its_stem() {
        assert_eq!(backup_dir(Path::new("/data/progress.json")), Path::new("/data/progress.backups"));
        assert_eq!(backup_dir(Path::new("progress.json")), Path::new("./progress.backups"));
    }
}
