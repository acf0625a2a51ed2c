//! `policy-cockpit index`: the evaluation index of a metrics file as CSV, one row per region and
//! year, with the weights used and what was left out printed. Unusable input exits 1 and writes nothing.

use std::path::Path;
use std::process::ExitCode;

use crate::domain::index::{self, Options, Weighting};
use crate::i18n::{
    Lang, describe_catalog_error, describe_export_error, describe_index_error, describe_metrics_error,
    describe_weights_file_error, evaluation as words, strings as s,
};
use crate::io::export::index_csv;
use crate::io::metrics::{self, catalog_file};
use crate::io::{framework_file, index_weights};

/// One run of `index`.
pub struct IndexArgs<'a> {
    /// The metrics file.
    pub metrics: &'a Path,
    /// `entropy`, `equal`, or an expert weights file.
    pub weights: &'a str,
    /// The CSV to write.
    pub out: &'a Path,
    /// Keep one year only in the CSV (the index is still computed over all years).
    pub year: Option<i32>,
}

/// Computes the index, prints the weights and notes, writes the CSV.
pub fn run(args: &IndexArgs<'_>, lang: Lang) -> ExitCode {
    match compute(args, lang) {
        Ok(lines) => {
            for line in lines {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The weighting named on the command line: `entropy` (熵权), `equal` (等权), else a file.
fn weighting(text: &str, lang: Lang) -> Result<Weighting, String> {
    match text.trim() {
        "entropy" | "熵权" | "熵权法" => Ok(Weighting::Entropy),
        "equal" | "等权" => Ok(Weighting::Equal),
        path => index_weights::load(Path::new(path))
            .map(Weighting::Expert)
            .map_err(|e| describe_weights_file_error(&e, lang)),
    }
}

fn compute(args: &IndexArgs<'_>, lang: Lang) -> Result<Vec<String>, String> {
    let framework = framework_file::embedded().map_err(|e| crate::i18n::describe_load_error(&e, lang))?;
    let catalog = catalog_file::embedded(&framework).map_err(|e| describe_catalog_error(&e, lang))?;
    let weighting = weighting(args.weights, lang)?;
    let loaded = metrics::load(args.metrics, &catalog).map_err(|e| describe_metrics_error(&e, lang))?;
    let evaluation =
        index::evaluate(&loaded.panel, &catalog, &Options { weighting, ..Options::default() }).map_err(|e| {
            s::INDEX_ERR_IN_FILE
                .fill(lang, &[("path", &args.metrics.display()), ("message", &describe_index_error(&e, lang))])
        })?;
    if let Some(year) = args.year.filter(|y| !evaluation.years.contains(y)) {
        let years: Vec<String> = evaluation.years.iter().map(ToString::to_string).collect();
        return Err(s::INDEX_ERR_NO_YEAR.fill(lang, &[("year", &year), ("years", &years.join(", "))]));
    }
    let stability = evaluation.is_small_sample().then(|| index::stability(&loaded.panel, &evaluation)).flatten();
    let mut lines = vec![words::summary(&evaluation, lang)];
    lines.extend(words::weights(&evaluation, &framework, lang));
    let notes = words::notes(&evaluation, stability.as_ref(), &framework, lang);
    lines.extend(notes);
    if evaluation.is_small_sample() {
        lines.push(s::INDEX_SMALL_SAMPLE_CLI.get(lang).to_owned());
    }
    let rows = index_csv::export(&evaluation, &framework, lang, args.year, args.out)
        .map_err(|e| describe_export_error(&e, lang))?;
    lines.push(s::INDEX_CLI_WRITTEN.fill(lang, &[("path", &args.out.display()), ("rows", &rows)]));
    Ok(lines)
}
