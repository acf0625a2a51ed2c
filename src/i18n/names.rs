//! Names of domain values in the user's language.

use super::{Lang, Text, strings as s};
use crate::domain::framework::{GroupKind, Level};

/// The English text when the language is English and one is given, else the Chinese.
pub fn pick<'a>(lang: Lang, zh: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::En if !en.trim().is_empty() => en,
        _ => zh,
    }
}

/// Name of an administrative level.
pub fn level(level: Level) -> Text {
    match level {
        Level::National => s::LEVEL_NATIONAL,
        Level::Provincial => s::LEVEL_PROVINCIAL,
        Level::CityCounty => s::LEVEL_CITY_COUNTY,
    }
}

/// Name of a kind of section.
pub fn group_kind(kind: GroupKind) -> Text {
    match kind {
        GroupKind::PracticePath => s::KIND_PRACTICE_PATH,
        GroupKind::PolicyChoice => s::KIND_POLICY_CHOICE,
        GroupKind::LocalAction => s::KIND_LOCAL_ACTION,
        GroupKind::StrategicDirection => s::KIND_STRATEGIC_DIRECTION,
    }
}
