//! `policy-cockpit progress list|set`: the progress record for scripts and data officers.

use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;

use crate::domain::framework::Framework;
use crate::domain::progress::{FieldValue, LightRule, consistency, status_words};
use crate::i18n::{Lang, describe_contradiction, describe_load_error, describe_progress_error, names, strings as s};
use crate::io::framework_file;
use crate::io::progress_file::ProgressStore;

/// The framework whose items are listed: an office's file, or the built-in one.
pub(super) fn framework(path: Option<&Path>, lang: Lang) -> Result<Framework, ExitCode> {
    let loaded = match path {
        Some(path) => framework_file::load(path),
        None => framework_file::embedded(),
    };
    loaded.map_err(|e| {
        eprintln!("{}", describe_load_error(&e, lang));
        ExitCode::FAILURE
    })
}

/// Prints every framework item with its id, status, percent and light.
pub fn list(file: &Path, framework_path: Option<&Path>, lang: Lang) -> ExitCode {
    let fw = match framework(framework_path, lang) {
        Ok(fw) => fw,
        Err(code) => return code,
    };
    let book = match ProgressStore::read_or_empty(file) {
        Ok(book) => book,
        Err(e) => {
            eprintln!("{}", describe_progress_error(&e, lang));
            return ExitCode::FAILURE;
        }
    };
    let today = jiff::ZonedDateTime::now().date();
    let rule = LightRule::default();
    for item in &fw.items {
        let entry = book.entry(&item.id);
        let light = rule.light(&entry, today);
        out!(
            "{}\t{}\t{}%\t{}\t{}",
            item.id,
            names::status(entry.status).get(lang),
            entry.percent,
            names::light(light).get(lang),
            names::pick(lang, &item.title, &item.title_en)
        );
    }
    ExitCode::SUCCESS
}

/// One edit from the command line.
pub struct SetArgs<'a> {
    /// The progress file.
    pub file: &'a Path,
    /// An office's framework file, else the built-in one.
    pub framework: Option<&'a Path>,
    /// Item id.
    pub item: &'a str,
    /// New status, as typed.
    pub status: Option<&'a str>,
    /// New percent.
    pub percent: Option<u32>,
    /// New progress note.
    pub note: Option<&'a str>,
    /// Who makes the change.
    pub by: &'a str,
}

/// Applies one edit atomically, with history and what the status–percent rule brings along; bad input
/// (including a status and percent that contradict each other) exits 1 and leaves the file untouched.
pub fn set(args: &SetArgs<'_>, lang: Lang) -> ExitCode {
    let fw = match framework(args.framework, lang) {
        Ok(fw) => fw,
        Err(code) => return code,
    };
    let edits = match edits(args, &fw, lang) {
        Ok(edits) => edits,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    let (mut store, mut book) = match ProgressStore::open(args.file) {
        Ok(opened) => opened,
        Err(e) => {
            eprintln!("{}", describe_progress_error(&e, lang));
            return ExitCode::FAILURE;
        }
    };
    // A status alone brings its percent and a percent alone its status; both given must agree.
    let settled = consistency::complete(&book, edits.into_iter().map(|value| (args.item.to_owned(), value)).collect());
    if let Some(contradiction) = settled.contradictions.first() {
        let contradiction = describe_contradiction(contradiction, lang);
        eprintln!("{}", s::CLI_CONTRADICTION.fill(lang, &[("contradiction", &contradiction)]));
        return ExitCode::FAILURE;
    }
    let now = Timestamp::now();
    let changed =
        settled.edits.into_iter().filter(|(item, value)| book.set(item, value.clone(), args.by, now).is_some()).count();
    if changed > 0
        && let Err(e) = store.save(&book)
    {
        eprintln!("{}", describe_progress_error(&e, lang));
        return ExitCode::FAILURE;
    }
    if let Some(word) = args.status.filter(|w| status_words::read(w).is_some_and(|r| r.late)) {
        out!("{}", s::CLI_LATE_STATUS.fill(lang, &[("word", &word.trim())]));
    }
    let entry = book.entry(args.item);
    out!(
        "{}",
        s::CLI_PROGRESS_SET.fill(
            lang,
            &[
                ("item", &args.item),
                ("status", &names::status(entry.status).get(lang)),
                ("percent", &entry.percent),
                ("changed", &changed),
            ],
        )
    );
    ExitCode::SUCCESS
}

/// Checks the arguments against the framework and turns them into field values.
fn edits(args: &SetArgs<'_>, fw: &Framework, lang: Lang) -> Result<Vec<FieldValue>, String> {
    if fw.item(args.item).is_none() {
        return Err(s::CLI_UNKNOWN_ITEM.fill(lang, &[("item", &args.item)]));
    }
    let mut out = Vec::new();
    if let Some(word) = args.status {
        let read = status_words::read(word).ok_or_else(|| s::CLI_BAD_STATUS.fill(lang, &[("status", &word)]))?;
        out.push(FieldValue::Status(read.status));
    }
    if let Some(percent) = args.percent {
        let percent = u8::try_from(percent)
            .ok()
            .filter(|p| *p <= 100)
            .ok_or_else(|| s::CLI_BAD_PERCENT.fill(lang, &[("percent", &percent)]))?;
        out.push(FieldValue::Percent(percent));
    }
    if let Some(note) = args.note {
        out.push(FieldValue::Note(note.to_owned()));
    }
    if out.is_empty() {
        return Err(s::CLI_NOTHING_TO_SET.get(lang).to_owned());
    }
    Ok(out)
}
