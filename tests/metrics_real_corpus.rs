//! Real statistics files nobody here wrote (`tests/data/real/`, sources in its SOURCES.md): yearbook tables,
//! data-portal exports and shared province panels, each read as a person reads it. What a person sees in
//! each file is written down in `tests/data/real/expected.json`; one test per file checks the regions (and
//! which rows are totals or aggregates), the years, the indicators with their units and some values.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::catalog;

use std::path::Path;

use policy_cockpit::domain::metrics::{Panel, RegionKind};
use policy_cockpit::i18n::{Lang, describe_metrics_details, describe_metrics_error, describe_metrics_summary};
use policy_cockpit::io::metrics::{self, LayoutProblem, Loaded, MetricsLoadError};
use serde_json::Value;

const ROOT: &str = "tests/data/real";

/// What a person sees in the file, as written down in expected.json.
fn expected(file: &str) -> Value {
    let all: Vec<Value> =
        serde_json::from_slice(&std::fs::read(Path::new(ROOT).join("expected.json")).unwrap()).unwrap();
    all.into_iter().find(|e| e["file"] == file).unwrap_or_else(|| panic!("{file} is not in expected.json"))
}

fn load(file: &str) -> Loaded {
    metrics::load(&Path::new(ROOT).join(file), &catalog())
        .unwrap_or_else(|e| panic!("{file}: {}", describe_metrics_error(&e, Lang::Zh)))
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect()).unwrap_or_default()
}

fn region(panel: &Panel, name: &str) -> policy_cockpit::domain::metrics::RegionId {
    panel.region_id(name).unwrap_or_else(|| panic!("no region {name} in {:?}", panel.regions()))
}

/// The regions a person counts as places, and the totals and aggregates, each checked for its kind.
fn check_regions(file: &str, e: &Value, panel: &Panel) {
    let places = (0..panel.regions().len())
        .filter(|&r| panel.region_kind(policy_cockpit::domain::metrics::RegionId(r as u32)) == RegionKind::Place)
        .count();
    assert_eq!(places, e["regions_count"].as_u64().unwrap() as usize, "{file}: places among {:?}", panel.regions());
    for name in strings(&e["regions_sample"]) {
        assert_eq!(panel.region_kind(region(panel, &name)), RegionKind::Place, "{file}: {name}");
    }
    for name in strings(&e["totals"]) {
        assert_eq!(panel.region_kind(region(panel, &name)), RegionKind::Total, "{file}: {name}");
    }
    if e["aggregates_are"].is_null() {
        for name in strings(&e["aggregates"]) {
            assert_eq!(panel.region_kind(region(panel, &name)), RegionKind::Aggregate, "{file}: {name}");
        }
    }
}

/// Years: every year with data is there, and no year the file does not have.
fn check_years(file: &str, e: &Value, panel: &Panel) {
    let with_data: Vec<i64> =
        e["years_with_data"].as_array().or(e["years"].as_array()).unwrap().iter().filter_map(Value::as_i64).collect();
    let all: Vec<i64> = e["years"].as_array().unwrap().iter().filter_map(Value::as_i64).collect();
    for y in &with_data {
        assert!(panel.years().contains(&(*y as i32)), "{file}: year {y} missing from {:?}", panel.years());
    }
    for y in panel.years() {
        assert!(all.contains(&i64::from(*y)), "{file}: year {y} is not in the file");
    }
}

/// Indicators named as a person names them, with the unit the table prints.
fn check_indicators(file: &str, e: &Value, panel: &Panel) {
    for ind in e["indicators"].as_array().unwrap() {
        let Some(name) = ind["name"].as_str() else { continue };
        if name.starts_with('(') {
            continue;
        }
        let id = panel
            .indicator_id(name)
            .unwrap_or_else(|| panic!("{file}: no indicator {name} in {:?}", panel.indicator_names()));
        if let Some(unit) = ind["unit"].as_str() {
            assert_eq!(panel.indicator(id).unit, unit, "{file}: unit of {name}");
        }
    }
}

fn check_values(file: &str, e: &Value, panel: &Panel) {
    for s in e["sample_values"].as_array().unwrap() {
        let r = region(panel, s["region"].as_str().unwrap());
        let year = s["year"].as_i64().map_or_else(|| panel.years()[0], |y| y as i32);
        let i = match s["indicator"].as_str() {
            Some(name) => panel.indicator_id(name).unwrap_or_else(|| panic!("{file}: no indicator {name}")),
            None => panel.indicator_ids().next().unwrap(),
        };
        let want = s["value"].as_f64().unwrap();
        let got = panel.value(r, year, i).unwrap_or_else(|| panic!("{file}: no value for {s}"));
        assert!((got - want).abs() <= 1e-9 * want.abs().max(1.0), "{file}: {s} read as {got}");
    }
}

/// The whole check of a file a person reads as a table.
fn reads_as_a_person_reads_it(file: &str) -> Loaded {
    let e = expected(file);
    let loaded = load(file);
    check_regions(file, &e, &loaded.panel);
    check_years(file, &e, &loaded.panel);
    check_indicators(file, &e, &loaded.panel);
    check_values(file, &e, &loaded.panel);
    loaded
}

/// The load report, as `validate` prints it.
fn report(loaded: &Loaded) -> String {
    let mut lines = vec![describe_metrics_summary(loaded, Lang::Zh)];
    lines.extend(describe_metrics_details(loaded, Lang::Zh));
    lines.join("\n")
}

macro_rules! real_files {
    ($($test:ident => $file:literal,)*) => {$(
        #[test]
        fn $test() {
            reads_as_a_person_reads_it($file);
        }
    )*};
}

real_files! {
    yearbook_1_8_rd_intensity_xls => "huhuaping-techme/part01-over_02-spend-intense_raw-2023.xls",
    yearbook_1_8_rd_intensity_xlsx => "huhuaping-techme/part01-over_02-spend-intense_raw-2021.xlsx",
    yearbook_1_7_rd_spending_by_activity => "huhuaping-techme/part01-over_03-spend-inner_01-activity_raw-2023.xls",
    yearbook_1_4_rd_personnel_hours => "huhuaping-techme/part01-over_01-labor-hour_raw-2023.xls",
    yearbook_2_8_firms_with_rd => "huhuaping-techme/part02-firm_00-firms_raw-2023.xls",
    yearbook_2_11_firm_rd_personnel => "huhuaping-techme/part02-firm_01-employee_raw-2023.xls",
    yearbook_2_20_firm_rd_institutions => "huhuaping-techme/part02-firm_06-RD-institution_raw-2023.xls",
    yearbook_2_23_new_products => "huhuaping-techme/part02-firm_07-new-product_raw-2023.xls",
    yearbook_2_26_firm_patents => "huhuaping-techme/part02-firm_08-patent_raw-2023.xls",
    yearbook_5_4_high_tech_industry_rd_with_continued_table => "huhuaping-techme/part05-industry_02-RD_raw-2023.xls",
    yearbook_8_7_patent_applications => "huhuaping-techme/part08-output_01-patent_01-accept_raw-2023.xls",
    yearbook_8_8_patents_granted => "huhuaping-techme/part08-output_01-patent_02-authority_raw-2023.xlsx",
    yearbook_8_9_valid_patents => "huhuaping-techme/part08-output_01-patent_03-valid_raw-2023.xlsx",
    yearbook_8_34_technology_market_contracts => "huhuaping-techme/part08-output_03-teckmarket-pull_raw-type-amount-2023.xls",
    yearbook_8_35_technology_market_funds => "huhuaping-techme/part08-output_03-teckmarket-pull_raw-type-funds-2023.xlsx",
    statistical_yearbook_7_6_budget_spending_over_two_sheets => "huhuaping-techme/nation-yearbook_part07-finance_02-public-budget_raw-2023.xls",
    statistical_yearbook_7_5_budget_revenue => "huhuaping-techme/nation-yearbook_part07-finance_01-public-income_raw-2019.xls",
    rd_bulletin_extract_with_the_year_in_its_file_name => "huhuaping-techme/public-site_nbs-RD-bulletin_02-xls_raw-2023.xlsx",
    portal_csv_gdp => "renjiyi163-panel/分省年度数据.csv",
    portal_csv_employment => "renjiyi163-panel/分省年度数据 (3).csv",
    portal_csv_investment_growth => "renjiyi163-panel/分省年度数据 (5).csv",
    portal_csv_gdp_25_years => "tobby-star-dynamic-datas/分省年度数据.csv",
    portal_csv_population => "1lmq-chinese-railways/分省年度数据.csv",
    portal_xls_gdp => "2020-data-integration/分省年度数据.xls",
    portal_xls_city_gdp => "2020-data-integration/主要城市年度数据.xls",
    portal_csv_one_city_indicators_as_rows => "xiehuiaa-housing-price/主要城市年度数据.csv",
    portal_xls_one_city_indicators_as_rows => "xiehuiaa-housing-price/主要城市年度数据.xls",
    english_province_panel_with_codes => "renjiyi163-panel/panel_stata_ready.csv",
}

#[test]
fn english_panel_with_a_group_column_takes_the_province_as_the_region_and_says_so() {
    let loaded = reads_as_a_person_reads_it("yetian97-birthrate/Economy2.csv");
    assert!(loaded.panel.regions().iter().all(|r| !r.contains("China")), "{:?}", loaded.panel.regions());
    assert!(report(&loaded).contains("Region"), "{}", report(&loaded));
}

#[test]
fn a_portal_export_without_its_indicator_line_takes_the_file_name_and_says_so() {
    let loaded = reads_as_a_person_reads_it("phl43-covid-china/AnnualbyProvince.csv");
    let names = loaded.panel.indicator_names();
    assert_eq!(names, ["AnnualbyProvince"]);
    assert!(report(&loaded).contains("指标名取自文件名"), "{}", report(&loaded));
}

#[test]
fn a_city_list_without_an_indicator_name_takes_the_file_name_and_reads_every_city() {
    let loaded = reads_as_a_person_reads_it("1lmq-chinese-railways/ChinaCities_Swerts.csv");
    assert_eq!(loaded.panel.indicator_names(), ["ChinaCities_Swerts"]);
}

#[test]
fn tables_without_any_year_are_refused_saying_where_a_year_may_be_given() {
    for file in ["yinthan-econ323/province.csv", "yinthan-econ323/regional.csv"] {
        match metrics::load(&Path::new(ROOT).join(file), &catalog()) {
            Err(e @ MetricsLoadError::Layout { problem: LayoutProblem::NoYear, .. }) => {
                let zh = describe_metrics_error(&e, Lang::Zh);
                assert!(zh.contains("年份"), "{zh}");
            }
            other => panic!("{file}: {other:?}"),
        }
    }
}

#[test]
fn bilingual_yearbook_headers_keep_the_chinese_and_note_the_english() {
    let loaded = reads_as_a_person_reads_it("huhuaping-techme/part02-firm_08-patent_raw-2023.xls");
    let text = report(&loaded);
    assert!(text.contains("Region") && text.contains("英文"), "{text}");
    assert!(loaded.panel.indicator_names().iter().all(|n| !n.chars().any(|c| c.is_ascii_lowercase())));
}

#[test]
fn indicators_named_only_in_the_title_say_so() {
    let loaded = reads_as_a_person_reads_it("renjiyi163-panel/分省年度数据.csv");
    assert!(report(&loaded).contains("指标名取自标题"), "{}", report(&loaded));
    let loaded = reads_as_a_person_reads_it("huhuaping-techme/part01-over_02-spend-intense_raw-2023.xls");
    assert!(report(&loaded).contains("指标名取自标题"), "{}", report(&loaded));
}

#[test]
fn a_workbook_with_excel_s_default_password_is_read_and_the_report_says_it_was_protected() {
    let loaded = reads_as_a_person_reads_it("huhuaping-techme/part02-firm_00-firms_raw-2023.xls");
    assert!(report(&loaded).contains("默认密码"), "{}", report(&loaded));
}

/// 北京 in a yearbook and 北京市 in a portal export are one region: asking either file for the other's name finds it.
#[test]
fn province_names_match_across_files_whether_short_full_english_or_coded() {
    use policy_cockpit::domain::metrics::find_region;
    let yearbook = load("huhuaping-techme/part01-over_02-spend-intense_raw-2023.xls");
    let portal = load("renjiyi163-panel/分省年度数据.csv");
    let english = load("yetian97-birthrate/Economy2.csv");
    for (panel, full) in
        [(&yearbook.panel, "内蒙古"), (&portal.panel, "内蒙古自治区"), (&english.panel, "Inner Mongolia")]
    {
        for asked in ["内蒙古", "内蒙古自治区", "Inner Mongolia", "150000"] {
            let found = find_region(panel, asked).unwrap_or_else(|| panic!("{asked} not found"));
            assert_eq!(panel.region_name(found), full, "{asked}");
        }
    }
    assert!(find_region(&portal.panel, "全国").is_none());
}
