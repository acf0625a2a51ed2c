//! The evaluation index in words: the summary, each weight, what was left out, missing values and
//! the small-sample caution — the same sentences on the command line and in the window.

use super::{Lang, Text, describe_dropped_indicator, names, strings as s};
use crate::domain::framework::{Framework, PillarId};
use crate::domain::index::{Evaluation, SMALL_SAMPLE_REGIONS, Stability, UsedIndicator};
use crate::domain::metrics::Direction;

/// "巴中….csv：5 个地区，7 个年份（2019–2025），13 项指标参与评价，权重：熵权法".
pub fn summary(e: &Evaluation, lang: Lang) -> String {
    let (first, last) = (e.years.first().copied().unwrap_or(0), e.years.last().copied().unwrap_or(0));
    s::INDEX_SUMMARY.fill(
        lang,
        &[
            ("title", &e.title),
            ("regions", &e.regions.len()),
            ("years", &e.years.len()),
            ("first", &first),
            ("last", &last),
            ("used", &e.indicators.len()),
            ("method", &names::weight_method(e.method).get(lang)),
        ],
    )
}

/// Which way is good, in words.
pub fn direction(direction: Direction) -> Text {
    match direction {
        Direction::HigherIsBetter => s::INDEX_HIGHER_BETTER,
        Direction::LowerIsBetter => s::INDEX_LOWER_BETTER,
    }
}

/// A pillar's name in the framework, in `lang`.
pub fn pillar_name(framework: &Framework, pillar: PillarId, lang: Lang) -> String {
    framework
        .pillars
        .iter()
        .find(|p| p.id == pillar)
        .map_or_else(|| pillar.as_str().to_owned(), |p| names::pick(lang, &p.name, &p.name_en).to_owned())
}

/// Where an indicator counts: its pillar, or composite only (outcome or not in the catalog).
pub fn counts_for(indicator: &UsedIndicator, framework: &Framework, lang: Lang) -> String {
    match (indicator.pillar, &indicator.catalog) {
        (Some(p), _) => pillar_name(framework, p, lang),
        (None, Some(_)) => s::INDEX_NO_PILLAR.get(lang).to_owned(),
        (None, None) => s::INDEX_UNMAPPED.get(lang).to_owned(),
    }
}

/// The weights, one line each, heaviest first, under a heading.
pub fn weights(e: &Evaluation, framework: &Framework, lang: Lang) -> Vec<String> {
    let method = names::weight_method(e.method).get(lang);
    let mut order: Vec<&UsedIndicator> = e.indicators.iter().collect();
    order.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    let mut out = vec![s::INDEX_WEIGHTS_HEADING.fill(lang, &[("method", &method)])];
    out.extend(order.into_iter().map(|i| {
        s::INDEX_WEIGHT_ROW.fill(
            lang,
            &[
                ("weight", &format!("{:.4}", i.weight)),
                ("name", &i.name),
                ("pillar", &counts_for(i, framework, lang)),
                ("direction", &direction(i.direction).get(lang)),
            ],
        )
    }));
    out
}

/// What the reader must know besides the numbers: indicators left out, missing values, pillars
/// without indicators, the small-sample caution with the leave-one-out check.
pub fn notes(e: &Evaluation, stability: Option<&Stability>, framework: &Framework, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    if e.illustrative {
        out.push(s::METRICS_ILLUSTRATIVE.get(lang).to_owned());
    }
    let assumed: Vec<String> = e
        .indicators
        .iter()
        .filter(|i| i.direction_assumed)
        .map(|i| format!("{}（{}）", i.name, direction(i.direction).get(lang)))
        .collect();
    if !assumed.is_empty() {
        let separator = if lang == Lang::Zh { "、" } else { ", " };
        out.push(s::INDEX_DIRECTIONS_ASSUMED.fill(lang, &[("list", &assumed.join(separator))]));
    }
    if !e.dropped.is_empty() {
        out.push(s::INDEX_DROPPED.fill(lang, &[("count", &e.dropped.len())]));
        out.extend(e.dropped.iter().map(|d| format!("  - {}", describe_dropped_indicator(d, lang))));
    }
    let m = e.missing;
    if m.interpolated + m.left_out > 0 {
        out.push(
            s::INDEX_MISSING
                .fill(lang, &[("interpolated", &m.interpolated), ("left_out", &m.left_out), ("cells", &m.cells)]),
        );
    }
    let missing = e.pillars_without_indicators();
    if !missing.is_empty() {
        let sep = if lang == Lang::Zh { "、" } else { ", " };
        let list: Vec<String> = missing.iter().map(|p| pillar_name(framework, *p, lang)).collect();
        out.push(s::INDEX_PILLARS_MISSING.fill(lang, &[("pillars", &list.join(sep))]));
    }
    if let Some(line) = small_sample(e, lang) {
        out.push(line);
    }
    if let Some(st) = stability {
        out.push(stability_line(e, st, lang));
    }
    out
}

/// The caution for entropy weights on fewer than [`SMALL_SAMPLE_REGIONS`] regions.
pub fn small_sample(e: &Evaluation, lang: Lang) -> Option<String> {
    e.is_small_sample().then(|| {
        s::INDEX_SMALL_SAMPLE.fill(lang, &[("regions", &e.regions.len()), ("threshold", &SMALL_SAMPLE_REGIONS)])
    })
}

/// The leave-one-out check in a sentence.
pub fn stability_line(e: &Evaluation, st: &Stability, lang: Lang) -> String {
    let indicator = e.indicators.get(st.indicator).map_or("", |i| i.name.as_str());
    let region = e.regions.get(st.left_out.0 as usize).map_or("", String::as_str);
    let template = if st.order_changes == 0 { s::INDEX_STABILITY_STEADY } else { s::INDEX_STABILITY };
    template.fill(
        lang,
        &[
            ("points", &format!("{:.1}", st.max_weight_change * 100.0)),
            ("indicator", &indicator),
            ("region", &region),
            ("year", &st.year),
            ("flips", &st.order_changes),
            ("pairs", &st.pairs),
        ],
    )
}
