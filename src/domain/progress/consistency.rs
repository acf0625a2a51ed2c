//! The rule that keeps an item's status and percent telling the same story, applied wherever progress
//! is edited (the window, `progress set`, ledger import, merge):
//!
//! - 未开始 means 0 % and 已完成 means 100 %; the other statuses allow any percent.
//! - A status given alone brings the percent along: 已完成 → 100 %, 未开始 → 0 %.
//! - A percent given alone moves the status only as far as needed: on a 未开始 item 1–99 % makes it
//!   推进中 and 100 % 已完成; on an 已完成 item less than 100 % makes it 推进中 again.
//! - Both given and breaking the first rule (已完成 with 30 %, 未开始 with 20 %) is a contradiction:
//!   refused, never settled by guessing which of the two was meant.
//!
//! The values brought along are ordinary edits: recorded in the history and undone with the rest.

use std::collections::{HashMap, HashSet};

use super::{Entry, Field, FieldValue, ProgressBook, Status};

/// A status and a percent given together that cannot both be true.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contradiction {
    /// Item id.
    pub item: String,
    /// The status given.
    pub status: Status,
    /// The percent given.
    pub percent: u8,
}

impl Contradiction {
    /// The percent the status requires (0 for 未开始, 100 for 已完成).
    pub fn required_percent(&self) -> u8 {
        required_percent(self.status).unwrap_or(self.percent)
    }
}

/// The one percent a status allows: 0 for 未开始, 100 for 已完成; `None` for the others.
pub fn required_percent(status: Status) -> Option<u8> {
    match status {
        Status::NotStarted => Some(0),
        Status::Done => Some(100),
        Status::InProgress | Status::Blocked | Status::Paused => None,
    }
}

/// Whether a status and a percent can stand together.
pub fn agree(status: Status, percent: u8) -> bool {
    required_percent(status).is_none_or(|required| required == percent.min(100))
}

/// The status and percent an item ends with when `status` and/or `percent` are given for it (`None`:
/// not given, keep or bring along); `Err` when the two given contradict each other.
pub fn settle(current: &Entry, status: Option<Status>, percent: Option<u8>) -> Result<(Status, u8), (Status, u8)> {
    match (status, percent.map(|p| p.min(100))) {
        (Some(s), Some(p)) if agree(s, p) => Ok((s, p)),
        (Some(s), Some(p)) => Err((s, p)),
        (Some(s), None) => Ok((s, percent_for(s, current.percent))),
        (None, Some(p)) => Ok((status_for(current.status, p), p)),
        (None, None) => Ok((current.status, current.percent)),
    }
}

/// The percent an item keeps or takes when its status is set to `status`.
fn percent_for(status: Status, percent: u8) -> u8 {
    required_percent(status).unwrap_or(percent)
}

/// The status an item keeps or takes when its percent is set to `percent`.
fn status_for(status: Status, percent: u8) -> Status {
    match status {
        Status::NotStarted if percent >= 100 => Status::Done,
        Status::NotStarted if percent > 0 => Status::InProgress,
        Status::Done if percent < 100 => Status::InProgress,
        other => other,
    }
}

/// A batch of edits with what the rule brings along, and the contradictions left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settled {
    /// The edits to apply: those given, each followed by the status or percent it brings along.
    pub edits: Vec<(String, FieldValue)>,
    /// Items whose status and percent given together contradict each other; neither value is in `edits`.
    pub contradictions: Vec<Contradiction>,
}

/// Applies the rule to a batch of edits against the record: a status or percent edit of an item counts as
/// given. An item's status and percent go where its first one was, the one given first. Running it again
/// on its own output changes nothing.
pub fn complete(book: &ProgressBook, edits: Vec<(String, FieldValue)>) -> Settled {
    let mut given: HashMap<String, (Option<Status>, Option<u8>)> = HashMap::new();
    for (item, value) in &edits {
        let slot = given.entry(item.clone()).or_default();
        match value {
            FieldValue::Status(s) => slot.0 = Some(*s),
            FieldValue::Percent(p) => slot.1 = Some(*p),
            _ => {}
        }
    }
    let mut out = Settled::default();
    let mut placed = HashSet::new();
    for (item, value) in edits {
        let first = match value {
            FieldValue::Status(_) => Field::Status,
            FieldValue::Percent(_) => Field::Percent,
            _ => {
                out.edits.push((item, value));
                continue;
            }
        };
        if !placed.insert(item.clone()) {
            continue;
        }
        let (status, percent) = given.get(&item).copied().unwrap_or_default();
        let current = book.get(&item);
        match settle(current, status, percent) {
            Err((status, percent)) => out.contradictions.push(Contradiction { item, status, percent }),
            Ok((s, p)) => {
                let s = (status.is_some() || s != current.status).then_some(FieldValue::Status(s));
                let p = (percent.is_some() || p != current.percent).then_some(FieldValue::Percent(p));
                let pair = if first == Field::Status { [s, p] } else { [p, s] };
                out.edits.extend(pair.into_iter().flatten().map(|v| (item.clone(), v)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(status: Status, percent: u8) -> Entry {
        Entry { status, percent, ..Entry::default() }
    }

    fn book_with(item: &str, status: Status, percent: u8) -> ProgressBook {
        let mut book = ProgressBook::default();
        book.entries.insert(item.into(), entry(status, percent));
        book
    }

    #[test]
    fn a_status_alone_brings_its_percent() {
        let fresh = Entry::default();
        assert_eq!(settle(&fresh, Some(Status::Done), None), Ok((Status::Done, 100)));
        assert_eq!(settle(&entry(Status::InProgress, 40), Some(Status::NotStarted), None), Ok((Status::NotStarted, 0)));
        assert_eq!(settle(&entry(Status::InProgress, 40), Some(Status::Blocked), None), Ok((Status::Blocked, 40)));
    }

    #[test]
    fn a_percent_alone_moves_the_status_only_as_far_as_needed() {
        assert_eq!(settle(&Entry::default(), None, Some(30)), Ok((Status::InProgress, 30)));
        assert_eq!(settle(&Entry::default(), None, Some(100)), Ok((Status::Done, 100)));
        assert_eq!(settle(&entry(Status::Done, 100), None, Some(90)), Ok((Status::InProgress, 90)));
        assert_eq!(settle(&entry(Status::InProgress, 90), None, Some(100)), Ok((Status::InProgress, 100)));
        assert_eq!(settle(&entry(Status::Paused, 10), None, Some(0)), Ok((Status::Paused, 0)));
    }

    #[test]
    fn a_status_and_percent_that_contradict_are_refused() {
        let fresh = Entry::default();
        assert_eq!(settle(&fresh, Some(Status::Done), Some(30)), Err((Status::Done, 30)));
        assert_eq!(settle(&fresh, Some(Status::NotStarted), Some(20)), Err((Status::NotStarted, 20)));
        assert_eq!(settle(&fresh, Some(Status::InProgress), Some(100)), Ok((Status::InProgress, 100)));
        assert_eq!(settle(&fresh, Some(Status::Done), Some(100)), Ok((Status::Done, 100)));
    }

    #[test]
    fn a_batch_gets_what_its_edits_bring_along_right_after_them() {
        let book = ProgressBook::default();
        let settled = complete(
            &book,
            vec![
                ("a".into(), FieldValue::Status(Status::Done)),
                ("a".into(), FieldValue::Note("已验收".into())),
                ("b".into(), FieldValue::Percent(30)),
            ],
        );
        assert_eq!(
            settled.edits,
            [
                ("a".into(), FieldValue::Status(Status::Done)),
                ("a".into(), FieldValue::Percent(100)),
                ("a".into(), FieldValue::Note("已验收".into())),
                ("b".into(), FieldValue::Percent(30)),
                ("b".into(), FieldValue::Status(Status::InProgress)),
            ]
        );
        assert!(settled.contradictions.is_empty());
    }

    #[test]
    fn a_contradiction_leaves_out_both_values_and_keeps_the_rest() {
        let settled = complete(
            &ProgressBook::default(),
            vec![
                ("a".into(), FieldValue::Status(Status::Done)),
                ("a".into(), FieldValue::Percent(30)),
                ("a".into(), FieldValue::Note("已验收".into())),
            ],
        );
        assert_eq!(settled.edits, [("a".into(), FieldValue::Note("已验收".into()))]);
        assert_eq!(settled.contradictions, [Contradiction { item: "a".into(), status: Status::Done, percent: 30 }]);
        assert_eq!(settled.contradictions[0].required_percent(), 100);
    }

    #[test]
    fn settling_twice_changes_nothing() {
        let book = book_with("a", Status::InProgress, 40);
        for edits in [
            vec![("a".to_owned(), FieldValue::Percent(100))],
            vec![("a".to_owned(), FieldValue::Status(Status::Done))],
            vec![("a".to_owned(), FieldValue::Status(Status::NotStarted))],
            vec![("a".to_owned(), FieldValue::Status(Status::InProgress)), ("a".to_owned(), FieldValue::Percent(100))],
        ] {
            let once = complete(&book, edits);
            let twice = complete(&book, once.edits.clone());
            assert_eq!(twice, once);
        }
    }

    #[test]
    fn values_already_in_the_record_are_not_brought_again() {
        let book = book_with("a", Status::InProgress, 100);
        let settled = complete(&book, vec![("a".into(), FieldValue::Status(Status::Done))]);
        assert_eq!(settled.edits, [("a".into(), FieldValue::Status(Status::Done))]);
    }
}
