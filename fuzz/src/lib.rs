//! What the fuzz targets share: the built-in framework and catalog, a file name that matches the bytes,
//! and [`watch`], which makes a panic the project's guard contained still count as a crash.

use std::panic;
use std::path::Path;
use std::sync::{LazyLock, Mutex, Once};

use policy_cockpit::domain::framework::Framework;
use policy_cockpit::domain::metrics::Catalog;
use policy_cockpit::io::{framework_file, guard, metrics::catalog_file};

/// The built-in framework.
pub static FRAMEWORK: LazyLock<Framework> =
    LazyLock::new(|| framework_file::embedded().expect("the built-in framework loads"));

/// The built-in indicator catalog.
pub static CATALOG: LazyLock<Catalog> =
    LazyLock::new(|| catalog_file::embedded(&FRAMEWORK).expect("the built-in catalog loads"));

/// A name for the bytes, as an office would have saved them: the workbook or Parquet extension its first
/// bytes say, else `text` (the loaders tell the kind from the bytes and use the name only as a hint).
pub fn file_name(data: &[u8], text: &'static str) -> &'static Path {
    const OLE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    Path::new(if data.starts_with(b"PK") {
        "x.xlsx"
    } else if data.starts_with(&OLE[..2]) {
        "x.xls"
    } else if data.starts_with(b"PAR1") {
        "x.parquet"
    } else {
        text
    })
}

/// The first panic [`watch`] saw in code it does not forgive.
static CONTAINED: Mutex<Option<String>> = Mutex::new(None);

static HOOK: Once = Once::new();

/// Runs `f` and panics (a crash for libFuzzer) if anything inside panicked in the project's own code or in
/// the calamine it patches, even when `io::guard` caught it: a contained panic is still a bug in a loader.
/// Panics inside other dependencies (polars) are what the guard is for, and pass.
pub fn watch<T>(f: impl FnOnce() -> T) -> T {
    HOOK.call_once(|| {
        // The guard wraps the hook it finds on its first use; ours goes on top so it sees guarded panics too.
        let _ = guard::contain(|| ());
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let file = info.location().map(|l| l.file().to_owned()).unwrap_or_default();
            if !in_other_dependency(&file) {
                let mut seen = CONTAINED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                seen.get_or_insert_with(|| info.to_string());
            }
            previous(info);
        }));
    });
    let out = f();
    let seen = CONTAINED.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
    if let Some(message) = seen {
        panic!("a panic inside a loader (contained by io::guard, still a bug): {message}");
    }
    out
}

/// Whether a panic's location is in a crate from the registry (not ours, not vendor/calamine, not std
/// called on our behalf).
fn in_other_dependency(file: &str) -> bool {
    file.contains("/.cargo/registry/") || file.contains("/.cargo/git/")
}
