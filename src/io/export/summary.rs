//! What the report and the slides say, computed once: roll-ups, each item's state on the as-of day,
//! the items that need attention, and the texts of the common cells.

use crate::domain::framework::{Item, Pillar};
use crate::domain::progress::plan::{TargetLights, standings};
use crate::domain::progress::rollup::{Rollup, Rollups, departments};
use crate::domain::progress::{Entry, Light, Standing, Status, days_overdue};
use crate::i18n::{Lang, names, strings as s};
use crate::io::ledger;

use super::pdf::{Cell, DiagramPillar};
use super::{ExportInput, palette};

/// One item as the report sees it.
pub struct ItemState<'a> {
    /// Running number from 1 over the items reported, as in the ledger.
    pub seq: usize,
    /// The framework item.
    pub item: &'a Item,
    /// Its progress; for an item with tasks, its status and percent are those it takes from them.
    pub entry: Entry,
    /// Its light on the as-of day.
    pub light: Light,
    /// Past its deadline and not done.
    pub overdue: bool,
    /// Its local tasks, in the ledger's order.
    pub tasks: Vec<TaskState>,
}

/// One local task as the report sees it.
pub struct TaskState {
    /// Running number, as in the ledger ("12.1").
    pub seq: String,
    /// The task's id.
    pub id: String,
    /// Its progress (its name in `entry.title`).
    pub entry: Entry,
    /// Its light on the as-of day.
    pub light: Light,
    /// Past its deadline and not done.
    pub overdue: bool,
}

/// The report's figures.
pub struct Summary<'a> {
    /// Roll-ups on the as-of day.
    pub rollups: Rollups,
    /// Every item counted, in the ledger's order (see [`ledger::plan_items`]).
    pub items: Vec<ItemState<'a>>,
    lang: Lang,
}

impl<'a> Summary<'a> {
    /// Computes everything for the input's as-of day.
    pub fn new(input: &ExportInput<'a>) -> Self {
        let fw = input.framework;
        let no_targets = TargetLights::new();
        let lights = input.target_lights.unwrap_or(&no_targets);
        // The same standings as the window's: an item from its tasks, a task's target from the data.
        let standings = standings(fw, input.book, input.as_of, &input.rule, lights);
        let rollups = Rollups::from_standings(fw, input.book, &standings);
        let of = |id: &str| {
            standings.get(id).copied().unwrap_or_else(|| Standing::of(&input.book.entry(id), input.as_of, &input.rule))
        };
        // Once the county has adopted items, the report is about them and their tasks, numbered without gaps.
        let items = ledger::plan_items(fw, input.book)
            .into_iter()
            .enumerate()
            .map(|(i, item)| {
                let standing = of(&item.id);
                let mut entry = input.book.entry(&item.id);
                (entry.status, entry.percent) = (standing.status, standing.percent);
                let tasks = input
                    .book
                    .tasks_of(&item.id)
                    .enumerate()
                    .map(|(k, (id, task))| {
                        let standing = of(id);
                        TaskState {
                            seq: format!("{}.{}", i + 1, k + 1),
                            id: id.to_owned(),
                            entry: task.clone(),
                            light: standing.light,
                            overdue: standing.overdue,
                        }
                    })
                    .collect();
                ItemState { seq: i + 1, item, entry, light: standing.light, overdue: standing.overdue, tasks }
            })
            .collect();
        Self { rollups, items, lang: input.lang }
    }

    /// Items of a pillar, in the ledger's order.
    pub fn pillar_items(&self, input: &ExportInput<'_>, pillar: &Pillar) -> Vec<&ItemState<'a>> {
        self.items.iter().filter(|s| input.framework.pillars_of(s.item).contains(&pillar.id)).collect()
    }

    /// Items listed under a pillar in the report (see [`ledger::listing_pillar`]), so each item is listed once.
    pub fn listed_under(&self, input: &ExportInput<'_>, pillar: &Pillar) -> Vec<&ItemState<'a>> {
        self.items.iter().filter(|st| ledger::listing_pillar(input.framework, st.item) == Some(pillar.id)).collect()
    }

    /// The pillars other than its first that an item strengthens, named in the report's language.
    pub fn other_pillars<'f>(&self, input: &ExportInput<'f>, state: &ItemState<'_>) -> Vec<&'f str> {
        let fw = input.framework;
        fw.pillars_of(state.item)
            .into_iter()
            .skip(1)
            .filter_map(|p| fw.pillar(p))
            .map(|p| names::pick(self.lang, &p.name, &p.name_en))
            .collect()
    }

    /// The tasks of an item the report lists, or `None` when it leaves the item out. Everything, unless the input
    /// asks for [`ExportInput::only_attention`]: then red and yellow items and tasks and those of the input's
    /// unit (lead or co-unit, as the window's 本单位 filter reads it); an item with such a task is listed with
    /// just those tasks, an item of the unit with all of its tasks.
    pub fn listing<'s>(&self, input: &ExportInput<'_>, state: &'s ItemState<'a>) -> Option<Vec<&'s TaskState>> {
        if !input.only_attention {
            return Some(state.tasks.iter().collect());
        }
        let unit = input.unit.trim();
        if of_unit(departments(state.item, &state.entry), unit) {
            return Some(state.tasks.iter().collect());
        }
        let tasks: Vec<&TaskState> =
            state.tasks.iter().filter(|t| needs_attention(t.light) || of_unit(t.entry.units(), unit)).collect();
        (needs_attention(state.light) || !tasks.is_empty()).then_some(tasks)
    }

    /// Items overdue or blocked: red ones first by how long overdue, then blocked.
    pub fn attention(&self, input: &ExportInput<'_>) -> Vec<&ItemState<'a>> {
        let mut out: Vec<&ItemState<'a>> =
            self.items.iter().filter(|s| s.overdue || s.entry.status == Status::Blocked).collect();
        out.sort_by_key(|s| (s.entry.effective_deadline().filter(|_| s.overdue).unwrap_or(input.as_of), s.seq));
        out
    }

    /// The roll-up of a pillar (empty if it has no items).
    pub fn pillar(&self, pillar: &Pillar) -> Rollup {
        self.rollups.pillars.get(&pillar.id).copied().unwrap_or_default()
    }

    /// The diagram's pillars with their progress.
    pub fn diagram(&self, input: &ExportInput<'_>) -> Vec<DiagramPillar> {
        input
            .framework
            .pillars
            .iter()
            .map(|p| {
                let r = self.pillar(p);
                DiagramPillar {
                    name: names::pick(self.lang, &p.name, &p.name_en).to_owned(),
                    elements: p
                        .elements
                        .iter()
                        .map(|e| names::pick(self.lang, &e.name, &e.name_en).to_owned())
                        .collect(),
                    color: palette::pillar(p.id),
                    tint: palette::pillar_tint(p.id),
                    share: r.mean_percent() / 100.0,
                    caption: s::EXPORT_PILLAR_CAPTION.fill(
                        self.lang,
                        &[("done", &r.done()), ("items", &r.items), ("mean", &percent(r.mean_percent()))],
                    ),
                }
            })
            .collect()
    }

    /// The item's title in the report's language.
    pub fn title(&self, state: &ItemState<'_>) -> String {
        names::pick(self.lang, &state.item.title, &state.item.title_en).to_owned()
    }

    /// The status cell: the light's icon and the status word (with days overdue), in the light's colour.
    pub fn status_cell(&self, state: &ItemState<'_>, as_of: jiff::civil::Date) -> Cell {
        self.status_cell_of(&state.entry, state.light, state.overdue, as_of)
    }

    /// [`Summary::status_cell`] of any entry (an item's or a task's).
    pub fn status_cell_of(&self, entry: &Entry, light: Light, overdue: bool, as_of: jiff::civil::Date) -> Cell {
        let icon = names::light(light).get(self.lang).split_whitespace().next().unwrap_or_default();
        let mut text = format!("{icon} {}", names::status(entry.status).get(self.lang));
        if overdue && let Some(days) = days_overdue(entry, as_of) {
            text.push('\n');
            text.push_str(&s::EXPORT_OVERDUE_DAYS.fill(self.lang, &[("days", &days)]));
        }
        (text, Some(palette::light(light)))
    }

    /// The deadline cell: the deadline that applies, and the original one when it was revised.
    pub fn deadline_cell(&self, state: &ItemState<'_>) -> Cell {
        self.deadline_cell_of(&state.entry)
    }

    /// [`Summary::deadline_cell`] of any entry.
    pub fn deadline_cell_of(&self, entry: &Entry) -> Cell {
        let text = match (entry.revised_deadline, entry.deadline) {
            (Some(revised), Some(original)) if revised != original => {
                format!("{revised}\n{}", s::EXPORT_WAS.fill(self.lang, &[("date", &original)]))
            }
            (Some(d), _) | (None, Some(d)) => d.to_string(),
            (None, None) => String::new(),
        };
        (text, None)
    }
}

/// Whether a unit leads or joins, as the window's 本单位 filter reads it (a unit's name within a listed one).
fn of_unit<'u>(units: impl IntoIterator<Item = &'u str>, unit: &str) -> bool {
    !unit.is_empty() && units.into_iter().any(|u| u.contains(unit))
}

/// Whether a light is red or yellow.
pub fn needs_attention(light: Light) -> bool {
    matches!(light, Light::Red | Light::Yellow)
}

/// A percentage for print: "8%".
pub fn percent(value: f64) -> String {
    format!("{value:.0}%")
}

/// A share of items for print: "2.4%".
pub fn share(value: f64) -> String {
    format!("{:.1}%", value * 100.0)
}

/// Items per status, coloured, for a status bar.
pub fn status_parts(r: &Rollup) -> Vec<(usize, super::pdf::Rgb)> {
    Status::ALL.iter().map(|status| (r.count(*status), palette::status(*status))).collect()
}

/// The overall sentence: how many items, done, in progress, blocked, overdue, mean percent.
pub fn overall_text(r: &Rollup, lang: Lang) -> String {
    s::EXPORT_OVERALL_TEXT.fill(
        lang,
        &[
            ("items", &r.items),
            ("done", &r.done()),
            ("share", &share(r.share_done())),
            ("in_progress", &r.count(Status::InProgress)),
            ("blocked", &r.count(Status::Blocked)),
            ("paused", &r.count(Status::Paused)),
            ("not_started", &r.count(Status::NotStarted)),
            ("overdue", &r.overdue),
            ("mean", &percent(r.mean_percent())),
        ],
    )
}
