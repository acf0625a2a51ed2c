//! The evaluation index against small examples worked by hand (the arithmetic is written out, the
//! same numbers as docs/evaluation-index.md), its properties, and the sample data's five counties.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use policy_cockpit::domain::framework::PillarId;
use policy_cockpit::domain::index::{
    self, CoordinationClass, DropReason, ExpertWeights, IndexError, Options, SMALL_SAMPLE_REGIONS, WeightMethod,
    Weighting,
};
use policy_cockpit::domain::metrics::{
    CATALOG_SCHEMA_VERSION, Catalog, CatalogIndicator, Direction, Observation, Panel, PanelBuilder,
};
use policy_cockpit::i18n::Lang;
use policy_cockpit::io::framework_file;
use policy_cockpit::io::metrics::{self, catalog_file};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn entry(id: &str, direction: Direction, pillar: Option<PillarId>) -> CatalogIndicator {
    CatalogIndicator {
        id: id.into(),
        name: id.into(),
        direction,
        pillar,
        items: vec![format!("item-{id}")],
        ..CatalogIndicator::default()
    }
}

/// A catalog of indicators named a–e: a higher-is-better in 基础支撑, b lower-is-better in 关键载体,
/// c in 重要手段, d in 核心要素, e an outcome without a pillar.
fn catalog() -> Catalog {
    Catalog {
        schema_version: CATALOG_SCHEMA_VERSION,
        indicators: vec![
            entry("a", Direction::HigherIsBetter, Some(PillarId::Foundation)),
            entry("b", Direction::LowerIsBetter, Some(PillarId::Carrier)),
            entry("c", Direction::HigherIsBetter, Some(PillarId::Means)),
            entry("d", Direction::HigherIsBetter, Some(PillarId::Core)),
            entry("e", Direction::HigherIsBetter, None),
        ],
        ..Catalog::default()
    }
}

/// A panel of `(region, year, indicator, value)` rows, linked to `catalog`.
fn panel(rows: &[(&str, i32, &str, Option<f64>)], catalog: &Catalog) -> Panel {
    let mut b = PanelBuilder::new("test");
    for (n, &(region, year, indicator, value)) in rows.iter().enumerate() {
        let region = b.region(region);
        let (indicator, _) = b.indicator(indicator, "");
        b.push(Observation { region, year, indicator, value, source: None, origin: n as u32 });
    }
    let (mut panel, _) = b.build();
    panel.link_catalog(catalog);
    panel
}

/// The worked example of the docs: three counties, one year, a (higher is better) and b (lower is
/// better, e.g. a rank).
fn worked_example() -> Panel {
    let rows = [
        ("甲", 2025, "a", Some(10.0)),
        ("乙", 2025, "a", Some(20.0)),
        ("丙", 2025, "a", Some(30.0)),
        ("甲", 2025, "b", Some(1.0)),
        ("乙", 2025, "b", Some(3.0)),
        ("丙", 2025, "b", Some(2.0)),
    ];
    panel(&rows, &catalog())
}

fn entropy() -> Options {
    Options::default()
}

#[test]
fn the_worked_example_scores_ranks_and_weights_as_computed_by_hand() {
    let p = worked_example();
    let e = index::evaluate(&p, &catalog(), &entropy()).unwrap();
    // Scaling, z = 0.01 + 0.99 × (x − min) / (max − min), reversed for b:
    //   a: (10, 20, 30) → (0, 0.5, 1) → (0.01, 0.505, 1)
    //   b: (1, 3, 2), lower is better: (3 − x) / 2 → (1, 0, 0.5) → (1, 0.01, 0.505)
    let z = |k: usize, r: &str| e.scaled(k, e.region_id(r).unwrap(), 2025).unwrap();
    assert!(close(z(0, "甲"), 0.01) && close(z(0, "乙"), 0.505) && close(z(0, "丙"), 1.0));
    assert!(close(z(1, "甲"), 1.0) && close(z(1, "乙"), 0.01) && close(z(1, "丙"), 0.505));
    // Entropy: both columns hold the values {0.01, 0.505, 1}, so e_a = e_b and the weights are equal.
    let p_a: [f64; 3] = [0.01 / 1.515, 0.505 / 1.515, 1.0 / 1.515];
    let e_a = -p_a.iter().map(|p| p * p.ln()).sum::<f64>() / 3f64.ln();
    assert!(e_a < 1.0, "a spread column has entropy below 1: {e_a}");
    assert!(close(e.indicators[0].weight, 0.5) && close(e.indicators[1].weight, 0.5));
    // TOPSIS with w = 0.5: ideal (1, 1), anti-ideal (0.01, 0.01).
    //   甲 (0.01, 1):    D⁺ = 0.5 × 0.99 = 0.495,                D⁻ = 0.495            → 0.5
    //   乙 (0.505, 0.01): D⁺ = 0.5 × √(0.495² + 0.99²),         D⁻ = 0.5 × 0.495
    //   丙 (1, 0.505):    D⁺ = 0.5 × 0.495,                     D⁻ = 0.5 × √(0.99² + 0.495²)
    let long = 0.5 * (0.495f64.powi(2) + 0.99f64.powi(2)).sqrt(); // 0.553430…
    let short = 0.5 * 0.495; // 0.2475
    let score = |r: &str| e.get(e.region_id(r).unwrap(), 2025).copied().unwrap();
    assert!(close(score("甲").score, 0.5));
    assert!(close(score("乙").score, short / (long + short)), "{}", score("乙").score); // 0.3090
    assert!(close(score("丙").score, long / (short + long)), "{}", score("丙").score); // 0.6910
    let order: Vec<&str> = e.ranking(2025).iter().map(|(r, _)| e.regions[r.0 as usize].as_str()).collect();
    assert_eq!(order, ["丙", "甲", "乙"]);
    assert_eq!((score("丙").rank, score("乙").rank, score("乙").ranked), (1, 3, 3));
    // Pillar sub-indices: one indicator each, so U = z; means and core have no indicator.
    assert!(close(score("乙").pillars[0].unwrap(), 0.505) && close(score("乙").pillars[1].unwrap(), 0.01));
    assert_eq!((score("乙").pillars[2], score("乙").coupling), (None, None));
    assert_eq!(e.pillars_without_indicators(), [PillarId::Means, PillarId::Core]);
}

#[test]
fn obstacles_of_the_worked_example_are_shares_of_the_weighted_gap() {
    let e = index::evaluate(&worked_example(), &catalog(), &entropy()).unwrap();
    // 乙: gaps w(1 − z): a 0.5 × 0.495 = 0.2475, b 0.5 × 0.99 = 0.495 → b 2/3, a 1/3.
    let o = e.obstacles(e.region_id("乙").unwrap(), 2025);
    assert_eq!((e.indicators[o[0].indicator].name.as_str(), e.indicators[o[1].indicator].name.as_str()), ("b", "a"));
    assert!(close(o[0].degree, 2.0 / 3.0) && close(o[1].degree, 1.0 / 3.0));
    assert!(close(o[0].deviation, 0.99));
    // 甲 is the best on b (z = 1): a carries the whole gap.
    let o = e.obstacles(e.region_id("甲").unwrap(), 2025);
    assert!(close(o[0].degree, 1.0) && close(o[1].degree, 0.0));
    let by_pillar = e.pillar_obstacles(e.region_id("乙").unwrap(), 2025);
    assert_eq!(by_pillar[0].0, Some(PillarId::Carrier));
    assert_eq!(e.indicators[o[0].indicator].items, ["item-a"], "obstacles link to the items that address them");
}

#[test]
fn the_corrected_coupling_of_four_pillars_matches_the_hand_computation() {
    // U = (0.2, 0.4, 0.6, 0.8).
    // Pair gaps: 0.2 + 0.4 + 0.6 + 0.2 + 0.4 + 0.2 = 2.0; Σ_{m=1}^{3} m = 6 → 1 − 2/6 = 2/3.
    // Ratios to the largest: 0.25 × 0.5 × 0.75 × 1 = 0.09375 → ^(1/3) = 0.4543.
    // C = √(2/3 × 0.4543) = 0.5503; T = 0.5; D = √(C × T) = 0.5246 → 勉强协调 (0.5, 0.6].
    let k = index::coupling(&[0.2, 0.4, 0.6, 0.8]).unwrap();
    let c = (2.0 / 3.0 * 0.09375f64.powf(1.0 / 3.0)).sqrt();
    assert!(close(k.c, c), "{} vs {c}", k.c);
    assert!(close(k.t, 0.5) && close(k.d, (c * 0.5).sqrt()));
    assert!((k.c - 0.5503).abs() < 1e-4 && (k.d - 0.5246).abs() < 1e-4);
    assert_eq!(k.class, CoordinationClass::BarelyCoordinated);
}

#[test]
fn a_gap_inside_a_series_is_interpolated_and_one_before_the_first_value_is_left_out() {
    // 甲 has a for 2023 and 2025 (2024 missing inside → (10 + 30) / 2 = 20); 乙 starts in 2024.
    let rows = [
        ("甲", 2023, "a", Some(10.0)),
        ("甲", 2024, "a", None),
        ("甲", 2025, "a", Some(30.0)),
        ("乙", 2023, "a", None),
        ("乙", 2024, "a", Some(15.0)),
        ("乙", 2025, "a", Some(25.0)),
        ("甲", 2023, "e", Some(1.0)),
        ("甲", 2024, "e", Some(2.0)),
        ("甲", 2025, "e", Some(3.0)),
        ("乙", 2023, "e", Some(2.0)),
        ("乙", 2024, "e", Some(3.0)),
        ("乙", 2025, "e", Some(1.0)),
    ];
    let cat = catalog();
    let e = index::evaluate(&panel(&rows, &cat), &cat, &entropy()).unwrap();
    assert_eq!((e.missing.interpolated, e.missing.left_out, e.missing.cells), (1, 1, 12));
    let jia = e.region_id("甲").unwrap();
    // Interpolated 20 on the pooled range 10–30 → 0.01 + 0.99 × 0.5.
    assert!(close(e.scaled(0, jia, 2024).unwrap(), 0.505));
    let yi_2023 = e.get(e.region_id("乙").unwrap(), 2023).unwrap();
    // Only e is left for 乙 in 2023: its coverage is e's weight, and it is still scored.
    assert!(close(yi_2023.coverage, e.indicators[1].weight));
    assert!(yi_2023.coverage < 1.0 && yi_2023.score.is_finite());
}

#[test]
fn weights_sum_to_one_and_scores_lie_in_the_unit_interval_for_every_method() {
    let p = pseudo_random_panel(12, 6);
    let cat = catalog();
    let expert = ExpertWeights { weights: vec![("a".into(), 3.0), ("b".into(), 1.0), ("d".into(), 2.0)] };
    for weighting in [Weighting::Entropy, Weighting::Equal, Weighting::Expert(expert)] {
        let e = index::evaluate(&p, &cat, &Options { weighting: weighting.clone(), ..Options::default() }).unwrap();
        let sum: f64 = e.indicators.iter().map(|i| i.weight).sum();
        assert!(close(sum, 1.0), "{weighting:?}: {sum}");
        for r in 0..e.regions.len() {
            for (_, s) in e.series(policy_cockpit::domain::metrics::RegionId(r as u32)) {
                assert!((0.0..=1.0).contains(&s.score), "{weighting:?}: {}", s.score);
                for u in s.pillars.iter().flatten() {
                    assert!((index::SHIFT..=1.0).contains(u));
                }
                if let Some(k) = s.coupling {
                    assert!((0.0..=1.0).contains(&k.c) && (0.0..=1.0).contains(&k.d));
                }
            }
        }
    }
}

#[test]
fn expert_weights_are_scaled_to_sum_to_one_and_unnamed_indicators_are_left_out() {
    let p = pseudo_random_panel(12, 6);
    let expert = ExpertWeights { weights: vec![("a".into(), 3.0), ("b".into(), 1.0)] };
    let e = index::evaluate(&p, &catalog(), &Options { weighting: Weighting::Expert(expert), ..Options::default() })
        .unwrap();
    assert_eq!(e.method, WeightMethod::Expert);
    let w: Vec<(&str, f64)> = e.indicators.iter().map(|i| (i.name.as_str(), i.weight)).collect();
    assert_eq!(w.len(), 2);
    assert!(w[0].0 == "a" && close(w[0].1, 0.75) && close(w[1].1, 0.25), "{w:?}");
    assert!(e.dropped.iter().all(|d| d.reason == DropReason::NotWeighted));
    assert_eq!(e.dropped.len(), 3);
}

#[test]
fn expert_weights_naming_an_unknown_indicator_or_a_negative_weight_are_refused() {
    let p = pseudo_random_panel(4, 2);
    let unknown = ExpertWeights { weights: vec![("a".into(), 1.0), ("专利数".into(), 1.0)] };
    let err = index::evaluate(&p, &catalog(), &Options { weighting: Weighting::Expert(unknown), ..Options::default() })
        .unwrap_err();
    assert_eq!(err, IndexError::UnknownWeightKeys { keys: vec!["专利数".into()] });
    let negative = ExpertWeights { weights: vec![("a".into(), -1.0)] };
    let err =
        index::evaluate(&p, &catalog(), &Options { weighting: Weighting::Expert(negative), ..Options::default() })
            .unwrap_err();
    assert!(matches!(err, IndexError::BadWeight { .. }));
}

#[test]
fn a_region_that_dominates_on_every_indicator_ranks_first_every_year() {
    let mut rows = pseudo_random_rows(10, 5);
    // 冠 is at least as good as every region on every indicator (b is lower-is-better: it takes the minimum).
    for year in 2021..=2025 {
        for ind in ["a", "b", "c", "d", "e"] {
            let values = rows.iter().filter(|r| r.1 == year && r.2 == ind).filter_map(|r| r.3);
            let best = if ind == "b" { values.fold(f64::INFINITY, f64::min) } else { values.fold(0.0, f64::max) };
            rows.push(("冠", year, ind, Some(best)));
        }
    }
    let cat = catalog();
    let p = panel(&rows, &cat);
    for weighting in [Weighting::Entropy, Weighting::Equal] {
        let e = index::evaluate(&p, &cat, &Options { weighting, ..Options::default() }).unwrap();
        for year in 2021..=2025 {
            assert_eq!(e.get(e.region_id("冠").unwrap(), year).unwrap().rank, 1, "{year}");
        }
    }
}

#[test]
fn reversing_an_indicators_direction_reverses_its_effect() {
    // One indicator only: higher-is-better ranks regions in exactly the opposite order of lower-is-better.
    let rows: Vec<_> = pseudo_random_rows(8, 1).into_iter().filter(|r| r.2 == "b").collect();
    let mut higher = catalog();
    higher.indicators[1].direction = Direction::HigherIsBetter;
    let ranks = |cat: &Catalog| {
        let e = index::evaluate(&panel(&rows, cat), cat, &entropy()).unwrap();
        e.ranking(2025).iter().map(|(r, _)| r.0).collect::<Vec<_>>()
    };
    let mut reversed = ranks(&catalog());
    reversed.reverse();
    assert_eq!(ranks(&higher), reversed);
    // With all indicators: b read as lower-is-better gives the same scores as −b read as higher-is-better.
    let rows = pseudo_random_rows(8, 3);
    let negated: Vec<_> =
        rows.iter().map(|&(r, y, i, v)| (r, y, i, if i == "b" { v.map(|v| -v) } else { v })).collect();
    let lower = index::evaluate(&panel(&rows, &catalog()), &catalog(), &entropy()).unwrap();
    let flipped = index::evaluate(&panel(&negated, &higher), &higher, &entropy()).unwrap();
    for (a, b) in lower.ranking(2025).iter().zip(flipped.ranking(2025).iter()) {
        assert_eq!(a.0, b.0);
        assert!(close(a.1.score, b.1.score));
    }
}

#[test]
fn one_region_is_refused_and_an_indicator_without_variance_is_dropped_and_reported() {
    let cat = catalog();
    let one = panel(&[("巴州区", 2025, "a", Some(1.0)), ("巴州区", 2024, "a", Some(2.0))], &cat);
    let err = index::evaluate(&one, &cat, &entropy()).unwrap_err();
    assert_eq!(err, IndexError::TooFewRegions { found: 1, region: Some("巴州区".into()) });
    let mut rows = pseudo_random_rows(5, 2);
    rows.retain(|r| r.2 != "c");
    rows.extend([("县01", 2025, "c", Some(7.0)), ("县02", 2025, "c", Some(7.0))]);
    let e = index::evaluate(&panel(&rows, &cat), &cat, &entropy()).unwrap();
    assert_eq!(e.dropped.len(), 1);
    assert_eq!((e.dropped[0].name.as_str(), e.dropped[0].reason), ("c", DropReason::NoVariance { value: 7.0 }));
    assert!(e.indicators.iter().all(|i| i.name != "c"));
    let flat = panel(&[("甲", 2025, "a", Some(1.0)), ("乙", 2025, "a", Some(1.0))], &cat);
    assert!(matches!(index::evaluate(&flat, &cat, &entropy()), Err(IndexError::NoUsableIndicator { .. })));
}

#[test]
fn an_indicator_the_catalog_lacks_counts_as_higher_is_better_in_no_pillar() {
    let rows = [
        ("甲", 2025, "专利数", Some(1.0)),
        ("乙", 2025, "专利数", Some(5.0)),
        ("甲", 2025, "a", Some(2.0)),
        ("乙", 2025, "a", Some(1.0)),
    ];
    let cat = catalog();
    let e = index::evaluate(&panel(&rows, &cat), &cat, &entropy()).unwrap();
    let unmapped: Vec<&str> = e.unmapped().map(|i| i.name.as_str()).collect();
    assert_eq!(unmapped, ["专利数"]);
    assert_eq!((e.indicators[0].direction, e.indicators[0].pillar), (Direction::HigherIsBetter, None));
    let yi = e.get(e.region_id("乙").unwrap(), 2025).unwrap();
    assert!(close(yi.pillars[0].unwrap(), 0.01), "基础支撑 is a alone");
}

#[test]
fn the_sample_counties_get_scores_pillars_classes_and_obstacles() {
    let framework = framework_file::embedded().unwrap();
    let cat = catalog_file::embedded(&framework).unwrap();
    let loaded = metrics::load(Path::new("sample-data/巴中县区指标_2019-2025_示例数据.csv"), &cat).unwrap();
    let e = index::evaluate(&loaded.panel, &cat, &entropy()).unwrap();
    assert_eq!(e.regions.len(), 5);
    assert!(e.illustrative && e.is_small_sample() && e.regions.len() < SMALL_SAMPLE_REGIONS);
    assert!(e.dropped.is_empty() && e.pillars_without_indicators().is_empty());
    assert!(e.missing.left_out > 0, "揭榜挂帅 and others start after 2019");
    for year in 2019..=2025 {
        let ranking = e.ranking(year);
        assert_eq!(ranking.len(), 5, "{year}");
        for (region, s) in ranking {
            assert!(s.pillars.iter().all(Option::is_some), "{year}");
            let k = s.coupling.unwrap();
            assert_eq!(k.class, CoordinationClass::of(k.d));
            // Only the ideal itself (best on every indicator) has no obstacle.
            assert_eq!(e.obstacles(region, year).is_empty(), s.score == 1.0, "{year}");
        }
    }
    // The city's centre leads in 2025 on this illustrative data, and its trend rises.
    let bz = e.region_id("巴州区").unwrap();
    assert_eq!(e.get(bz, 2025).unwrap().rank, 1);
    let trend = e.series(bz);
    assert!(trend.last().unwrap().1.score > trend.first().unwrap().1.score);
    let top = e.obstacles(e.region_id("恩阳区").unwrap(), 2025);
    assert!(
        top.iter()
            .take(3)
            .all(|o| !e.indicators[o.indicator].items.is_empty() || e.indicators[o.indicator].pillar.is_none())
    );
    let check = index::stability(&loaded.panel, &e).unwrap();
    assert_eq!(check.pairs, 6, "four remaining counties make six pairs");
    assert!(check.max_weight_change > 0.0 && check.max_weight_change < 1.0);
}

/// Rows of a deterministic panel: `regions` counties 县01…, years 2021…2025 (the last `years`), the
/// five indicators a–e, about 5 % of cells missing.
fn pseudo_random_rows(regions: usize, years: i32) -> Vec<(&'static str, i32, &'static str, Option<f64>)> {
    const NAMES: [&str; 12] =
        ["县01", "县02", "县03", "县04", "县05", "县06", "县07", "县08", "县09", "县10", "县11", "县12"];
    let mut n: u64 = 7;
    let mut rows = Vec::new();
    for region in NAMES.iter().take(regions) {
        for year in 2026 - years..=2025 {
            for ind in ["a", "b", "c", "d", "e"] {
                n = n.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                let value = (n >> 33) as f64 / 1e6;
                rows.push((*region, year, ind, (!n.is_multiple_of(20) || year == 2025).then_some(value)));
            }
        }
    }
    rows
}

fn pseudo_random_panel(regions: usize, years: i32) -> Panel {
    panel(&pseudo_random_rows(regions, years), &catalog())
}

/// A yearbook table with a 全市 row (tests/data/metrics/yearbook-group-header.xlsx): the total is not a place to
/// rank, so the index covers the five counties only.
#[test]
fn a_total_row_is_left_out_of_the_index() {
    let fw = framework_file::embedded().unwrap();
    let catalog = catalog_file::embedded(&fw).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/metrics/yearbook-group-header.xlsx");
    let loaded = metrics::load(&path, &catalog).unwrap();
    assert!(loaded.panel.regions().iter().any(|r| r == "全市"), "the file has a total row");
    let e = policy_cockpit::domain::index::evaluate(&loaded.panel, &catalog, &Options::default()).unwrap();
    assert_eq!(e.regions.len(), 5, "{:?}", e.regions);
    assert!(!e.regions.iter().any(|r| r == "全市"));
}

/// Found by fuzzing: the leave-one-out check took the total row as a region while the index had left it
/// out, and indexed past its arrays ("the len is N but the index is N").
#[test]
fn the_stability_check_leaves_out_total_rows_as_the_index_does() {
    let catalog = catalog();
    let mut rows = pseudo_random_rows(4, 3);
    let totals: Vec<_> =
        rows.iter().filter(|r| r.0 == "县01").map(|r| ("全市", r.1, r.2, r.3.map(|v| v * 4.0))).collect();
    rows.splice(0..0, totals);
    let panel = panel(&rows, &catalog);
    assert!(panel.regions().iter().any(|r| r == "全市"));
    let e = index::evaluate(&panel, &catalog, &Options::default()).unwrap();
    assert_eq!(e.regions.len(), 4);
    let check = index::stability(&panel, &e).expect("four places are checked");
    assert_eq!(check.pairs, 3, "three remaining counties make three pairs");
}

/// An indicator the catalog does not list is no longer simply "higher is better": its name decides (能耗, 排放,
/// 失业 … are worse when higher), the guess is marked, and a direction chosen by the user wins.
#[test]
fn directions_of_unknown_indicators_come_from_their_names_and_a_choice_overrides_them() {
    let catalog = catalog_file::embedded(&framework_file::embedded().unwrap()).unwrap();
    let rows = [
        ("甲", 2025, "单位GDP能耗", Some(0.4)),
        ("乙", 2025, "单位GDP能耗", Some(0.8)),
        ("丙", 2025, "单位GDP能耗", Some(0.6)),
        ("甲", 2025, "专精特新企业数量", Some(10.0)),
        ("乙", 2025, "专精特新企业数量", Some(20.0)),
        ("丙", 2025, "专精特新企业数量", Some(30.0)),
    ];
    let p = panel(&rows, &catalog);
    let e = index::evaluate(&p, &catalog, &Options::default()).unwrap();
    let energy = e.indicators.iter().find(|i| i.name == "单位GDP能耗").unwrap();
    assert_eq!((energy.direction, energy.direction_assumed), (Direction::LowerIsBetter, true));
    let firms = e.indicators.iter().find(|i| i.name == "专精特新企业数量").unwrap();
    assert_eq!((firms.direction, firms.direction_assumed), (Direction::HigherIsBetter, true));
    let notes = policy_cockpit::i18n::evaluation::notes(&e, None, &framework_file::embedded().unwrap(), Lang::Zh);
    assert!(notes.iter().any(|n| n.contains("按名称推测") && n.contains("单位GDP能耗（越小越好）")), "{notes:?}");
    let mut chosen = Options::default();
    chosen.directions.insert("单位GDP能耗".into(), Direction::HigherIsBetter);
    let e = index::evaluate(&p, &catalog, &chosen).unwrap();
    let energy = e.indicators.iter().find(|i| i.name == "单位GDP能耗").unwrap();
    assert_eq!((energy.direction, energy.direction_assumed), (Direction::HigherIsBetter, false));
}
