//! The sample data the app opens by default: a selection of the figures of seed 002 chapter 5 (those the
//! catalog's indicators can hold), each with its source, and the illustrative district panel, labelled 示例数据
//! in its name and contents, whose districts add up to the sourced city figures where the two files meet.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::catalog;

use std::path::Path;

use policy_cockpit::domain::framework::PillarId;
use policy_cockpit::domain::metrics::ILLUSTRATIVE_MARK;
use policy_cockpit::io::metrics::{self, Loaded};

const SOURCED: &str = "sample-data/四川巴中_2024-2025_文献数据.csv";
const ILLUSTRATIVE: &str = "sample-data/巴中县区指标_2019-2025_示例数据.csv";
/// The source document of the sourced figures, as plain text.
const SEED_002: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/seeds/002_090f710a03566b90.txt");

fn load(path: &str) -> Loaded {
    metrics::load(Path::new(path), &catalog()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn both_sample_files_load_without_problems_and_every_indicator_is_in_the_catalog() {
    for path in [SOURCED, ILLUSTRATIVE] {
        let l = load(path);
        assert_eq!((l.report.rows_skipped, l.report.problem_count), (0, 0), "{path}");
        assert!(l.report.unmapped.is_empty(), "{path}: {:?}", l.report.unmapped);
    }
}

#[test]
fn the_illustrative_panel_is_labelled_in_its_name_title_and_every_row() {
    assert!(ILLUSTRATIVE.contains(ILLUSTRATIVE_MARK));
    let l = load(ILLUSTRATIVE);
    assert!(l.panel.is_illustrative());
    assert!(l.report.title.as_deref().unwrap().contains(ILLUSTRATIVE_MARK));
    let text = std::fs::read_to_string(ILLUSTRATIVE).unwrap();
    let data_rows: Vec<&str> = text.lines().skip(2).filter(|l| !l.is_empty()).collect();
    assert_eq!(data_rows.len(), 35);
    assert!(data_rows.iter().all(|row| row.contains(ILLUSTRATIVE_MARK)), "every row says 示例数据");
}

#[test]
fn the_illustrative_panel_covers_the_five_districts_seven_years_and_all_four_pillars() {
    let l = load(ILLUSTRATIVE);
    assert_eq!(l.panel.regions(), ["巴州区", "恩阳区", "通江县", "南江县", "平昌县"]);
    assert_eq!(l.panel.years(), (2019..=2025).collect::<Vec<_>>());
    assert!((12..=14).contains(&l.panel.indicators().len()));
    let c = catalog();
    for pillar in PillarId::ALL {
        assert!(l.panel.indicators_for_pillar(&c, pillar).len() >= 2, "{pillar:?}");
    }
}

#[test]
fn the_sourced_figures_are_not_marked_illustrative_and_each_value_has_its_source() {
    let l = load(SOURCED);
    let p = &l.panel;
    assert!(!p.is_illustrative());
    for region in p.region_ids() {
        for indicator in p.indicator_ids() {
            for (year, _) in p.series(region, indicator) {
                let source = p.source(region, year, indicator).unwrap_or_default();
                assert!(source.starts_with("向河铭 2025，第五章"), "{} {year}: {source}", p.indicator(indicator).name);
                assert!(source.contains("：“"), "the source quotes the sentence: {source}");
            }
        }
    }
}

#[test]
fn the_sourced_figures_are_those_of_seed_002_chapter_5() {
    let l = load(SOURCED);
    let p = &l.panel;
    let v = |region: &str, year: i32, indicator: &str| {
        p.value(p.region_id(region).unwrap(), year, p.indicator_id(indicator).unwrap_or_else(|| panic!("{indicator}")))
    };
    let expected = [
        ("巴中市", 2024, "gdp-growth", 6.3),
        ("巴中市", 2024, "industry-va-growth", 13.8),
        ("巴中市", 2024, "new-high-tech-enterprises", 37.0),
        ("巴中市", 2024, "new-high-tech-enterprises-growth", 38.5),
        ("巴中市", 2024, "tech-smes", 362.0),
        ("巴中市", 2024, "tech-smes-growth", 38.1),
        ("巴中市", 2024, "platform-resources", 237.0),
        ("巴中市", 2024, "shared-instruments", 13006.0),
        ("巴中市", 2024, "external-mentors", 1224.0),
        ("巴中市", 2024, "jiebang-projects", 7.0),
        ("巴中市", 2024, "jiebang-rd-leverage", 1200.0),
        ("巴中市", 2024, "enterprise-issues-resolved", 1295.0),
        ("巴中市", 2025, "rd-spending-h1", 4.89),
        ("巴中市", 2025, "new-high-tech-enterprises-growth-h1", 20.0),
        ("四川省", 2024, "new-high-tech-enterprises", 1200.0),
        ("四川省", 2024, "tax-relief", 731.5),
        ("四川省", 2024, "tech-contract-value-growth", 33.6),
        ("四川省", 2024, "high-tech-enterprises", 1.69),
        ("四川省", 2024, "high-tech-enterprises-growth", 15.2),
        ("四川省", 2024, "gazelles", 264.0),
        ("四川省", 2024, "gazelles-growth", 23.4),
        ("四川省", 2024, "hi-tech-zone-gdp", 1.1),
        ("四川省", 2024, "hi-tech-zone-gdp-growth", 7.0),
        ("四川省", 2024, "innovation-rank", 10.0),
    ];
    for (region, year, id, value) in expected {
        assert_eq!(v(region, year, id), Some(value), "{region} {year} {id}");
    }
    let sc = p.region_id("四川省").unwrap();
    let smes: Vec<f64> = p
        .indicator_ids()
        .filter(|&i| p.indicator(i).catalog.as_deref() == Some("tech-smes"))
        .filter_map(|i| p.value(sc, 2024, i))
        .collect();
    assert_eq!(smes, [2.1]);
    let units = |id: &str| p.indicator(p.indicator_id(id).unwrap()).unit.clone();
    assert_eq!(
        (units("high-tech-enterprises"), units("hi-tech-zone-gdp"), units("rd-spending-h1")),
        ("万家".into(), "万亿元".into(), "亿元".into())
    );
}

#[test]
fn undated_and_partial_figures_say_so() {
    let text = std::fs::read_to_string(SOURCED).unwrap();
    let note = |indicator: &str| {
        let row =
            text.lines().find(|l| l.split(',').nth(2) == Some(indicator)).unwrap_or_else(|| panic!("{indicator}"));
        row.rsplit(',').next().unwrap().to_owned()
    };
    for indicator in ["引入平台资源数", "引入仪器设备数", "引入域外创业导师数", "揭榜挂帅项目数"]
    {
        assert!(note(indicator).contains("累计"), "{indicator}: probably cumulative");
    }
    assert!(note("区域创新能力排名").contains("哪一年度"), "the rank's year is not given");
    assert!(note("揭榜挂帅项目预计撬动企业研发投入").contains("预计"));
}

/// Where the two files hold the same indicator, the five districts of the illustrative panel add up to the
/// city's sourced figure in 2024, and a sourced growth rate holds between the district sums of 2023 and 2024.
#[test]
fn the_illustrative_districts_add_up_to_the_sourced_city_figures() {
    let (sourced, illustrative) = (load(SOURCED), load(ILLUSTRATIVE));
    let (s, p) = (&sourced.panel, &illustrative.panel);
    assert_eq!(p.regions(), ["巴州区", "恩阳区", "通江县", "南江县", "平昌县"], "the city's five districts, no total");
    let districts = |catalog_id: &str, year: i32| -> Option<f64> {
        let indicator = p.indicator_ids().find(|&i| p.indicator(i).catalog.as_deref() == Some(catalog_id))?;
        p.region_ids().map(|r| p.value(r, year, indicator)).sum()
    };
    let city = s.region_id("巴中市").unwrap();
    let mut shared = Vec::new();
    for indicator in s.indicator_ids() {
        let (Some(id), Some(figure)) = (s.indicator(indicator).catalog.as_deref(), s.value(city, 2024, indicator))
        else {
            continue;
        };
        if let Some(sum) = districts(id, 2024) {
            assert!((sum - figure).abs() < 1e-9, "{id}: districts add up to {sum}, the city's figure is {figure}");
            shared.push(id);
        }
        let base = id.strip_suffix("-growth").unwrap_or_default();
        if let (Some(before), Some(after)) = (districts(base, 2023), districts(base, 2024)) {
            let growth = (after / before - 1.0) * 100.0;
            assert!((growth - figure).abs() <= 0.1, "{id}: districts grow {growth:.2} %, the city {figure} %");
            shared.push(id);
        }
    }
    shared.sort_unstable();
    assert_eq!(shared, ["gdp-growth", "jiebang-projects", "tech-smes", "tech-smes-growth"]);
}

#[test]
fn every_quoted_sentence_is_in_chapter_5_of_the_seed() {
    let seed = std::fs::read_to_string(SEED_002).unwrap_or_else(|e| panic!("{SEED_002}: {e}"));
    let squeeze = |t: &str| t.split_whitespace().collect::<String>();
    let start = seed.find("第五章 四川及巴中实践的问题与挑战\n\n四川省").unwrap();
    let end = seed.find("第六章 政策建议与实施保障\n\n6.1").unwrap();
    let chapter = squeeze(&seed[start..end]);
    let l = load(SOURCED);
    let p = &l.panel;
    for region in p.region_ids() {
        for indicator in p.indicator_ids() {
            for (year, value) in p.series(region, indicator) {
                let source = p.source(region, year, indicator).unwrap();
                let quote = source.split_once("：“").unwrap().1.strip_suffix('”').unwrap();
                assert!(chapter.contains(&squeeze(quote)), "not in chapter 5: {quote}");
                assert!(squeeze(quote).contains(&value.to_string()), "{value} not in “{quote}”");
            }
        }
    }
}
