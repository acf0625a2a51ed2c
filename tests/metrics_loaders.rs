//! The metrics loaders on files like those officials receive (`tests/data/metrics/`, made by
//! `examples/make_metrics_data.rs`): each encoding, layout and yearbook quirk, with exact outcomes.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::catalog;

use std::path::{Path, PathBuf};

use policy_cockpit::domain::framework::PillarId;
use policy_cockpit::i18n::{Lang, describe_metrics_error};
use policy_cockpit::io::metrics::{
    self, ColumnRole, FileFormat, Layout, LayoutProblem, Loaded, MetricsLoadError, RowProblem, RowProblemKind as K,
    TextEncoding,
};

fn data(name: &str) -> PathBuf {
    Path::new("tests/data/metrics").join(name)
}

fn load(name: &str) -> Loaded {
    metrics::load(&data(name), &catalog()).unwrap_or_else(|e| panic!("{e}"))
}

fn fail(name: &str) -> MetricsLoadError {
    match metrics::load(&data(name), &catalog()) {
        Ok(_) => panic!("{name} should not load"),
        Err(e) => e,
    }
}

fn value(loaded: &Loaded, region: &str, year: i32, indicator: &str) -> Option<f64> {
    let p = &loaded.panel;
    p.value(p.region_id(region).unwrap(), year, p.indicator_id(indicator).unwrap())
}

#[test]
fn a_gbk_csv_is_detected_and_read_with_chinese_headers_of_other_wording() {
    let l = load("gbk-long.csv");
    assert_eq!(
        (l.report.format, l.report.encoding, l.report.layout),
        (FileFormat::Csv, Some(TextEncoding::Gb18030), Layout::Long)
    );
    assert_eq!(l.panel.regions(), ["巴州区", "恩阳区"]);
    assert_eq!(l.panel.years(), [2023, 2024]);
    assert_eq!(value(&l, "巴州区", 2024, "技术合同成交额"), Some(2.9));
    assert_eq!(value(&l, "恩阳区", 2023, "技术合同成交额"), None);
    assert_eq!((l.report.rows_read, l.report.rows_skipped, l.report.missing), (9, 0, 1));
    let tech = l.panel.indicator(l.panel.indicator_id("技术合同成交额").unwrap());
    assert_eq!((tech.unit.as_str(), tech.catalog.as_deref()), ("亿元", Some("tech-contract-value")));
}

#[test]
fn unmapped_indicators_are_kept_and_listed() {
    let l = load("gbk-long.csv");
    assert_eq!(l.report.unmapped, ["社会消费品零售总额"]);
    let retail = l.panel.indicator_id("社会消费品零售总额").unwrap();
    assert_eq!(l.panel.indicator(retail).catalog, None);
    assert_eq!(value(&l, "巴州区", 2024, "社会消费品零售总额"), Some(168.3));
    assert_eq!(l.panel.unmapped().collect::<Vec<_>>(), [retail]);
}

#[test]
fn a_utf8_csv_with_bom_and_one_column_per_year_is_read() {
    let l = load("by-year.csv");
    assert_eq!((l.report.encoding, l.report.layout), (Some(TextEncoding::Utf8Bom), Layout::WideByYear));
    assert_eq!(l.panel.years(), [2021, 2022, 2023, 2024]);
    let staff = l.panel.indicator_id("研发人员数").unwrap();
    let bz = l.panel.region_id("巴州区").unwrap();
    assert_eq!(l.panel.series(bz, staff), [(2021, 1102.0), (2022, 1180.0), (2023, 1236.0), (2024, 1310.0)]);
    assert_eq!(l.panel.indicator(staff).unit, "人");
    assert_eq!(value(&l, "恩阳区", 2023, "研发人员数"), None, "“…” is missing");
    assert_eq!((l.report.rows_read, l.report.values, l.report.missing), (4, 15, 1));
}

#[test]
fn a_yearbook_workbook_is_read_through_its_title_merged_headers_and_footnotes() {
    let l = load("yearbook-2024.xlsx");
    let r = &l.report;
    assert_eq!((r.format, r.layout, r.sheet.as_deref()), (FileFormat::Xlsx, Layout::WideByIndicator, Some("表3-12")));
    assert_eq!(r.title.as_deref(), Some("表3-12  巴中市各县（区）科技活动主要指标（2024年）"));
    assert_eq!((r.header_row, r.year_from_title), (4, Some(2024)));
    assert_eq!(l.panel.regions(), ["全市", "巴州区", "恩阳区", "通江县", "南江县", "平昌县"]);
    let names: Vec<(&str, &str)> = l.panel.indicators().iter().map(|i| (i.name.as_str(), i.unit.as_str())).collect();
    assert_eq!(
        names,
        [
            ("R&D经费支出", "亿元"),
            ("科学技术支出", "万元"),
            ("高新技术企业数", "家"),
            ("科技型中小企业数", "家"),
            ("技术合同成交额", "亿元")
        ]
    );
    assert_eq!(r.footnotes.len(), 3);
    assert!(r.footnotes[0].starts_with("注：1."));
    assert_eq!((r.rows_read, r.rows_skipped, r.values, r.missing), (6, 0, 25, 4));
}

#[test]
fn yearbook_numbers_as_text_with_separators_and_missing_marks_are_read() {
    let l = load("yearbook-2024.xlsx");
    assert_eq!(value(&l, "全市", 2024, "科学技术支出"), Some(12345.0), "“12,345” stored as text");
    assert_eq!(value(&l, "巴州区", 2024, "高新技术企业数"), Some(31.0), "“31” stored as text");
    assert_eq!(value(&l, "南江县", 2024, "R&D经费支出"), Some(1.66));
    assert_eq!(value(&l, "恩阳区", 2024, "科学技术支出"), None, "—");
    assert_eq!(value(&l, "恩阳区", 2024, "技术合同成交额"), None, "…");
    assert_eq!(value(&l, "通江县", 2024, "科技型中小企业数"), None, "-");
    assert_eq!(value(&l, "平昌县", 2024, "技术合同成交额"), None, "blank");
}

#[test]
fn a_bad_value_in_a_yearbook_is_reported_with_its_row_and_column() {
    let l = load("yearbook-2024.xlsx");
    let expected = RowProblem {
        row: 9,
        column: Some("科技型中小企业数（家）".into()),
        kind: K::NotANumber { value: "约60".into() },
    };
    assert_eq!(l.report.problems, [expected]);
    assert_eq!(value(&l, "南江县", 2024, "高新技术企业数"), Some(17.0), "the rest of the row is kept");
}

#[test]
fn an_xls_yearbook_is_read_like_the_xlsx_one() {
    let l = load("yearbook-2024.xls");
    assert_eq!(
        (l.report.format, l.report.layout, l.report.year_from_title),
        (FileFormat::Xls, Layout::WideByIndicator, Some(2024))
    );
    assert_eq!(l.panel.regions(), ["巴州区", "恩阳区", "通江县"]);
    assert_eq!(value(&l, "通江县", 2024, "科学技术支出"), Some(2650.0));
    assert_eq!(value(&l, "通江县", 2024, "R&D经费支出"), Some(1.87));
    assert_eq!((l.report.values, l.report.missing, l.report.footnotes.len()), (7, 2, 1));
}

#[test]
fn a_parquet_file_with_typed_columns_and_english_headers_is_read() {
    let l = load("panel.parquet");
    assert_eq!((l.report.format, l.report.layout, l.report.encoding), (FileFormat::Parquet, Layout::Long, None));
    assert_eq!(value(&l, "巴州区", 2024, "R&D经费投入"), Some(3.12));
    assert_eq!(value(&l, "通江县", 2024, "R&D经费投入"), None);
    let rd = l.panel.indicator(l.panel.indicator_id("R&D经费投入").unwrap());
    assert_eq!((rd.unit.as_str(), rd.catalog.as_deref()), ("亿元", Some("rd-spending")));
    assert_eq!((l.report.rows_read, l.report.values, l.report.missing), (5, 4, 1));
}

#[test]
fn a_parquet_file_with_categorical_text_columns_is_read() {
    let l = load("categorical.parquet");
    assert_eq!((l.report.layout, l.report.rows_read, l.report.values, l.report.missing), (Layout::Long, 4, 3, 1));
    assert_eq!(value(&l, "恩阳区", 2023, "高新技术企业数"), Some(9.0));
    assert_eq!(l.panel.regions(), ["巴州区", "恩阳区"]);
}

#[test]
fn bad_rows_are_reported_with_row_column_and_reason_and_the_good_ones_kept() {
    let l = load("bad-rows.csv");
    let kinds: Vec<(usize, Option<&str>, &K)> =
        l.report.problems.iter().map(|p| (p.row, p.column.as_deref(), &p.kind)).collect();
    assert_eq!(
        kinds,
        [
            (3, Some("地区"), &K::NoRegion),
            (4, Some("年份"), &K::BadYear { value: "2024H1".into() }),
            (5, Some("数值"), &K::NotANumber { value: "约17".into() }),
            (6, None, &K::Duplicate { first_row: 2, same_value: false, indicator: "高新技术企业数".into() }),
            (7, None, &K::Duplicate { first_row: 2, same_value: true, indicator: "高新技术企业数".into() }),
            (8, Some("单位"), &K::UnitConflict { unit: "万家".into(), first_unit: "家".into() }),
            (9, Some("指标"), &K::NoIndicator),
        ]
    );
    assert_eq!((l.report.rows_read, l.report.rows_skipped, l.report.values), (9, 7, 2));
    assert_eq!(value(&l, "巴州区", 2024, "高新技术企业数"), Some(31.0), "the first of the duplicates is kept");
    assert_eq!(value(&l, "恩阳区", 2024, "高新技术企业数"), Some(12.0));
}

#[test]
fn a_csv_cut_off_mid_row_keeps_the_complete_rows_and_names_the_broken_one() {
    let l = load("truncated.csv");
    assert_eq!((l.report.rows_read, l.report.rows_skipped), (2, 1));
    assert_eq!(
        l.report.problems,
        [RowProblem { row: 3, column: Some("年份".into()), kind: K::BadYear { value: "20".into() } }]
    );
}

#[test]
fn a_file_without_a_region_column_says_what_it_found_and_what_it_expects() {
    let e = fail("no-region.csv");
    match &e {
        MetricsLoadError::Layout { row: 1, found, problem: LayoutProblem::NoRegionColumn, .. } => {
            assert_eq!(found, &["年份", "指标", "数值"]);
        }
        other => panic!("{other:?}"),
    }
    let zh = describe_metrics_error(&e, Lang::Zh);
    assert!(
        zh.contains("no-region.csv") && zh.contains("第 1 行") && zh.contains("“年份”") && zh.contains("地区"),
        "{zh}"
    );
    let en = describe_metrics_error(&e, Lang::En);
    assert!(en.contains("row 1") && en.contains("no column names a region"), "{en}");
}

#[test]
fn an_ambiguous_layout_names_both_readings() {
    let e = fail("ambiguous.csv");
    assert!(
        matches!(&e, MetricsLoadError::Layout { problem: LayoutProblem::ValueAndYearColumns { years }, .. } if years == &["2023", "2024"]),
        "{e:?}"
    );
    let zh = describe_metrics_error(&e, Lang::Zh);
    assert!(zh.contains("每行一个数值") && zh.contains("每个年份一列") && zh.contains("2023、2024"), "{zh}");
}

#[test]
fn two_region_columns_are_ambiguous() {
    let e =
        metrics::load_bytes("地区,区县,年份,GDP\n巴州区,巴州区,2024,1\n".as_bytes(), Path::new("two.csv"), &catalog())
            .unwrap_err();
    assert!(
        matches!(&e, MetricsLoadError::Layout { problem: LayoutProblem::Ambiguous { role: ColumnRole::Region, columns }, .. } if columns == &["地区", "区县"]),
        "{e:?}"
    );
}

#[test]
fn empty_header_only_binary_undecodable_and_truncated_files_are_refused_with_their_reason() {
    assert!(matches!(fail("empty.csv"), MetricsLoadError::Empty { .. }));
    assert!(matches!(fail("header-only.csv"), MetricsLoadError::NoDataRows { header_row: 1, .. }));
    assert!(matches!(fail("picture.csv"), MetricsLoadError::Binary { .. }));
    assert!(matches!(fail("bad-encoding.csv"), MetricsLoadError::Encoding { offset: 29, .. }));
    assert!(matches!(fail("truncated.xlsx"), MetricsLoadError::Malformed { format: FileFormat::Xlsx, .. }));
}

#[test]
fn a_file_where_no_row_is_usable_lists_the_first_problems() {
    let csv = "地区,年份,指标,数值\n巴州区,去年,GDP,1\n恩阳区,2024,GDP,很多\n";
    match metrics::load_bytes(csv.as_bytes(), Path::new("bad.csv"), &catalog()).unwrap_err() {
        MetricsLoadError::NothingUsable { rows_read: 2, problems, .. } => {
            assert_eq!(problems.iter().map(|p| p.row).collect::<Vec<_>>(), [2, 3]);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_workbook_renamed_csv_is_read_as_a_workbook() {
    let bytes = std::fs::read(data("yearbook-2024.xlsx")).unwrap();
    let l = metrics::load_bytes(&bytes, Path::new("renamed.csv"), &catalog()).unwrap();
    assert_eq!(l.report.format, FileFormat::Xlsx);
}

#[test]
fn loading_never_changes_the_file() {
    for name in ["gbk-long.csv", "yearbook-2024.xlsx", "bad-rows.csv", "truncated.xlsx"] {
        let before = std::fs::read(data(name)).unwrap();
        let _ = metrics::load(&data(name), &catalog());
        assert_eq!(std::fs::read(data(name)).unwrap(), before, "{name}");
    }
}

#[test]
fn indicators_are_found_by_pillar_and_framework_item() {
    let l = load("yearbook-2024.xlsx");
    let c = catalog();
    let names = |ids: Vec<_>| ids.into_iter().map(|i| l.panel.indicator(i).name.clone()).collect::<Vec<_>>();
    assert_eq!(names(l.panel.indicators_for_pillar(&c, PillarId::Carrier)), ["高新技术企业数", "科技型中小企业数"]);
    assert_eq!(names(l.panel.indicators_for_pillar(&c, PillarId::Means)), ["技术合同成交额"]);
    assert_eq!(names(l.panel.indicators_for_item(&c, "bz-6.1.7")), ["R&D经费支出", "科学技术支出"]);
}

#[test]
fn long_and_wide_files_of_the_same_values_give_the_same_panel() {
    let long = "region,year,indicator,value\nA县,2024,高新技术企业数(家),3\nA县,2024,技术合同成交额(亿元),1.5\nB县,2024,高新技术企业数(家),\nB县,2024,技术合同成交额(亿元),2\n";
    let wide = "region,year,高新技术企业数(家),技术合同成交额(亿元)\nA县,2024,3,1.5\nB县,2024,,2\n";
    let a = metrics::load_bytes(long.as_bytes(), Path::new("long.csv"), &catalog()).unwrap();
    let b = metrics::load_bytes(wide.as_bytes(), Path::new("wide.csv"), &catalog()).unwrap();
    assert_eq!((a.report.layout, b.report.layout), (Layout::Long, Layout::WideByIndicator));
    assert_eq!(a.panel.indicators(), b.panel.indicators());
    for region in ["A县", "B县"] {
        for indicator in ["高新技术企业数", "技术合同成交额"] {
            assert_eq!(value(&a, region, 2024, indicator), value(&b, region, 2024, indicator), "{region} {indicator}");
        }
    }
}

/// A yearbook table (made with openpyxl, as a statistics bureau's export would be) whose "R&D经费" header is merged
/// over two sub-headers, with a total row "全  市" and "…" for unknown values.
#[test]
fn a_group_header_is_joined_to_its_sub_headers_when_that_makes_a_name_the_catalog_knows() {
    let loaded = load("yearbook-group-header.xlsx");
    let p = &loaded.panel;
    let names: Vec<&str> = p.indicators().iter().map(|i| i.name.as_str()).collect();
    assert!(names.contains(&"R&D经费内部支出"), "{names:?}");
    assert!(names.contains(&"R&D经费投入强度"), "{names:?}");
    assert_eq!(p.unmapped().count(), 0, "every column is in the catalog: {names:?}");
    assert_eq!(value(&loaded, "通江县", 2023, "rd-intensity"), Some(0.68));
    assert_eq!(value(&loaded, "巴州区", 2023, "rd-spending"), Some(27900.0));
    assert_eq!(p.indicator(p.indicator_id("rd-spending").unwrap()).unit, "万元", "the file's unit is kept");
    let totals: Vec<&String> =
        p.regions().iter().filter(|r| policy_cockpit::domain::metrics::is_total_region(r)).collect();
    assert_eq!(totals, ["全市"], "the total row is recognisable");
}

#[test]
fn a_cancelled_read_stops_with_its_own_message_and_a_read_through_progress_counts_the_whole_file() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/巴中县区指标_2019-2025_示例数据.csv");
    let progress = policy_cockpit::io::load_progress::LoadProgress::new();
    let loaded = policy_cockpit::io::metrics::load_with(&path, &catalog(), &progress).unwrap();
    assert!(!loaded.panel.regions().is_empty());
    assert_eq!(progress.fraction(), Some(1.0), "the whole file was read through the counter");

    let cancelled = policy_cockpit::io::load_progress::LoadProgress::new();
    cancelled.cancel();
    let err = policy_cockpit::io::metrics::load_with(&path, &catalog(), &cancelled).unwrap_err();
    assert!(matches!(err, MetricsLoadError::Cancelled { .. }), "{err:?}");
    assert!(describe_metrics_error(&err, Lang::Zh).contains("已取消读取"));
}

#[test]
fn a_parquet_page_header_claiming_more_values_than_its_rows_is_refused_before_polars_reserves_them() {
    // Its data page claims 2^61 values; polars-parquet 0.55.2 reserved a bitmap of that size and aborted.
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/fuzz-regressions/metrics-parquet-abort-0d3059c6bc48.parquet");
    match metrics::load(&path, &catalog()) {
        Err(MetricsLoadError::Malformed { format: FileFormat::Parquet, detail, .. }) => {
            assert!(detail.contains("claims"), "{detail}");
        }
        other => panic!("expected a refusal of the damaged page, got {other:?}"),
    }
}

#[test]
fn a_real_parquet_file_with_list_columns_is_not_taken_for_a_damaged_page_header() {
    // apache/parquet-testing's list_columns.parquet: 3 rows whose list pages hold 6 and more values, as lists do.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/real/parquet-testing/list_columns.parquet");
    if let Err(MetricsLoadError::Malformed { detail, .. }) = metrics::load(&path, &catalog()) {
        assert!(!detail.contains("claims"), "{detail}");
    }
}
