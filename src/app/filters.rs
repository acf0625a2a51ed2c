//! Which checklist items are shown: by element (from the diagram), scope, status, light, department, overdue,
//! "my unit"; and whether red and yellow items come first.

use crate::domain::framework::{Framework, Item, PillarId};
use crate::domain::progress::rollup::departments;
use crate::domain::progress::{Entry, Light, Scope, Standing, Status};

/// The checklist filters; all empty shows everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Pillar chosen in the diagram.
    pub pillar: Option<PillarId>,
    /// Element id chosen in the diagram.
    pub element: Option<String>,
    /// Only the items that answer this problem (问题/短板): its id in the framework or the progress record.
    pub problem: Option<String>,
    /// Only items of this document.
    pub document: Option<String>,
    /// Words to find in titles, summaries, departments and notes.
    pub search: String,
    /// Only items with this scope (采纳, 不适用, 待定).
    pub scope: Option<Scope>,
    /// Only items with this status.
    pub status: Option<Status>,
    /// Only items of this department.
    pub department: Option<String>,
    /// Only items with this light (an item with tasks: the worst of theirs).
    pub light: Option<Light>,
    /// Only overdue items (an item with tasks: when any of them is).
    pub overdue_only: bool,
    /// Only items of the user's unit.
    pub my_unit_only: bool,
    /// Red items first, then yellow, within each section.
    pub worst_first: bool,
}

impl Filters {
    /// Whether an item passes every filter, given where it stands; `my_unit` is the user's unit from settings,
    /// `remedies` the items that answer the chosen problem.
    pub fn shows(
        &self,
        fw: &Framework,
        item: &Item,
        entry: &Entry,
        standing: &Standing,
        my_unit: &str,
        remedies: &[&str],
    ) -> bool {
        let units = departments(item, entry);
        (self.problem.is_none() || remedies.contains(&item.id.as_str()))
            && self.pillar.is_none_or(|p| fw.pillars_of(item).contains(&p))
            && self.element.as_ref().is_none_or(|e| item.elements.contains(e))
            && self.document.as_ref().is_none_or(|d| item.source.document == *d)
            && self.scope.is_none_or(|s| entry.scope == s)
            && self.status.is_none_or(|s| standing.status == s)
            && self.light.is_none_or(|l| standing.light == l)
            && self.department.as_deref().is_none_or(|d| units.contains(&d))
            && (!self.overdue_only || standing.overdue)
            && (!self.my_unit_only || (!my_unit.is_empty() && units.iter().any(|u| u.contains(my_unit))))
            && matches_search(&self.search, item, entry)
    }

    /// Whether any filter is set (the order of the list is not a filter).
    pub fn any(&self) -> bool {
        Self { worst_first: false, ..self.clone() } != Self::default()
    }
}

/// Every word of the query (split on spaces) appears in the item's id, titles, summary, departments,
/// units or notes; letters compared without case.
fn matches_search(query: &str, item: &Item, entry: &Entry) -> bool {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return true;
    }
    let fields = [
        &item.id,
        &item.title,
        &item.title_en,
        &item.summary,
        &entry.lead_unit,
        &entry.note,
        &entry.problems,
        &entry.next_steps,
    ];
    let haystack: String = fields
        .into_iter()
        .chain(&item.departments)
        .chain(&entry.co_units)
        .chain(&entry.evidence)
        .map(|f| f.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    words.iter().all(|w| haystack.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item() -> Item {
        Item {
            id: "bz-6.1.1".into(),
            group: "bz-6.1".into(),
            title: "成立领导小组".into(),
            title_en: "Set up a Leading Group".into(),
            summary: "由市级领导牵头".into(),
            source: Default::default(),
            elements: vec!["foundation.government".into()],
            level: crate::domain::framework::Level::CityCounty,
            addressed_to: vec![crate::domain::framework::Audience::Government],
            departments: vec!["经信局".into(), "财政局".into()],
            editor_note: None,
        }
    }

    #[test]
    fn search_finds_departments_notes_and_english_titles_without_case() {
        let entry = Entry { note: "已召开第一次会议".into(), ..Entry::default() };
        assert!(matches_search("财政局", &item(), &entry));
        assert!(matches_search("第一次 领导", &item(), &entry));
        assert!(matches_search("LEADING", &item(), &entry));
        assert!(!matches_search("科技局", &item(), &entry));
        assert!(matches_search("  ", &item(), &entry));
    }
}
