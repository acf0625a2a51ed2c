//! Building a panel from values as a file gives them. Values go straight into a dense staging cube,
//! so a national panel of millions of values never holds a record per value.

use std::collections::HashMap;

use super::panel::{MAX_NOTES, NO_SOURCE};
use super::{Duplicate, IndicatorId, IndicatorInfo, Observation, Panel, RegionId, SourceId};

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

/// Collects values in file order, then lays them out as a [`Panel`].
///
/// Values go straight into a dense staging cube (region-major, years in order of first sight), so a
/// national panel of millions of values never holds a record per value; duplicates are found as
/// they arrive. [`PanelBuilder::build`] reorders the cube into the panel's layout.
#[derive(Debug, Default)]
pub struct PanelBuilder {
    title: String,
    regions: Interner,
    /// Per region interned with [`PanelBuilder::region_keyed`]: its name and its keys (city, province, code).
    region_keys: HashMap<u32, (String, [String; 3])>,
    indicator_names: Interner,
    units: Vec<String>,
    sources: Interner,
    notes: Vec<String>,
    staging: Staging,
    pushed: usize,
    duplicates: Vec<Duplicate>,
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

    /// The id of a region told apart from others of its name by `keys` (city, province, code; empty when not
    /// known). Regions of one name with different keys stay apart; the panel names them "鼓楼区（南京市）" or
    /// "鼓楼区（320106）" only when their name alone is ambiguous.
    pub fn region_keyed(&mut self, name: &str, keys: [&str; 3]) -> RegionId {
        if keys.iter().all(|k| k.is_empty()) {
            return self.region(name);
        }
        let name = super::name::region_name(name);
        let keys = keys.map(|k| super::name::region_name(k).into_owned());
        let id = self.regions.intern(&format!("{name}\u{1f}{}", keys.join("\u{1f}")));
        self.region_keys.entry(id).or_insert_with(|| (name.into_owned(), keys));
        RegionId(id)
    }

    /// Region names as the panel shows them: a keyed region by its name, with the first key (city, province,
    /// code) that tells it from others of that name when there are any.
    fn region_names(regions: Interner, keys: &HashMap<u32, (String, [String; 3])>) -> Vec<String> {
        if keys.is_empty() {
            return regions.names;
        }
        let base = |id: usize| keys.get(&(id as u32)).map_or(regions.names[id].as_str(), |(n, _)| n.as_str());
        let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        for id in 0..regions.names.len() {
            by_name.entry(base(id)).or_default().push(id);
        }
        let mut names = regions.names.clone();
        for (name, ids) in by_name {
            if ids.len() < 2 {
                if let [id] = ids[..] {
                    names[id] = name.to_owned();
                }
                continue;
            }
            let key_of = |id: usize, level: usize| keys.get(&(id as u32)).map_or("", |(_, k)| k[level].as_str());
            let telling = (0..3).find(|&level| {
                let mut seen: Vec<&str> = ids.iter().map(|&id| key_of(id, level)).collect();
                seen.sort_unstable();
                seen.iter().all(|k| !k.is_empty()) && seen.windows(2).all(|w| w[0] != w[1])
            });
            for &id in &ids {
                let key = match telling {
                    Some(level) => key_of(id, level).to_owned(),
                    None => (0..3).map(|l| key_of(id, l)).filter(|k| !k.is_empty()).collect::<Vec<_>>().join("，"),
                };
                names[id] = if key.is_empty() { name.to_owned() } else { format!("{name}（{key}）") };
            }
        }
        names
    }

    /// The id of an indicator, adding it with `unit` on first sight; the unit it was added with.
    pub fn indicator(&mut self, name: &str, unit: &str) -> (IndicatorId, &str) {
        let id = self.indicator_names.intern(name);
        if id as usize == self.units.len() {
            self.units.push(unit.to_owned());
        }
        (IndicatorId(id), &self.units[id as usize])
    }

    /// The unit an indicator was added with.
    pub fn unit(&self, indicator: IndicatorId) -> &str {
        self.units.get(indicator.0 as usize).map_or("", String::as_str)
    }

    /// The name of an indicator.
    pub fn indicator_name(&self, indicator: IndicatorId) -> &str {
        self.indicator_names.names.get(indicator.0 as usize).map_or("", String::as_str)
    }

    /// Gives an indicator added without a unit the unit its values turn out to be written in ("12家").
    pub fn adopt_unit(&mut self, indicator: IndicatorId, unit: &str) {
        if let Some(u) = self.units.get_mut(indicator.0 as usize)
            && u.is_empty()
        {
            *u = unit.to_owned();
        }
    }

    /// The id of a source text.
    pub fn source(&mut self, text: &str) -> SourceId {
        SourceId(self.sources.intern(text))
    }

    /// Records one value; a second value for the same cell is kept aside as a [`Duplicate`].
    pub fn push(&mut self, o: Observation) {
        self.pushed += 1;
        let shape = (self.regions.names.len(), self.indicator_names.names.len());
        let cell = self.staging.cell(o.region, o.indicator, o.year, shape);
        let first = self.staging.first[cell];
        if first != 0 {
            let kept = self.staging.values[cell];
            let same_value = match o.value {
                Some(v) => v == kept,
                None => kept.is_nan(),
            };
            self.duplicates.push(Duplicate { origin: o.origin, first: first - 1, same_value, indicator: o.indicator });
            return;
        }
        // Origins are stored plus one so that 0 means "no value yet".
        self.staging.first[cell] = o.origin.saturating_add(1);
        match o.value {
            Some(v) => self.staging.values[cell] = v,
            None => self.staging.marked_missing += 1,
        }
        if let Some(source) = o.source {
            self.staging.set_source(cell, source.0);
        }
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
        self.pushed
    }

    /// True before any value is recorded.
    pub fn is_empty(&self) -> bool {
        self.pushed == 0
    }

    /// Lays the values out; values for a cell that already had one are returned as duplicates, in file order.
    pub fn build(self) -> (Panel, Vec<Duplicate>) {
        let indicators: Vec<IndicatorInfo> = self
            .indicator_names
            .names
            .into_iter()
            .zip(self.units)
            .map(|(name, unit)| IndicatorInfo { name, unit, catalog: None })
            .collect();
        let regions = Self::region_names(self.regions, &self.region_keys);
        let (years, values, cell_sources, marked_missing) = self.staging.into_cube(regions.len(), indicators.len());
        let panel = Panel {
            title: self.title,
            regions,
            years,
            indicators,
            values,
            sources: self.sources.names,
            cell_sources,
            notes: self.notes,
            marked_missing,
            region_kinds: Vec::new(),
        };
        (panel, self.duplicates)
    }
}

/// The values pushed so far: `[region][indicator][year slot]`, year slots in order of first sight.
/// Dimensions grow as new regions, indicators and years arrive; the indicator and year dimensions
/// grow geometrically, so re-laying out the cube costs at most a few passes over it in all.
#[derive(Debug, Default)]
struct Staging {
    values: Vec<f64>,
    /// Origin plus one of the value kept in each cell; 0 = none yet.
    first: Vec<u32>,
    /// Source of each cell (`NO_SOURCE` for none); empty until the first source arrives.
    sources: Vec<u32>,
    /// Regions, indicators and year slots the cube has room for.
    regions: usize,
    indicators: usize,
    slots: usize,
    /// Years in order of first sight; the slot of a year is its index here.
    years: Vec<i32>,
    /// The year of the last push and its slot, as long files repeat a year over many rows.
    last_year: Option<(i32, usize)>,
    marked_missing: usize,
}

impl Staging {
    /// The index of a cell, making room for it; `shape` is the number of regions and indicators known.
    fn cell(&mut self, region: RegionId, indicator: IndicatorId, year: i32, shape: (usize, usize)) -> usize {
        let slot = self.slot(year);
        let (r, i) = (region.0 as usize, indicator.0 as usize);
        if i >= self.indicators || slot >= self.slots {
            let indicators =
                if i >= self.indicators { (i + 1).max(shape.1).max(self.indicators * 2) } else { self.indicators };
            let slots = if slot >= self.slots { (slot + 1).max(self.slots * 2).max(4) } else { self.slots };
            self.relayout(indicators, slots);
        }
        if r >= self.regions {
            self.regions = (r + 1).max(shape.0);
            let len = self.regions * self.indicators * self.slots;
            self.values.resize(len, f64::NAN);
            self.first.resize(len, 0);
            if !self.sources.is_empty() {
                self.sources.resize(len, NO_SOURCE);
            }
        }
        (r * self.indicators + i) * self.slots + slot
    }

    fn slot(&mut self, year: i32) -> usize {
        if let Some((y, slot)) = self.last_year
            && y == year
        {
            return slot;
        }
        let slot = self.years.iter().position(|&y| y == year).unwrap_or_else(|| {
            self.years.push(year);
            self.years.len() - 1
        });
        self.last_year = Some((year, slot));
        slot
    }

    /// Moves every cell to a cube with room for `indicators` and `slots`.
    fn relayout(&mut self, indicators: usize, slots: usize) {
        let len = self.regions * indicators * slots;
        let mut values = vec![f64::NAN; len];
        let mut first = vec![0u32; len];
        let mut sources = if self.sources.is_empty() { Vec::new() } else { vec![NO_SOURCE; len] };
        for r in 0..self.regions {
            for i in 0..self.indicators {
                let from = (r * self.indicators + i) * self.slots;
                let to = (r * indicators + i) * slots;
                values[to..to + self.slots].copy_from_slice(&self.values[from..from + self.slots]);
                first[to..to + self.slots].copy_from_slice(&self.first[from..from + self.slots]);
                if !sources.is_empty() {
                    sources[to..to + self.slots].copy_from_slice(&self.sources[from..from + self.slots]);
                }
            }
        }
        (self.values, self.first, self.sources, self.indicators, self.slots) =
            (values, first, sources, indicators, slots);
    }

    fn set_source(&mut self, cell: usize, source: u32) {
        if self.sources.is_empty() {
            self.sources = vec![NO_SOURCE; self.values.len()];
        }
        self.sources[cell] = source;
    }

    /// The sorted years and the cube as the panel lays it out, `[indicator][region][year]`, with
    /// `regions` and `indicators` in all (some may have no value).
    fn into_cube(mut self, regions: usize, indicators: usize) -> (Vec<i32>, Vec<f64>, Vec<u32>, usize) {
        let mut years = self.years.clone();
        years.sort_unstable();
        let rank: Vec<usize> = self.years.iter().map(|y| years.binary_search(y).unwrap_or(0)).collect();
        let cells = indicators * regions * years.len();
        self.first = Vec::new();
        let mut values = vec![f64::NAN; cells];
        let mut sources = if self.sources.is_empty() { Vec::new() } else { vec![NO_SOURCE; cells] };
        for r in 0..self.regions.min(regions) {
            for i in 0..self.indicators.min(indicators) {
                let from = (r * self.indicators + i) * self.slots;
                let to = (i * regions + r) * years.len();
                for (slot, &y) in rank.iter().enumerate() {
                    values[to + y] = self.values[from + slot];
                    if !sources.is_empty() {
                        sources[to + y] = self.sources[from + slot];
                    }
                }
            }
        }
        (years, values, sources, self.marked_missing)
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
    fn values_land_in_their_cells_whatever_order_regions_indicators_and_years_arrive_in() {
        let mut b = PanelBuilder::new("t");
        let mut expected = Vec::new();
        // Years arrive late and out of order, indicators after regions: the cube is laid out again on the way.
        for (n, year) in [2024, 2019, 2030, 2020, 2021, 2022, 2023].into_iter().enumerate() {
            for r in 0..30 {
                let region = b.region(&format!("县{r}"));
                for i in 0..=n {
                    let (indicator, _) = b.indicator(&format!("指标{i}"), "");
                    let value = Some((r * 1000 + i * 10) as f64 + f64::from(year - 2000) / 100.0);
                    b.push(obs(region, year, indicator, value, 0));
                    expected.push((region, year, indicator, value));
                }
            }
        }
        let (panel, dups) = b.build();
        assert!(dups.is_empty());
        assert_eq!(panel.years(), [2019, 2020, 2021, 2022, 2023, 2024, 2030]);
        for (region, year, indicator, value) in expected {
            assert_eq!(panel.value(region, year, indicator), value);
        }
        assert_eq!(panel.counts().values, 30 * (1..=7).sum::<usize>());
    }

    #[test]
    fn regions_of_one_name_are_told_apart_by_the_first_key_that_differs() {
        let mut b = PanelBuilder::new("t");
        let (i, _) = b.indicator("GDP", "亿元");
        let regions = [
            b.region_keyed("鼓楼区", ["南京市", "江苏省", "320106"]),
            b.region_keyed("鼓楼区", ["福州市", "福建省", "350102"]),
            b.region_keyed("通　江　县", ["巴中市", "四川省", "511921"]),
            b.region_keyed("通江县", ["巴中市", "四川省", "511921"]),
            b.region_keyed("西湖区", ["", "", "330106"]),
            b.region_keyed("西湖区", ["", "", "360103"]),
        ];
        assert_eq!(regions[2], regions[3], "the same place written with padding");
        for (n, r) in regions.into_iter().enumerate() {
            b.push(obs(r, 2024, i, Some(n as f64), n as u32));
        }
        let (panel, _) = b.build();
        assert_eq!(
            panel.regions(),
            ["鼓楼区（南京市）", "鼓楼区（福州市）", "通江县", "西湖区（330106）", "西湖区（360103）"]
        );
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
                Duplicate { origin: 7, first: 2, same_value: false, indicator: i },
                Duplicate { origin: 9, first: 2, same_value: true, indicator: i }
            ]
        );
    }
}
