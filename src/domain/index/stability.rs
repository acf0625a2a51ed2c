//! How much the entropy weights and the ranking rest on single regions: the index is recomputed
//! with each region left out in turn (a leave-one-out check). With a city's five counties this is
//! the honest answer to "would the weights be the same with other data?".

use super::normalise::{self, Column};
use super::{Evaluation, WeightMethod, topsis, weights};
use crate::domain::metrics::{Panel, RegionId};

/// Regions above which the check is not run (it recomputes the index once per region).
const MAX_REGIONS: usize = 50;

/// The largest movements seen when one region is left out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stability {
    /// Largest change of any indicator's weight (0.05 = 5 percentage points).
    pub max_weight_change: f64,
    /// The indicator whose weight moved most (position in [`Evaluation::indicators`]).
    pub indicator: usize,
    /// The region whose absence moved it most.
    pub left_out: RegionId,
    /// The year whose ranking is compared (the latest with scores).
    pub year: i32,
    /// Most pairs of the remaining regions that swap places in that year when one region is left out.
    pub order_changes: usize,
    /// Pairs of remaining regions compared.
    pub pairs: usize,
}

/// The leave-one-out check of an entropy-weighted evaluation of `panel`; `None` for other weights,
/// fewer than three regions or more than 50.
pub fn stability(panel: &Panel, evaluation: &Evaluation) -> Option<Stability> {
    let regions = evaluation.regions.len();
    if evaluation.method != WeightMethod::Entropy || !(3..=MAX_REGIONS).contains(&regions) {
        return None;
    }
    // The evaluation ranked the places without total rows; leave out the same rows here.
    let places = super::places(panel);
    let panel: &Panel = &places;
    if panel.regions() != evaluation.regions.as_slice() {
        return None;
    }
    let year = evaluation.latest_year()?;
    let years = panel.years();
    let y = years.binary_search(&year).ok()?;
    let mut worst = Stability {
        max_weight_change: 0.0,
        indicator: 0,
        left_out: RegionId(0),
        year,
        order_changes: 0,
        pairs: (regions - 1) * (regions - 2) / 2,
    };
    for out in 0..regions {
        let mut columns: Vec<Option<Column>> = Vec::with_capacity(evaluation.indicators.len());
        for used in &evaluation.indicators {
            let all = panel.indicator_values(used.id);
            let kept: Vec<f64> = all
                .chunks(years.len())
                .enumerate()
                .filter(|(r, _)| *r != out)
                .flat_map(|(_, row)| row.iter().copied())
                .collect();
            columns.push(normalise::column(&kept, years, used.direction).ok());
        }
        let usable: Vec<&Column> = columns.iter().flatten().collect();
        if usable.is_empty() {
            continue;
        }
        let sub_weights = weights::entropy(&usable);
        let mut next = sub_weights.iter();
        for (k, column) in columns.iter().enumerate() {
            let w = if column.is_some() { next.next().copied().unwrap_or(0.0) } else { 0.0 };
            let change = (w - evaluation.indicators[k].weight).abs();
            if change > worst.max_weight_change {
                (worst.max_weight_change, worst.indicator, worst.left_out) = (change, k, RegionId(out as u32));
            }
        }
        let (scores, _) = topsis::closeness(&usable, &sub_weights, (regions - 1) * years.len());
        let remaining: Vec<(f64, f64)> = (0..regions)
            .filter(|r| *r != out)
            .enumerate()
            .filter_map(|(position, r)| {
                let full = evaluation.get(RegionId(r as u32), year)?.score;
                let sub = scores[position * years.len() + y];
                (!sub.is_nan()).then_some((full, sub))
            })
            .collect();
        let mut flips = 0;
        for i in 0..remaining.len() {
            for j in i + 1..remaining.len() {
                let (a, b) = (remaining[i], remaining[j]);
                if (a.0 - b.0) * (a.1 - b.1) < 0.0 {
                    flips += 1;
                }
            }
        }
        worst.order_changes = worst.order_changes.max(flips);
    }
    Some(worst)
}
