//! How far a background read has got, and the user's wish to stop it: shared between the reading thread,
//! which reads its file through [`LoadProgress::reader`], and the window, which shows the share read and
//! offers 取消.

use std::io::{Read, Seek, SeekFrom};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// A handle on one read; clones share it.
#[derive(Debug, Clone, Default)]
pub struct LoadProgress(Arc<Shared>);

#[derive(Debug, Default)]
struct Shared {
    cancelled: AtomicBool,
    /// Bytes of the file behind the reader's position.
    at: AtomicU64,
    /// The file's size; 0 when unknown.
    total: AtomicU64,
}

/// The message of the read error a cancelled read ends with.
const CANCELLED: &str = "the read was cancelled";

impl LoadProgress {
    /// A read not yet started.
    pub fn new() -> Self {
        Self::default()
    }

    /// Asks the read to stop at its next block.
    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether [`Self::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::Relaxed)
    }

    /// The share of the file read so far, from 0 to 1, once its size is known.
    pub fn fraction(&self) -> Option<f32> {
        let total = self.0.total.load(Ordering::Relaxed);
        (total > 0).then(|| (self.0.at.load(Ordering::Relaxed) as f64 / total as f64).min(1.0) as f32)
    }

    /// Reads `inner`, a file of `total` bytes, counting what is read and failing once cancelled.
    pub fn reader<R>(&self, inner: R, total: u64) -> ProgressReader<R> {
        self.0.total.store(total, Ordering::Relaxed);
        self.0.at.store(0, Ordering::Relaxed);
        ProgressReader { inner, progress: self.clone(), at: 0 }
    }
}

/// A reader that reports its position to a [`LoadProgress`] and stops when it is cancelled.
#[derive(Debug)]
pub struct ProgressReader<R> {
    inner: R,
    progress: LoadProgress,
    at: u64,
}

impl<R> ProgressReader<R> {
    fn moved_to(&mut self, at: u64) {
        self.at = at;
        self.progress.0.at.store(at, Ordering::Relaxed);
    }

    fn check(&self) -> std::io::Result<()> {
        if self.progress.is_cancelled() { Err(std::io::Error::other(CANCELLED)) } else { Ok(()) }
    }
}

impl<R: Read> Read for ProgressReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.check()?;
        let n = self.inner.read(buf)?;
        self.moved_to(self.at + n as u64);
        Ok(n)
    }
}

impl<R: Seek> Seek for ProgressReader<R> {
    fn seek(&mut self, pos: SeekFrom) -> std::io::Result<u64> {
        self.check()?;
        let at = self.inner.seek(pos)?;
        self.moved_to(at);
        Ok(at)
    }
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    #[test]
    fn the_share_read_follows_the_reader() {
        let progress = LoadProgress::new();
        assert_eq!(progress.fraction(), None, "no size before the read starts");
        let mut reader = progress.reader(Cursor::new(vec![7u8; 100]), 100);
        let mut buf = [0u8; 25];
        reader.read_exact(&mut buf).expect("bytes in memory");
        assert_eq!(progress.fraction(), Some(0.25));
        reader.seek(SeekFrom::Start(0)).expect("a seek in memory");
        assert_eq!(progress.fraction(), Some(0.0), "a second pass from the start counts again");
    }

    #[test]
    fn a_cancelled_read_fails_at_its_next_block() {
        let progress = LoadProgress::new();
        let mut reader = progress.reader(Cursor::new(vec![7u8; 100]), 100);
        let mut buf = [0u8; 10];
        reader.read_exact(&mut buf).expect("bytes in memory");
        progress.cancel();
        assert!(reader.read(&mut buf).is_err());
        assert!(reader.seek(SeekFrom::Start(0)).is_err());
        assert!(progress.is_cancelled());
    }
}
