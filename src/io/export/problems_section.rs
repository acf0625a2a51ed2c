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
    let rows: Vec<Vec<Cell>> = fw
        .problems
        .iter()
        .enumerate()
        .map(|(i, problem)| {
            let remedies = problem.remedies.iter().filter_map(|r| {
                let st = summary.items.iter().find(|st| st.item.id == r.item)?;
                let standing = Standing {
                    status: st.entry.status,
                    percent: st.entry.percent,
                    light: st.light,
                    overdue: st.overdue,
                };
                Some((&st.entry, standing))
            });
            let rollup = remedy_rollup(remedies.collect::<Vec<(&Entry, Standing)>>());
            let stated = problem.remedies.iter().filter(|r| r.basis == LinkBasis::Stated).count();
            let mut words =
                s::PROBLEM_REMEDIES_LINE.fill(lang, &[("count", &rollup.remedies), ("adopted", &rollup.adopted)]);
            if let Some(percent) = rollup.percent {
                words.push_str(&format!(
                    " · {} · {}",
                    s::PROBLEM_PERCENT.fill(lang, &[("percent", &percent)]),
                    names::light(rollup.worst).get(lang)
                ));
            }
            words.push('\n');
            words.push_str(
                &s::EXPORT_REMEDY_BASIS
                    .fill(lang, &[("stated", &stated), ("editorial", &(problem.remedies.len() - stated))]),
            );
            let title = names::pick(lang, &problem.title, &problem.title_en);
            vec![
                ((i + 1).to_string(), None),
                (format!("{title}\n“{}”", shortened(&problem.quote)), None),
                (fw.cite(&problem.source), None),
                (words, rollup.percent.map(|_| super::palette::light(rollup.worst))),
            ]
        })
        .collect();
    flow.table(&table, &rows);
    flow.gap(14.0);
}

/// The quote cut at [`QUOTE_CHARS`] with “…”.
fn shortened(quote: &str) -> String {
    match quote.char_indices().nth(QUOTE_CHARS) {
        Some((at, _)) => format!("{}…", &quote[..at]),
        None => quote.to_owned(),
    }
}
