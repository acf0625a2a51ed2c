//! `policy-cockpit import-ledger FILE --progress F`: takes in an office's ledger. Prints how the columns
//! were read and which rows matched; saves the matched values as one change with history, atomically.
//! Bad input exits 1 and leaves the progress file untouched.

use std::path::Path;
use std::process::ExitCode;

use jiff::Timestamp;

use super::fields::item_id;
use crate::domain::framework::Framework;
use crate::i18n::{
    Lang, describe_cell_problem, describe_import_error, describe_late_status, describe_progress_error,
    describe_skipped, describe_unmatched, strings as s,
};
use crate::io::ledger::Column;
use crate::io::ledger_import::{self, ImportPlan, Ledger, MatchedBy, Placements, SourceColumn};
use crate::io::progress_file::ProgressStore;

/// One import from the command line.
pub struct ImportArgs<'a> {
    /// The ledger file.
    pub file: &'a Path,
    /// The progress file (created if missing).
    pub progress: &'a Path,
    /// An office's framework file, else the built-in one.
    pub framework: Option<&'a Path>,
    /// Who makes the change.
    pub by: &'a str,
    /// Show what would change without saving.
    pub dry_run: bool,
    /// Where rows that match no item go: `suggested` (each under its nearest item) or an item id.
    pub place_unmatched: Option<&'a str>,
}

/// Reads, matches, reports and (unless a dry run) saves.
pub fn run(args: &ImportArgs<'_>, lang: Lang) -> ExitCode {
    let fw = match super::progress::framework(args.framework, lang) {
        Ok(fw) => fw,
        Err(code) => return code,
    };
    let ledger = match ledger_import::open(args.file) {
        Ok(ledger) => ledger,
        Err(e) => return fail(&describe_import_error(&e, lang)),
    };
    print_mapping(&ledger, lang);
    // Lock first, so the plan is made against what will be saved over.
    let opened = if args.dry_run {
        ProgressStore::read_or_empty(args.progress).map(|b| (None, b))
    } else {
        ProgressStore::open(args.progress).map(|(store, book)| (Some(store), book))
    };
    let (store, mut book) = match opened {
        Ok(opened) => opened,
        Err(e) => return fail(&describe_progress_error(&e, lang)),
    };
    let plan = match ledger.plan(&fw, &book) {
        Ok(plan) => plan,
        Err(e) => return fail(&describe_import_error(&e, lang)),
    };
    // Rows that match no item become tasks, under their suggestion or the item given, only when asked.
    let placements = match args.place_unmatched.map(|how| placements(&plan, &fw, how, lang)).transpose() {
        Ok(placements) => placements.unwrap_or_default(),
        Err(message) => return fail(&message),
    };
    for (row, item) in &placements {
        out!("{}", s::IMPORT_PLACED.fill(lang, &[("row", row), ("item", item)]));
    }
    let plan = match ledger.plan_placing(&fw, &book, &placements) {
        Ok(plan) => plan,
        Err(e) => return fail(&describe_import_error(&e, lang)),
    };
    print_rows(&plan, lang);
    if plan.matched.is_empty() {
        return fail(&s::IMPORT_ERR_NO_MATCH.fill(lang, &[("path", &args.file.display())]));
    }
    let changes = plan.value_changes();
    if plan.adoptions() > 0 {
        out!(
            "{}",
            s::LEDGER_ALSO_ADOPTS.fill(lang, &[("count", &plan.adoptions())]).trim_start_matches(['；', ';', ' '])
        );
    }
    if plan.edits.is_empty() {
        out!("{}", s::IMPORT_NO_CHANGES.get(lang));
        return ExitCode::SUCCESS;
    }
    let Some(mut store) = store else {
        out!("{}", s::IMPORT_DRY_RUN.fill(lang, &[("changes", &changes)]));
        return ExitCode::SUCCESS;
    };
    let now = Timestamp::now();
    for (item, value) in plan.edits {
        book.set(&item, value, args.by, now);
    }
    if let Err(e) = store.save(&book) {
        return fail(&describe_progress_error(&e, lang));
    }
    out!("{}", s::IMPORT_SAVED.fill(lang, &[("changes", &changes), ("path", &args.progress.display())]));
    ExitCode::SUCCESS
}

/// Where each placeable unmatched row goes: under its suggested item, or under the one item given.
fn placements(plan: &ImportPlan, fw: &Framework, how: &str, lang: Lang) -> Result<Placements, String> {
    let placeable = plan.unmatched.iter().filter(|r| r.placeable());
    if how.trim().eq_ignore_ascii_case("suggested") || how.trim() == "建议" {
        return Ok(placeable.filter_map(|r| r.nearest.as_ref().map(|n| (r.row, n.id.clone()))).collect());
    }
    let item = item_id(fw, how).ok_or_else(|| s::CLI_UNKNOWN_ITEM.fill(lang, &[("item", &how)]))?;
    Ok(placeable.map(|r| (r.row, item.to_owned())).collect())
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::FAILURE
}

fn print_mapping(ledger: &Ledger, lang: Lang) {
    let sheet = ledger.table.sheet.as_ref().map(|name| format!("「{name}」")).unwrap_or_default();
    out!(
        "{}",
        s::IMPORT_HEADER.fill(
            lang,
            &[("path", &ledger.path.display()), ("sheet", &sheet), ("row", &(ledger.mapping.header_row + 1))]
        )
    );
    for column in &ledger.mapping.columns {
        let letter = column.letter();
        let mut args: Vec<(&str, &dyn std::fmt::Display)> = vec![("letter", &letter), ("header", &column.header)];
        let duplicate = ledger.mapping.duplicate_of(column).map(SourceColumn::letter);
        let target = column.target.or(column.named).map(Column::header);
        if let Some(target) = &target {
            args.push(("target", target));
        }
        if let Some(other) = &duplicate {
            args.push(("other", other));
        }
        let text = match (column.target, &duplicate) {
            (Some(t), _) if column.by_values && column.named == Some(t) => s::IMPORT_COLUMN_BY_VALUES,
            (Some(_), _) => s::IMPORT_COLUMN_MAPPED,
            (None, Some(_)) => s::IMPORT_COLUMN_DUPLICATE,
            (None, None) => s::IMPORT_COLUMN_UNKNOWN,
        };
        let line = text.fill(lang, &args);
        out!("{line}");
    }
}

fn print_rows(plan: &ImportPlan, lang: Lang) {
    let by = |how: MatchedBy| plan.matched_by(how);
    out!(
        "{}",
        s::IMPORT_MATCHED.fill(
            lang,
            &[
                ("count", &plan.matched.len()),
                ("by_id", &by(MatchedBy::Id)),
                ("by_title", &by(MatchedBy::Title)),
                ("by_normalized", &by(MatchedBy::NormalizedTitle)),
            ],
        )
    );
    let tasks = by(MatchedBy::TaskId) + by(MatchedBy::TaskTitle) + by(MatchedBy::Placed);
    if tasks > 0 {
        out!(
            "{}",
            s::IMPORT_MATCHED_TASKS.fill(
                lang,
                &[
                    ("existing", &(by(MatchedBy::TaskId) + by(MatchedBy::TaskTitle))),
                    ("placed", &by(MatchedBy::Placed))
                ]
            )
        );
    }
    if !plan.unmatched.is_empty() {
        out!("{}", s::IMPORT_UNMATCHED.fill(lang, &[("count", &plan.unmatched.len())]));
        for row in &plan.unmatched {
            out!("{}", describe_unmatched(row, lang));
        }
    }
    if !plan.problems.is_empty() {
        out!("{}", s::IMPORT_PROBLEMS.fill(lang, &[("count", &plan.problems.len())]));
        for problem in &plan.problems {
            out!("{}", describe_cell_problem(problem, lang));
        }
    }
    if !plan.late.is_empty() {
        out!("{}", s::IMPORT_LATE.fill(lang, &[("count", &plan.late.len())]));
        for cell in &plan.late {
            out!("{}", describe_late_status(cell, lang));
        }
    }
    if !plan.skipped.is_empty() {
        out!("{}", s::IMPORT_SKIPPED.fill(lang, &[("count", &plan.skipped.len())]));
        for row in &plan.skipped {
            out!("{}", describe_skipped(row, lang));
        }
    }
}
