//! The key indicators a report charts: for each pillar of 图1, the first catalog indicator the data has,
//! as one region's series (the region named in the report if the data has it, else the first region).

use crate::domain::framework::PillarId;
use crate::domain::metrics::{Catalog, Panel, find_region};
use crate::i18n::{Lang, names::pick, strings as s};

use super::IndicatorSeries;

/// Key-indicator series from a panel for the named region (found as [`find_region`] does; none when the panel
/// lacks it, so a report never charts another place under its title), or the first region when none is named.
/// `file` names the data where cells carry no source of their own.
pub fn key_indicators(
    panel: &Panel,
    catalog: &Catalog,
    region: Option<&str>,
    file: &str,
    lang: Lang,
) -> Vec<IndicatorSeries> {
    let found = match region {
        Some(name) => find_region(panel, name),
        None => panel.region_ids().next(),
    };
    let Some(region_id) = found else {
        return Vec::new();
    };
    let illustrative = panel.is_illustrative();
    PillarId::ALL
        .into_iter()
        .filter_map(|pillar| {
            catalog.for_pillar(pillar).find_map(|indicator| {
                let id = panel.indicator_id(&indicator.id)?;
                let series = panel.series(region_id, id);
                let (&(last_year, _), _) = series.split_last()?;
                let info = panel.indicator(id);
                let source = match panel.source(region_id, last_year, id) {
                    Some(source) => source.to_owned(),
                    None if illustrative => format!("{file}（{}）", s::ILLUSTRATIVE.get(lang)),
                    None => file.to_owned(),
                };
                Some(IndicatorSeries {
                    name: format!(
                        "{}（{}）",
                        pick(lang, &indicator.name, &indicator.name_en),
                        panel.region_name(region_id)
                    ),
                    unit: if info.unit.is_empty() { indicator.unit.clone() } else { info.unit.clone() },
                    source,
                    points: series.into_iter().map(|(year, v)| (year.to_string(), v)).collect(),
                })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::io::{framework_file, metrics};

    #[test]
    fn the_illustrative_county_panel_gives_one_labelled_series_per_pillar_for_the_named_region() {
        let fw = framework_file::embedded().expect("framework");
        let catalog = metrics::catalog_file::embedded(&fw).expect("catalog");
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/巴中县区指标_2019-2025_示例数据.csv");
        let loaded = metrics::load(&path, &catalog).expect("sample panel");
        let series = key_indicators(&loaded.panel, &catalog, Some("通江县"), "示例.csv", Lang::Zh);
        assert_eq!(series.len(), 4, "one per pillar");
        for one in &series {
            assert!(one.name.ends_with("（通江县）"), "{}", one.name);
            assert_eq!(one.points.first().map(|p| p.0.as_str()), Some("2019"));
            assert!(one.source.contains("示例数据"), "{}", one.source);
        }
        assert!(
            key_indicators(&loaded.panel, &catalog, Some("成都市"), "示例.csv", Lang::Zh).is_empty(),
            "no stand-in"
        );
    }
}
