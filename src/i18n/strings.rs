//! The string table. Each entry: Chinese, then English. `{name}` marks a value filled in at run time.

use super::{Text, t};

// Application and header.
/// Window and header title.
pub const APP_TITLE: Text = t("政策驾驶舱", "Policy Cockpit");
/// Subtitle under the title.
pub const APP_SUBTITLE: Text =
    t("科技创新与产业创新深度融合", "Deep integration of sci-tech and industrial innovation");
/// Where the framework came from: the copy built into the app.
pub const FRAMEWORK_BUILT_IN: Text = t("内置框架", "built-in framework");
/// Header summary of the framework.
pub const FRAMEWORK_COUNTS: Text = t(
    "{documents} 份文档 · {pillars} 个支柱 · {elements} 个要素 · {items} 项举措",
    "{documents} documents · {pillars} pillars · {elements} elements · {items} items",
);

// Menus and settings.
/// Settings menu.
pub const SETTINGS: Text = t("设置", "Settings");
/// Language switch label.
pub const LANGUAGE: Text = t("语言", "Language");
/// Menu entry: open a framework file.
pub const OPEN_FRAMEWORK: Text = t("打开框架文件…", "Open framework file…");
/// Menu entry: go back to the built-in framework.
pub const USE_BUILT_IN_FRAMEWORK: Text = t("恢复内置框架", "Use the built-in framework");
/// File dialog filter name.
pub const FRAMEWORK_FILES: Text = t("框架文件", "Framework files");
/// Banner: a framework file could not be loaded.
pub const FRAMEWORK_LOAD_FAILED: Text = t(
    "无法使用框架文件，仍显示原来的框架：",
    "Could not use the framework file; still showing the previous framework:",
);
/// Button that closes a banner.
pub const DISMISS: Text = t("关闭", "Dismiss");

// The four-pillar diagram.
/// Diagram panel heading.
pub const DIAGRAM_HEADING: Text = t("四支柱理论图", "Four-pillar theory diagram");
/// Diagram caption with its source.
pub const DIAGRAM_CAPTION: Text = t("依据：{source}（图1）", "After {source} (Fig. 1)");
/// Count of items under a pillar or element.
pub const ITEM_COUNT: Text = t("{count} 项举措", "{count} items");
/// Hint under the diagram.
pub const DIAGRAM_HINT: Text = t(
    "点击支柱或要素筛选举措，再次点击取消；悬停查看含义与出处",
    "Click a pillar or an element to filter the items, again to clear; hover for meaning and source",
);

/// The roof of the diagram: the goal, in the words of 图1 (袁野、邹桥 2025).
pub const DIAGRAM_GOAL: Text =
    t("人工智能科技创新与产业创新深度融合", "Deep integration of AI sci-tech innovation and industrial innovation");
/// Under a pillar: items done.
pub const DIAGRAM_DONE: Text = t("已完成 {done}/{items}", "{done}/{items} done");
/// In an element card: items and done.
pub const ELEMENT_COUNTS: Text = t("{items} 项 · 完成 {done}", "{items} items · {done} done");
/// A key figure's movement, judged by the indicator's direction: arrow and word, never colour alone.
pub const TREND_BETTER_UP: Text = t("▲ 向好", "▲ better");
/// Lower value, and lower is better.
pub const TREND_BETTER_DOWN: Text = t("▼ 向好", "▼ better");
/// Higher value, and higher is worse.
pub const TREND_WORSE_UP: Text = t("▲ 变差", "▲ worse");
/// Lower value, and lower is worse.
pub const TREND_WORSE_DOWN: Text = t("▼ 变差", "▼ worse");
/// Unchanged value.
pub const TREND_SAME: Text = t("＝ 持平", "= unchanged");
/// Only one value: no movement to show (tooltip).
pub const TREND_NONE: Text = t("仅有一年数据，无法比较", "One year of data only: nothing to compare with");
/// Under the diagram: where the key figures come from.
pub const KEY_FIGURES_FROM: Text =
    t("关键指标（{region}，{years} 年）取自：{files}", "Key figures ({region}, {years}) from: {files}");
/// Key figure tooltip: region, year and value.
pub const KEY_FIGURE_VALUE: Text = t("{region} {year} 年：{value} {unit}", "{region}, {year}: {value} {unit}");
/// Key figure tooltip: the value before.
pub const KEY_FIGURE_PREVIOUS: Text = t("上一期（{year} 年）：{value} {unit}", "Previous ({year}): {value} {unit}");
/// Key figure tooltip: the data file.
pub const KEY_FIGURE_FILE: Text = t("数据文件：{file}", "Data file: {file}");
/// A light with its count, e.g. "■ 告警 2".
pub const LIGHT_COUNT: Text = t("{light} {count}", "{light} {count}");

// The checklist.
/// Checklist panel heading.
pub const CHECKLIST_HEADING: Text = t("政策举措清单", "Recommendation checklist");
/// Filter chip: showing the items of one pillar.
pub const FILTERED_BY_PILLAR: Text = t("支柱：{name}", "Pillar: {name}");
/// Search box hint.
pub const SEARCH_HINT: Text = t("搜索举措、部门、备注（Ctrl+F）", "Search items, departments, notes (Ctrl+F)");
/// Search box label.
pub const SEARCH: Text = t("搜索", "Search");
/// Filter label: document.
pub const FILTER_DOCUMENT: Text = t("按文献", "By document");
/// Filter: all documents.
pub const FILTER_ALL_DOCUMENTS: Text = t("全部文献", "All documents");
/// Filter chip: showing the items of one element.
pub const FILTERED_BY: Text = t("筛选：{name}（{count} 项）", "Filter: {name} ({count} items)");
/// Button that clears the filter.
pub const CLEAR_FILTER: Text = t("清除筛选", "Clear filter");
/// Button that shows a document's citation and theory.
pub const ABOUT_DOCUMENT: Text = t("ⓘ 文献信息与理论要点", "ⓘ About this document and its theory");
/// Shown when a filter leaves nothing.
pub const NO_ITEMS: Text = t("没有符合条件的举措", "No items match");

// The detail view.
/// Detail heading when a document is shown.
pub const DOCUMENT_HEADING: Text = t("文献", "Document");
/// Detail panel heading.
pub const DETAIL_HEADING: Text = t("举措详情", "Item details");
/// Shown when nothing is selected.
pub const NOTHING_SELECTED: Text =
    t("在清单中选择一项举措，查看全文与出处。", "Select an item in the checklist to see its text and source.");
/// Field label: source.
pub const SOURCE: Text = t("出处", "Source");
/// Field label: section group.
pub const SECTION: Text = t("所属章节", "Section");
/// Field label: pillars and elements.
/// Field label: level.
pub const LEVEL: Text = t("层级", "Level");
/// Field label: departments.
pub const DEPARTMENTS: Text = t("涉及部门", "Departments");
/// No department named by the document.
pub const DEPARTMENTS_NONE: Text = t("原文未指明", "not named in the document");
/// Field label: who the item is addressed to.
pub const ADDRESSED_TO: Text = t("面向", "Addressed to");
/// No audience named by the item's text.
pub const ADDRESSED_TO_NONE: Text = t("原文未指明", "not named in the text");
/// Field label: id.
pub const ITEM_ID: Text = t("编号", "ID");
/// Field label: full reference.
pub const REFERENCE: Text = t("文献", "Reference");
/// Heading of a document's theory notes.
pub const THEORY: Text = t("理论要点", "Theory");
/// Field label: element meaning.
pub const MEANING: Text = t("含义", "Meaning");

// Levels and group kinds.
/// Level: national.
pub const LEVEL_NATIONAL: Text = t("国家层面", "National");
/// Level: provincial.
pub const LEVEL_PROVINCIAL: Text = t("省级层面", "Provincial");
/// Level: city and county.
pub const LEVEL_CITY_COUNTY: Text = t("市县层面", "City / county");
/// Audience: governments and their departments.
pub const AUDIENCE_GOVERNMENT: Text = t("政府及部门", "Government");
/// Audience: firms.
pub const AUDIENCE_FIRMS: Text = t("企业", "Firms");
/// Audience: universities.
pub const AUDIENCE_UNIVERSITIES: Text = t("高校", "Universities");
/// Audience: research institutes.
pub const AUDIENCE_RESEARCH_INSTITUTES: Text = t("科研院所", "Research institutes");
/// Audience: banks, funds and investors.
pub const AUDIENCE_FINANCIAL_INSTITUTIONS: Text = t("金融与投资机构", "Financial institutions & investors");
/// Audience: intermediaries and industry associations.
pub const AUDIENCE_INTERMEDIARIES: Text = t("中介机构与行业协会", "Intermediaries & industry associations");
/// Audience: talent and researchers.
pub const AUDIENCE_TALENT: Text = t("人才与科研人员", "Talent & researchers");
/// Group kind: practice path.
pub const KIND_PRACTICE_PATH: Text = t("实践路径", "Practice path");
/// Group kind: policy choice.
pub const KIND_POLICY_CHOICE: Text = t("政策选择", "Policy choice");
/// Group kind: local action.
pub const KIND_LOCAL_ACTION: Text = t("市县举措", "City and county action");
/// Group kind: strategic direction.
pub const KIND_STRATEGIC_DIRECTION: Text = t("战略方向", "Strategic direction");

// Entities, as named in error messages.
/// A document.
pub const ENTITY_DOCUMENT: Text = t("文档", "document");
/// A pillar.
pub const ENTITY_PILLAR: Text = t("支柱", "pillar");
/// An element.
pub const ENTITY_ELEMENT: Text = t("要素", "element");
/// A group.
pub const ENTITY_GROUP: Text = t("章节", "section");
/// An item.
pub const ENTITY_ITEM: Text = t("举措", "item");
/// A diagnosis.
pub const ENTITY_PROBLEM: Text = t("问题/短板", "problem");

// Framework problems.
/// Unknown schema version.
pub const ERR_SCHEMA: Text = t(
    "schema_version 为 {found}，本程序只能读取版本 {supported}",
    "schema_version is {found}; this program reads version {supported}",
);
/// A pillar of 图1 is missing.
pub const ERR_MISSING_PILLAR: Text = t(
    "缺少支柱“{pillar}”（图1 的四个支柱都必须有）",
    "pillar “{pillar}” is missing (all four pillars of Fig. 1 are required)",
);
/// A pillar appears twice.
pub const ERR_DUPLICATE_PILLAR: Text = t("支柱“{pillar}”出现了两次", "pillar “{pillar}” appears twice");
/// A malformed id.
pub const ERR_BAD_ID: Text = t(
    "第 {position} 个{entity}的编号“{id}”无效：编号只能用英文字母、数字、“-”和“.”",
    "{entity} #{position} has an invalid id “{id}”: use ASCII letters, digits, “-” and “.”",
);
/// A duplicated id.
pub const ERR_DUPLICATE_ID: Text = t("{entity}编号“{id}”重复", "{entity} id “{id}” is used twice");
/// A missing field.
pub const ERR_MISSING_FIELD: Text =
    t("{entity}“{id}”缺少字段 {field}", "{entity} “{id}”: field {field} is missing or empty");
/// A dangling reference.
pub const ERR_UNKNOWN_REFERENCE: Text = t(
    "{entity}“{id}”的字段 {field} 引用了不存在的“{value}”",
    "{entity} “{id}”: field {field} refers to “{value}”, which does not exist",
);
/// An audience word outside the vocabulary.
pub const ERR_UNKNOWN_AUDIENCE: Text = t(
    "举措“{id}”的字段 addressed_to 含有未知的对象“{word}”（可用：{known}）",
    "item “{id}”: field addressed_to holds “{word}”, which is not an audience (use one of: {known})",
);
/// A diagnosis without remedies.
pub const ERR_PROBLEM_WITHOUT_REMEDY: Text = t(
    "问题/短板“{id}”没有对应举措：remedies 中至少要列出一条举措编号",
    "problem “{id}” names no remedy: list at least one item id under remedies",
);
/// A diagnosis whose remedy is not an item.
pub const ERR_UNKNOWN_REMEDY: Text = t(
    "问题/短板“{id}”的对应举措“{item}”在框架中不存在",
    "problem “{id}”: remedy “{item}” is not an item of the framework",
);
/// A diagnosis whose indicator the catalog lacks.
pub const ERR_UNKNOWN_INDICATOR: Text = t(
    "问题/短板“{id}”的指标“{indicator}”不在指标目录（indicators.json）中",
    "problem “{id}”: indicator “{indicator}” is not in the indicator catalog (indicators.json)",
);

// File errors.
/// A file could not be read.
pub const ERR_READ: Text = t("{path}：无法读取（{reason}）", "{path}: cannot be read ({reason})");
/// Why a file operation failed: no such file or folder.
pub const IO_NOT_FOUND: Text = t("文件或文件夹不存在", "no such file or folder");
/// Why a file operation failed: no permission.
pub const IO_PERMISSION: Text = t("没有访问权限", "permission denied");
/// Why a file operation failed: a folder where a file was expected.
pub const IO_IS_DIRECTORY: Text = t("这是一个文件夹，不是文件", "it is a folder, not a file");
/// Why a file operation failed: part of the path is a file, not a folder.
pub const IO_NOT_DIRECTORY: Text = t("路径中有一段不是文件夹", "part of the path is not a folder");
/// Why a file operation failed: the disk is full.
pub const IO_DISK_FULL: Text = t("磁盘已满", "the disk is full");
/// Why a file operation failed: read-only storage.
pub const IO_READ_ONLY: Text = t("磁盘或文件夹只读", "the disk or folder is read-only");
/// Why a file operation failed: the file exists already.
pub const IO_EXISTS: Text = t("文件已存在", "the file exists already");
/// Why a file operation failed: a name the system does not accept.
pub const IO_BAD_NAME: Text = t("文件名不合规", "the system does not accept this file name");
/// Why a file operation failed: anything else, with the system's text.
pub const IO_OTHER: Text = t("系统错误：{detail}", "{detail}");
/// A file is not UTF-8.
pub const ERR_ENCODING: Text = t(
    "{path}：第 {offset} 字节处不是 UTF-8 文本（可能是 GBK 编码），请另存为 UTF-8",
    "{path}: not UTF-8 text at byte {offset} (GBK, perhaps); save it as UTF-8",
);
/// JSON that ends too early.
pub const ERR_JSON_TRUNCATED: Text = t(
    "{path}：第 {line} 行第 {column} 列：文件不完整，在此处意外结束（{detail}）",
    "{path}: line {line}, column {column}: the file ends too early ({detail})",
);
/// JSON that is malformed or has the wrong shape.
pub const ERR_JSON: Text =
    t("{path}：第 {line} 行第 {column} 列：格式错误（{detail}）", "{path}: line {line}, column {column}: {detail}");
/// A framework that breaks its rules.
pub const ERR_INVALID_FRAMEWORK: Text =
    t("{path}：框架文件有 {count} 处问题：", "{path}: the framework has {count} problem(s):");

// Progress: statuses, lights, editing.
/// Light: no deadline yet.
pub const LIGHT_UNSCHEDULED: Text = t("○ 未定时限", "○ No deadline");
/// Light: green, with its word.
pub const LIGHT_GREEN: Text = t("● 正常", "● On track");
/// Why a light: done.
pub const LIGHT_WHY_DONE: Text = t("已完成", "Done");
/// Why a light: blocked.
pub const LIGHT_WHY_BLOCKED: Text = t("状态为“受阻”", "Marked as blocked");
/// Why a light: overdue.
pub const LIGHT_WHY_OVERDUE: Text =
    t("已过时限 {date}，逾期 {days} 天", "Past its deadline {date}: {days} days overdue");
/// Why a light: due today.
pub const LIGHT_WHY_DUE_TODAY: Text = t("今天到期，尚未完成", "Due today and not done");
/// Why a light: due soon.
pub const LIGHT_WHY_DUE_SOON: Text = t("{days} 天后到期，尚未完成", "Due in {days} days and not done");
/// Why a light: behind the straight line from start to deadline.
pub const LIGHT_WHY_BEHIND: Text = t(
    "按开始日到时限的匀速进度，今天应完成约 {expected}%，现为 {percent}%",
    "At an even pace from start to deadline it should be about {expected}% done by today; it is {percent}%",
);
/// Why a light: no deadline.
pub const LIGHT_WHY_UNSCHEDULED: Text = t("未定时限，无法判断快慢", "No deadline yet: nothing to judge");
/// Why a light: on track.
pub const LIGHT_WHY_ON_TRACK: Text = t("按进度推进", "On track");
/// Why a light: a task's number lags its target.
pub const LIGHT_WHY_TARGET: Text = t(
    "量化目标：{indicator} {year} 年为 {value}，完成目标的 {share}%，按匀速应达 {expected}%",
    "Target: {indicator} was {value} in {year}, {share}% of the way to the target; an even pace would be {expected}%",
);
/// Why a light: an item takes the worst light of its tasks.
pub const LIGHT_WHY_TASKS: Text = t(
    "按其 {count} 项任务中最差的灯号：告警 {red} 项、预警 {yellow} 项",
    "The worst light of its {count} tasks: {red} red, {yellow} yellow",
);
/// Light: yellow, with its word.
pub const LIGHT_YELLOW: Text = t("▲ 预警", "▲ At risk");
/// Light: red, with its word.
pub const LIGHT_RED: Text = t("■ 告警", "■ Overdue or blocked");
/// Short words for the diagram's counts, where space is tight: red.
pub const LIGHT_RED_SHORT: Text = t("■ 告警", "■ red");
/// Short words for the diagram's counts: yellow.
pub const LIGHT_YELLOW_SHORT: Text = t("▲ 预警", "▲ at risk");
/// Status: not started.
pub const STATUS_NOT_STARTED: Text = t("未开始", "Not started");
/// Status: in progress.
pub const STATUS_IN_PROGRESS: Text = t("推进中", "In progress");
/// Status: done.
pub const STATUS_DONE: Text = t("已完成", "Done");
/// Status: blocked.
pub const STATUS_BLOCKED: Text = t("受阻", "Blocked");
/// Status: paused.
pub const STATUS_PAUSED: Text = t("暂缓", "Paused");
/// Section heading of the progress fields.
pub const PROGRESS_HEADING: Text = t("落实进度", "Implementation progress");
/// Field: status.
pub const FIELD_STATUS: Text = t("状态", "Status");
/// Field: percent.
pub const FIELD_PERCENT: Text = t("完成比例", "Percent complete");
/// Field: lead unit.
pub const FIELD_LEAD_UNIT: Text = t("牵头单位", "Lead unit");
/// Field: co-units.
pub const FIELD_CO_UNITS: Text = t("责任单位", "Co-units");
/// Hint in the co-units field.
pub const CO_UNITS_HINT: Text = t("多个单位用“、”或逗号分隔", "separate units with “、” or commas");
/// Field: start date.
pub const FIELD_START: Text = t("开始日期", "Start date");
/// Field: deadline.
pub const FIELD_DEADLINE: Text = t("原定时限", "Original deadline");
/// Field: revised deadline.
pub const FIELD_REVISED_DEADLINE: Text = t("调整时限", "Revised deadline");
/// Field: progress note.
pub const FIELD_NOTE: Text = t("进展情况", "Progress");
/// Field: problems.
pub const FIELD_PROBLEMS: Text = t("存在问题", "Problems");
/// Field: next steps.
pub const FIELD_NEXT_STEPS: Text = t("下步打算", "Next steps");
/// Field: evidence.
pub const FIELD_EVIDENCE: Text = t("佐证材料", "Evidence");
/// Scope: adopted.
pub const SCOPE_ADOPTED: Text = t("采纳", "Adopted");
/// Scope: not applicable.
pub const SCOPE_NOT_APPLICABLE: Text = t("不适用", "Not applicable");
/// Scope: undecided.
pub const SCOPE_UNDECIDED: Text = t("待定", "Undecided");
/// Field: an item's scope.
pub const FIELD_SCOPE: Text = t("采纳情况", "Scope");
/// Field: why an item was set aside.
pub const FIELD_SCOPE_REASON: Text = t("不适用理由", "Reason");
/// Field: a task's name.
pub const FIELD_TITLE: Text = t("任务名称", "Task");
/// Field: the items a task serves.
pub const FIELD_PARENTS: Text = t("上级举措", "Serves");
/// Field: a task's quantified target.
pub const FIELD_TARGET: Text = t("量化目标", "Target");
/// Field: a task deleted.
pub const FIELD_REMOVED: Text = t("删除", "Deleted");

// The work plan in the window: scope, bulk decisions, local tasks and their targets.
/// The scope choices' heading in the detail view.
pub const SCOPE_HEADING: Text = t("工作计划：是否采纳", "Work plan: adopt this item?");
/// Hint in the reason field.
pub const SCOPE_REASON_HINT: Text = t("如：国家层面举措；面向企业", "e.g. national in scope; addressed to firms");
/// Who the document addresses and at which level, beside the scope choice.
pub const SCOPE_CONTEXT: Text = t(
    "{level} · 面向：{audience} · 原文所指部门：{departments}",
    "{level} · addressed to: {audience} · departments named: {departments}",
);
/// Menu of bulk scope decisions in the detail view (section, document, level).
pub const BULK_MENU: Text = t("批量设定…", "In bulk…");
/// Menu of bulk scope decisions in a checklist heading (for its document or section).
pub const BULK_MENU_SHORT: Text = t("批量…", "Bulk…");
/// Bulk: adopt every item of a set.
pub const BULK_ADOPT: Text = t("采纳{what}全部 {count} 项", "Adopt all {count} items of {what}");
/// Bulk: set every item of a set aside.
pub const BULK_ASIDE: Text = t("{what}全部 {count} 项设为不适用", "Set all {count} items of {what} aside");
/// Bulk: back to undecided.
pub const BULK_UNDECIDED: Text = t("{what}全部 {count} 项改回待定", "Make all {count} items of {what} undecided");
/// Bulk: the selected item's section.
pub const BULK_WHAT_GROUP: Text = t("本节", "this section");
/// Bulk: the selected item's document.
pub const BULK_WHAT_DOCUMENT: Text = t("本文档", "this document");
/// Bulk: every item of a level.
pub const BULK_WHAT_LEVEL: Text = t("“{level}”", "the level “{level}”");
/// Bulk: every item addressed to an audience.
pub const BULK_WHAT_AUDIENCE: Text = t("面向“{audience}”的举措", "the items addressed to “{audience}”");
/// Bulk: the reason asked once for all items set aside.
pub const BULK_REASON: Text = t("不适用理由（一次填写，用于全部）", "Reason (once, for all of them)");
/// Bulk: why setting aside is not offered yet.
pub const BULK_REASON_NEEDED: Text = t("先填写不适用理由", "Give the reason first");
/// Filter label: scope.
pub const FILTER_SCOPE: Text = t("按采纳情况", "By scope");
/// Filter: every scope.
pub const FILTER_ALL_SCOPES: Text = t("全部", "All");
/// Overall progress in the header once the plan has started: what it counts.
pub const OVERALL_PLAN: Text = t(
    "已采纳 {items} 项举措、{tasks} 项任务中，已完成 {done} 项（{share}%）",
    "Of {items} adopted items and {tasks} tasks, {done} done ({share}%)",
);
/// Detail view: the tasks of an item.
pub const TASKS_HEADING: Text = t("本地任务（{count}）", "Local tasks ({count})");
/// Detail view: an item not yet broken into tasks.
pub const TASKS_NONE: Text = t(
    "尚未分解任务；有任务后，本举措的进度取自任务。",
    "No tasks yet; once it has some, the item's progress comes from them.",
);
/// Detail view: the item's standing comes from its tasks.
pub const STANDING_FROM_TASKS: Text = t(
    "按任务汇总：{status} {percent}%（平均完成比例、最差灯号）",
    "From its tasks: {status} {percent}% (mean percent, worst light)",
);
/// Field: the name of a task to add.
pub const NEW_TASK_TITLE: Text = t("新任务名称", "New task's name");
/// Hint in the new task's name field.
pub const NEW_TASK_HINT: Text = t("如：2026 年新增科技型中小企业 50 家", "e.g. 50 new tech-based SMEs in 2026");
/// Button: add a task under the item.
pub const ADD_TASK: Text = t("新增任务", "Add task");
/// Checklist: show or hide an item's tasks.
pub const TASKS_TOGGLE: Text = t("任务 {count} 项", "{count} tasks");
/// A task's lead unit and deadline in a list.
pub const TASK_LEAD: Text = t("牵头：{unit}", "Lead: {unit}");
/// A task's deadline in a list.
pub const TASK_DEADLINE: Text = t("时限：{date}", "Due {date}");
/// Task editor heading.
pub const TASK_HEADING: Text = t("本地任务 {id}", "Local task {id}");
/// Button: back from a task to its item.
pub const BACK_TO_ITEM: Text = t("← 返回举措", "← Back to the item");
/// Task editor: choose another item to serve.
pub const ADD_PARENT: Text = t("增加所服务的举措", "Serve another item");
/// Task editor: stop serving an item.
pub const REMOVE_PARENT: Text = t("移出", "Remove");
/// Task editor: a task serves at least one item.
pub const LAST_PARENT: Text =
    t("任务至少服务一项举措；先增加另一项再移出", "A task serves at least one item; add another first");
/// Button: delete a task (undoable).
pub const REMOVE_TASK: Text = t("删除任务", "Delete task");
/// Button: give a task a target.
pub const TARGET_SET: Text = t("设定量化目标", "Set a target");
/// Button: drop a task's target.
pub const TARGET_CLEAR: Text = t("清除量化目标", "Clear the target");
/// Target: the catalog's indicator.
pub const TARGET_INDICATOR: Text = t("指标（指标目录）", "Indicator (catalog)");
/// Target: an indicator not in the catalog.
pub const TARGET_OWN_INDICATOR: Text = t("或自定义指标名称", "Or a name of your own");
/// Target: unit.
pub const TARGET_UNIT: Text = t("单位", "Unit");
/// Target: base value.
pub const TARGET_BASE_VALUE: Text = t("基期值", "Base value");
/// Target: base year.
pub const TARGET_BASE_YEAR: Text = t("基期年", "Base year");
/// Target: value to reach.
pub const TARGET_VALUE: Text = t("目标值", "Target value");
/// Target: year to reach it.
pub const TARGET_YEAR: Text = t("目标年", "Target year");
/// A target field holds something that is not a number or a year (before the target year).
pub const BAD_NUMBER: Text = t("“{text}”不是可用的数值，未保存", "“{text}” is not a usable value; not saved");
/// Target tracked from data: the newest value.
pub const TARGET_CURRENT: Text =
    t("当前值：{value} {unit}（{region} {year} 年，{file}）", "Now: {value} {unit} ({region}, {year}; {file})");
/// Target tracked from data: how far it has come and where the straight line is.
pub const TARGET_SHARE: Text = t(
    "从基期到目标已完成 {share}%，按直线进度应达 {expected}%",
    "{share}% of the way from base to target; {expected}% expected on a straight line",
);
/// Target not found in the loaded data.
pub const TARGET_NO_DATA: Text = t(
    "已载入的数据中没有{region}的“{indicator}”，无法跟踪",
    "The loaded data has no “{indicator}” for {region}; it cannot be tracked",
);
/// The region when none is set and no data has one.
pub const TARGET_ANY_REGION: Text = t("本地区", "the region");
/// Light of the target alone.
pub const TARGET_LIGHT: Text = t("目标进度：{light}", "Target: {light}");
/// Hint in the evidence field.
pub const EVIDENCE_HINT: Text = t("每行一项：文件路径或文号", "one per line: file path or document number");
/// Hint in a date field.
pub const DATE_HINT: Text = t("YYYY-MM-DD", "YYYY-MM-DD");
/// A date field holds something that is not a date.
pub const BAD_DATE: Text =
    t("“{text}”不是日期，请按 2026-12-31 的格式填写", "“{text}” is not a date; write it like 2026-12-31");
/// Last update line.
pub const UPDATED: Text = t("最后更新：{at}　{by}", "Last updated: {at}  {by}");
/// History heading.
pub const HISTORY_HEADING: Text = t("修改记录（{count}）", "History ({count})");
/// One history line.
pub const HISTORY_LINE: Text = t("{at}　{by}　{field}：{old} → {new}", "{at}  {by}  {field}: {old} → {new}");
/// Empty value in history.
pub const EMPTY_VALUE: Text = t("（空）", "(empty)");
/// Read-only notice: the file is open elsewhere.
pub const PROGRESS_READ_ONLY: Text = t(
    "进度文件已在另一个窗口或命令中打开，本窗口只读，修改不会保存。关闭另一处后点“重新打开”。",
    "The progress file is open in another window or command; this window is read-only and will not save. Close the other one, then Reopen.",
);
/// Button: reopen the progress file.
pub const REOPEN: Text = t("重新打开", "Reopen");
/// The file changed on disk while open.
pub const PROGRESS_CHANGED_ON_DISK: Text = t(
    "进度文件已被其他程序修改，本窗口的修改尚未保存。请选择：",
    "The progress file was changed by another program; your latest change is not saved yet. Choose:",
);
/// Button: reload from disk, dropping ours.
pub const RELOAD_THEIRS: Text = t("重新加载（放弃本窗口未保存的修改）", "Reload (drop this window's unsaved change)");
/// Button: keep ours, overwrite.
pub const KEEP_MINE: Text = t("保留本窗口的内容（覆盖磁盘上的文件）", "Keep mine (overwrite the file on disk)");
/// The progress file is broken.
pub const PROGRESS_BROKEN: Text = t(
    "进度文件无法读取，未做任何修改，本窗口不会覆盖它：",
    "The progress file cannot be read; it was left as it is and this window will not overwrite it:",
);
/// Button: restore the newest good backup.
pub const RESTORE_BACKUP: Text = t("恢复最新的完好备份：{name}", "Restore the newest good backup: {name}");
/// Saving failed.
pub const SAVE_FAILED: Text = t("保存失败：", "Saving failed:");
/// Progress file label in the header.
pub const PROGRESS_FILE: Text = t("进度文件：{path}", "Progress file: {path}");
/// Progress kept only in memory (tests, or no file chosen).
pub const PROGRESS_IN_MEMORY: Text = t("进度未保存到文件", "progress not saved to a file");
/// Header: the overdue count.
pub const HEADER_OVERDUE: Text = t("超期 {count}", "overdue {count}");
/// Header: what clicking a count does.
pub const HEADER_COUNT_HINT: Text =
    t("点击只看这些举措；再点一次显示全部", "Click to list only these items; click again to list all");
/// Overall progress in the header.
pub const OVERALL: Text = t("已完成 {done}/{items}（{share}%）", "Done {done}/{items} ({share}%)");
/// Menu: progress.
pub const MENU_PROGRESS: Text = t("进度", "Progress");
/// Menu entry: open progress file.
pub const OPEN_PROGRESS: Text = t("打开进度文件…", "Open progress file…");
/// Menu entry: import another progress file.
pub const IMPORT_PROGRESS: Text = t("导入其他部门的进度…", "Import another department's progress…");
/// Menu entry: take a snapshot.
pub const TAKE_SNAPSHOT: Text = t("保存快照…", "Take snapshot…");
/// Menu entry: compare snapshots.
pub const COMPARE_SNAPSHOTS: Text = t("对比快照…", "Compare snapshots…");
/// Menu entry: undo.
pub const UNDO: Text = t("撤销（Ctrl+Z）", "Undo (Ctrl+Z)");
/// Menu entry: redo.
pub const REDO: Text = t("重做（Ctrl+Y）", "Redo (Ctrl+Y)");
/// Progress files in a file dialog.
pub const PROGRESS_FILES: Text = t("进度文件", "Progress files");
/// Snapshot dialog title.
pub const SNAPSHOT_TITLE: Text = t("保存快照", "Take snapshot");
/// Default snapshot name.
pub const SNAPSHOT_DEFAULT_NAME: Text = t("推进会 {date}", "Progress meeting {date}");
/// Snapshot name field.
pub const SNAPSHOT_NAME: Text = t("快照名称", "Snapshot name");
/// Button: save.
pub const SAVE: Text = t("保存", "Save");
/// Button: cancel.
pub const CANCEL: Text = t("取消", "Cancel");
/// Compare dialog title.
pub const COMPARE_TITLE: Text = t("对比快照", "Compare snapshots");
/// The current state, as a compare option.
pub const NOW: Text = t("当前", "Now");
/// Compare: from.
pub const FROM: Text = t("从", "From");
/// Compare: to.
pub const TO: Text = t("到", "To");
/// Compare: moved.
pub const MOVED: Text = t("▲ 推进", "▲ Moved");
/// Compare: slipped.
pub const SLIPPED: Text = t("▼ 滞后", "▼ Slipped");
/// Compare: nothing changed.
pub const NO_CHANGES: Text = t("两者之间没有变化", "No changes between them");
/// No snapshot yet.
pub const NO_SNAPSHOTS: Text =
    t("还没有快照。推进会前用“保存快照”记下当时的进度。", "No snapshots yet. Take one before each progress meeting.");
/// Merge dialog title.
pub const MERGE_TITLE: Text = t("导入进度：{path}", "Import progress: {path}");
/// Merge: incoming changes.
pub const MERGE_INCOMING: Text = t(
    "对方更新、本方未改动的 {count} 项（将采用对方的值）：",
    "{count} fields only they changed (their value will be taken):",
);
/// Merge: conflicts.
pub const MERGE_CONFLICTS: Text =
    t("双方都修改过的 {count} 项，请逐项选择：", "{count} fields both changed; choose for each:");
/// Merge: ours.
pub const OURS: Text = t("本方：{value}", "Ours: {value}");
/// Merge: theirs.
pub const THEIRS: Text = t("对方（{by}）：{value}", "Theirs ({by}): {value}");
/// Merge: apply.
pub const MERGE_APPLY: Text = t("合并", "Merge");
/// Merge: nothing new.
pub const MERGE_NOTHING: Text = t("对方文件没有新的内容。", "The other file brings nothing new.");
/// Import failed.
pub const IMPORT_FAILED: Text = t("无法导入：", "Cannot import:");
/// Filters.
pub const FILTER_ALL_STATUSES: Text = t("全部状态", "All statuses");
/// Filter label: department.
pub const FILTER_DEPARTMENT: Text = t("按部门", "By department");
/// Filter label: status.
pub const FILTER_STATUS: Text = t("按状态", "By status");
/// Filter: all departments.
pub const FILTER_ALL_DEPARTMENTS: Text = t("全部部门", "All departments");
/// Checklist filter: by light.
pub const FILTER_LIGHT: Text = t("按灯号", "Light");
/// Checklist filter: every light.
pub const FILTER_ALL_LIGHTS: Text = t("全部灯号", "All lights");
/// Checklist order: red and yellow first.
pub const SORT_WORST_FIRST: Text = t("告警、预警在前", "Red and yellow first");
/// Filter: overdue only.
pub const FILTER_OVERDUE: Text = t("仅超期", "Overdue only");
/// Filter: my unit only.
pub const FILTER_MY_UNIT: Text = t("仅本单位", "My unit only");
/// Settings: dark theme.
pub const DARK_THEME: Text = t("深色主题（投影时建议用浅色）", "Dark theme (use light on a projector)");
/// Settings: user name.
pub const USER_NAME: Text = t("填报人", "Your name");
/// Settings: user unit.
pub const USER_UNIT: Text = t("本单位", "Your unit");
/// Filter: needs a unit in settings.
pub const MY_UNIT_HINT: Text = t("先在“设置”中填写本单位", "Set your unit in Settings first");

// Export menu.
/// Menu: export.
pub const MENU_EXPORT: Text = t("导出", "Export");
/// Export menu entries.
pub const EXPORT_REPORT: Text = t("推进情况报告（PDF，A4）…", "Progress report (PDF, A4)…");
/// Export: the report listing only red and yellow items and the user's unit's.
pub const EXPORT_REPORT_ATTENTION: Text =
    t("推进情况报告（只列红黄及本单位）…", "Progress report, red/yellow and own unit only…");
/// Hover text of that entry.
pub const EXPORT_REPORT_ATTENTION_HINT: Text = t(
    "各支柱下只列红灯、黄灯的举措和任务，以及设置中“本单位”牵头或参与的；总体情况与逾期受阻部分不变",
    "Under each pillar only red and yellow items and tasks, and those the unit set in Settings leads or joins; the overall figures and the overdue section stay whole",
);
/// Export: slides.
pub const EXPORT_SLIDES: Text = t("汇报幻灯片（PDF，16:9）…", "Slides (PDF, 16:9)…");
/// Export: XLSX ledger.
pub const EXPORT_XLSX: Text = t("台账（Excel）…", "Ledger (Excel)…");
/// Export: CSV ledger.
pub const EXPORT_CSV: Text = t("台账（CSV）…", "Ledger (CSV)…");
/// Export: picture of the window.
pub const EXPORT_PNG: Text = t("当前画面（PNG）…", "This view (PNG)…");
/// Export done.
pub const EXPORTED_TO: Text = t("已导出：{path}", "Exported: {path}");
/// Used when no region is set.
pub const REGION_UNSET: Text = t("本地区", "Our region");

// Choosing files: the built-in file dialog, dropped files, and the short confirmations (toasts).
/// Built-in file dialog title when exporting.
pub const FD_TITLE_EXPORT: Text = t("导出：{what}", "Export: {what}");
/// Built-in file dialog: the folder shown.
pub const FD_FOLDER: Text = t("位置", "Folder");
/// Built-in file dialog: go to the parent folder.
pub const FD_UP: Text = t("上一级", "Up");
/// Built-in file dialog: go to the home folder.
pub const FD_HOME: Text = t("主文件夹", "Home");
/// Built-in file dialog: go to the documents folder.
pub const FD_DOCUMENTS: Text = t("文档", "Documents");
/// Built-in file dialog: go to the desktop folder.
pub const FD_DESKTOP: Text = t("桌面", "Desktop");
/// Built-in file dialog: the folders of recently chosen files.
pub const FD_RECENT: Text = t("最近使用", "Recent places");
/// Built-in file dialog: the name of the file to write or open.
pub const FD_FILE_NAME: Text = t("文件名", "File name");
/// Built-in file dialog: which files are listed.
pub const FD_FILE_TYPE: Text = t("文件类型", "File type");
/// Built-in file dialog: list every file.
pub const FD_ALL_FILES: Text = t("所有文件", "All files");
/// Built-in file dialog: confirm the choice.
pub const FD_OK: Text = t("确定", "OK");
/// Built-in file dialog: the folder holds nothing to list.
pub const FD_EMPTY: Text = t("此文件夹中没有这种类型的文件", "No files of this type in this folder");
/// Built-in file dialog: the typed folder does not exist.
pub const FD_NO_FOLDER: Text = t("找不到文件夹：{path}", "No such folder: {path}");
/// Built-in file dialog: a folder could not be listed.
pub const FD_CANNOT_READ: Text = t("无法读取文件夹 {path}：{reason}", "Cannot read the folder {path}: {reason}");
/// Built-in file dialog: the named file does not exist.
pub const FD_NO_FILE: Text = t("找不到文件：{name}", "No such file: {name}");
/// Built-in file dialog: ask before replacing a file.
pub const FD_OVERWRITE: Text = t("“{name}”已存在。要替换它吗？", "“{name}” already exists. Replace it?");
/// Built-in file dialog: replace the existing file.
pub const FD_REPLACE: Text = t("替换", "Replace");
/// Built-in file dialog: the keys it answers to.
pub const FD_KEYS: Text =
    t("↑↓ 选择 · Enter 打开或确定 · Esc 取消", "↑↓ select · Enter opens or confirms · Esc cancels");
/// A folder in the built-in file dialog's list.
pub const FD_FOLDER_ENTRY: Text = t("{name}/", "{name}/");
/// While the system's file dialog is open.
pub const FD_WAITING: Text = t("请在系统的文件对话框中选择文件…", "Choose the file in the system's file dialog…");
/// Leave a system dialog that does not appear and use the app's own.
pub const FD_USE_BUILT_IN: Text = t("对话框没有出现？改用内置对话框", "No dialog? Use the built-in one");
/// Files hover over the window.
pub const DROP_HOVER: Text = t("松开以打开：{files}", "Release to open: {files}");
/// A dropped file that is none of the kinds the app opens.
pub const DROP_UNKNOWN: Text = t(
    "未打开 {name}：不是指标数据、台账、进度文件或框架文件",
    "{name} not opened: it is not indicator data, a ledger, a progress file or a framework file",
);
/// Toast: progress saved after an edit.
pub const TOAST_SAVED: Text = t("已保存：{path}", "Saved: {path}");
/// Toast: Ctrl+S, where progress is saved after every edit anyway.
pub const TOAST_AUTOSAVED: Text =
    t("已自动保存：每次修改后都会保存到 {path}", "Saved automatically: every change is saved to {path}");
/// Toast: Ctrl+S while progress has no file.
pub const TOAST_IN_MEMORY: Text = t(
    "进度只在内存中，没有文件可保存（进度 → 打开进度文件…）",
    "Progress is only in memory, with no file to save to (Progress → Open progress file…)",
);
/// Toast: Ctrl+S or an edit while the file cannot be written.
pub const TOAST_NOT_SAVED: Text = t("未能保存，原因见窗口上方的提示", "Not saved: the banner at the top says why");
/// Toast: undone.
pub const TOAST_UNDONE: Text = t("已撤销上一步修改并保存：{path}", "Undone and saved: {path}");
/// Toast: redone.
pub const TOAST_REDONE: Text = t("已重做并保存：{path}", "Redone and saved: {path}");
/// Toast: snapshot taken.
pub const TOAST_SNAPSHOT: Text = t("已保存快照“{name}”：{path}", "Snapshot “{name}” saved: {path}");
/// Toast: PDF report written.
pub const TOAST_EXPORTED_REPORT: Text = t("已导出 PDF 报告：{path}", "PDF report exported: {path}");
/// Toast: PDF slides written.
pub const TOAST_EXPORTED_SLIDES: Text = t("已导出汇报幻灯片：{path}", "Slides exported: {path}");
/// Toast: Excel ledger written.
pub const TOAST_EXPORTED_XLSX: Text = t("已导出 Excel 台账：{path}", "Excel ledger exported: {path}");
/// Toast: CSV ledger written.
pub const TOAST_EXPORTED_CSV: Text = t("已导出 CSV 台账：{path}", "CSV ledger exported: {path}");
/// Toast: evaluation index written.
pub const TOAST_EXPORTED_INDEX: Text = t("已导出评价指数：{path}", "Evaluation index exported: {path}");
/// Toast: picture of the window written.
pub const TOAST_EXPORTED_PNG: Text = t("已保存当前画面：{path}", "Picture of this view saved: {path}");

// Charts.
/// Charts heading.
pub const CHARTS_HEADING: Text = t("指标图表", "Indicator charts");
/// Unload a metrics file.
pub const REMOVE_DATASET: Text = t("移除", "Remove");
/// What removing a metrics file does.
pub const REMOVE_DATASET_HINT: Text = t(
    "不再使用此文件的数据（图表、关键指标、评价指数）；文件本身不受影响。内置示例数据移除后，重新启动时会再次载入。",
    "Stop using this file's data (charts, key figures, index); the file itself is untouched. The built-in sample comes back at the next start.",
);
/// Button: open a metrics file.
pub const OPEN_METRICS: Text = t("打开指标数据…", "Open indicator data…");
/// Tooltip of the open button.
pub const OPEN_METRICS_HINT: Text = t(
    "统计年鉴、部门报表等：CSV（UTF-8 或 GBK）、XLSX、XLS、Parquet（Ctrl+O）",
    "Yearbook tables, department reports: CSV (UTF-8 or GBK), XLSX, XLS, Parquet (Ctrl+O)",
);
/// Metrics files in a dialog.
pub const METRICS_FILES: Text = t("指标数据", "Indicator data");
/// A file is being read.
pub const LOADING_FILE: Text = t("正在读取 {name}…", "Reading {name}…");
pub const LOADING_SHARE: Text = t("已读 {percent}%", "{percent}% read");
pub const LOADING_SECONDS: Text = t("{seconds} 秒", "{seconds} s");
pub const CANCEL_READ_HINT: Text =
    t("停止读取这个文件；已加载的数据不受影响", "Stop reading this file; data already loaded is not affected");
pub const READ_CANCELLED: Text = t("已取消读取：{path}", "Reading cancelled: {path}");
pub const METRICS_ERR_CANCELLED: Text = t("已取消读取 {path}。", "Reading {path} was cancelled.");
/// The loaded files, folded.
pub const DATA_FILES: Text = t("已载入的数据文件（{count}）", "Loaded data files ({count})");
/// Nothing to chart.
pub const NO_CHARTS: Text = t("当前选择没有对应的指标数据。", "No indicator data for the current selection.");
/// Illustrative data label.
pub const ILLUSTRATIVE: Text = t("示例数据", "illustrative data (示例数据)");

// Presentation mode.
/// Button/menu: start the presentation.
pub const PRESENT: Text = t("演示（F5）", "Present (F5)");
/// Overview slide title.
pub const SLIDE_OVERVIEW: Text =
    t("科技创新与产业创新深度融合推进情况", "Progress of the deep integration of sci-tech and industrial innovation");
/// Overdue slide title.
pub const SLIDE_OVERDUE: Text = t("超期与受阻事项", "Overdue and blocked items");
/// Overview slide title with the region in front.
pub const SLIDE_OVERVIEW_REGION: Text = t(
    "{region}科技创新与产业创新深度融合推进情况",
    "{region}: progress of the deep integration of sci-tech and industrial innovation",
);
/// After a slide title continued over several slides.
pub const SLIDE_PART: Text = t("（{page}/{pages}）", " ({page}/{pages})");
/// Lead unit on the overdue slide.
pub const SLIDE_LEAD: Text = t("牵头：{unit}", "Lead: {unit}");
/// Key figures slide title.
pub const SLIDE_FIGURES: Text = t("关键数字", "Key figures");
/// Chart line on a slide: the median of many regions.
pub const MEDIAN_OF_REGIONS: Text = t("{count} 个地区中位数", "Median of {count} regions");
/// Chart legend on a slide: the thin lines of the other regions.
pub const OTHER_REGIONS: Text = t("其他 {count} 个县区", "{count} other regions");
/// Big figure labels: units of work (an item without tasks, or a task).
pub const FIG_ITEMS: Text = t("事项", "Items");
/// Big figure: done.
pub const FIG_DONE: Text = t("已完成", "Done");
/// Big figure: in progress.
pub const FIG_IN_PROGRESS: Text = t("推进中", "In progress");
/// Big figure: blocked.
pub const FIG_BLOCKED: Text = t("受阻", "Blocked");
/// Big figure: overdue.
pub const FIG_OVERDUE: Text = t("超期", "Overdue");
/// Big figure: share done.
pub const FIG_SHARE: Text = t("完成率", "Share done");
/// More rows than fit.
pub const MORE_ROWS: Text = t("另有 {count} 项，见清单", "{count} more in the checklist");
/// No overdue items.
pub const NOTHING_OVERDUE: Text = t("目前没有超期或受阻的举措。", "No item is overdue or blocked.");
/// Footer hint.
pub const PRESENT_HINT: Text =
    t("← → 翻页　Home/End 首页/末页　Esc 退出", "← → page   Home/End first/last   Esc leave");
/// As-of date.
pub const AS_OF: Text = t("截至 {date}", "As of {date}");
/// Page of pages.
pub const PAGE_OF: Text = t("{page} / {pages}", "{page} / {pages}");
/// Problems label in the overdue slide.
pub const PROBLEMS_SHORT: Text = t("问题：", "Problems: ");
/// Next steps label in the overdue slide.
pub const NEXT_SHORT: Text = t("下步：", "Next: ");
/// Deadline label.
pub const DUE: Text = t("时限 {date}", "due {date}");

// Command line.
/// validate: a framework file is sound.
pub const CLI_FRAMEWORK_OK: Text = t(
    "{path}：框架文件，{pillars} 个支柱，{elements} 个要素，{groups} 个章节，{items} 项举措，{problems} 个问题/短板，{documents} 份文档",
    "{path}: framework, {pillars} pillars, {elements} elements, {groups} sections, {items} items, {problems} problems, {documents} documents",
);
/// validate: a file of a kind it does not know.
pub const CLI_UNKNOWN_KIND: Text = t(
    "{path}：无法识别的文件类型（目前可检查：框架文件和进度文件 .json）",
    "{path}: unrecognised kind of file (can check: framework and progress files, .json)",
);
/// validate: a JSON file that is not a framework.
pub const CLI_NOT_A_FRAMEWORK: Text = t(
    "{path}：这是 JSON 文件，但既不是框架文件（应有 pillars）也不是进度文件（应有 entries）",
    "{path}: a JSON file, but neither a framework (with pillars) nor a progress file (with entries)",
);
/// progress set: done.
pub const CLI_PROGRESS_SET: Text = t(
    "{item}：{status}，{percent}%（已保存 {changed} 处修改）",
    "{item}: {status}, {percent}% ({changed} change(s) saved)",
);
/// progress set: unknown item id.
pub const CLI_UNKNOWN_ITEM: Text = t(
    "没有编号为“{item}”的举措（用 policy-cockpit progress list 查看全部编号）；文件未改动",
    "there is no item “{item}” (policy-cockpit progress list shows every id); the file was not changed",
);
/// progress set: bad status word.
pub const CLI_BAD_STATUS: Text = t(
    "状态“{status}”无效，可用：未开始、推进中、已完成、受阻、暂缓（或 not-started、in-progress、done、blocked、paused），也认台账常用词如 进行中、在建、已办结、未启动、滞后；文件未改动",
    "status “{status}” is not one of not-started, in-progress, done, blocked, paused (or 未开始、推进中、已完成、受阻、暂缓, or the ledger words 进行中、在建、已办结、未启动、滞后 …); the file was not changed",
);
/// progress set: bad percent.
pub const CLI_BAD_PERCENT: Text = t(
    "完成比例 {percent} 无效，应为 0–100；文件未改动",
    "percent {percent} is not within 0–100; the file was not changed",
);
/// CLI: a task id the record does not have.
pub const CLI_UNKNOWN_TASK: Text = t(
    "没有编号为“{task}”的本地任务（用 task list 查看）；文件未改动",
    "there is no local task “{task}” (see task list); the file was not changed",
);
/// CLI: a task added.
pub const CLI_TASK_ADDED: Text =
    t("已新增任务 {task}：{title}（上级举措：{items}）", "added task {task}: {title} (serves {items})");
/// CLI: a task removed.
pub const CLI_TASK_REMOVED: Text = t("已删除任务 {task}：{title}", "removed task {task}: {title}");
/// CLI: no tasks to list.
pub const CLI_NO_TASKS: Text = t("（没有本地任务）", "(no local tasks)");
/// CLI: a scope word that is none of 采纳/不适用/待定.
pub const CLI_BAD_SCOPE: Text = t(
    "“{scope}”不是采纳情况，应为 采纳、不适用 或 待定",
    "“{scope}” is not a scope: use adopted, not-applicable or undecided (采纳, 不适用, 待定)",
);
/// progress set: no field given.
pub const CLI_NOTHING_TO_SET: Text = t(
    "没有要修改的内容：请给出 --status、--percent、--deadline、--note 等字段（见 --help）",
    "nothing to set: give --status, --percent, --deadline, --note or another field (see --help)",
);
/// validate: a progress file is sound.
pub const CLI_PROGRESS_OK: Text = t(
    "{path}：进度文件，{entries} 项有记录，{history} 条修改记录，{snapshots} 个快照",
    "{path}: progress file, {entries} entries, {history} history entries, {snapshots} snapshots",
);
/// validate: the work plan of a progress file.
pub const CLI_PROGRESS_PLAN: Text = t(
    "  工作计划：采纳 {adopted} 项举措，不适用 {set_aside} 项，待定 {undecided} 项；本地任务 {tasks} 项",
    "  work plan: {adopted} items adopted, {set_aside} set aside, {undecided} undecided; {tasks} local tasks",
);
/// validate: progress entries for items the framework lacks.
pub const CLI_PROGRESS_UNKNOWN_ITEMS: Text = t(
    "{path}：{count} 项记录（或任务的上级举措）的编号不在框架中：{ids}",
    "{path}: {count} entries (or items of tasks) have ids that are not in the framework: {ids}",
);
/// validate: summary when some files failed.
pub const CLI_FAILED_COUNT: Text = t("{failed}/{total} 个文件有问题", "{failed} of {total} files have problems");
/// The screenshot could not be saved.
pub const ERR_SCREENSHOT: Text = t("无法保存截图：{reason}", "Could not save the screenshot: {reason}");
/// The window could not open (no display).
pub const ERR_NO_DISPLAY: Text = t(
    "无法打开窗口：没有可用的图形显示（{reason}）。在服务器上请使用子命令，例如 policy-cockpit validate。",
    "Cannot open the window: no graphical display is available ({reason}). On a server, use a sub-command such as policy-cockpit validate.",
);

// Progress file.
/// The schema version of a progress file is from a newer build.
pub const PROGRESS_ERR_NEWER_SCHEMA: Text = t(
    "{path}：进度文件格式版本为 {found}，由更新版本的程序写入；本程序只能读取版本 1 至 {supported}，请升级程序。文件保持原样。",
    "{path}: the progress file has schema_version {found}, written by a newer version of the program; this one reads versions 1 to {supported}. Upgrade the program; the file was left as it is.",
);
/// The schema version of a progress file is no version at all (0).
pub const PROGRESS_ERR_BAD_SCHEMA: Text = t(
    "{path}：schema_version 为 {found}，不是进度文件的格式版本（应为 1 至 {supported}）",
    "{path}: schema_version {found} is not a progress file version (1 to {supported} are)",
);
/// A value in a progress file that does not fit.
pub const PROGRESS_ERR_BAD_VALUE: Text =
    t("{path}：举措“{item}”的字段 {field}：{problem}", "{path}: item “{item}”, field {field}: {problem}");
/// An entry of a progress file without an item id.
pub const PROGRESS_ERR_EMPTY_ID: Text =
    t("{path}：第 {position} 项没有举措编号（id）", "{path}: entry #{position} has no item id");
/// Problem: a percentage over 100.
pub const PROGRESS_PERCENT_OVER_100: Text = t("完成比例 {found} 超过 100", "percent {found} is over 100");
/// Problem: an unknown status word.
pub const PROGRESS_UNKNOWN_STATUS: Text = t(
    "无法识别的状态“{word}”，应为 未开始、推进中、已完成、受阻 或 暂缓",
    "unknown status “{word}”; use not-started, in-progress, done, blocked or paused (or 未开始、推进中、已完成、受阻、暂缓)",
);
/// Problem: a date in another form than YYYY-MM-DD.
pub const PROGRESS_BAD_DATE: Text =
    t("“{text}”不是日期，请写成 2026-12-31 的形式", "“{text}” is not a date; write it as 2026-12-31");
/// Problem: an item listed twice.
pub const PROGRESS_DUPLICATE_ITEM: Text = t("同一举措出现了两次", "the item appears twice");
/// After an error that a progress file does not load: what to do.
pub const PROGRESS_HINT_RESTORE: Text = t(
    "文件保持原样，未被覆盖；最近一次完好的备份是 {backup}，可在窗口中恢复或手工复制回来。",
    "The file was left as it is; the newest good backup is {backup}: restore it in the window or copy it back by hand.",
);
/// After a progress file error: there is no backup to offer.
pub const PROGRESS_HINT_NO_BACKUP: Text =
    t("文件保持原样，未被覆盖；没有可恢复的备份。", "The file was left as it is; there is no backup to restore.");
/// The progress file is open elsewhere.
pub const PROGRESS_ERR_LOCKED: Text = t(
    "{path}：已在另一个窗口或命令行中打开，同一时间只能由一处修改。请先在那里关闭，再重试。",
    "{path}: open in another window or command; only one may change it at a time. Close it there and try again.",
);
/// The lock file could not be created or locked.
pub const PROGRESS_ERR_LOCK: Text = t(
    "{path}：无法加锁（{reason}）。文件夹可能是只读的，或所在网络共享不支持文件锁。",
    "{path}: cannot be locked ({reason}); the folder may be read-only, or on a network share without file locks.",
);
/// The progress file changed on disk behind this window's back.
pub const PROGRESS_ERR_MODIFIED: Text = t(
    "{path}：打开后已被其他程序修改。为免覆盖对方的修改，本次未保存。可以重新载入（放弃这里未保存的修改），或覆盖（保留这里的版本，对方的版本存入备份）。",
    "{path}: changed by another program since it was opened here. Nothing was saved, so as not to overwrite those changes. Reload (dropping the unsaved changes here), or overwrite (keeping this version; the other one goes to the backups).",
);
/// The progress file is read-only (no write permission for anyone).
pub const PROGRESS_ERR_READ_ONLY: Text = t(
    "{path}：文件是只读的（任何人都没有写权限），本次未保存。如需修改，请先取消文件的只读属性，或改用另一个进度文件。",
    "{path}: the file is read-only (no one has write permission); nothing was saved. Clear its read-only attribute first, or use another progress file.",
);
/// The progress file is a symbolic link to a file that does not exist.
pub const PROGRESS_ERR_DANGLING_LINK: Text = t(
    "{path}：是指向 {target} 的符号链接，但目标文件不存在。为免用普通文件替换链接，未作任何写入；请修正链接或改选进度文件。",
    "{path}: a symbolic link to {target}, which does not exist. Nothing was written, so the link is not replaced by a plain file; fix the link or choose another progress file.",
);
/// Another program wrote the file in the instant it was saved over; its version went to the backups.
pub const PROGRESS_ERR_OUTSIDE_KEPT: Text = t(
    "{path}：保存的同一时刻另一个程序也改写了该文件。这里的修改已保存；对方的版本没有丢失，已存为备份 {backup}，请核对两者。",
    "{path}: another program wrote the file at the moment it was saved. The changes here were saved; the other program's version is not lost but kept as the backup {backup}. Compare the two.",
);
/// A progress file, backup or temporary file could not be written.
pub const PROGRESS_ERR_WRITE: Text = t("{path}：无法写入（{reason}）", "{path}: cannot be written ({reason})");

// Metrics.
/// validate: a metrics file is sound; the one-line summary.
pub const METRICS_CLI_OK: Text = t(
    "{path}：区域指标文件（{format}，{layout}），{regions} 个地区，{years} 个年份{span}，{indicators} 项指标（{unmapped} 项未归类），读取 {read} 行，跳过 {skipped} 行，缺失值 {missing} 个",
    "{path}: metrics file ({format}, {layout}), {regions} regions, {years} years{span}, {indicators} indicators ({unmapped} unclassified), {read} rows read, {skipped} skipped, {missing} missing values",
);
/// validate: the span of years.
pub const METRICS_YEAR_SPAN: Text = t("（{first}–{last}）", " ({first}–{last})");
/// validate: a single year.
pub const METRICS_ONE_YEAR: Text = t("（{year}）", " ({year})");
/// Load report: rows that are totals of the others.
pub const METRICS_TOTAL_ROWS: Text = t(
    "  合计与分组行（不计入地区数，作为参照显示，不参与排名与评价）：{names}",
    "  Total and group rows (not counted as regions, shown for reference, left out of rankings and the index): {names}",
);
/// validate: indicators kept but not in the catalog.
pub const METRICS_UNMAPPED: Text = t(
    "  未归类（软件的指标清单中没有这些指标，已保留，不计入四个支柱）：{names}",
    "  unclassified (not in the app's list of indicators; kept, outside the four pillars): {names}",
);
/// validate: a problem line.
pub const METRICS_PROBLEM_LINE: Text = t("  - {at}：{what}", "  - {at}: {what}");
/// validate: more problems than shown.
pub const METRICS_MORE_PROBLEMS: Text = t("  ……另有 {count} 处问题", "  … and {count} more problems");
/// validate: footnotes found below the table.
pub const METRICS_FOOTNOTES: Text =
    t("  表下注释 {count} 条（未作为数据读取）", "  {count} footnote row(s) below the table (not read as data)");
/// validate: columns not read.
pub const METRICS_IGNORED_COLUMNS: Text = t("  未读取的列：{columns}", "  columns not read: {columns}");
/// validate: the year came from the title.
pub const METRICS_YEAR_FROM_TITLE: Text =
    t("  表中没有年份列，年份取自标题：{year}", "  no year column; the year is taken from the title: {year}");
/// validate: an indicator catalog is sound.
pub const METRICS_CLI_CATALOG_OK: Text = t(
    "{path}：指标目录，{count} 项指标（{linked} 项对应四支柱，{outcomes} 项为综合成效）",
    "{path}: indicator catalog, {count} indicators ({linked} tied to a pillar, {outcomes} overall outcomes)",
);
/// The label of illustrative data, shown wherever it is.
pub const METRICS_ILLUSTRATIVE: Text =
    t("示例数据：仅作演示，不是真实统计", "示例数据 (illustrative): for demonstration, not real statistics");
/// A file of a kind validate cannot check.
pub const METRICS_CLI_UNKNOWN_KIND: Text = t(
    "{path}：无法识别的文件类型（可检查：框架文件和进度文件 .json；区域指标文件 .csv、.xlsx、.xls、.parquet）",
    "{path}: unrecognised kind of file (can check: framework and progress files, .json; metrics files, .csv, .xlsx, .xls, .parquet)",
);
/// Layout: long.
pub const METRICS_LAYOUT_LONG: Text =
    t("每行一个数值（地区、年份、指标、数值）", "one value a row (region, year, indicator, value)");
/// Layout: one column per indicator.
pub const METRICS_LAYOUT_WIDE_INDICATOR: Text = t("每个指标一列", "one column per indicator");
/// Layout: one column per year.
pub const METRICS_LAYOUT_WIDE_YEAR: Text = t("每个年份一列", "one column per year");
/// Encoding: UTF-8 with a BOM.
pub const METRICS_UTF8_BOM: Text = t("UTF-8", "UTF-8");
/// Where: a row.
pub const METRICS_AT_ROW: Text = t("第 {row} 行", "row {row}");
/// Where: a row and a column.
pub const METRICS_AT_CELL: Text = t("第 {row} 行“{column}”列", "row {row}, column “{column}”");
/// Where: a worksheet.
pub const METRICS_IN_SHEET: Text = t("（工作表“{sheet}”）", " (sheet “{sheet}”)");
/// Column roles.
pub const METRICS_ROLE_REGION: Text = t("地区", "region");
/// Column role: year.
pub const METRICS_ROLE_YEAR: Text = t("年份", "year");
/// Column role: indicator.
pub const METRICS_ROLE_INDICATOR: Text = t("指标", "indicator");
/// Column role: value.
pub const METRICS_ROLE_VALUE: Text = t("数值", "value");
/// Column role: unit.
pub const METRICS_ROLE_UNIT: Text = t("单位", "unit");
/// Column role: source.
pub const METRICS_ROLE_SOURCE: Text = t("来源", "source");
/// Column role: note.
pub const METRICS_ROLE_NOTE: Text = t("备注", "note");
/// Row problem: not a number.
pub const METRICS_NOT_A_NUMBER: Text =
    t("“{value}”不是数字，此值未读取", "“{value}” is not a number; the value was not read");
/// Row problem: no region.
pub const METRICS_NO_REGION: Text = t("地区为空，此行未读取", "no region; the row was not read");
/// Row problem: not a year.
pub const METRICS_BAD_YEAR: Text = t("“{value}”不是年份，此行未读取", "“{value}” is not a year; the row was not read");
/// Row problem: no indicator.
pub const METRICS_NO_INDICATOR: Text = t("指标名称为空，此行未读取", "no indicator name; the row was not read");
/// Row problem: a repeated cell with the same value.
pub const METRICS_DUPLICATE_SAME: Text = t(
    "“{indicator}”与第 {first} 行的地区、年份、指标重复（数值相同），未重复读取",
    "“{indicator}” repeats the region, year and indicator of row {first} (same value); not read twice",
);
/// Row problem: a repeated cell with another value.
pub const METRICS_DUPLICATE_DIFFERENT: Text = t(
    "“{indicator}”与第 {first} 行的地区、年份、指标重复但数值不同，保留第 {first} 行的值",
    "“{indicator}” repeats the region, year and indicator of row {first} with another value; the value of row {first} is kept",
);
/// Row problem: a unit that contradicts an earlier row.
pub const METRICS_UNIT_CONFLICT: Text = t(
    "单位“{unit}”与此前该指标的单位“{first_unit}”不一致，此行未读取",
    "unit “{unit}” differs from this indicator's earlier unit “{first_unit}”; the row was not read",
);
/// Error: unknown format.
pub const METRICS_ERR_UNKNOWN_FORMAT: Text = t(
    "{path}：无法识别的文件格式（可读取 CSV、XLSX、XLS、Parquet）",
    "{path}: unrecognised file format (CSV, XLSX, XLS and Parquet can be read)",
);
/// Error: binary content in a text file.
pub const METRICS_ERR_BINARY: Text = t(
    "{path}：不是文本表格，文件含二进制数据（可能是其他文件改了扩展名）",
    "{path}: not a text table; the file holds binary data (another kind of file renamed, perhaps)",
);
/// Error: undecodable text.
pub const METRICS_ERR_ENCODING: Text = t(
    "{path}：第 {offset} 字节处既不是 UTF-8 也不是 GBK/GB18030 文本，请另存为“CSV UTF-8”",
    "{path}: at byte {offset} the text is neither UTF-8 nor GBK/GB18030; save it as “CSV UTF-8”",
);
/// Error: empty file.
pub const METRICS_ERR_EMPTY: Text =
    t("{path}：文件是空的，没有表头也没有数据", "{path}: the file is empty: no header and no data");
/// Error: the parser refused the file.
pub const METRICS_ERR_MALFORMED: Text = t(
    "{path}：{format} 文件无法解析，可能已损坏、不完整（如未下载完）或与扩展名不符。请用 Excel 或 WPS 打开确认，必要时重新下载或另存为后再读取",
    "{path}: the {format} file cannot be parsed; it may be damaged, truncated or not what its name says ({detail})",
);
/// validate: the workbook had Excel's default password.
pub const METRICS_GUESS_DEFAULT_PASSWORD: Text = t(
    "  文件设有 Excel 默认密码（Excel 打开时不提示密码），已按默认密码读取",
    "  the file has Excel's default password (Excel opens it without asking); read with that password",
);
/// validate: the indicator is named in the title.
pub const METRICS_GUESS_INDICATOR_FROM_TITLE: Text =
    t("  表中没有指标列，指标名取自标题：{name}", "  no indicator column; the indicator is named in the title: {name}");
/// validate: the indicator is named after the file.
pub const METRICS_GUESS_INDICATOR_FROM_FILE_NAME: Text = t(
    "  表中和标题中都没有指标名，指标名取自文件名：{name}（请核对，必要时在表中加“指标”列）",
    "  neither the table nor its title names the indicator; it is named after the file: {name} (check it, or add an indicator column)",
);
/// validate: the unit came from a 单位 line.
pub const METRICS_GUESS_UNIT_FROM_TITLE: Text =
    t("  单位取自表上方的“单位”行：{unit}", "  the unit comes from the 单位 line above the table: {unit}");
/// validate: the year came from the file name.
pub const METRICS_GUESS_YEAR_FROM_FILE_NAME: Text = t(
    "  表中和标题中都没有年份，年份取自文件名：{year}",
    "  neither the table nor its title gives a year; it is taken from the file name: {year}",
);
/// validate: English translations in headers were set aside.
pub const METRICS_GUESS_ENGLISH_HEADERS: Text = t(
    "  表头中的英文译名已略去（{count} 列）",
    "  English translations in the headers were set aside ({count} columns)",
);
/// validate: an English region column was not read.
pub const METRICS_GUESS_ENGLISH_REGION: Text =
    t("  “{column}”列为英文地名，已忽略", "  column “{column}” holds the places' English names and was not read");
/// validate: a group column was not read as the region.
pub const METRICS_GUESS_GROUP_COLUMN: Text = t(
    "  “{column}”列是地区分组（如东部地区），不作为地区；地区取自“{region}”列",
    "  column “{column}” groups the places (as East, West) and is not the region; the region is column “{region}”",
);
/// validate: a continued table was joined.
pub const METRICS_GUESS_CONTINUED: Text = t(
    "  第 {row} 行起为续表，已按地区与前表合并",
    "  a continued table from row {row} was joined to the first, region by region",
);
/// Error: a web page saved as a workbook, in the metrics loader.
pub const METRICS_ERR_WEB_PAGE: Text = t(
    "{path}：这是网页（HTML）或 XML 文件，只是以 Excel 的扩展名命名（一些系统这样导出表格）。请用 Excel 或 WPS 打开它，“另存为”Excel 工作簿（.xlsx）或 CSV 后再读取",
    "{path}: this is a web page (HTML) or XML file named like an Excel file (some systems export tables this way). Open it in Excel or WPS, “Save As” an Excel workbook (.xlsx) or CSV, and read that",
);
/// Error: a workbook protected by a password.
pub const WORKBOOK_ERR_PROTECTED: Text = t(
    "{path}：这个 {format} 文件设有密码保护，无法读取。若 Excel 不问密码就能打开（用的是默认密码），请在 Excel 中打开后“另存为”一个新文件再读取；否则请向发文单位要未加密的文件",
    "{path}: this {format} file is protected by a password and cannot be read. If Excel opens it without asking (a default password), open it in Excel and “Save As” a new file, then read that; otherwise ask the sender for an unprotected file",
);
/// Error: a sheet larger than any real table.
pub const WORKBOOK_ERR_TOO_LARGE: Text = t(
    "{path}：工作表“{sheet}”的数据区域为 {area}，共 {cells} 个单元格，超过上限 {limit} 个。通常是远处有零星单元格或文件已损坏：请在 Excel 中删除表格以外的行和列后另存，再读取",
    "{path}: sheet “{sheet}” spans {area}, {cells} cells, more than the limit of {limit}. Usually a stray cell far away or a damaged file: delete the rows and columns outside the table in Excel, save, and read it again",
);
/// Error: columns that make no usable table.
pub const METRICS_ERR_LAYOUT: Text = t(
    "{path}{sheet}：第 {row} 行的表头为 {found}；{problem}",
    "{path}{sheet}: the header in row {row} is {found}; {problem}",
);
/// Layout problem: no region column.
pub const METRICS_NO_REGION_COLUMN: Text = t(
    "没有表示地区的列，应有“地区”“区县”“县(市、区)”或“region”列",
    "no column names a region; expected one called 地区, 区县, 县(市、区) or region",
);
/// Layout problem: several columns for one part.
pub const METRICS_AMBIGUOUS_COLUMNS: Text = t(
    "有多列都可作为{role}列：{columns}，请只保留一列",
    "several columns could be the {role} column: {columns}; keep only one",
);
/// Layout problem: value column and year columns.
pub const METRICS_VALUE_AND_YEARS: Text = t(
    "既有“数值”列，又有以年份为标题的列（{years}），无法判断数值在哪里。请只保留一种写法：每行一个数值（地区、年份、指标、数值），或每个年份一列（地区、指标、各年份）",
    "there is a value column and also year columns ({years}), so it cannot be told where the values are. Keep one way: one value a row (region, year, indicator, value), or one column per year (region, indicator, years)",
);
/// Layout problem: year column and year columns.
pub const METRICS_YEAR_AND_YEARS: Text = t(
    "既有“年份”列又有以年份为标题的列（{years}），无法判断年份在哪里",
    "there is a year column and also year columns ({years}); it cannot be told where the years are",
);
/// Layout problem: years as columns without an indicator column.
pub const METRICS_YEARS_WITHOUT_INDICATOR: Text = t(
    "有以年份为标题的列（{years}），但没有“指标”列说明每行是什么指标",
    "there are year columns ({years}) but no indicator column to say what each row measures",
);
/// Layout problem: no year anywhere.
pub const METRICS_NO_YEAR: Text = t(
    "没有年份：应有“年份/年度/year”列、以年份为标题的列，或在标题行写明年份（如“（2024年）”）",
    "no year: expected a year column (年份/年度/year), years as column headers, or a year in the title row (such as “（2024年）”)",
);
/// Layout problem: indicator column without values.
pub const METRICS_NO_VALUE_COLUMN: Text = t(
    "有“指标”列，但既没有“数值/值/value”列，也没有以年份为标题的列",
    "there is an indicator column but neither a value column (数值/值/value) nor year columns",
);
/// Layout problem: nothing to read as an indicator.
pub const METRICS_NO_INDICATOR_COLUMNS: Text =
    t("除地区和年份外没有可作为指标的列", "besides region and year there is no column to read as an indicator");
/// Error: a header and no data.
pub const METRICS_ERR_NO_DATA: Text =
    t("{path}：只有表头（第 {row} 行），没有数据行", "{path}: only a header (row {row}) and no data rows");
/// Error: every row has a problem.
pub const METRICS_ERR_NOTHING_USABLE: Text = t(
    "{path}：{rows} 行数据都无法使用，前几处问题：",
    "{path}: none of the {rows} data rows can be used; the first problems:",
);
/// Catalog: unknown schema version.
pub const CATALOG_ERR_SCHEMA: Text = t(
    "指标目录的 schema_version 为 {found}，本程序只能读取版本 {supported}",
    "the catalog's schema_version is {found}; this program reads version {supported}",
);
/// Catalog: a malformed id.
pub const CATALOG_ERR_BAD_ID: Text = t(
    "第 {position} 个指标的编号“{id}”无效：编号只能用英文字母、数字、“-”和“.”",
    "indicator #{position} has an invalid id “{id}”: use ASCII letters, digits, “-” and “.”",
);
/// Catalog: a duplicated id.
pub const CATALOG_ERR_DUPLICATE_ID: Text = t("指标编号“{id}”重复", "indicator id “{id}” is used twice");
/// Catalog: a missing field.
pub const CATALOG_ERR_MISSING: Text =
    t("指标“{id}”缺少字段 {field}", "indicator “{id}”: field {field} is missing or empty");
/// Catalog: a name claimed twice.
pub const CATALOG_ERR_DUPLICATE_NAME: Text = t(
    "指标“{id}”的名称或别名“{name}”已属于指标“{first}”，文件中的列将无法区分",
    "indicator “{id}”: the name or alias “{name}” already belongs to “{first}”, so a file's column could not be told apart",
);
/// Catalog: an unknown element or item.
pub const CATALOG_ERR_UNKNOWN_REFERENCE: Text = t(
    "指标“{id}”的字段 {field} 引用了框架中不存在的“{value}”",
    "indicator “{id}”: field {field} refers to “{value}”, which the framework does not have",
);
/// Catalog: an element outside the entry's pillar.
pub const CATALOG_ERR_ELEMENT_OUTSIDE_PILLAR: Text = t(
    "指标“{id}”的字段 elements 中的“{element}”不属于该指标的支柱 pillar",
    "indicator “{id}”: element “{element}” in field elements is not part of the indicator's pillar",
);
/// Catalog: the file has problems.
pub const CATALOG_ERR_INVALID: Text =
    t("{path}：指标目录有 {count} 处问题：", "{path}: the indicator catalog has {count} problem(s):");

// Exports and ledger.
/// Report title; `{region}` is e.g. 巴中市. The line break is kept in the report.
pub const EXPORT_TITLE: Text = t(
    "{region}科技创新与产业创新深度融合\n政策落实情况报告",
    "{region}: deep integration of sci-tech and industrial innovation\nImplementation report",
);
/// A date in the report.
pub const EXPORT_DATE: Text = t("{year}年{month}月{day}日", "{iso}");
/// The as-of date of the report.
pub const EXPORT_AS_OF: Text = t("截至 {date}", "As of {date}");
/// Page number in the footer.
pub const EXPORT_PAGE: Text = t("第 {page} 页 / 共 {pages} 页", "Page {page} of {pages}");
/// Section: overall progress.
pub const EXPORT_OVERALL_HEADING: Text = t("总体进展", "Overall progress");
/// The overall sentence.
pub const EXPORT_OVERALL_TEXT: Text = t(
    "共 {items} 个事项（未分解的举措和各项任务）：已完成 {done} 项（{share}），推进中 {in_progress} 项，受阻 {blocked} 项，暂缓 {paused} 项，未开始 {not_started} 项；逾期 {overdue} 项；平均完成比例 {mean}。",
    "{items} items of work (items not broken into tasks, and tasks): {done} done ({share}), {in_progress} in progress, {blocked} blocked, {paused} paused, {not_started} not started; {overdue} overdue; mean completion {mean}.",
);
/// A light with its count.
pub const EXPORT_LIGHT_COUNT: Text = t("{light} {count} 项", "{light}: {count}");
/// Section: progress by pillar.
pub const EXPORT_PILLARS_HEADING: Text = t("四支柱推进情况", "Progress by pillar");
/// Under a pillar of the diagram.
pub const EXPORT_PILLAR_CAPTION: Text = t("完成 {done}/{items} 项 · 平均 {mean}", "Done {done}/{items} · mean {mean}");
/// The sentence under a pillar's heading.
pub const EXPORT_PILLAR_SUMMARY: Text = t(
    "要素：{elements}。共 {items} 个事项，已完成 {done} 项，推进中 {in_progress} 项，逾期 {overdue} 项，平均完成比例 {mean}。",
    "Elements: {elements}. {items} items: {done} done, {in_progress} in progress, {overdue} overdue; mean completion {mean}.",
);
/// In an item's cell: the other pillars it strengthens (it is listed under its first).
pub const EXPORT_ALSO_IN: Text = t("另属：{pillars}", "Also: {pillars}");
/// Under a pillar's sentence: items of the pillar listed under another one.
pub const EXPORT_LISTED_ELSEWHERE: Text = t(
    "另有 {count} 项同属本支柱，列于其他支柱下（序号 {seqs}）。",
    "{count} more items of this pillar are listed under another pillar (no. {seqs}).",
);
/// Under a pillar's sentence when the report lists only what needs attention and none of its items does.
pub const EXPORT_PILLAR_NONE_LISTED: Text = t("本支柱没有需列出的事项。", "No item of this pillar is listed.");
/// Under the report's subtitle: it lists only red and yellow items (no unit given).
pub const EXPORT_ONLY_ATTENTION: Text = t(
    "本报告各支柱只列红灯、黄灯事项：列出 {listed} 项，共 {items} 项；序号与台账一致。",
    "Only red and yellow items are listed under the pillars: {listed} of {items}; numbers as in the ledger.",
);
/// Under the report's subtitle: it lists only red and yellow items and those of the user's unit.
pub const EXPORT_ONLY_ATTENTION_UNIT: Text = t(
    "本报告各支柱只列红灯、黄灯事项及{unit}牵头或参与的事项：列出 {listed} 项，共 {items} 项；序号与台账一致。",
    "Only red and yellow items and those {unit} leads or joins are listed under the pillars: {listed} of {items}; numbers as in the ledger.",
);
/// Table column: running number.
pub const EXPORT_COL_SEQ: Text = t("序号", "No.");
/// Table column: the item.
pub const EXPORT_COL_ITEM: Text = t("举措", "Item");
/// Table column: the deadline that applies.
pub const EXPORT_COL_DEADLINE: Text = t("完成时限", "Deadline");
/// Under a revised deadline: the original one.
pub const EXPORT_WAS: Text = t("（原定 {date}）", "(was {date})");
/// Under the status of an overdue item.
pub const EXPORT_OVERDUE_DAYS: Text = t("逾期 {days} 天", "{days} days overdue");
/// Section: overdue and blocked items.
pub const EXPORT_ATTENTION_HEADING: Text = t("逾期与受阻事项", "Overdue and blocked items");
/// How many items are overdue or blocked.
pub const EXPORT_ATTENTION_COUNT: Text = t(
    "共 {count} 项逾期或受阻，列出存在问题与下步打算。",
    "{count} items are overdue or blocked, with their problems and next steps.",
);
/// Slide: how many items are overdue or blocked.
pub const EXPORT_SLIDE_ATTENTION_COUNT: Text =
    t("共 {count} 项逾期或受阻，逾期最久的在前", "{count} items overdue or blocked, longest overdue first");
/// When nothing is overdue or blocked.
pub const EXPORT_ATTENTION_NONE: Text = t("截至报告日，没有逾期或受阻事项。", "No item is overdue or blocked.");
/// Section: key indicator charts.
pub const EXPORT_INDICATORS_HEADING: Text = t("关键指标", "Key indicators");
/// Under a chart.
pub const EXPORT_CHART_SOURCE: Text = t("数据来源：{source}", "Source: {source}");
/// Section: where the framework comes from.
pub const EXPORT_SOURCES_HEADING: Text = t("框架来源", "Sources of the framework");
/// The sentence before the citations.
pub const EXPORT_SOURCES_NOTE: Text = t(
    "四支柱理论图与各项举措摘自以下文献；每项举措所据文献与章节见台账“来源”列。各举措归入哪一支柱、哪一要素，为编者归类（见下）。",
    "The four-pillar diagram and the items are taken from these documents; the ledger's 来源 column gives each item's document and section. Which pillar and element each item serves is the editors' classification (below).",
);
/// Slide title prefix of a pillar.
pub const EXPORT_SLIDE_PILLAR: Text = t("支柱{n} · ", "Pillar {n} · ");
/// Slide: items needing attention first.
pub const EXPORT_SLIDE_FOCUS: Text = t("重点关注（告警、预警在前）", "Needing attention (red and yellow first)");
/// Slide: progress by element.
pub const EXPORT_ELEMENTS: Text = t("各要素平均完成比例", "Mean completion by element");
/// Slide: rows left out.
pub const EXPORT_MORE: Text = t("另有 {count} 项，详见报告", "{count} more in the report");
/// Slide: key figures.
pub const EXPORT_SLIDE_FIGURES: Text = t("关键数据", "Key figures");
/// Figure: number of items.
pub const EXPORT_KPI_ITEMS: Text = t("举措总数", "Items");
/// Figure: items done.
pub const EXPORT_KPI_DONE: Text = t("已完成", "Done");
/// Figure: items overdue.
pub const EXPORT_KPI_OVERDUE: Text = t("逾期", "Overdue");
/// Figure: mean percent complete.
pub const EXPORT_KPI_MEAN: Text = t("平均完成比例", "Mean completion");
/// File name stem of the report.
pub const EXPORT_FILE_REPORT: Text = t("政策落实情况报告", "implementation-report");
/// File name stem of the report of red and yellow items and the user's unit's.
pub const EXPORT_FILE_REPORT_ATTENTION: Text = t("政策落实重点事项报告", "implementation-report-attention");
/// File name stem of the slides.
pub const EXPORT_FILE_SLIDES: Text = t("政策落实情况汇报", "implementation-slides");
/// File name stem of the ledger.
pub const EXPORT_FILE_LEDGER: Text = t("政策落实台账", "implementation-ledger");
/// `validate` given a ledger where indicator data was expected.
pub const CLI_VALIDATE_LEDGER: Text = t(
    "{path}：这是一份工作台账（有 {columns} 等列），不是区域指标数据。要把它导入落实进度，请运行：policy-cockpit import-ledger {arg} --progress 进度文件.json",
    "{path}: this is a ledger (columns {columns} …), not indicator data. To import it into the progress record, run: policy-cockpit import-ledger {arg} --progress PROGRESS.json",
);
/// Export: the bundled font cannot be read.
pub const EXPORT_ERR_FONT: Text = t(
    "内置字体无法读取，程序文件可能已损坏，请重新安装。",
    "The built-in font cannot be read; the program may be damaged. Reinstall it.",
);
/// Export: the PDF writer failed.
pub const EXPORT_ERR_PDF: Text = t("无法生成 PDF：{detail}", "Cannot make the PDF: {detail}");
/// Export: the workbook writer failed.
pub const EXPORT_ERR_XLSX: Text = t("无法生成 Excel 文件：{detail}", "Cannot make the Excel file: {detail}");
/// Export: the file cannot be written.
pub const EXPORT_ERR_WRITE: Text = t(
    "{path}：无法写入（{reason}）。请检查文件夹是否存在、是否可写，或文件是否正在被其他程序打开。",
    "{path}: cannot be written ({reason}). Check that the folder exists and is writable and that no other program has the file open.",
);
/// What was exported: the PDF report.
pub const EXPORT_KIND_REPORT: Text = t("PDF 报告（A4）", "PDF report (A4)");
/// What was exported: the slides.
pub const EXPORT_KIND_SLIDES: Text = t("PDF 汇报幻灯片（16:9）", "PDF slides (16:9)");
/// What was exported: the Excel ledger.
pub const EXPORT_KIND_XLSX: Text = t("Excel 台账", "Excel ledger");
/// What was exported: the CSV ledger.
pub const EXPORT_KIND_CSV: Text = t("CSV 台账", "CSV ledger");
/// export: the region asked for is not in the metrics file.
pub const CLI_EXPORT_REGION_NOT_IN_METRICS: Text = t(
    "注意：指标文件 {file} 中没有“{region}”，报告不含关键指标图表。文件中的地区：{regions}。请用 --region 指定其中之一。",
    "Note: the metrics file {file} has no “{region}”, so the report has no key-indicator charts. Its regions: {regions}. Name one of them with --region.",
);
/// export: the output's extension does not match the format.
pub const CLI_EXPORT_EXTENSION: Text = t(
    "注意：文件内容是{what}，但扩展名不是 .{expected}，其他程序可能打不开；建议改名为 .{expected}。",
    "Note: the file holds a {what} but its name does not end in .{expected}; other programs may not open it. Rename it to .{expected}.",
);
/// export: the progress file named with --progress does not exist.
pub const CLI_PROGRESS_FILE_MISSING: Text = t(
    "进度文件不存在：{path}。请检查路径；未生成任何文件。",
    "The progress file does not exist: {path}. Check the path; nothing was written.",
);
/// export: the default progress file has not been made yet.
pub const CLI_NO_PROGRESS_YET: Text = t(
    "注意：尚无进度文件 {path}，所有举措按“未开始”导出。可用 --progress 指定进度文件。",
    "Note: there is no progress file at {path} yet, so every item is exported as not started. Name one with --progress.",
);
/// export: done, with where the file went and how long it took.
pub const CLI_EXPORTED: Text =
    t("{path}：已导出 {what}，{size} KB，用时 {ms} 毫秒", "{path}: exported the {what}, {size} KB in {ms} ms");
/// Import: the file type is not a spreadsheet or CSV.
pub const IMPORT_ERR_UNKNOWN_FORMAT: Text = t(
    "{path}：无法识别的文件类型，请使用 .xlsx、.xls、.ods 或 .csv 文件",
    "{path}: unknown file type; use an .xlsx, .xls, .ods or .csv file",
);
/// Import: the spreadsheet cannot be opened.
pub const IMPORT_ERR_WORKBOOK: Text =
    t("{path}：无法打开表格（{detail}）", "{path}: cannot open the spreadsheet ({detail})");
/// Import: a CSV file in an unknown encoding.
pub const IMPORT_ERR_ENCODING: Text = t(
    "{path}：无法识别文件编码（支持 UTF-8、GBK 和带 BOM 的 UTF-16）。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 后重试。",
    "{path}: unknown text encoding (UTF-8, GBK and UTF-16 with BOM are read). Save it from Excel as “CSV UTF-8” or .xlsx and try again.",
);
/// Import: no header found.
pub const IMPORT_ERR_NO_COLUMNS: Text = t(
    "{path}：前 10 行中找不到表头（查找的列名有 序号、政策举措、牵头单位、责任单位、完成时限、状态、完成比例、进展情况 等），未作任何修改",
    "{path}: no header in the first 10 rows (looked for 序号, 政策举措, 牵头单位, 责任单位, 完成时限, 状态, 完成比例, 进展情况 and their variants); nothing was changed",
);
/// Import: no column identifies the item.
pub const IMPORT_ERR_NO_KEY: Text = t(
    "{path}：没有“序号/编号”或“政策举措”列，无法把各行对应到举措，未作任何修改",
    "{path}: no 序号/编号 (id) or 政策举措 (title) column, so rows cannot be matched to items; nothing was changed",
);
/// Import: no column holds progress.
pub const IMPORT_ERR_NO_FIELD: Text = t(
    "{path}：没有可导入的进度列（状态、完成比例、牵头单位、进展情况等），未作任何修改",
    "{path}: no column with progress to import (状态, 完成比例, 牵头单位, 进展情况 …); nothing was changed",
);
/// Import: no row matched any item.
pub const IMPORT_ERR_NO_MATCH: Text = t(
    "{path}：没有一行能对应到框架中的举措，未作任何修改",
    "{path}: no row matches an item of the framework; nothing was changed",
);
/// Import: where the header is.
pub const IMPORT_HEADER: Text = t("{path}{sheet}：表头在第 {row} 行", "{path}{sheet}: header in row {row}");
/// Import: a mapped column.
pub const IMPORT_COLUMN_MAPPED: Text =
    t("  {letter} 列“{header}” → {target}", "  column {letter} “{header}” → {target}");
/// Import: a column that is not imported.
pub const IMPORT_COLUMN_UNKNOWN: Text =
    t("  {letter} 列“{header}”：未识别，不导入", "  column {letter} “{header}”: not recognised, not imported");
/// Import: rows matched.
pub const IMPORT_MATCHED: Text = t(
    "匹配 {count} 行（按编号 {by_id}，按名称 {by_title}，按规范化名称 {by_normalized}）",
    "{count} rows matched ({by_id} by id, {by_title} by title, {by_normalized} by normalised title)",
);
/// Import: heading of the unmatched rows.
pub const IMPORT_UNMATCHED: Text = t("未匹配 {count} 行（未导入）：", "{count} rows not matched (not imported):");
/// Import: heading of the cells left out.
pub const IMPORT_PROBLEMS: Text = t("未导入的单元格 {count} 个：", "{count} cells not imported:");
/// Import: a row with neither id nor title.
pub const IMPORT_ROW_NO_KEY: Text = t("  第 {row} 行：没有编号或举措名称", "  row {row}: no id or title");
/// Import: a row whose id or title is unknown.
pub const IMPORT_ROW_NOT_FOUND: Text =
    t("  第 {row} 行“{text}”：框架中没有此编号或名称的举措", "  row {row} “{text}”: no item has this id or title");
/// Import: a title that fits several items.
pub const IMPORT_ROW_AMBIGUOUS: Text = t(
    "  第 {row} 行“{text}”：名称与多项举措相符（{ids}），请在“序号”列填写编号",
    "  row {row} “{text}”: the title fits several items ({ids}); put the id in the 序号 column",
);
/// Import: a second row for the same item.
pub const IMPORT_ROW_DUPLICATE: Text = t(
    "  第 {row} 行“{text}”：与第 {first} 行同为举措 {item}，只导入第 {first} 行",
    "  row {row} “{text}”: the same item {item} as row {first}; only row {first} is imported",
);
/// Import: a cell that is not a status.
pub const IMPORT_CELL_STATUS: Text = t(
    "  第 {row} 行 {letter} 列“{column}”：“{value}”不是状态（未开始、推进中、已完成、受阻、暂缓）",
    "  row {row}, column {letter} “{column}”: “{value}” is not a status (未开始, 推进中, 已完成, 受阻, 暂缓)",
);
/// Import: a cell that is not a percentage.
pub const IMPORT_CELL_PERCENT: Text = t(
    "  第 {row} 行 {letter} 列“{column}”：“{value}”不是 0–100 的完成比例（可写 60%、0.6 或 60）",
    "  row {row}, column {letter} “{column}”: “{value}” is not a percentage from 0 to 100 (write 60%, 0.6 or 60)",
);
/// Ledger import: a target cell that does not read as one.
pub const IMPORT_CELL_TARGET: Text = t(
    "  第 {row} 行 {letter} 列“{column}”：“{value}”不是量化目标（应写作“指标 基期值（基期年）→ 目标值（目标年）”），此格未导入",
    "  row {row}, column {letter} “{column}”: “{value}” is not a target (write “indicator base (year) → target (year)”); not imported",
);
/// Import: a cell that is not a date.
pub const IMPORT_CELL_DATE: Text = t(
    "  第 {row} 行 {letter} 列“{column}”：“{value}”不是日期，请写成 2026-12-31 或 2026年6月底",
    "  row {row}, column {letter} “{column}”: “{value}” is not a date; write it as 2026-12-31 or 2026年6月底",
);
/// Import: saved.
pub const IMPORT_SAVED: Text =
    t("{changes} 处修改已保存到 {path}，并记入修改记录", "{changes} changes saved to {path}, with history");
/// Import: preview only.
pub const IMPORT_DRY_RUN: Text = t(
    "预览：将有 {changes} 处修改，未保存（去掉 --dry-run 即保存）",
    "Preview: {changes} changes, not saved (drop --dry-run to save)",
);
/// Import: nothing differs.
pub const IMPORT_NO_CHANGES: Text =
    t("台账与进度记录一致，没有需要修改的内容", "The ledger agrees with the progress record; nothing to change");

// Importing a ledger in the window.
/// Progress menu: save the record under another name.
pub const SAVE_PROGRESS_AS: Text = t("进度另存为…", "Save progress as…");
/// Progress menu: show the progress file's folder.
pub const SHOW_PROGRESS_FOLDER: Text = t("打开进度文件所在文件夹", "Show the progress file's folder");
/// After 另存为.
pub const SAVED_PROGRESS_AS: Text = t(
    "进度已另存为 {path}，此后的修改保存在这个文件中",
    "Progress saved as {path}; changes from now on go to this file",
);
/// The file manager could not be started.
pub const OPEN_FOLDER_FAILED: Text =
    t("无法打开文件夹 {path}（{detail}）", "Could not open the folder {path} ({detail})");
/// Header: the progress file in the default place.
pub const PROGRESS_FILE_DEFAULT: Text = t("进度文件：{name}（默认位置）", "Progress file: {name} (default place)");
/// Menu entry: import an office's ledger.
pub const IMPORT_LEDGER: Text = t("导入台账…", "Import ledger…");
/// File dialog filter name for ledgers.
pub const LEDGER_FILES: Text = t("台账（Excel、WPS、CSV）", "Ledgers (Excel, WPS, CSV)");
/// Ledger preview: title.
pub const LEDGER_TITLE: Text = t("导入台账", "Import a ledger");
/// Ledger preview: the file is being read.
pub const LEDGER_READING: Text = t("正在读取台账 {path}…", "Reading the ledger {path}…");
/// Ledger preview: what the column table is for.
pub const LEDGER_HINT: Text = t(
    "各列按表头识别。识别不对的，请在“导入为”中改正；选“不导入”则跳过该列。",
    "Columns are recognised by their headers. Correct any that are wrong under “Import as”; “Skip” leaves a column out.",
);
/// Ledger preview: column letter heading.
pub const LEDGER_GRID_COLUMN: Text = t("列", "Column");
/// Ledger preview: header heading.
pub const LEDGER_GRID_HEADER: Text = t("表头", "Header");
/// Ledger preview: sample values heading.
pub const LEDGER_GRID_SAMPLES: Text = t("前几行内容", "First values");
/// Ledger preview: mapping heading.
pub const LEDGER_GRID_TARGET: Text = t("导入为", "Import as");
/// Ledger preview: a column that is not imported.
pub const LEDGER_SKIP: Text = t("不导入", "Skip");
/// Ledger preview: the column identifies the item.
pub const LEDGER_ROLE_KEY: Text = t("用于匹配举措", "matches rows to items");
/// Ledger preview: the column is written into the progress record.
pub const LEDGER_ROLE_FIELD: Text = t("写入进度", "written to the progress");
/// Ledger preview: the column is recognised but comes from the framework.
pub const LEDGER_ROLE_IGNORED: Text = t("由框架提供，不写入", "comes from the framework, not written");
/// Ledger preview: what importing will change.
pub const LEDGER_WILL_CHANGE: Text = t(
    "导入后将更新 {items} 项举措，共 {changes} 处修改；记入修改记录，可一步撤销（Ctrl+Z）。",
    "Importing updates {items} items, {changes} values in all; recorded in the history and undone in one step (Ctrl+Z).",
);
/// import-ledger: a row placed as a new task.
pub const IMPORT_PLACED: Text =
    t("第 {row} 行：作为新任务放到 {item} 下", "row {row}: placed as a new task under {item}");
/// import-ledger: rows that are local tasks.
pub const IMPORT_MATCHED_TASKS: Text = t(
    "本地任务：已有任务 {existing} 行，新建任务 {placed} 行",
    "local tasks: {existing} rows are existing tasks, {placed} rows become new tasks",
);
/// Ledger import: items the import adopts.
pub const LEDGER_ALSO_ADOPTS: Text = t(
    "另将 {count} 项举措标为“采纳”（台账中有其行或其下任务）。",
    " It also marks {count} items as adopted (the ledger has their rows or tasks under them).",
);
/// Import preview: heading of the rows that can become tasks.
pub const LEDGER_PLACE_HEADING: Text = t(
    "未对应到举措的 {count} 行，可作为本地任务导入（已选 {placed} 行）：",
    "{count} rows match no item and can be imported as local tasks ({placed} chosen):",
);
/// Import preview: place every unmatched row under its suggested item.
pub const LEDGER_PLACE_ALL: Text = t("全部放在建议的举措下", "Place all under the suggested items");
/// Import preview: place none of the unmatched rows.
pub const LEDGER_PLACE_NONE: Text = t("全部不导入", "Place none");
/// Import preview: how placing works.
pub const LEDGER_PLACE_HINT: Text = t(
    "勾选的行导入为所选举措下的新任务（该举措同时标为采纳）；未勾选的行不导入。右侧先列出最接近的举措，可改选。",
    "A ticked row becomes a new task under the item chosen (which is then adopted); rows left unticked are not imported. The nearest item is offered first; pick another if it is wrong.",
);
/// Import preview: one row that can be placed.
pub const LEDGER_PLACE_ROW: Text = t("第 {row} 行“{text}” → 作为任务放在", "Row {row} “{text}” → as a task under");
/// Import preview: no item chosen for a row yet.
pub const LEDGER_PLACE_PICK: Text = t("选择举措…", "Choose an item…");
/// Ledger preview: no row matches.
pub const LEDGER_NO_MATCH: Text = t(
    "没有一行能对应到框架中的举措。请检查哪一列是“序号”（举措编号）或“政策举措”（举措名称）。",
    "No row matches an item of the framework. Check which column is 序号 (item id) or 政策举措 (item title).",
);
/// Ledger preview and notice: the window cannot save, so nothing is imported.
pub const LEDGER_CANNOT_EDIT: Text = t(
    "本窗口的进度文件只读（另一窗口或命令正在使用）或无法读取，见上方提示；台账未导入，进度未作任何修改。",
    "This window's progress file is read-only (another window or command has it) or cannot be read, see the banner above; the ledger was not imported and nothing was changed.",
);
/// Notice: the ledger was imported.
pub const LEDGER_IMPORTED: Text = t(
    "已从 {file} 导入台账：{items} 项举措更新，共 {changes} 处修改（Ctrl+Z 可撤销）",
    "Imported the ledger {file}: {items} items updated, {changes} values in all (Ctrl+Z undoes it)",
);
/// Ledger: the file cannot be used.
pub const LEDGER_OPEN_FAILED: Text = t("无法导入台账", "Cannot import the ledger");
/// Ledger preview: the import button.
pub const IMPORT: Text = t("导入", "Import");
/// Ledger column: the item's or task's id.
pub const LEDGER_COLUMN_ID: Text = t("编号（举措或任务）", "Id (item or task)");
/// Ledger column: the items a task serves.
pub const LEDGER_COLUMN_PARENT: Text = t("上级举措", "Serves items");
/// Ledger column: a task's quantified target.
pub const LEDGER_COLUMN_TARGET: Text = t("量化目标", "Target");
/// Ledger column: the target indicator's newest value.
pub const LEDGER_COLUMN_CURRENT: Text = t("当前值", "Current value");
/// Ledger column 序号.
pub const LEDGER_COLUMN_SEQ: Text = t("序号（举措编号）", "序号 (item id)");
/// Ledger column 政策举措.
pub const LEDGER_COLUMN_TITLE: Text = t("政策举措（名称）", "政策举措 (item title)");
/// Ledger column 所属支柱.
pub const LEDGER_COLUMN_PILLARS: Text = t("所属支柱", "所属支柱 (pillars)");
/// Ledger column 来源.
pub const LEDGER_COLUMN_SOURCE: Text = t("来源", "来源 (source)");
/// Ledger column 牵头单位.
pub const LEDGER_COLUMN_LEAD_UNIT: Text = t("牵头单位", "牵头单位 (lead unit)");
/// Ledger column 责任单位.
pub const LEDGER_COLUMN_CO_UNITS: Text = t("责任单位", "责任单位 (co-operating units)");
/// Ledger column 原定时限.
pub const LEDGER_COLUMN_DEADLINE: Text = t("原定时限", "原定时限 (deadline)");
/// Ledger column 调整时限.
pub const LEDGER_COLUMN_REVISED_DEADLINE: Text = t("调整时限", "调整时限 (revised deadline)");
/// Ledger column 状态.
pub const LEDGER_COLUMN_STATUS: Text = t("状态", "状态 (status)");
/// Ledger column 完成比例.
pub const LEDGER_COLUMN_PERCENT: Text = t("完成比例", "完成比例 (percent done)");
/// Ledger column 进展情况.
pub const LEDGER_COLUMN_NOTE: Text = t("进展情况", "进展情况 (progress note)");
/// Ledger column 存在问题.
pub const LEDGER_COLUMN_PROBLEMS: Text = t("存在问题", "存在问题 (problems)");
/// Ledger column 下步打算.
pub const LEDGER_COLUMN_NEXT_STEPS: Text = t("下步打算", "下步打算 (next steps)");
/// Ledger column 更新时间.
pub const LEDGER_COLUMN_UPDATED_AT: Text = t("更新时间", "更新时间 (updated)");
/// Import: heading of the rows that are not data.
pub const IMPORT_SKIPPED: Text = t(
    "跳过 {count} 行分组标题、合计行或表下说明：",
    "{count} group headings, totals or notes under the table skipped:",
);
/// Import: a group heading row.
pub const IMPORT_SKIPPED_HEADING: Text = t("  第 {row} 行“{text}”：分组标题", "  row {row} “{text}”: a group heading");
/// Import: a note under the table.
pub const IMPORT_SKIPPED_NOTE: Text =
    t("  第 {row} 行“{text}”：表下说明", "  row {row} “{text}”: a note under the table");
/// Import: a file named as a workbook that is none.
pub const IMPORT_ERR_NOT_A_WORKBOOK: Text = t(
    "{path}：无法打开表格：文件内容不是 Excel、WPS 或 LibreOffice 表格（可能已损坏，或只是改了扩展名），未作任何修改",
    "{path}: cannot open the spreadsheet: the file is not an Excel, WPS or LibreOffice workbook (damaged, or only renamed); nothing was changed",
);
/// Import: a web page saved under a workbook's name.
pub const IMPORT_ERR_WEB_PAGE: Text = t(
    "{path}：这是以表格扩展名保存的网页或 XML 文件（一些系统这样导出），无法直接读取。请用 Excel 或 WPS 打开后“另存为” .xlsx 再导入，未作任何修改",
    "{path}: a web page or XML file saved under a spreadsheet's name (some systems export so) cannot be read directly. Open it in Excel or WPS, Save As .xlsx and import that; nothing was changed",
);
/// Export: characters that no font could draw (appended to the export message).
pub const EXPORT_MISSING_GLYPHS: Text = t(
    "；其中 {count} 个字符内置字体和本机字体都没有，在 PDF 中显示为空框（复制、检索时仍是原字）：{chars}。安装含这些字的字体（如 Noto Sans CJK）后重新导出即可显示",
    "; {count} characters are in neither the built-in font nor an installed one and show as empty boxes in the PDF (copying and searching still give the text): {chars}. Install a font that has them (e.g. Noto Sans CJK) and export again",
);
// Charts of many regions and the region picker (issue 9).
/// Chart: a task's target line.
pub const CHART_TARGET: Text = t("目标（{task}）", "Target ({task})");
/// Chart: totals not drawn.
pub const CHART_TOTALS_LEFT_OUT: Text = t(
    "未画出合计行（{names}），以免县区的线被压在底部；在“地区”中选它可单独查看。",
    "Totals not drawn ({names}) so that the places stay readable; choose one under Region to see it.",
);
/// Chart legend: the median of all regions.
pub const CHART_MEDIAN: Text = t("中位数", "Median");
/// Chart legend: the band of the middle half of all regions.
pub const CHART_QUARTILES: Text = t("25%–75% 分位", "25th–75th percentile");
/// Under a chart of many regions.
pub const CHART_SPREAD: Text =
    t("全部 {count} 个地区：中位数（线）与四分位区间（带）", "All {count} regions: median (line) and quartile band");
/// Under a chart of many regions when none is chosen.
pub const CHART_CHOOSE_REGION: Text = t("选择地区可与之对比", "choose a region to compare it");
/// Region picker label.
pub const REGION_PICKER: Text = t("地区", "Region");
/// Region picker with nothing chosen.
pub const REGION_NONE: Text = t("未选择", "None chosen");
/// Region picker search field.
pub const REGION_SEARCH: Text = t("搜索地区", "Search regions");
/// Region picker: how many match.
pub const REGION_MATCHES: Text = t("{shown} / {total} 个地区", "{shown} of {total} regions");
/// Region picker: clear the choice.
pub const REGION_CLEAR: Text = t("清除选择", "Clear the choice");

// Status and percent agree (src/domain/progress/consistency.rs).
/// A status and a percent that contradict each other.
pub const CONTRADICTION: Text = t(
    "{item}：状态“{status}”与完成比例 {percent}% 相矛盾（{status}的举措完成比例应为 {required}%）",
    "{item}: status “{status}” contradicts {percent}% done ({status} means {required}%)",
);
/// progress set: refused because status and percent contradict each other.
pub const CLI_CONTRADICTION: Text = t(
    "{contradiction}。只给 --status 时完成比例随之设定（已完成 100%，未开始 0%），只给 --percent 时状态随之调整；文件未改动",
    "{contradiction}. Give --status alone and the percent follows (done 100%, not-started 0%), or --percent alone and the status follows; the file was not changed",
);
/// Notice: values left out of an edit because they contradict each other.
pub const CONTRADICTIONS_LEFT_OUT: Text = t(
    "以下状态与完成比例相矛盾，未写入：{items}",
    "These statuses contradict their percentages and were not written: {items}",
);
/// Progress editor: how status and percent go together (hover text of the status field).
pub const STATUS_PERCENT_RULE: Text = t(
    "已完成即 100%，未开始即 0%：选状态时完成比例随之设定；调完成比例时，未开始的变为推进中（100% 为已完成），已完成的低于 100% 变为推进中。",
    "Done means 100% and not started 0%: choosing a status sets the percent; moving the percent makes a not-started item in progress (done at 100%) and a done item below 100% in progress again.",
);
/// Import: a row whose status and percent contradict each other.
pub const IMPORT_CELL_CONTRADICTION: Text = t(
    "  第 {row} 行 {letter} 列“{column}”：“{value}”与完成比例 {percent}% 相矛盾（应为 {required}%），状态和完成比例都未导入",
    "  row {row}, column {letter} “{column}”: “{value}” contradicts {percent}% done (it means {required}%); neither the status nor the percent is imported",
);

// Status words people write (src/domain/progress/status_words.rs).
/// progress set: a word saying the item is behind, recorded as 推进中.
pub const CLI_LATE_STATUS: Text = t(
    "“{word}”记为“推进中”：是否滞后由时限判断（过了时限为红灯，落后于进度为黄灯）；可填调整时限，或在存在问题中说明原因",
    "“{word}” is recorded as in progress: whether it is late is judged from the deadline (red past it, yellow when behind schedule); set a revised deadline or say why under problems",
);
/// Import: heading of the status cells saying an item is behind.
pub const IMPORT_LATE: Text = t(
    "{count} 个状态写作滞后、延期等，按“推进中”导入（是否滞后由时限判断，灯号会显示）：",
    "{count} statuses say behind, postponed or the like and are imported as in progress (lateness is judged from the deadline and shown by the light):",
);
/// Import: one status cell saying an item is behind.
pub const IMPORT_LATE_CELL: Text =
    t("  第 {row} 行 {letter} 列“{column}”：“{value}”", "  row {row}, column {letter} “{column}”: “{value}”");

// How a ledger's columns were recognised (src/io/ledger_import/mapping.rs).
/// Import: a column read as the status from its cells.
pub const IMPORT_COLUMN_BY_VALUES: Text = t(
    "  {letter} 列“{header}” → {target}（内容多为状态词）",
    "  column {letter} “{header}” → {target} (its cells are mostly status words)",
);
/// Import: a column whose meaning another column holds.
pub const IMPORT_COLUMN_DUPLICATE: Text = t(
    "  {letter} 列“{header}”：与 {other} 列重复（同为{target}），不导入",
    "  column {letter} “{header}”: the same as column {other} ({target}), not imported",
);
/// Ledger preview: the column was read as the status from its cells.
pub const LEDGER_ROLE_BY_VALUES: Text =
    t("写入进度（内容多为状态词）", "written to the progress (its cells are mostly status words)");
/// Ledger preview: the column has the meaning of another one.
pub const LEDGER_ROLE_DUPLICATE: Text = t("与 {other} 列重复，不导入", "same as column {other}, skipped");

// Ledger rows that name an item unclearly (src/io/ledger_import/matching.rs).
/// Import: the id and the title of a row name different items.
pub const IMPORT_ROW_ID_TITLE_CONFLICT: Text = t(
    "  第 {row} 行：编号 {id} 是“{id_title}”，名称“{text}”却是 {title_item}，两者指向不同举措，未导入；请改正编号或名称",
    "  row {row}: the id {id} is “{id_title}” but the title “{text}” is {title_item}; they name different items, not imported; correct the id or the title",
);
/// Import: a row with an id the framework lacks and no title.
pub const IMPORT_ROW_UNKNOWN_ID: Text = t(
    "  第 {row} 行：编号“{text}”不在框架中，也没有举措名称",
    "  row {row}: the id “{text}” is not in the framework and there is no title",
);
/// Import: where to find the ids (appended to a row with an unknown id and nothing to suggest).
pub const IMPORT_ROW_IDS_HINT: Text =
    t("（policy-cockpit progress list 可查看全部编号）", " (policy-cockpit progress list shows every id)");
/// Import: a total row.
pub const IMPORT_SKIPPED_TOTAL: Text = t("  第 {row} 行“{text}”：合计行", "  row {row} “{text}”: a total row");
/// Import: the file holds nothing.
pub const IMPORT_ERR_EMPTY: Text = t(
    "{path}：文件是空的（没有任何内容），可能保存未完成或选错了文件，未作任何修改",
    "{path}: the file is empty (it holds nothing); perhaps it was not saved completely or is the wrong file; nothing was changed",
);
/// Import: the item a row that matched none most likely means (appended to its line; never applied).
pub const IMPORT_ROW_NEAREST: Text = t("（最接近：{id} {title}，未自动采用）", " (closest: {id} {title}; not applied)");
// The evaluation index (综合评价指数).
/// Index error: fewer than two regions.
pub const INDEX_ERR_TOO_FEW_REGIONS: Text = t(
    "评价指数要在地区之间比较，至少需要两个地区；数据中只有 {found} 个{region}",
    "The index compares regions and needs at least two; the data has {found}{region}",
);
/// Index error: no indicator left.
pub const INDEX_ERR_NO_INDICATOR: Text =
    t("没有可用于评价的指标：{list}", "No indicator can be used for the index: {list}");
/// Index error: expert weights name unknown indicators.
pub const INDEX_ERR_UNKNOWN_KEYS: Text = t(
    "专家权重中的指标在数据中找不到：{keys}（请写指标目录编号，如 rd-spending，或文件中的指标名称）",
    "The expert weights name indicators the data does not have: {keys} (write a catalog id such as rd-spending, or the indicator's name in the file)",
);
/// Index error: a negative or non-numeric weight.
pub const INDEX_ERR_BAD_WEIGHT: Text = t(
    "专家权重“{key}”为 {value}；权重须为零或正数",
    "The expert weight of “{key}” is {value}; weights must be zero or positive numbers",
);
/// An indicator left out and why.
pub const INDEX_DROPPED_ONE: Text = t("“{name}”：{why}", "“{name}”: {why}");
/// Why: no variance.
pub const INDEX_DROP_NO_VARIANCE: Text = t(
    "所有数值相同（{value}），无法区分地区，未参与评价",
    "every value is the same ({value}); it tells no region apart and is left out",
);
/// Why: too few values.
pub const INDEX_DROP_TOO_FEW: Text = t("只有 {count} 个数值，未参与评价", "only {count} values; left out");
/// Why: not in the expert weights.
pub const INDEX_DROP_NOT_WEIGHTED: Text =
    t("专家权重未列出（或为 0），未参与评价", "not in the expert weights (or weighted 0); left out");
/// Weighting: entropy.
pub const WEIGHTS_ENTROPY: Text = t("熵权法", "entropy weights");
/// Weighting: equal.
pub const WEIGHTS_EQUAL: Text = t("等权", "equal weights");
/// Weighting: expert.
pub const WEIGHTS_EXPERT: Text = t("专家权重", "expert weights");
/// Coordination class 1.
pub const CLASS_EXTREME_IMBALANCE: Text = t("极度失调", "extreme imbalance");
/// Coordination class 2.
pub const CLASS_SEVERE_IMBALANCE: Text = t("严重失调", "severe imbalance");
/// Coordination class 3.
pub const CLASS_MODERATE_IMBALANCE: Text = t("中度失调", "moderate imbalance");
/// Coordination class 4.
pub const CLASS_MILD_IMBALANCE: Text = t("轻度失调", "mild imbalance");
/// Coordination class 5.
pub const CLASS_VERGE_OF_IMBALANCE: Text = t("濒临失调", "verge of imbalance");
/// Coordination class 6.
pub const CLASS_BARELY_COORDINATED: Text = t("勉强协调", "barely coordinated");
/// Coordination class 7.
pub const CLASS_PRIMARY: Text = t("初级协调", "primary coordination");
/// Coordination class 8.
pub const CLASS_INTERMEDIATE: Text = t("中级协调", "intermediate coordination");
/// Coordination class 9.
pub const CLASS_GOOD: Text = t("良好协调", "good coordination");
/// Coordination class 10.
pub const CLASS_HIGH_QUALITY: Text = t("优质协调", "high-quality coordination");
/// Index CSV column: region.
pub const INDEX_COL_REGION: Text = t("地区", "region");
/// Index CSV column: year.
pub const INDEX_COL_YEAR: Text = t("年份", "year");
/// Index CSV column: composite score.
pub const INDEX_COL_SCORE: Text = t("综合得分", "score");
/// Index CSV column: rank.
pub const INDEX_COL_RANK: Text = t("排名", "rank");
/// Index CSV column: coupling degree C.
pub const INDEX_COL_C: Text = t("耦合度C", "coupling_C");
/// Index CSV column: development index T.
pub const INDEX_COL_T: Text = t("综合发展指数T", "development_T");
/// Index CSV column: coordination degree D.
pub const INDEX_COL_D: Text = t("耦合协调度D", "coordination_D");
/// Index CSV column: class of D.
pub const INDEX_COL_CLASS: Text = t("协调等级", "class");
/// Index CSV column: share of the weight with values.
pub const INDEX_COL_COVERAGE: Text = t("指标覆盖率", "coverage");
/// Index: one-line summary.
pub const INDEX_SUMMARY: Text = t(
    "{title}：{regions} 个地区，{years} 个年份（{first}–{last}），{used} 项指标参与评价，权重：{method}",
    "{title}: {regions} regions, {years} years ({first}–{last}), {used} indicators in the index, {method}",
);
/// Index: heading of the weights.
pub const INDEX_WEIGHTS_HEADING: Text = t("各指标权重（{method}，合计为 1）：", "Weights ({method}, summing to 1):");
/// Index: one weight.
pub const INDEX_WEIGHT_ROW: Text =
    t("  {weight}  {name}（{pillar}，{direction}）", "  {weight}  {name} ({pillar}, {direction})");
/// Index: an indicator in no pillar.
pub const INDEX_NO_PILLAR: Text = t("不属于支柱，只计入综合得分", "no pillar, composite score only");
/// Index: an indicator the catalog lacks.
pub const INDEX_UNMAPPED: Text =
    t("未归类（软件的指标清单中没有），只计入综合得分", "unclassified (not in the app's list), composite score only");
/// Evaluation view: the direction button of an indicator the catalog does not know.
pub const EVAL_DIRECTION_HINT: Text = t(
    "软件的指标清单中没有这项指标，“越大越好”还是“越小越好”是按名称推测的（带“？”）。点击可改为相反方向，得分随即重算",
    "The catalog does not list this indicator; its direction was guessed from its name (marked “?”). Click to turn it; the scores are recomputed",
);
/// Index: the directions assumed for indicators the catalog lacks.
pub const INDEX_DIRECTIONS_ASSUMED: Text = t(
    "以下指标软件的指标清单中没有，“越大越好”还是“越小越好”按名称推测：{list}。如有不妥，可在评价视图中点击改正",
    "Directions guessed from the names (not in the catalog): {list}. If one is wrong, turn it in the evaluation view",
);
/// Direction: higher is better.
pub const INDEX_HIGHER_BETTER: Text = t("越大越好", "higher is better");
/// Direction: lower is better.
pub const INDEX_LOWER_BETTER: Text = t("越小越好", "lower is better");
/// Index: heading of the dropped indicators.
pub const INDEX_DROPPED: Text = t("未参与评价的指标 {count} 项：", "{count} indicators left out:");
/// Index: missing values.
pub const INDEX_MISSING: Text = t(
    "缺失值：{interpolated} 个按前后年份线性插值，{left_out} 个不参与所在地区、年份的计算（共 {cells} 个单元格）",
    "Missing values: {interpolated} filled by linear interpolation between years, {left_out} left out of their region-year ({cells} cells in all)",
);
/// Index: pillars without indicators.
pub const INDEX_PILLARS_MISSING: Text = t(
    "以下支柱在数据中没有指标，无法计算其分指数和耦合协调度：{pillars}",
    "These pillars have no indicator in the data, so neither their sub-index nor the coupling can be computed: {pillars}",
);
/// Index: the small-sample warning.
pub const INDEX_SMALL_SAMPLE: Text = t(
    "注意：只有 {regions} 个地区（少于 {threshold} 个），熵权法的权重随数据波动较大，得分与排名宜结合等权或专家权重一并看。",
    "Caution: only {regions} regions (fewer than {threshold}); entropy weights swing with the data, so read scores and ranks beside equal or expert weights.",
);
/// Index: the small-sample hint for the command line.
pub const INDEX_SMALL_SAMPLE_CLI: Text = t(
    "  可改用 --weights equal 或专家权重文件（--weights 文件.json）。",
    "  Try --weights equal, or an expert weights file (--weights FILE.json).",
);
/// Index: the leave-one-out check.
pub const INDEX_STABILITY: Text = t(
    "去掉任一地区重算：权重最多变动 {points} 个百分点（“{indicator}”，去掉{region}时）；{year} 年其余地区两两比较共 {pairs} 组，最多有 {flips} 组先后颠倒。",
    "Leaving out one region at a time: a weight moves by up to {points} percentage points (“{indicator}”, without {region}); in {year}, of {pairs} pairs of the other regions, up to {flips} change places.",
);
/// Index: the leave-one-out check when no two regions change places.
pub const INDEX_STABILITY_STEADY: Text = t(
    "去掉任一地区重算：权重最多变动 {points} 个百分点（“{indicator}”，去掉{region}时）；{year} 年其余地区的名次先后不变，排名是稳的。",
    "Leaving out one region at a time: a weight moves by up to {points} percentage points (“{indicator}”, without {region}); in {year} the other regions keep their order, so the ranking holds.",
);
/// Index CLI: the CSV was written.
pub const INDEX_CLI_WRITTEN: Text =
    t("已写入 {path}（{rows} 行，UTF-8 带 BOM）", "Written: {path} ({rows} rows, UTF-8 with BOM)");
/// Index CLI: a year not in the data.
pub const INDEX_ERR_NO_YEAR: Text =
    t("数据中没有 {year} 年；可选年份：{years}", "The data has no year {year}; years: {years}");
/// Weights file: no weights object.
pub const INDEX_WEIGHTS_ERR_SHAPE: Text = t(
    "{path}：不是专家权重文件；应写成 {\"weights\": {\"指标目录编号或指标名称\": 权重, …}}",
    "{path}: not an expert weights file; write it as {\"weights\": {\"catalog id or indicator name\": weight, …}}",
);
/// Weights file: a weight that is not a number.
pub const INDEX_WEIGHTS_ERR_NOT_NUMBER: Text =
    t("{path}：“{key}”的权重 {value} 不是数字", "{path}: the weight of “{key}”, {value}, is not a number");
/// Weights file: empty.
pub const INDEX_WEIGHTS_ERR_EMPTY: Text = t("{path}：没有列出任何指标的权重", "{path}: no indicator is given a weight");
/// Index CLI: a problem of the data in a file.
pub const INDEX_ERR_IN_FILE: Text = t("{path}：{message}", "{path}: {message}");
/// Header button and view title: the evaluation index.
pub const EVAL_OPEN: Text = t("评价指数", "Evaluation index");
/// Header button tooltip.
pub const EVAL_OPEN_HINT: Text = t(
    "把各地区的统计指标合成一个分数比较高低，看四个支柱各自强弱、是否齐头并进，以及拖后腿的指标",
    "Fold each region's statistics into one score to compare them: how strong each of the four pillars is, whether they keep pace, and which indicators hold the region back",
);
/// View heading.
pub const EVAL_HEADING: Text = t("融合发展评价指数", "Integration evaluation index");
/// Button back to the checklist.
pub const EVAL_BACK: Text = t("返回清单", "Back to the checklist");
/// Label of the data choice.
pub const EVAL_DATASET: Text = t("数据", "Data");
/// Label of the year choice.
pub const EVAL_YEAR: Text = t("年份", "Year");
/// Label of the weights choice.
pub const EVAL_WEIGHTS: Text = t("权重", "Weights");
/// Button: open an expert weights file.
pub const EVAL_EXPERT_FILE: Text = t("专家权重文件…", "Expert weights file…");
/// File dialog filter: expert weights.
pub const EVAL_WEIGHTS_FILES: Text = t("专家权重文件", "Expert weights files");
/// Button: switch to equal weights.
pub const EVAL_USE_EQUAL: Text = t("改用等权", "Use equal weights");
/// Button: export the index as CSV.
pub const EVAL_EXPORT_CSV: Text = t("导出 CSV…", "Export CSV…");
/// Default file name of the index CSV (without extension).
pub const EVAL_FILE_NAME: Text = t("融合发展评价指数", "evaluation-index");
/// Export menu entry: the index CSV.
pub const EXPORT_INDEX_CSV: Text = t("评价指数（CSV）…", "Evaluation index (CSV)…");
/// Nothing to export.
pub const EVAL_NOTHING_TO_EXPORT: Text =
    t("没有可评价的区域指标，未导出", "No regional metrics to evaluate; nothing was exported");
/// While computing.
pub const EVAL_COMPUTING: Text = t("正在计算评价指数…", "Computing the index…");
/// No data to evaluate.
pub const EVAL_NO_DATA: Text = t(
    "没有可评价的区域指标：请打开含两个以上地区的指标文件（Ctrl+O）",
    "No regional metrics to evaluate: open a metrics file with two or more regions (Ctrl+O)",
);
/// Heading of the ranking.
pub const EVAL_RANKING: Text = t("{year} 年排名", "Ranking {year}");
/// Ranking column: coverage, short.
pub const EVAL_COVERAGE: Text = t("数据齐全", "Data");
/// Heading of the weights.
pub const EVAL_WEIGHTS_HEADING: Text = t("指标权重（{method}）", "Indicator weights ({method})");
/// Heading of the trend chart.
pub const EVAL_TREND: Text = t("综合得分走势", "Score over the years");
/// Under the trend chart when it shows a selection of regions.
pub const EVAL_TREND_SOME: Text = t(
    "显示当年前 5 名与所选地区（共 {count} 个地区）",
    "Showing the year's top 5 and the selected region ({count} regions)",
);
/// Heading of the radar.
pub const EVAL_RADAR: Text = t("{region} {year} 年四支柱分指数", "{region}, {year}: pillar sub-indices");
/// Legend of the radar.
pub const EVAL_RADAR_LEGEND: Text =
    t("实线：{region}；虚线：各地区平均", "Solid: {region}; dashed: mean of all regions");
/// Heading of the coupling card.
pub const EVAL_COUPLING: Text = t("耦合协调", "Coupling coordination");
/// Coupling degree C, before its value.
pub const EVAL_COUPLING_C: Text = t("耦合度 C（四支柱是否均衡）", "Coupling C (are the pillars even)");
/// Development index T, before its value.
pub const EVAL_COUPLING_T: Text = t("综合发展指数 T（四支柱平均水平）", "Development T (mean level of the pillars)");
/// Coordination degree D, before its value.
pub const EVAL_COUPLING_D: Text = t("耦合协调度 D = √(C·T)", "Coordination D = √(C·T)");
/// The class of D.
pub const EVAL_CLASS: Text = t("协调等级：{class}", "Class: {class}");
/// Without four pillar sub-indices.
pub const EVAL_NO_COUPLING: Text = t(
    "四个支柱的分指数不全，无法计算耦合协调度",
    "Not all four pillars have a sub-index, so the coupling cannot be computed",
);
/// The weakest pillar.
pub const EVAL_WEAKEST: Text = t("最弱支柱：{pillar}（{value}）", "Weakest pillar: {pillar} ({value})");
/// Heading of the obstacles.
pub const EVAL_OBSTACLES: Text = t("{region} {year} 年主要障碍因素", "{region}, {year}: main obstacles");
/// One obstacle.
pub const EVAL_OBSTACLE_ROW: Text = t("{rank}. {name} {share}（{pillar}）", "{rank}. {name} {share} ({pillar})");
/// Obstacle: items that address it.
pub const EVAL_ITEMS: Text = t("相关举措：", "Items that address it:");
/// Evaluation: the county's tasks whose targets address an obstacle indicator.
pub const EVAL_TASKS: Text = t("本地任务：", "Local tasks:");
/// Obstacle: no linked items.
pub const EVAL_NO_ITEMS: Text = t("（暂无对应的举措）", "(no item addresses it yet)");
/// The ideal has no obstacle.
pub const EVAL_NO_OBSTACLES: Text =
    t("各项指标均为期内最好值，没有障碍因素", "Every indicator is at the best value of the period: no obstacle");
/// Hint under the ranking.
pub const EVAL_PICK_REGION: Text =
    t("点击地区查看其分指数、耦合协调与障碍因素", "Click a region for its pillars, coordination and obstacles");
/// The method in plain words, under the ranking and in the report.
pub const EVAL_METHOD_NOTE: Text = t(
    "得分怎么算：各项指标先换算到同一尺度，按{method}定各项分量，再看每个地区离“各项都最好”有多近。",
    "How the score is made: every indicator is put on one scale, weighted by {method}, and each region is scored by how close it comes to “best on everything”.",
);
/// The method in the words of the literature, as the tooltip of the window's plain note.
pub const EVAL_METHOD_DETAIL: Text = t(
    "方法：极差标准化（按指标方向，全期统一）、{method}、TOPSIS；耦合度按王淑佳等（2021）修正模型。各指标归入哪一支柱为编者归类，分指数与耦合协调度以此为据。",
    "Method: min–max scaling (by direction, pooled over all years), {method}, TOPSIS; coupling by the corrected model of Wang Shujia et al. (2021). Which pillar each indicator counts for is the editors' classification; the sub-indices and the coupling rest on it.",
);

/// The method under the report's evaluation section, in plain words (the window's note links to the 说明 page).
pub const EXPORT_EVAL_METHOD: Text = t(
    "计算方法：各项指标按“越大越好”或“越小越好”换算为 0 到 1 之间的得分（各年使用同一标准），按{method}确定各指标权重，再按与最好、最差水平的接近程度（TOPSIS 法）得出综合指数；四支柱协调程度按王淑佳等（2021）的修正耦合协调度模型计算。各指标归入哪一支柱为编者归类，支柱分指数与耦合协调度以此为据。",
    "Method: each indicator is scaled to a score between 0 and 1 by whether more or less is better (one scale for all years), weighted by {method}, and combined by closeness to the best and worst levels (TOPSIS); how well the four pillars move together follows the corrected coupling coordination model of Wang Shujia et al. (2021). Which pillar each indicator counts for is the editors' classification; the pillar sub-indices and the coupling rest on it.",
);

// Metrics loaders: region key columns and regions from titles (qa-metrics).
/// Column part: region code.
pub const METRICS_ROLE_CODE: Text = t("行政区划代码", "region code");
/// Column part: province.
pub const METRICS_ROLE_PROVINCE: Text = t("省份", "province");
/// Column part: city.
pub const METRICS_ROLE_CITY: Text = t("地市", "city");
/// validate: columns used to tell regions apart, not read as indicators.
pub const METRICS_REGION_KEY_COLUMNS: Text = t(
    "  用于区分同名地区的列（不作为指标读取）：{columns}",
    "  columns telling regions of the same name apart (not read as indicators): {columns}",
);
/// validate: the one region of the table came from its title or file name.
pub const METRICS_REGION_FROM_TITLE: Text =
    t("  表中没有地区列，地区取自标题：{region}", "  no region column; the region is taken from the title: {region}");
/// validate: the one region of the table came from the file name.
pub const METRICS_REGION_FROM_FILE_NAME: Text = t(
    "  表中没有地区列，地区取自文件名：{region}",
    "  no region column; the region is taken from the file name: {region}",
);

// The problems (问题/短板) the documents diagnose, and the editors' classification (issue 15).
pub const TAB_DIAGRAM: Text = t("理论框架图", "Theory diagram");
pub const TAB_PROBLEMS: Text = t("问题/短板（{count}）", "Problems ({count})");
pub const PROBLEMS_HEADING: Text = t("文献诊断的问题与短板", "Problems the documents diagnose");
pub const PROBLEMS_HINT: Text = t(
    "点击问题：清单只显示回应它的举措，图表显示衡量它的指标",
    "Click a problem: the checklist shows the items that answer it, the charts the indicators that measure it",
);
pub const PROBLEM_REMEDIES_LINE: Text =
    t("对策 {count} 项 · 已采纳 {adopted} 项", "{count} remedies · {adopted} adopted");
pub const PROBLEM_PERCENT: Text = t("平均进度 {percent}%", "mean progress {percent}%");
pub const PROBLEM_KIND: Text = t("问题/短板", "Problem");
pub const PROBLEM_QUOTE: Text = t("原文", "In the document's words");
pub const PROBLEM_REMEDIES: Text = t("回应该问题的举措（{count}）", "Items that answer it ({count})");
pub const PROBLEM_INDICATORS: Text = t("衡量指标（{region}）", "Indicators that measure it ({region})");
pub const PROBLEM_NO_INDICATORS: Text =
    t("指标目录中没有衡量该问题的指标", "No indicator of the catalog measures this problem");
pub const PROBLEM_NO_DATA: Text = t("已加载的数据中没有此指标", "Not in the data loaded");
pub const LINK_STATED: Text = t("文献明示", "Stated");
pub const LINK_EDITORIAL: Text = t("编者归类", "Editors' link");
pub const LINK_BASIS_NOTE: Text = t(
    "“文献明示”：原文把该举措与此问题相连；“编者归类”：本项目的解读，原文并未直接相连。",
    "\"Stated\": the document ties the item to this problem. \"Editors' link\": this project's reading; the document does not.",
);
pub const FILTERED_BY_PROBLEM: Text = t("问题：{name}（{count} 项对策）", "Problem: {name} ({count} remedies)");
pub const EDITORS_CLASSIFICATION: Text = t("编者归类", "Editors' classification");
pub const STRENGTHENS_EDITORIAL: Text =
    t("对应支柱与要素（编者归类）", "Pillars and elements (editors' classification)");
pub const EDITOR_NOTE: Text = t("编者注：{note}", "Editors' note: {note}");
pub const ERR_UNKNOWN_PROBLEM: Text = t(
    "框架中没有编号为 {id} 的问题/短板（编号见“问题/短板”页，如 bz-p5.1）",
    "The framework has no problem with id {id} (ids are listed under Problems, e.g. bz-p5.1)",
);
pub const EXPORT_CLASSIFICATION: Text =
    t("下表按支柱分列举措，属编者归类：{note}", "The items are listed by pillar as the editors classify them: {note}");
pub const EXPORT_PROBLEMS_HEADING: Text = t("问题与短板", "Problems and shortcomings");
pub const EXPORT_PROBLEMS_NOTE: Text = t(
    "文献诊断的问题（原文）及回应它的举措的进度；“文献明示”指原文把举措与问题相连，“编者归类”为本项目的解读。",
    "The problems the documents diagnose, in their words, and how far the items that answer them have got; \"stated\" links are the documents', \"editors'\" links this project's reading.",
);
pub const EXPORT_COL_PROBLEM: Text = t("问题（原文）", "Problem (document's words)");
pub const EXPORT_COL_PROBLEM_SOURCE: Text = t("出处", "Source");
pub const EXPORT_COL_REMEDIES: Text = t("回应举措进度", "Progress of the remedies");
pub const EXPORT_REMEDY_BASIS: Text =
    t("文献明示 {stated} 项，编者归类 {editorial} 项", "{stated} stated, {editorial} editors' links");
pub const SLIDE_CLASSIFICATION: Text = t(
    "{source}；举措归入本支柱为编者归类",
    "{source}; items are placed under this pillar by the editors' classification",
);
pub const EXPORT_SLIDE_CLASSIFIED: Text =
    t("举措归入本支柱为编者归类", "Items placed under this pillar by the editors' classification");
pub const FIELD_INDICATORS: Text = t("衡量指标", "Indicators");
pub const LOCAL_PROBLEMS_HEADING: Text = t("本县问题（{count}）", "The county's own problems ({count})");
pub const LOCAL_PROBLEM_ADD_HINT: Text =
    t("新问题，如：研发投入强度低于全省平均", "New problem, e.g. R&D intensity below the province's");
pub const LOCAL_PROBLEM_ADD: Text = t("添加问题", "Add problem");
pub const LOCAL_PROBLEM_KIND: Text =
    t("本县问题 {id}（记在进度文件中）", "The county's own problem {id} (kept in the progress file)");
pub const LOCAL_PROBLEM_DESCRIPTION: Text = t("说明", "Description");
pub const LOCAL_PROBLEM_REMEDIES: Text = t("回应该问题的举措", "Items that answer it");
pub const LOCAL_PROBLEM_ADD_REMEDY: Text = t("添加举措…", "Add an item…");
pub const LOCAL_PROBLEM_ADD_INDICATOR: Text = t("添加指标…", "Add an indicator…");
pub const LOCAL_PROBLEM_REMOVE_LINK: Text = t("移除", "Remove");
pub const LOCAL_PROBLEM_DELETE: Text = t("删除此问题", "Delete this problem");
pub const LOCAL_PROBLEM_NO_REMEDY: Text =
    t("尚未关联举措：添加后，清单只显示这些举措", "No item linked yet: once added, the checklist shows them");
pub const PROBLEM_DETAIL_HEADING: Text = t("问题详情", "Problem");
