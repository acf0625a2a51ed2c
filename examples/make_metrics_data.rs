//! Makes the metrics test files in `tests/data/metrics/` — files like those officials receive:
//! a GBK CSV, a yearbook workbook with a title row, merged headers, units in headers, "—"/"…" and
//! footnotes, a wide-by-year CSV, a Parquet file, and broken ones. The files are committed; this
//! generator is kept so anyone can see how they were made; it is an example, run by hand:
//!
//! ```sh
//! cargo run --example make_metrics_data   # then: python3 tests/data/metrics/make_xls.py
//! ```
//! All figures in these files are invented test data (示例数据), not statistics.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use polars::prelude::{Categories, DataFrame, DataType, NamedFrom, ParquetWriter, Series};
use rust_xlsxwriter::{Format, FormatAlign, Workbook};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/metrics")
}

fn write(name: &str, bytes: &[u8]) {
    std::fs::write(dir().join(name), bytes).unwrap();
}

fn main() {
    std::fs::create_dir_all(dir()).unwrap();
    gbk_csv();
    yearbook_xlsx();
    by_year_csv();
    parquet();
    categorical_parquet();
    broken();
}

/// Long layout as Excel on Chinese Windows saves "CSV": GBK, CRLF, headers with other words.
fn gbk_csv() {
    let text = "县（市、区）,年度,指标名称,数值,计量单位\r\n\
        巴州区,2023,高新技术企业数,23,家\r\n\
        巴州区,2024,高新技术企业数,31,家\r\n\
        恩阳区,2023,高新技术企业数,9,家\r\n\
        恩阳区,2024,高新技术企业数,12,家\r\n\
        巴州区,2023,技术合同成交额,1.85,亿元\r\n\
        巴州区,2024,技术合同成交额,2.9,亿元\r\n\
        恩阳区,2023,技术合同成交额,—,亿元\r\n\
        恩阳区,2024,技术合同成交额,0.62,亿元\r\n\
        巴州区,2024,社会消费品零售总额,168.3,亿元\r\n";
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    write("gbk-long.csv", &bytes);
}

/// A statistical-yearbook sheet: title row, two header rows with merged cells, units in headers,
/// numbers as text with thousands separators, "—", "…", "-", a blank, a bad value, footnotes.
fn yearbook_xlsx() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("表3-12").unwrap();
    let centre = Format::new().set_align(FormatAlign::Center);
    sheet.merge_range(0, 0, 0, 5, "表3-12  巴中市各县（区）科技活动主要指标（2024年）", &centre).unwrap();
    sheet.merge_range(2, 0, 3, 0, "县（市、区）", &centre).unwrap();
    sheet.merge_range(2, 1, 2, 2, "科技投入", &centre).unwrap();
    sheet.write_string(3, 1, "R&D经费支出（亿元）").unwrap();
    sheet.write_string(3, 2, "科学技术支出（万元）").unwrap();
    sheet.merge_range(2, 3, 2, 4, "创新主体", &centre).unwrap();
    sheet.write_string(3, 3, "高新技术企业数（家）").unwrap();
    sheet.write_string(3, 4, "科技型中小企业数（家）").unwrap();
    sheet.merge_range(2, 5, 3, 5, "技术合同成交额（亿元）", &centre).unwrap();
    enum V {
        N(f64),
        T(&'static str),
    }
    use V::{N, T};
    let rows: [(&str, [V; 5]); 6] = [
        ("全市", [N(10.25), T("12,345"), N(98.0), N(362.0), N(8.7)]),
        ("巴州区", [N(3.12), N(4120.0), T("31"), N(98.0), N(2.9)]),
        ("  恩阳区", [N(1.05), T("—"), N(12.0), N(41.0), T("…")]),
        ("通江县", [N(1.87), N(2650.0), N(18.0), T("-"), N(1.2)]),
        ("南江县", [T("1.66"), N(2310.0), N(17.0), T("约60"), N(1.4)]),
        ("平昌县", [N(2.55), T("3,265"), N(20.0), N(81.0), T(" ")]),
    ];
    for (n, (region, values)) in rows.iter().enumerate() {
        let r = 4 + n as u32;
        sheet.write_string(r, 0, *region).unwrap();
        for (c, v) in values.iter().enumerate() {
            let c = 1 + c as u16;
            match v {
                N(x) => sheet.write_number(r, c, *x).unwrap(),
                T(t) => sheet.write_string(r, c, *t).unwrap(),
            };
        }
    }
    sheet.write_string(11, 0, "注：1. 本表为测试用示例数据，数值为虚构，不是统计资料。").unwrap();
    sheet.write_string(12, 0, "    2. “—”表示无此项，“…”表示数据不详，“-”表示未填报。").unwrap();
    sheet.write_string(13, 0, "资料来源：测试数据。").unwrap();
    write("yearbook-2024.xlsx", &book.save_to_buffer().unwrap());
}

/// One column per year, UTF-8 with BOM, a quoted number with a thousands separator.
fn by_year_csv() {
    let text = "\u{feff}地区,指标,单位,2021年,2022年,2023年,2024年\n\
        巴州区,研发人员数,人,\"1,102\",\"1,180\",\"1,236\",\"1,310\"\n\
        巴州区,高新技术企业数,家,18,21,25,31\n\
        恩阳区,研发人员数,人,402,455,…,530\n\
        恩阳区,高新技术企业数,家,6,8,9,12\n";
    write("by-year.csv", text.as_bytes());
}

/// Long layout in Parquet with typed columns and English headers; one value is null.
fn parquet() {
    let region = Series::new("region".into(), ["巴州区", "巴州区", "通江县", "通江县", "通江县"]);
    let year = Series::new("year".into(), [2023i32, 2024, 2023, 2024, 2024]);
    let indicator = Series::new(
        "indicator".into(),
        ["R&D经费投入(亿元)", "R&D经费投入(亿元)", "R&D经费投入(亿元)", "R&D经费投入(亿元)", "5G基站数(个)"],
    );
    let value = Series::new("value".into(), [Some(2.61), Some(3.12), Some(1.52), None, Some(812.0)]);
    let mut df = DataFrame::new_infer_height(vec![region.into(), year.into(), indicator.into(), value.into()]).unwrap();
    let mut bytes = Vec::new();
    ParquetWriter::new(&mut bytes).finish(&mut df).unwrap();
    write("panel.parquet", &bytes);
}

/// Long layout in Parquet as pandas and polars write categorical columns (dictionary-encoded text).
fn categorical_parquet() {
    let categorical = DataType::from_categories(Categories::global());
    let region = Series::new("地区".into(), ["巴州区", "巴州区", "恩阳区", "恩阳区"]).cast(&categorical).unwrap();
    let year = Series::new("年份".into(), [2023i32, 2024, 2023, 2024]);
    let indicator = Series::new("指标".into(), ["高新技术企业数"; 4]).cast(&categorical).unwrap();
    let value = Series::new("数值".into(), [Some(23.0), Some(31.0), Some(9.0), None]);
    let mut df = DataFrame::new_infer_height(vec![region.into(), year.into(), indicator.into(), value.into()]).unwrap();
    let mut bytes = Vec::new();
    ParquetWriter::new(&mut bytes).finish(&mut df).unwrap();
    write("categorical.parquet", &bytes);
}

/// Files that cannot be used, or only in part.
fn broken() {
    write("no-region.csv", "年份,指标,数值\n2024,高新技术企业数,31\n".as_bytes());
    write("ambiguous.csv", "地区,指标,数值,2023,2024\n巴州区,高新技术企业数,31,25,31\n".as_bytes());
    write("header-only.csv", "地区,年份,指标,数值\n".as_bytes());
    write("empty.csv", b"");
    write("truncated.csv", "地区,年份,指标,数值\n巴州区,2024,高新技术企业数,31\n恩阳区,20".as_bytes());
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0".to_vec();
    png.extend([0u8; 64]);
    write("picture.csv", &png);
    let mut bad = "地区,年份\n巴州区,2024\n".as_bytes().to_vec();
    bad.extend(b"\xff\xff,2025\n");
    write("bad-encoding.csv", &bad);
    let xlsx = std::fs::read(dir().join("yearbook-2024.xlsx")).unwrap();
    write("truncated.xlsx", &xlsx[..xlsx.len() / 2]);
    let rows = "地区,年份,指标,单位,数值\n\
        巴州区,2024,高新技术企业数,家,31\n\
        ,2024,高新技术企业数,家,12\n\
        通江县,2024H1,高新技术企业数,家,18\n\
        南江县,2024,高新技术企业数,家,约17\n\
        巴州区,2024,高新技术企业数,家,33\n\
        巴州区,2024,高新技术企业数,家,31\n\
        平昌县,2024,高新技术企业数,万家,0.002\n\
        平昌县,2024,,家,20\n\
        恩阳区,2024,高新技术企业数,家,12\n";
    write("bad-rows.csv", rows.as_bytes());
}
