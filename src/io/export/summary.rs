//! What the report and the slides say, computed once: roll-ups, each item's state on the as-of day,
//! the items that need attention, and the texts of the common cells.

use crate::domain::framework::{Item, Pillar};
use crate::domain::progress::rollup::{Rollup, Rollups};
use crate::domain::progress::{Entry, Light, Status, is_overdue};
use crate::i18n::{Lang, names, strings as s};

use super::pdf::{Cell, DiagramPillar};
use super::{ExportInput, palette};

/// One item as the report sees it.
pub struct ItemState<'a> {
    /// Running number, as in the ledger.
    pub seq: usize,
    /// The framework item.
    pub item: &'a Item,
    /// Its progress.
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
    /// Every item, in the framework's order.
    pub items: Vec<ItemState<'a>>,
    lang: Lang,
}

impl<'a> Summary<'a> {
    /// Computes everything for the input's as-of day.
    pub fn new(input: &ExportInput<'a>) -> Self {
        let fw = input.framework;
        let rollups = Rollups::compute(fw, input.book, input.as_of, &input.rule);
        let items = fw
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let entry = input.book.entry(&item.id);
                let light = input.rule.light(&entry, input.as_of);
                let overdue = is_overdue(&entry, input.as_of);
                ItemState { seq: i + 1, item, entry, light, overdue }
            })
            .collect();
        Self { rollups, items, lang: input.lang }
    }

    /// Items of a pillar, in the framework's order.
    pub fn pillar_items(&self, input: &ExportInput<'_>, pillar: &Pillar) -> Vec<&ItemState<'a>> {
        self.items.iter().filter(|s| input.framework.pillars_of(s.item).contains(&pillar.id)).collect()
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
        let icon = names::light(state.light).get(self.lang).split_whitespace().next().unwrap_or_default();
        let mut text = format!("{icon} {}", names::status(state.entry.status).get(self.lang));
        if state.overdue
            && let Some(deadline) = state.entry.effective_deadline()
        {
            let days = deadline.until(as_of).map_or(0, |span| span.get_days());
            text.push('\n');
            text.push_str(&s::EXPORT_OVERDUE_DAYS.fill(self.lang, &[("days", &days)]));
        }
        (text, Some(palette::light(state.light)))
    }

    /// The deadline cell: the deadline that applies, and the original one when it was revised.
    pub fn deadline_cell(&self, state: &ItemState<'_>) -> Cell {
        let text = match (state.entry.revised_deadline, state.entry.deadline) {
            (Some(revised), Some(original)) if revised != original => {
                format!("{revised}\n{}", s::EXPORT_WAS.fill(self.lang, &[("date", &original)]))
            }
            (Some(d), _) | (None, Some(d)) => d.to_string(),
            (None, None) => String::new(),
        };
        (text, None)
    }
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
    Status::ALL.iter().zip(r.by_status).map(|(status, n)| (n, palette::status(*status))).collect()
}

/// The overall sentence: how many items, done, in progress, blocked, overdue, mean percent.
pub fn overall_text(r: &Rollup, lang: Lang) -> String {
    s::EXPORT_OVERALL_TEXT.fill(
        lang,
        &[
            ("items", &r.items),
            ("done", &r.done()),
            ("share", &share(r.share_done())),
            ("in_progress", &r.by_status[1]),
            ("blocked", &r.by_status[3]),
            ("paused", &r.by_status[4]),
            ("not_started", &r.by_status[0]),
            ("overdue", &r.overdue),
            ("mean", &percent(r.mean_percent())),
        ],
    )
}
