//! What an evaluation holds: the indicators used with their weights, those left out and why, the
//! missing-value counts, and each region-year's score, rank, pillar sub-indices and coupling.

use super::normalise::Column;
use super::{Coupling, SMALL_SAMPLE_REGIONS, WeightMethod};
use crate::domain::framework::PillarId;
use crate::domain::metrics::{Direction, IndicatorId, RegionId};

/// Why an indicator is left out of the index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DropReason {
    /// Every value is the same: it tells no region apart.
    NoVariance {
        /// The one value.
        value: f64,
    },
    /// Fewer than two values in the whole panel.
    TooFewValues {
        /// Values found.
        count: usize,
    },
    /// The expert weights do not name it (or give it 0).
    NotWeighted,
}

/// An indicator left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct DroppedIndicator {
    /// The indicator in the panel.
    pub id: IndicatorId,
    /// Its name as the file writes it.
    pub name: String,
    /// Why.
    pub reason: DropReason,
}

/// An indicator in the index, with its weight.
#[derive(Debug, Clone, PartialEq)]
pub struct UsedIndicator {
    /// The indicator in the panel.
    pub id: IndicatorId,
    /// Its name as the file writes it.
    pub name: String,
    /// Its unit.
    pub unit: String,
    /// Its catalog id; `None` when the catalog does not know it (unmapped: higher is better, no pillar).
    pub catalog: Option<String>,
    /// Which way is good.
    pub direction: Direction,
    /// The catalog does not list it: the direction was assumed from its name (see [`Catalog::direction_of`]).
    ///
    /// [`Catalog::direction_of`]: crate::domain::metrics::Catalog::direction_of
    pub direction_assumed: bool,
    /// The pillar it counts for; `None` for outcomes and unmapped indicators (composite score only).
    pub pillar: Option<PillarId>,
    /// Framework items that address it (from the catalog).
    pub items: Vec<String>,
    /// Its weight; the weights of all used indicators sum to 1.
    pub weight: f64,
    /// Smallest value over all region-years (scaled to 0.01, or to 1 when lower is better).
    pub min: f64,
    /// Largest value over all region-years.
    pub max: f64,
    /// Cells filled by interpolation.
    pub interpolated: usize,
    /// Cells without a value, left out.
    pub left_out: usize,
}

/// Missing values over all used indicators.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MissingCounts {
    /// Cells filled by linear interpolation inside a region's series.
    pub interpolated: usize,
    /// Cells left out (before a region's first or after its last value, or never reported).
    pub left_out: usize,
    /// All cells of the used indicators.
    pub cells: usize,
}

/// The index of one region in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scored {
    /// Composite score in [0, 1] (TOPSIS closeness to the ideal).
    pub score: f64,
    /// Rank among the regions scored that year, 1 = best; equal scores share a rank.
    pub rank: usize,
    /// Regions scored that year.
    pub ranked: usize,
    /// Sub-index of each pillar, in the order of [`PillarId::ALL`]; `None` without a value for it.
    pub pillars: [Option<f64>; 4],
    /// Coupling and coordination of the four pillars; `None` unless all four have a sub-index.
    pub coupling: Option<Coupling>,
    /// Share of the total weight this region-year has values for (1 = nothing missing).
    pub coverage: f64,
}

/// The evaluation of a panel.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// The panel's title (its file name, usually).
    pub title: String,
    /// The data is illustrative (示例数据), not statistics.
    pub illustrative: bool,
    /// Region names, in the panel's order ([`RegionId`] indexes them).
    pub regions: Vec<String>,
    /// Years, ascending.
    pub years: Vec<i32>,
    /// How the weights were set.
    pub method: WeightMethod,
    /// Indicators used, in the panel's order, with their weights.
    pub indicators: Vec<UsedIndicator>,
    /// Indicators left out, and why.
    pub dropped: Vec<DroppedIndicator>,
    /// Missing values, over the used indicators.
    pub missing: MissingCounts,
    /// `[region][year]`.
    pub(super) results: Vec<Option<Scored>>,
    /// Scaled values of the used indicators, parallel to `indicators`.
    pub(super) columns: Vec<Column>,
}

impl Evaluation {
    /// The index of a region in a year, if it has one.
    pub fn get(&self, region: RegionId, year: i32) -> Option<&Scored> {
        let y = self.years.binary_search(&year).ok()?;
        self.results.get(region.0 as usize * self.years.len() + y)?.as_ref()
    }

    /// The regions scored in a year, best first.
    pub fn ranking(&self, year: i32) -> Vec<(RegionId, &Scored)> {
        let mut out: Vec<_> = (0..self.regions.len())
            .filter_map(|r| {
                let region = RegionId(r as u32);
                self.get(region, year).map(|s| (region, s))
            })
            .collect();
        out.sort_by(|a, b| a.1.rank.cmp(&b.1.rank).then(a.0.cmp(&b.0)));
        out
    }

    /// A region's scores over the years it has one.
    pub fn series(&self, region: RegionId) -> Vec<(i32, Scored)> {
        self.years.iter().filter_map(|&y| self.get(region, y).map(|s| (y, *s))).collect()
    }

    /// The newest year with a score.
    pub fn latest_year(&self) -> Option<i32> {
        self.years
            .iter()
            .rev()
            .copied()
            .find(|&y| (0..self.regions.len()).any(|r| self.get(RegionId(r as u32), y).is_some()))
    }

    /// The region with this name.
    pub fn region_id(&self, name: &str) -> Option<RegionId> {
        self.regions.iter().position(|r| r == name).map(|i| RegionId(i as u32))
    }

    /// Pillars with no indicator in the data: their sub-index, and so the coupling, cannot be computed.
    pub fn pillars_without_indicators(&self) -> Vec<PillarId> {
        PillarId::ALL.into_iter().filter(|p| !self.indicators.iter().any(|i| i.pillar == Some(*p))).collect()
    }

    /// Used indicators the catalog does not know (counted as higher-is-better, in no pillar).
    pub fn unmapped(&self) -> impl Iterator<Item = &UsedIndicator> {
        self.indicators.iter().filter(|i| i.catalog.is_none())
    }

    /// True when entropy weights rest on fewer than [`SMALL_SAMPLE_REGIONS`] regions.
    pub fn is_small_sample(&self) -> bool {
        self.method == WeightMethod::Entropy && self.regions.len() < SMALL_SAMPLE_REGIONS
    }

    /// The scaled value of a used indicator (by position in `indicators`) for a region-year.
    pub fn scaled(&self, indicator: usize, region: RegionId, year: i32) -> Option<f64> {
        let y = self.years.binary_search(&year).ok()?;
        let z = *self.columns.get(indicator)?.z.get(region.0 as usize * self.years.len() + y)?;
        (!z.is_nan()).then_some(z)
    }
}
