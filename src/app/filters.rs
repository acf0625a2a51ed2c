//! Which checklist items are shown: by element (from the diagram), status, department, overdue, "my unit".

use jiff::civil::Date;

use crate::domain::framework::Item;
use crate::domain::progress::rollup::departments;
use crate::domain::progress::{Entry, Status, is_overdue};

/// The checklist filters; all empty shows everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Element id chosen in the diagram.
    pub element: Option<String>,
    /// Only items with this status.
    pub status: Option<Status>,
    /// Only items of this department.
    pub department: Option<String>,
    /// Only overdue items.
    pub overdue_only: bool,
    /// Only items of the user's unit.
    pub my_unit_only: bool,
}

impl Filters {
    /// Whether an item passes every filter; `my_unit` is the user's unit from settings.
    pub fn shows(&self, item: &Item, entry: &Entry, today: Date, my_unit: &str) -> bool {
        let units = departments(item, entry);
        self.element.as_ref().is_none_or(|e| item.elements.contains(e))
            && self.status.is_none_or(|s| entry.status == s)
            && self.department.as_deref().is_none_or(|d| units.contains(&d))
            && (!self.overdue_only || is_overdue(entry, today))
            && (!self.my_unit_only || (!my_unit.is_empty() && units.iter().any(|u| u.contains(my_unit))))
    }

    /// Whether any filter is set.
    pub fn any(&self) -> bool {
        *self != Self::default()
    }
}
