//! The county's own problems (问题/短板), kept in its progress record beside the documents' diagnoses and
//! linked the same way: the items that answer each, and the indicators that measure it. Each is an entry
//! with a "P-" id: its title is the problem, its note the description, its parents the remedies, and its
//! indicators the catalog ids; so adding, editing, undoing, merging and snapshots work as for any entry.

use super::{Entry, FieldValue, ProgressBook};

/// Whether `id` names a county's own problem: "P-" and letters or digits.
pub fn is_local_problem_id(id: &str) -> bool {
    id.strip_prefix("P-").is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl ProgressBook {
    /// The county's own problems still there (not deleted, not emptied by undoing their creation), by id.
    pub fn local_problems(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries
            .iter()
            .filter(|(id, e)| is_local_problem_id(id) && !e.removed && !e.title.trim().is_empty())
            .map(|(id, e)| (id.as_str(), e))
    }

    /// One of the county's own problems, if it is there.
    pub fn local_problem(&self, id: &str) -> Option<&Entry> {
        self.local_problems().find(|(p, _)| *p == id).map(|(_, e)| e)
    }

    /// A new problem: its id and the edit that creates it (nothing for an empty title).
    pub fn new_local_problem(&self, title: &str, at: jiff::Timestamp) -> Option<(String, FieldValue)> {
        let title = title.trim();
        if title.is_empty() {
            return None;
        }
        let id = self.new_id("P-", title, at);
        Some((id, FieldValue::Title(title.to_owned())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at() -> jiff::Timestamp {
        "2026-12-07T08:00:00Z".parse().expect("a timestamp")
    }

    #[test]
    fn a_problem_is_added_linked_and_deleted_like_any_entry() {
        let mut book = ProgressBook::default();
        assert!(book.new_local_problem("  ", at()).is_none(), "an empty title adds nothing");
        let (id, title) = book.new_local_problem("县域研发投入强度低于全省平均", at()).expect("a problem");
        assert!(is_local_problem_id(&id) && !super::super::is_task_id(&id));
        book.set(&id, title, "我", at());
        book.set(&id, FieldValue::Parents(vec!["bz-6.1.5".into()]), "我", at());
        book.set(&id, FieldValue::Indicators(vec!["rd-intensity".into()]), "我", at());
        let problem = book.local_problem(&id).expect("listed");
        assert_eq!((problem.parents.len(), problem.indicators.len()), (1, 1));
        assert_eq!(book.tasks().count(), 0, "a problem is not a task");
        book.set(&id, FieldValue::Removed(true), "我", at());
        assert!(book.local_problem(&id).is_none());
        assert_eq!(book.history.len(), 4);
    }

    #[test]
    fn ids_are_p_and_letters_or_digits() {
        assert!(is_local_problem_id("P-3F9K"));
        assert!(!is_local_problem_id("P-") && !is_local_problem_id("T-3F9K") && !is_local_problem_id("bz-p5.1"));
    }
}
