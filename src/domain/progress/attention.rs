//! What a progress meeting talks about first: the items that are overdue or blocked, through their own entry
//! or through their tasks, longest overdue first, then the blocked ones; each with its late or blocked tasks.

use jiff::civil::Date;

use super::plan::item_standing;
use super::{Entry, LightRule, ProgressBook, Status, days_overdue};

/// An item or task that is late or blocked.
#[derive(Debug, Clone, PartialEq)]
pub struct Late<'a> {
    /// Its id (a framework item's, or a task's "T-xxxx").
    pub id: &'a str,
    /// Its own entry (lead unit, deadline, next steps; a task's name in `title`).
    pub entry: &'a Entry,
    /// Days past its deadline; for an item with tasks, those of its most overdue task.
    pub days_overdue: Option<i64>,
    /// Blocked (an item with tasks: any of them is).
    pub blocked: bool,
}

/// An item that needs attention, and its tasks that are late or blocked.
#[derive(Debug, Clone, PartialEq)]
pub struct Attention<'a> {
    /// The item.
    pub item: Late<'a>,
    /// Its live tasks that are overdue or blocked, most overdue first.
    pub tasks: Vec<Late<'a>>,
}

/// The items among `items` that are overdue or blocked on `today`, longest overdue first, then blocked, else in
/// the order given.
pub fn attention<'a>(
    book: &'a ProgressBook,
    items: impl IntoIterator<Item = &'a str>,
    today: Date,
    rule: &LightRule,
) -> Vec<Attention<'a>> {
    let mut out: Vec<Attention<'a>> = items
        .into_iter()
        .filter_map(|id| {
            let standing = item_standing(book, id, today, rule);
            if !standing.overdue && standing.status != Status::Blocked {
                return None;
            }
            let mut tasks: Vec<Late<'a>> = book
                .tasks_of(id)
                .map(|(task, entry)| late(task, entry, today))
                .filter(|t| t.days_overdue.is_some() || t.blocked)
                .collect();
            tasks.sort_by_key(order);
            let entry = book.get(id);
            let days = if book.tasks_of(id).next().is_some() {
                tasks.iter().filter_map(|t| t.days_overdue).max()
            } else {
                days_overdue(entry, today)
            };
            let item = Late { id, entry, days_overdue: days, blocked: standing.status == Status::Blocked };
            Some(Attention { item, tasks })
        })
        .collect();
    out.sort_by_key(|a| order(&a.item));
    out
}

fn late<'a>(id: &'a str, entry: &'a Entry, today: Date) -> Late<'a> {
    Late { id, entry, days_overdue: days_overdue(entry, today), blocked: entry.status == Status::Blocked }
}

/// Longest overdue first, then blocked (a stable sort keeps the given order among equals).
fn order(late: &Late<'_>) -> (bool, std::cmp::Reverse<i64>) {
    (late.days_overdue.is_none(), std::cmp::Reverse(late.days_overdue.unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Date {
        s.parse().expect("date")
    }

    fn entry(status: Status, deadline: Option<&str>, parents: &[&str]) -> Entry {
        Entry {
            status,
            deadline: deadline.map(date),
            parents: parents.iter().map(|p| (*p).to_owned()).collect(),
            ..Entry::default()
        }
    }

    #[test]
    fn items_late_through_their_tasks_list_those_tasks_and_the_longest_overdue_comes_first() {
        let mut book = ProgressBook::default();
        book.entries.insert("a".into(), entry(Status::InProgress, Some("2026-11-01"), &[]));
        book.entries.insert("b".into(), entry(Status::Blocked, None, &[]));
        book.entries.insert("c".into(), entry(Status::InProgress, Some("2027-01-01"), &[]));
        book.entries.insert("T-0001".into(), entry(Status::InProgress, Some("2026-09-30"), &["c"]));
        book.entries.insert("T-0002".into(), entry(Status::InProgress, Some("2027-06-30"), &["c"]));
        book.entries.insert("d".into(), entry(Status::Done, Some("2026-01-01"), &[]));
        let today = date("2026-11-25");
        let list = attention(&book, ["a", "b", "c", "d"], today, &LightRule::default());
        let ids: Vec<&str> = list.iter().map(|a| a.item.id).collect();
        assert_eq!(ids, ["c", "a", "b"]);
        assert_eq!(list[0].item.days_overdue, Some(56), "the item takes its most overdue task's days");
        assert_eq!(list[0].tasks.iter().map(|t| t.id).collect::<Vec<_>>(), ["T-0001"]);
        assert_eq!(list[1].item.days_overdue, Some(24));
        assert!(list[2].item.blocked && list[2].item.days_overdue.is_none());
    }
}
