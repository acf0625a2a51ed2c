//! Error values in the user's words.

use super::{Lang, Text, strings as s};
use crate::domain::framework::{Entity, PillarId, Problem, SCHEMA_VERSION};
use crate::io::framework_file::FrameworkLoadError;

fn entity(e: Entity) -> Text {
    match e {
        Entity::Document => s::ENTITY_DOCUMENT,
        Entity::Pillar => s::ENTITY_PILLAR,
        Entity::Element => s::ENTITY_ELEMENT,
        Entity::Group => s::ENTITY_GROUP,
        Entity::Item => s::ENTITY_ITEM,
    }
}

fn pillar_name(p: PillarId, lang: Lang) -> String {
    let zh = match p {
        PillarId::Foundation => "基础支撑",
        PillarId::Carrier => "关键载体",
        PillarId::Means => "重要手段",
        PillarId::Core => "核心要素",
    };
    match lang {
        Lang::Zh => format!("{zh}（{}）", p.as_str()),
        Lang::En => p.as_str().to_owned(),
    }
}

/// One framework problem as a sentence.
pub fn describe_problem(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::UnsupportedSchema { found } => {
            s::ERR_SCHEMA.fill(lang, &[("found", found), ("supported", &SCHEMA_VERSION)])
        }
        Problem::MissingPillar(p) => s::ERR_MISSING_PILLAR.fill(lang, &[("pillar", &pillar_name(*p, lang))]),
        Problem::DuplicatePillar(p) => s::ERR_DUPLICATE_PILLAR.fill(lang, &[("pillar", &pillar_name(*p, lang))]),
        Problem::BadId { entity: e, position, id } => {
            s::ERR_BAD_ID.fill(lang, &[("entity", &entity(*e).get(lang)), ("position", position), ("id", id)])
        }
        Problem::DuplicateId { entity: e, id } => {
            s::ERR_DUPLICATE_ID.fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id)])
        }
        Problem::Missing { entity: e, id, field } => {
            s::ERR_MISSING_FIELD.fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id), ("field", field)])
        }
        Problem::UnknownReference { entity: e, id, field, value } => s::ERR_UNKNOWN_REFERENCE
            .fill(lang, &[("entity", &entity(*e).get(lang)), ("id", id), ("field", field), ("value", value)]),
    }
}

/// A framework loading error as text; an invalid framework lists each problem on its own line.
pub fn describe_load_error(error: &FrameworkLoadError, lang: Lang) -> String {
    match error {
        FrameworkLoadError::Read { path, source } => {
            s::ERR_READ.fill(lang, &[("path", &path.display()), ("reason", source)])
        }
        FrameworkLoadError::Encoding { path, source } => {
            s::ERR_ENCODING.fill(lang, &[("path", &path.display()), ("offset", &source.offset)])
        }
        FrameworkLoadError::Json { path, line, column, truncated, detail } => {
            let text = if *truncated { s::ERR_JSON_TRUNCATED } else { s::ERR_JSON };
            text.fill(lang, &[("path", &path.display()), ("line", line), ("column", column), ("detail", detail)])
        }
        FrameworkLoadError::Invalid { path, problems } => {
            let mut out = s::ERR_INVALID_FRAMEWORK.fill(lang, &[("path", &path.display()), ("count", &problems.len())]);
            for p in problems {
                out.push_str("\n  - ");
                out.push_str(&describe_problem(p, lang));
            }
            out
        }
    }
}
