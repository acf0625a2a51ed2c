//! The evaluation view's state: which loaded data and which weights, the year and region looked at,
//! and the computed index. Small panels are computed at once; a large one (a national panel) on a
//! background thread, so the window never freezes. The result is kept until the data or weights change.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::metrics::Metrics;
use crate::domain::index::{self, Evaluation, IndexError, Options, Stability, Weighting};
use crate::domain::metrics::{Direction, RegionId};
use crate::io::index_weights::{self, WeightsFileError};

/// Panels with more cells than this are evaluated on a background thread.
const INLINE_CELLS: usize = 50_000;

/// An evaluation and its leave-one-out check.
#[derive(Debug)]
pub struct Computed {
    /// The index.
    pub evaluation: Evaluation,
    /// The leave-one-out check, for entropy weights on few regions.
    pub stability: Option<Stability>,
}

/// What the evaluation view shows.
#[derive(Debug, Default)]
pub struct EvaluationView {
    /// The view is on screen instead of the diagram and checklist.
    pub open: bool,
    /// Which loaded dataset (index into the metrics' datasets).
    pub dataset: Option<usize>,
    /// How indicators are weighted.
    pub weighting: Weighting,
    /// Directions chosen by the user for indicators whose direction was assumed, by name.
    pub directions: BTreeMap<String, Direction>,
    /// The expert weights file in use, if any.
    pub expert_file: Option<PathBuf>,
    /// A weights file that could not be used, shown until the next choice.
    pub weights_error: Option<WeightsFileError>,
    /// The year of the ranking; `None`: the newest with scores.
    pub year: Option<i32>,
    /// The region whose details are shown; `None`: the first of the ranking.
    pub region: Option<RegionId>,
    /// The index of the chosen data and weights, or why it cannot be computed.
    pub result: Option<Result<Arc<Computed>, IndexError>>,
    /// The dataset, weighting and directions `result` (or the computation under way) is for.
    computed_for: Option<(usize, Weighting, BTreeMap<String, Direction>)>,
    /// Datasets seen, to move to a newly loaded one.
    seen: usize,
    pending: Option<Receiver<Result<Computed, IndexError>>>,
}

impl EvaluationView {
    /// True while the index is computed in the background.
    pub fn is_computing(&self) -> bool {
        self.pending.is_some()
    }

    /// The computed index, if ready.
    pub fn computed(&self) -> Option<&Computed> {
        self.result.as_ref()?.as_ref().ok().map(AsRef::as_ref)
    }

    /// Reads an expert weights file and uses it; a file that cannot be used leaves the weights as they were.
    pub fn open_weights(&mut self, path: PathBuf) {
        match index_weights::load(&path) {
            Ok(weights) => {
                self.weighting = Weighting::Expert(weights);
                self.expert_file = Some(path);
                self.weights_error = None;
            }
            Err(e) => self.weights_error = Some(e),
        }
    }

    /// The options of the index as chosen in the view.
    fn options(&self) -> Options {
        Options { weighting: self.weighting.clone(), directions: self.directions.clone() }
    }

    /// Sets which way is good for an indicator the catalog does not know (or overrides it).
    pub fn set_direction(&mut self, indicator: String, direction: Direction) {
        self.directions.insert(indicator, direction);
    }

    /// Switches to entropy or equal weights (expert weights come from a file).
    pub fn set_weighting(&mut self, weighting: Weighting) {
        self.weights_error = None;
        self.weighting = weighting;
    }

    /// After a file was unloaded: evaluate the newest file left, afresh.
    pub fn data_removed(&mut self) {
        self.seen = usize::MAX;
        self.computed_for = None;
    }

    /// Follows the loaded data (a new file becomes the one evaluated), picks up a background result,
    /// and starts computing when the data or weights changed. Cheap when nothing did; true when
    /// something changed.
    pub fn update(&mut self, metrics: &Metrics) -> bool {
        let mut changed = false;
        if metrics.datasets.len() != self.seen {
            // At start the panel with most regions; later, the file the user just opened.
            self.dataset = if self.seen == 0 {
                (0..metrics.datasets.len()).max_by_key(|&i| metrics.datasets[i].loaded.panel.regions().len())
            } else {
                metrics.datasets.len().checked_sub(1)
            };
            self.seen = metrics.datasets.len();
            changed = true;
        }
        changed |= self.poll();
        if !self.open {
            return changed;
        }
        let (Some(dataset), Some(catalog)) = (self.dataset, &metrics.catalog) else { return changed };
        let Some(data) = metrics.datasets.get(dataset) else { return changed };
        let key = (dataset, self.weighting.clone(), self.directions.clone());
        if self.computed_for.as_ref() == Some(&key) {
            return changed;
        }
        self.computed_for = Some(key);
        self.year = None;
        self.region = None;
        let panel = &data.loaded.panel;
        let options = self.options();
        let cells = panel.regions().len() * panel.years().len() * panel.indicators().len();
        if cells <= INLINE_CELLS {
            self.result = Some(compute(panel, catalog, &options).map(Arc::new));
            self.pending = None;
            return true;
        }
        let (owned, catalog_copy, options_copy) = (panel.clone(), catalog.clone(), options.clone());
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new().name("evaluation".into()).spawn(move || {
            // The receiver is gone if the choice changed meanwhile; the result is then of no use.
            let _ = tx.send(compute(&owned, &catalog_copy, &options_copy));
        });
        if spawned.is_ok() {
            self.result = None;
            self.pending = Some(rx);
        } else {
            // No thread to be had: compute here rather than not at all.
            self.result = Some(compute(panel, catalog, &options).map(Arc::new));
            self.pending = None;
        }
        true
    }

    /// The index of the chosen data and weights now, computed here if it is not ready (for an export
    /// from the menu before the view was opened).
    pub fn evaluate_now(&self, metrics: &Metrics) -> Option<Result<Arc<Computed>, IndexError>> {
        if let Some(Ok(computed)) = &self.result {
            return Some(Ok(computed.clone()));
        }
        let panel = &metrics.datasets.get(self.dataset?)?.loaded.panel;
        let options = self.options();
        Some(compute(panel, metrics.catalog.as_ref()?, &options).map(Arc::new))
    }

    fn poll(&mut self) -> bool {
        let Some(rx) = &self.pending else { return false };
        match rx.try_recv() {
            Ok(result) => self.result = Some(result.map(Arc::new)),
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => self.computed_for = None,
        }
        self.pending = None;
        true
    }
}

fn compute(
    panel: &crate::domain::metrics::Panel,
    catalog: &crate::domain::metrics::Catalog,
    options: &Options,
) -> Result<Computed, IndexError> {
    let evaluation = index::evaluate(panel, catalog, options)?;
    let stability = evaluation.is_small_sample().then(|| index::stability(panel, &evaluation)).flatten();
    Ok(Computed { evaluation, stability })
}
