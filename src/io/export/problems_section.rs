//! The problems (问题/短板) the documents diagnose, in the PDF report: each in the document's words with its
//! source, and how far the items that answer it have got in the county's record.

use super::ExportInput;
use super::pdf::{Cell, Flow, Rgb, Style, Table, TableColumn};
use super::summary::Summary;
use crate::domain::framework::LinkBasis;
use crate::domain::progress::remedies::remedy_rollup;
use crate::domain::progress::{Entry, Standing};
use crate::i18n::{names, strings as s};

const SMALL: Style = Style::new(8.5, Rgb::WEAK);
const CELL: Style = Style::new(8.5, Rgb::TEXT);
/// Characters of a problem's quote printed; the window shows it whole.
const QUOTE_CHARS: usize = 90;

/// Flows the section (its heading is the caller's).
pub fn flow_section(flow: &mut Flow<'_>, input: &ExportInput<'_>, summary: &Summary<'_>) {
    let lang = input.lang;
    let fw = input.framework;
    flow.paragraph(SMALL, s::EXPORT_PROBLEMS_NOTE.get(lang));
    flow.gap(4.0);
    let widths = [22.0, 150.0, 70.0];
    let headers = [s::EXPORT_COL_SEQ, s::EXPORT_COL_PROBLEM, s::EXPORT_COL_PROBLEM_SOURCE];
    let rest = flow.area.width - widths.iter().sum::<f32>();
    let mut columns: Vec<TableColumn> =
        headers.iter().zip(widths).map(|(h, width)| TableColumn { header: h.get(lang).to_owned(), width }).collect();
    columns.push(TableColumn { header: s::EXPORT_COL_REMEDIES.get(lang).to_owned(), width: rest });
    let table = Table { columns, body: CELL, head: CELL.bold(), max_lines: None };
    // The county's own problems first, in its words; then the documents'.
    let local = input.book.local_problems().map(|(id, e)| Row {
        title: e.title.clone(),
        quote: e.note.clone(),
        source: s::LOCAL_PROBLEM_KIND.fill(lang, &[("id", &id)]),
        remedies: e.parents.clone(),
        stated: None,
    });
    let documents = fw.problems.iter().map(|p| Row {
        title: names::pick(lang, &p.title, &p.title_en).to_owned(),
        quote: p.quote.clone(),
        source: fw.cite(&p.source),
        remedies: p.remedies.iter().map(|r| r.item.clone()).collect(),
        stated: Some(p.remedies.iter().filter(|r| r.basis == LinkBasis::Stated).count()),
    });
    let rows: Vec<Vec<Cell>> = local
        .chain(documents)
        .enumerate()
        .map(|(i, row)| {
            let remedies = row.remedies.iter().filter_map(|item| {
                let st = summary.items.iter().find(|st| st.item.id == *item)?;
                let standing = Standing {
                    status: st.entry.status,
                    percent: st.entry.percent,
                    light: st.light,
                    overdue: st.overdue,
                };
                Some((&st.entry, standing))
            });
            let rollup = remedy_rollup(remedies.collect::<Vec<(&Entry, Standing)>>());
            let mut words =
                s::PROBLEM_REMEDIES_LINE.fill(lang, &[("count", &row.remedies.len()), ("adopted", &rollup.adopted)]);
            if let Some(percent) = rollup.percent {
                words.push_str(&format!(
                    " · {} · {}",
                    s::PROBLEM_PERCENT.fill(lang, &[("percent", &percent)]),
                    names::light(rollup.worst).get(lang)
                ));
            }
            if let Some(stated) = row.stated {
                words.push('\n');
                words.push_str(
                    &s::EXPORT_REMEDY_BASIS
                        .fill(lang, &[("stated", &stated), ("editorial", &(row.remedies.len() - stated))]),
                );
            }
            let text = if row.quote.trim().is_empty() {
                row.title
            } else {
                format!("{}\n“{}”", row.title, shortened(&row.quote))
            };
            vec![
                ((i + 1).to_string(), None),
                (text, None),
                (row.source, None),
                (words, rollup.percent.map(|_| super::palette::light(rollup.worst))),
            ]
        })
        .collect();
    flow.table(&table, &rows);
    flow.gap(14.0);
}

/// One problem as the table shows it.
struct Row {
    title: String,
    /// The document's words, or the county's description.
    quote: String,
    source: String,
    /// Item ids.
    remedies: Vec<String>,
    /// How many links the document states (`None` for the county's own problems: all are its own).
    stated: Option<usize>,
}

/// The quote cut at [`QUOTE_CHARS`] with “…”.
fn shortened(quote: &str) -> String {
    match quote.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{}…", &quote[..at]),
        None => quote.to_owned(),
    }
}
