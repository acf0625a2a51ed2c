//! `validate` on metrics files: a one-line summary and exit 0, or the file, row and column and exit 1.
#![allow(clippy::unwrap_used)]

#[path = "common/cli.rs"]
mod common;
use common::{cockpit, text};

#[test]
fn validate_summarises_the_sample_data_and_labels_the_illustrative_file() {
    let out = cockpit(&[
        "validate",
        "sample-data/巴中县区指标_2019-2025_示例数据.csv",
        "sample-data/四川巴中_2024-2025_文献数据.csv",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("5 个地区，7 个年份（2019–2025），13 项指标（0 项未归类），读取 35 行，跳过 0 行"),
        "{stdout}"
    );
    assert!(stdout.contains("示例数据：仅作演示，不是真实统计"), "{stdout}");
    assert!(stdout.contains("2 个地区，2 个年份（2024–2025），25 项指标"), "{stdout}");
}

#[test]
fn validate_lists_unmapped_indicators_and_bad_rows_but_accepts_a_usable_file() {
    let out = cockpit(&["validate", "tests/data/metrics/gbk-long.csv", "tests/data/metrics/bad-rows.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("CSV，GBK/GB18030")
            && stdout.contains("未归类（软件的指标清单中没有这些指标，已保留，不计入四个支柱）：“社会消费品零售总额”"),
        "{stdout}"
    );
    assert!(stdout.contains("读取 9 行，跳过 7 行"), "{stdout}");
    assert!(stdout.contains("- 第 5 行“数值”列：“约17”不是数字"), "{stdout}");
}

#[test]
fn validate_on_an_unusable_metrics_file_names_file_and_row_and_exits_1() {
    let out = cockpit(&["validate", "tests/data/metrics/no-region.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("tests/data/metrics/no-region.csv：第 1 行的表头为 “年份”、“指标”、“数值”；没有表示地区的列"),
        "{stderr}"
    );
    let out =
        cockpit(&["--lang", "en", "validate", "tests/data/metrics/header-only.csv", "tests/data/metrics/picture.csv"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("header-only.csv: only a header (row 1) and no data rows"), "{stderr}");
    assert!(
        stderr.contains("picture.csv: not a text table") && stderr.contains("2 of 2 files have problems"),
        "{stderr}"
    );
}

#[test]
fn validate_reads_workbooks_and_parquet_in_english_on_request() {
    let out = cockpit(&[
        "--lang",
        "en",
        "validate",
        "tests/data/metrics/yearbook-2024.xlsx",
        "tests/data/metrics/panel.parquet",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("metrics file (XLSX, one column per indicator), 5 regions, 1 years (2024)"), "{stdout}");
    // The 全市 row is a total, not a sixth region.
    assert!(stdout.contains("Total and group rows (not counted as regions") && stdout.contains("“全市”"), "{stdout}");
    assert!(
        stdout.contains("the year is taken from the title: 2024") && stdout.contains("3 footnote row(s)"),
        "{stdout}"
    );
    assert!(stdout.contains("row 9, column “科技型中小企业数（家）”: “约60” is not a number"), "{stdout}");
    assert!(stdout.contains("metrics file (Parquet, one value a row (region, year, indicator, value))"), "{stdout}");
}

#[test]
fn validate_checks_the_indicator_catalog() {
    let out = cockpit(&["validate", "assets/indicators.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("assets/indicators.json：指标目录，"), "{}", text(&out.stdout));
}

#[test]
fn validate_refuses_a_kind_it_does_not_know_and_says_what_it_can_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("报表.docx");
    std::fs::write(&path, b"PK\x03\x04").unwrap();
    let out = cockpit(&["validate", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(".csv、.xlsx、.xls、.parquet"), "{}", text(&out.stderr));
}
