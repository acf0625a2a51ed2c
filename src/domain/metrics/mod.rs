//! Regional metrics: a panel of values by region × year × indicator, with units and sources, and
//! the indicator catalog that ties each indicator to a pillar of 图1 and to framework items.
//! Plain data and queries; reading files lives in `io::metrics`.
//!
//! Regions and indicators are interned once per panel and values sit in one dense `Vec<f64>`,
//! so a national panel of millions of values costs eight bytes a value, not a map per row.

mod builder;
mod catalog;
mod catalog_validate;
mod key_figure;
mod name;
mod panel;
mod provinces;
mod query;
mod spread;
mod totals;

pub use builder::PanelBuilder;
pub use catalog::{CATALOG_SCHEMA_VERSION, Catalog, CatalogIndicator, Direction, RegionRows};
pub use catalog_validate::CatalogProblem;
pub use key_figure::{KeyFigure, find_region, focus_region, key_figure};
pub use name::{
    is_percent_measure, is_total_region, normalize, region_name, split_number_unit, split_unit, strip_marks,
};
pub use panel::{Duplicate, IndicatorId, IndicatorInfo, Observation, Panel, PanelMeta, RegionId, RegionKind, SourceId};
pub use provinces::{Province, province};
pub use query::{Judgement, Latest, PanelCounts, Trend};
pub use spread::YearSpread;

/// The words that mark a panel or file as illustrative rather than real statistics.
pub const ILLUSTRATIVE_MARK: &str = "示例数据";
