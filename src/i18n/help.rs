//! The words of the settings window, the first-run welcome and the help window (shortcuts, guide, notes).

use super::{Text, t};

// The settings window.
/// Settings window: why the three fields matter.
pub const SETTINGS_INTRO: Text = t(
    "请先填写以下三项，软件会据此记录、筛选和命名：",
    "Fill these in first; the app records, filters and titles by them:",
);
/// Settings: under 填报人.
pub const USER_NAME_WHY: Text =
    t("每次修改都记下是谁改的，写入历史记录", "Every change records who made it, in the history");
/// Settings: under 本单位.
pub const USER_UNIT_WHY: Text =
    t("勾选“仅本单位”时，只显示本单位牵头的举措和任务", "“My unit only” shows the items and tasks your unit leads");
/// Settings: under 地区.
pub const REGION_WHY: Text = t(
    "报告和演示文稿以它为标题，图表突出显示这个地区",
    "The report and slides are titled with it; the charts pick it out",
);
/// Settings: hint in the name field.
pub const USER_NAME_HINT: Text = t("如：张三", "e.g. Zhang San");
/// Settings: hint in the unit field.
pub const USER_UNIT_HINT: Text = t("如：县科技局", "e.g. County Science Bureau");
/// Settings: hint in the region field.
pub const REGION_HINT: Text = t("如：通江县（可直接输入）", "e.g. Tongjiang County (type any name)");
/// Settings: the regions of the loaded data offered under the region field.
pub const REGION_FROM_DATA: Text = t("数据中的地区：", "Regions in the data:");
/// Settings: how many more regions match than are offered.
pub const REGION_MORE: Text = t("等 {count} 个，继续输入可缩小范围", "and {count} more; keep typing to narrow");
/// Settings: section on how it looks.
pub const SETTINGS_LOOK: Text = t("显示", "Display");
/// Settings: section on the light rule.
pub const SETTINGS_LIGHTS: Text = t("亮灯规则", "Light rule");
/// Settings: the light rule's thresholds in one line.
pub const SETTINGS_LIGHTS_NOW: Text = t(
    "距期限不足 {days} 天，或进度比按期应达到的落后超过 {points} 个百分点，亮黄灯",
    "Yellow when due within {days} days, or more than {points} points behind where it should be by now",
);
/// Settings: section on the framework file.
pub const SETTINGS_FRAMEWORK: Text = t("政策框架", "Policy framework");
/// Button that closes a window.
pub const CLOSE: Text = t("关闭", "Close");

// The first-run welcome.
/// Welcome title.
pub const WELCOME_TITLE: Text = t("欢迎使用政策驾驶舱", "Welcome to Policy Cockpit");
/// Welcome: why it asks.
pub const WELCOME_BODY: Text = t(
    "开始前请告诉软件三件事。以后可随时在右上角“设置”中修改。",
    "Before you start, tell the app three things. You can change them any time under Settings, top right.",
);
/// Welcome: start with what was typed.
pub const WELCOME_START: Text = t("开始使用", "Start");
/// Welcome: put it off.
pub const WELCOME_LATER: Text = t("以后再说", "Later");

// The help window.
/// Header button and window title.
pub const HELP: Text = t("帮助", "Help");
/// Help page: keyboard shortcuts.
pub const HELP_SHORTCUTS: Text = t("快捷键", "Shortcuts");
/// Help page: the short guide.
pub const HELP_GUIDE: Text = t("使用指南", "Getting started");
/// Help page: plain-words notes on the rules and the index.
pub const HELP_NOTES: Text = t("说明", "How it works");
/// Shortcuts page: the main screen's keys.
pub const KEYS_MAIN: Text = t("主界面", "Main screen");
/// Shortcuts page: the keys while presenting.
pub const KEYS_PRESENTING: Text = t("演示时", "While presenting");
/// Shortcuts page: keys that work everywhere.
pub const KEYS_ANYWHERE: Text = t("任何时候", "Any time");
/// Key name: the space bar.
pub const KEY_SPACE: Text = t("空格", "Space");
/// Joins keys that do the same.
pub const KEYS_OR: Text = t(" 或 ", " or ");

// What each shortcut does (the list is in src/ui/shortcuts.rs).
/// F5.
pub const DOES_PRESENT: Text = t("开始演示（从第一页）", "Start presenting (from the first slide)");
/// Ctrl+F.
pub const DOES_SEARCH: Text = t("查找举措", "Find items");
/// Ctrl+O.
pub const DOES_OPEN_METRICS: Text = t("打开指标数据（统计年鉴、部门报表）", "Open indicator data (yearbooks, reports)");
/// Ctrl+S.
pub const DOES_SAVE: Text = t("无需保存：每次修改都已自动保存", "Nothing to save: every change is saved at once");
/// Ctrl+Shift+S.
pub const DOES_SNAPSHOT: Text =
    t("存一个节点（如“第三次推进会”），以后可以对比", "Keep a snapshot (e.g. “third review meeting”) to compare later");
/// Ctrl+Z.
pub const DOES_UNDO: Text = t("撤销上一次修改", "Undo the last change");
/// Ctrl+Y.
pub const DOES_REDO: Text = t("恢复撤销的修改", "Redo");
/// F11.
pub const DOES_FULLSCREEN: Text = t("全屏 / 退出全屏", "Full screen on or off");
/// Next slide.
pub const DOES_NEXT: Text = t("下一页", "Next slide");
/// Previous slide.
pub const DOES_PREVIOUS: Text = t("上一页", "Previous slide");
/// First slide.
pub const DOES_FIRST: Text = t("第一页", "First slide");
/// Last slide.
pub const DOES_LAST: Text = t("最后一页", "Last slide");
/// Leave presenting.
pub const DOES_STOP: Text = t("结束演示", "Stop presenting");

/// The short guide, one step a line.
pub const GUIDE_STEPS: [Text; 7] = [
    t(
        "填写本单位和地区：点右上角“设置”，填上填报人、本单位、地区。修改记录、“仅本单位”筛选和报告标题都靠它们。",
        "Set your unit and region: click Settings (top right) and fill in your name, unit and region. The history, “My unit only” and report titles use them.",
    ),
    t(
        "确定哪些举措要做：在清单或详情中把举措标为“采纳”，本地不适用的标为“不适用”并写明理由。",
        "Decide what to take up: mark items 采纳 (adopt) in the list or the detail, and 不适用 (not applicable) with a reason where they do not fit.",
    ),
    t(
        "分解本地任务：在采纳的举措下添加任务，写明牵头单位、期限，能量化的再设一个目标值（如研发投入达到多少）。",
        "Break items into local tasks: add tasks under adopted items with a lead unit and a deadline, and a number to reach where there is one.",
    ),
    t(
        "随时更新进展：改状态、拖动完成百分比、写进展说明。每次修改自动保存，并记下是谁、何时改的。",
        "Mark progress as it happens: status, percent done, a note. Every change is saved at once with who made it and when.",
    ),
    t(
        "汇总各单位台账：“进度 → 导入台账”读入各单位报来的 Excel 或 WPS 表格，先预览，确认后再导入。",
        "Gather the offices' ledgers: Progress → Import ledger reads their Excel or WPS sheets; check the preview, then import.",
    ),
    t(
        "对照指标数据：按 Ctrl+O 打开统计年鉴或部门报表，图表和“评价指数”显示本地区的位置和短板。",
        "Check against the data: Ctrl+O opens a yearbook or report; the charts and the evaluation index show where the region stands and what holds it back.",
    ),
    t(
        "开会汇报：点“演示”（或按 F5）全屏放映，用方向键翻页；会后用“导出”生成报告、演示文稿或台账。",
        "Report at the meeting: click Present (or F5) for full-screen slides, arrow keys to move; afterwards Export writes the report, slides or ledger.",
    ),
];

// The notes page.
/// Notes: heading on the lights.
pub const NOTES_LIGHTS: Text = t("红黄绿灯怎么亮", "How the lights are set");
/// Notes: the light rule in plain words, with the thresholds in use.
pub const NOTES_LIGHT_RULE: [Text; 5] = [
    t("绿灯：已完成，或进度跟得上期限。", "Green: done, or keeping up with its deadline."),
    t(
        "黄灯：离期限不足 {days} 天；或者进度落后了——从开始到期限匀速推进，今天本该完成的比例，比实际填报的高出 {points} 个百分点以上。",
        "Yellow: due within {days} days; or falling behind — moving evenly from start to deadline it should have reached a share today more than {points} points above what is marked.",
    ),
    t("红灯：已过期限仍未完成，或标为“受阻”。", "Red: past its deadline and not done, or marked blocked."),
    t(
        "灰色（无期限）：还没定期限，暂不评判，单独计数。",
        "Grey (no deadline): no deadline yet, so nothing to judge; counted apart.",
    ),
    t(
        "期限以调整后的为准；没有调整就按原定期限。本地任务设了目标值、又打开了相应数据时，数值落后也会亮黄灯或红灯，取两者中较差的。",
        "A revised deadline counts over the original. A task with a number to reach is also judged by the loaded data, and takes the worse of the two lights.",
    ),
];
/// Notes: heading on items with tasks.
pub const NOTES_TASKS: Text = t("分解了任务的举措怎么算", "Items broken into tasks");
/// Notes: how an item with tasks takes its standing.
pub const NOTES_TASK_RULE: Text = t(
    "举措分解成本地任务后，按它的任务来算：完成百分比取各任务的平均；任务全部完成才算“已完成”，有一个受阻就算“受阻”；灯取各任务中最差的一个，有一个过期就算过期。没有任务的举措按它自己填报的进展算。",
    "Once an item has local tasks, they decide: its percent is their average; it is done when all are done and blocked when any is; its light is the worst of theirs, and it is overdue when any is. An item without tasks is judged by its own entry.",
);
/// Notes: heading on the evaluation index.
pub const NOTES_INDEX: Text = t("评价指数是什么", "What the evaluation index is");
/// Notes: the evaluation index in plain words.
pub const NOTES_INDEX_BODY: [Text; 4] = [
    t(
        "评价指数把多项统计指标合成一个分数，用来比较各地区科技创新与产业创新融合得怎么样。分数在 0 到 1 之间，越高越好。",
        "The evaluation index folds many statistics into one score that compares how well regions join sci-tech and industrial innovation. It runs from 0 to 1; higher is better.",
    ),
    t(
        "先把各指标换算到同一尺度（最好的记 1，最差的记 0；像能耗这类越小越好的反过来算）。再定每项指标占多大分量：默认按各地区差别大小来定（差别越大的指标越能区分地区，分量越大，即“熵权法”），也可改为各项一样重，或用专家给的权重。",
        "Each indicator is first put on one scale (best 1, worst 0; for lower-is-better ones such as energy use, the other way round). Then each gets a weight: by default, the more an indicator differs between regions, the more it counts (“entropy weights”); or all count the same, or experts set them.",
    ),
    t(
        "最后看每个地区离“各项都最好”有多近、离“各项都最差”有多远，合成综合得分（即 TOPSIS 方法）。四个支柱各算一个分指数；四个分指数是否齐头并进，用“耦合协调度”表示。",
        "Finally each region's score says how close it is to “best on everything” and how far from “worst on everything” (the TOPSIS method). Each of the four pillars gets a sub-index; whether the four keep pace with each other is the “coupling coordination”.",
    ),
    t(
        "“障碍因素”是拖分最多的几项指标，可点开看哪些举措和本地任务针对它们。地区少于 {threshold} 个时，权重容易随数据变化，排名宜结合等权一起看。",
        "The “obstacles” are the indicators that pull the score down most; open one to see the items and local tasks that address it. With fewer than {threshold} regions the weights swing with the data, so read the ranks beside equal weights.",
    ),
];
/// Evaluation: what the data column of the ranking means.
pub const COVERAGE_HINT: Text = t(
    "这个地区这一年有数值的指标，占全部权重的比例；不到 100% 说明有指标缺数据，得分只按有数据的指标算",
    "The share of the weight whose indicators have a value for this region and year; below 100 % some data is missing and the score rests on the rest",
);
/// Link from elsewhere in the window to the notes on the evaluation index.
pub const NOTES_INDEX_LINK: Text = t("评价指数是怎么算的？", "How is the index worked out?");
