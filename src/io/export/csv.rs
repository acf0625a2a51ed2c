//! The ledger as CSV: UTF-8 with a BOM (so Excel reads the Chinese correctly), CRLF line ends,
//! fields quoted where needed, and text that looks like a formula behind an apostrophe.

use super::ExportInput;
use crate::io::ledger::{self, Column};

/// The UTF-8 byte order mark.
pub const BOM: &str = "\u{feff}";

/// The file's bytes.
pub fn render(input: &ExportInput<'_>) -> Vec<u8> {
    let mut out = String::from(BOM);
    push_line(&mut out, Column::ALL.iter().map(|c| c.header().to_owned()));
    for row in ledger::rows(input.framework, input.book) {
        push_line(&mut out, Column::ALL.iter().map(|c| row.text(*c)));
    }
    out.into_bytes()
}

/// One CSV line: fields quoted when needed, formula-looking text guarded, CRLF ending (Excel's own).
pub(super) fn push_line(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        let field = ledger::guard(&field);
        if field.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push_str("\r\n");
}
