//! The evaluation index as CSV, written like the ledger (UTF-8 with a BOM so Excel reads the
//! Chinese, CRLF, formula-like text behind an apostrophe): one row per region and year, ordered by
//! year and rank, with score, rank, the pillar sub-indices, coupling C, development T, coordination D,
//! its class, and the share of the weight the region-year has values for.

use std::path::Path;

use super::csv::push_line;
use super::{BOM, ExportError};
use crate::domain::framework::{Framework, PillarId};
use crate::domain::index::{Evaluation, Scored};
use crate::domain::metrics::RegionId;
use crate::i18n::evaluation::pillar_name;
use crate::i18n::{Lang, names, strings as s};
use crate::io::atomic_file::write_atomic;

/// The file's bytes and its number of data rows; `year` keeps one year only.
pub fn render(evaluation: &Evaluation, framework: &Framework, lang: Lang, year: Option<i32>) -> (Vec<u8>, usize) {
    let mut out = String::from(BOM);
    let mut header: Vec<String> = [s::INDEX_COL_REGION, s::INDEX_COL_YEAR, s::INDEX_COL_SCORE, s::INDEX_COL_RANK]
        .iter()
        .map(|t| t.get(lang).to_owned())
        .collect();
    header.extend(PillarId::ALL.iter().map(|p| pillar_name(framework, *p, lang)));
    header.extend(
        [s::INDEX_COL_C, s::INDEX_COL_T, s::INDEX_COL_D, s::INDEX_COL_CLASS, s::INDEX_COL_COVERAGE]
            .iter()
            .map(|t| t.get(lang).to_owned()),
    );
    push_line(&mut out, header.into_iter());
    let mut rows = 0;
    for &y in evaluation.years.iter().filter(|y| year.is_none_or(|wanted| wanted == **y)) {
        let ranked = evaluation.ranking(y);
        let unscored = (0..evaluation.regions.len() as u32)
            .map(RegionId)
            .filter(|r| evaluation.get(*r, y).is_none())
            .map(|r| (r, None));
        for (region, scored) in ranked.into_iter().map(|(r, s)| (r, Some(s))).chain(unscored) {
            push_line(&mut out, row(&evaluation.regions[region.0 as usize], y, scored, lang).into_iter());
            rows += 1;
        }
    }
    (out.into_bytes(), rows)
}

/// Renders and writes the file whole (a temporary file beside it, then renamed).
pub fn export(
    evaluation: &Evaluation,
    framework: &Framework,
    lang: Lang,
    year: Option<i32>,
    out: &Path,
) -> Result<usize, ExportError> {
    let (bytes, rows) = render(evaluation, framework, lang, year);
    write_atomic(out, &bytes).map_err(|source| ExportError::Write { path: out.to_owned(), source })?;
    Ok(rows)
}

fn row(region: &str, year: i32, scored: Option<&Scored>, lang: Lang) -> Vec<String> {
    let number = |v: Option<f64>| v.map(|v| format!("{v:.4}")).unwrap_or_default();
    let mut fields = vec![region.to_owned(), year.to_string()];
    let Some(s) = scored else {
        fields.resize(4 + PillarId::ALL.len() + 5, String::new());
        return fields;
    };
    fields.push(number(Some(s.score)));
    fields.push(s.rank.to_string());
    fields.extend(s.pillars.iter().map(|p| number(*p)));
    let k = s.coupling;
    fields.push(number(k.map(|k| k.c)));
    fields.push(number(k.map(|k| k.t)));
    fields.push(number(k.map(|k| k.d)));
    fields.push(k.map(|k| names::coordination_class(k.class).get(lang).to_owned()).unwrap_or_default());
    fields.push(number(Some(s.coverage)));
    fields
}
