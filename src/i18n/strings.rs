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
pub const DIAGRAM_HINT: Text =
    t("点击要素筛选举措，再次点击取消", "Click an element to filter the items; click again to clear");

// The checklist.
/// Checklist panel heading.
pub const CHECKLIST_HEADING: Text = t("政策举措清单", "Recommendation checklist");
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
pub const STRENGTHENS: Text = t("对应支柱与要素", "Pillars and elements");
/// Field label: level.
pub const LEVEL: Text = t("层级", "Level");
/// Field label: departments.
pub const DEPARTMENTS: Text = t("涉及部门", "Departments");
/// No department named by the document.
pub const DEPARTMENTS_NONE: Text = t("原文未指明", "not named in the document");
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
/// Group kind: practice path.
pub const KIND_PRACTICE_PATH: Text = t("实践路径", "Practice path");
/// Group kind: policy choice.
pub const KIND_POLICY_CHOICE: Text = t("政策选择", "Policy choice");
/// Group kind: local action.
pub const KIND_LOCAL_ACTION: Text = t("县域举措", "Local action");
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

// File errors.
/// A file could not be read.
pub const ERR_READ: Text = t("{path}：无法读取（{reason}）", "{path}: cannot be read ({reason})");
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

// Command line.
/// validate: a framework file is sound.
pub const CLI_FRAMEWORK_OK: Text = t(
    "{path}：框架文件，{pillars} 个支柱，{elements} 个要素，{groups} 个章节，{items} 项举措，{documents} 份文档",
    "{path}: framework, {pillars} pillars, {elements} elements, {groups} sections, {items} items, {documents} documents",
);
/// validate: a file of a kind it does not know.
pub const CLI_UNKNOWN_KIND: Text = t(
    "{path}：无法识别的文件类型（目前可检查：框架文件 .json）",
    "{path}: unrecognised kind of file (can check: framework files, .json)",
);
/// validate: a JSON file that is not a framework.
pub const CLI_NOT_A_FRAMEWORK: Text = t(
    "{path}：这是 JSON 文件，但不是框架文件（没有 pillars 和 items）",
    "{path}: a JSON file, but not a framework (no pillars and items)",
);
/// validate: summary when some files failed.
pub const CLI_FAILED_COUNT: Text = t("{failed}/{total} 个文件有问题", "{failed} of {total} files have problems");
/// The window could not open (no display).
pub const ERR_NO_DISPLAY: Text = t(
    "无法打开窗口：没有可用的图形显示（{reason}）。在服务器上请使用子命令，例如 policy-cockpit validate。",
    "Cannot open the window: no graphical display is available ({reason}). On a server, use a sub-command such as policy-cockpit validate.",
);
