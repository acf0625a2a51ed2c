//! The work plan as the window works with it: which items a bulk scope decision touches, the edits that add
//! a task or change the items it serves, and each task's light with its target judged against the loaded data.
//!
//! **A task's light** is the worse of its schedule light (deadline, straight line from its start) and the
//! light of its target when the loaded data has the target's indicator for the report region; an item with
//! tasks takes the worst of its tasks' lights (`domain::progress::plan`).

use std::collections::HashMap;

use jiff::Timestamp;
use jiff::civil::Date;

use super::metrics::Metrics;
use crate::domain::framework::{Audience, Framework, Item, Level};
use crate::domain::progress::plan::{TargetLights, standings};
use crate::domain::progress::{FieldValue, LightRule, ProgressBook, Scope, Standing, Target, TargetProgress};

/// The items a scope decision applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScopeSet {
    /// One item.
    Item(String),
    /// Every item of a section (group), by group id.
    Group(String),
    /// Every item of a document, by document id.
    Document(String),
    /// Every item addressed to a level.
    Level(Level),
    /// Every item whose text addresses an audience.
    Audience(Audience),
}

impl ScopeSet {
    /// Whether an item belongs to the set.
    pub fn contains(&self, item: &Item) -> bool {
        match self {
            Self::Item(id) => item.id == *id,
            Self::Group(group) => item.group == *group,
            Self::Document(document) => item.source.document == *document,
            Self::Level(level) => item.level == *level,
            Self::Audience(audience) => item.addressed_to.contains(audience),
        }
    }

    /// How many items of the framework the set holds.
    pub fn count(&self, fw: &Framework) -> usize {
        fw.items.iter().filter(|i| self.contains(i)).count()
    }
}

/// The edits that give every item of `set` a scope, as one step. The reason is written only when one is
/// given, so choosing 不适用 for a single item keeps the reason it had, and adopting keeps why it was once
/// set aside in the history rather than wiping it.
pub fn scope_edits(fw: &Framework, set: &ScopeSet, scope: Scope, reason: &str) -> Vec<(String, FieldValue)> {
    let reason = reason.trim();
    fw.items
        .iter()
        .filter(|i| set.contains(i))
        .flat_map(|i| {
            let mut edits = vec![(i.id.clone(), FieldValue::Scope(scope))];
            if scope == Scope::NotApplicable && !reason.is_empty() {
                edits.push((i.id.clone(), FieldValue::ScopeReason(reason.to_owned())));
            }
            edits
        })
        .collect()
}

/// A new task under `item` (its id and the edits that create it). The item becomes adopted: breaking an
/// item into tasks is the county taking it up, as `task add` does on the command line.
pub fn new_task(book: &ProgressBook, item: &str, title: &str, at: Timestamp) -> (String, Vec<(String, FieldValue)>) {
    let title = title.trim();
    let id = book.new_task_id(title, at);
    let mut edits = vec![
        (id.clone(), FieldValue::Title(title.to_owned())),
        (id.clone(), FieldValue::Parents(vec![item.to_owned()])),
    ];
    edits.extend(adopting(book, std::iter::once(item)));
    (id, edits)
}

/// The edits that make a task serve `items` (at least one); items not yet adopted become adopted.
pub fn items_edits(book: &ProgressBook, task: &str, items: Vec<String>) -> Vec<(String, FieldValue)> {
    if items.is_empty() {
        return Vec::new();
    }
    let mut edits = adopting(book, items.iter().map(String::as_str));
    edits.insert(0, (task.to_owned(), FieldValue::Parents(items)));
    edits
}

fn adopting<'a>(book: &ProgressBook, items: impl Iterator<Item = &'a str>) -> Vec<(String, FieldValue)> {
    items
        .filter(|i| book.scope(i) != Scope::Adopted)
        .map(|i| (i.to_owned(), FieldValue::Scope(Scope::Adopted)))
        .collect()
}

/// A target's indicator found in the loaded data, and how far the target has come.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetReading {
    /// The indicator as the file names it.
    pub indicator: String,
    /// Its unit in the file.
    pub unit: String,
    /// The region the value is for.
    pub region: String,
    /// The file it comes from.
    pub file: String,
    /// The newest value against the straight line from base to target.
    pub progress: TargetProgress,
}

/// Reads a target from the newest loaded file that has its indicator (by catalog id or by name) for `region`.
pub fn read_target(metrics: &Metrics, target: &Target, region: &str) -> Option<TargetReading> {
    metrics.datasets.iter().rev().find_map(|d| {
        let panel = &d.loaded.panel;
        let (place, indicator, progress) = target.read_in(panel, metrics.catalog.as_ref(), region)?;
        let info = panel.indicator(indicator);
        Some(TargetReading {
            indicator: info.name.clone(),
            unit: info.unit.clone(),
            region: panel.region_name(place).to_owned(),
            file: d.name.clone(),
            progress,
        })
    })
}

/// Where every item and live task stands, worked out once per change (not while drawing).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanView {
    /// Items (from their tasks when they have any) and live tasks, by id; task lights include their targets.
    pub standings: HashMap<String, Standing>,
    /// Targets found in the loaded data, by task id.
    pub targets: HashMap<String, TargetReading>,
}

impl PlanView {
    /// Works out every standing for `today`, reading targets for `region`.
    pub fn compute(
        fw: &Framework,
        book: &ProgressBook,
        (today, rule): (Date, &LightRule),
        metrics: &Metrics,
        region: &str,
    ) -> Self {
        let targets: HashMap<String, TargetReading> = book
            .tasks()
            .filter_map(|(id, task)| Some((id.to_owned(), read_target(metrics, task.target.as_ref()?, region)?)))
            .collect();
        let mut view = Self { standings: HashMap::new(), targets };
        view.standings = standings(fw, book, today, rule, &view.target_lights());
        view
    }

    /// The lights of the targets found in the data, by task id.
    pub fn target_lights(&self) -> TargetLights {
        self.targets.iter().map(|(id, r)| (id.clone(), r.progress.light)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::progress::{Light, Status};

    fn at() -> Timestamp {
        "2026-11-25T01:00:00Z".parse().expect("ts")
    }

    #[test]
    fn a_bulk_decision_names_every_item_of_the_section_and_the_reason_once_each() {
        let fw = crate::io::framework_file::embedded().expect("framework");
        let set = ScopeSet::Group("yz-3.1".into());
        let edits = scope_edits(&fw, &set, Scope::NotApplicable, " 国家层面 ");
        assert_eq!(edits.len(), 2 * set.count(&fw));
        assert!(edits.iter().any(|(_, v)| *v == FieldValue::ScopeReason("国家层面".into())));
        let adopt = scope_edits(&fw, &set, Scope::Adopted, "");
        assert!(adopt.iter().all(|(_, v)| *v == FieldValue::Scope(Scope::Adopted)));
    }

    #[test]
    fn a_new_task_adopts_its_item_and_moving_it_adopts_the_new_one() {
        let book = ProgressBook::default();
        let (id, edits) = new_task(&book, "bz-6.1.5", " 揭榜挂帅 ", at());
        assert!(crate::domain::progress::is_task_id(&id));
        assert!(edits.contains(&("bz-6.1.5".to_owned(), FieldValue::Scope(Scope::Adopted))));
        assert!(edits.contains(&(id.clone(), FieldValue::Title("揭榜挂帅".into()))));
        let moved = items_edits(&book, &id, vec!["bz-6.1.1".into()]);
        assert_eq!(moved[0], (id, FieldValue::Parents(vec!["bz-6.1.1".into()])));
        assert!(moved.contains(&("bz-6.1.1".to_owned(), FieldValue::Scope(Scope::Adopted))));
        assert!(items_edits(&book, "T-AAAA", Vec::new()).is_empty(), "a task keeps at least one item");
    }

    #[test]
    fn a_task_target_behind_the_line_in_the_loaded_data_makes_the_task_and_its_item_yellow() {
        let fw = crate::io::framework_file::embedded().expect("framework");
        let metrics = Metrics::with_samples(&fw);
        let today: Date = "2026-11-25".parse().expect("date");
        let mut book = ProgressBook::default();
        book.set("T-AAAA", FieldValue::Title("揭榜挂帅项目".into()), "", at());
        book.set("T-AAAA", FieldValue::Parents(vec!["bz-6.1.5".into()]), "", at());
        book.set("T-AAAA", FieldValue::Status(Status::InProgress), "", at());
        // 巴中市 had 7 in 2024 (the sourced figures): from 5 in 2023 to 15 in 2026 that is 20 % of the way
        // where the straight line stands at 33 %.
        let target = Target {
            indicator: "jiebang-projects".into(),
            unit: String::new(),
            base_value: 5.0,
            base_year: 2023,
            target_value: 15.0,
            target_year: 2026,
        };
        book.set("T-AAAA", FieldValue::Target(Some(target)), "", at());
        let view = PlanView::compute(&fw, &book, (today, &LightRule::default()), &metrics, "巴中市");
        let reading = &view.targets["T-AAAA"];
        assert_eq!((reading.progress.current, reading.region.as_str()), ((2024, 7.0), "巴中市"));
        assert_eq!(view.standings["T-AAAA"].light, Light::Yellow, "worse than its unscheduled light");
        assert_eq!(view.standings["bz-6.1.5"].light, Light::Yellow);
        let elsewhere = PlanView::compute(&fw, &book, (today, &LightRule::default()), &metrics, "北京市");
        assert!(elsewhere.targets.is_empty(), "no data for the region: the schedule light alone");
        assert_eq!(elsewhere.standings["T-AAAA"].light, Light::Unscheduled);
    }
}
