//! Checks a loaded catalog against itself and the framework: ids, names, and the pillar, elements
//! and items it refers to. Every problem names the entry and the field.

use std::collections::HashMap;

use super::name::{normalize, split_unit};
use super::{CATALOG_SCHEMA_VERSION, Catalog};
use crate::domain::framework::{Framework, is_valid_id};

/// One thing wrong with a catalog file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::describe_catalog_problem(self, crate::i18n::Lang::En))]
pub enum CatalogProblem {
    /// The file's `schema_version` is not one this build reads.
    UnsupportedSchema {
        /// Version found.
        found: u32,
    },
    /// An id is empty or not ASCII letters, digits, `-` and `.`.
    BadId {
        /// Position of the entry, from 1.
        position: usize,
        /// The id as found.
        id: String,
    },
    /// Two entries share an id.
    DuplicateId {
        /// The id.
        id: String,
    },
    /// A required field is empty.
    Missing {
        /// The entry's id.
        id: String,
        /// The field.
        field: &'static str,
    },
    /// Two entries claim the same name or alias, so a file's column could not be told apart.
    DuplicateName {
        /// The entry's id.
        id: String,
        /// The name or alias.
        name: String,
        /// The entry that claimed it first.
        first: String,
    },
    /// A field names an element or item the framework does not have.
    UnknownReference {
        /// The entry's id.
        id: String,
        /// The field.
        field: &'static str,
        /// The unknown value.
        value: String,
    },
    /// An element does not belong to the entry's pillar (or the entry has no pillar).
    ElementOutsidePillar {
        /// The entry's id.
        id: String,
        /// The element id.
        element: String,
    },
}

impl Catalog {
    /// Every problem, in file order; empty when the catalog is sound for this framework.
    pub fn problems(&self, framework: &Framework) -> Vec<CatalogProblem> {
        use CatalogProblem as P;
        if self.schema_version != CATALOG_SCHEMA_VERSION {
            return vec![P::UnsupportedSchema { found: self.schema_version }];
        }
        let mut out = Vec::new();
        let mut ids = HashMap::new();
        let mut names: HashMap<String, &str> = HashMap::new();
        for (n, e) in self.indicators.iter().enumerate() {
            let id = e.id.as_str();
            if !is_valid_id(id) {
                out.push(P::BadId { position: n + 1, id: id.to_owned() });
            } else if ids.insert(id, n).is_some() {
                out.push(P::DuplicateId { id: id.to_owned() });
            }
            if e.name.trim().is_empty() {
                out.push(P::Missing { id: id.to_owned(), field: "name" });
            }
            if e.unit.trim().is_empty() {
                out.push(P::Missing { id: id.to_owned(), field: "unit" });
            }
            for name in e.names() {
                let key = normalize(split_unit(name).0);
                match names.get(&key) {
                    Some(first) if *first != id => {
                        out.push(P::DuplicateName {
                            id: id.to_owned(),
                            name: name.to_owned(),
                            first: (*first).to_owned(),
                        });
                    }
                    _ => {
                        names.insert(key, id);
                    }
                }
            }
            for element in &e.elements {
                match framework.element(element) {
                    None => {
                        out.push(P::UnknownReference { id: id.to_owned(), field: "elements", value: element.clone() })
                    }
                    Some((pillar, _)) if Some(pillar.id) != e.pillar => {
                        out.push(P::ElementOutsidePillar { id: id.to_owned(), element: element.clone() });
                    }
                    Some(_) => {}
                }
            }
            for item in e.items.iter().filter(|i| framework.item(i).is_none()) {
                out.push(P::UnknownReference { id: id.to_owned(), field: "items", value: item.clone() });
            }
        }
        out
    }
}
