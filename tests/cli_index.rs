//! `policy-cockpit index`: the evaluation index as CSV with the weights printed; unusable input
//! exits 1 with a message and writes nothing.
#![allow(clippy::unwrap_used)]

#[path = "common/cli.rs"]
mod common;
use common::{cockpit, text};

const SAMPLE: &str = "sample-data/巴中县区指标_2019-2025_示例数据.csv";

fn read(path: &std::path::Path) -> String {
    String::from_utf8(std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn the_sample_counties_are_written_one_row_per_region_and_year_with_the_weights_printed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("指数.csv");
    let run = cockpit(&["index", "--metrics", SAMPLE, "--out", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let stdout = text(&run.stdout);
    assert!(stdout.contains("5 个地区，7 个年份（2019–2025），13 项指标参与评价，权重：熵权法"), "{stdout}");
    assert!(stdout.contains("各指标权重（熵权法，合计为 1）"), "{stdout}");
    assert!(stdout.contains("揭榜挂帅项目数（重要手段，越大越好）"), "{stdout}");
    assert!(stdout.contains("地区生产总值（不属于支柱，只计入综合得分，越大越好）"), "{stdout}");
    assert!(stdout.contains("只有 5 个地区（少于 10 个）") && stdout.contains("去掉任一地区重算"), "{stdout}");
    assert!(stdout.contains("示例数据：仅作演示"), "{stdout}");
    let csv = read(&out);
    assert!(csv.starts_with('\u{feff}'), "UTF-8 with BOM");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "地区,年份,综合得分,排名,基础支撑,关键载体,重要手段,核心要素,耦合度C,综合发展指数T,耦合协调度D,协调等级,指标覆盖率"
    );
    assert_eq!(lines.len(), 1 + 5 * 7);
    for line in &lines[1..] {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields.len(), 13, "{line}");
        let score: f64 = fields[2].parse().unwrap();
        assert!((0.0..=1.0).contains(&score), "{line}");
        assert!(fields[11].ends_with("协调") || fields[11].ends_with("失调"), "{line}");
    }
    assert!(lines.iter().any(|l| l.starts_with("巴州区,2025,") && l.split(',').nth(3) == Some("1")));
}

#[test]
fn equal_weights_and_one_year_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("index.csv");
    let args = ["--lang", "en", "index", "--metrics", SAMPLE, "--weights", "equal", "--year", "2025"];
    let run = cockpit(&[&args[..], &["--out", out.to_str().unwrap()]].concat());
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let stdout = text(&run.stdout);
    // 13 indicators, 1/13 = 0.0769 each; no entropy caution.
    assert_eq!(stdout.matches("  0.0769  ").count(), 13, "{stdout}");
    assert!(!stdout.contains("Caution"), "{stdout}");
    let csv = read(&out);
    assert_eq!(csv.lines().count(), 1 + 5);
    assert!(csv.contains("region,year,score,rank,") && csv.contains(",2025,"));
}

#[test]
fn expert_weights_from_a_file_are_used_and_an_unknown_indicator_in_it_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("index.csv");
    let weights = dir.path().join("weights.json");
    std::fs::write(&weights, r#"{"weights": {"rd-spending": 3, "国家高新技术企业数": 1}}"#).unwrap();
    let run = cockpit(&[
        "index",
        "--metrics",
        SAMPLE,
        "--weights",
        weights.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let stdout = text(&run.stdout);
    assert!(
        stdout.contains("0.7500  R&D经费投入（基础支撑") && stdout.contains("0.2500  国家高新技术企业数"),
        "{stdout}"
    );
    assert!(stdout.contains("未参与评价的指标 11 项") && stdout.contains("专家权重未列出"), "{stdout}");
    std::fs::write(&weights, r#"{"weights": {"rd-spending": 3, "专利授权": 1}}"#).unwrap();
    std::fs::remove_file(&out).unwrap();
    let run = cockpit(&[
        "index",
        "--metrics",
        SAMPLE,
        "--weights",
        weights.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stderr).contains("专家权重中的指标在数据中找不到：“专利授权”"), "{}", text(&run.stderr));
    assert!(!out.exists(), "nothing is written on bad input");
}

#[test]
fn one_region_exits_1_and_leaves_an_older_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("one.csv");
    std::fs::write(&data, "区县,年份,R&D经费投入（亿元）\n巴州区,2024,2.79\n巴州区,2025,3.11\n").unwrap();
    let out = dir.path().join("index.csv");
    std::fs::write(&out, "older").unwrap();
    let run = cockpit(&["index", "--metrics", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = text(&run.stderr);
    assert!(stderr.contains("至少需要两个地区；数据中只有 1 个（巴州区）"), "{stderr}");
    assert_eq!(read(&out), "older");
}

#[test]
fn an_indicator_without_variance_is_reported_and_dropped_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("flat.csv");
    let rows = "区县,年份,R&D经费投入（亿元）,5G基站数（个）\n甲,2025,1.5,100\n乙,2025,2.5,100\n丙,2025,0.5,100\n";
    std::fs::write(&data, rows).unwrap();
    let out = dir.path().join("index.csv");
    let run = cockpit(&["index", "--metrics", data.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let stdout = text(&run.stdout);
    assert!(stdout.contains("“5G基站数”：所有数值相同（100），无法区分地区，未参与评价"), "{stdout}");
    assert!(stdout.contains("以下支柱在数据中没有指标"), "{stdout}");
    let csv = read(&out);
    assert!(csv.contains("乙,2025,1.0000,1,1.0000,,,,,,,,1.0000"), "{csv}");
}

#[test]
fn a_year_not_in_the_data_exits_1_and_names_the_years() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("index.csv");
    let run = cockpit(&["index", "--metrics", SAMPLE, "--year", "2030", "--out", out.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stderr).contains("数据中没有 2030 年；可选年份：2019, 2020"), "{}", text(&run.stderr));
    assert!(!out.exists());
}

#[test]
fn the_pdf_report_carries_the_evaluation_with_the_named_regions_obstacles() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("报告.pdf");
    // A progress file with nothing marked yet (export refuses a --progress path that does not exist).
    let none = dir.path().join("progress.json");
    let (mut store, book) = policy_cockpit::io::progress_file::ProgressStore::open(&none).unwrap();
    store.save(&book).unwrap();
    drop(store);
    let args = ["export", "--format", "pdf", "--as-of", "2026-11-25", "--region", "恩阳区", "--metrics", SAMPLE];
    let paths = ["--progress", none.to_str().unwrap(), "--out", pdf.to_str().unwrap()];
    let run = cockpit(&[&args[..], &paths[..]].concat());
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let out = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().expect("pdftotext (poppler-utils)");
    let pdf_text = text(&out.stdout);
    assert!(pdf_text.contains("融合发展评价指数") && pdf_text.contains("2025 年排名"), "{pdf_text}");
    assert!(pdf_text.contains("濒临失调"), "恩阳区's 2025 class: {pdf_text}");
    assert!(pdf_text.contains("恩阳区 2025 年主要障碍因素"), "{pdf_text}");
    assert!(pdf_text.contains("人工智能应用场景数"), "{pdf_text}");
}
