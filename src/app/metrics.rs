//! Regional metrics behind the charts: the sample data built into the app, and files the user opens,
//! read on a background thread so the window never freezes on a large file. With a cache folder set
//! (the window sets one), a file opened before is shown from its binary copy at once; its bytes are
//! then hashed and, if they changed, it is read again and replaces what was shown.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};

use super::loading::Loading;
use crate::domain::framework::{Framework, PillarId};
use crate::domain::metrics::{Catalog, CatalogIndicator, KeyFigure, key_figure};
use crate::io::load_progress::LoadProgress;
use crate::io::metrics::cache::{self, MetricsCache};
use crate::io::metrics::{self, Loaded, MetricsLoadError, catalog_file};

/// The real figures quoted in the Bazhong report (chapter 5), with their sources.
const SAMPLE_FACTS: (&str, &[u8]) =
    ("四川巴中_2024-2025_文献数据.csv", include_bytes!("../../sample-data/四川巴中_2024-2025_文献数据.csv"));
/// The illustrative county panel (示例数据).
const SAMPLE_PANEL: (&str, &[u8]) =
    ("巴中县区指标_2019-2025_示例数据.csv", include_bytes!("../../sample-data/巴中县区指标_2019-2025_示例数据.csv"));

/// One loaded file.
#[derive(Debug)]
pub struct Dataset {
    /// File name shown to the user.
    pub name: String,
    /// The values and the load report.
    pub loaded: Loaded,
}

/// A key figure and the loaded file it comes from (an index into [`Metrics::datasets`]).
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetFigure {
    /// Index of the file in [`Metrics::datasets`].
    pub dataset: usize,
    /// The figure.
    pub figure: KeyFigure,
}

/// The key figure of each pillar and element that has one, worked out when data, region or framework change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct KeyFigures {
    /// By pillar.
    pub pillars: HashMap<PillarId, DatasetFigure>,
    /// By element id.
    pub elements: HashMap<String, DatasetFigure>,
}

/// What the charts read, and the file being loaded, if any.
#[derive(Debug, Default)]
pub struct Metrics {
    /// The indicator catalog (embedded).
    pub catalog: Option<Catalog>,
    /// Loaded files, the newest last.
    pub datasets: Vec<Dataset>,
    /// A file that could not be used, shown until the next load.
    pub error: Option<MetricsLoadError>,
    /// The file being read in the background.
    pub loading: Option<Loading>,
    /// Where loaded files are kept as binary copies; `None` reads every file in full.
    pub cache: Option<MetricsCache>,
    /// Changes whenever a dataset is added or replaced, so that what is worked out from them is redone.
    pub generation: u64,
    pending: Option<Receiver<Result<Loaded, MetricsLoadError>>>,
    /// The dataset the current load has shown already (from the cache), replaced if the file changed.
    shown: Option<usize>,
}

impl Metrics {
    /// The embedded catalog and sample data (illustrative data is labelled as such by its file and panel).
    pub fn with_samples(framework: &Framework) -> Self {
        let Ok(catalog) = catalog_file::embedded(framework) else {
            return Self::default();
        };
        let datasets = [SAMPLE_PANEL, SAMPLE_FACTS]
            .into_iter()
            .filter_map(|(name, bytes)| {
                metrics::load_bytes(bytes, Path::new(name), &catalog)
                    .ok()
                    .map(|loaded| Dataset { name: name.to_owned(), loaded })
            })
            .collect();
        Self { catalog: Some(catalog), datasets, ..Self::default() }
    }

    /// Unloads a file (the built-in sample too), so its figures leave the diagram, charts and index.
    pub fn remove(&mut self, index: usize) {
        if index < self.datasets.len() {
            self.datasets.remove(index);
            // What was shown from the cache now points elsewhere.
            self.shown = None;
            self.generation += 1;
        }
    }

    /// Reads a file now, on this thread (for the screenshot run, which must not photograph a half-loaded screen).
    pub fn load_now(&mut self, path: &Path) -> Result<(), MetricsLoadError> {
        let Some(catalog) = &self.catalog else { return Ok(()) };
        let loaded = metrics::load(path, catalog)?;
        let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
        self.datasets.push(Dataset { name, loaded });
        self.generation += 1;
        Ok(())
    }

    /// Starts reading a file on a background thread; [`Self::poll`] picks the result up.
    pub fn open(&mut self, path: PathBuf) {
        let Some(catalog) = self.catalog.clone() else { return };
        let (tx, rx) = channel();
        let (thread_path, cache) = (path.clone(), self.cache.clone());
        let progress = LoadProgress::new();
        let thread_progress = progress.clone();
        let spawned = std::thread::Builder::new()
            .name("metrics-load".into())
            .spawn(move || read(&thread_path, &catalog, cache.as_ref(), &thread_progress, &tx));
        match spawned {
            Ok(_) => {
                if let Some(earlier) = self.loading.replace(Loading::new(path, progress)) {
                    earlier.cancel();
                }
                self.pending = Some(rx);
                self.shown = None;
                self.error = None;
            }
            Err(source) => self.error = Some(MetricsLoadError::Read { path, source }),
        }
    }

    /// Stops waiting for the file being read, and tells its thread to stop; what the cache showed of it
    /// stays. Returns the file, if one was being read.
    pub fn cancel(&mut self) -> Option<PathBuf> {
        let loading = self.loading.take()?;
        loading.cancel();
        self.pending = None;
        self.shown = None;
        Some(loading.path)
    }

    /// Takes what the background load sent, if anything; true when something changed.
    pub fn poll(&mut self) -> bool {
        let mut changed = false;
        loop {
            let Some(rx) = &self.pending else { return changed };
            let result = match rx.try_recv() {
                Ok(result) => result,
                Err(TryRecvError::Empty) => return changed,
                Err(TryRecvError::Disconnected) => {
                    self.pending = None;
                    self.loading = None;
                    return true;
                }
            };
            changed = true;
            self.generation += 1;
            let path = self.loading.as_ref().map(|l| l.path.clone()).unwrap_or_default();
            match (result, self.shown) {
                (Ok(loaded), Some(n)) => self.datasets[n].loaded = loaded,
                (Ok(loaded), None) => {
                    let name =
                        path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
                    self.datasets.push(Dataset { name, loaded });
                    self.shown = Some(self.datasets.len() - 1);
                }
                (Err(e), shown) => {
                    // What the cache showed is no longer the file's content.
                    if let Some(n) = shown {
                        self.datasets.remove(n);
                        self.shown = None;
                    }
                    self.error = Some(e);
                }
            }
        }
    }

    /// The region figures are shown for: the named one if a loaded file has it, else the first region of the
    /// newest file.
    pub fn focus<'a>(&'a self, region: &'a str) -> Option<&'a str> {
        let named = self.datasets.iter().rev().find_map(|d| d.loaded.panel.region_id(region).map(|_| region));
        let newest_first = self.datasets.iter().rev().find_map(|d| d.loaded.panel.regions().first());
        named.or(newest_first.map(String::as_str))
    }

    /// The newest value any file has of `candidate` for `focus`, at its newest year across all files (a newer
    /// file wins a tie): a second file with older years does not hide the newest value.
    fn newest(&self, focus: &str, candidate: &CatalogIndicator) -> Option<DatasetFigure> {
        self.datasets
            .iter()
            .enumerate()
            .filter_map(|(dataset, d)| {
                let panel = &d.loaded.panel;
                let figure = key_figure(panel, panel.region_id(focus)?, [candidate])?;
                Some(DatasetFigure { dataset, figure })
            })
            .max_by_key(|f| (f.figure.latest.year, f.dataset))
    }

    /// One catalog indicator's newest value for a region (as [`Self::key_figures`] chooses it), if any file has it.
    pub fn figure(&self, region: &str, catalog_id: &str) -> Option<DatasetFigure> {
        let candidate = self.catalog.as_ref()?.get(catalog_id)?;
        self.newest(self.focus(region)?, candidate)
    }

    /// Each pillar's and element's key figure for one region, so the diagram speaks of one place: the named
    /// region if a loaded file has it, else the first region of the newest file. Newer files win.
    pub fn key_figures(&self, framework: &Framework, region: &str) -> KeyFigures {
        let Some(catalog) = &self.catalog else { return KeyFigures::default() };
        let Some(focus) = self.focus(region) else { return KeyFigures::default() };
        let find = |candidates: Vec<&CatalogIndicator>, used: &[&str]| {
            candidates.into_iter().filter(|c| !used.contains(&c.id.as_str())).find_map(|c| self.newest(focus, c))
        };
        let pillars: HashMap<PillarId, DatasetFigure> = PillarId::ALL
            .into_iter()
            .filter_map(|p| find(catalog.for_pillar(p).collect(), &[]).map(|f| (p, f)))
            .collect();
        // Within one pillar's card no indicator repeats: an element shows one its pillar and its sibling do not.
        let mut elements = HashMap::new();
        for pillar in &framework.pillars {
            let mut used: Vec<&str> =
                pillars.get(&pillar.id).map(|f| f.figure.catalog_id.as_str()).into_iter().collect();
            for element in &pillar.elements {
                let Some(figure) = find(catalog.for_element(&element.id).collect(), &used) else { continue };
                // The catalog outlives this loop; the figure's own id string does not.
                if let Some(entry) = catalog.get(&figure.figure.catalog_id) {
                    used.push(entry.id.as_str());
                }
                elements.insert(element.id.clone(), figure);
            }
        }
        KeyFigures { pillars, elements }
    }
}

/// Reads a file for [`Metrics::open`], sending what is read: the cached copy first if there is one, then
/// the file itself if it is not cached or its bytes changed.
fn read(
    path: &Path,
    catalog: &Catalog,
    cache: Option<&MetricsCache>,
    progress: &LoadProgress,
    tx: &Sender<Result<Loaded, MetricsLoadError>>,
) {
    // A send fails only when the app has closed or the read was cancelled; then there is nothing left to do.
    let Some(cache) = cache else {
        let _ = tx.send(metrics::load_with(path, catalog, progress));
        return;
    };
    if let Some(hit) = cache.lookup(path, catalog)
        && (tx.send(Ok(hit.loaded)).is_err() || cache::content_hash(path, progress).is_ok_and(|h| h == hit.hash))
    {
        return;
    }
    if progress.is_cancelled() {
        return;
    }
    let _ = tx.send(cache::load_keyed(path, catalog, progress).map(|(loaded, key)| {
        if let Some(key) = key {
            // A cache that cannot be written only costs time on the next open.
            let _ = cache.store(path, key, &loaded);
        }
        loaded
    }));
}
