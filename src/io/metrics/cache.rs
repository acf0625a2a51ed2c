//! A binary copy of each metrics file the window opened, kept in the app's data folder, so that
//! reopening a national panel reads one small file instead of parsing 138 MB of CSV.
//!
//! An entry is named after the source's path and records the source's size, modification time and
//! a hash of its bytes (xxh3, taken while the source is read). [`MetricsCache::lookup`] trusts an
//! entry whose size and time match; the caller then checks the hash ([`content_hash`]) and reads the
//! source again if it differs, so an edit that kept the size and the time is caught too. An entry
//! that is damaged in any way (wrong magic or version, sizes that do not add up, a checksum that
//! does not match, pieces that do not make a panel) is ignored and replaced: the cache never
//! produces an error the user sees.
//!
//! Why not Parquet or Arrow IPC: the panel is one dense cube of doubles plus a few thousand names;
//! stored as is, it is read back with one `read` into the final vector and one checksum, with no
//! columnar decoding or copying, and nothing else reads these files.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::{Xxh3, xxh3_64};

use super::{LoadReport, Loaded, MetricsLoadError, load_reader};
use crate::domain::metrics::{Catalog, Panel, PanelMeta};
use crate::io::atomic_file::write_atomic_with;
use crate::io::load_progress::LoadProgress;

/// File magic and format version of an entry.
const MAGIC: &[u8; 8] = b"PCMETRIC";
/// Bumped whenever the readers read a file differently, so a copy of an older reading is read again.
const VERSION: u32 = 2;
/// Bytes before the metadata: magic, version, key, and the lengths of the three parts.
const HEADER: usize = 72;
/// Entries kept; the least recently written go first.
const MAX_ENTRIES: usize = 8;

/// What identifies a source file's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceKey {
    /// Size in bytes.
    pub size: u64,
    /// Modification time, seconds and nanoseconds since 1970.
    pub modified: (u64, u32),
    /// xxh3-64 of the bytes.
    pub hash: u64,
}

/// A load found in the cache, with the hash its source had.
#[derive(Debug)]
pub struct Cached {
    /// The panel and report, as first loaded (the catalog linked again).
    pub loaded: Loaded,
    /// Hash of the source when it was stored; compare with [`content_hash`].
    pub hash: u64,
}

/// The metadata part of an entry.
#[derive(Serialize, Deserialize)]
struct Meta {
    panel: PanelMeta,
    report: LoadReport,
}

/// The cache folder.
#[derive(Debug, Clone)]
pub struct MetricsCache {
    dir: PathBuf,
}

impl MetricsCache {
    /// A cache in `dir` (created when the first entry is written).
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The entry for a source file.
    pub fn entry_path(&self, source: &Path) -> PathBuf {
        let source = std::fs::canonicalize(source).unwrap_or_else(|_| source.to_owned());
        let name = xxh3_64(source.as_os_str().as_encoded_bytes());
        self.dir.join(format!("{name:016x}.pcmetrics"))
    }

    /// The stored load of `source` if its entry is sound and the source's size and time are those recorded.
    pub fn lookup(&self, source: &Path, catalog: &Catalog) -> Option<Cached> {
        let (size, modified) = stat(source)?;
        let mut file = File::open(self.entry_path(source)).ok()?;
        let file_len = file.metadata().ok()?.len();
        let mut header = [0u8; HEADER];
        file.read_exact(&mut header).ok()?;
        let field = |at: usize| u64::from_le_bytes(header[at..at + 8].try_into().unwrap_or_default());
        let version = u32::from_le_bytes(header[8..12].try_into().unwrap_or_default());
        let nanos = u32::from_le_bytes(header[32..36].try_into().unwrap_or_default());
        if &header[..8] != MAGIC || version != VERSION || field(16) != size || (field(24), nanos) != modified {
            return None;
        }
        let hash = field(40);
        let (meta_len, values_len, sources_len) = (field(48), field(56), field(64));
        // Lengths from a damaged header must not make us allocate: they have to add up to the file's size.
        let expected = (HEADER as u64)
            .checked_add(meta_len)?
            .checked_add(values_len.checked_mul(8)?)?
            .checked_add(sources_len.checked_mul(4)?)?
            .checked_add(8)?;
        if expected != file_len {
            return None;
        }
        let mut checksum = Xxh3::new();
        checksum.update(&header);
        let mut meta = vec![0u8; usize::try_from(meta_len).ok()?];
        file.read_exact(&mut meta).ok()?;
        checksum.update(&meta);
        let mut values = vec![0f64; usize::try_from(values_len).ok()?];
        file.read_exact(bytemuck::cast_slice_mut(&mut values)).ok()?;
        checksum.update(bytemuck::cast_slice(&values));
        let mut sources = vec![0u32; usize::try_from(sources_len).ok()?];
        file.read_exact(bytemuck::cast_slice_mut(&mut sources)).ok()?;
        checksum.update(bytemuck::cast_slice(&sources));
        let mut stored = [0u8; 8];
        file.read_exact(&mut stored).ok()?;
        if checksum.digest() != u64::from_le_bytes(stored) {
            return None;
        }
        if cfg!(target_endian = "big") {
            values.iter_mut().for_each(|v| *v = f64::from_bits(u64::from_le(v.to_bits())));
            sources.iter_mut().for_each(|s| *s = u32::from_le(*s));
        }
        let Meta { panel, mut report } = serde_json::from_slice(&meta).ok()?;
        let mut panel = Panel::from_parts(panel, values, sources)?;
        // The catalog may have changed since the entry was written.
        panel.link_catalog(catalog);
        report.unmapped = panel.unmapped().map(|i| panel.indicator(i).name.clone()).collect();
        Some(Cached { loaded: Loaded { panel, report }, hash })
    }

    /// Writes the entry for `source`, replacing any; then drops the oldest entries beyond the first few.
    pub fn store(&self, source: &Path, key: SourceKey, loaded: &Loaded) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let path = self.entry_path(source);
        let meta = Meta { panel: loaded.panel.meta(), report: loaded.report.clone() };
        let meta = serde_json::to_vec(&meta).map_err(std::io::Error::other)?;
        let (values, sources) = loaded.panel.cube();
        let (values, sources) = if cfg!(target_endian = "big") {
            let values: Vec<f64> = values.iter().map(|v| f64::from_bits(v.to_bits().to_le())).collect();
            (std::borrow::Cow::Owned(values), std::borrow::Cow::Owned(sources.iter().map(|s| s.to_le()).collect()))
        } else {
            (std::borrow::Cow::Borrowed(values), std::borrow::Cow::Borrowed(sources))
        };
        let mut header = Vec::with_capacity(HEADER);
        header.extend_from_slice(MAGIC);
        header.extend_from_slice(&VERSION.to_le_bytes());
        header.extend_from_slice(&0u32.to_le_bytes());
        header.extend_from_slice(&key.size.to_le_bytes());
        header.extend_from_slice(&key.modified.0.to_le_bytes());
        header.extend_from_slice(&key.modified.1.to_le_bytes());
        header.extend_from_slice(&0u32.to_le_bytes());
        header.extend_from_slice(&key.hash.to_le_bytes());
        for len in [meta.len(), values.len(), sources.len()] {
            header.extend_from_slice(&(len as u64).to_le_bytes());
        }
        let parts: [&[u8]; 4] = [&header, &meta, bytemuck::cast_slice(&values), bytemuck::cast_slice(&sources)];
        let mut checksum = Xxh3::new();
        // A partly written entry is never read: it is written beside and renamed into place.
        write_atomic_with(&path, |out| {
            for part in parts {
                checksum.update(part);
                out.write_all(part)?;
            }
            out.write_all(&checksum.digest().to_le_bytes())
        })?;
        self.prune();
        Ok(())
    }

    /// Removes the least recently written entries beyond [`MAX_ENTRIES`].
    fn prune(&self) {
        let Ok(read) = std::fs::read_dir(&self.dir) else { return };
        let mut entries: Vec<(std::time::SystemTime, PathBuf)> = read
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "pcmetrics"))
            .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.0));
        for (_, path) in entries.into_iter().skip(MAX_ENTRIES) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Reads `source` in full, hashing its bytes on the way and telling `progress` how far it got; the key to
/// [`MetricsCache::store`] the result under is `None` when the file changed while it was read.
pub fn load_keyed(
    source: &Path,
    catalog: &Catalog,
    progress: &LoadProgress,
) -> Result<(Loaded, Option<SourceKey>), MetricsLoadError> {
    let read_error = |e| MetricsLoadError::Read { path: source.to_owned(), source: e };
    let before = stat(source);
    let file = File::open(source).map_err(read_error)?;
    let size = before.map_or(0, |(size, _)| size);
    let mut reader = HashingReader::new(progress.reader(file, size));
    let loaded = load_reader(&mut reader, source, catalog);
    if progress.is_cancelled() {
        return Err(MetricsLoadError::Cancelled { path: source.to_owned() });
    }
    let loaded = loaded?;
    let key = match (before, reader.finish()) {
        (Some((size, modified)), Some((bytes, hash))) if size == bytes && stat(source) == before => {
            Some(SourceKey { size, modified, hash })
        }
        _ => None,
    };
    Ok((loaded, key))
}

/// xxh3-64 of a file's bytes, read through `progress` (so that a cancel stops it).
pub fn content_hash(path: &Path, progress: &LoadProgress) -> std::io::Result<u64> {
    let file = File::open(path)?;
    let size = file.metadata().map_or(0, |m| m.len());
    let mut reader = HashingReader::new(progress.reader(file, size));
    std::io::copy(&mut reader, &mut std::io::sink())?;
    Ok(reader.hasher.digest())
}

/// Size and modification time of a file.
fn stat(path: &Path) -> Option<(u64, (u64, u32))> {
    let meta = std::fs::metadata(path).ok()?;
    let since = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some((meta.len(), (since.as_secs(), since.subsec_nanos())))
}

/// Hashes the bytes read through it; going back to the start starts the hash again.
struct HashingReader<R> {
    inner: R,
    hasher: Xxh3,
    bytes: u64,
    /// A seek to anywhere but the start or the current position: the hash says nothing.
    spoiled: bool,
}

impl<R> HashingReader<R> {
    fn new(inner: R) -> Self {
        Self { inner, hasher: Xxh3::new(), bytes: 0, spoiled: false }
    }

    /// Bytes read and their hash; `None` after a jump.
    fn finish(&self) -> Option<(u64, u64)> {
        (!self.spoiled).then(|| (self.bytes, self.hasher.digest()))
    }
}

impl<R: Read> Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

impl<R: Seek> Seek for HashingReader<R> {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        let at = self.inner.seek(pos)?;
        if at != self.bytes {
            self.hasher.reset();
            self.bytes = 0;
            self.spoiled = at != 0;
        }
        Ok(at)
    }
}
