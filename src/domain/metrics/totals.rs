//! Total rows (全市, 合计) sum or average the other regions and aggregate rows (东部地区) group them;
//! rankings and the index leave both out.

use super::{Panel, RegionId, RegionKind, is_total_region};

impl Panel {
    /// What a region row is. A panel not linked to a catalog knows only the common total words.
    pub fn region_kind(&self, region: RegionId) -> RegionKind {
        match self.region_kinds.get(region.0 as usize) {
            Some(kind) => *kind,
            None if is_total_region(self.region_name(region)) => RegionKind::Total,
            None => RegionKind::Place,
        }
    }

    /// Names of the regions that are not places (totals and aggregates), in panel order.
    pub fn non_places(&self) -> Vec<&str> {
        self.region_ids().filter(|&r| self.region_kind(r) != RegionKind::Place).map(|r| self.region_name(r)).collect()
    }

    /// The same panel with only its places (totals and aggregates left out), or `None` when it has no others.
    pub fn without_totals(&self) -> Option<Panel> {
        let keep: Vec<usize> =
            (0..self.regions().len()).filter(|&r| self.region_kind(RegionId(r as u32)) == RegionKind::Place).collect();
        if keep.len() == self.regions().len() {
            return None;
        }
        let (values, sources) = self.cube();
        let (n_regions, n_years) = (self.regions().len(), self.years().len());
        let mut kept_values = Vec::with_capacity(self.indicators().len() * keep.len() * n_years);
        let mut kept_sources = Vec::with_capacity(if sources.is_empty() { 0 } else { kept_values.capacity() });
        for indicator in 0..self.indicators().len() {
            for &r in &keep {
                let start = (indicator * n_regions + r) * n_years;
                kept_values.extend_from_slice(&values[start..start + n_years]);
                if !sources.is_empty() {
                    kept_sources.extend_from_slice(&sources[start..start + n_years]);
                }
            }
        }
        let mut meta = self.meta();
        meta.regions = keep.iter().map(|&r| self.regions()[r].clone()).collect();
        Panel::from_parts(meta, kept_values, kept_sources)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Observation, PanelBuilder};

    #[test]
    fn the_total_row_is_left_out_and_the_other_values_stay_with_their_regions() {
        let mut b = PanelBuilder::new("t");
        let (total, bz, nj) = (b.region("全  市"), b.region("巴州区"), b.region("南江县"));
        let (i, _) = b.indicator("GDP", "亿元");
        for (n, (region, v)) in [(total, 30.0), (bz, 10.0), (nj, 20.0)].into_iter().enumerate() {
            b.push(Observation { region, year: 2024, indicator: i, value: Some(v), source: None, origin: n as u32 });
        }
        let panel = b.build().0;
        let places = panel.without_totals().expect("a total row to leave out");
        assert_eq!(places.regions(), ["巴州区", "南江县"]);
        assert_eq!(places.value(places.region_id("南江县").expect("region"), 2024, i), Some(20.0));
        assert!(places.without_totals().is_none(), "nothing left to leave out");
    }
}
