//! The county's own work plan on the framework's backbone: each item is adopted (采纳), set aside as not
//! applicable (不适用, with a reason) or undecided (待定); adopted items are broken into local tasks (本地任务)
//! with their own lead unit, deadline and often a number to reach.
//!
//! A task is an [`Entry`] of the same record, under an id of its own ("T-3F9K"), so its edits, history,
//! undo, snapshots and merging are those of an item. Its `title`, `parents` (the items it serves), `target`
//! and `removed` (a deleted task is kept, marked, so undo and merging know it) say what makes it a task.
//!
//! **An item with tasks takes its standing from them** ([`item_standing`]): its percent is the mean of
//! theirs (rounded down), its status is 已完成 when all are done, 受阻 when any is blocked, 未开始 when none
//! has started, 暂缓 when all that are not done are paused, else 推进中; its light is the worst of theirs
//! (red, yellow, green, then no deadline), and it is overdue when any is. An item without tasks is judged
//! by its own entry, as before.

use std::collections::HashMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{Entry, Light, LightRule, ProgressBook, Status, is_overdue};
use crate::domain::framework::Framework;
use crate::domain::metrics::{Catalog, CatalogIndicator, IndicatorId, Panel, RegionId, find_region, normalize};

/// Whether the county takes up a framework item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// 待定: not decided yet (every item of a new record).
    #[default]
    Undecided,
    /// 采纳: part of the county's plan.
    Adopted,
    /// 不适用: not for this county (national in scope, addressed to firms …), with a reason.
    NotApplicable,
}

impl Scope {
    /// All scopes in the order a person decides them.
    pub const ALL: [Scope; 3] = [Self::Adopted, Self::NotApplicable, Self::Undecided];

    /// The Chinese word.
    pub fn zh(self) -> &'static str {
        match self {
            Self::Undecided => "待定",
            Self::Adopted => "采纳",
            Self::NotApplicable => "不适用",
        }
    }

    /// The English word used on the command line.
    pub fn en(self) -> &'static str {
        match self {
            Self::Undecided => "undecided",
            Self::Adopted => "adopted",
            Self::NotApplicable => "not-applicable",
        }
    }

    /// Reads a scope from its Chinese or English word (and the words ledgers use: 是/否, 适用).
    pub fn parse(text: &str) -> Option<Scope> {
        let t = text.trim();
        match t {
            "采纳" | "已采纳" | "适用" | "是" => Some(Self::Adopted),
            "不适用" | "不采纳" | "否" => Some(Self::NotApplicable),
            "待定" | "未定" => Some(Self::Undecided),
            _ => Self::ALL
                .into_iter()
                .find(|s| t.eq_ignore_ascii_case(s.en()) || t.eq_ignore_ascii_case(&s.en().replace('-', "_"))),
        }
    }
}

/// A number a task is to reach: an indicator (a catalog id, or a name with a unit), from a base to a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The indicator: a catalog id (e.g. `jiebang-projects`) or a name as tables write it.
    pub indicator: String,
    /// Its unit (empty: the catalog's).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The value it starts from.
    pub base_value: f64,
    /// The year of the base value.
    pub base_year: i32,
    /// The value to reach.
    pub target_value: f64,
    /// The year by which to reach it.
    pub target_year: i32,
}

// Values are finite numbers (refused otherwise where they are read), so equality is reflexive.
impl Eq for Target {}

/// How far a target has come, from the loaded data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TargetProgress {
    /// The newest value and its year.
    pub current: (i32, f64),
    /// Share of the way from base to target, 0–1 and beyond (negative when it went the wrong way).
    pub share: f64,
    /// Share a straight line from the base year to the target year reaches in the current value's year.
    pub expected: f64,
    /// The light of the target alone: green on or above the line (or reached), yellow more than 10 points
    /// below it, red when the target year has passed without reaching it.
    pub light: Light,
}

impl Target {
    /// How far the target has come given the newest value of its indicator (`year`, `value`).
    pub fn progress(&self, year: i32, value: f64) -> TargetProgress {
        let span = self.target_value - self.base_value;
        let share = if span == 0.0 { 1.0 } else { (value - self.base_value) / span };
        let years = f64::from(self.target_year - self.base_year);
        let expected = if years <= 0.0 { 1.0 } else { (f64::from(year - self.base_year) / years).clamp(0.0, 1.0) };
        let light = if share >= 1.0 || share + 0.1 >= expected {
            Light::Green
        } else if year >= self.target_year {
            Light::Red
        } else {
            Light::Yellow
        };
        TargetProgress { current: (year, value), share, expected, light }
    }

    /// Reads a target back from [`Target::describe`]'s words ("揭榜挂帅项目数 14项（2025）→ 20项（2026）").
    pub fn parse_described(text: &str) -> Option<Target> {
        let (left, right) = text.split_once('→')?;
        let (indicator, base) = left.trim().rsplit_once(' ')?;
        let value_year = |t: &str| -> Option<(f64, String, i32)> {
            let t = t.trim().strip_suffix('）')?;
            let (value_unit, year) = t.rsplit_once('（')?;
            let end =
                value_unit.find(|c: char| !(c.is_ascii_digit() || "+-.eE".contains(c))).unwrap_or(value_unit.len());
            let value = value_unit[..end].parse::<f64>().ok().filter(|v| v.is_finite())?;
            Some((value, value_unit[end..].to_owned(), year.parse().ok()?))
        };
        let ((base_value, unit, base_year), (target_value, _, target_year)) = (value_year(base)?, value_year(right)?);
        Some(Target { indicator: indicator.trim().to_owned(), unit, base_value, base_year, target_value, target_year })
    }

    /// The catalog entry the target is set on: by its id, else by the name (or alias) it gives.
    pub fn indicator_in<'a>(&self, catalog: &'a Catalog) -> Option<&'a CatalogIndicator> {
        let key = self.indicator.trim();
        catalog.get(key).or_else(|| catalog.find(key))
    }

    /// The target's indicator for `region` in a panel (by the file's name, else the catalog's id) and how far
    /// the target has come by its newest value.
    pub fn read_in(
        &self,
        panel: &Panel,
        catalog: Option<&Catalog>,
        region: &str,
    ) -> Option<(RegionId, IndicatorId, TargetProgress)> {
        let place = find_region(panel, region)?;
        let catalog_id = catalog.and_then(|c| self.indicator_in(c)).map(|e| e.id.as_str());
        let indicator =
            panel.indicator_id(self.indicator.trim()).or_else(|| catalog_id.and_then(|id| panel.indicator_id(id)))?;
        let latest = panel.latest(place, indicator)?;
        Some((place, indicator, self.progress(latest.year, latest.value)))
    }

    /// [`Target::describe`] with the catalog's name for an indicator given by its id ("jiebang-projects").
    pub fn describe_in(&self, catalog: Option<&Catalog>) -> String {
        let name =
            catalog.and_then(|c| c.get(self.indicator.trim())).map_or(self.indicator.as_str(), |e| e.name.as_str());
        self.describe(name)
    }

    /// The target as a person says it: "揭榜挂帅项目数 14（2025）→ 20（2026）".
    pub fn describe(&self, indicator_name: &str) -> String {
        let unit = if self.unit.is_empty() { String::new() } else { self.unit.clone() };
        format!(
            "{indicator_name} {}{unit}（{}）→ {}{unit}（{}）",
            number(self.base_value),
            self.base_year,
            number(self.target_value),
            self.target_year
        )
    }
}

/// A number without a needless ".0".
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 { format!("{v:.0}") } else { format!("{v}") }
}

/// True for the id of a task ("T-3F9K"), as opposed to a framework item's.
pub fn is_task_id(id: &str) -> bool {
    id.strip_prefix("T-").is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A task id as a ledger may write it ("t-3f9k", "Ｔ－３Ｆ９Ｋ"), in its own form; `None` for other text.
pub fn task_id_as_written(text: &str) -> Option<String> {
    let folded = typed_id(text).to_ascii_uppercase();
    is_task_id(&folded).then_some(folded)
}

/// An id as people type it, folded for comparing: half-width, no spaces, lower case, any dash a hyphen.
pub fn typed_id(text: &str) -> String {
    normalize(text).replace(['—', '–', '‐', '‑', '‒', '―'], "-")
}

/// Where an item or task stands, as roll-ups count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// Its status.
    pub status: Status,
    /// Percent complete.
    pub percent: u8,
    /// Its light.
    pub light: Light,
    /// Past its deadline and not done.
    pub overdue: bool,
}

impl Standing {
    /// The standing of one entry.
    pub fn of(entry: &Entry, today: Date, rule: &LightRule) -> Self {
        Self {
            status: entry.status,
            percent: entry.percent,
            light: rule.light(entry, today),
            overdue: is_overdue(entry, today),
        }
    }
}

/// How bad a light is, for "the worst of the tasks": no deadline, green, yellow, red.
pub fn severity(light: Light) -> u8 {
    match light {
        Light::Unscheduled => 0,
        Light::Green => 1,
        Light::Yellow => 2,
        Light::Red => 3,
    }
}

/// The worse of two lights.
pub fn worse(a: Light, b: Light) -> Light {
    if severity(b) > severity(a) { b } else { a }
}

/// The lights of tasks' targets judged against loaded data, by task id.
pub type TargetLights = HashMap<String, Light>;

/// Where every item and live task stands on `today`: a task by its schedule and, when the data has it, its
/// target (the worse of the two lights); an item from its tasks, else from its own entry.
pub fn standings(
    fw: &Framework,
    book: &ProgressBook,
    today: Date,
    rule: &LightRule,
    targets: &TargetLights,
) -> HashMap<String, Standing> {
    let mut out = HashMap::new();
    for (id, task) in book.tasks() {
        let mut standing = Standing::of(task, today, rule);
        if let Some(light) = targets.get(id) {
            standing.light = worse(standing.light, *light);
        }
        out.insert(id.to_owned(), standing);
    }
    for item in &fw.items {
        let tasks: Vec<Standing> = book.tasks_of(&item.id).filter_map(|(id, _)| out.get(id).copied()).collect();
        let standing = if tasks.is_empty() { Standing::of(book.get(&item.id), today, rule) } else { combine(&tasks) };
        out.insert(item.id.clone(), standing);
    }
    out
}

/// An item's standing: from its live tasks by the rule in the module docs, else from its own entry.
pub fn item_standing(book: &ProgressBook, item: &str, today: Date, rule: &LightRule) -> Standing {
    let tasks: Vec<Standing> = book.tasks_of(item).map(|(_, t)| Standing::of(t, today, rule)).collect();
    if tasks.is_empty() {
        return Standing::of(book.get(item), today, rule);
    }
    combine(&tasks)
}

/// The standing of several tasks taken together (see the module docs).
pub fn combine(tasks: &[Standing]) -> Standing {
    let n = tasks.len().max(1);
    let percent = (tasks.iter().map(|t| usize::from(t.percent)).sum::<usize>() / n) as u8;
    let all = |s: Status| tasks.iter().all(|t| t.status == s);
    let any = |s: Status| tasks.iter().any(|t| t.status == s);
    let status = if all(Status::Done) {
        Status::Done
    } else if any(Status::Blocked) {
        Status::Blocked
    } else if all(Status::NotStarted) {
        Status::NotStarted
    } else if tasks.iter().all(|t| matches!(t.status, Status::Paused | Status::Done)) {
        Status::Paused
    } else {
        Status::InProgress
    };
    let light = tasks.iter().map(|t| t.light).max_by_key(|l| severity(*l)).unwrap_or(Light::Unscheduled);
    Standing { status, percent, light, overdue: tasks.iter().any(|t| t.overdue) }
}

impl ProgressBook {
    /// Whether an item is adopted, set aside or undecided.
    pub fn scope(&self, item: &str) -> Scope {
        self.get(item).scope
    }

    /// Whether the county has started its plan: some item adopted. Until then every item counts, as the
    /// documents list them.
    pub fn plan_started(&self) -> bool {
        self.entries.iter().any(|(id, e)| !is_task_id(id) && e.scope == Scope::Adopted)
    }

    /// Whether an item counts in the figures: adopted, or every item before the plan has started.
    pub fn counts(&self, item: &str) -> bool {
        !self.plan_started() || self.scope(item) == Scope::Adopted
    }

    /// Live tasks, by id: not removed, and not emptied by undoing their creation (no title, no item).
    pub fn tasks(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.entries
            .iter()
            .filter(|(id, e)| is_task_id(id) && !e.removed && !(e.title.is_empty() && e.parents.is_empty()))
            .map(|(id, e)| (id.as_str(), e))
    }

    /// Live tasks that serve an item.
    pub fn tasks_of<'a>(&'a self, item: &'a str) -> impl Iterator<Item = (&'a str, &'a Entry)> + 'a {
        self.tasks().filter(move |(_, t)| t.parents.iter().any(|p| p == item))
    }

    /// A new task id, unique in this record: "T-" and four letters or digits from the time, the title and a
    /// counter, so two departments adding tasks on the same day get different ids.
    pub fn new_task_id(&self, title: &str, at: jiff::Timestamp) -> String {
        self.new_id("T-", title, at)
    }

    /// A new id with this prefix ("T-" for tasks, "P-" for the county's own problems), unique in this record.
    pub(super) fn new_id(&self, prefix: &str, title: &str, at: jiff::Timestamp) -> String {
        const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        for attempt in 0u64.. {
            let mut h = xxhash_rust::xxh3::xxh3_64(title.as_bytes())
                ^ (at.as_nanosecond() as u64)
                ^ attempt.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut id = String::from(prefix);
            for _ in 0..4 {
                id.push(char::from(ALPHABET[(h % 32) as usize]));
                h /= 32;
            }
            if !self.entries.contains_key(&id) {
                return id;
            }
        }
        unreachable!("an unbounded counter finds a free id")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(status: Status, percent: u8, light: Light) -> Standing {
        Standing { status, percent, light, overdue: light == Light::Red && status != Status::Blocked }
    }

    #[test]
    fn an_item_with_tasks_takes_the_mean_percent_the_worst_light_and_a_combined_status() {
        let s = combine(&[standing(Status::Done, 100, Light::Green), standing(Status::InProgress, 40, Light::Yellow)]);
        assert_eq!((s.status, s.percent, s.light, s.overdue), (Status::InProgress, 70, Light::Yellow, false));
        let s = combine(&[standing(Status::Done, 100, Light::Green), standing(Status::Done, 100, Light::Green)]);
        assert_eq!((s.status, s.percent), (Status::Done, 100));
        let s =
            combine(&[standing(Status::Blocked, 10, Light::Red), standing(Status::NotStarted, 0, Light::Unscheduled)]);
        assert_eq!((s.status, s.light), (Status::Blocked, Light::Red));
        let s = combine(&[standing(Status::InProgress, 30, Light::Red), standing(Status::NotStarted, 0, Light::Green)]);
        assert!(s.overdue, "overdue when any task is");
        let s = combine(&[
            standing(Status::NotStarted, 0, Light::Unscheduled),
            standing(Status::NotStarted, 0, Light::Green),
        ]);
        assert_eq!((s.status, s.light), (Status::NotStarted, Light::Green));
    }

    #[test]
    fn a_target_is_on_track_on_or_above_the_straight_line_and_red_once_its_year_passed() {
        let t = Target {
            indicator: "揭榜挂帅项目数".into(),
            unit: "项".into(),
            base_value: 10.0,
            base_year: 2024,
            target_value: 20.0,
            target_year: 2026,
        };
        let p = t.progress(2025, 15.0);
        assert_eq!((p.share, p.expected, p.light), (0.5, 0.5, Light::Green));
        assert_eq!(t.progress(2025, 12.0).light, Light::Yellow, "30 points behind the line");
        assert_eq!(t.progress(2026, 18.0).light, Light::Red, "target year without reaching it");
        assert_eq!(t.progress(2026, 21.0).light, Light::Green);
        assert_eq!(t.describe("揭榜挂帅项目数"), "揭榜挂帅项目数 10项（2024）→ 20项（2026）");
        assert_eq!(Target::parse_described(&t.describe(&t.indicator)), Some(t.clone()));
        assert_eq!(Target::parse_described("很多"), None);
    }

    #[test]
    fn task_ids_are_told_from_item_ids_and_read_as_ledgers_write_them() {
        assert!(is_task_id("T-3F9K") && !is_task_id("bz-6.1.5") && !is_task_id("T-"));
        assert_eq!(task_id_as_written(" t-3f9k ").as_deref(), Some("T-3F9K"));
        assert_eq!(task_id_as_written("Ｔ－３Ｆ９Ｋ").as_deref(), Some("T-3F9K"));
        assert_eq!(task_id_as_written("bz-6.1.5"), None);
    }

    #[test]
    fn scopes_read_from_chinese_and_english_words() {
        assert_eq!(Scope::parse("不适用"), Some(Scope::NotApplicable));
        assert_eq!(Scope::parse("adopted"), Some(Scope::Adopted));
        assert_eq!(Scope::parse("not_applicable"), Some(Scope::NotApplicable));
        assert_eq!(Scope::parse("也许"), None);
    }
}
