//! Telling a file's kind from its first bytes, and a text file's encoding from its bytes.

use std::borrow::Cow;
use std::path::Path;

use super::report::FileFormat;

/// The kind of file: by its signature, else by its extension; `None` when neither says.
pub(super) fn format(bytes: &[u8], path: &Path) -> Option<FileFormat> {
    if bytes.starts_with(b"PAR1") {
        return Some(FileFormat::Parquet);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Some(FileFormat::Xlsx);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Some(FileFormat::Xls);
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "txt" | "tsv" => Some(FileFormat::Csv),
        "xlsx" | "xlsm" => Some(FileFormat::Xlsx),
        "xls" => Some(FileFormat::Xls),
        "parquet" | "pq" => Some(FileFormat::Parquet),
        _ => None,
    }
}

/// A web page or XML saved under a workbook's name, as some systems export tables: text starting with a tag.
pub(super) fn is_web_page(bytes: &[u8]) -> bool {
    let text = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes).trim_ascii_start();
    let lower: Vec<u8> = text.iter().take(16).map(u8::to_ascii_lowercase).collect();
    [&b"<html"[..], b"<!doctype", b"<table", b"<?xml", b"<head", b"<meta"].iter().any(|tag| lower.starts_with(tag))
}

/// True when the extension is one a metrics file has.
pub fn is_metrics_path(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xls" | "parquet" | "pq"))
}

/// The byte-order mark of UTF-8 (as Excel saves "CSV UTF-8").
pub(super) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// True when the bytes start with a UTF-16 byte-order mark.
pub(super) fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")
}

/// UTF-16 text with its byte-order mark, decoded (unpaired surrogates become U+FFFD).
pub(super) fn decode_utf16(bytes: &[u8]) -> Cow<'_, str> {
    let encoding = if bytes.starts_with(b"\xFF\xFE") { encoding_rs::UTF_16LE } else { encoding_rs::UTF_16BE };
    encoding.decode_with_bom_removal(bytes).0
}

/// GBK/GB18030 text, decoded; `None` when the bytes are not GB18030 either.
pub(super) fn decode_gb18030(bytes: &[u8]) -> Option<Cow<'_, str>> {
    encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn gbk_bytes_are_decoded_as_gb18030() {
        let (gbk, _, _) = encoding_rs::GBK.encode("地区,年份\n巴州区,2024\n");
        assert!(std::str::from_utf8(&gbk).is_err());
        assert_eq!(decode_gb18030(&gbk).unwrap(), "地区,年份\n巴州区,2024\n");
        assert_eq!(decode_gb18030(b"\x81\x30"), None, "a GB18030 sequence cut short");
    }

    #[test]
    fn utf16_is_told_by_its_byte_order_mark() {
        let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain("地区".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert!(is_utf16(&le) && !is_utf16("地区".as_bytes()));
        assert_eq!(decode_utf16(&le), "地区");
    }

    #[test]
    fn the_signature_wins_over_the_extension() {
        assert_eq!(format(b"PK\x03\x04rest", Path::new("a.csv")), Some(FileFormat::Xlsx));
        assert_eq!(format(b"a,b", Path::new("a.CSV")), Some(FileFormat::Csv));
        assert_eq!(format(b"a,b", Path::new("a.doc")), None);
    }
}
