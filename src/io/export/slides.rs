//! The PDF slides, 16:9 for the projector: overview, one slide per pillar, overdue and blocked items,
//! key figures. Large type; long lists are cut with a note that the report has the rest.

use crate::domain::framework::Pillar;
use crate::domain::progress::{Light, Status};
use crate::i18n::{Lang, names, strings as s};

use super::pdf::{self, Cell, Fonts, Info, Page, Rgb, Style, Table, TableColumn};
use super::summary::{self, ItemState, Summary};
use super::{ExportError, ExportInput, chart, palette};

/// 16:9 in points (13.33 × 7.5 inches).
pub const SLIDE: (f32, f32) = (960.0, 540.0);
const MARGIN: f32 = 40.0;
const TITLE: Style = Style::new(26.0, Rgb::TEXT).bold();
const SUBTITLE: Style = Style::new(15.0, Rgb::WEAK);
const BODY: Style = Style::new(15.0, Rgb::TEXT);
const LABEL: Style = Style::new(12.0, Rgb::WEAK);
const CELL: Style = Style::new(12.0, Rgb::TEXT);
/// Where a slide's content starts, below its title.
const CONTENT_TOP: f32 = 112.0;
/// Where a slide's content ends, above its footer.
const CONTENT_BOTTOM: f32 = SLIDE.1 - 52.0;

/// The slides' bytes.
pub fn render(input: &ExportInput<'_>) -> Result<super::Rendered, ExportError> {
    let fonts = Fonts::load().ok_or(ExportError::Font)?;
    let summary = Summary::new(input);
    let mut pages = vec![overview(&fonts, input, &summary)];
    for (i, pillar) in input.framework.pillars.iter().enumerate() {
        pages.push(pillar_slide(&fonts, input, &summary, pillar, i));
    }
    pages.push(attention(&fonts, input, &summary));
    pages.push(figures(&fonts, input, &summary));
    decorate(&mut pages, &fonts, input);
    let title = super::report_title(input).replace('\n', "");
    let info = Info { title: &title, language: super::report::language_tag(input.lang) };
    let bytes = pdf::render(&pages, SLIDE, &fonts, &info).map_err(|detail| ExportError::Pdf { detail })?;
    Ok(super::Rendered { bytes, missing_glyphs: fonts.missing() })
}

/// A slide with its title (and an optional line under it) in the given colour.
fn titled(fonts: &Fonts, title: &str, subtitle: &str, color: Rgb) -> Page {
    let mut page = Page::default();
    page.fill(0.0, 0.0, 10.0, SLIDE.1, color);
    let lines = fonts.clamp(title, TITLE.size, SLIDE.0 - 2.0 * MARGIN, 1);
    page.text(MARGIN, 30.0, Style { color, ..TITLE }, lines.concat());
    let sub = fonts.clamp(subtitle, SUBTITLE.size, SLIDE.0 - 2.0 * MARGIN, 1);
    page.text(MARGIN, 72.0, SUBTITLE, sub.concat());
    page
}

fn overview(fonts: &Fonts, input: &ExportInput<'_>, summary: &Summary<'_>) -> Page {
    let lang = input.lang;
    let mut page = Page::default();
    page.fill(0.0, 0.0, SLIDE.0, 8.0, Rgb(0xb7, 0x1c, 0x1c));
    let mut y = 34.0;
    for line in fonts.wrap(&super::report_title(input), TITLE.size, SLIDE.0 - 2.0 * MARGIN) {
        page.text(MARGIN, y, TITLE, line);
        y += TITLE.line_height();
    }
    let label = if input.book.label.is_empty() { String::new() } else { format!(" · {}", input.book.label) };
    let subtitle = format!("{} · {}{label}", input.region, super::as_of_text(input));
    let line = fonts.clamp(&subtitle, SUBTITLE.size, SLIDE.0 - 2.0 * MARGIN, 1).into_iter().next().unwrap_or_default();
    page.text(MARGIN, y + 4.0, SUBTITLE, line);
    let top = y + 44.0;
    let diagram = summary.diagram(input);
    pdf::pillar_diagram(&mut page, fonts, (MARGIN, top, 580.0, 1.25), s::APP_SUBTITLE.get(lang), &diagram);

    let r = &summary.rollups.overall;
    let x = 660.0;
    let mean = summary::percent(r.mean_percent());
    page.text(x, top, Style::new(54.0, Rgb(0xb7, 0x1c, 0x1c)).bold(), mean.as_str());
    page.text(x, top + 80.0, LABEL, s::EXPORT_KPI_MEAN.get(lang));
    let facts = [
        (s::EXPORT_KPI_ITEMS, r.items.to_string(), Rgb::TEXT),
        (
            s::EXPORT_KPI_DONE,
            format!("{}（{}）", r.done(), summary::share(r.share_done())),
            palette::status(Status::Done),
        ),
        (s::EXPORT_KPI_OVERDUE, r.overdue.to_string(), palette::light(Light::Red)),
        (s::STATUS_BLOCKED, r.count(Status::Blocked).to_string(), palette::light(Light::Red)),
    ];
    for (i, (label, value, color)) in facts.iter().enumerate() {
        let fy = top + 112.0 + i as f32 * 34.0;
        page.text(x, fy, BODY, label.get(lang));
        page.text_right(fonts, SLIDE.0 - MARGIN, fy, Style::new(18.0, *color).bold(), value);
    }
    page
}

fn pillar_slide(fonts: &Fonts, input: &ExportInput<'_>, summary: &Summary<'_>, pillar: &Pillar, i: usize) -> Page {
    let lang = input.lang;
    let color = palette::pillar(pillar.id);
    let name = names::pick(lang, &pillar.name, &pillar.name_en);
    let elements: Vec<&str> = pillar.elements.iter().map(|e| names::pick(lang, &e.name, &e.name_en)).collect();
    let title = format!("{}{name}", s::EXPORT_SLIDE_PILLAR.fill(lang, &[("n", &(i + 1))]));
    let mut page = titled(fonts, &title, &elements.join(" · "), color);
    let r = summary.pillar(pillar);

    // Left: the pillar's figures and its elements.
    let x = MARGIN;
    let w = 290.0;
    let mut y = CONTENT_TOP;
    page.text(x, y, Style::new(48.0, color).bold(), summary::percent(r.mean_percent()));
    page.text(x, y + 70.0, LABEL, s::EXPORT_KPI_MEAN.get(lang));
    y += 96.0;
    let done = s::EXPORT_PILLAR_CAPTION
        .fill(lang, &[("done", &r.done()), ("items", &r.items), ("mean", &summary::percent(r.mean_percent()))]);
    page.text(x, y, BODY, done);
    y += BODY.line_height() + 4.0;
    pdf::status_bar(&mut page, [x, y, w, 12.0], &summary::status_parts(&r));
    y += 24.0;
    page.text(x, y, LABEL, s::EXPORT_ELEMENTS.get(lang));
    y += LABEL.line_height() + 2.0;
    for element in &pillar.elements {
        let er = summary.rollups.elements.get(&element.id).copied().unwrap_or_default();
        let label = names::pick(lang, &element.name, &element.name_en);
        page.text(x, y, CELL, fonts.clamp(label, CELL.size, w - 50.0, 1).concat());
        page.text_right(fonts, x + w, y, CELL, &summary::percent(er.mean_percent()));
        y += CELL.line_height();
        pdf::bar(&mut page, [x, y, w, 7.0], er.mean_percent() / 100.0, color);
        y += 16.0;
    }
    page.text(x, y + 4.0, LABEL, s::EXPORT_SLIDE_CLASSIFIED.get(lang));

    // Right: the items that most need attention first.
    let mut items = summary.pillar_items(input, pillar);
    items.sort_by_key(|st| (attention_rank(st), st.entry.percent, st.seq));
    let tx = 360.0;
    page.text(tx, CONTENT_TOP, Style::new(15.0, Rgb::TEXT).bold(), s::EXPORT_SLIDE_FOCUS.get(lang));
    let columns = [
        (s::EXPORT_COL_ITEM, 270.0),
        (s::FIELD_LEAD_UNIT, 110.0),
        (s::FIELD_STATUS, 90.0),
        (s::FIELD_PERCENT, SLIDE.0 - MARGIN - tx - 470.0),
    ];
    let rows = items
        .iter()
        .map(|st| {
            vec![
                (summary.title(st), None),
                (st.entry.lead_unit.clone(), None),
                (
                    summary.status_cell(st, input.as_of).0.lines().next().unwrap_or_default().to_owned(),
                    Some(palette::light(st.light)),
                ),
                (format!("{}%", st.entry.percent), None),
            ]
        })
        .collect::<Vec<_>>();
    table(&mut page, fonts, (tx, CONTENT_TOP + 28.0), &columns, &rows, lang);
    page
}

/// Red before yellow before the rest.
fn attention_rank(st: &ItemState<'_>) -> u8 {
    match st.light {
        Light::Red => 0,
        Light::Yellow => 1,
        Light::Green if st.entry.status != Status::Done => 2,
        Light::Unscheduled => 3,
        Light::Green => 4,
    }
}

/// Rows that fit above the footer, one line per cell, then "n more in the report".
fn table(
    page: &mut Page,
    fonts: &Fonts,
    (x, y): (f32, f32),
    columns: &[(crate::i18n::Text, f32)],
    rows: &[Vec<Cell>],
    lang: Lang,
) {
    let columns = columns.iter().map(|(h, w)| TableColumn { header: h.get(lang).to_owned(), width: *w }).collect();
    let table = Table { columns, body: CELL, head: CELL.bold(), max_lines: Some(1) };
    let mut cy = y + table.draw_header(page, fonts, x, y);
    let row_h = table.row_height(1);
    let fit = ((CONTENT_BOTTOM - cy - LABEL.line_height()) / row_h).floor().max(0.0) as usize;
    let shown = if rows.len() > fit { fit } else { rows.len() };
    for row in &rows[..shown] {
        let wrapped = table.wrap_row(fonts, row);
        cy += table.draw_part(page, x, cy, (row, &wrapped), (0, 1));
    }
    if rows.len() > shown {
        page.text(x, cy + 4.0, LABEL, s::EXPORT_MORE.fill(lang, &[("count", &(rows.len() - shown))]));
    }
}

fn attention(fonts: &Fonts, input: &ExportInput<'_>, summary: &Summary<'_>) -> Page {
    let lang = input.lang;
    let items = summary.attention(input);
    let title = s::EXPORT_ATTENTION_HEADING.get(lang);
    let subtitle = s::EXPORT_SLIDE_ATTENTION_COUNT.fill(lang, &[("count", &items.len())]);
    let mut page = titled(fonts, title, &subtitle, palette::light(Light::Red));
    if items.is_empty() {
        page.text(MARGIN, CONTENT_TOP + 40.0, Style::new(22.0, Rgb::TEXT), s::EXPORT_ATTENTION_NONE.get(lang));
        return page;
    }
    let columns = [
        (s::EXPORT_COL_ITEM, 250.0),
        (s::FIELD_LEAD_UNIT, 110.0),
        (s::EXPORT_COL_DEADLINE, 90.0),
        (s::FIELD_STATUS, 160.0),
        (s::FIELD_PROBLEMS, SLIDE.0 - 2.0 * MARGIN - 610.0),
    ];
    let rows: Vec<Vec<Cell>> = items
        .iter()
        .map(|st| {
            let status = summary.status_cell(st, input.as_of);
            vec![
                (summary.title(st), None),
                (st.entry.lead_unit.clone(), None),
                (st.entry.effective_deadline().map(|d| d.to_string()).unwrap_or_default(), None),
                (status.0.replace('\n', " "), status.1),
                (st.entry.problems.clone(), None),
            ]
        })
        .collect();
    table(&mut page, fonts, (MARGIN, CONTENT_TOP), &columns, &rows, lang);
    page
}

fn figures(fonts: &Fonts, input: &ExportInput<'_>, summary: &Summary<'_>) -> Page {
    let lang = input.lang;
    let mut page = titled(fonts, s::EXPORT_SLIDE_FIGURES.get(lang), &super::as_of_text(input), Rgb(0xb7, 0x1c, 0x1c));
    let r = &summary.rollups.overall;
    let tiles = [
        (s::EXPORT_KPI_ITEMS, r.items.to_string(), Rgb::TEXT),
        (s::EXPORT_KPI_DONE, r.done().to_string(), palette::status(Status::Done)),
        (s::STATUS_IN_PROGRESS, r.count(Status::InProgress).to_string(), palette::status(Status::InProgress)),
        (s::EXPORT_KPI_OVERDUE, r.overdue.to_string(), palette::light(Light::Red)),
        (s::STATUS_BLOCKED, r.count(Status::Blocked).to_string(), palette::light(Light::Red)),
        (s::EXPORT_KPI_MEAN, summary::percent(r.mean_percent()), Rgb(0xb7, 0x1c, 0x1c)),
    ];
    let tile_w = (SLIDE.0 - 2.0 * MARGIN - 5.0 * 14.0) / 6.0;
    for (i, (label, value, color)) in tiles.iter().enumerate() {
        let tx = MARGIN + i as f32 * (tile_w + 14.0);
        page.fill(tx, CONTENT_TOP, tile_w, 96.0, Rgb::SHADE);
        page.text_centred(fonts, tx + tile_w / 2.0, CONTENT_TOP + 14.0, Style::new(34.0, *color).bold(), value);
        page.text_centred(fonts, tx + tile_w / 2.0, CONTENT_TOP + 66.0, LABEL, label.get(lang));
    }

    let top = CONTENT_TOP + 124.0;
    let bars_w = if input.indicators.is_empty() { SLIDE.0 - 2.0 * MARGIN } else { 420.0 };
    page.text(MARGIN, top, Style::new(15.0, Rgb::TEXT).bold(), s::EXPORT_PILLARS_HEADING.get(lang));
    for (i, pillar) in input.framework.pillars.iter().enumerate() {
        let pr = summary.pillar(pillar);
        let y = top + 32.0 + i as f32 * 42.0;
        let name = names::pick(lang, &pillar.name, &pillar.name_en);
        page.text(MARGIN, y, BODY, name);
        let caption = s::EXPORT_PILLAR_CAPTION
            .fill(lang, &[("done", &pr.done()), ("items", &pr.items), ("mean", &summary::percent(pr.mean_percent()))]);
        page.text_right(fonts, MARGIN + bars_w, y, LABEL, &caption);
        pdf::bar(&mut page, [MARGIN, y + 22.0, bars_w, 9.0], pr.mean_percent() / 100.0, palette::pillar(pillar.id));
    }
    if let Some(series) = input.indicators.first() {
        let x = MARGIN + bars_w + 40.0;
        let w = SLIDE.0 - MARGIN - x;
        let name =
            if series.unit.is_empty() { series.name.clone() } else { format!("{}（{}）", series.name, series.unit) };
        page.text(x, top, Style::new(15.0, Rgb::TEXT).bold(), fonts.clamp(&name, 15.0, w, 1).concat());
        chart::line_chart(&mut page, fonts, [x, top + 30.0, w, CONTENT_BOTTOM - top - 30.0], series);
    }
    page
}

/// The as-of date and "n / N" at the foot of every slide.
fn decorate(pages: &mut [Page], fonts: &Fonts, input: &ExportInput<'_>) {
    let total = pages.len();
    let as_of = super::as_of_text(input);
    let style = Style::new(10.0, Rgb::WEAK);
    let y = SLIDE.1 - 30.0;
    for (i, page) in pages.iter_mut().enumerate() {
        page.line((MARGIN, y - 6.0), (SLIDE.0 - MARGIN, y - 6.0), Rgb::RULE, 0.5);
        page.text(MARGIN, y, style, format!("{} · {}", input.region, as_of));
        let number = s::EXPORT_PAGE.fill(input.lang, &[("page", &(i + 1)), ("pages", &total)]);
        page.text_right(fonts, SLIDE.0 - MARGIN, y, style, &number);
    }
}
