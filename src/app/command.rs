//! What the UI asks for. Panels push commands while drawing; the app applies them after the pass.

use std::path::PathBuf;

use super::file_request::Purpose;
use super::plan::ScopeSet;
use crate::domain::framework::PillarId;
use crate::domain::index::Weighting;
use crate::domain::metrics::RegionId;
use crate::domain::progress::{FieldValue, Scope, Status};
use crate::i18n::Lang;
use crate::io::export::ExportFormat;
use crate::io::ledger::Column;

/// One request from the UI.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Select an item (or none) for the detail view.
    SelectItem(Option<String>),
    /// Show a source document, its citation and theory, in the detail view.
    SelectDocument(String),
    /// Show the problems (问题/短板) instead of the diagram (true), or the diagram again.
    ShowProblems(bool),
    /// Show a problem in the detail view and filter the checklist to its remedies (or clear both): a
    /// document's (its framework id) or the county's own ("P-…").
    SelectProblem(Option<String>),
    /// Add a problem of the county's own with this title, and show it.
    AddLocalProblem(String),
    /// Filter the checklist to an element's items (or clear the filter).
    SelectElement(Option<String>),
    /// Filter the checklist to a pillar's items (or clear it).
    SelectPillar(Option<PillarId>),
    /// Filter the checklist to one document's items.
    FilterDocument(Option<String>),
    /// Find items by words.
    Search(String),
    /// Clear every filter.
    ClearFilters,
    /// Filter the checklist by status.
    FilterStatus(Option<Status>),
    /// Filter the checklist by department.
    FilterDepartment(Option<String>),
    /// Filter the checklist by scope (采纳, 不适用, 待定).
    FilterScope(Option<Scope>),
    /// Show only overdue items.
    FilterOverdue(bool),
    /// Show only items with this light (`None`: every light).
    FilterLight(Option<crate::domain::progress::Light>),
    /// List red, then yellow items first within each section.
    SortWorstFirst(bool),
    /// Show only the user's unit's items.
    FilterMyUnit(bool),
    /// Enter presentation mode at a slide, move to another, or leave it (`None`).
    Present(Option<usize>),
    /// Dark (true) or light theme.
    SetDark(bool),
    /// Switch the UI language.
    SetLang(Lang),
    /// Set the name recorded with changes.
    SetUserName(String),
    /// Set the user's unit.
    SetUserUnit(String),
    /// The first-run welcome was answered or put off: do not show it again.
    Welcomed,
    /// Load a framework file instead of the current one.
    OpenFramework(PathBuf),
    /// Go back to the framework built into the app.
    UseBuiltInFramework,
    /// Close the framework error banner.
    DismissError,
    /// Change one progress field of one item.
    Edit {
        /// Item id.
        item: String,
        /// The new value.
        value: FieldValue,
    },
    /// Adopt, set aside or leave undecided every item of a set, as one undoable step; the reason (for
    /// setting aside) is written to each when given.
    SetScope {
        /// The items.
        set: ScopeSet,
        /// Their new scope.
        scope: Scope,
        /// Why they are set aside (empty: keep each one's reason).
        reason: String,
    },
    /// Show a local task (or none) in the detail view; the item stays selected.
    SelectTask(Option<String>),
    /// Add a local task under an item (which becomes adopted) and show it.
    AddTask {
        /// The item it serves.
        item: String,
        /// Its name.
        title: String,
    },
    /// Make a task serve these items (at least one); items not yet adopted become adopted.
    SetTaskItems {
        /// Task id.
        task: String,
        /// The items it serves.
        items: Vec<String>,
    },
    /// Read a metrics file (CSV, XLSX, XLS, Parquet) in the background.
    OpenMetrics(PathBuf),
    /// Write a meeting output (report, slides, ledger) to a file.
    Export(ExportFormat, PathBuf),
    /// Write the report that lists only red and yellow items and tasks and those of the user's unit.
    ExportAttention(PathBuf),
    /// Save a picture of the window as it is now (PNG).
    ExportView(PathBuf),
    /// Set the region named in reports.
    SetRegion(String),
    /// Close the information line (e.g. where an export went).
    DismissNotice,
    /// Undo the last progress edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Name the current progress, e.g. "第三次推进会 2026-11-20".
    TakeSnapshot(String),
    /// Switch to another progress file.
    OpenProgress(PathBuf),
    /// Try the progress file again (after another window released it).
    ReopenProgress,
    /// The file changed on disk: load it, dropping ours.
    ReloadProgress,
    /// The file changed on disk: overwrite it with ours.
    KeepMyProgress,
    /// Replace a broken progress file with a backup.
    RestoreBackup(PathBuf),
    /// Read another department's progress file and plan the merge.
    ImportProgress(PathBuf),
    /// Carry out the planned merge; one choice per conflict, `true` takes theirs.
    ApplyMerge(Vec<bool>),
    /// Drop the planned merge.
    CancelMerge,
    /// Unload a loaded metrics file (index into the metrics' datasets), the built-in sample included.
    RemoveDataset(usize),
    /// Write the progress record (history and snapshots included) to another file and go on in that one.
    SaveProgressAs(PathBuf),
    /// Show the progress file's folder in the system's file manager.
    ShowProgressFolder,
    /// Read an office's ledger (XLSX, XLS, ODS, CSV) in the background and preview its import.
    OpenLedger(PathBuf),
    /// Correct what a column of the previewed ledger holds (`None`: do not import it).
    SetLedgerColumn {
        /// The column's position, from 0 (column A).
        index: usize,
        /// What it holds.
        target: Option<Column>,
    },
    /// Place a row of the previewed ledger that matched nothing as a new task under an item (`None`: leave it out).
    PlaceLedgerRow {
        /// Row in the sheet, from 1.
        row: usize,
        /// The item the task goes under.
        item: Option<String>,
    },
    /// Place every unmatched row of the previewed ledger under its suggested item (`true`), or none.
    PlaceAllLedgerRows(bool),
    /// Import the previewed ledger as one undoable change.
    ApplyLedger,
    /// Close the ledger preview without importing.
    CancelLedger,
    /// Stop reading the metrics file being loaded.
    CancelMetricsRead,
    /// Stop reading the ledger being loaded.
    CancelLedgerRead,
    /// Close the message about a ledger that could not be read.
    DismissLedgerError,
    /// Show the evaluation index (true) or go back to the diagram and checklist.
    ShowEvaluation(bool),
    /// Evaluate another loaded dataset (index into the metrics' datasets).
    EvaluateDataset(usize),
    /// Weight the index by entropy or equally.
    SetWeighting(Weighting),
    /// Sets which way is good for an indicator of the evaluation (one the catalog does not know).
    SetDirection {
        /// The indicator as the data names it.
        indicator: String,
        /// The direction chosen.
        direction: crate::domain::metrics::Direction,
    },
    /// Read expert weights from a file and use them.
    OpenWeights(PathBuf),
    /// Show the ranking of a year.
    EvaluationYear(i32),
    /// Show a region's pillars, coordination and obstacles.
    EvaluationRegion(RegionId),
    /// Write the evaluation index as CSV.
    ExportIndex(PathBuf),
    /// Choose a file for this purpose (the system's dialog, else the built-in one); see `app::file_choice`.
    ChooseFile(Purpose),
    /// The built-in file dialog closed with this file (`None`: cancelled).
    FileChosen(Option<PathBuf>),
    /// The system's file dialog did not appear: show the built-in one instead.
    UseBuiltInDialog,
    /// Files dropped on the window: each does what the menu entry for its kind does.
    OpenDropped(Vec<PathBuf>),
    /// Ctrl+S: say that progress is saved after every edit (and where), instead of saving again.
    ShowSaved,
}
