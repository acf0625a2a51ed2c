//! Obstacle degrees (障碍度): which indicators hold a region back. An indicator's obstacle is its
//! weight times its gap to the best value (`1 − z`), as a share of the sum over all indicators the
//! region-year has values for: `Oⱼ = wⱼ(1 − zⱼ) / Σₖ wₖ(1 − zₖ)`. The shares sum to 1.

use super::Evaluation;
use crate::domain::framework::PillarId;
use crate::domain::metrics::RegionId;

/// One indicator's share of a region-year's gap from the ideal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Obstacle {
    /// Position of the indicator in [`Evaluation::indicators`].
    pub indicator: usize,
    /// Its share of the gap, in [0, 1].
    pub degree: f64,
    /// Its own gap `1 − z`: how far it is from the best value reached (0 = it is the best).
    pub deviation: f64,
}

impl Evaluation {
    /// Every indicator's obstacle degree for a region-year, largest first; empty without a score
    /// or when the region-year is the ideal on every indicator it has.
    pub fn obstacles(&self, region: RegionId, year: i32) -> Vec<Obstacle> {
        if self.get(region, year).is_none() {
            return Vec::new();
        }
        let mut out: Vec<Obstacle> = (0..self.indicators.len())
            .filter_map(|k| {
                let z = self.scaled(k, region, year)?;
                Some(Obstacle { indicator: k, degree: self.indicators[k].weight * (1.0 - z), deviation: 1.0 - z })
            })
            .collect();
        let total: f64 = out.iter().map(|o| o.degree).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        for o in &mut out {
            o.degree /= total;
        }
        out.sort_by(|a, b| b.degree.total_cmp(&a.degree).then(a.indicator.cmp(&b.indicator)));
        out
    }

    /// Obstacle degrees summed by pillar (`None`: outcomes and unmapped indicators), largest first.
    pub fn pillar_obstacles(&self, region: RegionId, year: i32) -> Vec<(Option<PillarId>, f64)> {
        let mut sums: Vec<(Option<PillarId>, f64)> = Vec::new();
        for o in self.obstacles(region, year) {
            let pillar = self.indicators[o.indicator].pillar;
            match sums.iter_mut().find(|(p, _)| *p == pillar) {
                Some((_, sum)) => *sum += o.degree,
                None => sums.push((pillar, o.degree)),
            }
        }
        sums.sort_by(|a, b| b.1.total_cmp(&a.1));
        sums
    }
}
