//! Merging another department's progress file into ours, field by field. Nothing is merged silently:
//! the plan lists what would come in and where both sides changed the same field.

use std::collections::BTreeSet;

use super::{Entry, Field, FieldValue, ProgressBook};

/// A field that only the other file changed: taking it is safe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// Item id.
    pub item: String,
    /// Our value now.
    pub ours: FieldValue,
    /// Their value.
    pub theirs: FieldValue,
    /// Who changed it there.
    pub by: String,
}

/// A field both files changed to different values: the user decides.
pub type Conflict = Incoming;

/// What merging `theirs` into `ours` would do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergePlan {
    /// Fields only they changed.
    pub incoming: Vec<Incoming>,
    /// Fields both changed differently.
    pub conflicts: Vec<Conflict>,
}

impl MergePlan {
    /// True when the other file brings nothing new.
    pub fn is_empty(&self) -> bool {
        self.incoming.is_empty() && self.conflicts.is_empty()
    }
}

/// A side "changed" a field if its history records a change of it, or its value is not the default.
fn changed(book: &ProgressBook, item: &str, field: Field) -> bool {
    book.history.iter().any(|c| c.item == item && c.field == field)
        || book.entries.get(item).is_some_and(|e| e.get(field) != Entry::default().get(field))
}

/// Plans the merge of `theirs` into `ours`.
pub fn plan(ours: &ProgressBook, theirs: &ProgressBook) -> MergePlan {
    let mut plan = MergePlan::default();
    let items: BTreeSet<&String> = theirs.entries.keys().collect();
    for item in items {
        let their_entry = theirs.entry(item);
        let our_entry = ours.entry(item);
        for field in Field::ALL {
            let (o, t) = (our_entry.get(field), their_entry.get(field));
            if o == t || !changed(theirs, item, field) {
                continue;
            }
            let by = theirs
                .history
                .iter()
                .rev()
                .find(|c| c.item == *item && c.field == field)
                .map_or_else(|| their_entry.updated_by.clone(), |c| c.by.clone());
            let row = Incoming { item: item.clone(), ours: o, theirs: t, by };
            if changed(ours, item, field) { plan.conflicts.push(row) } else { plan.incoming.push(row) }
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::progress::Status;

    fn at() -> jiff::Timestamp {
        "2026-11-20T02:00:00Z".parse().expect("ts")
    }

    #[test]
    fn only_their_changes_come_in_and_both_changed_fields_are_conflicts() {
        let mut ours = ProgressBook::default();
        let mut theirs = ProgressBook::default();
        ours.set("a", FieldValue::Percent(30), "我", at());
        theirs.set("a", FieldValue::Percent(50), "科技局", at());
        theirs.set("a", FieldValue::Note("已召开联席会议".into()), "科技局", at());
        theirs.set("b", FieldValue::Status(Status::Done), "经信局", at());
        ours.set("c", FieldValue::Percent(10), "我", at());
        theirs.set("c", FieldValue::Percent(10), "经信局", at());

        let plan = plan(&ours, &theirs);
        let incoming: Vec<(&str, Field)> = plan.incoming.iter().map(|i| (i.item.as_str(), i.theirs.field())).collect();
        assert_eq!(incoming, [("a", Field::Note), ("b", Field::Status)]);
        assert_eq!(plan.conflicts.len(), 1);
        let conflict = &plan.conflicts[0];
        assert_eq!(
            (conflict.ours.clone(), conflict.theirs.clone()),
            (FieldValue::Percent(30), FieldValue::Percent(50))
        );
        assert_eq!(conflict.by, "科技局");
    }

    #[test]
    fn merging_a_file_with_itself_brings_nothing() {
        let mut book = ProgressBook::default();
        book.set("a", FieldValue::Percent(30), "我", at());
        assert!(plan(&book, &book.clone()).is_empty());
    }
}
