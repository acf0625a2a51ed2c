//! Meeting outputs: the PDF report (A4 portrait), the PDF slides (16:9), and the ledger (台账) as
//! XLSX and CSV. Exporting only reads the framework and the progress book; it never changes the progress file.
//!
//! The window's File → Export… and `policy-cockpit export` both build an [`ExportInput`] and call [`export`].

mod chart;
mod csv;
mod evaluation_section;
pub mod index_csv;
mod indicators;
mod palette;
mod pdf;
mod problems_section;
mod report;
mod slides;
mod summary;
mod xlsx;

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::domain::framework::Framework;
use crate::domain::progress::{LightRule, ProgressBook};
use crate::i18n::{Lang, describe_export_error, strings as s};
use crate::io::atomic_file::write_atomic;

pub use csv::BOM;
pub use indicators::key_indicators;
pub use pdf::installed_font_covers;

/// A key indicator's values over time, for the report's chart section and the key-figures slide.
/// Without any, the report leaves the chart section out.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorSeries {
    /// Name, e.g. "规上工业企业研发投入".
    pub name: String,
    /// Unit, e.g. "亿元".
    pub unit: String,
    /// Where the figures come from (printed under the chart).
    pub source: String,
    /// Points in time order: a label (e.g. "2024") and the value.
    pub points: Vec<(String, f64)>,
}

/// Everything an export shows.
#[derive(Debug, Clone, Copy)]
pub struct ExportInput<'a> {
    /// The framework whose items are reported.
    pub framework: &'a Framework,
    /// Their progress.
    pub book: &'a ProgressBook,
    /// The day the report speaks of ("截至"): lights and overdue items are judged on it.
    pub as_of: Date,
    /// The region named in the title, e.g. "巴中市".
    pub region: &'a str,
    /// Thresholds of the red/yellow/green rule.
    pub rule: LightRule,
    /// Language of the report and slides (the ledger's headers are always Chinese).
    pub lang: Lang,
    /// Key indicators to chart; empty leaves the chart section out.
    pub indicators: &'a [IndicatorSeries],
    /// The evaluation index for the report's section on it; `None` leaves the section out.
    pub evaluation: Option<&'a crate::domain::index::Evaluation>,
    /// Lights of tasks' targets judged against loaded data (by task id); `None` judges schedules alone.
    pub target_lights: Option<&'a crate::domain::progress::plan::TargetLights>,
    /// The unit that exports (填报单位 of the ledger, 本单位 of [`ExportInput::only_attention`]); empty: none.
    pub unit: &'a str,
    /// The report's item tables list only red and yellow items and tasks, and those of [`ExportInput::unit`].
    pub only_attention: bool,
}

impl<'a> ExportInput<'a> {
    /// An export in Chinese with the default light rule and no indicator charts.
    pub fn new(framework: &'a Framework, book: &'a ProgressBook, as_of: Date, region: &'a str) -> Self {
        Self {
            framework,
            book,
            as_of,
            region,
            rule: LightRule::default(),
            lang: Lang::Zh,
            indicators: &[],
            evaluation: None,
            target_lights: None,
            unit: "",
            only_attention: false,
        }
    }
}

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// The PDF report, A4 portrait.
    Report,
    /// The PDF slides, 16:9.
    Slides,
    /// The ledger as an Excel workbook.
    Xlsx,
    /// The ledger as CSV (UTF-8 with BOM).
    Csv,
}

impl ExportFormat {
    /// Every format, in menu order.
    pub const ALL: [ExportFormat; 4] = [Self::Report, Self::Slides, Self::Xlsx, Self::Csv];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Report | Self::Slides => "pdf",
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
        }
    }

    /// A file name to offer in the save dialog, e.g. "政策落实情况报告-2026-11-25.pdf".
    pub fn default_file_name(self, as_of: Date, lang: Lang) -> String {
        let stem = match self {
            Self::Report => s::EXPORT_FILE_REPORT,
            Self::Slides => s::EXPORT_FILE_SLIDES,
            Self::Xlsx | Self::Csv => s::EXPORT_FILE_LEDGER,
        };
        format!("{}-{as_of}.{}", stem.get(lang), self.extension())
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
#[error("{}", describe_export_error(self, Lang::En))]
pub enum ExportError {
    /// The bundled font could not be read (a broken build).
    Font,
    /// The PDF writer refused the document.
    Pdf {
        /// Its words.
        detail: String,
    },
    /// The workbook writer failed.
    Xlsx {
        /// Its words.
        detail: String,
    },
    /// The file could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

/// A rendered file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Characters of a PDF that neither the bundled font nor an installed one can draw: they show as
    /// empty boxes (still in the text layer). Empty for the ledger.
    pub missing_glyphs: Vec<char>,
}

/// What an export wrote, for the message to the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exported {
    /// See [`Rendered::missing_glyphs`].
    pub missing_glyphs: Vec<char>,
}

/// The file's bytes.
pub fn render(format: ExportFormat, input: &ExportInput<'_>) -> Result<Rendered, ExportError> {
    let bytes = |bytes| Rendered { bytes, missing_glyphs: Vec::new() };
    match format {
        ExportFormat::Report => report::render(input),
        ExportFormat::Slides => slides::render(input),
        ExportFormat::Xlsx => xlsx::render(input).map(bytes).map_err(|e| ExportError::Xlsx { detail: e.to_string() }),
        ExportFormat::Csv => Ok(bytes(csv::render(input))),
    }
}

/// Renders and writes the file. It appears whole or not at all ([`write_atomic`]): a failure never leaves
/// half a file or spoils an older one, and a file replaced keeps its permissions.
pub fn export(format: ExportFormat, input: &ExportInput<'_>, out: &Path) -> Result<Exported, ExportError> {
    let rendered = render(format, input)?;
    write_atomic(out, &rendered.bytes).map_err(|source| ExportError::Write { path: out.to_owned(), source })?;
    Ok(Exported { missing_glyphs: rendered.missing_glyphs })
}

/// The report's title, e.g. "巴中市科技创新与产业创新深度融合政策落实情况报告".
fn report_title(input: &ExportInput<'_>) -> String {
    s::EXPORT_TITLE.fill(input.lang, &[("region", &input.region)])
}

/// "截至 2026年11月25日" / "As of 2026-11-25".
fn as_of_text(input: &ExportInput<'_>) -> String {
    let date = s::EXPORT_DATE.fill(
        input.lang,
        &[
            ("year", &input.as_of.year()),
            ("month", &input.as_of.month()),
            ("day", &input.as_of.day()),
            ("iso", &input.as_of),
        ],
    );
    s::EXPORT_AS_OF.fill(input.lang, &[("date", &date)])
}
