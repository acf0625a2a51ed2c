//! `policy-cockpit validate FILE...`: one line per file, exit 1 if any file has a problem.
//! The kind of a JSON file is told from its content: `pillars` makes a framework, `entries`
//! (or a version-1 `items` list) a progress file, `indicators` an indicator catalog.
//! `.csv`, `.xlsx`, `.xls` and `.parquet` files are metrics files, read as the window reads them.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;

use crate::domain::framework::Framework;
use crate::domain::progress::local_problems::is_local_problem_id;
use crate::domain::progress::{Scope, is_task_id};
use crate::i18n::{
    Lang, describe_catalog_error, describe_load_error, describe_metrics_details, describe_metrics_error,
    describe_metrics_summary, describe_progress_error, strings as s,
};
use crate::io::metrics::{self, catalog_file};
use crate::io::progress_file::ProgressStore;
use crate::io::{framework_file, ledger_import, text};

/// Checks every file, prints a summary or the problems of each, and returns the exit code.
pub fn run(files: &[PathBuf], framework_path: Option<&Path>, lang: Lang) -> ExitCode {
    let framework = match framework_path {
        Some(path) => framework_file::load(path),
        None => framework_file::embedded(),
    };
    let framework = match framework {
        Ok(fw) => fw,
        Err(e) => {
            eprintln!("{}", describe_load_error(&e, lang));
            return ExitCode::FAILURE;
        }
    };
    let failed = files.iter().filter(|path| !check(path, &framework, lang)).count();
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        if files.len() > 1 {
            eprintln!("{}", s::CLI_FAILED_COUNT.fill(lang, &[("failed", &failed), ("total", &files.len())]));
        }
        ExitCode::FAILURE
    }
}

/// What a file holds.
enum Kind {
    Framework,
    Progress,
    Catalog,
}

/// Checks one file; true when it is sound.
fn check(path: &Path, framework: &Framework, lang: Lang) -> bool {
    let is_json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if !is_json {
        if metrics::is_metrics_path(path) {
            return check_metrics(path, framework, lang);
        }
        eprintln!("{}", s::METRICS_CLI_UNKNOWN_KIND.fill(lang, &[("path", &path.display())]));
        return false;
    }
    match kind(path, lang) {
        Some(Kind::Framework) => check_framework(path, lang),
        Some(Kind::Progress) => check_progress(path, framework, lang),
        Some(Kind::Catalog) => check_catalog(path, framework, lang),
        None => false,
    }
}

/// Tells the kind from the top-level keys; prints why when it cannot.
fn kind(path: &Path, lang: Lang) -> Option<Kind> {
    let read = std::fs::read(path).map_err(|e| {
        s::ERR_READ.fill(lang, &[("path", &path.display()), ("reason", &crate::i18n::io_reason(&e, lang))])
    });
    let decoded = read.and_then(|bytes| {
        text::decode(&bytes)
            .map_err(|e| s::ERR_ENCODING.fill(lang, &[("path", &path.display()), ("offset", &e.offset)]))
    });
    let value = decoded.and_then(|json| {
        serde_json::from_str::<Value>(&json).map_err(|e| {
            let template = if e.is_eof() { s::ERR_JSON_TRUNCATED } else { s::ERR_JSON };
            template
                .fill(lang, &[("path", &path.display()), ("line", &e.line()), ("column", &e.column()), ("detail", &e)])
        })
    });
    match value {
        Ok(Value::Object(map)) if map.contains_key("pillars") => Some(Kind::Framework),
        Ok(Value::Object(map)) if map.contains_key("entries") || map.contains_key("items") => Some(Kind::Progress),
        Ok(Value::Object(map)) if map.contains_key("indicators") => Some(Kind::Catalog),
        Ok(_) => {
            eprintln!("{}", s::CLI_NOT_A_FRAMEWORK.fill(lang, &[("path", &path.display())]));
            None
        }
        Err(message) => {
            eprintln!("{message}");
            None
        }
    }
}

fn check_framework(path: &Path, lang: Lang) -> bool {
    match framework_file::load(path) {
        Ok(fw) => {
            let c = fw.counts();
            out!(
                "{}",
                s::CLI_FRAMEWORK_OK.fill(
                    lang,
                    &[
                        ("path", &path.display()),
                        ("pillars", &c.pillars),
                        ("elements", &c.elements),
                        ("groups", &c.groups),
                        ("items", &c.items),
                        ("problems", &c.problems),
                        ("documents", &c.documents),
                    ],
                )
            );
            true
        }
        Err(e) => {
            eprintln!("{}", describe_load_error(&e, lang));
            false
        }
    }
}

fn check_progress(path: &Path, framework: &Framework, lang: Lang) -> bool {
    let book = match ProgressStore::read(path) {
        Ok(book) => book,
        Err(e) => {
            eprintln!("{}", describe_progress_error(&e, lang));
            return false;
        }
    };
    out!(
        "{}",
        s::CLI_PROGRESS_OK.fill(
            lang,
            &[
                ("path", &path.display()),
                ("entries", &book.entries.keys().filter(|id| !is_task_id(id) && !is_local_problem_id(id)).count()),
                ("history", &book.history.len()),
                ("snapshots", &book.snapshots.len()),
            ],
        )
    );
    if book.plan_started() || book.tasks().next().is_some() {
        let count = |scope: Scope| framework.items.iter().filter(|i| book.scope(&i.id) == scope).count();
        let args: [(&str, &dyn std::fmt::Display); 4] = [
            ("adopted", &count(Scope::Adopted)),
            ("set_aside", &count(Scope::NotApplicable)),
            ("undecided", &count(Scope::Undecided)),
            ("tasks", &book.tasks().count()),
        ];
        out!("{}", s::CLI_PROGRESS_PLAN.fill(lang, &args));
    }
    // A task's items (and a local problem's remedies) must be in the framework, as an entry's id must.
    let orphans: Vec<String> = book
        .tasks()
        .chain(book.local_problems())
        .flat_map(|(id, t)| {
            t.parents.iter().filter(|p| framework.item(p).is_none()).map(move |p| format!("{id} → {p}"))
        })
        .collect();
    let unknown: Vec<&str> = book
        .entries
        .keys()
        .filter(|id| !is_task_id(id) && !is_local_problem_id(id) && framework.item(id).is_none())
        .map(String::as_str)
        .chain(orphans.iter().map(String::as_str))
        .collect();
    if unknown.is_empty() {
        return true;
    }
    eprintln!(
        "{}",
        s::CLI_PROGRESS_UNKNOWN_ITEMS
            .fill(lang, &[("path", &path.display()), ("count", &unknown.len()), ("ids", &unknown.join(", "))])
    );
    false
}

fn check_catalog(path: &Path, framework: &Framework, lang: Lang) -> bool {
    match catalog_file::load(path, framework) {
        Ok(catalog) => {
            let unlinked = catalog.indicators.iter().filter(|i| i.pillar.is_none()).count();
            let count = catalog.indicators.len();
            let args: [(&str, &dyn std::fmt::Display); 4] = [
                ("path", &path.display()),
                ("count", &count),
                ("linked", &(count - unlinked)),
                ("outcomes", &unlinked),
            ];
            out!("{}", s::METRICS_CLI_CATALOG_OK.fill(lang, &args));
            true
        }
        Err(e) => {
            eprintln!("{}", describe_catalog_error(&e, lang));
            false
        }
    }
}

/// Reads a metrics file with the built-in catalog; prints its summary and what was left out.
fn check_metrics(path: &Path, framework: &Framework, lang: Lang) -> bool {
    let catalog = match catalog_file::embedded(framework) {
        Ok(catalog) => catalog,
        Err(e) => {
            eprintln!("{}", describe_catalog_error(&e, lang));
            return false;
        }
    };
    match metrics::load(path, &catalog) {
        Ok(loaded) => {
            out!("{}", describe_metrics_summary(&loaded, lang));
            for line in describe_metrics_details(&loaded, lang) {
                out!("{line}");
            }
            true
        }
        // A ledger given where indicator data was expected: say what it is and how to import it.
        Err(_) if let Some(ledger) = ledger_import::as_ledger(path) => {
            let columns: Vec<String> = ledger
                .mapping
                .columns
                .iter()
                .filter(|c| c.target.is_some())
                .map(|c| format!("“{}”", c.header))
                .take(LEDGER_COLUMNS_NAMED)
                .collect();
            let shown = path.display().to_string();
            let arg = if shown.contains(char::is_whitespace) { format!("\"{shown}\"") } else { shown.clone() };
            let args: [(&str, &dyn std::fmt::Display); 3] =
                [("path", &shown), ("columns", &columns.join("、")), ("arg", &arg)];
            eprintln!("{}", s::CLI_VALIDATE_LEDGER.fill(lang, &args));
            false
        }
        Err(e) => {
            eprintln!("{}", describe_metrics_error(&e, lang));
            false
        }
    }
}

/// How many of a ledger's columns the message names.
const LEDGER_COLUMNS_NAMED: usize = 5;
