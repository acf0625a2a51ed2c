//! Importing a ledger: round trips through XLSX and CSV, an office's own ledger with other column names,
//! unknown columns and rows that match nothing (reported, never guessed), GBK text, one undoable step,
//! and the `import-ledger` command's contract.
#![allow(clippy::unwrap_used)]

#[path = "common/embedded.rs"]
mod embedded;
use embedded::framework;

#[path = "common/cli.rs"]
mod cli_common;
use cli_common::{cockpit, text};

mod common;

use std::path::Path;

use policy_cockpit::app::Progress;
use policy_cockpit::domain::framework::Framework;
use policy_cockpit::domain::progress::{Field, FieldValue, ProgressBook, Status};
use policy_cockpit::io::export::{self, ExportFormat, ExportInput};
use policy_cockpit::io::ledger::Column;
use policy_cockpit::io::ledger_import::{self, CellProblemKind, MatchedBy, Unmatched};
use rust_xlsxwriter::Workbook;

/// The fields a ledger carries.
const LEDGER_FIELDS: [Field; 9] = [
    Field::Status,
    Field::Percent,
    Field::LeadUnit,
    Field::CoUnits,
    Field::Deadline,
    Field::RevisedDeadline,
    Field::Note,
    Field::Problems,
    Field::NextSteps,
];

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// Imports `file` into an empty record and checks every ledger field equals the sample's.
fn assert_round_trip(fw: &Framework, original: &ProgressBook, file: &Path) {
    let ledger = ledger_import::open(file).unwrap();
    assert_eq!(ledger.mapping.unknown().count(), 0);
    let plan = ledger.plan(fw, &ProgressBook::default()).unwrap();
    assert_eq!(plan.matched.len(), fw.items.len());
    // The exported ledger carries each item's id in its 编号 column.
    assert!(plan.matched.iter().all(|m| m.by == MatchedBy::Id));
    assert!(plan.unmatched.is_empty() && plan.problems.is_empty(), "{:?} {:?}", plan.unmatched, plan.problems);
    let mut imported = ProgressBook::default();
    for (item, value) in plan.edits {
        imported.set(&item, value, "导入", "2026-11-25T01:00:00Z".parse().unwrap());
    }
    for item in &fw.items {
        let (a, b) = (original.entry(&item.id), imported.entry(&item.id));
        for field in LEDGER_FIELDS {
            assert_eq!(b.get(field), a.get(field), "{} {field:?}", item.id);
        }
    }
}

#[test]
fn an_exported_xlsx_ledger_imports_back_to_the_same_progress() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("台账.xlsx");
    export::export(ExportFormat::Xlsx, &ExportInput::new(&fw, &book, common::as_of(), "巴中市"), &path).unwrap();
    assert_round_trip(&fw, &book, &path);
}

#[test]
fn an_exported_csv_ledger_imports_back_to_the_same_progress() {
    let (fw, book) = (framework(), common::sample_book());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("台账.csv");
    export::export(ExportFormat::Csv, &ExportInput::new(&fw, &book, common::as_of(), "巴中市"), &path).unwrap();
    assert_round_trip(&fw, &book, &path);
}

/// An office's ledger made by another program: a title row, other column names, a column the app
/// does not know, and rows that match by id, by exact title, by a title typed with extra spaces and
/// punctuation, by nothing, twice, and with cells that are not what their column says.
fn office_ledger(fw: &Framework, path: &Path) {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.write_string(0, 0, "巴中市科技创新与产业创新深度融合重点任务推进台账").unwrap();
    let header =
        ["编号", "重点任务", "牵头部门", "配合单位", "完成时限", "推进状态", "完成进度（%）", "完成情况", "备注"];
    for (c, h) in (0_u16..).zip(header) {
        sheet.write_string(1, c, h).unwrap();
    }
    let title = |id: &str| fw.item(id).unwrap().title.clone();
    let spaced: String = title("yz-3.1.3").chars().flat_map(|c| [c, ' ']).collect::<String>() + "。";
    let rows: [[&str; 9]; 6] = [
        [
            "bz-6.1.5",
            "（名称可与框架不同）",
            "市经信局",
            "市财政局、市发改委",
            "2026-12-31",
            "进行中",
            "40",
            "已发布首批榜单",
            "示例",
        ],
        ["2", &title("yz-3.1.1"), "市科技局", "", "2026年10月31日", "已完成", "100%", "已完成", ""],
        ["3", &spaced, "市数据局", "", "年底前", "推进中", "60", "", ""],
        ["4", "建设全市智慧农业大数据平台", "市农业农村局", "", "2026-12-31", "推进中", "10", "", ""],
        ["5", &title("yz-3.1.1"), "市科技局", "", "", "推进中", "50", "", ""],
        ["6", &title("yz-3.1.2"), "", "", "", "滞后", "一半", "", ""],
    ];
    for (r, row) in (2_u32..).zip(&rows) {
        for (c, cell) in (0_u16..).zip(row) {
            sheet.write_string(r, c, *cell).unwrap();
        }
    }
    workbook.save(path).unwrap();
}

#[test]
fn an_office_ledger_is_matched_by_id_and_title_and_everything_else_is_reported_not_guessed() {
    let fw = framework();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("office.xlsx");
    office_ledger(&fw, &path);
    let ledger = ledger_import::open(&path).unwrap();
    assert_eq!(ledger.mapping.header_row, 1);
    let unknown: Vec<(String, String)> = ledger.mapping.unknown().map(|c| (c.letter(), c.header.clone())).collect();
    assert_eq!(unknown, [("I".to_owned(), "备注".to_owned())]);
    assert_eq!(ledger.mapping.index_of(Column::Percent), Some(6));

    let plan = ledger.plan(&fw, &ProgressBook::default()).unwrap();
    let matched: Vec<(usize, &str, MatchedBy)> = plan.matched.iter().map(|m| (m.row, m.item.as_str(), m.by)).collect();
    assert_eq!(
        matched,
        [
            (3, "bz-6.1.5", MatchedBy::Id),
            (4, "yz-3.1.1", MatchedBy::Title),
            (5, "yz-3.1.3", MatchedBy::NormalizedTitle),
            (8, "yz-3.1.2", MatchedBy::Title),
        ]
    );
    let unmatched: Vec<(usize, &Unmatched)> = plan.unmatched.iter().map(|u| (u.row, &u.reason)).collect();
    assert_eq!(
        unmatched,
        [(6, &Unmatched::NotFound), (7, &Unmatched::Duplicate { item: "yz-3.1.1".into(), first_row: 4 }),]
    );
    let problems: Vec<(usize, &str, CellProblemKind)> =
        plan.problems.iter().map(|p| (p.row, p.value.as_str(), p.kind)).collect();
    assert_eq!(problems, [(5, "年底前", CellProblemKind::Date), (8, "一半", CellProblemKind::Percent)]);
    // 滞后 judges the pace: the item is under way, and the user is told how the word was read.
    assert_eq!(plan.late.iter().map(|l| (l.row, l.value.as_str())).collect::<Vec<_>>(), [(8, "滞后")]);
    assert!(plan.edits.contains(&("yz-3.1.2".into(), FieldValue::Status(Status::InProgress))));
    assert!(plan.edits.contains(&("bz-6.1.5".into(), FieldValue::CoUnits(vec!["市财政局".into(), "市发改委".into()]))));
    assert!(plan.edits.contains(&("yz-3.1.1".into(), FieldValue::Deadline(Some(common::date("2026-10-31"))))));
    assert!(plan.edits.contains(&("yz-3.1.1".into(), FieldValue::Status(Status::Done))));
}

#[test]
fn the_imported_edits_are_one_undoable_step_with_history() {
    let fw = framework();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("office.xlsx");
    office_ledger(&fw, &path);
    let mut progress = Progress::in_memory(ProgressBook::default());
    let plan = ledger_import::open(&path).unwrap().plan(&fw, &progress.book).unwrap();
    let edits = plan.edits.len();
    progress.edit(plan.edits, "科技局 张三", "2026-11-25T01:00:00Z".parse().unwrap());
    assert_eq!(progress.book.history.len(), edits);
    assert!(progress.book.history.iter().all(|c| c.by == "科技局 张三"));
    assert_eq!(progress.book.entry("bz-6.1.5").percent, 40);
    progress.undo("科技局 张三", "2026-11-25T01:01:00Z".parse().unwrap());
    assert!(fw.items.iter().all(|i| progress.book.entry(&i.id).get(Field::Percent) == FieldValue::Percent(0)));
    assert_eq!(progress.can_undo(), (false, true));
}

#[test]
fn a_gbk_csv_with_percent_fractions_is_read() {
    let fw = framework();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gbk.csv");
    let csv = format!(
        "序号,政策举措,状态,完成比例\r\n1,{},推进中,0.35\r\n2,{},已完成,1\r\n",
        fw.items[0].title, fw.items[1].title
    );
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&csv);
    assert!(!unmappable && std::str::from_utf8(&gbk).is_err());
    std::fs::write(&path, &gbk).unwrap();
    let plan = ledger_import::open(&path).unwrap().plan(&fw, &ProgressBook::default()).unwrap();
    assert_eq!(plan.matched.len(), 2);
    assert!(plan.problems.is_empty());
    // Every bare number lies between 0 and 1 and one is not whole: the column holds fractions.
    assert!(plan.edits.contains(&(fw.items[0].id.clone(), FieldValue::Percent(35))));
    assert!(plan.edits.contains(&(fw.items[1].id.clone(), FieldValue::Percent(100))));
    assert!(plan.edits.contains(&(fw.items[0].id.clone(), FieldValue::Status(Status::InProgress))));
}

#[test]
fn import_ledger_saves_with_history_and_prints_what_matched_and_what_did_not() {
    let fw = framework();
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("office.xlsx");
    office_ledger(&fw, &ledger);
    let progress = dir.path().join("progress.json");

    let preview = cockpit(&["import-ledger", s(&ledger), "--progress", s(&progress), "--dry-run"]);
    assert_eq!(preview.status.code(), Some(0), "{}", text(&preview.stderr));
    assert!(!progress.exists(), "a dry run writes nothing");

    let out = cockpit(&["import-ledger", s(&ledger), "--progress", s(&progress), "--by", "科技局 张三"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for expected in [
        "表头在第 2 行",
        "I 列“备注”：未识别，不导入",
        "匹配 4 行（按编号 1，按名称 2，按规范化名称 1）",
        "未匹配 2 行",
        "第 6 行“建设全市智慧农业大数据平台”：框架中没有此编号或名称的举措",
        "第 7 行",
        "第 5 行 E 列“完成时限”：“年底前”不是日期",
        "已保存到",
    ] {
        assert!(stdout.contains(expected), "{expected:?} missing from:\n{stdout}");
    }
    let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&progress).unwrap()).unwrap();
    assert_eq!(saved["entries"]["bz-6.1.5"]["percent"], 40);
    assert!(saved["history"].as_array().unwrap().iter().all(|c| c["by"] == "科技局 张三"));

    let again = cockpit(&["import-ledger", s(&ledger), "--progress", s(&progress)]);
    assert!(text(&again.stdout).contains("没有需要修改的内容"), "{}", text(&again.stdout));
}

#[test]
fn unreadable_ledgers_exit_1_and_leave_the_progress_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let progress = dir.path().join("progress.json");
    let set = cockpit(&["progress", "set", "--file", s(&progress), "--item", "yz-3.1.1", "--percent", "10"]);
    assert_eq!(set.status.code(), Some(0));
    let before = std::fs::read(&progress).unwrap();
    let cases = [
        ("contacts.csv", "姓名,电话\r\n张三,123\r\n".as_bytes().to_vec(), "找不到表头"),
        ("no-key.csv", "状态,完成比例\r\n推进中,40\r\n".as_bytes().to_vec(), "无法把各行对应到举措"),
        (
            "nothing-matches.csv",
            "政策举措,状态\r\n修建县城停车场,推进中\r\n".as_bytes().to_vec(),
            "没有一行能对应到框架中的举措",
        ),
        ("binary.csv", vec![0xFF, 0xFF, 0x00, 0x81], "无法识别文件编码"),
        ("ledger.docx", b"PK".to_vec(), "无法识别的文件类型"),
        ("broken.xlsx", b"not a zip".to_vec(), "无法打开表格"),
        ("empty.csv", Vec::new(), "文件是空的"),
        ("empty.xlsx", Vec::new(), "文件是空的"),
        ("bom-only.csv", b"\xEF\xBB\xBF".to_vec(), "文件是空的"),
        ("blank-sheet.xlsx", Workbook::new().save_to_buffer().unwrap(), "文件是空的"),
    ];
    for (name, bytes, expected) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let out = cockpit(&["import-ledger", s(&file), "--progress", s(&progress)]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", text(&out.stdout));
        assert!(text(&out.stderr).contains(expected), "{name}: {}", text(&out.stderr));
        assert_eq!(std::fs::read(&progress).unwrap(), before, "{name} changed the progress file");
    }
}

/// The plan in a record: items, tasks (id, name, items, fields, target) and which items are adopted.
fn plan_of(fw: &Framework, book: &ProgressBook) -> Vec<String> {
    let mut out: Vec<String> = fw.items.iter().filter(|i| book.counts(&i.id)).map(|i| i.id.clone()).collect();
    for (id, t) in book.tasks() {
        let fields: Vec<String> = LEDGER_FIELDS.iter().map(|f| t.get(*f).to_text()).collect();
        out.push(format!("{id} {} {:?} {:?} {}", t.title, t.parents, t.target, fields.join("|")));
    }
    out
}

/// A county's real ledger is mostly its own tasks. 60 rows: 10 are framework items (by title), 50 are local
/// tasks naming the item they serve in 上级举措. Placed as tasks, exported, and imported into an empty record,
/// they give the same plan; importing the original ledger again adds no task twice.
#[test]
fn a_county_ledger_of_local_tasks_is_placed_exported_and_imported_back_to_the_same_plan() {
    let fw = framework();
    let dir = tempfile::tempdir().unwrap();
    let ledger = dir.path().join("县科技局台账.csv");
    let mut csv = String::from("序号,工作任务,上级举措,牵头单位,完成时限,状态,完成比例,进展情况\n");
    for (n, item) in fw.items.iter().filter(|i| i.id.starts_with("bz-6.1.")).take(10).enumerate() {
        csv.push_str(&format!("{},{},,县科技局,2026-12-31,推进中,{},按计划推进\n", n + 1, item.title, 10 * (n % 5)));
    }
    let parents = ["bz-6.1.5", "bz-6.1.1", "bz-6.2.1", "bz-6.3.1", "bz-6.4.1"];
    for k in 0..50 {
        let (status, percent) = if k % 7 == 0 { ("已完成", 100) } else { ("推进中", 5 * (k % 19)) };
        csv.push_str(&format!(
            "{},2026年第{}项本地任务：新增科技型企业{}家,{},县{}局,2026年{}月底,{status},{percent},第{}批\n",
            11 + k,
            k + 1,
            k + 3,
            parents[k % 5],
            ["科技", "经信", "发改", "财政", "教科体", "人社", "商务", "市场监管"][k % 8],
            1 + k % 12,
            k + 1
        ));
    }
    std::fs::write(&ledger, csv).unwrap();
    let progress = dir.path().join("plan.json");
    let out = cockpit(&["import-ledger", s(&ledger), "--progress", s(&progress), "--place-unmatched", "suggested"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("新建任务 50 行"), "{stdout}");
    assert_eq!(stdout.matches("作为新任务放到").count(), 50, "every placement is reported: {stdout}");
    let book = policy_cockpit::io::progress_file::ProgressStore::read(&progress).unwrap();
    assert_eq!(book.tasks().count(), 50);
    assert_eq!(book.tasks_of("bz-6.1.5").count(), 10);
    let (first_id, first) = book.tasks().find(|(_, t)| t.title.starts_with("2026年第1项")).unwrap();
    assert_eq!(
        (first.status, first.lead_unit.as_str(), first.deadline),
        (Status::Done, "县科技局", Some("2026-01-31".parse().unwrap()))
    );
    // One task gets a quantified target, which the ledger carries too.
    let target = [
        "task",
        "set",
        "--progress",
        s(&progress),
        "--task",
        first_id,
        "--target",
        "科技型中小企业数,267,2024,317,2026,家",
    ];
    assert_eq!(cockpit(&target).status.code(), Some(0));
    let book = policy_cockpit::io::progress_file::ProgressStore::read(&progress).unwrap();
    let plan = plan_of(&fw, &book);
    assert!(plan.iter().any(|line| line.contains("base_value: 267.0")), "{plan:?}");

    // The same ledger again: every row is now an existing item or task.
    let again = cockpit(&["import-ledger", s(&ledger), "--progress", s(&progress), "--place-unmatched", "suggested"]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert!(text(&again.stdout).contains("已有任务 50 行，新建任务 0 行"), "{}", text(&again.stdout));
    let book_again = policy_cockpit::io::progress_file::ProgressStore::read(&progress).unwrap();
    assert_eq!(plan_of(&fw, &book_again), plan, "no task is added twice");

    // Exported and imported into an empty record: the same plan, the task ids carried in 编号.
    for format in [ExportFormat::Xlsx, ExportFormat::Csv] {
        let exported = dir.path().join(format.default_file_name(common::as_of(), policy_cockpit::i18n::Lang::Zh));
        let input = ExportInput { unit: "县科技局", ..ExportInput::new(&fw, &book, common::as_of(), "通江县") };
        export::export(format, &input, &exported).unwrap();
        let fresh = dir.path().join(format!("fresh-{format:?}.json"));
        let out = cockpit(&["import-ledger", s(&exported), "--progress", s(&fresh)]);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let imported = policy_cockpit::io::progress_file::ProgressStore::read(&fresh).unwrap();
        assert_eq!(plan_of(&fw, &imported), plan, "{format:?}");
    }
}

/// The sample county plan as an office sends it (title, 填报单位 and 截至 above the header, dates as date cells)
/// reads back to the same items and tasks, each date the same day.
#[test]
fn the_sample_plans_xlsx_ledger_with_its_title_rows_reads_back_with_the_same_dates() {
    let fw = framework();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-data/progress-示例数据.json");
    let book = policy_cockpit::io::progress_file::ProgressStore::read(&sample).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("台账.xlsx");
    let input = ExportInput { unit: "县科技局", ..ExportInput::new(&fw, &book, common::as_of(), "通江县") };
    export::export(ExportFormat::Xlsx, &input, &path).unwrap();
    let ledger = ledger_import::open(&path).unwrap();
    assert_eq!(ledger.mapping.header_row, 2, "the header under the title and 填报单位 rows");
    assert_eq!(ledger.mapping.unknown().count(), 0);
    let deadline = ledger.mapping.index_of(Column::Deadline).unwrap();
    let dated = (3..ledger.table.rows.len())
        .filter(|r| matches!(ledger.table.cell(*r, deadline), ledger_import::CellValue::Date(_)))
        .count();
    assert!(dated >= book.tasks().count(), "deadlines read as date cells: {dated}");
    let plan = ledger.plan(&fw, &ProgressBook::default()).unwrap();
    // A task serving two items is one row (its 上级举措 names both): the ledger reads back with nothing left over.
    assert!(book.tasks().any(|(_, t)| t.parents.len() > 1), "the sample has shared tasks");
    assert!(plan.unmatched.is_empty() && plan.problems.is_empty(), "{:?} {:?}", plan.unmatched, plan.problems);
    let mut imported = ProgressBook::default();
    for (id, value) in plan.edits {
        imported.set(&id, value, "导入", "2026-11-25T01:00:00Z".parse().unwrap());
    }
    assert_eq!(imported.tasks().count(), book.tasks().count());
    for (id, task) in book.tasks() {
        let back = imported.entry(id);
        assert_eq!((back.deadline, back.revised_deadline), (task.deadline, task.revised_deadline), "{id}");
        for field in LEDGER_FIELDS {
            assert_eq!(back.get(field), task.get(field), "{id} {field:?}");
        }
    }
}
