//! `policy-cockpit validate FILE...`: one line per file, exit 1 if any file has a problem.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::i18n::{Lang, describe_load_error, strings as s};
use crate::io::framework_file;

/// Checks every file, prints a summary or the problems of each, and returns the exit code.
pub fn run(files: &[PathBuf], lang: Lang) -> ExitCode {
    let failed = files.iter().filter(|path| !check(path, lang)).count();
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        if files.len() > 1 {
            eprintln!("{}", s::CLI_FAILED_COUNT.fill(lang, &[("failed", &failed), ("total", &files.len())]));
        }
        ExitCode::FAILURE
    }
}

/// Checks one file; true when it is sound.
fn check(path: &Path, lang: Lang) -> bool {
    let is_json = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if !is_json {
        eprintln!("{}", s::CLI_UNKNOWN_KIND.fill(lang, &[("path", &path.display())]));
        return false;
    }
    match framework_file::load(path) {
        Ok(fw) => {
            let c = fw.counts();
            println!(
                "{}",
                s::CLI_FRAMEWORK_OK.fill(
                    lang,
                    &[
                        ("path", &path.display()),
                        ("pillars", &c.pillars),
                        ("elements", &c.elements),
                        ("groups", &c.groups),
                        ("items", &c.items),
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
