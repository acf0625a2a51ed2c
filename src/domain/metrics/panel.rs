//! The panel and its builder. Values sit in one dense cube, indicator-major, so that a region's
//! series is contiguous; `NaN` marks a cell without a value and never leaves this module.

use std::collections::HashMap;

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

const NO_SOURCE: u32 = u32::MAX;

/// Distinct notes a panel keeps.
pub const MAX_NOTES: usize = 50;

/// An indicator as the file names it.
#[derive(Debug, Clone, PartialEq, Eq)]
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
}

impl Panel {
    /// Index of a cell in the cube.
    pub(super) fn cell(&self, region: RegionId, year_index: usize, indicator: IndicatorId) -> usize {
        (indicator.0 as usize * self.regions.len() + region.0 as usize) * self.years.len() + year_index
    }

    /// Marks every indicator the catalog knows with its id and fills units the file left out.
    pub fn link_catalog(&mut self, catalog: &Catalog) {
        for info in &mut self.indicators {
            let entry = catalog.find(&info.name);
            info.catalog = entry.map(|e| e.id.clone());
            if let Some(e) = entry.filter(|_| info.unit.is_empty()) {
                info.unit.clone_from(&e.unit);
            }
        }
    }
}

/// Interns names to dense ids.
#[derive(Debug, Default)]
struct Interner {
    names: Vec<String>,
    index: HashMap<String, u32>,
}

impl Interner {
    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.index.get(name) {
            return id;
        }
        let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), id);
        id
    }
}

/// Collects observations in file order, then lays them out as a [`Panel`].
#[derive(Debug, Default)]
pub struct PanelBuilder {
    title: String,
    regions: Interner,
    indicator_names: Interner,
    units: Vec<String>,
    sources: Interner,
    observations: Vec<Observation>,
    notes: Vec<String>,
}

impl PanelBuilder {
    /// A builder for a panel titled `title` (usually the file name).
    pub fn new(title: &str) -> Self {
        Self { title: title.to_owned(), ..Self::default() }
    }

    /// The id of a region, adding it on first sight; regions keep the order they first appear in. Yearbooks pad
    /// short Chinese names with spaces ("通 江 县"); those are dropped so the name matches other files.
    pub fn region(&mut self, name: &str) -> RegionId {
        RegionId(self.regions.intern(&super::name::region_name(name)))
    }

    /// The id of an indicator, adding it with `unit` on first sight; the unit it was added with.
    pub fn indicator(&mut self, name: &str, unit: &str) -> (IndicatorId, &str) {
        let id = self.indicator_names.intern(name);
        if id as usize == self.units.len() {
            self.units.push(unit.to_owned());
        }
        (IndicatorId(id), &self.units[id as usize])
    }

    /// The id of a source text.
    pub fn source(&mut self, text: &str) -> SourceId {
        SourceId(self.sources.intern(text))
    }

    /// Records one value.
    pub fn push(&mut self, observation: Observation) {
        self.observations.push(observation);
    }

    /// Adds a note shown with the panel (a title row, a footnote, a note column's text), once each;
    /// a file whose every row has its own note keeps the first [`MAX_NOTES`].
    pub fn note(&mut self, note: &str) {
        let note = note.trim();
        if !note.is_empty() && self.notes.len() < MAX_NOTES && !self.notes.iter().any(|n| n == note) {
            self.notes.push(note.to_owned());
        }
    }

    /// Number of values recorded so far.
    pub fn len(&self) -> usize {
        self.observations.len()
    }

    /// True before any value is recorded.
    pub fn is_empty(&self) -> bool {
        self.observations.is_empty()
    }

    /// Lays the values out; a second value for the same cell is left out and returned as a duplicate.
    pub fn build(self) -> (Panel, Vec<Duplicate>) {
        let mut years: Vec<i32> = self.observations.iter().map(|o| o.year).collect();
        years.sort_unstable();
        years.dedup();
        let indicators: Vec<IndicatorInfo> = self
            .indicator_names
            .names
            .into_iter()
            .zip(self.units)
            .map(|(name, unit)| IndicatorInfo { name, unit, catalog: None })
            .collect();
        let cells = indicators.len() * self.regions.names.len() * years.len();
        let has_sources = self.observations.iter().any(|o| o.source.is_some());
        let mut panel = Panel {
            title: self.title,
            regions: self.regions.names,
            years,
            indicators,
            values: vec![f64::NAN; cells],
            sources: self.sources.names,
            cell_sources: if has_sources { vec![NO_SOURCE; cells] } else { Vec::new() },
            notes: self.notes,
            marked_missing: 0,
        };
        // The origin of the first value in each cell; 0 = empty, so origins are stored plus one.
        let mut first = vec![0u32; cells];
        let mut duplicates = Vec::new();
        for o in &self.observations {
            let Ok(year_index) = panel.years.binary_search(&o.year) else { continue };
            let cell = panel.cell(o.region, year_index, o.indicator);
            if first[cell] != 0 {
                let kept = panel.values[cell];
                let same_value = match o.value {
                    Some(v) => v == kept,
                    None => kept.is_nan(),
                };
                duplicates.push(Duplicate { origin: o.origin, first: first[cell] - 1, same_value });
                continue;
            }
            first[cell] = o.origin.saturating_add(1);
            match o.value {
                Some(v) => panel.values[cell] = v,
                None => panel.marked_missing += 1,
            }
            if let Some(source) = o.source {
                panel.cell_sources[cell] = source.0;
            }
        }
        (panel, duplicates)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(region: RegionId, year: i32, indicator: IndicatorId, value: Option<f64>, origin: u32) -> Observation {
        Observation { region, year, indicator, value, source: None, origin }
    }

    #[test]
    fn names_are_interned_once_in_order_of_first_sight() {
        let mut b = PanelBuilder::new("t");
        let a = b.region("巴州区");
        let e = b.region("恩阳区");
        assert_eq!((a, e, b.region("巴州区")), (RegionId(0), RegionId(1), RegionId(0)));
        let (gdp, unit) = b.indicator("地区生产总值", "亿元");
        assert_eq!((gdp, unit), (IndicatorId(0), "亿元"));
        assert_eq!(b.indicator("地区生产总值", "万元").1, "亿元", "the first unit is kept");
    }

    #[test]
    fn a_repeated_cell_is_returned_as_a_duplicate_and_the_first_value_kept() {
        let mut b = PanelBuilder::new("t");
        let r = b.region("通江县");
        let (i, _) = b.indicator("GDP", "亿元");
        b.push(obs(r, 2024, i, Some(1.0), 2));
        b.push(obs(r, 2024, i, Some(2.0), 7));
        b.push(obs(r, 2024, i, Some(1.0), 9));
        let (panel, dups) = b.build();
        assert_eq!(panel.value(r, 2024, i), Some(1.0));
        assert_eq!(
            dups,
            vec![
                Duplicate { origin: 7, first: 2, same_value: false },
                Duplicate { origin: 9, first: 2, same_value: true }
            ]
        );
    }
}
