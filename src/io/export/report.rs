//! The PDF report, A4 portrait: title, overall progress, the four-pillar diagram with each pillar's
//! progress, a table of items per pillar, the overdue and blocked items, key indicator charts (when
//! given), the framework's sources; the as-of date and page numbers on every page.

use crate::domain::framework::Pillar;
use crate::domain::progress::Status;
use crate::i18n::{Lang, Text, names, strings as s};

use super::pdf::{self, Area, Cell, Flow, Fonts, Info, Page, Rgb, Style, Table, TableColumn};
use super::summary::{self, ItemState, Summary, TaskState};
use super::{ExportError, ExportInput, palette};

/// A4 in points.
pub const A4: (f32, f32) = (595.28, 841.89);
/// Left and right margin.
const MARGIN_X: f32 = 56.0;
/// Space above and below the flowing content (header and footer live there).
const MARGIN_Y: f32 = 64.0;

const TITLE: Style = Style::new(20.0, Rgb::TEXT).bold();
const SUBTITLE: Style = Style::new(11.0, Rgb::WEAK);
const H1: Style = Style::new(14.0, Rgb::TEXT).bold();
const H2: Style = Style::new(12.0, Rgb::TEXT).bold();
const BODY: Style = Style::new(10.5, Rgb::TEXT);
const SMALL: Style = Style::new(8.5, Rgb::WEAK);
const CELL: Style = Style::new(8.5, Rgb::TEXT);

/// The report's bytes.
pub fn render(input: &ExportInput<'_>) -> Result<super::Rendered, ExportError> {
    let fonts = Fonts::load().ok_or(ExportError::Font)?;
    let summary = Summary::new(input);
    let area = Area { left: MARGIN_X, top: MARGIN_Y, width: A4.0 - 2.0 * MARGIN_X, bottom: A4.1 - MARGIN_Y };
    let mut flow = Flow::new(&fonts, area);
    let lang = input.lang;
    let title = super::report_title(input);

    for line in fonts.wrap(&title, TITLE.size, area.width) {
        let y = flow.y;
        flow.page().text_centred(&fonts, A4.0 / 2.0, y, TITLE, &line);
        flow.y += TITLE.line_height();
    }
    flow.gap(4.0);
    let y = flow.y;
    let subtitle = format!("{} · {}", input.region, super::as_of_text(input));
    flow.page().text_centred(&fonts, A4.0 / 2.0, y, SUBTITLE, &subtitle);
    flow.gap(SUBTITLE.line_height());
    // Illustrative progress (示例数据) says so on the report too, not only in the window.
    for line in fonts.wrap(&input.book.label, SUBTITLE.size, area.width) {
        let y = flow.y;
        flow.page().text_centred(&fonts, A4.0 / 2.0, y, SUBTITLE, &line);
        flow.gap(SUBTITLE.line_height());
    }
    if input.only_attention {
        let listed = summary.items.iter().filter(|st| summary.listing(input, st).is_some()).count();
        let args: [(&str, &dyn std::fmt::Display); 3] =
            [("listed", &listed), ("items", &summary.items.len()), ("unit", &input.unit.trim())];
        let note = if input.unit.trim().is_empty() { s::EXPORT_ONLY_ATTENTION } else { s::EXPORT_ONLY_ATTENTION_UNIT };
        for line in fonts.wrap(&note.fill(lang, &args), SUBTITLE.size, area.width) {
            let y = flow.y;
            flow.page().text_centred(&fonts, A4.0 / 2.0, y, SUBTITLE, &line);
            flow.gap(SUBTITLE.line_height());
        }
    }
    flow.gap(14.0);

    let mut sections = Sections::new(lang);
    overall(&mut flow, &mut sections, input, &summary);
    pillars(&mut flow, &mut sections, input, &summary);
    attention(&mut flow, &mut sections, input, &summary);
    let any_problem = !input.framework.problems.is_empty() || input.book.local_problems().next().is_some();
    if any_problem && !input.only_attention {
        flow.heading(H1, &sections.next(s::EXPORT_PROBLEMS_HEADING.get(lang)), 200.0);
        super::problems_section::flow_section(&mut flow, input, &summary);
    }
    if !input.indicators.is_empty() {
        flow.heading(H1, &sections.next(s::EXPORT_INDICATORS_HEADING.get(lang)), 200.0);
        for series in input.indicators {
            super::chart::flow_chart(&mut flow, series, lang);
        }
    }
    if let Some(evaluation) = input.evaluation {
        flow.heading(H1, &sections.next(s::EVAL_HEADING.get(lang)), 160.0);
        super::evaluation_section::flow_section(&mut flow, input, evaluation);
    }
    sources(&mut flow, &mut sections, input);

    let mut pages = flow.pages;
    decorate(&mut pages, &fonts, input, &title);
    let info = Info { title: &title.replace('\n', ""), language: language_tag(lang) };
    let bytes = pdf::render(&pages, A4, &fonts, &info).map_err(|detail| ExportError::Pdf { detail })?;
    Ok(super::Rendered { bytes, missing_glyphs: fonts.missing() })
}

/// The PDF's language tag.
pub fn language_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh-CN",
        Lang::En => "en",
    }
}

/// Numbers the sections 一、二、… (1. 2. … in English).
struct Sections {
    lang: Lang,
    count: usize,
}

impl Sections {
    fn new(lang: Lang) -> Self {
        Self { lang, count: 0 }
    }

    fn next(&mut self, heading: &str) -> String {
        self.count += 1;
        format!("{}{heading}", number(self.lang, self.count, false))
    }
}

/// "一、" or "（一）" in Chinese, "1. " in English.
fn number(lang: Lang, n: usize, sub: bool) -> String {
    const ZH: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    match (lang, ZH.get(n.wrapping_sub(1))) {
        (Lang::Zh, Some(zh)) if sub => format!("（{zh}）"),
        (Lang::Zh, Some(zh)) => format!("{zh}、"),
        _ => format!("{n}. "),
    }
}

fn overall(flow: &mut Flow<'_>, sections: &mut Sections, input: &ExportInput<'_>, summary: &Summary<'_>) {
    let lang = input.lang;
    let r = &summary.rollups.overall;
    flow.heading(H1, &sections.next(s::EXPORT_OVERALL_HEADING.get(lang)), 80.0);
    flow.gap(2.0);
    flow.paragraph(BODY, &summary::overall_text(r, lang));
    flow.gap(6.0);
    flow.keep(40.0);
    let (x, y, w) = (flow.area.left, flow.y, flow.area.width);
    pdf::status_bar(flow.page(), [x, y, w, 12.0], &summary::status_parts(r));
    flow.gap(18.0);
    let legend: Vec<(String, Rgb)> = crate::domain::progress::Status::ALL
        .iter()
        .map(|st| (format!("{} {}", names::status(*st).get(lang), r.count(*st)), palette::status(*st)))
        .collect();
    let y = flow.y;
    let fonts = flow.fonts;
    legend_row(flow.page(), fonts, x, y, &legend);
    flow.gap(SMALL.line_height() + 4.0);
    let lights: Vec<String> = [
        crate::domain::progress::Light::Green,
        crate::domain::progress::Light::Yellow,
        crate::domain::progress::Light::Red,
        crate::domain::progress::Light::Unscheduled,
    ]
    .iter()
    .map(|l| s::EXPORT_LIGHT_COUNT.fill(lang, &[("light", &names::light(*l).get(lang)), ("count", &r.count(*l))]))
    .collect();
    flow.paragraph(Style::new(9.5, Rgb::TEXT), &lights.join("    "));
    flow.gap(14.0);
}

/// Coloured squares with labels on one line.
pub fn legend_row(page: &mut Page, fonts: &Fonts, x: f32, y: f32, items: &[(String, Rgb)]) {
    let mut cx = x;
    for (label, color) in items {
        page.fill(cx, y + 2.5, 8.0, 8.0, *color);
        page.text(cx + 11.0, y, SMALL, label.as_str());
        cx += 11.0 + fonts.width(label, SMALL.size) + 14.0;
    }
}

fn pillars(flow: &mut Flow<'_>, sections: &mut Sections, input: &ExportInput<'_>, summary: &Summary<'_>) {
    let lang = input.lang;
    let fw = input.framework;
    flow.heading(H1, &sections.next(s::EXPORT_PILLARS_HEADING.get(lang)), 260.0);
    if let Some(first) = fw.pillars.first() {
        let source = fw.cite(&first.source);
        let source = source.split('，').next().unwrap_or_default();
        flow.paragraph(SMALL, &s::DIAGRAM_CAPTION.fill(lang, &[("source", &source)]));
    }
    flow.gap(6.0);
    let goal = s::APP_SUBTITLE.get(lang);
    let diagram = summary.diagram(input);
    let (x, y, w) = (flow.area.left, flow.y, flow.area.width);
    let fonts = flow.fonts;
    let h = pdf::pillar_diagram(flow.page(), fonts, (x, y, w, 1.0), goal, &diagram);
    flow.gap(h + 16.0);
    let note = names::pick(lang, &fw.classification_note, &fw.classification_note_en);
    flow.paragraph(SMALL, &s::EXPORT_CLASSIFICATION.fill(lang, &[("note", &note)]));
    flow.gap(6.0);

    let table = item_table(lang, flow.area.width);
    for (i, pillar) in fw.pillars.iter().enumerate() {
        let r = summary.pillar(pillar);
        let name = names::pick(lang, &pillar.name, &pillar.name_en);
        flow.heading(
            Style { color: palette::pillar(pillar.id), ..H2 },
            &format!("{}{name}", number(lang, i + 1, true)),
            60.0,
        );
        let elements: Vec<&str> = pillar.elements.iter().map(|e| names::pick(lang, &e.name, &e.name_en)).collect();
        flow.paragraph(
            BODY,
            &s::EXPORT_PILLAR_SUMMARY.fill(
                lang,
                &[
                    ("elements", &elements.join("、")),
                    ("items", &r.items),
                    ("done", &r.done()),
                    ("in_progress", &r.count(Status::InProgress)),
                    ("overdue", &r.overdue),
                    ("mean", &summary::percent(r.mean_percent())),
                ],
            ),
        );
        let elsewhere: Vec<String> = summary
            .pillar_items(input, pillar)
            .into_iter()
            .filter(|st| !listed_here(summary, input, pillar, st) && summary.listing(input, st).is_some())
            .map(|st| st.seq.to_string())
            .collect();
        if !elsewhere.is_empty() {
            let seqs = elsewhere.join("、");
            flow.paragraph(
                SMALL,
                &s::EXPORT_LISTED_ELSEWHERE.fill(lang, &[("count", &elsewhere.len()), ("seqs", &seqs)]),
            );
        }
        flow.gap(4.0);
        let rows: Vec<Vec<Cell>> = summary
            .listed_under(input, pillar)
            .into_iter()
            .filter_map(|st| Some(item_rows(summary, st, &summary.listing(input, st)?, input)))
            .flatten()
            .collect();
        if rows.is_empty() {
            flow.paragraph(BODY, s::EXPORT_PILLAR_NONE_LISTED.get(lang));
        } else {
            flow.table(&table, &rows);
        }
        flow.gap(12.0);
    }
}

/// Whether an item of the pillar is listed in its table (else it is under its first pillar).
fn listed_here(summary: &Summary<'_>, input: &ExportInput<'_>, pillar: &Pillar, st: &ItemState<'_>) -> bool {
    summary.listed_under(input, pillar).iter().any(|listed| listed.seq == st.seq)
}

fn item_table(lang: Lang, width: f32) -> Table {
    let widths = [26.0, 112.0, 62.0, 56.0, 52.0, 42.0];
    let headers = [
        s::EXPORT_COL_SEQ,
        s::EXPORT_COL_ITEM,
        s::FIELD_LEAD_UNIT,
        s::EXPORT_COL_DEADLINE,
        s::FIELD_STATUS,
        s::FIELD_PERCENT,
        s::FIELD_NOTE,
    ];
    let rest = width - widths.iter().sum::<f32>();
    table(lang, &headers, widths.into_iter().chain([rest]))
}

/// A body-text table with these headers and column widths.
fn table(lang: Lang, headers: &[Text], widths: impl Iterator<Item = f32>) -> Table {
    let columns =
        headers.iter().zip(widths).map(|(h, w)| TableColumn { header: h.get(lang).to_owned(), width: w }).collect();
    Table { columns, body: CELL, head: CELL.bold(), max_lines: None }
}

/// An item's row (the other pillars it strengthens under its title), then a row for each of the tasks given
/// ("12.1", "└ 任务名称（T-7H52）").
fn item_rows(
    summary: &Summary<'_>,
    st: &ItemState<'_>,
    tasks: &[&TaskState],
    input: &ExportInput<'_>,
) -> Vec<Vec<Cell>> {
    let mut title = summary.title(st);
    let others = summary.other_pillars(input, st);
    if !others.is_empty() {
        title.push('\n');
        title.push_str(&s::EXPORT_ALSO_IN.fill(input.lang, &[("pillars", &others.join("、"))]));
    }
    let item = vec![
        (st.seq.to_string(), None),
        (title, None),
        (st.entry.lead_unit.clone(), None),
        summary.deadline_cell(st),
        summary.status_cell(st, input.as_of),
        (format!("{}%", st.entry.percent), None),
        (st.entry.note.clone(), None),
    ];
    let tasks =
        tasks.iter().map(|t| task_row(summary, t, input, [format!("{}%", t.entry.percent), t.entry.note.clone()]));
    std::iter::once(item).chain(tasks).collect()
}

/// A task's row: its number, "└ name（id）", lead unit, deadline and status, then the table's last two cells.
fn task_row(summary: &Summary<'_>, t: &TaskState, input: &ExportInput<'_>, last: [String; 2]) -> Vec<Cell> {
    let [a, b] = last;
    vec![
        (t.seq.clone(), None),
        (format!("└ {}（{}）", t.entry.title, t.id), None),
        (t.entry.lead_unit.clone(), None),
        summary.deadline_cell_of(&t.entry),
        summary.status_cell_of(&t.entry, t.light, t.overdue, input.as_of),
        (a, None),
        (b, None),
    ]
}

fn attention(flow: &mut Flow<'_>, sections: &mut Sections, input: &ExportInput<'_>, summary: &Summary<'_>) {
    let lang = input.lang;
    flow.heading(H1, &sections.next(s::EXPORT_ATTENTION_HEADING.get(lang)), 60.0);
    let items = summary.attention(input);
    if items.is_empty() {
        flow.paragraph(BODY, s::EXPORT_ATTENTION_NONE.get(lang));
        flow.gap(14.0);
        return;
    }
    flow.paragraph(BODY, &s::EXPORT_ATTENTION_COUNT.fill(lang, &[("count", &items.len())]));
    flow.gap(4.0);
    let widths = [26.0, 100.0, 56.0, 56.0, 52.0];
    let rest = (flow.area.width - widths.iter().sum::<f32>()) / 2.0;
    let headers = [
        s::EXPORT_COL_SEQ,
        s::EXPORT_COL_ITEM,
        s::FIELD_LEAD_UNIT,
        s::EXPORT_COL_DEADLINE,
        s::FIELD_STATUS,
        s::FIELD_PROBLEMS,
        s::FIELD_NEXT_STEPS,
    ];
    let table = table(lang, &headers, widths.into_iter().chain([rest, rest]));
    // An item late through its tasks is followed by the tasks that are late or blocked.
    let rows: Vec<Vec<Cell>> = items
        .into_iter()
        .flat_map(|st| {
            let item = vec![
                (st.seq.to_string(), None),
                (summary.title(st), None),
                (st.entry.lead_unit.clone(), None),
                summary.deadline_cell(st),
                summary.status_cell(st, input.as_of),
                (st.entry.problems.clone(), None),
                (st.entry.next_steps.clone(), None),
            ];
            let late = st
                .tasks
                .iter()
                .filter(|t| t.overdue || t.entry.status == Status::Blocked)
                .map(|t| task_row(summary, t, input, [t.entry.problems.clone(), t.entry.next_steps.clone()]));
            std::iter::once(item).chain(late).collect::<Vec<_>>()
        })
        .collect();
    flow.table(&table, &rows);
    flow.gap(14.0);
}

fn sources(flow: &mut Flow<'_>, sections: &mut Sections, input: &ExportInput<'_>) {
    let lang = input.lang;
    flow.heading(H1, &sections.next(s::EXPORT_SOURCES_HEADING.get(lang)), 60.0);
    flow.paragraph(BODY, s::EXPORT_SOURCES_NOTE.get(lang));
    let fw = input.framework;
    flow.paragraph(SMALL, names::pick(lang, &fw.classification_note, &fw.classification_note_en));
    flow.gap(4.0);
    for (i, doc) in input.framework.documents.iter().enumerate() {
        let citation = if doc.citation.is_empty() { &doc.title } else { &doc.citation };
        flow.paragraph(Style::new(9.5, Rgb::TEXT), &format!("[{}] {citation}", i + 1));
        flow.gap(2.0);
    }
}

/// The running header (title, region) and footer (as-of date, page n of N) on every page.
fn decorate(pages: &mut [Page], fonts: &Fonts, input: &ExportInput<'_>, title: &str) {
    let total = pages.len();
    let as_of = super::as_of_text(input);
    let (left, right) = (MARGIN_X, A4.0 - MARGIN_X);
    let short = title.replace('\n', "");
    for (i, page) in pages.iter_mut().enumerate() {
        let head_y = MARGIN_Y - 30.0;
        page.text(left, head_y, SMALL, short.as_str());
        page.text_right(fonts, right, head_y, SMALL, input.region);
        page.line((left, head_y + 15.0), (right, head_y + 15.0), Rgb::RULE, 0.5);
        let foot_y = A4.1 - MARGIN_Y + 22.0;
        page.line((left, foot_y - 4.0), (right, foot_y - 4.0), Rgb::RULE, 0.5);
        page.text(left, foot_y, SMALL, as_of.as_str());
        let number = s::EXPORT_PAGE.fill(input.lang, &[("page", &(i + 1)), ("pages", &total)]);
        page.text_right(fonts, right, foot_y, SMALL, &number);
    }
}
