//! The panel: values in one dense cube, indicator-major, so that a region's series is contiguous.
//! `NaN` marks a cell without a value; queries turn it into `None` (only [`Panel::cube`], for storing
//! the panel, shows it). [`super::PanelBuilder`] makes panels.

use super::Catalog;

/// A region of a panel (an index into [`Panel::regions`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionId(pub u32);

/// An indicator of a panel (an index into [`Panel::indicators`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IndicatorId(pub u32);

/// A source text of a panel, shared by the cells that cite it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SourceId(pub u32);

/// A cell without a source.
pub(super) const NO_SOURCE: u32 = u32::MAX;

/// Distinct notes a panel keeps.
pub const MAX_NOTES: usize = 50;

/// An indicator as the file names it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IndicatorInfo {
    /// Name without its unit, as written in the file, e.g. "R&D经费支出".
    pub name: String,
    /// Unit from the file (header bracket or unit column), else from the catalog; may be empty.
    pub unit: String,
    /// Id of the catalog entry it matches; `None` when the catalog does not know it (unmapped).
    pub catalog: Option<String>,
}

/// One value read from a file, before the panel is built.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Observation {
    /// Region.
    pub region: RegionId,
    /// Year.
    pub year: i32,
    /// Indicator.
    pub indicator: IndicatorId,
    /// The value; `None` when the file marks it missing ("—", "…", blank).
    pub value: Option<f64>,
    /// Where the figure comes from, when the file says.
    pub source: Option<SourceId>,
    /// Where in the file it was read (a row number), for messages about duplicates.
    pub origin: u32,
}

/// A value for a region, year and indicator that an earlier one already gave; the first is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duplicate {
    /// Origin of the repeated value.
    pub origin: u32,
    /// Origin of the value kept.
    pub first: u32,
    /// Both give the same value (or both mark it missing).
    pub same_value: bool,
    /// The indicator both give a value of.
    pub indicator: IndicatorId,
}

/// Values by region × year × indicator, with units, sources and notes.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub(super) title: String,
    pub(super) regions: Vec<String>,
    pub(super) years: Vec<i32>,
    pub(super) indicators: Vec<IndicatorInfo>,
    /// `[indicator][region][year]`; `NaN` = no value.
    pub(super) values: Vec<f64>,
    pub(super) sources: Vec<String>,
    /// Empty when no cell has a source, else one source index per cell (`NO_SOURCE` for none).
    pub(super) cell_sources: Vec<u32>,
    pub(super) notes: Vec<String>,
    /// Cells the file explicitly marked missing.
    pub(super) marked_missing: usize,
    /// What each region is (a place, a total, an aggregate); empty until linked to a catalog: all places.
    pub(super) region_kinds: Vec<RegionKind>,
}

/// What a region row is: a place to compare, or a row that sums or groups places.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RegionKind {
    /// A county, city, province: a place ranked and charted.
    #[default]
    Place,
    /// A total of the places (全国, 全市, 合计, 地方合计).
    Total,
    /// A group of places (东部地区, 港澳台, 其他, North China).
    Aggregate,
}

impl Panel {
    /// Index of a cell in the cube.
    pub(super) fn cell(&self, region: RegionId, year_index: usize, indicator: IndicatorId) -> usize {
        (indicator.0 as usize * self.regions.len() + region.0 as usize) * self.years.len() + year_index
    }

    /// Marks every indicator the catalog knows with its id and fills units the file left out.
    pub fn link_catalog(&mut self, catalog: &Catalog) {
        let kind = catalog.region_kinds();
        self.region_kinds = self.regions.iter().map(|r| kind(r)).collect();
        for info in &mut self.indicators {
            let entry = catalog.find(&info.name);
            info.catalog = entry.map(|e| e.id.clone());
            if let Some(e) = entry.filter(|_| info.unit.is_empty()) {
                info.unit.clone_from(&e.unit);
            }
        }
    }
}

/// A panel's names, years, notes and counts: everything but its cube of values. With the cube it
/// makes the panel again ([`Panel::from_parts`]), as the metrics cache stores it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PanelMeta {
    /// What the panel is called.
    pub title: String,
    /// Region names, in panel order.
    pub regions: Vec<String>,
    /// Distinct years, ascending.
    pub years: Vec<i32>,
    /// Indicators, in panel order.
    pub indicators: Vec<IndicatorInfo>,
    /// Source texts cells cite.
    pub sources: Vec<String>,
    /// Notes of the file.
    pub notes: Vec<String>,
    /// Cells the file marked missing.
    pub marked_missing: usize,
}

impl Panel {
    /// Everything but the cube.
    pub fn meta(&self) -> PanelMeta {
        PanelMeta {
            title: self.title.clone(),
            regions: self.regions.clone(),
            years: self.years.clone(),
            indicators: self.indicators.clone(),
            sources: self.sources.clone(),
            notes: self.notes.clone(),
            marked_missing: self.marked_missing,
        }
    }

    /// The cube, `[indicator][region][year]` with `NaN` for no value, and each cell's source
    /// (an index into the sources, `u32::MAX` for none; empty when no cell has one).
    pub fn cube(&self) -> (&[f64], &[u32]) {
        (&self.values, &self.cell_sources)
    }

    /// Puts a panel together from [`Panel::meta`] and [`Panel::cube`]; `None` when the pieces do not fit.
    pub fn from_parts(meta: PanelMeta, values: Vec<f64>, cell_sources: Vec<u32>) -> Option<Self> {
        let cells = meta.indicators.len().checked_mul(meta.regions.len())?.checked_mul(meta.years.len())?;
        let sources_fit = cell_sources.is_empty()
            || (cell_sources.len() == cells
                && cell_sources.iter().all(|&s| s == NO_SOURCE || (s as usize) < meta.sources.len()));
        let years_sorted = meta.years.windows(2).all(|w| w[0] < w[1]);
        (values.len() == cells && sources_fit && years_sorted).then_some(Self {
            title: meta.title,
            regions: meta.regions,
            years: meta.years,
            indicators: meta.indicators,
            values,
            sources: meta.sources,
            cell_sources,
            notes: meta.notes,
            marked_missing: meta.marked_missing,
            region_kinds: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Observation, PanelBuilder};
    use super::*;

    #[test]
    fn a_panel_taken_apart_is_put_back_together_and_pieces_that_do_not_fit_are_refused() {
        let mut b = PanelBuilder::new("t");
        let r = b.region("通江县");
        let (i, _) = b.indicator("GDP", "亿元");
        let source = b.source("统计年鉴");
        b.push(Observation { region: r, year: 2024, indicator: i, value: Some(1.5), source: Some(source), origin: 2 });
        b.push(Observation { region: r, year: 2025, indicator: i, value: None, source: None, origin: 3 });
        let panel = b.build().0;
        let (values, sources) = panel.cube();
        let again = Panel::from_parts(panel.meta(), values.to_vec(), sources.to_vec()).expect("the pieces fit");
        assert_eq!(again.meta(), panel.meta());
        let bits = |p: &Panel| p.cube().0.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
        assert_eq!((bits(&again), again.cube().1), (bits(&panel), panel.cube().1));
        assert_eq!(again.source(r, 2024, i), Some("统计年鉴"));
        assert_eq!(Panel::from_parts(panel.meta(), vec![1.0], Vec::new()), None);
        assert_eq!(Panel::from_parts(panel.meta(), values.to_vec(), vec![7, 7]), None);
    }
}
