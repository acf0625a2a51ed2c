//! Meeting outputs: page sizes and real text of the PDFs (read back with poppler's pdftotext and
//! pdfinfo), the XLSX read back with calamine, the CSV's BOM and formula guard, and that exporting
//! leaves the progress file alone.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::framework;

#[path = "common/cli.rs"]
mod cli_common;
use cli_common::cockpit;

mod common;

use std::path::Path;
use std::process::Command;

use calamine::{Data, Reader};
use policy_cockpit::domain::progress::{FieldValue, ProgressBook};
use policy_cockpit::i18n::Lang;
use policy_cockpit::io::export::{self, ExportFormat, ExportInput, IndicatorSeries};
use policy_cockpit::io::ledger::Column;

/// Where a column is in the ledger.
fn col(column: Column) -> usize {
    Column::ALL.iter().position(|c| *c == column).unwrap()
}

/// Runs a poppler tool on a file; poppler-utils is installed by `.ci/run`.
fn poppler(tool: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} not found ({e}); install poppler-utils (Debian: apt-get install poppler-utils)")
        });
    assert!(out.status.success(), "{tool}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn export_to(dir: &Path, format: ExportFormat, input: &ExportInput<'_>) -> std::path::PathBuf {
    let path = dir.join(format.default_file_name(input.as_of, Lang::Zh));
    export::export(format, input, &path).unwrap();
    path
}

/// Page size line of pdfinfo, e.g. "595.28 x 841.89".
fn page_size(info: &str) -> &str {
    let line = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
    line.trim_start_matches("Page size:").trim().split(" pts").next().unwrap()
}

fn pages(info: &str) -> usize {
    let line = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    line.trim_start_matches("Pages:").trim().parse().unwrap()
}

#[test]
fn report_is_a4_portrait_with_pillar_names_and_the_as_of_date_as_text() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let pdf = export_to(dir.path(), ExportFormat::Report, &ExportInput::new(&fw, &book, common::as_of(), "巴中市"));
    let info = poppler("pdfinfo", &[], &pdf);
    assert_eq!(page_size(&info), "595.28 x 841.89");
    let text = poppler("pdftotext", &[], &pdf);
    for pillar in &fw.pillars {
        assert!(text.contains(&pillar.name), "{} missing", pillar.name);
    }
    assert!(text.contains("巴中市科技创新与产业创新深度融合"));
    assert!(text.contains("截至 2026年11月25日"));
    // The as-of date and the page number on every page (pdftotext ends each page with a form feed).
    let n = pages(&info);
    assert!(n > 3, "{n} pages");
    for (i, page) in text.split('\u{c}').take(n).enumerate() {
        assert!(page.contains("截至 2026年11月25日"), "page {}", i + 1);
        // Compared without spaces: pdftotext keeps or drops the narrow ones around a single digit.
        let flat: String = page.split_whitespace().collect();
        assert!(flat.contains(&format!("第{}页/共{n}页", i + 1)), "page {}: {page}", i + 1);
    }
}

#[test]
fn report_lists_overdue_and_blocked_items_with_problems_and_next_steps_and_cites_the_sources() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let pdf = export_to(dir.path(), ExportFormat::Report, &ExportInput::new(&fw, &book, common::as_of(), "巴中市"));
    let text = poppler("pdftotext", &[], &pdf);
    let attention = text.split("逾期与受阻事项").nth(1).unwrap();
    for expected in ["省级资金未到位", "-与省厅对接", "场景清单未发布", "逾期 56 天", "原定", "2026-06-30"]
    {
        assert!(attention.contains(expected), "{expected} missing");
    }
    assert!(text.contains("框架来源"));
    assert!(text.contains("DOI:10.13718/j.cnki.xdsk.2025.06.018"));
}

#[test]
fn the_chart_section_appears_only_when_indicator_series_are_given() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let without = export_to(dir.path(), ExportFormat::Report, &ExportInput::new(&fw, &book, common::as_of(), "巴中市"));
    assert!(!poppler("pdftotext", &[], &without).contains("关键指标"));

    let series = [IndicatorSeries {
        name: "规上工业企业研发投入".into(),
        unit: "亿元".into(),
        source: "示例数据".into(),
        points: vec![("2022".into(), 3.1), ("2023".into(), 3.8), ("2024".into(), 4.6)],
    }];
    let input = ExportInput { indicators: &series, ..ExportInput::new(&fw, &book, common::as_of(), "巴中市") };
    let with = dir.path().join("with-charts.pdf");
    export::export(ExportFormat::Report, &input, &with).unwrap();
    let text = poppler("pdftotext", &[], &with);
    assert!(text.contains("关键指标") && text.contains("规上工业企业研发投入（亿元）") && text.contains("2023"));
}

#[test]
fn slides_are_16_9_with_overview_one_per_pillar_overdue_and_key_figures() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let pdf = export_to(dir.path(), ExportFormat::Slides, &ExportInput::new(&fw, &book, common::as_of(), "通江县"));
    let info = poppler("pdfinfo", &[], &pdf);
    assert_eq!(page_size(&info), "960 x 540");
    assert_eq!(pages(&info), 1 + fw.pillars.len() + 2);
    let text = poppler("pdftotext", &[], &pdf);
    let slides: Vec<&str> = text.split('\u{c}').collect();
    assert!(slides[0].contains("通江县科技创新与产业创新深度融合"));
    for (i, pillar) in fw.pillars.iter().enumerate() {
        assert!(slides[i + 1].contains(&pillar.name), "slide {} lacks {}", i + 2, pillar.name);
        // Items listed under a pillar: the editors' classification, said on the slide (issue 15).
        assert!(slides[i + 1].contains("编者归类"), "slide {} shows the mapping unlabelled", i + 2);
    }
    assert!(slides[5].contains("逾期与受阻事项") && slides[5].contains("场景清单未发布"));
    assert!(slides[6].contains("关键数据"));
    assert!(slides.iter().take(7).all(|s| s.contains("截至 2026年11月25日")));
}

#[test]
fn an_english_report_uses_the_english_names() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let input = ExportInput { lang: Lang::En, ..ExportInput::new(&fw, &book, common::as_of(), "Bazhong") };
    let pdf = export_to(dir.path(), ExportFormat::Report, &input);
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("As of 2026-11-25"));
    assert!(fw.pillars.iter().all(|p| text.contains(&p.name_en)));
}

/// The ledger's sheet read back: the rows, and the data row of an id (found by its 编号).
fn ledger_sheet(path: &Path) -> calamine::Range<Data> {
    let mut workbook = calamine::open_workbook_auto(path).unwrap();
    assert_eq!(workbook.sheet_names(), ["台账"]);
    workbook.worksheet_range("台账").unwrap()
}

fn row_of<'r>(rows: &[&'r [Data]], id: &str) -> &'r [Data] {
    rows.iter().find(|r| r[col(Column::Id)] == Data::String(id.into())).unwrap()
}

#[test]
fn xlsx_reads_back_with_the_ledger_columns_every_item_and_formula_text_as_a_string() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let path = export_to(dir.path(), ExportFormat::Xlsx, &ExportInput::new(&fw, &book, common::as_of(), "巴中市"));
    let range = ledger_sheet(&path);
    let rows: Vec<&[Data]> = range.rows().collect();
    // Title, 填报单位 and 截至, header, then every item.
    assert_eq!(rows.len(), 3 + fw.items.len());
    let headers: Vec<String> = rows[2].iter().map(ToString::to_string).collect();
    assert_eq!(headers, Column::ALL.map(|c| c.header().to_owned()));
    // Numbered 1, 2, … without gaps.
    let seqs: Vec<Data> = rows[3..].iter().map(|r| r[col(Column::Seq)].clone()).collect();
    assert_eq!(seqs, (1..=fw.items.len()).map(|n| Data::Float(n as f64)).collect::<Vec<_>>());

    let blocked = row_of(&rows, "yz-3.1.2");
    assert_eq!(blocked[col(Column::Title)], Data::String(fw.item("yz-3.1.2").unwrap().title.clone()));
    assert_eq!(blocked[col(Column::Status)], Data::String("受阻".into()));
    assert_eq!(blocked[col(Column::Percent)], Data::Float(20.0));
    assert_eq!(blocked[col(Column::Note)], Data::String("=SUM(A1:A9)".into()), "a formula-looking note stays text");
    assert_eq!(blocked[col(Column::NextSteps)], Data::String("-与省厅对接".into()));
    let progressing = row_of(&rows, "bz-6.1.5");
    assert_eq!(progressing[col(Column::CoUnits)], Data::String("市财政局、市发改委".into()));
    assert!(matches!(&progressing[col(Column::Deadline)], Data::DateTime(d) if d.to_ymd_hms_milli().0 == 2026));
    // Nothing in the sheet is a formula.
    let mut workbook = calamine::open_workbook_auto(&path).unwrap();
    let formulas = workbook.worksheet_formula("台账").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));
}

#[test]
fn the_xlsx_ledger_has_a_title_the_unit_and_the_day_above_the_header_and_dates_as_date_cells() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let input = ExportInput { unit: "县科技局", ..ExportInput::new(&fw, &book, common::as_of(), "通江县") };
    let path = export_to(dir.path(), ExportFormat::Xlsx, &input);
    let range = ledger_sheet(&path);
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(rows[0][0], Data::String("通江县科技创新与产业创新深度融合工作台账".into()));
    let info: Vec<String> = rows[1].iter().map(ToString::to_string).filter(|t| !t.is_empty()).collect();
    assert_eq!(info, ["填报单位：县科技局", "截至：2026年11月25日"]);
    // Every date of the ledger is a date cell: deadlines, revised deadlines and the time of the last change.
    let revised = row_of(&rows, "yz-3.1.3");
    let ymd = |d: &Data| match d {
        Data::DateTime(d) => {
            let (y, m, d, ..) = d.to_ymd_hms_milli();
            (y, m, d)
        }
        other => panic!("not a date cell: {other:?}"),
    };
    assert_eq!(ymd(&revised[col(Column::Deadline)]), (2026, 6, 30));
    assert_eq!(ymd(&revised[col(Column::RevisedDeadline)]), (2026, 9, 30));
    // Changed at 2026-11-20 02:00 UTC: that day or the next in any time zone.
    let (y, m, d) = ymd(&revised[col(Column::UpdatedAt)]);
    assert!((y, m) == (2026, 11) && (19..=21).contains(&d), "{y}-{m}-{d}");
    let never_changed = rows.iter().skip(3).find(|r| r[col(Column::Status)] == Data::String("未开始".into())).unwrap();
    assert_eq!(never_changed[col(Column::UpdatedAt)], Data::Empty);
}

/// Found by fuzzing: a typed year 0226 passed `validate` but made the XLSX export fail naming no item,
/// and a negative year was written as 1900-01-01. Excel has no such dates: they stay as written, as text.
#[test]
fn dates_excel_cannot_show_are_written_as_text_and_the_export_succeeds() {
    let (fw, mut book) = (framework(), common::sample_book());
    let at: jiff::Timestamp = "2026-11-21T02:00:00Z".parse().unwrap();
    let date = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
    book.set("yz-3.1.1", FieldValue::Deadline(Some(date("0226-06-30"))), "测试", at);
    book.set("bz-6.1.5", FieldValue::Deadline(Some(date("-000012-01-31"))), "测试", at);
    let dir = tempfile::tempdir().unwrap();
    let path = export_to(dir.path(), ExportFormat::Xlsx, &ExportInput::new(&fw, &book, common::as_of(), "巴中市"));
    let range = ledger_sheet(&path);
    let rows: Vec<&[Data]> = range.rows().collect();
    assert_eq!(row_of(&rows, "yz-3.1.1")[col(Column::Deadline)], Data::String("0226-06-30".into()));
    assert_eq!(row_of(&rows, "bz-6.1.5")[col(Column::Deadline)], Data::String("-000012-01-31".into()));
    assert!(
        matches!(&row_of(&rows, "yz-3.1.3")[col(Column::Deadline)], Data::DateTime(d) if d.to_ymd_hms_milli().0 == 2026)
    );
}

#[test]
fn csv_has_a_bom_the_ledger_header_and_guards_formula_text() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let path = export_to(dir.path(), ExportFormat::Csv, &ExportInput::new(&fw, &book, common::as_of(), "巴中市"));
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM");
    let text = String::from_utf8(bytes).unwrap();
    let mut lines = text.trim_start_matches(export::BOM).split("\r\n");
    assert_eq!(lines.next().unwrap(), Column::ALL.map(Column::header).join(","));
    assert!(text.contains(",'=SUM(A1:A9),"), "formula text behind an apostrophe");
    assert!(text.contains(",'-与省厅对接,"));
    assert!(text.contains("\"已发布首批榜单，\"\"揭榜挂帅\"\"项目 3 个\""), "quotes doubled inside a quoted field");
    assert_eq!(
        text.trim_start_matches(export::BOM).split("\r\n").filter(|l| !l.is_empty()).count(),
        1 + fw.items.len()
    );
}

#[test]
fn export_from_the_command_line_reads_the_progress_file_and_never_changes_it() {
    let dir = tempfile::tempdir().unwrap();
    let progress = dir.path().join("progress.json");
    let set =
        cockpit(&["progress", "set", "--file", progress.to_str().unwrap(), "--item", "bz-6.1.5", "--status", "受阻"]);
    assert!(set.status.success());
    let before = std::fs::read(&progress).unwrap();
    let listing = |dir: &Path| {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    };
    let files_before = listing(dir.path());
    for format in ["pdf", "slides", "xlsx", "csv"] {
        let out = dir.path().join(format!("out.{format}"));
        let run = cockpit(&[
            "export",
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
            "--progress",
            progress.to_str().unwrap(),
            "--as-of",
            "2026-11-25",
            "--region",
            "巴中市",
        ]);
        assert_eq!(run.status.code(), Some(0), "{}", String::from_utf8_lossy(&run.stderr));
        assert!(String::from_utf8_lossy(&run.stdout).contains("已导出"));
        assert!(out.metadata().unwrap().len() > 1000);
    }
    assert_eq!(std::fs::read(&progress).unwrap(), before);
    let mut files_after = listing(dir.path());
    files_after.retain(|n| !n.starts_with("out."));
    assert_eq!(files_after, files_before, "no lock, backup or temporary file left behind");
}

#[test]
fn export_to_a_folder_that_does_not_exist_exits_1_and_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("missing").join("report.pdf");
    let progress = empty_progress(dir.path());
    let run = cockpit(&[
        "export",
        "--format",
        "pdf",
        "--out",
        out.to_str().unwrap(),
        "--progress",
        progress.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("report.pdf") && stderr.contains("无法写入"), "{stderr}");
}

#[test]
fn illustrative_progress_is_labelled_on_the_report_and_the_slides() {
    let fw = framework();
    let mut book = common::sample_book();
    book.label = "示例数据：推进情况为虚构".into();
    let dir = tempfile::tempdir().unwrap();
    let input = ExportInput::new(&fw, &book, common::as_of(), "巴中市");
    for format in [ExportFormat::Report, ExportFormat::Slides] {
        let pdf = export_to(dir.path(), format, &input);
        let first_page = poppler("pdftotext", &["-f", "1", "-l", "1"], &pdf);
        assert!(first_page.contains("示例数据"), "{format:?}: {first_page}");
    }
}

#[test]
fn export_with_metrics_charts_the_key_indicators_with_their_source() {
    let dir = tempfile::tempdir().unwrap();
    let (out, pdf) = report_with_sample_metrics(dir.path(), "通江");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("关键指标"), "{text}");
    assert!(text.contains("（通江县）"), "the named region's series");
    assert!(text.contains("通江县科技创新"), "the title uses the data's spelling of the region asked for as 通江");
    assert!(text.contains("（示例数据）"), "illustrative data says so under its chart");
    assert!(!text.contains("docs/"), "the method in plain words, not a developer's file");
}

/// `export --format pdf` on an empty progress file and the illustrative county panel, for `region`, into `dir`:
/// what the command said, and where the report went.
fn report_with_sample_metrics(dir: &Path, region: &str) -> (std::process::Output, std::path::PathBuf) {
    let pdf = dir.join("report.pdf");
    let metrics = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/巴中县区指标_2019-2025_示例数据.csv");
    let progress = empty_progress(dir);
    let out = cockpit(&[
        "export",
        "--format",
        "pdf",
        "--as-of",
        "2026-11-25",
        "--region",
        region,
        "--progress",
        progress.to_str().unwrap(),
        "--out",
        pdf.to_str().unwrap(),
        "--metrics",
        metrics.to_str().unwrap(),
    ]);
    (out, pdf)
}

/// A progress file with nothing marked yet, in `dir`.
fn empty_progress(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("progress.json");
    let (mut store, book) = policy_cockpit::io::progress_file::ProgressStore::open(&path).unwrap();
    store.save(&book).unwrap();
    path
}

#[test]
fn a_missing_progress_file_named_on_the_command_line_is_an_error_not_an_empty_report() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    let misspelt = dir.path().join("progres.json");
    let out = cockpit(&[
        "export",
        "--format",
        "pdf",
        "--out",
        pdf.to_str().unwrap(),
        "--progress",
        misspelt.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("进度文件不存在") && stderr.contains("progres.json"), "{stderr}");
    assert!(!pdf.exists());
}

#[test]
fn a_region_the_metrics_lack_gets_no_charts_and_a_warning_rather_than_another_places_figures() {
    let dir = tempfile::tempdir().unwrap();
    let (out, pdf) = report_with_sample_metrics(dir.path(), "成都市");
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("没有“成都市”") && stderr.contains("通江县"), "names the regions it has: {stderr}");
    let text = poppler("pdftotext", &[], &pdf);
    assert!(text.contains("成都市"), "the title keeps the region asked for");
    assert!(!text.contains("（巴州区）") && !text.contains("（通江县）"), "no other county's series");
}

/// Once the county has adopted items, the report is its plan: adopted items with their tasks under them (the
/// late task also under 超期与受阻), items set aside left out, the item's standing taken from its tasks.
#[test]
fn the_report_of_a_plan_lists_adopted_items_with_their_tasks_and_leaves_set_aside_items_out() {
    use policy_cockpit::domain::progress::{Scope, Status};
    let fw = framework();
    let mut book = ProgressBook::default();
    let at: jiff::Timestamp = "2026-11-21T02:00:00Z".parse().unwrap();
    let date = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
    book.set("bz-6.1.5", FieldValue::Scope(Scope::Adopted), "测试", at);
    book.set("yz-3.1.1", FieldValue::Scope(Scope::NotApplicable), "测试", at);
    for (id, title, status, percent, deadline) in [
        ("T-AAAA", "新增揭榜挂帅项目6个", Status::InProgress, 50, "2026-12-31"),
        ("T-BBBB", "建立榜单发布机制", Status::InProgress, 10, "2026-10-31"),
    ] {
        book.set(id, FieldValue::Title(title.into()), "测试", at);
        book.set(id, FieldValue::Parents(vec!["bz-6.1.5".into()]), "测试", at);
        book.set(id, FieldValue::Status(status), "测试", at);
        book.set(id, FieldValue::Percent(percent), "测试", at);
        book.set(id, FieldValue::Deadline(Some(date(deadline))), "测试", at);
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = export_to(dir.path(), ExportFormat::Report, &ExportInput::new(&fw, &book, common::as_of(), "通江县"));
    let text = poppler("pdftotext", &[], &pdf);
    let flat: String = text.split_whitespace().collect();
    assert!(flat.contains("新增揭榜挂帅项目6个（T-AAAA）") && flat.contains("建立榜单发布机制（T-BBBB）"), "{text}");
    // Once under the item's first pillar (the others named in its row), and again under 超期与受阻 as it is late.
    assert_eq!(flat.matches("建立榜单发布机制（T-BBBB）").count(), 2, "{text}");
    assert_eq!(flat.matches("新增揭榜挂帅项目6个（T-AAAA）").count(), 1, "{text}");
    if fw.pillars_of(fw.item("bz-6.1.5").unwrap()).len() > 1 {
        assert!(flat.contains("另属："), "{text}");
    }
    let set_aside = &fw.item("yz-3.1.1").unwrap().title;
    assert!(!flat.contains(&set_aside.split_whitespace().collect::<String>()), "items set aside are not in the plan");
    assert!(flat.contains("30%"), "bz-6.1.5 stands at the mean of its tasks: {text}");
}
