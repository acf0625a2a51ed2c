//! A county plan made for the slide tests: items adopted, some late or blocked through their own entry or
//! through their tasks, so the tests do not depend on the sample progress file.

use std::path::{Path, PathBuf};

/// The day the tests look at the plan.
pub const TODAY: &str = "2026-11-25";

/// Writes the plan into `dir` and returns its path.
pub fn write_plan(dir: &Path) -> PathBuf {
    let item = |status: &str, percent: u8, lead: &str, deadline: &str, next: &str| {
        serde_json::json!({
            "scope": "adopted", "status": status, "percent": percent, "lead_unit": lead,
            "deadline": deadline, "next_steps": next,
        })
    };
    let task = |parent: &str, title: &str, status: &str, percent: u8, lead: &str, deadline: &str, next: &str| {
        serde_json::json!({
            "title": title, "parents": [parent], "status": status, "percent": percent, "lead_unit": lead,
            "deadline": deadline, "next_steps": next,
        })
    };
    let mut blocked = item("blocked", 30, "县科技局", "2027-03-31", "县领导带队赴川北医学院对接合作");
    blocked["problems"] = "合作高校意向未落实".into();
    let mut revised = item("in_progress", 60, "县发改局", "2026-10-31", "12月初提交顾问委员会组建方案");
    revised["revised_deadline"] = "2026-11-10".into();
    let mut funds =
        task("bz-6.1.5", "揭榜项目资金拨付", "blocked", 20, "县财政局", "2026-12-31", "提请县政府常务会研究");
    funds["problems"] = "县级配套资金未到位".into();
    let entries = serde_json::json!({
        "bz-6.1.1": item("done", 100, "县委办", "2026-03-31", ""),
        "bz-6.1.2": item("done", 100, "县发改局", "2026-05-31", ""),
        "bz-6.1.3": item("in_progress", 40, "县经信局", "2026-09-30", "12月上旬召开第三次联席会议，问题逐项销号"),
        "bz-6.1.4": blocked,
        "bz-6.1.5": {"scope": "adopted"},
        "T-A001": task("bz-6.1.5", "2026 年新增揭榜挂帅项目 6 个", "in_progress", 50, "县科技局", "2026-10-31", "11月底前发布第二批榜单"),
        "T-A002": task("bz-6.1.5", "建立赛马机制评审专家库", "done", 100, "县科技局", "2026-06-30", ""),
        "T-A003": funds,
        "bz-6.1.6": revised,
        "bz-6.1.7": item("not_started", 0, "县财政局", "2026-06-30", "年底前完成基金设立方案"),
        "bz-6.1.8": item("in_progress", 70, "县金融服务中心", "2026-12-31", ""),
        "bz-6.1.9": {"scope": "adopted"},
        "T-A004": task("bz-6.1.9", "县级产业数据平台与市平台对接", "in_progress", 30, "县大数据中心", "2026-08-31", "12月完成接口联调"),
        "T-A005": task("bz-6.1.9", "平台二期功能上线", "not_started", 0, "县大数据中心", "2027-06-30", ""),
        "bz-6.1.10": item("in_progress", 30, "县科技局", "2026-12-15", ""),
        "bz-6.1.11": {"scope": "adopted", "status": "blocked", "percent": 10, "lead_unit": "县市场监管局",
                      "problems": "联盟发起企业不足"},
        "yz-3.1.1": item("in_progress", 80, "县经信局", "2026-11-20", "12月10日前完成验收"),
    });
    let book = serde_json::json!({
        "schema_version": 3,
        "label": "示例数据：测试用推进情况",
        "entries": entries,
    });
    let path = dir.join("plan.json");
    std::fs::write(&path, serde_json::to_string_pretty(&book).expect("json")).expect("write the plan");
    path
}
