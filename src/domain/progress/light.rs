//! The red/yellow/green light of an item. The rule, in order:
//!
//! 1. 已完成 (done) → green.
//! 2. 受阻 (blocked) → red.
//! 3. Overdue — the effective deadline (revised, else original) is before today → red.
//! 4. Due within `warn_days` days (today included) → yellow.
//! 5. Behind the straight-line schedule from `start` to the deadline by more than `tolerance` percentage
//!    points → yellow. (Expected percent on day d = (d − start) / (deadline − start) × 100.)
//! 6. No deadline → unscheduled (nothing to judge yet; shown grey, counted apart).
//! 7. Otherwise → green (on track).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Entry, Status};

/// The traffic light; always shown with a word or icon too, never colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Light {
    /// No deadline yet: nothing to judge.
    Unscheduled,
    /// On track or done.
    Green,
    /// Behind schedule or due soon.
    Yellow,
    /// Overdue or blocked.
    Red,
}

/// The thresholds of the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LightRule {
    /// An item due within this many days turns yellow.
    pub warn_days: i32,
    /// Percentage points an item may lag the straight-line schedule before it turns yellow.
    pub tolerance: u8,
}

impl Default for LightRule {
    fn default() -> Self {
        Self { warn_days: 14, tolerance: 10 }
    }
}

/// Why an entry has its light: what the rule found, with the numbers a person needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LightReason {
    /// 已完成: green.
    Done,
    /// 受阻: red.
    Blocked,
    /// Past its effective deadline: red.
    Overdue {
        /// The deadline that passed.
        since: Date,
        /// Whole days since then.
        days: i64,
    },
    /// Due within the warning days: yellow.
    DueSoon {
        /// Days left (0: due today).
        days: i64,
    },
    /// Behind the straight line from start to deadline by more than the tolerance: yellow.
    Behind {
        /// Percent the straight line reaches today.
        expected: u8,
        /// Percent marked.
        percent: u8,
    },
    /// No deadline: nothing to judge.
    Unscheduled,
    /// On the straight line or ahead: green.
    OnTrack,
}

impl LightReason {
    /// The light this reason gives.
    pub fn light(self) -> Light {
        match self {
            Self::Done | Self::OnTrack => Light::Green,
            Self::Blocked | Self::Overdue { .. } => Light::Red,
            Self::DueSoon { .. } | Self::Behind { .. } => Light::Yellow,
            Self::Unscheduled => Light::Unscheduled,
        }
    }
}

impl LightRule {
    /// The light of an entry on `today`.
    pub fn light(&self, entry: &Entry, today: Date) -> Light {
        self.reason(entry, today).light()
    }

    /// Why an entry has its light on `today` (the rule in the module docs, in order).
    pub fn reason(&self, entry: &Entry, today: Date) -> LightReason {
        if entry.status == Status::Done {
            return LightReason::Done;
        }
        if entry.status == Status::Blocked {
            return LightReason::Blocked;
        }
        let Some(deadline) = entry.effective_deadline() else {
            return LightReason::Unscheduled;
        };
        if deadline < today {
            return LightReason::Overdue { since: deadline, days: days_between(deadline, today) };
        }
        let left = days_between(today, deadline);
        if left < i64::from(self.warn_days) {
            return LightReason::DueSoon { days: left };
        }
        match expected_percent(entry.start, deadline, today) {
            Some(expected) if f64::from(entry.percent) + f64::from(self.tolerance) < expected => {
                LightReason::Behind { expected: expected.round() as u8, percent: entry.percent }
            }
            _ => LightReason::OnTrack,
        }
    }
}

/// Not done and past its effective deadline.
pub fn is_overdue(entry: &Entry, today: Date) -> bool {
    entry.status != Status::Done && entry.effective_deadline().is_some_and(|d| d < today)
}

/// Whole days an entry is past its effective deadline on `today`; `None` when it is not overdue.
pub fn days_overdue(entry: &Entry, today: Date) -> Option<i64> {
    let deadline = entry.effective_deadline().filter(|_| is_overdue(entry, today))?;
    Some(days_between(deadline, today))
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
fn days_between(from: Date, to: Date) -> i64 {
    // Between two civil dates the span is in days and cannot overflow.
    from.until(to).map_or(0, |span| i64::from(span.get_days()))
}

/// Percent a straight line from `start` (0 %) to `deadline` (100 %) reaches on `today`.
fn expected_percent(start: Option<Date>, deadline: Date, today: Date) -> Option<f64> {
    let start = start?;
    let total = days_between(start, deadline);
    if total <= 0 {
        return None;
    }
    let elapsed = days_between(start, today).clamp(0, total);
    Some(elapsed as f64 * 100.0 / total as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reason_carries_the_numbers_behind_the_light() {
        let rule = LightRule::default();
        let today = date("2026-11-25");
        let late = entry(Status::InProgress, 40, Some("2026-01-01"), Some("2026-10-31"));
        assert_eq!(rule.reason(&late, today), LightReason::Overdue { since: date("2026-10-31"), days: 25 });
        let soon = entry(Status::InProgress, 95, Some("2026-01-01"), Some("2026-12-01"));
        assert_eq!(rule.reason(&soon, today), LightReason::DueSoon { days: 6 });
        let behind = entry(Status::InProgress, 10, Some("2026-01-01"), Some("2027-01-01"));
        let LightReason::Behind { expected, percent } = rule.reason(&behind, today) else { panic!("not behind") };
        assert_eq!((expected, percent), (90, 10));
        assert_eq!(rule.light(&behind, today), Light::Yellow);
        let blocked = entry(Status::Blocked, 10, None, Some("2026-10-31"));
        assert_eq!(rule.reason(&blocked, today), LightReason::Blocked, "blocked comes before overdue");
    }

    fn date(s: &str) -> Date {
        s.parse().expect("date")
    }

    fn entry(status: Status, percent: u8, start: Option<&str>, deadline: Option<&str>) -> Entry {
        Entry { status, percent, start: start.map(date), deadline: deadline.map(date), ..Entry::default() }
    }

    const TODAY: &str = "2026-11-25";

    #[test]
    fn done_is_green_even_when_past_the_deadline() {
        let e = entry(Status::Done, 100, None, Some("2026-01-01"));
        assert_eq!(LightRule::default().light(&e, date(TODAY)), Light::Green);
    }

    #[test]
    fn blocked_is_red_and_overdue_is_red() {
        let rule = LightRule::default();
        assert_eq!(rule.light(&entry(Status::Blocked, 50, None, None), date(TODAY)), Light::Red);
        assert_eq!(rule.light(&entry(Status::InProgress, 90, None, Some("2026-11-24")), date(TODAY)), Light::Red);
    }

    #[test]
    fn a_revised_deadline_replaces_the_original() {
        let mut e = entry(Status::InProgress, 90, None, Some("2026-11-24"));
        e.revised_deadline = Some(date("2027-06-30"));
        assert_eq!(LightRule::default().light(&e, date(TODAY)), Light::Green);
    }

    #[test]
    fn due_within_the_warning_window_is_yellow() {
        let rule = LightRule { warn_days: 14, tolerance: 10 };
        let soon = entry(Status::InProgress, 95, None, Some("2026-12-08"));
        assert_eq!(rule.light(&soon, date(TODAY)), Light::Yellow);
        let later = entry(Status::InProgress, 95, None, Some("2026-12-09"));
        assert_eq!(rule.light(&later, date(TODAY)), Light::Green);
    }

    #[test]
    fn behind_the_straight_line_schedule_is_yellow() {
        // Half-way from 2026-01-01 to 2027-01-01 is about 2026-07-02: 49.6 % expected.
        let today = date("2026-07-02");
        let rule = LightRule { warn_days: 14, tolerance: 10 };
        assert_eq!(
            rule.light(&entry(Status::InProgress, 39, Some("2026-01-01"), Some("2027-01-01")), today),
            Light::Yellow
        );
        assert_eq!(
            rule.light(&entry(Status::InProgress, 40, Some("2026-01-01"), Some("2027-01-01")), today),
            Light::Green
        );
    }

    #[test]
    fn no_deadline_is_unscheduled_unless_done_or_blocked() {
        let rule = LightRule::default();
        assert_eq!(rule.light(&Entry::default(), date(TODAY)), Light::Unscheduled);
        assert_eq!(rule.light(&entry(Status::InProgress, 50, None, None), date(TODAY)), Light::Unscheduled);
    }

    #[test]
    fn day_differences_cross_years_and_leap_days() {
        assert_eq!(days_between(date("2024-02-28"), date("2024-03-01")), 2);
        assert_eq!(days_between(date("2026-12-31"), date("2027-01-01")), 1);
    }
}
