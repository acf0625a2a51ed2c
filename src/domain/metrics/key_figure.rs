//! Key figures: for a pillar or element of 图1, the newest value of the first catalog indicator the data has,
//! for one region, with the way it moved judged by the indicator's direction. The diagram and the
//! presentation show these next to the progress of the items.

use super::{CatalogIndicator, IndicatorId, Judgement, Latest, Panel, RegionId};

/// One indicator's newest value for one region.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    /// Catalog id of the indicator.
    pub catalog_id: String,
    /// The indicator in the panel.
    pub indicator: IndicatorId,
    /// The region the value belongs to.
    pub region: RegionId,
    /// Newest value and the one before it.
    pub latest: Latest,
    /// Whether it moved the way the indicator should.
    pub judgement: Judgement,
}

/// The region a figure is shown for: the one named (e.g. in the settings) if the panel has it, else the first.
pub fn focus_region(panel: &Panel, named: &str) -> Option<RegionId> {
    find_region(panel, named).or_else(|| panel.region_ids().next())
}

/// The region a person means by `name`: the exact name, the name without a yearbook's padding ("通 江 县"), or
/// the one region whose name starts with it ("通江" → "通江县"). `None` when none, or several, match.
pub fn find_region(panel: &Panel, name: &str) -> Option<RegionId> {
    let wanted = super::name::region_name(name);
    if wanted.is_empty() {
        return None;
    }
    if let Some(exact) = panel.region_id(&wanted) {
        return Some(exact);
    }
    let mut starting = panel.region_ids().filter(|&r| panel.region_name(r).starts_with(wanted.as_ref()));
    if let (Some(only), None) = (starting.next(), starting.next())
        && wanted.chars().count() >= 2
    {
        return Some(only);
    }
    // 北京 in one file is 北京市 (or Beijing, or 110000) in another.
    let code = &super::provinces::province(&wanted)?.code;
    panel.region_ids().find(|&r| super::provinces::province(panel.region_name(r)).is_some_and(|p| &p.code == code))
}

/// The first of `candidates` (in catalog order) with a value for `region`.
pub fn key_figure<'a>(
    panel: &Panel,
    region: RegionId,
    candidates: impl IntoIterator<Item = &'a CatalogIndicator>,
) -> Option<KeyFigure> {
    candidates.into_iter().find_map(|entry| {
        let indicator = panel.indicator_id(&entry.id)?;
        let latest = panel.latest(region, indicator)?;
        Some(KeyFigure {
            catalog_id: entry.id.clone(),
            indicator,
            region,
            judgement: latest.trend().judged(entry.direction),
            latest,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Catalog, Direction, Observation, PanelBuilder};
    use super::*;

    fn entry(id: &str, direction: Direction) -> CatalogIndicator {
        CatalogIndicator {
            id: id.into(),
            name: id.into(),
            name_en: id.into(),
            aliases: Vec::new(),
            unit: String::new(),
            direction,
            pillar: None,
            elements: Vec::new(),
            items: Vec::new(),
            note: String::new(),
        }
    }

    /// 巴州区 has rd 2.0 → 1.5 (down) and no energy values; 南江县 has energy 0.9 → 0.8.
    fn panel() -> Panel {
        let mut b = PanelBuilder::new("示例数据.csv");
        let (bz, nj) = (b.region("巴州区"), b.region("南江县"));
        let (rd, _) = b.indicator("rd", "%");
        let (energy, _) = b.indicator("energy", "吨");
        let cells = [(bz, 2023, rd, 2.0), (bz, 2024, rd, 1.5), (nj, 2023, energy, 0.9), (nj, 2024, energy, 0.8)];
        for (n, (region, year, indicator, v)) in cells.into_iter().enumerate() {
            b.push(Observation { region, year, indicator, value: Some(v), source: None, origin: n as u32 });
        }
        b.build().0
    }

    #[test]
    fn the_first_candidate_with_a_value_for_the_region_is_chosen_and_judged_by_its_direction() {
        let panel = panel();
        let catalog = Catalog {
            schema_version: 1,
            indicators: vec![entry("missing", Direction::HigherIsBetter), entry("energy", Direction::LowerIsBetter)],
            ..Catalog::default()
        };
        let nj = panel.region_id("南江县").expect("region");
        let figure = key_figure(&panel, nj, &catalog.indicators).expect("energy has values for 南江县");
        assert_eq!(figure.catalog_id, "energy");
        assert_eq!(figure.latest.value, 0.8);
        assert_eq!(figure.judgement, Judgement::Better, "lower energy use is better");

        let bz = panel.region_id("巴州区").expect("region");
        assert!(key_figure(&panel, bz, &catalog.indicators).is_none(), "巴州区 has no energy values");
        let rd = [entry("rd", Direction::HigherIsBetter)];
        assert_eq!(key_figure(&panel, bz, &rd).map(|f| f.judgement), Some(Judgement::Worse));
    }

    #[test]
    fn a_region_is_found_by_its_name_padded_or_shortened_but_never_guessed() {
        let panel = panel();
        let name = |r: Option<RegionId>| r.map(|r| panel.region_name(r).to_owned());
        assert_eq!(name(find_region(&panel, "南 江 县")), Some("南江县".into()));
        assert_eq!(name(find_region(&panel, "南江")), Some("南江县".into()));
        assert_eq!(find_region(&panel, "南"), None, "one character is too little to go on");
        assert_eq!(find_region(&panel, "成都市"), None);
        assert_eq!(find_region(&panel, ""), None);
    }

    #[test]
    fn the_named_region_is_the_focus_when_present_else_the_first() {
        let panel = panel();
        assert_eq!(focus_region(&panel, " 南江县 ").map(|r| panel.region_name(r)), Some("南江县"));
        assert_eq!(focus_region(&panel, "通江县").map(|r| panel.region_name(r)), Some("巴州区"));
    }
}
