//! What the charts show, worked out when the selection, the region or the loaded data change — never
//! per frame, so a national panel of 2,844 regions costs nothing while the window just redraws.
//!
//! A chart draws a line per region when a file has few regions ([`MAX_LINES`] at most); with more, it
//! draws the spread of all regions (median and interquartile band, year by year) and the chosen
//! region's line against it.

use std::collections::HashMap;

use crate::domain::framework::{Framework, PillarId};
use crate::domain::metrics::{Catalog, CatalogIndicator, IndicatorId, Panel, RegionId, RegionKind};
use crate::domain::progress::Target;

use super::metrics::Dataset;

/// At most this many charts at once, so the panel stays readable and quick.
pub const MAX_CHARTS: usize = 6;
/// Files with more regions than this chart their spread instead of a line per region.
pub const MAX_LINES: usize = 8;

/// What selects the charts; they are worked out again when it changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChartInputs {
    /// The element chosen in the diagram.
    pub element: Option<String>,
    /// The pillar filter.
    pub pillar: Option<PillarId>,
    /// The selected item.
    pub item: Option<String>,
    /// The region chosen (settings), empty for none.
    pub region: String,
    /// Changes whenever a file is loaded or replaced.
    pub data_generation: u64,
    /// The catalog indicators of the selected problem (问题/短板), charted when no item is selected.
    pub problem_indicators: Vec<String>,
    /// The targets of the selected item's tasks (or of the selected task), by task id: drawn on the
    /// charts of their indicators, which are charted first.
    pub targets: Vec<(String, Target)>,
}

/// A task's target drawn on a chart: the straight line from its base to its target.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartTarget {
    /// The task's id.
    pub task: String,
    /// (base year, base value) and (target year, target value).
    pub points: [[f64; 2]; 2],
}

/// One region's series.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLine {
    /// Region name.
    pub name: String,
    /// Year and value.
    pub points: Vec<[f64; 2]>,
    /// The region chosen by the user.
    pub chosen: bool,
}

/// The spread of all regions, year by year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChartSpread {
    /// Years.
    pub years: Vec<f64>,
    /// First quartiles.
    pub p25: Vec<f64>,
    /// Medians, as points.
    pub median: Vec<[f64; 2]>,
    /// Third quartiles.
    pub p75: Vec<f64>,
    /// Regions with a value in any year.
    pub regions: usize,
}

/// One chart, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The catalog entry charted.
    pub indicator: CatalogIndicator,
    /// Index of the dataset in [`super::Metrics::datasets`].
    pub dataset: usize,
    /// Unit, from the file or else the catalog.
    pub unit: String,
    /// Lines: every region's when there are few, else the chosen region's (if the file has it).
    pub lines: Vec<ChartLine>,
    /// The spread of all regions, when there are too many to draw.
    pub spread: Option<ChartSpread>,
    /// The panel has a single year: points, not lines.
    pub single_year: bool,
    /// Where the newest value of the chosen (else first) region comes from, if the file says.
    pub source: Option<String>,
    /// Targets of the selected tasks on this indicator.
    pub targets: Vec<ChartTarget>,
    /// Totals and groups (全市, 合计 …) not drawn, so that the places are not squashed to the floor.
    pub left_out: Vec<String>,
}

/// The charts for the current selection and the regions the loaded files name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChartSet {
    inputs: Option<ChartInputs>,
    /// Spreads worked out for the loaded data, by dataset and indicator: choosing another region or
    /// going back to a selection does not sort thousands of values again.
    spreads: HashMap<(usize, IndicatorId), Option<ChartSpread>>,
    /// Charts, in catalog order, newest file first.
    pub charts: Vec<Chart>,
    /// Region names of the loaded files, newest file first, each once: what the region picker offers.
    pub regions: Vec<String>,
}

impl ChartSet {
    /// Works the charts out again if `inputs` differ from last time; true when it did.
    pub fn update(&mut self, inputs: ChartInputs, framework: &Framework, catalog: &Catalog, data: &[Dataset]) -> bool {
        if self.inputs.as_ref() == Some(&inputs) {
            return false;
        }
        if self.inputs.as_ref().is_none_or(|old| old.data_generation != inputs.data_generation) {
            self.regions = region_names(data);
            self.spreads.clear();
        }
        let region = inputs.region.as_str();
        let spreads = &mut self.spreads;
        self.charts = wanted(&inputs, framework, catalog, data)
            .into_iter()
            .flat_map(|indicator| {
                data.iter().enumerate().rev().filter_map(move |(n, dataset)| {
                    let id = dataset.loaded.panel.indicator_id(&indicator.id)?;
                    Some((indicator, n, id))
                })
            })
            .take(MAX_CHARTS)
            .map(|(indicator, n, id)| {
                let panel = &data[n].loaded.panel;
                let spread = spreads.entry((n, id)).or_insert_with(|| spread(panel, id)).clone();
                let mut chart = chart(indicator, n, panel, id, region, spread);
                // A target is the region's: drawn only where the region's own line is.
                let has_region = chart.lines.iter().any(|l| l.chosen);
                chart.targets = inputs
                    .targets
                    .iter()
                    .filter(|(_, t)| has_region && t.indicator_in(catalog).is_some_and(|i| i.id == indicator.id))
                    .map(|(task, t)| ChartTarget {
                        task: task.clone(),
                        points: [[f64::from(t.base_year), t.base_value], [f64::from(t.target_year), t.target_value]],
                    })
                    .collect();
                chart
            })
            .collect();
        // Charts with a target line first: they are what the selection is judged by.
        self.charts.sort_by_key(|c| c.targets.is_empty());
        self.inputs = Some(inputs);
        true
    }
}

/// Catalog indicators for the selection: the selected problem's (in its order), else in catalog order the
/// element's, the pillar's, the item's;
/// with nothing chosen, the first indicator with data for each pillar.
fn wanted<'a>(
    inputs: &'a ChartInputs,
    framework: &Framework,
    catalog: &'a Catalog,
    data: &[Dataset],
) -> Vec<&'a CatalogIndicator> {
    if inputs.item.is_none() && !inputs.problem_indicators.is_empty() {
        return inputs.problem_indicators.iter().filter_map(|id| catalog.get(id)).collect();
    }
    if let Some(element) = inputs.element.as_deref() {
        return catalog.for_element(element).collect();
    }
    if let Some(pillar) = inputs.pillar {
        return catalog.for_pillar(pillar).collect();
    }
    if let Some(item) = inputs.item.as_deref() {
        // The indicators the tasks' targets are set on come first: they are what the item is judged by.
        let mut found: Vec<&CatalogIndicator> = Vec::new();
        for indicator in
            inputs.targets.iter().filter_map(|(_, t)| t.indicator_in(catalog)).chain(catalog.for_item(item))
        {
            if !found.iter().any(|f| f.id == indicator.id) {
                found.push(indicator);
            }
        }
        if !found.is_empty() {
            return found;
        }
    }
    framework
        .pillars
        .iter()
        .filter_map(|p| {
            catalog.for_pillar(p.id).find(|i| data.iter().any(|d| d.loaded.panel.indicator_id(&i.id).is_some()))
        })
        .collect()
}

/// The spread of all regions, when there are too many to draw each.
fn spread(panel: &Panel, id: IndicatorId) -> Option<ChartSpread> {
    let with_values = panel.regions_with_values(id);
    if with_values <= MAX_LINES {
        return None;
    }
    let spread = panel.spread(id);
    Some(ChartSpread {
        years: spread.iter().map(|s| f64::from(s.year)).collect(),
        p25: spread.iter().map(|s| s.p25).collect(),
        median: spread.iter().map(|s| [f64::from(s.year), s.median]).collect(),
        p75: spread.iter().map(|s| s.p75).collect(),
        regions: with_values,
    })
}

fn chart(
    indicator: &CatalogIndicator,
    dataset: usize,
    panel: &Panel,
    id: IndicatorId,
    region: &str,
    spread: Option<ChartSpread>,
) -> Chart {
    let info = panel.indicator(id);
    let chosen = (!region.is_empty()).then(|| panel.region_id(region)).flatten();
    let line = |r: RegionId| ChartLine {
        name: panel.region_name(r).to_owned(),
        points: panel.series(r, id).into_iter().map(|(year, v)| [f64::from(year), v]).collect(),
        chosen: Some(r) == chosen,
    };
    // A total is many times a county: drawn only when it is the region chosen.
    let drawn = |r: &RegionId| panel.region_kind(*r) == RegionKind::Place || Some(*r) == chosen;
    let left_out = match spread {
        None => panel
            .region_ids()
            .filter(|r| !drawn(r) && !panel.series(*r, id).is_empty())
            .map(|r| panel.region_name(r).to_owned())
            .collect(),
        Some(_) => Vec::new(),
    };
    let lines: Vec<ChartLine> = match spread {
        None => panel.region_ids().filter(drawn).map(line).filter(|l| !l.points.is_empty()).collect(),
        Some(_) => chosen.map(line).into_iter().filter(|l| !l.points.is_empty()).collect(),
    };
    let source_region = chosen.or_else(|| panel.region_ids().find(|&r| !panel.series(r, id).is_empty()));
    let source = source_region.and_then(|r| {
        let latest = panel.latest(r, id)?;
        panel.source(r, latest.year, id).map(str::to_owned)
    });
    Chart {
        indicator: indicator.clone(),
        dataset,
        unit: if info.unit.is_empty() { indicator.unit.clone() } else { info.unit.clone() },
        lines,
        spread,
        single_year: panel.years().len() <= 1,
        source,
        targets: Vec::new(),
        left_out,
    }
}

/// Region names of the loaded files, newest file first, each once.
fn region_names(data: &[Dataset]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    data.iter()
        .rev()
        .flat_map(|d| d.loaded.panel.regions())
        .filter(|name| seen.insert(name.as_str()))
        .cloned()
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::fmt::Write as _;
    use std::path::Path;

    use super::*;
    use crate::domain::framework::PillarId;
    use crate::io::{framework_file, metrics};

    /// A long CSV of `regions` counties, 2021–2024, with two catalog indicators of the carrier pillar.
    fn dataset(regions: usize) -> (Framework, Catalog, Vec<Dataset>) {
        let framework = framework_file::embedded().unwrap();
        let catalog = metrics::catalog_file::embedded(&framework).unwrap();
        let mut csv = String::from("地区,年份,指标,数值\n");
        for r in 0..regions {
            for year in 2021..=2024 {
                for (k, name) in ["高新技术企业数(家)", "科技型中小企业数(家)"].iter().enumerate() {
                    let _ = writeln!(csv, "县{r:02},{year},{name},{}", r * 10 + k + (year as usize - 2021));
                }
            }
        }
        let loaded = metrics::load_bytes(csv.as_bytes(), Path::new("t.csv"), &catalog).unwrap();
        (framework, catalog, vec![Dataset { name: "t.csv".into(), loaded }])
    }

    fn inputs(region: &str, generation: u64) -> ChartInputs {
        ChartInputs {
            pillar: Some(PillarId::Carrier),
            region: region.into(),
            data_generation: generation,
            ..ChartInputs::default()
        }
    }

    #[test]
    fn few_regions_get_a_line_each_and_the_chosen_one_is_marked() {
        let (framework, catalog, data) = dataset(5);
        let mut set = ChartSet::default();
        assert!(set.update(inputs("县03", 1), &framework, &catalog, &data));
        let chart = &set.charts[0];
        assert_eq!(chart.spread, None);
        assert_eq!(chart.lines.len(), 5);
        assert_eq!(chart.lines.iter().filter(|l| l.chosen).map(|l| l.name.as_str()).collect::<Vec<_>>(), ["县03"]);
        assert_eq!(set.regions.len(), 5);
    }

    #[test]
    fn many_regions_chart_their_spread_and_only_the_chosen_regions_line() {
        let (framework, catalog, data) = dataset(20);
        let mut set = ChartSet::default();
        set.update(inputs("", 1), &framework, &catalog, &data);
        let spread = set.charts[0].spread.clone().unwrap();
        assert!(set.charts[0].lines.is_empty());
        assert_eq!((spread.regions, spread.years.len()), (20, 4));
        // 县00..县19 hold 0..190 (+ year offset): the median of 2021 is 95.
        assert_eq!(spread.median[0], [2021.0, 95.0]);
        set.update(inputs("县07", 1), &framework, &catalog, &data);
        let lines = &set.charts[0].lines;
        assert_eq!((lines.len(), lines[0].name.as_str(), lines[0].chosen), (1, "县07", true));
        assert_eq!(lines[0].points, [[2021.0, 70.0], [2022.0, 71.0], [2023.0, 72.0], [2024.0, 73.0]]);
    }

    #[test]
    fn charts_are_worked_out_again_only_when_their_inputs_change() {
        let (framework, catalog, data) = dataset(3);
        let mut set = ChartSet::default();
        assert!(set.update(inputs("县01", 1), &framework, &catalog, &data));
        assert!(!set.update(inputs("县01", 1), &framework, &catalog, &data));
        assert!(set.update(inputs("县02", 1), &framework, &catalog, &data));
        assert!(set.update(inputs("县02", 2), &framework, &catalog, &data));
    }
}
