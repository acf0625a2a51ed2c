//! `policy-cockpit task add|list|set|remove`: the county's local tasks under adopted items, with the
//! conventions of `progress set` (exit 1 and an untouched file on bad input, history for every change).

use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;

use super::fields::item_id;
use super::progress::{framework, save_edits};
use super::{FieldArgs, TaskAction};
use crate::domain::framework::Framework;
use crate::domain::progress::plan::task_id_as_written;
use crate::domain::progress::{FieldValue, LightRule, ProgressBook, Scope, Target, consistency};
use crate::i18n::{Lang, describe_contradiction, describe_progress_error, names, strings as s};
use crate::io::progress_file::ProgressStore;

/// Runs a `task` action.
pub fn run(action: &TaskAction, user: &str, lang: Lang) -> ExitCode {
    let result = match action {
        TaskAction::Add { progress, items, title, fields, target, by, framework: fw } => {
            match framework(fw.as_deref(), lang) {
                Ok(fw) => {
                    add(progress, &fw, items, title, fields, target.as_ref(), by.as_deref().unwrap_or(user), lang)
                }
                Err(code) => return code,
            }
        }
        TaskAction::List { progress, item } => list(progress, item.as_deref(), lang),
        TaskAction::Set { progress, task, title, items, fields, target, by, framework: fw } => {
            let fw = match framework(fw.as_deref(), lang) {
                Ok(fw) => fw,
                Err(code) => return code,
            };
            let change = Change { title: title.as_deref(), items, fields, target: target.as_ref() };
            return set(progress, &fw, task, &change, by.as_deref().unwrap_or(user), lang);
        }
        TaskAction::Remove { progress, task, by } => remove(progress, task, by.as_deref().unwrap_or(user), lang),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The items a task serves, as typed, in the framework's form.
fn items(fw: &Framework, typed: &[String], lang: Lang) -> Result<Vec<String>, String> {
    typed
        .iter()
        .map(|t| item_id(fw, t).map(str::to_owned).ok_or_else(|| s::CLI_UNKNOWN_ITEM.fill(lang, &[("item", t)])))
        .collect()
}

fn open(progress: &Path, lang: Lang) -> Result<(ProgressStore, ProgressBook), String> {
    ProgressStore::open(progress).map_err(|e| describe_progress_error(&e, lang))
}

/// Adds a task; its items become adopted (a task under an item is the county taking it up).
#[allow(clippy::too_many_arguments)]
fn add(
    progress: &Path,
    fw: &Framework,
    typed_items: &[String],
    title: &str,
    fields: &FieldArgs,
    target: Option<&Target>,
    by: &str,
    lang: Lang,
) -> Result<(), String> {
    let parents = items(fw, typed_items, lang)?;
    let mut values = fields.values(lang)?;
    let (mut store, mut book) = open(progress, lang)?;
    let now = Timestamp::now();
    let id = book.new_task_id(title, now);
    let mut edits: Vec<(String, FieldValue)> = vec![
        (id.clone(), FieldValue::Title(title.trim().to_owned())),
        (id.clone(), FieldValue::Parents(parents.clone())),
    ];
    edits.extend(target.cloned().map(|t| (id.clone(), FieldValue::Target(Some(t)))));
    edits.extend(values.drain(..).map(|v| (id.clone(), v)));
    edits.extend(
        parents
            .iter()
            .filter(|p| book.scope(p) != Scope::Adopted)
            .map(|p| (p.clone(), FieldValue::Scope(Scope::Adopted))),
    );
    let settled = consistency::complete(&book, edits);
    if let Some(c) = settled.contradictions.first() {
        return Err(s::CLI_CONTRADICTION.fill(lang, &[("contradiction", &describe_contradiction(c, lang))]));
    }
    for (item, value) in settled.edits {
        book.set(&item, value, by, now);
    }
    store.save(&book).map_err(|e| describe_progress_error(&e, lang))?;
    out!(
        "{}",
        s::CLI_TASK_ADDED.fill(lang, &[("task", &id), ("title", &title.trim()), ("items", &parents.join("、"))])
    );
    Ok(())
}

/// What `task set` changes.
struct Change<'a> {
    title: Option<&'a str>,
    items: &'a [String],
    fields: &'a FieldArgs,
    target: Option<&'a Target>,
}

fn set(progress: &Path, fw: &Framework, typed: &str, change: &Change<'_>, by: &str, lang: Lang) -> ExitCode {
    let values = (|| {
        let book = ProgressStore::read_or_empty(progress).map_err(|e| describe_progress_error(&e, lang))?;
        let id = live_task(&book, typed).ok_or_else(|| s::CLI_UNKNOWN_TASK.fill(lang, &[("task", &typed)]))?;
        let mut values = change.fields.values(lang)?;
        values.extend(change.title.map(|t| FieldValue::Title(t.trim().to_owned())));
        if !change.items.is_empty() {
            values.push(FieldValue::Parents(items(fw, change.items, lang)?));
        }
        values.extend(change.target.cloned().map(|t| FieldValue::Target(Some(t))));
        if values.is_empty() {
            return Err(s::CLI_NOTHING_TO_SET.get(lang).to_owned());
        }
        Ok((id, values))
    })();
    match values {
        Ok((id, values)) => save_edits(progress, &id, values, by, lang, change.fields.late_word()),
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

/// The id of a live task as typed (any case, full-width), if the record has it.
fn live_task(book: &ProgressBook, typed: &str) -> Option<String> {
    let id = task_id_as_written(typed)?;
    book.tasks().any(|(t, _)| t == id).then_some(id)
}

fn remove(progress: &Path, typed: &str, by: &str, lang: Lang) -> Result<(), String> {
    let (mut store, mut book) = open(progress, lang)?;
    let id = live_task(&book, typed).ok_or_else(|| s::CLI_UNKNOWN_TASK.fill(lang, &[("task", &typed)]))?;
    book.set(&id, FieldValue::Removed(true), by, Timestamp::now());
    store.save(&book).map_err(|e| describe_progress_error(&e, lang))?;
    out!("{}", s::CLI_TASK_REMOVED.fill(lang, &[("task", &id), ("title", &book.get(&id).title)]));
    Ok(())
}

/// Prints each live task: id, items, status, percent, light, title and target.
fn list(progress: &Path, item: Option<&str>, lang: Lang) -> Result<(), String> {
    let book = ProgressStore::read_or_empty(progress).map_err(|e| describe_progress_error(&e, lang))?;
    let today = jiff::ZonedDateTime::now().date();
    let rule = LightRule::default();
    // Targets set on a catalog indicator are shown by its name, not its id.
    let catalog =
        crate::io::framework_file::embedded().ok().and_then(|fw| crate::io::metrics::catalog_file::embedded(&fw).ok());
    let mut any = false;
    for (id, task) in book.tasks() {
        if item.is_some_and(|i| !task.parents.iter().any(|p| p.eq_ignore_ascii_case(i.trim()))) {
            continue;
        }
        any = true;
        let target = task.target.as_ref().map(|t| t.describe_in(catalog.as_ref())).unwrap_or_default();
        out!(
            "{id}\t{}\t{}\t{}%\t{}\t{}\t{target}",
            task.parents.join(","),
            names::status(task.status).get(lang),
            task.percent,
            names::light(rule.light(task, today)).get(lang),
            task.title,
        );
    }
    if !any {
        out!("{}", s::CLI_NO_TASKS.get(lang));
    }
    Ok(())
}
