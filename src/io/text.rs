//! Turning a file's bytes into text whatever editor saved it: UTF-8 with or without a BOM, UTF-16 with a BOM.

/// The bytes are not text in an encoding this reader knows.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not UTF-8 text: invalid byte at offset {offset}")]
pub struct NotText {
    /// Byte offset of the first byte that is not UTF-8.
    pub offset: usize,
}

/// Decodes bytes as UTF-8 (a BOM is dropped) or as UTF-16 when the file starts with a UTF-16 BOM.
pub fn decode(bytes: &[u8]) -> Result<String, NotText> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return utf8(rest).map_err(|e| NotText { offset: e.offset + 3 });
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(utf16(rest, u16::from_be_bytes));
    }
    utf8(bytes)
}

fn utf8(bytes: &[u8]) -> Result<String, NotText> {
    std::str::from_utf8(bytes).map(str::to_owned).map_err(|e| NotText { offset: e.valid_up_to() })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units).map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        assert_eq!(decode("\u{feff}{\"a\":1}".as_bytes()), Ok("{\"a\":1}".to_owned()));
    }

    #[test]
    fn utf16_little_endian_with_bom_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("支柱".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&bytes), Ok("支柱".to_owned()));
    }

    #[test]
    fn gbk_bytes_are_reported_with_their_offset() {
        // "ab" then 政 in GBK (0xD5 0xFE).
        assert_eq!(decode(b"ab\xD5\xFE"), Err(NotText { offset: 2 }));
    }
}
