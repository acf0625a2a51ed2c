//! Telling a dropped file's kind from its contents, so it does what the matching menu entry does: a JSON file is a
//! framework (it has pillars) or a progress record (a schema version with entries or items); a table whose header
//! names the ledger's columns (an item number or title, and something to import) is a ledger; any other table the
//! metrics loader reads is indicator data.

use std::path::Path;

use super::file_request::Purpose;
use crate::io::{ledger_import, metrics};

/// Larger than any framework or progress file (the schema is read from the whole JSON).
const JSON_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// What opening the file means, or `None` when it is none of the kinds the app opens.
pub fn classify(path: &Path) -> Option<Purpose> {
    let size = std::fs::metadata(path).ok().filter(std::fs::Metadata::is_file)?.len();
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    if ext == "json" {
        return (size <= JSON_MAX_BYTES).then(|| json_kind(path)).flatten();
    }
    let ledger_extension = super::file_request::LEDGER_EXTENSIONS.contains(&ext.as_str());
    // A table too large for a ledger is read as indicator data without reading it twice.
    if ledger_extension && ledger_import::as_ledger(path).is_some() {
        return Some(Purpose::ImportLedger);
    }
    metrics::is_metrics_path(path).then_some(Purpose::OpenMetrics)
}

/// A framework (pillars) or a progress record (schema version with entries, or schema 1's items).
fn json_kind(path: &Path) -> Option<Purpose> {
    let text = std::fs::read(path).ok()?;
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&text);
    let serde_json::Value::Object(top) = serde_json::from_slice(text).ok()? else { return None };
    if top.contains_key("pillars") {
        Some(Purpose::OpenFramework)
    } else if top.contains_key("schema_version") && (top.contains_key("entries") || top.contains_key("items")) {
        Some(Purpose::OpenProgress)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(name)
    }

    #[test]
    fn the_sample_files_are_told_apart_by_their_contents() {
        assert_eq!(classify(&sample("sample-data/巴中县区指标_2019-2025_示例数据.csv")), Some(Purpose::OpenMetrics));
        assert_eq!(classify(&sample("sample-data/progress-示例数据.json")), Some(Purpose::OpenProgress));
        assert_eq!(classify(&sample("assets/framework.json")), Some(Purpose::OpenFramework));
        assert_eq!(classify(&sample("Cargo.toml")), None);
    }

    #[test]
    fn a_table_with_ledger_columns_is_a_ledger() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("台账.csv");
        std::fs::write(&path, "编号,重点任务,推进状态,完成比例\r\nbz-6.1.5,揭榜挂帅,推进中,40\r\n").expect("write");
        assert_eq!(classify(&path), Some(Purpose::ImportLedger));
    }
}
