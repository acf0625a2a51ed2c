//! The regression corpus of fuzzing (issue 21): every input that ever made a loader panic, abort, hang or run
//! out of memory is kept in `tests/data/fuzz-regressions/`, named `<family>-<format>-<outcome>-<hash>.<ext>` by
//! `fuzz/mutate.py` (or by hand from a cargo-fuzz crash), and goes through the same library entry points the
//! commands use, in this process. Each returns `Ok` or `Err`; no panic happens, not even one `io::guard`
//! contains (a contained panic in our code or the patched calamine is still a bug of the loader).
#![allow(clippy::unwrap_used)]

#[path = "common/cli.rs"]
mod cli_common;
use cli_common::{cockpit, text};

use std::panic;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use policy_cockpit::domain::framework::Framework;
use policy_cockpit::domain::index::{self, Options};
use policy_cockpit::domain::metrics::Catalog;
use policy_cockpit::domain::progress::ProgressBook;
use policy_cockpit::io::metrics::{self, catalog_file};
use policy_cockpit::io::progress_file::ProgressStore;
use policy_cockpit::io::{framework_file, guard, ledger_import};

/// Panics seen anywhere in this test binary, with where they happened.
static PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Records every panic, also those the guard catches (its quiet hook is installed first, so this one runs
/// before it). Panics inside crates from the registry (polars) are what the guard is for and are not counted.
fn watch_panics() {
    let _ = guard::contain(|| ());
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let file = info.location().map(|l| l.file().to_owned()).unwrap_or_default();
        if !file.contains("/.cargo/registry/") {
            PANICS.lock().unwrap_or_else(PoisonError::into_inner).push(info.to_string());
        }
        previous(info);
    }));
}

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/fuzz-regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    files
}

/// What the commands do with a file of this family: `validate`, `index`, `import-ledger --dry-run`,
/// `progress list`. Results are dropped: `Ok` and `Err` are both answers.
fn replay(path: &Path, framework: &Framework, catalog: &Catalog) -> Result<(), String> {
    let name = path.file_name().unwrap().to_string_lossy();
    match name.split('-').next().unwrap_or_default() {
        "metrics" | "ledger" => {
            if let Ok(loaded) = metrics::load(path, catalog)
                && let Ok(evaluation) = index::evaluate(&loaded.panel, catalog, &Options::default())
            {
                let _ = index::stability(&loaded.panel, &evaluation);
            }
            if let Ok(ledger) = ledger_import::open(path) {
                let _ = ledger.plan(framework, &ProgressBook::default());
            }
        }
        "progress" => drop(ProgressStore::read(path)),
        "framework" => drop(framework_file::load(path)),
        "catalog" => drop(catalog_file::load(path, framework)),
        family => {
            return Err(format!("{name}: unknown family “{family}” (metrics, ledger, progress, framework, catalog)"));
        }
    }
    Ok(())
}

#[test]
fn every_input_that_once_failed_is_now_read_or_refused_without_a_panic() {
    watch_panics();
    let framework = framework_file::embedded().unwrap();
    let catalog = catalog_file::embedded(&framework).unwrap();
    let files = corpus();
    assert!(!files.is_empty(), "the regression corpus is empty");
    let mut failures = Vec::new();
    for path in &files {
        let started = Instant::now();
        if let Err(e) = replay(path, &framework, &catalog) {
            failures.push(e);
        }
        // Not a speed check (a loaded machine made a 10 s input take 31 s here): it catches the hangs, which
        // took hours. Speed is measured by `fuzz/mutate.py` on the release binary.
        if started.elapsed() > Duration::from_secs(300) {
            failures.push(format!("{}: {:.0?}", path.display(), started.elapsed()));
        }
        let panics = std::mem::take(&mut *PANICS.lock().unwrap_or_else(PoisonError::into_inner));
        if !panics.is_empty() {
            failures.push(format!("{}: {}", path.display(), panics.join("; ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} inputs:\n{}", failures.len(), files.len(), failures.join("\n"));
}

#[test]
fn a_panic_the_guard_contains_prints_nothing_but_the_message() {
    // polars panics on its own worker threads; the guard catches it in the caller, and nothing else is printed.
    let contained: Vec<PathBuf> = corpus()
        .into_iter()
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("metrics-") && name.contains("-contained-panic-")
        })
        .collect();
    assert!(!contained.is_empty(), "no input whose panic was contained");
    for path in contained {
        let out = cockpit(&["validate", path.to_str().unwrap()]);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{}: {stderr}", path.display());
        assert!(stderr.contains("无法解析") && !stderr.contains("panicked"), "{}: {stderr}", path.display());
    }
}
