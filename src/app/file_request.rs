//! What a file is being chosen for, and the request a file dialog (the system's or the built-in one) is shown for:
//! title, whether it opens or saves, the filters and a suggested name. The purpose also says what to do with the
//! chosen file, so every menu entry, shortcut and dropped file ends in the same command.

use std::path::PathBuf;

use jiff::civil::Date;

use super::command::Command;
use crate::i18n::{Lang, Text, strings as s};
use crate::io::export::ExportFormat;

/// The file types the metrics loader reads.
pub const METRICS_EXTENSIONS: [&str; 4] = ["csv", "xlsx", "xls", "parquet"];
/// The file types the ledger import reads.
pub const LEDGER_EXTENSIONS: [&str; 8] = ["xlsx", "xls", "xlsm", "xlsb", "ods", "csv", "txt", "tsv"];

/// What a file is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// Read regional indicator data (Ctrl+O).
    OpenMetrics,
    /// Switch to another progress file (or name a new one).
    OpenProgress,
    /// Merge another department's progress file.
    MergeProgress,
    /// Preview the import of an office's ledger.
    ImportLedger,
    /// Use an office's framework file.
    OpenFramework,
    /// Weight the evaluation index by an expert weights file.
    ExpertWeights,
    /// Write a meeting output.
    Export(ExportFormat),
    /// Write the report of red and yellow items and the user's unit's.
    ExportAttention,
    /// Save a picture of the window.
    ExportView,
    /// Save the progress record under another name and go on in that file.
    SaveProgressAs,
    /// Write the evaluation index as CSV.
    ExportIndex,
}

/// How the chosen file is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// An existing file is read.
    Open,
    /// An existing file is opened, or a new one named (a progress file).
    OpenOrCreate,
    /// A file is written (an existing one is replaced after asking).
    Save,
}

/// A named set of file extensions, e.g. 指标数据 (csv, xlsx, xls, parquet).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileFilter {
    /// What the files are, in the user's language.
    pub name: String,
    /// Extensions without the dot, lower case.
    pub extensions: Vec<&'static str>,
}

impl FileFilter {
    /// True when the file's extension is one of the filter's (case-insensitive).
    pub fn matches(&self, path: &std::path::Path) -> bool {
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        ext.is_some_and(|ext| self.extensions.iter().any(|e| *e == ext))
    }
}

/// One request to choose a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileRequest {
    /// What the file is for.
    pub purpose: Purpose,
    /// The dialog's title.
    pub title: String,
    /// Open, open or create, or save.
    pub mode: Mode,
    /// The file types offered, the first chosen at the start.
    pub filters: Vec<FileFilter>,
    /// The name offered when saving (empty when opening).
    pub file_name: String,
    /// Where the dialog starts: the folder of the latest chosen file, if any.
    pub folder: Option<PathBuf>,
    /// Tells requests apart (a dialog's own state belongs to one request).
    pub serial: u64,
}

impl Purpose {
    /// Open, open-or-create or save.
    pub fn mode(self) -> Mode {
        match self {
            Self::OpenMetrics
            | Self::MergeProgress
            | Self::ImportLedger
            | Self::OpenFramework
            | Self::ExpertWeights => Mode::Open,
            Self::OpenProgress => Mode::OpenOrCreate,
            Self::Export(_) | Self::ExportAttention | Self::ExportView | Self::ExportIndex | Self::SaveProgressAs => {
                Mode::Save
            }
        }
    }

    /// The command that does with the chosen file what the menu entry promises.
    pub fn command(self, path: PathBuf) -> Command {
        match self {
            Self::OpenMetrics => Command::OpenMetrics(path),
            Self::OpenProgress => Command::OpenProgress(path),
            Self::MergeProgress => Command::ImportProgress(path),
            Self::ImportLedger => Command::OpenLedger(path),
            Self::OpenFramework => Command::OpenFramework(path),
            Self::ExpertWeights => Command::OpenWeights(path),
            Self::Export(format) => Command::Export(format, path),
            Self::ExportAttention => Command::ExportAttention(path),
            Self::ExportView => Command::ExportView(path),
            Self::ExportIndex => Command::ExportIndex(path),
            Self::SaveProgressAs => Command::SaveProgressAs(path),
        }
    }

    /// The menu entry that asks for this purpose; the dialog's title is made from it.
    fn label(self) -> Text {
        match self {
            Self::OpenMetrics => s::OPEN_METRICS,
            Self::OpenProgress => s::OPEN_PROGRESS,
            Self::MergeProgress => s::IMPORT_PROGRESS,
            Self::ImportLedger => s::IMPORT_LEDGER,
            Self::OpenFramework => s::OPEN_FRAMEWORK,
            Self::ExpertWeights => s::EVAL_EXPERT_FILE,
            Self::Export(ExportFormat::Report) => s::EXPORT_REPORT,
            Self::Export(ExportFormat::Slides) => s::EXPORT_SLIDES,
            Self::Export(ExportFormat::Xlsx) => s::EXPORT_XLSX,
            Self::Export(ExportFormat::Csv) => s::EXPORT_CSV,
            Self::ExportAttention => s::EXPORT_REPORT_ATTENTION,
            Self::ExportView => s::EXPORT_PNG,
            Self::ExportIndex => s::EXPORT_INDEX_CSV,
            Self::SaveProgressAs => s::SAVE_PROGRESS_AS,
        }
    }

    /// The request for this purpose in the user's language; `today` dates the suggested names.
    pub fn request(self, lang: Lang, today: Date, folder: Option<PathBuf>, serial: u64) -> FileRequest {
        let filter = |name: Text, extensions: &[&'static str]| FileFilter {
            name: name.get(lang).to_owned(),
            extensions: extensions.to_vec(),
        };
        let plain =
            |name: &str, extension: &'static str| FileFilter { name: name.to_owned(), extensions: vec![extension] };
        let (filters, file_name) = match self {
            Self::OpenMetrics => (vec![filter(s::METRICS_FILES, &METRICS_EXTENSIONS)], String::new()),
            Self::OpenProgress => (vec![filter(s::PROGRESS_FILES, &["json"])], "progress.json".to_owned()),
            Self::MergeProgress => (vec![filter(s::PROGRESS_FILES, &["json"])], String::new()),
            Self::ImportLedger => (vec![filter(s::LEDGER_FILES, &LEDGER_EXTENSIONS)], String::new()),
            Self::OpenFramework => (vec![filter(s::FRAMEWORK_FILES, &["json"])], String::new()),
            Self::ExpertWeights => (vec![filter(s::EVAL_WEIGHTS_FILES, &["json"])], String::new()),
            Self::Export(format) => {
                let ext = format.extension();
                (vec![plain(&ext.to_ascii_uppercase(), ext)], format.default_file_name(today, lang))
            }
            Self::ExportAttention => {
                (vec![plain("PDF", "pdf")], format!("{}-{today}.pdf", s::EXPORT_FILE_REPORT_ATTENTION.get(lang)))
            }
            Self::ExportView => (vec![plain("PNG", "png")], format!("{}-{today}.png", s::APP_TITLE.get(lang))),
            Self::ExportIndex => (vec![plain("CSV", "csv")], format!("{}-{today}.csv", s::EVAL_FILE_NAME.get(lang))),
            Self::SaveProgressAs => (vec![filter(s::PROGRESS_FILES, &["json"])], format!("progress-{today}.json")),
        };
        let what = self.label().get(lang).trim_end_matches('…');
        let title = match self {
            Self::Export(_) | Self::ExportAttention | Self::ExportView | Self::ExportIndex => {
                s::FD_TITLE_EXPORT.fill(lang, &[("what", &what)])
            }
            _ => what.to_owned(),
        };
        FileRequest { purpose: self, title, mode: self.mode(), filters, file_name, folder, serial }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_request_offers_a_dated_name_and_its_own_extension() {
        let today: Date = "2026-11-25".parse().expect("date");
        let r = Purpose::Export(ExportFormat::Xlsx).request(Lang::Zh, today, None, 1);
        assert_eq!(r.mode, Mode::Save);
        assert!(r.file_name.ends_with("2026-11-25.xlsx"), "{}", r.file_name);
        assert_eq!(r.title, "导出：台账（Excel）");
        assert!(r.filters[0].matches(std::path::Path::new("a/台账.XLSX")));
        assert_eq!(Purpose::OpenMetrics.command("m.csv".into()), Command::OpenMetrics("m.csv".into()));
    }
}
