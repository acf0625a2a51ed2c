//! How one indicator spreads across regions, year by year: what a chart draws when a panel has too
//! many regions to draw a line for each (a national panel has thousands).

use super::{IndicatorId, Panel};

/// The spread of one indicator across regions in one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearSpread {
    /// The year.
    pub year: i32,
    /// Regions with a value that year.
    pub regions: usize,
    /// First quartile.
    pub p25: f64,
    /// Median.
    pub median: f64,
    /// Third quartile.
    pub p75: f64,
}

impl Panel {
    /// For each year with values, the quartiles across regions (interpolated between ranks, as
    /// spreadsheets' QUARTILE.INC does).
    pub fn spread(&self, indicator: IndicatorId) -> Vec<YearSpread> {
        let mut values = Vec::with_capacity(self.regions.len());
        let mut out = Vec::new();
        for (y, &year) in self.years.iter().enumerate() {
            values.clear();
            values.extend(self.region_ids().map(|r| self.values[self.cell(r, y, indicator)]).filter(|v| !v.is_nan()));
            if values.is_empty() {
                continue;
            }
            values.sort_unstable_by(f64::total_cmp);
            let at = |p: f64| quantile(&values, p);
            out.push(YearSpread { year, regions: values.len(), p25: at(0.25), median: at(0.5), p75: at(0.75) });
        }
        out
    }

    /// Regions with at least one value of an indicator.
    pub fn regions_with_values(&self, indicator: IndicatorId) -> usize {
        let years = self.years.len();
        self.region_ids()
            .filter(|&r| {
                let start = self.cell(r, 0, indicator);
                self.values[start..start + years].iter().any(|v| !v.is_nan())
            })
            .count()
    }
}

/// The `p` quantile of sorted, non-empty values.
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

#[cfg(test)]
mod tests {
    use super::super::{Observation, PanelBuilder, RegionId};
    use super::*;

    #[test]
    fn quartiles_are_interpolated_between_ranks_and_years_without_values_left_out() {
        let mut b = PanelBuilder::new("t");
        let (gdp, _) = b.indicator("GDP", "亿元");
        for (n, value) in [Some(4.0), Some(1.0), Some(3.0), Some(2.0), Some(5.0), None].into_iter().enumerate() {
            let region = b.region(&format!("县{n}"));
            b.push(Observation { region, year: 2024, indicator: gdp, value, source: None, origin: 0 });
            b.push(Observation { region, year: 2023, indicator: gdp, value: None, source: None, origin: 0 });
        }
        let panel = b.build().0;
        let spread = panel.spread(gdp);
        assert_eq!(spread, [YearSpread { year: 2024, regions: 5, p25: 2.0, median: 3.0, p75: 4.0 }]);
        assert_eq!(quantile(&[1.0, 2.0], 0.25), 1.25);
        assert_eq!(panel.regions_with_values(gdp), 5);
        assert_eq!(panel.series(RegionId(5), gdp), []);
    }
}
