//! Read-only questions the UI and the command line ask of a framework.

use super::{Document, Element, Framework, Group, Item, Pillar, PillarId, Problem, Source};

/// How much a framework holds, for one-line summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Pillars of 图1.
    pub pillars: usize,
    /// Elements across all pillars.
    pub elements: usize,
    /// Document sections.
    pub groups: usize,
    /// Recommendation items.
    pub items: usize,
    /// Source documents.
    pub documents: usize,
    /// Diagnoses (问题/短板).
    pub problems: usize,
}

impl Framework {
    /// Sizes of each part.
    pub fn counts(&self) -> Counts {
        Counts {
            pillars: self.pillars.len(),
            elements: self.pillars.iter().map(|p| p.elements.len()).sum(),
            groups: self.groups.len(),
            items: self.items.len(),
            documents: self.documents.len(),
            problems: self.problems.len(),
        }
    }

    /// The pillar with this id.
    pub fn pillar(&self, id: PillarId) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    /// The element with this id and the pillar it belongs to.
    pub fn element(&self, id: &str) -> Option<(&Pillar, &Element)> {
        self.pillars.iter().find_map(|p| p.elements.iter().find(|e| e.id == id).map(|e| (p, e)))
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The diagnosis with this id.
    pub fn problem(&self, id: &str) -> Option<&Problem> {
        self.problems.iter().find(|p| p.id == id)
    }

    /// Diagnoses that an item answers, in file order.
    pub fn problems_for_item<'a>(&'a self, item: &'a str) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems.iter().filter(move |p| p.remedies.iter().any(|r| r.item == item))
    }

    /// Items of a group, in file order.
    pub fn items_in_group<'a>(&'a self, group: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |i| i.group == group)
    }

    /// Pillars an item strengthens, in the order of 图1, each once.
    pub fn pillars_of(&self, item: &Item) -> Vec<PillarId> {
        let mut out: Vec<PillarId> = item.elements.iter().filter_map(|e| self.element(e).map(|(p, _)| p.id)).collect();
        out.sort();
        out.dedup();
        out
    }

    /// Items that strengthen an element.
    pub fn items_for_element<'a>(&'a self, element: &'a str) -> impl Iterator<Item = &'a Item> + 'a {
        self.items.iter().filter(move |i| i.elements.iter().any(|e| e == element))
    }

    /// Items that strengthen any element of a pillar.
    pub fn items_for_pillar(&self, pillar: PillarId) -> impl Iterator<Item = &Item> + '_ {
        self.items.iter().filter(move |i| self.pillars_of(i).contains(&pillar))
    }

    /// A citation such as "袁野、邹桥 2025，四（一）".
    pub fn cite(&self, source: &Source) -> String {
        let short = self.document(&source.document).map_or(source.document.as_str(), |d| d.short.as_str());
        format!("{short}，{}", source.section)
    }
}
