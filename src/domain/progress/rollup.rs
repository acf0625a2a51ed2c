//! Roll-ups: how far a set of items has got, per pillar, per section (policy choice) and per department.
//!
//! What counts: once the county has adopted items (its plan has started), only adopted items and their
//! tasks; before that, every item of the documents. An adopted item without tasks counts once; an item with
//! tasks counts each of its tasks instead (a task serving two items counts once overall, and under each of
//! their pillars, elements and sections); a task counts under its own units.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;

use super::plan::{Standing, TargetLights, standings};
use super::{Entry, Light, LightRule, ProgressBook, Status};
use crate::domain::framework::{Framework, Item, PillarId};

/// Counts for a set of items and tasks (each one unit of work).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rollup {
    /// Units of work in the set: items without tasks, and tasks.
    pub items: usize,
    /// Items per status, in the order of [`Status::ALL`]; read with [`Rollup::count`].
    by_status: [usize; 5],
    /// Items per light: unscheduled, green, yellow, red.
    pub lights: [usize; 4],
    /// Items past their deadline and not done.
    pub overdue: usize,
    /// Sum of percents, for the mean.
    percent_sum: u64,
}

impl Rollup {
    /// Adds one item's entry.
    pub fn add(&mut self, entry: &Entry, today: Date, rule: &LightRule) {
        self.add_standing(&Standing::of(entry, today, rule));
    }

    /// Adds one unit of work by its standing.
    pub fn add_standing(&mut self, s: &Standing) {
        self.items += 1;
        self.by_status[status_index(s.status)] += 1;
        self.lights[light_index(s.light)] += 1;
        self.overdue += usize::from(s.overdue);
        self.percent_sum += u64::from(s.percent);
    }

    /// Units with this status or this light: `r.count(Status::Blocked)`, `r.count(Light::Red)`.
    pub fn count(&self, of: impl Tally) -> usize {
        of.count_in(self)
    }

    /// Items done.
    pub fn done(&self) -> usize {
        self.count(Status::Done)
    }

    /// Share of items done, 0–1 (0 for an empty set).
    pub fn share_done(&self) -> f64 {
        if self.items == 0 { 0.0 } else { self.done() as f64 / self.items as f64 }
    }

    /// Mean percent complete (0 for an empty set).
    pub fn mean_percent(&self) -> f64 {
        if self.items == 0 { 0.0 } else { self.percent_sum as f64 / self.items as f64 }
    }
}

/// What a [`Rollup`] counts units by: their status or their light.
pub trait Tally: Copy {
    /// How many units of `rollup` have this value.
    fn count_in(self, rollup: &Rollup) -> usize;
}

impl Tally for Status {
    fn count_in(self, rollup: &Rollup) -> usize {
        rollup.by_status[status_index(self)]
    }
}

impl Tally for Light {
    fn count_in(self, rollup: &Rollup) -> usize {
        rollup.lights[light_index(self)]
    }
}

/// Where a status is in [`Status::ALL`] (every status is there).
fn status_index(status: Status) -> usize {
    Status::ALL.iter().position(|x| *x == status).unwrap_or(0)
}

fn light_index(light: Light) -> usize {
    match light {
        Light::Unscheduled => 0,
        Light::Green => 1,
        Light::Yellow => 2,
        Light::Red => 3,
    }
}

/// Roll-ups of the framework's items, computed once for a day.
#[derive(Debug, Clone, PartialEq)]
pub struct Rollups {
    /// All items.
    pub overall: Rollup,
    /// Per pillar of 图1 (an item counts under every pillar it strengthens).
    pub pillars: BTreeMap<PillarId, Rollup>,
    /// Per element id.
    pub elements: BTreeMap<String, Rollup>,
    /// Per group (section / policy choice) id.
    pub groups: BTreeMap<String, Rollup>,
    /// Per department: the entry's lead and co-units, else the departments the document names.
    pub departments: BTreeMap<String, Rollup>,
    /// The county has adopted items: the figures count adopted items and their tasks only.
    pub plan_started: bool,
    /// Items counted (adopted ones once the plan has started, else all).
    pub counted_items: usize,
    /// Live tasks under counted items.
    pub counted_tasks: usize,
}

impl Rollups {
    /// Computes every roll-up from the schedules alone (no targets judged against data).
    pub fn compute(fw: &Framework, book: &ProgressBook, today: Date, rule: &LightRule) -> Self {
        Self::from_standings(fw, book, &standings(fw, book, today, rule, &TargetLights::new()))
    }

    /// Computes every roll-up from where each item and task stands (see [`standings`]).
    pub fn from_standings(fw: &Framework, book: &ProgressBook, standings: &HashMap<String, Standing>) -> Self {
        let mut out = Rollups {
            overall: Rollup::default(),
            pillars: BTreeMap::new(),
            elements: BTreeMap::new(),
            groups: BTreeMap::new(),
            departments: BTreeMap::new(),
            plan_started: book.plan_started(),
            counted_items: 0,
            counted_tasks: 0,
        };
        let mut tasks_seen: BTreeSet<&str> = BTreeSet::new();
        for item in fw.items.iter().filter(|i| book.counts(&i.id)) {
            out.counted_items += 1;
            let entry = book.get(&item.id);
            let tasks: Vec<(&str, &Entry)> = book.tasks_of(&item.id).collect();
            // The units of work this item brings: itself, or each of its tasks.
            let units: Vec<(Option<&str>, &Entry)> = if tasks.is_empty() {
                vec![(None, entry)]
            } else {
                tasks.iter().map(|(id, t)| (Some(*id), *t)).collect()
            };
            for (task, unit) in units {
                let key = task.unwrap_or(&item.id);
                // Every item and live task has a standing; one missing (a map from another record) is left out.
                let Some(standing) = standings.get(key).copied() else { continue };
                if task.is_none_or(|id| tasks_seen.insert(id)) {
                    out.overall.add_standing(&standing);
                    out.counted_tasks += usize::from(task.is_some());
                    let units: Vec<&str> =
                        if task.is_some() { unit.units().collect() } else { departments(item, entry) };
                    for department in units {
                        out.departments.entry(department.to_owned()).or_default().add_standing(&standing);
                    }
                }
                for pillar in fw.pillars_of(item) {
                    out.pillars.entry(pillar).or_default().add_standing(&standing);
                }
                for element in &item.elements {
                    out.elements.entry(element.clone()).or_default().add_standing(&standing);
                }
                out.groups.entry(item.group.clone()).or_default().add_standing(&standing);
            }
        }
        out
    }
}

/// The departments responsible for an item: the units recorded in its progress, else those the document names.
pub fn departments<'a>(item: &'a Item, entry: &'a Entry) -> Vec<&'a str> {
    let units: Vec<&str> = entry.units().collect();
    if units.is_empty() { item.departments.iter().map(String::as_str).collect() } else { units }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::progress::FieldValue;
    use crate::io::framework_file;

    #[test]
    fn marking_an_item_done_moves_its_pillars_and_section() {
        let fw = framework_file::embedded().expect("framework");
        let today: Date = "2026-11-25".parse().expect("date");
        let rule = LightRule::default();
        let mut book = ProgressBook::default();
        let before = Rollups::compute(&fw, &book, today, &rule);
        assert_eq!(before.overall.items, fw.items.len());
        assert_eq!(before.overall.done(), 0);

        let item = fw.item("yz-3.1.1").expect("item");
        book.set(&item.id, FieldValue::Status(Status::Done), "", "2026-11-25T01:00:00Z".parse().expect("ts"));
        let after = Rollups::compute(&fw, &book, today, &rule);
        assert_eq!(after.overall.done(), 1);
        for pillar in fw.pillars_of(item) {
            assert_eq!(after.pillars[&pillar].done(), before.pillars[&pillar].done() + 1);
        }
        assert_eq!(after.groups["yz-3.1"].done(), 1);
        assert!((after.groups["yz-3.1"].share_done() - 1.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn each_status_is_counted_under_its_own_name() {
        let today: Date = "2026-11-25".parse().expect("date");
        let mut r = Rollup::default();
        for (n, status) in Status::ALL.into_iter().enumerate() {
            for _ in 0..=n {
                r.add(&Entry { status, ..Entry::default() }, today, &LightRule::default());
            }
        }
        for (n, status) in Status::ALL.into_iter().enumerate() {
            assert_eq!(r.count(status), n + 1, "{status:?}");
        }
        assert_eq!(r.done(), r.count(Status::Done));
    }

    #[test]
    fn overdue_and_red_counts_follow_the_deadline() {
        let fw = framework_file::embedded().expect("framework");
        let today: Date = "2026-11-25".parse().expect("date");
        let mut book = ProgressBook::default();
        let at = "2026-11-25T01:00:00Z".parse().expect("ts");
        book.set("bz-6.1.1", FieldValue::Deadline(Some("2026-10-31".parse().expect("date"))), "", at);
        book.set("bz-6.1.1", FieldValue::LeadUnit("市经信局".into()), "", at);
        let r = Rollups::compute(&fw, &book, today, &LightRule::default());
        assert_eq!(r.overall.overdue, 1);
        assert_eq!(r.overall.count(Light::Red), 1);
        assert_eq!(r.departments["市经信局"].overdue, 1);
    }

    #[test]
    fn once_items_are_adopted_only_they_and_their_tasks_count() {
        let fw = framework_file::embedded().expect("framework");
        let today: Date = "2026-11-25".parse().expect("date");
        let rule = LightRule::default();
        let at = "2026-11-25T01:00:00Z".parse().expect("ts");
        let mut book = ProgressBook::default();
        for id in ["bz-6.1.5", "bz-6.1.1", "yz-3.1.1"] {
            book.set(id, FieldValue::Scope(crate::domain::progress::Scope::Adopted), "", at);
        }
        book.set("yz-3.1.1", FieldValue::Status(Status::Done), "", at);
        book.set("yz-3.1.1", FieldValue::Percent(100), "", at);
        // bz-6.1.5 is broken into two tasks, one of which also serves bz-6.1.1.
        for (id, percent, parents) in [("T-AAAA", 100, vec!["bz-6.1.5"]), ("T-BBBB", 20, vec!["bz-6.1.5", "bz-6.1.1"])]
        {
            book.set(id, FieldValue::Title(format!("任务{id}")), "", at);
            book.set(id, FieldValue::Parents(parents.into_iter().map(String::from).collect()), "", at);
            book.set(id, FieldValue::Percent(percent), "", at);
            book.set(id, FieldValue::Status(if percent == 100 { Status::Done } else { Status::InProgress }), "", at);
            book.set(id, FieldValue::LeadUnit("县科技局".into()), "", at);
        }
        let r = Rollups::compute(&fw, &book, today, &rule);
        assert!(r.plan_started);
        assert_eq!((r.counted_items, r.counted_tasks), (3, 2));
        // yz-3.1.1 itself, T-AAAA and T-BBBB once each: three units, two of them done.
        assert_eq!((r.overall.items, r.overall.done()), (3, 2));
        assert_eq!(r.departments["县科技局"].items, 2);
        let standing = crate::domain::progress::item_standing(&book, "bz-6.1.5", today, &rule);
        assert_eq!((standing.status, standing.percent), (Status::InProgress, 60));
        // A removed task no longer counts.
        book.set("T-BBBB", FieldValue::Removed(true), "", at);
        let r = Rollups::compute(&fw, &book, today, &rule);
        assert_eq!((r.overall.items, r.counted_tasks), (3, 1));
    }
}
