//! Roll-ups: how far a set of items has got, per pillar, per section (policy choice) and per department.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::light::is_overdue;
use super::{Entry, Light, LightRule, ProgressBook, Status};
use crate::domain::framework::{Framework, Item, PillarId};

/// Counts for a set of items.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Rollup {
    /// Items in the set.
    pub items: usize,
    /// Items per status, in the order of [`Status::ALL`].
    pub by_status: [usize; 5],
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
        self.items += 1;
        let status = Status::ALL.iter().position(|s| *s == entry.status).unwrap_or(0);
        self.by_status[status] += 1;
        self.lights[light_index(rule.light(entry, today))] += 1;
        self.overdue += usize::from(is_overdue(entry, today));
        self.percent_sum += u64::from(entry.percent);
    }

    /// Items done.
    pub fn done(&self) -> usize {
        self.by_status[2]
    }

    /// Share of items done, 0–1 (0 for an empty set).
    pub fn share_done(&self) -> f64 {
        if self.items == 0 { 0.0 } else { self.done() as f64 / self.items as f64 }
    }

    /// Mean percent complete (0 for an empty set).
    pub fn mean_percent(&self) -> f64 {
        if self.items == 0 { 0.0 } else { self.percent_sum as f64 / self.items as f64 }
    }

    /// Items with this light.
    pub fn count(&self, light: Light) -> usize {
        self.lights[light_index(light)]
    }
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
}

impl Rollups {
    /// Computes every roll-up.
    pub fn compute(fw: &Framework, book: &ProgressBook, today: Date, rule: &LightRule) -> Self {
        let mut out = Rollups {
            overall: Rollup::default(),
            pillars: BTreeMap::new(),
            elements: BTreeMap::new(),
            groups: BTreeMap::new(),
            departments: BTreeMap::new(),
        };
        for item in &fw.items {
            let entry = book.get(&item.id);
            out.overall.add(entry, today, rule);
            for pillar in fw.pillars_of(item) {
                out.pillars.entry(pillar).or_default().add(entry, today, rule);
            }
            for element in &item.elements {
                out.elements.entry(element.clone()).or_default().add(entry, today, rule);
            }
            out.groups.entry(item.group.clone()).or_default().add(entry, today, rule);
            for department in departments(item, entry) {
                out.departments.entry(department.to_owned()).or_default().add(entry, today, rule);
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
}
