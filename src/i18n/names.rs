//! Names of domain values in the user's language.

use super::{Lang, Text, strings as s};
use crate::domain::framework::{Audience, GroupKind, Level};
use crate::domain::index::{CoordinationClass, WeightMethod};
use crate::domain::metrics::{Judgement, Trend};
use crate::domain::progress::{Field, Light, LightReason, Status};

/// A scope in words.
pub fn scope(scope: crate::domain::progress::Scope) -> Text {
    use crate::domain::progress::Scope as S;
    match scope {
        S::Adopted => s::SCOPE_ADOPTED,
        S::NotApplicable => s::SCOPE_NOT_APPLICABLE,
        S::Undecided => s::SCOPE_UNDECIDED,
    }
}

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

/// Name of an audience in `lang`; a word outside the vocabulary (which a loaded framework never has) as
/// written.
pub fn audience(audience: &Audience, lang: Lang) -> String {
    let text = match audience {
        Audience::Government => s::AUDIENCE_GOVERNMENT,
        Audience::Firms => s::AUDIENCE_FIRMS,
        Audience::Universities => s::AUDIENCE_UNIVERSITIES,
        Audience::ResearchInstitutes => s::AUDIENCE_RESEARCH_INSTITUTES,
        Audience::FinancialInstitutions => s::AUDIENCE_FINANCIAL_INSTITUTIONS,
        Audience::Intermediaries => s::AUDIENCE_INTERMEDIARIES,
        Audience::Talent => s::AUDIENCE_TALENT,
        Audience::Unknown(word) => return word.clone(),
    };
    text.get(lang).to_owned()
}

/// Who an item is addressed to, joined for one line; the words for "not named" when its text names no one.
pub fn addressed_to(audiences: &[Audience], lang: Lang) -> String {
    if audiences.is_empty() {
        return s::ADDRESSED_TO_NONE.get(lang).to_owned();
    }
    let sep = if lang == Lang::Zh { "、" } else { ", " };
    audiences.iter().map(|a| audience(a, lang)).collect::<Vec<_>>().join(sep)
}

/// The audience words a framework file may use, for an error message.
pub fn audience_words() -> String {
    Audience::ALL.iter().map(Audience::word).collect::<Vec<_>>().join(", ")
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

/// Name of a status.
pub fn status(status: Status) -> Text {
    match status {
        Status::NotStarted => s::STATUS_NOT_STARTED,
        Status::InProgress => s::STATUS_IN_PROGRESS,
        Status::Done => s::STATUS_DONE,
        Status::Blocked => s::STATUS_BLOCKED,
        Status::Paused => s::STATUS_PAUSED,
    }
}

/// A light with its icon and word (never colour alone).
pub fn light(light: Light) -> Text {
    match light {
        Light::Unscheduled => s::LIGHT_UNSCHEDULED,
        Light::Green => s::LIGHT_GREEN,
        Light::Yellow => s::LIGHT_YELLOW,
        Light::Red => s::LIGHT_RED,
    }
}

/// Why a light is what it is, in a sentence ("已过时限 2026-10-31，逾期 25 天").
pub fn light_reason(reason: LightReason, lang: Lang) -> String {
    match reason {
        LightReason::Done => s::LIGHT_WHY_DONE.get(lang).to_owned(),
        LightReason::Blocked => s::LIGHT_WHY_BLOCKED.get(lang).to_owned(),
        LightReason::Overdue { since, days } => s::LIGHT_WHY_OVERDUE.fill(lang, &[("date", &since), ("days", &days)]),
        LightReason::DueSoon { days: 0 } => s::LIGHT_WHY_DUE_TODAY.get(lang).to_owned(),
        LightReason::DueSoon { days } => s::LIGHT_WHY_DUE_SOON.fill(lang, &[("days", &days)]),
        LightReason::Behind { expected, percent } => {
            s::LIGHT_WHY_BEHIND.fill(lang, &[("expected", &expected), ("percent", &percent)])
        }
        LightReason::Unscheduled => s::LIGHT_WHY_UNSCHEDULED.get(lang).to_owned(),
        LightReason::OnTrack => s::LIGHT_WHY_ON_TRACK.get(lang).to_owned(),
    }
}

/// A unit as written after a number: Chinese as the file gives it; in English the common statistical units
/// in words ("4.89 ×100m yuan", "37 firms"), and counting words (个, 项, 件) left out.
pub fn unit(unit: &str, lang: Lang) -> String {
    if lang == Lang::Zh {
        return unit.to_owned();
    }
    let english = match unit.trim() {
        "亿元" => " ×100m yuan",
        "万元" => " ×10k yuan",
        "元" => " yuan",
        "家" => " firms",
        "人" => " people",
        "人年" => " person-years",
        "万人" => " ×10k people",
        "个" | "项" | "件" | "次" | "位" => "",
        "%" => "%",
        other => return format!(" {other}"),
    };
    english.to_owned()
}

/// A light in the fewest words, for counts in tight spaces (the diagram); the full words elsewhere.
pub fn light_short(light: Light) -> Text {
    match light {
        Light::Red => s::LIGHT_RED_SHORT,
        Light::Yellow => s::LIGHT_YELLOW_SHORT,
        other => self::light(other),
    }
}

/// How a key figure moved, as arrow and word (or why there is none).
pub fn trend(trend: Trend, judgement: Judgement) -> Text {
    match (trend, judgement) {
        (Trend::Unknown, _) | (_, Judgement::Unknown) => s::TREND_NONE,
        (Trend::Flat, _) | (_, Judgement::Same) => s::TREND_SAME,
        (Trend::Up, Judgement::Better) => s::TREND_BETTER_UP,
        (Trend::Down, Judgement::Better) => s::TREND_BETTER_DOWN,
        (Trend::Up, Judgement::Worse) => s::TREND_WORSE_UP,
        (Trend::Down, Judgement::Worse) => s::TREND_WORSE_DOWN,
    }
}

/// Name of a progress field.
pub fn field(field: Field) -> Text {
    match field {
        Field::Status => s::FIELD_STATUS,
        Field::Percent => s::FIELD_PERCENT,
        Field::LeadUnit => s::FIELD_LEAD_UNIT,
        Field::CoUnits => s::FIELD_CO_UNITS,
        Field::Start => s::FIELD_START,
        Field::Deadline => s::FIELD_DEADLINE,
        Field::RevisedDeadline => s::FIELD_REVISED_DEADLINE,
        Field::Note => s::FIELD_NOTE,
        Field::Problems => s::FIELD_PROBLEMS,
        Field::NextSteps => s::FIELD_NEXT_STEPS,
        Field::Evidence => s::FIELD_EVIDENCE,
        Field::Scope => s::FIELD_SCOPE,
        Field::ScopeReason => s::FIELD_SCOPE_REASON,
        Field::Title => s::FIELD_TITLE,
        Field::Parents => s::FIELD_PARENTS,
        Field::Target => s::FIELD_TARGET,
        Field::Removed => s::FIELD_REMOVED,
        Field::Indicators => s::FIELD_INDICATORS,
    }
}

/// Name of a ledger column, as offered when correcting an imported ledger's mapping.
pub fn ledger_column(column: crate::io::ledger::Column) -> Text {
    use crate::io::ledger::Column as C;
    match column {
        C::Seq => s::LEDGER_COLUMN_SEQ,
        C::Id => s::LEDGER_COLUMN_ID,
        C::Title => s::LEDGER_COLUMN_TITLE,
        C::Parent => s::LEDGER_COLUMN_PARENT,
        C::Target => s::LEDGER_COLUMN_TARGET,
        C::Current => s::LEDGER_COLUMN_CURRENT,
        C::Pillars => s::LEDGER_COLUMN_PILLARS,
        C::Source => s::LEDGER_COLUMN_SOURCE,
        C::LeadUnit => s::LEDGER_COLUMN_LEAD_UNIT,
        C::CoUnits => s::LEDGER_COLUMN_CO_UNITS,
        C::Deadline => s::LEDGER_COLUMN_DEADLINE,
        C::RevisedDeadline => s::LEDGER_COLUMN_REVISED_DEADLINE,
        C::Status => s::LEDGER_COLUMN_STATUS,
        C::Percent => s::LEDGER_COLUMN_PERCENT,
        C::Note => s::LEDGER_COLUMN_NOTE,
        C::Problems => s::LEDGER_COLUMN_PROBLEMS,
        C::NextSteps => s::LEDGER_COLUMN_NEXT_STEPS,
        C::UpdatedAt => s::LEDGER_COLUMN_UPDATED_AT,
    }
}

/// Name of a coupling coordination class, e.g. 勉强协调.
pub fn coordination_class(class: CoordinationClass) -> Text {
    match class {
        CoordinationClass::ExtremeImbalance => s::CLASS_EXTREME_IMBALANCE,
        CoordinationClass::SevereImbalance => s::CLASS_SEVERE_IMBALANCE,
        CoordinationClass::ModerateImbalance => s::CLASS_MODERATE_IMBALANCE,
        CoordinationClass::MildImbalance => s::CLASS_MILD_IMBALANCE,
        CoordinationClass::VergeOfImbalance => s::CLASS_VERGE_OF_IMBALANCE,
        CoordinationClass::BarelyCoordinated => s::CLASS_BARELY_COORDINATED,
        CoordinationClass::Primary => s::CLASS_PRIMARY,
        CoordinationClass::Intermediate => s::CLASS_INTERMEDIATE,
        CoordinationClass::Good => s::CLASS_GOOD,
        CoordinationClass::HighQuality => s::CLASS_HIGH_QUALITY,
    }
}

/// Name of a weighting method, e.g. 熵权法.
pub fn weight_method(method: WeightMethod) -> Text {
    match method {
        WeightMethod::Entropy => s::WEIGHTS_ENTROPY,
        WeightMethod::Equal => s::WEIGHTS_EQUAL,
        WeightMethod::Expert => s::WEIGHTS_EXPERT,
    }
}
