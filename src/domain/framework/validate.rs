//! Checks a loaded framework: ids, references, sources. Every flaw names the entity and field.

use std::collections::HashSet;

use super::{Audience, Framework, PillarId, SCHEMA_VERSION, Source};

/// Which kind of record a flaw is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    /// A source document.
    Document,
    /// A pillar of 图1.
    Pillar,
    /// An element of a pillar.
    Element,
    /// A document section.
    Group,
    /// A recommendation item.
    Item,
    /// A diagnosis (问题/短板).
    Problem,
}

/// One thing wrong with a framework file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::describe_flaw(self, crate::i18n::Lang::En))]
pub enum Flaw {
    /// The file's `schema_version` is not one this build reads.
    UnsupportedSchema {
        /// Version found in the file.
        found: u32,
    },
    /// One of the four pillars of 图1 is absent.
    MissingPillar(PillarId),
    /// A pillar appears twice.
    DuplicatePillar(PillarId),
    /// An id is empty or uses characters other than ASCII letters, digits, `-` and `.`.
    BadId {
        /// Kind of record.
        entity: Entity,
        /// Position of the record in its list, from 1.
        position: usize,
        /// The id as found.
        id: String,
    },
    /// Two records share an id.
    DuplicateId {
        /// Kind of record.
        entity: Entity,
        /// The shared id.
        id: String,
    },
    /// A required field is empty or missing.
    Missing {
        /// Kind of record.
        entity: Entity,
        /// Its id.
        id: String,
        /// The field, e.g. `source.section`.
        field: &'static str,
    },
    /// A field refers to a document, group or element that does not exist.
    UnknownReference {
        /// Kind of record.
        entity: Entity,
        /// Its id.
        id: String,
        /// The field holding the reference.
        field: &'static str,
        /// The unknown value.
        value: String,
    },
    /// An item's `addressed_to` holds a word outside the audience vocabulary.
    UnknownAudience {
        /// The item's id.
        item: String,
        /// The word as found.
        word: String,
    },
    /// A diagnosis links no item that answers it.
    ProblemWithoutRemedy {
        /// The problem's id.
        problem: String,
    },
    /// A diagnosis names as its remedy an item the framework does not have.
    UnknownRemedy {
        /// The problem's id.
        problem: String,
        /// The item id as found.
        item: String,
    },
    /// A diagnosis names an indicator the indicator catalog does not have.
    UnknownIndicator {
        /// The problem's id.
        problem: String,
        /// The indicator id as found.
        indicator: String,
    },
}

/// Whether `id` is a usable stable id: non-empty ASCII letters, digits, `-` and `.`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
}

impl Framework {
    /// Every flaw of the framework, in file order; empty when it is sound. Indicator ids of diagnoses are
    /// checked apart, by [`Framework::unknown_indicators`], because the catalog is another file.
    pub fn flaws(&self) -> Vec<Flaw> {
        let mut out = Vec::new();
        if self.schema_version != SCHEMA_VERSION {
            out.push(Flaw::UnsupportedSchema { found: self.schema_version });
            return out;
        }
        let documents = check_ids(Entity::Document, self.documents.iter().map(|d| d.id.as_str()), &mut out);
        for d in &self.documents {
            require(&mut out, Entity::Document, &d.id, "short", &d.short);
            require(&mut out, Entity::Document, &d.id, "title", &d.title);
            for note in &d.theory {
                require(&mut out, Entity::Document, &d.id, "theory.title", &note.title);
                require(&mut out, Entity::Document, &d.id, "theory.summary", &note.summary);
                require(&mut out, Entity::Document, &d.id, "theory.section", &note.section);
            }
        }

        let mut seen_pillars = HashSet::new();
        for p in &self.pillars {
            if !seen_pillars.insert(p.id) {
                out.push(Flaw::DuplicatePillar(p.id));
            }
            let id = p.id.as_str();
            require(&mut out, Entity::Pillar, id, "name", &p.name);
            check_source(&mut out, Entity::Pillar, id, &p.source, &documents);
            if p.elements.is_empty() {
                out.push(missing(Entity::Pillar, id, "elements"));
            }
        }
        for pillar in PillarId::ALL {
            if !seen_pillars.contains(&pillar) {
                out.push(Flaw::MissingPillar(pillar));
            }
        }
        let elements =
            check_ids(Entity::Element, self.pillars.iter().flat_map(|p| &p.elements).map(|e| e.id.as_str()), &mut out);
        for e in self.pillars.iter().flat_map(|p| &p.elements) {
            require(&mut out, Entity::Element, &e.id, "name", &e.name);
            require(&mut out, Entity::Element, &e.id, "meaning", &e.meaning);
            check_source(&mut out, Entity::Element, &e.id, &e.source, &documents);
        }

        let groups = check_ids(Entity::Group, self.groups.iter().map(|g| g.id.as_str()), &mut out);
        for g in &self.groups {
            require(&mut out, Entity::Group, &g.id, "title", &g.title);
            require(&mut out, Entity::Group, &g.id, "section", &g.section);
            reference(&mut out, Entity::Group, &g.id, "document", &g.document, &documents);
        }

        let items = check_ids(Entity::Item, self.items.iter().map(|i| i.id.as_str()), &mut out);
        for item in &self.items {
            let id = item.id.as_str();
            reference(&mut out, Entity::Item, id, "group", &item.group, &groups);
            require(&mut out, Entity::Item, id, "title", &item.title);
            require(&mut out, Entity::Item, id, "summary", &item.summary);
            check_source(&mut out, Entity::Item, id, &item.source, &documents);
            if item.elements.is_empty() {
                out.push(missing(Entity::Item, id, "elements"));
            }
            for element in &item.elements {
                reference(&mut out, Entity::Item, id, "elements", element, &elements);
            }
            for audience in &item.addressed_to {
                if let Audience::Unknown(word) = audience {
                    out.push(Flaw::UnknownAudience { item: id.to_owned(), word: word.clone() });
                }
            }
        }

        check_ids(Entity::Problem, self.problems.iter().map(|p| p.id.as_str()), &mut out);
        for problem in &self.problems {
            let id = problem.id.as_str();
            require(&mut out, Entity::Problem, id, "title", &problem.title);
            require(&mut out, Entity::Problem, id, "quote", &problem.quote);
            check_source(&mut out, Entity::Problem, id, &problem.source, &documents);
            if problem.remedies.is_empty() {
                out.push(Flaw::ProblemWithoutRemedy { problem: id.to_owned() });
            }
            for remedy in problem.remedies.iter().filter(|r| !items.contains(r.item.as_str())) {
                out.push(Flaw::UnknownRemedy { problem: id.to_owned(), item: remedy.item.clone() });
            }
        }
        out
    }

    /// Flaws of diagnoses whose indicators `known` (the catalog) does not have, in file order.
    pub fn unknown_indicators(&self, known: impl Fn(&str) -> bool) -> Vec<Flaw> {
        self.problems
            .iter()
            .flat_map(|p| p.indicators.iter().map(move |i| (p, i)))
            .filter(|(_, indicator)| !known(indicator))
            .map(|(p, indicator)| Flaw::UnknownIndicator { problem: p.id.clone(), indicator: indicator.clone() })
            .collect()
    }
}

/// Checks ids for form and uniqueness; returns the set of well-formed ids for reference checks.
fn check_ids<'a>(entity: Entity, ids: impl Iterator<Item = &'a str>, out: &mut Vec<Flaw>) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (index, id) in ids.enumerate() {
        if !is_valid_id(id) {
            out.push(Flaw::BadId { entity, position: index + 1, id: id.to_owned() });
        } else if !seen.insert(id) {
            out.push(Flaw::DuplicateId { entity, id: id.to_owned() });
        }
    }
    seen
}

fn missing(entity: Entity, id: &str, field: &'static str) -> Flaw {
    Flaw::Missing { entity, id: id.to_owned(), field }
}

fn require(out: &mut Vec<Flaw>, entity: Entity, id: &str, field: &'static str, value: &str) {
    if value.trim().is_empty() {
        out.push(missing(entity, id, field));
    }
}

fn reference(out: &mut Vec<Flaw>, entity: Entity, id: &str, field: &'static str, value: &str, known: &HashSet<&str>) {
    if value.trim().is_empty() {
        out.push(missing(entity, id, field));
    } else if !known.contains(value) {
        out.push(Flaw::UnknownReference { entity, id: id.to_owned(), field, value: value.to_owned() });
    }
}

fn check_source(out: &mut Vec<Flaw>, entity: Entity, id: &str, source: &Source, documents: &HashSet<&str>) {
    reference(out, entity, id, "source.document", &source.document, documents);
    require(out, entity, id, "source.section", &source.section);
}
