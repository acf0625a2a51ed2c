//! Read-only questions the charts and the command line ask of a panel.

use super::{Catalog, Direction, ILLUSTRATIVE_MARK, IndicatorId, IndicatorInfo, Panel, RegionId};
use crate::domain::framework::PillarId;

/// How much a panel holds, for one-line summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PanelCounts {
    /// Regions.
    pub regions: usize,
    /// Distinct years.
    pub years: usize,
    /// Indicators.
    pub indicators: usize,
    /// Cells with a value.
    pub values: usize,
    /// Cells the file marked missing ("—", "…", blank).
    pub missing: usize,
    /// Indicators the catalog does not know.
    pub unmapped: usize,
}

/// The newest value of a series and the one before it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Latest {
    /// Year of the newest value.
    pub year: i32,
    /// The newest value.
    pub value: f64,
    /// The previous year that has a value, and that value.
    pub previous: Option<(i32, f64)>,
}

/// Which way a series moved between its last two values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// The newest value is higher.
    Up,
    /// The newest value is lower.
    Down,
    /// Unchanged.
    Flat,
    /// Only one value: no trend.
    Unknown,
}

/// A trend judged by the indicator's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judgement {
    /// Moved the way the indicator should.
    Better,
    /// Moved the wrong way.
    Worse,
    /// Did not move.
    Same,
    /// Nothing to compare with.
    Unknown,
}

impl Latest {
    /// Newest minus previous value.
    pub fn change(&self) -> Option<f64> {
        self.previous.map(|(_, p)| self.value - p)
    }

    /// Relative change against the previous value (0.1 = +10 %); `None` when the previous value is 0.
    pub fn change_ratio(&self) -> Option<f64> {
        self.previous.filter(|(_, p)| *p != 0.0).map(|(_, p)| (self.value - p) / p.abs())
    }

    /// Which way it moved.
    pub fn trend(&self) -> Trend {
        match self.change() {
            None => Trend::Unknown,
            Some(c) if c > 0.0 => Trend::Up,
            Some(c) if c < 0.0 => Trend::Down,
            Some(_) => Trend::Flat,
        }
    }
}

impl Trend {
    /// Better or worse, given which direction is good for the indicator.
    pub fn judged(self, direction: Direction) -> Judgement {
        match (self, direction) {
            (Trend::Unknown, _) => Judgement::Unknown,
            (Trend::Flat, _) => Judgement::Same,
            (Trend::Up, Direction::HigherIsBetter) | (Trend::Down, Direction::LowerIsBetter) => Judgement::Better,
            (Trend::Up | Trend::Down, _) => Judgement::Worse,
        }
    }
}

fn present(v: f64) -> Option<f64> {
    (!v.is_nan()).then_some(v)
}

impl Panel {
    /// What the panel is called (the file name, usually).
    pub fn title(&self) -> &str {
        &self.title
    }

    /// Region names in the order the file lists them.
    pub fn regions(&self) -> &[String] {
        &self.regions
    }

    /// Distinct years, ascending.
    pub fn years(&self) -> &[i32] {
        &self.years
    }

    /// Indicators in the order the file lists them.
    pub fn indicators(&self) -> &[IndicatorInfo] {
        &self.indicators
    }

    /// Notes: title rows, footnotes and note-column texts of the file.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// Ids of all regions.
    pub fn region_ids(&self) -> impl Iterator<Item = RegionId> + '_ {
        (0..self.regions.len()).map(|i| RegionId(i as u32))
    }

    /// Ids of all indicators.
    pub fn indicator_ids(&self) -> impl Iterator<Item = IndicatorId> + '_ {
        (0..self.indicators.len()).map(|i| IndicatorId(i as u32))
    }

    /// Names of all indicators, in panel order.
    pub fn indicator_names(&self) -> Vec<&str> {
        self.indicators.iter().map(|i| i.name.as_str()).collect()
    }

    /// The region with this name.
    pub fn region_id(&self, name: &str) -> Option<RegionId> {
        let name = name.trim();
        self.regions.iter().position(|r| r == name).map(|i| RegionId(i as u32))
    }

    /// The indicator with this name as the file writes it, or linked to this catalog id.
    pub fn indicator_id(&self, name_or_catalog_id: &str) -> Option<IndicatorId> {
        let key = name_or_catalog_id.trim();
        let by_name = self.indicators.iter().position(|i| i.name == key);
        let by_catalog = || self.indicators.iter().position(|i| i.catalog.as_deref() == Some(key));
        by_name.or_else(by_catalog).map(|i| IndicatorId(i as u32))
    }

    /// Name of a region.
    pub fn region_name(&self, region: RegionId) -> &str {
        &self.regions[region.0 as usize]
    }

    /// An indicator's name, unit and catalog link.
    pub fn indicator(&self, indicator: IndicatorId) -> &IndicatorInfo {
        &self.indicators[indicator.0 as usize]
    }

    /// The value of one cell.
    pub fn value(&self, region: RegionId, year: i32, indicator: IndicatorId) -> Option<f64> {
        let y = self.years.binary_search(&year).ok()?;
        present(self.values[self.cell(region, y, indicator)])
    }

    /// Where the value of one cell comes from, when the file says.
    pub fn source(&self, region: RegionId, year: i32, indicator: IndicatorId) -> Option<&str> {
        let y = self.years.binary_search(&year).ok()?;
        let s = *self.cell_sources.get(self.cell(region, y, indicator))?;
        self.sources.get(s as usize).map(String::as_str)
    }

    /// The years with a value and the values, ascending, for one region and indicator.
    pub fn series(&self, region: RegionId, indicator: IndicatorId) -> Vec<(i32, f64)> {
        let start = self.cell(region, 0, indicator);
        let row = &self.values[start..start + self.years.len()];
        self.years.iter().zip(row).filter_map(|(&y, &v)| present(v).map(|v| (y, v))).collect()
    }

    /// The newest value of a series and the one before it.
    pub fn latest(&self, region: RegionId, indicator: IndicatorId) -> Option<Latest> {
        let series = self.series(region, indicator);
        let (&(year, value), rest) = series.split_last()?;
        Some(Latest { year, value, previous: rest.last().copied() })
    }

    /// One indicator's values for every region and year, region-major (`[region][year]`, years as
    /// [`Panel::years`]); `NaN` marks a cell without a value. For whole-panel computations.
    pub fn indicator_values(&self, indicator: IndicatorId) -> &[f64] {
        let len = self.regions.len() * self.years.len();
        let start = indicator.0 as usize * len;
        &self.values[start..start + len]
    }

    /// One indicator's values across regions in a year, in the file's order of regions.
    pub fn across_regions(&self, indicator: IndicatorId, year: i32) -> Vec<(RegionId, f64)> {
        let Ok(y) = self.years.binary_search(&year) else { return Vec::new() };
        self.region_ids().filter_map(|r| present(self.values[self.cell(r, y, indicator)]).map(|v| (r, v))).collect()
    }

    /// Like [`Panel::across_regions`], best first by the indicator's direction.
    pub fn ranked(&self, indicator: IndicatorId, year: i32, direction: Direction) -> Vec<(RegionId, f64)> {
        let mut out = self.across_regions(indicator, year);
        match direction {
            Direction::HigherIsBetter => out.sort_by(|a, b| b.1.total_cmp(&a.1)),
            Direction::LowerIsBetter => out.sort_by(|a, b| a.1.total_cmp(&b.1)),
        }
        out
    }

    /// Indicators the catalog does not know.
    pub fn unmapped(&self) -> impl Iterator<Item = IndicatorId> + '_ {
        self.indicator_ids().filter(|&i| self.indicator(i).catalog.is_none())
    }

    /// Indicators whose catalog entry evidences a pillar of 图1.
    pub fn indicators_for_pillar(&self, catalog: &Catalog, pillar: PillarId) -> Vec<IndicatorId> {
        self.linked(catalog, |e| e.pillar == Some(pillar))
    }

    /// Indicators whose catalog entry tracks a framework item.
    pub fn indicators_for_item(&self, catalog: &Catalog, item: &str) -> Vec<IndicatorId> {
        self.linked(catalog, |e| e.items.iter().any(|i| i == item))
    }

    fn linked(&self, catalog: &Catalog, keep: impl Fn(&super::CatalogIndicator) -> bool) -> Vec<IndicatorId> {
        self.indicator_ids()
            .filter(|&i| self.indicator(i).catalog.as_deref().and_then(|id| catalog.get(id)).is_some_and(&keep))
            .collect()
    }

    /// True when the title or a note marks the data as illustrative (示例数据), not real statistics.
    pub fn is_illustrative(&self) -> bool {
        std::iter::once(&self.title).chain(&self.notes).any(|t| t.contains(ILLUSTRATIVE_MARK))
    }

    /// Sizes, for summaries.
    pub fn counts(&self) -> PanelCounts {
        PanelCounts {
            regions: self.regions.len(),
            years: self.years.len(),
            indicators: self.indicators.len(),
            values: self.values.iter().filter(|v| !v.is_nan()).count(),
            missing: self.marked_missing,
            unmapped: self.unmapped().count(),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::super::{Observation, PanelBuilder};
    use super::*;

    /// 巴州区 and 南江县, 2019–2021, one indicator; 南江县 has no 2020 value.
    fn panel() -> Panel {
        let mut b = PanelBuilder::new("示例数据.csv");
        let (bz, nj) = (b.region("巴州区"), b.region("南江县"));
        let (i, _) = b.indicator("高新技术企业数", "家");
        let rows = [(bz, 2019, Some(10.0)), (bz, 2020, Some(12.0)), (bz, 2021, Some(11.0))];
        let more = [(nj, 2019, Some(4.0)), (nj, 2020, None), (nj, 2021, Some(9.0))];
        for (n, (region, year, value)) in rows.into_iter().chain(more).enumerate() {
            b.push(Observation { region, year, indicator: i, value, source: None, origin: n as u32 });
        }
        b.build().0
    }

    #[test]
    fn a_series_skips_missing_years() {
        let p = panel();
        let nj = p.region_id("南江县").unwrap();
        assert_eq!(p.series(nj, IndicatorId(0)), vec![(2019, 4.0), (2021, 9.0)]);
        assert_eq!(p.counts().missing, 1);
    }

    #[test]
    fn latest_compares_with_the_previous_year_that_has_a_value() {
        let p = panel();
        let nj = p.latest(p.region_id("南江县").unwrap(), IndicatorId(0)).unwrap();
        assert_eq!((nj.year, nj.value, nj.previous), (2021, 9.0, Some((2019, 4.0))));
        assert_eq!(nj.trend().judged(Direction::HigherIsBetter), Judgement::Better);
        let bz = p.latest(RegionId(0), IndicatorId(0)).unwrap();
        assert_eq!(bz.trend(), Trend::Down);
        assert_eq!(bz.trend().judged(Direction::LowerIsBetter), Judgement::Better);
    }

    #[test]
    fn regions_are_ranked_by_direction() {
        let p = panel();
        let names =
            |v: Vec<(RegionId, f64)>| v.into_iter().map(|(r, _)| p.region_name(r).to_owned()).collect::<Vec<_>>();
        assert_eq!(names(p.ranked(IndicatorId(0), 2021, Direction::HigherIsBetter)), ["巴州区", "南江县"]);
        assert_eq!(names(p.ranked(IndicatorId(0), 2021, Direction::LowerIsBetter)), ["南江县", "巴州区"]);
        assert_eq!(p.across_regions(IndicatorId(0), 2020).len(), 1);
    }

    #[test]
    fn the_title_marks_illustrative_data() {
        assert!(panel().is_illustrative());
    }
}
