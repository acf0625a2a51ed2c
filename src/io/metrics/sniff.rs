//! Telling a file's kind from its first bytes, and a text file's encoding from its bytes.

use std::borrow::Cow;
use std::path::Path;

use super::report::{FileFormat, TextEncoding};

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

/// True when the extension is one a metrics file has.
pub fn is_metrics_path(path: &Path) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    matches!(ext.as_deref(), Some("csv" | "tsv" | "txt" | "xlsx" | "xlsm" | "xls" | "parquet" | "pq"))
}

/// Why bytes are not table text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NotText {
    /// NUL bytes: a binary file.
    Binary,
    /// Neither UTF-8 nor GB18030; the offset of the first byte that is not UTF-8.
    Undecodable(usize),
}

/// Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else GBK/GB18030.
pub(super) fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, TextEncoding), NotText> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(|t| (Cow::Borrowed(t), TextEncoding::Utf8Bom))
            .map_err(|e| NotText::Undecodable(e.valid_up_to() + 3));
    }
    for (bom, encoding) in [(b"\xFF\xFE", encoding_rs::UTF_16LE), (b"\xFE\xFF", encoding_rs::UTF_16BE)] {
        if bytes.starts_with(bom) {
            let (text, _) = encoding.decode_with_bom_removal(bytes);
            return Ok((text, TextEncoding::Utf16));
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(NotText::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((Cow::Borrowed(text), TextEncoding::Utf8)),
        Err(e) => encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|text| (text, TextEncoding::Gb18030))
            .ok_or(NotText::Undecodable(e.valid_up_to())),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn gbk_bytes_are_decoded_as_gb18030() {
        let (gbk, _, _) = encoding_rs::GBK.encode("地区,年份\n巴州区,2024\n");
        let (text, encoding) = decode(&gbk).unwrap();
        assert_eq!((text.as_ref(), encoding), ("地区,年份\n巴州区,2024\n", TextEncoding::Gb18030));
    }

    #[test]
    fn a_bom_is_dropped_and_reported() {
        let (text, encoding) = decode("\u{feff}地区".as_bytes()).unwrap();
        assert_eq!((text.as_ref(), encoding), ("地区", TextEncoding::Utf8Bom));
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err(), NotText::Binary);
    }

    #[test]
    fn the_signature_wins_over_the_extension() {
        assert_eq!(format(b"PK\x03\x04rest", Path::new("a.csv")), Some(FileFormat::Xlsx));
        assert_eq!(format(b"a,b", Path::new("a.CSV")), Some(FileFormat::Csv));
        assert_eq!(format(b"a,b", Path::new("a.doc")), None);
    }
}
