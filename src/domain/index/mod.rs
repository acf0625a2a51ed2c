//! The evaluation index (seed 002, ch. 7.2): how deeply sci-tech and industrial innovation are
//! integrated in each region and year, by standard methods documented in `docs/evaluation-index.md`:
//! min–max scaling by each indicator's direction, entropy (or equal, or expert) weights, a TOPSIS
//! score and rank, a sub-index per pillar of 图1, the coupling coordination degree of the four pillars
//! and each indicator's obstacle degree.
//!
//! Scaling, weights and the ideal are pooled over all region-years: one yardstick for the whole
//! panel, so a region's 2019 and 2025 scores can be compared. Gaps inside a region's series are
//! interpolated; other missing cells are left out of that region-year (and counted), never zero.

mod coupling;
mod normalise;
mod obstacle;
mod result;
mod stability;
mod topsis;
mod weights;

pub use coupling::{CoordinationClass, Coupling, coupling};
pub use obstacle::Obstacle;
pub use result::{DropReason, DroppedIndicator, Evaluation, MissingCounts, Scored, UsedIndicator};
pub use stability::{Stability, stability};
pub use weights::{ExpertWeights, WeightMethod, Weighting};

use std::borrow::Cow;
use std::collections::BTreeMap;

use normalise::Column;

use crate::domain::framework::PillarId;
use crate::domain::metrics::{Catalog, Direction, Panel};
use crate::i18n::{Lang, describe_index_error};

/// The shift of the min–max scaling: the worst value scales to 0.01, not 0, so entropy's `ln p` is
/// defined and no indicator counts as exactly nothing.
pub const SHIFT: f64 = 0.01;

/// Below this many regions entropy weights are unstable and the index says so (see the docs).
pub const SMALL_SAMPLE_REGIONS: usize = 10;

/// How to evaluate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// How indicators are weighted.
    pub weighting: Weighting,
    /// Directions the user chose for indicators, by name; they win over the catalog and the name.
    pub directions: BTreeMap<String, Direction>,
}

/// Why the index cannot be computed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", describe_index_error(self, Lang::En))]
pub enum IndexError {
    /// Fewer than two regions: nothing to compare with.
    TooFewRegions {
        /// Regions in the data.
        found: usize,
        /// The one region, if any.
        region: Option<String>,
    },
    /// Every indicator was dropped.
    NoUsableIndicator {
        /// Each indicator and why it was dropped.
        dropped: Vec<DroppedIndicator>,
    },
    /// Expert weights name indicators the data does not have.
    UnknownWeightKeys {
        /// The names as written.
        keys: Vec<String>,
    },
    /// An expert weight is negative or not a number.
    BadWeight {
        /// The indicator as written.
        key: String,
        /// The weight.
        value: f64,
    },
}

/// Computes the index of every region and year. Total rows (全市, 合计) are left out: they are not places to rank.
pub fn evaluate(panel: &Panel, catalog: &Catalog, options: &Options) -> Result<Evaluation, IndexError> {
    evaluate_places(&places(panel), catalog, options)
}

/// The regions the index compares: the panel without its total rows. Every step of the index (and the
/// stability check) works on this one panel, so all its vectors share one `[region][year]` layout.
fn places(panel: &Panel) -> Cow<'_, Panel> {
    panel.without_totals().map_or(Cow::Borrowed(panel), Cow::Owned)
}

fn evaluate_places(panel: &Panel, catalog: &Catalog, options: &Options) -> Result<Evaluation, IndexError> {
    let regions = panel.regions();
    if regions.len() < 2 {
        return Err(IndexError::TooFewRegions { found: regions.len(), region: regions.first().cloned() });
    }
    let years = panel.years();
    let expert = match &options.weighting {
        Weighting::Expert(weights) => Some(weights.resolve(panel, catalog)?),
        _ => None,
    };
    let (mut indicators, mut columns, mut dropped, mut raw_expert) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for id in panel.indicator_ids() {
        let info = panel.indicator(id);
        let entry = info.catalog.as_deref().and_then(|c| catalog.get(c));
        let (direction, assumed) = match (options.directions.get(&info.name), entry) {
            (Some(chosen), _) => (*chosen, false),
            (None, Some(e)) => (e.direction, false),
            (None, None) => catalog.direction_of(&info.name),
        };
        let expert_weight = expert.as_ref().map(|w| w[id.0 as usize]);
        let column = match expert_weight {
            Some(None) => Err(DropReason::NotWeighted),
            _ => normalise::column(panel.indicator_values(id), years, direction),
        };
        let column = match column {
            Ok(column) => column,
            Err(reason) => {
                dropped.push(DroppedIndicator { id, name: info.name.clone(), reason });
                continue;
            }
        };
        raw_expert.push(expert_weight.flatten().unwrap_or(0.0));
        indicators.push(UsedIndicator {
            id,
            name: info.name.clone(),
            unit: info.unit.clone(),
            catalog: entry.map(|e| e.id.clone()),
            direction,
            direction_assumed: assumed,
            pillar: entry.and_then(|e| e.pillar),
            items: entry.map(|e| e.items.clone()).unwrap_or_default(),
            weight: 0.0,
            min: column.min,
            max: column.max,
            interpolated: column.interpolated,
            left_out: column.left_out,
        });
        columns.push(column);
    }
    if columns.is_empty() {
        return Err(IndexError::NoUsableIndicator { dropped });
    }
    let refs: Vec<&Column> = columns.iter().collect();
    let weights = match options.weighting {
        Weighting::Entropy => weights::entropy(&refs),
        Weighting::Equal => weights::equal(refs.len()),
        Weighting::Expert(_) => weights::normalised(&raw_expert),
    };
    for (indicator, w) in indicators.iter_mut().zip(&weights) {
        indicator.weight = *w;
    }
    let cells = regions.len() * years.len();
    let results = score_cells(&indicators, &refs, &weights, cells, years.len());
    let missing = MissingCounts {
        interpolated: indicators.iter().map(|i| i.interpolated).sum(),
        left_out: indicators.iter().map(|i| i.left_out).sum(),
        cells: cells * indicators.len(),
    };
    Ok(Evaluation {
        title: panel.title().to_owned(),
        illustrative: panel.is_illustrative(),
        regions: regions.to_vec(),
        years: years.to_vec(),
        method: options.weighting.method(),
        indicators,
        dropped,
        missing,
        results,
        columns,
    })
}

/// Score, pillars and coupling of every cell, then ranks within each year.
fn score_cells(
    indicators: &[UsedIndicator],
    columns: &[&Column],
    weights: &[f64],
    cells: usize,
    years: usize,
) -> Vec<Option<Scored>> {
    let (scores, coverage) = topsis::closeness(columns, weights, cells);
    let pillar_sets: Vec<(Vec<&Column>, Vec<f64>)> = PillarId::ALL
        .iter()
        .map(|p| {
            let members = indicators.iter().enumerate().filter(|(_, i)| i.pillar == Some(*p)).map(|(k, _)| k);
            members.map(|k| (columns[k], weights[k])).unzip()
        })
        .collect();
    let mut results: Vec<Option<Scored>> = (0..cells)
        .map(|c| {
            let score = scores[c];
            if score.is_nan() {
                return None;
            }
            let mut pillars = [None; 4];
            for (slot, (cols, w)) in pillars.iter_mut().zip(&pillar_sets) {
                *slot = topsis::weighted_mean(cols, w, c);
            }
            let coupling = match pillars {
                [Some(a), Some(b), Some(c), Some(d)] => coupling::coupling(&[a, b, c, d]),
                _ => None,
            };
            Some(Scored { score, rank: 0, ranked: 0, pillars, coupling, coverage: coverage[c] })
        })
        .collect();
    rank_by_year(&mut results, years);
    results
}

/// Competition ranking ("1224") within each year.
fn rank_by_year(results: &mut [Option<Scored>], years: usize) {
    let regions = results.len().checked_div(years).unwrap_or(0);
    for y in 0..years {
        let mut order: Vec<(usize, f64)> =
            (0..regions).filter_map(|r| results[r * years + y].map(|s| (r * years + y, s.score))).collect();
        order.sort_by(|a, b| b.1.total_cmp(&a.1));
        let ranked = order.len();
        let mut rank = 0;
        for (position, &(cell, score)) in order.iter().enumerate() {
            if position == 0 || score < order[position - 1].1 {
                rank = position + 1;
            }
            if let Some(s) = results[cell].as_mut() {
                s.rank = rank;
                s.ranked = ranked;
            }
        }
    }
}
