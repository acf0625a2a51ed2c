//! The `progress` and `validate` command-line contract on progress files.
#![allow(clippy::unwrap_used)]

#[path = "common/cli.rs"]
mod common;
use common::{cockpit, command, text};

use std::path::Path;

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn list_on_a_missing_file_shows_every_item_not_started() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("none.json");
    let out = cockpit(&["progress", "list", "--file", s(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    let items = policy_cockpit::io::framework_file::embedded().unwrap().items.len();
    assert_eq!(lines.len(), items);
    assert!(lines[0].starts_with("yz-3.1.1\t未开始\t0%\t○ 未定时限"), "{}", lines[0]);
    assert!(!file.exists(), "listing creates nothing");
}

#[test]
fn set_saves_with_history_and_list_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    let out = cockpit(&[
        "progress",
        "set",
        "--file",
        s(&file),
        "--item",
        "bz-6.1.5",
        "--status",
        "推进中",
        "--percent",
        "40",
        "--note",
        "已发布首批榜单",
        "--by",
        "科技局 张三",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("bz-6.1.5：推进中，40%（已保存 3 处修改）"), "{}", text(&out.stdout));
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(saved["entries"]["bz-6.1.5"]["status"], "in_progress");
    assert_eq!(saved["history"].as_array().unwrap().len(), 3);
    assert_eq!(saved["history"][0]["by"], "科技局 张三");

    // Done alone brings 100 % along.
    let out = cockpit(&["progress", "set", "--file", s(&file), "--item", "bz-6.1.5", "--status", "done"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("bz-6.1.5：已完成，100%（已保存 2 处修改）"), "{}", text(&out.stdout));
    let list = text(&cockpit(&["progress", "list", "--file", s(&file)]).stdout);
    assert!(list.lines().any(|l| l.starts_with("bz-6.1.5\t已完成\t100%\t● 正常")), "{list}");
}

#[test]
fn bad_ids_statuses_and_percents_exit_1_and_leave_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    assert_eq!(
        cockpit(&["progress", "set", "--file", s(&file), "--item", "yz-3.1.1", "--percent", "10"]).status.code(),
        Some(0)
    );
    let before = std::fs::read(&file).unwrap();
    for (args, expect) in [
        (vec!["--item", "no-such-item", "--status", "done"], "没有编号为“no-such-item”的举措"),
        (vec!["--item", "yz-3.1.1", "--status", "finished"], "状态“finished”无效"),
        (vec!["--item", "yz-3.1.1", "--percent", "150"], "完成比例 150 无效"),
        (vec!["--item", "yz-3.1.1"], "没有要修改的内容"),
    ] {
        let mut full = vec!["progress", "set", "--file", s(&file)];
        full.extend(args);
        let out = cockpit(&full);
        assert_eq!(out.status.code(), Some(1), "{full:?}");
        assert!(text(&out.stderr).contains(expect), "{}", text(&out.stderr));
        assert_eq!(std::fs::read(&file).unwrap(), before, "{full:?} changed the file");
    }
}

#[test]
fn validate_reports_a_progress_file_and_its_unknown_ids() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    cockpit(&["progress", "set", "--file", s(&file), "--item", "yz-3.1.1", "--percent", "10"]);
    let out = cockpit(&["validate", s(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("进度文件，1 项有记录，2 条修改记录，0 个快照"), "{}", text(&out.stdout));

    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    json["entries"]["zz-9.9"] = serde_json::json!({"status": "done", "percent": 100});
    std::fs::write(&file, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    let out = cockpit(&["validate", s(&file)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("zz-9.9"), "{}", text(&out.stderr));
}

#[test]
fn validate_and_set_refuse_a_truncated_progress_file_and_leave_it_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    std::fs::write(&file, "{\n  \"schema_version\": 2,\n  \"entries\": {\n    \"yz-3.1.1\": {\"percent\": 4").unwrap();
    let before = std::fs::read(&file).unwrap();
    let out = cockpit(&["validate", s(&file)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("第 4 行"), "{}", text(&out.stderr));
    let out = cockpit(&["progress", "set", "--file", s(&file), "--item", "yz-3.1.1", "--percent", "50"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn a_listing_piped_into_a_reader_that_has_gone_does_not_panic() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/progress-示例数据.json"), &file).unwrap();
    let mut child = command(&["progress", "list", "--file", file.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Hang up before reading anything, like `| head -0`: every line written meets a closed pipe.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn a_status_and_percent_that_contradict_each_other_exit_1_and_a_percent_alone_moves_the_status() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    let set = |args: &[&str]| {
        let mut all = vec!["progress", "set", "--file", s(&file), "--item", "bz-6.2.9"];
        all.extend_from_slice(args);
        cockpit(&all)
    };
    let out = set(&["--percent", "30"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("bz-6.2.9：推进中，30%"), "{}", text(&out.stdout));
    let before = std::fs::read(&file).unwrap();
    for (args, expect) in [
        (
            ["--status", "已完成", "--percent", "30"],
            "状态“已完成”与完成比例 30% 相矛盾（已完成的举措完成比例应为 100%）",
        ),
        (["--status", "未开始", "--percent", "20"], "状态“未开始”与完成比例 20% 相矛盾"),
    ] {
        let out = set(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(text(&out.stderr).contains(expect), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains("文件未改动"), "{}", text(&out.stderr));
        assert_eq!(std::fs::read(&file).unwrap(), before, "{args:?} changed the file");
    }
    let out = cockpit(&[
        "--lang",
        "en",
        "progress",
        "set",
        "--file",
        s(&file),
        "--item",
        "bz-6.2.9",
        "--status",
        "done",
        "--percent",
        "30",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("status “Done” contradicts 30% done"), "{}", text(&out.stderr));
}

#[test]
fn set_reads_the_status_words_of_ledgers_and_says_how_it_read_a_lateness_word() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    let set = |status: &str| {
        cockpit(&["progress", "set", "--file", s(&file), "--item", "bz-6.1.5", "--status", status, "--percent", "40"])
    };
    let out = set("进行中");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("bz-6.1.5：推进中，40%"), "{}", text(&out.stdout));
    let out = set("滞后");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("“滞后”记为“推进中”：是否滞后由时限判断"), "{stdout}");
    assert!(stdout.contains("bz-6.1.5：推进中，40%（已保存 0 处修改）"), "{stdout}");
}

#[test]
fn read_only_commands_leave_no_lock_file_and_change_nothing() {
    for sample in ["sample-data/progress-示例数据.json", "tests/data/progress-v1.json"] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("progress.json");
        std::fs::copy(sample, &file).unwrap();
        let before = std::fs::read(&file).unwrap();
        let out_dir = tempfile::tempdir().unwrap();
        let csv = out_dir.path().join("台账.csv");
        for args in [
            vec!["progress", "list", "--file", s(&file)],
            vec!["validate", s(&file)],
            vec!["export", "--format", "csv", "--out", s(&csv), "--progress", s(&file)],
        ] {
            let out = cockpit(&args);
            assert!(out.status.code().is_some_and(|c| c <= 1), "{args:?}: {}", text(&out.stderr));
            let names: Vec<String> = std::fs::read_dir(dir.path())
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            assert_eq!(names, ["progress.json"], "{sample}: {args:?} left files beside the progress file");
            assert_eq!(std::fs::read(&file).unwrap(), before, "{sample}: {args:?} changed the file");
        }
        assert!(csv.exists(), "the export ran");
    }
}

/// The work plan from the command line: items set aside with a reason, tasks added under an item (which is then
/// adopted), changed with every field and the date forms of the ledger, listed under their item, removed;
/// bad ids exit 1 and leave the file as it was.
#[test]
fn tasks_are_added_changed_listed_under_their_item_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    let f = s(&file);
    let out = cockpit(&[
        "progress",
        "set",
        "--file",
        f,
        "--item",
        "YZ-3.2.1",
        "--scope",
        "不适用",
        "--reason",
        "国家层面举措",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let args = [
        "task",
        "add",
        "--progress",
        f,
        "--item",
        "bz-6.1.5",
        "--title",
        "2026 年新增揭榜挂帅项目 6 个",
        "--lead",
        "县科技局",
        "--co-units",
        "县财政局、县经信局",
        "--deadline",
        "2026年12月底",
        "--target",
        "揭榜挂帅项目数,14,2025,20,2026,项",
    ];
    let out = cockpit(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let added = text(&out.stdout);
    let at = added.find("T-").unwrap();
    let id = added[at..at + 6].to_owned();
    assert!(id.starts_with("T-") && id.len() == 6, "{added}");
    let out = cockpit(&[
        "task",
        "set",
        "--progress",
        f,
        "--task",
        &id.to_lowercase(),
        "--status",
        "进行中",
        "--percent",
        "50",
        "--problems",
        "资金未到位",
        "--next-steps",
        "争取省级配套",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));

    let out = cockpit(&["progress", "list", "--file", f]);
    let stdout = text(&out.stdout);
    let item = stdout.lines().find(|l| l.starts_with("bz-6.1.5\t")).unwrap();
    assert!(item.starts_with("bz-6.1.5\t推进中\t50%") && item.ends_with("\t采纳"), "{item}");
    let task = stdout.lines().find(|l| l.trim_start().starts_with(&id)).unwrap();
    assert!(task.starts_with("  ") && task.contains("2026 年新增揭榜挂帅项目 6 个"), "{task}");
    assert!(stdout.lines().any(|l| l.starts_with("yz-3.2.1\t") && l.ends_with("\t不适用")), "{stdout}");

    let out = cockpit(&["task", "list", "--progress", f, "--item", "bz-6.1.5"]);
    let listed = text(&out.stdout);
    assert!(listed.contains(&id) && listed.contains("揭榜挂帅项目数 14项（2025）→ 20项（2026）"), "{listed}");
    let book = policy_cockpit::io::progress_file::ProgressStore::read(&file).unwrap();
    let entry = book.get(&id);
    assert_eq!((entry.lead_unit.as_str(), entry.co_units.len()), ("县科技局", 2));
    assert_eq!(entry.deadline, Some("2026-12-31".parse().unwrap()));
    assert_eq!(book.get("yz-3.2.1").scope_reason, "国家层面举措");

    let before = std::fs::read(&file).unwrap();
    for bad in [
        vec!["task", "set", "--progress", f, "--task", "T-NONE", "--percent", "10"],
        vec!["task", "add", "--progress", f, "--item", "bz-9.9.9", "--title", "x"],
        vec!["progress", "set", "--file", f, "--item", "bz-6.1.5", "--scope", "也许"],
    ] {
        let out = cockpit(&bad);
        assert_eq!(out.status.code(), Some(1), "{bad:?}: {}", text(&out.stdout));
        assert!(!text(&out.stderr).is_empty());
    }
    assert_eq!(std::fs::read(&file).unwrap(), before, "refused commands change nothing");

    let out = cockpit(&["task", "remove", "--progress", f, "--task", &id]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = cockpit(&["task", "list", "--progress", f]);
    assert_eq!(text(&out.stdout).trim(), "（没有本地任务）");
    let out = cockpit(&["validate", f]);
    assert!(text(&out.stdout).contains("工作计划：采纳 1 项举措，不适用 1 项"), "{}", text(&out.stdout));
}

/// A file written by the build before the work plan validates and lists as it did.
#[test]
fn a_schema_2_file_validates_and_lists_without_being_changed() {
    let before = std::fs::read("tests/data/progress-v2.json").unwrap();
    let out = cockpit(&["validate", "tests/data/progress-v2.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let out = cockpit(&["progress", "list", "--file", "tests/data/progress-v2.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).lines().any(|l| l.starts_with("bz-6.1.5\t受阻")));
    assert_eq!(std::fs::read("tests/data/progress-v2.json").unwrap(), before);
}

#[test]
fn validate_accepts_the_countys_own_problems_and_names_a_remedy_the_framework_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("progress.json");
    cockpit(&["progress", "set", "--file", s(&file), "--item", "yz-3.1.1", "--percent", "10"]);
    let mut json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    json["entries"]["P-7K2M"] = serde_json::json!({
        "title": "研发投入强度低于全省平均", "parents": ["bz-6.1.5"], "indicators": ["rd-intensity"]
    });
    std::fs::write(&file, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    let out = cockpit(&["validate", s(&file)]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    // A problem is not an item: still one item with a record.
    assert!(text(&out.stdout).contains("1 项有记录"), "{}", text(&out.stdout));

    json["entries"]["P-7K2M"]["parents"] = serde_json::json!(["bz-6.1.5", "zz-9.9"]);
    std::fs::write(&file, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    let out = cockpit(&["validate", s(&file)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("P-7K2M → zz-9.9"), "{}", text(&out.stderr));
}
