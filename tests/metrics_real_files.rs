//! The metrics loaders on quirks of real files a QA pass found: percent-formatted cells, dates in the year
//! column, full-width years, units written in cells, code and province columns, footnote marks in headers,
//! one-region tables. Workbooks are made in the test with rust_xlsxwriter; CSV is written out inline.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::catalog;

use std::path::Path;

use policy_cockpit::io::metrics::{self, Loaded, MetricsLoadError, RowProblemKind as K};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

fn try_load(name: &str, bytes: &[u8]) -> Result<Loaded, MetricsLoadError> {
    metrics::load_bytes(bytes, Path::new(name), &catalog())
}

fn load(name: &str, bytes: &[u8]) -> Loaded {
    try_load(name, bytes).unwrap_or_else(|e| panic!("{e}"))
}

fn xlsx(fill: impl FnOnce(&mut Worksheet)) -> Vec<u8> {
    let mut book = Workbook::new();
    fill(book.add_worksheet());
    book.save_to_buffer().unwrap()
}

fn value(loaded: &Loaded, region: &str, year: i32, indicator: &str) -> Option<f64> {
    let p = &loaded.panel;
    let r = p.region_id(region).unwrap_or_else(|| panic!("no region {region} in {:?}", p.regions()));
    let i = p.indicator_id(indicator).unwrap_or_else(|| panic!("no indicator {indicator}"));
    p.value(r, year, i)
}

#[test]
fn a_cell_formatted_as_percent_is_read_in_percent_where_the_indicator_is_one() {
    let bytes = xlsx(|ws| {
        let pct = Format::new().set_num_format("0.0%");
        for (c, h) in
            ["地区", "年份", "财政科技支出占比（%）", "研发投入强度", "地区生产总值（亿元）"].iter().enumerate()
        {
            ws.write(0, c as u16, *h).unwrap();
        }
        ws.write(1, 0, "通江县").unwrap();
        ws.write(1, 1, 2023).unwrap();
        ws.write_with_format(1, 2, 0.013, &pct).unwrap();
        ws.write_with_format(1, 3, 0.0085, &pct).unwrap();
        // A percent format on an indicator in 亿元 is a slip of formatting, not a percent.
        ws.write_with_format(1, 4, 215.4, &pct).unwrap();
    });
    let l = load("percent.xlsx", &bytes);
    assert!((value(&l, "通江县", 2023, "财政科技支出占比").unwrap() - 1.3).abs() < 1e-9);
    assert!((value(&l, "通江县", 2023, "研发投入强度").unwrap() - 0.85).abs() < 1e-9);
    assert_eq!(value(&l, "通江县", 2023, "地区生产总值"), Some(215.4));
}

#[test]
fn dates_and_excel_serials_in_the_year_column_give_their_year() {
    let bytes = xlsx(|ws| {
        let yyyy = Format::new().set_num_format("yyyy");
        ws.write(0, 0, "行政区划").unwrap();
        ws.write(0, 1, "年份").unwrap();
        ws.write(0, 2, "地区生产总值（亿元）").unwrap();
        ws.write(1, 0, "巴州区").unwrap();
        ws.write_datetime_with_format(1, 1, ExcelDateTime::from_ymd(2022, 12, 31).unwrap(), &yyyy).unwrap();
        ws.write(1, 2, 612.3).unwrap();
        ws.write(2, 0, "巴州区").unwrap();
        ws.write(2, 1, 45291).unwrap();
        ws.write(2, 2, 650.1).unwrap();
        ws.write(3, 0, "巴州区").unwrap();
        ws.write(3, 1, "2021-12-31").unwrap();
        ws.write(3, 2, 600.0).unwrap();
    });
    let l = load("dates.xlsx", &bytes);
    assert_eq!(l.panel.years(), [2021, 2022, 2023]);
    assert_eq!(value(&l, "巴州区", 2022, "地区生产总值"), Some(612.3));
    assert_eq!(value(&l, "巴州区", 2023, "地区生产总值"), Some(650.1));
    assert_eq!(l.report.rows_skipped, 0);
}

#[test]
fn full_width_years_are_read() {
    let csv = "地区,年份,国家高新技术企业数（家）,R&D经费投入强度（%）\n通江县,２０２３,１２,０．８５％\n巴州区,２０２２年,３５,１．０５％\n";
    let l = load("fullwidth.csv", csv.as_bytes());
    assert_eq!(l.panel.years(), [2022, 2023]);
    assert_eq!(value(&l, "通江县", 2023, "国家高新技术企业数"), Some(12.0));
    assert_eq!(value(&l, "巴州区", 2022, "R&D经费投入强度"), Some(1.05));
}

#[test]
fn numbers_written_with_the_columns_unit_are_read_and_counts_agree() {
    let csv = "地区,年份,国家高新技术企业数,R&D经费投入,科技型中小企业数（家）\n\
               通江县,2023,12家,1.88亿元,约60\n通江县,2022,9家,1.61亿元,55\n巴州区,2022,3家,16万元,5个\n";
    let l = load("units.csv", csv.as_bytes());
    assert_eq!(value(&l, "通江县", 2023, "国家高新技术企业数"), Some(12.0));
    assert_eq!(value(&l, "通江县", 2022, "R&D经费投入"), Some(1.61));
    let rd = l.panel.indicator(l.panel.indicator_id("R&D经费投入").unwrap());
    assert_eq!(rd.unit, "亿元", "the unit the cells are written in");
    // 16万元 is not in the column's 亿元, 5个 not in its 家: those are reported, not read.
    assert_eq!(value(&l, "巴州区", 2022, "R&D经费投入"), None);
    let bad: Vec<(usize, &str)> = l
        .report
        .problems
        .iter()
        .filter_map(|p| match &p.kind {
            K::NotANumber { value } => Some((p.row, value.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(bad, [(2, "约60"), (4, "16万元"), (4, "5个")]);
    assert_eq!((l.report.rows_read, l.report.rows_skipped), (3, 0));
}

#[test]
fn code_province_and_city_columns_tell_same_named_counties_apart_and_are_not_indicators() {
    let csv = "行政区划代码,省份,地市,区县,年份,地区生产总值（亿元）\n\
               320106,江苏省,南京市,鼓楼区,2023,2000.1\n350102,福建省,福州市,鼓楼区,2023,1500.2\n\
               320302,江苏省,徐州市,鼓楼区,2023,600.3\n511921,四川省,巴中市,通江县,2023,215.4\n\
               511921,四川省,巴中市,通　江　县,2023,215.5\n";
    let l = load("codes.csv", csv.as_bytes());
    assert_eq!(l.panel.regions(), ["鼓楼区（南京市）", "鼓楼区（福州市）", "鼓楼区（徐州市）", "通江县"]);
    assert_eq!(value(&l, "鼓楼区（福州市）", 2023, "地区生产总值"), Some(1500.2));
    assert_eq!(l.panel.indicators().len(), 1);
    assert_eq!(l.report.region_key_columns, ["地市", "省份", "行政区划代码"]);
    assert!(l.report.unmapped.is_empty());
    // The repeated 通江县 row says which indicator it repeats.
    let dup = l.report.problems.iter().find(|p| matches!(p.kind, K::Duplicate { .. })).unwrap();
    assert_eq!(dup.row, 6);
    assert!(matches!(&dup.kind, K::Duplicate { indicator, first_row: 5, .. } if indicator == "地区生产总值"));
}

#[test]
fn a_code_column_without_a_name_column_names_the_regions() {
    let bytes = xlsx(|ws| {
        for (c, h) in ["行政区划代码", "年份", "地区生产总值（亿元）"].iter().enumerate() {
            ws.write(0, c as u16, *h).unwrap();
        }
        for (r, (code, year, v)) in
            [(511902, 2022, 612.3), (511902, 2023, 650.1), (511921, 2023, 215.4)].iter().enumerate()
        {
            ws.write(r as u32 + 1, 0, *code).unwrap();
            ws.write(r as u32 + 1, 1, *year).unwrap();
            ws.write(r as u32 + 1, 2, *v).unwrap();
        }
    });
    let l = load("code-only.xlsx", &bytes);
    assert_eq!(l.panel.regions(), ["511902", "511921"]);
    assert_eq!(value(&l, "511902", 2023, "地区生产总值"), Some(650.1));
}

#[test]
fn footnote_marks_sub_item_prefixes_and_official_names_match_the_catalog() {
    let csv = "地区,年份,R&D经费投入（亿元）①,国家高新技术企业数*（家）,其中：高新技术企业（家）,\
               R&D经费投入强度(%),\"研究与试验发展(R&D)人员全时当量(人年)\"\n通江县,2023,1.88,12,12,0.85,180\n";
    let l = load("marks.csv", csv.as_bytes());
    assert!(l.report.unmapped.is_empty(), "unmapped: {:?}", l.report.unmapped);
    assert_eq!(value(&l, "通江县", 2023, "R&D经费投入"), Some(1.88));
    let rd = l.panel.indicator(l.panel.indicator_id("R&D经费投入").unwrap());
    assert_eq!((rd.unit.as_str(), rd.catalog.as_deref()), ("亿元", Some("rd-spending")));
    let fte = l.panel.indicator(l.panel.indicator_id("研究与试验发展(R&D)人员全时当量").unwrap());
    assert_eq!(fte.catalog.as_deref(), Some("rd-fte"));
    let nbs = catalog();
    assert_eq!(nbs.find("研究与试验发展(R&D)经费支出(万元)").map(|e| e.id.as_str()), Some("rd-spending"));
}

#[test]
fn a_one_region_table_takes_its_region_from_the_title_or_else_the_file_name() {
    let csv = "通江县科技创新主要指标\n指标名称,单位,2021年,2022年,2023年\nR&D经费投入,万元,9200,10600,11800\n";
    let l = load("table.csv", csv.as_bytes());
    assert_eq!(l.panel.regions(), ["通江县"]);
    assert_eq!(value(&l, "通江县", 2022, "R&D经费投入"), Some(10600.0));
    assert_eq!((l.report.region_from_title.as_deref(), l.report.region_from_file_name), (Some("通江县"), false));
    let untitled = csv.replace("通江县科技", "科技");
    let l = load("平昌县指标.csv", untitled.as_bytes());
    assert_eq!((l.panel.regions(), l.report.region_from_file_name), (&["平昌县".to_owned()][..], true));
    // Neither names a place: the error points at the real header, not the title.
    match try_load("table.csv", untitled.as_bytes()) {
        Err(MetricsLoadError::Layout { row, .. }) => assert_eq!(row, 2),
        other => panic!("expected a layout error, got {:?}", other.map(|l| l.report)),
    }
}

/// Found by fuzzing: a value at the sheet's last cell made calamine ask for 549,755,813,888 bytes for the dense
/// range and the process abort. The used range is now measured before anything is laid out.
#[test]
fn a_value_in_the_last_cell_of_a_sheet_is_refused_with_the_extent_instead_of_exhausting_memory() {
    let bytes = xlsx(|ws| {
        for (c, h) in ["地区", "年份", "GDP（亿元）"].iter().enumerate() {
            ws.write(0, c as u16, *h).unwrap();
        }
        ws.write(1, 0, "通江县").unwrap();
        ws.write(1, 1, 2023).unwrap();
        ws.write(1, 2, 215.4).unwrap();
        ws.write(1_048_575, 16_383, "x").unwrap();
    });
    match try_load("far.xlsx", &bytes) {
        Err(MetricsLoadError::TooLarge { sheet, area, .. }) => {
            assert_eq!((sheet.as_str(), area.as_str()), ("Sheet1", "A1:XFD1048576"));
        }
        other => panic!("{other:?}"),
    }
    let e = try_load("far.xlsx", &bytes).unwrap_err();
    let zh = policy_cockpit::i18n::describe_metrics_error(&e, policy_cockpit::i18n::Lang::Zh);
    assert!(zh.contains("A1:XFD1048576") && zh.contains("删除表格以外的行和列"), "{zh}");
}

/// Found by fuzzing: one formatted blank cell at XFD1048576 kept the percent-format scan spinning for minutes.
/// Blank cells do not widen the table.
#[test]
fn a_formatted_blank_cell_far_away_is_not_part_of_the_table() {
    let bytes = xlsx(|ws| {
        let pct = Format::new().set_num_format("0.0%");
        for (c, h) in ["地区", "年份", "研发投入强度"].iter().enumerate() {
            ws.write(0, c as u16, *h).unwrap();
        }
        ws.write(1, 0, "通江县").unwrap();
        ws.write(1, 1, 2023).unwrap();
        ws.write_with_format(1, 2, 0.0085, &pct).unwrap();
        ws.write_blank(1_048_575, 16_383, &pct).unwrap();
    });
    let l = load("blank-far.xlsx", &bytes);
    assert!((value(&l, "通江县", 2023, "研发投入强度").unwrap() - 0.85).abs() < 1e-9);
}

/// A damaged workbook is an error for that file, never a panic of the reader: every cut of a real yearbook.
#[test]
fn every_truncation_of_a_yearbook_workbook_gives_a_result_or_an_error() {
    for name in ["yearbook-2024.xlsx", "yearbook-2024.xls"] {
        let whole = std::fs::read(Path::new("tests/data/metrics").join(name)).unwrap();
        for cut in (0..whole.len()).step_by(97) {
            let _ = try_load(name, &whole[..cut]);
        }
    }
}

/// A data portal's table saved as a web page under an .xls name is said to be one, with what to do, instead of
/// "damaged" with a library's English words.
#[test]
fn a_web_page_saved_as_xls_is_named_for_what_it_is() {
    let page = "\u{feff}<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>地区</td><td>2024年</td></tr>\
                <tr><td>北京市</td><td>1</td></tr></table></body></html>";
    let e = try_load("分省年度数据.xls", page.as_bytes()).unwrap_err();
    assert!(matches!(e, MetricsLoadError::WebPage { .. }), "{e:?}");
    let zh = policy_cockpit::i18n::describe_metrics_error(&e, policy_cockpit::i18n::Lang::Zh);
    assert!(zh.contains("网页（HTML）") && zh.contains("另存为"), "{zh}");
}
