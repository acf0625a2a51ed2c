//! `policy-cockpit export`: the meeting outputs without the window. Reads the progress file, never writes it.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use jiff::civil::Date;

use crate::domain::framework::Framework;
use crate::domain::index::{self, Evaluation, Options};
use crate::domain::metrics::{find_region, region_name};
use crate::domain::progress::ProgressBook;
use crate::domain::progress::plan::TargetLights;
use crate::i18n::{
    Lang, Text, describe_catalog_error, describe_export_error, describe_metrics_error, describe_progress_error,
    strings as s,
};
use crate::io::export::{self, ExportFormat, ExportInput, IndicatorSeries};
use crate::io::metrics::{self, catalog_file};
use crate::io::progress_file::ProgressStore;

/// One export from the command line.
pub struct ExportArgs<'a> {
    /// What to make.
    pub format: ExportFormat,
    /// Where to write it.
    pub out: &'a Path,
    /// The progress file; `None`: `progress.json` in the user's data folder, as the window uses.
    pub progress: Option<&'a Path>,
    /// An office's framework file, else the built-in one.
    pub framework: Option<&'a Path>,
    /// The as-of day; `None`: today.
    pub as_of: Option<Date>,
    /// The region named in the title.
    pub region: &'a str,
    /// A metrics file whose key indicators the report charts.
    pub metrics: Option<&'a Path>,
    /// The exporting unit (see [`ExportInput::unit`]); empty: none.
    pub unit: &'a str,
    /// See [`ExportInput::only_attention`].
    pub only_attention: bool,
}

/// Renders and writes the file; prints where it went and how long it took.
pub fn run(args: &ExportArgs<'_>, lang: Lang) -> ExitCode {
    let fw = match super::progress::framework(args.framework, lang) {
        Ok(fw) => fw,
        Err(code) => return code,
    };
    let book = match read_progress(args.progress, lang) {
        Ok(book) => book,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    // The title uses the data's spelling of the region when the data has it ("通江" → "通江县").
    let mut region = region_name(args.region).into_owned();
    let read = args.metrics.map(|path| key_indicators(path, &fw, &book, &mut region, lang)).transpose();
    let (series, evaluation, target_lights) = match read {
        Ok(found) => found.unwrap_or_default(),
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let as_of = args.as_of.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
    let input = ExportInput {
        lang,
        indicators: &series,
        evaluation: evaluation.as_ref(),
        target_lights: Some(&target_lights),
        unit: args.unit,
        only_attention: args.only_attention,
        ..ExportInput::new(&fw, &book, as_of, &region)
    };
    let started = Instant::now();
    let exported = match export::export(args.format, &input, args.out) {
        Ok(exported) => exported,
        Err(e) => {
            eprintln!("{}", describe_export_error(&e, lang));
            return ExitCode::FAILURE;
        }
    };
    let ms = started.elapsed().as_millis();
    let size = std::fs::metadata(args.out).map_or(0, |m| m.len().div_ceil(1024));
    let what = kind(args.format).get(lang);
    out!(
        "{}",
        s::CLI_EXPORTED.fill(lang, &[("path", &args.out.display()), ("what", &what), ("size", &size), ("ms", &ms)])
    );
    let expected = match args.format {
        ExportFormat::Report | ExportFormat::Slides => "pdf",
        ExportFormat::Xlsx => "xlsx",
        ExportFormat::Csv => "csv",
    };
    let extension = args.out.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    if extension != expected {
        // Written as asked, but a file named .docx that holds a PDF will not open where the reader expects.
        eprintln!("{}", s::CLI_EXPORT_EXTENSION.fill(lang, &[("what", &what), ("expected", &expected)]));
    }
    if let Some(missing) = crate::i18n::describe_missing_glyphs(&exported.missing_glyphs, lang) {
        out!("{}", missing.trim_start_matches(['；', ';', ' ']));
    }
    ExitCode::SUCCESS
}

/// What a metrics file adds to the outputs.
type FromMetrics = (Vec<IndicatorSeries>, Option<Evaluation>, TargetLights);

/// The key-indicator series of a metrics file, its evaluation index (entropy weights; `None` when the data
/// cannot be evaluated, e.g. one region) and the lights of the tasks' targets it has for the region, or the
/// message saying why the file cannot be read. A region the file lacks gives no charts and a warning naming
/// the regions it has: never another place's figures under the title.
fn key_indicators(
    path: &Path,
    fw: &Framework,
    book: &ProgressBook,
    region: &mut String,
    lang: Lang,
) -> Result<FromMetrics, String> {
    let catalog = catalog_file::embedded(fw).map_err(|e| describe_catalog_error(&e, lang))?;
    let loaded = metrics::load(path, &catalog).map_err(|e| describe_metrics_error(&e, lang))?;
    let file = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let panel = &loaded.panel;
    let evaluation = index::evaluate(panel, &catalog, &Options::default()).ok();
    let Some(found) = find_region(panel, region) else {
        let mut regions: Vec<&str> = panel.regions().iter().map(String::as_str).take(MAX_NAMED_REGIONS).collect();
        if panel.regions().len() > MAX_NAMED_REGIONS {
            regions.push("…");
        }
        let regions = regions.join("、");
        eprintln!(
            "{}",
            s::CLI_EXPORT_REGION_NOT_IN_METRICS
                .fill(lang, &[("region", &region), ("file", &file), ("regions", &regions)])
        );
        return Ok((Vec::new(), evaluation, TargetLights::new()));
    };
    panel.region_name(found).clone_into(region);
    let lights = book
        .tasks()
        .filter_map(|(id, t)| Some((id.to_owned(), t.target.as_ref()?.read_in(panel, Some(&catalog), region)?.2.light)))
        .collect();
    Ok((export::key_indicators(panel, &catalog, Some(region), &file, lang), evaluation, lights))
}

/// How many of a file's regions a warning names.
const MAX_NAMED_REGIONS: usize = 12;

/// The name of a format in messages.
pub fn kind(format: ExportFormat) -> Text {
    match format {
        ExportFormat::Report => s::EXPORT_KIND_REPORT,
        ExportFormat::Slides => s::EXPORT_KIND_SLIDES,
        ExportFormat::Xlsx => s::EXPORT_KIND_XLSX,
        ExportFormat::Csv => s::EXPORT_KIND_CSV,
    }
}

/// The progress record, read without locking or writing. A file named with `--progress` must exist (a mistyped
/// path must not give a report of zero progress); the default file may not exist yet, which is said on stderr.
fn read_progress(path: Option<&Path>, lang: Lang) -> Result<ProgressBook, String> {
    if let Some(path) = path {
        if !path.exists() {
            return Err(s::CLI_PROGRESS_FILE_MISSING.fill(lang, &[("path", &path.display())]));
        }
        return ProgressStore::read(path).map_err(|e| describe_progress_error(&e, lang));
    }
    let Some(path) = crate::app::default_progress_file() else {
        return Ok(ProgressBook::default());
    };
    if !path.exists() {
        eprintln!("{}", s::CLI_NO_PROGRESS_YET.fill(lang, &[("path", &path.display())]));
    }
    ProgressStore::read_or_empty(&path).map_err(|e| describe_progress_error(&e, lang))
}
