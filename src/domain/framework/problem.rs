//! The documents' diagnoses (问题/短板): what each says is wrong, in its own words, and the items that
//! answer it. The documents argue from problem to remedy (巴中 ch.5 → ch.6, 003 二（二） → 三, 004 三 → 四);
//! these records keep that argument beside the items.

use serde::{Deserialize, Serialize};

use super::Source;

/// A problem or shortcoming a document diagnoses, e.g. 巴中's 研发投入强度不足.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Problem {
    /// Stable ASCII id, e.g. `bz-p5.1`.
    pub id: String,
    /// Document and section that state it.
    pub source: Source,
    /// Short title in the document's words.
    pub title: String,
    /// English title.
    pub title_en: String,
    /// The document's own words, verbatim; shortened only with “…”.
    pub quote: String,
    /// The items that answer it; at least one.
    pub remedies: Vec<Remedy>,
    /// Catalog indicator ids (`assets/indicators.json`) that measure it; empty where none does.
    pub indicators: Vec<String>,
}

/// An item that answers a problem, and who made the link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remedy {
    /// Id of the [`super::Item`].
    pub item: String,
    /// Whether the document ties the item to the problem or the editors do.
    pub basis: LinkBasis,
}

/// Who ties a remedy to its problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkBasis {
    /// The document itself says the measure answers the problem, or builds the remedy's section on it.
    Stated,
    /// The project's reading (编者归类): the document does not make the link.
    Editorial,
}
