//! The command line: sub-commands for data officers and scripts. Exit 0 on success, 1 on bad input.

mod validate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

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
    /// 消息语言（默认按系统区域设置，否则中文）/ language of messages (default: from the locale, else Chinese)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// 子命令 / sub-command
    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

/// The sub-commands.
#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// 检查文件（框架文件 .json），每个文件打印一行摘要；有问题时说明位置并以 1 退出 / check files (framework .json) and print a one-line summary each; on a problem say where and exit 1
    Validate {
        /// 要检查的文件 / files to check
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
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

/// Runs a sub-command, writing results to stdout and problems to stderr.
pub fn run(command: &CliCommand, lang: Lang) -> ExitCode {
    match command {
        CliCommand::Validate { files } => validate::run(files, lang),
    }
}
