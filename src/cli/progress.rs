//! `policy-cockpit progress list|set`: the progress record for scripts and data officers.

use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;

use super::FieldArgs;
use super::fields::item_id;
use crate::domain::framework::Framework;
use crate::domain::progress::{FieldValue, LightRule, Scope, consistency, item_standing};
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
    let plan = book.plan_started();
    for item in &fw.items {
        // An item with tasks stands where its tasks stand; they follow it, indented.
        let standing = item_standing(&book, &item.id, today, &rule);
        let scope = if plan { format!("\t{}", names::scope(book.scope(&item.id)).get(lang)) } else { String::new() };
        out!(
            "{}\t{}\t{}%\t{}\t{}{scope}",
            item.id,
            names::status(standing.status).get(lang),
            standing.percent,
            names::light(standing.light).get(lang),
            names::pick(lang, &item.title, &item.title_en)
        );
        for (id, task) in book.tasks_of(&item.id) {
            out!(
                "  {id}\t{}\t{}%\t{}\t{}",
                names::status(task.status).get(lang),
                task.percent,
                names::light(rule.light(task, today)).get(lang),
                task.title
            );
        }
    }
    ExitCode::SUCCESS
}

/// One edit from the command line.
pub struct SetArgs<'a> {
    /// The progress file.
    pub file: &'a Path,
    /// An office's framework file, else the built-in one.
    pub framework: Option<&'a Path>,
    /// Item id, as typed.
    pub item: &'a str,
    /// The fields to set.
    pub fields: &'a FieldArgs,
    /// The item's scope, as typed.
    pub scope: Option<&'a str>,
    /// Why it was set aside (or adopted).
    pub reason: Option<&'a str>,
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
    let (item, edits) = match edits(args, &fw, lang) {
        Ok(edits) => edits,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::FAILURE;
        }
    };
    save_edits(args.file, &item, edits, args.by, lang, args.fields.late_word())
}

/// Applies edits of one item or task with the status–percent rule and saves them; prints the outcome.
pub(super) fn save_edits(
    file: &Path,
    id: &str,
    edits: Vec<FieldValue>,
    by: &str,
    lang: Lang,
    late_word: Option<&str>,
) -> ExitCode {
    let (mut store, mut book) = match ProgressStore::open(file) {
        Ok(opened) => opened,
        Err(e) => {
            eprintln!("{}", describe_progress_error(&e, lang));
            return ExitCode::FAILURE;
        }
    };
    // A status alone brings its percent and a percent alone its status; both given must agree.
    let settled = consistency::complete(&book, edits.into_iter().map(|value| (id.to_owned(), value)).collect());
    if let Some(contradiction) = settled.contradictions.first() {
        let contradiction = describe_contradiction(contradiction, lang);
        eprintln!("{}", s::CLI_CONTRADICTION.fill(lang, &[("contradiction", &contradiction)]));
        return ExitCode::FAILURE;
    }
    let now = Timestamp::now();
    let changed =
        settled.edits.into_iter().filter(|(item, value)| book.set(item, value.clone(), by, now).is_some()).count();
    if changed > 0
        && let Err(e) = store.save(&book)
    {
        eprintln!("{}", describe_progress_error(&e, lang));
        return ExitCode::FAILURE;
    }
    if let Some(word) = late_word {
        out!("{}", s::CLI_LATE_STATUS.fill(lang, &[("word", &word)]));
    }
    let entry = book.entry(id);
    out!(
        "{}",
        s::CLI_PROGRESS_SET.fill(
            lang,
            &[
                ("item", &id),
                ("status", &names::status(entry.status).get(lang)),
                ("percent", &entry.percent),
                ("changed", &changed),
            ],
        )
    );
    ExitCode::SUCCESS
}

/// Checks the arguments against the framework and turns them into the item's id and field values.
fn edits(args: &SetArgs<'_>, fw: &Framework, lang: Lang) -> Result<(String, Vec<FieldValue>), String> {
    let item = item_id(fw, args.item).ok_or_else(|| s::CLI_UNKNOWN_ITEM.fill(lang, &[("item", &args.item)]))?;
    let mut out = args.fields.values(lang)?;
    if let Some(word) = args.scope {
        let scope = Scope::parse(word).ok_or_else(|| s::CLI_BAD_SCOPE.fill(lang, &[("scope", &word)]))?;
        out.push(FieldValue::Scope(scope));
    }
    if let Some(reason) = args.reason {
        out.push(FieldValue::ScopeReason(reason.trim().to_owned()));
    }
    if out.is_empty() {
        return Err(s::CLI_NOTHING_TO_SET.get(lang).to_owned());
    }
    Ok((item.to_owned(), out))
}
