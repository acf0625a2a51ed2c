//! The command line: sub-commands for data officers and scripts. Exit 0 on success, 1 on bad input.

/// Prints a line to standard output. A reader that has gone away (`progress list | head`) is not worth a
/// panic: the rest of the output is dropped and the command finishes as it would have.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

mod export;
mod fields;
mod import_ledger;
mod index;
mod progress;
mod task;
mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
pub use fields::FieldArgs;

use crate::i18n::Lang;
use crate::io::export::ExportFormat;

/// 政策驾驶舱 Policy Cockpit — 不带子命令时打开窗口 / with no sub-command it opens the window.
#[derive(Debug, Parser)]
#[command(
    name = "policy-cockpit",
    version,
    about = "政策驾驶舱：跟踪科技创新与产业创新深度融合政策举措的落实进度\nPolicy Cockpit: track the implementation of policies on the deep integration of sci-tech and industrial innovation",
    long_about = None,
    after_help = "不带子命令运行时打开图形窗口。退出码：0 成功，1 输入有误，2 用法错误。\nWith no sub-command the window opens. Exit codes: 0 success, 1 bad input, 2 wrong usage."
)]
pub struct Cli {
    /// 消息语言（默认按系统区域设置，否则中文）；--screenshot 的画面语言 / language of messages (default: from the locale, else Chinese) and of the --screenshot picture
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// 打开窗口时使用的进度文件 / progress file for the window
    #[arg(long, value_name = "FILE")]
    pub progress: Option<PathBuf>,
    /// 只渲染一次主界面并保存为 PNG，然后退出 / render the main screen once, save it as PNG and exit
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,
    /// 窗口或截图中另外载入的区域指标文件（.csv .xlsx .xls .parquet）/ a metrics file to load in the window or screenshot (.csv .xlsx .xls .parquet)
    #[arg(long, value_name = "FILE")]
    pub metrics: Option<PathBuf>,
    /// 打开时显示评价指数（窗口与截图）/ open on the evaluation index (window and screenshot)
    #[arg(long)]
    pub evaluation: bool,
    /// 打开时显示该问题/短板及回应它的举措（窗口与截图），如 bz-p5.1 / open on this problem and the items that answer it (window and screenshot), e.g. bz-p5.1
    #[arg(long, value_name = "ID")]
    pub problem: Option<String>,
    /// 截图或窗口大小，如 1600x1000 / size of the screenshot or window, e.g. 1600x1000
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<[f32; 2]>,
    /// 子命令 / sub-command
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// Reads "1600x1000" (also "1600×1000").
fn parse_size(text: &str) -> Result<[f32; 2], String> {
    let (w, h) = text.split_once(['x', 'X', '×']).ok_or("expected WIDTHxHEIGHT, e.g. 1600x1000")?;
    let number = |t: &str| t.trim().parse::<u16>().ok().filter(|n| *n >= 200).map(f32::from);
    match (number(w), number(h)) {
        (Some(w), Some(h)) => Ok([w, h]),
        _ => Err("expected WIDTHxHEIGHT with whole numbers of at least 200, e.g. 1600x1000".into()),
    }
}

/// Reads a date as officials type it: 2026-06-30, 2026/6/30, 2026年6月30日, 2026.06.30.
fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    crate::io::ledger_import::read_date_text(text).ok_or_else(|| {
        format!("“{text}”不是日期，请写作 2026-06-30 或 2026年6月30日 / “{text}” is not a date: write 2026-06-30")
    })
}

/// Reads a percentage written 60, 60% or 60％; the range (0–100) is checked by the command, which exits 1.
fn parse_percent(text: &str) -> Result<u32, String> {
    let number = text.trim().trim_end_matches(['%', '％']).trim();
    number.parse::<u32>().map_err(|_| {
        format!("“{text}”不是整数百分比，如 60 或 60% / “{text}” is not a whole percentage, e.g. 60 or 60%")
    })
}

/// The sub-commands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// 检查文件（框架、进度、指标目录 .json；区域指标 .csv .xlsx .xls .parquet），每个文件打印一行摘要；有问题时说明位置并以 1 退出 / check files (framework, progress, catalog .json; metrics .csv .xlsx .xls .parquet) and print a one-line summary each; on a problem say where and exit 1
    Validate {
        /// 要检查的文件 / files to check
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// 核对进度编号所用的框架文件（默认内置框架）/ framework to check progress ids against (default: built-in)
        #[arg(long, value_name = "FILE")]
        framework: Option<PathBuf>,
    },
    /// 查看或修改落实进度 / list or change implementation progress
    Progress {
        /// 操作 / action
        #[command(subcommand)]
        action: ProgressAction,
    },
    /// 本县的本地任务：新增、列出、修改、删除 / the county's local tasks: add, list, change, remove
    Task {
        /// 操作 / action
        #[command(subcommand)]
        action: TaskAction,
    },
    /// 导出会议材料：PDF 报告（A4）、PDF 汇报幻灯片（16:9）、Excel 或 CSV 台账；只读取进度文件，从不修改；报告与幻灯片使用 --lang 的语言 / export meeting outputs: PDF report (A4), PDF slides (16:9), Excel or CSV ledger; the progress file is only read, never changed; report and slides in the --lang language
    Export {
        /// 格式：pdf 报告、slides 幻灯片、xlsx 台账、csv 台账 / format: pdf report, slides, xlsx ledger, csv ledger
        #[arg(long, value_enum)]
        format: ExportFormatArg,
        /// 输出文件（已存在则替换）/ output file (replaced if it exists)
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// 进度文件（默认为用户数据文件夹中的 progress.json）/ progress file (default: progress.json in the user's data folder)
        #[arg(long, value_name = "FILE")]
        progress: Option<PathBuf>,
        /// 框架文件（默认内置框架）/ framework file (default: built-in)
        #[arg(long, value_name = "FILE")]
        framework: Option<PathBuf>,
        /// 截至日期，据此判断逾期（默认今天）/ as-of date, which decides what is overdue (default: today)
        #[arg(long, value_name = "YYYY-MM-DD")]
        #[arg(value_parser = parse_date)]
        as_of: Option<jiff::civil::Date>,
        /// 标题中的地区名称 / region named in the title
        #[arg(long, value_name = "NAME", default_value = "巴中市")]
        region: String,
        /// 区域指标文件，报告据此绘制各支柱的关键指标 / metrics file whose key indicators the report charts
        #[arg(long, value_name = "FILE")]
        metrics: Option<PathBuf>,
        /// 本单位：台账的“填报单位”，--only-attention 另列其牵头或参与的事项 / your unit: the ledger's 填报单位; with --only-attention its items are listed too
        #[arg(long, value_name = "NAME")]
        unit: Option<String>,
        /// 报告各支柱下只列红灯、黄灯的举措和任务（及 --unit 牵头或参与的）/ the report lists under each pillar only red and yellow items and tasks (and those --unit leads or joins)
        #[arg(long)]
        only_attention: bool,
    },
    /// 导入已有台账（.xlsx/.xls/.ods 或 UTF-8/GBK 编码的 .csv）：按表头识别各列，按编号或举措名称匹配各行，打印匹配与未匹配情况，作为一次修改保存并记入修改记录；无法识别时以 1 退出且不改动进度文件 / import an existing ledger (.xlsx/.xls/.ods, or .csv in UTF-8 or GBK): columns by header name, rows by id or title; prints what matched and what did not and saves it as one change with history; unreadable input exits 1 and leaves the progress file untouched
    ImportLedger {
        /// 台账文件 / ledger file
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// 进度文件（不存在时新建）/ progress file (created if missing)
        #[arg(long, value_name = "FILE")]
        progress: PathBuf,
        /// 框架文件（默认内置框架）/ framework file (default: built-in)
        #[arg(long, value_name = "FILE")]
        framework: Option<PathBuf>,
        /// 填报人（默认为系统用户名）/ who makes the change (default: the system user name)
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// 只预览，不保存 / show what would change without saving
        #[arg(long)]
        dry_run: bool,
        /// 把未匹配的行作为本地任务放到举措下：suggested 放到各自最接近的举措，或给出一个举措编号；不给则只列出 / place rows that match no item as local tasks: `suggested` puts each under its nearest item, or give one item id; without it they are only listed
        #[arg(long, value_name = "suggested|ID")]
        place_unmatched: Option<String>,
    },
    /// 计算融合发展评价指数（熵权法或等权、专家权重 + TOPSIS + 四支柱分指数 + 耦合协调度），每个地区每年一行写入 CSV，并打印所用权重；数据不可用时以 1 退出且不写文件 / compute the evaluation index (entropy, equal or expert weights + TOPSIS + pillar sub-indices + coupling coordination), one CSV row per region and year, and print the weights used; unusable data exits 1 and writes nothing
    Index {
        /// 区域指标文件（.csv .xlsx .xls .parquet）/ metrics file
        #[arg(long, value_name = "FILE")]
        metrics: PathBuf,
        /// 权重：entropy 熵权法（默认）、equal 等权，或专家权重文件 .json / weights: entropy (default), equal, or an expert weights file .json
        #[arg(long, value_name = "entropy|equal|FILE", default_value = "entropy")]
        weights: String,
        /// 输出 CSV（UTF-8 带 BOM；已存在则替换）/ output CSV (UTF-8 with BOM; replaced if it exists)
        #[arg(long, value_name = "OUT.csv")]
        out: PathBuf,
        /// 只写这一年（仍按全部年份计算）/ write this year only (still computed over all years)
        #[arg(long, value_name = "YEAR")]
        year: Option<i32>,
    },
}

/// `export --format` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormatArg {
    /// PDF 报告（A4 纵向）/ PDF report (A4 portrait)
    Pdf,
    /// PDF 汇报幻灯片（16:9）/ PDF slides (16:9)
    Slides,
    /// Excel 台账 / Excel ledger
    Xlsx,
    /// CSV 台账（UTF-8，带 BOM）/ CSV ledger (UTF-8 with BOM)
    Csv,
}

impl From<ExportFormatArg> for ExportFormat {
    fn from(arg: ExportFormatArg) -> Self {
        match arg {
            ExportFormatArg::Pdf => ExportFormat::Report,
            ExportFormatArg::Slides => ExportFormat::Slides,
            ExportFormatArg::Xlsx => ExportFormat::Xlsx,
            ExportFormatArg::Csv => ExportFormat::Csv,
        }
    }
}

/// `progress` actions.
// Parsed once per run: the size of a variant costs nothing worth boxing for.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum ProgressAction {
    /// 列出每项举措的编号、状态、完成比例和红黄绿灯（文件不存在时视为空记录）/ print every item with id, status, percent and light (a missing file is an empty record)
    List {
        /// 进度文件 / progress file
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// 框架文件（默认内置框架）/ framework file (default: built-in)
        #[arg(long, value_name = "FILE")]
        framework: Option<PathBuf>,
    },
    /// 修改一项举措并保存（原子写入，记入修改记录）；编号、状态或比例有误时以 1 退出且不改动文件 / change one item and save it atomically with history; a bad id, status or percent exits 1 and leaves the file untouched
    Set {
        /// 进度文件（不存在时新建）/ progress file (created if missing)
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
        /// 举措编号，如 yz-3.1.1（不分大小写）/ item id, e.g. yz-3.1.1 (any case)
        #[arg(long, value_name = "ID")]
        item: String,
        /// 各项进度字段 / the progress fields
        #[command(flatten)]
        fields: FieldArgs,
        /// 采纳情况：采纳 不适用 待定 / scope: adopted not-applicable undecided
        #[arg(long, value_name = "SCOPE")]
        scope: Option<String>,
        /// 不适用（或采纳）的理由 / why the item is set aside (or adopted)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// 填报人（默认为系统用户名）/ who makes the change (default: the system user name)
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// 框架文件（默认内置框架）/ framework file (default: built-in)
        #[arg(long, value_name = "FILE")]
        framework: Option<PathBuf>,
    },
}

/// `task` actions: the county's local tasks under adopted items.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum TaskAction {
    /// 在举措下新增本地任务（举措随之标为采纳），打印新任务编号 / add a local task under items (which become adopted) and print its id
    Add {
        /// 进度文件（不存在时新建）/ progress file (created if missing)
        #[arg(long, value_name = "FILE")]
        progress: PathBuf,
        /// 上级举措编号，可重复 / the item it serves; repeat for several
        #[arg(long = "item", value_name = "ID", required = true)]
        items: Vec<String>,
        /// 任务名称 / task name
        #[arg(long, value_name = "TEXT")]
        title: String,
        /// 各项进度字段 / the progress fields
        #[command(flatten)]
        fields: FieldArgs,
        /// 量化目标：指标,基期值,基期年,目标值,目标年[,单位] / target: INDICATOR,BASE,BASE_YEAR,TARGET,TARGET_YEAR[,UNIT]
        #[arg(long, value_name = "TARGET", value_parser = fields::parse_target)]
        target: Option<crate::domain::progress::Target>,
        /// 填报人（默认为系统用户名）/ who makes the change (default: the system user name)
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// 框架文件（默认内置框架）/ framework file (default: built-in)
        #[arg(long, value_name = "FILE")]
        framework: Option<PathBuf>,
    },
    /// 列出本地任务（可只列某项举措下的）/ list local tasks (optionally those of one item)
    List {
        /// 进度文件 / progress file
        #[arg(long, value_name = "FILE")]
        progress: PathBuf,
        /// 只列此举措下的任务 / only the tasks of this item
        #[arg(long, value_name = "ID")]
        item: Option<String>,
    },
    /// 修改一项本地任务 / change a local task
    Set {
        /// 进度文件 / progress file
        #[arg(long, value_name = "FILE")]
        progress: PathBuf,
        /// 任务编号，如 T-3F9K / task id, e.g. T-3F9K
        #[arg(long, value_name = "ID")]
        task: String,
        /// 任务名称 / task name
        #[arg(long, value_name = "TEXT")]
        title: Option<String>,
        /// 改为服务这些举措（可重复）/ move it to serve these items (repeat for several)
        #[arg(long = "item", value_name = "ID")]
        items: Vec<String>,
        /// 各项进度字段 / the progress fields
        #[command(flatten)]
        fields: FieldArgs,
        /// 量化目标：指标,基期值,基期年,目标值,目标年[,单位] / target: INDICATOR,BASE,BASE_YEAR,TARGET,TARGET_YEAR[,UNIT]
        #[arg(long, value_name = "TARGET", value_parser = fields::parse_target)]
        target: Option<crate::domain::progress::Target>,
        /// 填报人（默认为系统用户名）/ who makes the change (default: the system user name)
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// 框架文件（默认内置框架）/ framework file (default: built-in)
        #[arg(long, value_name = "FILE")]
        framework: Option<PathBuf>,
    },
    /// 删除一项本地任务（记入修改记录，可在窗口中撤销）/ delete a local task (recorded in the history)
    Remove {
        /// 进度文件 / progress file
        #[arg(long, value_name = "FILE")]
        progress: PathBuf,
        /// 任务编号 / task id
        #[arg(long, value_name = "ID")]
        task: String,
        /// 填报人（默认为系统用户名）/ who makes the change (default: the system user name)
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
}

/// `--lang` values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    /// 中文
    Zh,
    /// English
    En,
}

impl Cli {
    /// The language for messages: `--lang`, else the locale (`LC_ALL`, `LANG`), else Chinese.
    pub fn message_lang(&self) -> Lang {
        match self.lang {
            Some(LangArg::Zh) => Lang::Zh,
            Some(LangArg::En) => Lang::En,
            None => ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
                .map_or(Lang::Zh, |locale| Lang::from_locale(&locale)),
        }
    }
}

/// The system user name, recorded with changes when `--by` is not given.
fn system_user() -> String {
    std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_default()
}

/// Runs a sub-command, writing results to stdout and problems to stderr.
pub fn run(command: &CliCommand, lang: Lang) -> ExitCode {
    match command {
        CliCommand::Validate { files, framework } => validate::run(files, framework.as_deref(), lang),
        CliCommand::Progress { action: ProgressAction::List { file, framework } } => {
            progress::list(file, framework.as_deref(), lang)
        }
        CliCommand::Progress { action: ProgressAction::Set { file, item, fields, scope, reason, by, framework } } => {
            let user = system_user();
            let args = progress::SetArgs {
                file,
                framework: framework.as_deref(),
                item,
                fields,
                scope: scope.as_deref(),
                reason: reason.as_deref(),
                by: by.as_deref().unwrap_or(&user),
            };
            progress::set(&args, lang)
        }
        CliCommand::Task { action } => task::run(action, &system_user(), lang),
        CliCommand::Export { format, out, progress, framework, as_of, region, metrics, unit, only_attention } => {
            let args = export::ExportArgs {
                format: (*format).into(),
                out,
                progress: progress.as_deref(),
                framework: framework.as_deref(),
                as_of: *as_of,
                region,
                metrics: metrics.as_deref(),
                unit: unit.as_deref().unwrap_or_default(),
                only_attention: *only_attention,
            };
            export::run(&args, lang)
        }
        CliCommand::ImportLedger { file, progress, framework, by, dry_run, place_unmatched } => {
            let user = system_user();
            let args = import_ledger::ImportArgs {
                file,
                progress,
                framework: framework.as_deref(),
                by: by.as_deref().unwrap_or(&user),
                dry_run: *dry_run,
                place_unmatched: place_unmatched.as_deref(),
            };
            import_ledger::run(&args, lang)
        }
        CliCommand::Index { metrics, weights, out, year } => {
            index::run(&index::IndexArgs { metrics, weights, out, year: *year }, lang)
        }
    }
}
