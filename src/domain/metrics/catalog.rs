//! The indicator catalog (`assets/indicators.json`): what each indicator means for the framework —
//! its unit, which direction is good, the pillar of 图1 it evidences and the items it tracks.

use serde::{Deserialize, Serialize};

use super::name::{is_total_region, normalize, region_name, split_unit};
use super::panel::RegionKind;
use crate::domain::framework::PillarId;

/// The catalog file format this build reads.
pub const CATALOG_SCHEMA_VERSION: u32 = 1;

/// Which way an indicator should move.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// More is better (enterprises, R&D spending).
    #[default]
    HigherIsBetter,
    /// Less is better (a rank, a cost).
    LowerIsBetter,
}

/// The whole catalog.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    /// Format version; see [`CATALOG_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The indicators, in the order they are listed.
    #[serde(default)]
    pub indicators: Vec<CatalogIndicator>,
    /// Region rows that are not places: totals and groups of places, as tables name them.
    #[serde(default)]
    pub region_rows: RegionRows,
    /// Words in an indicator's name that make less of it better (排放, 能耗, 失业 …), for indicators the
    /// catalog does not list.
    #[serde(default)]
    pub lower_is_better_words: Vec<String>,
}

/// Names of region rows that sum or group the places of a table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RegionRows {
    /// Totals: 全国, 地方合计, National Total …
    pub totals: Vec<String>,
    /// Groups of places: 东部地区, 港澳台, 其他, North China …
    pub aggregates: Vec<String>,
}

/// One indicator the framework knows how to read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CatalogIndicator {
    /// Stable ASCII id, e.g. `tech-smes`.
    pub id: String,
    /// Chinese name, e.g. 科技型中小企业数.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// Other names real tables use for it (without units), e.g. 备案科技型中小企业数.
    pub aliases: Vec<String>,
    /// Usual unit, e.g. 家; a file's own unit wins.
    pub unit: String,
    /// Which way is good.
    pub direction: Direction,
    /// The pillar of 图1 it evidences; `None` for overall outcomes such as GDP growth.
    pub pillar: Option<PillarId>,
    /// Element ids of that pillar it evidences, e.g. `carrier.actors` (有力主体).
    pub elements: Vec<String>,
    /// Framework item ids it tracks, e.g. `bz-6.1.5` (揭榜挂帅).
    pub items: Vec<String>,
    /// Why it is linked so, or how to read it.
    pub note: String,
}

impl Catalog {
    /// The entry whose name or an alias matches `name` (units, spaces and full-width forms aside).
    pub fn find(&self, name: &str) -> Option<&CatalogIndicator> {
        let key = normalize(split_unit(name).0);
        self.indicators.iter().find(|e| e.names().any(|n| normalize(split_unit(n).0) == key))
    }

    /// What a region row of a table is: a total or a group by the catalog's lists (or the common total
    /// words, 合计, 全市 …), else a place.
    pub fn region_kind(&self, name: &str) -> RegionKind {
        self.region_kinds()(name)
    }

    /// [`Catalog::region_kind`] with the lists folded once, for the thousands of regions of a national panel.
    pub fn region_kinds(&self) -> impl Fn(&str) -> RegionKind + '_ {
        let fold = |names: &[String]| names.iter().map(|n| normalize(n)).collect::<std::collections::HashSet<_>>();
        let (totals, aggregates) = (fold(&self.region_rows.totals), fold(&self.region_rows.aggregates));
        move |name: &str| {
            let key = normalize(&region_name(name));
            if is_total_region(name) || totals.contains(&key) {
                RegionKind::Total
            } else if aggregates.contains(&key) {
                RegionKind::Aggregate
            } else {
                RegionKind::Place
            }
        }
    }

    /// The direction of an indicator: the catalog's for one it lists, else lower is better when its name has
    /// one of the catalog's words for bad things (排放, 能耗 …), else higher; and whether it was assumed.
    pub fn direction_of(&self, name: &str) -> (Direction, bool) {
        if let Some(entry) = self.find(name) {
            return (entry.direction, false);
        }
        let lower = self.lower_is_better_words.iter().any(|w| name.contains(w.as_str()));
        (if lower { Direction::LowerIsBetter } else { Direction::HigherIsBetter }, true)
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&CatalogIndicator> {
        self.indicators.iter().find(|e| e.id == id)
    }

    /// Entries that evidence a pillar.
    pub fn for_pillar(&self, pillar: PillarId) -> impl Iterator<Item = &CatalogIndicator> + '_ {
        self.indicators.iter().filter(move |e| e.pillar == Some(pillar))
    }

    /// Entries that evidence an element.
    pub fn for_element<'a>(&'a self, element: &'a str) -> impl Iterator<Item = &'a CatalogIndicator> + 'a {
        self.indicators.iter().filter(move |e| e.elements.iter().any(|x| x == element))
    }

    /// Entries that track a framework item.
    pub fn for_item<'a>(&'a self, item: &'a str) -> impl Iterator<Item = &'a CatalogIndicator> + 'a {
        self.indicators.iter().filter(move |e| e.items.iter().any(|x| x == item))
    }
}

impl CatalogIndicator {
    /// The name, then the aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        let entry = CatalogIndicator {
            id: "rd-spending".into(),
            name: "R&D经费投入".into(),
            aliases: vec!["R&D经费支出".into(), "全社会研发投入".into()],
            unit: "亿元".into(),
            pillar: Some(PillarId::Foundation),
            items: vec!["bz-6.1.7".into()],
            ..CatalogIndicator::default()
        };
        Catalog { schema_version: CATALOG_SCHEMA_VERSION, indicators: vec![entry], ..Catalog::default() }
    }

    #[test]
    fn a_name_matches_by_alias_whatever_its_unit_and_width() {
        let c = catalog();
        for name in ["R&D经费支出（亿元）", "Ｒ＆Ｄ经费投入", "全社会研发投入 (万元)", "r&d经费投入"]
        {
            assert_eq!(c.find(name).map(|e| e.id.as_str()), Some("rd-spending"), "{name}");
        }
        assert!(c.find("社会消费品零售总额").is_none());
    }

    #[test]
    fn entries_are_found_by_pillar_and_item() {
        let c = catalog();
        assert_eq!(c.for_pillar(PillarId::Foundation).count(), 1);
        assert_eq!(c.for_pillar(PillarId::Core).count(), 0);
        assert_eq!(c.for_item("bz-6.1.7").count(), 1);
    }
}
