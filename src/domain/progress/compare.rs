//! Comparing two moments (snapshots, or a snapshot and now): what moved forward and what slipped.

use std::collections::{BTreeMap, BTreeSet};

use super::{Entry, Status};

/// How one item changed between two moments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Movement {
    /// Further on: status advanced or percent rose, and nothing slipped.
    Moved,
    /// Worse: blocked or paused, percent fell, or the deadline was pushed back.
    Slipped,
}

/// One item that changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemChange {
    /// Item id.
    pub item: String,
    /// Moved or slipped.
    pub movement: Movement,
    /// Its entry at the first moment.
    pub before: Entry,
    /// Its entry at the second moment.
    pub after: Entry,
}

fn rank(status: Status) -> u8 {
    match status {
        Status::NotStarted => 0,
        Status::InProgress => 1,
        Status::Done => 2,
        Status::Blocked | Status::Paused => 0,
    }
}

/// Classifies the change of one entry; `None` when its status, percent and deadline are unchanged.
pub fn movement(before: &Entry, after: &Entry) -> Option<Movement> {
    let stalled = matches!(after.status, Status::Blocked | Status::Paused) && after.status != before.status;
    let postponed = match (before.effective_deadline(), after.effective_deadline()) {
        (Some(b), Some(a)) => a > b,
        _ => false,
    };
    if stalled || after.percent < before.percent || postponed {
        return Some(Movement::Slipped);
    }
    if rank(after.status) > rank(before.status) || after.percent > before.percent || after.status != before.status {
        return Some(Movement::Moved);
    }
    None
}

/// Every item that moved or slipped from `before` to `after`, slipped first, then by id.
pub fn compare(before: &BTreeMap<String, Entry>, after: &BTreeMap<String, Entry>) -> Vec<ItemChange> {
    let ids: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    let mut out: Vec<ItemChange> = ids
        .into_iter()
        .filter_map(|id| {
            let b = before.get(id).cloned().unwrap_or_default();
            let a = after.get(id).cloned().unwrap_or_default();
            movement(&b, &a).map(|movement| ItemChange { item: id.clone(), movement, before: b, after: a })
        })
        .collect();
    out.sort_by(|x, y| (y.movement, &x.item).cmp(&(x.movement, &y.item)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(status: Status, percent: u8, deadline: Option<&str>) -> Entry {
        Entry { status, percent, deadline: deadline.map(|d| d.parse().expect("date")), ..Entry::default() }
    }

    #[test]
    fn progress_is_moved_and_setbacks_are_slipped() {
        let mut before = BTreeMap::new();
        let mut after = BTreeMap::new();
        before.insert("a".to_owned(), entry(Status::InProgress, 30, None));
        after.insert("a".to_owned(), entry(Status::InProgress, 60, None));
        before.insert("b".to_owned(), entry(Status::InProgress, 50, None));
        after.insert("b".to_owned(), entry(Status::Blocked, 50, None));
        before.insert("c".to_owned(), entry(Status::InProgress, 50, Some("2026-12-31")));
        after.insert("c".to_owned(), entry(Status::InProgress, 70, Some("2027-06-30")));
        after.insert("d".to_owned(), entry(Status::InProgress, 10, None));
        before.insert("e".to_owned(), entry(Status::Done, 100, None));
        after.insert("e".to_owned(), entry(Status::Done, 100, None));

        let changes = compare(&before, &after);
        let summary: Vec<(&str, Movement)> = changes.iter().map(|c| (c.item.as_str(), c.movement)).collect();
        assert_eq!(
            summary,
            [("b", Movement::Slipped), ("c", Movement::Slipped), ("a", Movement::Moved), ("d", Movement::Moved)]
        );
    }
}
