//! The PDF report of the sample county plan as officials read it: each adopted item once, under its first
//! pillar, numbered 1, 2, … without gaps, and the report that lists only red and yellow items and those of
//! the user's unit. Read back with poppler's `pdftotext -layout`, where rows start at the left margin.
#![allow(clippy::unwrap_used)]

#[path = "common/cli.rs"]
mod cli_common;
use cli_common::cockpit;

use std::path::{Path, PathBuf};
use std::process::Command;

use policy_cockpit::domain::progress::{ProgressBook, Scope};
use policy_cockpit::io::export::{self, ExportFormat, ExportInput};
use policy_cockpit::io::framework_file;
use policy_cockpit::io::progress_file::ProgressStore;

const SAMPLE: &str = "sample-data/progress-示例数据.json";

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SAMPLE)
}

fn sample() -> ProgressBook {
    ProgressStore::read(&sample_path()).unwrap()
}

fn as_of() -> jiff::civil::Date {
    "2026-11-25".parse().unwrap()
}

/// The text of a PDF as laid out on the page (poppler-utils is installed by `.ci/run`).
fn layout_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext").args(["-layout"]).arg(pdf).arg("-").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
}

fn render(input: &ExportInput<'_>, dir: &Path) -> PathBuf {
    let pdf = dir.join(format!("report-{}-{}.pdf", input.only_attention, input.unit));
    export::export(ExportFormat::Report, input, &pdf).unwrap();
    pdf
}

/// The pillar tables: from the pillar section's heading to the next section's.
fn pillar_section(text: &str) -> &str {
    let start = text.find("二、四支柱推进情况").unwrap();
    let end = start + text[start..].find("三、").unwrap();
    &text[start..end]
}

/// Rows of the pillar tables: (number as printed, the row's first line). A row starts at the left margin with
/// its number; wrapped lines are indented.
fn rows(section: &str) -> Vec<(&str, &str)> {
    section
        .lines()
        .filter_map(|line| {
            let number = line.split_whitespace().next()?;
            let numeric = number.chars().all(|c| c.is_ascii_digit() || c == '.');
            (line.starts_with(|c: char| c.is_ascii_digit()) && numeric).then_some((number, line))
        })
        .collect()
}

#[test]
fn the_sample_plan_is_reported_with_each_item_once_numbered_without_gaps() {
    let fw = framework_file::embedded().unwrap();
    let book = sample();
    let adopted = fw.items.iter().filter(|i| book.scope(&i.id) == Scope::Adopted).count();
    let dir = tempfile::tempdir().unwrap();
    let pdf = render(&ExportInput::new(&fw, &book, as_of(), "通江县"), dir.path());
    let text = layout_text(&pdf);
    let rows = rows(pillar_section(&text));
    let items: Vec<usize> = rows.iter().filter(|(n, _)| !n.contains('.')).map(|(n, _)| n.parse().unwrap()).collect();
    assert_eq!(items, (1..=adopted).collect::<Vec<_>>(), "each adopted item once, 1, 2, … in reading order");
    // Tasks numbered under their item: 12.1, 12.2 …
    for (number, line) in rows.iter().filter(|(n, _)| n.contains('.')) {
        let (item, task) = number.split_once('.').unwrap();
        assert!(item.parse::<usize>().is_ok_and(|i| i <= adopted) && task.parse::<usize>().is_ok(), "{line}");
    }
    let tasks = rows.len() - items.len();
    assert!(tasks >= book.tasks().count(), "every task under its item: {tasks} rows");
    // An item of several pillars names the others; the later pillars point to it by number.
    assert!(text.contains("另属：") && text.contains("列于其他支柱下（序号"), "{text}");
    // The problems section and the editors' classification are said in the report too (issue 15).
    assert!(text.contains("问题与短板") && text.contains("研发投入强度不足"), "{text}");
    assert!(text.contains("编者归类"), "{text}");
    // The sample report ran to 13 pages when an item of two pillars was listed twice (counted without the
    // problems section, which came later).
    let without_problems = policy_cockpit::domain::framework::Framework { problems: Vec::new(), ..fw.clone() };
    let n = pages(&render(&ExportInput::new(&without_problems, &book, as_of(), "通江县"), dir.path()));
    assert!(n <= 9, "{n} pages");
}

#[test]
fn the_report_of_only_red_and_yellow_items_lists_no_green_item_or_task() {
    let fw = framework_file::embedded().unwrap();
    let book = sample();
    let dir = tempfile::tempdir().unwrap();
    let all = render(&ExportInput::new(&fw, &book, as_of(), "通江县"), dir.path());
    let all_rows = rows(pillar_section(&layout_text(&all))).len();
    let input = ExportInput { only_attention: true, ..ExportInput::new(&fw, &book, as_of(), "通江县") };
    let pdf = render(&input, dir.path());
    let text = layout_text(&pdf);
    let rows = rows(pillar_section(&text));
    assert!(!rows.is_empty() && rows.len() < all_rows / 2, "{} of {all_rows} rows", rows.len());
    for (_, line) in &rows {
        assert!(!line.contains('●') && (line.contains('▲') || line.contains('■')), "{line}");
    }
    assert!(text.contains("本报告各支柱只列红灯、黄灯事项"), "says what it leaves out");
    assert!(pages(&pdf) < pages(&all));
}

#[test]
fn the_report_of_attention_items_adds_the_users_units_items_green_or_not() {
    let fw = framework_file::embedded().unwrap();
    let book = sample();
    let dir = tempfile::tempdir().unwrap();
    let input =
        ExportInput {
            only_attention: true, unit: "县财政局", ..ExportInput::new(&fw, &book, as_of(), "通江县")
        };
    let text = layout_text(&render(&input, dir.path()));
    let rows = rows(pillar_section(&text));
    // A green row is the unit's, or an item of the unit's task, or a task of the unit's item.
    let ledger = policy_cockpit::io::ledger::rows(&fw, &book);
    let of_unit = |seq: &str| {
        ledger.iter().any(|r| r.seq == seq && (r.lead_unit.contains("县财政局") || r.co_units.contains("县财政局")))
    };
    let green: Vec<&str> = rows.iter().filter(|(_, l)| l.contains('●')).map(|(n, _)| *n).collect();
    assert!(!green.is_empty(), "the unit's green items are listed");
    for seq in &green {
        let item = seq.split('.').next().unwrap();
        let tasks = ledger.iter().filter(|r| r.seq.split_once('.').is_some_and(|(i, _)| i == item));
        let mut related = tasks.map(|r| r.seq.as_str()).chain([item]);
        assert!(related.any(of_unit), "row {seq} is not 县财政局's");
    }
    assert!(text.contains("及县财政局牵头或参与的事项"));
}

#[test]
fn the_command_line_exports_the_report_of_attention_items_for_a_unit() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("重点.pdf");
    let sample = sample_path();
    let out = cockpit(&[
        "export",
        "--format",
        "pdf",
        "--as-of",
        "2026-11-25",
        "--region",
        "通江县",
        "--progress",
        sample.to_str().unwrap(),
        "--out",
        pdf.to_str().unwrap(),
        "--only-attention",
        "--unit",
        "县财政局",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(layout_text(&pdf).contains("及县财政局牵头或参与的事项"));
}
