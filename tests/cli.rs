//! The command-line contract: what `validate` prints and its exit codes.
#![allow(clippy::unwrap_used)]

#[path = "common/cli.rs"]
mod common;
use common::{cockpit, cockpit_without_display, text};

use std::path::Path;

#[test]
fn validate_on_the_shipped_framework_prints_its_summary_and_exits_0() {
    let out = cockpit(&["validate", "assets/framework.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("assets/framework.json：框架文件，4 个支柱，8 个要素"), "{stdout}");
    assert!(stdout.contains("项举措") && stdout.contains("6 份文档"), "{stdout}");
}

#[test]
fn validate_in_english_on_request() {
    let out = cockpit(&["--lang", "en", "validate", "assets/framework.json"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("framework, 4 pillars, 8 elements"), "{}", text(&out.stdout));
}

fn write_variant(dir: &Path, name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut fw: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("assets/framework.json").unwrap()).unwrap();
    edit(&mut fw);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&fw).unwrap()).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn validate_names_a_duplicated_id_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_variant(dir.path(), "dup.json", |fw| fw["items"][1]["id"] = fw["items"][0]["id"].clone());
    let before = std::fs::read(&path).unwrap();
    let out = cockpit(&["validate", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains(&path) && stderr.contains("举措编号“yz-3.1.1”重复"), "{stderr}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "validate never changes the file");
}

#[test]
fn validate_names_an_item_missing_its_source_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_variant(dir.path(), "nosource.json", |fw| {
        fw["items"][5]["source"]["section"] = serde_json::json!("");
    });
    let out = cockpit(&["validate", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("举措“yz-3.2.3”缺少字段 source.section"), "{stderr}");
}

#[test]
fn validate_refuses_a_problem_without_remedies_or_with_an_unknown_one_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_variant(dir.path(), "problems.json", |fw| {
        for problem in fw["problems"].as_array_mut().unwrap() {
            match problem["id"].as_str().unwrap() {
                "bz-p5.c1" => problem["remedies"] = serde_json::json!([]),
                "bz-p5.c2" => problem["remedies"][0]["item"] = serde_json::json!("bz-9.9.9"),
                "bz-p5.c3" => problem["indicators"] = serde_json::json!(["happiness-index"]),
                _ => {}
            }
        }
    });
    let out = cockpit(&["validate", &path]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("框架文件有 3 处问题"), "{stderr}");
    assert!(stderr.contains("问题/短板“bz-p5.c1”没有对应举措"), "{stderr}");
    assert!(stderr.contains("问题/短板“bz-p5.c2”的对应举措“bz-9.9.9”在框架中不存在"), "{stderr}");
    assert!(stderr.contains("问题/短板“bz-p5.c3”的指标“happiness-index”不在指标目录"), "{stderr}");
}

#[test]
fn validate_reports_every_file_and_fails_if_any_fails() {
    let dir = tempfile::tempdir().unwrap();
    let truncated = dir.path().join("cut.json");
    std::fs::write(&truncated, "{\"schema_version\": 1, \"items\": [").unwrap();
    let out = cockpit(&["validate", "assets/framework.json", truncated.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stdout).contains("assets/framework.json：框架文件"));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("cut.json：第 1 行") && stderr.contains("1/2 个文件有问题"), "{stderr}");
}

/// An office's ledger or the app's own, given to `validate` as if it were indicator data, is named a ledger with
/// the command that imports it, not refused for lacking a region column.
#[test]
fn validate_given_a_ledger_says_so_and_names_the_import_command() {
    let dir = tempfile::tempdir().unwrap();
    let office = dir.path().join("县科技局台账.csv");
    std::fs::write(&office, "序号,重点任务,牵头单位,完成时限,推进状态\r\n1,建立榜单,县科技局,2026-12-31,推进中\r\n")
        .unwrap();
    let exported = dir.path().join("台账.xlsx");
    let export = cockpit(
        &["export", "--format", "xlsx", "--out", exported.to_str().unwrap(), "--progress"]
            .into_iter()
            .chain(["sample-data/progress-示例数据.json", "--as-of", "2026-11-25", "--unit", "县科技局"])
            .collect::<Vec<_>>(),
    );
    assert_eq!(export.status.code(), Some(0), "{}", text(&export.stderr));
    for ledger in [&office, &exported] {
        let out = cockpit(&["validate", ledger.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = text(&out.stderr);
        assert!(stderr.contains("这是一份工作台账") && stderr.contains("不是区域指标数据"), "{stderr}");
        let command = format!("policy-cockpit import-ledger {} --progress", ledger.display());
        assert!(stderr.contains(&command) && !stderr.contains("没有表示地区的列"), "{stderr}");
    }
    let out = cockpit(&["--lang", "en", "validate", office.to_str().unwrap()]);
    assert!(text(&out.stderr).contains("this is a ledger"), "{}", text(&out.stderr));
}

#[test]
fn validate_refuses_missing_and_unknown_files_with_exit_1() {
    let out = cockpit(&["validate", "no/such/file.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no/such/file.json：无法读取"), "{}", text(&out.stderr));
    let out = cockpit(&["validate", "Cargo.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("无法识别的文件类型"));
}

#[test]
fn help_explains_validate_in_chinese_and_english() {
    let out = cockpit(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    assert!(help.contains("validate") && help.contains("检查文件") && help.contains("check files"), "{help}");
    assert!(help.contains("退出码") && help.contains("Exit codes"), "{help}");
}

#[test]
fn wrong_usage_exits_2() {
    assert_eq!(cockpit(&["validate"]).status.code(), Some(2));
    assert_eq!(cockpit(&["no-such-command"]).status.code(), Some(2));
}

#[test]
fn without_a_display_the_window_says_so_in_words_and_exits_1() {
    let out = cockpit_without_display(&["--screenshot", "never.png"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("无法打开窗口：没有可用的图形显示"), "{}", text(&out.stderr));
    assert!(!Path::new("never.png").exists());
}

#[test]
fn a_bad_size_is_wrong_usage() {
    let out = cockpit(&["--screenshot", "x.png", "--size", "big"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("1600x1000"), "{}", text(&out.stderr));
}

#[test]
fn a_screenshot_with_an_unreadable_metrics_file_says_which_file_and_exits_1_before_any_window() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("县区指标.csv");
    std::fs::write(&bad, "区县,年份\n").unwrap();
    let out_png = dir.path().join("shot.png");
    // With no display a window could not open either: the message must be about the file.
    let out = cockpit_without_display(&["--screenshot", out_png.to_str().unwrap(), "--metrics", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("县区指标.csv"), "{err}");
    assert!(!err.contains("图形显示"), "the file is checked before the window: {err}");
    assert!(!out_png.exists());
}

#[test]
fn dates_and_percentages_are_read_as_officials_type_them_and_refused_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let progress = dir.path().join("progress.json");
    let out =
        cockpit(&["progress", "set", "--file", progress.to_str().unwrap(), "--item", "bz-6.1.5", "--percent", "50%"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let csv = dir.path().join("台账.csv");
    let args = ["export", "--format", "csv", "--out", csv.to_str().unwrap(), "--progress", progress.to_str().unwrap()];
    for date in ["2026/6/30", "2026年6月30日", "2026-06-30"] {
        let out = cockpit(&[&args[..], &["--as-of", date]].concat());
        assert_eq!(out.status.code(), Some(0), "{date}: {}", text(&out.stderr));
    }
    let out = cockpit(&[&args[..], &["--as-of", "下月底"]].concat());
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("“下月底”不是日期"), "{}", text(&out.stderr));
}

#[test]
fn an_unknown_problem_to_open_on_is_refused_before_any_window_opens() {
    let out = cockpit(&["--problem", "bz-p9.9", "--screenshot", "never.png"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("没有编号为 bz-p9.9 的问题"), "{}", text(&out.stderr));
    assert!(!std::path::Path::new("never.png").exists());
}
