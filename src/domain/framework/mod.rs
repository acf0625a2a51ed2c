//! The policy framework of the source documents: four pillars (图1), their elements, and the
//! recommendation items grouped by document section, and the diagnoses they answer. Plain data; checked by
//! [`Framework::flaws`].

use serde::{Deserialize, Serialize};

/// The framework file format this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole framework as loaded from `framework.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Format version of the file; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Title shown in the header.
    #[serde(default)]
    pub title: String,
    /// Source documents that items cite.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// The four pillars of 图1, in the document's order.
    #[serde(default)]
    pub pillars: Vec<Pillar>,
    /// Document sections that gather items.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// The recommendations whose progress is tracked.
    #[serde(default)]
    pub items: Vec<Item>,
    /// The documents' diagnoses (问题/短板) and the items that answer them; empty in older files.
    #[serde(default)]
    pub problems: Vec<Problem>,
    /// One sentence on how the project mapped items to pillars and elements (编者归类): the project's
    /// reading, not the documents'.
    #[serde(default)]
    pub classification_note: String,
    /// The same sentence in English.
    #[serde(default)]
    pub classification_note_en: String,
}

/// A source document.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Document {
    /// Stable ASCII id.
    pub id: String,
    /// How a citation starts, e.g. "袁野、邹桥 2025".
    pub short: String,
    /// Full title.
    pub title: String,
    /// Full bibliographic reference.
    pub citation: String,
    /// The document's theory beyond 图1 (mechanisms, stages), for reading beside its items.
    pub theory: Vec<TheoryNote>,
}

/// A piece of a document's theory, e.g. the stage 数据冶炼 of 杜传忠、李钰葳.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TheoryNote {
    /// Heading in the document's words.
    pub title: String,
    /// English heading.
    pub title_en: String,
    /// Faithful summary.
    pub summary: String,
    /// Section in the document's numbering.
    pub section: String,
}

/// Where a piece of the framework comes from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Source {
    /// Id of a [`Document`].
    pub document: String,
    /// Section in the document's own numbering, e.g. "四（一）".
    pub section: String,
}

/// The four pillars of 图1; the ids are fixed because catalogs and progress files refer to them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PillarId {
    /// 基础支撑: 有为政府、有效市场.
    Foundation,
    /// 关键载体: 有容环境、有力主体.
    Carrier,
    /// 重要手段: 开源开放创新生态、产学研协同.
    Means,
    /// 核心要素: "算法+算力+数据"、应用场景.
    Core,
}

impl PillarId {
    /// All pillars in the order of 图1.
    pub const ALL: [PillarId; 4] = [Self::Foundation, Self::Carrier, Self::Means, Self::Core];

    /// The id as written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Foundation => "foundation",
            Self::Carrier => "carrier",
            Self::Means => "means",
            Self::Core => "core",
        }
    }
}

/// One pillar of 图1 with its two elements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pillar {
    /// Which pillar this is.
    pub id: PillarId,
    /// Chinese name, e.g. 基础支撑.
    #[serde(default)]
    pub name: String,
    /// English name.
    #[serde(default)]
    pub name_en: String,
    /// The document's sentence that states the pillar.
    #[serde(default)]
    pub statement: String,
    /// Where the pillar is explained.
    #[serde(default)]
    pub source: Source,
    /// Its elements, e.g. 有为政府 and 有效市场.
    #[serde(default)]
    pub elements: Vec<Element>,
}

/// An element of a pillar, e.g. 有为政府.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Element {
    /// Stable ASCII id, e.g. `foundation.government`.
    pub id: String,
    /// Chinese name.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// What the document says the element means.
    pub meaning: String,
    /// Where it is explained.
    pub source: Source,
    /// 编者注: what the editors add to the document's words, e.g. a factual caveat; absent when none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub editor_note: Option<String>,
}

/// What kind of section a group is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    /// 实践路径.
    PracticePath,
    /// 政策选择.
    PolicyChoice,
    /// 市县举措: actions for a city or county.
    LocalAction,
    /// 战略方向.
    StrategicDirection,
}

/// A document section that gathers items, e.g. "四（一）健全人工智能创新的新举国体制与市场机制".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Stable ASCII id.
    #[serde(default)]
    pub id: String,
    /// Id of its [`Document`].
    #[serde(default)]
    pub document: String,
    /// Section label in the document's numbering.
    #[serde(default)]
    pub section: String,
    /// Path, policy choice, local action or strategic direction.
    pub kind: GroupKind,
    /// Heading as written.
    #[serde(default)]
    pub title: String,
    /// English heading.
    #[serde(default)]
    pub title_en: String,
}

/// The administrative level a recommendation addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// 国家.
    National,
    /// 省级.
    Provincial,
    /// 市县.
    CityCounty,
}

/// Who a recommendation is addressed to: the kinds of actor its text asks, pushes, supports or encourages
/// to act. Listed only where the item's summary or the section it cites names them; an item whose text
/// names no actor has none.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// 政府及部门: governments, their departments and funds (政府、部门、领导小组、政府引导基金).
    Government,
    /// 企业: firms, from national leading firms to SMEs.
    Firms,
    /// 高校: universities and their teachers as institutions.
    Universities,
    /// 科研院所: research institutes, national laboratories, new-type R&D institutions.
    ResearchInstitutes,
    /// 金融与投资机构: banks, funds, venture and private capital, insurers.
    FinancialInstitutions,
    /// 中介机构与行业协会: innovation intermediaries, service bodies, industry associations.
    Intermediaries,
    /// 人才与科研人员: people — talent, researchers, teachers and students, experts — as those a measure
    /// attracts, trains, evaluates or frees to act.
    Talent,
    /// A word outside the vocabulary, kept so that the check can name it and its item.
    #[serde(untagged)]
    Unknown(String),
}

impl Audience {
    /// The vocabulary, in the order the app lists it.
    pub const ALL: [Audience; 7] = [
        Self::Government,
        Self::Firms,
        Self::Universities,
        Self::ResearchInstitutes,
        Self::FinancialInstitutions,
        Self::Intermediaries,
        Self::Talent,
    ];

    /// The word as written in files.
    pub fn word(&self) -> &str {
        match self {
            Self::Government => "government",
            Self::Firms => "firms",
            Self::Universities => "universities",
            Self::ResearchInstitutes => "research_institutes",
            Self::FinancialInstitutions => "financial_institutions",
            Self::Intermediaries => "intermediaries",
            Self::Talent => "talent",
            Self::Unknown(word) => word,
        }
    }
}

/// One recommendation or measure whose implementation is tracked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable ASCII id used by progress files and the command line.
    #[serde(default)]
    pub id: String,
    /// Id of its [`Group`].
    #[serde(default)]
    pub group: String,
    /// Short title in the document's words.
    #[serde(default)]
    pub title: String,
    /// English title.
    #[serde(default)]
    pub title_en: String,
    /// Faithful summary in the document's terms.
    #[serde(default)]
    pub summary: String,
    /// Document and section.
    #[serde(default)]
    pub source: Source,
    /// Ids of the elements it strengthens; its pillars follow from them.
    #[serde(default)]
    pub elements: Vec<String>,
    /// Level it addresses.
    pub level: Level,
    /// Who its text addresses; empty where the text names no actor.
    #[serde(default)]
    pub addressed_to: Vec<Audience>,
    /// Departments the document names for it.
    #[serde(default)]
    pub departments: Vec<String>,
    /// 编者注: where the editors rebuilt garbled text, read an example as an example, or attribute a
    /// quotation; absent when the summary needs no note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editor_note: Option<String>,
}

mod lookup;
mod problem;
mod validate;

pub use lookup::Counts;
pub use problem::{LinkBasis, Problem, Remedy};
pub use validate::{Entity, Flaw, is_valid_id};
