//! Files in and out: loaders and writers. Uses the domain; knows nothing of the UI.

pub mod atomic_file;
pub mod export;
pub mod framework_file;
pub mod guard;
pub mod index_weights;
pub mod json_file;
pub mod ledger;
pub mod ledger_import;
pub mod load_progress;
pub mod metrics;
pub mod png_file;
pub mod progress_file;
pub mod text;
pub mod workbook;
