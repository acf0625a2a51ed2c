//! A file being read in the background: which, since when, how far, and the handle to cancel it.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::io::load_progress::LoadProgress;

/// A read under way.
#[derive(Debug, Clone)]
pub struct Loading {
    /// The file.
    pub path: PathBuf,
    /// Shared with the reading thread.
    pub progress: LoadProgress,
    /// When the read began.
    pub started: Instant,
}

impl Loading {
    /// A read starting now.
    pub fn new(path: PathBuf, progress: LoadProgress) -> Self {
        Self { path, progress, started: Instant::now() }
    }

    /// The share of the file read, once known.
    pub fn fraction(&self) -> Option<f32> {
        self.progress.fraction()
    }

    /// How long the read has taken so far.
    pub fn elapsed(&self) -> Duration {
        self.started.elapsed()
    }

    /// Stops the reading thread at its next block; the window stops waiting for it at once.
    pub fn cancel(&self) {
        self.progress.cancel();
    }
}
