//! The evaluation index in the PDF report: what was evaluated and how it was weighted, the caution
//! for few regions, the ranking of the newest year with pillar sub-indices and coordination class,
//! the heaviest weights, and the main obstacles of the region the report is about.

use super::ExportInput;
use super::pdf::{Cell, Flow, Rgb, Style, Table, TableColumn};
use crate::domain::framework::PillarId;
use crate::domain::index::Evaluation;
use crate::i18n::evaluation::{self as words, pillar_name};
use crate::i18n::{names, strings as s};

const BODY: Style = Style::new(10.5, Rgb::TEXT);
const SMALL: Style = Style::new(8.5, Rgb::WEAK);
const CELL: Style = Style::new(8.5, Rgb::TEXT);
/// Rows of the ranking printed; a national panel is summarised by its top.
const MAX_ROWS: usize = 30;
/// Weights and obstacles named.
const TOP: usize = 5;

/// Flows the section (its heading is the caller's).
pub fn flow_section(flow: &mut Flow<'_>, input: &ExportInput<'_>, e: &Evaluation) {
    let lang = input.lang;
    flow.paragraph(BODY, &words::summary(e, lang));
    if e.illustrative {
        flow.paragraph(Style::new(10.5, Rgb(0xb2, 0x4a, 0x00)), s::METRICS_ILLUSTRATIVE.get(lang));
    }
    if let Some(caution) = words::small_sample(e, lang) {
        flow.paragraph(SMALL, &caution);
    }
    flow.gap(4.0);
    let Some(year) = e.latest_year() else { return };
    flow.paragraph(BODY.bold(), &s::EVAL_RANKING.fill(lang, &[("year", &year)]));
    flow.gap(2.0);
    flow.table(&ranking_table(input, flow.area.width), &ranking_rows(e, year, lang));
    flow.gap(6.0);
    let mut weights: Vec<_> = e.indicators.iter().collect();
    weights.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let top: Vec<String> = weights.iter().take(TOP).map(|i| format!("{} {:.3}", i.name, i.weight)).collect();
    let method = names::weight_method(e.method).get(lang);
    let (colon, sep) = if lang == crate::i18n::Lang::Zh { ("：", "；") } else { (": ", "; ") };
    let heading = s::EVAL_WEIGHTS_HEADING.fill(lang, &[("method", &method)]);
    flow.paragraph(SMALL, &format!("{heading}{colon}{}", top.join(sep)));
    if let Some(region) = e.region_id(input.region) {
        flow.gap(4.0);
        flow.paragraph(BODY.bold(), &s::EVAL_OBSTACLES.fill(lang, &[("region", &input.region), ("year", &year)]));
        for (rank, o) in e.obstacles(region, year).iter().take(TOP).enumerate() {
            let indicator = &e.indicators[o.indicator];
            let items: Vec<&str> = indicator
                .items
                .iter()
                .map(|id| input.framework.item(id).map_or(id.as_str(), |i| names::pick(lang, &i.title, &i.title_en)))
                .collect();
            let share = format!("{:.1}%", o.degree * 100.0);
            let pillar = words::counts_for(indicator, input.framework, lang);
            let line = s::EVAL_OBSTACLE_ROW.fill(
                lang,
                &[("rank", &(rank + 1)), ("name", &indicator.name), ("share", &share), ("pillar", &pillar)],
            );
            flow.paragraph(BODY, &line);
            if !items.is_empty() {
                flow.paragraph(SMALL, &format!("    {}{}", s::EVAL_ITEMS.get(lang), items.join(sep)));
            }
        }
    }
    flow.gap(4.0);
    flow.paragraph(SMALL, &s::EXPORT_EVAL_METHOD.fill(lang, &[("method", &method)]));
    flow.gap(14.0);
}

fn ranking_table(input: &ExportInput<'_>, width: f32) -> Table {
    let lang = input.lang;
    let mut headers: Vec<String> =
        [s::INDEX_COL_RANK, s::INDEX_COL_REGION, s::INDEX_COL_SCORE].iter().map(|t| t.get(lang).to_owned()).collect();
    headers.extend(PillarId::ALL.iter().map(|p| pillar_name(input.framework, *p, lang)));
    headers.extend(["D".to_owned(), s::INDEX_COL_CLASS.get(lang).to_owned()]);
    let fixed = [28.0, 70.0, 44.0, 44.0, 44.0, 44.0, 44.0, 36.0];
    let rest = width - fixed.iter().sum::<f32>();
    let columns = headers
        .into_iter()
        .zip(fixed.into_iter().chain([rest]))
        .map(|(header, width)| TableColumn { header, width })
        .collect();
    Table { columns, body: CELL, head: CELL.bold(), max_lines: Some(1) }
}

fn ranking_rows(e: &Evaluation, year: i32, lang: crate::i18n::Lang) -> Vec<Vec<Cell>> {
    let number = |v: Option<f64>| (v.map_or_else(|| "—".to_owned(), |v| format!("{v:.3}")), None);
    e.ranking(year)
        .into_iter()
        .take(MAX_ROWS)
        .map(|(region, scored)| {
            let mut row: Vec<Cell> = vec![
                (scored.rank.to_string(), None),
                (e.regions[region.0 as usize].clone(), None),
                (format!("{:.4}", scored.score), None),
            ];
            row.extend(scored.pillars.iter().map(|p| number(*p)));
            row.push(number(scored.coupling.map(|k| k.d)));
            let class = scored.coupling.map(|k| names::coordination_class(k.class).get(lang).to_owned());
            row.push((class.unwrap_or_default(), None));
            row
        })
        .collect()
}
